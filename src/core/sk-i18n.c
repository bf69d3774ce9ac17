/* sk-i18n.c: a reader of gettext message catalogues (.mo files) */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sk-i18n.h"

typedef struct {
  const char *text;  /* the plural forms, NUL-separated */
  guint32 length;    /* of all of them */
} Translation;

typedef struct {
  GBytes *data;
  Translation *translations;
  GHashTable *messages; /* msgid (singular) -> Translation* */
} Catalogue;

static GMutex lock;
static GHashTable *catalogues; /* lang -> Catalogue* (NULL entry: none found) */

static guint32
read32 (const guint8 *p, gboolean swap)
{
  guint32 v;
  memcpy (&v, p, 4);
  return swap ? GUINT32_SWAP_LE_BE (v) : v;
}

/* Fills the catalogue from the bytes of a .mo file; FALSE if malformed. */
static gboolean
parse_mo (const guint8 *d, gsize size, Catalogue *c)
{
  gboolean swap;
  guint32 n, orig, trans;

  if (size < 28)
    return FALSE;
  if (read32 (d, FALSE) == 0x950412de)
    swap = FALSE;
  else if (read32 (d, TRUE) == 0x950412de)
    swap = TRUE;
  else
    return FALSE;
  n = read32 (d + 8, swap);
  orig = read32 (d + 12, swap);
  trans = read32 (d + 16, swap);
  if (n > size / 16 || orig > size - (gsize) n * 8 || trans > size - (gsize) n * 8)
    return FALSE;
  c->translations = g_new0 (Translation, n);
  for (guint32 i = 0; i < n; i++)
    {
      guint32 olen = read32 (d + orig + i * 8, swap), ooff = read32 (d + orig + i * 8 + 4, swap);
      guint32 tlen = read32 (d + trans + i * 8, swap), toff = read32 (d + trans + i * 8 + 4, swap);

      if ((gsize) ooff + olen >= size || (gsize) toff + tlen >= size ||
          d[ooff + olen] != '\0' || d[toff + tlen] != '\0')
        return FALSE;
      if (olen == 0)
        continue; /* the header */
      c->translations[i].text = (const char *) (d + toff);
      c->translations[i].length = tlen;
      g_hash_table_insert (c->messages, (gpointer) (d + ooff), &c->translations[i]);
    }
  return TRUE;
}

/* The catalogue of @domain in @lang: the program's own (GETTEXT_PACKAGE)
 * under SERIKTES_LOCALEDIR or LOCALEDIR, any other (iso-codes) under
 * SERIKTES_ISO_LOCALEDIR or ISO_CODES_LOCALEDIR. */
static Catalogue *
load (const char *lang, const char *domain)
{
  gboolean own = g_str_equal (domain, GETTEXT_PACKAGE);
  const char *env = g_getenv (own ? "SERIKTES_LOCALEDIR" : "SERIKTES_ISO_LOCALEDIR");
  g_autofree char *file_name = g_strconcat (domain, ".mo", NULL);
  g_autofree char *path = g_build_filename (env && *env ? env : own ? LOCALEDIR : ISO_CODES_LOCALEDIR,
                                            lang, "LC_MESSAGES", file_name, NULL);
  g_autoptr (GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);
  Catalogue *c;

  if (file == NULL)
    return NULL;
  c = g_new0 (Catalogue, 1);
  c->data = g_mapped_file_get_bytes (file);
  c->messages = g_hash_table_new (g_str_hash, g_str_equal);
  if (!parse_mo (g_bytes_get_data (c->data, NULL), g_bytes_get_size (c->data), c))
    {
      g_warning ("The message catalogue %s is damaged", path);
      g_free (c->translations);
      g_hash_table_unref (c->messages);
      g_bytes_unref (c->data);
      g_free (c);
      return NULL;
    }
  return c;
}

/* The translation of @msgid in @lang, or NULL. */
static const Translation *
lookup_domain (const char *lang, const char *domain, const char *msgid)
{
  g_autofree char *key = g_strconcat (domain, "/", lang, NULL);
  Catalogue *c;
  gpointer found;

  g_mutex_lock (&lock);
  if (catalogues == NULL)
    catalogues = g_hash_table_new (g_str_hash, g_str_equal);
  if (!g_hash_table_lookup_extended (catalogues, key, NULL, &found))
    {
      found = load (lang, domain);
      g_hash_table_insert (catalogues, g_steal_pointer (&key), found);
    }
  g_mutex_unlock (&lock);
  c = found;
  if (c == NULL)
    return NULL;
  return g_hash_table_lookup (c->messages, msgid); /* read-only once loaded */
}

static const Translation *
lookup (const char *lang, const char *msgid)
{
  return lookup_domain (lang, GETTEXT_PACKAGE, msgid);
}

const char *
sk_tr_domain (const char *lang, const char *domain, const char *msgid)
{
  const Translation *t;

  if (lang == NULL)
    return g_dgettext (domain, msgid);
  if (g_str_equal (lang, "en") || (t = lookup_domain (lang, domain, msgid)) == NULL || t->length == 0)
    return msgid;
  return t->text;
}

gboolean
sk_is_content_language (const char *lang)
{
  return g_strcmp0 (lang, "kk") == 0 || g_strcmp0 (lang, "ru") == 0 || g_strcmp0 (lang, "en") == 0;
}

const char *
sk_tr (const char *lang, const char *msgid)
{
  const Translation *t;

  if (lang == NULL)
    return g_dgettext (GETTEXT_PACKAGE, msgid);
  if (g_str_equal (lang, "en") || (t = lookup (lang, msgid)) == NULL || t->length == 0)
    return msgid;
  return t->text;
}

const char *
sk_trc (const char *lang, const char *context, const char *msgid)
{
  g_autofree char *key = NULL;
  const Translation *t;

  if (lang == NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE, context, msgid);
  if (g_str_equal (lang, "en"))
    return msgid;
  key = g_strconcat (context, "\004", msgid, NULL);
  if ((t = lookup (lang, key)) == NULL || t->length == 0)
    return msgid;
  return t->text;
}

/* The plural form of @n in @lang, as the po headers say. */
static guint
plural_form (const char *lang, gulong n)
{
  if (g_str_equal (lang, "kk"))
    return 0;
  if (g_str_equal (lang, "ru"))
    return n % 10 == 1 && n % 100 != 11 ? 0
           : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20) ? 1 : 2;
  return n != 1;
}

const char *
sk_ntr (const char *lang, const char *singular, const char *plural, gulong n)
{
  const Translation *t;
  const char *form;
  guint index;

  if (lang == NULL)
    return g_dngettext (GETTEXT_PACKAGE, singular, plural, n);
  if (g_str_equal (lang, "en") || (t = lookup (lang, singular)) == NULL || t->length == 0)
    return n == 1 ? singular : plural;
  form = t->text;
  index = plural_form (lang, n);
  for (guint i = 0; i < index; i++)
    {
      form += strlen (form) + 1;
      if (form >= t->text + t->length)
        return n == 1 ? singular : plural; /* fewer forms than the rule */
    }
  return form;
}
