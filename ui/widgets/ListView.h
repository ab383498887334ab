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
    void setModel(QAbstractItemModel *model) override;
    void saveLayout(QSettings &s, const QString &key) const;
    void restoreLayout(QSettings &s, const QString &key);

Q_SIGNALS:
    void rowActivated(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Keep the selected record and the scroll position when the model reloads itself
    // (e.g. after another PC changed data). Models expose the record key as Qt::UserRole + 2.
    void rememberPosition();
    void restorePosition();
    QVariant m_savedKey;
    int m_savedScroll = 0;
    bool m_restoring = false;
};

} // namespace as
