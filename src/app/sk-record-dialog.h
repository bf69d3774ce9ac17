/* sk-record-dialog.h: a window editing one record and what belongs to it */
#pragma once

#include <adwaita.h>

#include "sk-proposal.h"

G_BEGIN_DECLS

#define SK_TYPE_RECORD_DIALOG (sk_record_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SkRecordDialog, sk_record_dialog, SK, RECORD_DIALOG, AdwWindow)

/* Opens (or brings forward) the editor of @record over @parent. */
SkRecordDialog *sk_record_dialog_present (GtkWindow *parent, SkProposal *proposal, SkRecord *record);

/* Adds the editor rows of every field of @record except @skip_field to
 * new groups of @page (trilingual fields together). */
void            sk_record_editor_fill    (AdwPreferencesPage *page, SkProposal *proposal,
                                          SkRecord *record, const char *skip_field);

G_END_DECLS
