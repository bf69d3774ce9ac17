#!/usr/bin/env bash
# test-cli.sh: seriktes-cli as a user runs it (TAP output).
# Usage: test-cli.sh CLI EXAMPLES_SOURCE_DIR EXAMPLES_BUILD_DIR
set -u
cli=$1
src=$2
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
n=0
failures=0

ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failures=$((failures + 1)); echo "not ok $n - $1"; }
check() { local name=$1; shift; if "$@"; then ok "$name"; else not_ok "$name"; fi; }
status_is() { local want=$1; shift; "$@" >"$tmp/out" 2>"$tmp/err"; [ $? = "$want" ]; }

# Every example: import, export, and the export is the committed JSON itself;
# then import of that export gives the same again.
for json in "$src"/*.json; do
  name=$(basename "$json" .json)
  check "$name: import" status_is 0 "$cli" import-json "$json" -o "$tmp/$name.seriktes"
  check "$name: export is identical to the source" \
    bash -c "'$cli' export-json '$tmp/$name.seriktes' -o '$tmp/$name.out.json' && cmp -s '$json' '$tmp/$name.out.json'"
  check "$name: export → import → export is identical" \
    bash -c "'$cli' import-json '$tmp/$name.out.json' -o '$tmp/$name.2.seriktes' && '$cli' export-json '$tmp/$name.2.seriktes' | cmp -s - '$tmp/$name.out.json'"
  check "$name: info" status_is 0 "$cli" info "$tmp/$name.seriktes"
  check "$name: info shows the model" grep -q "model" "$tmp/out"
done

first=$(ls "$src"/*.json | head -n 1)
check "import refuses to overwrite" status_is 2 "$cli" import-json "$first" -o "$tmp/$(basename "$first" .json).seriktes"
check "the refusal says why" grep -q -- "--force" "$tmp/err"
check "import --force overwrites" status_is 0 "$cli" import-json "$first" -o "$tmp/$(basename "$first" .json).seriktes" --force

printf '{"format":"seriktes-proposal","version":1,"proposal":{"status":"draft"},"staff":[{"id":1,"name":"A","side":"alien","fte_milli":1}]}' > "$tmp/bad.json"
check "bad JSON: exit 2" status_is 2 "$cli" import-json "$tmp/bad.json" -o "$tmp/bad.seriktes"
check "bad JSON: the path is named" grep -q 'staff\[0\].side' "$tmp/err"
check "bad JSON: nothing written" test ! -e "$tmp/bad.seriktes"
check "bad JSON: no temporary file left" bash -c "[ -z \"\$(ls -A '$tmp' | grep '^\\.')\" ]"

# Hostile inputs (the reliability review of 2026-12): no crash, no wait,
# no unbounded read; exit 2 with the reason.
{ printf '/*"*/['; head -c 150000 /dev/zero | tr '\0' '['; } > "$tmp/hidden-nesting.json"
check "JSON nesting hidden behind a comment: exit 2" status_is 2 "$cli" import-json "$tmp/hidden-nesting.json" -o "$tmp/hn.seriktes"
check "…comments are named" grep -q "comments" "$tmp/err"
ln -s /dev/zero "$tmp/zero.json"
check "a symbolic link to /dev/zero as JSON: exit 2" status_is 2 timeout 20 "$cli" import-json "$tmp/zero.json" -o "$tmp/z.seriktes"
check "…not a regular file" grep -q "not a regular file" "$tmp/err"
mkfifo "$tmp/fifo.json"
check "a FIFO as JSON: exit 2 at once" status_is 2 timeout 20 "$cli" import-json "$tmp/fifo.json" -o "$tmp/f.seriktes"
check "a FIFO as a rule set: exit 2 at once" status_is 2 timeout 20 "$cli" check --rules "$tmp/fifo.json" "$3/caspian-tu-berlin.seriktes"
printf '[Rule Set]\nName=\\q\\\nVersion=1\n' > "$tmp/escape.ini"
check "a rule set with a bad escape: exit 2, no GLib warning" \
  status_is 2 env G_DEBUG=fatal-warnings "$cli" check --rules "$tmp/escape.ini" "$3/caspian-tu-berlin.seriktes"
check "…the escape is named" grep -q 'escape sequence' "$tmp/err"

printf 'not a proposal' > "$tmp/junk.seriktes"
check "info on junk: exit 2" status_is 2 "$cli" info "$tmp/junk.seriktes"
check "info on junk: message on stderr" grep -q "junk.seriktes" "$tmp/err"
check "info on a missing file: exit 2" status_is 2 "$cli" info "$tmp/missing.seriktes"
check "info on a folder: exit 2" status_is 2 "$cli" info "$tmp"
check "export-json on junk: exit 2" status_is 2 "$cli" export-json "$tmp/junk.seriktes"
check "info on one good and one bad file: exit 2" \
  status_is 2 "$cli" info "$tmp/$(basename "$first" .json).seriktes" "$tmp/junk.seriktes"
check "…and the good one is still shown" grep -q "model" "$tmp/out"

cp "$tmp/$(basename "$first" .json).seriktes" "$tmp/ro.seriktes"
chmod 0444 "$tmp/ro.seriktes"
check "info on a read-only file works" status_is 0 "$cli" info "$tmp/ro.seriktes"

# check: exit status by what was found, every file checked.
ex=$3
check "check clean example: exit 0" status_is 0 "$cli" check --year 2026 "$ex/caspian-tu-berlin.seriktes"
check "check: text names the rule" grep -q "cooperation-service" "$tmp/out"
check "check warnings example: exit 0" status_is 0 "$cli" check --year 2026 "$ex/taraz-mendeleev.seriktes"
check "check: warnings are grouped" grep -q "^  Warnings" "$tmp/out"
check "check: references are shown" grep -q "Methodological Recommendations, ch. 3, area 5" "$tmp/out"
check "check errors example: exit 1" status_is 1 "$cli" check --year 2026 "$ex/kyzylorda-arizona.seriktes"
check "check: errors come first" bash -c "grep -m1 -E '^  (Errors|Warnings|Notes)' '$tmp/out' | grep -q Errors"
check "check all examples: exit 1" status_is 1 "$cli" check --year 2026 "$ex"/*.seriktes
check "check a junk file with the others: exit 2" status_is 2 "$cli" check --year 2026 "$ex/caspian-tu-berlin.seriktes" "$tmp/junk.seriktes"
check "…the good one is still checked" grep -q "caspian-tu-berlin.seriktes: 0 errors" "$tmp/out"
check "…the bad one is reported" grep -q "junk.seriktes" "$tmp/err"
check "check --format json with a junk file: exit 2" status_is 2 "$cli" check --year 2026 --format json "$ex"/*.seriktes "$tmp/junk.seriktes" -l en
cp "$tmp/out" "$tmp/check.json"
check "check --format json gives valid JSON" python3 -c "
import json, sys
d = json.load(open('$tmp/check.json'))
assert d['format'] == 'seriktes-check' and d['version'] == 1 and d['year'] == 2026
files = {f['file'].rsplit('/', 1)[-1]: f for f in d['files']}
assert files['junk.seriktes']['error']['code'] == 'not-proposal'
k = files['kyzylorda-arizona.seriktes']
assert k['errors'] == 2 and k['warnings'] == 1, k
ids = [(x['id'], x['severity'], x['record']['kind'], x['record']['id']) for x in k['findings']]
assert ids[0] == ('term', 'error', 'proposal', 1), ids
assert ('ranking', 'warning', 'institution', 3) in ids, ids
assert files['caspian-tu-berlin.seriktes']['warnings'] == 0
assert all(x['reference'] and x['message'] for f in d['files'] if 'findings' in f for x in f['findings'])
"
printf '[Rule Set]\nName=x\nVersion=1\n[Ranking]\nCutOf=500\n' > "$tmp/bad.ini"
check "check --rules with a typo: exit 2" status_is 2 "$cli" check --rules "$tmp/bad.ini" "$ex/caspian-tu-berlin.seriktes"
check "…the message names the key and line" grep -q "line 5.*CutOf" "$tmp/err"
check "check --rules missing file: exit 2" status_is 2 "$cli" check --rules "$tmp/none.ini" "$ex/caspian-tu-berlin.seriktes"
sed 's/^MinimumYears=5/MinimumYears=3/' "$src/../rules/kz-mshe-2024.ini" > "$tmp/lenient.ini"
check "check --rules with a 3-year minimum: the 4-year term passes" \
  bash -c "'$cli' check --year 2026 --rules '$tmp/lenient.ini' '$ex/kyzylorda-arizona.seriktes' | grep -qv '\[term\]'; ! '$cli' check --year 2026 --rules '$tmp/lenient.ini' '$ex/kyzylorda-arizona.seriktes' | grep -q '\[term\]'"
check "check --format xml: exit 2" status_is 2 "$cli" check --format xml "$ex/caspian-tu-berlin.seriktes"
check "check --lang de: exit 2" status_is 2 "$cli" check --lang de "$ex/caspian-tu-berlin.seriktes"
check "check --help" status_is 0 "$cli" check --help
check "check --help shows the exit status" grep -q "Exit status" "$tmp/out"

# The findings in Kazakh and Russian (the build's translations).
check "check --lang kk" status_is 1 "$cli" check --year 2026 --lang kk "$ex/kyzylorda-arizona.seriktes"
check "…the counts are in Kazakh" grep -q "2 қате" "$tmp/out"
check "…the term finding is in Kazakh" grep -q "кемінде 5 жыл" "$tmp/out"
check "…the reference is in Kazakh" grep -q "Әдістемелік ұсынымдар" "$tmp/out"
check "LANGUAGE=ru" status_is 1 env LANGUAGE=ru "$cli" check --year 2026 "$ex/kyzylorda-arizona.seriktes"
check "…the findings are in Russian" grep -q "Методические рекомендации" "$tmp/out"
check "…with plural forms" grep -q "2 ошибки, 1 предупреждение" "$tmp/out"
check "LANGUAGE=kk info" status_is 0 env LANGUAGE=kk "$cli" info "$ex/taraz-mendeleev.seriktes"
check "…the labels are in Kazakh" grep -q "Тараз" "$tmp/out"

# The review workflow.
cp "$ex/taraz-mendeleev.seriktes" "$tmp/review.seriktes"
check "review of a draft is refused: exit 2" status_is 2 "$cli" review "$tmp/review.seriktes" --decision approve --by Reviewer
check "…saying why" grep -q "cannot become" "$tmp/err"
check "submit: exit 0" status_is 0 "$cli" submit "$tmp/review.seriktes" --by "Strategy department"
fp=$(cat "$tmp/out")
check "submit prints the fingerprint" test "${#fp}" = 64
check "fingerprint: exit 0, the same" bash -c "'$cli' fingerprint '$tmp/review.seriktes' | grep -qx '$fp'"
check "info shows the fingerprint as matching" bash -c "'$cli' info '$tmp/review.seriktes' | grep -q '$fp (matches the content)'"
check "submit twice: exit 2" status_is 2 "$cli" submit "$tmp/review.seriktes" --by X
check "review --decision return: exit 0" status_is 0 "$cli" review "$tmp/review.seriktes" --decision return --by Reviewer --note "Lower the foreign share"
check "info shows the status" bash -c "'$cli' info '$tmp/review.seriktes' | grep -q 'Returned for revision'"
check "review without --by: exit 2" status_is 2 "$cli" review "$tmp/review.seriktes" --decision approve
cp "$ex/caspian-tu-berlin.seriktes" "$tmp/tampered.seriktes"
"$cli" submit "$tmp/tampered.seriktes" --by U >/dev/null
if command -v sqlite3 >/dev/null; then
  sqlite3 "$tmp/tampered.seriktes" "UPDATE staff_member SET fte_milli = 1000 WHERE id = 1; UPDATE staff_member SET fte_milli = 250 WHERE id = 2;"
  check "content changed with sqlite3: fingerprint exit 1" status_is 1 "$cli" fingerprint "$tmp/tampered.seriktes"
  check "…saying so" grep -q "no longer matches" "$tmp/err"
  check "…and info says so" bash -c "'$cli' info '$tmp/tampered.seriktes' | grep -q 'no longer matches'"
  check "…and a decision on it is refused" status_is 2 "$cli" review "$tmp/tampered.seriktes" --decision approve --by R
fi
check "diff of an example with itself: exit 0" status_is 0 "$cli" diff "$ex/caspian-tu-berlin.seriktes" "$ex/caspian-tu-berlin.seriktes"
check "diff of two examples: exit 1" status_is 1 "$cli" diff "$ex/caspian-tu-berlin.seriktes" "$ex/taraz-mendeleev.seriktes"
check "diff --format json" bash -c "'$cli' diff --format json '$ex/kyzylorda-arizona.seriktes' '$ex/taraz-mendeleev.seriktes' | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d[\"format\"]==\"seriktes-diff\" and d[\"changes\"]'"
check "diff with one file: exit 2" status_is 2 "$cli" diff "$ex/caspian-tu-berlin.seriktes"

# The history in info; withdrawal; the acknowledgement of a mismatch.
check "info prints the history" bash -c "'$cli' info '$tmp/review.seriktes' > '$tmp/info'"
check "…the submission with what remained" grep -q "Submitted with 0 errors and 5 warnings remaining — Strategy department" "$tmp/info"
check "…the decision" grep -q "Decision: Returned for revision — Reviewer" "$tmp/info"
check "…and its note" grep -q "Lower the foreign share" "$tmp/info"
check "LANGUAGE=ru info: the history in Russian" bash -c "env LANGUAGE=ru '$cli' info '$tmp/review.seriktes' | grep -q 'Решение: Возвращена на доработку'"
check "…with the date as Russian writes it" bash -c "env LANGUAGE=ru '$cli' info '$tmp/review.seriktes' | grep -qE '[0-9]{4}.г\., [0-9]{2}:[0-9]{2}  Подана'"
check "review --withdraw without a reason: exit 2" status_is 2 "$cli" review "$tmp/review.seriktes" --withdraw --by Reviewer
check "review --withdraw --note: exit 0" status_is 0 "$cli" review "$tmp/review.seriktes" --withdraw --by Reviewer --note "Too early"
check "…the history says so" bash -c "'$cli' info '$tmp/review.seriktes' | grep -q 'Decision withdrawn; under review again — Reviewer'"
if command -v sqlite3 >/dev/null; then
  check "review --start on a changed file: exit 2" status_is 2 "$cli" review "$tmp/tampered.seriktes" --start --by R
  check "…asking for an acknowledgement" grep -q "Acknowledge this explicitly" "$tmp/err"
  check "review --start --acknowledge-mismatch: exit 0" status_is 0 "$cli" review "$tmp/tampered.seriktes" --start --by R --acknowledge-mismatch
  check "…recorded in the history" bash -c "'$cli' info '$tmp/tampered.seriktes' | grep -q 'Review started (acknowledged that the content no longer matched its fingerprint) — R'"
  # A history that cannot have happened: said so, nothing changed.
  cp "$ex/caspian-tu-berlin.seriktes" "$tmp/forged.seriktes"
  sqlite3 "$tmp/forged.seriktes" "INSERT INTO decision (id, decision, decided_by, decided_at) VALUES (1, 'approve', 'Nobody', '2026-12-01T10:00:00Z');"
  check "a forged decision: info says the history cannot have happened" bash -c "'$cli' info '$tmp/forged.seriktes' | grep -q 'cannot have happened'"
  check "…submit refuses it: exit 2" status_is 2 "$cli" submit "$tmp/forged.seriktes" --by U
  check "…check --format csv marks it" bash -c "'$cli' check --format csv '$tmp/forged.seriktes' | grep -q 'History impossible'"
fi

# The comparison as a reviewer reads it.
cp "$ex/kyzylorda-arizona.seriktes" "$tmp/v1.seriktes"
cp "$ex/kyzylorda-arizona.seriktes" "$tmp/v2.seriktes"
if command -v sqlite3 >/dev/null; then
  sqlite3 "$tmp/v2.seriktes" "UPDATE programme SET diplomas = 2, history_discipline = 0 WHERE id = 5;"
  check "diff of two versions: exit 1" status_is 1 "$cli" diff --year 2026 "$tmp/v1.seriktes" "$tmp/v2.seriktes"
  check "…a yes/no as a word" grep -q "History of Kazakhstan: Yes → No" "$tmp/out"
  check "…the change in compliance" grep -q "2 errors, 1 warning → 1 error, 2 warnings" "$tmp/out"
  check "…the finding resolved" grep -q "issues 1 diploma" "$tmp/out"
  check "diff --format json: version 2 with the compliance" bash -c "'$cli' diff --year 2026 --format json '$tmp/v1.seriktes' '$tmp/v2.seriktes' | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d[\"version\"]==2 and len(d[\"compliance\"][\"resolved\"])==1 and d[\"changes\"][0][\"fields\"]'"
fi

# Many proposals: a CSV line each, a damaged one with its reason.
printf 'not a proposal' > "$tmp/damaged.seriktes"
check "check --format csv over the examples and a damaged file: exit 2" status_is 2 "$cli" check --format csv --year 2026 "$ex/caspian-tu-berlin.seriktes" "$ex/kyzylorda-arizona.seriktes" "$ex/taraz-mendeleev.seriktes" "$tmp/damaged.seriktes"
check "…a header and four lines" test "$(wc -l < "$tmp/out")" = 5
check "…the header" bash -c "head -1 '$tmp/out' | grep -q '^file,title,applicant,model,status,errors,warnings,notes,fingerprint,last_event,last_event_by,last_event_at,problem'"
cat > "$tmp/check_csv.py" <<'PYEOF'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert len(rows) == 5 and all(len(r) == 13 for r in rows), rows
by = {r[0].rsplit("/", 1)[-1]: r for r in rows[1:]}
assert by["kyzylorda-arizona.seriktes"][5:8] == ["2", "1", "1"], by
assert by["taraz-mendeleev.seriktes"][5:8] == ["0", "5", "1"], by
assert by["caspian-tu-berlin.seriktes"][4] == "Draft" and by["caspian-tu-berlin.seriktes"][8] == "Not submitted"
assert by["damaged.seriktes"][1:12] == [""] * 11 and "not a Seriktes proposal" in by["damaged.seriktes"][12]
PYEOF
check "…13 fields a line, one line per proposal" python3 "$tmp/check_csv.py" "$tmp/out"
check "…the damaged one on stderr too" grep -q "damaged.seriktes" "$tmp/err"
check "check --format csv in Kazakh" bash -c "'$cli' check --format csv --lang kk '$ex/taraz-mendeleev.seriktes' | grep -q 'Тараз'"

check "no command: exit 2" status_is 2 "$cli"
check "unknown command: exit 2" status_is 2 "$cli" frobnicate
check "--help: exit 0" status_is 0 "$cli" --help
for cmd in info export-json import-json; do
  check "$cmd --help" status_is 0 "$cli" "$cmd" --help
  check "$cmd --help shows usage" grep -q "$cmd" "$tmp/out"
done
check "import-json without -o: exit 2" status_is 2 "$cli" import-json "$first"

echo "1..$n"
[ "$failures" = 0 ]
