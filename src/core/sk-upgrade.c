/* sk-upgrade.c: content of older format versions brought up to date */
#include "config.h"

#include <string.h>

#include "sk-field-info.h"
#include "sk-iso.h"
#include "sk-store.h"
#include "sk-upgrade.h"

/* The fields that version 4 made trilingual (kind, field = group). */
static const struct { const char *kind; const char *field; } v4_texts[] = {
  { SK_KIND_INSTITUTION, "city" },
  { SK_KIND_RANKING, "source_note" },
  { SK_KIND_AGREEMENT, "obligations" },
  { SK_KIND_BOARD_MEMBER, "position" },
  { SK_KIND_CERT_CENTRE, "laboratories_description" },
  { SK_KIND_CERT_CENTRE, "equipment" },
  { SK_KIND_CERT_CENTRE, "certifications" },
  { SK_KIND_JOINT_VENTURE, "governing_law" },
  { SK_KIND_PROGRAMME, "accreditation" },
  { SK_KIND_RESEARCH, "enterprise" },
  { SK_KIND_THIRD_MISSION, "description" },
  { SK_KIND_FINANCING, "note" },
};

char *
sk_upgrade_country (const char *text)
{
  const char *code;

  if (text == NULL)
    return NULL;
  code = sk_iso_country_from_text (text);
  return g_strdup (code ? code : text);
}

char *
sk_upgrade_languages (const char *text)
{
  g_auto (GStrv) parts = NULL;
  GString *out;

  if (text == NULL)
    return NULL;
  parts = g_strsplit_set (text, ",;/", -1);
  out = g_string_new (NULL);
  for (guint i = 0; parts[i]; i++)
    {
      char *part = g_strstrip (parts[i]);
      const char *code = sk_iso_language_from_text (part);

      if (*part == '\0')
        continue;
      /* A code as written ("KK") or a name; else the text as it is. */
      g_string_append_printf (out, "%s%s", out->len ? "," : "", code ? code : part);
    }
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return g_strdup (text);
    }
  return g_string_free (out, FALSE);
}

char *
sk_upgrade_unit (const char *text)
{
  const char *code;

  if (text == NULL)
    return NULL;
  code = sk_indicator_unit_from_text (text);
  return g_strdup (code ? code : text);
}

/* ---- SQL ---- */

static void
text_in (sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  const char *lang = (const char *) sqlite3_value_text (argv[1]);
  const char *found;

  (void) argc;
  if (text == NULL || lang == NULL)
    {
      sqlite3_result_null (ctx);
      return;
    }
  found = sk_text_language (text);
  if (found == NULL || strcmp (found, lang) == 0)
    sqlite3_result_text (ctx, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_result_null (ctx);
}

static void
convert (sqlite3_context *ctx, sqlite3_value **argv, char *(*f) (const char *))
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  char *out;

  if (text == NULL)
    {
      sqlite3_result_null (ctx);
      return;
    }
  out = f (text);
  sqlite3_result_text (ctx, out, -1, g_free);
}

static void
country_code (sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  (void) argc;
  convert (ctx, argv, sk_upgrade_country);
}

static void
language_codes (sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  (void) argc;
  convert (ctx, argv, sk_upgrade_languages);
}

static void
unit_code (sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  (void) argc;
  convert (ctx, argv, sk_upgrade_unit);
}

void
sk_upgrade_register_sql (sqlite3 *db)
{
  int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY;

  sqlite3_create_function (db, "sk_text_in", 2, flags, NULL, text_in, NULL, NULL);
  sqlite3_create_function (db, "sk_country_code", 1, flags, NULL, country_code, NULL, NULL);
  sqlite3_create_function (db, "sk_language_codes", 1, flags, NULL, language_codes, NULL, NULL);
  sqlite3_create_function (db, "sk_unit_code", 1, flags, NULL, unit_code, NULL, NULL);
}

/* ---- the fingerprint of version 3 ---- */

