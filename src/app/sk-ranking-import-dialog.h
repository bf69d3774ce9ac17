/* sk-ranking-import-dialog.h: a publisher's table read, shown for the
 * user to confirm or correct, then stored in the ranking library */
#pragma once

#include <adwaita.h>

#include "sk-ranking.h"

G_BEGIN_DECLS

#define SK_TYPE_RANKING_IMPORT_DIALOG (sk_ranking_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SkRankingImportDialog, sk_ranking_import_dialog, SK, RANKING_IMPORT_DIALOG, AdwWindow)

/* "imported" (const char *title, guint n_rows): stored; the dialog closes. */
GtkWidget *sk_ranking_import_dialog_new         (GtkWindow *parent);
/* Asks for the file (CSV, XLSX, JSON). */
void       sk_ranking_import_dialog_choose_file (SkRankingImportDialog *self);
/* Reads @file (in a worker thread) and shows what was recognised. */
void       sk_ranking_import_dialog_set_file    (SkRankingImportDialog *self, GFile *file);
/* Is a file being read or a table stored? */
gboolean   sk_ranking_import_dialog_is_busy     (SkRankingImportDialog *self);
/* The table as read with the options shown, or NULL (not readable). */
const SkRankingTable *sk_ranking_import_dialog_get_table (SkRankingImportDialog *self);

G_END_DECLS
