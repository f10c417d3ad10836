#include "prefixoverlap.h"

#include <gtest/gtest.h>

#include <random>

using namespace vpnwb;

namespace {

QList<Ipv4Prefix> prefixes(std::initializer_list<const char *> texts)
{
    QList<Ipv4Prefix> out;
    for (const char *t : texts)
        out.append(Ipv4Prefix::parse(QLatin1String(t)).value());
    return out;
}

} // namespace

TEST(PrefixOverlap, DisjointPrefixesDoNotOverlap)
{
    const auto p = prefixes({"10.1.0.0/24", "10.1.1.0/24", "10.2.0.0/16", "192.0.2.0/25", "192.0.2.128/25"});
    EXPECT_TRUE(PrefixOverlap::findBySweep(p).isEmpty());
    EXPECT_TRUE(PrefixOverlap::findPairwise(p).isEmpty());
}

TEST(PrefixOverlap, EachPrefixIsToldWithItsInnermostContainer)
{
    // 10.1.1.0/24 lies in 10.1.0.0/16, which lies in 10.0.0.0/8; the /24 is told with the /16.
    const auto p = prefixes({"10.1.1.0/24", "172.16.0.0/12", "10.0.0.0/8", "10.1.0.0/16", "10.1.1.0/24"});
    const QList<PrefixOverlap::Overlap> expected{{0, 3}, {3, 2}, {4, 0}};
    EXPECT_EQ(PrefixOverlap::findBySweep(p), expected);
    EXPECT_EQ(PrefixOverlap::findPairwise(p), expected);
}

TEST(PrefixOverlap, SweepAndPairwiseAgreeOnRandomPrefixes)
{
    std::mt19937 rng(7);
    for (int round = 0; round < 20; ++round) {
        QList<Ipv4Prefix> p;
        for (int i = 0; i < 300; ++i) {
            const int length = 8 + int(rng() % 17);
            const std::uint32_t address = 0x0A000000u | (rng() & 0x00FFFFFFu); // inside 10.0.0.0/8
            const std::uint32_t network = address & (~0u << (32 - length));
            p.append(Ipv4Prefix::parse(Ipv4Prefix::addressToString(network) + QStringLiteral("/%1").arg(length)).value());
        }
        EXPECT_EQ(PrefixOverlap::findBySweep(p), PrefixOverlap::findPairwise(p)) << "round " << round;
    }
}
