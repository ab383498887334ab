#pragma once

#include "reports/KpiService.h"
#include "services/AuditLog.h"
#include "services/ComplaintService.h"
#include "services/CustomerService.h"
#include "services/DepotService.h"
#include "services/AttachmentService.h"
#include "services/FollowUpService.h"
#include "services/OrderService.h"
#include "services/PartService.h"
#include "services/PurchaseService.h"
#include "services/StockLedger.h"
#include "services/StocktakeService.h"
#include "services/SettingsRepository.h"
#include "services/UserDirectory.h"
#include "services/UserService.h"
#include "util/Clock.h"

namespace as {

class Database;
class Clock;

// The composition root's bundle of core services over one database connection.
// Created by main() (GUI or CLI) and passed down by reference; never a global.
// A new area adds its service as a member here.
struct Services
{
    Services(Database &database, const Clock &clk)
        : db(database), clock(clk), audit(database, clk), settings(database, clk), users(database),
          accounts(database, clk), customers(database, clk), orders(database, clk),
          parts(database, clk), ledger(database, clk), stocktakes(database, clk, ledger),
          purchases(database, clk, ledger), complaints(database, clk), followups(database, clk),
          depot(database, clk), attachments(database, clk), kpis(database, settings, &clk)
    {
        orders.addTransitionHook([this](const Actor &actor, const Order &order, OrderStatus to) {
            return followups.onOrderTransition(actor, order, to);
        });
    }
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    Database &db;
    const Clock &clock;
    AuditLog audit;
    SettingsRepository settings;
    UserDirectory users;
    UserService accounts;
    CustomerService customers;
    OrderService orders;
    PartService parts;
    StockLedger ledger;
    StocktakeService stocktakes;
    PurchaseService purchases;
    ComplaintService complaints;
    FollowUpService followups;
    DepotService depot;
    AttachmentService attachments;
    KpiService kpis;
};

} // namespace as
