/* sk-area-row.c: an area of the proposal on the overview; its layout is
 * ui/sk-area-row.ui */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-area-row.h"

struct _SkAreaRow
{
  AdwActionRow parent_instance;

  GtkWidget *icon;
  GtkWidget *state;
};

G_DEFINE_FINAL_TYPE (SkAreaRow, sk_area_row, ADW_TYPE_ACTION_ROW)

static void
sk_area_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SK_TYPE_AREA_ROW);
  G_OBJECT_CLASS (sk_area_row_parent_class)->dispose (object);
}

static void
sk_area_row_class_init (SkAreaRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sk_area_row_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-area-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SkAreaRow, icon);
  gtk_widget_class_bind_template_child (widget_class, SkAreaRow, state);
}

static void
sk_area_row_init (SkAreaRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_area_row_new (const char *id, const char *title, const SkAreaReadiness *r, gboolean checked)
{
  g_autofree char *records = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u record", "%u records", r->records), r->records);
  SkAreaRow *self = g_object_new (SK_TYPE_AREA_ROW, "name", id, "title", title, "subtitle", records, NULL);
  const char *style = !checked ? "dim-label" : r->complete ? "success" : r->errors ? "error" : "warning";
  g_autofree char *text = NULL;

  if (!checked)
    /* TRANSLATORS: the state of an area on the overview of a proposal just
     * opened, before the findings of its first check are there */
    text = g_strdup (_("Checking…"));
  else if (r->complete)
    text = g_strdup (_("Complete"));
  else if (r->errors)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", r->errors), r->errors);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", r->warnings), r->warnings);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), !checked ? "content-loading-symbolic"
                                                        : r->complete ? "emblem-ok-symbolic"
                                                        : r->errors ? "dialog-error-symbolic" : "dialog-warning-symbolic");
  gtk_widget_add_css_class (self->icon, style);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->icon), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_label_set_text (GTK_LABEL (self->state), text);
  gtk_widget_add_css_class (self->state, style);
  return GTK_WIDGET (self);
}
