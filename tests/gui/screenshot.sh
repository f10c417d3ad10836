#!/usr/bin/env bash
# Starts vpn-workbench under Xvfb on the demo engagement and saves PNG
# screenshots of the main window; fails if a picture is missing or blank.
set -euo pipefail
app=$1 cli=$2 out=$3 xvfb_run=${4:-}
if [[ -z "$xvfb_run" || ! -x "$xvfb_run" ]]; then
    echo "xvfb-run is not installed (Debian package xvfb); scripts/setup-deps installs it" >&2
    exit 1
fi
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
"$cli" --db "$work/demo.vpnwb" demo >/dev/null

shoot() { # NAME ARGS...
    local name=$1; shift
    rm -f "$out/$name.png"
    timeout 120 "$xvfb_run" -a -s "-screen 0 1440x900x24" \
        "$app" --db "$work/demo.vpnwb" --screenshot "$out/$name.png" "$@"
    [[ -s "$out/$name.png" ]] || { echo "no screenshot $name.png was written" >&2; exit 1; }
    python3 - "$out/$name.png" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
w, h = struct.unpack(">II", data[16:24])
assert w >= 1000 and h >= 600, f"window too small: {w}x{h}"
# A blank (single-colour) picture would compress to almost nothing.
idat = b"".join(data[i + 8:i + 8 + struct.unpack(">I", data[i:i + 4])[0]]
                for i in range(8, len(data)) if data[i + 4:i + 8] == b"IDAT")
raw = zlib.decompress(idat)
assert len(set(raw[::97])) > 20, "the picture is (almost) blank"
print(f"{sys.argv[1]}: {w}x{h}")
PY
}
shoot main-window --step 1
shoot main-window-de --step 4 --language de
# Step 6 previews the configuration of the designed demo.
demo="Northwind Retail — Pan-European VPN"
"$cli" --db "$work/demo.vpnwb" serviceability "$demo" >/dev/null
"$cli" --db "$work/demo.vpnwb" design "$demo" >/dev/null
shoot step6-config-preview --step 6
