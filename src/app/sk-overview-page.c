/* sk-overview-page.c: the proposal at a glance, as a readiness dashboard:
 * each area complete or not, what to do next, the summary and the charts */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-area-row.h"
#include "sk-area.h"
#include "sk-chart.h"
#include "sk-compliance-page.h"
#include "sk-field-row.h"
#include "sk-format.h"
#include "sk-init.h"
#include "sk-overview-page.h"
#include "sk-pages.h"
#include "sk-review-ui.h"
#include "sk-summary.h"
#include "sk-value-row.h"
#include "sk-window.h"

struct _SkOverviewPage
{
  SkPage parent_instance;

  GtkWidget *page;
  GtkWidget *review_slot;
  GtkWidget *readiness_group;
  GtkWidget *areas_box;
  GtkWidget *next_box;
  GtkWidget *title_group;
  GtkWidget *compliance_row;
  GtkWidget *summary_box;
  GtkWidget *basis;
  GtkWidget *staffing_chart;
  GtkWidget *financing_chart;
  GtkWidget *term_chart;
  GtkWidget *compliance_chart;
  GtkWidget *goals_group;

  SkProposal *proposal;          /* borrowed from SkPage */
  SkCompliance *compliance;      /* borrowed from SkPage */
  /* Changed while hidden: brought up to date when shown again (an edit
   * on another page does not wait for the overview). */
  gboolean stale, findings_stale;
  guint describe_id; /* the charts' descriptions, when idle */
  gulong describe_map_id;
  GdkFrameClock *describe_clock;
  gulong describe_paint_id;
};

G_DEFINE_FINAL_TYPE (SkOverviewPage, sk_overview_page, SK_TYPE_PAGE)

/* ---- charts (the core draws them; the same code makes the PDF's) ---- */

static SkChartStyle
chart_style (void)
{
  SkChartStyle style = *(adw_style_manager_get_dark (adw_style_manager_get_default ())
                           ? sk_chart_style_dark () : sk_chart_style_light ());
  style.background.alpha = 0; /* the card's own background shows */
  return style;
}

static void
draw_staffing (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  SkOverviewPage *self = data;
  SkChartStyle style = chart_style ();

  sk_chart_draw_staffing (cr, &style, self->proposal, sk_compliance_get_rules (self->compliance),
                          (SkBasis) gtk_drop_down_get_selected (GTK_DROP_DOWN (self->basis)),
                          sk_get_content_language (), width, height);
}

static void
draw_financing (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  SkOverviewPage *self = data;
  SkChartStyle style = chart_style ();

  sk_chart_draw_financing (cr, &style, self->proposal, sk_get_content_language (), width, height);
}

static void
draw_term (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  SkOverviewPage *self = data;
  SkChartStyle style = chart_style ();

  sk_chart_draw_term (cr, &style, self->proposal, sk_compliance_get_rules (self->compliance),
                      sk_get_content_language (), width, height);
}

static void
draw_compliance (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  SkOverviewPage *self = data;
  SkChartStyle style = chart_style ();
  g_autoptr (GPtrArray) all = sk_compliance_dup_findings (self->compliance);

  sk_chart_draw_compliance (cr, &style, all, sk_get_content_language (), width, height);
}

static char *
describe_staffing (SkOverviewPage *self)
{
  g_autoptr (SkStaffing) staffing = sk_staffing_compute (self->proposal);
  SkBasis basis = (SkBasis) gtk_drop_down_get_selected (GTK_DROP_DOWN (self->basis));
  const SkShares *shares = &staffing->overall[basis < SK_N_BASES ? basis : 0];
  g_autofree char *kz = sk_format_percent (sk_shares_percent (shares, SK_SIDE_KAZAKH), 1, NULL);
  g_autofree char *foreign = sk_format_percent (sk_shares_percent (shares, SK_SIDE_FOREIGN), 1, NULL);
  g_autofree char *other = sk_format_percent (sk_shares_percent (shares, SK_SIDE_OTHER), 1, NULL);

  /* TRANSLATORS: what the staffing chart shows, read out by a screen
   * reader; each %s is a share in per cent ("70,0 %") */
  return g_strdup_printf (_("Kazakhstani staff %s, foreign staff %s, third parties %s"), kz, foreign, other);
}

