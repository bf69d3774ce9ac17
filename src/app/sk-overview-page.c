/* sk-overview-page.c: the proposal at a glance */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-chart.h"
#include "sk-compliance-page.h"
#include "sk-field-row.h"
#include "sk-init.h"
#include "sk-overview-page.h"
#include "sk-review-ui.h"
#include "sk-summary.h"

typedef struct {
  SkProposal *proposal;
  SkCompliance *compliance;
  GtkWidget *summary_box;
  GtkWidget *compliance_row;
  GtkWidget *basis;
  GPtrArray *charts;    /* GtkDrawingArea, redrawn on changes */
} Overview;

typedef enum { CHART_STAFFING, CHART_FINANCING, CHART_TERM, CHART_COMPLIANCE } ChartKind;

static void
overview_free (Overview *o)
{
  g_clear_object (&o->proposal);
  g_clear_object (&o->compliance);
  g_clear_pointer (&o->charts, g_ptr_array_unref);
  g_free (o);
}

/* ---- charts (the core draws them; the same code makes the PDF's) ---- */

static void
draw_chart (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  Overview *o = g_object_get_data (G_OBJECT (area), "sk-overview");
  ChartKind kind = GPOINTER_TO_INT (data);
  SkChartStyle style = *(adw_style_manager_get_dark (adw_style_manager_get_default ())
                           ? sk_chart_style_dark () : sk_chart_style_light ());
  SkRuleSet *rules = sk_compliance_get_rules (o->compliance);
  const char *lang = sk_get_content_language ();

  style.background.alpha = 0; /* the card's own background shows */
  switch (kind)
    {
    case CHART_STAFFING:
      sk_chart_draw_staffing (cr, &style, o->proposal, rules,
                              (SkBasis) gtk_drop_down_get_selected (GTK_DROP_DOWN (o->basis)), lang, width, height);
      break;
    case CHART_FINANCING:
      sk_chart_draw_financing (cr, &style, o->proposal, lang, width, height);
      break;
    case CHART_TERM:
      sk_chart_draw_term (cr, &style, o->proposal, rules, lang, width, height);
      break;
    case CHART_COMPLIANCE:
    default:
      {
        g_autoptr (GPtrArray) all = sk_compliance_dup_findings (o->compliance);
        sk_chart_draw_compliance (cr, &style, all, lang, width, height);
      }
      break;
    }
}

static void
redraw_charts (Overview *o)
{
  for (guint i = 0; i < o->charts->len; i++)
    {
      GtkWidget *area = o->charts->pdata[i];
      if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (area), "sk-kind")) == CHART_STAFFING)
        gtk_widget_set_size_request (area, -1, (int) sk_chart_staffing_height (sk_chart_style_light (), o->proposal));
      gtk_widget_queue_draw (area);
    }
}

static GtkWidget *
chart (Overview *o, ChartKind kind, int height, const char *a11y)
{
  GtkWidget *area = gtk_drawing_area_new ();
  GtkWidget *frame = gtk_frame_new (NULL);

  g_object_set_data (G_OBJECT (area), "sk-overview", o);
  g_object_set_data (G_OBJECT (area), "sk-kind", GINT_TO_POINTER (kind));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_chart, GINT_TO_POINTER (kind), NULL);
  gtk_widget_set_size_request (area, -1, height);
  gtk_widget_set_margin_start (area, 6);
  gtk_widget_set_margin_end (area, 6);
  gtk_widget_set_margin_top (area, 6);
  gtk_widget_set_margin_bottom (area, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  gtk_frame_set_child (GTK_FRAME (frame), area);
  gtk_widget_add_css_class (frame, "view");
  g_ptr_array_add (o->charts, area);
  return frame;
}

static void
on_basis_changed (GtkDropDown *dd, GParamSpec *pspec, Overview *o)
{
  redraw_charts (o);
}

static void
on_dark_changed (AdwStyleManager *manager, GParamSpec *pspec, GtkWidget *page)
{
  redraw_charts (g_object_get_data (G_OBJECT (page), "sk-overview"));
}

