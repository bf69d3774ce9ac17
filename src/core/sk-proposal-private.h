/* sk-proposal-private.h: what the rest of the core needs of a proposal */
#pragma once

#include "sk-proposal.h"
#include "sk-store.h"

G_BEGIN_DECLS

/* Writes @records (complete, with their ids) into a freshly created
 * proposal in one transaction, without undo. The proposal's own record
 * replaces the default one. */
gboolean _sk_proposal_import_records (SkProposal *self, GPtrArray *records, GError **error);

/* A new proposal in a temporary file beside @target, for filling and then
 * putting in place with sk_temp_replace() once closed. */
SkProposal *_sk_proposal_create_temp (const char *target, SkTemp **temp, GError **error);

/* Closes the database; the object stays usable for reading its records. */
void     _sk_proposal_close          (SkProposal *self);

/* A recorded step of the review (status, its events, decisions, remarks
 * and their replies): one transaction that the guard of the generic API
 * lets through and that is not an undo step — it empties undo and redo,
 * so that undo never crosses a recorded event. Not inside a group. */
void     _sk_proposal_begin_recorded  (SkProposal *self, const char *label);
gboolean _sk_proposal_end_recorded    (SkProposal *self, GError **error);
void     _sk_proposal_cancel_recorded (SkProposal *self);

/* Why the review history in the file is impossible (NULL when it is
 * possible); such a file cannot be changed at all. */
const GError *_sk_proposal_get_history_error (SkProposal *self);

G_END_DECLS
