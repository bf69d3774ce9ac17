/* sk-json.c: export and import of a proposal as JSON */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "sk-error.h"
#include "sk-file.h"
#include "sk-json.h"
#include "sk-upgrade.h"
#include "sk-proposal-private.h"
#include "sk-record-private.h"
#include "sk-store.h"

/* ---- export ---- */

static void
add_value (JsonBuilder *b, const SkField *f, GVariant *v)
{
  switch (f->type)
    {
    case SK_FIELD_INT:
    case SK_FIELD_MONEY:
    case SK_FIELD_REF:
      json_builder_add_int_value (b, g_variant_get_int64 (v));
      break;
    case SK_FIELD_BOOL:
      json_builder_add_boolean_value (b, g_variant_get_boolean (v));
      break;
    case SK_FIELD_REAL:
      json_builder_add_double_value (b, g_variant_get_double (v));
      break;
    case SK_FIELD_TEXT:
    case SK_FIELD_DATE:
    case SK_FIELD_ENUM:
    default:
      json_builder_add_string_value (b, g_variant_get_string (v, NULL));
      break;
    }
}

static void
add_record (JsonBuilder *b, SkRecord *r, gboolean with_id)
{
  const SkKind *kind = sk_record_get_kind (r);

  json_builder_begin_object (b);
  if (with_id)
    {
      json_builder_set_member_name (b, "id");
      json_builder_add_int_value (b, sk_record_get_id (r));
    }
  for (guint i = 0; i < kind->n_fields; i++)
    {
      const SkField *f = &kind->fields[i];

      if (f->group)
        {
          gboolean any = FALSE;

          if (g_strcmp0 (f->lang, sk_content_languages[0]) != 0)
            continue; /* the group is written at its first language */
          for (guint l = 0; l < SK_N_LANGUAGES; l++)
            any |= sk_record_get_value_at (r, i + l) != NULL;
          if (!any)
            continue;
          json_builder_set_member_name (b, f->group);
          json_builder_begin_object (b);
          for (guint l = 0; l < SK_N_LANGUAGES; l++)
            {
              GVariant *v = sk_record_get_value_at (r, i + l);
              if (v == NULL)
                continue;
              json_builder_set_member_name (b, kind->fields[i + l].lang);
              json_builder_add_string_value (b, g_variant_get_string (v, NULL));
            }
          json_builder_end_object (b);
          continue;
        }
      if (sk_record_get_value_at (r, i) == NULL)
        continue;
      json_builder_set_member_name (b, f->name);
      add_value (b, f, sk_record_get_value_at (r, i));
    }
  json_builder_end_object (b);
}

JsonNode *
sk_json_export (SkProposal *self)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  guint n_kinds;
  const SkKind *kinds = sk_schema_kinds (&n_kinds);

  g_return_val_if_fail (SK_IS_PROPOSAL (self), NULL);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "format");
  json_builder_add_string_value (b, SK_JSON_FORMAT);
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, SK_SCHEMA_VERSION);
  for (guint k = 0; k < n_kinds; k++)
    {
      GListModel *model = sk_proposal_get_records (self, kinds[k].name);

      json_builder_set_member_name (b, kinds[k].json_key);
      if (kinds[k].singleton)
        {
          add_record (b, sk_proposal_get_info (self), FALSE);
          continue;
        }
      json_builder_begin_array (b);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr (SkRecord) r = g_list_model_get_item (model, i);
          add_record (b, r, TRUE);
        }
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

char *
sk_json_export_string (SkProposal *self, gboolean pretty)
{
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  g_autoptr (JsonNode) root = sk_json_export (self);
  char *text;

  json_generator_set_pretty (gen, pretty);
  json_generator_set_indent (gen, 2);
  json_generator_set_root (gen, root);
  text = json_generator_to_data (gen, NULL);
  if (pretty)
    {
      char *with_newline = g_strconcat (text, "\n", NULL);
      g_free (text);
      text = with_newline;
    }
  return text;
}

/* ---- import ---- */

static gboolean G_GNUC_PRINTF (3, 4)
fail (GError **error, const char *path, const char *format, ...)
{
  g_autofree char *msg = NULL;
  va_list args;

  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);
  /* TRANSLATORS: %s: a place in a JSON document such as $.staff[3].side,
   * then what is wrong there */
  g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_JSON, _("%s: %s"), path, msg);
  return FALSE;
}

