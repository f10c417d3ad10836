// DeviceCommit's steps on a device reached over NETCONF (see devicecommit.h).
#include "devicecommit.h"

#include "devicecommitconnection.h"
#include "netconfconfig.h"
#include "netconfrpc.h"

#include <QMutexLocker>
#include <QUuid>

namespace vpnwb {

namespace {

using Datastore = NetconfSession::Datastore;

// A clean-up step whose failure changes nothing on the device: logged, not returned.
void tidy(const Status &s, const DeviceJobContext &context)
{
    if (!s)
        context.log(QStringLiteral("clean-up: %1").arg(s.error().message));
}

QString describe(const QList<NetconfConfig::Missing> &missing)
{
    const NetconfConfig::Missing &m = missing.first();
    return (m.path + QStringList{m.text}).join(QStringLiteral(" > "));
}

} // namespace

Status DeviceCommit::fail(State state, Error error)
{
    enter(state);
    return error;
}

Result<QString> DeviceCommit::readRunningXml(NetconfSession &netconf, DeviceJobContext &context)
{
    auto running = netconf.getConfig(Datastore::Running, {}, context.stopToken());
    if (!running)
        return context.cancelled() ? cancelled(QStringLiteral("while reading the running configuration"))
                                   : running.error();
    return QString(running.value().trimmed() + QLatin1Char('\n'));
}

Status DeviceCommit::applyNetconf(DeviceJobContext &context)
{
    const QString where = m_change.endpoint.describe();
    auto wanted = NetconfConfig::parse(m_change.intendedConfig, QStringLiteral("%1: the change set").arg(where));
    if (!wanted)
        return fail(State::Failed, wanted.error());
    context.setProgress(0);
    auto connection = connect(context);
    if (!connection)
        return fail(State::Failed, connection.error());
    NetconfSession &netconf = *connection.value()->netconf;
    const std::stop_token stop = context.stopToken();

    enter(State::Reading);
    context.log(QStringLiteral("locking the candidate configuration"));
    if (const Status s = netconf.lock(Datastore::Candidate, stop); !s)
        return fail(State::Failed, s.error());
    // Whatever another client left in the candidate is not part of this change.
    if (const Status s = netconf.discardChanges(stop); !s)
        return fail(State::Failed, s.error());
    context.log(QStringLiteral("saving the running configuration"));
    context.setProgress(20);
    auto pre = readRunningXml(netconf, context);
    if (!pre)
        return fail(State::Failed, pre.error());
    auto held = NetconfConfig::parse(pre.value(), QStringLiteral("%1: the running configuration").arg(where));
    if (!held)
        return fail(State::Failed, held.error());
    {
        const QMutexLocker lock(&m_mutex);
        m_pre = pre.value();
    }
    const QList<NetconfConfig::Missing> missingBefore = NetconfConfig::missing(held.value(), wanted.value());
    if (missingBefore.isEmpty()) {
        context.log(QStringLiteral("the device holds the whole change set already; nothing to send"));
        tidy(netconf.unlock(Datastore::Candidate, stop), context);
        const QMutexLocker lock(&m_mutex);
        m_unchanged = true;
        m_post = m_pre;
    } else {
        context.log(QStringLiteral("%1 part(s) of the change set are not on the device yet").arg(missingBefore.size()));
        if (context.cancelled())
            return fail(State::Failed, cancelled(QStringLiteral("before anything was sent")));
        enter(State::Pushing);
        context.setProgress(40);
        context.log(QStringLiteral("editing the candidate configuration"));
        Status edited = netconf.editConfig(Datastore::Candidate, m_change.intendedConfig, stop);
        if (edited)
            edited = netconf.validate(Datastore::Candidate, stop);
        if (!edited) {
            tidy(netconf.discardChanges(), context);
            tidy(netconf.unlock(Datastore::Candidate), context);
            return fail(State::Failed, context.cancelled() ? cancelled(QStringLiteral("before the commit")) : edited.error());
        }
        const QString persistId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            const QMutexLocker lock(&m_mutex);
            m_touched = true;
            m_persistId = persistId;
        }
        context.log(QStringLiteral("committing, confirmed (persist id %1): the device restores its previous "
                                   "configuration unless the push confirms within %2 s")
                        .arg(persistId)
                        .arg(m_confirmSeconds));
        // Not cancellable from here on: the commit is sent whole or not at all.
        if (const Status s = netconf.confirmedCommit(m_confirmSeconds, persistId); !s) {
            tidy(netconf.discardChanges(), context);
            tidy(netconf.unlock(Datastore::Candidate), context);
            return fail(State::Failed, s.error());
        }
        {
            const QMutexLocker lock(&m_mutex);
            m_awaitingConfirm = true;
        }
        tidy(netconf.unlock(Datastore::Candidate), context);
        enter(State::Verifying);
        context.setProgress(70);
        context.log(QStringLiteral("reading the running configuration back"));
        auto post = readRunningXml(netconf, context);
        if (!post)
            return fail(State::Failed, post.error());
        {
            const QMutexLocker lock(&m_mutex);
            m_post = post.value();
        }
        auto after = NetconfConfig::parse(post.value(), QStringLiteral("%1: the running configuration").arg(where));
        if (!after)
            return fail(State::Failed, after.error());
        const QList<NetconfConfig::Missing> missing = NetconfConfig::missing(after.value(), wanted.value());
        if (!missing.isEmpty()) {
            for (const NetconfConfig::Missing &m : missing)
                context.log(QStringLiteral("missing after the change: %1")
                                .arg((m.path + QStringList{m.text}).join(QStringLiteral(" > "))));
            return fail(State::Failed, Error::io(QStringLiteral("%1: after the commit, %2 part(s) of the change set are "
                                                                "not in the running configuration (first: %3)")
                                                     .arg(where)
                                                     .arg(missing.size())
                                                     .arg(describe(missing))));
        }
        context.log(QStringLiteral("verified: the running configuration holds the whole change set; the commit waits "
                                   "for the push's confirmation"));
    }
    tidy(netconf.close(), context);
    context.setProgress(100);
    enter(State::Done);
    return Status::success();
}

