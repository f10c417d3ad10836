#!/usr/bin/env bash
# Pushes the same verified L3VPN change to 20 router-lab routers with the
# workbench's push engine (push_bench) and with Ansible (push_peer.py), in one
# go, RUNS times each, alternating, at the same parallelism (PARALLEL, a list),
# and prints the medians and the ratio Ansible/ours. Root (it runs the lab).
# Usage: bench/push/run-push-bench.sh [BUILD_DIR]   (a Release build; default build/release)
# Environment: RUNS (default 3), PARALLEL (default "4 1"), ROUTERS (default 20).
# Needs Ansible and Paramiko: scripts/setup-deps --bench.
#
# One sshd serves at most 16 ports (OpenSSH's MAX_LISTEN_SOCKS), so the 20
# routers are two labs of 10, each with its own sshd, user and host key.
set -euo pipefail
build=${1:-build/release}
runs=${RUNS:-3}
parallel=${PARALLEL:-4 1}
routers=${ROUTERS:-20}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/../../tests/lab/lab
[[ $(id -u) -eq 0 ]] || { echo "run-push-bench: the router lab needs root" >&2; exit 1; }
command -v ansible-playbook >/dev/null || { echo "run-push-bench: no ansible-playbook (scripts/setup-deps --bench)" >&2; exit 1; }
"$lab" check >/dev/null
cmake --build "$build" --target push_bench
bench=$build/bench/push_bench

work=$(mktemp -d)
chmod 0755 "$work" # the lab user must reach the lab folders inside
labs=()
per_lab=10
for ((i = 0; i * per_lab < routers; i++)); do
    n=$((routers - i * per_lab < per_lab ? routers - i * per_lab : per_lab))
    labs+=("$work/lab$((i + 1)):$n")
done
cleanup() {
    for l in "${labs[@]}"; do "$lab" down --dir "${l%%:*}" >/dev/null 2>&1 || true; done
    rm -rf "$work"
}
trap cleanup EXIT
inventories=()
for l in "${labs[@]}"; do
    "$lab" up --pe "${l##*:}" --ce 0 --dir "${l%%:*}" >&2
    inventories+=(--inventory "${l%%:*}/inventory.json")
done
"$bench" "${inventories[@]}" --write-peer="$work/peer"

echo "machine: $(nproc) cores, $(uname -sr); $(ansible --version | head -1); frr $(dpkg-query -W -f='${Version}' frr)"
for p in $parallel; do
    : >"$work/ours-$p.jsonl"
    : >"$work/peer-$p.jsonl"
    for ((r = 1; r <= runs; r++)); do
        "$bench" "${inventories[@]}" --parallel "$p" | tee -a "$work/ours-$p.jsonl"
        python3 "$here/push_peer.py" "$work/peer" --forks "$p" push | tee -a "$work/peer-$p.jsonl"
        python3 "$here/push_peer.py" "$work/peer" --forks "$p" remove >/dev/null
    done
done

python3 - "$work" $parallel <<'EOF'
import json, statistics, sys
work, levels = sys.argv[1], sys.argv[2:]
def load(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]
print(f"{'parallel':>8} {'devices':>7} {'ours wall':>10} {'per device (median/max)':>24} "
      f"{'Ansible wall':>12} {'Ansible/ours':>12}")
for p in levels:
    ours, peer = load(f"{work}/ours-{p}.jsonl"), load(f"{work}/peer-{p}.jsonl")
    wall = statistics.median(o["wallMs"] for o in ours)
    per_device = [statistics.median(o["deviceMs"]) for o in ours]
    worst = [max(o["deviceMs"]) for o in ours]
    peer_wall = statistics.median(o["wallMs"] for o in peer)
    print(f"{p:>8} {ours[0]['devices']:>7} {wall / 1000:>8.2f} s {statistics.median(per_device):>12.0f} /"
          f" {statistics.median(worst):>6.0f} ms {peer_wall / 1000:>10.2f} s {peer_wall / wall:>11.1f}x")
print(f"medians of {len(ours)} runs each; {ours[0]['lines']} lines per device; every push verified by reading "
      "the running configuration back")
EOF
