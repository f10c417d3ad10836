#pragma once

namespace vpnwb {

class CliContext;

// vpnwb vpn ENGAGEMENT VPN [--topology T] [--roles SITE=ROLE,...]
// [--extranet-for VPN,...|none]: shows one VPN service, or chooses its
// topology, the sites' roles in it and the VPNs its shared services reach.
// All changes are made, or none.
int runVpn(CliContext &c);

} // namespace vpnwb
