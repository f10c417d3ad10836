#pragma once

namespace vpnwb {

class CliContext;

// vpnwb inventory ENGAGEMENT -o FILE: drafts the device inventory of an
// engagement's design (every PE and CPE, vendor, loopback, credential names)
// for the operator to complete and hand to `vpnwb push`.
int runInventory(CliContext &c);

} // namespace vpnwb
