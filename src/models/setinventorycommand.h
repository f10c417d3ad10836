#pragma once

#include "device.h"

#include <QList>
#include <QUndoCommand>

namespace vpnwb {

class DeviceInventoryModel;

// One change of an inventory being edited: the devices before and after it
// (an inventory is small, so whole lists are kept); undo puts back the before.
class SetInventoryCommand : public QUndoCommand
{
public:
    SetInventoryCommand(DeviceInventoryModel &model, QList<Device> before, QList<Device> after, const QString &text);

    void redo() override;
    void undo() override;

private:
    DeviceInventoryModel &m_model;
    QList<Device> m_before;
    QList<Device> m_after;
};

} // namespace vpnwb
