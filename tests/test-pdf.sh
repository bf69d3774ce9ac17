#!/usr/bin/env bash
# test-pdf.sh: seriktes-cli export-pdf and export-review, and the documents
# as poppler reads them, in every language (TAP output).
# Usage: test-pdf.sh CLI EXAMPLES_BUILD_DIR [PART]
# PART (all when not given) is one of the parts that meson runs as tests
# of their own, side by side: an example (caspian-tu-berlin,
# kyzylorda-arizona, taraz-mendeleev) with the checks of its PDFs, review
# (the review reports), hostile and hostile-review (the hostile proposal
# and its review report) or other (an empty proposal and the failures).
# Needs poppler-utils (pdfinfo, pdffonts, pdftotext) and python3.
set -u
cli=$1
ex=$2
part=${3:-all}
case $part in
  all|caspian-tu-berlin|kyzylorda-arizona|taraz-mendeleev|review|hostile|hostile-review|other) ;;
  *) echo "Bail out! no part $part"; exit 2 ;;
esac
localedir=${SERIKTES_LOCALEDIR:-}
# The pdf-*.py checks share tests/pdf_text.py: no __pycache__ in the sources.
export PYTHONDONTWRITEBYTECODE=1
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
n=0
failures=0

ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failures=$((failures + 1)); echo "not ok $n - $1"; }
skip() { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }
check() { local name=$1; shift; if "$@"; then ok "$name"; else not_ok "$name"; fi; }
want() { [ "$part" = all ] || [ "$part" = "$1" ]; }
status_is() { local want=$1; shift; "$@" >"$tmp/out" 2>"$tmp/err"; [ $? = "$want" ]; }

# The commands that make no PDF (check, export-json, fingerprint, submit,
# review, import-json): in the sanitizer build with the stack unwound the
# fast way, leak detection on. The full stacks of the PDF runs are only
# for the suppressions of test-pdf.supp (fontconfig, cairo and libhyphen,
# which these commands do not use); unwinding them costs seconds a run.
quick_asan="${ASAN_OPTIONS:-}${ASAN_OPTIONS:+:}fast_unwind_on_malloc=1"
cli_quick() { ASAN_OPTIONS=$quick_asan "$cli" "$@"; }

for tool in pdfinfo pdffonts pdftotext python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "1..0 # SKIP $tool is not installed"
    exit 0
  fi
done


# A message in the PDF's language, from the catalogues of the build tree
# (the English text while it is not translated).
tr_to() {
  if [ "$1" = en ] || [ -z "$localedir" ]; then printf '%s' "$2"; return; fi
  LC_ALL=C.UTF-8 LANGUAGE=$1 TEXTDOMAINDIR=$localedir gettext -d seriktes "$2"
}

# The text of PDF $1, once (in $1.txt; what pdftotext said on stderr, and
# its exit status when not 0, in $1.txt.err).
text_file() {
  [ -e "$1.txt" ] || pdftotext -enc UTF-8 "$1" "$1.txt" 2>"$1.txt.err" || echo "pdftotext: exit $?" >>"$1.txt.err"
  printf '%s' "$1.txt"
}

# The same in the order it is drawn (pdftotext -raw: the lines of a table
# cell together, not interleaved with the next column's).
raw_text_file() {
  [ -e "$1.raw.txt" ] || pdftotext -raw -enc UTF-8 "$1" "$1.raw.txt" 2>/dev/null
  printf '%s' "$1.raw.txt"
}

contains_raw() { RAW=1 contains "$@"; }

# Does the text of PDF $1 contain each of $2… (spaces and line breaks
# ignored, and the hyphens of words broken at a line end)? Names those it
# does not on stdout.
contains() {
  local txt
  if [ "${RAW:-}" = 1 ]; then txt=$(raw_text_file "$1"); else txt=$(text_file "$1"); fi
  shift
  python3 - "$txt" "$@" <<'EOF'
import re, sys
squeeze = lambda s: re.sub(r"\s+", "", s)
raw = open(sys.argv[1], encoding="utf-8").read()
text = squeeze(raw)
# A word hyphenated at a line end counts as the word.
joined = squeeze(re.sub(r"(\w)-\n(\w)", r"\1\2", raw))
missing = [s for s in sys.argv[2:] if squeeze(s) not in text and squeeze(s) not in joined]
for m in missing:
    print("# not found:", m)
sys.exit(1 if missing else 0)
EOF
}

