#include "bandwidthtext.h"

#include <QRegularExpression>

namespace vpnwb {

Result<std::int64_t> BandwidthText::parseKbps(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,12})(?:\\.(\\d{1,6}))?\\s*(?:([kmg])(?:b/s|bit/s|bps)?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString t = text.trimmed();
    const QRegularExpressionMatch m = re.match(t);
    const QString prefix = m.captured(3).toLower();
    const QString fraction = m.captured(2);
    // A plain number is kb/s and has no decimals.
    if (!m.hasMatch() || (prefix.isEmpty() && !fraction.isEmpty()))
        return Error::invalidInput(
            QStringLiteral("'%1' is not a bandwidth; write e.g. 512k, 100M, 1G or 100 Mb/s, "
                           "or a whole number of kb/s")
                .arg(text));
    const std::int64_t multiplier = prefix == QLatin1String("g")   ? 1'000'000
                                    : prefix == QLatin1String("m") ? 1'000
                                                                   : 1;
    std::int64_t scale = 1;
    for (qsizetype i = 0; i < fraction.size(); ++i)
        scale *= 10;
    const std::int64_t fractionKbps = fraction.isEmpty() ? 0 : fraction.toLongLong() * multiplier;
    if (fractionKbps % scale != 0)
        return Error::invalidInput(QStringLiteral("'%1' is not a whole number of kb/s").arg(text));
    return m.captured(1).toLongLong() * multiplier + fractionKbps / scale;
}

} // namespace vpnwb
