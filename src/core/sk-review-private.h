/* sk-review-private.h: what the rest of the core needs of the review */
#pragma once

#include "sk-proposal.h"

G_BEGIN_DECLS

/* Whether the review history in the proposal could have happened: the
 * status events follow one another in time and by the workflow's steps
 * and lead to the status; every decision has the status change that
 * recorded it, and a withdrawn one its withdrawal; every remark is in the
 * state its replies leave it. FALSE with SK_PROPOSAL_ERROR_TAMPERED and
 * the reason when not. */
gboolean _sk_review_check_history (SkProposal *proposal, GError **error);

G_END_DECLS