static char *
describe_financing (SkOverviewPage *self)
{
  GListModel *lines = sk_proposal_get_records (self->proposal, SK_KIND_FINANCING);
  g_autoptr (GArray) years = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) sums = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr (SkRecord) line = g_list_model_get_item (lines, i);
      gint64 year = sk_record_get_int (line, "year", 0);
      gint64 amount = sk_record_get_int (line, "amount_kzt", 0);
      guint at = 0;

      while (at < years->len && g_array_index (years, gint64, at) < year)
        at++;
      if (at < years->len && g_array_index (years, gint64, at) == year)
        g_array_index (sums, gint64, at) += amount;
      else
        {
          g_array_insert_val (years, at, year);
          g_array_insert_val (sums, at, amount);
        }
    }
  if (years->len == 0)
    return g_strdup (_("No financing yet"));
  for (guint i = 0; i < years->len; i++)
    {
      g_autofree char *money = sk_format_money (g_array_index (sums, gint64, i), NULL);
      g_autofree char *year = g_strdup_printf ("%" G_GINT64_FORMAT, g_array_index (years, gint64, i));
      /* TRANSLATORS: a year and the financing planned for it in the
       * description of the financing chart, e.g. "2027: 150 000 000 ₸" */
      g_ptr_array_add (parts, g_strdup_printf (_("%s: %s"), year, money));
    }
  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("; ", (char **) parts->pdata);
}

static char *
describe_term (SkOverviewPage *self)
{
  SkRecord *info = sk_proposal_get_info (self->proposal);
  g_autofree char *start = sk_format_iso_date (sk_record_get_string (info, "term_start"), NULL);
  g_autofree char *end = sk_format_iso_date (sk_record_get_string (info, "term_end"), NULL);

  if (start == NULL || end == NULL)
    return g_strdup (_("The term is not set yet"));
  /* TRANSLATORS: the term chart read out by a screen reader; the first
   * %s is the first day of the partnership, the second its last day */
  return g_strdup_printf (_("From %s to %s"), start, end);
}

char *
sk_overview_page_describe_chart (SkOverviewPage *self, const char *chart)
{
  g_return_val_if_fail (SK_IS_OVERVIEW_PAGE (self), NULL);

  if (g_str_equal (chart, "staffing"))
    return describe_staffing (self);
  if (g_str_equal (chart, "financing"))
    return describe_financing (self);
  if (g_str_equal (chart, "term"))
    return describe_term (self);
  return sk_compliance_summary (self->compliance);
}

/* The charts' values told as text: after the frames that draw them (it
 * computes the staffing of every lecturer again, which a proposal's first
 * frame need not wait for). */
static gboolean
describe_charts (gpointer data)
{
  static const char * const names[] = { "staffing", "financing", "term", "compliance" };
  SkOverviewPage *self = data;
  GtkWidget *charts[] = { self->staffing_chart, self->financing_chart, self->term_chart, self->compliance_chart };

  self->describe_id = 0;
  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      g_autofree char *text = sk_overview_page_describe_chart (self, names[i]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (charts[i]), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
    }
  return G_SOURCE_REMOVE;
}

static void on_describe_map (SkOverviewPage *self);

static void
on_described_paint (GdkFrameClock *clock, SkOverviewPage *self)
{
  g_clear_signal_handler (&self->describe_paint_id, clock);
  g_clear_object (&self->describe_clock);
  if (self->describe_id == 0)
    self->describe_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, describe_charts, self, NULL);
}

static void
schedule_describe (SkOverviewPage *self)
{
  GdkFrameClock *clock;

  if (self->describe_clock && !g_signal_handler_is_connected (self->describe_clock, self->describe_paint_id))
    {
      /* Its surface went away before it drew a frame. */
      self->describe_paint_id = 0;
      g_clear_object (&self->describe_clock);
    }
  if (self->describe_id || self->describe_clock)
    return;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) || (clock = gtk_widget_get_frame_clock (GTK_WIDGET (self))) == NULL)
    {
      /* Once shown, after its first frame. */
      if (self->describe_map_id == 0)
        self->describe_map_id = g_signal_connect (self, "map", G_CALLBACK (on_describe_map), NULL);
      return;
    }
  self->describe_clock = g_object_ref (clock);
  self->describe_paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_described_paint), self);
}

static void
on_describe_map (SkOverviewPage *self)
{
  g_clear_signal_handler (&self->describe_map_id, self);
  schedule_describe (self);
}

static void
cancel_describe (SkOverviewPage *self)
{
  /* (A frame clock disposed with its surface has lost its handlers.) */
  if (self->describe_clock && self->describe_paint_id && g_signal_handler_is_connected (self->describe_clock, self->describe_paint_id))
    g_signal_handler_disconnect (self->describe_clock, self->describe_paint_id);
  self->describe_paint_id = 0;
  g_clear_object (&self->describe_clock);
  g_clear_signal_handler (&self->describe_map_id, self);
  g_clear_handle_id (&self->describe_id, g_source_remove);
}

