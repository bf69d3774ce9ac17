/* test-overview-page.c: the overview as a readiness dashboard (run under
 * Xvfb with G_DEBUG=fatal-warnings): each area complete or not, what to do
 * next a click from its fix, the charts' values as text */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sk-area.h"
#include "sk-compliance-page.h"
#include "sk-init.h"
#include "sk-overview-page.h"
#include "sk-test-util.h"
#include "sk-ui-util.h"
#include "sk-window.h"

/* The core's readiness: an area with an error is not complete. */
static void
test_readiness (void)
{
  g_autofree char *path = sk_test_example_path ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  SkCompliance *compliance = sk_window_get_compliance (window);
  g_autoptr (GPtrArray) findings = NULL;
  g_autoptr (GArray) readiness = NULL;
  GtkWidget *page, *areas, *row;
  guint shown = 0;

  sk_compliance_recheck (compliance);
  findings = sk_compliance_dup_findings (compliance);
  readiness = sk_area_readiness (sk_window_get_proposal (window), findings);
  g_assert_cmpuint (readiness->len, ==, g_strv_length ((char **) sk_areas ()));
  for (guint i = 0; i < readiness->len; i++)
    {
      const SkAreaReadiness *r = &g_array_index (readiness, SkAreaReadiness, i);
      g_assert_true (r->complete == (r->errors + r->warnings == 0));
      if (g_str_equal (r->area, "partners"))
        g_assert_cmpuint (r->records, >, 0);
      shown += r->relevant;
    }

  page = sk_window_show_page (window, "overview");
  g_assert_true (SK_IS_OVERVIEW_PAGE (page));
  sk_ui_settle ();
  /* The page's properties: what it shows, and whether it may change it. */
  {
    g_autoptr (SkProposal) proposal = NULL;
    gboolean editable = FALSE;
    g_object_get (page, "proposal", &proposal, "editable", &editable, NULL);
    g_assert_true (proposal == sk_window_get_proposal (window));
    g_assert_true (editable);
  }
  areas = sk_ui_find_named (page, "areas");
  g_assert_nonnull (areas);
  {
    guint n = 0;
    for (GtkWidget *c = gtk_widget_get_first_child (areas); c; c = gtk_widget_get_next_sibling (c))
      n += ADW_IS_ACTION_ROW (c);
    g_assert_cmpuint (n, ==, shown);
  }
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "40-overview-readiness.png");

  /* An area's row opens its page. */
  row = sk_ui_find_named (areas, "model");
  g_assert_nonnull (row);
  g_signal_emit_by_name (areas, "row-activated", row);
  sk_ui_settle ();
  g_assert_false (SK_IS_OVERVIEW_PAGE (gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)) ?
                                                               gtk_root_get_focus (GTK_ROOT (window)) : GTK_WIDGET (window),
                                                               SK_TYPE_OVERVIEW_PAGE)));
  g_assert_nonnull (sk_ui_find_titled (GTK_WIDGET (window), ADW_TYPE_PREFERENCES_GROUP, _("Partnership")));
  g_assert_true (gtk_widget_get_mapped (sk_ui_find_titled (GTK_WIDGET (window), ADW_TYPE_PREFERENCES_GROUP, _("Partnership"))));
  sk_ui_window_close (window);
}

/* The first thing to do leads to the field of its fix, focused. */
static void
test_next_step_jump (void)
{
  g_autofree char *path = sk_test_example_path ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  GtkWidget *page = sk_window_show_page (window, "overview");
  GtkWidget *box, *focus;
  GtkListBoxRow *first;

  sk_compliance_recheck (sk_window_get_compliance (window));
  sk_ui_settle ();
  box = sk_ui_find_named (page, "next-steps");
  g_assert_nonnull (box);
  first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (box), 0);
  g_assert_nonnull (first);
  g_signal_emit_by_name (first, "activated");
  sk_ui_settle ();
  /* The term's end, on "Model and Term", has the focus and the mark. */
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_nonnull (gtk_widget_get_ancestor (focus, ADW_TYPE_PREFERENCES_ROW));
  {
    GtkWidget *target = gtk_widget_get_ancestor (focus, ADW_TYPE_PREFERENCES_ROW);
    g_assert_true (gtk_widget_has_css_class (target, "sk-target"));
    g_assert_true (gtk_widget_get_mapped (target));
  }
  sk_ui_window_close (window);
}

