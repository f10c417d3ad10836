#include "deviceinventoryjson.h"

#include "jsonfieldreader.h"
#include "secretname.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace vpnwb {
namespace {

const QString kFormat = QStringLiteral("vpnwb-device-inventory");

bool isPrintableWord(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    return !text.isEmpty();
}

// `baseDir`: the inventory file's folder, against which a relative key file
// is resolved; empty when the inventory is not a file.
Device readDevice(const QJsonObject &o, const QString &path, QString *error,
                  QHash<QString, QString> &firstPathOfName, const QString &baseDir)
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9.:_-]{1,253}$"));
    static const QRegularExpression vendorPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,31}$"));

    JsonFieldReader r(o, path, error);
    Device d;
    d.name = r.string(QStringLiteral("name"));
    if (!r.failed() && !namePattern.match(d.name).hasMatch())
        r.fail(QStringLiteral("name"), QStringLiteral("'%1' is not a device name (letters, digits, . _ -; "
                                                      "at most 63, starting with a letter or digit)")
                                           .arg(d.name));
    if (!r.failed()) {
        const auto seen = firstPathOfName.constFind(d.name);
        if (seen != firstPathOfName.constEnd())
            r.fail(QStringLiteral("name"),
                   QStringLiteral("device '%1' is listed twice (first at %2)").arg(d.name, *seen));
        else
            firstPathOfName.insert(d.name, r.pathOf(QStringLiteral("name")));
    }

    const QString role = r.string(QStringLiteral("role"));
    if (!r.failed()) {
        if (const auto parsed = Device::roleFromString(role))
            d.role = *parsed;
        else
            r.fail(QStringLiteral("role"), QStringLiteral("'%1' is not one of: pe, ce").arg(role));
    }
    d.managementAddress = r.string(QStringLiteral("managementAddress"));
    if (!r.failed() && !hostPattern.match(d.managementAddress).hasMatch())
        r.fail(QStringLiteral("managementAddress"),
               QStringLiteral("'%1' is not an IP address or host name").arg(d.managementAddress));
    d.port = static_cast<int>(r.integer(QStringLiteral("port"), 1, 65535).value_or(22));
    const QString transport = r.string(QStringLiteral("transport"));
    if (!r.failed()) {
        if (const auto parsed = Device::transportFromString(transport))
            d.transport = *parsed;
        else
            r.fail(QStringLiteral("transport"),
                   QStringLiteral("'%1' is not one of: ssh-cli, netconf").arg(transport));
    }
    d.vendor = r.string(QStringLiteral("vendor"));
    if (!r.failed() && !vendorPattern.match(d.vendor).hasMatch())
        r.fail(QStringLiteral("vendor"),
               QStringLiteral("'%1' is not a vendor identifier (lower-case letters, digits, -)").arg(d.vendor));
    d.username = r.string(QStringLiteral("username"));
    if (!r.failed() && !isPrintableWord(d.username))
        r.fail(QStringLiteral("username"), QStringLiteral("the user name is empty or holds spaces or control "
                                                          "characters"));
    const QString auth = r.string(QStringLiteral("auth"), false);
    if (!r.failed() && !auth.isEmpty()) {
        if (const auto parsed = Device::authFromString(auth))
            d.auth = *parsed;
        else
            r.fail(QStringLiteral("auth"), QStringLiteral("'%1' is not one of: password, key, agent").arg(auth));
    }
    // A password is a vault secret; a key's passphrase may be one; an agent needs none.
    d.credential = r.string(QStringLiteral("credential"), d.auth == Device::Auth::Password);
    if (!r.failed() && d.auth == Device::Auth::Agent && !d.credential.isEmpty())
        r.fail(QStringLiteral("credential"),
               QStringLiteral("a login through the ssh-agent takes no vault secret; remove the credential"));
    if (!r.failed() && d.auth == Device::Auth::Password && d.credential.isEmpty())
        r.fail(QStringLiteral("credential"),
               QStringLiteral("a password login needs the name of the vault secret that holds the password"));
    // The value is not repeated: it may be a password put there by mistake.
    if (!r.failed() && !d.credential.isEmpty() && !SecretName::isValid(d.credential))
        r.fail(QStringLiteral("credential"),
               QStringLiteral("the value is not a vault secret name (%1); it names a secret of the vault, it "
                              "never holds one")
                   .arg(SecretName::rule()));
    d.identityFile = r.string(QStringLiteral("identityFile"), d.auth == Device::Auth::PublicKey);
    if (!r.failed() && d.auth != Device::Auth::PublicKey && !d.identityFile.isEmpty())
        r.fail(QStringLiteral("identityFile"),
               QStringLiteral("a key file is only used with \"auth\": \"key\" (this device's is '%1')")
                   .arg(Device::toString(d.auth)));
    if (!r.failed() && !d.identityFile.isEmpty()) {
        if (QDir::isRelativePath(d.identityFile)) {
            if (baseDir.isEmpty())
                r.fail(QStringLiteral("identityFile"),
                       QStringLiteral("'%1' is relative, and the inventory is not a file to resolve it "
                                      "against; give an absolute path")
                           .arg(d.identityFile));
            else
                d.identityFile = QDir(baseDir).absoluteFilePath(d.identityFile);
        }
        if (!r.failed() && !QFileInfo(d.identityFile).isFile())
            r.fail(QStringLiteral("identityFile"), QStringLiteral("there is no key file '%1'").arg(d.identityFile));
    }

    // A misspelt field ("identityfile") would otherwise be ignored without a word.
    static const QStringList known{QStringLiteral("name"),       QStringLiteral("role"),
                                   QStringLiteral("managementAddress"), QStringLiteral("port"),
                                   QStringLiteral("transport"),  QStringLiteral("vendor"),
                                   QStringLiteral("username"),   QStringLiteral("auth"),
                                   QStringLiteral("credential"), QStringLiteral("identityFile"),
                                   QStringLiteral("knownHosts")};
    for (const QString &key : o.keys()) {
        if (!r.failed() && !known.contains(key))
            r.fail(key, QStringLiteral("not a field of a device (the fields: %1)").arg(known.join(QStringLiteral(", "))));
    }
    d.knownHosts = r.string(QStringLiteral("knownHosts"), false);
    if (!r.failed() && !d.knownHosts.isEmpty()) {
        const QStringList fields = d.knownHosts.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() < 3 || d.knownHosts.contains(QLatin1Char('\n')))
            r.fail(QStringLiteral("knownHosts"),
                   QStringLiteral("expected one known_hosts line: HOST KEYTYPE BASE64-KEY"));
        else if (!fields.first().split(QLatin1Char(',')).contains(d.knownHostsName()))
            r.fail(QStringLiteral("knownHosts"),
                   QStringLiteral("the line is for '%1', not for this device's %2")
                       .arg(fields.first(), d.knownHostsName()));
    }
    return d;
}

} // namespace

