#!/usr/bin/env python3
"""Helpers of the router lab that are clumsy in bash.

  labtool.py free-ports COUNT          print COUNT distinct free TCP ports on 127.0.0.1
  labtool.py wait-ports SECONDS PORT...  wait until every port accepts connections on 127.0.0.1
  labtool.py inventory LABDIR          write LABDIR/inventory.json and LABDIR/known_hosts
                                       from LABDIR/state (and LABDIR/spec.json) and the lab's host key
  labtool.py spec-check SPEC           check a lab specification (vpnwb lab up --engagement writes
                                       one); print its number of PEs and CEs
  labtool.py spec-plan LABDIR          what the lab of LABDIR/spec.json builds, one action a line
                                       (see plan() below)
  labtool.py netconf-yang SRC DEST     copy the L3NM (RFC 9182) and the modules it imports from SRC
                                       to DEST, in the form netconfd 2.13 can load (see README.md)
"""

import ipaddress
import json
import os
import re
import socket
import sys
import time


def free_ports(count):
    # Holding every socket open until all are chosen keeps the ports distinct.
    sockets = []
    try:
        for _ in range(count):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(("127.0.0.1", 0))
            sockets.append(s)
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def wait_ports(seconds, ports):
    deadline = time.monotonic() + seconds
    pending = list(ports)
    while pending:
        port = pending[0]
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                pending.pop(0)
        except OSError:
            if time.monotonic() > deadline:
                print(f"labtool: nothing answers on 127.0.0.1:{port} after {seconds} s", file=sys.stderr)
                return 1
            time.sleep(0.1)
    return 0


