#pragma once

#include "popcatalog.h"
#include "result.h"
#include "site.h"
#include "siteserviceability.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

namespace vpnwb {

class EngagementDocument;

// Which PE each site of the open engagement is homed on: the stored
// serviceability results, read when an engagement opens. Re-homing a site
// onto another PE is an undoable edit of its result, checked against the
// PoP catalog and saved at once.
class SiteHoming : public QObject
{
    Q_OBJECT
public:
    SiteHoming(EngagementDocument &doc, PopCatalog catalog, QObject *parent = nullptr);

    const PopCatalog &catalog() const { return m_catalog; }
    const QList<SiteServiceability> &results() const { return m_results; }
    const SiteServiceability *result(const QString &siteId) const;
    // Reads the results again, e.g. after the serviceability check ran.
    void reload();

    // Undoable: homes the sites' primary access on `peName` (for a dual-homed
    // site on its secondary PE: swaps the two). Sites that cannot be homed
    // there are reported and left as they are; fails when none can be.
    Status rehome(const QStringList &siteIds, const QString &peName);
    // Whether `site` can be homed on `peName`, and its result if so.
    Result<SiteServiceability> rehomed(const Site &site, const QString &peName) const;

    // Used by the undo command: replaces the results of the same sites and saves all.
    bool applyResults(const QList<SiteServiceability> &changed);

signals:
    void resultsReset();
    void homingChanged(const QStringList &siteIds);

private:
    EngagementDocument &m_doc;
    PopCatalog m_catalog;
    QList<SiteServiceability> m_results;
    QHash<QString, qsizetype> m_bySite;
};

} // namespace vpnwb
