#pragma once

#include "result.h"

#include <QSqlQuery>
#include <QString>

namespace vpnwb {

// Maps a failed query to a domain Error: the one place where QSqlError is read.
Error sqlError(const QSqlQuery &query, const QString &what);

// Inside a write transaction: succeeds when the engagement exists, otherwise
// a not-found error naming it (or the SQL error, prefixed with `what`).
// Leaves `query` finished, ready for the next statement.
Status requireEngagement(QSqlQuery &query, qint64 engagementId, const QString &what);

} // namespace vpnwb
