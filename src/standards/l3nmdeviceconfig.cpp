#include "l3nmdeviceconfig.h"

#include "l3nmvocabulary.h"
#include "rfc7951xml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vpnwb {

const QHash<QString, QStringList> &L3nmDeviceConfig::listKeys()
{
    static const QHash<QString, QStringList> keys{
        {QStringLiteral("vpn-service"), {QStringLiteral("vpn-id")}},
        {QStringLiteral("vpn-instance-profile"), {QStringLiteral("profile-id")}},
        {QStringLiteral("address-family"), {QStringLiteral("address-family")}},
        {QStringLiteral("vpn-target"), {QStringLiteral("id")}},
        {QStringLiteral("route-targets"), {QStringLiteral("route-target")}},
        {QStringLiteral("maximum-routes"), {QStringLiteral("protocol")}},
        {QStringLiteral("vpn-node"), {QStringLiteral("vpn-node-id")}},
        {QStringLiteral("router-id"), {QStringLiteral("address-family")}},
        {QStringLiteral("vpn-network-access"), {QStringLiteral("id")}},
        {QStringLiteral("address"), {QStringLiteral("address-id")}},
        {QStringLiteral("routing-protocol"), {QStringLiteral("id")}},
        {QStringLiteral("ipv4-lan-prefixes"), {QStringLiteral("lan"), QStringLiteral("next-hop")}},
        {QStringLiteral("ipv6-lan-prefixes"), {QStringLiteral("lan"), QStringLiteral("next-hop")}},
        {QStringLiteral("rule"), {QStringLiteral("id")}},
        {QStringLiteral("qos-profile"), {QStringLiteral("profile")}},
        {QStringLiteral("qos-profile-identifier"), {QStringLiteral("id")}},
        {QStringLiteral("bfd-profile-identifier"), {QStringLiteral("id")}},
        {QStringLiteral("routing-profile-identifier"), {QStringLiteral("id")}},
        {QStringLiteral("external-connectivity-identifier"), {QStringLiteral("id")}},
        {QStringLiteral("encryption-profile-identifier"), {QStringLiteral("id")}},
        {QStringLiteral("forwarding-profile-identifier"), {QStringLiteral("id")}},
    };
    return keys;
}

Result<QString> L3nmDeviceConfig::xml(const QByteArray &l3nmJson, const QString &neId)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(l3nmJson, &parseError);
    if (!doc.isObject())
        return Error::invalidInput(QStringLiteral("the L3NM document is not a JSON object: %1").arg(parseError.errorString()));
    QJsonObject root = doc.object().value(L3nmVocabulary::container()).toObject();
    QJsonObject servicesContainer = root.value(QLatin1String("vpn-services")).toObject();
    QJsonArray kept;
    for (const QJsonValue &s : servicesContainer.value(QLatin1String("vpn-service")).toArray()) {
        QJsonObject service = s.toObject();
        QJsonObject nodesContainer = service.value(QLatin1String("vpn-nodes")).toObject();
        QJsonArray nodes;
        for (const QJsonValue &n : nodesContainer.value(QLatin1String("vpn-node")).toArray()) {
            if (n.toObject().value(QLatin1String("ne-id")).toString() == neId)
                nodes.append(n);
        }
        if (nodes.isEmpty())
            continue;
        nodesContainer[QLatin1String("vpn-node")] = nodes;
        service[QLatin1String("vpn-nodes")] = nodesContainer;
        kept.append(service);
    }
    if (kept.isEmpty())
        return Error::notFound(QStringLiteral("the design's L3NM has no vpn-node for the network element '%1'").arg(neId));
    servicesContainer[QLatin1String("vpn-service")] = kept;
    root[QLatin1String("vpn-services")] = servicesContainer;
    return Rfc7951Xml::write(QJsonObject{{L3nmVocabulary::container(), root}}, listKeys());
}

} // namespace vpnwb
