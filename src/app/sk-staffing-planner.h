/* sk-staffing-planner.h: the staffing plan: programmes by side on the
 * rule set's basis, the shares against the limits, and what to change */
#pragma once

#include <adwaita.h>

#include "sk-compliance.h"
#include "sk-proposal.h"
#include "sk-rules.h"
#include "sk-staffing.h"

#include "sk-page.h"

G_BEGIN_DECLS

#define SK_TYPE_STAFFING_PLANNER (sk_staffing_planner_get_type ())
G_DECLARE_FINAL_TYPE (SkStaffingPlanner, sk_staffing_planner, SK, STAFFING_PLANNER, SkPage)

/* The plan of @proposal against the rules of @compliance (properties
 * "proposal" and "compliance"). */
GtkWidget *sk_staffing_planner_new       (SkProposal *proposal, SkCompliance *compliance);
void       sk_staffing_planner_set_basis (SkStaffingPlanner *self, SkBasis basis);
SkBasis    sk_staffing_planner_get_basis (SkStaffingPlanner *self);
/* The button of a cell: @row 0 is the whole proposal, then the
 * programmes in order; its label shows the amount and the share. */
GtkWidget *sk_staffing_planner_cell      (SkStaffingPlanner *self, guint row, SkSide side);
/* The suggestions shown (GtkListBox of AdwActionRow). */
GtkWidget *sk_staffing_planner_changes   (SkStaffingPlanner *self);

G_END_DECLS
