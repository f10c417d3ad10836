#include "pushjobrecord.h"

#include <gtest/gtest.h>

using vpnwb::PushJobRecord;

TEST(PushJobRecord, StringFormsRoundTrip)
{
    using D = PushJobRecord::DeviceRecord::Outcome;
    const std::pair<PushJobRecord::Kind, const char *> kinds[] = {
        {PushJobRecord::Kind::DryRun, "dry-run"},
        {PushJobRecord::Kind::Commit, "commit"},
        {PushJobRecord::Kind::Rollback, "rollback"}};
    for (const auto &[k, text] : kinds) {
        EXPECT_EQ(PushJobRecord::toString(k).toStdString(), text);
        EXPECT_EQ(PushJobRecord::kindFromString(QLatin1String(text)), k);
    }
    const std::pair<PushJobRecord::Mode, const char *> modes[] = {
        {PushJobRecord::Mode::AllOrNothing, "all-or-nothing"},
        {PushJobRecord::Mode::BestEffort, "best-effort"}};
    for (const auto &[m, text] : modes) {
        EXPECT_EQ(PushJobRecord::toString(m).toStdString(), text);
        EXPECT_EQ(PushJobRecord::modeFromString(QLatin1String(text)), m);
    }
    const std::pair<PushJobRecord::Outcome, const char *> outcomes[] = {
        {PushJobRecord::Outcome::Running, "running"},
        {PushJobRecord::Outcome::Succeeded, "succeeded"},
        {PushJobRecord::Outcome::Failed, "failed"},
        {PushJobRecord::Outcome::Partial, "partial"},
        {PushJobRecord::Outcome::Cancelled, "cancelled"}};
    for (const auto &[o, text] : outcomes) {
        EXPECT_EQ(PushJobRecord::toString(o).toStdString(), text);
        EXPECT_EQ(PushJobRecord::outcomeFromString(QLatin1String(text)), o);
    }
    const std::pair<D, const char *> devices[] = {
        {D::Pending, "pending"}, {D::Unchanged, "unchanged"},    {D::Changed, "changed"},
        {D::Failed, "failed"},   {D::RolledBack, "rolled-back"}, {D::RollbackFailed, "rollback-failed"}};
    for (const auto &[o, text] : devices) {
        EXPECT_EQ(PushJobRecord::toString(o).toStdString(), text);
        EXPECT_EQ(PushJobRecord::deviceOutcomeFromString(QLatin1String(text)), o);
    }
}

TEST(PushJobRecord, UnknownWordsAreRefused)
{
    EXPECT_FALSE(PushJobRecord::kindFromString(QStringLiteral("Commit")));
    EXPECT_FALSE(PushJobRecord::kindFromString(QString()));
    EXPECT_FALSE(PushJobRecord::modeFromString(QStringLiteral("all")));
    EXPECT_FALSE(PushJobRecord::outcomeFromString(QStringLiteral("done")));
    EXPECT_FALSE(PushJobRecord::deviceOutcomeFromString(QStringLiteral("rolled back")));
}
