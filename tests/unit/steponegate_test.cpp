#include "demoengagement.h"
#include "serviceabilityengine.h"
#include "steponegate.h"

#include <gtest/gtest.h>

using namespace vpnwb;

TEST(StepOneGate, BlocksOnUnserviceableUncheckedAndStaleSites)
{
    Engagement demo = *DemoEngagement::load();
    const ServiceabilityEngine engine(*PopCatalog::builtIn());
    const QList<SiteServiceability> results = engine.evaluate(demo);

    FieldIssues blockers = StepOneGate::blockers(demo, results);
    ASSERT_EQ(blockers.size(), 1);
    EXPECT_EQ(blockers.first().field, QStringLiteral("sites[ST-REK01]"));
    EXPECT_TRUE(
        blockers.first().message.startsWith(QStringLiteral("unserviceable: nearest fiber PoP LON1 is ")))
        << blockers.first().message.toStdString();

    // Without the Reykjavík store, every site is served: step 1 may be done.
    demo.sites.removeAt(demo.siteIndex(QStringLiteral("ST-REK01")));
    EXPECT_TRUE(StepOneGate::blockers(demo, results).isEmpty());

    // A site added or changed after the check holds it back again.
    Site added = demo.sites.first();
    added.siteId = QStringLiteral("DC-NEW");
    demo.sites.append(added);
    demo.findSite(QStringLiteral("ST-PAR01"))->accessType = AccessType::Dsl;
    EXPECT_EQ(StepOneGate::blockers(demo, results),
              (FieldIssues{
                  {QStringLiteral("sites[ST-PAR01]"),
                   QStringLiteral("the site changed after its serviceability was checked")},
                  {QStringLiteral("sites[DC-NEW]"), QStringLiteral("serviceability has not been checked")}}));

    // Checking again serves DC-NEW; ST-PAR01 is 7.1 km from PAR1, beyond DSL's 5 km reach, and no
    // partner sells DSL in France.
    blockers = StepOneGate::blockers(demo, engine.evaluate(demo));
    ASSERT_EQ(blockers.size(), 1);
    EXPECT_EQ(blockers.first().field, QStringLiteral("sites[ST-PAR01]"));
    EXPECT_TRUE(blockers.first().message.startsWith(
        QStringLiteral("unserviceable: nearest dsl PoP PAR1 is 7.1 km away")))
        << blockers.first().message.toStdString();
}

TEST(StepOneGate, AnEngagementWithoutSitesIsNotDone)
{
    const FieldIssues blockers = StepOneGate::blockers(Engagement{}, {});
    ASSERT_EQ(blockers.size(), 1);
    EXPECT_EQ(blockers.first().toString(), QStringLiteral("sites: the engagement has no sites yet"));
}
