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

/* A new record of @kind with sensible values for what is required,
 * inserted (one undo step); its id, or 0 with @error. */
gint64     sk_record_list_add_record (SkProposal *proposal, const char *kind,
                                      const char *owner_field, gint64 owner_id, GError **error);

G_END_DECLS
