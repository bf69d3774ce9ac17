/* sk-check-staff.c: the teaching staff, the 70/30 ratio, parity */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-check-private.h"
#include "sk-summary.h"

static const char *
basis_words (SkCheckContext *ctx, SkBasis basis)
{
  switch (basis)
    {
    case SK_BASIS_HEADCOUNT:
      return TR ("the headcount");
    case SK_BASIS_FTE:
      return TR ("the full-time equivalents");
    case SK_BASIS_HOURS:
    default:
      return TR ("the teaching hours");
    }
}

/* The ratio on the rule set's basis for one set of shares; @programme is
 * NULL for the overall figures. */
static void
check_shares (SkCheckContext *ctx, const SkShares *shares, SkRecord *programme)
{
  SkBasis basis = sk_rule_set_staffing_basis (ctx->rules);
  int kz_max = sk_rule_set_kazakh_max_percent (ctx->rules);
  int fo_max = sk_rule_set_foreign_max_percent (ctx->rules);
  int fo_min = sk_rule_set_foreign_min_percent (ctx->rules);
  const char *kind = programme ? SK_KIND_PROGRAMME : SK_KIND_PROPOSAL;
  gint64 id = programme ? sk_record_get_id (programme) : 1;
  const char *name = programme ? sk_check_name (ctx, programme) : NULL;
  g_autofree char *kz = sk_check_share_text (sk_shares_percent (shares, SK_SIDE_KAZAKH), kz_max);
  g_autofree char *fo = sk_check_share_text (sk_shares_percent (shares, SK_SIDE_FOREIGN),
                                             sk_shares_below (shares, SK_SIDE_FOREIGN, fo_min) ? fo_min : fo_max);

  if (shares->total <= 0)
    {
      if (programme)
        sk_check_add (ctx, "staff-ratio", kind, id,
                      TR ("Programme “%s”: no teaching staff are assigned (counted in %s), so the staffing ratio cannot be checked."),
                      name, basis_words (ctx, basis));
      else
        sk_check_add (ctx, "staff-ratio", kind, id,
                      TR ("No teaching staff are counted in %s, so the staffing ratio cannot be checked."),
                      basis_words (ctx, basis));
      return;
    }
  if (sk_shares_above (shares, SK_SIDE_KAZAKH, kz_max))
    {
      if (programme)
        sk_check_add (ctx, "staff-ratio", kind, id,
                      TR ("Programme “%s”: Kazakhstani teaching staff make %s %% of %s, above the recommended %d %%."),
                      name, kz, basis_words (ctx, basis), kz_max);
      else
        sk_check_add (ctx, "staff-ratio", kind, id,
                      TR ("Kazakhstani teaching staff: %s %% of %s, above the recommended %d %%."),
                      kz, basis_words (ctx, basis), kz_max);
    }
  if (sk_shares_above (shares, SK_SIDE_FOREIGN, fo_max))
    {
      if (programme)
        sk_check_add (ctx, "staff-ratio", kind, id,
                      TR ("Programme “%s”: foreign teaching staff make %s %% of %s, above the recommended %d %%."),
                      name, fo, basis_words (ctx, basis), fo_max);
      else
        sk_check_add (ctx, "staff-ratio", kind, id,
                      TR ("Foreign teaching staff: %s %% of %s, above the recommended %d %%."),
                      fo, basis_words (ctx, basis), fo_max);
    }
  if (fo_min > 0 && sk_shares_below (shares, SK_SIDE_FOREIGN, fo_min))
    {
      if (programme)
        sk_check_add (ctx, "staff-ratio", kind, id,
                      TR ("Programme “%s”: foreign teaching staff make %s %% of %s, below the required %d %%."),
                      name, fo, basis_words (ctx, basis), fo_min);
      else
        sk_check_add (ctx, "staff-ratio", kind, id,
                      TR ("Foreign teaching staff: %s %% of %s, below the required %d %%."),
                      fo, basis_words (ctx, basis), fo_min);
    }
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

static char *
years_text (SkCheckContext *ctx, gint64 n)
{
  return g_strdup_printf (TRN ("%d year", "%d years", (gulong) n), (int) n);
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
          {
            g_autofree char *t = years_text (ctx, sk_record_get_int (person, "teaching_years", 0));
            g_autofree char *p = years_text (ctx, sk_record_get_int (person, "practice_years", 0));
            sk_check_add (ctx, "staff-qualification", SK_KIND_STAFF, sk_record_get_id (person),
                          TR ("%s has a master’s degree, %s of teaching and %s of practical work; at least %d years of teaching or %d of practical work are needed."),
                          sk_check_name (ctx, person), t, p, teaching, practice);
          }
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
                      TR ("The management board of the branch “%s” has %u Kazakhstani and %u foreign members; management is to be on a parity basis."),
                      sk_check_name (ctx, branch), kz, fo);
    }
}

void
sk_check_staff (SkCheckContext *ctx)
{
  const SkShares *on_basis = &ctx->staffing->overall[sk_rule_set_staffing_basis (ctx->rules)];

  /* A foreign share of 0 %: no foreign lecturer, or none with a part of
   * what the rule set counts while others have. */
  if (ctx->staffing->overall[SK_BASIS_HEADCOUNT].amount[SK_SIDE_FOREIGN] <= 0 ||
      (on_basis->total > 0 && on_basis->amount[SK_SIDE_FOREIGN] <= 0))
    sk_check_add (ctx, "foreign-staff", SK_KIND_PROPOSAL, 1,
                  TR ("No teaching staff of the foreign side are listed; the foreign OHPE is to provide academic staff."));
  check_ratio (ctx);
  check_qualification (ctx);
  check_parity (ctx);

  if (sk_proposal_count (ctx->proposal, SK_KIND_BRANCH) > 0 &&
      sk_proposal_count (ctx->proposal, SK_KIND_PROF_DEV) == 0)
    sk_check_add (ctx, "professional-development", SK_KIND_PROPOSAL, 1,
                  TR ("No professional development of the teaching staff is planned for the branch."));
}
