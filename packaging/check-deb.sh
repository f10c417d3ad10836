#!/usr/bin/env bash
# Runs CPack on a build tree and checks that the .deb carries both programs,
# the desktop entry, the metainfo and the icon, and declares its dependencies.
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$out" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >cpack.log 2>&1) || {
    cat "$out/cpack.log" >&2; exit 1; }
deb=$(ls "$out"/vpn-workbench_*.deb)
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/vpn-workbench ./usr/bin/vpnwb \
         ./usr/share/applications/org.vpnworkbench.VpnWorkbench.desktop \
         ./usr/share/metainfo/org.vpnworkbench.VpnWorkbench.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/org.vpnworkbench.VpnWorkbench.svg; do
    grep -qF " $f" <<<"$contents" || { echo "the package lacks $f" >&2; echo "$contents" >&2; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6widgets6 libqt6sql6 libqt6sql6-sqlite; do
    grep -q "$d" <<<"$depends" || { echo "Depends lacks $d: $depends" >&2; exit 1; }
done
# Installed, the command-line program finds the six renderer plugins in the
# package's plugin folder (not in the build tree).
root="$out/root"
dpkg-deb -x "$deb" "$root"
found=$(cd / && "$root/usr/bin/vpnwb" renderers 2>&1) || { echo "vpnwb renderers failed: $found" >&2; exit 1; }
grep -q "^6 renderer(s), 0 skipped" <<<"$found" || { echo "the installed vpnwb finds other renderers: $found" >&2; exit 1; }
echo "$(basename "$deb"): $(grep -c . <<<"$contents") entries; Depends: $depends; renderers: 6"
