/* test-ui-errors.c: errors the window must show rather than swallow: a
 * rule set chosen in the settings that does not load (the application
 * used to fall back to the built-in rules without a word), and an undo or
 * redo in a record editor that the file refuses. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "sk-application.h"
#include "sk-init.h"
#include "sk-record-editor.h"
#include "sk-test-util.h"
#include "sk-ui-util.h"
#include "sk-window.h"

typedef struct {
  const char *heading;
  AdwMessageDialog *found;
} Wanted;

static gboolean
message_shown (gpointer data)
{
  Wanted *wanted = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (w)), wanted->heading) == 0)
        {
          wanted->found = ADW_MESSAGE_DIALOG (w);
          return TRUE;
        }
    }
  return FALSE;
}

static void
close_all_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr (GtkWindow) w = g_list_model_get_item (toplevels, 0);
      gtk_window_destroy (w);
    }
  sk_ui_settle ();
}

static void
test_rule_set (void)
{
  g_autofree char *fifo = sk_test_tmp_path ("rules-fifo.ini");
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr (SkApplication) app = sk_application_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (SkRuleSet) built_in = sk_rule_set_new_default ();
  Wanted wanted = { _("The chosen rule set could not be loaded; proposals are checked against the built-in rules"), NULL };

  /* A FIFO: reading it used to wait for a writer for ever. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_settings_set_string (settings, "rule-set-file", fifo);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  g_assert_true (sk_ui_wait_until (message_shown, &wanted, 5000));
  g_test_message ("%s", adw_message_dialog_get_body (wanted.found));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (wanted.found), "not a regular file"));
  /* The windows check against the built-in rules. */
  g_assert_cmpstr (sk_rule_set_get_name (sk_application_get_rule_set (app)), ==,
                   sk_rule_set_get_name (built_in));

  close_all_windows ();
  g_settings_reset (settings, "rule-set-file");
}

static void
test_dialog_undo (void)
{
  g_autofree char *from = g_build_filename (g_getenv ("SK_EXAMPLES_DIR"), "caspian-tu-berlin.seriktes", NULL);
  g_autofree char *path = sk_test_tmp_path ("undo-refused.seriktes");
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) proposal = NULL;
  SkWindow *window;
  GtkWidget *editor;
  sqlite3 *other = NULL;
  Wanted wanted = { _("The edit could not be undone"), NULL };

  g_assert_true (g_file_get_contents (from, &data, &length, NULL));
  g_assert_true (g_file_set_contents (path, data, (gssize) length, NULL));
  proposal = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (sk_proposal_set (proposal, SK_KIND_PROPOSAL, 1, "title_en", g_variant_new_string ("Edited"), &error));
  g_assert_no_error (error);

  /* A record's editor, inside the window. */
  window = sk_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  sk_window_set_proposal (window, proposal);
  editor = sk_window_edit_record (window, sk_proposal_lookup (proposal, SK_KIND_INSTITUTION, 1));
  g_assert_nonnull (editor);
  sk_ui_settle ();

  /* Another process holds the file: the undo cannot be written. */
  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (gtk_widget_activate_action (editor, "win.undo", NULL));
  g_assert_true (sk_ui_wait_until (message_shown, &wanted, 10000));
  g_test_message ("%s", adw_message_dialog_get_body (wanted.found));
  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);

  close_all_windows ();
}

int
main (int argc, char **argv)
{
  sk_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/sk/ui-errors/rule-set", test_rule_set);
  g_test_add_func ("/sk/ui-errors/dialog-undo", test_dialog_undo);
  return g_test_run ();
}
