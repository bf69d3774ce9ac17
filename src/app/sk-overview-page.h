/* sk-overview-page.h: the proposal at a glance, as a readiness dashboard */
#pragma once

#include <adwaita.h>

#include "sk-compliance.h"

#include "sk-page.h"

G_BEGIN_DECLS

#define SK_TYPE_OVERVIEW_PAGE (sk_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (SkOverviewPage, sk_overview_page, SK, OVERVIEW_PAGE, SkPage)

/* The overview of @proposal with the findings of @compliance; its
 * fields editable when @editable. */
GtkWidget *sk_overview_page_new (SkProposal *proposal, SkCompliance *compliance, gboolean editable);

/* What the charts say, as text (their accessible descriptions). */
char      *sk_overview_page_describe_chart (SkOverviewPage *self, const char *chart);

G_END_DECLS
