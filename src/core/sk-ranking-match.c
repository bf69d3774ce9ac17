/* sk-ranking-match.c: partners matched to the rows of the loaded tables,
 * ranking entries written from them, and the partner finder */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sk-init.h"
#include "sk-iso.h"
#include "sk-ranking-private.h"

#define SIMILAR_SCORE 0.75

/* ---- the index of a table ---- */

static void
add_key (GHashTable *index, char *key, guint position)
{
  GArray *positions;

  if (*key == '\0')
    {
      g_free (key);
      return;
    }
  positions = g_hash_table_lookup (index, key);
  if (positions == NULL)
    {
      positions = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (index, g_strdup (key), positions);
    }
  if (positions->len == 0 || g_array_index (positions, guint, positions->len - 1) != position)
    g_array_append_val (positions, position);
  g_free (key);
}

static void
index_key (GHashTable *index, const char *name, guint position)
{
  add_key (index, sk_ranking_name_key (name), position);
}

/* "Technische Universität Berlin (TU Berlin)": the name with and without
 * the part in brackets, and that part alone. */
static void
index_name (GHashTable *index, const char *name, const char *key, guint position)
{
  const char *open = strchr (name, '(');
  const char *close = open ? strchr (open, ')') : NULL;

  if (key)
    add_key (index, g_strdup (key), position);
  else
    index_key (index, name, position);
  if (open && close)
    {
      g_autofree char *inside = g_strndup (open + 1, close - open - 1);
      g_autofree char *outside = g_strdup_printf ("%.*s %s", (int) (open - name), name, close + 1);
      index_key (index, inside, position);
      index_key (index, outside, position);
    }
}

static void
build_index (SkRankingTable *t)
{
  g_clear_pointer (&t->index, g_hash_table_unref);
  t->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < t->rows->len; i++)
    {
      SkRankingRow *r = t->rows->pdata[i];

      index_name (t->index, r->name, r->key, i);
      if (r->aliases)
        {
          g_auto (GStrv) parts = g_strsplit_set (r->aliases, ";|", -1);
          for (guint k = 0; parts[k]; k++)
            index_name (t->index, parts[k], NULL, i);
        }
    }
}

void
sk_rankings_index_table_internal (SkRankingTable *table)
{
  build_index (table);
}

/* ---- comparing names ---- */

/* Compares the tokens at @a and @b (each ends at a space or NUL). */
static int
token_cmp (const char *a, const char *b)
{
  while (*a && *a != ' ' && *a == *b)
    a++, b++;
  return (int) (guchar) (*a == ' ' ? '\0' : *a) - (int) (guchar) (*b == ' ' ? '\0' : *b);
}

static const char *
next_token (const char *s)
{
  s = strchr (s, ' ');
  return s ? s + 1 : NULL;
}

static guint
count_tokens (const char *s)
{
  guint n = *s ? 1 : 0;
  for (; *s; s++)
    n += *s == ' ';
  return n;
}

/* Words in common / words of the longer name; keys are sorted. */
static double
similarity (const char *a, const char *b)
{
  guint common = 0, na = count_tokens (a), nb = count_tokens (b);

  if (na == 0 || nb == 0)
    return 0;
  while (a && b)
    {
      int c = token_cmp (a, b);
      if (c == 0)
        {
          common++;
          a = next_token (a);
          b = next_token (b);
        }
      else if (c < 0)
        a = next_token (a);
      else
        b = next_token (b);
    }
  if (common < 2)
    return 0;
  return (double) common / MAX (na, nb);
}

/* ---- candidates ---- */

static void
add_name_key (GPtrArray *keys, const char *name)
{
  char *key = name ? sk_ranking_name_key (name) : NULL;
  gboolean dup = key == NULL || *key == '\0';

  for (guint k = 0; !dup && k < keys->len; k++)
    dup = g_str_equal (keys->pdata[k], key);
  if (dup)
    g_free (key);
  else
    g_ptr_array_add (keys, key);
}

/* The keys of the institution's names: kk, ru, en, the short name, and
 * its former names (one a line) when the schema has that field. */
