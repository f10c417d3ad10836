#pragma once

#include "popcatalog.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace vpnwb {

// Reads the PoP catalog format ("vpnwb-pop-catalog", version 1; described in
// resources/demo/README.md). The first problem is reported with the file
// name and its JSON path, e.g. "pop.json: $.pops[2].latitude: 123 is outside -90..90".
class PopCatalogJson
{
public:
    // `source` names the file in error messages.
    static Result<PopCatalog> fromBytes(const QByteArray &bytes, const QString &source);
    static Result<PopCatalog> fromJson(const QJsonObject &root, const QString &source);

    static constexpr int formatVersion = 1;
};

} // namespace vpnwb
