/* test-review-ui.c: the review in the window: submitting with errors, the
 * decision, the remembered name, the remarks as a dialogue, the history
 * and the comparison (run under Xvfb with G_DEBUG=fatal-warnings) */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <sqlite3.h>

#include "sk-export.h"
#include "sk-init.h"
#include "sk-review-page.h"
#include "sk-review-ui.h"
#include "sk-review.h"
#include "sk-test-util.h"
#include "sk-ui-util.h"
#include "sk-window.h"

static AdwMessageDialog *
dialog_of (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_window_get_transient_for (w) == parent &&
          gtk_widget_get_visible (GTK_WIDGET (w)))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

static gboolean
has_dialog (gpointer parent)
{
  return dialog_of (parent) != NULL;
}

static gboolean
no_dialog (gpointer parent)
{
  return dialog_of (parent) == NULL;
}

/* Layout and drawing done: only for a screenshot. */
static void
settle_for_screenshot (void)
{
  if (g_getenv ("SK_SCREENSHOT_DIR"))
    sk_ui_settle ();
}

/* The review page as shown now (the pages are made anew when the
 * proposal is frozen or unfrozen). */
static SkReviewPage *
review_page (SkWindow *window)
{
  GtkWidget *page = sk_window_show_page (window, "review");

  g_assert_true (SK_IS_REVIEW_PAGE (page));
  return SK_REVIEW_PAGE (page);
}

/* Clicks the button @label of the review page and returns the dialog it opens. */
static AdwMessageDialog *
click (SkWindow *window, const char *label)
{
  GtkWidget *button, *page;

  sk_ui_drain ();
  page = GTK_WIDGET (review_page (window));
  button = sk_ui_find_button (page, label);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (sk_ui_wait_until (has_dialog, window, 5000));
  return dialog_of (GTK_WINDOW (window));
}

static void
respond (SkWindow *window, AdwMessageDialog *dialog, const char *response)
{
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  adw_message_dialog_response (dialog, response);
  /* A button closes the dialog after its response; here the test does. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  /* No other dialog (an error) follows. */
  g_assert_true (sk_ui_wait_until (no_dialog, window, 5000));
  sk_ui_drain ();
}

static void
type_text (AdwMessageDialog *dialog, const char *text)
{
  GtkWidget *view = sk_ui_find_type (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW);

  g_assert_nonnull (view);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static SkProposal *
reopen (const char *path)
{
  g_autoptr (GError) error = NULL;
  SkProposal *p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return p;
}

static SkRecord *
last_of (SkProposal *p, const char *kind)
{
  GListModel *records = sk_proposal_get_records (p, kind);
  guint n = g_list_model_get_n_items (records);

  g_assert_cmpuint (n, >, 0);
  return g_list_model_get_item (records, n - 1);
}

static void
set_name (const char *name)
{
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  g_settings_set_string (settings, "reviewer-name", name);
}

/* Submitting with errors left: the dialog lists them and asks for a
 * confirmation; the event records how many there were. */
static void
test_submit_errors (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  GtkWidget *page = sk_window_show_page (window, "review");
  AdwMessageDialog *dialog;
  GtkWidget *confirm;

  g_assert_true (SK_IS_REVIEW_PAGE (page));
  set_name ("Dana Omarova");
  dialog = click (window, _("_Submit…"));
  g_assert_nonnull (sk_ui_find_named (GTK_WIDGET (dialog), "remaining"));
  confirm = sk_ui_find_named (GTK_WIDGET (dialog), "confirm");
  g_assert_nonnull (confirm);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "ok"));
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  settle_for_screenshot ();
  sk_ui_maybe_screenshot (GTK_WIDGET (dialog), "52-submit-errors.png");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (confirm), TRUE);
  respond (window, dialog, "ok");
  {
    g_autoptr (SkProposal) p = reopen (path);
    g_autoptr (SkRecord) event = last_of (p, SK_KIND_STATUS_EVENT);
    g_assert_cmpstr (sk_record_get_string (sk_proposal_get_info (p), "status"), ==, "submitted");
    g_assert_cmpint (sk_record_get_int (event, "errors", -1), ==, 2);
    g_assert_cmpint (sk_record_get_int (event, "warnings", -1), ==, 1);
    g_assert_cmpstr (sk_record_get_string (event, "changed_by"), ==, "Dana Omarova");
  }
  /* Submitted: the reviewer's step leads, and the title says the status. */
  page = GTK_WIDGET (review_page (window));
  sk_ui_drain ();
  g_assert_nonnull (sk_ui_find_button (page, _("_Start Review…")));
  g_assert_null (sk_ui_find_button (page, _("_Submit…")));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), _("Submitted")));
  sk_ui_window_close (window);
}

