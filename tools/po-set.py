#!/usr/bin/env python3
"""Set translations in po files: po-set.py TRANSLATIONS.json po/kk.po po/ru.po

TRANSLATIONS.json maps an English msgid to {"kk": "...", "ru": "..."} (for a
plural entry, a list of forms per language). The entry's msgstr is replaced
and its fuzzy flag removed. A developer tool; not used at build or run time.
"""
import json
import re
import sys


def unquote(lines):
    return "".join(json.loads(l[l.index('"'):]) for l in lines)


def quote(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    table = json.load(open(sys.argv[1], encoding="utf-8"))
    for path in sys.argv[2:]:
        lang = re.search(r"(\w+)\.po$", path).group(1)
        blocks = open(path, encoding="utf-8").read().split("\n\n")
        done = set()
        for i, block in enumerate(blocks):
            lines = block.split("\n")
            try:
                start = next(n for n, l in enumerate(lines) if l.startswith("msgid "))
            except StopIteration:
                continue
            end = start + 1
            while end < len(lines) and lines[end].startswith('"'):
                end += 1
            msgid = unquote(lines[start:end])
            if msgid not in table or not msgid:
                continue
            value = table[msgid][lang]
            head = [l for l in lines[:start] if not l.startswith("#|")]
            head = [re.sub(r"#, fuzzy, ", "#, ", l) if l.startswith("#, fuzzy,") else l
                    for l in head if l != "#, fuzzy"]
            rest = lines[start:end]
            n = end
            if n < len(lines) and lines[n].startswith("msgid_plural"):
                n += 1
                while n < len(lines) and lines[n].startswith('"'):
                    n += 1
                rest = lines[start:n]
                forms = value if isinstance(value, list) else [value]
                out = [f"msgstr[{k}] {quote(v)}" for k, v in enumerate(forms)]
            else:
                out = [f"msgstr {quote(value)}"]
            blocks[i] = "\n".join(head + rest + out)
            done.add(msgid)
        missing = set(table) - done
        if missing:
            sys.exit(f"{path}: not found: {sorted(missing)}")
        open(path, "w", encoding="utf-8").write("\n\n".join(blocks))


if __name__ == "__main__":
    main()
