#include "pushworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

namespace vpnwb::test {
namespace {

const QString kPassphrase = QStringLiteral("lab-vault-passphrase");

} // namespace

PushWorkspace::PushWorkspace(const QList<QStringList> &beforeDesign)
{
    EXPECT_TRUE(m_dir.isValid());
    QList<QStringList> steps{QStringList{QStringLiteral("demo")},
                             QStringList{QStringLiteral("serviceability"), QStringLiteral("1")}};
    steps += beforeDesign;
    steps += QList<QStringList>{QStringList{QStringLiteral("design"), QStringLiteral("1")},
                                QStringList{QStringLiteral("vault"), QStringLiteral("init")}};
    for (const QStringList &step : std::as_const(steps)) {
        const ProcessResult r = run(step);
        EXPECT_EQ(r.exitCode, 0) << step.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
    }
}

void PushWorkspace::start(QProcess &process, const QStringList &args) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VPNWB_VAULT_PASSPHRASE"), kPassphrase);
    process.setProcessEnvironment(env);
    process.start(cliPath(), QStringList{QStringLiteral("--db"), filePath(QStringLiteral("ws.vpnwb"))} + args);
}

ProcessResult PushWorkspace::run(const QStringList &args, const QByteArray &input, int timeoutMs) const
{
    QProcess p;
    start(p, args);
    p.write(input);
    p.closeWriteChannel();
    ProcessResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "vpnwb did not finish in time";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString PushWorkspace::writeInventory(const QString &name, const DeviceInventory &source,
                                      const QList<std::tuple<QString, QString, QString>> &designToLab) const
{
    QJsonArray devices;
    for (const auto &[designName, labName, vendor] : designToLab) {
        const Device *d = source.find(labName);
        EXPECT_NE(d, nullptr) << labName.toStdString();
        if (!d)
            continue;
        devices.append(QJsonObject{{QStringLiteral("name"), designName},
                                   {QStringLiteral("role"), Device::toString(d->role)},
                                   {QStringLiteral("managementAddress"), d->managementAddress},
                                   {QStringLiteral("port"), d->port},
                                   {QStringLiteral("transport"), Device::toString(d->transport)},
                                   {QStringLiteral("vendor"), vendor},
                                   {QStringLiteral("username"), d->username},
                                   {QStringLiteral("credential"), d->credential}});
    }
    const QJsonObject document{{QStringLiteral("format"), QStringLiteral("vpnwb-device-inventory")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("devices"), devices}};
    const QString path = filePath(name);
    writeFile(path, QJsonDocument(document).toJson());
    return path;
}

} // namespace vpnwb::test
