#!/usr/bin/env bash
# test-cli.sh: seriktes-cli as a user runs it (TAP output).
# Usage: test-cli.sh CLI EXAMPLES_SOURCE_DIR
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
