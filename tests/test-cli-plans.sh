#!/usr/bin/env bash
# test-cli-plans.sh: seriktes-cli import-staff, export-table and the what-if
# suggestions of check (TAP output).
# Usage: test-cli-plans.sh CLI EXAMPLES_BUILD_DIR
set -u
cli=$1
examples=$2
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
n=0
failures=0

ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failures=$((failures + 1)); echo "not ok $n - $1"; sed 's/^/# /' "$tmp/out" "$tmp/err" 2>/dev/null | head -20; }
check() { local name=$1; shift; if "$@"; then ok "$name"; else not_ok "$name"; fi; }
status_is() { local want=$1; shift; "$@" >"$tmp/out" 2>"$tmp/err"; [ $? = "$want" ]; }
out_has() { grep -qF -- "$1" "$tmp/out"; }
err_has() { grep -qF -- "$1" "$tmp/err"; }

# The test runs with the PDF tests' sanitizer settings for its export-pdf:
# full stacks, for the suppressions of test-pdf.supp (fontconfig, cairo and
# libhyphen). The other commands use none of those libraries: there the
# stack is unwound the fast way (seconds a run less), leak detection on.
pdf_asan=${ASAN_OPTIONS:-}
export ASAN_OPTIONS="${ASAN_OPTIONS:-}${ASAN_OPTIONS:+:}fast_unwind_on_malloc=1"

p=$tmp/taraz.seriktes
cp "$examples/taraz-mendeleev.seriktes" "$p" && chmod u+w "$p"
staff_before=$("$cli" export-json "$p" | grep -c '"fte_milli"')

# An HR export: BOM, semicolons, CRLF, Kazakh headings, no side column.
printf '\xef\xbb\xbf№;Аты-жөні;Лауазымы;Ғылыми дәрежесі;Азаматтығы;Негізгі жұмыс орны;Ставка\r\n1;Иванов Иван;доцент;кандидат наук;Қазақстан;;1\r\n2;John Smith;Professor;Dr.;USA;;0,5\r\n3;Петров Пётр;ассоц. профессор;к.т.н.;;;1\r\n' >"$tmp/hr.csv"

check "import-staff --dry-run: exit 1 when rows are refused" status_is 1 "$cli" import-staff "$p" "$tmp/hr.csv" --dry-run
check "import-staff: the preview's counts" out_has "New: 2, updated: 0, unchanged: 0, refused: 1"
check "import-staff: the refused row named by the person" out_has "Row 4 (Петров Пётр): The side cannot be told"
check "import-staff --dry-run changes nothing" \
  bash -c "[ \$('$cli' export-json '$p' | grep -c '\"fte_milli\"') = $staff_before ]"
printf 'Name,Side,Degree\nИванов Иван,kazakh,кандидат наук\nJohn Smith,foreign,PhD\n' >"$tmp/en.csv"
check "import-staff: imported" status_is 0 "$cli" import-staff "$p" "$tmp/en.csv"
check "import-staff: two new" out_has "New: 2, updated: 0"
printf 'Name,Side,Degree\nИванов Иван,kazakh,doctor of sciences\nJohn Smith,foreign,PhD\n' >"$tmp/en2.csv"
check "import-staff again: updated, not duplicated" status_is 0 "$cli" import-staff "$p" "$tmp/en2.csv"
check "import-staff again: the counts" out_has "New: 0, updated: 1, unchanged: 1, refused: 0"
check "import-staff: two people more in all" \
  bash -c "[ \$('$cli' export-json '$p' | grep -c '\"fte_milli\"') = \$(( $staff_before + 2 )) ]"
printf 'Person;Party\nAnna Berg;Шетелдік\n' >"$tmp/odd.csv"
check "import-staff: headings it does not know (exit 2)" status_is 2 "$cli" import-staff "$p" "$tmp/odd.csv" --dry-run
check "import-staff --map COLUMN=FIELD" status_is 0 "$cli" import-staff "$p" "$tmp/odd.csv" --map Person=name --map 2=side --dry-run
check "import-staff --map: one new" out_has "New: 1, updated: 0, unchanged: 0, refused: 0"
check "import-staff: a bad mapping is refused (exit 2)" status_is 2 "$cli" import-staff "$p" "$tmp/en.csv" --map "Name=colour"
check "import-staff: not a staff list (exit 2)" bash -c "printf 'Rank,Institution\n1,MIT\n' >'$tmp/rank.csv'; '$cli' import-staff '$p' '$tmp/rank.csv' >'$tmp/out' 2>'$tmp/err'; [ \$? = 2 ]"
check "import-staff: the reason" err_has "does not look like a staff list"
check "import-staff: a folder (exit 2)" status_is 2 "$cli" import-staff "$p" "$tmp"

# export-table
for t in staff financing indicators findings; do
  check "export-table $t to CSV" status_is 0 "$cli" export-table "$p" --table "$t" -o "$tmp/$t.csv"
  check "export-table $t to XLSX" status_is 0 "$cli" export-table "$p" --table "$t" -o "$tmp/$t.xlsx" --lang ru
  check "export-table $t: a ZIP workbook" bash -c "head -c 2 '$tmp/$t.xlsx' | grep -q PK"
done
check "export-table staff: the imported person" grep -q "John Smith" "$tmp/staff.csv"
check "export-table financing: a total row" grep -q "^Total," "$tmp/financing.csv"
check "export-table: an unknown table (exit 2)" status_is 2 "$cli" export-table "$p" --table money -o "$tmp/x.csv"
check "export-table: neither .csv nor .xlsx (exit 2)" status_is 2 "$cli" export-table "$p" --table staff -o "$tmp/x.ods"
check "export-table: nothing written" test ! -e "$tmp/x.ods"

# check: the what-if suggestions, text and JSON
check "check: text with suggestions" status_is 0 "$cli" check "$examples/taraz-mendeleev.seriktes"
check "check: a suggestion under the staffing finding" out_has "→ Move"
check "check --format json" status_is 0 "$cli" check --format json "$examples/taraz-mendeleev.seriktes"
check "check --format json: suggestions" python3 -c "
import json, sys
d = json.load(open('$tmp/out'))
f = [x for x in d['files'][0]['findings'] if x['id'] == 'staff-ratio' and x['suggestions']]
assert f, 'no suggestions'
assert all('suggestions' in x for x in d['files'][0]['findings'])
assert f[0]['suggestions'][0].startswith('Move '), f[0]['suggestions']
"
check "check --lang ru: suggestions in Russian" status_is 0 "$cli" check --lang ru "$examples/taraz-mendeleev.seriktes"
check "check --lang ru: Передайте" out_has "→ Передайте"

# The PDF's findings carry the suggestions too.
if command -v pdftotext >/dev/null; then
  check "export-pdf" status_is 0 env ASAN_OPTIONS="$pdf_asan" "$cli" export-pdf "$examples/taraz-mendeleev.seriktes" -o "$tmp/t.pdf" --lang en --date 2026-12-01
  check "export-pdf: a suggestion under the staffing finding" \
    bash -c "pdftotext '$tmp/t.pdf' - | tr -s ' \n' ' ' | grep -q '→ Move [0-9,]* teaching hours from foreign to Kazakhstani'"
fi

echo "1..$n"
[ "$failures" = 0 ]
