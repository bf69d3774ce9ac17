/* test-ui.c: the application in a real window (run under Xvfb) */
#include "config.h"

#include <adwaita.h>

#include "sk-init.h"
#include "sk-test-util.h"
#include "sk-ui-util.h"
#include "sk-window.h"

static char *
example_path (const char *name)
{
  return g_build_filename (g_getenv ("SK_EXAMPLES_DIR"), name, NULL);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (GTK_WIDGET (widget));
}

static GtkWindow *
find_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_window_get_transient_for (w) == parent)
        return w;
    }
  return NULL;
}

static gboolean
has_dialog (gpointer parent)
{
  return find_dialog (parent) != NULL;
}

static void
test_open_example (void)
{
  SkWindow *window = sk_window_new (NULL);
  g_autofree char *path = example_path ("caspian-tu-berlin.seriktes");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  SkProposal *proposal;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (sk_ui_wait_until (is_mapped, window, 5000));
  sk_ui_settle ();
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "welcome.png");

  g_assert_true (sk_window_open (window, file));
  proposal = sk_window_get_proposal (window);
  g_assert_nonnull (proposal);
  g_assert_cmpstr (sk_proposal_get_path (proposal), ==, path);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   sk_record_get_text3 (sk_proposal_get_info (proposal), "title",
                                        sk_get_content_language (), TRUE, NULL));
  sk_ui_settle ();
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "summary.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The compliance of the proposal is shown with the summary. */
static void
test_compliance (void)
{
  SkWindow *window = sk_window_new (NULL);
  g_autofree char *path = example_path ("kyzylorda-arizona.seriktes");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GtkWidget *group;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 900);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (sk_ui_wait_until (is_mapped, window, 5000));
  g_assert_true (sk_window_open (window, file));
  sk_ui_settle ();
  group = sk_ui_find_titled (GTK_WIDGET (window), ADW_TYPE_PREFERENCES_GROUP, "Compliance");
  g_assert_nonnull (group);
  g_assert_true (g_str_has_prefix (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), "3 errors"));
  g_assert_nonnull (sk_ui_find_titled (group, ADW_TYPE_ACTION_ROW,
                                       "Programme “Business Administration” issues 1 diploma; a dual degree programme issues two."));
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "compliance.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A damaged file: the reason in a dialog, and the window goes on showing
 * what it showed. */
static void
test_damaged_file (void)
{
  SkWindow *window = sk_window_new (NULL);
  g_autofree char *good = example_path ("taraz-mendeleev.seriktes");
  g_autofree char *bad = sk_test_tmp_path ("damaged.seriktes");
  g_autoptr (GFile) good_file = g_file_new_for_path (good);
  g_autoptr (GFile) bad_file = g_file_new_for_path (bad);
  GtkWindow *dialog;

  g_assert_true (g_file_set_contents (bad, "SQLite format 3\0garbage garbage", 32, NULL));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (sk_ui_wait_until (is_mapped, window, 5000));
  g_assert_true (sk_window_open (window, good_file));

  g_assert_false (sk_window_open (window, bad_file));
  g_assert_true (sk_ui_wait_until (has_dialog, window, 5000));
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), !=, "");
  sk_ui_settle ();
  sk_ui_maybe_screenshot (GTK_WIDGET (dialog), "error-dialog.png");

  /* The window still shows the good proposal. */
  g_assert_cmpstr (sk_proposal_get_path (sk_window_get_proposal (window)), ==, good);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "close");
  sk_ui_settle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  sk_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/sk/ui/open-example", test_open_example);
  g_test_add_func ("/sk/ui/compliance", test_compliance);
  g_test_add_func ("/sk/ui/damaged-file", test_damaged_file);
  return g_test_run ();
}
