/* sk-upgrade.h: bringing content of older file format versions up to date
 * (private to the core)
 *
 * Version 4 made single-language prose trilingual and countries,
 * languages and units codes. The same rules serve the file migration (as
 * SQL functions of schema/v4.sql) and the import of older JSON documents:
 *
 * - a text goes into the language its script tells (sk_text_language:
 *   Cyrillic with a letter only Kazakh has is Kazakh, other Cyrillic
 *   Russian, Latin English); a text without letters into all three;
 * - a country, a language, a unit written as a name becomes its code when
 *   the name is unambiguous (sk_iso_country_from_text and friends), and
 *   stays as written otherwise (the checks say so).
 */
#pragma once

#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "sk-schema.h"

G_BEGIN_DECLS

/* Adds sk_text_in(), sk_country_code(), sk_language_codes() and
 * sk_unit_code() to @db for the migration scripts. */
void      sk_upgrade_register_sql (sqlite3 *db);

/* Called before the migration to @version runs on @db (inside its
 * transaction). Before version 4, a submitted proposal's values that the
 * migration converts are kept, as they were, in the connection's
 * temporary table sk_v3_value (kind, id, key, value): with them the
 * fingerprint of the content can be computed the way version 3 computed
 * it (see _sk_review_renew_after_upgrade). FALSE with @error on failure. */
gboolean  sk_upgrade_before_step  (sqlite3 *db, int version, GError **error);

/* A record of @kind from a JSON document of @version (< SK_SCHEMA_VERSION)
 * as the current version writes it: a new node (or @node itself, with a
 * reference added, when nothing changes). */
JsonNode *sk_upgrade_json_record  (const SkKind *kind, JsonNode *node, gint64 version);

/* The conversions themselves (newly allocated; NULL for NULL). */
char     *sk_upgrade_country      (const char *text);
char     *sk_upgrade_languages    (const char *text);
char     *sk_upgrade_unit         (const char *text);

G_END_DECLS