/* The charts drawn anew and their values told as text. */
static void
redraw_charts (SkOverviewPage *self)
{
  GtkWidget *charts[] = { self->staffing_chart, self->financing_chart, self->term_chart, self->compliance_chart };

  if (self->proposal == NULL)
    return;
  gtk_widget_set_size_request (self->staffing_chart, -1,
                               (int) sk_chart_staffing_height (sk_chart_style_light (), self->proposal));
  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    gtk_widget_queue_draw (charts[i]);
  schedule_describe (self);
}

/* ---- readiness of the areas ---- */

static void
fill_areas (SkOverviewPage *self)
{
  g_autoptr (GPtrArray) findings = sk_compliance_dup_findings (self->compliance);
  g_autoptr (GArray) readiness = sk_area_readiness (self->proposal, findings);
  guint n;
  const SkPageInfo *pages = sk_pages (&n);
  GtkWidget *child;

  guint relevant = 0, complete = 0;
  g_autofree char *progress = NULL;

  while ((child = gtk_widget_get_first_child (self->areas_box)))
    gtk_list_box_remove (GTK_LIST_BOX (self->areas_box), child);
  for (guint i = 0; i < readiness->len; i++)
    {
      const SkAreaReadiness *r = &g_array_index (readiness, SkAreaReadiness, i);

      if (!r->relevant)
        continue;
      relevant++;
      complete += r->complete;
      for (guint p = 0; p < n; p++)
        if (g_str_equal (pages[p].id, r->area))
          gtk_list_box_append (GTK_LIST_BOX (self->areas_box),
                               sk_area_row_new (pages[p].id, _(pages[p].title), r,
                                                sk_compliance_is_checked (self->compliance)));
    }
  /* TRANSLATORS: the progress of a proposal on its overview; the first
   * number is of the complete areas, the second of all the areas (the
   * plural form follows it), e.g. "8 of 11 areas complete; each opens
   * its page." */
  progress = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u area complete; each opens its page.",
                                           "%u of %u areas complete; each opens its page.", relevant),
                              complete, relevant);
  if (!sk_compliance_is_checked (self->compliance))
    {
      /* Which areas are complete is known once the findings are there. */
      g_free (progress);
      progress = sk_compliance_summary (self->compliance);
    }
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->readiness_group), progress);
}

/* A click on a count of the findings chart: those findings. */
static void
on_compliance_chart_released (GtkGestureClick *gesture, int n_press, double x, double y, SkOverviewPage *self)
{
  static const SkSeverity order[] = { SK_SEVERITY_ERROR, SK_SEVERITY_WARNING, SK_SEVERITY_NOTE };
  int width = gtk_widget_get_width (self->compliance_chart);
  guint tile = width > 0 ? (guint) CLAMP (x * 3 / width, 0, 2) : 0;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *page;

  if (!SK_IS_WINDOW (root))
    return;
  page = sk_window_show_page (SK_WINDOW (root), "compliance");
  if (SK_IS_COMPLIANCE_PAGE (page))
    for (guint i = 0; i < G_N_ELEMENTS (order); i++)
      sk_compliance_page_show_severity (SK_COMPLIANCE_PAGE (page), order[i], i == tile);
}

static void
on_area_activated (GtkListBox *box, GtkListBoxRow *row, SkOverviewPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (row), "win.show-page", "s", gtk_widget_get_name (GTK_WIDGET (row)));
}

/* ---- summary ---- */

static void
fill_summary (SkOverviewPage *self)
{
  g_autoptr (GPtrArray) rows = sk_summary_rows (self->proposal, sk_get_content_language (), FALSE);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->summary_box)))
    gtk_list_box_remove (GTK_LIST_BOX (self->summary_box), child);
  for (guint i = 0; i < rows->len; i++)
    {
      SkSummaryRow *row = rows->pdata[i];
      gtk_list_box_append (GTK_LIST_BOX (self->summary_box), sk_value_row_new (row->label, row->value));
    }
}

static void
on_changed (SkProposal *proposal, SkOverviewPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  fill_summary (self);
  redraw_charts (self);
}

static void
on_compliance_notify (SkCompliance *compliance, GParamSpec *pspec, SkOverviewPage *self)
{
  g_autofree char *text = sk_compliance_summary (compliance);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->compliance_row), text);
  if (pspec && !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->findings_stale = TRUE;
      return;
    }
  fill_areas (self);
  redraw_charts (self);
}

