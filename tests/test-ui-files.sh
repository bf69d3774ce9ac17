#!/usr/bin/env bash
# test-ui-files.sh: gtk4-builder-tool validate over every .ui file (TAP).
# Usage: test-ui-files.sh SOURCE_ROOT [LIBADWAITA]
# LIBADWAITA: the library's file (meson passes it from pkg-config); found
# with pkg-config otherwise. Not with ldconfig: it is in /sbin, which is
# not on an ordinary user's PATH.
#
# The builder tool knows libadwaita's types when the library is preloaded
# (GtkBuilder finds adw_*_get_type() in the process), but it cannot look up
# the parent of a template class; a template is therefore checked as a
# plain object of its parent class, which validates all its content (an
# abstract GtkWidget parent as a GtkBox, which takes the same children; its signal handlers, which are the class's,
# left out). A page's parent SkPage (a GtkWidget) is checked as a GtkWidget.
set -u
root=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
failures=0

tool=$(command -v gtk4-builder-tool)
xvfb=$(command -v xvfb-run)
if [ -z "$tool" ] || [ -z "$xvfb" ]; then
  echo "1..0 # SKIP gtk4-builder-tool or xvfb-run is missing"
  exit 0
fi
# One X server for all the files (one each took a second apiece).
if [ -z "${SK_UI_FILES_XVFB:-}" ]; then
  SK_UI_FILES_XVFB=1 exec "$xvfb" -a "$0" "$@"
fi
adw=${2:-}
if [ -z "$adw" ] && libdir=$(pkg-config --variable=libdir libadwaita-1 2>/dev/null); then
  adw=$libdir/libadwaita-1.so.0
fi
if [ ! -f "$adw" ]; then
  echo "Bail out! libadwaita-1.so.0 not found (${adw:-no path}): pass it as the second argument"
  exit 1
fi

for ui in $(cd "$root" && find ui -name '*.ui' | sort); do
  n=$((n + 1))
  copy="$tmp/$(basename "$ui")"
  sed -E 's|parent="SkPage">|parent="GtkWidget">|; s|<template class="([A-Za-z]+)" parent="([A-Za-z]+)">|<object class="\2" id="\1">|; s|</template>|</object>|; s|<object class="GtkWidget" id=|<object class="GtkBox" id=|; /<signal /d' \
    "$root/$ui" > "$copy"
  if out=$(LD_PRELOAD="$adw" GDK_BACKEND=x11 GSK_RENDERER=cairo GTK_A11Y=none \
           "$tool" validate "$copy" 2>&1) && [ -z "$out" ]; then
    echo "ok $n - $ui"
  else
    failures=$((failures + 1))
    echo "not ok $n - $ui"
    echo "$out" | sed 's/^/# /'
  fi
done
echo "1..$n"
[ "$failures" = 0 ]
