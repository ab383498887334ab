#include "widgets/DateField.h"

using namespace Qt::Literals::StringLiterals;

namespace as {

DateField::DateField(QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(u"yyyy-MM-dd"_s);
    setMinimumDate(QDate(1990, 1, 1));
    setMaximumDate(QDate(2100, 12, 31));
    setSpecialValueText(tr("not known"));
    setValue({});
}

QDate DateField::value() const
{
    return date() == minimumDate() ? QDate() : date();
}

void DateField::setValue(const QDate &d)
{
    setDate(d.isValid() ? d : minimumDate());
}

} // namespace as
