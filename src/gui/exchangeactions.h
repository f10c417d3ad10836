#pragma once

#include "engagement.h"
#include "importmode.h"
#include "result.h"

#include <QObject>

class QAction;
class QWidget;

namespace vpnwb {

class MainWindow;

// File › Import and Export: site CSV and IETF L3SM files in and out of the
// open workspace. The dialogs wrap the plain functions, which tests call.
class ExchangeActions : public QObject
{
    Q_OBJECT
public:
    explicit ExchangeActions(MainWindow &window);

    QAction *importSitesAction() const { return m_importSites; }
    QAction *importL3smAction() const { return m_importL3sm; }
    QAction *exportL3smAction() const { return m_exportL3sm; }

    // A new engagement named `engagementName` for `customer` from a site CSV;
    // with AllOrNothing any bad row imports nothing. Returns the new
    // engagement's id; `skipped` receives the rows left out.
    Result<qint64> importSites(const QString &path, const QString &customer, const QString &engagementName,
                               ImportMode mode, QStringList *skipped = nullptr);
    // A new engagement from an L3SM file; `warnings` receives what it did not keep.
    Result<qint64> importL3sm(const QString &path, QStringList *warnings = nullptr);
    // Writes the open engagement as L3SM, whole or not at all.
    Status exportL3sm(const QString &path, QStringList *warnings = nullptr);

public slots:
    void chooseAndImportSites();
    void chooseAndImportL3sm();
    void chooseAndExportL3sm();

private:
    Result<qint64> saveNew(const Engagement &engagement);
    void updateEnabled();

    MainWindow &m_window;
    QAction *m_importSites = nullptr;
    QAction *m_importL3sm = nullptr;
    QAction *m_exportL3sm = nullptr;
};

} // namespace vpnwb
