#include "commandarguments.h"

namespace vpnwb {

CommandArguments CommandArguments::of(const QStringList &args, const QStringList &withValue)
{
    CommandArguments a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const bool option = args[i].startsWith(QLatin1Char('-')) && args[i] != QLatin1String("-");
        if (!option)
            a.positional.append(args[i]);
        else if (withValue.contains(args[i]) && i + 1 < args.size()) {
            a.values[args[i]] = args[i + 1];
            ++i;
        }
        else {
            a.values[args[i]] = QString();
        }
    }
    return a;
}

QString CommandArguments::value(const char *option) const
{
    const auto it = values.find(QLatin1String(option));
    return it == values.end() ? QString() : it->second;
}

bool CommandArguments::has(const char *option) const
{
    return values.count(QLatin1String(option)) > 0;
}

QString CommandArguments::valueOf(std::initializer_list<const char *> options) const
{
    for (const char *option : options) {
        if (has(option))
            return value(option);
    }
    return {};
}

Result<int> CommandArguments::number(const char *option, int min, int max, int fallback) const
{
    if (!has(option))
        return fallback;
    bool ok = false;
    const int n = value(option).toInt(&ok);
    if (!ok || n < min || n > max)
        return Error::invalidInput(QStringLiteral("%1 must be a whole number from %2 to %3, not '%4'")
                                       .arg(QLatin1String(option))
                                       .arg(min)
                                       .arg(max)
                                       .arg(value(option)));
    return n;
}

} // namespace vpnwb
