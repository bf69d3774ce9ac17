/* sk-record-list.h: a group listing the records of one kind */
#pragma once

#include <adwaita.h>

#include "sk-proposal.h"

G_BEGIN_DECLS

/* A preferences group listing the records of @kind (those whose
 * @owner_field is @owner_id, or all when @owner_field is NULL), with an
 * Add button. Activating a row opens the record's editor. */
GtkWidget *sk_record_list_new (SkProposal *proposal, const char *kind,
                               const char *owner_field, gint64 owner_id);

G_END_DECLS
