#include "engagementrepository.h"

#include "database.h"
#include "engagementrules.h"
#include "sqlerrors.h"

#include <QSqlQuery>
#include <QVariant>

namespace vpnwb {
namespace {

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString &s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

// Qt binds a null QString as SQL NULL; text columns hold '' instead.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

template<typename E> E enumOr(const std::optional<E> &v, E fallback)
{
    return v.value_or(fallback);
}

} // namespace

Result<QList<EngagementSummary>> EngagementRepository::list() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT e.id, e.name, e.customer_name, e.updated_at,"
            " (SELECT COUNT(*) FROM sites s WHERE s.engagement_id = e.id),"
            " (SELECT COUNT(*) FROM vpn_services v WHERE v.engagement_id = e.id),"
            " (SELECT COUNT(*) FROM step_status t WHERE t.engagement_id = e.id AND t.state = 'done')"
            " FROM engagements e ORDER BY e.name")))
        return sqlError(q, QStringLiteral("cannot list the engagements"));
    QList<EngagementSummary> out;
    while (q.next()) {
        EngagementSummary s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.customerName = q.value(2).toString();
        s.updatedAt = fromIso(q.value(3).toString());
        s.siteCount = q.value(4).toInt();
        s.vpnCount = q.value(5).toInt();
        s.stepsDone = q.value(6).toInt();
        out.append(s);
    }
    return out;
}

Result<Engagement> EngagementRepository::find(const QString &idOrName) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM engagements WHERE name = ? OR CAST(id AS TEXT) = ?"));
    q.addBindValue(idOrName);
    q.addBindValue(idOrName);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot look up engagement '%1'").arg(idOrName));
    if (!q.next())
        return Error::notFound(QStringLiteral("no engagement '%1' in %2 (list them with 'vpnwb engagements')")
                                   .arg(idOrName, m_db.location()));
    return load(q.value(0).toLongLong());
}

Result<Engagement> EngagementRepository::load(std::int64_t id) const
{
    QSqlDatabase &db = m_db.connection();
    Engagement e;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, customer_name, industry, created_at, updated_at"
                             " FROM engagements WHERE id = ?"));
    q.addBindValue(QVariant::fromValue<qlonglong>(id));
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read engagement %1").arg(id));
    if (!q.next())
        return Error::notFound(QStringLiteral("no engagement with id %1").arg(id));
    e.id = q.value(0).toLongLong();
    e.name = q.value(1).toString();
    e.customer.name = q.value(2).toString();
    e.customer.industry = q.value(3).toString();
    e.createdAt = fromIso(q.value(4).toString());
    e.updatedAt = fromIso(q.value(5).toString());

    q.prepare(QStringLiteral(
        "SELECT name, role, email, phone FROM contacts WHERE engagement_id = ? ORDER BY position"));
    q.addBindValue(QVariant::fromValue<qlonglong>(id));
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read the contacts of engagement %1").arg(id));
    while (q.next())
        e.customer.contacts.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});

    q.prepare(QStringLiteral(
        "SELECT site_id, name, street, city, postal_code, country_code, latitude, longitude, role,"
        " bandwidth_kbps, access_type, resiliency, lan_prefixes, routing, customer_as"
        " FROM sites WHERE engagement_id = ? ORDER BY position"));
    q.addBindValue(QVariant::fromValue<qlonglong>(id));
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read the sites of engagement %1").arg(id));
    while (q.next()) {
        Site s;
        s.siteId = q.value(0).toString();
        s.name = q.value(1).toString();
        s.address = {q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
        s.countryCode = q.value(5).toString();
        s.latitude = q.value(6).toDouble();
        s.longitude = q.value(7).toDouble();
        s.role = enumOr(siteRoleFromString(q.value(8).toString()), SiteRole::Spoke);
        s.bandwidthKbps = q.value(9).toLongLong();
        s.accessType = enumOr(accessTypeFromString(q.value(10).toString()), AccessType::Fiber);
        s.resiliency = enumOr(resiliencyFromString(q.value(11).toString()), Resiliency::Single);
        const QString prefixes = q.value(12).toString();
        s.lanPrefixes = prefixes.isEmpty() ? QStringList() : prefixes.split(QLatin1Char(' '));
        s.routing = enumOr(ceRoutingFromString(q.value(13).toString()), CeRouting::Bgp);
        s.customerAs = static_cast<std::uint32_t>(q.value(14).toLongLong());
        e.sites.append(s);
    }

    q.prepare(QStringLiteral(
        "SELECT vpn_id, name, topology, extranet_consumers FROM vpn_services WHERE engagement_id = ?"
        " ORDER BY position"));
    q.addBindValue(QVariant::fromValue<qlonglong>(id));
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read the VPNs of engagement %1").arg(id));
    while (q.next())
        e.vpns.append({q.value(0).toString(),
                       q.value(1).toString(),
                       enumOr(vpnTopologyFromString(q.value(2).toString()), VpnTopology::AnyToAny),
                       {},
                       q.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts)});

    q.prepare(QStringLiteral(
        "SELECT vpn_id, site_id, role FROM vpn_members WHERE engagement_id = ? ORDER BY vpn_id, position"));
    q.addBindValue(QVariant::fromValue<qlonglong>(id));
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read the VPN members of engagement %1").arg(id));
    while (q.next()) {
        const QString vpnId = q.value(0).toString();
        for (VpnService &v : e.vpns) {
            if (v.vpnId == vpnId)
                v.members.append({q.value(1).toString(),
                                  enumOr(siteRoleFromString(q.value(2).toString()), SiteRole::Spoke)});
        }
    }

    q.prepare(QStringLiteral(
        "SELECT step, state, updated_at, note FROM step_status WHERE engagement_id = ? ORDER BY step"));
    q.addBindValue(QVariant::fromValue<qlonglong>(id));
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read the step status of engagement %1").arg(id));
    while (q.next())
        e.steps.append({q.value(0).toInt(),
                        enumOr(stepStateFromString(q.value(1).toString()), StepState::NotStarted),
                        fromIso(q.value(2).toString()), q.value(3).toString()});
    e.normalizeSteps();
    return e;
}

