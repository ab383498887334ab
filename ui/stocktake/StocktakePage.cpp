#include "stocktake/StocktakePage.h"

#include "CountSheetDocument.h"
#include "services/Services.h"
#include "stocktake/StartStocktakeDialog.h"
#include "stocktake/StocktakeLinesModel.h"
#include "util/Money.h"
#include "widgets/ConflictDialog.h"
#include "widgets/Format.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

StocktakePage::StocktakePage(Services &services, const Actor &actor, QWidget *parent)
    : Page(parent), m_services(services), m_actor(actor)
{
    auto *title = new QLabel(tr("Stocktake"));
    title->setObjectName(u"pageTitle"_s);
    m_sessions = new QComboBox;
    m_sessions->setObjectName(u"sessions"_s);
    m_sessions->setMinimumWidth(360);
    auto *start = new QPushButton(tr("&Start a stocktake…"));
    start->setObjectName(u"startStocktake"_s);
    start->setVisible(actor.can(Permission::PostStock));
    connect(start, &QPushButton::clicked, this, &StocktakePage::startSession);
    connect(m_sessions, &QComboBox::activated, this, [this] { openSession(m_sessions->currentData().toLongLong()); });
    m_state = new QLabel;
    m_state->setObjectName(u"sessionState"_s);

    auto *scanLabel = new QLabel(tr("S&can or type a code, then Enter:"));
    m_scan = new QLineEdit;
    m_scan->setObjectName(u"scanInput"_s);
    QFont big = m_scan->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_scan->setFont(big);
    m_scan->setMinimumWidth(320);
    scanLabel->setBuddy(m_scan);
    m_qty = new QSpinBox;
    m_qty->setObjectName(u"scanQty"_s);
    m_qty->setRange(0, 100000);
    m_qty->setValue(1);
    m_qty->setFont(big);
    m_qty->setToolTip(tr("Quantity added by the next scan (back to 1 afterwards)"));
    auto *qtyLabel = new QLabel(tr("&Quantity:"));
    qtyLabel->setBuddy(m_qty);
    connect(m_scan, &QLineEdit::returnPressed, this, &StocktakePage::scan);
    connect(m_qty, &QSpinBox::editingFinished, this, [this] {
        if (m_qty->hasFocus())
            m_scan->setFocus();
    });
    m_message = new QLabel;
    m_message->setObjectName(u"scanMessage"_s);
    m_message->setWordWrap(true);
    m_message->setFont(big);
    m_message->setMinimumHeight(m_message->fontMetrics().height() * 2);
    m_progress = new QLabel;
    m_reveal = new QCheckBox(tr("Show expected quantities (manager)"));
    m_reveal->setObjectName(u"revealExpected"_s);
    m_reveal->setVisible(actor.can(Permission::ApproveStocktake));
    connect(m_reveal, &QCheckBox::toggled, this, &StocktakePage::reloadLines);

    m_model = new StocktakeLinesModel(this);
    m_view = new QTableView;
    m_view->setObjectName(u"stocktakeLines"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setFocusPolicy(Qt::ClickFocus);   // the scanner's keystrokes stay in the scan field

    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &action, bool visible) {
        auto *b = new QPushButton(text);
        b->setObjectName(action);
        b->setVisible(visible);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, [this, action] { act(action); });
        buttons->addWidget(b);
        m_sessionButtons << b;
    };
    button(tr("Correct &count…"), u"setCount"_s, actor.can(Permission::PostStock));
    button(tr("Check &variances (recount)"), u"recount"_s, actor.can(Permission::PostStock));
    button(tr("&Approve"), u"approve"_s, actor.can(Permission::ApproveStocktake));
    button(tr("&Post adjustments"), u"post"_s, actor.can(Permission::ApproveStocktake));
    button(tr("Count &sheet (PDF)…"), u"print"_s, true);
    button(tr("Cancel stocktake…"), u"cancel"_s, actor.can(Permission::PostStock));
    buttons->addStretch(1);
    buttons->addWidget(m_reveal);

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(12);
    bar->addWidget(m_sessions);
    bar->addWidget(start);
    bar->addWidget(m_state, 1);
    auto *scanBar = new QHBoxLayout;
    scanBar->addWidget(scanLabel);
    scanBar->addWidget(m_scan, 2);
    scanBar->addWidget(qtyLabel);
    scanBar->addWidget(m_qty);
    scanBar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(scanBar);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_progress);
    reloadSessions();
}

