#pragma once

#include <QTableView>

class QSettings;

namespace as {

// The table used by every list page: whole-row selection, sortable headers (the
// model sorts in SQL), column layout saved per list, Enter opens the current row.
class ListView : public QTableView
{
    Q_OBJECT

public:
    explicit ListView(QWidget *parent = nullptr);
    void saveLayout(QSettings &s, const QString &key) const;
    void restoreLayout(QSettings &s, const QString &key);

Q_SIGNALS:
    void rowActivated(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace as
