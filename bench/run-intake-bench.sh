#!/usr/bin/env bash
# Runs the site-intake benchmark and its Python peer on the same 10,000-site
# CSV, in one go, and prints both figures and the ratio.
# Usage: bench/run-intake-bench.sh [BUILD_DIR]   (a Release build; default build/release)
set -euo pipefail
build=${1:-build/release}
cmake --build "$build" --target intake_bench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/bench/intake_bench" --write-csv="$work/sites.csv"
"$build/bench/intake_bench" --benchmark_repetitions=10 --benchmark_report_aggregates_only=true \
    --benchmark_format=console | tee "$work/ours.txt"
python3 "$(dirname "$0")/intake_peer.py" "$work/sites.csv" 10 | tee "$work/peer.txt"
# CPU time is compared: on a shared machine it varies far less than the wall clock.
ours=$(awk '/BM_CsvImportIntoNewWorkspace_median/ {print $4}' "$work/ours.txt")
peer=$(awk '{print $8}' "$work/peer.txt")
python3 -c "print(f'import into a new workspace, CPU time: ours {float(\"$ours\"):.1f} ms, peer {float(\"$peer\"):.1f} ms, peer/ours = {float(\"$peer\")/float(\"$ours\"):.2f}x')"
