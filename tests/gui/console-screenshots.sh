#!/usr/bin/env bash
# The provisioning console's screenshots for the documentation, against the
# router lab (needs root, as the lab does): the demo engagement designed with
# FRR CPEs, a lab built from its design, the lab user's password in the
# workspace's vault; then console_screenshot under Xvfb takes the host-key
# prompt, a dry-run, a push while it runs, the finished push and its rollback.
# The lab is taken down at the end, whatever happened.
# Usage: tests/gui/console-screenshots.sh BUILD_DIR OUT_DIR [XVFB_RUN]
set -euo pipefail
build=$(realpath "$1") out=$(realpath -m "$2") xvfb_run=${3:-xvfb-run}
here=$(cd "$(dirname "$0")" && pwd)
# Where the lab cannot run (no root, no namespaces, packages missing), say so: ctest reports a skip.
if ! reason=$("$here/../lab/lab" check 2>&1); then
    echo "the router lab cannot run here: $reason"
    exit 0
fi
if ! command -v "$xvfb_run" >/dev/null; then
    echo "xvfb-run is not installed (Debian package xvfb); scripts/setup-deps installs it" >&2
    exit 1
fi
cli=$build/bin/vpnwb
shooter=$build/tests/gui/console_screenshot
mkdir -p "$out"
work=$(mktemp -d)
chmod 755 "$work" # the lab user reaches the lab folder inside it
lab=$work/lab
cleanup() {
    "$cli" lab down --dir "$lab" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
export ASAN_OPTIONS=detect_leaks=0 XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
export VPNWB_RENDERER_PATH=$build/plugins/renderers
export VPNWB_VAULT_PASSPHRASE="screenshot vault passphrase"
db=$work/demo.vpnwb
demo="Northwind Retail — Pan-European VPN"
"$cli" --db "$db" demo >/dev/null
"$cli" --db "$db" provider-settings cpe-vendor frr >/dev/null
"$cli" --db "$db" serviceability "$demo" >/dev/null
"$cli" --db "$db" design "$demo" >/dev/null
"$cli" --db "$db" lab up --engagement "$demo" --pe 2 --dir "$lab" >"$work/lab-up.log"
credential=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["devices"][0]["credential"])' "$lab/inventory.json")
"$cli" --db "$db" vault init >/dev/null
"$cli" --db "$db" vault set "$credential" <"$lab/password" >/dev/null
id=$("$cli" --db "$db" --json engagements | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
timeout 600 "$xvfb_run" -a -s "-screen 0 1440x900x24" "$shooter" "$db" "$id" "$lab/inventory.json" "$out"
