/* sk-review-private.h: what the rest of the core needs of the review */
#pragma once

#include <sqlite3.h>

#include "sk-proposal.h"

G_BEGIN_DECLS

/* Whether the review history in the proposal could have happened: the
 * status events follow one another in time and by the workflow's steps
 * and lead to the status; every decision has the status change that
 * recorded it, and a withdrawn one its withdrawal; every remark is in the
 * state its replies leave it. FALSE with SK_PROPOSAL_ERROR_TAMPERED and
 * the reason when not. */
gboolean _sk_review_check_history (SkProposal *proposal, GError **error);

/* After opening a file of format 3 that was submitted (migrated in this
 * connection, @db, with sk_upgrade_before_step): when the content still
 * has the fingerprint stored at submission, computed as version 3 did,
 * stores the fingerprint as version 4 computes it and records the
 * renewal in the history (a status event that keeps the status). TRUE
 * when it wrote to @db (the records must be read again). A content that
 * no longer matches is left as it is: the mismatch stays visible. */
gboolean _sk_review_renew_after_upgrade (SkProposal *proposal, sqlite3 *db);

G_END_DECLS
