/* sk-ranking-match-dialog.h: each foreign partner of a proposal looked
 * up in the loaded ranking tables; the user confirms (or rejects) a
 * match, which enters the ranking entry with its source */
#pragma once

#include <adwaita.h>

#include "sk-proposal.h"

G_BEGIN_DECLS

#define SK_TYPE_RANKING_MATCH_DIALOG (sk_ranking_match_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SkRankingMatchDialog, sk_ranking_match_dialog, SK, RANKING_MATCH_DIALOG, AdwWindow)

GtkWidget *sk_ranking_match_dialog_new      (GtkWindow *parent, SkProposal *proposal);
/* Are the candidates shown (the tables loaded)? */
gboolean   sk_ranking_match_dialog_is_ready (SkRankingMatchDialog *self);

G_END_DECLS
