#!/usr/bin/env bash
# test-cli-rankings.sh: seriktes-cli rankings as a user runs it (TAP output).
# Usage: test-cli-rankings.sh CLI MAKE_FIXTURES EXAMPLES_BUILD_DIR
set -u
cli=$1
make_fixtures=$2
examples=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
failures=0

ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failures=$((failures + 1)); echo "not ok $n - $1"; }
check() { local name=$1; shift; if "$@"; then ok "$name"; else not_ok "$name"; fi; }
status_is() { local want=$1; shift; "$@" >"$tmp/out" 2>"$tmp/err"; [ $? = "$want" ]; }

# The library lives under XDG_DATA_HOME.
export XDG_DATA_HOME="$tmp/data"
lib="$XDG_DATA_HOME/seriktes/rankings.sqlite"
fx="$tmp/fixtures"
mkdir -p "$fx"
"$make_fixtures" "$fx"
have_xlsx=$?

check "list: empty library" status_is 0 "$cli" rankings list
check "list: says so" grep -q "no tables" "$tmp/out"
check "the library is under XDG_DATA_HOME" test -f "$lib"

check "import QS (three header rows, BOM, CRLF)" status_is 0 "$cli" rankings import "$fx/qs-2026.csv" --publisher qs --year 2026
check "…headings found on row 3" grep -q "headings on row 3" "$tmp/out"
check "…the encoding named" grep -q "UTF-8 (BOM)" "$tmp/out"
check "…10 rows" grep -q "QS 2026 loaded into the ranking library: 10 rows (0 skipped)" "$tmp/out"
check "import THE JSON" status_is 0 "$cli" rankings import "$fx/the-2026.json" --publisher the --year 2026
check "import THE CSV by subject (tie column)" \
  status_is 0 "$cli" rankings import "$fx/the-2026-engineering.csv" --publisher the --year 2026 --subject Engineering
check "import ARWU (ISO-8859-1)" status_is 0 "$cli" rankings import "$fx/arwu-2025.csv" --publisher arwu --year 2025
check "…the damaged band reported with its row" grep -q "Row 9 (“Example Damaged Band Univ”): “901-100” is not a rank" "$tmp/out"
check "…and skipped" grep -q "7 rows (1 skipped)" "$tmp/out"
if [ "$have_xlsx" = 0 ]; then
  check "import XLSX" status_is 0 "$cli" rankings import "$fx/qs-2025-mechanical.xlsx" --publisher qs --year 2025 \
    --subject "Engineering - Mechanical, Aeronautical & Manufacturing"
else
  echo "ok $((n += 1)) # SKIP no libxlsxwriter"
fi
check "import with named columns" status_is 0 "$cli" rankings import "$fx/qs-2026.csv" --publisher qs --year 2025 \
  --column "rank=2025 RANK,name=Institution Name,country=Location Full"
check "…the blank previous-year ranks are skipped with their rows" grep -q "Row 8 (“The University of Arizona”) has no rank" "$tmp/out"
check "…remove that one again" status_is 0 "$cli" rankings remove "$("$cli" rankings list | grep "QS 2025	overall" | cut -f1)"
check "list: the tables" status_is 0 "$cli" rankings list
check "list: QS 2026 with its rows, file and date" grep -q "QS 2026.*overall.*10 rows.*qs-2026.csv.*20" "$tmp/out"
check "list: THE 2026 (Engineering) by subject" grep -q "THE 2026 (Engineering).*by subject" "$tmp/out"

# bad input: nothing stored
before=$(sha256sum "$lib")
printf 'Name,Budget\nAlpha,1\n' > "$tmp/notatable.csv"
check "not a ranking table: exit 2" status_is 2 "$cli" rankings import "$tmp/notatable.csv" --publisher qs --year 2026
check "…says so" grep -q "does not look like a ranking table" "$tmp/err"
: > "$tmp/empty.csv"
check "empty file: exit 2" status_is 2 "$cli" rankings import "$tmp/empty.csv" --publisher qs --year 2026
check "…says so" grep -q "empty" "$tmp/err"
truncate -s 100M "$tmp/huge.csv"
check "100 MB file: exit 2" status_is 2 "$cli" rankings import "$tmp/huge.csv" --publisher qs --year 2026
check "…too large" grep -q "too large" "$tmp/err"
printf 'Rank,Name\n\x00\x01\x02\x00\x00binary' > "$tmp/binary.csv"
check "unknown encoding: exit 2" status_is 2 "$cli" rankings import "$tmp/binary.csv" --publisher qs --year 2026
check "…says so" grep -q "encoding" "$tmp/err"
printf 'Rank,Name,Country\n1,Alpha Univ,DE\n2,Alpha Univ,DE\n' > "$tmp/dup.csv"
check "contradicting duplicate rows: exit 2" status_is 2 "$cli" rankings import "$tmp/dup.csv" --publisher qs --year 2026
check "…rows named" grep -q "Rows 2 and 3" "$tmp/err"
check "year not in the file's columns: exit 2" status_is 2 "$cli" rankings import "$fx/arwu-2025.csv" --publisher arwu --year 2023
check "…says which years" grep -q "2025, 2024" "$tmp/err"
check "no publisher: exit 2" status_is 2 "$cli" rankings import "$fx/qs-2026.csv" --year 2026
check "unknown publisher: exit 2" status_is 2 "$cli" rankings import "$fx/qs-2026.csv" --publisher times --year 2026
check "bad --column: exit 2" status_is 2 "$cli" rankings import "$fx/qs-2026.csv" --publisher qs --year 2026 --column rank
check "the library is unchanged" test "$before" = "$(sha256sum "$lib")"