Status DeviceCommit::confirm(DeviceJobContext &context)
{
    if (!awaitsConfirmation())
        return Status::success();
    const State before = state();
    context.log(QStringLiteral("confirming the commit"));
    // A confirmation that has begun runs to its end.
    DeviceJobContext uncancellable = context.uncancellable();
    auto connection = connect(uncancellable);
    if (!connection)
        return fail(State::Failed, connection.error());
    QString persistId;
    {
        const QMutexLocker lock(&m_mutex);
        persistId = m_persistId;
    }
    if (const Status s = connection.value()->netconf->confirmCommit(persistId); !s)
        return fail(State::Failed, Error::io(QStringLiteral("%1; the device has restored its previous configuration "
                                                            "itself, or will")
                                                 .arg(s.error().message)));
    {
        const QMutexLocker lock(&m_mutex);
        m_awaitingConfirm = false;
    }
    tidy(connection.value()->netconf->close(), context);
    context.log(QStringLiteral("confirmed: the change stays on the device"));
    enter(before);
    return Status::success();
}

Status DeviceCommit::restoreNetconf(DeviceJobContext &context)
{
    const QString where = m_change.endpoint.describe();
    enter(State::RollingBack);
    context.setProgress(0);
    // A restore runs to its end: cancelling it would leave the device half way.
    DeviceJobContext uncancellable = context.uncancellable();
    auto connection = connect(uncancellable);
    if (!connection)
        return fail(State::RollbackFailed,
                    Error::io(QStringLiteral("%1; the device could not be restored").arg(connection.error().message)));
    NetconfSession &netconf = *connection.value()->netconf;
    const QString saved = preConfig();
    auto savedConfig = NetconfConfig::parse(saved, QStringLiteral("%1: the saved configuration").arg(where));
    if (!savedConfig)
        return fail(State::RollbackFailed, savedConfig.error());
    context.setProgress(30);
    QString persistId;
    bool awaiting = false;
    {
        const QMutexLocker lock(&m_mutex);
        persistId = m_persistId;
        awaiting = m_awaitingConfirm;
    }
    bool restored = false;
    if (awaiting) {
        context.log(QStringLiteral("cancelling the confirmed commit: the device goes back to its previous configuration"));
        if (const Status s = netconf.cancelCommit(persistId); s) {
            restored = true;
        } else {
            // The device may have restored itself already when the confirm time ran out.
            context.log(QStringLiteral("the cancel was refused (%1); replacing the configuration instead")
                            .arg(s.error().message));
        }
        const QMutexLocker lock(&m_mutex);
        m_awaitingConfirm = false;
    }
    if (!restored) {
        context.log(QStringLiteral("replacing the configuration with the saved one"));
        auto current = readRunningXml(netconf, uncancellable);
        if (!current)
            return fail(State::RollbackFailed, current.error());
        auto currentConfig =
            NetconfConfig::parse(current.value(), QStringLiteral("%1: the running configuration").arg(where));
        if (!currentConfig)
            return fail(State::RollbackFailed, currentConfig.error());
        auto edit = NetconfConfig::restoringEdit(saved, currentConfig.value(),
                                                  QStringLiteral("%1: the saved configuration").arg(where));
        if (!edit)
            return fail(State::RollbackFailed, edit.error());
        Status s = netconf.lock(Datastore::Candidate);
        if (s)
            s = netconf.discardChanges();
        if (s)
            s = netconf.editConfig(Datastore::Candidate, edit.value());
        if (s)
            s = netconf.validate(Datastore::Candidate);
        if (s)
            s = netconf.commit();
        if (!s) {
            tidy(netconf.discardChanges(), context);
            tidy(netconf.unlock(Datastore::Candidate), context);
            return fail(State::RollbackFailed, s.error());
        }
        tidy(netconf.unlock(Datastore::Candidate), context);
    }
    context.setProgress(70);
    auto after = readRunningXml(netconf, uncancellable);
    if (!after)
        return fail(State::RollbackFailed, after.error());
    {
        const QMutexLocker lock(&m_mutex);
        m_post = after.value();
    }
    auto afterConfig = NetconfConfig::parse(after.value(), QStringLiteral("%1: the running configuration").arg(where));
    if (!afterConfig)
        return fail(State::RollbackFailed, afterConfig.error());
    tidy(netconf.close(), context);
    context.setProgress(100);
    const QList<NetconfConfig::Missing> lost = NetconfConfig::missing(afterConfig.value(), savedConfig.value());
    const QList<NetconfConfig::Missing> extra = NetconfConfig::missing(savedConfig.value(), afterConfig.value());
    if (!lost.isEmpty() || !extra.isEmpty())
        return fail(State::RollbackFailed,
                    Error::io(QStringLiteral("%1: after the restore, the running configuration still differs from the "
                                             "saved one (first: %2)")
                                  .arg(where, describe(lost.isEmpty() ? extra : lost))));
    context.log(QStringLiteral("restored: the device runs its saved configuration again"));
    enter(State::RolledBack);
    return Status::success();
}

} // namespace vpnwb
