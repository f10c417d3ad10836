#pragma once

#include <QByteArray>
#include <QStringList>

namespace vpnwb {

// A network design written as L3NM JSON, with what L3NM could not hold.
struct L3nmExport
{
    QByteArray json;
    QStringList warnings; // design content that is not in `json`
};

} // namespace vpnwb
