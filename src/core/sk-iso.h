/* sk-iso.h: countries (ISO 3166-1 alpha-2) and languages (ISO 639) as
 * codes, named in kk, ru or en
 *
 * The lists and the English names come from Debian's iso-codes
 * (ISO_CODES_DIR/iso_3166-1.json, iso_639-2.json), the translations from
 * its gettext domains "iso_3166-1" and "iso_639-2". Without iso-codes the
 * lists are empty and a code is shown as itself.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *code; /* "KZ"; a language: ISO 639-1 ("kk") where it has one, else 639-2 ("tat") */
  const char *name; /* English, the msgid of the iso-codes catalogue */
} SkIsoEntry;

/* Every country, in the order of iso-codes (by English name). */
const SkIsoEntry *sk_iso_countries        (guint *n);
/* The name of country @code in @lang (kk, ru, en; NULL: the interface's),
 * NULL when @code is not an ISO 3166-1 alpha-2 code. */
const char       *sk_iso_country_name     (const char *code, const char *lang);
/* The code of the country @text names (a code, "Kazakhstan", "Қазақстан",
 * "Россия", ...), NULL when none or more than one matches. */
const char       *sk_iso_country_from_text (const char *text);

/* Every living language of ISO 639-2 (no collections or reserved codes). */
const SkIsoEntry *sk_iso_languages        (guint *n);
const char       *sk_iso_language_name    (const char *code, const char *lang);
const char       *sk_iso_language_from_text (const char *text);

/* A list of language codes as stored: "kk,ru,en". Splits at commas,
 * semicolons and spaces; empty parts dropped. */
GStrv             sk_iso_language_list    (const char *stored);
/* The names of the languages of @stored, joined by ", " in @lang (a code
 * that is not known stays as written); NULL when @stored is empty. */
char             *sk_iso_languages_label  (const char *stored, const char *lang);

/* The language a text is written in, told by its script: Cyrillic with
 * one of the letters only Kazakh has (ә ғ қ ң ө ұ ү һ і) is "kk", other
 * Cyrillic "ru", Latin "en" (more Cyrillic than Latin letters counts as
 * Cyrillic). NULL when the text has no letters at all. */
const char       *sk_text_language        (const char *text);

G_END_DECLS