/* A click on the count of warnings in the findings chart lists them. */
static void
test_chart_click (void)
{
  g_autofree char *path = sk_test_example_path ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  SkCompliance *compliance = sk_window_get_compliance (window);
  GtkWidget *page, *chart = NULL, *findings;
  g_autoptr (GListModel) controllers = NULL;
  GtkGesture *click = NULL;

  sk_compliance_recheck (compliance);
  page = sk_window_show_page (window, "overview");
  sk_ui_settle ();
  {
    GtkWidget *stack[512];
    int n = 0;
    stack[n++] = page;
    while (n > 0 && chart == NULL)
      {
        GtkWidget *w = stack[--n];
        if (GTK_IS_DRAWING_AREA (w) && gtk_widget_get_tooltip_text (w))
          chart = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c && n < 512; c = gtk_widget_get_next_sibling (c))
          stack[n++] = c;
      }
  }
  g_assert_nonnull (chart);
  controllers = gtk_widget_observe_controllers (chart);
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && click == NULL; i++)
    {
      g_autoptr (GObject) c = g_list_model_get_item (controllers, i);
      if (GTK_IS_GESTURE_CLICK (c))
        click = GTK_GESTURE (c);
    }
  g_assert_nonnull (click);
  /* The middle third: the warnings. */
  g_signal_emit_by_name (click, "released", 1, gtk_widget_get_width (chart) / 2.0, 10.0);
  sk_ui_settle ();
  findings = sk_ui_find_type (GTK_WIDGET (window), SK_TYPE_COMPLIANCE_PAGE);
  g_assert_nonnull (findings);
  g_assert_true (gtk_widget_get_mapped (findings));
  g_assert_cmpuint (sk_compliance_page_get_n_shown (SK_COMPLIANCE_PAGE (findings)), ==,
                    sk_compliance_get_warnings (compliance));
  sk_ui_window_close (window);
}

/* Every chart is named and states its values as text. */
static gboolean
has_description (gpointer widget)
{
  return gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
test_chart_text (void)
{
  g_autofree char *path = sk_test_example_path ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  GtkWidget *page = sk_window_show_page (window, "overview");
  g_autofree char *financing = NULL, *staffing = NULL, *term = NULL, *compliance = NULL;

  sk_ui_settle ();
  financing = sk_overview_page_describe_chart (SK_OVERVIEW_PAGE (page), "financing");
  staffing = sk_overview_page_describe_chart (SK_OVERVIEW_PAGE (page), "staffing");
  term = sk_overview_page_describe_chart (SK_OVERVIEW_PAGE (page), "term");
  compliance = sk_overview_page_describe_chart (SK_OVERVIEW_PAGE (page), "compliance");
  g_assert_nonnull (strstr (financing, "₸"));
  g_assert_nonnull (strstr (financing, "20"));
  g_assert_nonnull (strstr (staffing, "%"));
  g_assert_cmpstr (term, !=, _("The term is not set yet"));
  g_assert_cmpstr (compliance, !=, "");
  /* The drawing areas carry it as their accessible description. */
  {
    guint described = 0;
    GtkWidget *stack[512];
    int n = 0;
    stack[n++] = page;
    while (n > 0)
      {
        GtkWidget *w = stack[--n];
        if (GTK_IS_DRAWING_AREA (w))
          {
            /* (The screenshots run without an accessibility backend.) */
            if (g_strcmp0 (g_getenv ("GTK_A11Y"), "test") == 0)
              {
                g_autofree char *label = gtk_test_accessible_check_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL, "");
                g_assert_nonnull (label); /* there is a name: it is not empty */
                /* (Told once the page's first frame is drawn.) */
                g_assert_true (sk_ui_wait_until (has_description, w, 5000));
              }
            described++;
          }
        for (GtkWidget *c = gtk_widget_get_first_child (w); c && n < 512; c = gtk_widget_get_next_sibling (c))
          stack[n++] = c;
      }
    g_assert_cmpuint (described, ==, 4);
  }
  sk_ui_window_close (window);
}

/* An example chosen on the welcome page opens on its overview. */
static void
test_from_welcome (void)
{
  SkWindow *window = sk_ui_window_new (NULL, 1100, 760);
  GtkWidget *examples = sk_ui_find_titled (GTK_WIDGET (window), ADW_TYPE_PREFERENCES_GROUP, _("Examples"));
  GtkWidget *row;

  g_assert_nonnull (examples);
  row = sk_ui_find_type (examples, ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activate");
  sk_ui_settle ();
  g_assert_nonnull (sk_window_get_proposal (window));
  g_assert_nonnull (sk_ui_find_type (GTK_WIDGET (window), SK_TYPE_OVERVIEW_PAGE));
  sk_ui_window_close (window);
}

/* At 800 × 600 the dashboard and the findings fit the window's width. */
static void
test_narrow (void)
{
  g_autofree char *path = sk_test_example_path ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 800, 600);

  sk_compliance_recheck (sk_window_get_compliance (window));
  sk_ui_show_page (window, "overview");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 800);
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "42-overview-narrow.png");
  sk_ui_show_page (window, "compliance");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 800);
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "43-compliance-narrow.png");
  sk_ui_show_page (window, "partners");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 800);
  sk_ui_window_close (window);
}

int
main (int argc, char **argv)
{
  sk_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  if (g_getenv ("SK_DARK"))
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  g_test_add_func ("/sk/overview-page/readiness", test_readiness);
  g_test_add_func ("/sk/overview-page/next-step-jump", test_next_step_jump);
  g_test_add_func ("/sk/overview-page/chart-text", test_chart_text);
  g_test_add_func ("/sk/overview-page/chart-click", test_chart_click);
  g_test_add_func ("/sk/overview-page/from-welcome", test_from_welcome);
  g_test_add_func ("/sk/overview-page/narrow", test_narrow);
  return g_test_run ();
}
