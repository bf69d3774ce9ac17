/* sk-staffing-cell.h: a cell of the staffing plan: a side's amount and
 * share of a programme, as a number and a bar; it opens the staff behind it */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SK_TYPE_STAFFING_CELL (sk_staffing_cell_get_type ())
G_DECLARE_FINAL_TYPE (SkStaffingCell, sk_staffing_cell, SK, STAFFING_CELL, GtkButton)

/* @text ("1 200 · 35,0 %"), the bar at @percent (0 to 100; NaN: empty),
 * marked when @outside the limits; @tip says what a click shows. */
GtkWidget *sk_staffing_cell_new (const char *text, double percent, gboolean outside, const char *tip);

G_END_DECLS
