#include "services/Actor.h"

namespace as {

bool roleAllows(Role role, Permission p)
{
    using P = Permission;
    switch (role) {
    case Role::Admin:
        return true;
    case Role::Manager:
        return p != P::Backup;
    case Role::Agent:
        switch (p) {
        case P::EditCustomers: case P::ViewPhoneNumbers: case P::CreateOrders: case P::EditOrders:
        case P::DispatchOrders: case P::CancelOrders: case P::CloseOrders: case P::HandleComplaints:
        case P::RecordFollowUps: case P::Export: case P::Import:
            return true;
        default:
            return false;
        }
    case Role::Technician:
        switch (p) {
        case P::ViewPhoneNumbers: case P::WorkOnOrders: case P::EditOrders:
            return true;
        default:
            return false;
        }
    case Role::PartsClerk:
        switch (p) {
        case P::ManageParts: case P::PostStock: case P::Export: case P::Import:
            return true;
        default:
            return false;
        }
    case Role::Logistics:
        switch (p) {
        case P::ViewPhoneNumbers: case P::PostStock:
            return true;
        default:
            return false;
        }
    }
    return false;
}

QList<Permission> allPermissions()
{
    QList<Permission> out;
    for (int i = 0; i <= static_cast<int>(Permission::Backup); ++i)
        out << static_cast<Permission>(i);
    return out;
}

QString permissionLabel(Permission p)
{
    switch (p) {
    case Permission::ManageUsers: return Actor::tr("manage users");
    case Permission::EditSettings: return Actor::tr("change settings");
    case Permission::EditCustomers: return Actor::tr("edit customers");
    case Permission::ViewPhoneNumbers: return Actor::tr("see full phone numbers");
    case Permission::CreateOrders: return Actor::tr("create service orders");
    case Permission::EditOrders: return Actor::tr("edit service orders");
    case Permission::DispatchOrders: return Actor::tr("dispatch service orders");
    case Permission::WorkOnOrders: return Actor::tr("work on service orders");
    case Permission::CancelOrders: return Actor::tr("cancel service orders");
    case Permission::CloseOrders: return Actor::tr("close service orders");
    case Permission::ManageParts: return Actor::tr("manage the parts catalogue");
    case Permission::PostStock: return Actor::tr("post stock movements");
    case Permission::AllowNegativeStock: return Actor::tr("allow negative stock");
    case Permission::ApproveStocktake: return Actor::tr("approve stocktakes");
    case Permission::ApprovePurchase: return Actor::tr("approve purchase requests");
    case Permission::HandleComplaints: return Actor::tr("handle complaints");
    case Permission::ApproveCompensation: return Actor::tr("approve compensation, replacement or refund");
    case Permission::RecordFollowUps: return Actor::tr("record follow-up calls");
    case Permission::ViewReports: return Actor::tr("read reports");
    case Permission::Export: return Actor::tr("export data");
    case Permission::Import: return Actor::tr("import data");
    case Permission::Backup: return Actor::tr("back up and restore");
    }
    return {};
}

Status Actor::require(Permission p) const
{
    if (can(p))
        return {};
    return Error::permission(tr("%1 (%2) may not %3.").arg(displayName, labelOf(role), permissionLabel(p)));
}

} // namespace as
