/* sk-info-row.h: a row showing a text read from the proposal (a finding,
 * a changed value, a remark and its answer) */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SK_TYPE_INFO_ROW (sk_info_row_get_type ())
G_DECLARE_FINAL_TYPE (SkInfoRow, sk_info_row, SK, INFO_ROW, AdwActionRow)

/* @title and @subtitle (may be NULL) as they are, with @icon_name (may be
 * NULL) before them. */
GtkWidget *sk_info_row_new (const char *title, const char *subtitle, const char *icon_name);
/* Colours the icon: "error", "warning", "success", "accent". */
void       sk_info_row_set_icon_style (SkInfoRow *self, const char *css_class);

G_END_DECLS
