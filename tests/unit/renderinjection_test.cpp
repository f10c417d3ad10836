// Free text can never change the structure of a configuration: random text
// (Unicode, line breaks, control characters, quotes, '?', braces, ';',
// vendor comment characters, very long strings) goes into every free-text
// field of a device, for every renderer and style, and the rendering's
// statements other than descriptions must be exactly those of the same
// device with plain text, and every description line must stand where the
// plain rendering has one (no description split into two, none added).
// Every renderer plugin, every style and every golden device of its vendor
// are covered. Bounded in time for CI: $VPNWB_FUZZ_SECONDS in all (default
// 5), shared by the cases; $VPNWB_FUZZ_SEED repeats a run.

#include "renderfixture.h"
#include "safetext.h"

#include <QElapsedTimer>
#include <QMap>

#include <gtest/gtest.h>

#include <functional>
#include <random>

using namespace vpnwb;
using vpnwb::test::RenderFixture;

namespace {

class TextGenerator
{
public:
    explicit TextGenerator(std::uint64_t seed) : m_rng(seed) {}

    QString next()
    {
        static const char16_t pieces[][64] = {
            u"\n", u"\r\n", u"\r", u"\t", u"a\u0001b", u"\u001b[31m", u"\u007f", u"\u0085", u"\u2028", u"\u2029",
            u"?", u"\"", u"'", u"\\", u"{", u"}", u";", u"#", u"!", u"|", u"[", u"]", u"^", u"$", u"`", u"<", u">",
            u"\nrouter bgp 1\n neighbor 6.6.6.6 remote-as 666\n", u"\"; delete routing-instances CORP; set x \"",
            u"}\n}\nset system root-authentication plain-text-password", u"\nexit\nno router bgp 64500\n",
            u"\n/configure service delete vprn \"CORP-HUB\"\n", u"description", u" end\n", u"\u202Eevil\u202C",
            u"\u200B", u"\u00A0", u"Straße", u"München", u"Łódź", u"東京", u"\U0001F680", u"e\u0301", u"\uFFFD",
            u"  ", u"Berlin Store", u"a", u"0"};
        std::uniform_int_distribution<int> count(0, 12);
        std::uniform_int_distribution<std::size_t> piece(0, std::size(pieces) - 1);
        std::uniform_int_distribution<int> kind(0, 9);
        QString out;
        const int n = count(m_rng);
        for (int i = 0; i < n; ++i) {
            switch (kind(m_rng)) {
            case 0: { // any code unit at all
                std::uniform_int_distribution<int> unit(0, 0xffff);
                out += QChar(static_cast<char16_t>(unit(m_rng)));
                break;
            }
            case 1: { // printable ASCII
                std::uniform_int_distribution<int> ascii(0x20, 0x7e);
                out += QChar(static_cast<char16_t>(ascii(m_rng)));
                break;
            }
            case 2: // very long
                if (std::uniform_int_distribution<int>(0, 20)(m_rng) == 0)
                    out += QString(std::uniform_int_distribution<int>(200, 5000)(m_rng), QLatin1Char('x'));
                break;
            default:
                out += QString::fromUtf16(pieces[piece(m_rng)]);
            }
        }
        return out;
    }

private:
    std::mt19937_64 m_rng;
};

void setFreeText(DeviceDesign &d, const std::function<QString()> &text)
{
    d.customerName = text();
    for (VrfDefinition &v : d.vrfs)
        v.vpnName = text();
    for (Attachment &a : d.attachments) {
        a.siteName = text();
        a.description = text();
    }
    for (LanInterface &l : d.lanInterfaces)
        l.description = text();
}

bool isDescription(const QString &line)
{
    return line.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(QLatin1String("description"));
}

QStringList statementsBesidesDescriptions(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!isDescription(line))
            out.append(line);
    }
    out.sort();
    return out;
}

// What stands before the value of a description line: its place in the
// configuration (indentation, path, keyword).
QString descriptionSlot(const QString &line)
{
    return line.left(line.indexOf(QLatin1String("description")) + 11);
}

QMap<QString, int> descriptionSlots(const QString &text)
{
    QMap<QString, int> places;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (isDescription(line))
            ++places[descriptionSlot(line)];
    }
    return places;
}

