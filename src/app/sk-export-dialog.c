/* sk-export-dialog.c: the language of an exported PDF; its layout is
 * ui/sk-export-dialog.ui */
#include "config.h"

#include "sk-export-dialog.h"

struct _SkExportDialog
{
  AdwMessageDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (SkExportDialog, sk_export_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
sk_export_dialog_class_init (SkExportDialogClass *klass)
{
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass), "/kz/seriktes/Seriktes/sk-export-dialog.ui");
}

static void
sk_export_dialog_init (SkExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_export_dialog_new (GtkWindow *parent, const char *heading, const char *suggested)
{
  AdwMessageDialog *self = g_object_new (SK_TYPE_EXPORT_DIALOG, "transient-for", parent, "heading", heading, NULL);

  if (adw_message_dialog_has_response (self, suggested))
    {
      adw_message_dialog_set_response_appearance (self, suggested, ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (self, suggested);
    }
  return GTK_WIDGET (self);
}
