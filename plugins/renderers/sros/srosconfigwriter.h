#pragma once

#include "devicedesign.h"
#include "freetextcleaner.h"
#include "rendering.h"
#include "statementtree.h"

#include <QString>
#include <QStringList>

namespace vpnwb {

// Writes one PE's SR OS MD-CLI configuration and removal. The device has
// passed DeviceDesignCheck.
class SrosConfigWriter
{
public:
    explicit SrosConfigWriter(const DeviceDesign &device);

    Rendering write();

private:
    void addCore();
    void addPolicies();
    void addPolicy(const RoutingPolicy &policy, const QString &exportCommunity);
    void addQos();
    void addVprn(const VrfDefinition &vrf);
    void add(const QStringList &path) { m_config.add(QStringList{QStringLiteral("configure")} + path); }
    void remove(const QString &path) { m_removal += QLatin1String("delete ") % path % QLatin1Char('\n'); }

    const DeviceDesign &m_device;
    Rendering m_rendering;
    FreeTextCleaner m_text;
    StatementTree m_config;
    QString m_removal;
};

} // namespace vpnwb
