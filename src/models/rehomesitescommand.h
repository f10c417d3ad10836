#pragma once

#include "siteserviceability.h"

#include <QList>
#include <QUndoCommand>

namespace vpnwb {

class SiteHoming;

// Homes sites on another PE by changing their serviceability results; undo
// restores the results as they were.
class RehomeSitesCommand : public QUndoCommand
{
public:
    RehomeSitesCommand(SiteHoming &homing, QList<SiteServiceability> before, QList<SiteServiceability> after,
                       const QString &text);

    void redo() override;
    void undo() override;

private:
    SiteHoming &m_homing;
    QList<SiteServiceability> m_before;
    QList<SiteServiceability> m_after;
};

} // namespace vpnwb
