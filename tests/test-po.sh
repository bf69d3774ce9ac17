#!/usr/bin/env bash
# test-po.sh: the translations are complete (TAP output).
# Usage: test-po.sh SOURCE_ROOT
set -u
root=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
failures=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failures=$((failures + 1)); echo "not ok $n - $1"; shift; for l in "$@"; do echo "# $l"; done; }

cd "$root" || exit 1

# 1. Each catalogue is complete and valid.
for po in po/*.po; do
  stats=$(msgfmt --check --statistics -o /dev/null "$po" 2>&1)
  if [ $? = 0 ] && ! echo "$stats" | grep -qE "untranslated|fuzzy"; then
    ok "$po: $stats"
  else
    not_ok "$po is incomplete or invalid" "$stats"
  fi
done

# 2. Every source file with translatable strings is in POTFILES.in.
missing=""
for f in $(git ls-files 'src/*.c' 'ui/*.ui' 'data/*.in' 2>/dev/null || find src ui -name '*.c' -o -name '*.ui'); do
  if grep -qE '_\(|N_\(|C_\(|g_dngettext|TR[NC]? \(|translatable="yes"' "$f" && ! grep -qxF "$f" po/POTFILES.in; then
    missing="$missing $f"
  fi
done
if [ -z "$missing" ]; then ok "POTFILES.in lists every file with translatable strings"; else not_ok "missing from POTFILES.in:$missing"; fi

# 3. The catalogues cover the strings of the sources as they are now.
xgettext --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
  --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --keyword=TR --keyword=TRN:1,2 --keyword=sk_tr:2 --keyword=sk_ntr:2,3 \
  --keyword=TRC:1c,2 --keyword=sk_trc:2c,3 \
  --flag=g_dngettext:2:pass-c-format --flag=N_:1:pass-c-format \
  --files-from=po/POTFILES.in --directory="$root" -o "$tmp/fresh.pot" 2>"$tmp/xgettext.err"
if [ ! -s "$tmp/fresh.pot" ]; then
  not_ok "xgettext failed" "$(cat "$tmp/xgettext.err")"
else
  for po in po/*.po; do
    msgmerge --quiet --no-fuzzy-matching "$po" "$tmp/fresh.pot" -o "$tmp/merged.po" 2>/dev/null
    stats=$(msgfmt --statistics -o /dev/null "$tmp/merged.po" 2>&1)
    if echo "$stats" | grep -qE "untranslated|fuzzy"; then
      not_ok "$po lacks strings of the current sources" "$stats" \
        "$(msgattrib --untranslated "$tmp/merged.po" | grep '^msgid' | head -5)"
    else
      ok "$po covers the current sources"
    fi
  done
fi

echo "1..$n"
[ "$failures" = 0 ]
