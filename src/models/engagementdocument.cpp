#include "engagementdocument.h"

#include "canvaslayoutrepository.h"
#include "database.h"
#include "displaytext.h"
#include "editsitecommand.h"
#include "engagementrepository.h"
#include "engagementrules.h"
#include "flowstep.h"
#include "removesitescommand.h"
#include "setsiterolecommand.h"
#include "setvpnscommand.h"
#include "setstepstatuscommand.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace vpnwb {

EngagementDocument::EngagementDocument(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_undo.setUndoLimit(500);
}

Status EngagementDocument::open(std::int64_t engagementId)
{
    auto loaded = EngagementRepository(m_db).load(engagementId);
    if (!loaded)
        return loaded.error();
    m_undo.clear();
    m_engagement = std::move(loaded.value());
    emit engagementOpened();
    return Status::success();
}

void EngagementDocument::close()
{
    m_undo.clear();
    m_engagement = Engagement{};
    emit engagementClosed();
}

void EngagementDocument::editSite(const QString &siteId, const Site &newValue, const QString &description)
{
    const Site *current = m_engagement.findSite(siteId);
    if (!current || *current == newValue)
        return;
    const FieldIssues issues = EngagementRules::checkSite(newValue, QStringLiteral("sites[%1]").arg(siteId));
    if (!issues.isEmpty()) {
        emit errorOccurred(tr("Site %1 was not changed: %2").arg(siteId, issues.first().message));
        return;
    }
    m_undo.push(new EditSiteCommand(*this, *current, newValue, description));
}

void EngagementDocument::setStepStatus(const StepStatus &status)
{
    const StepStatus before = m_engagement.stepStatus(status.step);
    if (before.state == status.state && before.note == status.note)
        return;
    const FlowStep *step = FlowStep::byNumber(status.step);
    if (!step)
        return;
    const QString text = tr("Set step %1 to %2").arg(status.step).arg(DisplayText::stepState(status.state));
    m_undo.push(new SetStepStatusCommand(*this, before, status, text));
}

bool EngagementDocument::applySite(const QString &siteId, const Site &value)
{
    const qsizetype row = m_engagement.siteIndex(siteId);
    if (row < 0)
        return false;
    Engagement changed = m_engagement;
    changed.sites[row] = value;
    // Renaming a site id carries its VPN memberships along.
    if (value.siteId != siteId) {
        for (VpnService &v : changed.vpns) {
            for (VpnMember &m : v.members) {
                if (m.siteId == siteId)
                    m.siteId = value.siteId;
            }
        }
    }
    auto saved = EngagementRepository(m_db).save(changed);
    if (!saved) {
        emit errorOccurred(tr("The change to site %1 was not saved: %2").arg(siteId, saved.error().message));
        return false;
    }
    m_engagement = std::move(saved.value());
    emit siteChanged(static_cast<int>(row));
    return true;
}

bool EngagementDocument::applyStepStatus(const StepStatus &status)
{
    if (const Status s = EngagementRepository(m_db).setStepStatus(m_engagement.id, status); !s) {
        emit errorOccurred(
            tr("The status of step %1 was not saved: %2").arg(status.step).arg(s.error().message));
        return false;
    }
    m_engagement.setStepStatus(status);
    emit stepStatusChanged(status.step);
    return true;
}

void EngagementDocument::removeSites(const QStringList &siteIds)
{
    auto positions = CanvasLayoutRepository(m_db).load(m_engagement.id);
    if (!positions) {
        emit errorOccurred(tr("No site was removed: %1").arg(positions.error().message));
        return;
    }
    QList<RemovedSite> removed;
    for (const QString &id : siteIds) {
        const qsizetype row = m_engagement.siteIndex(id);
        if (row < 0 || std::any_of(removed.cbegin(), removed.cend(),
                                   [&](const RemovedSite &r) { return r.site.siteId == id; }))
            continue;
        RemovedSite r;
        r.row = row;
        r.site = m_engagement.sites[row];
        for (const VpnService &v : m_engagement.vpns) {
            for (qsizetype i = 0; i < v.members.size(); ++i) {
                if (v.members[i].siteId == id)
                    r.memberships.append({v.vpnId, i, v.members[i]});
            }
        }
        if (const auto it = positions->constFind(id); it != positions->cend())
            r.canvasPosition = *it;
        removed.append(r);
    }
    if (removed.isEmpty())
        return;
    std::sort(removed.begin(), removed.end(),
              [](const RemovedSite &a, const RemovedSite &b) { return a.row < b.row; });
    const QString text = removed.size() == 1
                             ? tr("Remove site %1").arg(removed.first().site.siteId)
                             : tr("Remove %n site(s)", nullptr, static_cast<int>(removed.size()));
    m_undo.push(new RemoveSitesCommand(*this, std::move(removed), text));
}

