#pragma once

#include <QByteArray>
#include <QStringList>

namespace vpnwb {

// An engagement written as L3SM JSON, with what L3SM could not hold.
struct L3smExport
{
    QByteArray json;
    QStringList warnings; // engagement content that is not in `json`
};

} // namespace vpnwb
