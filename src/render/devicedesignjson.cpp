#include "devicedesignjson.h"

#include "networktext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace vpnwb {
namespace {

const QString kFormat = QStringLiteral("vpnwb-device-designs");

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray numbers(const QList<int> &list)
{
    QJsonArray a;
    for (const int v : list)
        a.append(v);
    return a;
}

QJsonObject policyToJson(const RoutingPolicy &p)
{
    QJsonArray terms;
    for (const PolicyTerm &t : p.terms) {
        terms.append(QJsonObject{
            {QLatin1String("name"), t.name},
            {QLatin1String("matchRouteTargets"), strings(t.matchRouteTargets)},
            {QLatin1String("matchPrefixes"), strings(t.matchPrefixes)},
            {QLatin1String("action"), t.action == PolicyTerm::Action::Accept ? QLatin1String("accept")
                                                                              : QLatin1String("reject")},
            {QLatin1String("addRouteTargets"), strings(t.addRouteTargets)},
            {QLatin1String("localPreference"), t.localPreference},
        });
    }
    return QJsonObject{{QLatin1String("name"), p.name}, {QLatin1String("terms"), terms}};
}

QJsonObject qosToJson(const QosPolicy &q)
{
    QJsonArray classes;
    for (const QosClass &k : q.classes) {
        classes.append(QJsonObject{{QLatin1String("name"), k.name},
                                   {QLatin1String("dscp"), numbers(k.dscp)},
                                   {QLatin1String("percent"), k.percent},
                                   {QLatin1String("priority"), k.priority}});
    }
    return QJsonObject{{QLatin1String("model"), q.model},
                       {QLatin1String("classes"), classes},
                       {QLatin1String("shapingRateKbps"), static_cast<double>(q.shapingRateKbps)},
                       {QLatin1String("efPolicingKbps"), static_cast<double>(q.efPolicingKbps)}};
}

QJsonObject attachmentToJson(const Attachment &a)
{
    QJsonObject o{{QLatin1String("name"), a.name},
                  {QLatin1String("vrf"), a.vrf},
                  {QLatin1String("parentInterface"), a.parentInterface},
                  {QLatin1String("vlan"), a.vlan},
                  {QLatin1String("peAddress"), a.peAddress},
                  {QLatin1String("ceAddress"), a.ceAddress},
                  {QLatin1String("prefixLength"), a.prefixLength},
                  {QLatin1String("bandwidthKbps"), static_cast<double>(a.bandwidthKbps)},
                  {QLatin1String("siteName"), a.siteName},
                  {QLatin1String("description"), a.description}};
    if (a.bgp) {
        o.insert(QLatin1String("bgp"), QJsonObject{{QLatin1String("peerAs"), static_cast<double>(a.bgp->peerAs)},
                                                   {QLatin1String("asOverride"), a.bgp->asOverride},
                                                   {QLatin1String("allowAsIn"), a.bgp->allowAsIn},
                                                   {QLatin1String("siteOfOrigin"), a.bgp->siteOfOrigin},
                                                   {QLatin1String("maxPrefix"), a.bgp->maxPrefix},
                                                   {QLatin1String("localPreference"), a.bgp->localPreference},
                                                   {QLatin1String("lanPrefixes"), strings(a.bgp->lanPrefixes)}});
    }
    if (a.staticRouting)
        o.insert(QLatin1String("staticRouting"),
                 QJsonObject{{QLatin1String("lanPrefixes"), strings(a.staticRouting->lanPrefixes)}});
    if (!a.qos.isEmpty())
        o.insert(QLatin1String("qos"), qosToJson(a.qos));
    return o;
}

QJsonObject deviceToJson(const DeviceDesign &d)
{
    QJsonArray vrfs;
    for (const VrfDefinition &v : d.vrfs) {
        QJsonObject o{{QLatin1String("name"), v.name},
                      {QLatin1String("vpnName"), v.vpnName},
                      {QLatin1String("routeDistinguisher"), v.routeDistinguisher},
                      {QLatin1String("importRouteTargets"), strings(v.importRouteTargets)},
                      {QLatin1String("exportRouteTargets"), strings(v.exportRouteTargets)},
                      {QLatin1String("maxRoutes"), v.maxRoutes},
                      {QLatin1String("serviceId"), static_cast<double>(v.serviceId)}};
        if (!v.loopback.isEmpty())
            o.insert(QLatin1String("loopback"), v.loopback);
        if (!v.importPolicy.isEmpty())
            o.insert(QLatin1String("importPolicy"), policyToJson(v.importPolicy));
        if (!v.exportPolicy.isEmpty())
            o.insert(QLatin1String("exportPolicy"), policyToJson(v.exportPolicy));
        vrfs.append(o);
    }
    QJsonArray attachments;
    for (const Attachment &a : d.attachments)
        attachments.append(attachmentToJson(a));
    QJsonArray core;
    for (const CoreNeighbor &n : d.coreNeighbors)
        core.append(QJsonObject{{QLatin1String("name"), n.name}, {QLatin1String("address"), n.address}});
    QJsonArray lans;
    for (const LanInterface &l : d.lanInterfaces) {
        lans.append(QJsonObject{{QLatin1String("name"), l.name},
                                {QLatin1String("vlan"), l.vlan},
                                {QLatin1String("vrf"), l.vrf},
                                {QLatin1String("address"), l.address},
                                {QLatin1String("prefixLength"), l.prefixLength},
                                {QLatin1String("description"), l.description}});
    }
    return QJsonObject{{QLatin1String("name"), d.name},
                       {QLatin1String("vendor"), d.vendor},
                       {QLatin1String("role"), toString(d.role)},
                       {QLatin1String("loopback"), d.loopback},
                       {QLatin1String("providerAs"), static_cast<double>(d.providerAs)},
                       {QLatin1String("localAs"), static_cast<double>(d.localAs)},
                       {QLatin1String("customerName"), d.customerName},
                       {QLatin1String("customerId"), d.customerId},
                       {QLatin1String("vrfs"), vrfs},
                       {QLatin1String("attachments"), attachments},
                       {QLatin1String("coreNeighbors"), core},
                       {QLatin1String("lanInterfaces"), lans}};
}

// Reads the fields of one JSON object; the first problem wins and names its path.
class Reader
{
public:
    Reader(QJsonObject object, QString path, QString &error)
        : m_object(std::move(object)), m_path(std::move(path)), m_error(error)
    {}

