/* sk-check-staff.c: the teaching staff, the 70/30 ratio, parity */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-check-private.h"
#include "sk-format.h"
#include "sk-staff-plan.h"
#include "sk-summary.h"

/* The message for the rule set's basis, translated: each basis has a whole
 * message of its own, as the case of "the teaching hours" depends on the
 * sentence (no phrase is inserted into another message). */
static const char *
by_basis (SkCheckContext *ctx, SkBasis basis, const char *headcount, const char *fte, const char *hours)
  G_GNUC_FORMAT (3) G_GNUC_FORMAT (4) G_GNUC_FORMAT (5);

static const char *
by_basis (SkCheckContext *ctx, SkBasis basis, const char *headcount, const char *fte, const char *hours)
{
  switch (basis)
    {
    case SK_BASIS_HEADCOUNT:
      return TR (headcount);
    case SK_BASIS_FTE:
      return TR (fte);
    case SK_BASIS_HOURS:
    default:
      return TR (hours);
    }
}

/* The basis in the staffing-ratio findings, after "basis:". */
static const char *
basis_label (SkCheckContext *ctx, SkBasis basis)
{
  switch (basis)
    {
    case SK_BASIS_HEADCOUNT:
      /* TRANSLATORS: what the staffing ratio is counted in, after “basis:” in a message */
      return TR ("headcount");
    case SK_BASIS_FTE:
      /* TRANSLATORS: what the staffing ratio is counted in, after “basis:” in a message */
      return TR ("full-time equivalents");
    case SK_BASIS_HOURS:
    default:
      /* TRANSLATORS: what the staffing ratio is counted in, after “basis:” in a message */
      return TR ("teaching hours");
    }
}

/* What the limits leave when there are staff of two sides only: a range
 * of splits (OPEN), exactly one (EXACT, 70/30 by default) or none (NONE:
 * the two caps add up to less than 100 %). With staff of other
 * organisations there is always room (OPEN). */
typedef enum {
  SPLIT_OPEN,
  SPLIT_EXACT,
  SPLIT_NONE,
} Split;

typedef struct {
  const char *name;    /* the programme's; NULL for the whole */
  const char *basis;
  char *kz, *fo, *other; /* the shares as text, with the percent sign */
  int kz_max, fo_max, fo_min;
  char *kz_max_s, *fo_max_s, *fo_min_s, *needed_s; /* the limits as text */
  Split split;
  int split_fo;        /* the foreign share of the one split (EXACT) */
  int needed;          /* the least share of others (NONE) */
} Ratio;

static void
ratio_clear (Ratio *r)
{
  g_free (r->kz);
  g_free (r->fo);
  g_free (r->other);
  g_free (r->kz_max_s);
  g_free (r->fo_max_s);
  g_free (r->fo_min_s);
  g_free (r->needed_s);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Ratio, ratio_clear)

/* Each message is whole for the translators: the limits, the shares of
 * the three sides and, with staff of two sides only, what the limits
 * leave. The shares show as many decimals as it takes not to look like
 * the limit. */
