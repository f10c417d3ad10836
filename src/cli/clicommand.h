#pragma once

#include <QString>

namespace vpnwb {

class CliContext;

// One sub-command of vpnwb.
struct CliCommand
{
    const char *name;
    const char *synopsis; // arguments, e.g. "ENGAGEMENT STEP STATE"
    const char *summary;
    // Its own options, space separated; one that takes a value ends in '='
    // ("--note= --valid-rows-only").
    const char *options;
    int (*run)(CliContext &context);
};

} // namespace vpnwb
