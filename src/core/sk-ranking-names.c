/* sk-ranking-names.c: names and countries as the ranking tables write them */
#include "config.h"

#include <string.h>

#include "sk-ranking-private.h"

/* Words replaced before comparing: abbreviations of the ARWU tables and
 * the German, Russian and Kazakh forms of the words that matter. Keys are
 * case-folded, without diacritics. */
static const struct {
  const char *word;
  const char *as;
} words[] = {
  { "univ", "university" }, { "universitat", "university" }, { "universiteit", "university" },
  { "universite", "university" }, { "universita", "university" }, { "universidad", "university" },
  { "universidade", "university" }, { "uniwersytet", "university" },
  { "университет", "university" }, { "университета", "university" },
  { "университеті", "university" }, { "университеты", "university" },
  { "inst", "institute" }, { "institut", "institute" }, { "институт", "institute" },
  { "технический", "technical" }, { "технического", "technical" },
  { "техникалық", "technical" }, { "техникалык", "technical" },
  { "technische", "technical" }, { "technischen", "technical" }, { "technisch", "technical" },
  { "technol", "technology" }, { "technological", "technology" },
  { "sci", "science" }, { "sciences", "science" }, { "natl", "national" },
  { "coll", "college" }, { "engn", "engineering" }, { "acad", "academy" },
  { "ctr", "center" }, { "centre", "center" }, { "chem", "chemical" },
  { "phys", "physics" }, { "agr", "agricultural" }, { "polytech", "polytechnic" },
  { "med", "medical" }, { "hlth", "health" }, { "mgmt", "management" },
  { "государственный", "state" }, { "мемлекеттік", "state" },
  { "национальный", "national" }, { "ұлттық", "national" },
};

/* Words that say nothing about which institution it is. */
static const char * const stop_words[] = {
  "the", "of", "and", "for", "in", "at", "de", "der", "die", "des", "du", "la", "le",
  "di", "del", "y", "und", "et", "имени", "им", "атындағы", "атындагы", "и", "және",
};

static const char *
replace_word (const char *w)
{
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strcmp (words[i].word, w) == 0)
      return words[i].as;
  return w;
}

static gboolean
is_stop_word (const char *w)
{
  for (guint i = 0; i < G_N_ELEMENTS (stop_words); i++)
    if (strcmp (stop_words[i], w) == 0)
      return TRUE;
  return FALSE;
}

/* Lower case, no diacritics, letters and digits only, "&" as "and";
 * Cyrillic letters keep their own form (й, ё stay whole). */
static char *
fold (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  g_autofree char *decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  GString *out = g_string_sized_new (strlen (name) + 8);

  if (decomposed == NULL)
    return g_string_free (out, FALSE);
  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType t = g_unichar_type (c);

      if (t == G_UNICODE_NON_SPACING_MARK || t == G_UNICODE_SPACING_MARK ||
          t == G_UNICODE_ENCLOSING_MARK)
        {
          /* й and ё decompose to и/е + a mark: keep them Cyrillic letters */
          if ((c == 0x0306 || c == 0x0308) && out->len >= 2 &&
              (guchar) out->str[out->len - 2] == 0xd0)
            {
              gunichar base = g_utf8_get_char (out->str + out->len - 2);
              g_string_truncate (out, out->len - 2);
              g_string_append_unichar (out, base == 0x0438 && c == 0x0306 ? 0x0439 : base);
            }
          continue;
        }
      if (c == '&')
        g_string_append (out, " and ");
      else if (c == '\'' || c == 0x2019 || c == 0x02bc || c == '.')
        ; /* King's, St. */
      else if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
      else
        g_string_append_c (out, ' ');
    }
  return g_string_free (out, FALSE);
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

