#include "reports/KpiTile.h"

#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

KpiTile::KpiTile(KpiKey key, QWidget *parent) : QFrame(parent), m_key(key)
{
    setObjectName(u"kpiTile_"_s + Kpi::code(key));
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setMinimumWidth(170);
    setToolTip(Kpi::formula(key) + u"\n"_s + tr("Click to see the records behind the number."));
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(10, 8, 10, 8);
    l->setSpacing(2);
    m_title = new QLabel(Kpi::title(key));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_value = new QLabel;
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setObjectName(u"value"_s);
    m_target = new QLabel;
    m_change = new QLabel;
    m_counts = new QLabel;
    for (QLabel *small : {m_target, m_change, m_counts}) {
        QFont f = small->font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        small->setFont(f);
        small->setWordWrap(true);
    }
    l->addWidget(m_title);
    l->addWidget(m_value);
    l->addWidget(m_target);
    l->addWidget(m_change);
    l->addWidget(m_counts);
    l->addStretch(1);
}

void KpiTile::setValue(const KpiValue &v, const KpiValue *compared, const QString &comparedLabel)
{
    m_value->setText(v.available ? Kpi::display(m_key, v.value) : tr("not recorded"));
    m_target->setText(v.target ? tr("Target: %1 %2")
                                     .arg(Kpi::comparison(m_key) == Kpi::Compare::AtLeast ? u"≥"_s
                                          : Kpi::comparison(m_key) == Kpi::Compare::AtMost ? u"≤"_s
                                                                                            : u"<"_s,
                                          Kpi::display(m_key, v.target))
                               : tr("No target"));
    QString change;
    if (compared && compared->value && v.value) {
        const double d = *v.value - *compared->value;
        const QString sign = d > 0 ? u"+"_s : QString();
        change = Kpi::isRate(m_key) ? tr("%1 pt vs %2").arg(sign + QString::number(d * 100.0, 'f', 1), comparedLabel)
                                    : tr("%1 vs %2").arg(sign + QString::number(d, 'f', 2), comparedLabel);
    } else if (!comparedLabel.isEmpty()) {
        change = tr("no value for %1").arg(comparedLabel);
    }
    m_change->setText(change);
    if (m_key == KpiKey::Backlog)
        m_counts->setText(tr("open orders at the period end"));
    else if (m_key == KpiKey::InventoryTurnover)
        m_counts->setText(tr("%1 / %2 yuan").arg(QString::number(v.numerator, 'f', 2), QString::number(v.denominator, 'f', 2)));
    else if (m_key == KpiKey::MeanTimeToResolveHours)
        m_counts->setText(tr("%n order(s) resolved", nullptr, int(v.denominator)));
    else
        m_counts->setText(tr("%1 of %2").arg(qint64(v.numerator)).arg(qint64(v.denominator)));
    QString colour = u"palette(base)"_s;
    if (v.met)
        colour = *v.met ? u"#e3f4e5"_s : u"#fbe3e1"_s;
    setStyleSheet(u"as--KpiTile { background: %1; border: 1px solid #b8bec6; border-radius: 4px; }"_s.arg(colour));
    setProperty("met", v.met ? QVariant(*v.met) : QVariant());
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked(m_key);
    QFrame::mouseReleaseEvent(event);
}

} // namespace as
