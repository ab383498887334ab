#include "settings/CalendarSettings.h"

#include "calendar/CalendarDays.h"
#include "calendar/SlaPolicy.h"
#include "services/Services.h"
#include "storage/Database.h"
#include "widgets/DateField.h"
#include "widgets/Format.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {
struct RuleLabel { const char *key; const char *label; };
const RuleLabel kRuleLabels[] = {
    {"acknowledge", QT_TRANSLATE_NOOP("as::CalendarSettings", "Acknowledge a new request")},
    {"dispatch", QT_TRANSLATE_NOOP("as::CalendarSettings", "Dispatch after opening")},
    {"contact", QT_TRANSLATE_NOOP("as::CalendarSettings", "Technician contacts the customer after dispatch")},
    {"resolve_general", QT_TRANSLATE_NOOP("as::CalendarSettings", "Resolve a general problem")},
    {"resolve_complex", QT_TRANSLATE_NOOP("as::CalendarSettings", "Resolve a complex problem")},
    {"onsite_visit", QT_TRANSLATE_NOOP("as::CalendarSettings", "On-site visit when needed")},
    {"inform_interval", QT_TRANSLATE_NOOP("as::CalendarSettings", "Keep the customer informed every")},
    {"complaint_acknowledge", QT_TRANSLATE_NOOP("as::CalendarSettings", "Acknowledge a complaint")},
    {"complaint_remedy", QT_TRANSLATE_NOOP("as::CalendarSettings", "Propose a remedy for a complaint")},
};
const char *const kUnits[] = {"working_minutes", "calendar_minutes", "working_days"};
} // namespace

