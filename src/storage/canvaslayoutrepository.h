#pragma once

#include "result.h"

#include <QHash>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace vpnwb {

class Database;

// Keeps where the user put the items of an engagement's topology canvas:
// an item id (a site id, "pe:" + PE name, "vpn:" + VPN id) and its scene
// position. Every write is one transaction.
class CanvasLayoutRepository
{
public:
    explicit CanvasLayoutRepository(Database &db) : m_db(db) {}

    // All saved positions of the engagement; empty when nothing was placed.
    Result<QHash<QString, QPointF>> load(std::int64_t engagementId) const;
    // The saved position of one item, or none.
    Result<std::optional<QPointF>> position(std::int64_t engagementId, const QString &itemId) const;
    // Writes `positions` (inserted or replaced) and forgets `forget`, all or nothing.
    Status save(std::int64_t engagementId, const QHash<QString, QPointF> &positions,
                const QStringList &forget = {});

private:
    Database &m_db;
};

} // namespace vpnwb
