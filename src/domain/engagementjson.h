#pragma once

#include "engagement.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>

namespace vpnwb {

// The workbench's own JSON form of an engagement ("vpnwb-engagement",
// version 1): the demo engagement ships in it and `vpnwb show --json` prints it.
class EngagementJson
{
public:
    static QJsonObject toJson(const Engagement &engagement);
    static QByteArray toBytes(const Engagement &engagement);
    // `source` names the file in error messages. The decoded engagement has
    // passed EngagementRules; the first problem is reported with its JSON path.
    static Result<Engagement> fromBytes(const QByteArray &bytes, const QString &source);
    static Result<Engagement> fromJson(const QJsonObject &root, const QString &source);

    static constexpr int formatVersion = 1;
};

} // namespace vpnwb
