#include "inventorycommands.h"

#include "clicontext.h"
#include "deviceinventoryjson.h"
#include "engagementcommands.h"
#include "exitcode.h"
#include "inventorydraft.h"
#include "popcatalog.h"
#include "pushplanner.h"
#include "secretname.h"
#include "usageerror.h"

#include <QFileInfo>
#include <QSaveFile>

namespace vpnwb {
namespace {

constexpr const char *kSynopsis = "vpnwb inventory ENGAGEMENT -o FILE [--username U] [--pe-credential NAME] "
                                  "[--ce-credential NAME] [--port N] [--force] [--db PATH]";

struct InventoryOptions
{
    QString engagement;
    QString output;
    bool force = false;
    InventoryDraft::Options draft;
};

Result<InventoryOptions> parse(const QStringList &args)
{
    InventoryOptions o;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if ((a == QLatin1String("-o") || a == QLatin1String("--output")) && hasValue) {
            o.output = args[++i];
        } else if (a == QLatin1String("--username") && hasValue) {
            o.draft.username = args[++i];
            if (o.draft.username.isEmpty() || o.draft.username.contains(QRegularExpression(QStringLiteral("[\\s\\x00-\\x1f]"))))
                return Error::invalidInput(QStringLiteral("--username: '%1' is empty or holds spaces").arg(o.draft.username));
        } else if ((a == QLatin1String("--pe-credential") || a == QLatin1String("--ce-credential")) && hasValue) {
            const QString name = args[++i];
            if (!SecretName::isValid(name))
                return Error::invalidInput(
                    QStringLiteral("%1: '%2' is not a vault secret name (%3)").arg(a, name, SecretName::rule()));
            (a == QLatin1String("--pe-credential") ? o.draft.peCredential : o.draft.ceCredential) = name;
        } else if (a == QLatin1String("--port") && hasValue) {
            bool ok = false;
            o.draft.port = args[++i].toInt(&ok);
            if (!ok || o.draft.port < 1 || o.draft.port > 65535)
                return Error::invalidInput(QStringLiteral("--port must be 1..65535, not '%1'").arg(args[i]));
        } else if (a == QLatin1String("--force")) {
            o.force = true;
        } else if (a.startsWith(QLatin1Char('-'))) {
            return Error::invalidInput(QStringLiteral("unexpected option '%1'").arg(a));
        } else {
            positional.append(a);
        }
    }
    if (positional.size() != 1)
        return Error::invalidInput(QStringLiteral("'inventory' takes one engagement (id or name)"));
    o.engagement = positional.first();
    if (o.output.isEmpty())
        return Error::invalidInput(QStringLiteral("'inventory' needs -o FILE"));
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
    auto engagement = findEngagement(c, o.engagement);
    if (!engagement)
        return failure(c.err(), engagement.error().message);
    auto db = c.database(Database::OpenMode::ExistingOnly);
    if (!db)
        return failure(c.err(), db.error().message);
    auto catalog = PopCatalog::builtIn();
    if (!catalog)
        return failure(c.err(), catalog.error().message);
    auto designed = PushPlanner::designedDevices(**db, *catalog, *engagement);
    if (!designed)
        return failure(c.err(), designed.error().message);
    QStringList withoutAddress;
    const DeviceInventory inventory = InventoryDraft::fromDesign(*designed, o.draft, &withoutAddress);

    QSaveFile file(o.output);
    if (!file.open(QIODevice::WriteOnly))
        return failure(c.err(), QStringLiteral("cannot write %1: %2").arg(o.output, file.errorString()));
    file.write(DeviceInventoryJson::toBytes(
        inventory, QStringLiteral("drafted from the design of '%1' (engagement %2)").arg(engagement->name).arg(engagement->id)));
    if (!file.commit())
        return failure(c.err(), QStringLiteral("cannot write %1: %2").arg(o.output, file.errorString()));

    int pes = 0;
    for (const Device &d : inventory.devices())
        pes += d.role == Device::Role::Pe ? 1 : 0;
    c.out() << "Wrote " << inventory.devices().size() << " device(s) of '" << engagement->name << "' to " << o.output
            << ": " << pes << " PE(s) as '" << o.draft.peCredential << "', " << inventory.devices().size() - pes
            << " CPE(s) as '" << o.draft.ceCredential << "', user " << o.draft.username
            << ", each at its loopback over SSH port " << o.draft.port << ".\n"
            << "Check the addresses, then store the passwords with 'vpnwb vault set " << o.draft.peCredential
            << "' and 'vpnwb vault set " << o.draft.ceCredential << "'." << Qt::endl;
    if (!withoutAddress.isEmpty())
        c.err() << "vpnwb: left out, without a loopback in the design: " << withoutAddress.join(QStringLiteral(", "))
                << Qt::endl;
    return ExitOk;
}

} // namespace vpnwb