CalendarSettings::CalendarSettings(Services &services, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor)
{
    const bool may = actor.can(Permission::EditSettings);
    auto *hoursBox = new QGroupBox(tr("Working hours"));
    auto *hoursForm = new QFormLayout(hoursBox);
    const QStringList days{tr("Monday"), tr("Tuesday"), tr("Wednesday"), tr("Thursday"), tr("Friday"), tr("Saturday"), tr("Sunday"),
                           tr("Make-up working day")};
    for (int i = 0; i < days.size(); ++i) {
        auto *e = new QLineEdit;
        e->setObjectName(u"hours%1"_s.arg(i));
        e->setPlaceholderText(tr("closed"));
        e->setReadOnly(!may);
        hoursForm->addRow(days[i], e);
        m_hours << e;
    }
    auto *saveHoursButton = new QPushButton(tr("Save working hours"));
    saveHoursButton->setObjectName(u"saveHours"_s);
    saveHoursButton->setVisible(may);
    hoursForm->addRow(QString(), saveHoursButton);

    auto *daysBox = new QGroupBox(tr("Public holidays and make-up working days"));
    auto *daysLayout = new QVBoxLayout(daysBox);
    m_days = new QTableWidget(0, 3);
    m_days->setObjectName(u"calendarDays"_s);
    m_days->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Name")});
    m_days->horizontalHeader()->setStretchLastSection(true);
    m_days->verticalHeader()->hide();
    m_days->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_days->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_days->setMinimumHeight(160);
    m_newDay = new DateField;
    m_newDay->setObjectName(u"newDay"_s);
    m_newName = new QLineEdit;
    m_newName->setObjectName(u"newDayName"_s);
    m_newName->setPlaceholderText(tr("e.g. National Day"));
    auto *kind = new QComboBox;
    kind->setObjectName(u"newDayKind"_s);
    kind->addItem(tr("Holiday"), false);
    kind->addItem(tr("Make-up working day"), true);
    auto *add = new QPushButton(tr("Add"));
    auto *remove = new QPushButton(tr("Remove selected"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_newDay, m_newName, kind, add, remove})
        w->setEnabled(may);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newDay);
    addRow->addWidget(kind);
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    daysLayout->addWidget(m_days);
    daysLayout->addLayout(addRow);

    auto *slaBox = new QGroupBox(tr("Service level rules"));
    auto *slaLayout = new QVBoxLayout(slaBox);
    m_sla = new QTableWidget(int(std::size(kRuleLabels)) + 1, 3);
    m_sla->setObjectName(u"slaRules"_s);
    m_sla->setHorizontalHeaderLabels({tr("Rule"), tr("Within"), tr("Unit")});
    m_sla->verticalHeader()->hide();
    m_sla->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sla->setColumnWidth(1, 100);
    m_sla->setColumnWidth(2, 230);
    m_sla->setMinimumHeight(330);
    for (int r = 0; r <= int(std::size(kRuleLabels)); ++r) {
        const bool dueSoon = r == int(std::size(kRuleLabels));
        auto *label = new QTableWidgetItem(dueSoon ? tr("Warn \"due soon\" this long before a deadline") : tr(kRuleLabels[r].label));
        label->setFlags(Qt::ItemIsEnabled);
        m_sla->setItem(r, 0, label);
        auto *amount = new QSpinBox;
        amount->setRange(1, 100000);
        amount->setEnabled(may);
        m_sla->setCellWidget(r, 1, amount);
        auto *unit = new QComboBox;
        unit->addItem(tr("working minutes"), QString::fromLatin1(kUnits[0]));
        unit->addItem(tr("minutes (around the clock)"), QString::fromLatin1(kUnits[1]));
        unit->addItem(tr("working days"), QString::fromLatin1(kUnits[2]));
        unit->setEnabled(may && !dueSoon);
        m_sla->setCellWidget(r, 2, unit);
    }
    auto *saveSlaButton = new QPushButton(tr("Save service level rules"));
    saveSlaButton->setObjectName(u"saveSla"_s);
    saveSlaButton->setVisible(may);
    slaLayout->addWidget(m_sla);
    slaLayout->addWidget(new QLabel(tr("Changes apply to orders opened from now on; deadlines already set stay as they are.")));
    slaLayout->addWidget(saveSlaButton, 0, Qt::AlignRight);

    m_message = new QLabel;
    m_message->setObjectName(u"calendarMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(hoursBox, 1);
    top->addWidget(daysBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(slaBox);
    layout->addWidget(m_message);

    connect(saveHoursButton, &QPushButton::clicked, this, [this] { saveHours(); });
    connect(saveSlaButton, &QPushButton::clicked, this, [this] { saveSla(); });
    connect(add, &QPushButton::clicked, this, [this, kind] { addDay(m_newDay->value(), kind->currentData().toBool(), m_newName->text()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_days->currentRow();
        if (row < 0)
            return;
        CalendarDays days(m_services.db, m_services.clock);
        Status st = days.remove(m_actor, m_days->item(row, 0)->data(Qt::UserRole).toDate());
        showMessage(st.ok() ? tr("Removed.") : st.error().message, !st.ok());
        fillDays();
    });
    load();
}

void CalendarSettings::load()
{
    auto cal = WorkingCalendar::load(m_services.db);
    if (cal) {
        for (int i = 0; i < 7; ++i)
            m_hours[i]->setText(CalendarDays::formatHours(cal->week().days[i]));
        m_hours[7]->setText(CalendarDays::formatHours(cal->week().makeupDay));
    }
    auto policy = SlaPolicy::load(m_services.db);
    if (policy) {
        const QJsonObject o = policy->toJson().object();
        for (int r = 0; r < int(std::size(kRuleLabels)); ++r) {
            const QJsonObject rule = o.value(QLatin1StringView(kRuleLabels[r].key)).toObject();
            static_cast<QSpinBox *>(m_sla->cellWidget(r, 1))->setValue(rule.value(u"amount"_s).toInt());
            auto *unit = static_cast<QComboBox *>(m_sla->cellWidget(r, 2));
            unit->setCurrentIndex(std::max(0, unit->findData(rule.value(u"unit"_s).toString())));
        }
        const int last = int(std::size(kRuleLabels));
        static_cast<QSpinBox *>(m_sla->cellWidget(last, 1))->setValue(policy->dueSoonMinutes);
        static_cast<QComboBox *>(m_sla->cellWidget(last, 2))->setCurrentIndex(1);
    }
    fillDays();
}

void CalendarSettings::fillDays()
{
    CalendarDays days(m_services.db, m_services.clock);
    auto list = days.list();
    m_days->setRowCount(0);
    if (!list)
        return;
    for (const auto &d : *list) {
        const int row = m_days->rowCount();
        m_days->insertRow(row);
        auto *date = new QTableWidgetItem(fmt::date(d.day));
        date->setData(Qt::UserRole, d.day);
        m_days->setItem(row, 0, date);
        m_days->setItem(row, 1, new QTableWidgetItem(d.kind == CalendarDays::Kind::Holiday ? tr("Holiday") : tr("Make-up working day")));
        m_days->setItem(row, 2, new QTableWidgetItem(d.name));
    }
    m_days->resizeColumnToContents(0);
    m_days->resizeColumnToContents(1);
}

bool CalendarSettings::saveHours()
{
    WorkingCalendar::Week week;
    const QStringList names{tr("Monday"), tr("Tuesday"), tr("Wednesday"), tr("Thursday"), tr("Friday"), tr("Saturday"), tr("Sunday"),
                            tr("Make-up working day")};
    for (int i = 0; i < 8; ++i) {
        auto day = CalendarDays::parseHours(m_hours[i]->text(), names[i]);
        if (!day) {
            showMessage(day.error().message, true);
            m_hours[i]->setFocus();
            return false;
        }
        (i < 7 ? week.days[i] : week.makeupDay) = *day;
    }
    Status st = m_services.settings.setJson(m_actor, u"calendar.week"_s, WorkingCalendar::weekToJson(week));
    showMessage(st.ok() ? tr("Working hours saved.") : st.error().message, !st.ok());
    return st.ok();
}

bool CalendarSettings::saveSla()
{
    QJsonObject o;
    for (int r = 0; r < int(std::size(kRuleLabels)); ++r)
        o.insert(QLatin1StringView(kRuleLabels[r].key),
                 QJsonObject{{u"amount"_s, static_cast<QSpinBox *>(m_sla->cellWidget(r, 1))->value()},
                             {u"unit"_s, static_cast<QComboBox *>(m_sla->cellWidget(r, 2))->currentData().toString()}});
    o.insert(u"due_soon_minutes"_s, static_cast<QSpinBox *>(m_sla->cellWidget(int(std::size(kRuleLabels)), 1))->value());
    auto policy = SlaPolicy::fromJson(QJsonDocument(o));
    if (!policy) {
        showMessage(policy.error().message, true);
        return false;
    }
    Status st = m_services.settings.setJson(m_actor, u"sla.policy"_s, policy->toJson());
    showMessage(st.ok() ? tr("Service level rules saved.") : st.error().message, !st.ok());
    return st.ok();
}

bool CalendarSettings::addDay(const QDate &day, bool workday, const QString &name)
{
    CalendarDays days(m_services.db, m_services.clock);
    Status st = days.set(m_actor, {day, workday ? CalendarDays::Kind::Workday : CalendarDays::Kind::Holiday, name});
    showMessage(st.ok() ? tr("%1 saved.").arg(fmt::date(day)) : st.error().message, !st.ok());
    fillDays();
    return st.ok();
}

void CalendarSettings::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b00020;"_s : u"color: #1b6e20;"_s);
    m_message->show();
}

} // namespace as