void EngagementDocument::setSiteRole(const QStringList &siteIds, SiteRole role)
{
    SetSiteRoleCommand::State before{{}, m_engagement.vpns};
    SetSiteRoleCommand::State after{{}, m_engagement.vpns};
    QSet<QString> ids;
    for (const QString &id : siteIds) {
        const Site *s = m_engagement.findSite(id);
        if (!s || ids.contains(id))
            continue;
        ids.insert(id);
        if (s->role != role) {
            before.sites.append(*s);
            after.sites.append(*s);
            after.sites.last().role = role;
        }
    }
    const SiteRole memberRole = role == SiteRole::Hub ? SiteRole::Hub : SiteRole::Spoke;
    for (VpnService &v : after.vpns) {
        if (v.topology == VpnTopology::AnyToAny)
            continue;
        for (VpnMember &m : v.members) {
            if (ids.contains(m.siteId))
                m.role = memberRole;
        }
    }
    if (before.sites.isEmpty() && before.vpns == after.vpns)
        return;
    // A hub-and-spoke VPN has one or two hubs.
    for (qsizetype i = 0; i < after.vpns.size(); ++i) {
        const VpnService &v = after.vpns[i];
        int hubs = 0;
        int hubsBefore = 0;
        for (const VpnMember &m : v.members)
            hubs += m.role == SiteRole::Hub ? 1 : 0;
        for (const VpnMember &m : before.vpns[i].members)
            hubsBefore += m.role == SiteRole::Hub ? 1 : 0;
        if (v.topology != VpnTopology::AnyToAny && hubs > 2 && hubs > hubsBefore) {
            QStringList named(ids.cbegin(), ids.cend());
            named.sort();
            emit errorOccurred(
                tr("%1 not made a hub: VPN %2 would have %3 hubs, and a hub-and-spoke VPN has one "
                   "or two. Make one of its hubs a spoke first.")
                    .arg(named.join(QStringLiteral(", ")), v.vpnId)
                    .arg(hubs));
            return;
        }
    }
    const QString text =
        ids.size() == 1 ? tr("Set the role of site %1 to %2").arg(*ids.cbegin(), DisplayText::siteRole(role))
                        : tr("Set the role of %n site(s) to %1", nullptr, static_cast<int>(ids.size()))
                              .arg(DisplayText::siteRole(role));
    m_undo.push(new SetSiteRoleCommand(*this, std::move(before), std::move(after), text));
}

namespace {

QStringList hubsOf(const VpnService &v)
{
    QStringList out;
    for (const VpnMember &m : v.members) {
        if (m.role == SiteRole::Hub)
            out.append(m.siteId);
    }
    return out;
}

} // namespace

void EngagementDocument::setVpnTopology(const QString &vpnId, VpnTopology topology)
{
    QList<VpnService> after = m_engagement.vpns;
    const auto vpn =
        std::find_if(after.begin(), after.end(), [&](const VpnService &v) { return v.vpnId == vpnId; });
    if (vpn == after.end() || vpn->topology == topology)
        return;
    const bool wasAnyToAny = vpn->topology == VpnTopology::AnyToAny;
    vpn->topology = topology;
    int hubs = 0;
    for (VpnMember &m : vpn->members) {
        if (topology == VpnTopology::AnyToAny) {
            m.role = SiteRole::AnyToAny;
            continue;
        }
        // From any-to-any, the members that are hub sites become the hubs (at most two).
        const Site *site = m_engagement.findSite(m.siteId);
        const bool hub =
            wasAnyToAny ? site && site->role == SiteRole::Hub && hubs < 2 : m.role == SiteRole::Hub;
        m.role = hub ? SiteRole::Hub : SiteRole::Spoke;
        hubs += hub ? 1 : 0;
    }
    m_undo.push(new SetVpnsCommand(*this, m_engagement.vpns, std::move(after),
                                   tr("Make VPN %1 %2").arg(vpnId, DisplayText::topology(topology))));
}