# Every page's words inside the page, away from its edges (the words and
# their boxes kept in $1.bbox.html for bbox_contains).
inside_pages() {
  pdftotext -bbox "$1" "$1.bbox.html" 2>/dev/null
  python3 -c '
import re, sys
html = sys.stdin.read()
pages = re.findall(r"<page width=\"([\d.]+)\" height=\"([\d.]+)\">(.*?)</page>", html, re.S)
bad = 0
for w, h, body in pages:
    w, h = float(w), float(h)
    for m in re.finditer(r"<word xMin=\"([\d.-]+)\" yMin=\"([\d.-]+)\" xMax=\"([\d.-]+)\" yMax=\"([\d.-]+)\">(.*?)</word>", body):
        x0, y0, x1, y1 = map(float, m.groups()[:4])
        if x0 < 30 or x1 > w - 30 or y0 < 20 or y1 > h - 20:
            bad += 1
            if bad <= 5:
                print("# outside the page:", x0, y0, x1, y1, m.group(5)[:40])
sys.exit(1 if bad or not pages else 0)' <"$1.bbox.html"
}

# Do the words of PDF $1, as inside_pages extracted them, contain $2
# (spaces ignored)? One extraction of a long document for both checks.
bbox_contains() {
  python3 - "$1.bbox.html" "$2" <<'EOF'
import html, re, sys
words = re.findall(r"<word [^>]*>(.*?)</word>", open(sys.argv[1], encoding="utf-8").read())
text = "".join(html.unescape(w) for w in words)
found = re.sub(r"\s+", "", sys.argv[2]) in text
if not found:
    print("# not found:", sys.argv[2])
sys.exit(0 if found else 1)
EOF
}

readable() { pdfinfo "$1" >/dev/null 2>&1; }

# pdftotext reads PDF $1 without a word on stderr (no "Invalid
# 'begincidrange' operator in ToUnicode CMap" or any other warning).
text_quietly() {
  local txt
  txt=$(text_file "$1")
  [ -e "$txt" ] && [ ! -s "$txt.err" ] && return 0
  sed 's/^/# /' "$txt.err" | head -3
  return 1
}

# Every font of PDF $1 has a ToUnicode map (pdffonts: uni yes).
fonts_unicode() {
  pdffonts "$1" 2>/dev/null | tail -n +3 > "$tmp/fonts"
  [ -s "$tmp/fonts" ] && ! awk '{ if ($(NF-2) != "yes") bad = 1 } END { exit !bad }' "$tmp/fonts"
}

# PDF $1 in language $2 is meant for an archive (PDF/A-1b, pdf-archival.py).
archival() {
  qpdf --check "$1" >"$tmp/qpdf.out" 2>&1 || { sed 's/^/# /' "$tmp/qpdf.out" | head -5; return 1; }
  python3 "$(dirname "$0")/pdf-archival.py" "$1" "$2"
}
archival_check() {
  if command -v qpdf >/dev/null; then
    check "$1: PDF/A-1b: /Lang, output intent, XMP, ID, ToUnicode, CIDSet" archival "$2" "$3"
  else
    skip "$1: PDF/A-1b" "qpdf is not installed"
  fi
}

# Every font of PDF $1 is embedded.
fonts_embedded() {
  pdffonts "$1" 2>/dev/null | tail -n +3 > "$tmp/fonts"
  [ -s "$tmp/fonts" ] && ! awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit !bad }' "$tmp/fonts"
}

# Every finding of `check` of proposal $3 in language $2 is in PDF $1:
# message and reference; its check id (for the software) is not, nor any
# ISO date (dates are written as the language writes them).
all_findings() {
  cli_quick check --year 2026 --format json -l "$2" "$3" >"$tmp/check.json" 2>/dev/null
  python3 - "$tmp/check.json" "$(text_file "$1")" <<'EOF'
import json, re, sys
squeeze = lambda s: re.sub(r"\s+", "", s)
raw = open(sys.argv[2], encoding="utf-8").read()
# Words hyphenated at a line end count as the words.
text = squeeze(raw) + "\n" + squeeze(re.sub(r"(\w)-\n(\w)", r"\1\2", raw))
findings = json.load(open(sys.argv[1]))["files"][0]["findings"]
missing = [f["id"] for f in findings
           if squeeze(f["message"]) not in text or squeeze(f["reference"]) not in text
           or ("-" in f["id"] and f["id"] in text)
           or re.search(r"\b\d{4}-\d{2}-\d{2}\b", f["message"])]
for m in missing:
    print("# missing, with its id or an ISO date:", m)
sys.exit(1 if missing or not findings else 0)
EOF
}

# How many pages of PDF $1 have $2 (spaces ignored) in their text.
pages_with() {
  python3 - "$(text_file "$1")" "$2" <<'EOF'
import re, sys
squeeze = lambda s: re.sub(r"\s+", "", s)
pages = open(sys.argv[1], encoding="utf-8").read().split("\f")[:-1]
print(sum(1 for p in pages if squeeze(sys.argv[2]) in squeeze(p)))
EOF
}
pages_of() { pdfinfo "$1" 2>/dev/null | sed -n 's/^Pages: *//p'; }

# Headings and labels each PDF must show, in its language.
headings=("Partners" "Partnership model and term" "Objectives" "Branch and management board"
          "Dual degree programmes" "Teaching staff" "Staffing ratio" "Joint committees"
          "Joint research" "Third mission" "Professional development" "Financing"
          "Target indicators" "Academic mobility" "Compliance with the rules" "Signatures"
          "Contents" "Applicant" "Foreign partners" "Status")
