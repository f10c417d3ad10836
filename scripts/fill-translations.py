#!/usr/bin/env python3
"""Fills translations/vpnwb_<lang>.ts from translations/<lang>.tsv.

The .tsv file holds one line per message: context, TAB, source text, TAB,
translation (with \\n for newlines; for a plural message with %n, the forms
separated by " || "). Messages without a line stay
unfinished so Qt Linguist shows them as to-do. Run after
`cmake --build BUILD --target update_translations`.
"""
import html
import re
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent


def load(lang):
    table = {}
    for n, line in enumerate((root / "translations" / f"{lang}.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            sys.exit(f"translations/{lang}.tsv:{n}: expected 3 tab-separated fields, got {len(parts)}")
        ctx, src, dst = (p.replace("\\n", "\n") for p in parts)
        table[(ctx, src)] = dst
    return table


def fill(lang):
    table = load(lang)
    ts_path = root / "translations" / f"vpnwb_{lang}.ts"
    text = ts_path.read_text(encoding="utf-8")
    used = set()

    def context_block(m):
        ctx = html.unescape(m.group(1))

        def message(mm):
            src = html.unescape(mm.group(1))
            key = (ctx, src)
            if key not in table:
                return mm.group(0)
            used.add(key)

            def esc(s):
                return html.escape(s, quote=False).replace("'", "&apos;").replace('"', "&quot;")

            if "<numerusform" in mm.group(0):
                # Plural (%n) messages: the forms separated by " || " (German and French: singular || plural).
                forms = "".join(f"\n            <numerusform>{esc(f)}</numerusform>" for f in table[key].split(" || "))
                return f"<source>{mm.group(1)}</source>\n        <translation>{forms}\n        </translation>"
            return f"<source>{mm.group(1)}</source>\n        <translation>{esc(table[key])}</translation>"

        body = re.sub(r"<source>(.*?)</source>\s*<translation[^>]*>.*?</translation>", message, m.group(2), flags=re.S)
        return f"<context>\n    <name>{m.group(1)}</name>{body}</context>"

    text = re.sub(r"<context>\s*<name>(.*?)</name>(.*?)</context>", context_block, text, flags=re.S)
    ts_path.write_text(text, encoding="utf-8")
    unused = set(table) - used
    for ctx, src in sorted(unused):
        print(f"warning: {lang}: no such message any more: [{ctx}] {src!r}", file=sys.stderr)
    print(f"{ts_path.name}: {len(used)} messages translated")


for lang in sys.argv[1:] or ["de", "fr"]:
    fill(lang)
