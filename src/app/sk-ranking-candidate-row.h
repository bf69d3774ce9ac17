/* sk-ranking-candidate-row.h: a row of a ranking table that may be a
 * partner, with Confirm and Reject, or marked entered */
#pragma once

#include <adwaita.h>

#include "sk-ranking.h"

G_BEGIN_DECLS

#define SK_TYPE_RANKING_CANDIDATE_ROW (sk_ranking_candidate_row_get_type ())
G_DECLARE_FINAL_TYPE (SkRankingCandidateRow, sk_ranking_candidate_row, SK, RANKING_CANDIDATE_ROW, AdwActionRow)

/* The row of @candidate for the partner @institution: @title, @subtitle;
 * @entered: the proposal has this rank already (no buttons); Confirm
 * sensitive when @editable. Its signals "confirm" and "reject" say which
 * was pressed. @candidate's table and row must outlive it. */
GtkWidget *sk_ranking_candidate_row_new (gint64 institution, const SkRankingCandidate *candidate, const char *title,
                                         const char *subtitle, gboolean entered, gboolean editable);

gint64                sk_ranking_candidate_row_get_institution (SkRankingCandidateRow *self);
const SkRankingTable *sk_ranking_candidate_row_get_table       (SkRankingCandidateRow *self);
const SkRankingRow   *sk_ranking_candidate_row_get_row         (SkRankingCandidateRow *self);

G_END_DECLS
