#pragma once

#include <QString>

#include <functional>

class QDate;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTimer;

namespace as {

class DateField;
class ListView;
class PagedTableModel;

// The behaviour every list page shares, wired in one place so the pages feel the same:
// the search field, the error and count lines, and an optional date range.
namespace listpage {

// Typing filters after a short pause; Enter filters at once and then runs onEnter
// (by default: move into the list on the first row, when there is one).
void wireSearch(QLineEdit *search, QTimer *debounce, ListView *view, PagedTableModel *model, const std::function<void()> &apply,
                std::function<void()> onEnter = {});

// Load errors show in the page's error label; updateCount runs whenever rows arrive.
void wireModel(PagedTableModel *model, QLabel *error, const std::function<void()> &updateCount);

// "Showing the first N …; scroll for more." while more rows can be fetched, else the total.
void showCount(QLabel *count, const PagedTableModel *model, const QString &firstRowsText, const QString &allRowsText);

// A "from … to …" pair of optional days, added to a filter row with its two labels
// (fromLabel/toLabel carry the & mnemonics); changes apply after the debounce.
struct DateRange
{
    DateField *from = nullptr;
    DateField *to = nullptr;
    // Adds both fields (named namePrefix + "From"/"To") to the row.
    void build(QHBoxLayout *row, const QString &namePrefix, const QString &fromLabel, const QString &toLabel, QTimer *debounce);
    // False, with message set, when both are given and "to" is before "from".
    bool valid(QString *message, const QString &whenToBeforeFrom) const;
};

} // namespace listpage
} // namespace as