static void
sk_overview_page_map (GtkWidget *widget)
{
  SkOverviewPage *self = SK_OVERVIEW_PAGE (widget);

  GTK_WIDGET_CLASS (sk_overview_page_parent_class)->map (widget);
  if (self->stale)
    fill_summary (self);
  if (self->stale || self->findings_stale)
    {
      fill_areas (self);
      redraw_charts (self);
    }
  self->stale = self->findings_stale = FALSE;
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

/* ---- the object ---- */

static void
sk_overview_page_constructed (GObject *object)
{
  static const char * const objectives[] = {
    "objective_long_term", "objective_dual_degree", "objective_research",
    "objective_mobility", "objective_competitiveness", "objectives_kk",
  };
  SkOverviewPage *self = SK_OVERVIEW_PAGE (object);
  SkRecord *info;
  const SkKind *kind;

  G_OBJECT_CLASS (sk_overview_page_parent_class)->constructed (object);
  self->proposal = sk_page_get_proposal (SK_PAGE (self));
  self->compliance = sk_page_get_compliance (SK_PAGE (self));
  g_return_if_fail (self->proposal && self->compliance);
  info = sk_proposal_get_info (self->proposal);
  kind = sk_record_get_kind (info);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->review_slot), sk_review_group_new (self->proposal));
  sk_field_rows_add (ADW_PREFERENCES_GROUP (self->title_group), self->proposal, info, sk_kind_field (kind, "title_kk"));
  for (guint i = 0; i < G_N_ELEMENTS (objectives); i++)
    sk_field_rows_add (ADW_PREFERENCES_GROUP (self->goals_group), self->proposal, info, sk_kind_field (kind, objectives[i]));

  {
    /* The most serious findings first, each a click from its fix. */
    GtkSortListModel *sorted = gtk_sort_list_model_new (g_object_ref (sk_compliance_get_findings (self->compliance)),
                                                        GTK_SORTER (gtk_custom_sorter_new (by_severity, NULL, NULL)));
    g_autoptr (GtkSliceListModel) first = gtk_slice_list_model_new (G_LIST_MODEL (sorted), 0, 5);
    gtk_list_box_bind_model (GTK_LIST_BOX (self->next_box), G_LIST_MODEL (first), create_next_row, NULL, NULL);
  }

  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->basis), sk_rule_set_staffing_basis (sk_compliance_get_rules (self->compliance)));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->staffing_chart), draw_staffing, self, NULL);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->financing_chart), draw_financing, self, NULL);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->term_chart), draw_term, self, NULL);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->compliance_chart), draw_compliance, self, NULL);

  fill_summary (self);
  on_compliance_notify (self->compliance, NULL, self);
  g_signal_connect_object (self->compliance, "notify", G_CALLBACK (on_compliance_notify), self, 0);
  g_signal_connect_object (self->proposal, "changed", G_CALLBACK (on_changed), self, 0);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (redraw_charts), self,
                           G_CONNECT_SWAPPED);
}

static void
sk_overview_page_dispose (GObject *object)
{
  SkOverviewPage *self = SK_OVERVIEW_PAGE (object);

  cancel_describe (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_OVERVIEW_PAGE);
  /* SkPage lets them go. */
  self->proposal = NULL;
  self->compliance = NULL;
  G_OBJECT_CLASS (sk_overview_page_parent_class)->dispose (object);
}

static void
sk_overview_page_class_init (SkOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sk_overview_page_constructed;
  object_class->dispose = sk_overview_page_dispose;
  widget_class->map = sk_overview_page_map;


  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SkOverviewPage, page);
  gtk_widget_class_bind_template_child (widget_class, SkOverviewPage, review_slot);
  gtk_widget_class_bind_template_child (widget_class, SkOverviewPage, readiness_group);
  gtk_widget_class_bind_template_child (widget_class, SkOverviewPage, areas_box);
  gtk_widget_class_bind_template_child (widget_class, SkOverviewPage, next_box);
  gtk_widget_class_bind_template_child (widget_class, SkOverviewPage, title_group);
  gtk_widget_class_bind_template_child (widget_class, SkOverviewPage, compliance_row);
  gtk_widget_class_bind_template_child (widget_class, SkOverviewPage, summary_box);
  gtk_widget_class_bind_template_child (widget_class, SkOverviewPage, basis);
  gtk_widget_class_bind_template_child (widget_class, SkOverviewPage, staffing_chart);
  gtk_widget_class_bind_template_child (widget_class, SkOverviewPage, financing_chart);
  gtk_widget_class_bind_template_child (widget_class, SkOverviewPage, term_chart);
  gtk_widget_class_bind_template_child (widget_class, SkOverviewPage, compliance_chart);
  gtk_widget_class_bind_template_child (widget_class, SkOverviewPage, goals_group);
  gtk_widget_class_bind_template_callback (widget_class, on_area_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_compliance_chart_released);
  gtk_widget_class_bind_template_callback (widget_class, redraw_charts);
}

static void
sk_overview_page_init (SkOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_overview_page_new (SkProposal *proposal, SkCompliance *compliance, gboolean editable)
{
  return g_object_new (SK_TYPE_OVERVIEW_PAGE, "proposal", proposal, "compliance", compliance,
                       "editable", editable, NULL);
}
