#include "greatcircle.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace vpnwb {
namespace {

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

} // namespace

double GreatCircle::distanceKm(double latitudeA, double longitudeA, double latitudeB, double longitudeB)
{
    // The central angle as atan2(|a x b|, a . b) (Vincenty's formula on a
    // sphere): well conditioned for near and antipodal points alike, where
    // the haversine formula loses precision.
    const double phiA = radians(latitudeA);
    const double phiB = radians(latitudeB);
    const double dLambda = radians(longitudeB - longitudeA);
    const double cross1 = std::cos(phiB) * std::sin(dLambda);
    const double cross2 =
        std::cos(phiA) * std::sin(phiB) - std::sin(phiA) * std::cos(phiB) * std::cos(dLambda);
    const double dot = std::sin(phiA) * std::sin(phiB) + std::cos(phiA) * std::cos(phiB) * std::cos(dLambda);
    return earthRadiusKm * std::atan2(std::hypot(cross1, cross2), dot);
}

std::array<double, 3> GreatCircle::unitVector(double latitude, double longitude)
{
    const double phi = radians(latitude);
    const double lambda = radians(longitude);
    return {std::cos(phi) * std::cos(lambda), std::cos(phi) * std::sin(lambda), std::sin(phi)};
}

double GreatCircle::chordForKm(double km)
{
    const double angle = std::clamp(km / earthRadiusKm, 0.0, std::numbers::pi);
    return 2.0 * std::sin(angle / 2.0);
}

} // namespace vpnwb
