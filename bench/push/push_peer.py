#!/usr/bin/env python3
"""The Ansible peer of push_bench: the same change sets, pushed to the same
routers with ansible.netcommon.cli_config over network_cli (Paramiko, host
keys checked against the lab's known_hosts), then verified the way the
workbench verifies: show running-config read back, and every line of the
change set must be in it (FRR shows "interface X vrf V" as "interface X"
when the kernel has no VRF V, so both sides of the comparison drop the
"vrf V" of an interface line).

Usage: push_peer.py PEER_DIR --forks N push     one timed, verified push: prints {"wallMs": ...}
       push_peer.py PEER_DIR --forks N remove   takes the changes away again and checks that they are gone

PEER_DIR is what `push_bench --write-peer=PEER_DIR` wrote (devices.json and
per device NAME.change and NAME.removal). The time is the wall time of the
ansible-playbook process, start to exit, as a person running it sees it.
"""

import json
import os
import subprocess
import sys
import time

GROUP_VARS = {
    "ansible_connection": "ansible.netcommon.network_cli",
    "ansible_network_os": "frr.frr.frr",
    "ansible_network_cli_ssh_type": "paramiko",
    "ansible_host_key_checking": True,
}

# Both sides of the comparison in the form FRR shows them.
NORMALISE = r"map('trim') | map('regex_replace', '^(interface \\S+) vrf \\S+$', '\\1')"

PUSH_PLAY = f"""\
- name: push the L3VPN change and verify it
  hosts: routers
  gather_facts: false
  tasks:
    - name: push the change set
      ansible.netcommon.cli_config:
        config: "{{{{ lookup('file', change_file) }}}}"
    - name: read the running configuration back
      ansible.netcommon.cli_command:
        command: show running-config
      register: running
    - name: every line of the change set is in the running configuration
      vars:
        shown: "{{{{ running.stdout_lines | {NORMALISE} | list }}}}"
        wanted: "{{{{ lookup('file', change_file).splitlines() | {NORMALISE} | list }}}}"
        missing: "{{{{ wanted | reject('in', shown) | list }}}}"
      ansible.builtin.assert:
        that: missing | length == 0
        fail_msg: "not in the running configuration: {{{{ missing }}}}"
        quiet: true
"""

REMOVE_PLAY = """\
- name: take the L3VPN change away again
  hosts: routers
  gather_facts: false
  tasks:
    - name: remove the change set
      ansible.netcommon.cli_config:
        config: "{{ lookup('file', removal_file) }}"
    - name: read the running configuration back
      ansible.netcommon.cli_command:
        command: show running-config
      register: running
    - name: nothing of the change is left
      ansible.builtin.assert:
        that: vrf_name not in running.stdout
        fail_msg: "{{ vrf_name }} is still configured"
        quiet: true
"""


def fail(message):
    print(f"push_peer: {message}", file=sys.stderr)
    sys.exit(1)


def prepare(peer_dir, devices):
    """Writes the inventory, the playbooks and a home whose known_hosts holds the lab's host keys."""
    home = os.path.join(peer_dir, "home")
    os.makedirs(os.path.join(home, ".ssh"), mode=0o700, exist_ok=True)
    known = []
    for source in sorted({d["knownHosts"] for d in devices}):
        with open(source, encoding="utf-8") as f:
            known.append(f.read())
    with open(os.path.join(home, ".ssh", "known_hosts"), "w", encoding="utf-8") as f:
        f.write("".join(known))
    hosts = {}
    for d in devices:
        with open(d["removalFile"], encoding="utf-8") as f:
            vrf = next(line.split()[2] for line in f if line.startswith("no vrf "))
        hosts[d["name"]] = {
            "ansible_host": d["host"],
            "ansible_port": d["port"],
            "ansible_user": d["username"],
            "ansible_ssh_private_key_file": d["identityFile"],
            "change_file": d["changeFile"],
            "removal_file": d["removalFile"],
            "vrf_name": vrf,
        }
    inventory = {"routers": {"hosts": hosts, "vars": GROUP_VARS}}
    # JSON is YAML: Ansible reads this inventory with its YAML plugin.
    with open(os.path.join(peer_dir, "inventory.yml"), "w", encoding="utf-8") as f:
        json.dump(inventory, f, indent=1)
    for name, text in (("push.yml", PUSH_PLAY), ("remove.yml", REMOVE_PLAY)):
        with open(os.path.join(peer_dir, name), "w", encoding="utf-8") as f:
            f.write(text)
    return home


def main(argv):
    if len(argv) != 4 or argv[1] != "--forks" or argv[3] not in ("push", "remove"):
        fail("usage: push_peer.py PEER_DIR --forks N push|remove")
    peer_dir, forks, action = os.path.abspath(argv[0]), int(argv[2]), argv[3]
    try:
        with open(os.path.join(peer_dir, "devices.json"), encoding="utf-8") as f:
            devices = json.load(f)
    except (OSError, ValueError) as e:
        fail(f"{peer_dir}/devices.json: {e} (write it with push_bench --write-peer={peer_dir})")
    home = prepare(peer_dir, devices)
    env = dict(os.environ)
    env.update({
        "HOME": home,
        "ANSIBLE_FORKS": str(forks),
        "ANSIBLE_HOST_KEY_CHECKING": "True",
        "ANSIBLE_RETRY_FILES_ENABLED": "False",
        "ANSIBLE_NOCOLOR": "1",
        "ANSIBLE_LOCAL_TEMP": os.path.join(home, ".ansible", "tmp"),
        "ANSIBLE_PERSISTENT_CONTROL_PATH_DIR": os.path.join(home, ".ansible", "pc"),
    })
    command = ["ansible-playbook", "-i", os.path.join(peer_dir, "inventory.yml"),
               os.path.join(peer_dir, f"{action}.yml")]
    started = time.monotonic()
    done = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    wall_ms = (time.monotonic() - started) * 1000
    log = os.path.join(peer_dir, f"{action}.log")
    with open(log, "w", encoding="utf-8") as f:
        f.write(done.stdout)
    if done.returncode != 0:
        sys.stderr.write(done.stdout[-4000:])
        fail(f"ansible-playbook {action} failed (exit {done.returncode}); the whole output is in {log}")
    print(json.dumps({"forks": forks, "devices": len(devices), "wallMs": round(wall_ms, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
