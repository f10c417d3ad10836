#include "resourcerepository.h"

#include "database.h"
#include "ipv4prefix.h"
#include "sqlerrors.h"

#include <QSqlQuery>
#include <QVariant>

namespace vpnwb {
namespace {

constexpr char kColumns[] = "engagement_id, object, field, kind, scope, value, pool_index, origin";

QVariant id(std::int64_t v)
{
    return QVariant::fromValue<qlonglong>(v);
}

// Qt binds a null QString as SQL NULL; text columns hold '' instead.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// The addresses a link, loopback or CPE allocation covers.
std::optional<std::pair<std::uint32_t, std::uint32_t>> addresses(const ResourceAllocation &a)
{
    if (a.kind == ResourceKind::Link) {
        const auto p = Ipv4Prefix::parse(a.value);
        return p ? std::optional(std::pair{p->network(), p->lastAddress()}) : std::nullopt;
    }
    if (a.kind == ResourceKind::Loopback || a.kind == ResourceKind::CpeAddress) {
        const auto address = Ipv4Prefix::parseAddress(a.value);
        return address ? std::optional(std::pair{*address, *address}) : std::nullopt;
    }
    return std::nullopt;
}

Result<QList<ResourceAllocation>> read(QSqlQuery &q)
{
    QList<ResourceAllocation> out;
    while (q.next()) {
        ResourceAllocation a;
        a.engagementId = q.value(0).toLongLong();
        a.object = q.value(1).toString();
        a.field = q.value(2).toString();
        const auto kind = resourceKindFromString(q.value(3).toString());
        const auto origin = allocationOriginFromString(q.value(7).toString());
        if (!kind || !origin)
            return Error::incompatible(QStringLiteral("resource %1 %2 of engagement %3 has an unknown kind '%4' or "
                                                      "origin '%5'")
                                           .arg(a.object, a.field)
                                           .arg(a.engagementId)
                                           .arg(q.value(3).toString(), q.value(7).toString()));
        a.kind = *kind;
        a.scope = q.value(4).toString();
        a.value = q.value(5).toString();
        if (!q.value(6).isNull())
            a.poolIndex = q.value(6).toLongLong();
        a.origin = *origin;
        out.append(a);
    }
    return out;
}

// The statements an apply() runs for each row, prepared once.
struct Statements
{
    explicit Statements(QSqlDatabase &db) : insert(db), address(db), remove(db)
    {
        insert.prepare(QStringLiteral("INSERT INTO resource_allocations (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                           .arg(QLatin1String(kColumns)));
        address.prepare(QStringLiteral(
            "INSERT INTO address_assignments (address, engagement_id, object, field) VALUES (?, ?, ?, ?)"));
        remove.prepare(
            QStringLiteral("DELETE FROM resource_allocations WHERE engagement_id = ? AND object = ? AND field = ?"));
    }
    QSqlQuery insert;
    QSqlQuery address;
    QSqlQuery remove;
};

} // namespace

Result<QList<ResourceAllocation>> ResourceRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM resource_allocations ORDER BY engagement_id, object, field")
                    .arg(QLatin1String(kColumns))))
        return sqlError(q, QStringLiteral("cannot read the allocated resources"));
    return read(q);
}

Result<QList<ResourceAllocation>> ResourceRepository::of(std::int64_t engagementId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM resource_allocations WHERE engagement_id = ? ORDER BY object, field")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(id(engagementId));
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read the resources of engagement %1").arg(engagementId));
    return read(q);
}

Result<std::optional<ResourceHolder>> ResourceRepository::otherHolder(const ResourceAllocation &a) const
{
    QSqlQuery q(m_db.connection());
    const auto span = addresses(a);
    if (span) {
        q.prepare(QStringLiteral(
            "SELECT s.engagement_id, e.name, s.object, s.field FROM address_assignments s"
            " JOIN engagements e ON e.id = s.engagement_id WHERE s.address BETWEEN ? AND ?"
            " AND NOT (s.engagement_id = ? AND s.object = ? AND s.field = ?) ORDER BY s.address LIMIT 1"));
        q.addBindValue(id(span->first));
        q.addBindValue(id(span->second));
    } else {
        q.prepare(QStringLiteral(
            "SELECT r.engagement_id, e.name, r.object, r.field FROM resource_allocations r"
            " JOIN engagements e ON e.id = r.engagement_id WHERE r.kind = ? AND r.scope = ? AND r.value = ?"
            " AND NOT (r.engagement_id = ? AND r.object = ? AND r.field = ?)"));
        q.addBindValue(toString(a.kind));
        q.addBindValue(text(a.scope));
        q.addBindValue(a.value);
    }
    q.addBindValue(id(a.engagementId));
    q.addBindValue(a.object);
    q.addBindValue(a.field);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot look up who holds %1").arg(a.value));
    if (!q.next())
        return std::optional<ResourceHolder>();
    return std::optional<ResourceHolder>(ResourceHolder{q.value(0).toLongLong(), q.value(1).toString(),
                                                        q.value(2).toString(), q.value(3).toString()});
}

Status ResourceRepository::apply(std::int64_t engagementId, const AllocationPlan &plan)
{
    Statements st(m_db.connection());
    const QString what = QStringLiteral("cannot store the resources of engagement %1").arg(engagementId);
    for (const ResourceAllocation &a : plan.released) {
        st.remove.addBindValue(id(engagementId));
        st.remove.addBindValue(a.object);
        st.remove.addBindValue(a.field);
        if (!st.remove.exec())
            return sqlError(st.remove, what);
    }
    for (const ResourceAllocation &a : plan.added) {
        for (const QVariant &v : {id(engagementId), QVariant(a.object), QVariant(a.field), QVariant(toString(a.kind)),
                                  QVariant(text(a.scope)), QVariant(a.value),
                                  a.poolIndex ? id(*a.poolIndex) : QVariant(QMetaType::fromType<qlonglong>()),
                                  QVariant(toString(a.origin))})
            st.insert.addBindValue(v);
        if (!st.insert.exec()) {
            const Error e = sqlError(st.insert, what);
            if (e.code != Error::Code::Conflict)
                return e;
            const auto holder = otherHolder(a);
            return Error::conflict(QStringLiteral("%1 %2: %3 is held by %4")
                                       .arg(a.object, a.field, a.value,
                                            holder.ok() && *holder ? (*holder)->toString() : e.message));
        }
        const auto span = addresses(a);
        for (std::int64_t address = span ? span->first : 1; span && address <= span->second; ++address) {
            for (const QVariant &v : {id(address), id(engagementId), QVariant(a.object), QVariant(a.field)})
                st.address.addBindValue(v);
            if (!st.address.exec()) {
                const auto holder = otherHolder(a);
                return Error::conflict(QStringLiteral("%1 %2: address %3 is held by %4")
                                           .arg(a.object, a.field, Ipv4Prefix::addressToString(std::uint32_t(address)),
                                                holder.ok() && *holder ? (*holder)->toString() : what));
            }
        }
    }
    return Status::success();
}

Status ResourceRepository::replace(const ResourceAllocation &a)
{
    AllocationPlan plan;
    plan.released.append(a);
    plan.added.append(a);
    return apply(a.engagementId, plan);
}

} // namespace vpnwb
