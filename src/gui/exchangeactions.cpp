#include "exchangeactions.h"

#include "engagementdocument.h"
#include "engagementrepository.h"
#include "l3smcodec.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "sitecsvimporter.h"
#include "workspacesession.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

namespace vpnwb {

ExchangeActions::ExchangeActions(MainWindow &window) : QObject(&window), m_window(window)
{
    m_importSites = new QAction(tr("Import &Sites from CSV…"), this);
    m_importSites->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importSites->setStatusTip(tr("Create an engagement from a customer's site list (docs/SITE_CSV.md)"));
    m_importL3sm = new QAction(tr("Import IETF &L3SM…"), this);
    m_importL3sm->setStatusTip(tr("Create an engagement from an RFC 8299 L3VPN service model (JSON)"));
    m_exportL3sm = new QAction(tr("&Export IETF L3SM…"), this);
    m_exportL3sm->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportL3sm->setStatusTip(tr("Write the open engagement as an RFC 8299 L3VPN service model (JSON)"));
    connect(m_importSites, &QAction::triggered, this, &ExchangeActions::chooseAndImportSites);
    connect(m_importL3sm, &QAction::triggered, this, &ExchangeActions::chooseAndImportL3sm);
    connect(m_exportL3sm, &QAction::triggered, this, &ExchangeActions::chooseAndExportL3sm);
}

Result<qint64> ExchangeActions::saveNew(const Engagement &engagement)
{
    if (!m_window.session())
        return Error::notFound(tr("No workspace is open."));
    auto saved = EngagementRepository(m_window.session()->database()).save(engagement);
    if (!saved)
        return saved.error();
    if (const Status s = m_window.openEngagement(saved->id); !s)
        return s.error();
    return saved->id;
}

Result<qint64> ExchangeActions::importSites(const QString &path, const QString &customer,
                                           const QString &engagementName, ImportMode mode, QStringList *skipped)
{
    const ImportReport report = SiteCsvImporter::fromFile(path, mode);
    if (!report.ok())
        return Error::invalidInput(report.errors.join(QLatin1Char('\n')));
    Engagement e;
    e.name = engagementName.trimmed().isEmpty() ? customer.trimmed() : engagementName.trimmed();
    e.customer.name = customer.trimmed();
    e.sites = report.sites;
    if (skipped)
        *skipped = report.skipped;
    return saveNew(e);
}

Result<qint64> ExchangeActions::importL3sm(const QString &path, QStringList *warnings)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read %1: %2").arg(path, f.errorString()));
    auto decoded = L3smCodec::decode(f.readAll(), path);
    if (!decoded)
        return decoded.error();
    if (warnings)
        *warnings = decoded->warnings;
    return saveNew(decoded->engagement);
}

Status ExchangeActions::exportL3sm(const QString &path, QStringList *warnings)
{
    if (!m_window.session() || !m_window.session()->document().isOpen())
        return Error::notFound(tr("No engagement is open."));
    auto encoded = L3smCodec::encode(m_window.session()->document().engagement());
    if (!encoded)
        return encoded.error();
    if (warnings)
        *warnings = encoded->warnings;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(encoded->json) != encoded->json.size() || !out.commit())
        return Error::io(tr("Cannot write %1: %2").arg(path, out.errorString()));
    return Status::success();
}

void ExchangeActions::chooseAndImportSites()
{
    const QString path = QFileDialog::getOpenFileName(&m_window, tr("Import Sites"), QString(),
                                                      tr("Site lists (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString customer = QInputDialog::getText(&m_window, tr("Import Sites"), tr("Customer name:"),
                                                   QLineEdit::Normal, QFileInfo(path).completeBaseName(), &ok);
    if (!ok || customer.trimmed().isEmpty())
        return;
    QStringList skipped;
    auto imported = importSites(path, customer, QString(), ImportMode::AllOrNothing);
    if (!imported) {
        // Offer the valid rows when there are any.
        const ImportReport valid = SiteCsvImporter::fromFile(path, ImportMode::ValidRowsOnly);
        QMessageBox box(QMessageBox::Warning, tr("Import Sites"),
                        tr("Nothing was imported from %1: some rows have errors.").arg(QFileInfo(path).fileName()),
                        QMessageBox::Cancel, &m_window);
        box.setDetailedText(imported.error().message);
        QPushButton *validRows = nullptr;
        if (valid.ok() && !valid.sites.isEmpty())
            validRows = box.addButton(tr("Import the %n Valid Row(s)", nullptr, int(valid.sites.size())),
                                      QMessageBox::AcceptRole);
        box.exec();
        if (!validRows || box.clickedButton() != validRows)
            return;
        imported = importSites(path, customer, QString(), ImportMode::ValidRowsOnly, &skipped);
        if (!imported) {
            m_window.banner()->showError(imported.error().message);
            return;
        }
    }
    m_window.banner()->showInfo(skipped.isEmpty()
                                    ? tr("Imported the sites of %1.").arg(QFileInfo(path).fileName())
                                    : tr("Imported the sites of %1; skipped %n row(s): %2", nullptr,
                                         int(skipped.size()))
                                          .arg(QFileInfo(path).fileName(), skipped.join(QStringLiteral("; "))));
}

void ExchangeActions::chooseAndImportL3sm()
{
    const QString path = QFileDialog::getOpenFileName(&m_window, tr("Import IETF L3SM"), QString(),
                                                      tr("L3SM JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QStringList warnings;
    auto imported = importL3sm(path, &warnings);
    if (!imported) {
        m_window.banner()->showError(imported.error().message);
        return;
    }
    m_window.banner()->showInfo(warnings.isEmpty()
                                    ? tr("Imported %1.").arg(QFileInfo(path).fileName())
                                    : tr("Imported %1; not kept: %2")
                                          .arg(QFileInfo(path).fileName(), warnings.join(QStringLiteral("; "))));
}

void ExchangeActions::chooseAndExportL3sm()
{
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Export IETF L3SM"), QString(),
                                                      tr("L3SM JSON (*.json)"));
    if (path.isEmpty())
        return;
    QStringList warnings;
    if (const Status s = exportL3sm(path, &warnings); !s) {
        m_window.banner()->showError(s.error().message);
        return;
    }
    m_window.banner()->showInfo(warnings.isEmpty()
                                    ? tr("Wrote %1.").arg(path)
                                    : tr("Wrote %1; L3SM has no place for: %2")
                                          .arg(path, warnings.join(QStringLiteral("; "))));
}

} // namespace vpnwb
