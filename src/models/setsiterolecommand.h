#pragma once

#include "site.h"
#include "vpnservice.h"

#include <QList>
#include <QUndoCommand>

namespace vpnwb {

class EngagementDocument;

// Gives sites another role, in the site and in their hub-and-spoke VPNs at
// once; undo restores the sites and the VPN member roles as they were.
class SetSiteRoleCommand : public QUndoCommand
{
public:
    struct State
    {
        QList<Site> sites;      // only the sites that change
        QList<VpnService> vpns; // all VPNs of the engagement
    };

    SetSiteRoleCommand(EngagementDocument &doc, State before, State after, const QString &text);

    void redo() override;
    void undo() override;

private:
    EngagementDocument &m_doc;
    State m_before;
    State m_after;
};

} // namespace vpnwb
