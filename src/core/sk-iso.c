/* sk-iso.c: countries and languages as ISO codes, from Debian's iso-codes */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "sk-i18n.h"
#include "sk-iso.h"

typedef struct _IsoList {
  GArray *entries;    /* SkIsoEntry, strings owned by @strings */
  GHashTable *by_code; /* code -> SkIsoEntry* */
  GHashTable *by_text; /* folded name or code -> code ("" when ambiguous) */
  GStringChunk *strings;
  /* by_text is made when first needed (folding and translating every
   * name was most of the time a PDF export spent here): */
  const char *domain;
  GPtrArray *other_names; /* per entry: alpha_3, official_name, common_name (or NULL) */
  void (*add_own) (struct _IsoList *l);
  gsize texts_once;
} IsoList;

/* Names people write that are none of the catalogue's (short or old
 * forms), each with its code. */
static const struct { const char *text; const char *code; } country_aliases[] = {
  { "Russia", "RU" }, { "Россия", "RU" }, { "Ресей", "RU" }, { "РФ", "RU" },
  { "USA", "US" }, { "США", "US" }, { "АҚШ", "US" }, { "United States of America", "US" },
  { "South Korea", "KR" }, { "Korea", "KR" }, { "Южная Корея", "KR" }, { "Корея", "KR" },
  { "Оңтүстік Корея", "KR" },
  { "UK", "GB" }, { "Great Britain", "GB" }, { "Великобритания", "GB" },
  { "Ұлыбритания", "GB" }, { "England", "GB" },
  { "Czech Republic", "CZ" }, { "Turkey", "TR" }, { "Турция", "TR" }, { "Түркия", "TR" },
  { "China", "CN" }, { "Китай", "CN" }, { "Қытай", "CN" },
  { "Iran", "IR" }, { "Иран", "IR" }, { "Vietnam", "VN" },
};

/* Names of languages the program translates itself: iso-codes has no
 * Kazakh catalogue of language names. */
static const char * const own_language_names[] = {
  N_("Kazakh"), N_("Russian"), N_("English"), N_("German"), N_("French"),
  N_("Chinese"), N_("Korean"), N_("Turkish"),
};
/* Their codes, in the same order (iso-codes names them so too). */
static const char * const own_language_codes[] = { "kk", "ru", "en", "de", "fr", "zh", "ko", "tr" };
G_STATIC_ASSERT (G_N_ELEMENTS (own_language_codes) == G_N_ELEMENTS (own_language_names));

static char *
fold (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *normal = g_utf8_normalize (stripped, -1, G_NORMALIZE_ALL_COMPOSE);

  return normal ? g_utf8_casefold (normal, -1) : g_strdup ("");
}

static void
add_text (IsoList *l, const char *text, const char *code)
{
  g_autofree char *key = NULL;
  const char *old;

  if (text == NULL || *text == '\0')
    return;
  key = fold (text);
  old = g_hash_table_lookup (l->by_text, key);
  if (old == NULL)
    g_hash_table_insert (l->by_text, g_steal_pointer (&key), (gpointer) code);
  else if (strcmp (old, code) != 0)
    g_hash_table_insert (l->by_text, g_steal_pointer (&key), (gpointer) "");
}

static const char *
member (JsonObject *o, const char *name)
{
  JsonNode *n = json_object_get_member (o, name);

  return n && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
    ? json_node_get_string (n) : NULL;
}

