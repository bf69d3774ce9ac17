/* sk-ranking-table-row.h: a table of the ranking library, with a button
 * that removes it */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SK_TYPE_RANKING_TABLE_ROW (sk_ranking_table_row_get_type ())
G_DECLARE_FINAL_TYPE (SkRankingTableRow, sk_ranking_table_row, SK, RANKING_TABLE_ROW, AdwActionRow)

/* The row of the table @id titled @title ("QS 2025"), described by
 * @subtitle; its remove button emits "remove". */
GtkWidget  *sk_ranking_table_row_new       (gint64 id, const char *title, const char *subtitle);
gint64      sk_ranking_table_row_get_id    (SkRankingTableRow *self);
const char *sk_ranking_table_row_get_title (SkRankingTableRow *self);

G_END_DECLS
