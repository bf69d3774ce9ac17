/* sk-record-list.h: a group listing the records of one kind */
#pragma once

#include <adwaita.h>

#include "sk-proposal.h"

G_BEGIN_DECLS

#define SK_TYPE_RECORD_LIST (sk_record_list_get_type ())
G_DECLARE_FINAL_TYPE (SkRecordList, sk_record_list, SK, RECORD_LIST, AdwPreferencesGroup)

/* A preferences group listing the records of @kind (those whose
 * @owner_field is @owner_id, or all when @owner_field is NULL), with an
 * Add button and a search (Ctrl+F). Activating a row opens the record's
 * editor; each row carries the badge of its record's errors or warnings. */
GtkWidget *sk_record_list_new (SkProposal *proposal, const char *kind,
                               const char *owner_field, gint64 owner_id);
/* Shows the search and focuses it; with @text, searches for it. */
void       sk_record_list_search      (SkRecordList *self, const char *text);
/* The number of rows shown (after the search). */
guint      sk_record_list_get_n_shown (SkRecordList *self);

G_END_DECLS
