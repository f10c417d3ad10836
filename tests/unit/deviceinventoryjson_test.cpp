#include "deviceinventoryjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vpnwb;

namespace {

QJsonObject device(const QString &name, int port)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("role"), QStringLiteral("pe")},
                       {QStringLiteral("managementAddress"), QStringLiteral("127.0.0.1")},
                       {QStringLiteral("port"), port},
                       {QStringLiteral("transport"), QStringLiteral("ssh-cli")},
                       {QStringLiteral("vendor"), QStringLiteral("frr")},
                       {QStringLiteral("username"), QStringLiteral("lab")},
                       {QStringLiteral("credential"), QStringLiteral("lab-1a2b3c")},
                       {QStringLiteral("knownHosts"),
                        QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA").arg(port)}};
}

QJsonObject inventory(const QJsonArray &devices)
{
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("vpnwb-device-inventory")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("devices"), devices}};
}

QString errorOf(const QJsonObject &root)
{
    const auto r = DeviceInventoryJson::fromJson(root, QStringLiteral("inv.json"));
    return r.ok() ? QStringLiteral("(read)") : r.error().message;
}

QJsonObject withDeviceField(const QString &key, const QJsonValue &value)
{
    QJsonObject d = device(QStringLiteral("pe1"), 2201);
    if (value.isUndefined())
        d.remove(key);
    else
        d[key] = value;
    return inventory({device(QStringLiteral("pe0"), 2200), d});
}

} // namespace

TEST(DeviceInventoryJson, ReadsEveryField)
{
    QJsonObject ce = device(QStringLiteral("nc1"), 2210);
    ce[QStringLiteral("role")] = QStringLiteral("ce");
    ce[QStringLiteral("transport")] = QStringLiteral("netconf");
    ce[QStringLiteral("vendor")] = QStringLiteral("yuma123");
    ce.remove(QStringLiteral("knownHosts"));
    const auto r = DeviceInventoryJson::fromJson(inventory({device(QStringLiteral("pe1"), 2201), ce}), QStringLiteral("i"));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_EQ(r->devices().size(), 2);
    const Device &pe = r->devices()[0];
    EXPECT_EQ(pe.name, QStringLiteral("pe1"));
    EXPECT_EQ(pe.role, Device::Role::Pe);
    EXPECT_EQ(pe.port, 2201);
    EXPECT_EQ(pe.transport, Device::Transport::SshCli);
    EXPECT_EQ(pe.credential, QStringLiteral("lab-1a2b3c"));
    EXPECT_EQ(pe.knownHostsName(), QStringLiteral("[127.0.0.1]:2201"));
    const Device *nc = r->find(QStringLiteral("nc1"));
    ASSERT_NE(nc, nullptr);
    EXPECT_EQ(nc->role, Device::Role::Ce);
    EXPECT_EQ(nc->transport, Device::Transport::Netconf);
    EXPECT_TRUE(nc->knownHosts.isEmpty());
    EXPECT_EQ(r->names(), (QStringList{QStringLiteral("pe1"), QStringLiteral("nc1")}));
}