char *
sk_ranking_name_key (const char *name)
{
  g_autofree char *folded = NULL;
  g_auto (GStrv) parts = NULL;
  g_autoptr (GPtrArray) tokens = g_ptr_array_new ();
  GString *key = g_string_new (NULL);

  if (name == NULL)
    return g_string_free (key, FALSE);
  folded = fold (name);
  parts = g_strsplit (folded, " ", -1);
  for (guint i = 0; parts[i]; i++)
    if (*parts[i])
      g_ptr_array_add (tokens, (gpointer) replace_word (parts[i]));

  /* "technical university", "university of technology", "tech univ" */
  for (guint i = 0; i + 1 < tokens->len; i++)
    {
      const char *a = tokens->pdata[i], *b = tokens->pdata[i + 1];
      if ((g_str_equal (a, "technical") || g_str_equal (a, "tech")) && g_str_equal (b, "university"))
        {
          tokens->pdata[i] = (gpointer) "techuniversity";
          g_ptr_array_remove_index (tokens, i + 1);
        }
      else if (g_str_equal (a, "university") && i + 2 < tokens->len &&
               g_str_equal (b, "of") && g_str_equal (tokens->pdata[i + 2], "technology"))
        {
          tokens->pdata[i] = (gpointer) "techuniversity";
          g_ptr_array_remove_range (tokens, i + 1, 2);
        }
    }

  g_ptr_array_sort (tokens, compare_strings);
  for (guint i = 0; i < tokens->len; i++)
    {
      const char *t = tokens->pdata[i];
      if (is_stop_word (t) || (i > 0 && strcmp (t, tokens->pdata[i - 1]) == 0))
        continue;
      if (key->len)
        g_string_append_c (key, ' ');
      g_string_append (key, t);
    }
  return g_string_free (key, FALSE);
}

/* ---- countries ---- */

static const struct {
  const char *code;
  const char *names; /* folded, separated by '|' */
} countries[] = {
  { "AE", "united arab emirates|uae" }, { "AR", "argentina" }, { "AM", "armenia" },
  { "AT", "austria" }, { "AU", "australia" }, { "AZ", "azerbaijan" }, { "BE", "belgium" },
  { "BG", "bulgaria" }, { "BR", "brazil" }, { "BY", "belarus" }, { "CA", "canada" },
  { "CH", "switzerland" }, { "CL", "chile" }, { "CN", "china|china mainland|mainland china|peoples republic of china" },
  { "CO", "colombia" }, { "CY", "cyprus" }, { "CZ", "czech republic|czechia" },
  { "DE", "germany|deutschland" }, { "DK", "denmark" }, { "EE", "estonia" }, { "EG", "egypt" },
  { "ES", "spain" }, { "FI", "finland" }, { "FR", "france" },
  { "GB", "united kingdom|uk|great britain|england|scotland|wales|northern ireland" },
  { "GE", "georgia" }, { "GR", "greece" }, { "HK", "hong kong|hong kong sar|hong kong sar china|hong kong china" },
  { "HR", "croatia" }, { "HU", "hungary" }, { "ID", "indonesia" }, { "IE", "ireland" },
  { "IL", "israel" }, { "IN", "india" }, { "IQ", "iraq" }, { "IR", "iran|iran islamic republic of" },
  { "IS", "iceland" }, { "IT", "italy" }, { "JO", "jordan" }, { "JP", "japan" }, { "KE", "kenya" },
  { "KG", "kyrgyzstan|kyrgyz republic" }, { "KR", "south korea|korea|korea south|republic of korea|korea republic of" },
  { "KZ", "kazakhstan" }, { "LB", "lebanon" }, { "LT", "lithuania" }, { "LU", "luxembourg" },
  { "LV", "latvia" }, { "MO", "macau|macao|macau sar|macao sar" }, { "MX", "mexico" },
  { "MY", "malaysia" }, { "NG", "nigeria" }, { "NL", "netherlands|the netherlands" },
  { "NO", "norway" }, { "NZ", "new zealand" }, { "PE", "peru" }, { "PH", "philippines" },
  { "PK", "pakistan" }, { "PL", "poland" }, { "PT", "portugal" }, { "QA", "qatar" },
  { "RO", "romania" }, { "RS", "serbia" }, { "RU", "russia|russian federation" },
  { "SA", "saudi arabia" }, { "SE", "sweden" }, { "SG", "singapore" }, { "SI", "slovenia" },
  { "SK", "slovakia|slovak republic" }, { "TH", "thailand" }, { "TJ", "tajikistan" },
  { "TR", "turkey|turkiye" }, { "TW", "taiwan|chinese taipei" }, { "UA", "ukraine" },
  { "US", "united states|united states of america|usa|us" }, { "UZ", "uzbekistan" },
  { "VN", "vietnam|viet nam" }, { "ZA", "south africa" },
};

