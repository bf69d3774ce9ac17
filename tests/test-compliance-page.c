/* test-compliance-page.c: the findings page (run under Xvfb with
 * G_DEBUG=fatal-warnings): its counts filter the list, and a finding
 * leads to its field */
#include "config.h"

#include <adwaita.h>
#include <string.h>
#include <glib/gi18n.h>

#include "sk-review.h"
#include "sk-compliance-page.h"
#include "sk-init.h"
#include "sk-test-util.h"
#include "sk-ui-util.h"
#include "sk-window.h"

static guint
rows_of (GtkWidget *box)
{
  guint n = 0;
  for (GtkWidget *c = gtk_widget_get_first_child (box); c; c = gtk_widget_get_next_sibling (c))
    n += ADW_IS_ACTION_ROW (c);
  return n;
}

/* Pressing a count shows its findings only; pressing it again, all. */
static void
test_tiles (void)
{
  g_autofree char *path = sk_test_example_path ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  SkCompliance *compliance = sk_window_get_compliance (window);
  GtkWidget *page, *box, *errors, *warnings;
  guint all, e, w;

  sk_compliance_recheck (compliance);
  sk_ui_show_page (window, "compliance");
  page = sk_window_show_page (window, "compliance");
  g_assert_true (SK_IS_COMPLIANCE_PAGE (page));
  box = sk_ui_find_named (page, "findings");
  errors = sk_ui_find_named (page, "tile-errors");
  warnings = sk_ui_find_named (page, "tile-warnings");
  g_assert_nonnull (box);
  g_assert_nonnull (errors);
  e = sk_compliance_get_errors (compliance);
  w = sk_compliance_get_warnings (compliance);
  all = e + w + sk_compliance_get_notes (compliance);
  g_assert_cmpuint (e, >, 0);
  g_assert_cmpuint (rows_of (box), ==, all);
  {
    g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", e), e);
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (errors)), ==, label);
  }

  /* Clicked as the user does. */
  g_signal_emit_by_name (errors, "clicked");
  sk_ui_settle ();
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (errors)));
  g_assert_cmpuint (sk_compliance_page_get_n_shown (SK_COMPLIANCE_PAGE (page)), ==, e);
  g_assert_cmpuint (rows_of (box), ==, e);
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "41-compliance-errors.png");
  g_signal_emit_by_name (warnings, "clicked");
  sk_ui_settle ();
  g_assert_cmpuint (rows_of (box), ==, e + w);
  g_signal_emit_by_name (errors, "clicked");
  g_signal_emit_by_name (warnings, "clicked");
  sk_ui_settle ();
  g_assert_cmpuint (rows_of (box), ==, all);
  sk_ui_window_close (window);
}

/* A finding's row opens the page of its fix with the field focused. */
static void
test_finding_row (void)
{
  g_autofree char *path = sk_test_example_path ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  GtkWidget *page, *box, *focus, *target;
  GtkListBoxRow *row;

  sk_compliance_recheck (sk_window_get_compliance (window));
  page = sk_window_show_page (window, "compliance");
  sk_ui_settle ();
  sk_compliance_page_show_severity (SK_COMPLIANCE_PAGE (page), SK_SEVERITY_ERROR, TRUE);
  sk_ui_settle ();
  box = sk_ui_find_named (page, "findings");
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (box), 0);
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activated");
  sk_ui_settle ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  target = gtk_widget_get_ancestor (focus, ADW_TYPE_PREFERENCES_ROW);
  if (target == NULL)
    target = focus; /* a missing record: its Add button */
  g_assert_true (gtk_widget_get_mapped (target));
  g_assert_false (gtk_widget_is_ancestor (focus, page));
  sk_ui_window_close (window);
}

/* The staffing finding says what would bring it within the limits (the
 * core's suggestions), in its row as in the CLI and the PDF. */
static void
test_suggestions (void)
{
  g_autofree char *path = sk_test_example_path ("taraz-mendeleev.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  SkCompliance *compliance = sk_window_get_compliance (window);
  g_autoptr (GPtrArray) findings = NULL;
  gboolean seen = FALSE;

  sk_compliance_recheck (compliance);
  findings = sk_compliance_dup_findings (compliance);
  for (guint i = 0; i < findings->len; i++)
    {
      SkFinding *f = findings->pdata[i];
      const char * const *suggestions = sk_finding_get_suggestions (f);
      GtkWidget *row;
      g_autofree char *first = NULL;

      if (suggestions == NULL || suggestions[0] == NULL)
        continue;
      row = g_object_ref_sink (sk_finding_row_new (f));
      first = g_strdup_printf (_("→ %s"), suggestions[0]);
      g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), first));
      g_assert_cmpint (adw_action_row_get_subtitle_lines (ADW_ACTION_ROW (row)), ==, 0);
      g_object_unref (row);
      seen = TRUE;
    }
  g_assert_true (seen);
  sk_ui_window_close (window);
}

/* The button that adds a review remark about a finding. */
static GtkWidget *
remark_button (GtkWidget *root)
{
  if (GTK_IS_ACTIONABLE (root) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), "win.remark-finding") == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = remark_button (c);
      if (found)
        return found;
    }
  return NULL;
}

/* A remark about a finding is the reviewer's: its button works on a
 * submitted proposal, not on a draft. */
static void
test_remark_by_status (void)
{
  static const gboolean submitted[] = { FALSE, TRUE };

  for (guint i = 0; i < G_N_ELEMENTS (submitted); i++)
    {
      g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
      SkWindow *window;
      GtkWidget *page, *button;

      if (submitted[i])
        {
          g_autoptr (GError) error = NULL;
          g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
          g_assert_no_error (error);
          g_assert_true (sk_review_transition (p, "submitted", "University", NULL, &error));
          g_assert_no_error (error);
        }
      window = sk_ui_window_new (path, 1100, 760);

      sk_compliance_recheck (sk_window_get_compliance (window));
      page = sk_window_show_page (window, "compliance");
      sk_ui_settle ();
      button = remark_button (page);
      g_assert_nonnull (button);
      g_assert_cmpint (gtk_widget_is_sensitive (button), ==, submitted[i]);
      sk_ui_window_close (window);
    }
}

int
main (int argc, char **argv)
{
  sk_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  if (g_getenv ("SK_DARK"))
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  g_test_add_func ("/sk/compliance-page/tiles", test_tiles);
  g_test_add_func ("/sk/compliance-page/finding-row", test_finding_row);
  g_test_add_func ("/sk/compliance-page/suggestions", test_suggestions);
  g_test_add_func ("/sk/compliance-page/remark-by-status", test_remark_by_status);
  return g_test_run ();
}
