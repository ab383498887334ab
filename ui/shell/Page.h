#pragma once

#include <QWidget>

#include <functional>

class QSettings;

namespace as {

// One area of the main window (Service orders, Customers, ...).
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    virtual QString pageId() const = 0;     // stable key for settings
    virtual QString title() const = 0;      // shown in the navigation
    virtual void refresh() {}               // data changed (here or on another PC)
    virtual void saveState(QSettings &) const {}
    virtual void restoreState(QSettings &) {}
    virtual int loadedRows() const { return 0; }   // for --smoke: rows shown on the first page

    // For the screenshot tool: open this page's main dialogs one by one, call
    // shoot(name, widget) for each, and close them again.
    using Shoot = std::function<void(const QString &name, QWidget *widget)>;
    virtual void screenshotDialogs(const Shoot &shoot) { Q_UNUSED(shoot); }
};

} // namespace as
