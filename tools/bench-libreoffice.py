#!/usr/bin/env python3
"""bench-libreoffice.py: the PDF export beside LibreOffice converting the
same content (not part of CI; needs LibreOffice: soffice).

    tools/bench-libreoffice.py CLI EXAMPLE.seriktes [--lang ru] [--rounds 5]
                               [--baseline OTHER-CLI]

For the example and for a generated proposal with 5,000 teaching staff
(20,000 assignments, 20 programmes, as tests/bench-pdf.c makes it), it
writes an HTML document with the content of the PDF, taken from the CLI
itself (`export-json`, `check --format json`, `fingerprint`):

- the cover (title, applicant, partners, model, term, status, the
  fingerprint, the date, the compliance summary and the rule set);
- the contents (one linked line per section);
- every section with its tables: partners and rankings, model and term,
  agreements, objectives, branch and board, each programme's table, the
  staff totals, the shares per programme on the three bases, the
  qualifications and the staff list, committees, research, third mission,
  professional development, financing by year with the totals per year
  and by source, indicators by year, mobility by year;
- the findings with their legal references, and the signature block;
- the four charts (staffing, financing, term, compliance) as SVG pictures
  with their labels as text (LibreOffice keeps them as vectors);
- a footer on every page with the date, the fingerprint and "page N of M"
  (LibreOffice's own HTML markup for page footers and fields).

Section titles are in English (the cost of a conversion does not depend
on their language); the content is in the language asked for. It then
times, in alternating rounds, `seriktes-cli export-pdf` (and the
--baseline CLI, e.g. a build of an earlier commit, when given) against
`soffice --headless --convert-to pdf` of that HTML, with a profile warmed
up first, so that LibreOffice's first start is not counted. Prints the
median wall times, the file sizes and the ratios.

CLI is the built seriktes-cli (e.g. build/src/cli/seriktes-cli), run with
SERIKTES_LOCALEDIR/SERIKTES_DATADIR from the environment.
"""
import argparse
import collections
import html
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

SIDES = ("kazakh", "foreign", "other")
SIZES = {}  # picture -> its width and height


