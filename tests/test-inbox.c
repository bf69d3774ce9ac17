/* test-inbox.c: the reviewer's inbox, a folder of proposals in a table
 * (run under Xvfb with G_DEBUG=fatal-warnings). With SK_SCREENSHOT_DIR
 * set, the inbox is saved there at 1366 × 768 and 800 × 600. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sk-inbox-window.h"
#include "sk-init.h"
#include "sk-review.h"
#include "sk-test-util.h"
#include "sk-ui-util.h"
#include "sk-window.h"

static const char * const examples[] = { "caspian-tu-berlin", "kyzylorda-arizona", "taraz-mendeleev" };

/* A folder with the three examples (one of them submitted) and a file
 * of garbage named like a proposal. */
static char *
make_folder (void)
{
  static guint made;
  g_autofree char *name = g_strdup_printf ("inbox-%u", ++made);
  g_autofree char *dir = sk_test_tmp_path (name);
  g_autofree char *damaged = g_build_filename (dir, "damaged.seriktes", NULL);
  g_autofree char *ignored = g_build_filename (dir, "notes.txt", NULL);
  char garbage[512];

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *name = g_strconcat (examples[i], ".seriktes", NULL);
      g_autofree char *from = sk_test_example_path (name);
      g_autofree char *to = g_build_filename (dir, name, NULL);
      g_autofree char *data = NULL;
      gsize len;

      g_assert_true (g_file_get_contents (from, &data, &len, NULL));
      g_assert_true (g_file_set_contents (to, data, (gssize) len, NULL));
      if (i == 1)
        {
          g_autoptr (GError) error = NULL;
          g_autoptr (SkProposal) p = sk_proposal_open (to, SK_OPEN_DEFAULT, &error);
          g_assert_no_error (error);
          g_assert_true (sk_review_transition (p, "submitted", "University", NULL, &error));
          g_assert_no_error (error);
        }
    }
  for (guint i = 0; i < sizeof garbage; i++)
    garbage[i] = (char) (i * 37 + 11);
  g_assert_true (g_file_set_contents (damaged, garbage, sizeof garbage, NULL));
  g_assert_true (g_file_set_contents (ignored, "not a proposal", -1, NULL));
  return g_steal_pointer (&dir);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static gboolean
is_loaded (gpointer inbox)
{
  return !sk_inbox_window_is_loading (inbox);
}

static SkInboxWindow *
inbox_new (const char *dir, int width, int height)
{
  SkInboxWindow *inbox = sk_inbox_window_new (NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (dir);

  gtk_window_set_default_size (GTK_WINDOW (inbox), width, height);
  gtk_window_present (GTK_WINDOW (inbox));
  g_assert_true (sk_ui_wait_until (is_mapped, inbox, 5000));
  sk_inbox_window_set_folder (inbox, folder);
  g_assert_true (sk_ui_wait_until (is_loaded, inbox, 20000));
  sk_ui_settle ();
  return inbox;
}

static void
inbox_close (SkInboxWindow *inbox)
{
  g_object_ref (inbox);
  gtk_window_close (GTK_WINDOW (inbox));
  sk_ui_settle ();
  g_assert_finalize_object (inbox);
}

static const SkFileSummary *
row (SkInboxWindow *inbox, guint i)
{
  g_autoptr (SkInboxItem) item = g_list_model_get_item (sk_inbox_window_get_rows (inbox), i);

  g_assert_nonnull (item);
  return sk_inbox_item_get_summary (item);
}

/* Is a label showing @text (in full) inside @root, drawn? */
static gboolean
shows_label (GtkWidget *root, const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return TRUE;
      if (shows_label (child, text))
        return TRUE;
    }
  return FALSE;
}

static GtkColumnViewColumn *
column_titled (GtkColumnView *view, const char *title)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }
  g_assert_not_reached ();
}

/* Every file of the folder is a row, the damaged one with its reason;
 * the table has a name for screen readers. */