static void
report_kazakh_above (SkCheckContext *ctx, const char *kind, gint64 id, const Ratio *r)
{
  switch (r->split)
    {
    case SPLIT_EXACT:
      if (r->name)
        sk_check_add (ctx, "staff-ratio", kind, id,
                      /* TRANSLATORS: a programme; the basis ("teaching hours"); the shares of the
                       * Kazakhstani side, the foreign side and other organisations; the two
                       * limits; the one split the limits leave (e.g. 70/30). Percentages: no
                       * plural. */
                      TR ("Programme “%s”: the Kazakhstani share of its teaching staff is above the recommended limit. Shares (basis: %s): Kazakhstani — %s, foreign — %s, other organisations — %s; recommended: Kazakhstani up to %s, foreign up to %s. With staff of these two sides only, the limits leave exactly one split, %d/%d; staff of other organisations (leading universities, employers) make room."),
                      r->name, r->basis, r->kz, r->fo, r->other, r->kz_max_s, r->fo_max_s, 100 - r->split_fo, r->split_fo);
      else
        sk_check_add (ctx, "staff-ratio", kind, id,
                      /* TRANSLATORS: the basis ("teaching hours"); the shares of the Kazakhstani
                       * side, the foreign side and other organisations; the two limits; the one
                       * split the limits leave (e.g. 70/30). Percentages: no plural. */
                      TR ("The Kazakhstani share of the teaching staff is above the recommended limit. Shares (basis: %s): Kazakhstani — %s, foreign — %s, other organisations — %s; recommended: Kazakhstani up to %s, foreign up to %s. With staff of these two sides only, the limits leave exactly one split, %d/%d; staff of other organisations (leading universities, employers) make room."),
                      r->basis, r->kz, r->fo, r->other, r->kz_max_s, r->fo_max_s, 100 - r->split_fo, r->split_fo);
      break;
    case SPLIT_NONE:
      if (r->name)
        sk_check_add (ctx, "staff-ratio", kind, id,
                      /* TRANSLATORS: a programme; the basis ("teaching hours"); the shares of the
                       * Kazakhstani side, the foreign side and other organisations; the two
                       * limits; the least share other organisations are to make. Percentages:
                       * no plural. */
                      TR ("Programme “%s”: the Kazakhstani share of its teaching staff is above the recommended limit. Shares (basis: %s): Kazakhstani — %s, foreign — %s, other organisations — %s; recommended: Kazakhstani up to %s, foreign up to %s. With staff of these two sides only, no split keeps both limits; staff of other organisations (leading universities, employers) are to make at least %s."),
                      r->name, r->basis, r->kz, r->fo, r->other, r->kz_max_s, r->fo_max_s, r->needed_s);
      else
        sk_check_add (ctx, "staff-ratio", kind, id,
                      /* TRANSLATORS: the basis ("teaching hours"); the shares of the Kazakhstani
                       * side, the foreign side and other organisations; the two limits; the
                       * least share other organisations are to make. Percentages: no plural. */
                      TR ("The Kazakhstani share of the teaching staff is above the recommended limit. Shares (basis: %s): Kazakhstani — %s, foreign — %s, other organisations — %s; recommended: Kazakhstani up to %s, foreign up to %s. With staff of these two sides only, no split keeps both limits; staff of other organisations (leading universities, employers) are to make at least %s."),
                      r->basis, r->kz, r->fo, r->other, r->kz_max_s, r->fo_max_s, r->needed_s);
      break;
    case SPLIT_OPEN:
    default:
      if (r->name)
        sk_check_add (ctx, "staff-ratio", kind, id,
                      /* TRANSLATORS: a programme; the basis ("teaching hours"); the shares of the
                       * Kazakhstani side, the foreign side and other organisations; the two
                       * limits. Percentages: no plural. */
                      TR ("Programme “%s”: the Kazakhstani share of its teaching staff is above the recommended limit. Shares (basis: %s): Kazakhstani — %s, foreign — %s, other organisations — %s; recommended: Kazakhstani up to %s, foreign up to %s."),
                      r->name, r->basis, r->kz, r->fo, r->other, r->kz_max_s, r->fo_max_s);
      else
        sk_check_add (ctx, "staff-ratio", kind, id,
                      /* TRANSLATORS: the basis ("teaching hours"); the shares of the Kazakhstani
                       * side, the foreign side and other organisations; the two limits.
                       * Percentages: no plural. */
                      TR ("The Kazakhstani share of the teaching staff is above the recommended limit. Shares (basis: %s): Kazakhstani — %s, foreign — %s, other organisations — %s; recommended: Kazakhstani up to %s, foreign up to %s."),
                      r->basis, r->kz, r->fo, r->other, r->kz_max_s, r->fo_max_s);
      break;
    }
}

