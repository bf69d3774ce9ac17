#!/usr/bin/env python3
"""pdf-headings.py PDF: every heading is followed on its page by its block.

A heading is a line of the text (pdftotext -raw, in drawing order) that
starts with a section number ("6." or "6.1.") and is an entry of the
contents; the header and footer of each page are drawn after its content
(the last three lines). A heading must not be the last line of content of
its page, nor be followed there only by its introduction: at least two
lines of something else, or a chart (an image: pdfimages -list), must
follow it on its page. Prints the headings
left alone ("# ...") and exits 1, or exits 0.
"""
import re
import subprocess
import sys

from pdf_text import raw_text

pdf = sys.argv[1]
text = raw_text(pdf)
pages = text.split("\f")[:-1]
numbered = re.compile(r"^\d+\.(\d+\.)? \S")

# The contents: the pages after the cover up to the first numbered heading
# page; their lines name the headings (without the page numbers).
titles = set()
for page in pages[1:3]:
    for line in page.split("\n"):
        m = re.match(r"^(\d+\.(?:\d+\.)? .*?)[ .]*\d+$", line.strip())
        if m:
            titles.add(m.group(1).strip())

images = subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True).stdout
pages_with_images = {int(line.split()[0]) for line in images.splitlines()[2:] if line.split()}

bad = []
checked = 0
for number, page in enumerate(pages, 1):
    lines = [line.strip() for line in page.split("\n") if line.strip()]
    content = lines[:-3]
    if any(line in ("Contents", "Мазмұны", "Содержание") for line in content[:1]):
        continue
    for i, line in enumerate(content):
        if not numbered.match(line) or not any(t.startswith(line) for t in titles):
            continue
        checked += 1
        after = [x for x in content[i + 1:] if not numbered.match(x)]
        # A chart (an image) is the block when it is on the page.
        if len(after) < 2 and number not in pages_with_images:
            bad.append(f"p. {number}: {line}")
for b in bad:
    print("# a heading alone at the foot of its page:", b)
if not checked:
    print("# no headings found")
sys.exit(1 if bad or not checked else 0)
