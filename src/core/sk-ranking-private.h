/* sk-ranking-private.h: what the ranking files share */
#pragma once

#include "sk-ranking.h"

G_BEGIN_DECLS

SkRankingTable *sk_ranking_table_new_internal    (void);
/* Builds the name index of @table (done when a table joins a set). */
void            sk_rankings_index_table_internal (SkRankingTable *table);

G_END_DECLS