static const char *
json_type_name (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return _("a text");
        case G_TYPE_BOOLEAN:
          return _("true or false");
        default:
          return _("a number");
        }
    }
}

static gboolean
read_value (const SkField *f, JsonNode *node, const char *path, GVariant **out, GError **error)
{
  GType t = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  g_autoptr (GVariant) v = NULL;
  g_autoptr (GError) local = NULL;

  *out = NULL;
  if (JSON_NODE_HOLDS_NULL (node))
    v = NULL;
  else
    switch (f->type)
      {
      case SK_FIELD_INT:
      case SK_FIELD_MONEY:
      case SK_FIELD_REF:
        if (t != G_TYPE_INT64)
          return fail (error, path, _("expected a whole number, found %s"), json_type_name (node));
        v = g_variant_ref_sink (g_variant_new_int64 (json_node_get_int (node)));
        break;
      case SK_FIELD_BOOL:
        if (t != G_TYPE_BOOLEAN)
          return fail (error, path, _("expected true or false, found %s"), json_type_name (node));
        v = g_variant_ref_sink (g_variant_new_boolean (json_node_get_boolean (node)));
        break;
      case SK_FIELD_REAL:
        if (t != G_TYPE_INT64 && t != G_TYPE_DOUBLE)
          return fail (error, path, _("expected a number, found %s"), json_type_name (node));
        v = g_variant_ref_sink (g_variant_new_double (json_node_get_double (node)));
        break;
      case SK_FIELD_TEXT:
      case SK_FIELD_DATE:
      case SK_FIELD_ENUM:
      default:
        if (t != G_TYPE_STRING)
          return fail (error, path, _("expected a text, found %s"), json_type_name (node));
        /* The scanner above refuses what json-glib would decode into
         * bytes that are not UTF-8; callers of sk_json_to_records may
         * come with a tree of their own. */
        if (!g_utf8_validate (json_node_get_string (node), -1, NULL))
          return fail (error, path, _("the text is not valid UTF-8"));
        v = g_variant_ref_sink (g_variant_new_string (json_node_get_string (node)));
        break;
      }

  if (!sk_field_validate (f, v, &local))
    return fail (error, path, "%s", local->message);
  *out = g_steal_pointer (&v);
  return TRUE;
}

static gboolean
read_group (SkRecord *r, const char *group, JsonNode *node, const char *path, GError **error)
{
  const SkKind *kind = sk_record_get_kind (r);
  JsonObjectIter iter;
  const char *lang;
  JsonNode *member;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, path, _("expected an object with the keys kk, ru and en, found %s"),
                 json_type_name (node));
  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &lang, &member))
    {
      g_autofree char *sub = g_strdup_printf ("%s.%s", path, lang);
      const SkField *f = sk_kind_text3 (kind, group, lang);
      GVariant *v;

      if (f == NULL)
        return fail (error, sub, _("unknown language; use kk, ru or en"));
      if (!read_value (f, member, sub, &v, error))
        return FALSE;
      _sk_record_set_at (r, (guint) sk_kind_field_index (kind, f->name), v);
      g_clear_pointer (&v, g_variant_unref);
    }
  return TRUE;
}

static SkRecord *
read_record (const SkKind *kind, JsonNode *node, const char *path, GError **error)
{
  g_autoptr (SkRecord) r = sk_record_new (kind);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, path, _("expected an object, found %s"), json_type_name (node));
      return NULL;
    }

  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &name, &member))
    {
      g_autofree char *sub = g_strdup_printf ("%s.%s", path, name);
      const SkField *f;
      GVariant *v;

      g_hash_table_add (seen, (gpointer) name);
      if (g_str_equal (name, "id") && !kind->singleton)
        {
          if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_INT64 ||
              json_node_get_int (member) < 1)
            {
              fail (error, sub, _("expected a whole number of at least 1"));
              return NULL;
            }
          _sk_record_set_id (r, json_node_get_int (member));
          continue;
        }
      if (sk_kind_text3 (kind, name, sk_content_languages[0]))
        {
          if (!read_group (r, name, member, sub, error))
            return NULL;
          continue;
        }
      f = sk_kind_field (kind, name);
      if (f == NULL || f->group)
        {
          fail (error, sub, _("unknown field"));
          return NULL;
        }
      if (!read_value (f, member, sub, &v, error))
        return NULL;
      _sk_record_set_at (r, (guint) sk_kind_field_index (kind, name), v);
      g_clear_pointer (&v, g_variant_unref);
    }

  if (kind->singleton)
    _sk_record_set_id (r, 1);
  else if (!g_hash_table_contains (seen, "id"))
    {
      g_autofree char *sub = g_strdup_printf ("%s.id", path);
      fail (error, sub, _("required field is missing"));
      return NULL;
    }
  for (guint i = 0; i < kind->n_fields; i++)
    {
      const SkField *f = &kind->fields[i];
      /* Booleans default to false; everything else required must be given. */
      if ((f->flags & SK_FIELD_REQUIRED) && f->type != SK_FIELD_BOOL &&
          !g_hash_table_contains (seen, f->name))
        {
          g_autofree char *sub = g_strdup_printf ("%s.%s", path, f->name);
          fail (error, sub, _("required field is missing"));
          return NULL;
        }
    }
  return g_steal_pointer (&r);
}

