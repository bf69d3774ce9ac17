/* sk-plan-grid.h: a plan by year edited as a spreadsheet: the financing
 * (sources and their lines × the years of the term, with totals and the
 * chart) or the indicators (unit, baseline and the years) */
#pragma once

#include <adwaita.h>

#include "sk-plan.h"
#include "sk-proposal.h"

G_BEGIN_DECLS

#define SK_TYPE_PLAN_GRID (sk_plan_grid_get_type ())
G_DECLARE_FINAL_TYPE (SkPlanGrid, sk_plan_grid, SK, PLAN_GRID, GtkWidget)

GtkWidget *sk_plan_grid_new          (SkProposal *proposal, SkGridKind kind, gboolean editable);

/* The snapshot shown (rows and columns as the core numbers them). */
SkGrid    *sk_plan_grid_get_grid     (SkPlanGrid *self);
/* The cell under the cursor; a block from the anchor to the cursor is
 * selected when they differ. */
void       sk_plan_grid_set_cursor   (SkPlanGrid *self, guint row, guint column, gboolean extend);
void       sk_plan_grid_get_cursor   (SkPlanGrid *self, guint *row, guint *column);
/* The widget showing a cell (a label; tests and screenshots). */
GtkWidget *sk_plan_grid_get_cell     (SkPlanGrid *self, guint row, guint column);
/* The entry of the cell being edited, or NULL. */
GtkWidget *sk_plan_grid_get_editor   (SkPlanGrid *self);
/* The selected block as tab-separated text, as copied to the clipboard. */
char      *sk_plan_grid_copy_text    (SkPlanGrid *self);
/* Pastes a tab-separated block at the cursor (one undo step); on an error
 * nothing changes and the message is shown under the grid. */
gboolean   sk_plan_grid_paste_text   (SkPlanGrid *self, const char *text, GError **error);
/* Adds an empty row for a financing source (as the "Add a source" menu)
 * and puts the cursor on its first year of the term. */
void       sk_plan_grid_add_source   (SkPlanGrid *self, const char *source);
/* The same for a named line of @source (a grant, a sponsor). */
void       sk_plan_grid_add_line     (SkPlanGrid *self, const char *source, const char *line);
/* Writes the grid's table (the CLI's export-table) to @path: CSV or XLSX
 * by its extension, labels and numbers in the interface's language. */
gboolean   sk_plan_grid_export       (SkPlanGrid *self, const char *path, GError **error);
/* The message shown under the grid ("" when none). */
const char *sk_plan_grid_get_message (SkPlanGrid *self);

G_END_DECLS
