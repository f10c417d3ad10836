// `vpnwb vpn`: a VPN's topology, its sites' roles and its extranet chosen
// from the command line with the desktop application's checks; a refused
// change leaves the engagement exactly as it was.

#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vpnwb::test;

namespace {

class VpnCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const ProcessResult demo = run({QStringLiteral("demo")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    ProcessResult run(QStringList args)
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    }
    QJsonObject vpn(const QString &vpnId)
    {
        const ProcessResult shown = run({QStringLiteral("--json"), QStringLiteral("vpn"), m_demo, vpnId});
        EXPECT_EQ(shown.exitCode, 0) << shown.err.toStdString();
        return QJsonDocument::fromJson(shown.out).object();
    }
    static QStringList withRole(const QJsonObject &vpn, const QString &role)
    {
        QStringList ids;
        for (const QJsonValue &m : vpn.value(QStringLiteral("members")).toArray()) {
            if (m[QStringLiteral("role")].toString() == role)
                ids.append(m[QStringLiteral("siteId")].toString());
        }
        return ids;
    }

    QTemporaryDir m_dir;
    QString m_db = m_dir.filePath(QStringLiteral("ws.vpnwb"));
    const QString m_demo = QStringLiteral("Northwind Retail — Pan-European VPN");
};

} // namespace

TEST_F(VpnCliTest, ChoosesTopologyRolesAndExtranet)
{
    const ProcessResult shown = run({QStringLiteral("vpn"), m_demo, QStringLiteral("PCI")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains("VPN PCI (Card Payments (PCI DSS)): hub-and-spoke"))
        << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains("hubs: DC-FRA, DC-AMS; spokes: 11")) << shown.out.toStdString();

    // One hub only, a warehouse joins, a store leaves.
    const ProcessResult roles =
        run({QStringLiteral("vpn"), m_demo, QStringLiteral("PCI"), QStringLiteral("--roles"),
             QStringLiteral("DC-AMS=spoke,WH-POZ01=spoke,ST-REK01=none")});
    ASSERT_EQ(roles.exitCode, 0) << roles.err.toStdString();
    QJsonObject pci = vpn(QStringLiteral("PCI"));
    EXPECT_EQ(withRole(pci, QStringLiteral("hub")), QStringList{QStringLiteral("DC-FRA")});
    EXPECT_TRUE(withRole(pci, QStringLiteral("spoke")).contains(QStringLiteral("WH-POZ01")));
    EXPECT_FALSE(withRole(pci, QStringLiteral("spoke")).contains(QStringLiteral("ST-REK01")));
    EXPECT_EQ(withRole(vpn(QStringLiteral("CORP")), QStringLiteral("hub")),
              (QStringList{QStringLiteral("DC-FRA"), QStringLiteral("DC-AMS")})); // CORP keeps its own

    const ProcessResult anyToAny =
        run({QStringLiteral("vpn"), m_demo, QStringLiteral("CORP"), QStringLiteral("--topology"),
             QStringLiteral("any-to-any"), QStringLiteral("--extranet-for"), QStringLiteral("PCI")});
    ASSERT_EQ(anyToAny.exitCode, 0) << anyToAny.err.toStdString();
    const QJsonObject corp = vpn(QStringLiteral("CORP"));
    EXPECT_EQ(corp.value(QStringLiteral("topology")).toString(), QStringLiteral("any-to-any"));
    EXPECT_EQ(withRole(corp, QStringLiteral("any")).size(), 16);
    EXPECT_EQ(corp.value(QStringLiteral("extranetConsumers")).toArray(), QJsonArray{QStringLiteral("PCI")});
}

TEST_F(VpnCliTest, RefusesAThirdHubAndChangesNothing)
{
    const QJsonObject before = vpn(QStringLiteral("PCI"));
    // The topology change would be fine, the third hub is not: neither is made.
    const ProcessResult refused = run({QStringLiteral("vpn"), m_demo, QStringLiteral("PCI"),
                                       QStringLiteral("--topology"), QStringLiteral("hub-and-spoke-disjoint"),
                                       QStringLiteral("--roles"), QStringLiteral("ST-PAR01=hub")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(
        "Site ST-PAR01 was not made a hub of VPN PCI: it has two hubs already (DC-FRA, DC-AMS)"))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains("Nothing was changed.")) << refused.err.toStdString();
    EXPECT_EQ(vpn(QStringLiteral("PCI")), before);

    const ProcessResult unknownVpn = run({QStringLiteral("vpn"), m_demo, QStringLiteral("GUEST")});
    EXPECT_EQ(unknownVpn.exitCode, 1);
    EXPECT_TRUE(unknownVpn.err.contains("has no VPN GUEST (it has: CORP, PCI)"))
        << unknownVpn.err.toStdString();
    const ProcessResult badRole = run({QStringLiteral("vpn"), m_demo, QStringLiteral("PCI"),
                                       QStringLiteral("--roles"), QStringLiteral("ST-PAR01=boss")});
    EXPECT_EQ(badRole.exitCode, 2);
    EXPECT_TRUE(badRole.err.contains("'boss' for site ST-PAR01 is not a role")) << badRole.err.toStdString();
    const ProcessResult badExtranet = run({QStringLiteral("vpn"), m_demo, QStringLiteral("PCI"),
                                           QStringLiteral("--extranet-for"), QStringLiteral("GUEST")});
    EXPECT_EQ(badExtranet.exitCode, 1);
    EXPECT_TRUE(badExtranet.err.contains("there is no VPN GUEST in this engagement"))
        << badExtranet.err.toStdString();
    EXPECT_EQ(vpn(QStringLiteral("PCI")), before);
}
