#include "sitecsvimporter.h"

#include "bandwidthtext.h"
#include "csvreader.h"
#include "engagementrules.h"
#include "ipv4prefix.h"

#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <array>
#include <limits>

namespace vpnwb {
namespace {

enum Column : int {
    ColSiteId,
    ColName,
    ColAddress,
    ColCity,
    ColPostalCode,
    ColCountryCode,
    ColLatitude,
    ColLongitude,
    ColRole,
    ColBandwidth,
    ColAccessType,
    ColResiliency,
    ColLanPrefixes,
    ColCustomerAs,
    ColRouting,
    ColumnCount
};

struct ColumnSpec
{
    const char *name;
    bool required;
    const char *siteField; // the Site field EngagementRules names in its issues, if any
};

// The order of docs/SITE_CSV.md.
constexpr std::array<ColumnSpec, ColumnCount> kColumns{{
    {"site_id", true, "siteId"},
    {"name", true, "name"},
    {"address", false, nullptr},
    {"city", true, nullptr},
    {"postal_code", false, nullptr},
    {"country_code", true, "countryCode"},
    {"latitude", true, "latitude"},
    {"longitude", true, "longitude"},
    {"role", true, nullptr},
    {"bandwidth", true, "bandwidthKbps"},
    {"access_type", true, nullptr},
    {"resiliency", false, nullptr},
    {"lan_prefixes", false, "lanPrefixes"},
    {"customer_as", false, "customerAs"},
    {"routing", true, nullptr},
}};

QString columnName(int column)
{
    return QLatin1String(kColumns[column].name);
}

QString allColumnNames()
{
    QStringList names;
    for (int c = 0; c < ColumnCount; ++c)
        names << columnName(c);
    return names.join(QStringLiteral(", "));
}

QString quotedList(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out << QLatin1Char('\'') + n + QLatin1Char('\'');
    return out.join(QStringLiteral(", "));
}

// Which column (by Column) sits at which position of the rows, or -1.
using ColumnPositions = std::array<qsizetype, ColumnCount>;

// One data row turned into a Site, with its problems keyed by column (the
// first problem of each column) and its warnings.
class RowProblems
{
public:
    void add(int column, const QString &message)
    {
        if (!m_byColumn.contains(column))
            m_byColumn.insert(column, message);
    }
    bool has(int column) const { return m_byColumn.contains(column); }
    bool isEmpty() const { return m_byColumn.isEmpty(); }
    QString text() const
    {
        QStringList parts;
        for (auto it = m_byColumn.cbegin(); it != m_byColumn.cend(); ++it)
            parts << (it.key() < 0 ? it.value()
                                   : QStringLiteral("column '%1': %2").arg(columnName(it.key()), it.value()));
        return parts.join(QStringLiteral("; "));
    }

private:
    QMap<int, QString> m_byColumn; // -1: the row as a whole
};

template<typename E>
E readChoice(const QString &text, int column, std::optional<E> (*parse)(const QString &),
             QString (*choices)(), E fallback, RowProblems &problems)
{
    if (text.isEmpty())
        return fallback;
    const auto v = parse(text);
    if (!v) {
        problems.add(column, QStringLiteral("'%1' is not one of: %2").arg(text, choices()));
        return fallback;
    }
    return *v;
}

double readDegrees(const QString &text, int column, RowProblems &problems)
{
    if (text.isEmpty())
        return 0.0;
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok)
        problems.add(
            column,
            text.contains(QLatin1Char(','))
                ? QStringLiteral("'%1' is not a number of degrees (write the decimal mark as '.')").arg(text)
                : QStringLiteral("'%1' is not a number of degrees").arg(text));
    return v;
}

Site readRow(const CsvRecord &record, const ColumnPositions &at, RowProblems &problems, QStringList &warnings,
             const QString &source)
{
    auto cell = [&](int column) { return at[column] < 0 ? QString() : record.fields[at[column]].trimmed(); };
    for (int c = 0; c < ColumnCount; ++c) {
        if (kColumns[c].required && cell(c).isEmpty())
            problems.add(c, QStringLiteral("no value (the column is required)"));
    }

    Site s;
    s.siteId = cell(ColSiteId);
    s.name = cell(ColName);
    s.address.street = cell(ColAddress);
    s.address.city = cell(ColCity);
    s.address.postalCode = cell(ColPostalCode);
    s.countryCode = cell(ColCountryCode).toUpper();
    s.latitude = readDegrees(cell(ColLatitude), ColLatitude, problems);
    s.longitude = readDegrees(cell(ColLongitude), ColLongitude, problems);
    s.role =
        readChoice(cell(ColRole), ColRole, siteRoleFromString, siteRoleChoices, SiteRole::Spoke, problems);
    if (const QString bw = cell(ColBandwidth); !bw.isEmpty()) {
        const auto kbps = BandwidthText::parseKbps(bw);
        if (kbps)
            s.bandwidthKbps = *kbps;
        else
            problems.add(ColBandwidth, kbps.error().message);
    }
    s.accessType = readChoice(cell(ColAccessType), ColAccessType, accessTypeFromString, accessTypeChoices,
                              AccessType::Fiber, problems);
    s.resiliency = readChoice(cell(ColResiliency), ColResiliency, resiliencyFromString, resiliencyChoices,
                              Resiliency::Single, problems);
    s.routing = readChoice(cell(ColRouting), ColRouting, ceRoutingFromString, ceRoutingChoices,
                           CeRouting::Bgp, problems);

    static const QRegularExpression separators(QStringLiteral("[\\s;]+"));
    for (const QString &text : cell(ColLanPrefixes).split(separators, Qt::SkipEmptyParts)) {
        const auto prefix = Ipv4Prefix::parse(text);
        if (prefix)
            s.lanPrefixes.append(prefix->toString());
        else
            problems.add(ColLanPrefixes, prefix.error().message);
    }

    if (const QString as = cell(ColCustomerAs); !as.isEmpty()) {
        bool ok = false;
        const qulonglong n = as.toULongLong(&ok);
        if (!ok || n == 0 || n > std::numeric_limits<std::uint32_t>::max())
            problems.add(ColCustomerAs, QStringLiteral("'%1' is not an AS number (1 to 4294967295)").arg(as));
        else if (s.routing == CeRouting::Static && !problems.has(ColRouting))
            warnings << QStringLiteral(
                            "%1:%2: column 'customer_as': %3 is ignored: the site uses static routing")
                            .arg(source)
                            .arg(record.line)
                            .arg(as);
        else
            s.customerAs = static_cast<std::uint32_t>(n);
    }

    // The domain's own rules, reported against the column they concern.
    for (const FieldIssue &issue : EngagementRules::checkSite(s, QString())) {
        const QString field = issue.field.mid(1).section(QLatin1Char('['), 0, 0);
        int column = -1;
        for (int c = 0; c < ColumnCount; ++c) {
            if (kColumns[c].siteField && field == QLatin1String(kColumns[c].siteField))
                column = c;
        }
        problems.add(column, issue.message);
    }
    return s;
}

} // namespace