/* A remark of a document before version 3 has "resolved" (true or
 * false) where it now has its state: the same remark as version 3 says it.
 * Anything else is left for read_record() to judge. */
static JsonNode *
upgrade_remark (JsonNode *node)
{
  JsonObject *obj, *out;
  JsonNode *resolved, *copy;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return json_node_ref (node);
  obj = json_node_get_object (node);
  resolved = json_object_get_member (obj, "resolved");
  if (json_object_has_member (obj, "state") ||
      (resolved && (!JSON_NODE_HOLDS_VALUE (resolved) || json_node_get_value_type (resolved) != G_TYPE_BOOLEAN)))
    return json_node_ref (node);
  copy = json_node_copy (node);
  out = json_node_get_object (copy);
  json_object_set_string_member (out, "state", resolved && json_node_get_boolean (resolved) ? "resolved" : "open");
  json_object_remove_member (out, "resolved");
  return copy;
}

/* Every reference names a record that exists. */
static gboolean
check_references (GPtrArray *records, GHashTable *ids, GHashTable *paths, GError **error)
{
  for (guint i = 0; i < records->len; i++)
    {
      SkRecord *r = records->pdata[i];
      const SkKind *kind = sk_record_get_kind (r);

      for (guint fi = 0; fi < kind->n_fields; fi++)
        {
          const SkField *f = &kind->fields[fi];
          GVariant *v = sk_record_get_value_at (r, fi);
          g_autofree char *key = NULL;

          if (f->type != SK_FIELD_REF || v == NULL)
            continue;
          key = g_strdup_printf ("%s/%" G_GINT64_FORMAT, f->ref_kind, g_variant_get_int64 (v));
          if (!g_hash_table_contains (ids, key))
            {
              g_autofree char *sub = g_strdup_printf ("%s.%s", (char *) g_hash_table_lookup (paths, r), f->name);
              const SkKind *target = sk_schema_kind (f->ref_kind);
              /* TRANSLATORS: %lld is the id (an identifier) of a record, %s a kind of record */
              return fail (error, sub, _("there is no record with id %lld in “%s”"),
                           (long long) g_variant_get_int64 (v), target->json_key);
            }
        }
    }
  return TRUE;
}

