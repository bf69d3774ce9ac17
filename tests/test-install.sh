#!/usr/bin/env bash
# test-install.sh: `meson install` into a temporary DESTDIR, then what was
# installed works from there, with nothing of the build tree (TAP output).
# Usage: test-install.sh MESON BUILD_ROOT SOURCE_ROOT APP_ID VERSION BINDIR DATADIR LOCALEDIR
# (BINDIR, DATADIR and LOCALEDIR absolute, as configured: under the prefix.)
set -u
meson=$1
build=$2
source=$3
id=$4
version=$5
bindir=$6
datadir=$7
localedir=$8

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dest=$tmp/dest
bin=$dest$bindir
share=$dest$datadir
examples=$share/seriktes/examples
n=0
failures=0

ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failures=$((failures + 1)); echo "not ok $n - $1"; shift; for l in "$@"; do echo "# $l"; done; }
skip() { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }
check() { local name=$1; shift; if "$@"; then ok "$name"; else not_ok "$name"; fi; }
has() { command -v "$1" >/dev/null 2>&1; }
# Runs a command with nothing pointing into the build tree, keeping its
# output in $tmp/out and $tmp/err; true when it exits with status $1.
status_is() {
  local want=$1; shift
  env -u SERIKTES_DATADIR -u SERIKTES_LOCALEDIR -u GSETTINGS_SCHEMA_DIR -u SK_EXAMPLES_DIR \
    "$@" >"$tmp/out" 2>"$tmp/err"
  [ $? = "$want" ]
}
export LC_ALL=C.UTF-8 LANGUAGE=en

# 1. The installation itself.
if "$meson" install -C "$build" --no-rebuild --destdir "$dest" >"$tmp/install.log" 2>&1; then
  ok "meson install --destdir"
else
  not_ok "meson install --destdir" "$(tail -n 20 "$tmp/install.log")"
  echo "1..$n"
  exit 1
fi

# 2. Everything is where it belongs, named after the application id.
for f in \
  "$bin/seriktes" \
  "$bin/seriktes-cli" \
  "$share/applications/$id.desktop" \
  "$share/metainfo/$id.metainfo.xml" \
  "$share/glib-2.0/schemas/$id.gschema.xml" \
  "$share/mime/packages/$id.xml" \
  "$share/icons/hicolor/scalable/apps/$id.svg" \
  "$share/icons/hicolor/symbolic/apps/$id-symbolic.svg" \
  "$share/seriktes/rules/kz-mshe-2024.ini" \
  "$examples/caspian-tu-berlin.seriktes" \
  "$examples/kyzylorda-arizona.seriktes" \
  "$examples/taraz-mendeleev.seriktes" \
  "$examples/caspian-tu-berlin.json"; do
  check "installed: ${f#"$dest"}" test -s "$f"
done
for lang in $(grep -v '^#' "$source/po/LINGUAS"); do
  check "installed: translation $lang" test -s "$dest$localedir/$lang/LC_MESSAGES/seriktes.mo"
done
check "the binaries are executable" test -x "$bin/seriktes" -a -x "$bin/seriktes-cli"

# 3. The installed programs run from the prefix, on the installed examples.
check "installed seriktes-cli check: a clean example, exit 0" \
  status_is 0 "$bin/seriktes-cli" check --year 2026 "$examples/caspian-tu-berlin.seriktes"
check "…the findings name their rule" grep -q "cooperation-service" "$tmp/out"
check "installed seriktes-cli check: an example with errors, exit 1" \
  status_is 1 "$bin/seriktes-cli" check --year 2026 "$examples/kyzylorda-arizona.seriktes"
check "…the error is reported" grep -q "^  Errors" "$tmp/out"
check "installed seriktes-cli check --rules with the installed rule set" \
  status_is 0 "$bin/seriktes-cli" check --year 2026 --rules "$share/seriktes/rules/kz-mshe-2024.ini" \
  "$examples/taraz-mendeleev.seriktes"
check "installed seriktes-cli info" status_is 0 "$bin/seriktes-cli" info "$examples/taraz-mendeleev.seriktes"
check "…shows the model" grep -q "model" "$tmp/out"
check "installed seriktes-cli check --format json" \
  status_is 0 "$bin/seriktes-cli" check --year 2026 --format json "$examples/caspian-tu-berlin.seriktes"
# The installed catalogues (the compiled-in LOCALEDIR is the prefix's, not
# yet populated under DESTDIR: point at the DESTDIR copy).
check "installed translations: check --lang kk speaks Kazakh" \
  bash -c "SERIKTES_LOCALEDIR='$dest$localedir' '$bin/seriktes-cli' check --lang kk --year 2026 \
    '$examples/kyzylorda-arizona.seriktes' | grep '\\[term\\]' | grep -q 'жыл'"
