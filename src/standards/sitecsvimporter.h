#pragma once

#include "importmode.h"
#include "importreport.h"

#include <QByteArray>
#include <QString>

namespace vpnwb {

// Reads sites from a CSV file whose columns docs/SITE_CSV.md describes:
// a header row (names in any order and case) and one site per row. Each
// site is checked with EngagementRules; problems name the file, the line and
// the column.
class SiteCsvImporter
{
public:
    // `source` names the file in messages.
    static ImportReport fromBytes(const QByteArray &bytes, const QString &source,
                                  ImportMode mode = ImportMode::AllOrNothing);
    static ImportReport fromFile(const QString &path, ImportMode mode = ImportMode::AllOrNothing);
};

} // namespace vpnwb
