#include "serviceabilityrepository.h"

#include "database.h"
#include "sqlerrors.h"

#include <QSqlQuery>
#include <QVariant>

namespace vpnwb {
namespace {

// The column is NOT NULL; a negative distance stands for "no PoP sells the access type".
constexpr double kNoDistance = -1.0;

// Qt binds a null QString as SQL NULL; text columns hold '' instead.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

Result<QList<SiteServiceability>> ServiceabilityRepository::save(std::int64_t engagementId,
                                                                 const QList<SiteServiceability> &results)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString what = QStringLiteral("cannot save the serviceability of engagement %1").arg(engagementId);
    const QVariant id = QVariant::fromValue<qlonglong>(engagementId);
    QList<SiteServiceability> stored = results;
    const Status s = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (const Status exists = requireEngagement(q, engagementId, what); !exists)
            return exists;

        q.prepare(QStringLiteral("DELETE FROM serviceability WHERE engagement_id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q, what);

        q.prepare(
            QStringLiteral("INSERT INTO serviceability (engagement_id, site_id, inputs_hash, verdict,"
                           " primary_pop, primary_pe, secondary_pop, secondary_pe, distance_km, partner,"
                           " lead_time_days, monthly_cost_minor, reason, computed_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (SiteServiceability &r : stored) {
            r.computedAt = now;
            for (const QVariant &v :
                 {id, QVariant(text(r.siteId)), QVariant(text(r.inputsHash)), QVariant(toString(r.verdict)),
                  QVariant(text(r.primaryPopId)), QVariant(text(r.primaryPe)),
                  QVariant(text(r.secondaryPopId)), QVariant(text(r.secondaryPe)),
                  QVariant(r.distanceKm.value_or(kNoDistance)), QVariant(text(r.partner)),
                  QVariant(r.leadTimeDays), QVariant::fromValue<qlonglong>(r.monthlyCostMinor),
                  QVariant(text(r.reason)), QVariant(now.toString(Qt::ISODateWithMs))})
                q.addBindValue(v);
            if (!q.exec()) {
                const Error err = sqlError(q, what);
                if (err.code == Error::Code::Conflict)
                    return Error::conflict(
                        QStringLiteral("%1: site '%2' has two results").arg(what, r.siteId));
                return err;
            }
        }
        return Status::success();
    });
    if (!s)
        return s.error();
    return stored;
}

Result<QList<SiteServiceability>> ServiceabilityRepository::load(std::int64_t engagementId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT site_id, inputs_hash, verdict, primary_pop, primary_pe, secondary_pop,"
                       " secondary_pe, distance_km, partner, lead_time_days, monthly_cost_minor, reason,"
                       " computed_at FROM serviceability WHERE engagement_id = ? ORDER BY site_id"));
    q.addBindValue(QVariant::fromValue<qlonglong>(engagementId));
    if (!q.exec())
        return sqlError(q,
                        QStringLiteral("cannot read the serviceability of engagement %1").arg(engagementId));
    QList<SiteServiceability> out;
    while (q.next()) {
        SiteServiceability r;
        r.siteId = q.value(0).toString();
        r.inputsHash = q.value(1).toString();
        const auto verdict = serviceabilityVerdictFromString(q.value(2).toString());
        if (!verdict)
            return Error::incompatible(
                QStringLiteral(
                    "the serviceability of site '%1' in engagement %2 has an unknown verdict '%3'; "
                    "run the serviceability check again")
                    .arg(r.siteId)
                    .arg(engagementId)
                    .arg(q.value(2).toString()));
        r.verdict = *verdict;
        r.primaryPopId = q.value(3).toString();
        r.primaryPe = q.value(4).toString();
        r.secondaryPopId = q.value(5).toString();
        r.secondaryPe = q.value(6).toString();
        const double km = q.value(7).toDouble();
        if (km >= 0.0)
            r.distanceKm = km;
        r.partner = q.value(8).toString();
        r.leadTimeDays = q.value(9).toInt();
        r.monthlyCostMinor = q.value(10).toLongLong();
        r.reason = q.value(11).toString();
        r.computedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs).toUTC();
        out.append(r);
    }
    return out;
}

} // namespace vpnwb
