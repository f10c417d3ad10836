#include "pushplanner.h"

#include "designworkflow.h"
#include "devicedesignbuilder.h"
#include "deviceinventory.h"
#include "engagement.h"
#include "popcatalog.h"
#include "rendererregistry.h"

#include <algorithm>

namespace vpnwb {

Result<QList<DeviceDesign>> PushPlanner::designedDevices(Database &db, const PopCatalog &catalog,
                                                         const Engagement &engagement)
{
    auto run = DesignWorkflow(db, catalog).current(engagement);
    if (!run)
        return run.error();
    const QStringList missing = run->design.missingValues();
    if (!missing.isEmpty())
        return Error::invalidInput(
            QStringLiteral("the design of '%1' lacks %2 value(s) (e.g. %3); run 'vpnwb design %4' first")
                .arg(engagement.name)
                .arg(missing.size())
                .arg(missing.first())
                .arg(engagement.id));
    if (run->hasBlocking())
        return Error::invalidInput(QStringLiteral("the design of '%1' has %2 blocking finding(s) (see 'vpnwb findings "
                                                  "%3'); resolve them first")
                                       .arg(engagement.name)
                                       .arg(run->blocking().size())
                                       .arg(engagement.id));
    return DeviceDesignBuilder::build(run->design, run->settings.cpeVendor);
}

Result<PushPlan> PushPlanner::make(Database &db, const PopCatalog &catalog, const Engagement &engagement,
                                   const DeviceInventory &inventory, const QString &inventoryName)
{
    auto designedDevices = PushPlanner::designedDevices(db, catalog, engagement);
    if (!designedDevices)
        return designedDevices.error();
    const QList<DeviceDesign> &designed = designedDevices.value();

    const RendererRegistry registry;
    PushPlan plan;
    plan.engagementId = engagement.id;
    plan.engagementName = engagement.name;
    QList<PlannedDevice> ces;
    QStringList peLoopbacks;
    for (const DeviceDesign &d : designed) {
        const Device *device = inventory.find(d.name);
        if (!device) {
            plan.notInInventory.append(d.name);
            continue;
        }
        if (device->vendor != d.vendor)
            return Error::invalidInput(QStringLiteral("%1: device %2 is '%3' there, but the design renders it for '%4'; "
                                                      "correct the inventory or the design")
                                           .arg(inventoryName, d.name, device->vendor, d.vendor));
        if (device->transport != Device::Transport::SshCli)
            return Error::invalidInput(QStringLiteral("%1: device %2 is reached over %3; a push reaches devices over "
                                                      "SSH CLI only")
                                           .arg(inventoryName, d.name, Device::toString(device->transport)));
        const RendererRegistry::Plugin *plugin = registry.find(d.vendor);
        if (!plugin)
            return Error::notFound(QStringLiteral("device %1: no renderer for its vendor '%2' (available: %3)")
                                       .arg(d.name, d.vendor, registry.vendors().join(QStringLiteral(", "))));
        auto rendering = plugin->renderer->render(d, plugin->styles.first());
        if (!rendering)
            return rendering.error();
        PlannedDevice p{d.name, d.role, *device, rendering->configuration, {}};
        if (d.role == DeviceRole::Pe) {
            p.bgpPeers.append(d.loopback); // replaced below by the other PEs' loopbacks
            plan.devices.append(std::move(p));
        } else {
            ces.append(std::move(p));
        }
    }
    for (const Device &device : inventory.devices()) {
        const bool designedDevice = std::any_of(designed.begin(), designed.end(),
                                                [&](const DeviceDesign &d) { return d.name == device.name; });
        if (!designedDevice)
            plan.notInDesign.append(device.name);
    }
    // Each PE's VPNv4 sessions to the other PEs of this push must come up.
    for (const PlannedDevice &p : std::as_const(plan.devices))
        peLoopbacks.append(p.bgpPeers.first());
    for (PlannedDevice &p : plan.devices) {
        const QString own = p.bgpPeers.first();
        p.bgpPeers.clear();
        for (const QString &loopback : std::as_const(peLoopbacks)) {
            if (loopback != own && !loopback.isEmpty())
                p.bgpPeers.append(loopback);
        }
    }
    plan.devices.append(ces);
    if (plan.devices.isEmpty())
        return Error::notFound(QStringLiteral("none of the %1 devices of the design of '%2' is in the inventory %3 "
                                              "(it lists %4)")
                                   .arg(designed.size())
                                   .arg(engagement.name, inventoryName,
                                        inventory.names().isEmpty() ? QStringLiteral("no device")
                                                                    : inventory.names().join(QStringLiteral(", "))));
    return plan;
}

} // namespace vpnwb
