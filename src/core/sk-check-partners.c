/* sk-check-partners.c: term, model, agreements, partners and rankings */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "sk-check-private.h"
#include "sk-format.h"
#include "sk-rank.h"
#include "sk-summary.h"

static gboolean
parse_date (const char *s, GDate *date)
{
  int y, m, d;

  g_date_clear (date, 1);
  if (s == NULL || sscanf (s, "%d-%d-%d", &y, &m, &d) != 3 ||
      !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

/* Whole years from @start to the end of the day @end (1 Sept 2025 to
 * 31 Aug 2030 is 5 years). */
static int
full_years (const GDate *start, const GDate *end)
{
  GDate after = *end;
  int years;

  g_date_add_days (&after, 1);
  years = g_date_get_year (&after) - g_date_get_year (start);
  if (g_date_get_month (&after) < g_date_get_month (start) ||
      (g_date_get_month (&after) == g_date_get_month (start) &&
       g_date_get_day (&after) < g_date_get_day (start)))
    years--;
  return years;
}

static void
check_term (SkCheckContext *ctx)
{
  GDate start, end;
  int years, min = sk_rule_set_min_term_years (ctx->rules);
  const char *s = sk_record_get_string (ctx->info, "term_start");
  const char *e = sk_record_get_string (ctx->info, "term_end");
  g_autofree char *s_text = NULL;
  g_autofree char *e_text = NULL;

  if (!parse_date (s, &start) || !parse_date (e, &end))
    {
      sk_check_add (ctx, "term", SK_KIND_PROPOSAL, 1,
                    /* TRANSLATORS: %d is the minimum term in years, from the rule set */
                    TRN ("The term of the partnership (its start and end) is not given; it is to last at least %d year.",
                         "The term of the partnership (its start and end) is not given; it is to last at least %d years.",
                         (gulong) min),
                    min);
      return;
    }
  /* The dates as the messages' language writes them. */
  s_text = sk_format_iso_date (s, ctx->msg_lang);
  e_text = sk_format_iso_date (e, ctx->msg_lang);
  if (s_text == NULL || e_text == NULL)
    {
      g_free (s_text);
      g_free (e_text);
      s_text = g_strdup (s);
      e_text = g_strdup (e);
    }
  if (g_date_compare (&end, &start) < 0)
    {
      sk_check_add (ctx, "term", SK_KIND_PROPOSAL, 1,
                    TR ("The term of the partnership ends (%s) before it starts (%s)."), e_text, s_text);
      return;
    }
  years = full_years (&start, &end);
  if (years < min)
    sk_check_add (ctx, "term", SK_KIND_PROPOSAL, 1,
                  /* TRANSLATORS: the plural form follows the first %d, the
                   * minimum term in years from the rule set; %s – %s are the
                   * start and end of the term; the last %d is the number of
                   * full years in the term, after its label ("label: number")
                   * so that it needs no plural form of its own. */
                  TRN ("The partnership is to last at least %d year; its term (%s – %s) is shorter (full years: %d).",
                       "The partnership is to last at least %d years; its term (%s – %s) is shorter (full years: %d).",
                       (gulong) min),
                  min, s_text, e_text, years);
}

typedef struct {
  guint kazakh, foreign, foreign_leads;
  guint foreign_records; /* before counting each institution once */
} PartnerCounts;

/* Institutions recorded twice count once. */
static PartnerCounts
count_partners (SkCheckContext *ctx)
{
  PartnerCounts c = { 0 };
  g_autoptr (GHashTable) kazakh = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr (GHashTable) foreign = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  SK_CHECK_FOREACH (ctx, SK_KIND_INSTITUTION, inst)
    {
      const char *role = sk_record_get_string (inst, "role");
      gint64 *institution = g_new (gint64, 1);

      *institution = sk_check_institution_of (ctx, sk_record_get_id (inst));
      if (g_strcmp0 (role, "kazakh_ohpe") == 0)
        g_hash_table_add (kazakh, g_steal_pointer (&institution));
      else if (g_strcmp0 (role, "foreign_ohpe") == 0)
        {
          c.foreign_records++;
          if (sk_record_get_bool (inst, "is_lead"))
            c.foreign_leads++;
          g_hash_table_add (foreign, g_steal_pointer (&institution));
        }
      g_free (institution);
    }
  c.kazakh = g_hash_table_size (kazakh);
  c.foreign = g_hash_table_size (foreign);
  return c;
}

static const char *
model_label (SkCheckContext *ctx)
{
  return sk_check_enum_label (ctx, ctx->info, "model");
}

/* The one record of @kind a model needs; NULL (and a finding) if none. */
static gboolean
needs_record (SkCheckContext *ctx, const char *kind)
{
  if (sk_proposal_count (ctx->proposal, kind) > 0)
    return TRUE;
  sk_check_add (ctx, "model-requirements", SK_KIND_PROPOSAL, 1,
                /* TRANSLATORS: the model, then what is missing (e.g. "Branch") */
                TR ("The model “%s” needs a record of the kind “%s”, and there is none."),
                model_label (ctx), TR (sk_schema_kind (kind)->label));
  return FALSE;
}

static void
check_consortium (SkCheckContext *ctx, const PartnerCounts *c)
{
  if (c->foreign < 2 && c->foreign_records >= 2)
    sk_check_add (ctx, "model-requirements", SK_KIND_PROPOSAL, 1,
                  TRN ("A consortium needs at least two different foreign OHPE; the foreign OHPE listed are only %u institution, as an institution recorded twice counts once.",
                       "A consortium needs at least two different foreign OHPE; the foreign OHPE listed are only %u institutions, as an institution recorded twice counts once.",
                       c->foreign),
                  c->foreign);
  else if (c->foreign < 2)
    sk_check_add (ctx, "model-requirements", SK_KIND_PROPOSAL, 1,
                  TRN ("A consortium needs at least two foreign OHPE; %u is listed.",
                               "A consortium needs at least two foreign OHPE; %u are listed.",
                               c->foreign),
                  c->foreign);
  if (c->foreign > 0 && c->foreign_leads == 0)
    sk_check_add (ctx, "model-requirements", SK_KIND_PROPOSAL, 1,
                  TR ("A consortium needs a lead foreign OHPE; none is marked as the lead."));
}

static void
check_certification_centre (SkCheckContext *ctx)
{
  SK_CHECK_FOREACH (ctx, SK_KIND_CERT_CENTRE, centre)
    {
      const char *labs = sk_record_get_text3 (centre, "laboratories_description", ctx->lang, TRUE, NULL);
      const char *equipment = sk_record_get_text3 (centre, "equipment", ctx->lang, TRUE, NULL);
      gint64 id = sk_record_get_id (centre);

      if (sk_record_get_int (centre, "laboratories", 0) <= 0 && (labs == NULL || *labs == '\0'))
        sk_check_add (ctx, "model-requirements", SK_KIND_CERT_CENTRE, id,
                      TR ("The certification centre “%s” has no laboratories."), sk_check_name (ctx, centre));
      if (equipment == NULL || *equipment == '\0')
        sk_check_add (ctx, "model-requirements", SK_KIND_CERT_CENTRE, id,
                      TR ("The certification centre “%s” has no equipment described."), sk_check_name (ctx, centre));
    }
}

static void
check_franchise (SkCheckContext *ctx)
{
  SK_CHECK_FOREACH (ctx, SK_KIND_FRANCHISE, fr)
    {
      gint64 id = sk_record_get_id (fr);

      if (!sk_record_is_set (fr, "franchisor_id"))
        sk_check_add (ctx, "model-requirements", SK_KIND_FRANCHISE, id,
                      TR ("The franchise does not name the franchisor (the foreign OHPE)."));
      if (!sk_record_is_set (fr, "investor_id"))
        sk_check_add (ctx, "model-requirements", SK_KIND_FRANCHISE, id,
                      TR ("The franchise does not name the investor."));
      if (!sk_record_get_bool (fr, "right_brand") && !sk_record_get_bool (fr, "right_programmes") &&
          !sk_record_get_bool (fr, "right_methods") && !sk_record_get_bool (fr, "right_standards"))
        sk_check_add (ctx, "model-requirements", SK_KIND_FRANCHISE, id,
                      TR ("The franchise transfers no rights (brand, educational programmes, teaching methods, quality standards)."));
    }
}

static void
check_joint_venture (SkCheckContext *ctx)
{
  SK_CHECK_FOREACH (ctx, SK_KIND_JOINT_VENTURE, jv)
    {
      gint64 id = sk_record_get_id (jv), total = 0;

      SK_CHECK_FOREACH (ctx, SK_KIND_SHAREHOLDER, sh)
        if (sk_record_get_int (sh, "joint_venture_id", 0) == id)
          total += sk_record_get_int (sh, "share_bp", 0);
      if (total != 10000)
        {
          /* As many decimals as it takes: 100.01 % is not "100 %". */
          g_autofree char *percent = sk_check_share_text (total / 100.0, 100, ctx->msg_lang);
          g_autofree char *whole = sk_format_percent (100, 0, ctx->msg_lang);
          sk_check_add (ctx, "model-requirements", SK_KIND_JOINT_VENTURE, id,
                        /* TRANSLATORS: %s is the joint venture; then the sum of the shares and
                         * 100 %, both percentages with their sign ("100,01 %", "100 %") */
                        TR ("The shares in the joint venture “%s” add up to %s, not %s."),
                        sk_check_name (ctx, jv), percent, whole);
        }
      if (!sk_record_get_bool (jv, "aifc_participant"))
        sk_check_add (ctx, "model-requirements", SK_KIND_JOINT_VENTURE, id,
                      TR ("The joint venture “%s” is not a participant of the Astana International Financial Centre."),
                      sk_check_name (ctx, jv));
    }
}

static void
check_model (SkCheckContext *ctx)
{
  const char *model = sk_record_get_string (ctx->info, "model");
  PartnerCounts c = count_partners (ctx);

  if (c.kazakh == 0)
    sk_check_add (ctx, "model-requirements", SK_KIND_PROPOSAL, 1,
                  TR ("No Kazakhstani OHPE is listed among the institutions."));
  if (c.foreign == 0)
    sk_check_add (ctx, "model-requirements", SK_KIND_PROPOSAL, 1,
                  TR ("No foreign OHPE is listed among the institutions."));
  if (model == NULL)
    {
      sk_check_add (ctx, "model-requirements", SK_KIND_PROPOSAL, 1,
                    TR ("No partnership model is chosen."));
      return;
    }
  if (g_str_equal (model, "branch"))
    needs_record (ctx, SK_KIND_BRANCH);
  else if (g_str_equal (model, "consortium_branch"))
    {
      needs_record (ctx, SK_KIND_BRANCH);
      check_consortium (ctx, &c);
    }
  else if (g_str_equal (model, "joint_programmes"))
    needs_record (ctx, SK_KIND_PROGRAMME);
  else if (g_str_equal (model, "certification_centre"))
    {
      if (needs_record (ctx, SK_KIND_CERT_CENTRE))
        check_certification_centre (ctx);
    }
  else if (g_str_equal (model, "franchise"))
    {
      if (needs_record (ctx, SK_KIND_FRANCHISE))
        check_franchise (ctx);
    }
  else if (g_str_equal (model, "joint_venture"))
    {
      if (needs_record (ctx, SK_KIND_JOINT_VENTURE))
        check_joint_venture (ctx);
    }
}

static gboolean
is_empty (const char *s)
{
  return s == NULL || *s == '\0';
}

void
sk_check_term_and_model (SkCheckContext *ctx)
{
  check_term (ctx);
  check_model (ctx);

  if (sk_proposal_count (ctx->proposal, SK_KIND_AGREEMENT) == 0)
    sk_check_add (ctx, "agreements", SK_KIND_PROPOSAL, 1,
                  TR ("No agreement or contract between the partners is recorded; it sets out the obligations of both sides."));
  if (is_empty (sk_record_get_string (ctx->info, "mshe_agreement_ref")) &&
      is_empty (sk_record_get_string (ctx->info, "mshe_agreement_date")))
    sk_check_add (ctx, "ministry-agreement", SK_KIND_PROPOSAL, 1,
                  TR ("The agreement of the Ministry of Science and Higher Education is not recorded."));
  if (sk_record_get_bool (ctx->info, "applicant_is_mia") &&
      is_empty (sk_record_get_string (ctx->info, "mia_approval_ref")) &&
      is_empty (sk_record_get_string (ctx->info, "mia_approval_date")))
    sk_check_add (ctx, "mia-approval", SK_KIND_PROPOSAL, 1,
                  TR ("The applicant is a military or special educational institution of the MIA, but the MIA’s agreement to the cooperation is not recorded."));
}

/* ---- rankings ---- */

typedef enum {
  RANK_NONE,       /* nothing that speaks for the partner */
  RANK_STRADDLES,  /* a band across the cut-off */
  RANK_STALE,      /* confirmed, but only by an old edition */
  RANK_CONFIRMED,
} RankVerdict;

/* One entry of an accepted publisher; the edition is its year, the table
 * its publisher and scope (overall, or one subject). */
typedef struct {
  SkRecord *entry;
  char *table;
  int year;
  gboolean readable;
  SkRank rank;
} RankEntry;

static void
rank_entry_clear (RankEntry *e)
{
  g_free (e->table);
}

static char *
rank_table_key (SkRecord *entry)
{
  g_autofree char *subject = NULL;

  if (g_strcmp0 (sk_record_get_string (entry, "scope"), "subject") != 0)
    return g_strdup_printf ("%s\n", sk_record_get_string (entry, "publisher"));
  subject = sk_check_normalise (sk_record_get_string (entry, "subject"));
  return g_strdup_printf ("%s\n%s", sk_record_get_string (entry, "publisher"), subject);
}

static RankVerdict
rank_verdict (SkCheckContext *ctx, const RankEntry *e)
{
  int cut_off = sk_rule_set_ranking_cut_off (ctx->rules);

  if (!e->readable || !e->rank.ranked || e->rank.lower > cut_off)
    return RANK_NONE;
  if (e->rank.upper == 0 || e->rank.upper > cut_off)
    return RANK_STRADDLES;
  if (ctx->year - e->year > sk_rule_set_ranking_max_age (ctx->rules))
    return RANK_STALE;
  return RANK_CONFIRMED;
}

/* The entries of @inst by accepted publishers; the unreadable ones are
 * reported. */
static GArray *
collect_rank_entries (SkCheckContext *ctx, SkRecord *inst, guint *n_entries)
{
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (RankEntry));
  gint64 id = sk_record_get_id (inst);

  g_array_set_clear_func (entries, (GDestroyNotify) rank_entry_clear);
  *n_entries = 0;
  SK_CHECK_FOREACH (ctx, SK_KIND_RANKING, entry)
    {
      g_autoptr (GError) error = NULL;
      RankEntry e = { entry, NULL, 0, FALSE, { 0 } };

      if (sk_record_get_int (entry, "institution_id", 0) != id)
        continue;
      (*n_entries)++;
      if (!sk_rule_set_accepts_publisher (ctx->rules, sk_record_get_string (entry, "publisher")))
        continue;
      e.readable = sk_rank_parse (sk_record_get_string (entry, "rank_text"), &e.rank, &error);
      if (!e.readable)
        sk_check_add (ctx, "ranking-unreadable", SK_KIND_RANKING, sk_record_get_id (entry),
                      TR ("A ranking entry of “%s” cannot be read: %s"), sk_check_name (ctx, inst),
                      error->message);
      e.table = rank_table_key (entry);
      e.year = (int) sk_record_get_int (entry, "year", 0);
      g_array_append_val (entries, e);
    }
  return entries;
}

/* An entry of an older edition that placed the partner in the TOP, while
 * the latest edition of the same table does not. */
static void
report_outdated_top (SkCheckContext *ctx, SkRecord *inst, const RankEntry *older, const RankEntry *latest)
{
  SkRecord *entry = latest->entry;
  g_autofree char *subject = g_strdup (sk_record_get_string (entry, "subject"));
  const char *publisher = sk_check_enum_label (ctx, entry, "publisher");
  const char *latest_rank = sk_record_get_string (entry, "rank_text");
  const char *older_rank = sk_record_get_string (older->entry, "rank_text");
  int cut_off = sk_rule_set_ranking_cut_off (ctx->rules);
  gint64 id = sk_record_get_id (inst);

  if (subject)
    g_strstrip (subject);
  if (g_strcmp0 (sk_record_get_string (entry, "scope"), "subject") == 0 && subject && *subject)
    sk_check_add (ctx, "ranking", SK_KIND_INSTITUTION, id,
                  /* TRANSLATORS: an institution; the cut-off (500 in "TOP-500"); a
                   * ranking's name; a subject; the year of the latest edition and the
                   * rank there ("=620", "601-650"); the year of an older edition and
                   * its rank. The numbers are a position and years: no plural. */
                  TR ("“%s” is not in the TOP-%d in the latest edition of “%s” by subject “%s” (%d, rank %s); the latest edition decides, and the edition of %d, which placed it at %s, only informs."),
                  sk_check_name (ctx, inst), cut_off, publisher, subject, latest->year, latest_rank,
                  older->year, older_rank);
  else
    sk_check_add (ctx, "ranking", SK_KIND_INSTITUTION, id,
                  /* TRANSLATORS: an institution; the cut-off (500 in "TOP-500"); a
                   * ranking's name; the year of the latest edition and the rank there
                   * ("=620", "601-650"); the year of an older edition and its rank.
                   * The numbers are a position and years: no plural. */
                  TR ("“%s” is not in the TOP-%d in the latest edition of “%s” (%d, rank %s); the latest edition decides, and the edition of %d, which placed it at %s, only informs."),
                  sk_check_name (ctx, inst), cut_off, publisher, latest->year, latest_rank,
                  older->year, older_rank);
}

/* For each table (a publisher's overall ranking, or its ranking in one
 * subject) the latest edition decides; older editions only inform. */
static void
check_ranking_of (SkCheckContext *ctx, SkRecord *inst)
{
  gint64 id = sk_record_get_id (inst);
  int cut_off = sk_rule_set_ranking_cut_off (ctx->rules);
  int max_age = sk_rule_set_ranking_max_age (ctx->rules);
  RankVerdict verdict = RANK_NONE;
  const RankEntry *older_top = NULL, *older_latest = NULL;
  g_autoptr (GHashTable) latest = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GArray) entries = NULL;
  guint n_entries;

  entries = collect_rank_entries (ctx, inst, &n_entries);
  /* The latest edition of each table; of two entries of one edition, the
   * better verdict. */
  for (guint i = 0; i < entries->len; i++)
    {
      RankEntry *e = &g_array_index (entries, RankEntry, i);
      RankEntry *l = g_hash_table_lookup (latest, e->table);
      if (l == NULL || e->year > l->year || (e->year == l->year && rank_verdict (ctx, e) > rank_verdict (ctx, l)))
        g_hash_table_insert (latest, e->table, e);
    }
  for (guint i = 0; i < entries->len; i++)
    {
      RankEntry *e = &g_array_index (entries, RankEntry, i);
      RankEntry *l = g_hash_table_lookup (latest, e->table);

      if (e->year == l->year)
        verdict = MAX (verdict, rank_verdict (ctx, l));
      else if (older_top == NULL && rank_verdict (ctx, e) >= RANK_STALE && rank_verdict (ctx, l) == RANK_NONE)
        {
          older_top = e;
          older_latest = l;
        }
    }

  switch (verdict)
    {
    case RANK_CONFIRMED:
      break;
    case RANK_STALE:
      sk_check_add (ctx, "ranking-stale", SK_KIND_INSTITUTION, id,
                    TRN ("“%s” is in the TOP-%d only by a ranking more than %d year old; add a recent one.",
                                 "“%s” is in the TOP-%d only by a ranking more than %d years old; add a recent one.",
                                 (gulong) max_age),
                    sk_check_name (ctx, inst), cut_off, max_age);
      break;
    case RANK_STRADDLES:
      sk_check_add (ctx, "ranking-band", SK_KIND_INSTITUTION, id,
                    /* TRANSLATORS: %s is the partner; %d is the lower end of its ranking band (a rank); TOP-%d is the cut-off of the rule set, a rank in a name, not a count */
                    TR ("“%s” is ranked in a band that reaches beyond %d, which cannot confirm a place in the TOP-%d."),
                    sk_check_name (ctx, inst), cut_off, cut_off);
      break;
    case RANK_NONE:
    default:
      if (n_entries == 0)
        sk_check_add (ctx, "ranking", SK_KIND_INSTITUTION, id,
                      /* TRANSLATORS: an institution; the cut-off (500 in "TOP-500"), not a count */
                      TR ("“%s” has no ranking entry; it is recommended that a foreign partner be in the TOP-%d of an international ranking (for example QS, THE, ARWU), overall or by subject."),
                      sk_check_name (ctx, inst), cut_off);
      else if (older_top)
        report_outdated_top (ctx, inst, older_top, older_latest);
      else
        sk_check_add (ctx, "ranking", SK_KIND_INSTITUTION, id,
                      /* TRANSLATORS: %s is the partner; TOP-%d is the cut-off of the rule set (e.g. TOP-500), a rank in a name, not a count */
                      TR ("“%s” is not in the TOP-%d of an accepted ranking, overall or by subject."),
                      sk_check_name (ctx, inst), cut_off);
      break;
    }
}

