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

enum class SaveOutcome { Saved, Reloaded, Cancelled, Failed };

// The save loop of every editor of shared data: save `mine` (row_version checked in core,
// retried while another PC holds the lock); on a conflict re-read the record, show mine
// against theirs, then either keep theirs (onReload(theirs)), save mine over their version,
// or stop. Any other error is returned in *error (Failed).
//   save(const Mine &) -> Status; reread() -> Result<Theirs>;
//   fields(const Mine &, const Theirs &) -> QList<ConflictDialog::Field>; onReload(const Theirs &).
template <typename Mine, typename Save, typename Reread, typename Fields, typename OnReload>
SaveOutcome saveResolvingConflicts(QWidget *parent, const QString &record, Mine &mine, Save save, Reread reread, Fields fields,
                                   OnReload onReload, Error *error)
{
    for (;;) {
        Status st = saveWithRetry(parent, [&] { return save(mine); });
        if (st.ok())
            return SaveOutcome::Saved;
        if (st.error().kind != Error::Kind::Conflict) {
            *error = st.error();
            return SaveOutcome::Failed;
        }
        auto theirs = reread();
        if (!theirs) {
            *error = theirs.error();
            return SaveOutcome::Failed;
        }
        ConflictDialog conflict(record, fields(mine, *theirs), parent);
        conflict.exec();
        if (conflict.choice() == ConflictDialog::Reload) {
            onReload(*theirs);
            return SaveOutcome::Reloaded;
        }
        if (conflict.choice() != ConflictDialog::Reapply)
            return SaveOutcome::Cancelled;
        mine.rowVersion = theirs->rowVersion;   // re-apply mine on top of their version
    }
}

} // namespace as
