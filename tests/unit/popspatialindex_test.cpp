#include "greatcircle.h"
#include "popspatialindex.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

using namespace vpnwb;

namespace {

Pop fiberPop(qsizetype n, double latitude, double longitude)
{
    Pop p;
    p.popId = QStringLiteral("P%1").arg(n);
    p.latitude = latitude;
    p.longitude = longitude;
    p.access = {{AccessType::Fiber, 50.0, 1'000'000, 30}};
    return p;
}

// Uniform on the sphere, so that the poles get no more than their share.
QList<Pop> randomPops(std::mt19937 &rng, int count)
{
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    std::uniform_real_distribution<double> lon(-180.0, 180.0);
    QList<Pop> pops;
    for (int i = 0; i < count; ++i)
        pops.append(fiberPop(i, std::asin(u(rng)) * 180.0 / std::numbers::pi, lon(rng)));
    return pops;
}

// The answer measured the obvious way: every PoP's great-circle distance, sorted.
QList<PopDistance> bruteForce(const QList<Pop> &pops, double latitude, double longitude)
{
    QList<PopDistance> all;
    for (qsizetype i = 0; i < pops.size(); ++i)
        all.append({i, GreatCircle::distanceKm(latitude, longitude, pops[i].latitude, pops[i].longitude)});
    std::sort(all.begin(), all.end(), [](const PopDistance &a, const PopDistance &b) {
        return std::tie(a.distanceKm, a.popIndex) < std::tie(b.distanceKm, b.popIndex);
    });
    return all;
}

QList<PopDistance> within(const QList<PopDistance> &sorted, double maxKm)
{
    QList<PopDistance> out;
    for (const PopDistance &d : sorted) {
        if (d.distanceKm <= maxKm)
            out.append(d);
    }
    return out;
}

void expectSame(const QList<PopDistance> &got, const QList<PopDistance> &want, const std::string &what)
{
    ASSERT_EQ(got.size(), want.size()) << what;
    for (qsizetype i = 0; i < got.size(); ++i) {
        EXPECT_EQ(got[i].popIndex, want[i].popIndex) << what << " rank " << i;
        EXPECT_NEAR(got[i].distanceKm, want[i].distanceKm, 1e-6) << what << " rank " << i;
    }
}

} // namespace

TEST(PopSpatialIndex, KNearestEqualsBruteForceOnRandomPoints)
{
    std::mt19937 rng(20261203);
    const QList<Pop> pops = randomPops(rng, 3000);
    const PopSpatialIndex index(pops, AccessType::Fiber);
    ASSERT_EQ(index.size(), 3000);
    std::uniform_real_distribution<double> lat(-90.0, 90.0);
    std::uniform_real_distribution<double> lon(-180.0, 180.0);
    for (int q = 0; q < 100; ++q) {
        const double la = lat(rng);
        const double lo = lon(rng);
        const QList<PopDistance> all = bruteForce(pops, la, lo);
        for (const qsizetype k : {1, 7, 50}) {
            const std::string what = "query " + std::to_string(q) + " k " + std::to_string(k);
            const auto fromTree = index.nearest(la, lo, k);
            expectSame(fromTree, all.mid(0, k), what);
            EXPECT_EQ(fromTree, index.nearestByScan(la, lo, k)) << what;
        }
        // Bounded by a radius: all PoPs within 500 km.
        const auto inRadius = index.nearest(la, lo, index.size(), 500.0);
        expectSame(inRadius, within(all, 500.0), "radius query " + std::to_string(q));
        EXPECT_EQ(inRadius, index.nearestByScan(la, lo, index.size(), 500.0));
    }
}

TEST(PopSpatialIndex, NearAcrossTheAntimeridianAndThePole)
{
    const QList<Pop> pops{fiberPop(0, 0.0, 170.0), fiberPop(1, 0.0, -179.0), fiberPop(2, 89.9, -90.0),
                          fiberPop(3, 89.5, 90.0)};
    const PopSpatialIndex index(pops, AccessType::Fiber);
    EXPECT_EQ(index.nearest(0.0, 179.5, 1).first().popIndex, 1);
    const auto nearPole = index.nearest(89.9, 90.0, 2);
    ASSERT_EQ(nearPole.size(), 2);
    EXPECT_EQ(nearPole[0].popIndex, 2); // 22 km away over the pole
    EXPECT_EQ(nearPole[1].popIndex, 3); // 44 km away on the same meridian
}

TEST(PopSpatialIndex, TiesGoToTheEarlierPopAndTheAccessTypeFilters)
{
    QList<Pop> pops{fiberPop(0, 48.0, 11.0), fiberPop(1, 48.0, 11.0), fiberPop(2, 48.0, 11.0)};
    pops[0].access = {{AccessType::Lte, 15.0, 50'000, 5}};
    const PopSpatialIndex fiber(pops, AccessType::Fiber);
    EXPECT_EQ(fiber.size(), 2);
    const auto two = fiber.nearest(48.1, 11.0, 5);
    ASSERT_EQ(two.size(), 2);
    EXPECT_EQ(two[0].popIndex, 1);
    EXPECT_EQ(two[1].popIndex, 2);
    EXPECT_TRUE(PopSpatialIndex(pops, AccessType::Dsl).nearest(48.0, 11.0, 3).isEmpty());
    EXPECT_TRUE(fiber.nearest(48.0, 11.0, 0).isEmpty());
    EXPECT_TRUE(fiber.nearest(49.0, 11.0, 3, 100.0).isEmpty()); // 111 km away
}