Result<Engagement> EngagementRepository::save(const Engagement &input)
{
    const FieldIssues issues = EngagementRules::check(input);
    if (!issues.isEmpty())
        return Error::invalidInput(
            QStringLiteral("engagement '%1' was not saved: %2").arg(input.name, issues.first().toString()));
    Engagement e = input;
    e.normalizeSteps();
    const QString now = isoNow();
    const Status s = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (e.id == 0) {
            q.prepare(QStringLiteral(
                "INSERT INTO engagements (name, customer_name, industry, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?) RETURNING id"));
            q.addBindValue(text(e.name));
            q.addBindValue(text(e.customer.name));
            q.addBindValue(text(e.customer.industry));
            q.addBindValue(now);
            q.addBindValue(now);
            if (!q.exec() || !q.next()) {
                const Error err = sqlError(q, QStringLiteral("cannot create engagement '%1'").arg(e.name));
                if (err.code == Error::Code::Conflict)
                    return Error::conflict(
                        QStringLiteral("an engagement named '%1' exists already").arg(e.name));
                return err;
            }
            e.id = q.value(0).toLongLong();
            q.finish();
            e.createdAt = fromIso(now);
        } else {
            q.prepare(QStringLiteral(
                "UPDATE engagements SET name = ?, customer_name = ?, industry = ?, updated_at = ?"
                " WHERE id = ?"));
            q.addBindValue(text(e.name));
            q.addBindValue(text(e.customer.name));
            q.addBindValue(text(e.customer.industry));
            q.addBindValue(now);
            q.addBindValue(QVariant::fromValue<qlonglong>(e.id));
            if (!q.exec()) {
                const Error err = sqlError(q, QStringLiteral("cannot save engagement '%1'").arg(e.name));
                if (err.code == Error::Code::Conflict)
                    return Error::conflict(
                        QStringLiteral("an engagement named '%1' exists already").arg(e.name));
                return err;
            }
            if (q.numRowsAffected() != 1)
                return Error::notFound(QStringLiteral("engagement %1 no longer exists").arg(e.id));
            for (const char *table : {"vpn_members", "vpn_services", "sites", "contacts", "step_status"}) {
                QSqlQuery d(m_db.connection());
                d.prepare(QStringLiteral("DELETE FROM %1 WHERE engagement_id = ?").arg(QLatin1String(table)));
                d.addBindValue(QVariant::fromValue<qlonglong>(e.id));
                if (!d.exec())
                    return sqlError(d, QStringLiteral("cannot save engagement '%1'").arg(e.name));
            }
        }
        e.updatedAt = fromIso(now);
        return writeChildren(e);
    });
    if (!s)
        return s.error();
    return e;
}