ImportReport SiteCsvImporter::fromFile(const QString &path, ImportMode mode)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ImportReport report;
        report.errors << QStringLiteral("cannot read '%1': %2").arg(path, f.errorString());
        return report;
    }
    return fromBytes(f.readAll(), path, mode);
}

ImportReport SiteCsvImporter::fromBytes(const QByteArray &bytes, const QString &source, ImportMode mode)
{
    ImportReport report;
    const auto records = CsvReader::read(bytes, source);
    if (!records) {
        report.errors << records.error().message;
        return report;
    }
    if (records->isEmpty()) {
        report.errors << QStringLiteral("%1: the file is empty; its first row must name the columns (%2)")
                             .arg(source, allColumnNames());
        return report;
    }

    const CsvRecord &header = records->first();
    const QString headerAt = QStringLiteral("%1:%2: ").arg(source).arg(header.line);
    ColumnPositions at;
    at.fill(-1);
    QStringList unknown;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed().toLower();
        if (name.isEmpty()) {
            report.errors << headerAt + QStringLiteral("column %1 of the header row has no name").arg(i + 1);
            continue;
        }
        int column = -1;
        for (int c = 0; c < ColumnCount; ++c) {
            if (name == columnName(c))
                column = c;
        }
        if (column < 0)
            unknown << header.fields[i].trimmed();
        else if (at[column] >= 0)
            report.errors << headerAt +
                                 QStringLiteral("column '%1' appears twice in the header row").arg(name);
        else
            at[column] = i;
    }
    QStringList missing;
    for (int c = 0; c < ColumnCount; ++c) {
        if (kColumns[c].required && at[c] < 0)
            missing << columnName(c);
    }
    if (!missing.isEmpty())
        report.errors << headerAt + QStringLiteral("missing required column%1: %2")
                                        .arg(missing.size() > 1 ? QStringLiteral("s") : QString(),
                                             missing.join(QStringLiteral(", ")));
    if (!unknown.isEmpty())
        report.errors << headerAt + QStringLiteral("unknown column%1 %2; the columns are: %3")
                                        .arg(unknown.size() > 1 ? QStringLiteral("s") : QString(),
                                             quotedList(unknown), allColumnNames());
    if (!report.errors.isEmpty())
        return report;
    if (records->size() == 1) {
        report.errors << headerAt + QStringLiteral("no sites: the file has a header row and no data rows");
        return report;
    }

    QHash<QString, int> firstLineOfId;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord &record = (*records)[r];
        RowProblems problems;
        QStringList warnings;
        Site site;
        if (record.fields.size() != header.fields.size()) {
            problems.add(-1, QStringLiteral("the row has %1 fields but the header row has %2")
                                 .arg(record.fields.size())
                                 .arg(header.fields.size()));
        } else {
            site = readRow(record, at, problems, warnings, source);
            if (!site.siteId.isEmpty()) {
                const auto seen = firstLineOfId.constFind(site.siteId);
                if (seen != firstLineOfId.cend())
                    problems.add(ColSiteId, QStringLiteral("site id '%1' is used twice, on lines %2 and %3")
                                                .arg(site.siteId)
                                                .arg(*seen)
                                                .arg(record.line));
                else
                    firstLineOfId.insert(site.siteId, record.line);
            }
        }
        if (!problems.isEmpty()) {
            const QString message =
                QStringLiteral("%1:%2: %3").arg(source).arg(record.line).arg(problems.text());
            (mode == ImportMode::AllOrNothing ? report.errors : report.skipped) << message;
            continue;
        }
        report.sites.append(site);
        report.warnings << warnings;
    }
    if (!report.errors.isEmpty())
        report.sites.clear();
    else if (report.sites.isEmpty())
        report.errors << QStringLiteral("%1: no row is valid; nothing was imported").arg(source);
    return report;
}

} // namespace vpnwb