/* The values version 4 converts, besides v4_texts: kind, field. */
static const struct { const char *kind; const char *field; } v4_codes[] = {
  { SK_KIND_INSTITUTION, "country" },
  { SK_KIND_PROPOSAL, "languages" },
  { SK_KIND_PROGRAMME, "languages" },
  { SK_KIND_INDICATOR, "unit" },
};

static gboolean
keep_v3_values (sqlite3 *db, const char *kind, const char *field, GError **error)
{
  /* Names of the program's own schema, never of the file. */
  g_autofree char *sql = g_strdup_printf ("INSERT INTO temp.sk_v3_value (kind, id, key, value) "
                                          "SELECT '%s', id, '%s', %s FROM main.%s",
                                          kind, field, field, kind);
  return sk_store_exec (db, sql, error);
}

gboolean
sk_upgrade_before_step (sqlite3 *db, int version, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean submitted = FALSE;

  if (version != 4)
    return TRUE;
  /* Only a proposal with a fingerprint to renew. */
  if (sqlite3_prepare_v2 (db, "SELECT fingerprint IS NOT NULL FROM main.proposal WHERE id = 1",
                          -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    submitted = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_finalize (stmt);
  if (!submitted)
    return TRUE;
  if (!sk_store_exec (db, "CREATE TEMP TABLE IF NOT EXISTS sk_v3_value "
                          "(kind TEXT NOT NULL, id INTEGER NOT NULL, key TEXT NOT NULL, value ANY) STRICT; "
                          "DELETE FROM temp.sk_v3_value;", error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (v4_texts); i++)
    if (!keep_v3_values (db, v4_texts[i].kind, v4_texts[i].field, error))
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (v4_codes); i++)
    if (!keep_v3_values (db, v4_codes[i].kind, v4_codes[i].field, error))
      return FALSE;
  return TRUE;
}

/* ---- JSON ---- */

static const char *
string_member (JsonObject *o, const char *name)
{
  JsonNode *n = json_object_get_member (o, name);

  return n && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
    ? json_node_get_string (n) : NULL;
}

static void
replace_string (JsonObject *o, const char *name, char *(*f) (const char *))
{
  const char *text = string_member (o, name);

  if (text)
    {
      g_autofree char *value = f (text);
      json_object_set_string_member (o, name, value);
    }
}

JsonNode *
sk_upgrade_json_record (const SkKind *kind, JsonNode *node, gint64 version)
{
  JsonNode *copy;
  JsonObject *o;

  if (version >= 4 || !JSON_NODE_HOLDS_OBJECT (node))
    return json_node_ref (node);
  copy = json_node_copy (node);
  o = json_node_get_object (copy);
  for (guint i = 0; i < G_N_ELEMENTS (v4_texts); i++)
    {
      const char *text;
      JsonObject *three;

      if (!g_str_equal (kind->name, v4_texts[i].kind))
        continue;
      text = string_member (o, v4_texts[i].field);
      if (text == NULL)
        continue; /* absent, null, or not a string: read_record () judges */
      three = json_object_new ();
      for (guint l = 0; l < SK_N_LANGUAGES; l++)
        {
          const char *lang = sk_text_language (text);
          if (lang == NULL || g_str_equal (lang, sk_content_languages[l]))
            json_object_set_string_member (three, sk_content_languages[l], text);
        }
      json_object_set_object_member (o, v4_texts[i].field, three);
    }
  if (g_str_equal (kind->name, SK_KIND_INSTITUTION))
    replace_string (o, "country", sk_upgrade_country);
  if (g_str_equal (kind->name, SK_KIND_PROPOSAL) || g_str_equal (kind->name, SK_KIND_PROGRAMME))
    replace_string (o, "languages", sk_upgrade_languages);
  if (g_str_equal (kind->name, SK_KIND_INDICATOR))
    replace_string (o, "unit", sk_upgrade_unit);
  return copy;
}
