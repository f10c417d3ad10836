#!/usr/bin/env bash
# Runs the renderer benchmark and its Jinja2 peer on the same generated
# 10,000-site design, in one go, and prints the FRR and IOS XR ratios.
# Usage: bench/run-render-bench.sh [BUILD_DIR]   (a Release build; default build/release)
# PYTHON selects the interpreter of the peer (default python3, with python3-jinja2).
set -euo pipefail
build=${1:-build/release}
python=${PYTHON:-python3}
cmake --build "$build" --target render_bench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/bench/render_bench" --write-peer-input="$work"
"$build/bench/render_bench" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
    --benchmark_format=console | tee "$work/ours.txt"
"$python" -c 'import jinja2, sys; print(f"peer: Python {sys.version.split()[0]}, Jinja2 {jinja2.__version__}")'
"$python" "$(dirname "$0")/render_peer.py" "$work" 5 | tee "$work/peer.txt"
# Medians of whole passes over every device, ours and the peer's. On a shared machine the wall clock
# swings with the other work; CPU time varies far less, and the ratio is taken on it.
for pair in "frr BM_RenderFrr_median" "iosxr BM_RenderIosXr_median"; do
    set -- $pair
    wall=$(awk -v b="$2" '$1 == b {print $2}' "$work/ours.txt")
    cpu=$(awk -v b="$2" '$1 == b {print $4}' "$work/ours.txt")
    field() { awk -v v="peer $1:" -v k="$2" 'index($0, v) == 1 {for (i = 1; i <= NF; i++) if ($i == k) print $(i + 1)}' "$work/peer.txt"; }
    peer_wall=$(field "$1" median)
    peer_cpu=$(field "$1" cpu)
    "$python" -c "print(f'$1: CPU ours {float(\"$cpu\"):.0f} ms, Jinja2 {float(\"$peer_cpu\") * 1000:.0f} ms, Jinja2/ours = {float(\"$peer_cpu\") * 1000 / float(\"$cpu\"):.1f}x; wall ours {float(\"$wall\"):.0f} ms, Jinja2 {float(\"$peer_wall\") * 1000:.0f} ms')"
done
