#include "greatcircle.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

using namespace vpnwb;

TEST(GreatCircle, KnownCityPairs)
{
    struct Pair
    {
        const char *what;
        double latA, lonA, latB, lonB, km;
    };
    // Great-circle distances between city centres, as published (±0.5 %).
    const Pair pairs[] = {
        {"Frankfurt - Amsterdam", 50.1109, 8.6821, 52.3676, 4.9041, 364},
        {"London - Paris", 51.5074, -0.1278, 48.8566, 2.3522, 344},
        {"Madrid - Lisboa", 40.4168, -3.7038, 38.7223, -9.1393, 503},
        {"New York - London", 40.7128, -74.0060, 51.5074, -0.1278, 5570},
        {"Sydney - London", -33.8688, 151.2093, 51.5074, -0.1278, 16994},
    };
    for (const Pair &p : pairs) {
        EXPECT_NEAR(GreatCircle::distanceKm(p.latA, p.lonA, p.latB, p.lonB), p.km, p.km * 0.005) << p.what;
        EXPECT_NEAR(GreatCircle::distanceKm(p.latA, p.lonA, p.latB, p.lonB),
                    GreatCircle::distanceKm(p.latB, p.lonB, p.latA, p.lonA), 1e-9)
            << p.what << " is not symmetric";
    }
}

TEST(GreatCircle, EdgeCases)
{
    EXPECT_DOUBLE_EQ(GreatCircle::distanceKm(50.0, 8.0, 50.0, 8.0), 0.0);
    // Across the antimeridian the short way round, not the long one.
    EXPECT_NEAR(GreatCircle::distanceKm(0.0, 179.5, 0.0, -179.5), 111.2, 0.1);
    // Pole to pole and antipodes: half the circumference.
    const double half = std::numbers::pi * GreatCircle::earthRadiusKm;
    EXPECT_NEAR(GreatCircle::distanceKm(90.0, 0.0, -90.0, 0.0), half, 1e-6);
    EXPECT_NEAR(GreatCircle::distanceKm(10.0, 20.0, -10.0, -160.0), half, 1e-6);
}

TEST(GreatCircle, ChordOrdersAsTheSurfaceDistance)
{
    EXPECT_DOUBLE_EQ(GreatCircle::chordForKm(0.0), 0.0);
    EXPECT_NEAR(GreatCircle::chordForKm(std::numbers::pi * GreatCircle::earthRadiusKm), 2.0, 1e-12);
    const auto a = GreatCircle::unitVector(50.1109, 8.6821);
    const auto b = GreatCircle::unitVector(52.3676, 4.9041);
    const double chord = std::sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) +
                                   (a[2] - b[2]) * (a[2] - b[2]));
    EXPECT_NEAR(chord, GreatCircle::chordForKm(GreatCircle::distanceKm(50.1109, 8.6821, 52.3676, 4.9041)),
                1e-12);
}
