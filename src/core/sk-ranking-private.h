/* sk-ranking-private.h: what the ranking files share */
#pragma once

#include "sk-ranking.h"

G_BEGIN_DECLS

SkRankingTable *sk_ranking_table_new_internal    (void);
/* Builds the name index of @table (done when a table joins a set). */
void            sk_rankings_index_table_internal (SkRankingTable *table);

/* The text of a table file as UTF-8 (with or without a BOM, UTF-16,
 * Windows-1251, Windows-1252, ISO-8859-1), and the name of its encoding;
 * NULL with an error (SK_RANKING_ERROR_ENCODING) when not recognised.
 * Also used by the staff import. */
char *sk_ranking_text_to_utf8 (const guint8 *data, gsize length, char **encoding, GError **error);

G_END_DECLS
