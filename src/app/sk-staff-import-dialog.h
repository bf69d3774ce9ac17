/* sk-staff-import-dialog.h: a staff list from a spreadsheet (CSV, XLSX) or
 * a pasted block: the columns' fields, the preview, the import */
#pragma once

#include <adwaita.h>

#include "sk-proposal.h"
#include "sk-staff-import.h"

G_BEGIN_DECLS

#define SK_TYPE_STAFF_IMPORT_DIALOG (sk_staff_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SkStaffImportDialog, sk_staff_import_dialog, SK, STAFF_IMPORT_DIALOG, AdwWindow)

/* The import of the spreadsheet @data into @proposal, its columns guessed
 * from their headings and from the mapping remembered in the settings.
 * NULL with a message for the user when @data is not a staff list
 * (nothing changed). */
SkStaffImportDialog *sk_staff_import_dialog_new       (GtkWindow *parent, SkProposal *proposal,
                                                       GBytes *data, GError **error);
/* The same from a file (a regular file of at most the CSV limit). */
SkStaffImportDialog *sk_staff_import_dialog_new_for_file (GtkWindow *parent, SkProposal *proposal,
                                                          GFile *file, GError **error);
/* The preview of an import already prepared (a pasted block: its
 * columns are the table's, with no mapping step); takes @import. */
SkStaffImportDialog *sk_staff_import_dialog_new_for_import (GtkWindow *parent, SkProposal *proposal,
                                                            SkStaffImport *import);

/* The rows of the column mapping (AdwComboRow, one per column). */
guint       sk_staff_import_dialog_n_columns (SkStaffImportDialog *self);
GtkWidget  *sk_staff_import_dialog_column_row (SkStaffImportDialog *self, guint column);
void        sk_staff_import_dialog_counts (SkStaffImportDialog *self, guint *n_new, guint *n_updated,
                                           guint *n_unchanged, guint *n_refused);
/* The rows listed as refused (AdwActionRow: the person, the problems). */
GtkWidget  *sk_staff_import_dialog_refused_list (SkStaffImportDialog *self);
/* What Import does: the new and changed people as one undo step, the
 * mapping remembered, the dialog closed. */
gboolean    sk_staff_import_dialog_apply (SkStaffImportDialog *self, GError **error);

G_END_DECLS
