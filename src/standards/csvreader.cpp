#include "csvreader.h"

#include <QStringDecoder>

namespace vpnwb {

Result<QString> CsvReader::decodeUtf8(const QByteArray &bytes, const QString &source)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    const QByteArray body = bytes.startsWith(bom) ? bytes.mid(bom.size()) : bytes;
    // The whole file at once; CRLF becomes LF, also inside quoted fields.
    {
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString text = decoder.decode(body);
        if (!decoder.hasError())
            return text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    }
    // Not valid UTF-8: decode line by line to name the line (a UTF-8
    // sequence never contains the byte of '\n').
    QStringList lines;
    const QList<QByteArray> rawLines = body.split('\n');
    for (qsizetype i = 0; i < rawLines.size(); ++i) {
        QByteArray raw = rawLines[i];
        if (raw.endsWith('\r'))
            raw.chop(1);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        QString line = decoder.decode(raw);
        if (decoder.hasError())
            return Error::invalidInput(
                QStringLiteral("%1:%2: the line is not valid UTF-8; save the file with the UTF-8 encoding")
                    .arg(source)
                    .arg(i + 1));
        lines.append(std::move(line));
    }
    return lines.join(QLatin1Char('\n'));
}

Result<QList<CsvRecord>> CsvReader::read(const QByteArray &bytes, const QString &source)
{
    const auto decoded = decodeUtf8(bytes, source);
    if (!decoded)
        return decoded.error();
    const QString &text = *decoded;
    auto fail = [&](int line, const QString &message) {
        return Error::invalidInput(QStringLiteral("%1:%2: %3").arg(source).arg(line).arg(message));
    };

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quotedField = false; // the current field was written in quotes
    int line = 1;
    record.line = line;
    const qsizetype n = text.size();
    qsizetype i = 0;
    auto endRecord = [&]() {
        record.fields.append(field);
        const bool blank = record.fields.size() == 1 && field.isEmpty() && !quotedField;
        if (!blank)
            records.append(record);
        record = CsvRecord{};
        field.clear();
        quotedField = false;
    };

    while (i < n) {
        const QChar c = text[i];
        if (c == QLatin1Char('"') && field.isEmpty() && !quotedField) {
            // A quoted field: runs to the next quote that is not doubled.
            quotedField = true;
            const int startLine = line;
            ++i;
            for (;;) {
                if (i >= n)
                    return fail(startLine, QStringLiteral("a quoted field starts here and is never closed"));
                const QChar q = text[i];
                if (q == QLatin1Char('"')) {
                    if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                        field.append(q);
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                // Up to the next quote in one piece.
                qsizetype j = i;
                while (j < n && text[j] != QLatin1Char('"')) {
                    if (text[j] == QLatin1Char('\n'))
                        ++line;
                    ++j;
                }
                field.append(QStringView(text).mid(i, j - i));
                i = j;
            }
            if (i < n && text[i] != QLatin1Char(',') && text[i] != QLatin1Char('\n'))
                return fail(line,
                            QStringLiteral("text follows the closing quote of field %1; a field is either "
                                           "all in quotes or not quoted")
                                .arg(record.fields.size() + 1));
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.fields.append(field);
            field.clear();
            quotedField = false;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            record.line = line;
        } else if (c == QLatin1Char('"')) {
            return fail(line, QStringLiteral("field %1 holds a '\"' but is not in quotes; put the field in "
                                             "quotes and write the quote twice (\"\")")
                                  .arg(record.fields.size() + 1));
        } else {
            // Up to the next separator, line end or quote in one piece.
            qsizetype j = i + 1;
            while (j < n && text[j] != QLatin1Char(',') && text[j] != QLatin1Char('\n') && text[j] != QLatin1Char('"'))
                ++j;
            field.append(QStringView(text).mid(i, j - i));
            i = j;
            continue;
        }
        ++i;
    }
    if (!record.fields.isEmpty() || !field.isEmpty() || quotedField)
        endRecord();
    return records;
}

} // namespace vpnwb
