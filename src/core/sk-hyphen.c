/* sk-hyphen.c: where a word may be broken at a line end */
#include "config.h"

#include <hyphen.h>
#include <string.h>

#include "sk-hyphen.h"

#define MIN_LETTERS 2

/* ---- Kazakh ---- */

static gboolean
kazakh_vowel (gunichar c)
{
  return c != 0 && g_utf8_strchr ("аәеёиоөуұүыіэюя", -1, c) != NULL;
}

static gboolean
is_sign (gunichar c)
{
  return c == 0x044C || c == 0x044A; /* ь ъ */
}

void
sk_hyphen_kazakh (const gunichar *letters, gsize n, gboolean *breaks)
{
  g_autofree gboolean *vowel = g_new0 (gboolean, n + 1);
  gssize previous = -1;

  for (gsize i = 0; i < n; i++)
    {
      breaks[i] = FALSE;
      /* у and и after a vowel are glides: тау, сайын. */
      vowel[i] = kazakh_vowel (letters[i]) &&
                 !((letters[i] == 0x0443 || letters[i] == 0x0438) && i > 0 && vowel[i - 1]);
    }
  for (gsize i = 0; i < n; i++)
    {
      gsize at;

      if (!vowel[i])
        continue;
      if (previous >= 0)
        {
          gsize consonants = i - (gsize) previous - 1;

          /* The last consonant of the ones between begins the syllable. */
          at = consonants == 0 ? i : i - 1;
          /* ь and ъ belong to the consonant before them. */
          while (at < i && is_sign (letters[at]))
            at++;
          if (at >= MIN_LETTERS && n - at >= MIN_LETTERS)
            breaks[at] = TRUE;
        }
      previous = (gssize) i;
    }
}

/* ---- libhyphen ---- */

typedef struct {
  const char *file;
  HyphenDict *dict;
  gboolean tried;
} Patterns;

static Patterns patterns[] = {
  { "hyph_ru_RU.dic", NULL, FALSE },
  { "hyph_en_US.dic", NULL, FALSE },
};
G_LOCK_DEFINE_STATIC (patterns);

static HyphenDict *
load (Patterns *p)
{
  HyphenDict *dict;

  G_LOCK (patterns);
  if (!p->tried)
    {
      const char *dir = g_getenv ("SERIKTES_HYPHEN_DIR");
      g_autofree char *path = g_build_filename (dir && *dir ? dir : SK_HYPHEN_DIR, p->file, NULL);

      p->tried = TRUE;
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        p->dict = hnj_hyphen_load (path);
      if (p->dict == NULL)
        g_debug ("No hyphenation patterns at %s", path);
    }
  dict = p->dict;
  G_UNLOCK (patterns);
  return dict;
}

static gpointer
preload (gpointer data)
{
  const char *lang = data;

  /* Cyrillic words of a Kazakh document are Kazakh (no patterns). */
  if (g_strcmp0 (lang, "kk") != 0)
    load (&patterns[0]);
  load (&patterns[1]);
  return NULL;
}

GThread *
sk_hyphen_preload (const char *lang)
{
  gboolean done;

  G_LOCK (patterns);
  done = patterns[1].tried && (patterns[0].tried || g_strcmp0 (lang, "kk") == 0);
  G_UNLOCK (patterns);
  if (done)
    return NULL;
  return g_thread_try_new ("sk-hyphen", preload,
                           (gpointer) (g_strcmp0 (lang, "kk") == 0 ? "kk" : "ru"), NULL);
}

/* Breaks of a lowercase word by the patterns (before letter i). */
static void
by_patterns (HyphenDict *dict, const gunichar *letters, gsize n, gboolean *breaks)
{
  g_autoptr (GString) utf8 = g_string_new (NULL);
  g_autofree char *encoded = NULL;
  g_autofree char *hyphens = NULL;
  g_autofree gsize *char_of_byte = NULL;
  gsize size = 0;
  char **rep = NULL;
  int *pos = NULL, *cut = NULL;
  gboolean single_byte = g_ascii_strcasecmp (dict->cset, "UTF-8") != 0;

  for (gsize i = 0; i < n; i++)
    {
      breaks[i] = FALSE;
      g_string_append_unichar (utf8, letters[i]);
    }
  if (single_byte)
    {
      encoded = g_convert (utf8->str, (gssize) utf8->len, dict->cset, "UTF-8", NULL, &size, NULL);
      if (encoded == NULL || size != n)
        return;
    }
  else
    {
      encoded = g_strndup (utf8->str, utf8->len);
      size = utf8->len;
    }
  char_of_byte = g_new0 (gsize, size + 1);
  if (single_byte)
    for (gsize i = 0; i <= size; i++)
      char_of_byte[i] = i;
  else
    {
      gsize c = 0;
      for (const char *p = encoded; p < encoded + size; p = g_utf8_next_char (p))
        {
          for (const char *q = p; q < g_utf8_next_char (p); q++)
            char_of_byte[q - encoded] = c;
          c++;
        }
      char_of_byte[size] = c;
    }

  hyphens = g_malloc0 (size + 5);
  if (hnj_hyphen_hyphenate3 (dict, encoded, (int) size, hyphens, NULL, &rep, &pos, &cut,
                             MIN_LETTERS, MIN_LETTERS, MIN_LETTERS, MIN_LETTERS) == 0)
    {
      for (gsize b = 0; b + 1 < size; b++)
        {
          gsize after;

          /* A break after byte b; in UTF-8 only at a character's last byte. */
          if (!(hyphens[b] & 1) || (!single_byte && char_of_byte[b + 1] == char_of_byte[b]))
            continue;
          /* Non-standard breaks (rep) are not used. */
          if (rep && rep[b])
            continue;
          after = char_of_byte[b + 1];
          if (after >= MIN_LETTERS && n - after >= MIN_LETTERS)
            breaks[after] = TRUE;
        }
    }
  if (rep)
    {
      for (gsize b = 0; b < size; b++)
        free (rep[b]);
      free (rep);
      free (pos);
      free (cut);
    }
}

