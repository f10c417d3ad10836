#include "jsonfieldreader.h"

#include <cmath>
#include <limits>

namespace vpnwb {

void JsonFieldReader::failAt(const QString &path, const QString &message)
{
    if (m_error && m_error->isEmpty())
        *m_error = path + QStringLiteral(": ") + message;
}

void JsonFieldReader::fail(const QString &key, const QString &message)
{
    failAt(pathOf(key), message);
}

QJsonValue JsonFieldReader::take(const QString &key, bool required, const char *what)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(key, QStringLiteral("missing (expected %1)").arg(QLatin1String(what)));
        return QJsonValue::Undefined;
    }
    return v;
}

QString JsonFieldReader::string(const QString &key, bool required)
{
    const QJsonValue v = take(key, required, "a string");
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        fail(key, QStringLiteral("expected a string"));
        return {};
    }
    return v.toString();
}

std::optional<double> JsonFieldReader::number(const QString &key, bool required)
{
    const QJsonValue v = take(key, required, "a number");
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isDouble()) {
        fail(key, QStringLiteral("expected a number"));
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<std::int64_t> JsonFieldReader::integer(const QString &key, std::int64_t min, std::int64_t max,
                                                     bool required)
{
    const QJsonValue v = take(key, required, "an integer");
    if (v.isUndefined())
        return std::nullopt;
    std::int64_t n = 0;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d != std::floor(d) || std::abs(d) > 9.0e15) {
            fail(key, QStringLiteral("expected an integer, got %1").arg(d));
            return std::nullopt;
        }
        n = static_cast<std::int64_t>(d);
    } else if (v.isString()) {
        bool ok = false;
        n = v.toString().toLongLong(&ok);
        if (!ok) {
            fail(key, QStringLiteral("expected an integer, got '%1'").arg(v.toString()));
            return std::nullopt;
        }
    } else {
        fail(key, QStringLiteral("expected an integer"));
        return std::nullopt;
    }
    if (n < min || n > max) {
        fail(key, QStringLiteral("%1 is outside %2..%3").arg(n).arg(min).arg(max));
        return std::nullopt;
    }
    return n;
}

QJsonObject JsonFieldReader::object(const QString &key, bool required)
{
    const QJsonValue v = take(key, required, "an object");
    if (v.isUndefined())
        return {};
    if (!v.isObject()) {
        fail(key, QStringLiteral("expected an object"));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonFieldReader::array(const QString &key, bool required)
{
    const QJsonValue v = take(key, required, "an array");
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        fail(key, QStringLiteral("expected an array"));
        return {};
    }
    return v.toArray();
}

} // namespace vpnwb
