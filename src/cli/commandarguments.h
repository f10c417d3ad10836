#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <map>

namespace vpnwb {

// A command's arguments split into positional ones and options. main() has
// already refused unknown options, repeated ones and missing values (from
// the command's option list), so a command only checks what the values mean.
struct CommandArguments
{
    QStringList positional;
    std::map<QString, QString> values; // option -> value ("" for a flag)

    // `withValue`: the options that take a value, e.g. {"--out", "-o"}.
    static CommandArguments of(const QStringList &args, const QStringList &withValue);

    QString value(const char *option) const;
    bool has(const char *option) const;
    // The value of the first of `options` given, or "".
    QString valueOf(std::initializer_list<const char *> options) const;
    // The whole number an option gives, `fallback` when it is not given; an
    // Error naming the option and the range when it is not one from min to max.
    Result<int> number(const char *option, int min, int max, int fallback) const;
};

} // namespace vpnwb
