#include "l3smvocabulary.h"

#include <QLocale>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace vpnwb {
namespace {

constexpr std::array<std::pair<SiteRole, const char *>, 3> kRoles{
    {{SiteRole::Hub, "hub-role"}, {SiteRole::Spoke, "spoke-role"}, {SiteRole::AnyToAny, "any-to-any-role"}}};
constexpr std::array<std::pair<VpnTopology, const char *>, 3> kTopologies{
    {{VpnTopology::AnyToAny, "any-to-any"},
     {VpnTopology::HubAndSpoke, "hub-spoke"},
     {VpnTopology::HubAndSpokeDisjoint, "hub-spoke-disjoint"}}};

template<typename E, std::size_t N>
QString identityOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return L3smVocabulary::identity(name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &name)
{
    for (const auto &[e, n] : table) {
        if (name == QLatin1String(n))
            return e;
    }
    return std::nullopt;
}

QString shortest(double v)
{
    return QString::number(v, 'f', QLocale::FloatingPointShortest);
}

} // namespace

QString L3smVocabulary::identity(const char *name)
{
    return module() + QLatin1Char(':') + QLatin1String(name);
}

std::optional<QString> L3smVocabulary::identityName(const QString &value)
{
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return value;
    if (QStringView(value).left(colon) != module())
        return std::nullopt;
    return value.mid(colon + 1);
}

QString L3smVocabulary::siteRole(SiteRole role)
{
    return identityOf(kRoles, role);
}
std::optional<SiteRole> L3smVocabulary::siteRoleFromIdentity(const QString &name)
{
    return valueOf(kRoles, name);
}
QString L3smVocabulary::topology(VpnTopology topology)
{
    return identityOf(kTopologies, topology);
}
std::optional<VpnTopology> L3smVocabulary::topologyFromIdentity(const QString &name)
{
    return valueOf(kTopologies, name);
}

QString L3smVocabulary::geoUri(double latitude, double longitude)
{
    return QStringLiteral("geo:") + shortest(latitude) + QLatin1Char(',') + shortest(longitude);
}

bool L3smVocabulary::parseGeoUri(const QString &text, double *latitude, double *longitude)
{
    static const QRegularExpression re(QStringLiteral("^geo:(-?\\d+(?:\\.\\d+)?),(-?\\d+(?:\\.\\d+)?)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    *latitude = m.captured(1).toDouble();
    *longitude = m.captured(2).toDouble();
    return true;
}

} // namespace vpnwb
