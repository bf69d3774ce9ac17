/* sk-pages.c: the pages of the areas of a proposal, built from a table */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-area.h"
#include "sk-compliance-page.h"
#include "sk-field-row.h"
#include "sk-overview-page.h"
#include "sk-plan-grid.h"
#include "sk-pages.h"
#include "sk-record-list.h"
#include "sk-review-page.h"
#include "sk-staff-page.h"
#include "sk-staffing-planner.h"

static const SkPageInfo pages[] = {
  { "overview", N_("Overview"), "view-grid-symbolic" },
  { "partners", N_("Partners and Rankings"), "system-users-symbolic" },
  { "model", N_("Model and Term"), "x-office-calendar-symbolic" },
  { "branch", N_("Branch"), "go-home-symbolic" },
  { "programmes", N_("Programmes"), "accessories-dictionary-symbolic" },
  { "staff", N_("Teaching Staff"), "avatar-default-symbolic" },
  { "staffing", N_("Staffing Plan"), "view-grid-symbolic" },
  { "committees", N_("Committees"), "mail-send-receive-symbolic" },
  { "research", N_("Research and Third Mission"), "applications-science-symbolic" },
  { "development", N_("Professional Development"), "emblem-default-symbolic" },
  { "financing", N_("Financing"), "accessories-calculator-symbolic" },
  { "indicators", N_("Indicators"), "power-profile-performance-symbolic" },
  { "mobility", N_("Mobility"), "airplane-mode-symbolic" },
  { "compliance", N_("Compliance"), "emblem-important-symbolic" },
  { "review", N_("Review"), "document-edit-symbolic" },
};

/* What each generic page holds: groups of the proposal's own fields, and
 * lists of records. */
typedef struct {
  const char *page;
  const char *group_title;      /* N_(); for proposal fields */
  const char *fields[12];       /* of the proposal; NULL-terminated */
  const char *kinds[5];         /* record lists */
} PageContent;

static const PageContent contents[] = {
  { "partners", NULL, { NULL }, { SK_KIND_INSTITUTION } },
  { "model", N_("Partnership"), { "applicant_id", "model", "term_start", "term_end", "languages" }, { NULL } },
  { "model", N_("Agreements"), { "mshe_agreement_ref", "mshe_agreement_date", "applicant_is_mia", "mia_approval_ref", "mia_approval_date" },
    { SK_KIND_AGREEMENT } },
  { "branch", NULL, { NULL }, { SK_KIND_BRANCH, SK_KIND_CERT_CENTRE, SK_KIND_FRANCHISE, SK_KIND_JOINT_VENTURE } },
  { "programmes", NULL, { NULL }, { SK_KIND_PROGRAMME } },
  { "committees", N_("Quality assurance"), { "qa_description_kk" }, { SK_KIND_COMMITTEE } },
  { "research", NULL, { NULL }, { SK_KIND_RESEARCH, SK_KIND_THIRD_MISSION } },
  { "development", NULL, { NULL }, { SK_KIND_PROF_DEV } },
  { "mobility", NULL, { NULL }, { SK_KIND_MOBILITY } },
};

const SkPageInfo *
sk_pages (guint *n_pages)
{
  *n_pages = G_N_ELEMENTS (pages);
  return pages;
}

/* Where kinds and findings belong is the core's knowledge (sk-area). */
const char *
sk_page_for_kind (const char *kind)
{
  return sk_area_for_kind (kind);
}

void
sk_page_for_finding (const char *check_id, const char *kind, const char *model,
                     const char **page, const char **field, const char **add_kind)
{
  sk_area_for_finding (check_id, kind, model, page, field, add_kind);
}

static GtkWidget *
build_generic (const char *id, SkProposal *proposal)
{
  GtkWidget *page = adw_preferences_page_new ();
  SkRecord *info = sk_proposal_get_info (proposal);
  const SkKind *pkind = sk_record_get_kind (info);

  if (g_str_equal (id, "partners"))
    {
      /* Matching, the partner finder and the ranking library. */
      g_autoptr (GtkBuilder) builder = gtk_builder_new_from_resource ("/kz/seriktes/Seriktes/sk-ranking-actions.ui");
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                                ADW_PREFERENCES_GROUP (gtk_builder_get_object (builder, "ranking_actions")));
    }

  for (guint i = 0; i < G_N_ELEMENTS (contents); i++)
    {
      const PageContent *c = &contents[i];

      if (!g_str_equal (c->page, id))
        continue;
      if (c->fields[0])
        {
          GtkWidget *group = adw_preferences_group_new ();
          if (c->group_title)
            adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(c->group_title));
          for (guint f = 0; f < G_N_ELEMENTS (c->fields) && c->fields[f]; f++)
            sk_field_rows_add (ADW_PREFERENCES_GROUP (group), proposal, info, sk_kind_field (pkind, c->fields[f]));
          adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
        }
      for (guint k = 0; k < G_N_ELEMENTS (c->kinds) && c->kinds[k]; k++)
        adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                                  ADW_PREFERENCES_GROUP (sk_record_list_new (proposal, c->kinds[k], NULL, 0)));
    }
  return page;
}

GtkWidget *
sk_page_build (const char *id, SkProposal *proposal, SkCompliance *compliance)
{
  gboolean editable = !sk_proposal_is_read_only (proposal) && !sk_proposal_is_frozen (proposal);

  if (g_str_equal (id, "overview"))
    return sk_overview_page_new (proposal, compliance, editable);
  if (g_str_equal (id, "staff"))
    return sk_staff_page_new (proposal);
  if (g_str_equal (id, "staffing"))
    return sk_staffing_planner_new (proposal, compliance);
  /* The plans by year: grids, each row opening its record. */
  if (g_str_equal (id, "financing") || g_str_equal (id, "indicators"))
    return sk_plan_grid_new (proposal, g_str_equal (id, "financing") ? SK_GRID_FINANCING : SK_GRID_INDICATORS,
                             sk_record_editable (proposal, sk_proposal_get_info (proposal)));
  if (g_str_equal (id, "compliance"))
    return sk_compliance_page_new (proposal, compliance, editable);
  if (g_str_equal (id, "review"))
    return sk_review_page_new (proposal, compliance);
  return build_generic (id, proposal);
}
