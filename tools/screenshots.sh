#!/usr/bin/env bash
# Saves a screenshot of every page of the application, the record editors
# and the narrow (800 × 600) layout, in English, Kazakh and Russian, light
# and dark, under Xvfb: `ninja -C build screenshots`
# (or tools/screenshots.sh BUILD_DIR OUT_DIR).
set -eu
build=$(cd "${1:-build}" && pwd)
out=${2:-$build/screenshots}
mkdir -p "$out"
for lang in en kk ru; do
  for style in light dark; do
    dir="$out/$lang-$style"
    rm -rf "$dir"
    mkdir -p "$dir"
    env LANGUAGE=$lang LC_ALL=C.UTF-8 GSK_RENDERER=cairo GDK_BACKEND=x11 GTK_A11Y=test \
        GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data" \
        SERIKTES_DATADIR="$build/data" SERIKTES_LOCALEDIR="$build/po" \
        SK_EXAMPLES_DIR="$build/data/examples" SK_SCREENSHOT_DIR="$dir" \
        XDG_DATA_HOME="$build/tests/no-user-data" \
        $( [ $style = dark ] && echo SK_DARK=1 ) \
        xvfb-run -a -s '-screen 0 1280x1024x24' dbus-run-session -- \
        sh -c 'for t in "$@"; do "$t" >/dev/null || exit 1; done' sh \
          "$build/tests/test-ui" "$build/tests/test-record-editor" "$build/tests/test-field-row" \
          "$build/tests/test-record-list" "$build/tests/test-rankings-ui" "$build/tests/test-review-ui" "$build/tests/test-staff-ui" "$build/tests/test-plan-grid" \
          "$build/tests/test-inbox" "$build/tests/test-overview-page" "$build/tests/test-compliance-page" \
          "$build/tests/test-quick-entry"
    echo "$dir: $(ls "$dir" | wc -l) screenshots"
  done
done