/* The decision: no outcome chosen in advance, Decide insensitive until
 * one is, the name prefilled; the history lists the steps. */
static void
test_decision (void)
{
  g_autofree char *path = sk_test_example_copy ("taraz-mendeleev.seriktes");
  g_autoptr (GError) error = NULL;
  SkWindow *window;
  SkProposal *proposal;
  GtkWidget *name;
  AdwMessageDialog *dialog;
  static const char * const outcomes[] = { "approve", "return", "reject" };

  set_name ("Aigerim Seitkali");
  {
    g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
    g_assert_true (sk_review_transition (p, "submitted", "University", NULL, &error));
    g_assert_true (sk_review_transition (p, "under_review", "Reviewer", NULL, &error));
    g_assert_no_error (error);
  }
  window = sk_ui_window_new (path, 1100, 760);
  proposal = sk_window_get_proposal (window);
  dialog = click (window, _("_Decide…"));
  name = sk_ui_find_named (GTK_WIDGET (dialog), "reviewer-name");
  g_assert_nonnull (name);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Aigerim Seitkali");
  g_assert_true (gtk_entry_get_activates_default (GTK_ENTRY (name)));
  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    {
      GtkWidget *outcome = sk_ui_find_named (GTK_WIDGET (dialog), outcomes[i]);
      g_assert_nonnull (outcome);
      g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (outcome)));
    }
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "ok"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "ok");
  type_text (dialog, "The staffing ratio is to be corrected.");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "ok"));
  settle_for_screenshot ();
  sk_ui_maybe_screenshot (GTK_WIDGET (dialog), "51-decision.png");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (sk_ui_find_named (GTK_WIDGET (dialog), "return")), TRUE);
  respond (window, dialog, "ok");
  g_assert_cmpstr (sk_record_get_string (sk_proposal_get_info (proposal), "status"), ==, "returned");
  {
    g_autoptr (SkProposal) p = reopen (path);
    g_autoptr (SkRecord) decision = last_of (p, SK_KIND_DECISION);
    g_assert_cmpstr (sk_record_get_string (decision, "decided_by"), ==, "Aigerim Seitkali");
    g_assert_cmpstr (sk_record_get_string (decision, "decision"), ==, "return");
  }
  /* The stray Ctrl+Z: nothing to undo. */
  g_assert_false (sk_proposal_can_undo (proposal));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (sk_record_get_string (sk_proposal_get_info (proposal), "status"), ==, "returned");

  /* The timeline: submitted, review started, returned. */
  g_assert_cmpuint (sk_review_page_n_events (review_page (window)), ==, 3);
  sk_ui_drain ();
  {
    g_autoptr (GPtrArray) history = sk_review_history (proposal, NULL);
    SkHistoryEntry *last = history->pdata[history->len - 1];
    g_assert_nonnull (sk_ui_find_titled (GTK_WIDGET (review_page (window)), ADW_TYPE_ACTION_ROW, last->what));
  }

  /* Withdrawn, with a reason: under review again. */
  dialog = click (window, _("_Withdraw Decision…"));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "ok"));
  type_text (dialog, "Returned by mistake.");
  respond (window, dialog, "ok");
  g_assert_cmpstr (sk_record_get_string (sk_proposal_get_info (proposal), "status"), ==, "under_review");
  g_assert_cmpuint (sk_review_page_n_events (review_page (window)), ==, 4);
  sk_ui_window_close (window);
}