static void
report_foreign_above (SkCheckContext *ctx, const char *kind, gint64 id, const Ratio *r)
{
  switch (r->split)
    {
    case SPLIT_EXACT:
      if (r->name)
        sk_check_add (ctx, "staff-ratio", kind, id,
                      /* TRANSLATORS: a programme; the basis ("teaching hours"); the shares of the
                       * Kazakhstani side, the foreign side and other organisations; the two
                       * limits; the one split the limits leave (e.g. 70/30). Percentages: no
                       * plural. */
                      TR ("Programme “%s”: the foreign share of its teaching staff is above the recommended limit. Shares (basis: %s): Kazakhstani — %s, foreign — %s, other organisations — %s; recommended: Kazakhstani up to %s, foreign up to %s. With staff of these two sides only, the limits leave exactly one split, %d/%d; staff of other organisations (leading universities, employers) make room."),
                      r->name, r->basis, r->kz, r->fo, r->other, r->kz_max_s, r->fo_max_s, 100 - r->split_fo, r->split_fo);
      else
        sk_check_add (ctx, "staff-ratio", kind, id,
                      /* TRANSLATORS: the basis ("teaching hours"); the shares of the Kazakhstani
                       * side, the foreign side and other organisations; the two limits; the one
                       * split the limits leave (e.g. 70/30). Percentages: no plural. */
                      TR ("The foreign share of the teaching staff is above the recommended limit. Shares (basis: %s): Kazakhstani — %s, foreign — %s, other organisations — %s; recommended: Kazakhstani up to %s, foreign up to %s. With staff of these two sides only, the limits leave exactly one split, %d/%d; staff of other organisations (leading universities, employers) make room."),
                      r->basis, r->kz, r->fo, r->other, r->kz_max_s, r->fo_max_s, 100 - r->split_fo, r->split_fo);
      break;
    case SPLIT_NONE:
      if (r->name)
        sk_check_add (ctx, "staff-ratio", kind, id,
                      /* TRANSLATORS: a programme; the basis ("teaching hours"); the shares of the
                       * Kazakhstani side, the foreign side and other organisations; the two
                       * limits; the least share other organisations are to make. Percentages:
                       * no plural. */
                      TR ("Programme “%s”: the foreign share of its teaching staff is above the recommended limit. Shares (basis: %s): Kazakhstani — %s, foreign — %s, other organisations — %s; recommended: Kazakhstani up to %s, foreign up to %s. With staff of these two sides only, no split keeps both limits; staff of other organisations (leading universities, employers) are to make at least %s."),
                      r->name, r->basis, r->kz, r->fo, r->other, r->kz_max_s, r->fo_max_s, r->needed_s);
      else
        sk_check_add (ctx, "staff-ratio", kind, id,
                      /* TRANSLATORS: the basis ("teaching hours"); the shares of the Kazakhstani
                       * side, the foreign side and other organisations; the two limits; the
                       * least share other organisations are to make. Percentages: no plural. */
                      TR ("The foreign share of the teaching staff is above the recommended limit. Shares (basis: %s): Kazakhstani — %s, foreign — %s, other organisations — %s; recommended: Kazakhstani up to %s, foreign up to %s. With staff of these two sides only, no split keeps both limits; staff of other organisations (leading universities, employers) are to make at least %s."),
                      r->basis, r->kz, r->fo, r->other, r->kz_max_s, r->fo_max_s, r->needed_s);
      break;
    case SPLIT_OPEN:
    default:
      if (r->name)
        sk_check_add (ctx, "staff-ratio", kind, id,
                      /* TRANSLATORS: a programme; the basis ("teaching hours"); the shares of the
                       * Kazakhstani side, the foreign side and other organisations; the two
                       * limits. Percentages: no plural. */
                      TR ("Programme “%s”: the foreign share of its teaching staff is above the recommended limit. Shares (basis: %s): Kazakhstani — %s, foreign — %s, other organisations — %s; recommended: Kazakhstani up to %s, foreign up to %s."),
                      r->name, r->basis, r->kz, r->fo, r->other, r->kz_max_s, r->fo_max_s);
      else
        sk_check_add (ctx, "staff-ratio", kind, id,
                      /* TRANSLATORS: the basis ("teaching hours"); the shares of the Kazakhstani
                       * side, the foreign side and other organisations; the two limits.
                       * Percentages: no plural. */
                      TR ("The foreign share of the teaching staff is above the recommended limit. Shares (basis: %s): Kazakhstani — %s, foreign — %s, other organisations — %s; recommended: Kazakhstani up to %s, foreign up to %s."),
                      r->basis, r->kz, r->fo, r->other, r->kz_max_s, r->fo_max_s);
      break;
    }
}

