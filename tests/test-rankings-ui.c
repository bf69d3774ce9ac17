/* test-rankings-ui.c: the ranking library window, the import dialog,
 * matching the partners of a proposal and the partner finder, in real
 * windows (run under Xvfb with G_DEBUG=fatal-warnings) */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sk-iso.h"
#include "sk-init.h"
#include "sk-ranking-finder-dialog.h"
#include "sk-ranking-fixtures.h"
#include "sk-ranking-import-dialog.h"
#include "sk-ranking-match-dialog.h"
#include "sk-ranking-service.h"
#include "sk-rankings-page.h"
#include "sk-test-util.h"
#include "sk-ui-util.h"
#include "sk-window.h"

static char *fixtures_dir;

static gboolean
not_busy (gpointer dialog)
{
  return !sk_ranking_import_dialog_is_busy (dialog);
}

static gboolean
loaded (gpointer data)
{
  SkRankingService *service = sk_ranking_service_get_default ();
  return sk_ranking_service_peek (service) != NULL && !sk_ranking_service_is_loading (service);
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static gboolean
match_ready (gpointer dialog)
{
  return sk_ranking_match_dialog_is_ready (dialog);
}

/* Empties the library, then stores the fixtures named (NULL-terminated)
 * as the core does, and waits for the application to load them. */
static void
library_with (const char *first, ...)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkRankingLibrary) lib = sk_ranking_library_open (NULL, &error);
  g_autoptr (GPtrArray) old = NULL;
  va_list args;

  g_assert_no_error (error);
  old = sk_ranking_library_list (lib, &error);
  for (guint i = 0; i < old->len; i++)
    g_assert_true (sk_ranking_library_remove (lib, ((SkRankingTable *) old->pdata[i])->id, &error));
  va_start (args, first);
  for (const char *name = first; name; name = va_arg (args, const char *))
    {
      g_autofree char *path = g_build_filename (fixtures_dir, name, NULL);
      const char *publisher = g_str_has_prefix (name, "qs") ? "qs" : g_str_has_prefix (name, "the") ? "the" : "arwu";
      SkRankingImportOptions options = { publisher, g_str_has_prefix (name, "arwu") ? 2025 : 2026, NULL, NULL, NULL, NULL };
      g_autoptr (SkRankingTable) t = sk_ranking_table_read_file (path, &options, &error);
      g_assert_no_error (error);
      g_assert_true (sk_ranking_library_store (lib, t, NULL, &error));
    }
  va_end (args);
  sk_ranking_service_changed (sk_ranking_service_get_default ());
  g_assert_true (sk_ui_wait_until (loaded, NULL, 10000));
}

/* Importing through the dialog: what was recognised is shown before
 * anything is stored; the table is listed afterwards; removing asks. */