/* Content changed outside Seriktes: starting the review needs the
 * acknowledgement ticked, which the history then records. */
static void
test_acknowledge_mismatch (void)
{
  g_autofree char *path = sk_test_example_copy ("caspian-tu-berlin.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkRecord) event = NULL;
  SkWindow *window;
  GtkWidget *confirm;
  AdwMessageDialog *dialog;
  sqlite3 *db = NULL;

  {
    g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
    g_assert_true (sk_review_transition (p, "submitted", "University", NULL, &error));
  }
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE programme SET credits = 1 WHERE id = 1", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  window = sk_ui_window_new (path, 1100, 760);
  g_assert_true (sk_window_shows_fingerprint_alarm (window));
  dialog = click (window, _("_Start Review…"));
  confirm = sk_ui_find_named (GTK_WIDGET (dialog), "confirm");
  g_assert_nonnull (confirm);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "ok"));
  settle_for_screenshot ();
  sk_ui_maybe_screenshot (GTK_WIDGET (dialog), "53-acknowledge.png");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (confirm), TRUE);
  respond (window, dialog, "ok");
  g_assert_cmpstr (sk_record_get_string (sk_proposal_get_info (sk_window_get_proposal (window)), "status"), ==,
                   "under_review");
  event = last_of (sk_window_get_proposal (window), SK_KIND_STATUS_EVENT);
  g_assert_nonnull (sk_record_get_string (event, "acknowledged_fingerprint"));
  sk_ui_window_close (window);
}

/* A remark as a dialogue: the university answers it while revising, the
 * reviewer resolves it; the file keeps each step; badges count it. */
