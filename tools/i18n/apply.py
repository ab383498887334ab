#!/usr/bin/env python3
"""Fill translations/aftersales_zh_CN.ts and aftersales_zh_TW.ts from the dictionaries
in tools/i18n/strings_*.py (each defines S = {source: (zh_CN, zh_TW)} and optionally
C = {(context, source): (zh_CN, zh_TW)} for context-specific wording).

  tools/i18n/apply.py            fill both files, drop obsolete entries, report what is missing
  tools/i18n/apply.py --missing  print the untranslated sources as a dictionary skeleton

Re-run after `cmake --build BUILD --target update_translations` whenever strings change.
"""
import glob, os, re, runpy, sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LANGS = {'zh_CN': 0, 'zh_TW': 1}


def load():
    s, c = {}, {}
    for f in sorted(glob.glob(os.path.join(HERE, 'strings_*.py'))):
        g = runpy.run_path(f)
        s.update(g.get('S', {}))
        c.update(g.get('C', {}))
    return s, c


PLACEHOLDER = re.compile(r'%(?:n|L?\d+)|<[^>]+>|&[a-z]+;')


def check(src, tr, where):
    """Placeholders and HTML tags must survive translation."""
    problems = []
    a = sorted(PLACEHOLDER.findall(src))
    b = sorted(PLACEHOLDER.findall(tr))
    if a != b:
        problems.append(f'{where}: placeholders differ {a} vs {b}: {src!r} -> {tr!r}')
    return problems


def main():
    missing_only = '--missing' in sys.argv
    S, C = load()
    missing = {}
    problems = []
    for lang, idx in LANGS.items():
        path = os.path.join(ROOT, 'translations', f'aftersales_{lang}.ts')
        tree = ET.parse(path)
        root = tree.getroot()
        for ctx in root.findall('context'):
            name = ctx.findtext('name')
            for m in list(ctx.findall('message')):
                t = m.find('translation')
                if t is not None and t.get('type') in ('obsolete', 'vanished'):
                    ctx.remove(m)
                    continue
                src = m.findtext('source')
                entry = C.get((name, src)) or S.get(src)
                if entry is None:
                    missing.setdefault(src, name)
                    continue
                text = entry[idx]
                problems += check(src, text, f'{lang} {name}')
                if t is None:
                    t = ET.SubElement(m, 'translation')
                for k in list(t):
                    t.remove(k)
                if m.get('numerus') == 'yes':
                    t.text = '\n            '
                    nf = ET.SubElement(t, 'numerusform')
                    nf.text = text
                    nf.tail = '\n        '
                else:
                    t.text = text
                t.attrib.pop('type', None)
            if not ctx.findall('message'):
                root.remove(ctx)
        if not missing_only:
            body = ET.tostring(root, encoding='unicode')
            # Escape quotes in text the way lupdate does, so its next run changes nothing.
            body = re.sub(r'>([^<]*)<', lambda m: '>' + m.group(1).replace('"', '&quot;').replace("'", '&apos;') + '<', body)
            with open(path, 'w', encoding='utf-8') as f:
                f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')
    if missing_only:
        for src, name in missing.items():
            print(f"    {src!r}: ('', ''),  # {name}")
        return 0
    for p in problems:
        print('WARNING', p)
    if missing:
        print(f'{len(missing)} source text(s) without a translation (run with --missing)')
        return 1
    print('all entries translated')
    return 0


if __name__ == '__main__':
    sys.exit(main())
