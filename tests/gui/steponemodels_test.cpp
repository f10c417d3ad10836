// Step 1's tables over the demo engagement: the topology of each VPN and each
// site's role per VPN chosen in place and undone, extranets, VPNs added and
// removed; the serviceability results filtered by verdict and by text.

#include "canvasfixture.h"
#include "itemroles.h"
#include "serviceabilityfiltermodel.h"
#include "serviceabilitytablemodel.h"
#include "vpnmembershipmodel.h"
#include "vpntablemodel.h"

#include <QAbstractItemModelTester>

using namespace vpnwb;
using vpnwb::test::CanvasFixture;

namespace {

class VpnModelsTest : public CanvasFixture
{
protected:
    int vpnRow(const VpnTableModel &m, const QString &vpnId) const
    {
        for (int r = 0; r < m.rowCount(); ++r) {
            if (m.index(r, 0).data(VpnTableModel::VpnIdRole).toString() == vpnId)
                return r;
        }
        return -1;
    }
    // The VPN as stored (a copy).
    VpnService storedVpn(const Engagement &e, const QString &vpnId) const
    {
        const VpnService *v = e.findVpn(vpnId);
        EXPECT_NE(v, nullptr) << vpnId.toStdString();
        return v ? *v : VpnService{};
    }
    static QStringList hubs(const VpnService &v)
    {
        QStringList out;
        for (const VpnMember &m : v.members) {
            if (m.role == SiteRole::Hub)
                out.append(m.siteId);
        }
        return out;
    }
};

using ServiceabilityModelsTest = CanvasFixture;

} // namespace

TEST_F(VpnModelsTest, TopologyIsChosenPerVpnSavedShownAndUndone)
{
    VpnTableModel model(*m_doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 2);
    const int pci = vpnRow(model, QStringLiteral("PCI"));
    ASSERT_GE(pci, 0);
    const QModelIndex topology = model.index(pci, VpnTableModel::TopologyColumn);
    EXPECT_EQ(topology.data().toString(), QStringLiteral("Hub-and-spoke"));
    EXPECT_EQ(model.index(pci, VpnTableModel::HubsColumn).data().toString(),
              QStringLiteral("DC-FRA, DC-AMS"));
    // The editor offers the three topologies.
    EXPECT_EQ(topology.data(ItemRoles::Choices).toList().size(), 3);
    EXPECT_EQ(m_scene->item(QStringLiteral("vpn:PCI")), nullptr);

    ASSERT_TRUE(model.setData(topology, QStringLiteral("any-to-any")));
    settle();
    const VpnService changed = storedVpn(stored(), QStringLiteral("PCI"));
    EXPECT_EQ(changed.topology, VpnTopology::AnyToAny);
    for (const VpnMember &m : changed.members)
        EXPECT_EQ(m.role, SiteRole::AnyToAny) << m.siteId.toStdString();
    EXPECT_EQ(storedVpn(stored(), QStringLiteral("CORP")).topology,
              VpnTopology::HubAndSpoke); // the other VPN keeps its own
    EXPECT_EQ(topology.data().toString(), QStringLiteral("Any-to-any"));
    EXPECT_NE(m_scene->item(QStringLiteral("vpn:PCI")), nullptr); // now drawn as a cloud

    // Back to hub-and-spoke (disjoint): the hub sites become the hubs again.
    ASSERT_TRUE(model.setData(topology, QStringLiteral("hub-and-spoke-disjoint")));
    EXPECT_EQ(hubs(storedVpn(stored(), QStringLiteral("PCI"))),
              (QStringList{QStringLiteral("DC-FRA"), QStringLiteral("DC-AMS")}));

    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    settle();
    const VpnService restored = storedVpn(stored(), QStringLiteral("PCI"));
    EXPECT_EQ(restored.topology, VpnTopology::HubAndSpoke);
    EXPECT_EQ(hubs(restored), (QStringList{QStringLiteral("DC-FRA"), QStringLiteral("DC-AMS")}));
    EXPECT_EQ(m_scene->item(QStringLiteral("vpn:PCI")), nullptr);

    EXPECT_FALSE(model.setData(topology, QStringLiteral("star")));
    EXPECT_TRUE(lastError().contains(QStringLiteral("PCI"))) << lastError().toStdString();
    EXPECT_TRUE(lastError().contains(QStringLiteral("hub-and-spoke-disjoint"))) << lastError().toStdString();
}

