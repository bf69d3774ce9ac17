#!/usr/bin/env python3
"""pdf-archival.py PDF LANG: is the PDF meant for an archive (PDF/A-1b)?

Checks with qpdf and poppler what Debian can check (veraPDF is not in
Debian): the trailer has a document ID; the catalog has /Lang for LANG,
/ViewerPreferences with DisplayDocTitle, XMP metadata that identifies
PDF/A-1b and carries the document's title, and an output intent
GTS_PDFA1 whose profile is an RGB ICC profile; every font has a real
ToUnicode map (CMapType 2, bfrange/bfchar only, at most 256 codes a
range, within one high byte) and a CIDSet in its descriptor; every
annotation is printable (/F 4). Prints what is wrong ("# ...") and exits
1, or exits 0.
"""
import html
import re
import subprocess
import sys

path, lang = sys.argv[1], sys.argv[2]


def obj(ref, stream=False):
    args = ["qpdf", "--show-object=" + ref]
    if stream:
        args.append("--filtered-stream-data")
    return subprocess.run(args + [path], capture_output=True, check=True).stdout


def ref(text, key):
    m = re.search(rb"/" + key.encode() + rb" (\d+) 0 R", text)
    return m.group(1).decode() if m else None


bad = []
trailer = obj("trailer")
if not re.search(rb"/ID \[ <[0-9a-f]{32}> <[0-9a-f]{32}> \]", trailer):
    bad.append("no document ID")
catalog = obj(ref(trailer, "Root"))
want_lang = {"kk": b"kk-KZ", "ru": b"ru-KZ", "en": b"en"}[lang]
if b"/Lang (" + want_lang + b")" not in catalog:
    bad.append("no /Lang " + want_lang.decode())
if b"/DisplayDocTitle true" not in catalog:
    bad.append("no DisplayDocTitle")

meta_ref = ref(catalog, "Metadata")
meta = obj(meta_ref, True).decode("utf-8") if meta_ref else ""
if "<pdfaid:part>1</pdfaid:part>" not in meta or "<pdfaid:conformance>B</pdfaid:conformance>" not in meta:
    bad.append("no PDF/A-1b identification in the XMP metadata")
info = subprocess.run(["pdfinfo", "-enc", "UTF-8", path], capture_output=True, text=True).stdout
title = re.search(r"^Title: *(.*)$", info, re.M)
if not title or html.escape(title.group(1), quote=False) not in meta:
    bad.append("the XMP title is not the document's title")
if not info.count("PDF version:     1.4"):
    bad.append("not PDF 1.4")

m = re.search(rb"/OutputIntents \[ (\d+) 0 R \]", catalog)
if not m:
    bad.append("no output intent")
else:
    intent = obj(m.group(1).decode())
    profile_ref = ref(intent, "DestOutputProfile")
    profile = obj(profile_ref, True) if profile_ref else b""
    if b"/S /GTS_PDFA1" not in intent or profile[36:40] != b"acsp" or profile[16:20] != b"RGB ":
        bad.append("the output intent is not an RGB ICC profile for PDF/A-1")

fonts = 0
listing = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout
for line in listing.splitlines()[2:]:
    font = obj(line.split()[-2])
    fonts += 1
    cmap_ref = ref(font, "ToUnicode")
    cmap = obj(cmap_ref, True).decode("latin-1") if cmap_ref else ""
    if "cidrange" in cmap or "/CMapType 2" not in cmap or "beginbfrange" not in cmap:
        bad.append("a font without a real ToUnicode map")
    for a, b in re.findall(r"<([0-9A-F]{4})> <([0-9A-F]{4})> <[0-9A-F]{4}>", cmap):
        if int(b, 16) - int(a, 16) >= 256 or int(a, 16) >> 8 != int(b, 16) >> 8:
            bad.append("a bfrange of more than 256 codes")
    m = re.search(rb"/DescendantFonts \[ (\d+) 0 R", font)
    descendant = obj(m.group(1).decode()) if m else b""
    descriptor = ref(descendant, "FontDescriptor")
    if not descriptor or not ref(obj(descriptor), "CIDSet"):
        bad.append("a font without a CIDSet")
if not fonts:
    bad.append("no fonts")

qdf = subprocess.run(["qpdf", "--qdf", "--object-streams=disable", path, "-"],
                     capture_output=True).stdout
for part in qdf.split(b"endobj"):
    if b"/Subtype /Link" in part and not re.search(rb"/F 4\b", part):
        bad.append("an annotation that is not printable")
        break

for b in sorted(set(bad)):
    print("#", b)
sys.exit(1 if bad else 0)
