#pragma once

#include <QLabel>

namespace as {

// The red message line of a dialog or page (object name "errorLabel"), hidden until a problem is shown.
inline QLabel *makeErrorLabel()
{
    auto *l = new QLabel;
    l->setObjectName(QStringLiteral("errorLabel"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    l->hide();
    return l;
}

} // namespace as