static IsoList *
load (const char *file, const char *key, const char *domain, gboolean languages)
{
  IsoList *l = g_new0 (IsoList, 1);
  g_autoptr (JsonParser) parser = json_parser_new ();
  const char *dir = g_getenv ("SERIKTES_ISO_CODES_DIR");
  g_autofree char *path = g_build_filename (dir && *dir ? dir : ISO_CODES_DIR, file, NULL);
  JsonNode *root, *list;
  g_autoptr (GPtrArray) objects = g_ptr_array_new ();

  l->entries = g_array_new (FALSE, FALSE, sizeof (SkIsoEntry));
  l->by_code = g_hash_table_new (g_str_hash, g_str_equal);
  l->by_text = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  l->strings = g_string_chunk_new (4096);
  l->domain = domain;
  l->other_names = g_ptr_array_new ();
  if (!json_parser_load_from_file (parser, path, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      (list = json_object_get_member (json_node_get_object (root), key)) == NULL ||
      !JSON_NODE_HOLDS_ARRAY (list))
    return l;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (list)); i++)
    {
      JsonNode *n = json_array_get_element (json_node_get_array (list), i);
      JsonObject *o;
      const char *code, *name;
      SkIsoEntry e;

      if (!JSON_NODE_HOLDS_OBJECT (n))
        continue;
      o = json_node_get_object (n);
      code = member (o, "alpha_2");
      name = member (o, "name");
      if (languages)
        {
          const char *a3 = member (o, "alpha_3");
          /* Collections, reserved codes and the special ones are not languages of instruction. */
          if (a3 == NULL || g_str_has_suffix (name ? name : "", " languages") ||
              g_strcmp0 (a3, "qaa-qtz") == 0 || g_strcmp0 (a3, "mis") == 0 || g_strcmp0 (a3, "mul") == 0 ||
              g_strcmp0 (a3, "und") == 0 || g_strcmp0 (a3, "zxx") == 0)
            continue;
          if (code == NULL)
            code = a3;
        }
      if (code == NULL || name == NULL || g_hash_table_contains (l->by_code, code))
        continue;
      e.code = g_string_chunk_insert (l->strings, code);
      e.name = g_string_chunk_insert (l->strings, name);
      g_array_append_val (l->entries, e);
      g_ptr_array_add (objects, o);
    }
  for (guint i = 0; i < l->entries->len; i++)
    {
      SkIsoEntry *e = &g_array_index (l->entries, SkIsoEntry, i);
      JsonObject *o = objects->pdata[i];
      static const char * const others[] = { "alpha_3", "official_name", "common_name" };

      g_hash_table_insert (l->by_code, (gpointer) e->code, e);
      for (guint k = 0; k < G_N_ELEMENTS (others); k++)
        {
          const char *text = member (o, others[k]);
          g_ptr_array_add (l->other_names, text ? g_string_chunk_insert (l->strings, text) : NULL);
        }
    }
  return l;
}

/* The list with its names to look codes up by. */
static IsoList *
with_texts (IsoList *l)
{
  if (g_once_init_enter (&l->texts_once))
    {
      for (guint i = 0; i < l->entries->len; i++)
        {
          SkIsoEntry *e = &g_array_index (l->entries, SkIsoEntry, i);

          add_text (l, e->code, e->code);
          add_text (l, e->name, e->code);
          for (guint k = 0; k < 3; k++)
            add_text (l, l->other_names->pdata[3 * i + k], e->code);
          add_text (l, sk_tr_domain ("kk", l->domain, e->name), e->code);
          add_text (l, sk_tr_domain ("ru", l->domain, e->name), e->code);
        }
      if (l->add_own)
        l->add_own (l);
      g_once_init_leave (&l->texts_once, 1);
    }
  return l;
}

static void
add_country_aliases (IsoList *list)
{
  for (guint i = 0; i < G_N_ELEMENTS (country_aliases); i++)
    if (g_hash_table_contains (list->by_code, country_aliases[i].code))
      add_text (list, country_aliases[i].text, country_aliases[i].code);
}

static void
add_own_language_names (IsoList *list)
{
  for (guint i = 0; i < list->entries->len; i++)
    {
      SkIsoEntry *e = &g_array_index (list->entries, SkIsoEntry, i);
      for (guint k = 0; k < G_N_ELEMENTS (own_language_names); k++)
        if (strcmp (e->name, own_language_names[k]) == 0)
          add_text (list, sk_tr ("kk", e->name), e->code);
    }
}

static IsoList *
countries (void)
{
  static gsize once;
  static IsoList *list;

  if (g_once_init_enter (&once))
    {
      list = load ("iso_3166-1.json", "3166-1", "iso_3166-1", FALSE);
      list->add_own = add_country_aliases;
      g_once_init_leave (&once, 1);
    }
  return list;
}

static IsoList *
languages (void)
{
  static gsize once;
  static IsoList *list;

  if (g_once_init_enter (&once))
    {
      list = load ("iso_639-2.json", "639-2", "iso_639-2", TRUE);
      list->add_own = add_own_language_names;
      g_once_init_leave (&once, 1);
    }
  return list;
}