TEST(DeviceInventoryJson, ErrorsNameTheFileAndTheJsonPath)
{
    EXPECT_EQ(errorOf(withDeviceField(QStringLiteral("port"), 70000)),
              QStringLiteral("inv.json: $.devices[1].port: 70000 is outside 1..65535"));
    EXPECT_EQ(errorOf(withDeviceField(QStringLiteral("role"), QStringLiteral("p"))),
              QStringLiteral("inv.json: $.devices[1].role: 'p' is not one of: pe, ce"));
    EXPECT_EQ(errorOf(withDeviceField(QStringLiteral("transport"), QStringLiteral("telnet"))),
              QStringLiteral("inv.json: $.devices[1].transport: 'telnet' is not one of: ssh-cli, netconf"));
    EXPECT_EQ(errorOf(withDeviceField(QStringLiteral("username"), QJsonValue::Undefined)),
              QStringLiteral("inv.json: $.devices[1].username: missing (expected a string)"));
    // A value that is not a secret's name may be a password: never repeated.
    const QString notAName = errorOf(withDeviceField(QStringLiteral("credential"), QStringLiteral("hunter2 pass")));
    EXPECT_TRUE(notAName.startsWith(QLatin1String("inv.json: $.devices[1].credential: the value is not a vault secret name")))
        << notAName.toStdString();
    EXPECT_FALSE(notAName.contains(QLatin1String("hunter2"))) << notAName.toStdString();
    EXPECT_EQ(errorOf(withDeviceField(QStringLiteral("credential"), QString())),
              QStringLiteral("inv.json: $.devices[1].credential: a password login needs the name of the vault secret "
                             "that holds the password"));
    EXPECT_TRUE(errorOf(withDeviceField(QStringLiteral("identityfile"), QStringLiteral("/etc/hostname")))
                    .startsWith(QLatin1String("inv.json: $.devices[1].identityfile: not a field of a device (the fields: "
                                              "name, role,")))
        << errorOf(withDeviceField(QStringLiteral("identityfile"), QStringLiteral("/etc/hostname"))).toStdString();
    EXPECT_EQ(errorOf(withDeviceField(QStringLiteral("name"), QStringLiteral("pe0"))),
              QStringLiteral("inv.json: $.devices[1].name: device 'pe0' is listed twice (first at $.devices[0].name)"));
    EXPECT_EQ(errorOf(withDeviceField(QStringLiteral("knownHosts"),
                                      QStringLiteral("[127.0.0.1]:9 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA"))),
              QStringLiteral("inv.json: $.devices[1].knownHosts: the line is for '[127.0.0.1]:9', not for this "
                             "device's [127.0.0.1]:2201"));
    EXPECT_EQ(errorOf(withDeviceField(QStringLiteral("managementAddress"), QStringLiteral("10.0.0.1; rm"))),
              QStringLiteral("inv.json: $.devices[1].managementAddress: '10.0.0.1; rm' is not an IP address or host name"));
}

TEST(DeviceInventoryJson, OtherFilesAndNewerVersionsAreRefused)
{
    QJsonObject other = inventory({});
    other[QStringLiteral("format")] = QStringLiteral("vpnwb-pop-catalog");
    EXPECT_EQ(DeviceInventoryJson::fromJson(other, QStringLiteral("x.json")).error().code, Error::Code::IncompatibleFile);
    QJsonObject newer = inventory({});
    newer[QStringLiteral("version")] = 2;
    const auto r = DeviceInventoryJson::fromJson(newer, QStringLiteral("x.json"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QLatin1String("newer"))) << r.error().message.toStdString();
    const auto bad = DeviceInventoryJson::fromBytes("{\n \"format\": \n", QStringLiteral("x.json"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.startsWith(QLatin1String("x.json:3: not valid JSON"))) << bad.error().message.toStdString();
}

TEST(DeviceInventoryJson, FileThatCannotBeReadIsNamed)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("none.json"));
    const auto r = DeviceInventoryJson::fromFile(missing);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Io);
    EXPECT_TRUE(r.error().message.contains(missing));
}

TEST(DeviceInventoryJson, BadFileIsRefusedNamingItsPathAndTheField)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inventory.json"));
    const auto write = [&](const QJsonObject &root) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(root).toJson());
    };
    QJsonObject d = device(QStringLiteral("pe1"), 2201);
    d[QStringLiteral("port")] = QStringLiteral("twenty-two");
    write(inventory({d}));
    auto r = DeviceInventoryJson::fromFile(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, path + QStringLiteral(": $.devices[0].port: expected an integer, got 'twenty-two'"));

    write(inventory({QStringLiteral("pe1")}));
    r = DeviceInventoryJson::fromFile(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, path + QStringLiteral(": $.devices[0]: expected an object"));

    QJsonObject noDevices = inventory({});
    noDevices.remove(QStringLiteral("devices"));
    write(noDevices);
    r = DeviceInventoryJson::fromFile(path);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.startsWith(path + QStringLiteral(": $.devices: "))) << r.error().message.toStdString();

    // The same file, corrected, reads.
    write(inventory({device(QStringLiteral("pe1"), 2201)}));
    r = DeviceInventoryJson::fromFile(path);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->names(), QStringList{QStringLiteral("pe1")});
}

