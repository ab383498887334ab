#include "reports/DrillDownDialog.h"

#include "parts/QueryListModel.h"
#include "storage/Database.h"
#include "widgets/ListView.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

// Shows code columns (status, category, responsibility, ...) by the labels the rest of the app uses.
class DrillDownModel : public QueryListModel
{
public:
    DrillDownModel(Database &db, QList<ColumnSpec> columns, QList<DrillDown::Column> types, QObject *parent)
        : QueryListModel(db, std::move(columns), parent), m_types(std::move(types))
    {
    }

protected:
    QVariant display(int column, const QVariant &raw, const QVector<QVariant> &row) const override
    {
        const DrillDown::Column type = m_types.value(column, DrillDown::Column::Text);
        if (DrillDown::isCode(type) && !raw.isNull())
            return DrillDown::label(type, raw.toString());
        return QueryListModel::display(column, raw, row);
    }

private:
    QList<DrillDown::Column> m_types;
};

QList<QueryListModel::ColumnSpec> specs(const DrillDown &d)
{
    QList<QueryListModel::ColumnSpec> out;
    for (int i = 0; i < d.headers.size(); ++i) {
        QueryListModel::Kind k = QueryListModel::Kind::Text;
        switch (d.types.value(i)) {
        case DrillDown::Column::DateTime: k = QueryListModel::Kind::DateTime; break;
        case DrillDown::Column::Number: k = QueryListModel::Kind::Number; break;
        case DrillDown::Column::Money: k = QueryListModel::Kind::Money; break;
        default: break;   // text, and codes shown by their labels (DrillDownModel)
        }
        out << QueryListModel::ColumnSpec{d.headers.at(i), k};
    }
    return out;
}

} // namespace

DrillDownDialog::DrillDownDialog(Database &db, const DrillDown &drill, QWidget *parent) : QDialog(parent), m_drill(drill)
{
    setObjectName(u"drillDownDialog"_s);
    setWindowTitle(drill.title);
    resize(900, 520);
    m_model = new DrillDownModel(db, specs(drill), drill.types, this);
    m_model->setQuery(drill.query);
    m_view = new ListView;
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *title = new QLabel(drill.title);
    title->setWordWrap(true);
    auto *count = new QLabel(tr("%n record(s)", nullptr, int(m_model->totalCount())));
    count->setObjectName(u"count"_s);
    auto *hint = new QLabel(drill.kind == DrillDown::Kind::Orders ? tr("Double-click an order to open it.") : QString());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *l = new QVBoxLayout(this);
    l->addWidget(title);
    l->addWidget(m_view, 1);
    auto *foot = new QHBoxLayout;
    foot->addWidget(count);
    foot->addStretch(1);
    foot->addWidget(hint);
    l->addLayout(foot);
    l->addWidget(buttons);
    connect(m_model, &PagedTableModel::loadFailed, count, &QLabel::setText);
    connect(m_view, &ListView::rowActivated, this, [this](int row) {
        if (m_drill.kind == DrillDown::Kind::Orders && row >= 0)
            Q_EMIT orderActivated(m_model->keyAt(row));
    });
}

} // namespace as