TEST_F(VpnModelsTest, RolesArePerVpnAndAVpnHasAtMostTwoHubs)
{
    VpnMembershipModel model(*m_doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 16);
    EXPECT_EQ(model.columnCount(), 3); // the site, CORP, PCI
    const QString par = QStringLiteral("ST-PAR01");
    const QModelIndex parInPci = model.indexOf(par, QStringLiteral("PCI"));
    EXPECT_EQ(parInPci.data().toString(), QStringLiteral("Spoke"));
    EXPECT_EQ(model.indexOf(QStringLiteral("WH-POZ01"), QStringLiteral("PCI")).data().toString(),
              QStringLiteral("—")); // not a member

    // PCI has its two hubs: a third is refused, with the hubs named, and nothing changes.
    const Engagement before = stored();
    EXPECT_FALSE(model.setData(parInPci, QStringLiteral("hub")));
    EXPECT_TRUE(lastError().contains(QStringLiteral("DC-FRA, DC-AMS"))) << lastError().toStdString();
    EXPECT_EQ(stored().vpns, before.vpns);
    EXPECT_EQ(m_doc->undoStack()->count(), 0);

    // Make room, then ST-PAR01 becomes a hub of PCI only.
    ASSERT_TRUE(model.setData(model.indexOf(QStringLiteral("DC-AMS"), QStringLiteral("PCI")),
                              QStringLiteral("spoke")));
    ASSERT_TRUE(model.setData(parInPci, QStringLiteral("hub")));
    settle();
    EXPECT_EQ(hubs(storedVpn(stored(), QStringLiteral("PCI"))), (QStringList{QStringLiteral("DC-FRA"), par}));
    EXPECT_EQ(hubs(storedVpn(stored(), QStringLiteral("CORP"))),
              (QStringList{QStringLiteral("DC-FRA"), QStringLiteral("DC-AMS")}));
    EXPECT_EQ(parInPci.data().toString(), QStringLiteral("Hub"));
    // On the canvas the PCI spokes now draw their paths to the new hub.
    const CanvasGraph &g = m_scene->graph();
    const int parNode = g.indexOf(par);
    ASSERT_GE(parNode, 0);
    EXPECT_TRUE(g.isHub(parNode));
    int spokesToPar = 0;
    for (const CanvasLink &l : g.links())
        spokesToPar += l.kind == CanvasLink::Kind::Spoke && l.to == parNode &&
                       l.vpnIds == QStringList{QStringLiteral("PCI")};
    EXPECT_EQ(spokesToPar, 11); // PCI's 13 members less its two hubs

    // A warehouse joins PCI as a spoke; a store leaves it.
    ASSERT_TRUE(model.setData(model.indexOf(QStringLiteral("WH-POZ01"), QStringLiteral("PCI")),
                              QStringLiteral("spoke")));
    ASSERT_TRUE(model.setData(model.indexOf(QStringLiteral("ST-REK01"), QStringLiteral("PCI")), QString()));
    const VpnService pci = storedVpn(stored(), QStringLiteral("PCI"));
    const auto memberOf = [&](const QString &id) {
        return std::any_of(pci.members.cbegin(), pci.members.cend(),
                           [&](const VpnMember &m) { return m.siteId == id; });
    };
    EXPECT_TRUE(memberOf(QStringLiteral("WH-POZ01")));
    EXPECT_FALSE(memberOf(QStringLiteral("ST-REK01")));

    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    EXPECT_EQ(stored().vpns, before.vpns);
}

