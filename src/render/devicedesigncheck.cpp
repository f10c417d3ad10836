#include "devicedesigncheck.h"

#include "identifier.h"
#include "networktext.h"

#include <QSet>

namespace vpnwb {
namespace {

// A value as a one-line message may show it: control characters spelled as
// escapes (\n, \r, \t, \xNN), so that a name that tries to carry a command
// cannot break the message into lines either.
QString printable(const QString &value)
{
    QString out;
    for (const QChar ch : value) {
        const char16_t u = ch.unicode();
        if (u == u'\n')
            out += QLatin1String("\\n");
        else if (u == u'\r')
            out += QLatin1String("\\r");
        else if (u == u'\t')
            out += QLatin1String("\\t");
        else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029)
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            out += ch;
    }
    return out;
}

// Collects the first problem, with the path of the object it concerns. The
// device is named as it is when its name is valid, quoted otherwise.
class Checker
{
public:
    explicit Checker(const QString &device)
        : m_device(Identifier::isValid(device) ? device
                                               : QLatin1Char('\'') + printable(device) + QLatin1Char('\''))
    {}

    bool failed() const { return !m_message.isEmpty(); }
    Status status() const
    {
        if (!failed())
            return Status::success();
        return Error::invalidInput(QStringLiteral("device %1: %2").arg(m_device, m_message));
    }