    QString path(const QString &key) const { return m_path + QLatin1Char('.') + key; }
    bool has(const QString &key) const { return m_object.contains(key); }

    QString text(const QString &key, bool required = true)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString())
            fail(key, QStringLiteral("must be a string"));
        return v.toString();
    }
    qint64 integer(const QString &key, qint64 min, qint64 max, bool required = true)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && !required)
            return 0;
        // Range first: casting a double outside qint64 to an integer is undefined.
        const double d = v.toDouble();
        if (!v.isDouble() || d < static_cast<double>(min) || d > static_cast<double>(max) || d != std::trunc(d)) {
            fail(key, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
            return 0;
        }
        return static_cast<qint64>(d);
    }
    bool flag(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            fail(key, QStringLiteral("must be true or false"));
        return v.toBool();
    }
    // An IPv4 address "a.b.c.d"; absent or empty when not required.
    QString ipv4(const QString &key, bool required = true)
    {
        const QString value = text(key, required);
        if (!value.isEmpty() || required) {
            if (!NetworkText::parseIpv4(value))
                fail(key, QStringLiteral("must be an IPv4 address a.b.c.d"));
        }
        return value;
    }
    QStringList textList(const QString &key)
    {
        QStringList out;
        const QJsonArray a = array(key);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a[i].isString())
                failAt(path(key) + QStringLiteral("[%1]").arg(i), QStringLiteral("must be a string"));
            out.append(a[i].toString());
        }
        return out;
    }
    QJsonArray array(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            fail(key, QStringLiteral("must be an array"));
        return v.toArray();
    }
    // The objects of an array, each with its path.
    QList<std::pair<QJsonObject, QString>> objects(const QString &key)
    {
        QList<std::pair<QJsonObject, QString>> out;
        const QJsonArray a = array(key);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = path(key) + QStringLiteral("[%1]").arg(i);
            if (!a[i].isObject())
                failAt(p, QStringLiteral("must be an object"));
            out.append({a[i].toObject(), p});
        }
        return out;
    }
    QJsonObject object(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isObject())
            fail(key, QStringLiteral("must be an object"));
        return v.toObject();
    }
    void fail(const QString &key, const QString &message) { failAt(path(key), message); }
    void failAt(const QString &where, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = where + QStringLiteral(": ") + message;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString &m_error;
};

RoutingPolicy policyFromJson(const QJsonObject &o, const QString &path, QString &error)
{
    Reader r(o, path, error);
    RoutingPolicy p;
    p.name = r.text(QStringLiteral("name"));
    for (const auto &[to, tpath] : r.objects(QStringLiteral("terms"))) {
        Reader t(to, tpath, error);
        PolicyTerm term;
        term.name = t.text(QStringLiteral("name"));
        term.matchRouteTargets = t.textList(QStringLiteral("matchRouteTargets"));
        term.matchPrefixes = t.textList(QStringLiteral("matchPrefixes"));
        const QString action = t.text(QStringLiteral("action"));
        if (action == QLatin1String("reject"))
            term.action = PolicyTerm::Action::Reject;
        else if (action != QLatin1String("accept"))
            t.fail(QStringLiteral("action"), QStringLiteral("must be accept or reject"));
        term.addRouteTargets = t.textList(QStringLiteral("addRouteTargets"));
        term.localPreference = static_cast<int>(t.integer(QStringLiteral("localPreference"), 0, 0x7fffffff, false));
        p.terms.append(term);
    }
    return p;
}

