#include "canvaslayoutrepository.h"

#include "database.h"
#include "sqlerrors.h"

#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace vpnwb {

Result<QHash<QString, QPointF>> CanvasLayoutRepository::load(std::int64_t engagementId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT item_id, x, y FROM canvas_positions WHERE engagement_id = ?"));
    q.addBindValue(QVariant::fromValue<qlonglong>(engagementId));
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read the canvas layout of engagement %1").arg(engagementId));
    QHash<QString, QPointF> out;
    while (q.next())
        out.insert(q.value(0).toString(), QPointF(q.value(1).toDouble(), q.value(2).toDouble()));
    return out;
}

Result<std::optional<QPointF>> CanvasLayoutRepository::position(std::int64_t engagementId,
                                                                const QString &itemId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT x, y FROM canvas_positions WHERE engagement_id = ? AND item_id = ?"));
    q.addBindValue(QVariant::fromValue<qlonglong>(engagementId));
    q.addBindValue(itemId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read the canvas position of '%1' in engagement %2")
                               .arg(itemId)
                               .arg(engagementId));
    if (!q.next())
        return std::optional<QPointF>();
    return std::optional<QPointF>(QPointF(q.value(0).toDouble(), q.value(1).toDouble()));
}

Status CanvasLayoutRepository::save(std::int64_t engagementId, const QHash<QString, QPointF> &positions,
                                    const QStringList &forget)
{
    const QString what = QStringLiteral("cannot save the canvas layout of engagement %1").arg(engagementId);
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        if (it.key().isEmpty())
            return Error::invalidInput(QStringLiteral("%1: an item has no id").arg(what));
        if (!std::isfinite(it->x()) || !std::isfinite(it->y()))
            return Error::invalidInput(QStringLiteral("%1: the position of '%2' is not a number").arg(what, it.key()));
    }
    const QVariant id = QVariant::fromValue<qlonglong>(engagementId);
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (const Status exists = requireEngagement(q, engagementId, what); !exists)
            return exists;

        if (!forget.isEmpty()) {
            q.prepare(QStringLiteral("DELETE FROM canvas_positions WHERE engagement_id = ? AND item_id = ?"));
            for (const QString &itemId : forget) {
                q.addBindValue(id);
                q.addBindValue(itemId);
                if (!q.exec())
                    return sqlError(q, what);
            }
        }
        q.prepare(QStringLiteral("INSERT INTO canvas_positions (engagement_id, item_id, x, y) VALUES (?, ?, ?, ?)"
                                 " ON CONFLICT (engagement_id, item_id) DO UPDATE SET x = excluded.x, y = excluded.y"));
        for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
            q.addBindValue(id);
            q.addBindValue(it.key());
            q.addBindValue(it->x());
            q.addBindValue(it->y());
            if (!q.exec())
                return sqlError(q, what);
        }
        return Status::success();
    });
}

} // namespace vpnwb
