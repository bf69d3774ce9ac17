/* sk-pages.c: the pages of the areas of a proposal, built from a table */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-area.h"
#include "sk-compliance-page.h"
#include "sk-field-row.h"
#include "sk-generic-page.h"
#include "sk-overview-page.h"
#include "sk-plan-grid.h"
#include "sk-pages.h"
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
  return sk_generic_page_new (proposal, id);
}
