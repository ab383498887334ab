#include "widgets/ListPageWiring.h"

#include "models/PagedTableModel.h"
#include "widgets/DateField.h"
#include "widgets/ListView.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace as::listpage {

void wireSearch(QLineEdit *search, QTimer *debounce, ListView *view, PagedTableModel *model, const std::function<void()> &apply,
                std::function<void()> onEnter)
{
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    QObject::connect(debounce, &QTimer::timeout, search, apply);
    QObject::connect(search, &QLineEdit::textChanged, debounce, [debounce] { debounce->start(); });
    if (!onEnter)
        onEnter = [view, model] {
            if (model->rowCount() > 0) {
                view->setFocus();
                view->selectRow(0);
            }
        };
    QObject::connect(search, &QLineEdit::returnPressed, search, [debounce, apply, onEnter] {
        debounce->stop();
        apply();
        onEnter();
    });
}

void wireModel(PagedTableModel *model, QLabel *error, const std::function<void()> &updateCount)
{
    QObject::connect(model, &PagedTableModel::loadFailed, error, [error](const QString &msg) {
        error->setText(msg);
        error->show();
    });
    QObject::connect(model, &QAbstractItemModel::modelReset, error, updateCount);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, error, updateCount);
}

void showCount(QLabel *count, const PagedTableModel *model, const QString &firstRowsText, const QString &allRowsText)
{
    count->setText(model->canFetchMore() ? firstRowsText : allRowsText);
}

void DateRange::build(QHBoxLayout *row, const QString &namePrefix, const QString &fromLabel, const QString &toLabel, QTimer *debounce)
{
    from = new DateField;
    from->setObjectName(namePrefix + QLatin1StringView("From"));
    to = new DateField;
    to->setObjectName(namePrefix + QLatin1StringView("To"));
    auto *fl = new QLabel(fromLabel);
    fl->setBuddy(from);
    auto *tl = new QLabel(toLabel);
    tl->setBuddy(to);
    row->addSpacing(8);
    row->addWidget(fl);
    row->addWidget(from);
    row->addWidget(tl);
    row->addWidget(to);
    for (DateField *f : {from, to}) {
        f->setSpecialValueText(QCoreApplication::translate("ListPage", "any day"));
        QObject::connect(f, &QDateEdit::dateChanged, debounce, [debounce] { debounce->start(); });
    }
}

bool DateRange::valid(QString *message, const QString &whenToBeforeFrom) const
{
    const QDate a = from->value(), b = to->value();
    if (a.isValid() && b.isValid() && b < a) {
        *message = whenToBeforeFrom;
        return false;
    }
    return true;
}

} // namespace as::listpage
