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

G_END_DECLS