void EngagementDocument::setVpnMembership(const QString &vpnId, const QString &siteId,
                                          std::optional<SiteRole> role)
{
    QList<VpnService> after = m_engagement.vpns;
    const auto vpn =
        std::find_if(after.begin(), after.end(), [&](const VpnService &v) { return v.vpnId == vpnId; });
    if (vpn == after.end() || !m_engagement.findSite(siteId))
        return;
    const auto member = std::find_if(vpn->members.begin(), vpn->members.end(),
                                     [&](const VpnMember &m) { return m.siteId == siteId; });
    QString text;
    if (!role) {
        if (member == vpn->members.end())
            return;
        vpn->members.erase(member);
        text = tr("Take site %1 out of VPN %2").arg(siteId, vpnId);
    } else {
        SiteRole r = *role;
        if (vpn->topology == VpnTopology::AnyToAny)
            r = SiteRole::AnyToAny;
        else if (r == SiteRole::AnyToAny)
            r = SiteRole::Spoke;
        if (r == SiteRole::Hub && (member == vpn->members.end() || member->role != SiteRole::Hub)) {
            const QStringList hubs = hubsOf(*vpn);
            if (hubs.size() >= 2) {
                emit errorOccurred(tr("Site %1 was not made a hub of VPN %2: it has two hubs already (%3); "
                                      "make one of them a spoke first.")
                                       .arg(siteId, vpnId, hubs.join(QStringLiteral(", "))));
                return;
            }
        }
        if (member == vpn->members.end()) {
            vpn->members.append(VpnMember{siteId, r});
            text = tr("Add site %1 to VPN %2 as %3").arg(siteId, vpnId, DisplayText::siteRole(r));
        } else {
            if (member->role == r)
                return;
            member->role = r;
            text = tr("Make site %1 %2 in VPN %3").arg(siteId, DisplayText::siteRole(r), vpnId);
        }
    }
    m_undo.push(new SetVpnsCommand(*this, m_engagement.vpns, std::move(after), text));
}

void EngagementDocument::setExtranetConsumers(const QString &vpnId, const QStringList &consumerVpnIds)
{
    QList<VpnService> after = m_engagement.vpns;
    const auto vpn =
        std::find_if(after.begin(), after.end(), [&](const VpnService &v) { return v.vpnId == vpnId; });
    if (vpn == after.end())
        return;
    QStringList consumers;
    for (const QString &raw : consumerVpnIds) {
        const QString id = raw.trimmed();
        if (id.isEmpty() || consumers.contains(id))
            continue;
        if (id == vpnId) {
            emit errorOccurred(tr("VPN %1 cannot offer shared services to itself.").arg(vpnId));
            return;
        }
        if (!m_engagement.findVpn(id)) {
            emit errorOccurred(tr("VPN %1 cannot offer shared services to %2: there is no VPN %2 in this "
                                  "engagement.")
                                   .arg(vpnId, id));
            return;
        }
        consumers.append(id);
    }
    if (consumers == vpn->extranetConsumers)
        return;
    vpn->extranetConsumers = consumers;
    const QString text =
        consumers.isEmpty()
            ? tr("VPN %1 offers no shared services").arg(vpnId)
            : tr("VPN %1 offers shared services to %2").arg(vpnId, consumers.join(QStringLiteral(", ")));
    m_undo.push(new SetVpnsCommand(*this, m_engagement.vpns, std::move(after), text));
}

void EngagementDocument::addVpn(const VpnService &vpn)
{
    if (vpn.vpnId.trimmed().isEmpty()) {
        emit errorOccurred(tr("The VPN was not added: it needs an id."));
        return;
    }
    if (m_engagement.findVpn(vpn.vpnId)) {
        emit errorOccurred(tr("The VPN was not added: there is a VPN %1 already.").arg(vpn.vpnId));
        return;
    }
    QList<VpnService> after = m_engagement.vpns;
    after.append(vpn);
    m_undo.push(
        new SetVpnsCommand(*this, m_engagement.vpns, std::move(after), tr("Add VPN %1").arg(vpn.vpnId)));
}

void EngagementDocument::removeVpn(const QString &vpnId)
{
    if (!m_engagement.findVpn(vpnId))
        return;
    QList<VpnService> after = m_engagement.vpns;
    after.removeIf([&](const VpnService &v) { return v.vpnId == vpnId; });
    for (VpnService &v : after)
        v.extranetConsumers.removeAll(vpnId);
    m_undo.push(
        new SetVpnsCommand(*this, m_engagement.vpns, std::move(after), tr("Remove VPN %1").arg(vpnId)));
}

