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
ours=$(awk '/BM_CsvImportIntoNewWorkspace_median/ {print $2}' "$work/ours.txt")
peer=$(awk '{print $5}' "$work/peer.txt")
python3 -c "print(f'import into a new workspace: ours {float(\"$ours\"):.1f} ms, peer {float(\"$peer\"):.1f} ms, peer/ours = {float(\"$peer\")/float(\"$ours\"):.2f}x')"