static void
test_list (void)
{
  g_autofree char *dir = make_folder ();
  SkInboxWindow *inbox = inbox_new (dir, 1366, 768);
  GListModel *rows = sk_inbox_window_get_rows (inbox);
  GtkWidget *view = sk_ui_find_type (GTK_WIDGET (inbox), GTK_TYPE_COLUMN_VIEW);
  guint damaged = 0, submitted = 0;

  g_assert_cmpuint (sk_inbox_window_get_n_files (inbox), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      const SkFileSummary *s = row (inbox, i);

      if (s->error)
        {
          damaged++;
          g_assert_true (g_str_has_suffix (s->file, "damaged.seriktes"));
          g_assert_true (shows_label (view, "damaged.seriktes"));
          g_assert_true (shows_label (view, s->error->message));
          g_assert_true (shows_label (view, _("Cannot be read")));
        }
      else
        {
          g_assert_true (shows_label (view, s->title));
          g_assert_true (shows_label (view, s->status_label));
          g_assert_true (shows_label (view, s->verdict));
          if (s->last_event)
            {
              submitted++;
              g_assert_true (shows_label (view, s->last_event));
              g_assert_true (shows_label (view, s->last_event_when));
            }
        }
    }
  g_assert_cmpuint (damaged, ==, 1);
  g_assert_cmpuint (submitted, ==, 1);
  /* (GTK keeps accessible properties with GTK_A11Y=test, as in the test suite.) */
  if (g_strcmp0 (g_getenv ("GTK_A11Y"), "test") == 0)
    g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL));
  /* Filled: the progress is gone. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (sk_ui_find_type (GTK_WIDGET (inbox), GTK_TYPE_PROGRESS_BAR))));
  sk_ui_maybe_screenshot (GTK_WIDGET (inbox), "50-inbox.png");
  inbox_close (inbox);

  /* The narrow window: the table scrolls, the window stays as wide as asked. */
  inbox = inbox_new (dir, 800, 600);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (inbox)), <=, 800);
  sk_ui_maybe_screenshot (GTK_WIDGET (inbox), "51-inbox-800x600.png");
  inbox_close (inbox);
}

/* Sorting by the errors, both ways; the unreadable file counts as worse
 * than any. */
static void
test_sort (void)
{
  g_autofree char *dir = make_folder ();
  SkInboxWindow *inbox = inbox_new (dir, 1366, 768);
  GtkColumnView *view = GTK_COLUMN_VIEW (sk_ui_find_type (GTK_WIDGET (inbox), GTK_TYPE_COLUMN_VIEW));
  GtkColumnViewColumn *errors = column_titled (view, _("Errors"));

  /* The most errors first: the file that cannot be read is worse still. */
  gtk_column_view_sort_by_column (view, errors, GTK_SORT_DESCENDING);
  sk_ui_settle ();
  g_assert_nonnull (row (inbox, 0)->error);
  g_assert_cmpuint (row (inbox, 1)->errors, ==, 2);
  g_assert_cmpuint (row (inbox, 2)->errors, ==, 0);
  g_assert_cmpuint (row (inbox, 3)->errors, ==, 0);

  gtk_column_view_sort_by_column (view, errors, GTK_SORT_ASCENDING);
  sk_ui_settle ();
  g_assert_cmpuint (row (inbox, 0)->errors, ==, 0);
  g_assert_null (row (inbox, 0)->error);
  g_assert_cmpuint (row (inbox, 2)->errors, ==, 2);
  g_assert_nonnull (row (inbox, 3)->error);

  gtk_column_view_sort_by_column (view, column_titled (view, C_("inbox column", "Warnings")), GTK_SORT_DESCENDING);
  sk_ui_settle ();
  g_assert_cmpuint (row (inbox, 1)->warnings, ==, 5);
  inbox_close (inbox);
}

/* The search over titles and applicants, and the status filter. */
static void
test_filter (void)
{
  g_autofree char *dir = make_folder ();
  SkInboxWindow *inbox = inbox_new (dir, 1366, 768);
  GListModel *rows = sk_inbox_window_get_rows (inbox);
  GtkWidget *search = sk_ui_find_type (GTK_WIDGET (inbox), GTK_TYPE_SEARCH_ENTRY);
  GtkDropDown *status = GTK_DROP_DOWN (sk_ui_find_type (GTK_WIDGET (inbox), GTK_TYPE_DROP_DOWN));
  GListModel *choices = gtk_drop_down_get_model (status);
  guint n_choices = g_list_model_get_n_items (choices);

  /* The names and words below are the English ones (the screenshots run
   * this test in Kazakh and Russian too). */
  if (!g_str_equal (sk_get_content_language (), "en"))
    {
      g_test_skip ("the search words are English");
      inbox_close (inbox);
      return;
    }
  /* An applicant's name, in another case. */
  gtk_editable_set_text (GTK_EDITABLE (search), "KORKYT ata");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  g_assert_true (g_str_has_suffix (row (inbox, 0)->file, "kyzylorda-arizona.seriktes"));
  /* A word of the titles. */
  gtk_editable_set_text (GTK_EDITABLE (search), "branch");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
  gtk_editable_set_text (GTK_EDITABLE (search), "no such proposal");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);
  sk_ui_settle ();
  g_assert_true (shows_label (GTK_WIDGET (inbox), _("No Proposal Matches")));
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 4);

  /* The last choice: the files that cannot be read. */
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), n_choices - 1), ==, _("Cannot be read"));
  gtk_drop_down_set_selected (status, n_choices - 1);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  g_assert_nonnull (row (inbox, 0)->error);
  for (guint i = 1; i < n_choices - 1; i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (choices), i), _("Submitted")))
      gtk_drop_down_set_selected (status, i);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  g_assert_cmpstr (row (inbox, 0)->status, ==, "submitted");
  gtk_drop_down_set_selected (status, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 4);
  inbox_close (inbox);
}

