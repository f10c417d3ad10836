#include "identifier.h"

#include "safetext.h"

namespace vpnwb {
namespace {

bool isLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isNameCharacter(QChar c)
{
    return isLetter(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
           c == QLatin1Char('-');
}

} // namespace

bool Identifier::isValid(QStringView text, int maxLength)
{
    if (text.isEmpty() || text.size() > maxLength || !isLetter(text.front()) || text.back() == QLatin1Char('-'))
        return false;
    for (const QChar c : text) {
        if (!isNameCharacter(c))
            return false;
    }
    return true;
}

QString Identifier::fromText(QStringView text, const QString &fallback, int maxLength)
{
    const QString ascii = SafeText::toAscii(text);
    QString out;
    for (const QChar c : ascii) {
        if (out.size() >= maxLength)
            break;
        if (isNameCharacter(c))
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    while (!out.isEmpty() && !isLetter(out.front()))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? fallback : out;
}

} // namespace vpnwb
