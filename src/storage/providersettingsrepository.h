#pragma once

#include "providersettings.h"
#include "result.h"

#include <cstdint>

namespace vpnwb {

class Database;

// Keeps the provider settings of a workspace: only the fields that differ
// from the defaults are stored.
class ProviderSettingsRepository
{
public:
    explicit ProviderSettingsRepository(Database &db) : m_db(db) {}

    // The defaults for a provider of AS `catalogAs` (the PoP catalog's), with the stored fields applied.
    Result<ProviderSettings> load(std::uint32_t catalogAs) const;
    // Sets one field; refused, with nothing stored, when the value or the
    // settings as a whole would be wrong. Returns the settings as stored.
    Result<ProviderSettings> set(std::uint32_t catalogAs, const QString &field, const QString &value);

private:
    Database &m_db;
};

} // namespace vpnwb
