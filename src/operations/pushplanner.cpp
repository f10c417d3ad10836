#include "pushplanner.h"

#include "configrestore.h"
#include "designworkflow.h"
#include "devicedesignbuilder.h"
#include "deviceinventory.h"
#include "engagement.h"
#include "l3nmcodec.h"
#include "l3nmdeviceconfig.h"
#include "popcatalog.h"
#include "rendererregistry.h"

#include <algorithm>
#include <optional>

namespace vpnwb {

namespace {

// The engagement's current design, which must be complete and free of blocking findings.
Result<DesignRun> pushableRun(Database &db, const PopCatalog &catalog, const Engagement &engagement)
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
    return run;
}

} // namespace

Result<QList<DeviceDesign>> PushPlanner::designedDevices(Database &db, const PopCatalog &catalog,
                                                         const Engagement &engagement)
{
    auto run = pushableRun(db, catalog, engagement);
    if (!run)
        return run.error();
    return DeviceDesignBuilder::build(run->design, run->settings.cpeVendor);
}

Result<PushPlan> PushPlanner::make(Database &db, const PopCatalog &catalog, const Engagement &engagement,
                                   const DeviceInventory &inventory, const QString &inventoryName)
{
    auto run = pushableRun(db, catalog, engagement);
    if (!run)
        return run.error();
    const QList<DeviceDesign> designed = DeviceDesignBuilder::build(run->design, run->settings.cpeVendor);
    std::optional<QByteArray> l3nm; // the design's L3NM, made for the first device reached over NETCONF

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
        const Device::Role designRole = d.role == DeviceRole::Pe ? Device::Role::Pe : Device::Role::Ce;
        if (device->role != designRole)
            return Error::invalidInput(QStringLiteral("%1: device %2 is a %3 there, but the design makes it a %4; "
                                                      "correct the inventory")
                                           .arg(inventoryName, d.name, Device::toString(device->role),
                                                Device::toString(designRole)));
        QString intended;
        if (device->transport == Device::Transport::Netconf) {
            // A NETCONF device is given its part of the L3NM, whatever its vendor.
            if (d.role != DeviceRole::Pe)
                return Error::invalidInput(QStringLiteral("%1: device %2 is a CE reached over NETCONF; a push gives a "
                                                          "NETCONF device its part of the design's L3NM, which "
                                                          "describes PEs only: reach it over ssh-cli")
                                               .arg(inventoryName, d.name));
            if (!l3nm) {
                auto encoded = L3nmCodec::encode(run->design);
                if (!encoded)
                    return encoded.error();
                l3nm = encoded->json;
            }
            auto xml = L3nmDeviceConfig::xml(*l3nm, d.name);
            if (!xml)
                return Error{xml.error().code, QStringLiteral("device %1: %2").arg(d.name, xml.error().message)};
            intended = xml.value();
        } else {
            if (device->vendor != d.vendor)
                return Error::invalidInput(QStringLiteral("%1: device %2 is '%3' there, but the design renders it for "
                                                          "'%4'; correct the inventory or the design")
                                               .arg(inventoryName, d.name, device->vendor, d.vendor));
            const RendererRegistry::Plugin *plugin = registry.find(d.vendor);
            if (!plugin)
                return Error::notFound(QStringLiteral("device %1: no renderer for its vendor '%2' (available: %3)")
                                           .arg(d.name, d.vendor, registry.vendors().join(QStringLiteral(", "))));
            auto rendering = plugin->renderer->render(d, plugin->styles.first());
            if (!rendering)
                return rendering.error();
            intended = rendering->configuration;
        }
        PlannedDevice p{d.name, d.role, *device, intended, {}};
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

Status PushPlanner::restorable(const PushPlan &plan)
{
    QStringList refused;
    for (const PlannedDevice &p : plan.devices) {
        if (p.device.transport == Device::Transport::SshCli && !ConfigRestore::restores(p.device.vendor))
            refused.append(QStringLiteral("%1 (%2)").arg(p.name, p.device.vendor));
    }
    if (refused.isEmpty())
        return Status::success();
    return Error::invalidInput(QStringLiteral("the workbench cannot restore %1 to its saved configuration if the push "
                                              "fails (a restore is available for %2, and for PEs reached over "
                                              "NETCONF); nothing was sent. A dry-run shows their differences; leave "
                                              "them out of the inventory to push the others")
                                   .arg(refused.join(QStringLiteral(", ")),
                                        ConfigRestore::restoredVendors().join(QStringLiteral(", "))));
}

} // namespace vpnwb
