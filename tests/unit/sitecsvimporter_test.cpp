#include "bandwidthtext.h"
#include "csvreader.h"
#include "sitecsvimporter.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace vpnwb;

namespace {

ImportReport importFixture(const QString &name, ImportMode mode = ImportMode::AllOrNothing)
{
    const QByteArray bytes = test::readFile(test::fixture(QStringLiteral("intake/") + name));
    EXPECT_TRUE(!bytes.isEmpty() || name == QLatin1String("empty.csv"))
        << "fixture missing: " << name.toStdString();
    return SiteCsvImporter::fromBytes(bytes, name, mode);
}

Site site(const char *id, const char *name, const char *street, const char *city, const char *postalCode,
          double latitude, double longitude, SiteRole role, std::int64_t kbps, AccessType access,
          Resiliency resiliency, QStringList lans, CeRouting routing, std::uint32_t as)
{
    Site s;
    s.siteId = QString::fromUtf8(id);
    s.name = QString::fromUtf8(name);
    s.address = {QString::fromUtf8(street), QString::fromUtf8(city), QString::fromUtf8(postalCode)};
    s.countryCode = QStringLiteral("FR");
    s.latitude = latitude;
    s.longitude = longitude;
    s.role = role;
    s.bandwidthKbps = kbps;
    s.accessType = access;
    s.resiliency = resiliency;
    s.lanPrefixes = std::move(lans);
    s.routing = routing;
    s.customerAs = as;
    return s;
}

QStringList siteIds(const QList<Site> &sites)
{
    QStringList out;
    for (const Site &s : sites)
        out << s.siteId;
    return out;
}

const char *const kAllColumns =
    "site_id, name, address, city, postal_code, country_code, latitude, longitude, role, "
    "bandwidth, access_type, resiliency, lan_prefixes, customer_as, routing";

} // namespace

