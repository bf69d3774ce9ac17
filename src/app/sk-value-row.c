/* sk-value-row.c: a figure of the proposal's summary; its layout is
 * ui/sk-value-row.ui */
#include "config.h"

#include "sk-value-row.h"

struct _SkValueRow
{
  AdwActionRow parent_instance;

  GtkWidget *value;
};

G_DEFINE_FINAL_TYPE (SkValueRow, sk_value_row, ADW_TYPE_ACTION_ROW)

static void
sk_value_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SK_TYPE_VALUE_ROW);
  G_OBJECT_CLASS (sk_value_row_parent_class)->dispose (object);
}

static void
sk_value_row_class_init (SkValueRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sk_value_row_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-value-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SkValueRow, value);
}

static void
sk_value_row_init (SkValueRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_value_row_new (const char *title, const char *value)
{
  SkValueRow *self = g_object_new (SK_TYPE_VALUE_ROW, "title", title, NULL);

  gtk_label_set_text (GTK_LABEL (self->value), value);
  /* The value is read with what it is. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->value), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  return GTK_WIDGET (self);
}