TEST_F(VpnModelsTest, AnExtranetOffersSharedServicesToOtherVpns)
{
    VpnTableModel vpns(*m_doc);
    VpnMembershipModel roles(*m_doc);
    QAbstractItemModelTester vpnTester(&vpns, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester roleTester(&roles, QAbstractItemModelTester::FailureReportingMode::Fatal);
    VpnService shared;
    shared.vpnId = QStringLiteral("SHARED");
    shared.name = QStringLiteral("Shared services");
    m_doc->addVpn(shared);
    ASSERT_EQ(vpns.rowCount(), 3);
    ASSERT_EQ(roles.columnCount(), 4);
    ASSERT_TRUE(roles.setData(roles.indexOf(QStringLiteral("DC-FRA"), QStringLiteral("SHARED")),
                              QStringLiteral("hub")));
    // In an any-to-any VPN a site is simply a member.
    EXPECT_EQ(roles.indexOf(QStringLiteral("DC-FRA"), QStringLiteral("SHARED")).data().toString(),
              QStringLiteral("Member"));
    EXPECT_EQ(storedVpn(stored(), QStringLiteral("SHARED")).members,
              (QList<VpnMember>{{QStringLiteral("DC-FRA"), SiteRole::AnyToAny}}));

    const QModelIndex consumers =
        vpns.index(vpnRow(vpns, QStringLiteral("SHARED")), VpnTableModel::SharedWithColumn);
    ASSERT_TRUE(vpns.setData(consumers, QStringLiteral("CORP, PCI")));
    EXPECT_EQ(storedVpn(stored(), QStringLiteral("SHARED")).extranetConsumers,
              (QStringList{QStringLiteral("CORP"), QStringLiteral("PCI")}));
    EXPECT_EQ(consumers.data().toString(), QStringLiteral("CORP, PCI"));

    // A VPN that does not exist is refused, and the consumers stay as they were.
    vpns.setData(consumers, QStringLiteral("CORP GUEST"));
    EXPECT_TRUE(lastError().contains(QStringLiteral("there is no VPN GUEST"))) << lastError().toStdString();
    EXPECT_EQ(storedVpn(stored(), QStringLiteral("SHARED")).extranetConsumers,
              (QStringList{QStringLiteral("CORP"), QStringLiteral("PCI")}));
    m_doc->addVpn(shared);
    EXPECT_TRUE(lastError().contains(QStringLiteral("there is a VPN SHARED already")))
        << lastError().toStdString();

    // Removing PCI takes it off the extranet's consumers too; undo brings both back.
    m_doc->removeVpn(QStringLiteral("PCI"));
    EXPECT_EQ(stored().findVpn(QStringLiteral("PCI")), nullptr);
    EXPECT_EQ(storedVpn(stored(), QStringLiteral("SHARED")).extranetConsumers,
              QStringList{QStringLiteral("CORP")});
    EXPECT_EQ(roles.columnCount(), 3);
    m_doc->undoStack()->undo();
    EXPECT_NE(stored().findVpn(QStringLiteral("PCI")), nullptr);
    EXPECT_EQ(storedVpn(stored(), QStringLiteral("SHARED")).extranetConsumers,
              (QStringList{QStringLiteral("CORP"), QStringLiteral("PCI")}));
}

TEST_F(ServiceabilityModelsTest, ResultsAreFilteredByVerdictAndText)
{
    ServiceabilityTableModel model(*m_doc, *m_homing);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ServiceabilityFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(proxy.rowCount(), 16);
    const auto shownIds = [&] {
        QStringList ids;
        for (int r = 0; r < proxy.rowCount(); ++r)
            ids.append(proxy.index(r, 0).data(ServiceabilityTableModel::SiteIdRole).toString());
        ids.sort();
        return ids;
    };
    const auto expected = [&](ServiceabilityVerdict v) {
        QStringList ids;
        for (const SiteServiceability &r : m_homing->results()) {
            if (r.verdict == v)
                ids.append(r.siteId);
        }
        ids.sort();
        return ids;
    };

    proxy.setShown(ServiceabilityFilterModel::Show::Unserviceable);
    EXPECT_EQ(shownIds(), expected(ServiceabilityVerdict::Unserviceable));
    EXPECT_TRUE(shownIds().contains(QStringLiteral("ST-REK01")));
    const QModelIndex rek = proxy.index(0, ServiceabilityTableModel::ReasonColumn);
    EXPECT_FALSE(rek.data().toString().isEmpty()); // the reason is always there
    proxy.setShown(ServiceabilityFilterModel::Show::OffNet);
    EXPECT_EQ(shownIds(), expected(ServiceabilityVerdict::OffNet));
    EXPECT_TRUE(shownIds().contains(QStringLiteral("WH-POZ01")));
    for (int r = 0; r < proxy.rowCount(); ++r)
        EXPECT_FALSE(proxy.index(r, ServiceabilityTableModel::PartnerColumn).data().toString().isEmpty());
    proxy.setShown(ServiceabilityFilterModel::Show::OnNet);
    EXPECT_EQ(shownIds(), expected(ServiceabilityVerdict::OnNet));
    EXPECT_GT(proxy.rowCount(), 8);

    // Text narrows further: the on-net sites at one PE.
    proxy.setFilterFixedString(QStringLiteral("par1-pe1"));
    EXPECT_TRUE(shownIds().contains(QStringLiteral("ST-PAR01")));
    for (int r = 0; r < proxy.rowCount(); ++r)
        EXPECT_EQ(proxy.index(r, ServiceabilityTableModel::PeColumn).data().toString(),
                  QStringLiteral("par1-pe1"));

    // Sorting by distance sorts numbers, not text.
    proxy.setFilterFixedString(QString());
    proxy.sort(ServiceabilityTableModel::DistanceColumn);
    double last = -1.0;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const double km = proxy.index(r, ServiceabilityTableModel::DistanceColumn)
                              .data(ServiceabilityTableModel::RawRole)
                              .toDouble();
        EXPECT_GE(km, last);
        last = km;
    }
}

TEST_F(ServiceabilityModelsTest, ReHomingAndSiteChangesShowInTheResults)
{
    ServiceabilityTableModel model(*m_doc, *m_homing);
    ServiceabilityFilterModel proxy;
    proxy.setSourceModel(&model);
    const QString id = QStringLiteral("ST-PAR01");
    const int row = int(m_doc->engagement().siteIndex(id));
    EXPECT_EQ(model.index(row, ServiceabilityTableModel::PeColumn).data().toString(),
              QStringLiteral("par1-pe1"));
    ASSERT_TRUE(m_homing->rehome({id}, QStringLiteral("par1-pe2")).ok());
    EXPECT_EQ(model.index(row, ServiceabilityTableModel::PeColumn).data().toString(),
              QStringLiteral("par1-pe2"));

    // A site whose bandwidth changed after the check says so, and the filter finds it.
    proxy.setShown(ServiceabilityFilterModel::Show::Stale);
    EXPECT_EQ(proxy.rowCount(), 0);
    Site changed = *m_doc->engagement().findSite(id);
    changed.bandwidthKbps *= 2;
    m_doc->editSite(id, changed, QStringLiteral("double"));
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, 0).data().toString(), id);
    EXPECT_TRUE(proxy.index(0, ServiceabilityTableModel::VerdictColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("check again")));
}