GPtrArray *
sk_json_to_records (JsonNode *root, GError **error)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) paths = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  JsonObject *obj;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  JsonNode *node;
  SkRecord *info;
  gint64 version;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      fail (error, "$", _("expected an object"));
      return NULL;
    }
  obj = json_node_get_object (root);

  node = json_object_get_member (obj, "format");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (node), SK_JSON_FORMAT) != 0)
    {
      fail (error, "$.format", _("this is not a Seriktes proposal (expected “%s”)"), SK_JSON_FORMAT);
      return NULL;
    }
  node = json_object_get_member (obj, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < 1)
    {
      fail (error, "$.version", _("expected the format version, a whole number"));
      return NULL;
    }
  if (json_node_get_int (node) > SK_SCHEMA_VERSION)
    {
      /* TRANSLATORS: %lld is the version number of the file format */
      fail (error, "$.version", _("written by a newer version of Seriktes (format %lld); update Seriktes"),
            (long long) json_node_get_int (node));
      return NULL;
    }
  version = json_node_get_int (node);
  node = json_object_get_member (obj, "proposal");
  if (node == NULL)
    {
      fail (error, "$.proposal", _("required field is missing"));
      return NULL;
    }
  {
    g_autoptr (JsonNode) upgraded = sk_upgrade_json_record (sk_schema_kind (SK_KIND_PROPOSAL), node, version);
    if ((info = read_record (sk_schema_kind (SK_KIND_PROPOSAL), upgraded, "$.proposal", error)) == NULL)
      return NULL;
  }
  g_ptr_array_add (records, info);
  g_hash_table_insert (paths, info, g_strdup ("$.proposal"));
  g_hash_table_add (ids, g_strdup ("proposal/1"));

  json_object_iter_init (&iter, obj);
  while (json_object_iter_next (&iter, &name, &member))
    {
      g_autofree char *path = g_strdup_printf ("$.%s", name);
      const SkKind *kind;
      JsonArray *array;

      if (g_str_equal (name, "format") || g_str_equal (name, "version") ||
          g_str_equal (name, "proposal"))
        continue;
      kind = sk_schema_kind_by_json (name);
      if (kind == NULL || kind->singleton)
        {
          fail (error, path, _("unknown section"));
          return NULL;
        }
      if (!JSON_NODE_HOLDS_ARRAY (member))
        {
          fail (error, path, _("expected a list, found %s"), json_type_name (member));
          return NULL;
        }
      array = json_node_get_array (member);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *sub = g_strdup_printf ("%s[%u]", path, i);
          g_autofree char *key = NULL;
          g_autoptr (JsonNode) element = json_node_ref (json_array_get_element (array, i));
          SkRecord *r;

          if (version < 3 && g_str_equal (kind->name, SK_KIND_REMARK))
            {
              JsonNode *upgraded = upgrade_remark (element);
              json_node_unref (element);
              element = upgraded;
            }
          if (version < SK_SCHEMA_VERSION)
            {
              JsonNode *upgraded = sk_upgrade_json_record (kind, element, version);
              json_node_unref (element);
              element = upgraded;
            }
          r = read_record (kind, element, sub, error);

          if (r == NULL)
            return NULL;
          g_ptr_array_add (records, r);
          key = g_strdup_printf ("%s/%" G_GINT64_FORMAT, kind->name, sk_record_get_id (r));
          if (g_hash_table_contains (ids, key))
            {
              g_autofree char *id_path = g_strdup_printf ("%s.id", sub);
              /* TRANSLATORS: %lld is the id (an identifier) of a record */
              fail (error, id_path, _("the id %lld is used twice"), (long long) sk_record_get_id (r));
              return NULL;
            }
          g_hash_table_add (ids, g_steal_pointer (&key));
          g_hash_table_insert (paths, r, g_steal_pointer (&sub));
        }
    }

  if (!check_references (records, ids, paths, error))
    return NULL;
  return g_steal_pointer (&records);
}

static gboolean
import_node (JsonNode *root, const char *out_path, gboolean force, GError **error)
{
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (SkProposal) proposal = NULL;
  SkTemp *temp = NULL;

  if (!force && g_file_test (out_path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_EXISTS,
                   _("“%s” already exists. Choose another name or replace it (--force)."), out_path);
      return FALSE;
    }
  if (g_file_test (out_path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO,
                   _("“%s” is a folder."), out_path);
      return FALSE;
    }
  if ((records = sk_json_to_records (root, error)) == NULL)
    return FALSE;
  if ((proposal = _sk_proposal_create_temp (out_path, &temp, error)) == NULL)
    return FALSE;
  if (!_sk_proposal_import_records (proposal, records, error))
    {
      g_clear_object (&proposal);
      sk_temp_discard (temp);
      return FALSE;
    }
  g_clear_object (&proposal);
  /* Whatever was at @out_path (and its journal) goes only now. */
  return sk_temp_replace (temp, out_path, TRUE, error);
}

/* json-glib's parser accepts more than JSON: comments and single-quoted
 * texts, within which a bracket or a quote means nothing; it decodes
 * "\u0000" into a text that ends there and a lone UTF-16 surrogate into
 * bytes that are not UTF-8; and it recurses once per level of nesting.
 * The text is therefore read first by this scanner of strict JSON
 * (RFC 8259), which knows every token and so counts the nesting depth
 * right, before json-glib sees it. A proposal nests four levels deep. */
