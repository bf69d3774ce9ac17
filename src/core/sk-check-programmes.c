/* sk-check-programmes.c: programmes, the branch, committees and the plan */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-bin.h"
#include "sk-check-private.h"
#include "sk-summary.h"

static gboolean
is_empty (const char *s)
{
  return s == NULL || *s == '\0';
}

/* 004 ch. 2 item 5(3): a dual degree programme is run jointly with another
 * OHPE, which issues the second diploma: a foreign OHPE of the proposal. */
static void
check_programme_partner (SkCheckContext *ctx, SkRecord *prog)
{
  gint64 id = sk_record_get_id (prog);
  gint64 partner_id = sk_record_get_int (prog, "partner_id", 0);
  gint64 applicant_id = sk_record_get_int (ctx->info, "applicant_id", 0);
  SkRecord *partner = partner_id ? sk_proposal_lookup (ctx->proposal, SK_KIND_INSTITUTION, partner_id) : NULL;
  const char *name = sk_check_name (ctx, prog);

  if (partner == NULL)
    sk_check_add (ctx, "programme-partner", SK_KIND_PROGRAMME, id,
                  TR ("Programme “%s” names no foreign partner; a dual degree programme is run jointly with a foreign OHPE of the partnership, which issues the second diploma."),
                  name);
  else if (applicant_id != 0 &&
           sk_check_institution_of (ctx, partner_id) == sk_check_institution_of (ctx, applicant_id))
    sk_check_add (ctx, "programme-partner", SK_KIND_PROGRAMME, id,
                  /* TRANSLATORS: a programme, then the applicant (a Kazakhstani OHPE) */
                  TR ("Programme “%s” names the applicant, “%s”, as its partner; a dual degree programme is run jointly with a foreign OHPE of the partnership, which issues the second diploma."),
                  name, sk_check_name (ctx, partner));
  else if (g_strcmp0 (sk_record_get_string (partner, "role"), "foreign_ohpe") != 0)
    sk_check_add (ctx, "programme-partner", SK_KIND_PROGRAMME, id,
                  /* TRANSLATORS: a programme, an institution, and the institution's role as
                   * a label (e.g. “Enterprise or organisation”) */
                  TR ("Programme “%s” is run with “%s”, which is not a foreign OHPE (its role: %s); a dual degree programme is run jointly with a foreign OHPE of the partnership, which issues the second diploma."),
                  name, sk_check_name (ctx, partner), sk_check_enum_label (ctx, partner, "role"));
}

void
sk_check_programmes (SkCheckContext *ctx)
{
  SK_CHECK_FOREACH (ctx, SK_KIND_PROGRAMME, prog)
    {
      gint64 id = sk_record_get_id (prog);
      const char *name = sk_check_name (ctx, prog);

      if (!sk_record_is_set (prog, "diplomas"))
        sk_check_add (ctx, "programme-diplomas", SK_KIND_PROGRAMME, id,
                      TR ("Programme “%s” does not say how many diplomas it issues; a dual degree programme issues two."),
                      name);
      else if (sk_record_get_int (prog, "diplomas", 0) < 2)
        sk_check_add (ctx, "programme-diplomas", SK_KIND_PROGRAMME, id,
                      TRN ("Programme “%s” issues %d diploma; a dual degree programme issues two.",
                                   "Programme “%s” issues %d diplomas; a dual degree programme issues two.",
                                   (gulong) sk_record_get_int (prog, "diplomas", 0)),
                      name, (int) sk_record_get_int (prog, "diplomas", 0));
      check_programme_partner (ctx, prog);
      if (!sk_record_get_bool (prog, "kazakh_language_discipline"))
        sk_check_add (ctx, "programme-kz", SK_KIND_PROGRAMME, id,
                      TR ("Programme “%s” does not include disciplines in the Kazakh language."), name);
      if (!sk_record_get_bool (prog, "history_discipline"))
        sk_check_add (ctx, "programme-kz", SK_KIND_PROGRAMME, id,
                      TR ("Programme “%s” does not include the History of Kazakhstan."), name);
      if (!sk_record_get_bool (prog, "accreditation_recognised"))
        sk_check_add (ctx, "programme-accreditation", SK_KIND_PROGRAMME, id,
                      TR ("Programme “%s” has no accreditation recognised in Kazakhstan."), name);
    }
}

