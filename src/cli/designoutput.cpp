#include "designoutput.h"

#include "engagementcommands.h"
#include "ipv4prefix.h"
#include "qosmodel.h"

#include <QJsonArray>

namespace vpnwb {
namespace {

QString targets(const QList<RouteValue> &list)
{
    QStringList out;
    for (const RouteValue &rt : list)
        out << rt.toString();
    return out.join(QLatin1Char(' '));
}

QJsonArray targetsJson(const QList<RouteValue> &list)
{
    QJsonArray out;
    for (const RouteValue &rt : list)
        out.append(rt.toString());
    return out;
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString address(std::uint32_t a)
{
    return a == 0 ? QString() : Ipv4Prefix::addressToString(a);
}

QString optionalAddress(const std::optional<std::uint32_t> &a)
{
    return a ? Ipv4Prefix::addressToString(*a) : QString();
}

QString rate(std::int64_t kbps)
{
    if (kbps <= 0)
        return QString();
    if (kbps % 1'000'000 == 0)
        return QStringLiteral("%1G").arg(kbps / 1'000'000);
    if (kbps % 1000 == 0)
        return QStringLiteral("%1M").arg(kbps / 1000);
    return QStringLiteral("%1k").arg(kbps);
}

QString routingText(const SiteAttachment &a)
{
    if (a.routing == CeRouting::Static)
        return QStringLiteral("static");
    QStringList parts{QStringLiteral("bgp AS%1").arg(a.customerAs)};
    if (a.asOverride)
        parts << QStringLiteral("as-override");
    if (a.allowAsIn)
        parts << QStringLiteral("allowas-in");
    if (a.siteOfOrigin)
        parts << QStringLiteral("soo %1").arg(a.siteOfOrigin->toString());
    return parts.join(QLatin1Char(' '));
}

} // namespace

void DesignOutput::printFindings(QTextStream &out, const QList<DesignFinding> &findings)
{
    if (findings.isEmpty()) {
        out << "No findings.\n";
        return;
    }
    for (const DesignFinding &f : findings) {
        out << QStringLiteral("%1 [%2] %3: %4\n").arg(toString(f.severity), f.rule, f.objectId, f.message);
        if (!f.hint.isEmpty())
            out << "    hint: " << f.hint << '\n';
    }
}

void DesignOutput::printBlocking(QTextStream &err, const QString &engagementName, const QList<DesignFinding> &blocking)
{
    err << "vpnwb: the design of '" << engagementName << "' has " << blocking.size() << " blocking finding(s):\n";
    for (const DesignFinding &f : blocking)
        err << "  [" << f.rule << "] " << f.toString() << '\n';
    err.flush();
}

void DesignOutput::printDesign(QTextStream &out, const DesignRun &run)
{
    const NetworkDesign &d = run.design;
    out << QStringLiteral("Design of '%1' (engagement %2): provider AS%3, RD type %4, /%5 links.\n")
               .arg(d.engagementName)
               .arg(d.engagementId)
               .arg(d.providerAs)
               .arg(run.settings.rdType)
               .arg(run.settings.linkPrefixLength);
    out << (run.allocated ? QStringLiteral("Allocated %1, released %2; %3 values held.\n")
                                .arg(run.added)
                                .arg(run.released)
                                .arg(run.held)
                          : QStringLiteral("Nothing was allocated or released; %1 values held.\n").arg(run.held));

    out << "\nVRFs\n";
    QList<QStringList> rows{{QStringLiteral("VRF"), QStringLiteral("ROLE"), QStringLiteral("RD"),
                             QStringLiteral("IMPORT"), QStringLiteral("EXPORT"), QStringLiteral("LOOPBACK"),
                             QStringLiteral("MAX-ROUTES")}};
    for (const VrfInstance &v : d.vrfs)
        rows.append({v.id(), toString(v.role), orDash(v.rd ? v.rd->toString() : QString()),
                     orDash(targets(v.importTargets)), orDash(targets(v.exportTargets)),
                     orDash(optionalAddress(v.loopback)), QString::number(v.maxRoutes)});
    printTable(out, rows);

    out << "\nAccess circuits\n";
    rows = {{QStringLiteral("CIRCUIT"), QStringLiteral("PE"), QStringLiteral("PORT"), QStringLiteral("PORT-SPEED"),
             QStringLiteral("ACCESS"), QStringLiteral("SHAPED"), QStringLiteral("CPE")}};
    for (const AccessCircuit &c : d.circuits) {
        const DesignSite *s = d.findSite(c.siteId);
        rows.append({c.id() + (c.offNet ? QStringLiteral(" (partner)") : QString()), c.pe, orDash(c.port),
                     orDash(rate(c.portSpeedMbps * 1000)), rate(c.accessKbps),
                     c.isSubRate() && !c.port.isEmpty() ? QStringLiteral("yes") : QStringLiteral("no"),
                     orDash(s ? optionalAddress(s->cpeAddress) : QString())});
    }
    printTable(out, rows);

    out << "\nAttachments\n";
    rows = {{QStringLiteral("ATTACHMENT"), QStringLiteral("VRF"), QStringLiteral("SUB-INTERFACE"),
             QStringLiteral("LINK"), QStringLiteral("PE"), QStringLiteral("CE"), QStringLiteral("ROUTING"),
             QStringLiteral("MAX-PREFIX"), QStringLiteral("LOCAL-PREF")}};
    for (const SiteAttachment &a : d.attachments)
        rows.append({a.id(), a.vrfName, orDash(a.subInterface), orDash(a.link ? a.link->toString() : QString()),
                     orDash(address(a.peAddress)), orDash(address(a.ceAddress)), routingText(a),
                     a.routing == CeRouting::Bgp ? QString::number(a.maxPrefix) : QStringLiteral("-"),
                     QString::number(a.localPreference)});
    printTable(out, rows);

    if (!d.qos.isEmpty()) {
        const QosModel &model = QosModel::of(d.qos.constFirst().model);
        out << "\nQoS (" << toString(model.kind()) << " model, % of the access rate)\n";
        QStringList head{QStringLiteral("SITE")};
        for (const ServiceClass &c : model.classes())
            head << c.id.toUpper();
        head << QStringLiteral("SHAPER") << QStringLiteral("EF-POLICER");
        rows = {head};
        for (const SiteQos &q : d.qos) {
            QStringList row{q.siteId};
            for (const ServiceClass &c : model.classes())
                row << QString::number(q.percentOf(c.id));
            row << orDash(rate(q.shaperKbps())) << orDash(rate(q.classKbps(QStringLiteral("ef"))));
            rows.append(row);
        }
        printTable(out, rows);
    }

    out << "\nRouting policies\n";
    rows = {{QStringLiteral("POLICY"), QStringLiteral("TERM"), QStringLiteral("ACTION")}};
    for (const VrfPolicy &p : d.policies) {
        for (const VrfPolicy::Term &t : p.terms)
            rows.append({p.name, QString::number(t.sequence),
                         p.direction == VrfPolicy::Direction::Import
                             ? QStringLiteral("accept RT %1: %2").arg(targets(t.matchTargets), t.description)
                             : QStringLiteral("set RT %1: %2").arg(targets(t.setTargets), t.description)});
    }
    printTable(out, rows);

    out << "\nPools\n";
    rows = {{QStringLiteral("POOL"), QStringLiteral("USED"), QStringLiteral("SIZE"), QStringLiteral("%"),
             QStringLiteral("THIS-ENGAGEMENT")}};
    for (const PoolUtilisation &p : run.pools)
        rows.append({p.pool, QString::number(p.used), QString::number(p.size),
                     QString::number(p.percentUsed(), 'f', 1), QString::number(p.usedByEngagement)});
    printTable(out, rows);

    out << "\nFindings\n";
    printFindings(out, run.findings);
    const qsizetype blocking = run.blocking().size();
    out << QStringLiteral("%1 blocking finding(s), %2 warning(s).\n").arg(blocking).arg(run.findings.size() - blocking);
}

QJsonObject DesignOutput::toJson(const DesignFinding &f)
{
    return {{QLatin1String("rule"), f.rule},
            {QLatin1String("severity"), toString(f.severity)},
            {QLatin1String("object"), f.objectId},
            {QLatin1String("message"), f.message},
            {QLatin1String("hint"), f.hint}};
}

QJsonObject DesignOutput::toJson(const DesignRun &run)
{
    const NetworkDesign &d = run.design;
    QJsonArray vpns;
    for (const VpnDesign &v : d.vpns) {
        QJsonObject hubs;
        for (auto it = v.hubTargets.cbegin(); it != v.hubTargets.cend(); ++it)
            hubs[it.key()] = it->toString();
        vpns.append(QJsonObject{{QLatin1String("id"), v.id()},
                                {QLatin1String("topology"), toString(v.topology)},
                                {QLatin1String("rt"), v.anyTarget ? v.anyTarget->toString() : QString()},
                                {QLatin1String("rtHub"), v.hubTarget ? v.hubTarget->toString() : QString()},
                                {QLatin1String("rtSpoke"), v.spokeTarget ? v.spokeTarget->toString() : QString()},
                                {QLatin1String("rtHubBySite"), hubs},
                                {QLatin1String("extranetConsumers"), QJsonArray::fromStringList(v.extranetConsumers)}});
    }
    QJsonArray vrfs;
    for (const VrfInstance &v : d.vrfs)
        vrfs.append(QJsonObject{{QLatin1String("id"), v.id()},
                                {QLatin1String("vpn"), v.vpnId},
                                {QLatin1String("pe"), v.pe},
                                {QLatin1String("name"), v.name},
                                {QLatin1String("role"), toString(v.role)},
                                {QLatin1String("rd"), v.rd ? v.rd->toString() : QString()},
                                {QLatin1String("import"), targetsJson(v.importTargets)},
                                {QLatin1String("export"), targetsJson(v.exportTargets)},
                                {QLatin1String("importPolicy"), v.importPolicy},
                                {QLatin1String("exportPolicy"), v.exportPolicy},
                                {QLatin1String("loopback"), optionalAddress(v.loopback)},
                                {QLatin1String("maxRoutes"), v.maxRoutes}});
    QJsonArray sites;
    for (const DesignSite &s : d.sites)
        sites.append(QJsonObject{{QLatin1String("id"), s.id()},
                                 {QLatin1String("included"), s.isIncluded()},
                                 {QLatin1String("reason"), s.reason},
                                 {QLatin1String("soo"), s.siteOfOrigin ? s.siteOfOrigin->toString() : QString()},
                                 {QLatin1String("cpeAddress"), optionalAddress(s.cpeAddress)}});
    QJsonArray circuits;
    for (const AccessCircuit &c : d.circuits)
        circuits.append(QJsonObject{{QLatin1String("id"), c.id()},
                                    {QLatin1String("pe"), c.pe},
                                    {QLatin1String("port"), c.port},
                                    {QLatin1String("portSpeedMbps"), double(c.portSpeedMbps)},
                                    {QLatin1String("accessKbps"), double(c.accessKbps)},
                                    {QLatin1String("offNet"), c.offNet}});
    QJsonArray attachments;
    for (const SiteAttachment &a : d.attachments)
        attachments.append(QJsonObject{{QLatin1String("id"), a.id()},
                                       {QLatin1String("vrf"), a.vrfName},
                                       {QLatin1String("pe"), a.pe},
                                       {QLatin1String("port"), a.port},
                                       {QLatin1String("vlan"), a.vlan},
                                       {QLatin1String("subInterface"), a.subInterface},
                                       {QLatin1String("link"), a.link ? a.link->toString() : QString()},
                                       {QLatin1String("peAddress"), address(a.peAddress)},
                                       {QLatin1String("ceAddress"), address(a.ceAddress)},
                                       {QLatin1String("routing"), toString(a.routing)},
                                       {QLatin1String("customerAs"), double(a.customerAs)},
                                       {QLatin1String("asOverride"), a.asOverride},
                                       {QLatin1String("allowAsIn"), a.allowAsIn},
                                       {QLatin1String("soo"), a.siteOfOrigin ? a.siteOfOrigin->toString() : QString()},
                                       {QLatin1String("localPreference"), a.localPreference},
                                       {QLatin1String("maxPrefix"), a.maxPrefix},
                                       {QLatin1String("peMtu"), a.peMtu},
                                       {QLatin1String("ceMtu"), a.ceMtu}});
    QJsonArray qos;
    for (const SiteQos &q : d.qos) {
        QJsonObject shares;
        for (const SiteQos::Share &s : q.shares)
            shares[s.classId] = s.percent;
        qos.append(QJsonObject{{QLatin1String("id"), q.id()},
                               {QLatin1String("model"), toString(q.model)},
                               {QLatin1String("sharesPercent"), shares},
                               {QLatin1String("accessKbps"), double(q.accessKbps)},
                               {QLatin1String("shaperKbps"), double(q.shaperKbps())},
                               {QLatin1String("efPolicerKbps"), double(q.classKbps(QStringLiteral("ef")))}});
    }
    QJsonArray policies;
    for (const VrfPolicy &p : d.policies) {
        QJsonArray terms;
        for (const VrfPolicy::Term &t : p.terms)
            terms.append(QJsonObject{{QLatin1String("sequence"), t.sequence},
                                     {QLatin1String("description"), t.description},
                                     {QLatin1String("matchTargets"), targetsJson(t.matchTargets)},
                                     {QLatin1String("setTargets"), targetsJson(t.setTargets)}});
        policies.append(QJsonObject{
            {QLatin1String("name"), p.name},
            {QLatin1String("vpn"), p.vpnId},
            {QLatin1String("direction"),
             p.direction == VrfPolicy::Direction::Import ? QStringLiteral("import") : QStringLiteral("export")},
            {QLatin1String("terms"), terms}});
    }
    QJsonArray pools;
    for (const PoolUtilisation &p : run.pools)
        pools.append(QJsonObject{{QLatin1String("pool"), p.pool},
                                 {QLatin1String("size"), double(p.size)},
                                 {QLatin1String("used"), double(p.used)},
                                 {QLatin1String("usedByEngagement"), double(p.usedByEngagement)}});
    QJsonArray findings;
    for (const DesignFinding &f : run.findings)
        findings.append(toJson(f));
    return {{QLatin1String("engagement"), d.engagementName},
            {QLatin1String("id"), double(d.engagementId)},
            {QLatin1String("providerAs"), double(d.providerAs)},
            {QLatin1String("allocated"), run.allocated},
            {QLatin1String("added"), double(run.added)},
            {QLatin1String("released"), double(run.released)},
            {QLatin1String("held"), double(run.held)},
            {QLatin1String("vpns"), vpns},
            {QLatin1String("vrfs"), vrfs},
            {QLatin1String("sites"), sites},
            {QLatin1String("circuits"), circuits},
            {QLatin1String("attachments"), attachments},
            {QLatin1String("qos"), qos},
            {QLatin1String("policies"), policies},
            {QLatin1String("pools"), pools},
            {QLatin1String("findings"), findings},
            {QLatin1String("blocking"), double(run.blocking().size())}};
}

} // namespace vpnwb
