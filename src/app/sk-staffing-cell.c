/* sk-staffing-cell.c: a cell of the staffing plan; its layout is
 * ui/sk-staffing-cell.ui */
#include "config.h"

#include <math.h>

#include "sk-staffing-cell.h"

struct _SkStaffingCell
{
  GtkButton parent_instance;

  GtkWidget *label;
  GtkWidget *bar;
};

G_DEFINE_FINAL_TYPE (SkStaffingCell, sk_staffing_cell, GTK_TYPE_BUTTON)

static void
sk_staffing_cell_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SK_TYPE_STAFFING_CELL);
  G_OBJECT_CLASS (sk_staffing_cell_parent_class)->dispose (object);
}

static void
sk_staffing_cell_class_init (SkStaffingCellClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sk_staffing_cell_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-staffing-cell.ui");
  gtk_widget_class_bind_template_child (widget_class, SkStaffingCell, label);
  gtk_widget_class_bind_template_child (widget_class, SkStaffingCell, bar);
}

static void
sk_staffing_cell_init (SkStaffingCell *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* One colour for the share: the limits are marked apart. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (self->bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (self->bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (self->bar), GTK_LEVEL_BAR_OFFSET_FULL);
}

GtkWidget *
sk_staffing_cell_new (const char *text, double percent, gboolean outside, const char *tip)
{
  SkStaffingCell *self = g_object_new (SK_TYPE_STAFFING_CELL, "tooltip-text", tip, NULL);

  gtk_label_set_text (GTK_LABEL (self->label), text);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (self->bar), isnan (percent) ? 0 : CLAMP (percent, 0, 100));
  if (outside)
    {
      gtk_widget_add_css_class (self->label, "warning");
      gtk_widget_add_css_class (self->bar, "sk-outside");
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
  return GTK_WIDGET (self);
}