    void fail(const QString &object, const QString &problem)
    {
        if (!failed())
            m_message = printable(object.isEmpty() ? problem : object + QStringLiteral(": ") + problem);
    }
    void identifier(const QString &object, const char *field, const QString &value, int max = Identifier::maxLength)
    {
        if (!Identifier::isValid(value, max))
            fail(object, QStringLiteral("%1 '%2' is not a name of 1 to %3 letters, digits, '_' and '-' that starts "
                                        "with a letter")
                             .arg(QLatin1String(field), value)
                             .arg(max));
    }
    void ipv4(const QString &object, const char *field, const QString &value)
    {
        if (!NetworkText::parseIpv4(value))
            fail(object, QStringLiteral("%1 '%2' is not an IPv4 address").arg(QLatin1String(field), value));
    }
    void prefixes(const QString &object, const char *field, const QStringList &values)
    {
        for (const QString &p : values) {
            if (!NetworkText::parsePrefix(p))
                fail(object, QStringLiteral("%1 '%2' is not an IPv4 prefix without host bits")
                                 .arg(QLatin1String(field), p));
        }
    }
    void routeTargets(const QString &object, const char *field, const QStringList &values)
    {
        for (const QString &rt : values) {
            if (!NetworkText::isRouteTarget(rt))
                fail(object, QStringLiteral("%1 '%2' is neither ASN:n nor a.b.c.d:n").arg(QLatin1String(field), rt));
        }
    }
    void range(const QString &object, const char *field, qint64 value, qint64 min, qint64 max)
    {
        if (value < min || value > max)
            fail(object, QStringLiteral("%1 %2 is outside %3..%4").arg(QLatin1String(field)).arg(value).arg(min).arg(max));
    }

private:
    QString m_device;
    QString m_message;
};

void checkPolicy(Checker &c, const QString &vrfObject, const char *which, const RoutingPolicy &policy,
                 QSet<QString> &policyNames)
{
    if (policy.isEmpty())
        return;
    const QString object = vrfObject + QStringLiteral(", %1 policy %2").arg(QLatin1String(which), policy.name);
    c.identifier(vrfObject, "policy name", policy.name);
    if (policyNames.contains(policy.name))
        c.fail(object, QStringLiteral("the name is used by another policy of the device"));
    policyNames.insert(policy.name);
    if (policy.terms.isEmpty())
        c.fail(object, QStringLiteral("has no terms"));
    QSet<QString> termNames;
    for (const PolicyTerm &t : policy.terms) {
        const QString termObject = object + QStringLiteral(", term ") + t.name;
        c.identifier(object, "term name", t.name);
        if (termNames.contains(t.name))
            c.fail(termObject, QStringLiteral("the name is used twice"));
        termNames.insert(t.name);
        c.routeTargets(termObject, "route target", t.matchRouteTargets);
        c.routeTargets(termObject, "added route target", t.addRouteTargets);
        c.prefixes(termObject, "prefix", t.matchPrefixes);
        c.range(termObject, "local preference", t.localPreference, 0, 0x7fffffff);
        if (t.action == PolicyTerm::Action::Reject && (!t.addRouteTargets.isEmpty() || t.localPreference != 0))
            c.fail(termObject, QStringLiteral("a rejecting term cannot change the route"));
    }
}

void checkQos(Checker &c, const QString &object, const QosPolicy &qos)
{
    if (qos.isEmpty())
        return;
    c.identifier(object, "QoS model", qos.model);
    QSet<QString> names;
    QSet<int> codePoints;
    int defaults = 0;
    int priorities = 0;
    int total = 0;
    for (const QosClass &k : qos.classes) {
        const QString classObject = object + QStringLiteral(", QoS class ") + k.name;
        c.identifier(object, "QoS class name", k.name, 24);
        if (names.contains(k.name))
            c.fail(classObject, QStringLiteral("the class is defined twice"));
        names.insert(k.name);
        for (const int d : k.dscp) {
            c.range(classObject, "DSCP", d, 0, 63);
            if (codePoints.contains(d))
                c.fail(classObject, QStringLiteral("DSCP %1 is classified into two classes").arg(d));
            codePoints.insert(d);
        }
        defaults += k.dscp.isEmpty() ? 1 : 0;
        priorities += k.priority ? 1 : 0;
        c.range(classObject, "share in percent", k.percent, 1, 100);
        total += k.percent;
        if (k.priority && k.dscp.isEmpty())
            c.fail(classObject, QStringLiteral("the default class cannot be the priority class"));
    }
    if (defaults != 1)
        c.fail(object, QStringLiteral("the QoS model needs exactly one default class (one without DSCP), not %1")
                           .arg(defaults));
    if (priorities > 1)
        c.fail(object, QStringLiteral("the QoS model has %1 priority classes; at most one").arg(priorities));
    if (total > 100)
        c.fail(object, QStringLiteral("the QoS class shares add up to %1 %, more than 100 %").arg(total));
    c.range(object, "shaping rate (kb/s)", qos.shapingRateKbps, 0, 400'000'000);
    c.range(object, "EF policing rate (kb/s)", qos.efPolicingKbps, 0, 400'000'000);
    if (qos.efPolicingKbps > 0 && priorities == 0)
        c.fail(object, QStringLiteral("an EF policing rate is given but no class has priority"));
}

void checkAttachment(Checker &c, const DeviceDesign &d, const Attachment &a, QSet<QString> &vlansInUse)
{
    const QString object = QStringLiteral("attachment ") + a.name;
    if (!a.vrf.isEmpty() && !d.findVrf(a.vrf))
        c.fail(object, QStringLiteral("VRF '%1' is not defined on the device").arg(a.vrf));
    if (a.vrf.isEmpty() && d.role == DeviceRole::Pe)
        c.fail(object, QStringLiteral("an attachment on a PE needs a VRF"));
    if (!DeviceDesignCheck::isInterfaceName(a.parentInterface))
        c.fail(object, QStringLiteral("'%1' is not an interface name").arg(a.parentInterface));
    c.range(object, "VLAN", a.vlan, 1, 4094);
    const QString port = a.parentInterface + QLatin1Char('.') + QString::number(a.vlan);
    if (vlansInUse.contains(port))
        c.fail(object, QStringLiteral("VLAN %1 on %2 is used twice").arg(a.vlan).arg(a.parentInterface));
    vlansInUse.insert(port);
    c.range(object, "prefix length", a.prefixLength, 8, 31);
    c.ipv4(object, "PE address", a.peAddress);
    c.ipv4(object, "CE address", a.ceAddress);
    const auto pe = NetworkText::parseIpv4(a.peAddress);
    const auto ce = NetworkText::parseIpv4(a.ceAddress);
    if (pe && ce && a.prefixLength >= 8 && a.prefixLength <= 31) {
        const std::uint32_t mask = ~0u << (32 - a.prefixLength);
        if ((*pe & mask) != (*ce & mask) || *pe == *ce)
            c.fail(object, QStringLiteral("PE address %1 and CE address %2 are not two addresses of one /%3")
                               .arg(a.peAddress, a.ceAddress)
                               .arg(a.prefixLength));
    }
    c.range(object, "bandwidth (kb/s)", a.bandwidthKbps, 0, 400'000'000);
    if (a.bgp.has_value() == a.staticRouting.has_value())
        c.fail(object, QStringLiteral("needs exactly one of eBGP and static routing"));
    if (a.bgp) {
        c.range(object, "peer AS", a.bgp->peerAs, 1, 0xffffffffLL);
        c.range(object, "allowas-in count", a.bgp->allowAsIn, 0, 10);
        c.range(object, "maximum prefixes", a.bgp->maxPrefix, 0, 10'000'000);
        c.range(object, "local preference", a.bgp->localPreference, 0, 0x7fffffff);
        if (!a.bgp->siteOfOrigin.isEmpty())
            c.routeTargets(object, "site of origin", {a.bgp->siteOfOrigin});
        c.prefixes(object, "LAN prefix", a.bgp->lanPrefixes);
    }
    if (a.staticRouting) {
        c.prefixes(object, "LAN prefix", a.staticRouting->lanPrefixes);
        if (d.role == DeviceRole::Pe && a.staticRouting->lanPrefixes.isEmpty())
            c.fail(object, QStringLiteral("static routing without LAN prefixes"));
    }
    checkQos(c, object, a.qos);
}

} // namespace