void StocktakePage::reloadSessions()
{
    auto list = m_services.stocktakes.list();
    m_sessions->clear();
    qint64 open = 0;
    if (list) {
        for (const Stocktake &s : *list) {
            m_sessions->addItem(tr("#%1 %2 — %3, %4").arg(s.id).arg(s.locationCode, labelOf(s.status), fmt::dateTime(s.frozenAt)), s.id);
            if (!open && (s.status == StocktakeStatus::Counting || s.status == StocktakeStatus::Recount ||
                          s.status == StocktakeStatus::Approved))
                open = s.id;
        }
    }
    if (m_sessions->count() == 0)
        m_sessions->addItem(tr("No stocktakes yet"), 0);
    openSession(m_id ? m_id : (open ? open : m_sessions->itemData(0).toLongLong()));
}

void StocktakePage::openSession(qint64 id)
{
    m_id = id;
    const int i = m_sessions->findData(id);
    if (i >= 0)
        m_sessions->setCurrentIndex(i);
    m_message->clear();
    reloadLines();
}

void StocktakePage::reloadLines()
{
    auto s = m_id ? m_services.stocktakes.get(m_id) : Result<Stocktake>(Error::notFound({}));
    const bool open = s && (s->status == StocktakeStatus::Counting || s->status == StocktakeStatus::Recount);
    m_scan->setEnabled(open);
    m_qty->setEnabled(open);
    for (QPushButton *b : m_sessionButtons)
        b->setEnabled(s.ok() && (b->objectName() == u"print"_s || (s->status != StocktakeStatus::Posted &&
                                                                    s->status != StocktakeStatus::Cancelled)));
    if (!s) {
        m_state->setText(tr("Start a stocktake to count a location."));
        m_model->setLines({}, false);
        m_progress->clear();
        return;
    }
    QString state = tr("%1 at %2, frozen %3").arg(labelOf(s->status), s->locationCode, fmt::dateTime(s->frozenAt));
    if (s->blind)
        state += tr(" · blind count");
    if (!s->categories.isEmpty())
        state += tr(" · categories: %1").arg(s->categories.join(u", "_s));
    m_state->setText(state);
    auto lines = m_services.stocktakes.lines(m_id);
    if (!lines) {
        showMessage(lines.error().message, false);
        return;
    }
    const bool hide = s->blind && s->status != StocktakeStatus::Posted && !m_reveal->isChecked();
    int counted = 0, recount = 0;
    for (const StocktakeLine &l : *lines) {
        counted += l.counted ? 1 : 0;
        recount += l.needsRecount && !l.counted ? 1 : 0;
    }
    m_progress->setText(tr("Counted %1 of %2 lines").arg(counted).arg(lines->size()) +
                        (recount ? tr("; %1 line(s) wait for a recount").arg(recount) : QString()));
    m_model->setLines(std::move(lines.value()), hide);
    m_view->resizeColumnsToContents();
    if (open)
        m_scan->setFocus();
}

void StocktakePage::showMessage(const QString &text, bool ok)
{
    m_message->setText(text);
    m_message->setStyleSheet(ok ? u"color: #1a7f37;"_s : u"color: white; background: #c62828; padding: 4px;"_s);
    if (!ok) {
        ++m_beeps;
        QApplication::beep();
    }
}

void StocktakePage::scan()
{
    const QString code = m_scan->text().trimmed();
    m_scan->clear();
    if (code.isEmpty() || m_id == 0)
        return;
    const qint64 qty = m_qty->value();
    m_qty->setValue(1);
    Result<CountResult> r = Error::storage({});
    (void)saveWithRetry(this, [&]() -> Status {
        r = m_services.stocktakes.count(m_actor, m_id, code, qty);
        return r ? Status() : Status(r.error());
    });
    if (!r) {
        showMessage(r.error().message, false);
        m_scan->setFocus();
        return;
    }
    auto s = m_services.stocktakes.get(m_id);
    const bool hide = s && s->blind && !m_reveal->isChecked();
    QString text = tr("✓ %1 %2: +%3, counted %4 %5").arg(r->code, r->name).arg(qty).arg(r->counted).arg(r->unit);
    if (!hide)
        text += tr(" (expected %1)").arg(r->expected);
    if (r->newLine)
        text += tr(" — not on the frozen list, added");
    showMessage(text, true);
    reloadLines();
    if (auto part = m_services.parts.byCode(r->code); part && part->has_value()) {
        const int row = m_model->rowOfPart((*part)->id);
        if (row >= 0) {
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
        }
    }
    m_scan->setFocus();
}

