#!/usr/bin/env python3
"""pdf-words.py PDF VOCABULARY-FILE...: no word of the PDF is cut without a
hyphen.

The text of the PDF (pdftotext -raw: in the order it is drawn, so the
lines of a table cell follow each other) is split into words; a line that
ends with "-" after a letter is joined with the next line's first word
when the two make a word of the vocabulary (a hyphenated break). Every
word of three letters or more must then be a word of the vocabulary: the
words of the given files (the proposal as JSON, the message catalogues,
the sources that hold month names and the like). A piece of a word cut
without a hyphen ("Mangistaumun" + "aigas") is not in it. Words cut with
"…" (a cell or a header ellipsized on purpose) are not counted. Prints the
strays ("# ...") and exits 1, or exits 0.
"""
import re
import sys

from pdf_text import raw_text

WORD = re.compile(r"[^\W\d_]+(?:[\u0300-\u036f][^\W\d_]*)*")


def words(text):
    return WORD.findall(text)


pdf = sys.argv[1]
vocabulary = set()
for path in sys.argv[2:]:
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    # Escapes of C and JSON strings ("\n" before a word).
    text = re.sub(r"\\[ntr]", " ", text)
    vocabulary.update(w.lower() for w in words(text))

prefixes = {w[:k] for w in vocabulary for k in range(2, len(w))}

text = raw_text(pdf)
lines = [line.strip() for line in text.replace("\f", "\n").split("\n")]

found = []
i = 0
while i < len(lines):
    line = lines[i]
    # A hyphenated break: "…мұнай-" + "газ…", or over several lines
    # ("про-" + "дол-" + "жение").
    while (line.endswith("-") and len(line) > 1 and line[-2].isalpha() and i + 1 < len(lines)
           and lines[i + 1]):
        head = words(line)[-1] if words(line) else ""
        nxt = lines[i + 1]
        tail = words(nxt)[0] if words(nxt) else ""
        joined = (head + tail).lower()
        if head and tail and nxt.startswith(tail) and (
                joined in vocabulary or (nxt == tail + "-" and joined in prefixes)):
            line = line[:-1] + nxt
            i += 1
        else:
            break
    for m in WORD.finditer(line):
        w = m.group(0)
        after = line[m.end():m.end() + 1]
        before = line[m.start() - 1:m.start()] if m.start() else ""
        # Cut on purpose, or a part of a code (the fingerprint's digits).
        if after == "…" or len(w) < 3 or after.isdigit() or before.isdigit():
            continue
        found.append(w)
    i += 1

strays = sorted({w for w in found if w.lower() not in vocabulary})
for w in strays[:20]:
    print("# not a word of the content:", w)
sys.exit(1 if strays or not found else 0)
