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
    // The options of its own that take a value, space separated ("--note").
    const char *valueOptions;
    int (*run)(CliContext &context);
};

} // namespace vpnwb
