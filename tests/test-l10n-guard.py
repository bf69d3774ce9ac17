#!/usr/bin/env python3
"""test-l10n-guard.py SOURCE_ROOT: messages that a translator can get right (TAP).

A scan of the sources (po/POTFILES.in) for the two faults that no
translation can repair:

1. A number in a message that is not a plural message. "%d years" is wrong
   in Russian for 1, 2-4, 21-24 … unless the message goes through
   ngettext / TRN / sk_ntr. A number directive (%d, %u, %lld, %g …, and a %s
   whose argument is a number formatted beforehand) is allowed in an
   ordinary message only when a comment for translators ("TRANSLATORS: …",
   extracted as #.) says what the number is, so that the translator can
   write it where no noun agrees with it ("Line %u", "%d %%",
   "foreigners — %u").

2. A sentence built from translated pieces: g_strconcat () over translated
   strings, or a printf-style call whose format is not translated but has
   words or sentence punctuation of its own around the pieces it joins
   ("%s: %s. %s (%s)."). A label and its value ("%s: %s") is not a
   sentence; other layouts that are not sentences (a usage text) may say so
   in a comment containing "L10N-LAYOUT:" on one of the three lines above
   the call.

Messages are read with xgettext, with the keywords of po/meson.build; the
arguments of the calls are read with a small tokenizer (string literals,
comments and brackets), which is enough for this code base.
"""
import os
import re
import subprocess
import sys
import tempfile

KEYWORDS = ["_", "N_", "C_:1c,2", "NC_:1c,2", "g_dngettext:2,3", "g_dpgettext2:2c,3",
            "TR", "TRN:1,2", "TRC:1c,2", "sk_tr:2", "sk_ntr:2,3", "sk_trc:2c,3"]
TRANSLATED_CALLS = {"_", "N_", "C_", "NC_", "TR", "TRN", "TRC", "sk_tr", "sk_ntr", "sk_trc",
                    "g_dngettext", "g_dpgettext2", "ngettext", "gettext", "g_dgettext"}
PRINTF_CALLS = {"g_strdup_printf": 0, "g_string_append_printf": 1, "g_string_printf": 1,
                "printf": 0, "fprintf": 1, "g_print": 0, "g_printerr": 0, "g_snprintf": 2,
                "snprintf": 2, "g_set_error": 3, "sk_check_add": 4}
# Functions that return a number as text: a %s fed by one of them is a number.
NUMBER_TEXT = {"sk_format_percent", "sk_format_fixed", "sk_format_money",
               "sk_check_share_text", "sk_check_percent_text", "sk_field_format",
               "sk_format_int", "sk_format_number"}
NUMBER_DIRECTIVE = re.compile(r"%(?:\d+\$)?[-+ #0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|j|z|t|L|q)?[diouxXeEfFgGaA]")
DIRECTIVE = re.compile(r"%(?:\d+\$)?[-+ #0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|j|z|t|L|q)?([diouxXeEfFgGaAcsp%])")
# The comment says what the number is.
EXPLAINED = re.compile(r"number|plural|per ?cent|percentage|count|year|label|version|page|line|"
                       r"format|\bids?\b|identifier|code|digit|limit|minimum|maximum|rank", re.I)

n = 0
failures = 0


def report(ok, name, details=()):
    global n, failures
    n += 1
    if ok:
        print(f"ok {n} - {name}")
    else:
        failures += 1
        print(f"not ok {n} - {name}")
        for d in details:
            print(f"# {d}")


# ---- 1. numbers in messages ----

