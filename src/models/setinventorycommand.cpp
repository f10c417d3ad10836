#include "setinventorycommand.h"

#include "deviceinventorymodel.h"

namespace vpnwb {

SetInventoryCommand::SetInventoryCommand(DeviceInventoryModel &model, QList<Device> before, QList<Device> after,
                                         const QString &text)
    : QUndoCommand(text), m_model(model), m_before(std::move(before)), m_after(std::move(after))
{}

void SetInventoryCommand::redo()
{
    m_model.setDevices(m_after);
}

void SetInventoryCommand::undo()
{
    m_model.setDevices(m_before);
}

} // namespace vpnwb
