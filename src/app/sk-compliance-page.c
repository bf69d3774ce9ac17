/* sk-compliance-page.c: the findings, each leading to its record */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-compliance-page.h"
#include "sk-review-ui.h"

static void
on_remark_clicked (GtkButton *button, SkFinding *finding)
{
  gtk_widget_activate_action (GTK_WIDGET (button), "win.remark-finding", "(sxs)",
                              sk_finding_get_kind (finding), sk_finding_get_record_id (finding),
                              sk_finding_get_check_id (finding));
}

static void
on_finding_activated (AdwActionRow *row, SkFinding *finding)
{
  gtk_widget_activate_action (GTK_WIDGET (row), "win.show-finding", "(sxs)",
                              sk_finding_get_kind (finding), sk_finding_get_record_id (finding),
                              sk_finding_get_check_id (finding));
}

GtkWidget *
sk_finding_row_new (SkFinding *finding)
{
  static const char * const icons[] = { "dialog-information-symbolic", "dialog-warning-symbolic", "dialog-error-symbolic" };
  static const char * const classes[] = { "accent", "warning", "error" };
  SkSeverity severity = sk_finding_get_severity (finding);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (icons[severity]);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", sk_severity_label (severity, NULL),
                                               sk_finding_get_reference (finding));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sk_finding_get_message (finding));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (icon, classes[severity]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sk_severity_label (severity, NULL), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  {
    GtkWidget *remark = gtk_button_new_from_icon_name ("mail-message-new-symbolic");
    gtk_widget_set_valign (remark, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (remark, "flat");
    gtk_widget_set_tooltip_text (remark, _("Add a review remark about this finding"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (remark), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add a remark"), -1);
    g_signal_connect_data (remark, "clicked", G_CALLBACK (on_remark_clicked),
                           g_object_ref (finding), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), remark);
  }
  /* The review remarks about it not yet resolved. */
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sk_remark_badge_new (sk_finding_get_kind (finding),
                                                                        sk_finding_get_record_id (finding),
                                                                        sk_finding_get_check_id (finding)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect_data (row, "activated", G_CALLBACK (on_finding_activated),
                         g_object_ref (finding), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  return row;
}

static GtkWidget *
create_row (gpointer item, gpointer data)
{
  return sk_finding_row_new (item);
}

static void
update_description (SkCompliance *compliance, GParamSpec *pspec, AdwPreferencesGroup *group)
{
  g_autofree char *text = sk_compliance_summary (compliance);
  adw_preferences_group_set_description (group, text);
}

GtkWidget *
sk_compliance_page_new (SkCompliance *compliance)
{
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *box = gtk_list_box_new ();
  GtkWidget *empty = gtk_label_new (_("No findings: the proposal meets every rule."));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Compliance"));
  gtk_widget_add_css_class (box, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (box), GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Findings"), -1);
  gtk_widget_set_margin_top (empty, 12);
  gtk_widget_set_margin_bottom (empty, 12);
  gtk_widget_add_css_class (empty, "dim-label");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (box), empty);
  gtk_list_box_bind_model (GTK_LIST_BOX (box), sk_compliance_get_findings (compliance), create_row, NULL, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  update_description (compliance, NULL, ADW_PREFERENCES_GROUP (group));
  g_signal_connect_object (compliance, "notify", G_CALLBACK (update_description), group, 0);
  return page;
}
