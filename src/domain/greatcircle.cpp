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
    const double phiA = radians(latitudeA);
    const double phiB = radians(latitudeB);
    const double sinHalfDPhi = std::sin((phiB - phiA) / 2.0);
    const double sinHalfDLambda = std::sin(radians(longitudeB - longitudeA) / 2.0);
    const double h = sinHalfDPhi * sinHalfDPhi + std::cos(phiA) * std::cos(phiB) * sinHalfDLambda * sinHalfDLambda;
    return 2.0 * earthRadiusKm * std::asin(std::sqrt(std::clamp(h, 0.0, 1.0)));
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