bool EngagementDocument::applyRemoveSites(const QStringList &siteIds)
{
    const QSet<QString> ids(siteIds.cbegin(), siteIds.cend());
    Engagement changed = m_engagement;
    changed.sites.removeIf([&](const Site &s) { return ids.contains(s.siteId); });
    for (VpnService &v : changed.vpns)
        v.members.removeIf([&](const VpnMember &m) { return ids.contains(m.siteId); });
    std::optional<Engagement> saved;
    const Status s = m_db.transaction([&]() -> Status {
        auto stored = EngagementRepository(m_db).save(changed);
        if (!stored)
            return stored.error();
        saved = std::move(stored.value());
        return CanvasLayoutRepository(m_db).save(m_engagement.id, {}, siteIds);
    });
    if (!s) {
        emit errorOccurred(tr("The sites %1 were not removed: %2")
                               .arg(siteIds.join(QStringLiteral(", ")), s.error().message));
        return false;
    }
    for (qsizetype row = m_engagement.sites.size() - 1; row >= 0; --row) {
        const QString id = m_engagement.sites[row].siteId;
        if (!ids.contains(id))
            continue;
        emit siteAboutToBeRemoved(static_cast<int>(row), id);
        m_engagement.sites.removeAt(row);
        emit siteRemoved(static_cast<int>(row), id);
    }
    m_engagement = std::move(*saved);
    emit vpnsChanged();
    return true;
}

bool EngagementDocument::applyRestoreSites(const QList<RemovedSite> &sites)
{
    Engagement changed = m_engagement;
    QHash<QString, QPointF> positions;
    QStringList ids;
    for (const RemovedSite &r : sites) { // ascending rows: each goes back where it was
        changed.sites.insert(std::clamp<qsizetype>(r.row, 0, changed.sites.size()), r.site);
        ids.append(r.site.siteId);
        if (r.canvasPosition)
            positions.insert(r.site.siteId, *r.canvasPosition);
    }
    for (VpnService &v : changed.vpns) {
        QList<RemovedSite::Membership> back;
        for (const RemovedSite &r : sites) {
            for (const RemovedSite::Membership &m : r.memberships) {
                if (m.vpnId == v.vpnId)
                    back.append(m);
            }
        }
        std::sort(back.begin(), back.end(), [](const auto &a, const auto &b) { return a.position < b.position; });
        for (const RemovedSite::Membership &m : std::as_const(back))
            v.members.insert(std::clamp<qsizetype>(m.position, 0, v.members.size()), m.member);
    }
    std::optional<Engagement> saved;
    const Status s = m_db.transaction([&]() -> Status {
        auto stored = EngagementRepository(m_db).save(changed);
        if (!stored)
            return stored.error();
        saved = std::move(stored.value());
        return CanvasLayoutRepository(m_db).save(m_engagement.id, positions);
    });
    if (!s) {
        emit errorOccurred(
            tr("The sites %1 were not restored: %2").arg(ids.join(QStringLiteral(", ")), s.error().message));
        return false;
    }
    for (const RemovedSite &r : sites) {
        const qsizetype row = std::clamp<qsizetype>(r.row, 0, m_engagement.sites.size());
        emit siteAboutToBeInserted(static_cast<int>(row), r.site.siteId);
        m_engagement.sites.insert(row, r.site);
        emit siteInserted(static_cast<int>(row), r.site.siteId);
    }
    m_engagement = std::move(*saved);
    emit vpnsChanged();
    return true;
}

bool EngagementDocument::applySitesAndVpns(const QList<Site> &sites, const QList<VpnService> &vpns)
{
    Engagement changed = m_engagement;
    QList<int> rows;
    for (const Site &site : sites) {
        const qsizetype row = changed.siteIndex(site.siteId);
        if (row < 0)
            return false;
        changed.sites[row] = site;
        rows.append(static_cast<int>(row));
    }
    changed.vpns = vpns;
    auto saved = EngagementRepository(m_db).save(changed);
    if (!saved) {
        emit errorOccurred(tr("The change to the sites and VPNs was not saved: %1").arg(saved.error().message));
        return false;
    }
    m_engagement = std::move(saved.value());
    for (int row : std::as_const(rows))
        emit siteChanged(row);
    emit vpnsChanged();
    return true;
}

} // namespace vpnwb
