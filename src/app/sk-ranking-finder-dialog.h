/* sk-ranking-finder-dialog.h: the partner finder: institutions of the
 * loaded ranking tables within the TOP-N, by country, name and subject;
 * one is added as a foreign partner with its ranking entries */
#pragma once

#include <adwaita.h>

#include "sk-proposal.h"

G_BEGIN_DECLS

#define SK_TYPE_RANKING_FINDER_DIALOG (sk_ranking_finder_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SkRankingFinderDialog, sk_ranking_finder_dialog, SK, RANKING_FINDER_DIALOG, AdwWindow)

GtkWidget *sk_ranking_finder_dialog_new    (GtkWindow *parent, SkProposal *proposal);
/* Searches now (it does so by itself shortly after each change). */
void       sk_ranking_finder_dialog_search (SkRankingFinderDialog *self);
/* The institutions shown. */
guint      sk_ranking_finder_dialog_get_n_results (SkRankingFinderDialog *self);

G_END_DECLS