/* 001 item 4: a service of international cooperation when there are at
 * least 10 foreigners, active agreements and at least 10 citizens sent
 * abroad; otherwise a responsible person (item 6). */
static void
check_cooperation_service (SkCheckContext *ctx)
{
  g_autoptr (GHashTable) incoming = g_hash_table_new (NULL, NULL);
  g_autoptr (GHashTable) outgoing = g_hash_table_new (NULL, NULL);
  guint foreign_staff = 0, max_in = 0, max_out = 0, foreigners;
  gboolean agreements = FALSE;
  GHashTableIter iter;
  gpointer key, value;

  /* Foreigners are foreign citizens, whichever side employs them; when
   * the citizenship is not recorded, the side tells. */
  SK_CHECK_FOREACH (ctx, SK_KIND_STAFF, person)
    {
      const char *citizenship = sk_record_get_string (person, "citizenship");
      if (citizenship && *citizenship)
        foreign_staff += !sk_check_is_kazakhstan (citizenship);
      else
        foreign_staff += sk_side_from_code (sk_record_get_string (person, "side")) == SK_SIDE_FOREIGN;
    }
  /* Active: not expired before the year checked. */
  SK_CHECK_FOREACH (ctx, SK_KIND_AGREEMENT, a)
    {
      const char *until = sk_record_get_string (a, "valid_until");
      int year = 0;
      if (until == NULL || (sscanf (until, "%d", &year) == 1 && year >= ctx->year))
        agreements = TRUE;
    }
  SK_CHECK_FOREACH (ctx, SK_KIND_MOBILITY, m)
    {
      GHashTable *table = g_strcmp0 (sk_record_get_string (m, "direction"), "incoming") == 0 ? incoming : outgoing;
      gpointer year = GINT_TO_POINTER ((int) sk_record_get_int (m, "year", 0));
      guint sum = GPOINTER_TO_UINT (g_hash_table_lookup (table, year));
      g_hash_table_insert (table, year, GUINT_TO_POINTER (sum + (guint) sk_record_get_int (m, "count", 0)));
    }
  g_hash_table_iter_init (&iter, incoming);
  while (g_hash_table_iter_next (&iter, &key, &value))
    max_in = MAX (max_in, GPOINTER_TO_UINT (value));
  g_hash_table_iter_init (&iter, outgoing);
  while (g_hash_table_iter_next (&iter, &key, &value))
    max_out = MAX (max_out, GPOINTER_TO_UINT (value));
  foreigners = foreign_staff + max_in;

  if (foreigners >= (guint) sk_rule_set_min_foreigners (ctx->rules) && agreements &&
      max_out >= (guint) sk_rule_set_min_sent_abroad (ctx->rules))
    sk_check_add (ctx, "cooperation-service", SK_KIND_PROPOSAL, 1,
                  /* TRANSLATORS: two numbers of people in one sentence, so no
                   * plural form can fit both: each number follows its label
                   * ("label — number"), and no noun agrees with it. The first
                   * %u counts the foreigners, the second the citizens sent
                   * abroad (Order No. 661, item 4). */
                  TR ("In the busiest year: foreigners — %u, citizens sent abroad — %u; agreements are active: the applicant is to have a service of international cooperation."),
                  foreigners, max_out);
  else
    sk_check_add (ctx, "cooperation-service", SK_KIND_PROPOSAL, 1,
                  /* TRANSLATORS: two numbers of people in one sentence, so no
                   * plural form can fit both: each number follows its label
                   * ("label — number"). The first %u counts the foreigners,
                   * the second the citizens sent abroad (Order No. 661,
                   * items 4 and 6). */
                  TR ("In the busiest year: foreigners — %u, citizens sent abroad — %u; no service of international cooperation is called for, and a person responsible for international cooperation is to be appointed."),
                  foreigners, max_out);
}

void
sk_check_partners (SkCheckContext *ctx)
{
  SK_CHECK_FOREACH (ctx, SK_KIND_INSTITUTION, inst)
    if (g_strcmp0 (sk_record_get_string (inst, "role"), "foreign_ohpe") == 0)
      check_ranking_of (ctx, inst);
  check_cooperation_service (ctx);
}