static GPtrArray *
partner_keys (SkRecord *inst)
{
  static const char * const fields[] = { "name_en", "name_ru", "name_kk", "short_name" };
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    add_name_key (keys, sk_record_get_string (inst, fields[i]));
  if (sk_kind_field (sk_record_get_kind (inst), "former_names"))
    {
      const char *former = sk_record_get_string (inst, "former_names");
      g_auto (GStrv) lines = former ? g_strsplit (former, "\n", -1) : NULL;

      for (guint i = 0; lines && lines[i]; i++)
        add_name_key (keys, g_strstrip (lines[i]));
    }
  return keys;
}

gboolean
sk_ranking_remember (SkRankingLibrary *library, SkRankings *rankings, SkRecord *institution,
                     const SkRankingRow *row, GError **error)
{
  g_autoptr (GPtrArray) keys = partner_keys (institution);

  for (guint i = 0; i < keys->len; i++)
    {
      if (library && !sk_ranking_library_add_alias (library, keys->pdata[i], row->key, error))
        return FALSE;
      if (rankings)
        sk_rankings_add_alias (rankings, keys->pdata[i], row->key);
    }
  return TRUE;
}

static gboolean
country_fits (const char *partner, const SkRankingRow *row)
{
  return partner == NULL || row->country_code == NULL || g_str_equal (partner, row->country_code);
}

static void
add_candidate (GPtrArray *out, const SkRankingTable *t, const SkRankingRow *row,
               SkRankingMatchKind kind, double score)
{
  SkRankingCandidate *c;

  for (guint i = 0; i < out->len; i++)
    if (((SkRankingCandidate *) out->pdata[i])->row == row)
      return;
  c = g_new0 (SkRankingCandidate, 1);
  *c = (SkRankingCandidate) { t, row, kind, score };
  g_ptr_array_add (out, c);
}

static void
add_by_key (GPtrArray *out, const SkRankingTable *t, const char *key, const char *country,
            SkRankingMatchKind kind)
{
  GArray *positions = t->index ? g_hash_table_lookup (t->index, key) : NULL;

  for (guint i = 0; positions && i < positions->len; i++)
    {
      const SkRankingRow *row = t->rows->pdata[g_array_index (positions, guint, i)];
      if (country_fits (country, row))
        add_candidate (out, t, row, kind, 1.0);
    }
}

static int
compare_candidates (gconstpointer a, gconstpointer b)
{
  const SkRankingCandidate *x = *(SkRankingCandidate * const *) a;
  const SkRankingCandidate *y = *(SkRankingCandidate * const *) b;

  if (x->kind != y->kind)
    return (int) x->kind - (int) y->kind;
  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return (int) x->row->row - (int) y->row->row;
}

GPtrArray *
sk_ranking_candidates (const SkRankings *rankings, const SkRankingTable *t, SkRecord *inst)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) keys = partner_keys (inst);
  const char *country = sk_ranking_country_code (sk_record_get_string (inst, "country"));

  for (guint k = 0; rankings && k < keys->len; k++)
    {
      GPtrArray *aliases = g_hash_table_lookup (rankings->aliases, keys->pdata[k]);
      for (guint a = 0; aliases && a < aliases->len; a++)
        add_by_key (out, t, aliases->pdata[a], country, SK_RANKING_MATCH_ALIAS);
    }
  for (guint k = 0; k < keys->len; k++)
    add_by_key (out, t, keys->pdata[k], country, SK_RANKING_MATCH_EXACT);

  if (out->len == 0)
    for (guint i = 0; i < t->rows->len; i++)
      {
        const SkRankingRow *row = t->rows->pdata[i];
        double best = 0;

        if (!country_fits (country, row) || (country == NULL && row->country_code != NULL))
          continue;
        for (guint k = 0; k < keys->len; k++)
          best = MAX (best, similarity (keys->pdata[k], row->key));
        if (best >= SIMILAR_SCORE)
          add_candidate (out, t, row, SK_RANKING_MATCH_SIMILAR, best);
      }
  g_ptr_array_sort (out, compare_candidates);
  return out;
}

