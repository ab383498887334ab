#pragma once

#include "services/Actor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace as {

struct Services;
class DateField;

// File > Export…: one of the registered list exports (exportKinds()) as CSV or XLSX,
// optionally for a period; the same as `aftersales-cli export`.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(Services &services, const Actor &actor, QWidget *parent = nullptr);
    bool exportNow();   // returns true when the file was written

    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *formatCombo() const { return m_format; }
    QLineEdit *fileEdit() const { return m_file; }
    DateField *fromField() const { return m_from; }
    DateField *toField() const { return m_to; }
    QString message() const;

private:
    Services &m_services;
    Actor m_actor;
    QComboBox *m_kind;
    QComboBox *m_format;
    QLineEdit *m_file;
    DateField *m_from;
    DateField *m_to;
    QLabel *m_message;
};

} // namespace as
