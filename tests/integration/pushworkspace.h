#pragma once

#include "deviceinventory.h"
#include "testpaths.h"

#include <QByteArray>
#include <QProcess>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <tuple>

namespace vpnwb::test {

// A workspace with the demo engagement designed and a vault, and the built
// vpnwb run on it with the vault's passphrase in its environment.
class PushWorkspace
{
public:
    // `beforeDesign`: vpnwb commands run between the serviceability check and
    // the design (e.g. provider settings).
    explicit PushWorkspace(const QList<QStringList> &beforeDesign = {});

    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString knownHosts() const { return filePath(QStringLiteral("ws.vpnwb.known_hosts")); }

    // vpnwb --db WS ARGS, with `input` on stdin (60 s at most, or `timeoutMs`).
    ProcessResult run(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 60'000) const;

    // Starts vpnwb --db WS ARGS in `process` without waiting for it.
    void start(QProcess &process, const QStringList &args) const;

    // An inventory naming design devices, each reached at a device of `source`
    // (the lab's), with the vendor the design renders for it, without host keys.
    QString writeInventory(const QString &name, const DeviceInventory &source,
                           const QList<std::tuple<QString, QString, QString>> &designToLab) const;

private:
    QTemporaryDir m_dir;
};

} // namespace vpnwb::test