/* ---- words ---- */

static gboolean
is_latin (gunichar c)
{
  return g_unichar_get_script (c) == G_UNICODE_SCRIPT_LATIN;
}

static gboolean
is_kazakh_letter (gunichar c)
{
  return g_utf8_strchr ("әғқңөұүһі", -1, g_unichar_tolower (c)) != NULL;
}

/* Breaks of one run of letters (all of one script) at @run. */
static void
hyphenate_run (const gunichar *run, gsize n, const char *lang, gboolean *breaks)
{
  g_autofree gunichar *lower = g_new (gunichar, n);
  gboolean latin = is_latin (run[0]), kazakh = FALSE;
  HyphenDict *dict;

  for (gsize i = 0; i < n; i++)
    {
      lower[i] = g_unichar_tolower (run[i]);
      kazakh = kazakh || is_kazakh_letter (run[i]);
      breaks[i] = FALSE;
    }
  if (n < 2 * MIN_LETTERS)
    return;
  if (!latin && (kazakh || g_strcmp0 (lang, "kk") == 0))
    {
      sk_hyphen_kazakh (lower, n, breaks);
      return;
    }
  dict = load (&patterns[latin ? 1 : 0]);
  if (dict)
    by_patterns (dict, lower, n, breaks);
}

GArray *
sk_hyphen_points (const char *word, gsize length, const char *lang)
{
  GArray *points = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autofree gunichar *chars = NULL;
  g_autofree gsize *offsets = NULL;
  g_autofree gboolean *breaks = NULL;
  glong n = 0;
  gsize i = 0;

  if (word == NULL || length == 0 || !g_utf8_validate_len (word, length, NULL))
    return points;
  chars = g_utf8_to_ucs4_fast (word, (glong) length, &n);
  offsets = g_new (gsize, (gsize) n + 1);
  {
    const char *p = word;
    for (glong k = 0; k < n; k++, p = g_utf8_next_char (p))
      offsets[k] = (gsize) (p - word);
    offsets[n] = length;
  }
  breaks = g_new0 (gboolean, (gsize) n + 1);

  while (i < (gsize) n)
    {
      gsize start = i;
      gboolean latin;

      if (!g_unichar_isalpha (chars[i]))
        {
          i++;
          continue;
        }
      latin = is_latin (chars[i]);
      while (i < (gsize) n && g_unichar_isalpha (chars[i]) && is_latin (chars[i]) == latin)
        i++;
      /* A run that goes on in another script is not a word of one
       * language: no breaks in it. */
      if ((start > 0 && g_unichar_isalpha (chars[start - 1])) ||
          (i < (gsize) n && g_unichar_isalpha (chars[i])))
        continue;
      hyphenate_run (chars + start, i - start, lang, breaks + start);
      /* The run's first letter is never a break of the word. */
      breaks[start] = FALSE;
    }
  for (gsize k = 1; k < (gsize) n; k++)
    if (breaks[k])
      g_array_append_val (points, offsets[k]);
  return points;
}

char *
sk_hyphen_show (const char *word, const char *lang)
{
  gsize length = strlen (word);
  g_autoptr (GArray) points = sk_hyphen_points (word, length, lang);
  GString *out = g_string_new (NULL);
  gsize from = 0;

  for (guint i = 0; i < points->len; i++)
    {
      gsize at = g_array_index (points, gsize, i);
      g_string_append_len (out, word + from, (gssize) (at - from));
      g_string_append_c (out, '-');
      from = at;
    }
  g_string_append (out, word + from);
  return g_string_free (out, FALSE);
}
