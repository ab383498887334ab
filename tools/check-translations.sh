#!/usr/bin/env bash
# Fails when a translation is missing: runs lupdate over the sources into copies of
# translations/*.ts and reports every unfinished, vanished or obsolete message.
# (Update the real files with: cmake --build BUILD --target update_translations.)
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in translations/*.ts; do
    cp "$ts" "$tmp/"
    copy="$tmp/$(basename "$ts")"
    "$lupdate" -silent -locations none -extensions cpp,h core ui app -ts "$copy" >/dev/null
    python3 - "$copy" "$ts" <<'PY' || status=1
import re, sys, xml.etree.ElementTree as ET
copy, name = sys.argv[1], sys.argv[2]
root = ET.parse(copy).getroot()
bad = []
for ctx in root.iter('context'):
    cname = ctx.findtext('name')
    for m in ctx.iter('message'):
        t = m.find('translation')
        kind = t.get('type') if t is not None else 'missing'
        empty = t is None or (not (t.text or '').strip() and not list(t))
        if kind in ('unfinished', 'vanished', 'obsolete') or empty:
            bad.append(f"{name}: {cname}: [{kind or 'empty'}] {m.findtext('source')!r}")
            continue
        # Placeholders (%1, %n) and HTML tags must survive the translation.
        src = m.findtext('source')
        texts = [n.text or '' for n in t.iter('numerusform')] or [t.text or '']
        for text in texts:
            if sorted(re.findall(r'%(?:n|L?\d+)|<[^>]+>', src)) != sorted(re.findall(r'%(?:n|L?\d+)|<[^>]+>', text)):
                bad.append(f"{name}: {cname}: [placeholders differ] {src!r} -> {text!r}")
if bad:
    print(f"{len(bad)} translation problem(s) in {name}:")
    for b in bad[:200]:
        print("  " + b)
    sys.exit(1)
print(f"{name}: complete")
PY
done
exit $status
