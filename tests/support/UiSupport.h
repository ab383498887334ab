#pragma once

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace as::test {

// Type text into a widget as a keyboard (or an input method) would, including
// Chinese characters that QTest::keyClicks cannot send.
inline void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &release);
    }
}

} // namespace as::test
