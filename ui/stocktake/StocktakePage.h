#pragma once

#include "services/Actor.h"
#include "shell/Page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace as {

struct Services;
class StocktakeLinesModel;

// Stocktake: start a session, count with a barcode scanner (the scanner types the code and
// Enter: each scan adds one, or the typed quantity), unknown codes refused loudly, a running
// list of counted vs expected, recount of large variances, approval and posting.
class StocktakePage : public Page
{
    Q_OBJECT

public:
    StocktakePage(Services &services, const Actor &actor, QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("stocktake"); }
    QString title() const override { return tr("Stocktake"); }
    void refresh() override;
    int loadedRows() const override;
    void screenshotDialogs(const Shoot &shoot) override;

    void openSession(qint64 id);
    qint64 sessionId() const { return m_id; }
    QLineEdit *scanField() const { return m_scan; }
    QSpinBox *quantityField() const { return m_qty; }
    QLabel *message() const { return m_message; }
    StocktakeLinesModel *model() const { return m_model; }
    int beeps() const { return m_beeps; }

public Q_SLOTS:
    void startSession();
    void scan();

private:
    void reloadSessions();
    void reloadLines();
    void showMessage(const QString &text, bool ok);
    void act(const QString &action);
    void printCountSheet();

    Services &m_services;
    Actor m_actor;
    qint64 m_id = 0;
    int m_beeps = 0;
    QComboBox *m_sessions;
    QLabel *m_state, *m_message, *m_progress;
    QLineEdit *m_scan;
    QSpinBox *m_qty;
    QCheckBox *m_reveal;
    QTableView *m_view;
    StocktakeLinesModel *m_model;
    QList<QPushButton *> m_sessionButtons;
};

} // namespace as
