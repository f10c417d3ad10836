#!/usr/bin/env python3
"""Helpers of the router lab that are clumsy in bash.

  labtool.py free-ports COUNT          print COUNT distinct free TCP ports on 127.0.0.1
  labtool.py wait-ports SECONDS PORT...  wait until every port accepts connections on 127.0.0.1
  labtool.py inventory LABDIR          write LABDIR/inventory.json and LABDIR/known_hosts
                                       from LABDIR/state and the lab's host key
"""

import json
import os
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
    devices = [device(f"pe{i}", "pe", ports[i - 1], "ssh-cli", "frr") for i in range(1, pe + 1)]
    devices += [device(f"ce{j}", "ce", ports[pe + j - 1], "ssh-cli", "frr") for j in range(1, ce + 1)]
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


def main(argv):
    if len(argv) >= 2 and argv[0] == "free-ports":
        print(" ".join(str(p) for p in free_ports(int(argv[1]))))
        return 0
    if len(argv) >= 3 and argv[0] == "wait-ports":
        return wait_ports(float(argv[1]), [int(p) for p in argv[2:]])
    if len(argv) == 2 and argv[0] == "inventory":
        return inventory(argv[1])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
