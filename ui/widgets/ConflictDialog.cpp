#include "widgets/ConflictDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

ConflictDialog::ConflictDialog(const QString &record, const QList<Field> &fields, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Changed by someone else"));
    auto *intro = new QLabel(tr("%1 was saved by someone else after you opened it. Compare the two versions:").arg(record));
    intro->setWordWrap(true);
    auto *table = new QTableWidget(int(fields.size()), 3);
    table->setObjectName(u"conflictTable"_s);
    table->setHorizontalHeaderLabels({tr("Field"), tr("Your version"), tr("Saved by the other user")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int r = 0; r < fields.size(); ++r) {
        const Field &f = fields.at(r);
        const QStringList cells = {f.label, f.mine, f.theirs};
        for (int c = 0; c < 3; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (f.mine != f.theirs) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(QColor(0xFF, 0xF4, 0xCE));
            }
            table->setItem(r, c, item);
        }
    }
    table->resizeRowsToContents();
    auto *buttons = new QDialogButtonBox;
    QPushButton *reload = buttons->addButton(tr("Keep theirs (reload)"), QDialogButtonBox::AcceptRole);
    QPushButton *reapply = buttons->addButton(tr("Save mine over theirs"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    reload->setObjectName(u"reload"_s);
    reapply->setObjectName(u"reapply"_s);
    connect(reload, &QPushButton::clicked, this, [this] { m_choice = Reload; accept(); });
    connect(reapply, &QPushButton::clicked, this, [this] { m_choice = Reapply; accept(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(720, 360);
}

Status saveWithRetry(QWidget *parent, const std::function<Status()> &save)
{
    Status st = save();
    if (st.ok() || st.error().kind != Error::Kind::Busy)
        return st;
    QProgressDialog wait(QApplication::translate("as::ConflictDialog", "Another PC is saving to the database; waiting to save yours…"),
                         QApplication::translate("as::ConflictDialog", "Stop waiting"), 0, 0, parent);
    wait.setWindowTitle(QApplication::translate("as::ConflictDialog", "Waiting for another PC"));
    wait.setMinimumDuration(0);
    wait.setWindowModality(Qt::WindowModal);
    wait.show();
    QElapsedTimer timer;
    timer.start();
    while (!st.ok() && st.error().kind == Error::Kind::Busy && timer.elapsed() < 60000 && !wait.wasCanceled()) {
        for (int i = 0; i < 10; ++i) {
            QApplication::processEvents();
            QThread::msleep(50);
        }
        st = save();
    }
    return st;
}

} // namespace as