TEST(CsvReader, ReadsQuotesDoubledQuotesAndLineBreaksInsideQuotes)
{
    const auto r = CsvReader::read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n\r\nlast,,\n",
                                   QStringLiteral("t.csv"));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_EQ(r->size(), 3);
    EXPECT_EQ((*r)[0], (CsvRecord{1, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}}));
    EXPECT_EQ(
        (*r)[1],
        (CsvRecord{2, {QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")}}));
    // The blank line 4 is skipped; the last record starts on line 5.
    EXPECT_EQ((*r)[2], (CsvRecord{5, {QStringLiteral("last"), QString(), QString()}}));
}

TEST(CsvReader, SkipsTheByteOrderMark)
{
    const auto r = CsvReader::read("\xEF\xBB\xBFsite_id\nA\n", QStringLiteral("t.csv"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->first().fields, QStringList{QStringLiteral("site_id")});
}

TEST(CsvReader, MalformedQuotingNamesTheLine)
{
    auto r = CsvReader::read("a,b\n1,\"x\"y\n", QStringLiteral("t.csv"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message,
              QStringLiteral("t.csv:2: text follows the closing quote of field 2; a field is "
                             "either all in quotes or not quoted"));
    r = CsvReader::read("a,b\n1,2\n3,x\"y\n", QStringLiteral("t.csv"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message,
              QStringLiteral("t.csv:3: field 2 holds a '\"' but is not in quotes; put the field "
                             "in quotes and write the quote twice (\"\")"));
}

TEST(BandwidthText, ReadsTheWrittenForms)
{
    const QList<std::pair<const char *, std::int64_t>> good{
        {"100M", 100'000},    {"1G", 1'000'000},         {"512k", 512},        {"100 Mb/s", 100'000},
        {"100Mbps", 100'000}, {"2.5 Gbit/s", 2'500'000}, {"10 g", 10'000'000}, {"250000", 250'000}};
    for (const auto &[text, kbps] : good) {
        const auto r = BandwidthText::parseKbps(QLatin1String(text));
        ASSERT_TRUE(r.ok()) << text << ": " << r.error().message.toStdString();
        EXPECT_EQ(*r, kbps) << text;
    }
    for (const char *text : {"fast", "-5M", "100.5", "1 Tb/s", "100 b/s", ""}) {
        const auto r = BandwidthText::parseKbps(QLatin1String(text));
        ASSERT_FALSE(r.ok()) << text;
        EXPECT_EQ(r.error().message,
                  QStringLiteral("'%1' is not a bandwidth; write e.g. 512k, 100M, 1G or 100 Mb/s, "
                                 "or a whole number of kb/s")
                      .arg(QLatin1String(text)));
    }
    const auto fraction = BandwidthText::parseKbps(QStringLiteral("1.5k"));
    ASSERT_FALSE(fraction.ok());
    EXPECT_EQ(fraction.error().message, QStringLiteral("'1.5k' is not a whole number of kb/s"));
}

TEST(SiteCsvImporter, ReadsEveryColumnInAnyOrderAndCase)
{
    const ImportReport r = importFixture(QStringLiteral("sites-valid.csv"));
    ASSERT_TRUE(r.ok()) << r.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(r.skipped.isEmpty());
    const QList<Site> expected{
        site("HQ-PAR", "Paris Head Office, Tower \"A\"", "12 rue de la Paix\nBâtiment B", "Paris", "75002",
             48.8686, 2.3314, SiteRole::Hub, 1'000'000, AccessType::Fiber, Resiliency::DualHomed,
             {QStringLiteral("10.1.0.0/16"), QStringLiteral("10.2.0.0/16")}, CeRouting::Bgp, 65001),
        site("ST-LYS", "Lyon Store", "3 place Bellecour", "Lyon", "69002", 45.7578, 4.832, SiteRole::Spoke,
             100'000, AccessType::Copper, Resiliency::Single,
             {QStringLiteral("10.10.0.0/24"), QStringLiteral("10.11.0.0/24")}, CeRouting::Static, 0),
        site("ST-NCE", "Nice Store", "", "Nice", "06000", 43.7, 7.27, SiteRole::Spoke, 512, AccessType::Lte,
             Resiliency::Single, {QStringLiteral("10.12.0.0/24")}, CeRouting::Bgp, 65012),
        site("WH-LIL", "Lille Warehouse", "1 rue du Port", "Lille", "59000", 50.63, 3.06, SiteRole::AnyToAny,
             250'000, AccessType::Dsl, Resiliency::Single, {QStringLiteral("10.13.0.0/24")}, CeRouting::Bgp,
             65013),
    };
    ASSERT_EQ(siteIds(r.sites), siteIds(expected));
    for (qsizetype i = 0; i < expected.size(); ++i)
        EXPECT_TRUE(r.sites[i] == expected[i]) << "site " << expected[i].siteId.toStdString() << " differs";
    EXPECT_EQ(
        r.warnings,
        QStringList{QStringLiteral(
            "sites-valid.csv:4: column 'customer_as': 65010 is ignored: the site uses static routing")});
}

namespace {

// A file that must import nothing, with the exact errors it must give.
struct BadFile
{
    const char *test;
    const char *fixture;
    QStringList errors;
};

class SiteCsvBadFile : public ::testing::TestWithParam<BadFile>
{
};

} // namespace

TEST_P(SiteCsvBadFile, ImportsNothingAndSaysWhy)
{
    const BadFile &c = GetParam();
    const ImportReport r = importFixture(QLatin1String(c.fixture));
    EXPECT_EQ(r.errors, c.errors);
    EXPECT_TRUE(r.sites.isEmpty());
    EXPECT_TRUE(r.skipped.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    SiteCsvImporter, SiteCsvBadFile,
    ::testing::Values(
        BadFile{"MissingRequiredColumnsAreAllNamed",
                "missing-columns.csv",
                {QStringLiteral(
                    "missing-columns.csv:1: missing required columns: latitude, longitude, bandwidth")}},
        BadFile{"UnknownColumnsAreRefused",
                "unknown-columns.csv",
                {QStringLiteral("unknown-columns.csv:1: unknown columns 'lat', 'Region'; the columns are: %1")
                     .arg(QLatin1String(kAllColumns))}},
        BadFile{"BadCoordinatesNameLineAndColumn",
                "bad-coordinates.csv",
                {QStringLiteral("bad-coordinates.csv:3: column 'latitude': 95.2 is outside -90..90"),
                 QStringLiteral(
                     "bad-coordinates.csv:4: column 'longitude': '6,96' is not a number of degrees (write "
                     "the decimal mark as '.')"),
                 QStringLiteral("bad-coordinates.csv:5: column 'longitude': -181 is outside -180..180")}},
        BadFile{"DuplicateSiteIdsNameBothLines",
                "duplicate-ids.csv",
                {QStringLiteral(
                    "duplicate-ids.csv:4: column 'site_id': site id 'BR-01' is used twice, on lines 2 "
                    "and 4")}},
        BadFile{"EmptyFile",
                "empty.csv",
                {QStringLiteral("empty.csv: the file is empty; its first row must name the columns (%1)")
                     .arg(QLatin1String(kAllColumns))}},
        BadFile{"HeaderOnlyFileHasNoSites",
                "header-only.csv",
                {QStringLiteral("header-only.csv:1: no sites: the file has a header row and no data rows")}},
        BadFile{"UnclosedQuoteNamesWhereItStarts",
                "unclosed-quote.csv",
                {QStringLiteral("unclosed-quote.csv:3: a quoted field starts here and is never closed")}}),
    [](const ::testing::TestParamInfo<BadFile> &info) { return std::string(info.param.test); });

TEST(SiteCsvImporter, FileErrorsStopValidRowsOnlyToo)
{
    for (const char *name : {"missing-columns.csv", "header-only.csv", "unclosed-quote.csv"}) {
        const ImportReport r = importFixture(QLatin1String(name), ImportMode::ValidRowsOnly);
        EXPECT_EQ(r.errors, importFixture(QLatin1String(name)).errors) << name;
        EXPECT_TRUE(r.sites.isEmpty()) << name;
    }
}

TEST(SiteCsvImporter, NonUtf8BytesNameTheLine)
{
    QByteArray bytes = test::readFile(test::fixture(QStringLiteral("intake/sites-valid.csv")));
    // "Bâtiment" on line 3, as Latin-1 writes it: â is the single byte E2.
    const QByteArray utf8 = QStringLiteral("Bâtiment").toUtf8();
    ASSERT_TRUE(bytes.contains(utf8));
    bytes.replace(utf8, QByteArray("B\xE2timent"));
    const ImportReport r = SiteCsvImporter::fromBytes(bytes, QStringLiteral("sites.csv"));
    EXPECT_EQ(r.errors,
              QStringList{QStringLiteral(
                  "sites.csv:3: the line is not valid UTF-8; save the file with the UTF-8 encoding")});
    EXPECT_TRUE(r.sites.isEmpty());
    // Not even the valid rows: a file in another encoding would import wrong names.
    EXPECT_FALSE(
        SiteCsvImporter::fromBytes(bytes, QStringLiteral("sites.csv"), ImportMode::ValidRowsOnly).ok());
}

namespace {
const QStringList kMixedProblems{
    QStringLiteral("sites-mixed.csv:3: column 'latitude': 95.2 is outside -90..90"),
    QStringLiteral(
        "sites-mixed.csv:4: column 'bandwidth': 'fast' is not a bandwidth; write e.g. 512k, 100M, 1G or "
        "100 Mb/s, or a whole number of kb/s"),
    QStringLiteral("sites-mixed.csv:5: column 'site_id': site id 'BR-01' is used twice, on lines 2 and 5"),
    QStringLiteral(
        "sites-mixed.csv:6: column 'lan_prefixes': '10.105.1.1/16' is not a prefix: host bits are set "
        "(did you mean 10.105.0.0/16?)"),
    QStringLiteral("sites-mixed.csv:7: the row has 10 fields but the header row has 12"),
};
} // namespace

TEST(SiteCsvImporter, AllOrNothingListsEveryBadRowAndImportsNothing)
{
    const ImportReport r = importFixture(QStringLiteral("sites-mixed.csv"));
    EXPECT_EQ(r.errors, kMixedProblems);
    EXPECT_TRUE(r.skipped.isEmpty());
    EXPECT_TRUE(r.sites.isEmpty());
}

TEST(SiteCsvImporter, ValidRowsOnlyImportsTheRestAndReportsEachSkippedRow)
{
    const ImportReport r = importFixture(QStringLiteral("sites-mixed.csv"), ImportMode::ValidRowsOnly);
    ASSERT_TRUE(r.ok()) << r.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(siteIds(r.sites), (QStringList{QStringLiteral("BR-01"), QStringLiteral("BR-07")}));
    EXPECT_EQ(r.sites[0].name, QStringLiteral("Branch Berlin"));
    EXPECT_EQ(r.sites[1].role, SiteRole::Hub);
    EXPECT_EQ(r.skipped, kMixedProblems);
}

TEST(SiteCsvImporter, ValidRowsOnlyWithNoValidRowImportsNothing)
{
    const ImportReport r = importFixture(QStringLiteral("bad-coordinates.csv"), ImportMode::ValidRowsOnly);
    // Row 2 is valid; drop it and nothing is left.
    QByteArray bytes = test::readFile(test::fixture(QStringLiteral("intake/bad-coordinates.csv")));
    bytes.replace("52.52,13.405", "52.52,213.405");
    const ImportReport none =
        SiteCsvImporter::fromBytes(bytes, QStringLiteral("c.csv"), ImportMode::ValidRowsOnly);
    EXPECT_EQ(r.sites.size(), 1);
    EXPECT_EQ(none.errors, QStringList{QStringLiteral("c.csv: no row is valid; nothing was imported")});
    EXPECT_EQ(none.skipped.size(), 4);
}

TEST(SiteCsvImporter, RequiredCellsMustHaveAValue)
{
    const QByteArray bytes =
        "site_id,name,city,country_code,latitude,longitude,role,bandwidth,access_type,routing\n"
        "BR-01,,Berlin,DE,52.52,,spoke,100M,fiber,static\n";
    const ImportReport r = SiteCsvImporter::fromBytes(bytes, QStringLiteral("s.csv"));
    EXPECT_EQ(r.errors,
              QStringList{QStringLiteral("s.csv:2: column 'name': no value (the column is required); "
                                         "column 'longitude': no value (the column is required)")});
}
