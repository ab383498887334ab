#pragma once

#include "util/Result.h"

#include <QDialog>
#include <QList>

#include <functional>

namespace as {

// Someone else saved the record after you opened it: show both versions side by side
// and let the user keep theirs (reload) or save theirs over with yours (re-apply).
// Nothing is ever overwritten silently.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    struct Field { QString label; QString mine; QString theirs; };
    enum Choice { Cancel, Reload, Reapply };

    ConflictDialog(const QString &record, const QList<Field> &fields, QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Cancel;
};

// Run a save; while the database stays locked by another PC, show "waiting for another
// PC" and retry (up to a minute, or until the user cancels). The save is never lost
// silently: the final error is returned to the caller.
Status saveWithRetry(QWidget *parent, const std::function<Status()> &save);

} // namespace as