Result<DeviceInventory> DeviceInventoryJson::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("cannot read the device inventory '%1': %2").arg(path, file.errorString()));
    return fromBytes(file.readAll(), path);
}

Result<DeviceInventory> DeviceInventoryJson::fromBytes(const QByteArray &bytes, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype line = bytes.left(parseError.offset).count('\n') + 1;
        return Error::invalidInput(
            QStringLiteral("%1:%2: not valid JSON: %3").arg(source).arg(line).arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return Error::invalidInput(QStringLiteral("%1: $: expected an object").arg(source));
    return fromJson(doc.object(), source);
}

Result<DeviceInventory> DeviceInventoryJson::fromJson(const QJsonObject &root, const QString &source)
{
    QString error;
    JsonFieldReader r(root, QStringLiteral("$"), &error);
    const QString format = r.string(QStringLiteral("format"));
    if (!r.failed() && format != kFormat)
        return Error::incompatible(
            QStringLiteral("%1: $.format: '%2' is not a device inventory (expected '%3')").arg(source, format, kFormat));
    const auto version = r.integer(QStringLiteral("version"), 1, 1'000'000);
    if (!r.failed() && *version > formatVersion)
        return Error::incompatible(QStringLiteral("%1: $.version: version %2 is newer than this workbench "
                                                  "reads (%3); update the workbench")
                                       .arg(source)
                                       .arg(*version)
                                       .arg(formatVersion));
    const QJsonArray array = r.array(QStringLiteral("devices"));
    const QFileInfo sourceFile(source);
    const QString baseDir = sourceFile.isFile() ? sourceFile.absolutePath() : QString();
    QList<Device> devices;
    QHash<QString, QString> firstPathOfName;
    for (qsizetype i = 0; i < array.size() && !r.failed(); ++i) {
        const QString path = r.pathOf(QStringLiteral("devices[%1]").arg(i));
        if (!array[i].isObject()) {
            r.failAt(path, QStringLiteral("expected an object"));
            break;
        }
        devices.append(readDevice(array[i].toObject(), path, &error, firstPathOfName, baseDir));
    }
    if (!error.isEmpty())
        return Error::invalidInput(source + QStringLiteral(": ") + error);
    return DeviceInventory(std::move(devices));
}

QByteArray DeviceInventoryJson::toBytes(const DeviceInventory &inventory, const QString &source)
{
    QJsonArray devices;
    for (const Device &d : inventory.devices()) {
        QJsonObject o{{QStringLiteral("name"), d.name},
                      {QStringLiteral("role"), Device::toString(d.role)},
                      {QStringLiteral("managementAddress"), d.managementAddress},
                      {QStringLiteral("port"), d.port},
                      {QStringLiteral("transport"), Device::toString(d.transport)},
                      {QStringLiteral("vendor"), d.vendor},
                      {QStringLiteral("username"), d.username},
                      {QStringLiteral("credential"), d.credential}};
        if (d.auth != Device::Auth::Password)
            o.insert(QStringLiteral("auth"), Device::toString(d.auth));
        if (d.auth == Device::Auth::Agent)
            o.remove(QStringLiteral("credential"));
        if (!d.identityFile.isEmpty())
            o.insert(QStringLiteral("identityFile"), d.identityFile);
        if (!d.knownHosts.isEmpty())
            o.insert(QStringLiteral("knownHosts"), d.knownHosts);
        devices.append(o);
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), formatVersion},
                           {QStringLiteral("source"), source},
                           {QStringLiteral("devices"), devices}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace vpnwb