void
sk_check_branch (SkCheckContext *ctx)
{
  SK_CHECK_FOREACH (ctx, SK_KIND_BRANCH, branch)
    {
      gint64 id = sk_record_get_id (branch);
      const char *name = sk_check_name (ctx, branch);
      const char *bin = sk_record_get_string (branch, "bin");
      SkBinStatus status;

      if (is_empty (bin))
        sk_check_add (ctx, "branch-registration", SK_KIND_BRANCH, id,
                      TR ("The branch “%s” has no Business Identification Number (BIN): a branch is to be registered."), name);
      else if ((status = sk_bin_check (bin)) != SK_BIN_VALID)
        sk_check_add (ctx, "branch-bin", SK_KIND_BRANCH, id,
                      TR ("The BIN %s of the branch “%s” is not valid. %s"), bin, name,
                      sk_bin_status_message (status));
      else if (sk_bin_unit (bin) != SK_BIN_UNIT_BRANCH)
        sk_check_add (ctx, "branch-registration", SK_KIND_BRANCH, id,
                      /* TRANSLATORS: the BIN, the branch, then the digit (0–9) found in the 6th place of the BIN */
                      TR ("The BIN %s of the branch “%s” is not registered as a branch (its 6th digit is %d; a branch has 1)."),
                      bin, name, sk_bin_unit (bin));
      if (is_empty (sk_record_get_string (branch, "registration_date")))
        sk_check_add (ctx, "branch-registration", SK_KIND_BRANCH, id,
                      TR ("The branch “%s” has no registration date."), name);
      if (is_empty (sk_record_get_string (branch, "licence_number")))
        sk_check_add (ctx, "branch-licence", SK_KIND_BRANCH, id,
                      TR ("The branch “%s” has no licence for educational activity."), name);
    }
}

static void
check_committees (SkCheckContext *ctx)
{
  static const char * const required[] = { "teaching_learning", "admission", "innovation", "student_experience" };
  const SkField *kind_field = sk_kind_field (sk_schema_kind (SK_KIND_COMMITTEE), "kind");

  for (guint k = 0; k < G_N_ELEMENTS (required); k++)
    {
      gboolean found = FALSE;

      SK_CHECK_FOREACH (ctx, SK_KIND_COMMITTEE, committee)
        {
          gint64 id = sk_record_get_id (committee);
          guint kz = 0, fo = 0;

          if (g_strcmp0 (sk_record_get_string (committee, "kind"), required[k]) != 0)
            continue;
          found = TRUE;
          SK_CHECK_FOREACH (ctx, SK_KIND_COMMITTEE_MEMBER, member)
            if (sk_record_get_int (member, "committee_id", 0) == id)
              {
                SkSide side = sk_side_from_code (sk_record_get_string (member, "side"));
                kz += side == SK_SIDE_KAZAKH;
                fo += side == SK_SIDE_FOREIGN;
              }
          if (kz == 0)
            sk_check_add (ctx, "committees", SK_KIND_COMMITTEE, id,
                          TR ("The joint committee “%s” has no members from the Kazakhstani OHPE."),
                          TR (sk_field_enum_value (kind_field, required[k])->label));
          if (fo == 0)
            sk_check_add (ctx, "committees", SK_KIND_COMMITTEE, id,
                          TR ("The joint committee “%s” has no members from the foreign OHPE."),
                          TR (sk_field_enum_value (kind_field, required[k])->label));
        }
      if (!found)
        sk_check_add (ctx, "committees", SK_KIND_PROPOSAL, 1,
                      TR ("There is no joint committee “%s” of the Kazakhstani and foreign OHPE."),
                      TR (sk_field_enum_value (kind_field, required[k])->label));
    }
}

/* The years of the term that @has_year does not cover, as text; NULL if
 * all are covered. */
static char *
missing_years (SkCheckContext *ctx, GHashTable *has_year)
{
  g_autoptr (GArray) missing = g_array_new (FALSE, FALSE, sizeof (int));

  for (int y = ctx->term_first_year; ctx->term_first_year && y <= ctx->term_last_year; y++)
    if (!g_hash_table_contains (has_year, GINT_TO_POINTER (y)))
      g_array_append_val (missing, y);
  return missing->len ? sk_check_years_text (missing) : NULL;
}

static void
check_indicators (SkCheckContext *ctx)
{
  if (sk_proposal_count (ctx->proposal, SK_KIND_INDICATOR) == 0)
    {
      sk_check_add (ctx, "indicators", SK_KIND_PROPOSAL, 1,
                    TR ("No target indicators are set; they are to be determined jointly for every year of the term."));
      return;
    }
  SK_CHECK_FOREACH (ctx, SK_KIND_INDICATOR, ind)
    {
      g_autoptr (GHashTable) years = g_hash_table_new (NULL, NULL);
      g_autofree char *missing = NULL;
      gint64 id = sk_record_get_id (ind);

      SK_CHECK_FOREACH (ctx, SK_KIND_INDICATOR_TARGET, target)
        if (sk_record_get_int (target, "indicator_id", 0) == id)
          g_hash_table_add (years, GINT_TO_POINTER ((int) sk_record_get_int (target, "year", 0)));
      if ((missing = missing_years (ctx, years)))
        sk_check_add (ctx, "indicators", SK_KIND_INDICATOR, id,
                      TR ("The target indicator “%s” has no target for %s."),
                      sk_record_get_text3 (ind, "name", ctx->lang, TRUE, NULL)
                        ? sk_record_get_text3 (ind, "name", ctx->lang, TRUE, NULL)
                        : sk_check_enum_label (ctx, ind, "kind"),
                      missing);
    }
}

