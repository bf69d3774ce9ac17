/* sk-file-row.h: a proposal file listed on the welcome page */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SK_TYPE_FILE_ROW (sk_file_row_get_type ())
G_DECLARE_FINAL_TYPE (SkFileRow, sk_file_row, SK, FILE_ROW, AdwActionRow)

/* The row of the file at @path shown as @title and @subtitle; activating
 * it opens the file ("win.open-listed", @view_only: an example, opened as
 * a copy). */
GtkWidget *sk_file_row_new (const char *path, const char *title, const char *subtitle, gboolean view_only);

G_END_DECLS