static void
test_remark_dialogue (void)
{
  g_autofree char *path = sk_test_example_copy ("taraz-mendeleev.seriktes");
  g_autoptr (GError) error = NULL;
  SkWindow *window;
  SkProposal *proposal;
  AdwMessageDialog *dialog;
  g_autoptr (SkFinding) finding = NULL;
  gint64 remark;

  /* Submitted, remarked on, returned, revised: before the window opens. */
  {
    g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
    g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
    g_autoptr (GPtrArray) findings = NULL;

    g_assert_no_error (error);
    g_assert_true (sk_review_transition (p, "submitted", "University", NULL, &error));
    g_assert_true (sk_review_transition (p, "under_review", "Reviewer", NULL, &error));
    remark = sk_review_add_remark (p, SK_KIND_PROGRAMME, 1, NULL, "Reviewer",
                                   "The credits of the programme are not justified.", &error);
    g_assert_cmpint (remark, >, 0);
    /* About a finding (the first the check reports). */
    findings = sk_check (p, rules, NULL);
    g_assert_cmpuint (findings->len, >, 0);
    finding = g_object_ref (findings->pdata[0]);
    g_assert_cmpint (sk_review_add_remark (p, g_str_equal (sk_finding_get_kind (finding), SK_KIND_PROPOSAL)
                                                ? NULL : sk_finding_get_kind (finding),
                                           sk_finding_get_record_id (finding), sk_finding_get_check_id (finding),
                                           "Reviewer", "Explain this.", &error), >, 0);
    g_assert_true (sk_review_decide (p, "return", "Reviewer", "See the remarks.", &error));
    g_assert_true (sk_review_transition (p, "draft", "University", NULL, &error));
    g_assert_no_error (error);
  }
  window = sk_ui_window_new (path, 1366, 768);
  proposal = sk_window_get_proposal (window);
  g_assert_cmpuint (sk_review_unresolved_remarks (proposal, SK_KIND_PROGRAMME, 1, NULL), ==, 1);
  g_assert_cmpuint (sk_review_unresolved_remarks (proposal, sk_finding_get_kind (finding), sk_finding_get_record_id (finding),
                                                  sk_finding_get_check_id (finding)), ==, 1);

  /* The university's turn: answer. */
  g_assert_cmpuint (sk_review_page_n_remarks (review_page (window)), ==, 2);
  set_name ("University");
  dialog = click (window, _("_Answer…"));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "ok"));
  type_text (dialog, "The credits follow the partner's curriculum; the table is attached.");
  respond (window, dialog, "ok");
  {
    g_autoptr (SkProposal) p = reopen (path);
    SkRecord *r = sk_proposal_lookup (p, SK_KIND_REMARK, remark);
    g_autoptr (GPtrArray) replies = sk_review_remark_replies (p, remark);
    g_assert_cmpstr (sk_record_get_string (r, "state"), ==, "addressed");
    g_assert_cmpuint (replies->len, ==, 1);
    g_assert_cmpstr (sk_record_get_string (replies->pdata[0], "author"), ==, "University");
  }
  sk_review_page_set_filter (review_page (window), SK_REMARK_FILTER_ADDRESSED);
  g_assert_cmpuint (sk_review_page_n_remarks (review_page (window)), ==, 1);
  sk_review_page_set_filter (review_page (window), SK_REMARK_FILTER_ALL);

  /* Submitted again: the reviewer's turn, who resolves it. */
  g_assert_true (sk_review_transition (proposal, "submitted", "University", NULL, &error));
  g_assert_true (sk_review_transition (proposal, "under_review", "Reviewer", NULL, &error));
  g_assert_no_error (error);
  sk_ui_drain ();
  g_assert_cmpuint (sk_review_page_n_remarks (review_page (window)), ==, 2);
  settle_for_screenshot ();
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "50-review-page.png");
  /* The smallest window: nothing makes it wider. */
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  sk_ui_settle ();
  review_page (window);
  sk_ui_settle ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 800);
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "55-review-page-narrow.png");
  set_name ("Reviewer");
  dialog = click (window, _("_Not Resolved…"));
  respond (window, dialog, "cancel");
  dialog = click (window, _("_Resolved…"));
  respond (window, dialog, "ok");
  {
    g_autoptr (SkProposal) p = reopen (path);
    g_assert_cmpstr (sk_record_get_string (sk_proposal_lookup (p, SK_KIND_REMARK, remark), "state"), ==, "resolved");
  }
  g_assert_cmpuint (sk_review_unresolved_remarks (proposal, SK_KIND_PROGRAMME, 1, NULL), ==, 0);

  /* The badge on the finding the other remark is about. */
  {
    GtkWidget *compliance = sk_window_show_page (window, "compliance");
    GtkWidget *badge;
    sk_ui_drain ();
    badge = sk_ui_find_visible (compliance, "remark-badge");
    g_assert_nonnull (badge);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (badge)), ==, "1");
  }
  /* The badges let the proposal go with its window. */
  g_object_add_weak_pointer (G_OBJECT (proposal), (gpointer *) &proposal);
  sk_ui_window_close (window);
  g_assert_null (proposal);
}

static gboolean
is_closed (gpointer data)
{
  return *(GtkWidget **) data == NULL;
}

/* The comparison: the change in compliance, a jump to the record, the
 * versions told apart; Escape closes it. */