/* The words of @text folded, one space between them. */
static char *
squash (const char *text)
{
  g_autofree char *folded = fold (text);
  g_auto (GStrv) parts = g_strsplit (folded, " ", -1);
  GString *s = g_string_new (NULL);

  for (guint i = 0; parts[i]; i++)
    if (*parts[i])
      g_string_append_printf (s, "%s%s", s->len ? " " : "", parts[i]);
  return g_string_free (s, FALSE);
}

static gboolean
in_list (const char *names, const char *word)
{
  gsize len = strlen (word);

  for (const char *n = names; n; n = strchr (n, '|') ? strchr (n, '|') + 1 : NULL)
    if (strncmp (n, word, len) == 0 && (n[len] == '|' || n[len] == '\0'))
      return TRUE;
  return FALSE;
}

const char *
sk_ranking_country_code (const char *country)
{
  g_autofree char *clean = NULL;

  if (country == NULL)
    return NULL;
  clean = squash (country);
  if (*clean == '\0')
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (countries); i++)
    if ((strlen (clean) == 2 && g_ascii_strncasecmp (clean, countries[i].code, 2) == 0) ||
        in_list (countries[i].names, clean))
      return countries[i].code;
  return NULL;
}

/* ---- the loaded tables ---- */

SkRankings *
sk_rankings_new (void)
{
  /* Shared: the application's checks and dialogs hold references. */
  SkRankings *r = g_atomic_rc_box_new0 (SkRankings);

  r->tables = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_ranking_table_free);
  r->aliases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) g_ptr_array_unref);
  return r;
}

static void
rankings_clear (gpointer data)
{
  SkRankings *rankings = data;

  g_ptr_array_unref (rankings->tables);
  g_hash_table_unref (rankings->aliases);
}

SkRankings *
sk_rankings_ref (SkRankings *rankings)
{
  return g_atomic_rc_box_acquire (rankings);
}

void
sk_rankings_free (SkRankings *rankings)
{
  if (rankings == NULL)
    return;
  g_atomic_rc_box_release_full (rankings, rankings_clear);
}

void
sk_rankings_add_table (SkRankings *rankings, SkRankingTable *table)
{
  /* Indexed here, so that matching never writes to a shared table (the
   * check may run in a worker thread). */
  sk_rankings_index_table_internal (table);
  g_ptr_array_add (rankings->tables, table);
}

void
sk_rankings_add_alias (SkRankings *rankings, const char *name_key, const char *row_key)
{
  GPtrArray *keys = g_hash_table_lookup (rankings->aliases, name_key);

  if (keys == NULL)
    {
      keys = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (rankings->aliases, g_strdup (name_key), keys);
    }
  for (guint i = 0; i < keys->len; i++)
    if (g_str_equal (keys->pdata[i], row_key))
      return;
  g_ptr_array_add (keys, g_strdup (row_key));
}

static gboolean
same_subject (const char *a, const char *b)
{
  g_autofree char *ka = sk_ranking_name_key (a ? a : "");
  g_autofree char *kb = sk_ranking_name_key (b ? b : "");
  return g_str_equal (ka, kb);
}

SkRankingTable *
sk_rankings_lookup (const SkRankings *rankings, const char *publisher, int year,
                    const char *scope, const char *subject)
{
  gboolean overall = g_strcmp0 (scope, "subject") != 0;

  if (rankings == NULL)
    return NULL;
  for (guint i = 0; i < rankings->tables->len; i++)
    {
      SkRankingTable *t = rankings->tables->pdata[i];
      if (g_strcmp0 (t->publisher, publisher) == 0 && t->year == year &&
          overall == (t->subject == NULL) && (overall || same_subject (t->subject, subject)))
        return t;
    }
  return NULL;
}