static GtkWidget *
charts_group (Overview *o)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  const char * const bases[] = { _("Headcount"), _("Full-time equivalents"), _("Teaching hours"), NULL };

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Charts"));
  o->basis = gtk_drop_down_new_from_strings (bases);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (o->basis), sk_rule_set_staffing_basis (sk_compliance_get_rules (o->compliance)));
  gtk_widget_set_tooltip_text (o->basis, _("What the staffing ratio is counted in"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (o->basis), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What the staffing ratio is counted in"), -1);
  gtk_widget_set_valign (o->basis, GTK_ALIGN_CENTER);
  g_signal_connect (o->basis, "notify::selected", G_CALLBACK (on_basis_changed), o);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), o->basis);

  gtk_box_append (GTK_BOX (box), chart (o, CHART_STAFFING, (int) sk_chart_staffing_height (sk_chart_style_light (), o->proposal),
                                        _("The staffing ratio, overall and per programme")));
  gtk_box_append (GTK_BOX (box), chart (o, CHART_FINANCING, 260, _("Financing by year and source")));
  gtk_box_append (GTK_BOX (box), chart (o, CHART_TERM, 110, _("The term of the partnership")));
  gtk_box_append (GTK_BOX (box), chart (o, CHART_COMPLIANCE, 90, _("Findings of the compliance check")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  return group;
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
  g_autoptr (GPtrArray) rows = sk_summary_rows (o->proposal, sk_get_content_language (), FALSE);
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
  Overview *o = g_object_get_data (G_OBJECT (page), "sk-overview");
  fill_summary (o);
  redraw_charts (o);
}

static void
update_compliance (SkCompliance *compliance, GParamSpec *pspec, Overview *o)
{
  g_autofree char *text = sk_compliance_summary (compliance);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (o->compliance_row), text);
}

static void
on_compliance_notify (SkCompliance *compliance, GParamSpec *pspec, GtkWidget *page)
{
  Overview *o = g_object_get_data (G_OBJECT (page), "sk-overview");
  update_compliance (compliance, pspec, o);
  redraw_charts (o);
}

static void
on_compliance_activated (AdwActionRow *row, gpointer unused)
{
  gtk_widget_activate_action (GTK_WIDGET (row), "win.show-page", "s", "compliance");
}

/* ---- what to do next ---- */

static int
by_severity (gconstpointer a, gconstpointer b, gpointer data)
{
  SkSeverity x = sk_finding_get_severity ((SkFinding *) a), y = sk_finding_get_severity ((SkFinding *) b);

  return (y > x) - (y < x);
}

static GtkWidget *
create_next_row (gpointer item, gpointer data)
{
  return sk_finding_row_new (item);
}

/* The most serious findings first, each a click from its fix. */
static GtkWidget *
next_steps_group (SkCompliance *compliance)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *box = gtk_list_box_new ();
  GtkWidget *empty = gtk_label_new (_("Nothing to do: the proposal meets every rule."));
  GtkSortListModel *sorted = gtk_sort_list_model_new (g_object_ref (sk_compliance_get_findings (compliance)),
                                                      GTK_SORTER (gtk_custom_sorter_new (by_severity, NULL, NULL)));
  g_autoptr (GtkSliceListModel) first = gtk_slice_list_model_new (G_LIST_MODEL (sorted), 0, 5);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("What to Do Next"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The most serious findings first; each opens the place of its fix."));
  gtk_widget_add_css_class (box, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (box), GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, _("What to do next"), -1);
  gtk_widget_set_margin_top (empty, 12);
  gtk_widget_set_margin_bottom (empty, 12);
  gtk_widget_add_css_class (empty, "dim-label");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (box), empty);
  gtk_list_box_bind_model (GTK_LIST_BOX (box), G_LIST_MODEL (first), create_next_row, NULL, NULL);
  gtk_widget_set_name (box, "next-steps");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  return group;
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
  o->compliance = g_object_ref (compliance);
  o->charts = g_ptr_array_new ();
  g_object_set_data_full (G_OBJECT (page), "sk-overview", o, (GDestroyNotify) overview_free);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (sk_review_group_new (proposal)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (next_steps_group (compliance)));
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

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (charts_group (o)));
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (on_dark_changed), page, 0);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (goals), _("Objectives"));
  for (guint i = 0; i < G_N_ELEMENTS (objectives); i++)
    sk_field_rows_add (ADW_PREFERENCES_GROUP (goals), proposal, info, sk_kind_field (kind, objectives[i]));
  sk_field_rows_add (ADW_PREFERENCES_GROUP (goals), proposal, info, sk_kind_field (kind, "objectives_kk"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (goals));
  return page;
}
