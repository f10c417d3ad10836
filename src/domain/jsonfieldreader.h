#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <optional>

namespace vpnwb {

// Reads typed fields out of a JSON object and remembers the first problem,
// named by its JSON path ("$.sites[2].latitude"), so that a decoder can read
// straight through and report one precise error at the end.
class JsonFieldReader
{
public:
    JsonFieldReader(const QJsonObject &object, QString path, QString *firstError)
        : m_object(object), m_path(std::move(path)), m_error(firstError)
    {}

    QString path() const { return m_path; }
    QString pathOf(const QString &key) const { return m_path + QLatin1Char('.') + key; }
    bool has(const QString &key) const { return m_object.contains(key); }
    bool failed() const { return m_error && !m_error->isEmpty(); }

    QString string(const QString &key, bool required = true);
    std::optional<double> number(const QString &key, bool required = true);
    // Accepts a JSON number or, as RFC 7951 writes 64-bit values, a string of digits.
    std::optional<std::int64_t> integer(const QString &key, std::int64_t min, std::int64_t max,
                                        bool required = true);
    QJsonObject object(const QString &key, bool required = true);
    QJsonArray array(const QString &key, bool required = true);

    void fail(const QString &key, const QString &message);
    void failAt(const QString &path, const QString &message);

private:
    QJsonValue take(const QString &key, bool required, const char *what);

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

} // namespace vpnwb
