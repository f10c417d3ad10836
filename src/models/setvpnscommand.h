#pragma once

#include "vpnservice.h"

#include <QList>
#include <QUndoCommand>

namespace vpnwb {

class EngagementDocument;

// Changes the engagement's VPN services (topology, members and their roles,
// extranet consumers, VPNs added or removed); undo brings back the list as
// it was.
class SetVpnsCommand : public QUndoCommand
{
public:
    SetVpnsCommand(EngagementDocument &doc, QList<VpnService> before, QList<VpnService> after,
                   const QString &text);

    void redo() override;
    void undo() override;

private:
    EngagementDocument &m_doc;
    QList<VpnService> m_before;
    QList<VpnService> m_after;
};

} // namespace vpnwb
