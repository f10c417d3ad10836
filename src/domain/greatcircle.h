#pragma once

#include <array>

namespace vpnwb {

// Distances on the Earth taken as a sphere of the mean radius: accurate to
// about 0.5 %, far finer than the reach of an access product.
class GreatCircle
{
public:
    static constexpr double earthRadiusKm = 6371.0088; // IUGG mean radius

    // Great-circle distance between two WGS 84 positions in degrees.
    static double distanceKm(double latitudeA, double longitudeA, double latitudeB, double longitudeB);
    // The position as a point on the unit sphere (x towards 0°N 0°E, z towards the North Pole).
    static std::array<double, 3> unitVector(double latitude, double longitude);
    // The straight-line distance through the unit sphere between two points
    // `km` apart along the surface; it grows with `km`, so it orders points as
    // the great-circle distance does.
    static double chordForKm(double km);
};

} // namespace vpnwb
