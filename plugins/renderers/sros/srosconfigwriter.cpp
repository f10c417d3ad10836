#include "srosconfigwriter.h"

#include "dscp.h"

#include <QSet>

namespace vpnwb {
namespace {

const QString kPolicyOptions = QStringLiteral("policy-options");
const QString kQos = QStringLiteral("qos");

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString quotedList(const QStringList &values)
{
    QStringList q;
    for (const QString &v : values)
        q.append(quoted(v));
    return QLatin1Char('[') + q.join(QLatin1Char(' ')) + QLatin1Char(']');
}

// SR OS has eight forwarding classes; a class model's classes are mapped to
// them by their first DSCP, the next free one when that is taken.
QStringList forwardingClasses(const QosPolicy &qos)
{
    QStringList out;
    QSet<QString> used;
    for (const QosClass &k : qos.classes) {
        QString fc;
        if (k.priority)
            fc = QStringLiteral("ef");
        else if (k.dscp.isEmpty())
            fc = QStringLiteral("be");
        else if (k.dscp.first() >= 48)
            fc = QStringLiteral("nc");
        else if (k.dscp.first() >= 32)
            fc = QStringLiteral("h2");
        else if (k.dscp.first() >= 24)
            fc = QStringLiteral("af");
        else if (k.dscp.first() >= 16)
            fc = QStringLiteral("l1");
        else
            fc = QStringLiteral("l2");
        for (const char *spare : {"l1", "af", "h2", "l2", "h1"}) {
            if (!used.contains(fc))
                break;
            fc = QLatin1String(spare);
        }
        used.insert(fc);
        out.append(fc);
    }
    return out;
}

} // namespace

SrosConfigWriter::SrosConfigWriter(const DeviceDesign &device)
    : m_device(device), m_text(u"sros", m_rendering.diagnostics)
{}

Rendering SrosConfigWriter::write()
{
    addCore();
    addPolicies();
    addQos();
    for (const VrfDefinition &vrf : m_device.vrfs)
        addVprn(vrf);
    m_rendering.configuration = QLatin1String("# MD-CLI: load merge into a candidate, then commit\n") +
                                m_config.toBraces(4, QLatin1StringView(""));
    m_rendering.removal = QLatin1String("# MD-CLI: in a candidate at [ex:/configure], then commit\n") + m_removal;
    m_rendering.diagnostics.append({RenderDiagnostic::Severity::Info, QStringLiteral("customer ") + m_device.customerId,
                                    QStringLiteral("the VPRN services name SR OS customer \"%1\"; it must exist "
                                                   "(configure service customer)")
                                        .arg(m_device.customerId)});
    return std::move(m_rendering);
}

void SrosConfigWriter::addCore()
{
    const QStringList base{QStringLiteral("router \"Base\"")};
    add(base + QStringList{QLatin1String("autonomous-system ") + QString::number(m_device.providerAs)});
    add(base + QStringList{QStringLiteral("interface \"system\""), QStringLiteral("ipv4"), QStringLiteral("primary"),
                           QLatin1String("address ") + m_device.loopback});
    add(base + QStringList{QStringLiteral("interface \"system\""), QStringLiteral("ipv4"), QStringLiteral("primary"),
                           QStringLiteral("prefix-length 32")});
    if (m_device.coreNeighbors.isEmpty())
        return;
    const QStringList bgp = base + QStringList{QStringLiteral("bgp")};
    add(bgp + QStringList{QStringLiteral("group \"CORE\""), QLatin1String("peer-as ") + QString::number(m_device.providerAs)});
    add(bgp + QStringList{QStringLiteral("group \"CORE\""), QStringLiteral("family"), QStringLiteral("vpn-ipv4 true")});
    for (const CoreNeighbor &n : m_device.coreNeighbors) {
        const QStringList neighbor = bgp + QStringList{QLatin1String("neighbor ") + quoted(n.address)};
        add(neighbor + QStringList{QLatin1String("description ") + quoted(n.name)});
        add(neighbor + QStringList{QStringLiteral("group \"CORE\"")});
    }
}

void SrosConfigWriter::addPolicies()
{
    for (const Attachment &a : m_device.attachments) {
        if (!a.bgp)
            continue;
        const QString in = QLatin1String("policy-statement ") + quoted(a.name + QLatin1String("-IN"));
        const QString out = QLatin1String("policy-statement ") + quoted(a.name + QLatin1String("-OUT"));
        const QStringList entry{kPolicyOptions, in, QStringLiteral("entry 10")};
        if (!a.bgp->lanPrefixes.isEmpty()) {
            const QString list = a.name + QLatin1String("-LAN");
            for (const QString &prefix : a.bgp->lanPrefixes)
                add({kPolicyOptions, QLatin1String("prefix-list ") + quoted(list),
                     QLatin1String("prefix ") + prefix + QLatin1String(" type longer { }")});
            remove(kPolicyOptions + QLatin1String(" prefix-list ") + quoted(list));
            add(entry + QStringList{QStringLiteral("from"), QLatin1String("prefix-list ") + quotedList({list})});
        }
        add(entry + QStringList{QStringLiteral("action"), QStringLiteral("action-type accept")});
        if (a.bgp->localPreference > 0)
            add(entry + QStringList{QStringLiteral("action"),
                                    QLatin1String("local-preference ") + QString::number(a.bgp->localPreference)});
        if (!a.bgp->siteOfOrigin.isEmpty()) {
            const QString soo = a.name + QLatin1String("-SOO");
            add({kPolicyOptions, QLatin1String("community ") + quoted(soo),
                 QLatin1String("member ") + quoted(QLatin1String("origin:") + a.bgp->siteOfOrigin) + QLatin1String(" { }")});
            remove(kPolicyOptions + QLatin1String(" community ") + quoted(soo));
            add(entry + QStringList{QStringLiteral("action"), QStringLiteral("community"),
                                    QLatin1String("add ") + quotedList({soo})});
        }
        add({kPolicyOptions, in, QStringLiteral("default-action"), QStringLiteral("action-type reject")});
        add({kPolicyOptions, out, QStringLiteral("default-action"), QStringLiteral("action-type accept")});
        remove(kPolicyOptions + QLatin1Char(' ') + in);
        remove(kPolicyOptions + QLatin1Char(' ') + out);
    }
}

// A design policy; as an export policy (`exportCommunity` set) every accepted
// route also gets the VRF's export route targets.
void SrosConfigWriter::addPolicy(const RoutingPolicy &policy, const QString &exportCommunity)
{
    const QString statement = QLatin1String("policy-statement ") + quoted(policy.name);
    int number = 10;
    for (const PolicyTerm &t : policy.terms) {
        const QStringList entry{kPolicyOptions, statement, QLatin1String("entry ") + QString::number(number)};
        number += 10;
        const QString list = policy.name + QLatin1Char('-') + t.name;
        add(entry + QStringList{QLatin1String("description ") + quoted(t.name)});
        if (!t.matchPrefixes.isEmpty()) {
            for (const QString &prefix : t.matchPrefixes)
                add({kPolicyOptions, QLatin1String("prefix-list ") + quoted(list),
                     QLatin1String("prefix ") + prefix + QLatin1String(" type longer { }")});
            remove(kPolicyOptions + QLatin1String(" prefix-list ") + quoted(list));
            add(entry + QStringList{QStringLiteral("from"), QLatin1String("prefix-list ") + quotedList({list})});
        }
        auto community = [this](const QString &name, const QStringList &targets) {
            for (const QString &rt : targets)
                add({kPolicyOptions, QLatin1String("community ") + quoted(name),
                     QLatin1String("member ") + quoted(QLatin1String("target:") + rt) + QLatin1String(" { }")});
            remove(kPolicyOptions + QLatin1String(" community ") + quoted(name));
        };
        if (!t.matchRouteTargets.isEmpty()) {
            community(list, t.matchRouteTargets);
            add(entry + QStringList{QStringLiteral("from"), QStringLiteral("community"),
                                    QLatin1String("name ") + quoted(list)});
        }
        const QStringList action = entry + QStringList{QStringLiteral("action")};
        add(action + QStringList{t.action == PolicyTerm::Action::Accept ? QStringLiteral("action-type accept")
                                                                        : QStringLiteral("action-type reject")});
        if (t.localPreference > 0)
            add(action + QStringList{QLatin1String("local-preference ") + QString::number(t.localPreference)});
        QStringList added;
        if (!t.addRouteTargets.isEmpty()) {
            community(list + QLatin1String("-ADD"), t.addRouteTargets);
            added.append(list + QLatin1String("-ADD"));
        }
        if (t.action == PolicyTerm::Action::Accept && !exportCommunity.isEmpty())
            added.append(exportCommunity);
        if (!added.isEmpty())
            add(action + QStringList{QStringLiteral("community"), QLatin1String("add ") + quotedList(added)});
    }
    add({kPolicyOptions, statement, QStringLiteral("default-action"), QStringLiteral("action-type reject")});
    remove(kPolicyOptions + QLatin1Char(' ') + statement);
}

void SrosConfigWriter::addQos()
{
    for (const Attachment &a : m_device.attachments) {
        if (a.qos.isEmpty())
            continue;
        const QStringList fcs = forwardingClasses(a.qos);
        const QStringList ingress{kQos, QLatin1String("sap-ingress ") + quoted(a.name)};
        const QStringList egress{kQos, QLatin1String("sap-egress ") + quoted(a.name)};
        for (qsizetype i = 0; i < a.qos.classes.size(); ++i) {
            const QosClass &k = a.qos.classes[i];
            const QString queue = QLatin1String("queue ") + QString::number(i + 1);
            add(ingress + QStringList{queue + QLatin1String(" { }")});
            add(ingress + QStringList{QLatin1String("fc ") + fcs[i], queue});
            for (const int d : k.dscp)
                add(ingress + QStringList{QLatin1String("dscp ") + Dscp::name(d), QLatin1String("fc ") + fcs[i]});
            const QStringList egressQueue = egress + QStringList{queue};
            if (k.priority) {
                add(egressQueue + QStringList{QStringLiteral("queue-type expedited")});
                if (a.qos.efPolicingKbps > 0)
                    add(egressQueue + QStringList{QStringLiteral("rate"),
                                                  QLatin1String("pir ") + QString::number(a.qos.efPolicingKbps)});
            } else {
                add(egressQueue + QStringList{QStringLiteral("percent-rate"), QStringLiteral("pir 100.0")});
                add(egressQueue + QStringList{QStringLiteral("percent-rate"),
                                              QLatin1String("cir ") + QString::number(k.percent) + QLatin1String(".0")});
            }
            add(egress + QStringList{QLatin1String("fc ") + fcs[i], queue});
        }
        remove(kQos + QLatin1String(" sap-ingress ") + quoted(a.name));
        remove(kQos + QLatin1String(" sap-egress ") + quoted(a.name));
    }
}

void SrosConfigWriter::addVprn(const VrfDefinition &vrf)
{
    const QStringList vprn{QStringLiteral("service"), QLatin1String("vprn ") + quoted(vrf.name)};
    auto in = [&vprn](const QStringList &rest) { return vprn + rest; };
    add(in({QStringLiteral("admin-state enable")}));
    const QString description = m_text.clean(m_device.customerName + QLatin1String(" / ") + vrf.vpnName,
                                             SafeText::Field::VrfDescription, QStringLiteral("VRF ") + vrf.name);
    if (!description.isEmpty())
        add(in({QLatin1String("description ") + quoted(description)}));
    add(in({QLatin1String("service-id ") + QString::number(vrf.serviceId)}));
    add(in({QLatin1String("customer ") + quoted(m_device.customerId)}));
    add(in({QLatin1String("autonomous-system ") + QString::number(m_device.providerAs)}));
    if (vrf.maxRoutes > 0)
        add(in({QStringLiteral("maximum-ipv4-routes"), QLatin1String("value ") + QString::number(vrf.maxRoutes)}));

    const QStringList mpls = vprn + QStringList{QStringLiteral("bgp-ipvpn"), QStringLiteral("mpls")};
    add(mpls + QStringList{QStringLiteral("admin-state enable")});
    add(mpls + QStringList{QLatin1String("route-distinguisher ") + quoted(vrf.routeDistinguisher)});
    // vrf-target holds one community each way; more route targets, or policies, need vrf-import/vrf-export.
    const bool simple = vrf.importPolicy.isEmpty() && vrf.exportPolicy.isEmpty() &&
                        vrf.importRouteTargets.size() == 1 && vrf.exportRouteTargets.size() == 1;
    if (simple && vrf.importRouteTargets == vrf.exportRouteTargets) {
        add(mpls + QStringList{QStringLiteral("vrf-target"),
                               QLatin1String("community ") + quoted(QLatin1String("target:") + vrf.importRouteTargets.first())});
    } else if (simple) {
        add(mpls + QStringList{QStringLiteral("vrf-target"), QLatin1String("import-community ") +
                                                                  quoted(QLatin1String("target:") + vrf.importRouteTargets.first())});
        add(mpls + QStringList{QStringLiteral("vrf-target"), QLatin1String("export-community ") +
                                                                  quoted(QLatin1String("target:") + vrf.exportRouteTargets.first())});
    } else {
        // Import: a gate that passes routes with an import route target on to the design's policy.
        const QString gate = vrf.name + QLatin1String("-RT-IMPORT");
        const QString exportName = vrf.name + QLatin1String("-RT-EXPORT");
        for (const QString &rt : vrf.importRouteTargets)
            add({kPolicyOptions, QLatin1String("community ") + quoted(gate),
                 QLatin1String("member ") + quoted(QLatin1String("target:") + rt) + QLatin1String(" { }")});
        for (const QString &rt : vrf.exportRouteTargets)
            add({kPolicyOptions, QLatin1String("community ") + quoted(exportName),
                 QLatin1String("member ") + quoted(QLatin1String("target:") + rt) + QLatin1String(" { }")});
        const QStringList gateEntry{kPolicyOptions, QLatin1String("policy-statement ") + quoted(gate), QStringLiteral("entry 10")};
        add(gateEntry + QStringList{QStringLiteral("from"), QStringLiteral("community"), QLatin1String("name ") + quoted(gate)});
        add(gateEntry + QStringList{QStringLiteral("action"), vrf.importPolicy.isEmpty() ? QStringLiteral("action-type accept")
                                                                                       : QStringLiteral("action-type next-policy")});
        add({kPolicyOptions, QLatin1String("policy-statement ") + quoted(gate), QStringLiteral("default-action"),
             QStringLiteral("action-type reject")});
        QStringList imports{gate};
        if (!vrf.importPolicy.isEmpty()) {
            addPolicy(vrf.importPolicy, QString());
            imports.append(vrf.importPolicy.name);
        }
        add(mpls + QStringList{QStringLiteral("vrf-import"), QLatin1String("policy ") + quotedList(imports)});
        // Export: the design's policy, or one that accepts every route; accepted routes get the export route targets.
        if (vrf.exportPolicy.isEmpty()) {
            const QStringList exportEntry{kPolicyOptions, QLatin1String("policy-statement ") + quoted(exportName),
                                          QStringLiteral("entry 10")};
            add(exportEntry + QStringList{QStringLiteral("action"), QStringLiteral("action-type accept")});
            add(exportEntry + QStringList{QStringLiteral("action"), QStringLiteral("community"),
                                          QLatin1String("add ") + quotedList({exportName})});
            add(mpls + QStringList{QStringLiteral("vrf-export"), QLatin1String("policy ") + quotedList({exportName})});
            remove(kPolicyOptions + QLatin1String(" policy-statement ") + quoted(exportName));
        } else {
            addPolicy(vrf.exportPolicy, exportName);
            add(mpls + QStringList{QStringLiteral("vrf-export"),
                                   QLatin1String("policy ") + quotedList({vrf.exportPolicy.name})});
        }
        remove(kPolicyOptions + QLatin1String(" policy-statement ") + quoted(gate));
        remove(kPolicyOptions + QLatin1String(" community ") + quoted(gate));
        remove(kPolicyOptions + QLatin1String(" community ") + quoted(exportName));
    }
    add(mpls + QStringList{QStringLiteral("auto-bind-tunnel"), QStringLiteral("resolution any")});

    // The VRF's loopback: a loopback interface of the service (deleted with it).
    if (!vrf.loopback.isEmpty()) {
        const QStringList loopback = vprn + QStringList{QStringLiteral("interface \"loopback\"")};
        add(loopback + QStringList{QStringLiteral("loopback true")});
        add(loopback + QStringList{QStringLiteral("ipv4"), QStringLiteral("primary"),
                                   QLatin1String("address ") + vrf.loopback});
        add(loopback + QStringList{QStringLiteral("ipv4"), QStringLiteral("primary"),
                                   QStringLiteral("prefix-length 32")});
    }

    for (const Attachment &a : m_device.attachments) {
        if (a.vrf != vrf.name)
            continue;
        const QStringList interface = vprn + QStringList{QLatin1String("interface ") + quoted(a.name)};
        const QString ifDescription = m_text.clean(a.description, SafeText::Field::InterfaceDescription,
                                                   QStringLiteral("attachment ") + a.name);
        if (!ifDescription.isEmpty())
            add(interface + QStringList{QLatin1String("description ") + quoted(ifDescription)});
        add(interface + QStringList{QStringLiteral("ipv4"), QStringLiteral("primary"), QLatin1String("address ") + a.peAddress});
        add(interface + QStringList{QStringLiteral("ipv4"), QStringLiteral("primary"),
                                    QLatin1String("prefix-length ") + QString::number(a.prefixLength)});
        const QStringList sap = interface + QStringList{QLatin1String("sap ") + a.parentInterface + QLatin1Char(':') +
                                                        QString::number(a.vlan)};
        if (!a.qos.isEmpty()) {
            add(sap + QStringList{QStringLiteral("ingress"), QStringLiteral("qos"), QStringLiteral("sap-ingress"),
                                  QLatin1String("policy-name ") + quoted(a.name)});
            add(sap + QStringList{QStringLiteral("egress"), QStringLiteral("qos"), QStringLiteral("sap-egress"),
                                  QLatin1String("policy-name ") + quoted(a.name)});
            if (a.qos.shapingRateKbps > 0)
                add(sap + QStringList{QStringLiteral("egress"), QStringLiteral("agg-rate"),
                                      QLatin1String("rate ") + QString::number(a.qos.shapingRateKbps)});
        } else {
            add(sap + QStringList{QStringLiteral("admin-state enable")});
        }
        if (a.staticRouting) {
            for (const QString &prefix : a.staticRouting->lanPrefixes)
                add(vprn + QStringList{QStringLiteral("static-routes"),
                                       QLatin1String("route ") + prefix + QLatin1String(" route-type unicast"),
                                       QLatin1String("next-hop ") + quoted(a.ceAddress),
                                       QStringLiteral("admin-state enable")});
        }
        if (!a.bgp)
            continue;
        const QStringList bgp = vprn + QStringList{QStringLiteral("bgp")};
        add(bgp + QStringList{QStringLiteral("group \"CE\""), QStringLiteral("admin-state enable")});
        const QStringList neighbor = bgp + QStringList{QLatin1String("neighbor ") + quoted(a.ceAddress)};
        const QString description = m_text.clean(a.siteName, SafeText::Field::NeighborDescription,
                                                 QStringLiteral("attachment ") + a.name);
        if (!description.isEmpty())
            add(neighbor + QStringList{QLatin1String("description ") + quoted(description)});
        add(neighbor + QStringList{QStringLiteral("group \"CE\"")});
        add(neighbor + QStringList{QLatin1String("peer-as ") + QString::number(a.bgp->peerAs)});
        if (a.bgp->asOverride)
            add(neighbor + QStringList{QStringLiteral("as-override true")});
        if (a.bgp->allowAsIn > 0)
            add(neighbor + QStringList{QLatin1String("loop-detect-threshold ") + QString::number(a.bgp->allowAsIn)});
        if (a.bgp->maxPrefix > 0) {
            add(neighbor + QStringList{QStringLiteral("prefix-limit ipv4"),
                                       QLatin1String("maximum ") + QString::number(a.bgp->maxPrefix)});
            add(neighbor + QStringList{QStringLiteral("prefix-limit ipv4"), QStringLiteral("threshold 75")});
        }
        add(neighbor + QStringList{QStringLiteral("import"), QLatin1String("policy ") +
                                                              quotedList({a.name + QLatin1String("-IN")})});
        add(neighbor + QStringList{QStringLiteral("export"), QLatin1String("policy ") +
                                                              quotedList({a.name + QLatin1String("-OUT")})});
    }
    // The service goes first, so that nothing it refers to is deleted while in use.
    m_removal.prepend(QLatin1String("delete service vprn ") % quoted(vrf.name) % QLatin1Char('\n'));
}

} // namespace vpnwb
