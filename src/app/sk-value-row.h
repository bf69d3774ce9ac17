/* sk-value-row.h: a figure of the proposal's summary: its label and its
 * value, selectable */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SK_TYPE_VALUE_ROW (sk_value_row_get_type ())
G_DECLARE_FINAL_TYPE (SkValueRow, sk_value_row, SK, VALUE_ROW, AdwActionRow)

GtkWidget *sk_value_row_new (const char *title, const char *value);

G_END_DECLS
