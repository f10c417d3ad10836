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
    const QString text = ids.size() == 1 ? tr("Set the role of site %1 to %2")
                                               .arg(*ids.cbegin(), DisplayText::siteRole(role))
                                         : tr("Set the role of %n site(s) to %1", nullptr,
                                              static_cast<int>(ids.size()))
                                               .arg(DisplayText::siteRole(role));
    m_undo.push(new SetSiteRoleCommand(*this, std::move(before), std::move(after), text));
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