# matching and verification of the examples
cp "$examples/caspian-tu-berlin.seriktes" "$examples/kyzylorda-arizona.seriktes" "$examples/taraz-mendeleev.seriktes" "$tmp/"
check "match: finds a disagreement (exit 1)" status_is 1 "$cli" rankings match "$tmp/caspian-tu-berlin.seriktes"
check "…TU Berlin in QS 2026" grep -q "QS 2026: 145 “Technische Universität Berlin (TU Berlin)”" "$tmp/out"
check "…in ARWU by its abbreviation" grep -q "ARWU 2025: 301-400 “Tech Univ Berlin”" "$tmp/out"
check "…the verification finding" grep -q "the entry says =145; QS 2026 says 145" "$tmp/out"
check "match --format json" status_is 0 "$cli" rankings match "$tmp/kyzylorda-arizona.seriktes" --format json
check "…is JSON with the candidates" python3 -c "
import json,sys
d=json.load(open('$tmp/out'))
p={x['name']:x for x in d['partners']}
a=p['The University of Arizona']
ranks=sorted(c['rank'] for t in a['tables'] for c in t['candidates'])
assert ranks==['101-150','=151','=178'], ranks
assert all(t['unambiguous'] for t in a['tables'] if t['candidates'])
"
check "match: Mendeleev in QS by a similar name" status_is 0 "$cli" rankings match "$tmp/taraz-mendeleev.seriktes"
check "…to be confirmed" grep -q "1001-1200 “D. Mendeleev University of Chemical Technology of Russia” (1:12, similar name, to be confirmed)" "$tmp/out"
check "check --rankings: the disagreement is a warning" status_is 0 "$cli" check --rankings --lang en "$tmp/caspian-tu-berlin.seriktes"
check "…with its message" grep -q "the entry says =145; QS 2026 says 145" "$tmp/out"
check "check without --rankings: not verified, nothing said" bash -c "! '$cli' check --lang en '$tmp/caspian-tu-berlin.seriktes' | grep -q 'QS 2026 says'"
check "match --format bad: exit 2" status_is 2 "$cli" rankings match "$tmp/taraz-mendeleev.seriktes" --format xml

# apply, with a confirmation remembered as an alias
check "apply: unambiguous matches written" status_is 0 "$cli" rankings apply "$tmp/kyzylorda-arizona.seriktes"
check "…5 entries" grep -q "5 ranking entries written" "$tmp/out"
check "…and now they agree" status_is 0 "$cli" rankings match "$tmp/kyzylorda-arizona.seriktes"
check "apply --confirm" status_is 0 "$cli" rankings apply "$tmp/taraz-mendeleev.seriktes" --confirm 2=1:12
check "…QS 2026 written by the alias" bash -c "'$cli' export-json '$tmp/taraz-mendeleev.seriktes' | grep -q 'QS 2026, file “qs-2026.csv”, row 12'"
check "the alias is remembered" status_is 0 "$cli" rankings match "$tmp/taraz-mendeleev.seriktes"
check "…as a confirmed alias" grep -q "(1:12, confirmed alias)" "$tmp/out"
check "apply --confirm of nothing: exit 2" status_is 2 "$cli" rankings apply "$tmp/taraz-mendeleev.seriktes" --confirm 99=1:12

# the partner finder
check "find --country DE" status_is 0 "$cli" rankings find --country DE
check "…TU Berlin first, with its three tables" grep -q "^1	Technische Universität Berlin (TU Berlin)	DE	ARWU 2025 301-400	QS 2026 145	THE 2026 =149" "$tmp/out"
check "find --top 100: none" bash -c "'$cli' rankings find --country DE --top 100 | wc -l | grep -qx 0"
check "find --subject" status_is 0 "$cli" rankings find --country DE --subject engineering
check "…Munich =45" grep -q "Technical University of Munich	DE	THE 2026 (Engineering) =45" "$tmp/out"
check "find --add --pick" status_is 0 "$cli" rankings find --country DE --name darmstadt --add "$tmp/kyzylorda-arizona.seriktes" --pick 1
check "…added" grep -q "added as a foreign partner" "$tmp/out"
check "find --add without --pick: exit 2" status_is 2 "$cli" rankings find --country DE --add "$tmp/kyzylorda-arizona.seriktes"

# remove
id=$("$cli" rankings list | grep "ARWU 2025" | cut -f1)
check "remove" status_is 0 "$cli" rankings remove "$id"
check "…gone" bash -c "! '$cli' rankings list | grep -q 'ARWU 2025'"
check "remove it again: exit 2" status_is 2 "$cli" rankings remove "$id"
check "remove nonsense: exit 2" status_is 2 "$cli" rankings remove abc

# a damaged library is refused and left as it is
printf 'garbage' > "$lib"
check "damaged library: exit 2" status_is 2 "$cli" rankings list
check "…left as it is" test "$(cat "$lib")" = "garbage"
check "unknown subcommand: exit 2" status_is 2 "$cli" rankings frobnicate

echo "1..$n"
[ "$failures" = 0 ]
