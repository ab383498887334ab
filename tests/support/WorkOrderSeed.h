#pragma once

// A database with one printable work order: company letterhead, a Chinese customer, a product,
// a technician with an appointment, parts issued, charges. Used by the print and CLI tests.
#include "services/Services.h"
#include "support/TestSupport.h"
#include "util/Time.h"

#include <QTimeZone>

namespace as::test {

struct SeededOrder
{
    qint64 orderId = 0;
    QString number;
    qint64 technicianId = 0;
    QDate day;                  // the appointment's day (site time)
};

inline SeededOrder seedWorkOrder(Services &s, const QString &customerName = QStringLiteral("张伟"),
                                 const QString &symptom = QStringLiteral("空调不制冷，室外机有异响"))
{
    using namespace Qt::Literals::StringLiterals;
    const Actor admin = Actor::admin();
    SeededOrder out;
    auto check = [](const auto &r) {
        EXPECT_TRUE(r.ok()) << qPrintable(r.ok() ? QString() : r.error().message);
        return r.ok();
    };
    check(s.settings.setValue(admin, u"site.timezone"_s, u"Asia/Shanghai"_s));
    check(s.settings.setValue(admin, u"company.name"_s, u"华信家电售后服务中心"_s));
    check(s.settings.setValue(admin, u"company.address"_s, u"广州市天河区体育西路一号"_s));
    check(s.settings.setValue(admin, u"company.phone"_s, u"400-800-1234"_s));
    qint64 techId = 0;
    if (auto existing = s.users.byLogin(u"li"_s))
        techId = existing->id;
    else if (auto id = s.accounts.addUser(admin, u"li"_s, Role::Technician, u"李强"_s); check(id))
        techId = *id;
    out.technicianId = techId;

    Customer c;
    c.name = customerName;
    c.phone = u"13800138000"_s;
    c.address = u"广州市海珠区五一路139号翠苑新村19栋"_s;
    auto customerId = s.customers.create(admin, c);
    if (!check(customerId))
        return out;
    Product p;
    p.customerId = *customerId;
    p.model = u"KFR-35GW"_s;
    p.serial = u"SN-%1"_s.arg(*customerId, 4, 10, QChar(u'0'));
    p.purchaseDate = QDate(2026, 3, 1);
    auto productId = s.customers.addProduct(admin, p);
    if (!check(productId))
        return out;
    OrderDraft d;
    d.customerId = *customerId;
    d.productId = *productId;
    d.symptom = symptom;
    auto orderId = s.orders.create(admin, d);
    if (!check(orderId))
        return out;
    out.orderId = *orderId;
    check(s.orders.assign(admin, out.orderId, s.orders.get(out.orderId)->rowVersion, techId));
    const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    out.day = s.clock.nowUtc().toTimeZone(zone).date().addDays(1);
    check(s.orders.setAppointment(admin, out.orderId, s.orders.get(out.orderId)->rowVersion,
                                  QDateTime(out.day, QTime(9, 0), zone), QDateTime(out.day, QTime(11, 0), zone)));
    auto order = s.orders.get(out.orderId);
    out.number = order->number;
    order->diagnosis = u"压缩机启动电容损坏"_s;
    check(s.orders.updateWork(admin, *order));

    // A part issued to the order, and charges.
    Part part;
    part.code = u"CAP-35UF"_s;
    part.name = u"压缩机启动电容 35μF"_s;
    part.costFen = 4500;
    auto existingPart = s.parts.byCode(part.code);
    auto partId = existingPart.ok() && existingPart->has_value() ? Result<qint64>((*existingPart)->id) : s.parts.create(admin, part);
    auto location = s.parts.defaultLocation(admin);
    if (check(partId) && check(location)) {
        MovementRequest receipt;
        receipt.type = MovementType::Receipt;
        receipt.partId = *partId;
        receipt.locationId = location->id;
        receipt.qty = 5;
        check(s.ledger.post(admin, receipt));
        MovementRequest issue = receipt;
        issue.type = MovementType::Issue;
        issue.qty = 2;
        issue.orderId = out.orderId;
        check(s.ledger.post(admin, issue));
    }
    check(s.db.exec(u"UPDATE service_orders SET labour_fen = 8000, parts_fen = 9000, travel_fen = 3000 WHERE id = ?"_s,
                    {out.orderId}));
    return out;
}

} // namespace as::test
