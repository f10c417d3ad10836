#pragma once

#include "deviceinventory.h"
#include "secret.h"
#include "sshcredentials.h"
#include "sshendpoint.h"
#include "testpaths.h"

#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace vpnwb::test {

// The router lab of tests/lab, started once for the whole test program (a
// GoogleTest Environment) with two PEs and two CEs, and taken down at the end,
// checking that nothing of it is left. Where the lab cannot run (no root, no
// network namespaces, packages missing), available() is false and
// skipReason() says why; LabTest skips its tests with that reason.
class RouterLab : public ::testing::Environment
{
public:
    static RouterLab &instance();

    void SetUp() override;
    void TearDown() override;

    bool available() const { return m_available; }
    QString skipReason() const { return m_skipReason; }

    QString dir() const { return m_dir; }
    QString labId() const { return m_labId; }
    const DeviceInventory &inventory() const { return m_inventory; }
    QString knownHostsFile() const;
    QString identityFile(const QString &keyType) const; // "ed25519" or "rsa"
    Secret password() const;
    SshCredentials passwordCredentials() const;
    // The device's endpoint, trusting the lab's known_hosts file strictly.
    SshEndpoint endpoint(const QString &device) const;

    // `show running-config` of a router, read directly with vtysh (not through
    // the transport under test).
    QString runningConfig(const QString &router) const;
    // Lines the lab's sshd logged so far.
    QStringList sshdLog() const;

    static QString script();
    static ProcessResult runLab(const QStringList &args);
    // What is left of the lab `labId` in `dir` on this machine: namespaces,
    // processes, FRR folders, the user, the folder. Empty when nothing is.
    static QStringList leftovers(const QString &dir, const QString &labId);

private:
    void takeDownStaleLabs() const;

    bool m_available = false;
    QString m_skipReason;
    QString m_dir;
    QString m_labId;
    DeviceInventory m_inventory;
};

// Base of the tests that use the lab: skipped, with the reason, where it cannot run.
class LabTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!RouterLab::instance().available())
            GTEST_SKIP() << RouterLab::instance().skipReason().toStdString();
    }
    static RouterLab &lab() { return RouterLab::instance(); }
};

} // namespace vpnwb::test