Attachment attachmentFromJson(const QJsonObject &o, const QString &path, QString &error)
{
    Reader r(o, path, error);
    Attachment a;
    a.name = r.text(QStringLiteral("name"));
    a.vrf = r.text(QStringLiteral("vrf"), false);
    a.parentInterface = r.text(QStringLiteral("parentInterface"));
    a.vlan = static_cast<int>(r.integer(QStringLiteral("vlan"), 1, 4094));
    a.peAddress = r.text(QStringLiteral("peAddress"));
    a.ceAddress = r.text(QStringLiteral("ceAddress"));
    a.prefixLength = static_cast<int>(r.integer(QStringLiteral("prefixLength"), 8, 31));
    a.bandwidthKbps = r.integer(QStringLiteral("bandwidthKbps"), 0, 400'000'000, false);
    a.siteName = r.text(QStringLiteral("siteName"), false);
    a.description = r.text(QStringLiteral("description"), false);
    if (r.has(QStringLiteral("bgp"))) {
        Reader b(r.object(QStringLiteral("bgp")), r.path(QStringLiteral("bgp")), error);
        EbgpPeering bgp;
        bgp.peerAs = static_cast<std::uint32_t>(b.integer(QStringLiteral("peerAs"), 1, 0xffffffffLL));
        bgp.asOverride = b.flag(QStringLiteral("asOverride"));
        bgp.allowAsIn = static_cast<int>(b.integer(QStringLiteral("allowAsIn"), 0, 10, false));
        bgp.siteOfOrigin = b.text(QStringLiteral("siteOfOrigin"), false);
        bgp.maxPrefix = static_cast<int>(b.integer(QStringLiteral("maxPrefix"), 0, 10'000'000, false));
        bgp.localPreference = static_cast<int>(b.integer(QStringLiteral("localPreference"), 0, 0x7fffffff, false));
        bgp.lanPrefixes = b.textList(QStringLiteral("lanPrefixes"));
        a.bgp = bgp;
    }
    if (r.has(QStringLiteral("staticRouting"))) {
        Reader s(r.object(QStringLiteral("staticRouting")), r.path(QStringLiteral("staticRouting")), error);
        a.staticRouting = StaticRouting{s.textList(QStringLiteral("lanPrefixes"))};
    }
    if (r.has(QStringLiteral("qos"))) {
        Reader q(r.object(QStringLiteral("qos")), r.path(QStringLiteral("qos")), error);
        a.qos.model = q.text(QStringLiteral("model"));
        a.qos.shapingRateKbps = q.integer(QStringLiteral("shapingRateKbps"), 0, 400'000'000, false);
        a.qos.efPolicingKbps = q.integer(QStringLiteral("efPolicingKbps"), 0, 400'000'000, false);
        for (const auto &[ko, kpath] : q.objects(QStringLiteral("classes"))) {
            Reader k(ko, kpath, error);
            QosClass c;
            c.name = k.text(QStringLiteral("name"));
            const QJsonArray dscp = k.array(QStringLiteral("dscp"));
            for (qsizetype i = 0; i < dscp.size(); ++i) {
                const double d = dscp[i].toDouble();
                if (!dscp[i].isDouble() || d < 0 || d > 63 || d != std::trunc(d))
                    k.failAt(k.path(QStringLiteral("dscp")) + QStringLiteral("[%1]").arg(i),
                             QStringLiteral("must be a whole number from 0 to 63"));
                else
                    c.dscp.append(static_cast<int>(d));
            }
            c.percent = static_cast<int>(k.integer(QStringLiteral("percent"), 1, 100));
            c.priority = k.flag(QStringLiteral("priority"));
            a.qos.classes.append(c);
        }
    }
    return a;
}