def read_state(labdir):
    state = {}
    with open(os.path.join(labdir, "state"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                key, _, value = line.partition("=")
                state[key] = value
    return state


def write_atomically(path, text, mode):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def inventory(labdir):
    state = read_state(labdir)
    with open(os.path.join(labdir, "sshd", "ssh_host_ed25519_key.pub"), encoding="utf-8") as f:
        key_type, key_blob = f.read().split()[:2]

    def known_hosts_line(port):
        return f"[127.0.0.1]:{port} {key_type} {key_blob}"

    def device(name, role, port, transport, vendor):
        return {
            "name": name,
            "role": role,
            "managementAddress": "127.0.0.1",
            "port": port,
            "transport": transport,
            "vendor": vendor,
            "username": state["user"],
            "credential": state["credential"],
            "knownHosts": known_hosts_line(port),
        }

    pe, ce = int(state["pe"]), int(state["ce"])
    ports = [int(p) for p in state["ports"].split(",")]
    names = [f"pe{i}" for i in range(1, pe + 1)] + [f"ce{j}" for j in range(1, ce + 1)]
    if state.get("spec") == "yes":
        # Built from a design: the routers carry the design's names, PEs first.
        names = [r["name"] for r in ordered_routers(read_spec(os.path.join(labdir, "spec.json")))]
    devices = [device(names[i - 1], "pe", ports[i - 1], "ssh-cli", "frr") for i in range(1, pe + 1)]
    devices += [device(names[pe + j - 1], "ce", ports[pe + j - 1], "ssh-cli", "frr") for j in range(1, ce + 1)]
    # The NETCONF endpoint: yuma123 netconfd standing in for a PE that is
    # provisioned over NETCONF (its datastore is netconfd's, not FRR's).
    devices.append(device("nc1", "pe", ports[pe + ce], "netconf", "yuma123"))

    document = {
        "format": "vpnwb-device-inventory",
        "version": 1,
        "source": f"router lab {state['id']}",
        "devices": devices,
    }
    write_atomically(os.path.join(labdir, "inventory.json"), json.dumps(document, indent=2) + "\n", 0o644)
    write_atomically(os.path.join(labdir, "known_hosts"),
                     "".join(known_hosts_line(p) + "\n" for p in ports), 0o644)
    return 0


# ---------------------------------------------------------------------------
# A lab built from a specification (format vpnwb-lab-spec, version 1)

LINUX_DEVICE = re.compile(r"^[A-Za-z0-9_.@+-]{1,15}$")
HOST_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$")
MAX_ROUTERS = 250


class SpecError(Exception):
    pass


def read_spec(path):
    """Reads and checks a specification; a SpecError names the file and the field."""

    def fail(field, message):
        raise SpecError(f"{path}: {field}: {message}")

    try:
        with open(path, encoding="utf-8") as f:
            spec = json.load(f)
    except OSError as e:
        raise SpecError(f"{path}: cannot read it: {e.strerror}") from None
    except ValueError as e:
        raise SpecError(f"{path}: not JSON: {e}") from None
    if not isinstance(spec, dict) or spec.get("format") != "vpnwb-lab-spec":
        fail("format", "not a lab specification (format vpnwb-lab-spec)")
    if spec.get("version") != 1:
        fail("version", f"version {spec.get('version')!r} is not 1")
    routers = spec.get("routers")
    if not isinstance(routers, list):
        fail("routers", "a list of routers is needed")
    names = {}
    for i, r in enumerate(routers):
        where = f"routers[{i}]"
        if not isinstance(r, dict):
            fail(where, "not an object")
        name = r.get("name")
        if not isinstance(name, str) or not HOST_NAME.match(name):
            fail(where + ".name", f"{name!r} is not a host name")
        if name in names:
            fail(where + ".name", f"{name} is named twice")
        if r.get("role") not in ("pe", "ce"):
            fail(where + ".role", f"{r.get('role')!r} is not pe or ce")
        loopback = r.get("loopback", "")
        if loopback:
            try:
                ipaddress.IPv4Address(loopback)
            except ValueError:
                fail(where + ".loopback", f"{loopback!r} is not an IPv4 address")
        elif r["role"] == "pe":
            fail(where + ".loopback", "a PE needs its loopback (its core sessions start there)")
        devices = set()
        for j, port in enumerate(r.get("ports", [])):
            pname = port.get("name") if isinstance(port, dict) else None
            if not isinstance(pname, str) or not LINUX_DEVICE.match(pname) or pname in ("lo", "core"):
                fail(f"{where}.ports[{j}].name", f"{pname!r} is no Linux device name the lab can use")
            devices.add(pname)
            for vlan in port.get("vlans", []):
                if not isinstance(vlan, int) or not 1 <= vlan <= 4094:
                    fail(f"{where}.ports[{j}].vlans", f"{vlan!r} is not a VLAN id 1..4094")
                sub = f"{pname}.{vlan}"
                if len(sub) > 15:
                    fail(f"{where}.ports[{j}].vlans", f"{sub} is longer than 15 characters")
                devices.add(sub)
        for j, lo in enumerate(r.get("vrfLoopbacks", [])):
            if not isinstance(lo, str) or not LINUX_DEVICE.match(lo) or lo in devices or lo in ("lo", "core"):
                fail(f"{where}.vrfLoopbacks[{j}]", f"{lo!r} is no Linux device name the lab can use")
            devices.add(lo)
        r["_devices"] = devices
        names[name] = r
    pes = [r for r in routers if r["role"] == "pe"]
    ces = [r for r in routers if r["role"] == "ce"]
    if not 1 <= len(pes) <= MAX_ROUTERS:
        fail("routers", f"{len(pes)} PEs; the lab runs 1 to {MAX_ROUTERS}")
    if len(ces) > MAX_ROUTERS:
        fail("routers", f"{len(ces)} CEs; the lab runs {MAX_ROUTERS} at most")
    links = {}  # (ce, cePort) -> (pe, pePort)
    for i, a in enumerate(spec.get("attachments", [])):
        where = f"attachments[{i}]"
        for end, role in (("pe", "pe"), ("ce", "ce")):
            router = names.get(a.get(end))
            if router is None or router["role"] != role:
                fail(f"{where}.{end}", f"{a.get(end)!r} is no {role.upper()} of the specification")
            port = a.get(end + "Port")
            if port not in router["_devices"]:
                fail(f"{where}.{end}Port", f"{port!r} is not a port of {router['name']}")
        key, target = (a["ce"], a["cePort"]), (a["pe"], a["pePort"])
        if links.setdefault(key, target) != target:
            fail(f"{where}.cePort", f"{a['ce']} {a['cePort']} is linked to two PE ports")
    spec["_links"] = links
    return spec


def ordered_routers(spec):
    """The routers, PEs first, in the specification's order: pe1..peN, ce1..ceM in the lab."""
    return [r for r in spec["routers"] if r["role"] == "pe"] + [r for r in spec["routers"] if r["role"] == "ce"]


def plan(labdir):
    """What the lab of LABDIR/spec.json builds, one action a line (tab-separated):

      router ID NAME ROLE LOOPBACK   a router: its namespace id (pe1.., ce1..), name, role, loopback
      bridge BRIDGE                  a bridge in the core namespace, one per PE port with CEs
      veth ID DEVICE BRIDGE PEER     a veth pair: DEVICE in the router, PEER on BRIDGE
      stub ID DEVICE PEER            a veth pair inside the router (a port linked to nothing, a LAN port,
                                     a VRF loopback): DEVICE has carrier, PEER is its other end
      sub ID PORT VLAN               the sub-interface PORT.VLAN of a port
    """
    spec = read_spec(os.path.join(labdir, "spec.json"))
    routers = ordered_routers(spec)
    ids = {}
    pe_count = ce_count = 0
    out = []
    for r in routers:
        if r["role"] == "pe":
            pe_count += 1
            ids[r["name"]] = f"pe{pe_count}"
        else:
            ce_count += 1
            ids[r["name"]] = f"ce{ce_count}"
        out.append(("router", ids[r["name"]], r["name"], r["role"], r.get("loopback") or "-"))
    bridges = {}  # (pe, pePort) -> bridge name
    linked = set()
    for (ce, ce_port), (pe, pe_port) in sorted(spec["_links"].items(), key=lambda kv: (ids[kv[1][0]], kv[1][1])):
        key = (pe, pe_port)
        if key not in bridges:
            bridge = f"a{len(bridges) + 1}"
            bridges[key] = bridge
            out.append(("bridge", bridge))
            out.append(("veth", ids[pe], pe_port, bridge, bridge + "p"))
            linked.add(key)
            bridges[key + ("n",)] = 0
        bridge = bridges[key]
        bridges[key + ("n",)] += 1
        out.append(("veth", ids[ce], ce_port, bridge, f"{bridge}c{bridges[key + ('n',)]}"))
        linked.add((ce, ce_port))
    for r in routers:
        stubs = 0
        for port in r.get("ports", []):
            if (r["name"], port["name"]) not in linked:
                stubs += 1
                out.append(("stub", ids[r["name"]], port["name"], f"stub{stubs}"))
        for lo in r.get("vrfLoopbacks", []):
            stubs += 1
            out.append(("stub", ids[r["name"]], lo, f"stub{stubs}"))
        for port in r.get("ports", []):
            for vlan in port.get("vlans", []):
                out.append(("sub", ids[r["name"]], port["name"], str(vlan)))
    for line in out:
        print("\t".join(line))
    return 0


# The modules the L3NM needs, and the statements of RFC 9182's module that
# yuma123 2.13 cannot compile or applies wrongly, with what the lab's copy has
# in their place.
L3NM_MODULES = [
    "ietf-l3vpn-ntw@2022-02-14.yang", "ietf-vpn-common@2022-02-11.yang", "ietf-packet-fields@2019-03-04.yang",
    "ietf-ethertypes@2019-03-04.yang", "ietf-key-chain@2017-06-15.yang", "ietf-routing-types@2017-12-04.yang",
    "ietf-interfaces@2018-02-20.yang", "ietf-netconf-acm@2018-02-14.yang", "ietf-inet-types@2013-07-15.yang",
    "ietf-yang-types@2013-07-15.yang",
]
L3NM_RELAXATIONS = [
    # An XPath test of identities the module defines itself, written without a
    # prefix: yuma123 cannot resolve them ("invalid identity param").
    (r"\n\s*must \"not\(derived-from-or-self\(current\(\), \"\s*\+ \"'slaac'\) or \"\s*"
     r"\+ \"derived-from-or-self\(current\(\), \"\s*\+ \"'provider-dhcp-slaac'\)\)\" \{.*?\n\s*\}", ""),
    (r"\n\s*when \"derived-from-or-self\(\.\./address-allo\"\s*\+ \"cation-type, 'provider-dhcp'\) or \"\s*"
     r"\+ \"derived-from-or-self\(\.\./address-allo\"\s*\+ \"cation-type, 'provider-dhcp-slaac'\)\" \{.*?\n\s*\}", ""),
    # The mandatory VLAN ids of QinQ encapsulation, in a container that applies
    # only when the encapsulation type is qinq: where an access has no
    # connection at all (a loopback), yuma123 does not take the type's default
    # and asks for them ("required value instance not found").
    (r"(container qinq \{.*?leaf svlan-id \{\s*type uint16;)\s*mandatory true;"
     r"(.*?leaf cvlan-id \{\s*type uint16;)\s*mandatory true;", r"\1\2"),
    # A leafref inside a union, which YANG 1.1 allows and yuma123 refuses.
    (r"type union \{\s*type inet:ip-address;\s*type if:interface-ref;\s*\}",
     "type union {\n                          type inet:ip-address;\n                          type string;\n"
     "                        }"),
]


def netconf_yang(src, dest):
    os.makedirs(dest, exist_ok=True)
    for name in L3NM_MODULES:
        path = os.path.join(src, name)
        if not os.path.isfile(path):
            print(f"labtool: {path} does not exist", file=sys.stderr)
            return 1
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if name.startswith("ietf-l3vpn-ntw@"):
            for pattern, replacement in L3NM_RELAXATIONS:
                text, count = re.subn(pattern, replacement, text, count=1, flags=re.S)
                if count != 1:
                    print(f"labtool: {path} is not the module the lab knows: '{pattern[:40]}...' is not in it",
                          file=sys.stderr)
                    return 1
        write_atomically(os.path.join(dest, name), text, 0o644)
    return 0


def main(argv):
    if len(argv) >= 2 and argv[0] == "free-ports":
        print(" ".join(str(p) for p in free_ports(int(argv[1]))))
        return 0
    if len(argv) >= 3 and argv[0] == "wait-ports":
        return wait_ports(float(argv[1]), [int(p) for p in argv[2:]])
    if len(argv) == 3 and argv[0] == "netconf-yang":
        return netconf_yang(argv[1], argv[2])
    if len(argv) == 2 and argv[0] == "inventory":
        return inventory(argv[1])
    if len(argv) == 2 and argv[0] in ("spec-check", "spec-plan"):
        try:
            if argv[0] == "spec-plan":
                return plan(argv[1])
            routers = read_spec(argv[1])["routers"]
        except SpecError as e:
            print(f"labtool: {e}", file=sys.stderr)
            return 1
        print(sum(r["role"] == "pe" for r in routers), sum(r["role"] == "ce" for r in routers))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