static void
report_foreign_below (SkCheckContext *ctx, const char *kind, gint64 id, const Ratio *r)
{
  if (r->name)
    sk_check_add (ctx, "staff-ratio", kind, id,
                  /* TRANSLATORS: a programme; the basis ("teaching hours"); the shares of the
                   * Kazakhstani side, the foreign side and other organisations; the least
                   * foreign share of the rule set. Percentages: no plural. */
                  TR ("Programme “%s”: the foreign share of its teaching staff is below the required minimum. Shares (basis: %s): Kazakhstani — %s, foreign — %s, other organisations — %s; required: foreign at least %s."),
                  r->name, r->basis, r->kz, r->fo, r->other, r->fo_min_s);
  else
    sk_check_add (ctx, "staff-ratio", kind, id,
                  /* TRANSLATORS: the basis ("teaching hours"); the shares of the Kazakhstani
                   * side, the foreign side and other organisations; the least foreign share
                   * of the rule set. Percentages: no plural. */
                  TR ("The foreign share of the teaching staff is below the required minimum. Shares (basis: %s): Kazakhstani — %s, foreign — %s, other organisations — %s; required: foreign at least %s."),
                  r->basis, r->kz, r->fo, r->other, r->fo_min_s);
}

/* With staff of two sides only the shares add up to 100 %: the foreign
 * share is to be at least 100 − KazakhMaximum (and ForeignMinimum) and at
 * most ForeignMaximum. */
static void
find_split (Ratio *r, const SkShares *shares)
{
  int lo = MAX (100 - r->kz_max, r->fo_min), hi = r->fo_max;

  r->split = SPLIT_OPEN;
  if (shares->amount[SK_SIDE_OTHER] > 0)
    return;
  if (lo == hi)
    {
      r->split = SPLIT_EXACT;
      r->split_fo = hi;
    }
  else if (lo > hi)
    {
      r->split = SPLIT_NONE;
      r->needed = 100 - r->kz_max - r->fo_max;
    }
}

/* The smallest changes that bring @shares within the limits (what-if). */
static GStrv
suggestions (SkCheckContext *ctx, const SkShares *shares, SkBasis basis, const Ratio *r)
{
  g_autoptr (GArray) changes = sk_staffing_changes (shares, basis, r->kz_max, r->fo_max, r->fo_min);
  g_autoptr (GStrvBuilder) b = g_strv_builder_new ();

  for (guint i = 0; i < changes->len; i++)
    {
      g_autofree char *text = sk_staffing_change_text (&g_array_index (changes, SkStaffingChange, i),
                                                       basis, ctx->msg_lang);
      g_strv_builder_add (b, text);
    }
  return g_strv_builder_end (b);
}

/* The ratio on the rule set's basis for one set of shares; @programme is
 * NULL for the overall figures. */
