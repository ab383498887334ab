#pragma once

#include "io/Importer.h"
#include "services/Actor.h"

#include <QWizard>

#include <atomic>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace as {

struct Services;

// File > Import…: choose a file and what it holds, map its columns (auto-matched by the
// English or Chinese header; the choice is remembered per kind), see the first rows as they
// will be stored and every problem, then import all rows or none with a progress bar and
// cancel. Kinds come from importKinds() (core/io/ImportRegistry.cpp).
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, CheckPage, RunPage };
    ImportWizard(Services &services, const Actor &actor, const QString &kindId = {}, QWidget *parent = nullptr);
    // For a page's own "Import…" button: run the wizard preset to `kindId`; true when rows were imported.
    static bool run(Services &services, const Actor &actor, const QString &kindId, QWidget *parent);

    const ImportKind *kind() const;
    QString file() const;
    QStringList header() const { return m_header; }
    QHash<QString, QString> mapping() const;   // kind column -> source header ("" = not imported)
    bool imported() const { return m_imported; }

    // Used by the pages.
    Services &services() { return m_services; }
    const Actor &actor() const { return m_actor; }
    bool loadHeader(QString *error);
    void saveMapping();
    Result<ImportReport> runImport(bool dryRun, QProgressBar *bar, QLabel *status);
    void requestCancel() { m_cancel = true; }
    void setImported(bool v) { m_imported = v; }

    // Widgets the UI test drives.
    QComboBox *kindCombo() const { return m_kindCombo; }
    QLineEdit *fileEdit() const { return m_fileEdit; }
    QTableWidget *mappingTable() const { return m_mappingTable; }

private:
    friend class ImportMappingPage;
    Services &m_services;
    Actor m_actor;
    QComboBox *m_kindCombo = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QTableWidget *m_mappingTable = nullptr;
    QStringList m_header;
    std::atomic<bool> m_cancel{false};
    bool m_imported = false;
    bool m_running = false;
};

} // namespace as