#define MAX_DEPTH 32

typedef struct {
  const char *data;
  gsize length, i;
  guint line, column;
} Scan;

static gboolean G_GNUC_PRINTF (3, 4)
scan_fail (Scan *s, GError **error, const char *format, ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_JSON,
               /* TRANSLATORS: the numbers are the line and the column in a JSON
                  document; then what is wrong there */
               _("The JSON could not be read: line %u, column %u: %s"), s->line, s->column, what);
  return FALSE;
}

static void
scan_advance (Scan *s, gsize n)
{
  for (gsize k = 0; k < n && s->i < s->length; k++, s->i++)
    if (s->data[s->i] == '\n')
      {
        s->line++;
        s->column = 1;
      }
    else if (((guchar) s->data[s->i] & 0xc0) != 0x80)
      s->column++;
}

static gboolean
scan_unexpected (Scan *s, GError **error)
{
  const char *p = s->data + s->i;
  g_autofree char *c = NULL;

  if ((guchar) *p < 0x20 || *p == 0x7f || !g_utf8_validate_len (p, MIN ((gsize) 4, s->length - s->i), NULL))
    c = g_strdup_printf ("\\x%02X", (guchar) *p);
  else
    c = g_strndup (p, (gsize) (g_utf8_next_char (p) - p));
  return scan_fail (s, error, _("“%s” is not allowed here in JSON"), c);
}

static int
scan_hex4 (const char *p)
{
  int v = 0;

  for (int k = 0; k < 4; k++)
    {
      if (!g_ascii_isxdigit (p[k]))
        return -1;
      v = v * 16 + g_ascii_xdigit_value (p[k]);
    }
  return v;
}

static gboolean
scan_string (Scan *s, GError **error)
{
  scan_advance (s, 1); /* the opening quote */
  while (s->i < s->length)
    {
      const char *p = s->data + s->i;
      int u, low;

      if (*p == '"')
        {
          scan_advance (s, 1);
          return TRUE;
        }
      if ((guchar) *p < 0x20)
        return scan_unexpected (s, error);
      if (*p != '\\')
        {
          scan_advance (s, 1);
          continue;
        }
      if (s->i + 1 >= s->length)
        break;
      if (p[1] != 'u')
        {
          if (strchr ("\"\\/bfnrt", p[1]) == NULL || p[1] == '\0')
            {
              scan_advance (s, 1);
              return scan_unexpected (s, error);
            }
          scan_advance (s, 2);
          continue;
        }
      u = s->i + 6 <= s->length ? scan_hex4 (p + 2) : -1;
      if (u < 0)
        return scan_fail (s, error, _("“\\u” must be followed by four hexadecimal digits"));
      if (u == 0)
        return scan_fail (s, error, _("a text contains the character U+0000, which a proposal cannot hold"));
      if (u >= 0xdc00 && u <= 0xdfff)
        /* TRANSLATORS: %04X is the code of a character in hexadecimal, as written in the JSON text */
        return scan_fail (s, error, _("“\\u%04X” is half of a UTF-16 surrogate pair without its other half"), (unsigned) u);
      if (u >= 0xd800 && u <= 0xdbff)
        {
          low = s->i + 12 <= s->length && p[6] == '\\' && p[7] == 'u' ? scan_hex4 (p + 8) : -1;
          if (low < 0xdc00 || low > 0xdfff)
            /* TRANSLATORS: %04X is the code of a character in hexadecimal, as written in the JSON text */
        return scan_fail (s, error, _("“\\u%04X” is half of a UTF-16 surrogate pair without its other half"), (unsigned) u);
          scan_advance (s, 12);
          continue;
        }
      scan_advance (s, 6);
    }
  /* The parser says where the text ends unterminated. */
  return TRUE;
}

