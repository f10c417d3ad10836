#include "junosconfigwriter.h"

#include "dscp.h"

#include <QSet>

namespace vpnwb {
namespace {

const QString kInterfaces = QStringLiteral("interfaces");
const QString kPolicyOptions = QStringLiteral("policy-options");
const QString kInstances = QStringLiteral("routing-instances");
const QString kCos = QStringLiteral("class-of-service");
const QString kThen = QStringLiteral("then");
const QString kFrom = QStringLiteral("from");
// The last term of every policy written from the design: what no term matched is rejected.
const QString kFinalTerm = QStringLiteral("term DEFAULT-REJECT");

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// One value, or a list in brackets.
QString valueList(const QStringList &values)
{
    return values.size() == 1 ? values.first() : QLatin1String("[ ") + values.join(QLatin1Char(' ')) + QLatin1String(" ]");
}

QStringList prefixed(const QString &prefix, const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        out.append(prefix + v);
    return out;
}

QString codePointName(int dscp)
{
    if (dscp == 0)
        return QStringLiteral("be");
    const QString name = Dscp::name(dscp);
    return name.front().isDigit() ? Dscp::bits(dscp) : name;
}

// Queue of a class in its model: the priority class in 5, the default class in 0, the others from 1.
QList<int> queuesOf(const QosPolicy &qos)
{
    static const int others[] = {1, 2, 3, 4, 6, 7};
    QList<int> queues;
    int next = 0;
    for (const QosClass &k : qos.classes)
        queues.append(k.priority ? 5 : k.dscp.isEmpty() ? 0 : others[std::min(next++, 5)]);
    return queues;
}

} // namespace

JunosConfigWriter::JunosConfigWriter(const DeviceDesign &device)
    : m_device(device), m_text(u"junos", m_rendering.diagnostics)
{}

Rendering JunosConfigWriter::write(Style style)
{
    addInterfaces();
    addCore();
    addAttachmentPolicies();
    for (const VrfDefinition &vrf : m_device.vrfs)
        addVrf(vrf);
    addClassOfService();

    if (style == Style::Set) {
        m_rendering.configuration = m_config.toLines(QLatin1StringView("set "));
        QString removal;
        for (const QStringList &path : std::as_const(m_removals))
            removal += QLatin1String("delete ") % path.join(QLatin1Char(' ')) % QLatin1Char('\n');
        m_rendering.removal = removal;
    } else {
        m_rendering.configuration = m_config.toBraces(4, QLatin1StringView(";"));
        StatementTree removal;
        for (QStringList path : std::as_const(m_removals)) {
            path.last() = QLatin1String("delete: ") + path.last();
            removal.add(path);
        }
        m_rendering.removal = removal.toBraces(4, QLatin1StringView(";"));
    }
    return std::move(m_rendering);
}

void JunosConfigWriter::remove(const QStringList &path)
{
    m_removals.append(path);
}

void JunosConfigWriter::addCommunity(const QString &name, const QStringList &members, const QString &prefix)
{
    m_config.add({kPolicyOptions, QLatin1String("community ") + name,
                  QLatin1String("members ") + valueList(prefixed(prefix, members))});
    remove({kPolicyOptions, QLatin1String("community ") + name});
}

void JunosConfigWriter::addInterfaces()
{
    m_config.add({kInterfaces, QStringLiteral("lo0"), QStringLiteral("unit 0"), QStringLiteral("family inet"),
                  QLatin1String("address ") + m_device.loopback + QLatin1String("/32")});
    // A VRF's loopback: the lo0 unit of its service id (never 0, the router's own), in the routing instance.
    for (const VrfDefinition &vrf : m_device.vrfs) {
        if (vrf.loopback.isEmpty())
            continue;
        const QString unit = QLatin1String("unit ") + QString::number(vrf.loopbackNumber());
        m_config.add({kInterfaces, QStringLiteral("lo0"), unit, QStringLiteral("family inet"),
                      QLatin1String("address ") + vrf.loopback + QLatin1String("/32")});
        remove({kInterfaces, QStringLiteral("lo0"), unit});
    }
    for (const Attachment &a : m_device.attachments) {
        const QString unit = QLatin1String("unit ") + QString::number(a.vlan);
        const QString description = m_text.clean(a.description, SafeText::Field::InterfaceDescription,
                                                 QStringLiteral("attachment ") + a.name);
        m_config.add({kInterfaces, a.parentInterface, QStringLiteral("flexible-vlan-tagging")});
        m_config.add({kInterfaces, a.parentInterface, QStringLiteral("encapsulation flexible-ethernet-services")});
        if (!a.qos.isEmpty())
            m_config.add({kInterfaces, a.parentInterface, QStringLiteral("per-unit-scheduler")});
        if (!description.isEmpty())
            m_config.add({kInterfaces, a.parentInterface, unit, QLatin1String("description ") + quoted(description)});
        m_config.add({kInterfaces, a.parentInterface, unit, QLatin1String("vlan-id ") + QString::number(a.vlan)});
        m_config.add({kInterfaces, a.parentInterface, unit, QStringLiteral("family inet"),
                      QLatin1String("address ") + a.peAddress + QLatin1Char('/') + QString::number(a.prefixLength)});
        remove({kInterfaces, a.parentInterface, unit});
    }
}

// The router's identity and the iBGP sessions to the other PEs or route
// reflectors, which carry the VPN routes (family inet-vpn). Every service of
// the PE shares them: the removal leaves them.
void JunosConfigWriter::addCore()
{
    const QString routingOptions = QStringLiteral("routing-options");
    m_config.add({routingOptions, QLatin1String("router-id ") + m_device.loopback});
    m_config.add(
        {routingOptions, QLatin1String("autonomous-system ") + QString::number(m_device.providerAs)});
    if (m_device.coreNeighbors.isEmpty())
        return;
    const QStringList group{QStringLiteral("protocols"), QStringLiteral("bgp"), QStringLiteral("group CORE")};
    m_config.add(group + QStringList{QStringLiteral("type internal")});
    m_config.add(group + QStringList{QLatin1String("local-address ") + m_device.loopback});
    m_config.add(group + QStringList{QStringLiteral("family inet-vpn"), QStringLiteral("unicast")});
    for (const CoreNeighbor &n : m_device.coreNeighbors)
        m_config.add(group + QStringList{QLatin1String("neighbor ") + n.address,
                                         QLatin1String("description ") + quoted(n.name)});
}

void JunosConfigWriter::addAttachmentPolicies()
{
    for (const Attachment &a : m_device.attachments) {
        if (!a.bgp)
            continue;
        const QString in = QLatin1String("policy-statement ") + a.name + QLatin1String("-IN");
        const QString out = QLatin1String("policy-statement ") + a.name + QLatin1String("-OUT");
        const QString term = a.bgp->lanPrefixes.isEmpty() ? QStringLiteral("term ALL") : QStringLiteral("term LAN");
        if (!a.bgp->lanPrefixes.isEmpty()) {
            const QString list = QLatin1String("prefix-list ") + a.name + QLatin1String("-LAN");
            for (const QString &prefix : a.bgp->lanPrefixes)
                m_config.add({kPolicyOptions, list, prefix});
            remove({kPolicyOptions, list});
            m_config.add({kPolicyOptions, in, term, kFrom,
                          QLatin1String("prefix-list-filter ") + a.name + QLatin1String("-LAN orlonger")});
        }
        if (!a.bgp->siteOfOrigin.isEmpty()) {
            addCommunity(a.name + QLatin1String("-SOO"), {a.bgp->siteOfOrigin}, QStringLiteral("origin:"));
            m_config.add({kPolicyOptions, in, term, kThen, QLatin1String("community add ") + a.name + QLatin1String("-SOO")});
        }
        if (a.bgp->localPreference > 0)
            m_config.add({kPolicyOptions, in, term, kThen,
                          QLatin1String("local-preference ") + QString::number(a.bgp->localPreference)});
        m_config.add({kPolicyOptions, in, term, kThen, QStringLiteral("accept")});
        if (!a.bgp->lanPrefixes.isEmpty())
            m_config.add({kPolicyOptions, in, kFinalTerm, kThen, QStringLiteral("reject")});
        m_config.add({kPolicyOptions, out, QStringLiteral("term ALL"), kThen, QStringLiteral("accept")});
        remove({kPolicyOptions, in});
        remove({kPolicyOptions, out});
    }
}

// A design policy; on export every accepted route also gets the VRF's export route targets.
void JunosConfigWriter::addDesignPolicy(const RoutingPolicy &policy, const QString &exportCommunity)
{
    const QString statement = QLatin1String("policy-statement ") + policy.name;
    for (const PolicyTerm &t : policy.terms) {
        const QString term = QLatin1String("term ") + t.name;
        const QString list = policy.name + QLatin1Char('-') + t.name;
        if (!t.matchPrefixes.isEmpty()) {
            for (const QString &prefix : t.matchPrefixes)
                m_config.add({kPolicyOptions, QLatin1String("prefix-list ") + list, prefix});
            remove({kPolicyOptions, QLatin1String("prefix-list ") + list});
            m_config.add({kPolicyOptions, statement, term, kFrom,
                          QLatin1String("prefix-list-filter ") + list + QLatin1String(" orlonger")});
        }
        if (!t.matchRouteTargets.isEmpty()) {
            addCommunity(list, t.matchRouteTargets, QStringLiteral("target:"));
            m_config.add({kPolicyOptions, statement, term, kFrom, QLatin1String("community ") + list});
        }
        if (t.action == PolicyTerm::Action::Reject) {
            m_config.add({kPolicyOptions, statement, term, kThen, QStringLiteral("reject")});
            continue;
        }
        if (t.localPreference > 0)
            m_config.add({kPolicyOptions, statement, term, kThen,
                          QLatin1String("local-preference ") + QString::number(t.localPreference)});
        if (!t.addRouteTargets.isEmpty()) {
            addCommunity(list + QLatin1String("-ADD"), t.addRouteTargets, QStringLiteral("target:"));
            m_config.add({kPolicyOptions, statement, term, kThen,
                          QLatin1String("community add ") + list + QLatin1String("-ADD")});
        }
        if (!exportCommunity.isEmpty())
            m_config.add({kPolicyOptions, statement, term, kThen, QLatin1String("community add ") + exportCommunity});
        m_config.add({kPolicyOptions, statement, term, kThen, QStringLiteral("accept")});
    }
    m_config.add({kPolicyOptions, statement, kFinalTerm, kThen, QStringLiteral("reject")});
    remove({kPolicyOptions, statement});
}

void JunosConfigWriter::addVrf(const VrfDefinition &vrf)
{
    const QString instance = vrf.name;
    auto add = [this, &instance](QStringList rest) {
        rest.prepend(instance);
        rest.prepend(kInstances);
        m_config.add(rest);
    };
    const QString description = m_text.clean(m_device.customerName + QLatin1String(" / ") + vrf.vpnName,
                                             SafeText::Field::VrfDescription, QStringLiteral("VRF ") + vrf.name);
    if (!description.isEmpty())
        add({QLatin1String("description ") + quoted(description)});
    add({QStringLiteral("instance-type vrf")});
    for (const Attachment &a : m_device.attachments) {
        if (a.vrf == vrf.name)
            add({QLatin1String("interface ") + a.parentInterface + QLatin1Char('.') + QString::number(a.vlan)});
    }
    if (!vrf.loopback.isEmpty())
        add({QLatin1String("interface lo0.") + QString::number(vrf.loopbackNumber())});
    add({QLatin1String("route-distinguisher ") + vrf.routeDistinguisher});

    // vrf-target when it can say it all; otherwise policy chains that check the route targets themselves.
    const bool simple = vrf.importPolicy.isEmpty() && vrf.exportPolicy.isEmpty() &&
                        vrf.importRouteTargets.size() == 1 && vrf.exportRouteTargets.size() == 1;
    if (simple && vrf.importRouteTargets == vrf.exportRouteTargets) {
        add({QStringLiteral("vrf-target"), QLatin1String("target:") + vrf.importRouteTargets.first()});
    } else if (simple) {
        add({QStringLiteral("vrf-target"), QLatin1String("import target:") + vrf.importRouteTargets.first()});
        add({QStringLiteral("vrf-target"), QLatin1String("export target:") + vrf.exportRouteTargets.first()});
    } else {
        const QString importGate = vrf.name + QLatin1String("-RT-IMPORT");
        const QString exportCommunity = vrf.name + QLatin1String("-RT-EXPORT");
        addCommunity(importGate, vrf.importRouteTargets, QStringLiteral("target:"));
        addCommunity(exportCommunity, vrf.exportRouteTargets, QStringLiteral("target:"));
        const QString gate = QLatin1String("policy-statement ") + importGate;
        m_config.add({kPolicyOptions, gate, QStringLiteral("term RT"), kFrom, QLatin1String("community ") + importGate});
        m_config.add({kPolicyOptions, gate, QStringLiteral("term RT"), kThen,
                      vrf.importPolicy.isEmpty() ? QStringLiteral("accept") : QStringLiteral("next policy")});
        m_config.add({kPolicyOptions, gate, kFinalTerm, kThen, QStringLiteral("reject")});
        remove({kPolicyOptions, gate});
        if (vrf.importPolicy.isEmpty()) {
            add({QLatin1String("vrf-import ") + importGate});
        } else {
            addDesignPolicy(vrf.importPolicy, QString());
            add({QLatin1String("vrf-import ") + valueList({importGate, vrf.importPolicy.name})});
        }
        if (vrf.exportPolicy.isEmpty()) {
            const QString exporter = QLatin1String("policy-statement ") + exportCommunity;
            m_config.add({kPolicyOptions, exporter, QStringLiteral("term ALL"), kThen,
                          QLatin1String("community add ") + exportCommunity});
            m_config.add({kPolicyOptions, exporter, QStringLiteral("term ALL"), kThen, QStringLiteral("accept")});
            remove({kPolicyOptions, exporter});
            add({QLatin1String("vrf-export ") + exportCommunity});
        } else {
            addDesignPolicy(vrf.exportPolicy, exportCommunity);
            add({QLatin1String("vrf-export ") + vrf.exportPolicy.name});
        }
    }
    add({QStringLiteral("vrf-table-label")});
    if (vrf.maxRoutes > 0)
        add({QStringLiteral("routing-options"),
             QLatin1String("maximum-prefixes ") + QString::number(vrf.maxRoutes) + QLatin1String(" threshold 75")});
    for (const Attachment &a : m_device.attachments) {
        if (a.vrf != vrf.name || !a.staticRouting)
            continue;
        for (const QString &prefix : a.staticRouting->lanPrefixes)
            add({QStringLiteral("routing-options"), QStringLiteral("static"),
                 QLatin1String("route ") + prefix + QLatin1String(" next-hop ") + a.ceAddress});
    }
    const QStringList group{QStringLiteral("protocols"), QStringLiteral("bgp"), QStringLiteral("group CE")};
    bool groupTyped = false;
    for (const Attachment &a : m_device.attachments) {
        if (a.vrf != vrf.name || !a.bgp)
            continue;
        if (!groupTyped) {
            add(group + QStringList{QStringLiteral("type external")});
            groupTyped = true;
        }
        const QStringList neighbor = group + QStringList{QLatin1String("neighbor ") + a.ceAddress};
        const QString description = m_text.clean(a.siteName, SafeText::Field::NeighborDescription,
                                                 QStringLiteral("attachment ") + a.name);
        if (!description.isEmpty())
            add(neighbor + QStringList{QLatin1String("description ") + quoted(description)});
        add(neighbor + QStringList{QLatin1String("import ") + a.name + QLatin1String("-IN")});
        const QStringList unicast = neighbor + QStringList{QStringLiteral("family inet"), QStringLiteral("unicast")};
        if (a.bgp->maxPrefix > 0) {
            add(unicast + QStringList{QStringLiteral("prefix-limit"),
                                      QLatin1String("maximum ") + QString::number(a.bgp->maxPrefix)});
            add(unicast + QStringList{QStringLiteral("prefix-limit"), QStringLiteral("teardown 75")});
        }
        if (a.bgp->allowAsIn > 0)
            add(unicast + QStringList{QLatin1String("loops ") + QString::number(a.bgp->allowAsIn)});
        add(neighbor + QStringList{QLatin1String("export ") + a.name + QLatin1String("-OUT")});
        add(neighbor + QStringList{QLatin1String("peer-as ") + QString::number(a.bgp->peerAs)});
        if (a.bgp->asOverride)
            add(neighbor + QStringList{QStringLiteral("as-override")});
    }
    remove({kInstances, instance});
}

void JunosConfigWriter::addClassOfService()
{
    QSet<QString> models;
    for (const Attachment &a : m_device.attachments) {
        if (a.qos.isEmpty())
            continue;
        const QList<int> queues = queuesOf(a.qos);
        // Forwarding classes and the DSCP classifier belong to the model, shared by its attachments.
        if (!models.contains(a.qos.model)) {
            models.insert(a.qos.model);
            for (qsizetype i = 0; i < a.qos.classes.size(); ++i) {
                const QosClass &k = a.qos.classes[i];
                const QString fc = a.qos.model + QLatin1Char('-') + k.name;
                m_config.add({kCos, QStringLiteral("forwarding-classes"),
                              QLatin1String("class ") + fc + QLatin1String(" queue-num ") + QString::number(queues[i])});
                QStringList codePoints;
                for (const int d : k.dscp)
                    codePoints.append(codePointName(d));
                if (codePoints.isEmpty())
                    codePoints.append(codePointName(0));
                m_config.add({kCos, QStringLiteral("classifiers"), QLatin1String("dscp ") + a.qos.model,
                              QLatin1String("forwarding-class ") + fc, QStringLiteral("loss-priority low"),
                              QLatin1String("code-points ") + valueList(codePoints)});
            }
        }
        const QString schedulerMap = QLatin1String("scheduler-maps ") + a.name;
        for (const QosClass &k : a.qos.classes) {
            const QString scheduler = QLatin1String("schedulers ") + a.name + QLatin1Char('-') + k.name;
            m_config.add({kCos, scheduler, QLatin1String("transmit-rate percent ") + QString::number(k.percent)});
            if (k.priority) {
                m_config.add({kCos, scheduler, QStringLiteral("priority strict-high")});
                if (a.qos.efPolicingKbps > 0)
                    m_config.add({kCos, scheduler,
                                  QLatin1String("shaping-rate ") + QString::number(a.qos.efPolicingKbps) + QLatin1Char('k')});
            }
            m_config.add({kCos, schedulerMap,
                          QLatin1String("forwarding-class ") + a.qos.model + QLatin1Char('-') + k.name +
                              QLatin1String(" scheduler ") + a.name + QLatin1Char('-') + k.name});
            remove({kCos, scheduler});
        }
        remove({kCos, schedulerMap});
        const QStringList unit{kCos, kInterfaces, a.parentInterface, QLatin1String("unit ") + QString::number(a.vlan)};
        m_config.add(unit + QStringList{QLatin1String("scheduler-map ") + a.name});
        if (a.qos.shapingRateKbps > 0)
            m_config.add(unit + QStringList{QLatin1String("shaping-rate ") + QString::number(a.qos.shapingRateKbps) +
                                            QLatin1Char('k')});
        m_config.add(unit + QStringList{QStringLiteral("classifiers"), QLatin1String("dscp ") + a.qos.model});
        remove(unit);
    }
}

} // namespace vpnwb
