#pragma once

#include "domain/Enums.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace as {

// What a role may do. Checked by the core services (so the CLI obeys it too);
// the UI only hides what the role cannot do.
enum class Permission {
    ManageUsers,
    EditSettings,
    EditCustomers,
    ViewPhoneNumbers,     // unmasked phone numbers in lists and exports
    CreateOrders,
    EditOrders,
    DispatchOrders,
    WorkOnOrders,         // technician transitions: start, await parts, complete
    CancelOrders,
    CloseOrders,
    ManageParts,          // catalogue, locations
    PostStock,            // receipts, issues, transfers, scrap
    AllowNegativeStock,
    ApproveStocktake,
    ApprovePurchase,
    HandleComplaints,
    ApproveCompensation,  // compensation, replacement, refund
    RecordFollowUps,
    ViewReports,
    Export,
    Import,
    Backup,
};

bool roleAllows(Role role, Permission permission);
QString permissionLabel(Permission permission);
QList<Permission> allPermissions();

// The user on whose behalf a service acts. Passed explicitly to every write.
struct Actor
{
    Q_DECLARE_TR_FUNCTIONS(as::Actor)

public:
    qint64 userId = 0;
    QString login;
    QString displayName;
    Role role = Role::Agent;

    bool can(Permission p) const { return roleAllows(role, p); }
    Status require(Permission p) const;

    static Actor admin() { return {1, QStringLiteral("admin"), QStringLiteral("Administrator"), Role::Admin}; }
};

} // namespace as