static gsize
digits (const char *p, gsize n)
{
  gsize k = 0;

  while (k < n && g_ascii_isdigit (p[k]))
    k++;
  return k;
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static gboolean
scan_number (Scan *s, GError **error)
{
  const char *p = s->data + s->i;
  gsize n = s->length - s->i, k = 0, d;

  if (k < n && p[k] == '-')
    k++;
  d = digits (p + k, n - k);
  if (d == 0 || (d > 1 && p[k] == '0'))
    return scan_unexpected (s, error);
  k += d;
  if (k < n && p[k] == '.')
    {
      d = digits (p + k + 1, n - k - 1);
      if (d == 0)
        return scan_unexpected (s, error);
      k += 1 + d;
    }
  if (k < n && (p[k] == 'e' || p[k] == 'E'))
    {
      k++;
      if (k < n && (p[k] == '+' || p[k] == '-'))
        k++;
      d = digits (p + k, n - k);
      if (d == 0)
        return scan_unexpected (s, error);
      k += d;
    }
  if (k < n && (g_ascii_isalnum (p[k]) || p[k] == '.' || p[k] == '+' || p[k] == '-'))
    {
      scan_advance (s, k);
      return scan_unexpected (s, error);
    }
  scan_advance (s, k);
  return TRUE;
}

static gboolean
scan_json (const char *data, gsize length, GError **error)
{
  Scan s = { data, length, 0, 1, 1 };
  int depth = 0;

  while (s.i < s.length)
    {
      char c = data[s.i];

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ':' || c == ',')
        scan_advance (&s, 1);
      else if (c == '{' || c == '[')
        {
          if (++depth > MAX_DEPTH)
            {
              g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_JSON,
                           _("The JSON could not be read: it is nested too deeply to be a proposal."));
              return FALSE;
            }
          scan_advance (&s, 1);
        }
      else if (c == '}' || c == ']')
        {
          depth--;
          scan_advance (&s, 1);
        }
      else if (c == '"')
        {
          if (!scan_string (&s, error))
            return FALSE;
        }
      else if (c == '-' || g_ascii_isdigit (c))
        {
          if (!scan_number (&s, error))
            return FALSE;
        }
      else if (g_ascii_isalpha (c))
        {
          static const char * const words[] = { "true", "false", "null" };
          gsize k = 0;
          gboolean known = FALSE;

          while (s.i + k < s.length && g_ascii_isalnum (data[s.i + k]))
            k++;
          for (guint w = 0; w < G_N_ELEMENTS (words); w++)
            known |= k == strlen (words[w]) && strncmp (data + s.i, words[w], k) == 0;
          if (!known)
            return scan_unexpected (&s, error);
          scan_advance (&s, k);
        }
      else if (c == '/' || c == '\'')
        return scan_fail (&s, error, _("comments and texts in single quotes are not JSON"));
      else
        return scan_unexpected (&s, error);
    }
  return TRUE;
}

gboolean
sk_json_import_data (const char *data, gssize length, const char *out_path,
                     gboolean force, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) local = NULL;

  if (length < 0)
    length = (gssize) strlen (data);
  if (!scan_json (data, (gsize) length, error))
    return FALSE;
  if (!json_parser_load_from_data (parser, data, length, &local))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_JSON,
                   _("The JSON could not be read: %s"), local->message);
      return FALSE;
    }
  return import_node (json_parser_get_root (parser), out_path, force, error);
}

gboolean
sk_json_import_file (const char *json_path, const char *out_path, gboolean force, GError **error)
{
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr (GError) local = NULL;

  if (!sk_file_read_bounded (json_path, SK_JSON_MAX_BYTES, &data, &length, &local))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO,
                   _("The file could not be read: %s"), local->message);
      return FALSE;
    }
  return sk_json_import_data (data, (gssize) length, out_path, force, error);
}

/* ---- the canonical form, written as it goes ---- */

/* What json-glib 1.6's generator writes (without pretty printing) for the
 * tree of sk_json_export() with every object's members sorted by name:
 * the fingerprint of every proposal submitted so far is the SHA-256 of
 * that text, so it must stay the same byte for byte (tests/test-json.c
 * compares the two). Written record by record, it needs no copy of the
 * proposal as a tree, which for a million staff took gigabytes. */

#define CANON_BUFFER 65536

typedef struct {
  GString *buffer;
  SkJsonSink sink;
  gpointer data;
  SkJsonOverride override;
  gpointer override_data;
} Canon;

static void
canon_flush (Canon *c, gsize keep_below)
{
  if (c->buffer->len >= keep_below && c->buffer->len > 0)
    {
      c->sink (c->buffer->str, c->buffer->len, c->data);
      g_string_truncate (c->buffer, 0);
    }
}

