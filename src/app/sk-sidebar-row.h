/* sk-sidebar-row.h: an area of the proposal in the window's sidebar */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SK_TYPE_SIDEBAR_ROW (sk_sidebar_row_get_type ())
G_DECLARE_FINAL_TYPE (SkSidebarRow, sk_sidebar_row, SK, SIDEBAR_ROW, GtkListBoxRow)

/* A row named @page_id, showing @icon_name and @title (translated). */
GtkWidget *sk_sidebar_row_new        (const char *page_id, const char *title, const char *icon_name);
/* The badge of the area's errors (or, without errors, its warnings). */
void       sk_sidebar_row_set_counts (SkSidebarRow *self, guint errors, guint warnings);

G_END_DECLS
