#!/usr/bin/env bash
# Test: every user-visible string of the sources has a finished German and
# French translation. Runs lupdate on copies of the .ts files (the tree is
# left alone) and fails, listing the strings, when one is new or unfinished.
# Usage: check-complete.sh LUPDATE SOURCE_LIST_FILE TS_FILE...
set -euo pipefail
lupdate=$1 sources=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$@"; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    "$lupdate" -silent -no-obsolete -locations none "@$sources" -ts "$copy" >/dev/null
    missing=$(python3 - "$copy" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
for ctx in root.iter('context'):
    name = ctx.findtext('name')
    for m in ctx.iter('message'):
        t = m.find('translation')
        if t is None or t.get('type') == 'unfinished' or not (t.text or list(t)):
            print(f"  {name}: {m.findtext('source')!r}")
PY
)
    if [[ -n $missing ]]; then
        echo "$(basename "$ts"): strings without a translation (fill translations/*.tsv, then scripts/fill-translations.py):"
        echo "$missing"
        status=1
    else
        echo "$(basename "$ts"): complete"
    fi
done
exit $status