static void
check_financing (SkCheckContext *ctx)
{
  g_autoptr (GHashTable) years = g_hash_table_new (NULL, NULL);
  g_autofree char *missing = NULL;

  SK_CHECK_FOREACH (ctx, SK_KIND_FINANCING, line)
    if (sk_record_get_int (line, "amount_kzt", 0) > 0)
      g_hash_table_add (years, GINT_TO_POINTER ((int) sk_record_get_int (line, "year", 0)));
  if (g_hash_table_size (years) == 0)
    sk_check_add (ctx, "financing", SK_KIND_PROPOSAL, 1,
                  TR ("No financing is planned; every year of the term is to have a source of financing."));
  else if ((missing = missing_years (ctx, years)))
    sk_check_add (ctx, "financing", SK_KIND_PROPOSAL, 1,
                  TR ("No financing is planned for %s."), missing);
}

static gboolean
any_text3 (SkRecord *r, const char *group)
{
  for (guint l = 0; l < SK_N_LANGUAGES; l++)
    if (sk_record_get_text3 (r, group, sk_content_languages[l], FALSE, NULL))
      return TRUE;
  return FALSE;
}

void
sk_check_plan (SkCheckContext *ctx)
{
  gboolean joint_group = FALSE, social = FALSE;

  check_committees (ctx);
  if (!any_text3 (ctx->info, "qa_description"))
    sk_check_add (ctx, "quality-assurance", SK_KIND_PROPOSAL, 1,
                  TR ("No quality assurance system is described."));
  check_indicators (ctx);
  check_financing (ctx);

  SK_CHECK_FOREACH (ctx, SK_KIND_RESEARCH, project)
    joint_group |= sk_record_get_bool (project, "joint_group");
  if (!joint_group)
    sk_check_add (ctx, "research", SK_KIND_PROPOSAL, 1,
                  TR ("No joint research group is planned."));
  SK_CHECK_FOREACH (ctx, SK_KIND_THIRD_MISSION, project)
    social |= g_strcmp0 (sk_record_get_string (project, "kind"), "social_project") == 0;
  if (!social)
    sk_check_add (ctx, "third-mission", SK_KIND_PROPOSAL, 1,
                  TR ("No social project for the local community is planned (the third mission)."));
}

static const char *
language_name (SkCheckContext *ctx, const char *lang)
{
  if (g_strcmp0 (lang, "kk") == 0)
    return TR ("Kazakh");
  if (g_strcmp0 (lang, "ru") == 0)
    return TR ("Russian");
  return TR ("English");
}

/* Trilingual content that has some language but not the PDF's. */
void
sk_check_languages (SkCheckContext *ctx)
{
  guint n;
  const SkKind *kinds = sk_schema_kinds (&n);

  if (ctx->export_lang == NULL || !sk_check_enabled (ctx, "content-language"))
    return;
  for (guint k = 0; k < n; k++)
    {
      gboolean trilingual = FALSE;

      for (guint f = 0; f < kinds[k].n_fields; f++)
        trilingual |= kinds[k].fields[f].group != NULL;
      if (!trilingual)
        continue;
      SK_CHECK_FOREACH (ctx, kinds[k].name, record)
        {
          g_autoptr (GString) missing = g_string_new (NULL);

          for (guint f = 0; f < kinds[k].n_fields; f++)
            {
              const SkField *field = &kinds[k].fields[f];
              if (field->group == NULL || g_strcmp0 (field->lang, ctx->export_lang) != 0)
                continue;
              if (sk_record_get_text3 (record, field->group, ctx->export_lang, FALSE, NULL) == NULL &&
                  sk_record_get_text3 (record, field->group, ctx->export_lang, TRUE, NULL) != NULL)
                g_string_append_printf (missing, "%s%s", missing->len ? ", " : "", TR (field->label));
            }
          if (missing->len)
            sk_check_add (ctx, "content-language", kinds[k].name, sk_record_get_id (record),
                          /* TRANSLATORS: a record, its kind, the fields, a language name */
                          TR ("“%s” (%s): %s not given in %s; the PDF shows another language there."),
                          sk_check_name (ctx, record), TR (kinds[k].label), missing->str,
                          language_name (ctx, ctx->export_lang));
        }
    }
}
