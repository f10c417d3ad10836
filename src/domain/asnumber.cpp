#include "asnumber.h"

namespace vpnwb {

Result<std::uint32_t> AsNumber::fromInteger(std::int64_t value)
{
    if (value < 1 || value > 4294967295LL)
        return Error::invalidInput(QStringLiteral("AS %1 is outside 1–4294967295").arg(value));
    return static_cast<std::uint32_t>(value);
}

Result<std::uint32_t> AsNumber::parse(const QString &input)
{
    QString text = input.trimmed();
    if (text.startsWith(QLatin1String("AS"), Qt::CaseInsensitive))
        text = text.mid(2);
    bool ok = !text.isEmpty() && text.size() <= 11;
    for (const QChar c : text)
        ok = ok && c.unicode() >= '0' && c.unicode() <= '9';
    if (!ok)
        return Error::invalidInput(QStringLiteral("'%1' is not an AS number (1–4294967295)").arg(input));
    return fromInteger(text.toLongLong());
}

} // namespace vpnwb
