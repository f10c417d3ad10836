#pragma once

#include "result.h"

#include <QSqlQuery>
#include <QString>

namespace vpnwb {

// Maps a failed query to a domain Error: the one place where QSqlError is read.
Error sqlError(const QSqlQuery &query, const QString &what);

} // namespace vpnwb