static void
test_import_remove (void)
{
  GtkWindow *window;
  SkRankingsPage *page;
  GtkWidget *dialog, *row, *remove, *import;
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = g_build_filename (fixtures_dir, FIXTURE_ARWU, NULL);
  const SkRankingTable *t;
  AdwMessageDialog *ask;

  library_with (FIXTURE_QS, NULL);
  window = sk_rankings_page_present (NULL);
  gtk_window_set_default_size (window, 800, 600);
  page = sk_rankings_page_from_window (window);
  g_assert_nonnull (page);
  sk_ui_settle ();
  g_assert_nonnull (sk_ui_find_titled (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "QS 2026"));
  g_assert_null (sk_ui_find_titled (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "ARWU 2025"));

  /* ARWU: ISO-8859-1, a damaged band; publisher and year recognised */
  dialog = sk_rankings_page_import (page);
  file = g_file_new_for_path (path);
  sk_ranking_import_dialog_set_file (SK_RANKING_IMPORT_DIALOG (dialog), file);
  g_assert_true (sk_ui_wait_until (not_busy, dialog, 10000));
  t = sk_ranking_import_dialog_get_table (SK_RANKING_IMPORT_DIALOG (dialog));
  g_assert_nonnull (t);
  g_assert_cmpstr (t->publisher, ==, "arwu");
  g_assert_cmpint (t->year, ==, 2025);
  g_assert_cmpuint (t->problems->len, >, 0);
  /* the skipped rows are listed with their row numbers */
  g_assert_nonnull (sk_ui_find_titled (dialog, ADW_TYPE_ACTION_ROW,
                                       ((SkRankingProblem *) t->problems->pdata[0])->message));
  import = sk_ui_find_named (dialog, "import_button");
  g_assert_nonnull (import);
  g_assert_true (gtk_widget_get_sensitive (import));
  /* nothing stored yet */
  {
    g_autoptr (SkRankingLibrary) lib = sk_ranking_library_open (NULL, NULL);
    g_autoptr (GPtrArray) list = sk_ranking_library_list (lib, NULL);
    g_assert_cmpuint (list->len, ==, 1);
  }
  sk_ui_settle ();
  sk_ui_maybe_screenshot (dialog, "rankings-20-import.png");

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_signal_emit_by_name (import, "clicked");
  g_assert_true (sk_ui_wait_until (is_null, &dialog, 10000));
  sk_ui_settle ();
  row = sk_ui_find_titled (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "ARWU 2025");
  g_assert_nonnull (row);
  sk_ui_maybe_screenshot (GTK_WIDGET (page), "rankings-10-library.png");

  /* Remove asks first; Enter or Escape keeps the table */
  remove = sk_ui_find_type (row, GTK_TYPE_BUTTON);
  g_assert_nonnull (remove);
  g_assert_false (gtk_widget_get_receives_default (remove));
  g_signal_emit_by_name (remove, "clicked");
  sk_ui_settle ();
  ask = ADW_MESSAGE_DIALOG (sk_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (ask);
  g_assert_cmpstr (adw_message_dialog_get_default_response (ask), ==, "cancel");
  g_assert_cmpstr (adw_message_dialog_get_close_response (ask), ==, "cancel");
  adw_message_dialog_response (ask, "remove");
  sk_ui_settle ();
  g_assert_null (sk_ui_find_titled (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "ARWU 2025"));
  g_assert_nonnull (sk_ui_find_titled (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "QS 2026"));
  {
    g_autoptr (SkRankingLibrary) lib = sk_ranking_library_open (NULL, NULL);
    g_autoptr (GPtrArray) list = sk_ranking_library_list (lib, NULL);
    g_assert_cmpuint (list->len, ==, 1);
  }
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (window);
  g_assert_true (sk_ui_wait_until (is_null, &window, 5000));
}

/* A file that is not a ranking table: the reason, nothing to import. */
static void
test_import_bad (void)
{
  GtkWidget *dialog = sk_ranking_import_dialog_new (NULL);
  g_autofree char *path = sk_test_tmp_path ("not-a-table.csv");
  g_autoptr (GFile) file = NULL;

  g_assert_true (g_file_set_contents (path, "a,b,c\n1,2,3\n", -1, NULL));
  file = g_file_new_for_path (path);
  gtk_window_present (GTK_WINDOW (dialog));
  sk_ranking_import_dialog_set_file (SK_RANKING_IMPORT_DIALOG (dialog), file);
  g_assert_true (sk_ui_wait_until (not_busy, dialog, 10000));
  g_assert_null (sk_ranking_import_dialog_get_table (SK_RANKING_IMPORT_DIALOG (dialog)));
  g_assert_false (gtk_widget_get_sensitive (sk_ui_find_named (dialog, "import_button")));
  gtk_window_destroy (GTK_WINDOW (dialog));
  sk_ui_settle ();
}

/* Matching: confirming a candidate enters the ranking entry with its
 * source note (one undo step), and remembers the match. */
static void
test_match_confirm (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window;
  SkProposal *proposal;
  GtkWidget *dialog, *row, *confirm;
  g_autoptr (GError) error = NULL;
  gint64 arizona = 0;
  const SkRankingTable *qs;
  g_autofree char *name = NULL;
  guint n_entries;

  library_with (FIXTURE_QS, FIXTURE_THE_JSON, NULL);
  window = sk_ui_window_new (path, 1366, 768);
  proposal = sk_window_get_proposal (window);
  qs = sk_rankings_lookup (sk_ranking_service_peek (sk_ranking_service_get_default ()), "qs", 2026, "overall", NULL);
  g_assert_nonnull (qs);
  {
    g_autoptr (GPtrArray) partners = sk_ranking_partners (proposal);
    for (guint i = 0; i < partners->len; i++)
      if (g_strcmp0 (sk_record_get_string (partners->pdata[i], "name_en"), "The University of Arizona") == 0)
        arizona = sk_record_get_id (partners->pdata[i]);
  }
  g_assert_cmpint (arizona, >, 0);

  /* the window's checks use the library: no ARWU 2025 table loaded */
  sk_compliance_recheck (sk_window_get_compliance (window));
  {
    g_autoptr (GPtrArray) all = sk_compliance_dup_findings (sk_window_get_compliance (window));
    gboolean unverified = FALSE;
    for (guint i = 0; i < all->len; i++)
      unverified |= g_str_equal (sk_finding_get_check_id (all->pdata[i]), "ranking-unverified");
    g_assert_true (unverified);
  }

  sk_window_show_page (window, "partners");
  sk_ui_settle ();
  sk_ui_settle ();
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "rankings-05-partners.png");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.match-rankings", NULL));
  sk_ui_settle ();
  dialog = sk_ui_find_toplevel (SK_TYPE_RANKING_MATCH_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (sk_ui_wait_until (match_ready, dialog, 10000));
  sk_ui_maybe_screenshot (dialog, "rankings-30-match.png");

  name = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":8", arizona, qs->id);
  row = sk_ui_find_named (dialog, name);
  g_assert_nonnull (row);
  /* The partner's country by its name, not its code. */
  {
    GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);
    g_assert_nonnull (group);
    g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==,
                     sk_iso_country_name ("US", NULL));
  }
  confirm = sk_ui_find_named (row, "confirm");
  g_assert_nonnull (confirm);
  g_assert_false (gtk_widget_get_receives_default (confirm));
  n_entries = sk_proposal_count (proposal, SK_KIND_RANKING);
  g_signal_emit_by_name (confirm, "clicked");
  sk_ui_settle ();
  g_assert_cmpuint (sk_proposal_count (proposal, SK_KIND_RANKING), ==, n_entries + 1);

  {
    g_autoptr (SkProposal) file = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
    GListModel *entries = sk_proposal_get_records (file, SK_KIND_RANKING);
    gboolean found = FALSE;

    g_assert_no_error (error);
    for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
      {
        g_autoptr (SkRecord) e = g_list_model_get_item (entries, i);
        if (sk_record_get_int (e, "institution_id", 0) == arizona &&
            g_strcmp0 (sk_record_get_string (e, "publisher"), "qs") == 0 &&
            sk_record_get_int (e, "year", 0) == 2026)
          {
            g_assert_cmpstr (sk_record_get_string (e, "rank_text"), ==, "=151");
            /* the note is written in the interface's language */
            g_autofree char *note = g_strdup_printf (_("%s, file “%s”, row %u"), "QS 2026", "qs-2026.csv", 8);
            g_assert_cmpstr (sk_record_get_text3 (e, "source_note", sk_get_content_language (), FALSE, NULL), ==, note);
            found = TRUE;
          }
      }
    g_assert_true (found);
  }
  /* one undo step, named */
  g_assert_nonnull (strstr (sk_proposal_get_undo_label (proposal), "QS 2026"));
  g_assert_true (sk_proposal_undo (proposal, &error));
  g_assert_cmpuint (sk_proposal_count (proposal, SK_KIND_RANKING), ==, n_entries);
  g_assert_true (sk_proposal_redo (proposal, &error));
  g_assert_cmpuint (sk_proposal_count (proposal, SK_KIND_RANKING), ==, n_entries + 1);
  /* remembered: the next load matches it as confirmed before */
  {
    g_autoptr (SkRankingLibrary) lib = sk_ranking_library_open (NULL, &error);
    g_autoptr (SkRankings) again = sk_ranking_library_load (lib, &error);
    g_autofree char *key = sk_ranking_name_key ("The University of Arizona");
    g_assert_no_error (error);
    g_assert_true (g_hash_table_contains (again->aliases, key));
  }
  /* the row now says it is entered: no Confirm button */
  g_assert_true (sk_ui_wait_until (match_ready, dialog, 5000));
  row = sk_ui_find_named (dialog, name);
  g_assert_nonnull (row);
  g_assert_null (sk_ui_find_named (row, "confirm"));

  /* Reject: the candidate is dropped, nothing is written */
  {
    const SkRankingTable *the = sk_rankings_lookup (sk_ranking_service_peek (sk_ranking_service_get_default ()),
                                                    "the", 2026, "overall", NULL);
    g_autofree char *other = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":2", arizona, the->id);
    GtkWidget *reject;
    guint before = sk_proposal_count (proposal, SK_KIND_RANKING);

    row = sk_ui_find_named (dialog, other);
    /* entered already in the example: no buttons; a QS row of another
     * partner then */
    if (row == NULL || sk_ui_find_named (row, "reject") == NULL)
      {
        g_autoptr (GPtrArray) partners = sk_ranking_partners (proposal);
        row = NULL;
        for (guint i = 0; i < partners->len && row == NULL; i++)
          for (guint r = 1; r <= 20 && row == NULL; r++)
            {
              g_autofree char *n = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%u",
                                                    sk_record_get_id (partners->pdata[i]), the->id, r);
              GtkWidget *w = sk_ui_find_named (dialog, n);
              if (w && sk_ui_find_named (w, "reject"))
                row = w, g_free (other), other = g_strdup (n);
            }
      }
    g_assert_nonnull (row);
    reject = sk_ui_find_named (row, "reject");
    g_signal_emit_by_name (reject, "clicked");
    g_assert_true (sk_ui_wait_until (match_ready, dialog, 5000));
    sk_ui_settle ();
    g_assert_null (sk_ui_find_named (dialog, other));
    g_assert_cmpuint (sk_proposal_count (proposal, SK_KIND_RANKING), ==, before);
  }

  gtk_window_destroy (GTK_WINDOW (dialog));
  sk_ui_window_close (window);
}

