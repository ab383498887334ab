#include "settings/SettingsPage.h"

#include "services/Services.h"
#include "settings/CalendarSettings.h"
#include "settings/FollowUpSettings.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

SettingsPage::SettingsPage(Services &services, const Actor &actor, QWidget *parent)
    : Page(parent), m_services(services), m_actor(actor)
{
    const bool may = actor.can(Permission::EditSettings);
    auto *title = new QLabel(tr("Settings"));
    title->setObjectName(u"pageTitle"_s);
    m_companyName = new QLineEdit;
    m_companyName->setObjectName(u"companyName"_s);
    m_companyAddress = new QLineEdit;
    m_companyAddress->setObjectName(u"companyAddress"_s);
    m_companyPhone = new QLineEdit;
    m_companyPhone->setObjectName(u"companyPhone"_s);
    m_logo = new QLineEdit;
    m_logo->setObjectName(u"companyLogo"_s);
    m_logo->setPlaceholderText(tr("PNG or SVG file shown on printed forms"));
    auto *browse = new QPushButton(tr("Choose…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Company logo"), m_logo->text(), tr("Images (*.png *.svg *.jpg)"));
        if (!f.isEmpty())
            m_logo->setText(f);
    });
    m_timeZone = new QComboBox;
    m_timeZone->setObjectName(u"timeZone"_s);
    m_timeZone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    m_language = new QComboBox;
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->addItem(u"繁體中文（台灣）"_s, u"zh_TW"_s);
    m_markup = new QSpinBox;
    m_markup->setObjectName(u"partsMarkup"_s);
    m_markup->setRange(0, 1000);
    m_markup->setSuffix(u" %"_s);
    auto money = [](const QString &name) {
        auto *b = new QDoubleSpinBox;
        b->setObjectName(name);
        b->setRange(0, 100000);
        b->setDecimals(2);
        b->setPrefix(u"¥"_s);
        return b;
    };
    m_labourGeneral = money(u"labourGeneral"_s);
    m_labourComplex = money(u"labourComplex"_s);
    for (QWidget *w : std::initializer_list<QWidget *>{m_companyName, m_companyAddress, m_companyPhone, m_logo, browse, m_timeZone, m_markup,
                                                       m_labourGeneral, m_labourComplex})
        w->setEnabled(may);
    auto *save = new QPushButton(tr("&Save"));
    save->setObjectName(u"saveGeneral"_s);
    connect(save, &QPushButton::clicked, this, [this] { saveGeneral(); });
    m_message = new QLabel;
    m_message->setObjectName(u"settingsMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *general = new QWidget;
    auto *form = new QFormLayout(general);
    form->addRow(tr("Company name"), m_companyName);
    form->addRow(tr("Company address"), m_companyAddress);
    form->addRow(tr("Service phone"), m_companyPhone);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    form->addRow(tr("Logo"), logoRow);
    form->addRow(tr("Site time zone"), m_timeZone);
    form->addRow(tr("Parts mark-up outside warranty"), m_markup);
    form->addRow(tr("Labour rate, general repair"), m_labourGeneral);
    form->addRow(tr("Labour rate, complex repair"), m_labourComplex);
    form->addRow(tr("Language on this PC (after restart)"), m_language);
    form->addRow(QString(), save);
    form->addRow(QString(), m_message);

    auto *content = new QWidget;
    m_sections = new QVBoxLayout(content);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(scroll, 1);
    addSection(tr("Company and site"), general);
    m_calendar = new CalendarSettings(services, actor);
    addSection(tr("Working calendar and service levels"), m_calendar);
    m_followUps = new FollowUpSettings(services, actor);
    addSection(tr("Follow-up calls"), m_followUps);
    m_sections->addStretch(1);
    load();
}

void SettingsPage::addSection(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title);
    auto *l = new QVBoxLayout(box);
    l->addWidget(content);
    const int stretchAt = m_sections->count() - 1;
    if (stretchAt >= 0 && m_sections->itemAt(stretchAt)->spacerItem())
        m_sections->insertWidget(stretchAt, box);
    else
        m_sections->addWidget(box);
}

void SettingsPage::refresh()
{
    load();
    m_calendar->load();
    m_followUps->load();
}

void SettingsPage::load()
{
    auto &s = m_services.settings;
    m_companyName->setText(s.value(u"company.name"_s).valueOr(QString()));
    m_companyAddress->setText(s.value(u"company.address"_s).valueOr(QString()));
    m_companyPhone->setText(s.value(u"company.phone"_s).valueOr(QString()));
    m_logo->setText(s.value(u"company.logo"_s).valueOr(QString()));
    m_timeZone->setCurrentText(QString::fromLatin1(s.siteTimeZone().id()));
    m_markup->setValue(s.value(u"pricing.parts_markup_percent"_s, u"20"_s).valueOr(u"20"_s).toInt());
    m_labourGeneral->setValue(double(m_services.orders.labourRate(Complexity::General).valueOr(8000)) / 100.0);
    m_labourComplex->setValue(double(m_services.orders.labourRate(Complexity::Complex).valueOr(15000)) / 100.0);
    m_language->setCurrentIndex(std::max(0, m_language->findData(QSettings().value(u"ui/language"_s).toString())));
}

bool SettingsPage::saveGeneral()
{
    QSettings().setValue(u"ui/language"_s, m_language->currentData().toString());
    auto fail = [this](const QString &msg) {
        m_message->setText(msg);
        m_message->setStyleSheet(u"color: #b00020;"_s);
        m_message->show();
        return false;
    };
    if (!m_actor.can(Permission::EditSettings)) {
        m_message->setText(tr("Language saved for this PC."));
        m_message->show();
        return true;
    }
    const QString zone = m_timeZone->currentText().trimmed();
    if (!QTimeZone(zone.toLatin1()).isValid())
        return fail(tr("Site time zone \"%1\" is not a known time zone (e.g. Asia/Shanghai).").arg(zone));
    const QList<QPair<QString, QString>> values{{u"company.name"_s, m_companyName->text().trimmed()},
                                                {u"company.address"_s, m_companyAddress->text().trimmed()},
                                                {u"company.phone"_s, m_companyPhone->text().trimmed()},
                                                {u"company.logo"_s, m_logo->text().trimmed()},
                                                {u"site.timezone"_s, zone},
                                                {u"pricing.parts_markup_percent"_s, QString::number(m_markup->value())}};
    for (const auto &[key, value] : values) {
        Status st = m_services.settings.setValue(m_actor, key, value);
        if (!st.ok())
            return fail(st.error().message);
    }
    const QJsonObject rates{{u"general"_s, qint64(qRound64(m_labourGeneral->value() * 100))},
                            {u"complex"_s, qint64(qRound64(m_labourComplex->value() * 100))}};
    if (Status st = m_services.settings.setJson(m_actor, u"pricing.labour_rates"_s, QJsonDocument(rates)); !st.ok())
        return fail(st.error().message);
    m_message->setText(tr("Settings saved."));
    m_message->setStyleSheet(u"color: #1b6e20;"_s);
    m_message->show();
    return true;
}

} // namespace as
