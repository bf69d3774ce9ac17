/* sk-overview-page.c: the proposal at a glance */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-field-row.h"
#include "sk-init.h"
#include "sk-overview-page.h"
#include "sk-review-ui.h"
#include "sk-summary.h"

typedef struct {
  SkProposal *proposal;
  GtkWidget *summary_box;
  GtkWidget *compliance_row;
} Overview;

static void
overview_free (Overview *o)
{
  g_clear_object (&o->proposal);
  g_free (o);
}

static GtkWidget *
value_row (const char *title, const char *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

static void
fill_summary (Overview *o)
{
  g_autoptr (GPtrArray) rows = sk_summary_rows (o->proposal, sk_get_content_language ());
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (o->summary_box)))
    gtk_list_box_remove (GTK_LIST_BOX (o->summary_box), child);
  for (guint i = 0; i < rows->len; i++)
    {
      SkSummaryRow *row = rows->pdata[i];
      gtk_list_box_append (GTK_LIST_BOX (o->summary_box), value_row (row->label, row->value));
    }
}

static void
on_changed (SkProposal *proposal, GtkWidget *page)
{
  fill_summary (g_object_get_data (G_OBJECT (page), "sk-overview"));
}

static void
update_compliance (SkCompliance *compliance, GParamSpec *pspec, Overview *o)
{
  GListModel *model = sk_compliance_get_findings (compliance);
  g_autoptr (GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *text = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (all, g_list_model_get_item (model, i));
  text = sk_findings_summary (all, NULL);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (o->compliance_row), text);
}

static void
on_compliance_notify (SkCompliance *compliance, GParamSpec *pspec, GtkWidget *page)
{
  update_compliance (compliance, pspec, g_object_get_data (G_OBJECT (page), "sk-overview"));
}

static void
on_compliance_activated (AdwActionRow *row, gpointer unused)
{
  gtk_widget_activate_action (GTK_WIDGET (row), "win.show-page", "s", "compliance");
}

GtkWidget *
sk_overview_page_new (SkProposal *proposal, SkCompliance *compliance)
{
  static const char * const objectives[] = {
    "objective_long_term", "objective_dual_degree", "objective_research",
    "objective_mobility", "objective_competitiveness",
  };
  Overview *o = g_new0 (Overview, 1);
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *title = adw_preferences_group_new ();
  GtkWidget *summary = adw_preferences_group_new ();
  GtkWidget *goals = adw_preferences_group_new ();
  SkRecord *info = sk_proposal_get_info (proposal);
  const SkKind *kind = sk_record_get_kind (info);

  o->proposal = g_object_ref (proposal);
  g_object_set_data_full (G_OBJECT (page), "sk-overview", o, (GDestroyNotify) overview_free);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (sk_review_group_new (proposal)));
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (title), _("Proposal"));
  sk_field_rows_add (ADW_PREFERENCES_GROUP (title), proposal, info, sk_kind_field (kind, "title_kk"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (title));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (summary), _("Summary"));
  o->compliance_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (o->compliance_row), _("Compliance"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (o->compliance_row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (o->compliance_row), TRUE);
  g_signal_connect (o->compliance_row, "activated", G_CALLBACK (on_compliance_activated), NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (summary), o->compliance_row);
  o->summary_box = gtk_list_box_new ();
  gtk_widget_add_css_class (o->summary_box, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (o->summary_box), GTK_SELECTION_NONE);
  gtk_widget_set_margin_top (o->summary_box, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (summary), o->summary_box);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (summary));
  fill_summary (o);
  update_compliance (compliance, NULL, o);
  g_signal_connect_object (compliance, "notify", G_CALLBACK (on_compliance_notify), page, 0);
  g_signal_connect_object (proposal, "changed", G_CALLBACK (on_changed), page, 0);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (goals), _("Objectives"));
  for (guint i = 0; i < G_N_ELEMENTS (objectives); i++)
    sk_field_rows_add (ADW_PREFERENCES_GROUP (goals), proposal, info, sk_kind_field (kind, objectives[i]));
  sk_field_rows_add (ADW_PREFERENCES_GROUP (goals), proposal, info, sk_kind_field (kind, "objectives_kk"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (goals));
  return page;
}
