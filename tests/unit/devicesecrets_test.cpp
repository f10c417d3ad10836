#include "credentialvault.h"
#include "database.h"
#include "devicesecrets.h"
#include "vaultrepository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vpnwb;

TEST(DeviceSecrets, EveryMissingCredentialIsNamedWithADeviceThatUsesIt)
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("ws.vpnwb")));
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    VaultRepository repository(**db);
    VaultHeader header;
    auto vault = CredentialVault::create(Secret(QByteArray("devicesecrets passphrase")), &header);
    ASSERT_TRUE(vault.ok());
    ASSERT_TRUE(repository.create(header).ok());
    const auto sealed = vault->seal(QStringLiteral("pe-routers"), Secret(QByteArray("pe password")));
    ASSERT_TRUE(sealed.ok());
    ASSERT_TRUE(repository.put(sealed.value()).ok());

    // Two credentials are missing: both are named, not only the first.
    const std::map<QString, QString> deviceOf{{QStringLiteral("pe-routers"), QStringLiteral("fra1-pe1")},
                                              {QStringLiteral("cpe-routers"), QStringLiteral("dc-fra-ce")},
                                              {QStringLiteral("core-routers"), QStringLiteral("par1-p1")}};
    const auto missing = DeviceSecrets::sealed(repository, deviceOf);
    ASSERT_FALSE(missing.ok());
    const QString message = missing.error().message;
    EXPECT_TRUE(message.contains(QLatin1String("device dc-fra-ce: its credential 'cpe-routers' is not in the vault")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QLatin1String("device par1-p1: its credential 'core-routers' is not in the vault")))
        << message.toStdString();
    EXPECT_FALSE(message.contains(QLatin1String("'pe-routers'"))) << message.toStdString();

    // What is there opens to the stored password.
    const auto present = DeviceSecrets::sealed(repository, {{QStringLiteral("pe-routers"), QStringLiteral("fra1-pe1")}});
    ASSERT_TRUE(present.ok()) << present.error().message.toStdString();
    const auto opened = DeviceSecrets::open(*vault, *present);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    ASSERT_EQ(opened->size(), 1u);
    EXPECT_TRUE(opened->at(QStringLiteral("pe-routers")).equals(Secret(QByteArray("pe password"))));
}