const SkRankingCandidate *
sk_ranking_unambiguous (GPtrArray *candidates, gboolean accept_similar)
{
  const SkRankingCandidate *sure = NULL, *similar = NULL;
  guint n_sure = 0, n_similar = 0;

  for (guint i = 0; i < candidates->len; i++)
    {
      const SkRankingCandidate *c = candidates->pdata[i];
      if (c->kind == SK_RANKING_MATCH_SIMILAR)
        similar = c, n_similar++;
      else
        sure = c, n_sure++;
    }
  if (n_sure == 1)
    return sure;
  if (n_sure == 0 && n_similar == 1 && accept_similar)
    return similar;
  return NULL;
}

/* ---- ranks ---- */

static char *
canonical_rank (const char *text)
{
  GString *s = g_string_new (NULL);
  gboolean tie = FALSE;

  for (const char *p = text ? text : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == '=')
        tie = TRUE;
      else if (c == 0x2013 || c == 0x2014 || c == 0x2212)
        g_string_append_c (s, '-');
      else if (!g_unichar_isspace (c))
        g_string_append_unichar (s, g_unichar_tolower (c));
    }
  if (tie)
    g_string_prepend_c (s, '=');
  return g_string_free (s, FALSE);
}

gboolean
sk_ranking_same_rank (const char *entry_text, const char *row_text)
{
  g_autofree char *a = canonical_rank (entry_text);
  g_autofree char *b = canonical_rank (row_text);
  return g_str_equal (a, b);
}

/* ---- writing entries ---- */

char *
sk_ranking_source_note (const SkRankingTable *t, const SkRankingRow *row)
{
  g_autofree char *title = sk_ranking_table_title (t);

  /* TRANSLATORS: the source of a ranking entry: "QS 2026, file
   * “qs-2026.csv”, row 17" */
  return g_strdup_printf (_("%s, file “%s”, row %u"), title, t->source_file, row->row);
}

static SkRecord *
entry_for (SkProposal *p, gint64 inst_id, const SkRankingTable *t)
{
  GListModel *entries = sk_proposal_get_records (p, SK_KIND_RANKING);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (SkRecord) e = g_list_model_get_item (entries, i);
      if (sk_record_get_int (e, "institution_id", 0) == inst_id &&
          g_strcmp0 (sk_record_get_string (e, "publisher"), t->publisher) == 0 &&
          sk_record_get_int (e, "year", 0) == t->year &&
          g_strcmp0 (sk_record_get_string (e, "scope"), t->scope) == 0)
        {
          g_autofree char *a = sk_ranking_name_key (sk_record_get_string (e, "subject"));
          g_autofree char *b = sk_ranking_name_key (t->subject);
          if (g_str_equal (a, b))
            return g_steal_pointer (&e);
        }
    }
  return NULL;
}

static void
fill_entry (SkRecord *e, gint64 inst_id, const SkRankingTable *t, const SkRankingRow *row)
{
  g_autofree char *note = sk_ranking_source_note (t, row);

  sk_record_set_int (e, "institution_id", inst_id);
  sk_record_set_string (e, "publisher", t->publisher);
  sk_record_set_string (e, "scope", t->scope);
  sk_record_set_string (e, "subject", t->subject);
  sk_record_set_int (e, "year", t->year);
  sk_record_set_string (e, "rank_text", row->rank_text);
  if (row->rank.ranked)
    sk_record_set_int (e, "rank_lower", row->rank.lower);
  else
    sk_record_set_value (e, "rank_lower", NULL);
  if (row->rank.ranked && row->rank.upper)
    sk_record_set_int (e, "rank_upper", row->rank.upper);
  else
    sk_record_set_value (e, "rank_upper", NULL);
  {
    /* Written in the interface's language (its words are the catalogue's,
     * which the script alone cannot tell apart: a Kazakh note may have no
     * letter Russian lacks): the field of that language. */
    const char *lang = sk_get_content_language ();

    for (guint l = 0; l < SK_N_LANGUAGES; l++)
      {
        g_autofree char *field = g_strconcat ("source_note_", sk_content_languages[l], NULL);
        sk_record_set_value (e, field, g_str_equal (sk_content_languages[l], lang ? lang : "en")
                                       ? g_variant_new_string (note) : NULL);
      }
  }
}

