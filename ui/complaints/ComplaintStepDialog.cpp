#include "complaints/ComplaintStepDialog.h"

#include "services/Services.h"
#include "widgets/ConflictDialog.h"
#include "widgets/ErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

QString ComplaintStepDialog::stepLabel(ComplaintStatus from, ComplaintStatus to)
{
    using S = ComplaintStatus;
    switch (to) {
    case S::Investigating: return from == S::CustomerInformed ? tr("Customer not satisfied…") : tr("Start investigation");
    case S::RemedyProposed: return tr("Propose remedy…");
    case S::Approved: return tr("Approve remedy…");
    case S::CustomerInformed: return tr("Customer informed…");
    case S::Closed: return tr("Customer satisfied: close…");
    case S::Received: break;
    }
    return labelOf(to);
}

ComplaintStepDialog::ComplaintStepDialog(Services &services, const Actor &actor, const Complaint &c, ComplaintStatus to,
                                         QWidget *parent)
    : QDialog(parent), m_services(services), m_actor(actor), m_complaint(c), m_to(to)
{
    setWindowTitle(tr("Complaint %1: %2").arg(c.number, stepLabel(c.status, to).remove(u'…')));
    auto *form = new QFormLayout;
    auto text = [](const QString &name, const QString &value) {
        auto *t = new QPlainTextEdit(value);
        t->setObjectName(name);
        t->setTabChangesFocus(true);
        t->setMaximumHeight(80);
        return t;
    };
    using S = ComplaintStatus;
    if (to == S::RemedyProposed) {
        m_remedy = new QComboBox;
        m_remedy->setObjectName(u"remedy"_s);
        for (Remedy r : allValues<Remedy>())
            m_remedy->addItem(labelOf(r), codeOf(r));
        m_remedy->setCurrentIndex(c.remedy ? m_remedy->findData(codeOf(*c.remedy)) : 0);
        m_amount = new QDoubleSpinBox;
        m_amount->setObjectName(u"compensation"_s);
        m_amount->setRange(0, 10000000);
        m_amount->setDecimals(2);
        m_amount->setPrefix(u"¥ "_s);
        m_amount->setValue(double(c.compensationFen) / 100.0);
        m_responsibility = new QComboBox;
        m_responsibility->setObjectName(u"responsibility"_s);
        for (Responsibility r : allValues<Responsibility>())
            m_responsibility->addItem(labelOf(r), codeOf(r));
        m_responsibility->setCurrentIndex(m_responsibility->findData(codeOf(c.responsibility)));
        m_rootCause = text(u"rootCause"_s, c.rootCause);
        form->addRow(tr("&Remedy"), m_remedy);
        form->addRow(tr("Amount (compensation or refund)"), m_amount);
        form->addRow(tr("Res&ponsibility"), m_responsibility);
        form->addRow(tr("Root &cause"), m_rootCause);
        auto *hint = new QLabel(tr("Compensation, replacement and refund need a manager's approval."));
        hint->setWordWrap(true);
        form->addRow(QString(), hint);
    }
    if (to == S::CustomerInformed || to == S::Closed || (to == S::Investigating && c.status == S::CustomerInformed)) {
        m_feedback = text(u"feedback"_s, {});
        m_feedback->setPlaceholderText(to == S::Investigating ? tr("Why the customer is not satisfied (required)")
                                                              : tr("What the customer said"));
        form->addRow(tr("Customer &feedback"), m_feedback);
    }
    m_note = text(u"note"_s, {});
    form->addRow(tr("&Note"), m_note);
    m_error = makeErrorLabel();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"ok"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintStepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void ComplaintStepDialog::accept()
{
    ComplaintStepData d;
    d.note = m_note->toPlainText();
    if (m_remedy) {
        d.remedy = fromCode<Remedy>(m_remedy->currentData().toString());
        d.compensationFen = qRound64(m_amount->value() * 100.0);
        d.responsibility = fromCode<Responsibility>(m_responsibility->currentData().toString());
        d.rootCause = m_rootCause->toPlainText();
    }
    if (m_feedback)
        d.feedback = m_feedback->toPlainText();
    Status st = saveWithRetry(this, [&] { return m_services.complaints.transition(m_actor, m_complaint.id, m_complaint.rowVersion, m_to, d); });
    if (!st) {
        m_error->setText(st.error().message);
        m_error->show();
        const QHash<QString, QWidget *> fields{{u"remedy"_s, m_remedy}, {u"compensation"_s, m_amount}, {u"feedback"_s, m_feedback}};
        if (QWidget *w = fields.value(st.error().field))
            w->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace as
