#include "ComplaintSheetDocument.h"

#include "Barcodes.h"
#include "FormPainter.h"
#include "FormTemplate.h"
#include "PdfToUnicode.h"
#include "domain/Customer.h"
#include "services/SettingsRepository.h"
#include "services/UserDirectory.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace as::print {

Result<ComplaintSheet> ComplaintSheetDocument::load(Database &db, const Clock &clock, const Actor &actor, const QString &number)
{
    ComplaintService service(db, clock);
    auto c = service.byNumber(number);
    if (!c)
        return c.error();
    ComplaintSheet s;
    s.complaint = *c;
    auto events = service.events(c->id);
    if (!events)
        return events.error();
    s.events = *events;
    auto orders = service.orders(c->id);
    if (!orders)
        return orders.error();
    s.orders = *orders;
    auto name = [&](qint64 id) {
        auto v = db.scalar(u"SELECT COALESCE(display_name, login) FROM users WHERE id = ?"_s, {id});
        return v ? v->toString() : QString();
    };
    if (c->assigneeId > 0)
        s.assignee = name(c->assigneeId);
    if (c->approvedBy > 0)
        s.approver = name(c->approvedBy);
    s.phone = actor.can(Permission::ViewPhoneNumbers) ? c->contactPhone : phone::mask(c->contactPhone);
    SettingsRepository settings(db, clock);
    s.site = settings.siteTimeZone();
    return s;
}

namespace {
using D = ComplaintSheetDocument;

QString when(const QDateTime &t, const QTimeZone &site)
{
    return t.isValid() ? t.toTimeZone(site).toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}
} // namespace

Status ComplaintSheetDocument::writePdf(const QString &path, const ComplaintSheet &s, const QString &language)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    const auto &form = FormTemplate::workOrder();
    const QStringList families = form ? form->fontFamilies(language.isEmpty() ? QLocale().name() : language) : QStringList();
    const Complaint &c = s.complaint;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(1200);
        pdf.setCreator(u"Aftersales"_s);
        pdf.setTitle(tr("Complaint %1").arg(c.number));
        QPainter painter;
        if (!painter.begin(&pdf))
            return Error::io(tr("Cannot start printing (the printer or file refused to open)."));
        FormPainter f(painter, families);
        f.text({15, 10, 120, 10}, tr("Complaint handling sheet"), 17, Qt::AlignLeft | Qt::AlignVCenter, true);
        if (auto bars = Barcodes::code128(c.number)) {
            const double module = qMin(0.3, 55.0 / qMax(1, bars->width));
            f.modules(*bars, {140, 9}, module, 8);
        }
        f.text({140, 17.5, 55, 5}, c.number, 9, Qt::AlignLeft | Qt::AlignVCenter, true);
        f.line({15, 24}, {195, 24}, Qt::black, 0.4);

        double y = 26;
        auto field = [&](double x, double w, const QString &label, const QString &value) {
            f.text({x, y, w, 4}, label, 7, Qt::AlignLeft | Qt::AlignVCenter, false, QColor(0x55, 0x55, 0x55));
            f.fittedLine({x, y + 4, w, 5}, value, 10, 7);
        };
        auto row = [&](std::initializer_list<std::pair<QString, QString>> cells) {
            const double w = 180.0 / double(cells.size());
            double x = 15;
            for (const auto &cell : cells) {
                field(x, w - 2, cell.first, cell.second);
                x += w;
            }
            y += 10.5;
        };
        auto block = [&](const QString &label, const QString &text, double height) {
            f.text({15, y, 180, 4}, label, 7, Qt::AlignLeft | Qt::AlignVCenter, false, QColor(0x55, 0x55, 0x55));
            f.rect({15, y + 4.5, 180, height}, QColor(0x99, 0x99, 0x99), 0.15);
            f.fittedText({16.5, y + 5.5, 177, height - 2}, text, 10, 6.5);
            y += height + 6;
        };
        QStringList orders;
        for (const auto &o : s.orders)
            orders << o.number;
        row({{tr("Received"), when(c.receivedAt, s.site)}, {tr("Status"), labelOf(c.status)}, {tr("Category"), labelOf(c.category)},
             {tr("Severity"), labelOf(c.severity)}});
        row({{tr("Customer"), c.customerName}, {tr("Phone"), s.phone}, {tr("Model"), c.model}, {tr("Orders concerned"), orders.join(u", "_s)}});
        block(tr("Content"), c.content, 34);
        block(tr("Customer expects"), c.expectation, 12);
        row({{tr("Acknowledge by"), when(c.ackDue, s.site)}, {tr("Acknowledged"), when(c.acknowledgedAt, s.site)},
             {tr("Remedy due"), when(c.remedyDue, s.site)}, {tr("Remedy proposed"), when(c.remedyProposedAt, s.site)}});
        row({{tr("Department"), c.department}, {tr("Responsible person"), s.assignee}, {tr("Responsibility"), labelOf(c.responsibility)},
             {tr("Reopened"), QString::number(c.reopenCount)}});
        block(tr("Investigation"), c.investigation, 22);
        block(tr("Root cause"), c.rootCause, 12);
        const QString amount = c.compensationFen > 0 ? QLocale().toCurrencyString(double(c.compensationFen) / 100.0, u"¥"_s) : QString();
        row({{tr("Remedy"), c.remedy ? labelOf(*c.remedy) : QString()}, {tr("Amount"), amount},
             {tr("Approved by"), s.approver}, {tr("Approved"), when(c.approvedAt, s.site)}});
        const QString verdict = !c.satisfied ? QString() : *c.satisfied ? tr("Satisfied") : tr("Not satisfied");
        row({{tr("Customer informed"), when(c.informedAt, s.site)}, {tr("Customer's verdict"), verdict},
             {tr("Closed"), when(c.closedAt, s.site)}, {QString(), QString()}});
        block(tr("Customer feedback"), c.customerFeedback, 12);

        f.text({15, y, 180, 5}, tr("Timeline"), 9, Qt::AlignLeft | Qt::AlignVCenter, true);
        y += 5.5;
        for (const ComplaintEvent &e : s.events) {
            if (y > 262)
                break;
            QString what = e.kind;
            if (!e.toStatus.isEmpty())
                what = labelOfCode<ComplaintStatus>(e.fromStatus).isEmpty() ? labelOfCode<ComplaintStatus>(e.toStatus)
                       : tr("%1 → %2").arg(labelOfCode<ComplaintStatus>(e.fromStatus), labelOfCode<ComplaintStatus>(e.toStatus));
            f.text({15, y, 30, 4.5}, when(e.at, s.site), 8);
            f.fittedLine({46, y, 24, 4.5}, e.userName, 8, 6);
            f.fittedLine({71, y, 50, 4.5}, what, 8, 6);
            f.fittedLine({122, y, 73, 4.5}, e.note.simplified(), 8, 6);
            y += 4.8;
        }
        f.line({15, 272}, {195, 272}, Qt::black, 0.3);
        f.text({15, 276, 60, 6}, tr("Handled by: ______________"), 9);
        f.text({75, 276, 60, 6}, tr("Manager: ______________"), 9);
        f.text({135, 276, 60, 6}, tr("Customer: ______________"), 9);
        if (!painter.end())
            return Error::io(tr("Printing did not finish."));
    }
    const QByteArray bytes = PdfToUnicode::repair(buffer.data(), PdfToUnicode::radicalMap(families));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::io(tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    return {};
}

} // namespace as::print