def unquote(s):
    return bytes(s, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")


def read_pot(path):
    entries = []
    entry = None
    field = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            entry = None
            continue
        if entry is None:
            entry = {"comments": [], "refs": [], "flags": "", "msgid": "", "msgid_plural": None}
            entries.append(entry)
        if line.startswith("#."):
            entry["comments"].append(line[2:].strip())
        elif line.startswith("#:"):
            entry["refs"].extend(line[2:].split())
        elif line.startswith("#,"):
            entry["flags"] += line[2:]
        elif line.startswith("msgid_plural "):
            field = "msgid_plural"
            entry[field] = unquote(line[len("msgid_plural "):][1:-1])
        elif line.startswith("msgid "):
            field = "msgid"
            entry[field] = unquote(line[len("msgid "):][1:-1])
        elif line.startswith("msgctxt ") or line.startswith("msgstr"):
            field = None
        elif line.startswith('"') and field:
            entry[field] += unquote(line[1:-1])
    return [e for e in entries if e["msgid"]]


def translator_comment(entry):
    text = " ".join(entry["comments"])
    return text if re.search(r"translators?:", text, re.I) else ""


# ---- a small C reader ----

TOKEN = re.compile(r'''
    (?P<comment>/\*.*?\*/|//[^\n]*)
  | (?P<string>"(?:\\.|[^"\\\n])*")
  | (?P<char>'(?:\\.|[^'\\\n])+')
  | (?P<ident>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<punct>[(),;{}\[\]])
  | (?P<other>\S)
''', re.S | re.X)


def tokens(source):
    out = []
    for m in TOKEN.finditer(source):
        kind = m.lastgroup
        out.append((kind, m.group(kind), source.count("\n", 0, m.start()) + 1))
    return out


def call_args(toks, i):
    """The arguments of the call whose '(' is toks[i], as token lists."""
    depth = 0
    args = [[]]
    j = i
    while j < len(toks):
        kind, text, _ = toks[j]
        if kind == "comment":
            j += 1
            continue
        if text in "([{" and kind == "punct":
            depth += 1
            if depth > 1:
                args[-1].append(toks[j])
        elif text in ")]}" and kind == "punct":
            depth -= 1
            if depth == 0:
                return args, j
            args[-1].append(toks[j])
        elif text == "," and depth == 1:
            args.append([])
        else:
            args[-1].append(toks[j])
        j += 1
    return args, j


def literal(arg):
    """The string of an argument made only of string literals, else None."""
    if arg and all(k == "string" for k, _, _ in arg):
        return "".join(unquote(t[1:-1]) for _, t, _ in arg)
    return None


def translated(arg):
    """The message of a translated argument (_("…"), TRN ("…", "…", n) …)."""
    if len(arg) >= 2 and arg[0][0] == "ident" and arg[0][1] in TRANSLATED_CALLS and arg[1][1] == "(":
        return True
    return False


def first_call(arg):
    for k, (kind, text, _) in enumerate(arg[:-1]):
        if kind == "ident" and arg[k + 1][1] == "(":
            return text
    return None


def scan_file(path, rel, number_messages, concatenations):
    source = open(path, encoding="utf-8").read()
    toks = tokens(source)
    lines = source.split("\n")
    code = [t for t in toks if t[0] != "comment"]
    # Variables holding a number as text: x = sk_format_int (…).
    number_vars = set()
    for k in range(len(code) - 3):
        if code[k][0] == "ident" and code[k + 1][1] == "=" and code[k + 2][1] in NUMBER_TEXT:
            number_vars.add(code[k][1])
    for k in range(len(code) - 1):
        kind, name, line = code[k]
        if kind != "ident" or code[k + 1][1] != "(":
            continue
        if name == "g_strconcat":
            args, _ = call_args(code, k + 1)
            if any(translated(a) for a in args) and not layout_note(lines, line):
                concatenations.append(f"{rel}:{line}: g_strconcat () of translated pieces")
            continue
        if name not in PRINTF_CALLS:
            continue
        args, _ = call_args(code, k + 1)
        fmt_index = PRINTF_CALLS[name]
        if len(args) <= fmt_index:
            continue
        fmt = args[fmt_index]
        rest = args[fmt_index + 1:]
        text = literal(fmt)
        if text is not None:
            # An untranslated format: a sentence of its own around translated pieces?
            own = DIRECTIVE.sub("", text)
            pieces = len([d for d in DIRECTIVE.findall(text) if d != "%"])
            if (pieces >= 2 and re.search(r"[^\W\d_]|[.;()]", own) and
                    any(translated(a) for a in rest) and not layout_note(lines, line)):
                concatenations.append(f"{rel}:{line}: “{text.strip()}” joins translated pieces")
            continue
        if not translated(fmt):
            continue
        # A translated format: which of its %s take a number?
        inner, _ = call_args(fmt, 1)
        msgids = [literal(a) for a in inner]
        msgids = [m for m in msgids if m is not None and "%" in m]
        if not msgids:
            continue
        directives = [d for d in DIRECTIVE.findall(msgids[0]) if d != "%"]
        for index, d in enumerate(directives):
            if d != "s" or index >= len(rest):
                continue
            arg = rest[index]
            fed = (first_call(arg) in NUMBER_TEXT or
                   (len(arg) == 1 and arg[0][0] == "ident" and arg[0][1] in number_vars))
            if fed:
                number_messages[msgids[0]] = f"{rel}:{line}"


def layout_note(lines, line):
    return any("L10N-LAYOUT:" in lines[i] for i in range(max(0, line - 4), line))


def check(root):
    """(unexplained numbers, concatenations, number of messages) of a tree."""
    files = [l.strip() for l in open(os.path.join(root, "po", "POTFILES.in"), encoding="utf-8")
             if l.strip() and not l.startswith("#")]
    sources = [f for f in files if f.endswith(".c")]
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, "guard.pot")
        cmd = ["xgettext", "--from-code=UTF-8", "--add-comments", "--language=C", "-o", pot,
               "--directory", root] + [f"--keyword={k}" for k in KEYWORDS] + sources
        result = subprocess.run(cmd, capture_output=True, text=True)
        if result.returncode != 0 or not os.path.exists(pot):
            raise RuntimeError("xgettext failed: " + result.stderr)
        entries = read_pot(pot)

    number_messages = {}
    concatenations = []
    for f in sources:
        scan_file(os.path.join(root, f), f, number_messages, concatenations)

    unexplained = []
    for e in entries:
        if e["msgid_plural"] is not None:
            continue
        has_number = NUMBER_DIRECTIVE.search(e["msgid"].replace("%%", "")) or e["msgid"] in number_messages
        if not has_number:
            continue
        comment = translator_comment(e)
        if not comment or not EXPLAINED.search(comment):
            where = e["refs"][0] if e["refs"] else number_messages.get(e["msgid"], "?")
            unexplained.append(f"{where}: “{e['msgid']}”")
    return unexplained, concatenations, len(entries)


