#pragma once

#include "devicedesign.h"
#include "freetextcleaner.h"
#include "rendering.h"
#include "statementtree.h"

#include <QString>
#include <QStringList>

namespace vpnwb {

// Writes one PE's Junos configuration and removal. Statements are collected
// by path in a StatementTree and written in either style. The device has
// passed DeviceDesignCheck.
class JunosConfigWriter
{
public:
    enum class Style { Hierarchical, Set };

    explicit JunosConfigWriter(const DeviceDesign &device);

    Rendering write(Style style);

private:
    void addInterfaces();
    void addCore();
    void addAttachmentPolicies();
    void addVrf(const VrfDefinition &vrf);
    void addDesignPolicy(const RoutingPolicy &policy, const QString &exportCommunity);
    void addClassOfService();
    void addCommunity(const QString &name, const QStringList &members, const QString &prefix);
    void remove(const QStringList &path);

    const DeviceDesign &m_device;
    Rendering m_rendering;
    FreeTextCleaner m_text;
    StatementTree m_config;
    QList<QStringList> m_removals; // paths deleted by the removal
};

} // namespace vpnwb
