#pragma once

#include "importeddesign.h"
#include "jsonfieldreader.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

namespace vpnwb {

// Reads an L3NM (RFC 9182) configuration into a network design and the pool
// values it holds. Used through L3nmCodec::decode.
class L3nmDecoder
{
public:
    explicit L3nmDecoder(QString source) : m_source(std::move(source)) {}

    Result<ImportedDesign> decode(const QByteArray &bytes);

private:
    struct Profile
    {
        VrfRole role = VrfRole::AnyToAny;
        std::optional<RouteValue> rd;
        QList<RouteValue> imports;
        QList<RouteValue> exports;
        QString importPolicy;
        QString exportPolicy;
        int maxRoutes = 0;
    };

    void decodeService(JsonFieldReader &service);
    // One vpn-instance-profile (service or node level) over `base`.
    Profile decodeProfile(JsonFieldReader &r, Profile base);
    void decodeNode(JsonFieldReader &node, VpnDesign &vpn, const QHash<QString, Profile> &profiles);
    void decodeAccess(JsonFieldReader &access, const VpnDesign &vpn, const QString &pe,
                      const QHash<QString, VrfInstance *> &vrfs);
    std::optional<RouteValue> routeValue(JsonFieldReader &r, const char *key);
    // Keeps `a` unless its value is held already in the file (the validator then reports the reuse).
    void reserve(ResourceAllocation a);

    QString m_source;
    QString m_error;
    ImportedDesign m_out;
    QSet<QString> m_values;              // "kind scope value" reserved so far
    QSet<std::uint32_t> m_addresses;     // addresses reserved so far
    QSet<QString> m_unkeptRouting;       // routing protocol types not kept
    int m_qosAccesses = 0;
};

} // namespace vpnwb
