#pragma once

#include <QDate>
#include <QDateEdit>

namespace as {

// A date edit that can also be empty ("not known"): the minimum date means empty.
class DateField : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);
    QDate value() const;             // invalid when empty
    void setValue(const QDate &d);   // invalid: empty
};

} // namespace as