check "installed seriktes --version" status_is 0 "$bin/seriktes" --version
check "…prints the version" grep -qx "seriktes $version" "$tmp/out"

# 4. Nothing of the build tree is baked into the binaries: no absolute path
# of the source or build folder apart from the debugging information, no
# RUNPATH. (Source file names in assertions are relative, "../src/…", or
# "../../…/src/…" when the build folder is outside the source folder: those
# are not absolute and not matched.)
ere() { printf '%s' "$1" | sed 's/[][\\.*^$+?(){}|]/\\&/g'; }
absolute="(^|[^.])($(ere "$build")|$(ere "$source"))"
if has objcopy && has readelf && has strings; then
  for b in seriktes seriktes-cli; do
    objcopy --strip-debug "$bin/$b" "$tmp/$b.stripped"
    found=$(strings -n 4 "$tmp/$b.stripped" | grep -c -E "$absolute")
    if [ "$found" = 0 ]; then ok "$b: no path of the build tree"; else
      not_ok "$b: $found paths of the build tree" "$(strings -n 4 "$tmp/$b.stripped" | grep -E "$absolute" | head -n 3)"
    fi
    check "$b: no RPATH/RUNPATH" bash -c "! readelf -d '$bin/$b' | grep -qE 'R(UN)?PATH'"
  done
else
  skip "no path of the build tree in the binaries" "objcopy/readelf (binutils) not installed"
fi

# 5. The desktop file, the metainfo, the MIME package and the schema follow
# the application id.
desktop=$share/applications/$id.desktop
metainfo=$share/metainfo/$id.metainfo.xml
check "desktop: Exec=seriktes %F" grep -qx "Exec=seriktes %F" "$desktop"
check "desktop: Icon is the application id" grep -qx "Icon=$id" "$desktop"
check "desktop: declares application/x-seriktes" grep -qE '^MimeType=(.*;)?application/x-seriktes;' "$desktop"
check "desktop: translated (Comment[kk], Comment[ru])" \
  bash -c "grep -q '^Comment\\[kk\\]=' '$desktop' && grep -q '^Comment\\[ru\\]=' '$desktop'"
check "metainfo: the id is the application id" grep -q "<id>$id</id>" "$metainfo"
check "metainfo: launchable is the desktop file" grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo"
check "metainfo: the newest release is $version" \
  bash -c "grep -o '<release version=\"[^\"]*\"' '$metainfo' | head -n 1 | grep -q '\"$version\"'"
