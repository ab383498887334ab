#pragma once

#include "reports/Kpi.h"

#include <QFrame>

class QLabel;

namespace as {

// One KPI on the dashboard: name, value, target, change against the compared period; the
// colour says whether the target is met. Clicking opens the records behind the number.
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    explicit KpiTile(KpiKey key, QWidget *parent = nullptr);
    KpiKey key() const { return m_key; }
    void setValue(const KpiValue &v, const KpiValue *compared, const QString &comparedLabel);
    QString valueText() const;

Q_SIGNALS:
    void clicked(KpiKey key);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    KpiKey m_key;
    QLabel *m_title, *m_value, *m_target, *m_change, *m_counts;
};

} // namespace as