Status EngagementRepository::writeChildren(const Engagement &e)
{
    QSqlDatabase &db = m_db.connection();
    const QVariant id = QVariant::fromValue<qlonglong>(e.id);
    const QString what = QStringLiteral("cannot save engagement '%1'").arg(e.name);

    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO contacts (engagement_id, position, name, role, email, phone)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < e.customer.contacts.size(); ++i) {
        const Contact &c = e.customer.contacts[i];
        for (const QVariant &v : {id, QVariant(int(i)), QVariant(text(c.name)), QVariant(text(c.role)),
                                  QVariant(text(c.email)), QVariant(text(c.phone))})
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q, what);
    }

    q.prepare(QStringLiteral(
        "INSERT INTO sites (engagement_id, position, site_id, name, street, city, postal_code, country_code,"
        " latitude, longitude, role, bandwidth_kbps, access_type, resiliency, lan_prefixes, routing, "
        "customer_as)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < e.sites.size(); ++i) {
        const Site &s = e.sites[i];
        q.addBindValue(id);
        q.addBindValue(int(i));
        q.addBindValue(text(s.siteId));
        q.addBindValue(text(s.name));
        q.addBindValue(text(s.address.street));
        q.addBindValue(text(s.address.city));
        q.addBindValue(text(s.address.postalCode));
        q.addBindValue(text(s.countryCode));
        q.addBindValue(s.latitude);
        q.addBindValue(s.longitude);
        q.addBindValue(toString(s.role));
        q.addBindValue(QVariant::fromValue<qlonglong>(s.bandwidthKbps));
        q.addBindValue(toString(s.accessType));
        q.addBindValue(toString(s.resiliency));
        q.addBindValue(text(s.lanPrefixes.join(QLatin1Char(' '))));
        q.addBindValue(toString(s.routing));
        q.addBindValue(QVariant::fromValue<qlonglong>(s.customerAs));
        if (!q.exec())
            return sqlError(q, what);
    }

    QSqlQuery m(db);
    q.prepare(QStringLiteral(
        "INSERT INTO vpn_services (engagement_id, position, vpn_id, name, topology, extranet_consumers)"
        " VALUES (?, ?, ?, ?, ?, ?)"));
    m.prepare(QStringLiteral(
        "INSERT INTO vpn_members (engagement_id, vpn_id, site_id, position, role) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < e.vpns.size(); ++i) {
        const VpnService &v = e.vpns[i];
        for (const QVariant &val : {id, QVariant(int(i)), QVariant(text(v.vpnId)), QVariant(text(v.name)),
                                    QVariant(toString(v.topology)),
                                    QVariant(text(v.extranetConsumers.join(QLatin1Char(' '))))})
            q.addBindValue(val);
        if (!q.exec())
            return sqlError(q, what);
        for (qsizetype j = 0; j < v.members.size(); ++j) {
            for (const QVariant &val : {id, QVariant(text(v.vpnId)), QVariant(v.members[j].siteId),
                                        QVariant(int(j)), QVariant(toString(v.members[j].role))})
                m.addBindValue(val);
            if (!m.exec())
                return sqlError(m, what);
        }
    }

    q.prepare(QStringLiteral(
        "INSERT INTO step_status (engagement_id, step, state, updated_at, note) VALUES (?, ?, ?, ?, ?)"));
    for (const StepStatus &s : e.steps) {
        if (s.state == StepState::NotStarted && s.note.isEmpty() && !s.updatedAt.isValid())
            continue;
        q.addBindValue(id);
        q.addBindValue(s.step);
        q.addBindValue(toString(s.state));
        q.addBindValue(
            text(s.updatedAt.isValid() ? s.updatedAt.toUTC().toString(Qt::ISODateWithMs) : QString()));
        q.addBindValue(text(s.note));
        if (!q.exec())
            return sqlError(q, what);
    }
    return Status::success();
}

Status EngagementRepository::setStepStatus(std::int64_t engagementId, const StepStatus &status)
{
    if (status.step < 1 || status.step > 10)
        return Error::invalidInput(QStringLiteral("step %1 does not exist (1 to 10)").arg(status.step));
    if (const auto problem = EngagementRules::checkNote(status.note))
        return Error::invalidInput(QStringLiteral("the status of step %1 was not saved: %2").arg(status.step).arg(*problem));
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO step_status (engagement_id, step, state, updated_at, note) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (engagement_id, step) DO UPDATE SET state = excluded.state,"
            " updated_at = excluded.updated_at, note = excluded.note"));
        q.addBindValue(QVariant::fromValue<qlonglong>(engagementId));
        q.addBindValue(status.step);
        q.addBindValue(toString(status.state));
        q.addBindValue(text(status.updatedAt.isValid() ? status.updatedAt.toUTC().toString(Qt::ISODateWithMs)
                                                       : QString()));
        q.addBindValue(text(status.note));
        if (!q.exec()) {
            const Error err =
                sqlError(q, QStringLiteral("cannot set the status of step %1").arg(status.step));
            // A foreign-key failure means the engagement does not exist.
            return err.message.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive)
                       ? Error::notFound(QStringLiteral("no engagement with id %1").arg(engagementId))
                       : err;
        }
        QSqlQuery t(m_db.connection());
        t.prepare(QStringLiteral("UPDATE engagements SET updated_at = ? WHERE id = ?"));
        t.addBindValue(isoNow());
        t.addBindValue(QVariant::fromValue<qlonglong>(engagementId));
        if (!t.exec())
            return sqlError(t, QStringLiteral("cannot set the status of step %1").arg(status.step));
        return Status::success();
    });
}

Status EngagementRepository::remove(std::int64_t id)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM engagements WHERE id = ?"));
        q.addBindValue(QVariant::fromValue<qlonglong>(id));
        if (!q.exec())
            return sqlError(q, QStringLiteral("cannot delete engagement %1").arg(id));
        if (q.numRowsAffected() == 0)
            return Error::notFound(QStringLiteral("no engagement with id %1").arg(id));
        return Status::success();
    });
}

} // namespace vpnwb
