#pragma once

#include "engagement.h"

#include <QStringList>

namespace vpnwb {

// An engagement read from L3SM JSON, with the input the workbench did not keep.
struct L3smImport
{
    Engagement engagement;
    QStringList warnings; // "FILE: JSONPATH: what was not kept and why"
};

} // namespace vpnwb
