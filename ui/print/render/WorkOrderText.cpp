// Labels and values of the printed work order: every word through tr(), so the form follows the language.
#include "WorkOrderRenderer.h"

#include "util/Money.h"

using namespace Qt::Literals::StringLiterals;

namespace as::print {

QString WorkOrderRenderer::fieldLabel(const QString &field)
{
    if (field == u"customer_name"_s) return tr("Customer");
    if (field == u"contact_phone"_s) return tr("Phone");
    if (field == u"address"_s) return tr("Address");
    if (field == u"model"_s) return tr("Product model");
    if (field == u"serial"_s) return tr("Serial number");
    if (field == u"purchase_date"_s) return tr("Purchase date");
    if (field == u"warranty"_s) return tr("Warranty");
    if (field == u"category"_s) return tr("Service type");
    if (field == u"opened_at"_s) return tr("Opened");
    if (field == u"technician"_s) return tr("Technician");
    if (field == u"appointment"_s) return tr("Appointment");
    if (field == u"priority"_s) return tr("Priority");
    if (field == u"channel"_s) return tr("Channel");
    if (field == u"symptom"_s) return tr("Symptom");
    if (field == u"diagnosis"_s) return tr("Diagnosis");
    if (field == u"work"_s) return tr("Repair plan / work done");
    if (field == u"rework_of"_s) return tr("Rework of");
    return field;
}

QString WorkOrderRenderer::sectionTitle(const QString &key)
{
    if (key == u"customer"_s) return tr("Customer");
    if (key == u"product"_s) return tr("Product");
    if (key == u"service"_s) return tr("Service");
    if (key == u"parts"_s) return tr("Parts used");
    if (key == u"charges"_s) return tr("Charges");
    if (key == u"terms"_s) return tr("Terms of service");
    return key;
}

QString WorkOrderRenderer::money(qint64 fen)
{
    return u"¥"_s + money::toYuan(fen);
}

QString WorkOrderRenderer::localTime(const QDateTime &utc, const WorkOrderData &d)
{
    if (!utc.isValid())
        return {};
    return utc.toTimeZone(d.siteZone).toString(u"yyyy-MM-dd HH:mm"_s);
}

QString WorkOrderRenderer::fieldValue(const QString &field, const WorkOrderData &d)
{
    const Order &o = d.order;
    if (field == u"customer_name"_s) return o.customerName;
    if (field == u"contact_phone"_s) return o.contactPhone;
    if (field == u"address"_s) return o.address;
    if (field == u"model"_s) return d.product ? d.product->model : QString();
    if (field == u"serial"_s) return d.product ? d.product->serial : QString();
    if (field == u"purchase_date"_s)
        return d.product && d.product->purchaseDate.isValid() ? d.product->purchaseDate.toString(Qt::ISODate) : QString();
    if (field == u"warranty"_s) {
        QString s = labelOf(o.warranty);
        if (d.warrantyEnd.isValid())
            s = tr("%1 (until %2)").arg(s, d.warrantyEnd.addDays(-1).toString(Qt::ISODate));
        return s;
    }
    if (field == u"category"_s) return tr("%1 · %2").arg(labelOf(o.category), labelOf(o.serviceMode));
    if (field == u"opened_at"_s) return localTime(o.openedAt, d);
    if (field == u"technician"_s)
        return d.technicianPhone.isEmpty() ? d.technicianName : tr("%1 (%2)").arg(d.technicianName, d.technicianPhone);
    if (field == u"appointment"_s) {
        if (!o.appointmentStart.isValid())
            return {};
        const QDateTime s = o.appointmentStart.toTimeZone(d.siteZone), e = o.appointmentEnd.toTimeZone(d.siteZone);
        if (!e.isValid())
            return localTime(o.appointmentStart, d);
        if (s.date() == e.date())
            return tr("%1 %2–%3").arg(s.date().toString(Qt::ISODate), s.toString(u"HH:mm"_s), e.toString(u"HH:mm"_s));
        return tr("%1 – %2").arg(localTime(o.appointmentStart, d), localTime(o.appointmentEnd, d));
    }
    if (field == u"priority"_s) return labelOf(o.priority);
    if (field == u"channel"_s) return labelOf(o.channel);
    if (field == u"symptom"_s) return o.symptom;
    if (field == u"diagnosis"_s) return o.diagnosis;
    if (field == u"work"_s) {
        if (o.repairPlan.isEmpty() || o.workDone.isEmpty())
            return o.workDone.isEmpty() ? o.repairPlan : o.workDone;
        return tr("Plan: %1\nDone: %2").arg(o.repairPlan, o.workDone);
    }
    return {};
}

QString WorkOrderRenderer::defaultTerms()
{
    return tr("1. Repairs of products in warranty are free of charge unless the fault was caused by misuse, "
              "accident or unauthorised repair.\n"
              "2. Out of warranty (or after misuse) labour, parts and travel are charged as quoted; work starts only "
              "after the customer has agreed to the quote.\n"
              "3. Please check the product before signing. Keep this form: it is your proof of service for warranty "
              "claims and follow-up visits.");
}

QString WorkOrderRenderer::acceptanceSentence()
{
    return tr("I confirm that the service described above has been completed and the product works properly.");
}

QString WorkOrderRenderer::technicianSentence()
{
    return tr("I confirm that the work above was carried out and checked.");
}

} // namespace as::print