gint64
sk_ranking_write_entry (SkProposal *p, gint64 inst_id, const SkRankingTable *t,
                        const SkRankingRow *row, GError **error)
{
  g_autoptr (SkRecord) existing = entry_for (p, inst_id, t);

  if (existing)
    {
      g_autoptr (SkRecord) changed = sk_record_copy (existing);
      fill_entry (changed, inst_id, t, row);
      if (sk_record_equal (changed, existing))
        return sk_record_get_id (existing);
      return sk_proposal_update (p, changed, error) ? sk_record_get_id (existing) : 0;
    }
  else
    {
      g_autoptr (SkRecord) e = sk_record_new (sk_schema_kind (SK_KIND_RANKING));
      fill_entry (e, inst_id, t, row);
      return sk_proposal_insert (p, e, error);
    }
}

GPtrArray *
sk_ranking_partners (SkProposal *p)
{
  GPtrArray *partners = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *insts = sk_proposal_get_records (p, SK_KIND_INSTITUTION);

  for (guint i = 0; i < g_list_model_get_n_items (insts); i++)
    {
      SkRecord *inst = g_list_model_get_item (insts, i);
      if (g_strcmp0 (sk_record_get_string (inst, "role"), "foreign_ohpe") == 0)
        g_ptr_array_add (partners, inst);
      else
        g_object_unref (inst);
    }
  return partners;
}

int
sk_ranking_apply (SkProposal *p, const SkRankings *rankings, GError **error)
{
  g_autoptr (GPtrArray) partners = sk_ranking_partners (p);
  int written = 0;

  sk_proposal_begin_group (p, _("Ranking entries from the tables"));
  for (guint i = 0; i < partners->len; i++)
    for (guint k = 0; k < rankings->tables->len; k++)
      {
        SkRecord *inst = partners->pdata[i];
        const SkRankingTable *t = rankings->tables->pdata[k];
        g_autoptr (GPtrArray) cands = sk_ranking_candidates (rankings, t, inst);
        const SkRankingCandidate *c = sk_ranking_unambiguous (cands, FALSE);

        if (c == NULL)
          continue;
        if (sk_ranking_write_entry (p, sk_record_get_id (inst), t, c->row, error) == 0)
          {
            sk_proposal_cancel_group (p);
            return -1;
          }
        written++;
      }
  if (!sk_proposal_end_group (p, error))
    return -1;
  return written;
}

/* ---- the partner finder ---- */

void
sk_ranking_hit_free (SkRankingHit *hit)
{
  g_free (hit->name);
  g_ptr_array_unref (hit->rows);
  g_free (hit);
}

static gboolean
table_fits (const SkRankingTable *t, const char *subject)
{
  if (subject == NULL || *subject == '\0')
    return t->subject == NULL;
  if (t->subject == NULL)
    return FALSE;
  {
    g_autofree char *a = sk_ranking_name_key (t->subject);
    g_autofree char *b = sk_ranking_name_key (subject);
    return g_str_equal (a, b);
  }
}

static gboolean
name_contains (const SkRankingRow *row, const char *words)
{
  g_autofree char *want = sk_ranking_name_key (words);
  g_auto (GStrv) parts = g_strsplit (want, " ", -1);

  for (guint i = 0; parts[i]; i++)
    if (*parts[i])
      {
        /* every word of the search is a word of the name */
        g_autofree char *padded = g_strdup_printf (" %s ", row->key);
        g_autofree char *needle = g_strdup_printf (" %s ", parts[i]);
        if (strstr (padded, needle) == NULL)
          return FALSE;
      }
  return TRUE;
}

/* The same institution in several tables: its name without the part in
 * brackets ("(TU Berlin)"), and its country. */
static char *
group_key (const SkRankingRow *row)
{
  const char *open = strchr (row->name, '(');
  g_autofree char *base = open ? g_strndup (row->name, open - row->name) : g_strdup (row->name);
  g_autofree char *key = sk_ranking_name_key (base);

  return g_strdup_printf ("%s\t%s", key, row->country_code ? row->country_code : "");
}

