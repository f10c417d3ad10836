#pragma once

#include "deviceinventory.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace vpnwb::test {

// A router lab of a test suite's own (`lab up --pe N --ce M`) in a temporary
// folder, for suites whose routers must hold only what their own tests put
// there. Made in SetUpTestSuite; taken down when destroyed, checking that
// nothing of it is left (a test failure otherwise).
class OwnLab
{
public:
    // Null where the shared lab cannot run (its tests skip) or where this one
    // did not come up (a test failure is recorded, with the lab's output).
    static std::unique_ptr<OwnLab> up(int pes, int ces, const QString &name);
    ~OwnLab();

    OwnLab(const OwnLab &) = delete;
    OwnLab &operator=(const OwnLab &) = delete;

    QString dir() const { return m_labDir; }
    QString id() const { return m_id; }
    const DeviceInventory &inventory() const { return m_inventory; }
    // What `lab up` printed.
    const QByteArray &upOutput() const { return m_upOutput; }

private:
    explicit OwnLab(const QString &name);

    QTemporaryDir m_tmp;
    QString m_labDir;
    QString m_id;
    DeviceInventory m_inventory;
    QByteArray m_upOutput;
};

} // namespace vpnwb::test