DeviceDesign deviceFromJson(const QJsonObject &o, const QString &path, QString &error)
{
    Reader r(o, path, error);
    DeviceDesign d;
    d.name = r.text(QStringLiteral("name"));
    d.vendor = r.text(QStringLiteral("vendor"));
    const auto role = deviceRoleFromString(r.text(QStringLiteral("role")));
    if (!role)
        r.fail(QStringLiteral("role"), QStringLiteral("must be pe or ce"));
    d.role = role.value_or(DeviceRole::Pe);
    d.loopback = r.text(QStringLiteral("loopback"));
    d.providerAs = static_cast<std::uint32_t>(r.integer(QStringLiteral("providerAs"), 1, 0xffffffffLL));
    d.localAs = static_cast<std::uint32_t>(r.integer(QStringLiteral("localAs"), 0, 0xffffffffLL, false));
    d.customerName = r.text(QStringLiteral("customerName"), false);
    d.customerId = r.text(QStringLiteral("customerId"), false);
    for (const auto &[vo, vpath] : r.objects(QStringLiteral("vrfs"))) {
        Reader v(vo, vpath, error);
        VrfDefinition vrf;
        vrf.name = v.text(QStringLiteral("name"));
        vrf.vpnName = v.text(QStringLiteral("vpnName"), false);
        vrf.routeDistinguisher = v.text(QStringLiteral("routeDistinguisher"), false);
        vrf.importRouteTargets = v.textList(QStringLiteral("importRouteTargets"));
        vrf.exportRouteTargets = v.textList(QStringLiteral("exportRouteTargets"));
        vrf.maxRoutes = static_cast<int>(v.integer(QStringLiteral("maxRoutes"), 0, 10'000'000, false));
        vrf.serviceId = static_cast<std::uint32_t>(v.integer(QStringLiteral("serviceId"), 0, 2147483647, false));
        vrf.loopback = v.ipv4(QStringLiteral("loopback"), false);
        if (v.has(QStringLiteral("importPolicy")))
            vrf.importPolicy = policyFromJson(v.object(QStringLiteral("importPolicy")),
                                              v.path(QStringLiteral("importPolicy")), error);
        if (v.has(QStringLiteral("exportPolicy")))
            vrf.exportPolicy = policyFromJson(v.object(QStringLiteral("exportPolicy")),
                                              v.path(QStringLiteral("exportPolicy")), error);
        d.vrfs.append(vrf);
    }
    for (const auto &[ao, apath] : r.objects(QStringLiteral("attachments")))
        d.attachments.append(attachmentFromJson(ao, apath, error));
    for (const auto &[no, npath] : r.objects(QStringLiteral("coreNeighbors"))) {
        Reader n(no, npath, error);
        d.coreNeighbors.append({n.text(QStringLiteral("name")), n.text(QStringLiteral("address"))});
    }
    for (const auto &[lo, lpath] : r.objects(QStringLiteral("lanInterfaces"))) {
        Reader l(lo, lpath, error);
        LanInterface lan;
        lan.name = l.text(QStringLiteral("name"));
        lan.vlan = static_cast<int>(l.integer(QStringLiteral("vlan"), 0, 4094, false));
        lan.vrf = l.text(QStringLiteral("vrf"), false);
        lan.address = l.text(QStringLiteral("address"));
        lan.prefixLength = static_cast<int>(l.integer(QStringLiteral("prefixLength"), 1, 32));
        lan.description = l.text(QStringLiteral("description"), false);
        d.lanInterfaces.append(lan);
    }
    return d;
}

} // namespace

QByteArray DeviceDesignJson::toBytes(const QList<DeviceDesign> &devices)
{
    QJsonArray array;
    for (const DeviceDesign &d : devices)
        array.append(deviceToJson(d));
    const QJsonObject root{{QLatin1String("format"), kFormat},
                           {QLatin1String("version"), formatVersion},
                           {QLatin1String("devices"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QList<DeviceDesign>> DeviceDesignJson::fromBytes(const QByteArray &bytes, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalidInput(QStringLiteral("%1: not JSON at byte %2: %3")
                                       .arg(source)
                                       .arg(parseError.offset)
                                       .arg(parseError.errorString()));
    if (!doc.isObject() || doc.object().value(QLatin1String("format")).toString() != kFormat)
        return Error::incompatible(QStringLiteral("%1: not a %2 file").arg(source, kFormat));
    if (doc.object().value(QLatin1String("version")).toInt() != formatVersion)
        return Error::incompatible(QStringLiteral("%1: version %2 of %3; this workbench reads version %4")
                                       .arg(source)
                                       .arg(doc.object().value(QLatin1String("version")).toInt())
                                       .arg(kFormat)
                                       .arg(formatVersion));
    QString error;
    Reader root(doc.object(), QStringLiteral("$"), error);
    QList<DeviceDesign> devices;
    for (const auto &[o, path] : root.objects(QStringLiteral("devices")))
        devices.append(deviceFromJson(o, path, error));
    if (!error.isEmpty())
        return Error::invalidInput(source + QStringLiteral(": ") + error);
    return devices;
}

} // namespace vpnwb
