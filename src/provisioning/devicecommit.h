#pragma once

#include "devicechange.h"
#include "devicejobcontext.h"
#include "result.h"

#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace vpnwb {

class CliSession;
class NetconfSession;
class SshSession;

// The commit of a push on one device, in the steps a PushTransaction runs
// as DeviceJobs (each on a worker thread, where it may block on SSH):
//  - apply: connect, save the running configuration, send the change set,
//    read the running configuration back and check that every statement of
//    the change set is there;
//  - BGP check: wait until the device's VPNv4 peers of the push are
//    Established (FRR; other vendors are logged as not checked);
//  - restore: bring the device back to the saved configuration and check
//    that it runs exactly that again.
// A DeviceCommit made with a saved configuration only restores:
// the rollback of a past job.
//
// A device reached over NETCONF is changed through its candidate datastore
// with a confirmed commit (RFC 6241, 8.4) that names a persist id: the
// device itself restores its previous configuration unless confirm() is
// called within the confirm time, so a workbench that dies mid-push leaves
// nothing half done there. Until then, restore() cancels the commit
// (<cancel-commit>); afterwards, and for a past job, it replaces the
// device's configuration with the saved one.
class DeviceCommit
{
public:
    enum class State {
        Queued,
        Connecting,
        Reading,
        Pushing,
        Verifying,
        Done,
        Failed,
        RollingBack,
        RolledBack,
        RollbackFailed,
    };
    static QString toString(State state);

    explicit DeviceCommit(DeviceChange change);
    // Restores `savedConfig` (as a past job stored it) instead of applying anything.
    DeviceCommit(DeviceChange change, QString savedConfig);

    const DeviceChange &change() const { return m_change; }
    // Receives each state as the device enters it, on the worker thread.
    void setStateSink(std::function<void(State)> sink) { m_stateSink = std::move(sink); }

    // How long a NETCONF device waits for confirm() before it restores itself.
    void setConfirmTimeout(int seconds) { m_confirmSeconds = seconds; }

    Status apply(DeviceJobContext &context);
    Status checkBgp(DeviceJobContext &context, int timeoutMs);
    // Confirms a NETCONF device's confirmed commit (nothing to do otherwise).
    Status confirm(DeviceJobContext &context);
    Status restore(DeviceJobContext &context);

    // Did apply send anything (so that a rollback must restore the device)?
    bool touched() const;
    // Did apply find the device already running every statement of the change set?
    bool unchanged() const;
    // Is a confirmed commit of apply waiting for confirm()?
    bool awaitsConfirmation() const;
    QString preConfig() const;
    QString postConfig() const;
    State state() const;

private:
    struct Connection;
    Result<QString> readRunning(CliSession &cli, DeviceJobContext &context);
    Result<std::unique_ptr<Connection>> connect(DeviceJobContext &context);
    // The NETCONF steps (devicecommitnetconf.cpp).
    Result<QString> readRunningXml(NetconfSession &netconf, DeviceJobContext &context);
    Status applyNetconf(DeviceJobContext &context);
    Status restoreNetconf(DeviceJobContext &context);
    Status fail(State state, Error error);
    void enter(State state);
    Error cancelled(const QString &what) const;

    DeviceChange m_change;
    std::function<void(State)> m_stateSink;
    mutable QMutex m_mutex;
    State m_state = State::Queued;
    bool m_touched = false;
    bool m_unchanged = false;
    bool m_restoreOnly = false;
    bool m_awaitingConfirm = false;
    int m_confirmSeconds = 600;
    QString m_persistId;
    QString m_pre;
    QString m_post;
};

} // namespace vpnwb