# …of which these are translated already, so they prove the language.
translated=("Objectives" "Dual degree programmes" "Academic mobility" "Partnership model"
            "Foreign partners" "Applicant" "Professional development")

# The names of countries and languages the PDF takes from iso-codes.
iso_names=$(ls /usr/share/iso-codes/json/iso_3166-1.json /usr/share/iso-codes/json/iso_639-2.json \
  /usr/share/locale/kk/LC_MESSAGES/iso_3166-1.mo /usr/share/locale/ru/LC_MESSAGES/iso_3166-1.mo \
  /usr/share/locale/ru/LC_MESSAGES/iso_639-2.mo 2>/dev/null)
for name in caspian-tu-berlin kyzylorda-arizona taraz-mendeleev; do
  want "$name" || continue
  cli_quick export-json "$ex/$name.seriktes" -o "$tmp/$name.json" 2>/dev/null
  for lang in kk ru en; do
    pdf="$tmp/$name-$lang.pdf"
    what="$name ($lang)"
    check "$what: export-pdf exits 0" status_is 0 "$cli" export-pdf "$ex/$name.seriktes" -o "$pdf" --lang "$lang" --year 2026 --date 2026-11-21
    check "$what: the PDF exists" test -s "$pdf"
    check "$what: nothing on stderr" test ! -s "$tmp/err"
    check "$what: pdfinfo reads it" readable "$pdf"

    # The title in the document info, Cyrillic intact.
    want=$(python3 -c '
import json, sys
t = json.load(open(sys.argv[1]))["proposal"].get("title", {})
print(next((t[l] for l in [sys.argv[2], "en", "kk", "ru"] if t.get(l)), ""))' "$tmp/$name.json" "$lang")
    got=$(pdfinfo -enc UTF-8 "$pdf" 2>/dev/null | sed -n 's/^Title: *//p')
    check "$what: the title in the document info" test "$got" = "$want"

    check "$what: the fonts are embedded" fonts_embedded "$pdf"
    check "$what: every font has a ToUnicode map" fonts_unicode "$pdf"
    check "$what: pdftotext gives no warning" text_quietly "$pdf"
    archival_check "$what" "$pdf" "$lang"

    expected=()
    for h in "${headings[@]}"; do expected+=("$(tr_to "$lang" "$h")"); done
    check "$what: the headings in its language" contains "$pdf" "${expected[@]}"
    if [ "$lang" != en ]; then
      english=""
      for h in "${translated[@]}"; do
        t=$(tr_to "$lang" "$h")
        [ "$t" != "$h" ] || english="$english [$h]"
      done
      check "$what: the headings are not in English$english" test -z "$english"
    fi

    # Every finding of the check, in the same language, with its reference.
    check "$what: every finding of the check is in the PDF" all_findings "$pdf" "$lang" "$ex/$name.seriktes"

    # Names with Kazakh letters, as they are in the file.
    kk_name=$(python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
print(next(i["name"]["kk"] for i in d["institutions"] if i.get("name", {}).get("kk")))' "$tmp/$name.json")
    if [ "$lang" = kk ]; then
      check "$what: a Kazakh name intact ($kk_name)" contains "$pdf" "$kk_name"
      check "$what: every Kazakh letter of the content" python3 - "$tmp/$name.json" "$(text_file "$pdf")" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
text = open(sys.argv[2], encoding="utf-8").read()
def kazakh_values(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "kk" and isinstance(v, str):
                yield v
            elif k not in ("ru", "en"):
                yield from kazakh_values(v)
    elif isinstance(node, list):
        for v in node:
            yield from kazakh_values(v)
used = set("".join(kazakh_values(d)) + "".join(s["name"] for s in d["staff"])) & set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
missing = sorted(c for c in used if c not in text)
print("# letters:", "".join(sorted(used)), "missing:", "".join(missing))
sys.exit(1 if missing or len(used) < 9 else 0)
EOF
    fi
    staff_name=$(python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
print(next(s["name"] for s in d["staff"] if any(c in s["name"] for c in "әғқңөұүһі")))' "$tmp/$name.json")
    check "$what: a lecturer's name with Kazakh letters ($staff_name)" contains_raw "$pdf" "$staff_name"

    # No word cut without a hyphen: every word of the text, re-joined at
    # the hyphens of line ends, is a word of the content or the catalogues.
    src=$(dirname "$0")/..
    check "$what: no word cut without a hyphen" env SK_PDF_RAW_TEXT="$(raw_text_file "$pdf")" python3 "$(dirname "$0")/pdf-words.py" "$pdf" "$tmp/$name.json" \
      "$src/po/kk.po" "$src/po/ru.po" "$src/src/core/sk-format.c" "$src/data/rules/kz-mshe-2024.ini" \
      $iso_names

    # No English in a Kazakh or Russian document outside the data (and
    # data shown in another language is marked "(en)").
    if [ "$lang" != en ]; then
      check "$what: no English outside the data" env SK_PDF_RAW_TEXT="$(raw_text_file "$pdf")" python3 "$(dirname "$0")/pdf-language.py" "$pdf" "$lang" \
        "$tmp/$name.json" "$src/po/$lang.po"
    fi

    check "$what: every heading followed on its page by its first block" \
      env SK_PDF_RAW_TEXT="$(raw_text_file "$pdf")" python3 "$(dirname "$0")/pdf-headings.py" "$pdf"
    # Initials kept with the name; a table that goes on to another page
    # names its section there (the staff list of the largest example does);
    # a programme's staff line with its table.
    long=""
    [ "$name" = caspian-tu-berlin ] && long=--long-table
    check "$what: initials kept, continued tables captioned, staff lines kept" \
      env SK_PDF_RAW_TEXT="$(raw_text_file "$pdf")" python3 "$(dirname "$0")/pdf-layout.py" "$pdf" $long

    pages=$(pages_of "$pdf")
    check "$what: a plausible page count ($pages)" test "${pages:-0}" -ge 12 -a "${pages:-0}" -le 60
    check "$what: nothing outside the page" inside_pages "$pdf"
    check "$what: no temporary file left" bash -c "[ -z \"\$(ls -A '$tmp' | grep '^\\.')\" ]"
  done
done

if want caspian-tu-berlin; then
# The fingerprint in the footer of every page: the content's own for a
# draft (the examples).
fp_draft=$(cli_quick fingerprint "$ex/caspian-tu-berlin.seriktes" 2>/dev/null)
for lang in kk ru en; do
  pdf="$tmp/caspian-tu-berlin-$lang.pdf"
  footer="$(tr_to "$lang" "Fingerprint"): ${fp_draft:0:16}…"
  check "caspian-tu-berlin ($lang): the fingerprint in every footer" \
    test "$(pages_with "$pdf" "$footer")" = "$(pages_of "$pdf")"
done

# Dates and amounts in the conventions of the language.
check "kk: the date on the cover" contains "$tmp/caspian-tu-berlin-kk.pdf" "2026 жылғы 21 қараша"
# Percentages as each language writes them, with one decimal (no-break
# spaces read as plain ones).
plain_text() { sed 's/\xc2\xa0/ /g' "$(text_file "$1")"; }
text_has() { plain_text "$1" | grep -qE "$2"; }
text_lacks() { ! plain_text "$1" | grep -qE "$2"; }
check "kk: percentages \"57,7 %\"" text_has "$tmp/caspian-tu-berlin-kk.pdf" '[0-9],[0-9] %'
check "ru: percentages \"57,7 %\"" text_has "$tmp/caspian-tu-berlin-ru.pdf" '[0-9],[0-9] %'
check "en: percentages \"57.7%\"" text_has "$tmp/caspian-tu-berlin-en.pdf" '[0-9]\.[0-9]%'
check "en: no space before % in the shares" text_lacks "$tmp/caspian-tu-berlin-en.pdf" '\([0-9.]+ %\)'
# Shares with one decimal: no "(58 %)" beside "(58,3 %)".
check "ru: every share in brackets has one decimal" text_lacks "$tmp/caspian-tu-berlin-ru.pdf" '\([0-9]+ %\)'
check "en: every share in brackets has one decimal" text_lacks "$tmp/caspian-tu-berlin-en.pdf" '\([0-9]+%\)'
# The charts are vectors with real text: no image in the file, their
# labels found by text extraction.
no_images() { [ "$(pdfimages -list "$1" 2>/dev/null | tail -n +3 | wc -l)" = 0 ]; }
for lang in kk ru en; do
  check "$lang: the charts are vectors (no images)" no_images "$tmp/caspian-tu-berlin-$lang.pdf"
done
check "en: the staffing chart's limits are text" text_has "$tmp/caspian-tu-berlin-en.pdf" 'Kazakhstani ≤ 70%'
check "ru: the financing chart's axis is text" text_has "$tmp/caspian-tu-berlin-ru.pdf" 'млрд'
check "ru: the date on the cover" contains "$tmp/caspian-tu-berlin-ru.pdf" "21 ноября 2026 г."
check "en: the date on the cover" contains "$tmp/caspian-tu-berlin-en.pdf" "21 November 2026"
check "ru: amounts grouped with spaces" bash -c "text_of() { pdftotext -enc UTF-8 \"\$1\" - 2>/dev/null | sed 's/\xc2\xa0/ /g'; }
  text_of '$tmp/caspian-tu-berlin-ru.pdf' | grep -qE '[0-9]{1,3}( [0-9]{3})+ ₸'"
check "en: amounts grouped with commas" bash -c "pdftotext -enc UTF-8 '$tmp/caspian-tu-berlin-en.pdf' - 2>/dev/null | sed 's/\xc2\xa0/ /g' | grep -qE '[0-9]{1,3}(,[0-9]{3})+ ₸'"
check "en: page N of M in the footer" bash -c "pdftotext -enc UTF-8 '$tmp/caspian-tu-berlin-en.pdf' - 2>/dev/null | grep -q 'Page 1 of $(pages_of "$tmp/caspian-tu-berlin-en.pdf")'"
fi

if want review; then
fp_draft=$(cli_quick fingerprint "$ex/caspian-tu-berlin.seriktes" 2>/dev/null)
# The review report (export-review): a copy of an example submitted (its
# content frozen and fingerprinted) and returned for revision with a
# justification, in every language.
reviewed="$tmp/reviewed.seriktes"
cp "$ex/taraz-mendeleev.seriktes" "$reviewed"
note="Штаттық арақатынас 70/30 талабын бұзады; басқарма паритетін қалпына келтіріңіз (№ 2)."
check "review: submit exits 0" status_is 0 cli_quick submit "$reviewed" --by "Әлия Сәрсенова" --note "Бірінші нұсқа"
check "review: return for revision exits 0" status_is 0 cli_quick review "$reviewed" --by "Иванов И. И." --decision return --note "$note"
fp=$(cli_quick fingerprint "$reviewed" 2>/dev/null)
check "review: the stored fingerprint matches the content" test "${#fp}" = 64
title_en=$(ASAN_OPTIONS=$quick_asan python3 -c '
import json, subprocess, sys
d = json.loads(subprocess.run([sys.argv[1], "export-json", sys.argv[2]], capture_output=True).stdout)
print(d["proposal"]["title"]["en"])' "$cli" "$reviewed")
review_headings=("Proposal" "Compliance with the rules" "Review remarks" "Status history" "Decision"
                 "Signature of the reviewer" "No remarks have been made." "Applicant" "Foreign partners"
                 "Status" "Fingerprint" "Justification" "Return for revision" "Returned for revision"
                 "Submitted" "Under review")
for lang in kk ru en; do
  pdf="$tmp/review-$lang.pdf"
  what="review ($lang)"
  check "$what: export-review exits 0" status_is 0 "$cli" export-review "$reviewed" -o "$pdf" --lang "$lang" --year 2026 --date 2026-11-21
  check "$what: nothing on stderr" test ! -s "$tmp/err"
  check "$what: pdfinfo reads it" readable "$pdf"
  check "$what: the fonts are embedded" fonts_embedded "$pdf"
  check "$what: pdftotext gives no warning" text_quietly "$pdf"
  archival_check "$what" "$pdf" "$lang"
  if [ "$lang" = en ]; then
    got=$(pdfinfo -enc UTF-8 "$pdf" 2>/dev/null | sed -n 's/^Title: *//p')
    check "$what: the title in the document info" test "$got" = "Review report: $title_en"
  fi
  expected=()
  for h in "${review_headings[@]}"; do expected+=("$(tr_to "$lang" "$h")"); done
  check "$what: the headings in its language" contains "$pdf" "${expected[@]}"
  check "$what: the justification, who decided, who submitted" contains "$pdf" "$note" "Иванов И. И." "Әлия Сәрсенова" "Бірінші нұсқа"
  matches=$(tr_to "$lang" "%s (matches the content)")
  check "$what: the fingerprint in full, matching" contains "$pdf" "$fp ${matches#%s}"
  check "$what: the fingerprint in every footer" \
    test "$(pages_with "$pdf" "$(tr_to "$lang" "Fingerprint"): ${fp:0:16}…")" = "$(pages_of "$pdf")"
  check "$what: every finding of the check" all_findings "$pdf" "$lang" "$reviewed"
  pages=$(pages_of "$pdf")
  check "$what: a plausible page count ($pages)" test "${pages:-0}" -ge 2 -a "${pages:-0}" -le 10
  # shellcheck disable=SC2059 # the format is the catalogue's
  check "$what: page N of M in the footer" contains "$pdf" "$(printf "$(tr_to "$lang" "Page %u of %u")" "$pages" "$pages")"
  check "$what: nothing outside the page" inside_pages "$pdf"
done
check "review (kk): the date" contains "$tmp/review-kk.pdf" "2026 жылғы 21 қараша"
check "review (ru): the date" contains "$tmp/review-ru.pdf" "21 ноября 2026 г."
check "review (en): the date" contains "$tmp/review-en.pdf" "21 November 2026"
# …and the proposal's own PDF carries the stored fingerprint in its footers.
check "review: export-pdf of the reviewed copy" status_is 0 "$cli" export-pdf "$reviewed" -o "$tmp/reviewed-en.pdf" --lang en
check "…the stored fingerprint in every footer" \
  test "$(pages_with "$tmp/reviewed-en.pdf" "Fingerprint: ${fp:0:16}…")" = "$(pages_of "$tmp/reviewed-en.pdf")"
# A draft has a report too: nothing decided yet, said so.
check "review: a draft's report exits 0" status_is 0 "$cli" export-review "$ex/caspian-tu-berlin.seriktes" -o "$tmp/review-draft.pdf" --lang en
check "…says nothing is decided yet, with the content's fingerprint" contains "$tmp/review-draft.pdf" \
  "No decision has been recorded yet." "$fp_draft"
# Failures as for export-pdf: exit 2, the reason on stderr, an older file untouched.
printf 'an older report' > "$tmp/old-review.pdf"
printf 'not a proposal' > "$tmp/junk-review.seriktes"
check "export-review: a junk proposal: exit 2" status_is 2 "$cli" export-review "$tmp/junk-review.seriktes" -o "$tmp/old-review.pdf"
check "…the reason is on stderr" grep -q "junk-review.seriktes" "$tmp/err"
check "export-review: an unknown language: exit 2" status_is 2 "$cli" export-review "$reviewed" -o "$tmp/old-review.pdf" --lang de
check "export-review: a date that does not exist: exit 2" status_is 2 "$cli" export-review "$reviewed" -o "$tmp/old-review.pdf" --date 2026-02-30
check "export-review: no output named: exit 2" status_is 2 "$cli" export-review "$reviewed"
check "export-review: a missing folder: exit 2" status_is 2 "$cli" export-review "$reviewed" -o "$tmp/no/such/out.pdf"
check "…the older file is untouched" grep -qx 'an older report' "$tmp/old-review.pdf"
check "export-review --help names its options" bash -c "'$cli' export-review --help | grep -q -- '--lang'"
check "export-review is in the list of commands" bash -c "'$cli' --help | grep -q '^  export-review '"
fi

if want hostile || want hostile-review; then
# The hostile proposals are large (5,000 staff, 500 pages a language): in
# the sanitizer build their runs keep the address and undefined-behaviour
# checks but unwind the stack the fast way and leave leak detection to the
# runs over the examples above (the same code), which halves this test's
# time there. Elsewhere the variable changes nothing.
fast_asan="${ASAN_OPTIONS:-}${ASAN_OPTIONS:+:}fast_unwind_on_malloc=1:detect_leaks=0"

# A hostile proposal: very long names, a word of 300 letters without a
# space, 5,000 staff, sections left empty, characters the font lacks.
python3 - "$tmp/hostile.json" <<'EOF'
import json, sys
word = ("Қазақстанныңжоғарыоқуорындарыныңхалықаралықынтымақтастығы" * 6)[:300]
long_name = ("Әл-Фараби атындағы Қазақ ұлттық университетінің халықаралық ынтымақтастық департаменті " * 12)[:990]
n = 5000
d = {
  "format": "seriktes-proposal", "version": 1,
  "proposal": {"status": "draft", "model": "branch", "applicant_id": 1,
               "title": {"kk": ("Texas A&M <x> " + long_name + " " + word)[:1000]},
               "term_start": "2026-09-01", "term_end": "2032-08-31",
               "objectives": {"ru": ("Цель " + word + " ") * 20 + "\n\n" + "очень длинный текст " * 300},
               "languages": word},
  "institutions": [
    {"id": 1, "role": "kazakh_ohpe", "name": {"kk": long_name}, "short_name": word[:200], "country": "KZ", "city": word[:100]},
    {"id": 2, "role": "foreign_ohpe", "name": {"en": word}, "country": "DE", "is_lead": True},
    {"id": 3, "role": "foreign_ohpe", "name": {"en": "Emoji \U0001F600, CJK 北京大学, RTL שלום"}, "country": "CN"},
  ],
  "ranking_entries": [{"id": 1, "institution_id": 2, "publisher": "qs", "scope": "subject", "subject": word,
                       "year": 2026, "rank_text": "=150", "source_note": long_name}],
  "programmes": [{"id": i, "level": "bachelor", "diplomas": 2, "languages": word,
                  "name": {"ru": word if i == 1 else ("Программа %d %s" % (i, long_name))[:1000]}} for i in range(1, 13)],
  "staff": [{"id": i, "name": word if i == 1 else long_name if i == 2 else "Преподаватель Әбілқайыр %d" % i,
             "side": ["kazakh", "foreign", "other"][i % 3], "institution_id": 1 + i % 3,
             "degree": "phd", "fte_milli": 1000} for i in range(1, n + 1)],
  "assignments": [{"id": i, "staff_id": i, "programme_id": 1 + i % 12, "hours": 100 + i % 400} for i in range(1, n + 1)],
  "financing": [{"id": i, "source": ["ohpe_kazakh", "state_order", "other"][i % 3], "year": 2026 + i % 7,
                 "amount_kzt": 10**15 if i < 4 else 123456789, "note": word} for i in range(1, 30)],
}
json.dump(d, open(sys.argv[1], "w"), ensure_ascii=False)
EOF
if want hostile; then
check "hostile: import" status_is 0 env "ASAN_OPTIONS=$fast_asan" "$cli" import-json "$tmp/hostile.json" -o "$tmp/hostile.seriktes"
for lang in kk ru en; do
  check "hostile ($lang): export-pdf exits 0" status_is 0 env "ASAN_OPTIONS=$fast_asan" "$cli" export-pdf "$tmp/hostile.seriktes" -o "$tmp/hostile-$lang.pdf" --lang "$lang" --year 2026
  check "hostile ($lang): pdfinfo reads it" readable "$tmp/hostile-$lang.pdf"
  archival_check "hostile ($lang)" "$tmp/hostile-$lang.pdf" "$lang"
  check "hostile ($lang): nothing outside the page" inside_pages "$tmp/hostile-$lang.pdf"
  pages=$(pages_of "$tmp/hostile-$lang.pdf")
  check "hostile ($lang): 5,000 staff listed ($pages pages)" test "${pages:-0}" -ge 100
  check "hostile ($lang): the last lecturer is listed" bbox_contains "$tmp/hostile-$lang.pdf" "Преподаватель Әбілқайыр 5000"
done
check "hostile: the largest amounts in full" bbox_contains "$tmp/hostile-en.pdf" "1,000,000,000,000,000 ₸"
fi

if want hostile-review; then
# …and its review report: 300 remarks, long ones, on staff, on records
# that are gone and kinds that do not exist, decisions and a history with
# texts of thousands of characters.
python3 - "$tmp/hostile.json" "$tmp/hostile-review.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
word = ("Қазақстанныңжоғарыоқуорындарыныңхалықаралықынтымақтастығы" * 6)[:300]
long_text = ("Ескерту мәтіні өте ұзын " + word + " ") * 12
targets = [("staff_member", 1 + i) for i in range(250)] + [("programme", 1), ("programme", 999), ("financing_line", 5)]
d["review_remarks"] = [
  {"id": i + 1, "author": word if i == 0 else "Reviewer %d" % i, "created": "2026-11-%02dT10:%02d:00+05:00" % (1 + i % 28, i % 60),
   "text": long_text if i % 50 == 0 else "Remark %d %s" % (i, word[:40 + i % 200]),
   "state": "addressed" if i == 1 else "resolved" if i % 3 == 0 else "open", "round": i % 4,
   **({"target_kind": targets[i][0], "target_id": targets[i][1]} if i < len(targets) else {}),
   **({"section": word[:200]} if i % 7 == 0 else {"section": "staff-ratio"} if i % 11 == 0 else {})}
  for i in range(300)]
d["remark_replies"] = [{"id": 1, "remark_id": 2, "action": "respond", "author": word,
                        "written": "2026-12-01T10:00:00+05:00", "text": long_text}]
# A history that could have happened, five rounds of it, with long texts:
# submitted, under review, returned, revised.
steps = [("draft", "submitted"), ("submitted", "under_review"), ("under_review", "returned"), ("returned", "draft")]
d["status_events"] = [{"id": i + 1, "from_status": steps[i % 4][0], "to_status": steps[i % 4][1], "changed_by": word,
                       "changed_at": "2026-11-21T10:%02d:00Z" % i, "note": long_text} for i in range(20)]
d["decisions"] = [{"id": i + 1, "decision": "return", "decided_by": word,
                   "decided_at": "not a time " + word[:50], "justification": long_text} for i in range(5)]
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
EOF
check "hostile review: import" status_is 0 env "ASAN_OPTIONS=$fast_asan" "$cli" import-json "$tmp/hostile-review.json" -o "$tmp/hostile-review.seriktes"
for lang in kk ru en; do
  check "hostile review ($lang): export-review exits 0" status_is 0 env "ASAN_OPTIONS=$fast_asan" "$cli" export-review "$tmp/hostile-review.seriktes" -o "$tmp/hostile-review-$lang.pdf" --lang "$lang" --year 2026
  check "hostile review ($lang): pdfinfo reads it" readable "$tmp/hostile-review-$lang.pdf"
  check "hostile review ($lang): nothing outside the page" inside_pages "$tmp/hostile-review-$lang.pdf"
  check "hostile review ($lang): the last remark is there" bbox_contains "$tmp/hostile-review-$lang.pdf" "Remark 299"
done
fi
fi

if want other; then
# Empty: a proposal with nothing but its status.
printf '{"format":"seriktes-proposal","version":1,"proposal":{"status":"draft"}}' > "$tmp/empty.json"
"$cli" import-json "$tmp/empty.json" -o "$tmp/empty.seriktes" >/dev/null 2>&1
for lang in kk ru en; do
  check "empty ($lang): export-pdf exits 0" status_is 0 "$cli" export-pdf "$tmp/empty.seriktes" -o "$tmp/empty-$lang.pdf" --lang "$lang"
  check "empty ($lang): says what is missing" contains "$tmp/empty-$lang.pdf" "$(tr_to "$lang" "No financing is recorded.")"
done

# Failures: exit 2, the reason on stderr, nothing left behind, an older
# file untouched.
good="$ex/caspian-tu-berlin.seriktes"
check "a missing folder: exit 2" status_is 2 "$cli" export-pdf "$good" -o "$tmp/no/such/folder/out.pdf"
check "…the reason is on stderr" grep -q "out.pdf" "$tmp/err"
check "…nothing is written" test ! -e "$tmp/no"
mkdir "$tmp/ro"
chmod 0555 "$tmp/ro"
if [ -w "$tmp/ro" ]; then
  skip "a read-only folder: exit 2" "the tests run as root"
else
  check "a read-only folder: exit 2" status_is 2 "$cli" export-pdf "$good" -o "$tmp/ro/out.pdf"
  check "…nothing is left in it" test -z "$(ls -A "$tmp/ro")"
fi
chmod 0755 "$tmp/ro"
printf 'not a file to replace' > "$tmp/file"
check "below a file: exit 2" status_is 2 "$cli" export-pdf "$good" -o "$tmp/file/out.pdf"
check "a folder as the output: exit 2" status_is 2 "$cli" export-pdf "$good" -o "$tmp/ro"
check "…the folder stays" test -d "$tmp/ro"

printf 'an older PDF' > "$tmp/old.pdf"
printf 'not a proposal' > "$tmp/junk.seriktes"
check "a junk proposal: exit 2" status_is 2 "$cli" export-pdf "$tmp/junk.seriktes" -o "$tmp/old.pdf"
check "…the older file is untouched" grep -qx 'an older PDF' "$tmp/old.pdf"
check "an unknown language: exit 2" status_is 2 "$cli" export-pdf "$good" -o "$tmp/old.pdf" --lang de
check "…the older file is untouched" grep -qx 'an older PDF' "$tmp/old.pdf"
check "no output named: exit 2" status_is 2 "$cli" export-pdf "$good"
printf '<?xml version="1.0"?>\n<fontconfig><cachedir>%s/fc-cache</cachedir></fontconfig>\n' "$tmp" > "$tmp/fonts.conf"
check "no font with the Kazakh letters: exit 2" status_is 2 env FONTCONFIG_FILE="$tmp/fonts.conf" "$cli" export-pdf "$good" -o "$tmp/old.pdf"
check "…the message says so" grep -q "font" "$tmp/err"
check "…the older file is untouched" grep -qx 'an older PDF' "$tmp/old.pdf"
check "a good export replaces it" status_is 0 "$cli" export-pdf "$good" -o "$tmp/old.pdf"
check "…with a PDF" bash -c "head -c 5 '$tmp/old.pdf' | grep -q '%PDF-'"
# The review report of many proposals into a folder; a damaged one is
# reported and the others still written.
printf 'not a proposal' > "$tmp/damaged.seriktes"
mkdir -p "$tmp/reports"
check "export-review of many files -o DIR: exit 2 with a damaged one" status_is 2 "$cli" export-review --lang ru "$ex/caspian-tu-berlin.seriktes" "$tmp/damaged.seriktes" "$ex/taraz-mendeleev.seriktes" -o "$tmp/reports"
check "…the others written" test -s "$tmp/reports/caspian-tu-berlin-review-ru.pdf" -a -s "$tmp/reports/taraz-mendeleev-review-ru.pdf"
check "…and named on the output" grep -q "taraz-mendeleev-review-ru.pdf" "$tmp/out"
check "export-review of many files to a file: exit 2" status_is 2 "$cli" export-review "$ex/caspian-tu-berlin.seriktes" "$ex/taraz-mendeleev.seriktes" -o "$tmp/one.pdf"
check "…nothing written" test ! -e "$tmp/one.pdf"
if command -v sqlite3 >/dev/null; then
  cp "$ex/kyzylorda-arizona.seriktes" "$tmp/second.seriktes"
  sqlite3 "$tmp/second.seriktes" "UPDATE programme SET diplomas = 2 WHERE id = 5;"
  check "export-review --compare: exit 0" status_is 0 "$cli" export-review "$tmp/second.seriktes" --compare "$ex/kyzylorda-arizona.seriktes" -o "$tmp/compared.pdf" --lang en --year 2026
  check "…the changes since the earlier version" contains "$tmp/compared.pdf" "Changes since the earlier version"
  check "…the field as users read it" contains "$tmp/compared.pdf" "Diplomas issued"
  check "…the compliance of both" contains "$tmp/compared.pdf" "Earlier version: 2 errors, 1 warning; this version: 1 error, 1 warning."
  check "export-review --compare with several files: exit 2" status_is 2 "$cli" export-review "$tmp/second.seriktes" "$ex/caspian-tu-berlin.seriktes" --compare "$ex/kyzylorda-arizona.seriktes" -o "$tmp/reports"
fi
fi
check "no temporary file is left anywhere" bash -c "[ -z \"\$(find '$tmp' -name '.*.pdf.*')\" ]"

echo "1..$n"
[ "$failures" = 0 ]
