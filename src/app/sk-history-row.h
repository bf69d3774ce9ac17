/* sk-history-row.h: a step of the review's history */
#pragma once

#include <adwaita.h>

#include "sk-review.h"

G_BEGIN_DECLS

#define SK_TYPE_HISTORY_ROW (sk_history_row_get_type ())
G_DECLARE_FINAL_TYPE (SkHistoryRow, sk_history_row, SK, HISTORY_ROW, AdwActionRow)

/* What happened, when, who, the note; an icon by the step. */
GtkWidget *sk_history_row_new (const SkHistoryEntry *entry);

G_END_DECLS
