#include "sqlerrors.h"

#include <QSqlError>
#include <QVariant>

namespace vpnwb {

Error sqlError(const QSqlQuery &query, const QString &what)
{
    const QSqlError e = query.lastError();
    const QString native = e.nativeErrorCode();
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    // SQLite 19 / PostgreSQL 23505: a constraint (such as a unique name) was violated.
    if (native == QLatin1String("19") || native == QLatin1String("2067") ||
        native == QLatin1String("23505") ||
        text.contains(QLatin1String("UNIQUE constraint"), Qt::CaseInsensitive))
        return Error::conflict(QStringLiteral("%1: %2").arg(what, text));
    return Error::storage(QStringLiteral("%1: %2").arg(what, text));
}

Status requireEngagement(QSqlQuery &query, qint64 engagementId, const QString &what)
{
    query.prepare(QStringLiteral("SELECT 1 FROM engagements WHERE id = ?"));
    query.addBindValue(QVariant::fromValue<qlonglong>(engagementId));
    if (!query.exec())
        return sqlError(query, what);
    if (!query.next())
        return Error::notFound(QStringLiteral("no engagement with id %1").arg(engagementId));
    query.finish();
    return {};
}

} // namespace vpnwb
