/* sk-check-parties.c: one institution counts once; the agreements cover the term */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sk-iso.h"
#include "sk-check-private.h"
#include "sk-format.h"
#include "sk-summary.h"

/* ---- one institution, one record ---- */

typedef struct {
  SkRecord *record;
  char *names[SK_N_LANGUAGES]; /* normalised; "" when not given */
  char *country;               /* normalised; "kz" for every name of Kazakhstan */
  char *bin;                   /* the digits only; "" when none */
  guint group;                 /* index of the first record of the same institution */
} Party;

static void
party_clear (Party *p)
{
  for (guint l = 0; l < SK_N_LANGUAGES; l++)
    g_free (p->names[l]);
  g_free (p->country);
  g_free (p->bin);
}

static char *
digits_of (const char *s)
{
  GString *out = g_string_new (NULL);

  for (; s && *s; s++)
    if (g_ascii_isdigit (*s))
      g_string_append_c (out, *s);
  return g_string_free (out, FALSE);
}

static void
party_init (Party *p, SkRecord *inst, guint index)
{
  const char *country = sk_record_get_string (inst, "country");

  p->record = inst;
  for (guint l = 0; l < SK_N_LANGUAGES; l++)
    p->names[l] = sk_check_normalise (sk_record_get_text3 (inst, "name", sk_content_languages[l], FALSE, NULL));
  /* A code and a name of the same country are the same country. */
  p->country = sk_check_is_kazakhstan (country) ? g_strdup ("kz")
               : sk_iso_country_from_text (country) ? g_ascii_strdown (sk_iso_country_from_text (country), -1)
               : sk_check_normalise (country);
  p->bin = digits_of (sk_record_get_string (inst, "bin"));
  p->group = index;
}

/* Does a name of @a, in any language, equal one of @b's? */
static gboolean
same_name (const Party *a, const Party *b)
{
  for (guint i = 0; i < SK_N_LANGUAGES; i++)
    for (guint j = 0; j < SK_N_LANGUAGES; j++)
      if (*a->names[i] && g_str_equal (a->names[i], b->names[j]))
        return TRUE;
  return FALSE;
}

static gboolean
same_bin (const Party *a, const Party *b)
{
  return *a->bin && g_str_equal (a->bin, b->bin);
}

static gboolean
same_name_and_country (const Party *a, const Party *b)
{
  return same_name (a, b) && g_str_equal (a->country, b->country);
}

static gint64 *
int64_dup (gint64 value)
{
  gint64 *p = g_new (gint64, 1);

  *p = value;
  return p;
}

static void
report_duplicate (SkCheckContext *ctx, const Party *later, const Party *earlier)
{
  gint64 id = sk_record_get_id (later->record);
  const char *name = sk_check_name (ctx, later->record);

  if (same_bin (later, earlier))
    sk_check_add (ctx, "duplicate-institution", SK_KIND_INSTITUTION, id,
                  /* TRANSLATORS: an institution, its BIN (12 digits), another institution */
                  TR ("“%s” has the same BIN %s as “%s”: the institution is recorded twice. Keep one record, so that it counts once."),
                  name, sk_record_get_string (later->record, "bin"), sk_check_name (ctx, earlier->record));
  else
    sk_check_add (ctx, "duplicate-institution", SK_KIND_INSTITUTION, id,
                  TR ("“%s” is recorded twice, with the same name and country. Keep one record, so that the institution counts once."),
                  name);
}

/* Groups the institution records that are one institution (the same
 * normalised name and country, or the same BIN); each later record of a
 * group is reported, the first one not. */
void
sk_check_find_duplicates (SkCheckContext *ctx)
{
  guint n = sk_proposal_count (ctx->proposal, SK_KIND_INSTITUTION);
  g_autoptr (GArray) parties = g_array_sized_new (FALSE, TRUE, sizeof (Party), n);

  g_array_set_clear_func (parties, (GDestroyNotify) party_clear);
  ctx->same_as = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_array_set_size (parties, n);
  for (guint i = 0; i < n; i++)
    party_init (&g_array_index (parties, Party, i), sk_check_record_at (ctx, SK_KIND_INSTITUTION, i), i);

  for (guint i = 1; i < n; i++)
    {
      Party *later = &g_array_index (parties, Party, i);

      for (guint j = 0; j < i; j++)
        {
          Party *earlier = &g_array_index (parties, Party, j);
          guint from, to;

          if (!same_bin (later, earlier) && !same_name_and_country (later, earlier))
            continue;
          if (later->group == i)
            report_duplicate (ctx, later, earlier);
          /* Merge the two groups into the one with the earlier first record. */
          from = MAX (later->group, earlier->group);
          to = MIN (later->group, earlier->group);
          for (guint k = 0; k <= i; k++)
            if (g_array_index (parties, Party, k).group == from)
              g_array_index (parties, Party, k).group = to;
        }
    }
  for (guint i = 0; i < n; i++)
    {
      Party *p = &g_array_index (parties, Party, i);
      if (p->group != i)
        g_hash_table_insert (ctx->same_as, int64_dup (sk_record_get_id (p->record)),
                             int64_dup (sk_record_get_id (g_array_index (parties, Party, p->group).record)));
    }
}

