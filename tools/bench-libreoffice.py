#!/usr/bin/env python3
"""bench-libreoffice.py: the PDF export beside LibreOffice converting the
same content (not part of CI; needs LibreOffice: soffice).

    tools/bench-libreoffice.py CLI EXAMPLE.seriktes [--lang ru] [--rounds 5]

For the example and for a generated proposal with 5,000 teaching staff
(20,000 assignments, 20 programmes, as tests/bench-pdf.c makes it), it
writes an HTML document with about the same content (the proposal's records
as headings and tables, in the language asked for; no charts, so LibreOffice's
file is smaller than it would be) and times, in alternating
rounds, `seriktes-cli export-pdf` against `soffice --headless
--convert-to pdf` of that HTML (with a profile warmed up first, so that
LibreOffice's first-start cost is not counted). Prints the median wall
times, the file sizes and the ratios.

CLI is the built seriktes-cli (e.g. build/src/cli/seriktes-cli), run with
SERIKTES_LOCALEDIR/SERIKTES_DATADIR from the environment (meson devenv).
"""
import argparse
import html
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def text_of(value, lang):
    if isinstance(value, dict):
        for key in (lang, "en", "kk", "ru"):
            if value.get(key):
                return str(value[key])
        return ""
    if value is None:
        return ""
    return str(value)


def write_html(data, lang, path):
    """The proposal's content as HTML: a heading and a table per record kind."""
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'><style>",
           "body{font-family:'DejaVu Sans';font-size:9pt} table{border-collapse:collapse;width:100%}",
           "td,th{border-bottom:1px solid #ccc;padding:2px 4px;text-align:left;vertical-align:top}",
           "th{background:#e6edf6}</style></head><body>"]
    proposal = data.get("proposal", {})
    out.append("<h1>%s</h1>" % html.escape(text_of(proposal.get("title"), lang)))
    out.append("<table>")
    for key, value in proposal.items():
        out.append("<tr><th>%s</th><td>%s</td></tr>" % (html.escape(key), html.escape(text_of(value, lang))))
    out.append("</table>")
    for kind, records in data.items():
        # The PDF shows each lecturer's hours, not the assignments one by one.
        if not isinstance(records, list) or not records or kind == "assignments":
            continue
        columns = []
        for r in records:
            for k in r:
                if k != "id" and k not in columns:
                    columns.append(k)
        out.append("<h2>%s</h2><table><tr>%s</tr>" % (
            html.escape(kind), "".join("<th>%s</th>" % html.escape(c) for c in columns)))
        for r in records:
            out.append("<tr>%s</tr>" % "".join(
                "<td>%s</td>" % html.escape(text_of(r.get(c), lang)) for c in columns))
        out.append("</table>")
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def generated(n_staff=5000, n_programmes=20):
    """A proposal like bench-pdf.c's: 5,000 staff, 4 assignments each."""
    return {
        "format": "seriktes-proposal", "version": 1,
        "proposal": {"status": "draft", "model": "branch", "applicant_id": 1,
                     "title": {"kk": "Үлкен өтінім", "ru": "Большая заявка", "en": "A large proposal"},
                     "term_start": "2026-09-01", "term_end": "2032-08-31"},
        "institutions": [
            {"id": 1, "role": "kazakh_ohpe", "name": {"kk": "Қазақ университеті", "en": "Kazakh University"},
             "country": "KZ"},
            {"id": 2, "role": "foreign_ohpe", "name": {"en": "Foreign University"}, "country": "DE",
             "is_lead": True},
        ],
        "programmes": [{"id": i, "level": "bachelor", "diplomas": 2,
                        "name": {"ru": "Программа %d" % i, "en": "Programme %d" % i}}
                       for i in range(1, n_programmes + 1)],
        "staff": [{"id": i, "name": "Преподаватель Әбілқайыр %d" % i,
                   "side": ["kazakh", "foreign", "other"][i % 3], "institution_id": 1 + i % 2,
                   "degree": "phd", "fte_milli": 1000} for i in range(1, n_staff + 1)],
        "assignments": [{"id": 4 * (i - 1) + k + 1, "staff_id": i,
                         "programme_id": 1 + (i + k) % n_programmes, "hours": 100 + (i * 7 + k) % 300}
                        for i in range(1, n_staff + 1) for k in range(4)],
    }


def timed(args):
    start = time.monotonic()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.monotonic() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cli")
    parser.add_argument("example")
    parser.add_argument("--lang", default="ru")
    parser.add_argument("--rounds", type=int, default=5)
    a = parser.parse_args()
    soffice = shutil.which("soffice")
    if soffice is None:
        print("LibreOffice (soffice) is not installed", file=sys.stderr)
        return 2

    work = tempfile.mkdtemp(prefix="seriktes-bench-")
    profile = "file://" + os.path.join(work, "profile")
    cases = []
    # The example, and the generated proposal.
    example_json = os.path.join(work, "example.json")
    subprocess.run([a.cli, "export-json", a.example, "-o", example_json], check=True)
    cases.append(("example", a.example, json.load(open(example_json, encoding="utf-8"))))
    big_json = os.path.join(work, "big.json")
    big = generated()
    with open(big_json, "w", encoding="utf-8") as f:
        json.dump(big, f, ensure_ascii=False)
    big_file = os.path.join(work, "big.seriktes")
    subprocess.run([a.cli, "import-json", big_json, "-o", big_file], check=True)
    cases.append(("5,000 staff", big_file, big))

    lo = ["--headless", "-env:UserInstallation=" + profile, "--convert-to", "pdf", "--outdir", work]
    for name, _, data in cases:
        write_html(data, a.lang, os.path.join(work, name.replace(",", "").replace(" ", "-") + ".html"))
    # Warm LibreOffice's profile.
    subprocess.run([soffice] + lo + [os.path.join(work, "example.html")], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    print("| case | app | LibreOffice | ratio | app file | LibreOffice file |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, path, _ in cases:
        base = name.replace(",", "").replace(" ", "-")
        page = os.path.join(work, base + ".html")
        out_app = os.path.join(work, base + ".app.pdf")
        app, office = [], []
        for r in range(a.rounds):
            runs = [("app", lambda: app.append(timed([a.cli, "export-pdf", path, "-o", out_app,
                                                       "--lang", a.lang, "--year", "2026"]))),
                    ("lo", lambda: office.append(timed([soffice] + lo + [page])))]
            for _, run in (runs if r % 2 == 0 else runs[::-1]):
                run()
        t_app, t_lo = statistics.median(app), statistics.median(office)
        print("| %s | %.2f s | %.2f s | %.1f× | %d KB | %d KB |" % (
            name, t_app, t_lo, t_lo / t_app, os.path.getsize(out_app) // 1024,
            os.path.getsize(os.path.join(work, base + ".pdf")) // 1024))
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
