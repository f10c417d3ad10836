#pragma once

#include "csvrecord.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vpnwb {

// Reads a CSV file as RFC 4180 describes it: fields separated by commas,
// records by line breaks (LF or CRLF), a field in double quotes may hold
// commas, line breaks and quotes written twice (""). The text must be UTF-8;
// a leading byte order mark is skipped. Blank lines are skipped.
class CsvReader
{
public:
    // `source` names the file in error messages ("sites.csv:7: ...").
    static Result<QList<CsvRecord>> read(const QByteArray &bytes, const QString &source);

private:
    static Result<QString> decodeUtf8(const QByteArray &bytes, const QString &source);
};

} // namespace vpnwb
