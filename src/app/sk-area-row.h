/* sk-area-row.h: an area of the proposal on the overview: complete or
 * not, its records; it opens the area's page */
#pragma once

#include <adwaita.h>

#include "sk-area.h"

G_BEGIN_DECLS

#define SK_TYPE_AREA_ROW (sk_area_row_get_type ())
G_DECLARE_FINAL_TYPE (SkAreaRow, sk_area_row, SK, AREA_ROW, AdwActionRow)

/* The row of the area @id titled @title (translated) in the state
 * @readiness; its widget name is @id. */
GtkWidget *sk_area_row_new (const char *id, const char *title, const SkAreaReadiness *readiness,
                            gboolean checked);

G_END_DECLS
