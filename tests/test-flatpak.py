#!/usr/bin/env python3
"""test-flatpak.py: the Flatpak manifests are sound on paper (TAP output).

They cannot be built here (no network to the Flatpak repositories), so this
checks what can go wrong without building: valid JSON, the GNOME runtime, the
modules, a sandbox limited to what a document application needs, and every
downloaded source pinned by its sha256.

Usage: test-flatpak.py FLATPAK_DIR APP_ID
"""
import json
import re
import sys
from pathlib import Path

flatpak_dir = Path(sys.argv[1])
base_id = sys.argv[2].removesuffix(".Devel")
n = 0
failures = 0


def check(name, cond, *details):
    global n, failures
    n += 1
    if cond:
        print(f"ok {n} - {name}")
    else:
        failures += 1
        print(f"not ok {n} - {name}")
        for d in details:
            print(f"# {d}")


def sources_of(module):
    for source in module.get("sources", []):
        if isinstance(source, dict):
            yield source


# GTK >= 4.8 and libadwaita >= 1.2 came with GNOME 43.
MIN_RUNTIME = 43
NEEDED_ARGS = {"--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"}
# Files come through the portal (GtkFileChooserNative); nothing else is needed.
FORBIDDEN = re.compile(
    r"^--(filesystem=(home|host|host-os|host-etc|~|/)|socket=x11$|share=network$|"
    r"talk-name=org\.freedesktop\.Flatpak$|device=all$)"
)

manifests = {p.name: p for p in flatpak_dir.glob("*.json")}
expected = {f"{base_id}.json", f"{base_id}.Devel.json"}
check(f"manifests {sorted(expected)} exist", expected <= set(manifests), f"found: {sorted(manifests)}")

for name, path in sorted(manifests.items()):
    try:
        m = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        check(f"{name}: valid JSON", False, str(e))
        continue
    check(f"{name}: valid JSON", True)
    app_id = m.get("id") or m.get("app-id")
    check(f"{name}: the id is the file's name", app_id == path.stem, f"id: {app_id}")
    check(f"{name}: runtime org.gnome.Platform, sdk org.gnome.Sdk",
          m.get("runtime") == "org.gnome.Platform" and m.get("sdk") == "org.gnome.Sdk")
    version = str(m.get("runtime-version", ""))
    check(f"{name}: runtime version {version} has GTK >= 4.8 and libadwaita >= 1.2",
          version.isdigit() and int(version) >= MIN_RUNTIME)
    check(f"{name}: command seriktes", m.get("command") == "seriktes")

    args = m.get("finish-args", [])
    check(f"{name}: finish-args give wayland, fallback-x11, ipc and dri", NEEDED_ARGS <= set(args),
          f"finish-args: {args}")
    bad = [a for a in args if FORBIDDEN.match(a)]
    check(f"{name}: no home, host, network or plain X11 access", not bad, f"forbidden: {bad}")
    check(f"{name}: nothing beyond what a document application needs", set(args) <= NEEDED_ARGS,
          f"extra: {sorted(set(args) - NEEDED_ARGS)}")

    modules = [mod for mod in m.get("modules", []) if isinstance(mod, dict)]
    names = [mod.get("name") for mod in modules]
    check(f"{name}: modules libharu, then seriktes", names == ["libharu", "seriktes"], f"modules: {names}")
    check(f"{name}: json-glib is the runtime's, not a module", "json-glib" not in names)
    by_name = {mod.get("name"): mod for mod in modules}

    haru = by_name.get("libharu", {})
    check(f"{name}: libharu built with cmake, shared", haru.get("buildsystem", "").startswith("cmake")
          and "-DBUILD_SHARED_LIBS=ON" in haru.get("config-opts", []))
    haru_src = list(sources_of(haru))
    check(f"{name}: libharu from a pinned 2.4.x release archive",
          len(haru_src) == 1 and haru_src[0].get("type") == "archive"
          and re.fullmatch(r"https://github\.com/libharu/libharu/archive/refs/tags/v2\.4\.\d+\.tar\.gz",
                           haru_src[0].get("url", "")) is not None,
          f"sources: {haru_src}")

    app = by_name.get("seriktes", {})
    check(f"{name}: seriktes built with meson", app.get("buildsystem") == "meson")
    check(f"{name}: seriktes from this repository",
          [s.get("type") for s in sources_of(app)] == ["dir"]
          and [s.get("path") for s in sources_of(app)] == [".."])
    profile = "development" if app_id and app_id.endswith(".Devel") else "default"
    check(f"{name}: built with -Dprofile={profile}", f"-Dprofile={profile}" in app.get("config-opts", []),
          f"config-opts: {app.get('config-opts')}")

    unpinned = []
    for mod in modules:
        for s in sources_of(mod):
            if s.get("type") in ("archive", "file") and "url" in s:
                if not re.fullmatch(r"[0-9a-f]{64}", s.get("sha256", "")) or not s["url"].startswith("https://"):
                    unpinned.append(s.get("url"))
            elif s.get("type") == "git" and not re.fullmatch(r"[0-9a-f]{40}", s.get("commit", "")):
                unpinned.append(s.get("url"))
    check(f"{name}: every download is https and pinned by sha256 (or commit)", not unpinned,
          f"unpinned: {unpinned}")

print(f"1..{n}")
sys.exit(1 if failures else 0)