static void
canon_string (Canon *c, const char *s)
{
  g_string_append_c (c->buffer, '"');
  for (const char *p = s; *p; p++)
    {
      if (*p == '\\' || *p == '"')
        {
          g_string_append_c (c->buffer, '\\');
          g_string_append_c (c->buffer, *p);
        }
      else if ((*p > 0 && *p < 0x1f) || *p == 0x7f)
        switch (*p)
          {
          case '\b': g_string_append (c->buffer, "\\b"); break;
          case '\f': g_string_append (c->buffer, "\\f"); break;
          case '\n': g_string_append (c->buffer, "\\n"); break;
          case '\r': g_string_append (c->buffer, "\\r"); break;
          case '\t': g_string_append (c->buffer, "\\t"); break;
          default: g_string_append_printf (c->buffer, "\\u00%.2x", (unsigned) *p); break;
          }
      else
        g_string_append_c (c->buffer, *p);
    }
  g_string_append_c (c->buffer, '"');
}

static void
canon_value (Canon *c, const SkField *f, GVariant *v)
{
  switch (f->type)
    {
    case SK_FIELD_INT:
    case SK_FIELD_MONEY:
    case SK_FIELD_REF:
      g_string_append_printf (c->buffer, "%" G_GINT64_FORMAT, g_variant_get_int64 (v));
      break;
    case SK_FIELD_BOOL:
      g_string_append (c->buffer, g_variant_get_boolean (v) ? "true" : "false");
      break;
    case SK_FIELD_REAL:
      {
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        g_string_append (c->buffer, g_ascii_dtostr (buf, sizeof buf, g_variant_get_double (v)));
        if (strchr (buf, '.') == NULL)
          g_string_append (c->buffer, ".0");
        break;
      }
    case SK_FIELD_TEXT:
    case SK_FIELD_DATE:
    case SK_FIELD_ENUM:
    default:
      canon_string (c, g_variant_get_string (v, NULL));
      break;
    }
}

typedef struct {
  const char *key;
  int field;   /* index of the field, or of a group's first language; -1: "id" */
  gboolean group;
} Member;

static int
compare_members (gconstpointer a, gconstpointer b)
{
  return strcmp (((const Member *) a)->key, ((const Member *) b)->key);
}

/* A kind's members in the order of their names. */
static GArray *
sorted_members (const SkKind *kind, const char * const *omit)
{
  GArray *members = g_array_new (FALSE, FALSE, sizeof (Member));

  if (!kind->singleton)
    g_array_append_val (members, ((Member) { "id", -1, FALSE }));
  for (guint i = 0; i < kind->n_fields; i++)
    {
      const SkField *f = &kind->fields[i];
      Member m = { f->group ? f->group : f->name, (int) i, f->group != NULL };

      if (f->group && g_strcmp0 (f->lang, sk_content_languages[0]) != 0)
        continue;
      if (omit && g_strv_contains (omit, m.key))
        continue;
      g_array_append_val (members, m);
    }
  g_array_sort (members, compare_members);
  return members;
}

