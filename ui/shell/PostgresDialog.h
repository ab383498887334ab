#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace as {

// File > Connect to a PostgreSQL server: host, port, database and user; "Test connection" opens
// it once (the password comes from libpq's usual places: PGPASSWORD or ~/.pgpass, never stored
// by Aftersales); saving makes it this PC's database from the next start.
class PostgresDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PostgresDialog(QWidget *parent = nullptr);
    QString url() const;
    void setUrl(const QString &url);
    bool testConnection();   // true when the server answered and the database opened
    void accept() override;

private:
    QLineEdit *m_host, *m_database, *m_user;
    QSpinBox *m_port;
    QLabel *m_message;
};

} // namespace as
