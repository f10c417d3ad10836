#include "networkdesign.h"

#include <algorithm>

namespace vpnwb {
namespace {

template<typename T, typename Key> const T *findIn(const QList<T> &list, Key key)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), key);
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

const DesignSite *NetworkDesign::findSite(const QString &siteId) const
{
    return findIn(sites, [&](const DesignSite &s) { return s.siteId == siteId; });
}

const VpnDesign *NetworkDesign::findVpn(const QString &vpnId) const
{
    return findIn(vpns, [&](const VpnDesign &v) { return v.vpnId == vpnId; });
}

const DesignPe *NetworkDesign::findPe(const QString &name) const
{
    return findIn(pes, [&](const DesignPe &p) { return p.name == name; });
}

const AccessCircuit *NetworkDesign::findCircuit(const QString &circuitId) const
{
    return findIn(circuits, [&](const AccessCircuit &c) { return c.id() == circuitId; });
}

QStringList NetworkDesign::missingValues() const
{
    QStringList out;
    auto need = [&](bool has, const QString &object, const char *field) {
        if (!has)
            out << object + QLatin1Char(' ') + QLatin1String(field);
    };
    for (const VpnDesign &v : vpns) {
        need(v.topology != VpnTopology::AnyToAny || v.anyTarget, v.id(), "rt");
        need(v.topology == VpnTopology::AnyToAny || v.spokeTarget, v.id(), "rt-spoke");
        need(v.topology != VpnTopology::HubAndSpoke || v.hubTarget, v.id(), "rt-hub");
    }
    for (const VrfInstance &v : vrfs) {
        need(v.rd.has_value(), v.id(), "rd");
        need(v.loopback.has_value(), v.id(), "loopback");
    }
    for (const DesignSite &s : sites) {
        if (!s.isIncluded())
            continue;
        need(s.cpeAddress.has_value(), s.id(), "cpe-address");
        need(s.resiliency != Resiliency::DualHomed || s.routing != CeRouting::Bgp || s.siteOfOrigin, s.id(), "soo");
    }
    for (const AccessCircuit &c : circuits)
        need(!c.port.isEmpty(), c.id(), "port");
    for (const SiteAttachment &a : attachments) {
        need(a.vlan > 0, a.id(), "vlan");
        need(a.link.has_value(), a.id(), "link");
    }
    return out;
}

} // namespace vpnwb