gint64
sk_check_institution_of (SkCheckContext *ctx, gint64 id)
{
  gint64 *first = ctx->same_as ? g_hash_table_lookup (ctx->same_as, &id) : NULL;

  return first ? *first : id;
}

/* ---- agreements over the term ---- */

/* The name of an agreement in messages: its title, else its reference,
 * else its kind. */
static const char *
agreement_name (SkCheckContext *ctx, SkRecord *agreement)
{
  const char *title = sk_record_get_text3 (agreement, "title", ctx->lang, TRUE, NULL);
  const char *reference = sk_record_get_string (agreement, "reference");

  if (title && *title)
    return title;
  if (reference && *reference)
    return reference;
  return sk_check_enum_label (ctx, agreement, "kind");
}

static gboolean
valid_date (const char *s)
{
  int y, m, d;
  return sk_parse_iso_date (s, &y, &m, &d);
}

/* An agreement of the partnership: with a foreign OHPE or an investor, or
 * with no partner named. Agreements with enterprises and other
 * organisations (internships, guest lecturers) need not cover the term. */
static gboolean
is_partnership_agreement (SkCheckContext *ctx, SkRecord *agreement)
{
  gint64 partner = sk_record_get_int (agreement, "partner_id", 0);
  SkRecord *inst = partner ? sk_proposal_lookup (ctx->proposal, SK_KIND_INSTITUTION, partner) : NULL;
  const char *role = inst ? sk_record_get_string (inst, "role") : NULL;

  return inst == NULL || g_strcmp0 (role, "foreign_ohpe") == 0 || g_strcmp0 (role, "investor") == 0;
}

/* 004 item 2: the obligations of both sides hold for the whole
 * partnership, so its agreements (and the MSHE's) cover the term: signed
 * by its start, valid to its end. Dates as the messages' language writes
 * them, as the term message gives them. */
static char *
date_text (SkCheckContext *ctx, const char *iso)
{
  char *text = sk_format_iso_date (iso, ctx->msg_lang);

  return text ? text : g_strdup (iso);
}

void
sk_check_agreements_term (SkCheckContext *ctx)
{
  const char *start = sk_record_get_string (ctx->info, "term_start");
  const char *end = sk_record_get_string (ctx->info, "term_end");
  const char *mshe = sk_record_get_string (ctx->info, "mshe_agreement_date");

  if (!valid_date (start) || !valid_date (end) || strcmp (end, start) < 0 ||
      !sk_check_enabled (ctx, "agreements-term"))
    return;
  SK_CHECK_FOREACH (ctx, SK_KIND_AGREEMENT, agreement)
    {
      const char *signed_on = sk_record_get_string (agreement, "signed_date");
      const char *until = sk_record_get_string (agreement, "valid_until");
      gint64 id = sk_record_get_id (agreement);

      if (!is_partnership_agreement (ctx, agreement))
        continue;
      if (valid_date (until) && strcmp (until, end) < 0)
        {
          g_autofree char *a = date_text (ctx, until);
          g_autofree char *b = date_text (ctx, end);
          sk_check_add (ctx, "agreements-term", SK_KIND_AGREEMENT, id,
                        /* TRANSLATORS: an agreement's title, its end date, the term's end date */
                        TR ("The agreement “%s” is valid until %s, but the partnership runs until %s; the obligations of both sides are to hold for the whole term."),
                        agreement_name (ctx, agreement), a, b);
        }
      if (valid_date (signed_on) && strcmp (signed_on, start) > 0)
        {
          g_autofree char *a = date_text (ctx, signed_on);
          g_autofree char *b = date_text (ctx, start);
          sk_check_add (ctx, "agreements-term", SK_KIND_AGREEMENT, id,
                        /* TRANSLATORS: an agreement's title, the date it was signed, the term's start date */
                        TR ("The agreement “%s” is signed on %s, after the partnership starts on %s; the obligations of both sides are to hold for the whole term."),
                        agreement_name (ctx, agreement), a, b);
        }
    }
  if (valid_date (mshe) && strcmp (mshe, start) > 0)
    {
      g_autofree char *a = date_text (ctx, mshe);
      g_autofree char *b = date_text (ctx, start);
      sk_check_add (ctx, "agreements-term", SK_KIND_PROPOSAL, 1,
                    /* TRANSLATORS: the date of the MSHE's agreement, the term's start date */
                    TR ("The agreement of the Ministry of Science and Higher Education is dated %s, after the partnership starts on %s; it is to cover the whole term."),
                    a, b);
    }
}