/* The finder adds a partner with its ranking entries in one step. */
static void
test_finder_add (void)
{
  g_autofree char *path = sk_test_example_copy ("taraz-mendeleev.seriktes");
  SkWindow *window;
  SkProposal *proposal;
  GtkWidget *dialog, *country, *add;
  guint insts, entries;

  library_with (FIXTURE_QS, FIXTURE_THE_JSON, FIXTURE_ARWU, NULL);
  /* the narrow window: the ranking actions of the partners' page fit */
  window = sk_ui_window_new (path, 800, 600);
  proposal = sk_window_get_proposal (window);
  sk_window_show_page (window, "partners");
  sk_ui_settle ();
  sk_ui_settle ();
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "rankings-06-partners-narrow.png");
  insts = sk_proposal_count (proposal, SK_KIND_INSTITUTION);
  entries = sk_proposal_count (proposal, SK_KIND_RANKING);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-partners", NULL));
  sk_ui_settle ();
  dialog = sk_ui_find_toplevel (SK_TYPE_RANKING_FINDER_DIALOG);
  g_assert_nonnull (dialog);
  country = sk_ui_find_titled (dialog, ADW_TYPE_ENTRY_ROW, _("Country (code such as DE, or its English name)"));
  g_assert_nonnull (country);
  gtk_editable_set_text (GTK_EDITABLE (country), "DE");
  sk_ranking_finder_dialog_search (SK_RANKING_FINDER_DIALOG (dialog));
  g_assert_cmpuint (sk_ranking_finder_dialog_get_n_results (SK_RANKING_FINDER_DIALOG (dialog)), ==, 4);
  sk_ui_settle ();
  sk_ui_maybe_screenshot (dialog, "rankings-40-finder.png");

  /* the first: TU Berlin, with QS, THE and ARWU */
  add = sk_ui_find_named (dialog, "add");
  g_assert_nonnull (add);
  g_signal_emit_by_name (add, "clicked");
  sk_ui_settle ();
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (SkProposal) file = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (sk_proposal_count (file, SK_KIND_INSTITUTION), ==, insts + 1);
    g_assert_cmpuint (sk_proposal_count (file, SK_KIND_RANKING), ==, entries + 3);
  }
  g_assert_false (gtk_widget_get_sensitive (add));
  gtk_window_destroy (GTK_WINDOW (dialog));
  sk_ui_window_close (window);
}