static int
compare_hits (gconstpointer a, gconstpointer b)
{
  const SkRankingHit *x = *(SkRankingHit * const *) a;
  const SkRankingHit *y = *(SkRankingHit * const *) b;

  if (x->best != y->best)
    return x->best - y->best;
  return g_utf8_collate (x->name, y->name);
}

GPtrArray *
sk_ranking_find (const SkRankings *rankings, const char *country, const char *name, int top,
                 const char *subject)
{
  GPtrArray *hits = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_ranking_hit_free);
  g_autoptr (GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *code = country && *country ? sk_ranking_country_code (country) : NULL;

  if (country && *country && code == NULL)
    return hits; /* a country no table knows */
  for (guint k = 0; k < rankings->tables->len; k++)
    {
      const SkRankingTable *t = rankings->tables->pdata[k];

      if (!table_fits (t, subject))
        continue;
      for (guint i = 0; i < t->rows->len; i++)
        {
          const SkRankingRow *row = t->rows->pdata[i];
          g_autofree char *key = NULL;
          SkRankingHit *hit;
          SkRankingCandidate *c;

          if (!row->rank.ranked || row->rank.upper == 0 || row->rank.upper > top ||
              (code && g_strcmp0 (row->country_code, code) != 0) ||
              (name && *name && !name_contains (row, name)))
            continue;
          key = group_key (row);
          hit = g_hash_table_lookup (by_key, key);
          if (hit == NULL)
            {
              hit = g_new0 (SkRankingHit, 1);
              hit->name = g_strdup (row->name);
              hit->country_code = row->country_code;
              hit->rows = g_ptr_array_new_with_free_func (g_free);
              hit->best = row->rank.upper;
              g_ptr_array_add (hits, hit);
              g_hash_table_insert (by_key, g_steal_pointer (&key), hit);
            }
          c = g_new0 (SkRankingCandidate, 1);
          *c = (SkRankingCandidate) { t, row, SK_RANKING_MATCH_EXACT, 1.0 };
          g_ptr_array_add (hit->rows, c);
          hit->best = MIN (hit->best, row->rank.upper);
          /* the fullest form of the name, not an abbreviation */
          if (strlen (row->name) > strlen (hit->name))
            {
              g_free (hit->name);
              hit->name = g_strdup (row->name);
            }
        }
    }
  g_ptr_array_sort (hits, compare_hits);
  return hits;
}

gint64
sk_ranking_add_partner (SkProposal *p, const SkRankingHit *hit, GError **error)
{
  g_autoptr (SkRecord) inst = sk_record_new (sk_schema_kind (SK_KIND_INSTITUTION));
  g_autofree char *label = NULL;
  g_autofree char *key = sk_ranking_name_key (hit->name);
  GListModel *insts = sk_proposal_get_records (p, SK_KIND_INSTITUTION);
  gint64 id;

  for (guint i = 0; i < g_list_model_get_n_items (insts); i++)
    {
      g_autoptr (SkRecord) other = g_list_model_get_item (insts, i);
      g_autoptr (GPtrArray) keys = partner_keys (other);
      for (guint k = 0; k < keys->len; k++)
        if (g_str_equal (keys->pdata[k], key))
          {
            g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_OPTIONS,
                         _("“%s” is already an institution of the proposal."), hit->name);
            return 0;
          }
    }

  sk_record_set_string (inst, "name_en", hit->name);
  sk_record_set_string (inst, "country", hit->country_code);
  sk_record_set_string (inst, "role", "foreign_ohpe");
  /* TRANSLATORS: an undo step; %s is a university */
  label = g_strdup_printf (_("Add partner “%s”"), hit->name);
  sk_proposal_begin_group (p, label);
  if ((id = sk_proposal_insert (p, inst, error)) == 0)
    goto fail;
  for (guint i = 0; i < hit->rows->len; i++)
    {
      const SkRankingCandidate *c = hit->rows->pdata[i];
      if (sk_ranking_write_entry (p, id, c->table, c->row, error) == 0)
        goto fail;
    }
  if (!sk_proposal_end_group (p, error))
    return 0;
  return id;

fail:
  sk_proposal_cancel_group (p);
  return 0;
}
