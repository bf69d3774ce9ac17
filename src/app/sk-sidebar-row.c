/* sk-sidebar-row.c: an area of the proposal in the window's sidebar, with
 * the badge of its errors or warnings */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-sidebar-row.h"

struct _SkSidebarRow
{
  GtkListBoxRow parent_instance;

  GtkWidget *icon;
  GtkWidget *label;
  GtkWidget *badge;
};

G_DEFINE_FINAL_TYPE (SkSidebarRow, sk_sidebar_row, GTK_TYPE_LIST_BOX_ROW)

enum { PROP_0, PROP_TITLE, PROP_ICON_NAME, N_PROPS };
static GParamSpec *properties[N_PROPS];

void
sk_sidebar_row_set_counts (SkSidebarRow *self, guint errors, guint warnings)
{
  g_return_if_fail (SK_IS_SIDEBAR_ROW (self));

  gtk_widget_set_visible (self->badge, errors + warnings > 0);
  gtk_widget_remove_css_class (self->badge, "error");
  gtk_widget_remove_css_class (self->badge, "warning");
  if (errors + warnings == 0)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  {
    g_autofree char *text = g_strdup_printf ("%u", errors ? errors : warnings);
    g_autofree char *ee = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", errors), errors);
    g_autofree char *ww = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", warnings), warnings);
    /* TRANSLATORS: the accessible description of an area in the sidebar */
    g_autofree char *a11y = g_strdup_printf (_("%s, %s"), ee, ww);

    gtk_label_set_text (GTK_LABEL (self->badge), text);
    gtk_widget_add_css_class (self->badge, errors ? "error" : "warning");
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, a11y, -1);
  }
}

static void
sk_sidebar_row_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  SkSidebarRow *self = SK_SIDEBAR_ROW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      gtk_label_set_text (GTK_LABEL (self->label), g_value_get_string (value));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      g_value_get_string (value), -1);
      break;
    case PROP_ICON_NAME:
      gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_sidebar_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SkSidebarRow *self = SK_SIDEBAR_ROW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, gtk_label_get_text (GTK_LABEL (self->label)));
      break;
    case PROP_ICON_NAME:
      g_value_set_string (value, gtk_image_get_icon_name (GTK_IMAGE (self->icon)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_sidebar_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SK_TYPE_SIDEBAR_ROW);
  G_OBJECT_CLASS (sk_sidebar_row_parent_class)->dispose (object);
}

static void
sk_sidebar_row_class_init (SkSidebarRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->set_property = sk_sidebar_row_set_property;
  object_class->get_property = sk_sidebar_row_get_property;
  object_class->dispose = sk_sidebar_row_dispose;
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL,
                                                G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ICON_NAME] = g_param_spec_string ("icon-name", NULL, NULL, NULL,
                                                    G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-sidebar-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SkSidebarRow, icon);
  gtk_widget_class_bind_template_child (widget_class, SkSidebarRow, label);
  gtk_widget_class_bind_template_child (widget_class, SkSidebarRow, badge);
}

static void
sk_sidebar_row_init (SkSidebarRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_sidebar_row_new (const char *page_id, const char *title, const char *icon_name)
{
  return g_object_new (SK_TYPE_SIDEBAR_ROW, "name", page_id, "title", title, "icon-name", icon_name, NULL);
}
