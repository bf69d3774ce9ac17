/* sk-finding-row.c: a finding of the check; its layout is
 * ui/sk-finding-row.ui */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-finding-row.h"
#include "sk-remark-badge.h"

struct _SkFindingRow
{
  AdwActionRow parent_instance;

  GtkWidget *icon;
  GtkWidget *remark;
  GtkWidget *badge_slot;

  SkFinding *finding;
};

G_DEFINE_FINAL_TYPE (SkFindingRow, sk_finding_row, ADW_TYPE_ACTION_ROW)

static void
on_activated (SkFindingRow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-finding", "(sxs)", sk_finding_get_kind (self->finding),
                              sk_finding_get_record_id (self->finding), sk_finding_get_check_id (self->finding));
}

/* What would bring it within the limits (the staffing ratio), then its
 * severity and the legal reference. */
static char *
subtitle_of (SkFinding *finding)
{
  GString *subtitle = g_string_new (NULL);

  for (const char * const *s = sk_finding_get_suggestions (finding); *s; s++)
    {
      /* TRANSLATORS: one change that would bring a finding's ratio within its limits, in the PDF */
      g_string_append_printf (subtitle, _("→ %s"), *s);
      g_string_append_c (subtitle, '\n');
    }
  g_string_append_printf (subtitle, "%s · %s", sk_severity_label (sk_finding_get_severity (finding), NULL),
                          sk_finding_get_reference (finding));
  return g_string_free (subtitle, FALSE);
}

static void
sk_finding_row_dispose (GObject *object)
{
  SkFindingRow *self = SK_FINDING_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_FINDING_ROW);
  g_clear_object (&self->finding);
  G_OBJECT_CLASS (sk_finding_row_parent_class)->dispose (object);
}

static void
sk_finding_row_class_init (SkFindingRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sk_finding_row_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-finding-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SkFindingRow, icon);
  gtk_widget_class_bind_template_child (widget_class, SkFindingRow, remark);
  gtk_widget_class_bind_template_child (widget_class, SkFindingRow, badge_slot);
  gtk_widget_class_bind_template_callback (widget_class, on_activated);
}

static void
sk_finding_row_init (SkFindingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_finding_row_new (SkFinding *finding)
{
  static const char * const icons[] = { "dialog-information-symbolic", "dialog-warning-symbolic", "dialog-error-symbolic" };
  static const char * const classes[] = { "accent", "warning", "error" };
  SkSeverity severity = sk_finding_get_severity (finding);
  g_autofree char *subtitle = subtitle_of (finding);
  SkFindingRow *self = g_object_new (SK_TYPE_FINDING_ROW, "title", sk_finding_get_message (finding),
                                     "subtitle", subtitle, NULL);
  GtkWidget *badge = sk_remark_badge_new (sk_finding_get_kind (finding), sk_finding_get_record_id (finding),
                                          sk_finding_get_check_id (finding));

  self->finding = g_object_ref (finding);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), icons[severity]);
  gtk_widget_add_css_class (self->icon, classes[severity]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sk_severity_label (severity, NULL), -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remark), "(sxs)", sk_finding_get_kind (finding),
                                    sk_finding_get_record_id (finding), sk_finding_get_check_id (finding));
  /* The slot shows as much as the badge: nothing while it is hidden. */
  gtk_box_append (GTK_BOX (self->badge_slot), badge);
  g_object_bind_property (badge, "visible", self->badge_slot, "visible", G_BINDING_SYNC_CREATE);
  return GTK_WIDGET (self);
}
