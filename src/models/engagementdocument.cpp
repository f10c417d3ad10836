#include "engagementdocument.h"

#include "database.h"
#include "editsitecommand.h"
#include "engagementrepository.h"
#include "engagementrules.h"
#include "displaytext.h"
#include "flowstep.h"
#include "setstepstatuscommand.h"


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
    const QString text = tr("Set step %1 to %2")
                             .arg(status.step)
                             .arg(DisplayText::stepState(status.state));
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
        emit errorOccurred(tr("The status of step %1 was not saved: %2").arg(status.step).arg(s.error().message));
        return false;
    }
    m_engagement.setStepStatus(status);
    emit stepStatusChanged(status.step);
    return true;
}

} // namespace vpnwb