bool DeviceDesignCheck::isInterfaceName(QStringView text)
{
    if (text.isEmpty() || text.size() > 64 || !text.front().isLetterOrNumber())
        return false;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                        u == u'/' || u == u'.' || u == u'_' || u == u':' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

Status DeviceDesignCheck::check(const DeviceDesign &d, int maxVrfNameLength)
{
    Checker c(d.name);
    c.identifier(QString(), "device name", d.name);
    c.ipv4(QString(), "loopback", d.loopback);
    c.range(QString(), "provider AS", d.providerAs, 1, 0xffffffffLL);
    if (d.role == DeviceRole::Pe) {
        if (d.localAs != d.providerAs)
            c.fail(QString(), QStringLiteral("a PE's own AS %1 differs from the provider AS %2")
                                  .arg(d.localAs)
                                  .arg(d.providerAs));
        c.identifier(QString(), "customer id", d.customerId);
        if (!d.lanInterfaces.isEmpty())
            c.fail(QString(), QStringLiteral("a PE has no LAN interfaces"));
    } else if (!d.coreNeighbors.isEmpty()) {
        c.fail(QString(), QStringLiteral("a CE has no core iBGP neighbors"));
    }

    QSet<QString> vrfNames;
    QSet<QString> policyNames;
    QSet<std::uint32_t> serviceIds;
    for (const VrfDefinition &v : d.vrfs) {
        const QString object = QStringLiteral("VRF ") + v.name;
        c.identifier(QString(), "VRF name", v.name, std::min(maxVrfNameLength, Identifier::maxLength));
        if (vrfNames.contains(v.name))
            c.fail(object, QStringLiteral("the VRF is defined twice"));
        vrfNames.insert(v.name);
        if (d.role == DeviceRole::Pe || !v.routeDistinguisher.isEmpty())
            c.routeTargets(object, "route distinguisher", {v.routeDistinguisher});
        c.routeTargets(object, "import route target", v.importRouteTargets);
        c.routeTargets(object, "export route target", v.exportRouteTargets);
        c.range(object, "maximum routes", v.maxRoutes, 0, 10'000'000);
        if (d.role == DeviceRole::Pe) {
            if (v.importRouteTargets.isEmpty() || v.exportRouteTargets.isEmpty())
                c.fail(object, QStringLiteral("a PE VRF needs import and export route targets"));
            c.range(object, "service id", v.serviceId, 1, 2147483647);
            if (serviceIds.contains(v.serviceId))
                c.fail(object, QStringLiteral("service id %1 is used by another VRF").arg(v.serviceId));
            serviceIds.insert(v.serviceId);
        }
        if (!v.loopback.isEmpty()) {
            if (d.role != DeviceRole::Pe)
                c.fail(object, QStringLiteral("a CE VRF has no loopback"));
            c.ipv4(object, "loopback", v.loopback);
            if (v.loopback == d.loopback)
                c.fail(object, QStringLiteral("loopback %1 is the device's own loopback").arg(v.loopback));
        }
        checkPolicy(c, object, "import", v.importPolicy, policyNames);
        checkPolicy(c, object, "export", v.exportPolicy, policyNames);
    }

    QSet<QString> attachmentNames;
    QSet<QString> vlansInUse;
    for (const Attachment &a : d.attachments) {
        c.identifier(QString(), "attachment name", a.name);
        if (attachmentNames.contains(a.name))
            c.fail(QStringLiteral("attachment ") + a.name, QStringLiteral("the name is used twice"));
        attachmentNames.insert(a.name);
        checkAttachment(c, d, a, vlansInUse);
        if (c.failed())
            return c.status();
    }

    QSet<QString> neighbors;
    for (const CoreNeighbor &n : d.coreNeighbors) {
        c.identifier(QStringLiteral("core neighbor ") + n.address, "neighbor name", n.name);
        c.ipv4(QStringLiteral("core neighbor ") + n.name, "address", n.address);
        if (n.address == d.loopback || neighbors.contains(n.address))
            c.fail(QStringLiteral("core neighbor ") + n.name,
                   QStringLiteral("address %1 is the device's own or another neighbor's").arg(n.address));
        neighbors.insert(n.address);
    }

    for (const LanInterface &l : d.lanInterfaces) {
        const QString object = QStringLiteral("LAN interface ") + l.name;
        if (!isInterfaceName(l.name))
            c.fail(object, QStringLiteral("'%1' is not an interface name").arg(l.name));
        c.range(object, "VLAN", l.vlan, 0, 4094);
        const QString port = l.name + QLatin1Char('.') + QString::number(l.vlan);
        if (vlansInUse.contains(port))
            c.fail(object, QStringLiteral("VLAN %1 is used twice").arg(l.vlan));
        vlansInUse.insert(port);
        if (!l.vrf.isEmpty() && !d.findVrf(l.vrf))
            c.fail(object, QStringLiteral("VRF '%1' is not defined on the device").arg(l.vrf));
        c.ipv4(object, "address", l.address);
        c.range(object, "prefix length", l.prefixLength, 1, 32);
    }
    return c.status();
}

} // namespace vpnwb