static void
check_shares (SkCheckContext *ctx, const SkShares *shares, SkRecord *programme)
{
  SkBasis basis = sk_rule_set_staffing_basis (ctx->rules);
  const char *kind = programme ? SK_KIND_PROGRAMME : SK_KIND_PROPOSAL;
  gint64 id = programme ? sk_record_get_id (programme) : 1;
  g_auto (Ratio) r = { 0 };
  gboolean below;
  guint since;

  r.name = programme ? sk_check_name (ctx, programme) : NULL;
  r.basis = basis_label (ctx, basis);
  r.kz_max = sk_rule_set_kazakh_max_percent (ctx->rules);
  r.fo_max = sk_rule_set_foreign_max_percent (ctx->rules);
  r.fo_min = sk_rule_set_foreign_min_percent (ctx->rules);
  if (shares->total <= 0)
    {
      if (programme)
        sk_check_add (ctx, "staff-ratio", kind, id,
                      by_basis (ctx, basis,
                                N_("Programme “%s”: no teaching staff are assigned (counted in the headcount), so the staffing ratio cannot be checked."),
                                N_("Programme “%s”: no teaching staff are assigned (counted in the full-time equivalents), so the staffing ratio cannot be checked."),
                                N_("Programme “%s”: no teaching staff are assigned (counted in the teaching hours), so the staffing ratio cannot be checked.")),
                      r.name);
      else
        sk_check_add (ctx, "staff-ratio", kind, id, "%s",
                      by_basis (ctx, basis,
                                N_("No teaching staff are counted in the headcount, so the staffing ratio cannot be checked."),
                                N_("No teaching staff are counted in the full-time equivalents, so the staffing ratio cannot be checked."),
                                N_("No teaching staff are counted in the teaching hours, so the staffing ratio cannot be checked.")));
      return;
    }
  below = r.fo_min > 0 && sk_shares_below (shares, SK_SIDE_FOREIGN, r.fo_min);
  r.kz = sk_check_share_text (sk_shares_percent (shares, SK_SIDE_KAZAKH), r.kz_max, ctx->msg_lang);
  r.fo = sk_check_share_text (sk_shares_percent (shares, SK_SIDE_FOREIGN), below ? r.fo_min : r.fo_max,
                              ctx->msg_lang);
  /* Not "0 %" for a few hours of others: that is what decides the split. */
  r.other = sk_check_share_text (sk_shares_percent (shares, SK_SIDE_OTHER), 0, ctx->msg_lang);
  find_split (&r, shares);
  r.kz_max_s = sk_format_percent (r.kz_max, 0, ctx->msg_lang);
  r.fo_max_s = sk_format_percent (r.fo_max, 0, ctx->msg_lang);
  r.fo_min_s = sk_format_percent (r.fo_min, 0, ctx->msg_lang);
  r.needed_s = sk_format_percent (r.needed, 0, ctx->msg_lang);

  since = ctx->findings->len;
  if (sk_shares_above (shares, SK_SIDE_KAZAKH, r.kz_max))
    report_kazakh_above (ctx, kind, id, &r);
  if (sk_shares_above (shares, SK_SIDE_FOREIGN, r.fo_max))
    report_foreign_above (ctx, kind, id, &r);
  if (below)
    report_foreign_below (ctx, kind, id, &r);
  if (ctx->findings->len > since)
    sk_check_suggest (ctx, since, suggestions (ctx, shares, basis, &r));
}

static void
check_ratio (SkCheckContext *ctx)
{
  SkBasis basis = sk_rule_set_staffing_basis (ctx->rules);

  check_shares (ctx, &ctx->staffing->overall[basis], NULL);
  SK_CHECK_FOREACH (ctx, SK_KIND_PROGRAMME, prog)
    {
      const SkProgrammeStaffing *ps = sk_staffing_programme (ctx->staffing, sk_record_get_id (prog));
      check_shares (ctx, &ps->by[basis], prog);
    }
}

static gboolean
has_scientific_degree (const char *degree)
{
  return g_strcmp0 (degree, "candidate") == 0 || g_strcmp0 (degree, "phd") == 0 ||
         g_strcmp0 (degree, "doctor") == 0;
}

/* 002 item 15: a degree or title, or a master's degree with experience. */
static void
check_qualification (SkCheckContext *ctx)
{
  int teaching = sk_rule_set_master_teaching_years (ctx->rules);
  int practice = sk_rule_set_master_practice_years (ctx->rules);

  if (!sk_check_enabled (ctx, "staff-qualification"))
    return;
  SK_CHECK_FOREACH (ctx, SK_KIND_STAFF, person)
    {
      const char *degree = sk_record_get_string (person, "degree");
      const char *title = sk_record_get_string (person, "academic_title");

      if (has_scientific_degree (degree) || (title && g_strcmp0 (title, "none") != 0))
        continue;
      if (g_strcmp0 (degree, "master") == 0)
        {
          if (sk_record_get_int (person, "teaching_years", 0) >= teaching ||
              sk_record_get_int (person, "practice_years", 0) >= practice)
            continue;
          sk_check_add (ctx, "staff-qualification", SK_KIND_STAFF, sk_record_get_id (person),
                        /* TRANSLATORS: %s is the person; then four numbers of
                         * years, each after its label so that no plural form
                         * is needed: the person's years of teaching, the
                         * rule set's minimum of them, the person's years of
                         * practical work, the rule set's minimum of them
                         * (002 item 15). */
                        TR ("%s has a master’s degree but not the experience it calls for. Years of teaching: %d (at least %d needed); years of practical work: %d (at least %d needed)."),
                        sk_check_name (ctx, person),
                        (int) sk_record_get_int (person, "teaching_years", 0), teaching,
                        (int) sk_record_get_int (person, "practice_years", 0), practice);
          continue;
        }
      sk_check_add (ctx, "staff-qualification", SK_KIND_STAFF, sk_record_get_id (person),
                    TR ("%s has no scientific degree, academic title or master’s degree recorded."),
                    sk_check_name (ctx, person));
    }
}