static void
test_comparison (void)
{
  g_autofree char *older = sk_test_example_copy ("taraz-mendeleev.seriktes");
  g_autofree char *newer = sk_test_tmp_path ("taraz-v2.seriktes");
  g_autoptr (GError) error = NULL;
  SkWindow *window;
  GtkWidget *comparison;
  GtkWidget *weak = NULL;
  gboolean escaped = FALSE;

  {
    g_autofree char *data = NULL;
    gsize len = 0;
    g_assert_true (g_file_get_contents (older, &data, &len, NULL));
    g_assert_true (g_file_set_contents (newer, data, (gssize) len, NULL));
  }
  window = sk_ui_window_new (newer, 1100, 760);
  {
    SkRecord *programme = sk_proposal_lookup (sk_window_get_proposal (window), SK_KIND_PROGRAMME, 1);
    g_assert_true (sk_proposal_set (sk_window_get_proposal (window), SK_KIND_PROGRAMME, 1, "credits",
                                    g_variant_new_int64 (sk_record_get_int (programme, "credits", 0) + 2), &error));
    g_assert_no_error (error);
  }
  comparison = sk_review_show_comparison (GTK_WINDOW (window), sk_window_get_proposal (window), older);
  g_assert_nonnull (comparison);
  sk_ui_drain ();
  g_assert_cmpstr (sk_review_comparison_path (GTK_WINDOW (window)), ==, older);
  g_assert_nonnull (sk_ui_find_titled (comparison, ADW_TYPE_PREFERENCES_GROUP, _("Compliance")));
  g_assert_nonnull (sk_ui_find_named (comparison, "jump"));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (comparison)), "taraz-v2.seriktes"));
  sk_ui_maybe_screenshot (comparison, "54-comparison.png");

  /* Export Review while it is open: the report has the comparison. */
  {
    g_autofree char *pdf = sk_test_tmp_path ("taraz-v2-review.pdf");
    g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
    gpointer out[1] = { NULL };

    sk_export_document_start (window, SK_EXPORT_REVIEW, pdf, "en", sk_ui_on_exported, out);
    g_assert_true (sk_ui_wait_until (sk_ui_export_done, out, 60000));
    g_assert_cmpint (GPOINTER_TO_INT (out[0]), ==, 1);
    if (pdftotext)
      {
        g_autofree char *text = NULL;
        const char *argv[] = { pdftotext, "-q", pdf, "-", NULL };
        g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &text, NULL, NULL, NULL));
        g_assert_nonnull (strstr (text, "Earlier version:"));
      }
  }

  /* The jump opens the record in the proposal's window. */
  g_signal_emit_by_name (sk_ui_find_named (comparison, "jump"), "clicked");
  sk_ui_drain ();
  g_assert_nonnull (sk_window_get_editor (window));

  /* Escape. */
  g_set_weak_pointer (&weak, comparison);
  {
    GListModel *controllers = gtk_widget_observe_controllers (comparison);
    for (guint i = 0; i < g_list_model_get_n_items (controllers) && !escaped; i++)
      {
        g_autoptr (GtkEventController) c = g_list_model_get_item (controllers, i);
        if (!GTK_IS_SHORTCUT_CONTROLLER (c))
          continue;
        for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (c)) && !escaped; k++)
          {
            g_autoptr (GtkShortcut) s = g_list_model_get_item (G_LIST_MODEL (c), k);
            g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (s));
            if (g_str_equal (trigger, "Escape"))
              escaped = gtk_shortcut_action_activate (gtk_shortcut_get_action (s), 0, comparison, NULL);
          }
      }
    g_object_unref (controllers);
  }
  g_assert_true (escaped);
  g_assert_true (sk_ui_wait_until (is_closed, &weak, 5000));
  g_assert_null (sk_review_comparison_path (GTK_WINDOW (window)));
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

  g_test_add_func ("/sk/review-ui/submit-errors", test_submit_errors);
  g_test_add_func ("/sk/review-ui/decision", test_decision);
  g_test_add_func ("/sk/review-ui/acknowledge-mismatch", test_acknowledge_mismatch);
  g_test_add_func ("/sk/review-ui/remark-dialogue", test_remark_dialogue);
  g_test_add_func ("/sk/review-ui/comparison", test_comparison);
  return g_test_run ();
}
