// The permission matrix: every role x every permission, written out here from the
// roles of domain.md so a change to core/services/Actor.cpp is a deliberate one.
#include "support/TestSupport.h"

#include "services/Actor.h"

#include <map>

using namespace as;
using namespace Qt::Literals::StringLiterals;

namespace {

// Letters: M manager, A service agent, T technician, P parts clerk, L logistics, X administrator.
const std::map<Permission, const char *> &expectedMatrix()
{
    using P = Permission;
    static const std::map<Permission, const char *> m = {
        {P::ManageUsers, "MX"},
        {P::EditSettings, "MX"},
        {P::EditCustomers, "MAX"},
        {P::ViewPhoneNumbers, "MATLX"},
        {P::CreateOrders, "MAX"},
        {P::EditOrders, "MATX"},
        {P::DispatchOrders, "MAX"},
        {P::WorkOnOrders, "MTX"},
        {P::CancelOrders, "MAX"},
        {P::CloseOrders, "MAX"},
        {P::ManageParts, "MPX"},
        {P::PostStock, "MPLX"},
        {P::AllowNegativeStock, "MX"},
        {P::ApproveStocktake, "MX"},
        {P::ApprovePurchase, "MX"},
        {P::HandleComplaints, "MAX"},
        {P::ApproveCompensation, "MX"},
        {P::RecordFollowUps, "MAX"},
        {P::ViewReports, "MX"},
        {P::Export, "MAPX"},
        {P::Import, "MAPX"},
        {P::Backup, "X"},
    };
    return m;
}

char letter(Role r)
{
    switch (r) {
    case Role::Manager: return 'M';
    case Role::Agent: return 'A';
    case Role::Technician: return 'T';
    case Role::PartsClerk: return 'P';
    case Role::Logistics: return 'L';
    case Role::Admin: return 'X';
    }
    return '?';
}

} // namespace

TEST(Permissions, EveryRoleAndEveryPermissionMatchTheMatrix)
{
    const auto &matrix = expectedMatrix();
    for (Permission p : allPermissions()) {
        auto it = matrix.find(p);
        ASSERT_NE(it, matrix.end()) << "permission " << qPrintable(permissionLabel(p))
                                    << " is missing from the matrix in this test: add its row";
        const QByteArray allowed(it->second);
        for (const auto &e : enumEntries<Role>()) {
            const bool expected = allowed.contains(letter(e.value));
            EXPECT_EQ(roleAllows(e.value, p), expected)
                << "role " << letter(e.value) << ", permission " << qPrintable(permissionLabel(p));
        }
    }
    EXPECT_EQ(matrix.size(), static_cast<size_t>(allPermissions().size()));
}

TEST(Permissions, RefusalNamesTheMissingRight)
{
    Actor tech{7, u"li"_s, u"Li"_s, Role::Technician};
    auto s = tech.require(Permission::ApproveCompensation);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Error::Kind::Permission);
    EXPECT_TRUE(s.error().message.contains(permissionLabel(Permission::ApproveCompensation))) << qPrintable(s.error().message);
    EXPECT_TRUE(tech.require(Permission::WorkOnOrders).ok());
}
