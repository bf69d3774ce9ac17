/* sk-change-row.h: a record that differs between two versions, with its
 * changed fields, in the comparison window */
#pragma once

#include <adwaita.h>

#include "sk-diff.h"

G_BEGIN_DECLS

#define SK_TYPE_CHANGE_ROW (sk_change_row_get_type ())
G_DECLARE_FINAL_TYPE (SkChangeRow, sk_change_row, SK, CHANGE_ROW, AdwExpanderRow)

/* The row of @entry, expanded when @expanded and it has fields. */
GtkWidget *sk_change_row_new (const SkDiffEntry *entry, gboolean expanded);

G_END_DECLS
