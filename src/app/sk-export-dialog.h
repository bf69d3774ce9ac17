/* sk-export-dialog.h: asks in which language a PDF is exported */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SK_TYPE_EXPORT_DIALOG (sk_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SkExportDialog, sk_export_dialog, SK, EXPORT_DIALOG, AdwMessageDialog)

/* The dialog over @parent titled @heading; its responses are "cancel" and
 * the languages "kk", "ru", "en", @suggested (the interface's) the default. */
GtkWidget *sk_export_dialog_new (GtkWindow *parent, const char *heading, const char *suggested);

G_END_DECLS
