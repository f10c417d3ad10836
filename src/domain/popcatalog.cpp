#include "popcatalog.h"

#include "popcatalogjson.h"

#include <QFile>

namespace vpnwb {

QString PopCatalog::currency() const
{
    return partners.isEmpty() ? QString() : partners.first().currency;
}

Result<PopCatalog> PopCatalog::builtIn()
{
    QFile f(builtInPath());
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(
            QStringLiteral("the PoP catalog is missing from this build (%1)").arg(builtInPath()));
    return PopCatalogJson::fromBytes(f.readAll(), builtInPath());
}

} // namespace vpnwb
