/* sk-info-row.c: a row showing a text read from the proposal; its layout
 * is ui/sk-info-row.ui */
#include "config.h"

#include "sk-info-row.h"

struct _SkInfoRow
{
  AdwActionRow parent_instance;

  GtkWidget *icon;
};

G_DEFINE_FINAL_TYPE (SkInfoRow, sk_info_row, ADW_TYPE_ACTION_ROW)

static void
sk_info_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SK_TYPE_INFO_ROW);
  G_OBJECT_CLASS (sk_info_row_parent_class)->dispose (object);
}

static void
sk_info_row_class_init (SkInfoRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sk_info_row_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-info-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SkInfoRow, icon);
}

static void
sk_info_row_init (SkInfoRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_info_row_new (const char *title, const char *subtitle, const char *icon_name)
{
  SkInfoRow *self = g_object_new (SK_TYPE_INFO_ROW, "title", title ? title : "", NULL);

  if (subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  if (icon_name)
    gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), icon_name);
  /* Without an icon the row's box of prefixes goes too, as in a row that
   * never had one: the text starts at the edge. */
  gtk_widget_set_visible (gtk_widget_get_parent (self->icon), icon_name != NULL);
  return GTK_WIDGET (self);
}

void
sk_info_row_set_icon_style (SkInfoRow *self, const char *css_class)
{
  g_return_if_fail (SK_IS_INFO_ROW (self));
  gtk_widget_add_css_class (self->icon, css_class);
}