# Sources the guard must refuse, and the same messages written as it asks.
BAD = r"""
#include <glib/gi18n-lib.h>
static char *a (int n) { return g_strdup_printf (_("at least %d years"), n); }
static char *b (double x) {
  g_autofree char *fte = sk_format_number (x, 2, "ru");
  return g_strdup_printf (_("%s FTE"), fte);
}
static char *c (void) { return g_strconcat (_("Teaching staff"), ": ", _("none"), NULL); }
static char *d (const char *p) { return g_strdup_printf ("%s: %s. %s (%s).", _("Staff"), p, p, _("Hours")); }
/* A comment that is not for translators. */
static char *e (guint n) { return g_strdup_printf (_("%u foreigners and %u citizens"), n, n); }
"""
GOOD = r"""
#include <glib/gi18n-lib.h>
static char *a (int n) { return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "at least %d year", "at least %d years", n), n); }
static char *b (double x) {
  g_autofree char *fte = sk_format_number (x, 2, "ru");
  /* TRANSLATORS: %s is a decimal number after its label */
  return g_strdup_printf (_("FTE: %s"), fte);
}
static char *c (const char *label, const char *value) { return g_strdup_printf ("%s: %s", _(label), value); }
static char *e (guint n) {
  /* TRANSLATORS: two numbers of people, each after its label */
  return g_strdup_printf (_("foreigners — %u, citizens — %u"), n, n);
}
"""


def fixture(text):
    tmp = tempfile.mkdtemp()
    os.makedirs(os.path.join(tmp, "po"))
    os.makedirs(os.path.join(tmp, "src"))
    open(os.path.join(tmp, "po", "POTFILES.in"), "w").write("src/fixture.c\n")
    open(os.path.join(tmp, "src", "fixture.c"), "w").write(text)
    return tmp


def main():
    import shutil
    root = sys.argv[1]
    try:
        unexplained, concatenations, count = check(root)
    except RuntimeError as e:
        report(False, "xgettext reads the sources", str(e).splitlines())
        print(f"1..{n}")
        return
    report(not unexplained,
           "every number in a message is in a plural message or explained to translators",
           unexplained + (["(use ngettext/TRN where the number governs a noun; otherwise a "
                           "“TRANSLATORS: …” comment saying what the number is)"] if unexplained else []))
    report(not concatenations, "no message is built from translated pieces", concatenations)
    report(count > 100, f"the sources hold translatable messages ({count})")

    # The guard itself: it refuses what it is meant to, and accepts the cure.
    bad = fixture(BAD)
    good = fixture(GOOD)
    try:
        u, c, _ = check(bad)
        report(len(u) == 3 and any("%s FTE" in x for x in u) and any("%u foreigners" in x for x in u),
               "the guard finds numbers outside plural messages, %s fed by a number included", u)
        report(len(c) == 2, "the guard finds sentences built from translated pieces", c)
        u, c, _ = check(good)
        report(not u and not c, "the guard accepts plural messages, explained numbers and label: value", u + c)
    finally:
        shutil.rmtree(bad)
        shutil.rmtree(good)
    print(f"1..{n}")


if __name__ == "__main__":
    main()
    sys.exit(1 if failures else 0)