static SkWindow *
proposal_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* not ours */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);
      if (SK_IS_WINDOW (window))
        return SK_WINDOW (window);
    }
  return NULL;
}

static GtkWindow *
dialog_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* not ours */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (window))
        return GTK_WINDOW (window);
    }
  return NULL;
}

/* A row activated opens its proposal in a window of its own; the damaged
 * one says why it cannot. */
static void
test_open (void)
{
  g_autofree char *dir = make_folder ();
  SkInboxWindow *inbox = inbox_new (dir, 1366, 768);
  GtkWidget *view = sk_ui_find_type (GTK_WIDGET (inbox), GTK_TYPE_COLUMN_VIEW);
  GListModel *rows = sk_inbox_window_get_rows (inbox);
  SkWindow *window;
  GtkWindow *dialog;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    if (row (inbox, i)->error == NULL)
      {
        g_autofree char *path = g_strdup (row (inbox, i)->file);

        g_assert_null (proposal_window ());
        g_signal_emit_by_name (view, "activate", i);
        sk_ui_settle ();
        window = proposal_window ();
        g_assert_nonnull (window);
        g_assert_nonnull (sk_window_get_proposal (window));
        g_assert_cmpstr (sk_proposal_get_path (sk_window_get_proposal (window)), ==, path);
        sk_ui_window_close (window);
        break;
      }

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    if (row (inbox, i)->error)
      {
        g_signal_emit_by_name (view, "activate", i);
        sk_ui_settle ();
        g_assert_null (proposal_window ());
        dialog = dialog_window ();
        g_assert_nonnull (dialog);
        g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (inbox));
        gtk_window_destroy (dialog);
      }
  /* The window still lists the folder. */
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 4);
  inbox_close (inbox);
}

/* An empty folder says so; reading again finds what was added. */
static void
test_empty (void)
{
  g_autofree char *dir = sk_test_tmp_path ("empty");
  g_autofree char *from = sk_test_example_path ("caspian-tu-berlin.seriktes");
  g_autofree char *to = g_build_filename (dir, "one.seriktes", NULL);
  g_autofree char *data = NULL;
  SkInboxWindow *inbox;
  gsize len;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  inbox = inbox_new (dir, 1000, 700);
  g_assert_cmpuint (sk_inbox_window_get_n_files (inbox), ==, 0);
  g_assert_true (shows_label (GTK_WIDGET (inbox), _("No Proposals in This Folder")));

  g_assert_true (g_file_get_contents (from, &data, &len, NULL));
  g_assert_true (g_file_set_contents (to, data, (gssize) len, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (inbox), "win.reload", NULL));
  g_assert_true (sk_ui_wait_until (is_loaded, inbox, 20000));
  sk_ui_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (sk_inbox_window_get_rows (inbox)), ==, 1);
  g_assert_false (shows_label (GTK_WIDGET (inbox), _("No Proposals in This Folder")));
  inbox_close (inbox);
}

/* Closing the window while it reads: the reading stops, nothing leaks
 * into a window that is gone. */
static void
test_close_while_loading (void)
{
  g_autofree char *dir = make_folder ();
  SkInboxWindow *inbox = sk_inbox_window_new (NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (dir);

  gtk_window_present (GTK_WINDOW (inbox));
  sk_inbox_window_set_folder (inbox, folder);
  sk_inbox_window_reload (inbox);
  inbox_close (inbox);
  sk_ui_settle ();
}

int
main (int argc, char **argv)
{
  sk_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  if (g_getenv ("SK_DARK"))
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  g_test_add_func ("/sk/inbox/list", test_list);
  g_test_add_func ("/sk/inbox/sort", test_sort);
  g_test_add_func ("/sk/inbox/filter", test_filter);
  g_test_add_func ("/sk/inbox/open", test_open);
  g_test_add_func ("/sk/inbox/empty", test_empty);
  g_test_add_func ("/sk/inbox/close-while-loading", test_close_while_loading);
  return g_test_run ();
}
