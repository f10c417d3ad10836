#include "syntheticengagement.h"

#include <algorithm>
#include <array>
#include <random>

namespace vpnwb {
namespace {

struct City
{
    const char *name;
    const char *country;
    double latitude;
    double longitude;
    int weight; // how many sites it gets, relatively
};

// Cities with a PoP of the built-in catalog (weighted most; their sites gather around the
// business district where the PoP stands), others reached by partners, and a few not at all.
constexpr std::array<City, 60> kCities{{
    {"Frankfurt am Main", "DE", 50.1109, 8.7364, 14},  {"Berlin", "DE", 52.5130, 13.4960, 14},
    {"Hamburg", "DE", 53.5480, 10.0250, 12},            {"München", "DE", 48.1460, 11.5650, 12},
    {"Köln", "DE", 50.9375, 6.9603, 6},               {"Düsseldorf", "DE", 51.2330, 6.7180, 10},
    {"Stuttgart", "DE", 48.7758, 9.1829, 1},          {"Leipzig", "DE", 51.3397, 12.3731, 1},
    {"Dresden", "DE", 51.0504, 13.7373, 1},           {"Nürnberg", "DE", 49.4521, 11.0767, 1},
    {"Hannover", "DE", 52.3759, 9.7320, 1},           {"Bremen", "DE", 53.0793, 8.8017, 1},
    {"Amsterdam", "NL", 52.2950, 4.9440, 14},          {"Rotterdam", "NL", 51.9244, 4.4777, 1},
    {"Utrecht", "NL", 52.0907, 5.1214, 1},            {"Eindhoven", "NL", 51.4416, 5.4697, 1},
    {"Bruxelles", "BE", 50.8680, 4.4020, 10},          {"Antwerpen", "BE", 51.2194, 4.4025, 1},
    {"Gent", "BE", 51.0543, 3.7174, 1},               {"Paris", "FR", 48.9230, 2.3560, 16},
    {"Lyon", "FR", 45.7700, 4.8800, 10},               {"Marseille", "FR", 43.2965, 5.3698, 1},
    {"Toulouse", "FR", 43.6047, 1.4442, 1},           {"Bordeaux", "FR", 44.8378, -0.5792, 1},
    {"Lille", "FR", 50.6292, 3.0573, 1},              {"Nantes", "FR", 47.2184, -1.5536, 1},
    {"Strasbourg", "FR", 48.5734, 7.7521, 1},         {"London", "GB", 51.5115, -0.0015, 16},
    {"Manchester", "GB", 53.4808, -2.2426, 1},        {"Birmingham", "GB", 52.4862, -1.8904, 1},
    {"Leeds", "GB", 53.8008, -1.5491, 1},             {"Glasgow", "GB", 55.8642, -4.2518, 1},
    {"Madrid", "ES", 40.5370, -3.6370, 12},            {"Barcelona", "ES", 41.3874, 2.1686, 4},
    {"Valencia", "ES", 39.4699, -0.3763, 2},          {"Sevilla", "ES", 37.3891, -5.9845, 1},
    {"Lisboa", "PT", 38.7223, -9.1393, 4},            {"Porto", "PT", 41.1579, -8.6291, 3},
    {"Milano", "IT", 45.4760, 9.1050, 12},             {"Roma", "IT", 41.9028, 12.4964, 1},
    {"Torino", "IT", 45.0703, 7.6869, 1},             {"Napoli", "IT", 40.8518, 14.2681, 1},
    {"Wien", "AT", 48.1880, 16.3560, 10},              {"Graz", "AT", 47.0707, 15.4395, 1},
    {"Zürich", "CH", 47.4310, 8.5620, 8},             {"Genève", "CH", 46.2044, 6.1432, 1},
    {"Basel", "CH", 47.5596, 7.5886, 1},              {"Warszawa", "PL", 52.1900, 20.9300, 10},
    {"Kraków", "PL", 50.0647, 19.9450, 3},            {"Poznań", "PL", 52.4064, 16.9252, 3},
    {"Gdańsk", "PL", 54.3520, 18.6466, 2},            {"Praha", "CZ", 50.0755, 14.4378, 2},
    {"Budapest", "HU", 47.4979, 19.0402, 1},          {"København", "DK", 55.6761, 12.5683, 1},
    {"Stockholm", "SE", 59.3293, 18.0686, 1},         {"Oslo", "NO", 59.9139, 10.7522, 1},
    {"Helsinki", "FI", 60.1699, 24.9384, 1},          {"Dublin", "IE", 53.3498, -6.2603, 3},
    {"Luxembourg", "LU", 49.6116, 6.1319, 1},         {"Bratislava", "SK", 48.1486, 17.1077, 1},
}};

constexpr std::array<const char *, 4> kKinds{"Store", "Office", "Warehouse", "Branch"};

QString lanOf(int n)
{
    return QStringLiteral("10.%1.%2.0/24").arg(n / 256).arg(n % 256);
}

} // namespace

Engagement SyntheticEngagement::generate(int siteCount, std::uint32_t seed)
{
    const int count = std::clamp(siteCount, 0, maxSites);
    std::mt19937 random(seed);
    Engagement e;
    e.name = QStringLiteral("Synthetic Retail — %1 sites").arg(count);
    e.customer.name = QStringLiteral("Synthetic Retail Group");
    e.customer.industry = QStringLiteral("Retail");
    e.sites.reserve(count);

    // Two data-centre hubs first.
    const std::array<std::array<const char *, 4>, 2> hubs{{{"DC-FRA", "Frankfurt Data Centre", "Frankfurt am Main", "DE"},
                                                           {"DC-AMS", "Amsterdam Data Centre", "Amsterdam", "NL"}}};
    const std::array<std::array<double, 2>, 2> hubAt{{{50.1183, 8.7353}, {52.3546, 4.9560}}};
    for (int h = 0; h < std::min(count, 2); ++h) {
        Site s;
        s.siteId = QString::fromUtf8(hubs[h][0]);
        s.name = QString::fromUtf8(hubs[h][1]);
        s.address.city = QString::fromUtf8(hubs[h][2]);
        s.countryCode = QString::fromLatin1(hubs[h][3]);
        s.latitude = hubAt[h][0];
        s.longitude = hubAt[h][1];
        s.role = SiteRole::Hub;
        s.bandwidthKbps = 10'000'000;
        s.accessType = AccessType::Fiber;
        s.resiliency = Resiliency::DualHomed;
        s.lanPrefixes = {QStringLiteral("172.%1.0.0/16").arg(16 + h)};
        s.routing = CeRouting::Bgp;
        s.customerAs = 65000 + static_cast<std::uint32_t>(h);
        e.sites.append(s);
    }

    std::vector<int> weights;
    for (const City &c : kCities)
        weights.push_back(c.weight);
    std::discrete_distribution<int> pickCity(weights.begin(), weights.end());
    std::normal_distribution<double> jitter(0.0, 0.11); // degrees: most fibre sites within 25 km of the centre
    std::uniform_int_distribution<int> percent(0, 99);
    std::vector<int> perCity(kCities.size(), 0);
    for (int i = static_cast<int>(e.sites.size()); i < count; ++i) {
        const int c = pickCity(random);
        const City &city = kCities[std::size_t(c)];
        Site s;
        s.siteId = QStringLiteral("S%1").arg(i, 5, 10, QLatin1Char('0'));
        const char *kind = kKinds[std::size_t(percent(random) % int(kKinds.size()))];
        s.name = QStringLiteral("%1 %2 %3").arg(QString::fromUtf8(city.name), QLatin1String(kind)).arg(++perCity[std::size_t(c)]);
        s.address.city = QString::fromUtf8(city.name);
        s.countryCode = QString::fromLatin1(city.country);
        // Copper and DSL only near the centre, where the exchanges are; fibre and LTE further out.
        const int a = percent(random);
        double spread = 1.0;
        if (a < 55) {
            s.accessType = AccessType::Fiber;
            s.bandwidthKbps = std::array<std::int64_t, 4>{100'000, 200'000, 500'000, 1'000'000}[std::size_t(percent(random) % 4)];
            s.resiliency = percent(random) < 12 ? Resiliency::DualHomed : Resiliency::Single;
        } else if (a < 70) {
            s.accessType = AccessType::Copper;
            s.bandwidthKbps = std::array<std::int64_t, 3>{20'000, 50'000, 100'000}[std::size_t(percent(random) % 3)];
            spread = 0.05;
        } else if (a < 90) {
            s.accessType = AccessType::Dsl;
            s.bandwidthKbps = std::array<std::int64_t, 3>{20'000, 50'000, 100'000}[std::size_t(percent(random) % 3)];
            spread = 0.12;
        } else {
            s.accessType = AccessType::Lte;
            s.bandwidthKbps = std::array<std::int64_t, 2>{20'000, 50'000}[std::size_t(percent(random) % 2)];
            spread = 0.6;
        }
        s.latitude = city.latitude + jitter(random) * spread;
        s.longitude = city.longitude + jitter(random) * spread * 1.5;
        s.role = SiteRole::Spoke;
        s.lanPrefixes = {lanOf(i)};
        s.routing = CeRouting::Bgp;
        s.customerAs = 4'200'000'000U + static_cast<std::uint32_t>(i);
        e.sites.append(s);
    }

    VpnService corp{QStringLiteral("CORP"), QStringLiteral("Corporate"), VpnTopology::HubAndSpoke, {}};
    VpnService guest{QStringLiteral("GUEST"), QStringLiteral("Guest Wi-Fi"), VpnTopology::AnyToAny, {}};
    for (qsizetype i = 0; i < e.sites.size(); ++i) {
        const Site &s = e.sites[i];
        corp.members.append({s.siteId, s.role});
        if (s.role != SiteRole::Hub && i % 7 == 3)
            guest.members.append({s.siteId, SiteRole::AnyToAny});
    }
    if (!corp.members.isEmpty())
        e.vpns.append(corp);
    if (!guest.members.isEmpty())
        e.vpns.append(guest);
    e.normalizeSteps();
    return e;
}

} // namespace vpnwb