static void
canon_record (Canon *c, const SkKind *kind, GArray *members, guint order[SK_N_LANGUAGES], SkRecord *r)
{
  gboolean first = TRUE;

  g_string_append_c (c->buffer, '{');
  for (guint m = 0; m < members->len; m++)
    {
      const Member *member = &g_array_index (members, Member, m);
      gboolean any = FALSE, first_lang = TRUE;

      if (member->field < 0)
        {
          g_string_append_printf (c->buffer, "%s\"id\":%" G_GINT64_FORMAT, first ? "" : ",", sk_record_get_id (r));
          first = FALSE;
          continue;
        }
      if (c->override)
        {
          const char *text = NULL;

          if (c->override (kind, r, member->key, &text, c->override_data))
            {
              if (text == NULL)
                continue;
              if (!first)
                g_string_append_c (c->buffer, ',');
              canon_string (c, member->key);
              g_string_append_c (c->buffer, ':');
              canon_string (c, text);
              first = FALSE;
              continue;
            }
        }
      if (!member->group)
        {
          GVariant *v = sk_record_get_value_at (r, (guint) member->field);
          if (v == NULL)
            continue;
          if (!first)
            g_string_append_c (c->buffer, ',');
          canon_string (c, member->key);
          g_string_append_c (c->buffer, ':');
          canon_value (c, &kind->fields[member->field], v);
          first = FALSE;
          continue;
        }
      for (guint l = 0; l < SK_N_LANGUAGES; l++)
        any |= sk_record_get_value_at (r, (guint) member->field + l) != NULL;
      if (!any)
        continue;
      if (!first)
        g_string_append_c (c->buffer, ',');
      canon_string (c, member->key);
      g_string_append (c->buffer, ":{");
      for (guint k = 0; k < SK_N_LANGUAGES; k++)
        {
          guint l = order[k];
          GVariant *v = sk_record_get_value_at (r, (guint) member->field + l);
          if (v == NULL)
            continue;
          if (!first_lang)
            g_string_append_c (c->buffer, ',');
          canon_string (c, kind->fields[member->field + l].lang);
          g_string_append_c (c->buffer, ':');
          canon_string (c, g_variant_get_string (v, NULL));
          first_lang = FALSE;
        }
      g_string_append_c (c->buffer, '}');
      first = FALSE;
    }
  g_string_append_c (c->buffer, '}');
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

void
sk_json_write_canonical (SkProposal *self, const char * const *omit_sections,
                         const char * const *omit_info_fields, SkJsonSink sink, gpointer data)
{
  sk_json_write_canonical_full (self, omit_sections, omit_info_fields, NULL, NULL, sink, data);
}

void
sk_json_write_canonical_full (SkProposal *self, const char * const *omit_sections,
                              const char * const *omit_info_fields,
                              SkJsonOverride override, gpointer override_data,
                              SkJsonSink sink, gpointer data)
{
  Canon c = { g_string_sized_new (CANON_BUFFER + 4096), sink, data, override, override_data };
  g_autoptr (GPtrArray) keys = g_ptr_array_new ();
  guint n_kinds, order[SK_N_LANGUAGES];
  const SkKind *kinds = sk_schema_kinds (&n_kinds);
  gboolean first = TRUE;

  g_return_if_fail (SK_IS_PROPOSAL (self));

  /* The languages of a group, by their codes' order. */
  for (guint l = 0; l < SK_N_LANGUAGES; l++)
    order[l] = l;
  for (guint a = 0; a < SK_N_LANGUAGES; a++)
    for (guint b = a + 1; b < SK_N_LANGUAGES; b++)
      if (strcmp (sk_content_languages[order[b]], sk_content_languages[order[a]]) < 0)
        {
          guint t = order[a];
          order[a] = order[b];
          order[b] = t;
        }

  g_ptr_array_add (keys, (gpointer) "format");
  g_ptr_array_add (keys, (gpointer) "version");
  for (guint k = 0; k < n_kinds; k++)
    g_ptr_array_add (keys, (gpointer) kinds[k].json_key);
  g_ptr_array_sort (keys, compare_strings);

  g_string_append_c (c.buffer, '{');
  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = keys->pdata[i];
      const SkKind *kind = sk_schema_kind_by_json (key);

      if (omit_sections && g_strv_contains (omit_sections, key))
        continue;
      if (!first)
        g_string_append_c (c.buffer, ',');
      first = FALSE;
      canon_string (&c, key);
      g_string_append_c (c.buffer, ':');
      if (g_str_equal (key, "format"))
        canon_string (&c, SK_JSON_FORMAT);
      else if (g_str_equal (key, "version"))
        g_string_append_printf (c.buffer, "%d", SK_SCHEMA_VERSION);
      else
        {
          g_autoptr (GArray) members = sorted_members (kind, kind->singleton ? omit_info_fields : NULL);

          if (kind->singleton)
            canon_record (&c, kind, members, order, sk_proposal_get_info (self));
          else
            {
              GListModel *model = sk_proposal_get_records (self, kind->name);
              guint n = g_list_model_get_n_items (model);

              g_string_append_c (c.buffer, '[');
              for (guint r = 0; r < n; r++)
                {
                  g_autoptr (SkRecord) record = g_list_model_get_item (model, r);
                  if (r > 0)
                    g_string_append_c (c.buffer, ',');
                  canon_record (&c, kind, members, order, record);
                  canon_flush (&c, CANON_BUFFER);
                }
              g_string_append_c (c.buffer, ']');
            }
        }
      canon_flush (&c, CANON_BUFFER);
    }
  g_string_append_c (c.buffer, '}');
  canon_flush (&c, 0);
  g_string_free (c.buffer, TRUE);
}
