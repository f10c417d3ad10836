#include "inventorycommands.h"

#include "clicontext.h"
#include "commandarguments.h"
#include "deviceinventoryjson.h"
#include "engagementcommands.h"
#include "openengagement.h"
#include "exitcode.h"
#include "inventorydraft.h"
#include "popcatalog.h"
#include "pushplanner.h"
#include "secretname.h"
#include "usageerror.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace vpnwb {
namespace {

constexpr const char *kSynopsis = "vpnwb inventory ENGAGEMENT -o FILE [--username U] [--pe-credential NAME] "
                                  "[--ce-credential NAME] [--identity-file KEY | --agent] [--port N] [--force] [--db PATH]";

struct InventoryOptions
{
    QString engagement;
    QString output;
    bool force = false;
    InventoryDraft::Options draft;
};

Result<InventoryOptions> parse(const QStringList &args)
{
    const CommandArguments a = CommandArguments::of(
        args, {QStringLiteral("-o"), QStringLiteral("--output"), QStringLiteral("--username"),
               QStringLiteral("--pe-credential"), QStringLiteral("--ce-credential"), QStringLiteral("--port"),
               QStringLiteral("--identity-file")});
    InventoryOptions o;
    if (a.positional.size() != 1)
        return Error::invalidInput(QStringLiteral("'inventory' takes one engagement (id or name)"));
    o.engagement = a.positional.first();
    o.output = a.valueOf({"-o", "--output"});
    if (o.output.isEmpty())
        return Error::invalidInput(QStringLiteral("'inventory' needs -o FILE"));
    o.force = a.has("--force");
    if (a.has("--username")) {
        o.draft.username = a.value("--username");
        if (o.draft.username.isEmpty() || o.draft.username.contains(QRegularExpression(QStringLiteral("[\\s\\x00-\\x1f]"))))
            return Error::invalidInput(QStringLiteral("--username: '%1' is empty or holds spaces").arg(o.draft.username));
    }
    for (const char *option : {"--pe-credential", "--ce-credential"}) {
        if (!a.has(option))
            continue;
        const QString name = a.value(option);
        if (!SecretName::isValid(name))
            return Error::invalidInput(QStringLiteral("%1: '%2' is not a vault secret name (%3)")
                                           .arg(QLatin1String(option), name, SecretName::rule()));
        (qstrcmp(option, "--pe-credential") == 0 ? o.draft.peCredential : o.draft.ceCredential) = name;
    }
    if (a.has("--identity-file") && a.has("--agent"))
        return Error::invalidInput(QStringLiteral("--identity-file and --agent exclude each other"));
    if (a.has("--agent")) {
        if (a.has("--pe-credential") || a.has("--ce-credential"))
            return Error::invalidInput(QStringLiteral("--agent: a login through the ssh-agent takes no credential"));
        o.draft.auth = Device::Auth::Agent;
        o.draft.peCredential.clear();
        o.draft.ceCredential.clear();
    }
    if (a.has("--identity-file")) {
        const QFileInfo key(a.value("--identity-file"));
        if (!key.isFile())
            return Error::invalidInput(QStringLiteral("--identity-file: there is no key file '%1'").arg(key.filePath()));
        o.draft.auth = Device::Auth::PublicKey;
        o.draft.identityFile = key.absoluteFilePath();
        // A credential given with a key names its passphrase's vault secret.
        if (!a.has("--pe-credential"))
            o.draft.peCredential.clear();
        if (!a.has("--ce-credential"))
            o.draft.ceCredential.clear();
    }
    const auto port = a.number("--port", 1, 65535, o.draft.port);
    if (!port)
        return port.error();
    o.draft.port = *port;
    return o;
}

} // namespace

int runInventory(CliContext &c)
{
    auto options = parse(c.args());
    if (!options)
        return usageError(c.err(), options.error().message, kSynopsis);
    const InventoryOptions &o = options.value();
    if (QFileInfo::exists(o.output) && !o.force)
        return failure(c.err(), QStringLiteral("%1 exists; nothing was written (--force replaces it)").arg(o.output));
    auto ctx = OpenEngagement::open(c, o.engagement);
    if (!ctx)
        return failure(c.err(), ctx.error().message);
    auto designed = PushPlanner::designedDevices(*ctx->db, ctx->catalog, ctx->engagement);
    if (!designed)
        return failure(c.err(), designed.error().message);
    QStringList withoutAddress;
    const DeviceInventory inventory = InventoryDraft::fromDesign(*designed, o.draft, &withoutAddress);

    QSaveFile file(o.output);
    if (!file.open(QIODevice::WriteOnly))
        return failure(c.err(), QStringLiteral("cannot write %1: %2").arg(o.output, file.errorString()));
    file.write(DeviceInventoryJson::toBytes(
        inventory, QStringLiteral("drafted from the design of '%1' (engagement %2)").arg(ctx->engagement.name).arg(ctx->engagement.id)));
    if (!file.commit())
        return failure(c.err(), QStringLiteral("cannot write %1: %2").arg(o.output, file.errorString()));

    int pes = 0;
    for (const Device &d : inventory.devices())
        pes += d.role == Device::Role::Pe ? 1 : 0;
    const qsizetype ces = inventory.devices().size() - pes;
    c.out() << "Wrote " << inventory.devices().size() << " device(s) of '" << ctx->engagement.name << "' to " << o.output
            << ": " << pes << " PE(s), " << ces << " CPE(s), user " << o.draft.username
            << ", each at its loopback over SSH port " << o.draft.port << ", ";
    QStringList secrets;
    for (const QString &name : {o.draft.peCredential, o.draft.ceCredential}) {
        if (!name.isEmpty() && !secrets.contains(name))
            secrets.append(name);
    }
    switch (o.draft.auth) {
    case Device::Auth::Agent:
        c.out() << "logged in to through the ssh-agent.\nCheck the addresses; the agent must hold the key when you push."
                << Qt::endl;
        break;
    case Device::Auth::PublicKey:
        c.out() << "logged in to with the key " << o.draft.identityFile << ".\nCheck the addresses"
                << (secrets.isEmpty() ? QStringLiteral(".")
                                      : QStringLiteral(", then store the key's passphrase with 'vpnwb vault set %1'.")
                                            .arg(secrets.join(QStringLiteral("' and 'vpnwb vault set "))))
                << Qt::endl;
        break;
    case Device::Auth::Password:
        c.out() << "PEs with the password '" << o.draft.peCredential << "', CPEs with '" << o.draft.ceCredential
                << "'.\nCheck the addresses, then store the passwords with 'vpnwb vault set "
                << secrets.join(QStringLiteral("' and 'vpnwb vault set ")) << "'." << Qt::endl;
        break;
    }
    if (!withoutAddress.isEmpty())
        c.err() << "vpnwb: left out, without a loopback in the design: " << withoutAddress.join(QStringLiteral(", "))
                << Qt::endl;
    return ExitOk;
}

} // namespace vpnwb
