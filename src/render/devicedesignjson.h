#pragma once

#include "devicedesign.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vpnwb {

// DeviceDesigns as JSON ("vpnwb-device-designs", version 1): the renderers'
// input written to a file, for the golden-file design in tests/golden,
// `vpnwb render-golden`, and the benchmark's Jinja2 peer. Field names are
// those of the C++ structs.
class DeviceDesignJson
{
public:
    static QByteArray toBytes(const QList<DeviceDesign> &devices);
    // `source` names the file in error messages; the first problem is
    // reported with its JSON path ("$.devices[2].attachments[0].vlan").
    static Result<QList<DeviceDesign>> fromBytes(const QByteArray &bytes, const QString &source);

    static constexpr int formatVersion = 1;
};

} // namespace vpnwb