/* Former names of an institution (a schema field, when there is one)
 * find its row. */
static void
test_former_names (void)
{
  g_autoptr (SkRecord) inst = sk_record_new (sk_schema_kind (SK_KIND_INSTITUTION));
  SkRankings *r;
  const SkRankingTable *qs;
  g_autoptr (GPtrArray) cands = NULL;

  if (sk_kind_field (sk_schema_kind (SK_KIND_INSTITUTION), "former_names") == NULL)
    {
      g_test_skip ("the schema has no former names");
      return;
    }
  library_with (FIXTURE_QS, NULL);
  r = sk_ranking_service_peek (sk_ranking_service_get_default ());
  qs = r->tables->pdata[0];
  sk_record_set_string (inst, "name_en", "Arizona State Flagship");
  sk_record_set_string (inst, "former_names", "Territorial University\nThe University of Arizona");
  sk_record_set_string (inst, "country", "US");
  cands = sk_ranking_candidates (r, qs, inst);
  g_assert_cmpuint (cands->len, ==, 1);
  g_assert_cmpstr (((SkRankingCandidate *) cands->pdata[0])->row->rank_text, ==, "=151");
}

int
main (int argc, char **argv)
{
  g_autofree char *data_home = sk_test_tmp_path ("data-home");

  /* before anything asks GLib for the user's folders */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  sk_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  if (g_getenv ("SK_DARK"))
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  fixtures_dir = sk_test_tmp_path ("fixtures");
  g_assert_cmpint (g_mkdir_with_parents (fixtures_dir, 0700), ==, 0);
  sk_fixtures_write_all (fixtures_dir);

  g_test_add_func ("/sk/rankings-ui/import-remove", test_import_remove);
  g_test_add_func ("/sk/rankings-ui/import-bad", test_import_bad);
  g_test_add_func ("/sk/rankings-ui/match-confirm", test_match_confirm);
  g_test_add_func ("/sk/rankings-ui/finder-add", test_finder_add);
  g_test_add_func ("/sk/rankings-ui/former-names", test_former_names);
  return g_test_run ();
}
