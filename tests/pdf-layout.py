#!/usr/bin/env python3
"""pdf-layout.py PDF: the page breaks and line ends of a proposal.

From the text (pdftotext -raw, in drawing order; the header and footer of
each page are drawn after its content, the last three lines):

- no line ends with an initial ("Ш.", "Д. И.", "Sh."): an initial is kept
  with the name after it;
- a table that goes on to another page says there which section it
  belongs to: a caption "<the section's heading> (continued)" (in the
  document's language) is the first line of that page, and names a heading
  of the contents; a proposal with a table longer than a page (STAFF given:
  the number of staff rows, more than fit a page) has at least one;
- no page starts with the staff line of a programme ("Teaching staff: …"),
  which is kept with the programme's table above it.

Prints what is wrong ("# ...") and exits 1, or exits 0.
"""
import re
import sys

from pdf_text import raw_text

pdf = sys.argv[1]
long_table = len(sys.argv) > 2 and sys.argv[2] == "--long-table"
text = raw_text(pdf)
pages = text.split("\f")[:-1]

CONTINUED = re.compile(r"^(\d+\.(?:\d+\.)? .*) \((?:continued|продолжение|жалғасы)\)$")
INITIAL = re.compile(r"(?:^|[\s(«“])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яё]?\.$")
STAFF_LINE = re.compile(r"^(Teaching staff: |Профессорско-преподавательский состав: |"
                        r"Профессор-оқытушылар құрамы: )")

titles = set()
for page in pages[1:3]:
    for line in page.split("\n"):
        m = re.match(r"^(\d+\.(?:\d+\.)? .*?)[ .]*\d+$", line.strip())
        if m:
            titles.add(m.group(1).strip())

bad = []
captions = 0
for number, page in enumerate(pages, 1):
    lines = [line.strip() for line in page.split("\n") if line.strip()]
    content = lines[:-3]
    for i, line in enumerate(content):
        if INITIAL.search(line):
            bad.append(f"p. {number}: an initial at the end of a line: {line}")
        m = CONTINUED.match(line)
        if m:
            captions += 1
            if i != 0:
                bad.append(f"p. {number}: a caption not at the top of its page: {line}")
            if not any(t.startswith(m.group(1)) or m.group(1).startswith(t) for t in titles):
                bad.append(f"p. {number}: a caption that names no heading of the contents: {line}")
    if number > 2 and content and STAFF_LINE.match(content[0]):
        bad.append(f"p. {number}: a programme's staff line apart from its table: {content[0]}")
if long_table and captions == 0:
    bad.append("no caption on the pages a long table goes on to")
for b in bad:
    print("#", b)
sys.exit(1 if bad else 0)
