#pragma once

namespace vpnwb {

// What an import does with rows that are wrong.
enum class ImportMode {
    AllOrNothing,  // any wrong row: nothing is imported, every problem is listed
    ValidRowsOnly, // the valid rows are imported; the report lists each skipped row and why
};

} // namespace vpnwb