TEST(DeviceInventoryJson, KeyAndAgentLoginsAreReadAndWrittenBack)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile key(dir.filePath(QStringLiteral("id_ed25519")));
    ASSERT_TRUE(key.open(QIODevice::WriteOnly));
    key.write("not read here\n");
    key.close();
    QJsonObject withKey = device(QStringLiteral("pe1"), 2201);
    withKey[QStringLiteral("auth")] = QStringLiteral("key");
    withKey[QStringLiteral("identityFile")] = QStringLiteral("id_ed25519"); // next to the inventory
    withKey.remove(QStringLiteral("credential"));                          // a key without passphrase
    QJsonObject withAgent = device(QStringLiteral("pe2"), 2202);
    withAgent[QStringLiteral("auth")] = QStringLiteral("agent");
    withAgent.remove(QStringLiteral("credential"));
    const QString path = dir.filePath(QStringLiteral("inventory.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(inventory({withKey, withAgent, device(QStringLiteral("pe3"), 2203)})).toJson());
    file.close();

    const auto r = DeviceInventoryJson::fromFile(path);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    const Device &k = r->devices()[0];
    EXPECT_EQ(k.auth, Device::Auth::PublicKey);
    EXPECT_EQ(k.identityFile, key.fileName()); // resolved against the inventory's folder
    EXPECT_TRUE(k.credential.isEmpty());
    EXPECT_EQ(r->devices()[1].auth, Device::Auth::Agent);
    EXPECT_EQ(r->devices()[2].auth, Device::Auth::Password);

    const auto again = DeviceInventoryJson::fromBytes(DeviceInventoryJson::toBytes(*r, QStringLiteral("t")),
                                                      QStringLiteral("written"));
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->devices(), r->devices());
}

TEST(DeviceInventoryJson, LoginErrorsNameTheField)
{
    const auto keyDevice = [](const QJsonObject &extra) {
        QJsonObject d = device(QStringLiteral("pe1"), 2201);
        d[QStringLiteral("auth")] = QStringLiteral("key");
        for (auto it = extra.begin(); it != extra.end(); ++it)
            d[it.key()] = it.value();
        return inventory({d});
    };
    EXPECT_EQ(errorOf(withDeviceField(QStringLiteral("auth"), QStringLiteral("kerberos"))),
              QStringLiteral("inv.json: $.devices[1].auth: 'kerberos' is not one of: password, key, agent"));
    EXPECT_EQ(errorOf(withDeviceField(QStringLiteral("credential"), QJsonValue::Undefined)),
              QStringLiteral("inv.json: $.devices[1].credential: missing (expected a string)"));
    EXPECT_EQ(errorOf(withDeviceField(QStringLiteral("auth"), QStringLiteral("agent"))),
              QStringLiteral("inv.json: $.devices[1].credential: a login through the ssh-agent takes no vault "
                             "secret; remove the credential"));
    EXPECT_EQ(errorOf(withDeviceField(QStringLiteral("identityFile"), QStringLiteral("/etc/hostname"))),
              QStringLiteral("inv.json: $.devices[1].identityFile: a key file is only used with \"auth\": \"key\" "
                             "(this device's is 'password')"));
    EXPECT_EQ(errorOf(keyDevice({})), QStringLiteral("inv.json: $.devices[0].identityFile: missing (expected a string)"));
    EXPECT_EQ(errorOf(keyDevice({{QStringLiteral("identityFile"), QStringLiteral("/nonexistent/id_rsa")}})),
              QStringLiteral("inv.json: $.devices[0].identityFile: there is no key file '/nonexistent/id_rsa'"));
    EXPECT_EQ(errorOf(keyDevice({{QStringLiteral("identityFile"), QStringLiteral("keys/id_rsa")}})),
              QStringLiteral("inv.json: $.devices[0].identityFile: 'keys/id_rsa' is relative, and the inventory is "
                             "not a file to resolve it against; give an absolute path"));
}