check "metainfo: screenshots exist in data/screenshots" bash -c "
  for u in \$(grep -o '>[^<]*/data/screenshots/[^<]*<' '$metainfo' | tr -d '<>'); do
    test -s '$source/data/screenshots/'\$(basename \"\$u\") || exit 1
  done
  grep -q '/data/screenshots/' '$metainfo'"
check "mime: application/x-seriktes with its glob" \
  bash -c "grep -q 'type=\"application/x-seriktes\"' '$share/mime/packages/$id.xml' && grep -q 'pattern=\"\\*.seriktes\"' '$share/mime/packages/$id.xml'"
schema_path="/$(echo "$id" | tr . /)/"
check "schema: id and path ($schema_path)" \
  bash -c "grep -q \"<schema id=\\\"$id\\\" path=\\\"$schema_path\\\"\" '$share/glib-2.0/schemas/$id.gschema.xml'"

if has glib-compile-schemas && has gsettings; then
  mkdir -p "$tmp/schemas"
  check "installed schema compiles (--strict)" \
    glib-compile-schemas --strict --targetdir "$tmp/schemas" "$share/glib-2.0/schemas"
  for kv in "window-width=1000" "window-height=760" "window-maximized=false" "recent-files=@as []" \
    "rule-set-file=''" "pdf-language=''" "color-scheme='default'"; do
    key=${kv%%=*}
    want=${kv#*=}
    got=$(GSETTINGS_BACKEND=memory gsettings --schemadir "$tmp/schemas" get "$id" "$key" 2>&1)
    if [ "$got" = "$want" ]; then ok "setting $key defaults to $want"; else not_ok "setting $key defaults to $want" "got: $got"; fi
  done
  got=$(GSETTINGS_BACKEND=memory gsettings --schemadir "$tmp/schemas" range "$id" pdf-language | tr '\n' ' ')
  check "setting pdf-language: choices '' kk ru en" test "$got" = "enum '' 'kk' 'ru' 'en' "
  check "setting color-scheme refuses other values" \
    bash -c "! GSETTINGS_BACKEND=memory gsettings --schemadir '$tmp/schemas' set '$id' color-scheme 'purple' 2>/dev/null"
else
  skip "installed schema compiles and gives the defaults" "glib-compile-schemas/gsettings not installed"
fi

# 6. The MIME type: the shared-mime-info database built from the installed
# package recognises a proposal by its content, also under a name without the
# extension, and a plain SQLite database is not taken for one.
xdg=$tmp/xdg
mkdir -p "$xdg/mime/packages" "$xdg/applications"
cp "$share/mime/packages/$id.xml" "$xdg/mime/packages/"
cp "$desktop" "$xdg/applications/"
cp "$examples/caspian-tu-berlin.seriktes" "$tmp/renamed-proposal"
cp "$examples/caspian-tu-berlin.seriktes" "$tmp/proposal.seriktes"
plain=""
if has sqlite3; then
  sqlite3 "$tmp/plain-database" "CREATE TABLE t (x); PRAGMA application_id = 1;" && plain=$tmp/plain-database
fi
if ! has update-mime-database; then
  skip "MIME type by content" "update-mime-database (shared-mime-info) not installed"
elif ! update-mime-database "$xdg/mime" >"$tmp/umd.log" 2>&1; then
  not_ok "update-mime-database accepts the package" "$(cat "$tmp/umd.log")"
else
  ok "update-mime-database accepts the package"
  export XDG_DATA_HOME=$xdg XDG_DATA_DIRS=/usr/local/share:/usr/share GIO_USE_VFS=local
  if has gio; then
    type_of() { gio info -a standard::content-type "$1" 2>/dev/null | sed -n 's/^ *standard::content-type: //p'; }
    got=$(type_of "$tmp/renamed-proposal")
    check "gio: a proposal without the extension is application/x-seriktes (got $got)" test "$got" = application/x-seriktes
    got=$(type_of "$tmp/proposal.seriktes")
    check "gio: a .seriktes proposal is application/x-seriktes (got $got)" test "$got" = application/x-seriktes
    if [ -n "$plain" ]; then
      got=$(type_of "$plain")
      check "gio: a plain SQLite database is not (got $got)" test "$got" = application/vnd.sqlite3
    else
      skip "gio: a plain SQLite database is not a proposal" "sqlite3 not installed"
    fi
    # As after a real installation (gnome.post_install runs
    # update-desktop-database): GIO finds the handler in mimeinfo.cache, and
    # only when the desktop file's Exec is on PATH.
    if has update-desktop-database; then
      update-desktop-database "$xdg/applications"
      check "gio: the installed desktop file handles application/x-seriktes" \
        bash -c "PATH='$bin':\"\$PATH\" gio mime application/x-seriktes 2>/dev/null | grep -qF '$id.desktop'"
    else
      skip "gio: the installed desktop file handles application/x-seriktes" "update-desktop-database (desktop-file-utils) not installed"
    fi
  else
    skip "gio: MIME type by content" "gio (libglib2.0-bin) not installed"
  fi
  if has xdg-mime && has gio; then
    # As in a GNOME session, where xdg-mime asks GIO.
    got=$(XDG_CURRENT_DESKTOP=GNOME xdg-mime query filetype "$tmp/renamed-proposal" 2>/dev/null)
    check "xdg-mime: a proposal without the extension is application/x-seriktes (got $got)" \
      test "$got" = application/x-seriktes
  else
    skip "xdg-mime: MIME type by content" "xdg-mime (xdg-utils) or gio not installed"
  fi
fi

# 7. The development profile: every file follows its own application id.
if "$meson" setup "$tmp/devel" "$source" -Dprofile=development >"$tmp/devel.log" 2>&1; then
  "$meson" introspect --installed "$tmp/devel" >"$tmp/devel.json" 2>>"$tmp/devel.log"
  dev=$id
  case $id in *.Devel) ;; *) dev=$id.Devel ;; esac
  for f in "applications/$dev.desktop" "metainfo/$dev.metainfo.xml" "glib-2.0/schemas/$dev.gschema.xml" \
    "mime/packages/$dev.xml" "icons/hicolor/scalable/apps/$dev.svg" "icons/hicolor/symbolic/apps/$dev-symbolic.svg"; do
    check "development profile installs $f" grep -qF "/$f\"" "$tmp/devel.json"
  done
  check "development profile: the desktop file's icon" grep -qx "Icon=$dev" "$tmp/devel/data/$dev.desktop.in"
  check "development profile: the schema's id and path" \
    grep -qF "<schema id=\"$dev\" path=\"/$(echo "$dev" | tr . /)/\">" "$tmp/devel/data/$dev.gschema.xml"
  check "development profile: the metainfo's id and launchable" \
    bash -c "grep -q '<id>$dev</id>' '$tmp/devel/data/$dev.metainfo.xml.in' && grep -q '>$dev.desktop<' '$tmp/devel/data/$dev.metainfo.xml.in'"
else
  not_ok "meson setup -Dprofile=development" "$(tail -n 20 "$tmp/devel.log")"
fi

echo "1..$n"
[ "$failures" = 0 ]
