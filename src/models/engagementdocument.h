#pragma once

#include "engagement.h"
#include "removedsite.h"
#include "result.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace vpnwb {

class Database;

// The open engagement as the GUI edits it: the value, its undo history, and
// the workspace it is saved to. Every change is saved at once, in one
// transaction; a change the database refuses is rolled back in memory too,
// and reported through errorOccurred. Views follow the signals.
class EngagementDocument : public QObject
{
    Q_OBJECT
public:
    explicit EngagementDocument(Database &db, QObject *parent = nullptr);

    // Loads an engagement and starts a fresh undo history.
    Status open(std::int64_t engagementId);
    void close();
    bool isOpen() const { return m_engagement.id != 0; }

    const Engagement &engagement() const { return m_engagement; }
    QUndoStack *undoStack() { return &m_undo; }
    Database &database() { return m_db; }

    // Undoable edits (pushed on the undo stack).
    void editSite(const QString &siteId, const Site &newValue, const QString &description);
    void setStepStatus(const StepStatus &status);
    // Removes sites with their VPN memberships and canvas positions.
    void removeSites(const QStringList &siteIds);
    void removeSite(const QString &siteId) { removeSites({siteId}); }
    // Sets the sites' role, and their member role in hub-and-spoke VPNs
    // (hub, or spoke for any other role); any-to-any VPNs keep theirs.
    void setSiteRole(const QStringList &siteIds, SiteRole role);

    // Undoable edits of the VPN services. A change the design could not use
    // is refused and reported through errorOccurred; nothing changes then.
    // Another topology: any-to-any makes every member any-to-any;
    // hub-and-spoke keeps the VPN's hubs (or makes hubs of its hub sites, at
    // most two) and makes the other members spokes.
    void setVpnTopology(const QString &vpnId, VpnTopology topology);
    // Makes the site a member of the VPN in `role` (hub or spoke in a
    // hub-and-spoke VPN, at most two hubs; any-to-any otherwise), or takes it
    // out of the VPN when `role` is empty.
    void setVpnMembership(const QString &vpnId, const QString &siteId, std::optional<SiteRole> role);
    // Extranet: the VPN offers shared services to these other VPNs.
    void setExtranetConsumers(const QString &vpnId, const QStringList &consumerVpnIds);
    // Adds a VPN service (its id must be new) or removes one.
    void addVpn(const VpnService &vpn);
    void removeVpn(const QString &vpnId);

    // Used by the undo commands: apply a value and save it. Returns false
    // (and reports) if it could not be saved; the value is then unchanged.
    bool applySite(const QString &siteId, const Site &value);
    bool applyStepStatus(const StepStatus &status);
    bool applyRemoveSites(const QStringList &siteIds);
    bool applyRestoreSites(const QList<RemovedSite> &sites);
    // Replaces the sites of the same ids and the whole list of VPNs.
    bool applySitesAndVpns(const QList<Site> &sites, const QList<VpnService> &vpns);

signals:
    void engagementOpened();
    void engagementClosed();
    void siteChanged(int row);
    // Rows come and go one at a time, so that item models can follow.
    void siteAboutToBeRemoved(int row, const QString &siteId);
    void siteRemoved(int row, const QString &siteId);
    void siteAboutToBeInserted(int row, const QString &siteId);
    void siteInserted(int row, const QString &siteId);
    void vpnsChanged();
    void stepStatusChanged(int step);
    void errorOccurred(const QString &message);

private:
    Database &m_db;
    Engagement m_engagement;
    QUndoStack m_undo;
};

} // namespace vpnwb