def picture(out, path):
    """An SVG chart at the width of the text (its labels stay text)."""
    name = os.path.basename(path)
    width, height = SIZES[name]
    out.append("<p><img src='%s' width='%d' height='%d' alt='chart'/></p>" % (name, 640, 640 * height // width))


def text_of(value, lang):
    if isinstance(value, dict):
        for key in (lang, "en", "kk", "ru"):
            if value.get(key):
                return str(value[key])
        return ""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def esc(value, lang="en"):
    return html.escape(text_of(value, lang))


def table(out, headers, rows):
    out.append("<table><tr>%s</tr>" % "".join("<th>%s</th>" % html.escape(h) for h in headers))
    for row in rows:
        out.append("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(str(c)) for c in row))
    out.append("</table>")


def fields(out, pairs):
    table(out, ("Field", "Value"), pairs)


def records_table(out, records, lang, skip=("id",)):
    columns = []
    for r in records:
        for k in r:
            if k not in skip and k not in columns:
                columns.append(k)
    table(out, columns, ([text_of(r.get(c), lang) for c in columns] for r in records))


def svg(path, width, height, items):
    SIZES[os.path.basename(path)] = (width, height)
    with open(path, "w", encoding="utf-8") as f:
        f.write("<?xml version='1.0' encoding='utf-8'?>\n"
                "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' viewBox='0 0 %d %d' "
                "font-family='DejaVu Sans' font-size='7'>\n" % (width, height, width, height))
        f.write("\n".join(items))
        f.write("\n</svg>\n")


def bar_chart(path, rows, legend, width=480):
    """Horizontal stacked bars: rows of (label, [values]) with value labels."""
    colours = ("#1f5fa8", "#e07b00", "#9a9a9a", "#4a9a3a", "#b03030", "#7a4aa0")
    height = 24 + 16 * len(rows)
    items = []
    for i, name in enumerate(legend):
        items.append("<rect x='%d' y='2' width='8' height='8' fill='%s'/>" % (120 + 110 * i, colours[i % 6]))
        items.append("<text x='%d' y='9'>%s</text>" % (131 + 110 * i, html.escape(name)))
    for r, (label, values) in enumerate(rows):
        y = 18 + 16 * r
        total = sum(values) or 1
        items.append("<text x='0' y='%d'>%s</text>" % (y + 9, html.escape(label[:30])))
        x = 120.0
        for i, v in enumerate(values):
            w = (width - 130) * v / total
            items.append("<rect x='%.1f' y='%d' width='%.1f' height='12' fill='%s'/>" % (x, y, w, colours[i % 6]))
            if w > 24:
                items.append("<text x='%.1f' y='%d' fill='white'>%.1f %%</text>" % (x + 2, y + 9, 100.0 * v / total))
            x += w
    items.append("<line x1='%.1f' y1='14' x2='%.1f' y2='%d' stroke='#b03030' stroke-dasharray='3,2'/>"
                 % (120 + 0.7 * (width - 130), 120 + 0.7 * (width - 130), height))
    items.append("<text x='%.1f' y='%d'>≤ 70 %%</text>" % (122 + 0.7 * (width - 130), height - 1))
    svg(path, width, height + 4, items)


def column_chart(path, columns, legend, width=480, height=180):
    """Vertical stacked columns: (label, [values]) with the total above."""
    colours = ("#1f5fa8", "#e07b00", "#9a9a9a", "#4a9a3a", "#b03030", "#7a4aa0")
    top = max([sum(v) for _, v in columns] + [1])
    items = []
    step = (width - 40) / max(len(columns), 1)
    for i, name in enumerate(legend):
        items.append("<rect x='%d' y='%d' width='8' height='8' fill='%s'/>" % (40 + 110 * (i % 4), height + 8 + 10 * (i // 4), colours[i % 6]))
        items.append("<text x='%d' y='%d'>%s</text>" % (51 + 110 * (i % 4), height + 15 + 10 * (i // 4), html.escape(name[:24])))
    for c, (label, values) in enumerate(columns):
        x = 40 + c * step
        y = height - 12
        for i, v in enumerate(values):
            h = (height - 30) * v / top
            y -= h
            items.append("<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='%s'/>" % (x + 2, y, step - 4, h, colours[i % 6]))
        items.append("<text x='%.1f' y='%.1f'>%s</text>" % (x + 2, y - 2, "{:,}".format(int(sum(values) / 1e6)) + " M"))
        items.append("<text x='%.1f' y='%d'>%s</text>" % (x + 2, height - 2, html.escape(str(label))))
    svg(path, width, height + 40, items)


def write_html(base, data, check, fingerprint, lang, date):
    """The content of the PDF as HTML (see the module's description)."""
    work = os.path.dirname(base)
    stem = os.path.basename(base)
    p = data.get("proposal", {})
    inst = {i["id"]: i for i in data.get("institutions", [])}
    progs = data.get("programmes", [])
    staff = data.get("staff", [])
    assignments = data.get("assignments", [])
    findings = check["files"][0]["findings"] if check.get("files") else []
    title = text_of(p.get("title"), lang)
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title><style>" % html.escape(title),
           "body{font-family:'DejaVu Sans';font-size:9pt} table{border-collapse:collapse;width:100%}",
           "td,th{border-bottom:1px solid #ccc;padding:2px 4px;text-align:left;vertical-align:top}",
           "th{background:#e6edf6} h1{font-size:16pt} h2{font-size:12pt} h3{font-size:10pt}</style></head><body>"]
    # The footer of every page: LibreOffice's HTML markup for it.
    out.append("<div title='footer'><p>%s · Fingerprint (SHA-256): %s · Page "
               "<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> of "
               "<sdfield type=DOCSTAT subtype=PAGE format=PAGE>1</sdfield></p></div>"
               % (html.escape(date), html.escape(fingerprint[:16])))

    # Cover.
    out.append("<p>Application for a strategic partnership with foreign organisations of higher "
               "and (or) postgraduate education</p><h1>%s</h1>" % html.escape(title))
    partners = [text_of(i.get("name"), lang) for i in inst.values() if i.get("role") == "foreign_ohpe"]
    counts = collections.Counter(f["severity"] for f in findings)
    fields(out, [("Applicant", text_of(inst.get(p.get("applicant_id"), {}).get("name"), lang)),
                 ("Foreign partners", "; ".join(partners)),
                 ("Partnership model", text_of(p.get("model"), lang)),
                 ("Term", "%s – %s" % (p.get("term_start", ""), p.get("term_end", ""))),
                 ("Status", text_of(p.get("status"), lang)),
                 ("Fingerprint (SHA-256)", fingerprint),
                 ("Date", date),
                 ("Compliance", "%d errors, %d warnings, %d notes" % (counts["error"], counts["warning"], counts["note"])),
                 ("Rule set", "%s (%s)" % (check.get("rules", {}).get("name", ""), check.get("rules", {}).get("version", "")))])
    sections = ["Partners", "Partnership model and term", "Objectives", "Branch and management board",
                "Dual degree programmes", "Teaching staff", "Joint committees", "Joint research",
                "Third mission", "Professional development", "Financing", "Target indicators",
                "Academic mobility", "Compliance with the rules", "Signatures"]
    out.append("<h2>Contents</h2><ol>%s</ol>" % "".join(
        "<li><a href='#s%d'>%s</a></li>" % (i + 1, html.escape(s)) for i, s in enumerate(sections)))

    def heading(n):
        out.append("<h2 id='s%d'>%d. %s</h2>" % (n, n, html.escape(sections[n - 1])))

    heading(1)
    records_table(out, list(inst.values()), lang)
    out.append("<h3>Rankings</h3>")
    records_table(out, data.get("ranking_entries", []), lang)

    heading(2)
    fields(out, [(k, text_of(v, lang)) for k, v in p.items() if not k.startswith("objective")])
    term_chart = os.path.join(work, stem + "-term.svg")
    start, end = int(p.get("term_start", "2027")[:4]), int(p.get("term_end", "2032")[:4])
    bar_chart(term_chart, [("Term", [end - start + 1]), ("Minimum term", [5])], ["Years"])
    picture(out, term_chart)
    out.append("<h3>Agreements</h3>")
    records_table(out, data.get("agreements", []), lang)

    heading(3)
    fields(out, [(k, text_of(v, lang)) for k, v in p.items() if k.startswith("objective")])

    heading(4)
    records_table(out, data.get("branches", []), lang)
    records_table(out, data.get("board_members", []), lang)

    heading(5)
    for prog in progs:
        out.append("<h3>%s</h3>" % esc(prog.get("name"), lang))
        fields(out, [(k, text_of(v, lang)) for k, v in prog.items() if k != "id"])

    heading(6)
    hours = collections.Counter()
    by_prog = collections.defaultdict(lambda: {s: [0, 0.0, 0] for s in SIDES})
    staff_side = {s["id"]: s.get("side", "other") for s in staff}
    fte = {s["id"]: s.get("fte_milli", 0) / 1000.0 for s in staff}
    for a in assignments:
        side = staff_side.get(a.get("staff_id"), "other")
        hours[a.get("staff_id")] += a.get("hours", 0)
        cell = by_prog[a.get("programme_id")][side]
        cell[0] += 1
        cell[1] += fte.get(a.get("staff_id"), 0)
        cell[2] += a.get("hours", 0)
    totals = {s: [0, 0.0, 0] for s in SIDES}
    for s in staff:
        t = totals[s.get("side", "other")]
        t[0] += 1
        t[1] += fte[s["id"]]
        t[2] += hours[s["id"]]
    fields(out, [("%s: headcount / FTE / hours" % s, "%d / %.2f / %d" % tuple(totals[s])) for s in SIDES])
    staff_chart = os.path.join(work, stem + "-staffing.svg")
    names = {prog["id"]: text_of(prog.get("name"), lang) for prog in progs}
    bar_chart(staff_chart, [("All staff", [totals[s][2] for s in SIDES])] +
              [(names.get(k, str(k)), [v[s][2] for s in SIDES]) for k, v in sorted(by_prog.items())],
              ["Kazakhstani side", "Foreign side", "Third parties"])
    picture(out, staff_chart)
    for b, basis in enumerate(("Headcount", "FTE", "Teaching hours")):
        out.append("<h3>%s</h3>" % basis)
        rows = []
        for k, v in sorted(by_prog.items()):
            total = sum(v[s][b] for s in SIDES) or 1
            rows.append([names.get(k, str(k))] + ["%.2f (%.1f %%)" % (v[s][b], 100.0 * v[s][b] / total) for s in SIDES] +
                        ["%.2f" % total])
        table(out, ("Programme", "Kazakhstani side", "Foreign side", "Third parties", "Total"), rows)
    out.append("<h3>Qualifications</h3>")
    quals = collections.Counter((s.get("side"), s.get("degree")) for s in staff)
    table(out, ("Side", "Degree", "Staff"), [(a, b, n) for (a, b), n in sorted(quals.items(), key=str)])
    out.append("<h3>List of teaching staff</h3>")
    table(out, ("No.", "Name", "Side", "Institution", "Degree", "FTE", "Hours"),
          [(i + 1, s.get("name", ""), s.get("side", ""), text_of(inst.get(s.get("institution_id"), {}).get("name"), lang),
            s.get("degree", ""), "%.2f" % fte[s["id"]], hours[s["id"]]) for i, s in enumerate(staff)])

    heading(7)
    records_table(out, data.get("committees", []), lang)
    records_table(out, data.get("committee_members", []), lang)
    heading(8)
    records_table(out, data.get("research_projects", []), lang)
    heading(9)
    records_table(out, data.get("third_mission_projects", []), lang)
    heading(10)
    records_table(out, data.get("professional_development", []), lang)

    heading(11)
    financing = data.get("financing", [])
    sources = sorted({f.get("source", "") for f in financing})
    years = sorted({f.get("year", 0) for f in financing})
    fin_chart = os.path.join(work, stem + "-financing.svg")
    column_chart(fin_chart, [(y, [sum(f.get("amount_kzt", 0) for f in financing
                                      if f.get("year") == y and f.get("source") == s) for s in sources]) for y in years],
                 sources)
    picture(out, fin_chart)
    rows = []
    for y in years:
        lines = [f for f in financing if f.get("year") == y]
        for f in lines:
            rows.append((y, f.get("source", ""), "{:,} ₸".format(f.get("amount_kzt", 0)), text_of(f.get("note"), lang)))
        rows.append((y, "Total", "{:,} ₸".format(sum(f.get("amount_kzt", 0) for f in lines)), ""))
    table(out, ("Year", "Source", "Amount", "Note"), rows)
    grand = sum(f.get("amount_kzt", 0) for f in financing) or 1
    table(out, ("Source", "Amount", "Share"),
          [(s, "{:,} ₸".format(sum(f.get("amount_kzt", 0) for f in financing if f.get("source") == s)),
            "%.1f %%" % (100.0 * sum(f.get("amount_kzt", 0) for f in financing if f.get("source") == s) / grand))
           for s in sources])

    heading(12)
    records_table(out, data.get("indicators", []), lang)
    records_table(out, data.get("indicator_targets", []), lang)
    heading(13)
    records_table(out, data.get("mobility", []), lang)

    heading(14)
    fields(out, [("Rule set", check.get("rules", {}).get("name", "")), ("Year", check.get("year", "")),
                 ("Result", "%d errors, %d warnings, %d notes" % (counts["error"], counts["warning"], counts["note"]))])
    comp_chart = os.path.join(work, stem + "-compliance.svg")
    bar_chart(comp_chart, [("Errors", [counts["error"]]), ("Warnings", [counts["warning"]]), ("Notes", [counts["note"]])],
              ["Findings"])
    picture(out, comp_chart)
    for f in findings:
        out.append("<h3>%s</h3><p>%s</p><p><i>%s</i></p>" % (
            html.escape(f.get("title", f.get("severity", ""))), html.escape(f.get("message", "")),
            html.escape(f.get("reference", ""))))
        for s in f.get("suggestions", []) or []:
            out.append("<p>– %s</p>" % html.escape(str(s)))

    heading(15)
    for side in ("Applicant", "Lead foreign partner"):
        out.append("<h3>%s</h3>" % side)
        table(out, ("", ""), [("Position", "________________"), ("Full name", "________________"),
                              ("Signature", "________________"), ("Date", "________________"), ("Seal", "")])
    out.append("</body></html>")
    with open(base + ".html", "w", encoding="utf-8") as f:
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


def output(args):
    return subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False,
                          encoding="utf-8").stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cli")
    parser.add_argument("example")
    parser.add_argument("--lang", default="ru")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--baseline", help="another seriktes-cli to time alongside (e.g. an older build)")
    parser.add_argument("--keep", action="store_true", help="keep the working folder (HTML, PDFs) and print it")
    a = parser.parse_args()
    soffice = shutil.which("soffice")
    if soffice is None:
        print("LibreOffice (soffice) is not installed", file=sys.stderr)
        return 2

    work = tempfile.mkdtemp(prefix="seriktes-bench-")
    profile = "file://" + os.path.join(work, "profile")
    date = time.strftime("%Y-%m-%d")
    cases = [("example", a.example)]
    big_json = os.path.join(work, "big.json")
    with open(big_json, "w", encoding="utf-8") as f:
        json.dump(generated(), f, ensure_ascii=False)
    big_file = os.path.join(work, "big.seriktes")
    subprocess.run([a.cli, "import-json", big_json, "-o", big_file], check=True)
    cases.append(("5,000 staff", big_file))

    lo = ["--headless", "-env:UserInstallation=" + profile, "--convert-to", "pdf", "--outdir", work]
    for name, path in cases:
        base = os.path.join(work, name.replace(",", "").replace(" ", "-"))
        json_path = base + ".json"
        subprocess.run([a.cli, "export-json", path, "-o", json_path], check=True)
        with open(json_path, encoding="utf-8") as f:
            data = json.load(f)
        check = json.loads(output([a.cli, "check", path, "--format", "json", "--lang", a.lang, "--year", "2026"]))
        fingerprint = (output([a.cli, "fingerprint", path]).split() or ["—"])[0]
        write_html(base, data, check, fingerprint, a.lang, date)
    # Warm LibreOffice's profile.
    subprocess.run([soffice] + lo + [os.path.join(work, "example.html")], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    clis = [("app", a.cli)] + ([("baseline", a.baseline)] if a.baseline else [])
    head = ["case"] + [n for n, _ in clis] + ["LibreOffice"] + ["ratio (%s)" % n for n, _ in clis] + \
           ["%s file" % n for n, _ in clis] + ["LibreOffice file"]
    print("| %s |" % " | ".join(head))
    print("|" + " --- |" * len(head))
    for name, path in cases:
        base = name.replace(",", "").replace(" ", "-")
        page = os.path.join(work, base + ".html")
        times = {n: [] for n, _ in clis}
        times["lo"] = []
        runs = [(n, (lambda c=c, n=n: times[n].append(timed(
            [c, "export-pdf", path, "-o", os.path.join(work, base + "." + n + ".pdf"),
             "--lang", a.lang, "--year", "2026"])))) for n, c in clis]
        runs.append(("lo", lambda: times["lo"].append(timed([soffice] + lo + [page]))))
        for r in range(a.rounds):
            for _, run in (runs if r % 2 == 0 else runs[::-1]):
                run()
        t_lo = statistics.median(times["lo"])
        cells = [name] + ["%.3f s" % statistics.median(times[n]) for n, _ in clis] + ["%.2f s" % t_lo]
        cells += ["%.1f×" % (t_lo / statistics.median(times[n])) for n, _ in clis]
        cells += ["%d KB" % (os.path.getsize(os.path.join(work, base + "." + n + ".pdf")) // 1024) for n, _ in clis]
        cells.append("%d KB" % (os.path.getsize(os.path.join(work, base + ".pdf")) // 1024))
        print("| %s |" % " | ".join(cells), flush=True)
    if a.keep:
        print("kept:", work)
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