static void
check_parity (SkCheckContext *ctx)
{
  SK_CHECK_FOREACH (ctx, SK_KIND_BRANCH, branch)
    {
      gint64 id = sk_record_get_id (branch);
      guint kz = 0, fo = 0;

      SK_CHECK_FOREACH (ctx, SK_KIND_BOARD_MEMBER, member)
        if (sk_record_get_int (member, "branch_id", 0) == id)
          {
            SkSide side = sk_side_from_code (sk_record_get_string (member, "side"));
            kz += side == SK_SIDE_KAZAKH;
            fo += side == SK_SIDE_FOREIGN;
          }
      if (kz == 0 && fo == 0)
        sk_check_add (ctx, "parity", SK_KIND_BRANCH, id,
                      TR ("The management board of the branch “%s” is not listed; it is to be formed on a parity basis."),
                      sk_check_name (ctx, branch));
      else if (kz != fo)
        sk_check_add (ctx, "parity", SK_KIND_BRANCH, id,
                      /* TRANSLATORS: %s is the branch; two numbers of members in
                       * one sentence, so no plural form fits both: write each
                       * after its label ("Kazakhstani members — %u"). */
                      TR ("The management board of the branch “%s” has %u Kazakhstani and %u foreign members; management is to be on a parity basis."),
                      sk_check_name (ctx, branch), kz, fo);
    }
}

void
sk_check_staff (SkCheckContext *ctx)
{
  const SkShares *on_basis = &ctx->staffing->overall[sk_rule_set_staffing_basis (ctx->rules)];

  guint listed = (guint) ctx->staffing->overall[SK_BASIS_HEADCOUNT].amount[SK_SIDE_FOREIGN];

  /* A foreign share of 0 %: no foreign lecturer, or none with a part of
   * what the rule set counts while others have. */
  if (listed == 0)
    sk_check_add (ctx, "foreign-staff", SK_KIND_PROPOSAL, 1,
                  TR ("No teaching staff of the foreign side are listed; the foreign OHPE is to provide academic staff."));
  else if (on_basis->total > 0 && on_basis->amount[SK_SIDE_FOREIGN] <= 0)
    {
      if (sk_rule_set_staffing_basis (ctx->rules) == SK_BASIS_FTE)
        sk_check_add (ctx, "foreign-staff", SK_KIND_PROPOSAL, 1,
                      TRN ("%u lecturer of the foreign side is listed, but with no full-time equivalent, so the foreign share of the full-time equivalents is 0 %%; the foreign OHPE is to provide academic staff.",
                           "%u lecturers of the foreign side are listed, but with no full-time equivalent, so the foreign share of the full-time equivalents is 0 %%; the foreign OHPE is to provide academic staff.",
                           listed),
                      listed);
      else
        sk_check_add (ctx, "foreign-staff", SK_KIND_PROPOSAL, 1,
                      TRN ("%u lecturer of the foreign side is listed, but with no teaching hours, so the foreign share of the teaching hours is 0 %%; the foreign OHPE is to provide academic staff.",
                           "%u lecturers of the foreign side are listed, but with no teaching hours, so the foreign share of the teaching hours is 0 %%; the foreign OHPE is to provide academic staff.",
                           listed),
                      listed);
    }
  check_ratio (ctx);
  check_qualification (ctx);
  check_parity (ctx);

  if (sk_proposal_count (ctx->proposal, SK_KIND_BRANCH) > 0 &&
      sk_proposal_count (ctx->proposal, SK_KIND_PROF_DEV) == 0)
    sk_check_add (ctx, "professional-development", SK_KIND_PROPOSAL, 1,
                  TR ("No professional development of the teaching staff is planned for the branch."));
}
