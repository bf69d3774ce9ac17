/* sk-file-row.c: a proposal file on the welcome page; its layout is
 * ui/sk-file-row.ui */
#include "config.h"

#include "sk-file-row.h"

struct _SkFileRow
{
  AdwActionRow parent_instance;
};

G_DEFINE_FINAL_TYPE (SkFileRow, sk_file_row, ADW_TYPE_ACTION_ROW)

static void
sk_file_row_class_init (SkFileRowClass *klass)
{
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass), "/kz/seriktes/Seriktes/sk-file-row.ui");
}

static void
sk_file_row_init (SkFileRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_file_row_new (const char *path, const char *title, const char *subtitle, gboolean view_only)
{
  GtkWidget *self = g_object_new (SK_TYPE_FILE_ROW, "title", title, "subtitle", subtitle, NULL);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "(sb)", path, view_only);
  return self;
}
