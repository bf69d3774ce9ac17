#!/usr/bin/env python3
"""pdf-language.py PDF LANG PROPOSAL-JSON PO-FILE: a Kazakh or Russian PDF
has no English outside the data.

The text of the PDF (pdftotext) is split into words; every word of Latin
letters (three letters or more) must come from somewhere a reader accepts
it:
- the content in the document's language (an abbreviation such as "ASIIN"
  inside a Kazakh text), or content that exists in no other language of
  the document and is shown marked "(en)" (a trilingual field missing
  in LANG);
- names and references that have one spelling (people, short names,
  reference numbers, a ranking's subject as its publisher writes it);
- the translations of the program's own messages in LANG (a translator
  may keep "QS" or "PDF").
Countries, languages and units are codes in the file and must appear as
names in LANG, so their codes do not count. Hexadecimal pieces of the
fingerprint are ignored. Prints the strays ("# ...") and exits 1, or
exits 0.
"""
import json
import re
import sys

from pdf_text import raw_text

LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
LANGS = ("kk", "ru", "en")
# Fields with one spelling in every language.
SINGLE = {"name", "short_name", "reference", "rank_text", "subject", "bin", "field_code",
          "licence_number", "mia_approval_ref", "mshe_agreement_ref", "contract_ref",
          "former_names", "author", "text", "decided_by", "changed_by", "justification",
          "withdrawn_by", "withdrawal_reason", "note", "citizenship", "fingerprint"}

pdf, lang, proposal, po = sys.argv[1:5]
allowed = set()


def add(text):
    allowed.update(w.lower() for w in LATIN.findall(text))


def walk(node, key=None):
    if isinstance(node, dict):
        if node and set(node) <= set(LANGS) and all(isinstance(v, str) for v in node.values()):
            # A trilingual field: the document's language, or the fallback.
            if lang in node:
                add(node[lang])
            else:
                for v in node.values():
                    add(v)
            return
        for k, v in node.items():
            walk(v, k)
    elif isinstance(node, list):
        for v in node:
            walk(v, key)
    elif isinstance(node, str) and key in SINGLE:
        add(node)


with open(proposal, encoding="utf-8") as f:
    walk(json.load(f))
with open(po, encoding="utf-8") as f:
    for m in re.finditer(r'^msgstr(?:\[\d\])? "(.*)"$', f.read(), re.M):
        add(m.group(1))

text = raw_text(pdf)
# A word hyphenated at a line end is one word.
text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
strays = set()
for w in LATIN.findall(text):
    lw = w.lower()
    if len(lw) < 3 or lw in allowed or re.fullmatch(r"[a-f]+", lw):
        continue
    strays.add(w)
for w in sorted(strays):
    print("#", w)
sys.exit(1 if strays else 0)