static const char *
name_in (IsoList *l, const char *domain, const char *code, const char *lang, gboolean own)
{
  SkIsoEntry *e;
  const char *s;

  if (code == NULL || (e = g_hash_table_lookup (l->by_code, code)) == NULL)
    return NULL;
  if (g_strcmp0 (lang, "en") == 0)
    return e->name;
  s = sk_tr_domain (lang, domain, e->name);
  if (own && s == e->name)
    s = sk_tr (lang, e->name);
  return s;
}

const SkIsoEntry *
sk_iso_countries (guint *n)
{
  IsoList *l = countries ();

  *n = l->entries->len;
  return (const SkIsoEntry *) (gpointer) l->entries->data;
}

const char *
sk_iso_country_name (const char *code, const char *lang)
{
  return name_in (countries (), "iso_3166-1", code, lang, FALSE);
}

static const char *
from_text (IsoList *l, const char *text)
{
  g_autofree char *key = NULL;
  const char *code;

  if (text == NULL)
    return NULL;
  key = fold (text);
  code = g_hash_table_lookup (with_texts (l)->by_text, key);
  return code && *code ? code : NULL;
}

const char *
sk_iso_country_from_text (const char *text)
{
  IsoList *l = countries ();
  const SkIsoEntry *e;

  /* A code as the catalogue writes it ("DE") is that country (no name of
   * another one folds to a code of two letters): no need for the names. */
  if (text && strlen (text) == 2 && (e = g_hash_table_lookup (l->by_code, text)))
    return e->code;
  return from_text (l, text);
}

const SkIsoEntry *
sk_iso_languages (guint *n)
{
  IsoList *l = languages ();

  *n = l->entries->len;
  return (const SkIsoEntry *) (gpointer) l->entries->data;
}

const char *
sk_iso_language_name (const char *code, const char *lang)
{
  /* The usual languages of instruction without reading the catalogue
   * (which costs more than the rest of a PDF's cover): the same name as
   * name_in () gives. */
  for (guint k = 0; code && k < G_N_ELEMENTS (own_language_codes); k++)
    if (strcmp (code, own_language_codes[k]) == 0)
      {
        const char *name = own_language_names[k], *s;

        if (g_strcmp0 (lang, "en") == 0)
          return name;
        s = sk_tr_domain (lang, "iso_639-2", name);
        return s == name ? sk_tr (lang, name) : s;
      }
  return name_in (languages (), "iso_639-2", code, lang, TRUE);
}

const char *
sk_iso_language_from_text (const char *text)
{
  return from_text (languages (), text);
}

GStrv
sk_iso_language_list (const char *stored)
{
  g_auto (GStrv) parts = g_strsplit_set (stored ? stored : "", ",; ", -1);
  g_autoptr (GStrvBuilder) b = g_strv_builder_new ();

  for (guint i = 0; parts[i]; i++)
    if (*parts[i])
      g_strv_builder_add (b, parts[i]);
  return g_strv_builder_end (b);
}

char *
sk_iso_languages_label (const char *stored, const char *lang)
{
  g_auto (GStrv) codes = sk_iso_language_list (stored);
  GString *out;

  if (codes[0] == NULL)
    return NULL;
  out = g_string_new (NULL);
  for (guint i = 0; codes[i]; i++)
    {
      const char *name = sk_iso_language_name (codes[i], lang);
      g_string_append_printf (out, "%s%s", i ? ", " : "", name ? name : codes[i]);
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_kazakh_letter (gunichar c)
{
  static const gunichar letters[] = {
    0x04D9, 0x0493, 0x049B, 0x04A3, 0x04E9, 0x04B1, 0x04AF, 0x04BB, 0x0456, /* ә ғ қ ң ө ұ ү һ і */
    0x04D8, 0x0492, 0x049A, 0x04A2, 0x04E8, 0x04B0, 0x04AE, 0x04BA, 0x0406,
  };
  for (guint i = 0; i < G_N_ELEMENTS (letters); i++)
    if (c == letters[i])
      return TRUE;
  return FALSE;
}

const char *
sk_text_language (const char *text)
{
  guint cyrillic = 0, latin = 0;
  gboolean kazakh = FALSE;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0400 && c <= 0x04FF)
        {
          cyrillic++;
          kazakh |= is_kazakh_letter (c);
        }
      else if (c < 0x0250 && g_unichar_isalpha (c))
        latin++;
    }
  if (cyrillic && cyrillic >= latin)
    return kazakh ? "kk" : "ru";
  if (latin)
    return "en";
  return NULL;
}