void StocktakePage::startSession()
{
    StartStocktakeDialog dlg(m_services, m_actor, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    m_id = dlg.stocktakeId();
    reloadSessions();
}

void StocktakePage::act(const QString &action)
{
    if (m_id == 0)
        return;
    Status st;
    if (action == u"print"_s) {
        printCountSheet();
        return;
    }
    if (action == u"setCount"_s) {
        const int row = m_view->currentIndex().row();
        if (row < 0) {
            showMessage(tr("Select the line to correct first."), false);
            return;
        }
        const StocktakeLine &l = m_model->lines().at(row);
        bool ok = false;
        const int n = QInputDialog::getInt(this, tr("Correct count"), tr("Counted quantity of %1:").arg(l.code),
                                           int(l.counted.value_or(0)), 0, 1000000, 1, &ok);
        if (!ok)
            return;
        st = saveWithRetry(this, [&] { return m_services.stocktakes.setCount(m_actor, m_id, l.partId, n); });
    } else if (action == u"recount"_s) {
        Result<int> n = 0;
        st = saveWithRetry(this, [&]() -> Status {
            n = m_services.stocktakes.requestRecount(m_actor, m_id);
            return n ? Status() : Status(n.error());
        });
        if (st)
            showMessage(*n ? tr("%n line(s) must be counted again.", nullptr, *n) : tr("No variance exceeds the threshold."), true);
    } else if (action == u"approve"_s) {
        st = saveWithRetry(this, [&] { return m_services.stocktakes.approve(m_actor, m_id); });
        if (st)
            showMessage(tr("Approved. Post the adjustments to update the stock."), true);
    } else if (action == u"post"_s) {
        if (QMessageBox::question(this, tr("Post stocktake"),
                                  tr("Post all adjustments of stocktake %1 now? Uncounted lines stay unchanged.").arg(m_id)) !=
            QMessageBox::Yes)
            return;
        Result<StocktakePostSummary> sum = Error::storage({});
        st = saveWithRetry(this, [&]() -> Status {
            sum = m_services.stocktakes.post(m_actor, m_id);
            return sum ? Status() : Status(sum.error());
        });
        if (st)
            showMessage(tr("Posted: %1 line(s) adjusted, variance %2 units worth %3; %4 line(s) not counted.")
                            .arg(sum->lines)
                            .arg(sum->varianceQty)
                            .arg(fmt::money(sum->varianceFen))
                            .arg(sum->uncounted),
                        true);
    } else if (action == u"cancel"_s) {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Cancel stocktake"), tr("Reason:"), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        st = saveWithRetry(this, [&] { return m_services.stocktakes.cancel(m_actor, m_id, reason); });
    }
    if (!st)
        showMessage(st.error().message, false);
    reloadSessions();
}

void StocktakePage::printCountSheet()
{
    auto s = m_services.stocktakes.get(m_id);
    auto lines = m_services.stocktakes.lines(m_id);
    if (!s || !lines) {
        showMessage(!s ? s.error().message : lines.error().message, false);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save count sheet"), tr("count-sheet-%1.pdf").arg(m_id),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto st = print::CountSheetDocument::writePdf(path, *s, *lines); !st)
        showMessage(st.error().message, false);
    else
        showMessage(tr("Count sheet saved: %1").arg(path), true);
}

void StocktakePage::refresh()
{
    reloadLines();
}

int StocktakePage::loadedRows() const
{
    return m_model->rowCount();
}

void StocktakePage::screenshotDialogs(const Shoot &shoot)
{
    StartStocktakeDialog start(m_services, m_actor, this);
    shoot(u"stocktake-start"_s, &start);
}

} // namespace as
