#include "designrepository.h"

#include "database.h"
#include "sqlerrors.h"

#include <QSqlQuery>
#include <QVariant>

namespace vpnwb {
namespace {

QVariant id(std::int64_t v)
{
    return QVariant::fromValue<qlonglong>(v);
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

Result<DesignChoices> DesignRepository::choices(std::int64_t engagementId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT object, field, value FROM design_choices WHERE engagement_id = ?"));
    q.addBindValue(id(engagementId));
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read the design choices of engagement %1").arg(engagementId));
    DesignChoices c;
    while (q.next())
        c.values.insert({q.value(0).toString(), q.value(1).toString()}, q.value(2).toString());
    return c;
}

Status DesignRepository::setChoice(std::int64_t engagementId, const QString &object, const QString &field,
                                   const QString &value)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO design_choices (engagement_id, object, field, value) VALUES (?, ?, ?, ?)"
                                 " ON CONFLICT (engagement_id, object, field) DO UPDATE SET value = excluded.value"));
        for (const QVariant &v : {id(engagementId), QVariant(object), QVariant(field), QVariant(value)})
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q, QStringLiteral("cannot store %1 %2 of engagement %3").arg(object, field).arg(engagementId));
        return Status::success();
    });
}

Status DesignRepository::saveFindings(std::int64_t engagementId, const QList<DesignFinding> &findings)
{
    const QString what = QStringLiteral("cannot store the findings of engagement %1").arg(engagementId);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM design_findings WHERE engagement_id = ?"));
    q.addBindValue(id(engagementId));
    if (!q.exec())
        return sqlError(q, what);
    q.prepare(QStringLiteral("INSERT INTO design_findings (engagement_id, position, rule, severity, object, message,"
                             " hint) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const DesignFinding &f = findings[i];
        for (const QVariant &v : {id(engagementId), QVariant(int(i)), QVariant(f.rule), QVariant(toString(f.severity)),
                                  QVariant(text(f.objectId)), QVariant(text(f.message)), QVariant(text(f.hint))})
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q, what);
    }
    q.prepare(QStringLiteral("INSERT INTO design_runs (engagement_id, validated_at) VALUES (?, ?)"
                             " ON CONFLICT (engagement_id) DO UPDATE SET validated_at = excluded.validated_at"));
    q.addBindValue(id(engagementId));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(q, what);
    return Status::success();
}

Result<StoredFindings> DesignRepository::findings(std::int64_t engagementId) const
{
    const QString what = QStringLiteral("cannot read the findings of engagement %1").arg(engagementId);
    StoredFindings out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT validated_at FROM design_runs WHERE engagement_id = ?"));
    q.addBindValue(id(engagementId));
    if (!q.exec())
        return sqlError(q, what);
    if (q.next())
        out.validatedAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).toUTC();
    q.prepare(QStringLiteral("SELECT rule, severity, object, message, hint FROM design_findings"
                             " WHERE engagement_id = ? ORDER BY position"));
    q.addBindValue(id(engagementId));
    if (!q.exec())
        return sqlError(q, what);
    while (q.next())
        out.findings.append({q.value(0).toString(),
                             findingSeverityFromString(q.value(1).toString()).value_or(FindingSeverity::Blocking),
                             q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    return out;
}

} // namespace vpnwb