// A description line carries one safe value: printable ASCII without the
// vendor's forbidden characters, in quotes for the vendors that quote.
void expectSafeDescriptions(const QString &text, const QString &vendor)
{
    const SafeText rules = SafeText::forVendor(vendor);
    const bool quoted = vendor == QLatin1String("junos") || vendor == QLatin1String("sros");
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!isDescription(line))
            continue;
        QString value = line.mid(line.indexOf(QLatin1String("description ")) + 12);
        if (quoted) {
            if (value.endsWith(QLatin1Char(';')))
                value.chop(1);
            ASSERT_TRUE(value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')) && value.size() >= 2)
                << line.toStdString();
            value = value.mid(1, value.size() - 2);
        }
        EXPECT_LE(value.size(), 255) << line.toStdString();
        EXPECT_EQ(value.count(QLatin1Char('\'')) % 2, 0) << line.toStdString();
        for (const QChar c : std::as_const(value)) {
            ASSERT_TRUE(c.unicode() >= 0x20 && c.unicode() < 0x7f) << line.toStdString();
            ASSERT_FALSE(c == QLatin1Char('"') || rules.forbiddenCharacters().contains(c)) << line.toStdString();
        }
    }
}

struct Case
{
    QString vendor;
    QString style;
    QString device; // a golden device whose names suit the vendor
};

} // namespace

TEST(RenderInjection, FreeTextNeverChangesTheStructure)
{
    // Every plugin, every style, every golden device of the plugin's vendor.
    QList<Case> cases;
    for (const RendererRegistry::Plugin &plugin : RenderFixture::registry().plugins()) {
        qsizetype devices = 0;
        for (const DeviceDesign &d : RenderFixture::goldenDesign()) {
            if (d.vendor != plugin.vendor)
                continue;
            ++devices;
            for (const QString &style : plugin.styles)
                cases.append({plugin.vendor, style, d.name});
        }
        EXPECT_GT(devices, 0) << "the golden design has no device for " << plugin.vendor.toStdString();
    }
    ASSERT_EQ(RenderFixture::registry().plugins().size(), 6);
    ASSERT_GE(cases.size(), 10);

    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("VPNWB_FUZZ_SECONDS", &ok);
    const qint64 budgetMs = (ok && seconds > 0 ? seconds : 5) * 1000 / cases.size();
    const std::uint64_t seed = qEnvironmentVariableIsSet("VPNWB_FUZZ_SEED")
                                   ? qEnvironmentVariable("VPNWB_FUZZ_SEED").toULongLong()
                                   : 20261203;
    int total = 0;
    for (qsizetype c = 0; c < cases.size(); ++c) {
        const Case &k = cases[c];
        SCOPED_TRACE(QStringLiteral("%1 %2 %3, VPNWB_FUZZ_SEED=%4").arg(k.vendor, k.style, k.device).arg(seed).toStdString());
        const IConfigRenderer *renderer = RenderFixture::registry().find(k.vendor)->renderer;
        DeviceDesign plain = RenderFixture::device(k.device);
        setFreeText(plain, [] { return QStringLiteral("Plain"); });
        auto expected = renderer->render(plain, k.style);
        ASSERT_TRUE(expected.ok()) << expected.error().message.toStdString();
        const QStringList structure = statementsBesidesDescriptions(expected->configuration);
        const QMap<QString, int> places = descriptionSlots(expected->configuration);
        ASSERT_FALSE(places.isEmpty()) << "the plain rendering has no description to attack";

        TextGenerator text(seed + static_cast<std::uint64_t>(c));
        QElapsedTimer timer;
        timer.start();
        int runs = 0;
        while (timer.elapsed() < budgetMs || runs < 20) {
            DeviceDesign fuzzed = plain;
            setFreeText(fuzzed, [&text] { return text.next(); });
            auto r = renderer->render(fuzzed, k.style);
            ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
            ASSERT_EQ(statementsBesidesDescriptions(r->configuration), structure)
                << "run " << runs << ":\n" << r->configuration.toStdString();
            // A value cleaned to nothing leaves its description out; none appears elsewhere or twice.
            const QMap<QString, int> used = descriptionSlots(r->configuration);
            for (auto it = used.cbegin(); it != used.cend(); ++it)
                ASSERT_LE(it.value(), places.value(it.key()))
                    << "run " << runs << ": " << it.key().toStdString();
            ASSERT_EQ(r->removal, expected->removal) << "run " << runs;
            expectSafeDescriptions(r->configuration, k.vendor);
            if (HasFatalFailure())
                return;
            ++runs;
        }
        total += runs;
        RecordProperty(QStringLiteral("%1-%2-%3").arg(k.vendor, k.style, k.device).toStdString(), runs);
    }
    std::printf("%d randomized renderings in %lld cases, none changed a statement\n", total,
                static_cast<long long>(cases.size()));
}
