/* sk-ranking-hit-row.h: a university found in the ranking tables, its
 * ranks, and a button that adds it as a partner */
#pragma once

#include <adwaita.h>

#include "sk-ranking.h"

G_BEGIN_DECLS

#define SK_TYPE_RANKING_HIT_ROW (sk_ranking_hit_row_get_type ())
G_DECLARE_FINAL_TYPE (SkRankingHitRow, sk_ranking_hit_row, SK, RANKING_HIT_ROW, AdwActionRow)

/* The row of @hit (which must outlive it); Add sensitive when @editable
 * and emitting "add". */
GtkWidget          *sk_ranking_hit_row_new     (const SkRankingHit *hit, gboolean editable);
const SkRankingHit *sk_ranking_hit_row_get_hit (SkRankingHitRow *self);
/* After the hit was added: the button says so and is insensitive. */
void                sk_ranking_hit_row_set_added (SkRankingHitRow *self);

G_END_DECLS
