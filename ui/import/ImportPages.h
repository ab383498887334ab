#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace as {

class ImportWizard;

// Column mapping: one combo per column of the import format, auto-matched.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    ImportWizard *m_wizard;
    QLabel *m_unused;
};

// Preview of the first rows as they will be stored and every problem (a dry run).
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override { return m_ok; }
    QTableWidget *preview() const { return m_preview; }
    QTableWidget *problems() const { return m_problems; }

private:
    ImportWizard *m_wizard;
    QLabel *m_summary;
    QTableWidget *m_preview;
    QTableWidget *m_problems;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    bool m_ok = false;
};

// The import itself: progress bar, cancel, result.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override { return m_done; }

private:
    void run();
    ImportWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    bool m_done = false;
};

} // namespace as
