/* test-record-editor.c: a record edited inside the window, with a back
 * button (run under Xvfb with G_DEBUG=fatal-warnings) */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sk-init.h"
#include "sk-record-editor.h"
#include "sk-summary.h"
#include "sk-test-util.h"
#include "sk-ui-util.h"
#include "sk-window.h"

/* The record as another program reads it from the file, or NULL. */
static SkRecord *
file_record (const char *path, const char *kind, gint64 id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  SkRecord *r;

  g_assert_no_error (error);
  r = sk_proposal_lookup (p, kind, id);
  return r ? g_object_ref (r) : NULL;
}

static guint
file_count (const char *path, const char *kind)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return sk_proposal_count (p, kind);
}

/* Does @row show a mark (an icon) saying @text? */
static gboolean
has_visible_mark (GtkWidget *row, const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (row); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_IMAGE (child) && gtk_widget_get_visible (child) &&
          g_strcmp0 (gtk_widget_get_tooltip_text (child), text) == 0)
        return TRUE;
      if (has_visible_mark (child, text))
        return TRUE;
    }
  return FALSE;
}

/* Opening a record by its row: the editor is inside the window, the
 * focus on its first field, never on Delete. */
static void
test_open_focus (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  GtkWidget *page = sk_window_show_page (window, "partners");
  SkProposal *proposal = sk_window_get_proposal (window);
  SkRecord *tum = sk_proposal_lookup (proposal, SK_KIND_INSTITUTION, 2);
  GtkWidget *row, *editor, *focus;

  sk_ui_settle_window (window);
  row = sk_ui_find_titled (page, ADW_TYPE_ACTION_ROW, sk_record_display_name (tum, sk_get_content_language ()));
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activated");
  sk_ui_settle_window (window);
  editor = sk_window_get_editor (window);
  g_assert_nonnull (editor);
  g_assert_true (sk_record_editor_get_record (SK_RECORD_EDITOR (editor)) == tum);
  g_assert_true (gtk_widget_get_mapped (editor));
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "30-institution-editor.png");

  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, editor));
  g_assert_nonnull (gtk_widget_get_ancestor (focus, ADW_TYPE_ENTRY_ROW));
  /* Nothing selected: a key typed adds to the name rather than replace it. */
  g_assert_false (gtk_editable_get_selection_bounds (GTK_EDITABLE (gtk_widget_get_ancestor (focus, ADW_TYPE_ENTRY_ROW)), NULL, NULL));
  g_assert_null (gtk_window_get_default_widget (GTK_WINDOW (window)));

  /* Typed but not yet saved, then Escape: back to the page, and what was
   * typed is kept. */
  {
    GtkWidget *name = gtk_widget_get_ancestor (focus, ADW_TYPE_ENTRY_ROW);
    const SkField *f = sk_kind_text3 (sk_schema_kind (SK_KIND_INSTITUTION), "name", sk_content_languages[0]);
    gtk_editable_set_text (GTK_EDITABLE (name), "University of Arizona (Tucson)");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
    sk_ui_settle_window (window);
    g_assert_null (sk_window_get_editor (window));
    {
      g_autoptr (SkRecord) stored = file_record (path, SK_KIND_INSTITUTION, 2);
      g_assert_cmpstr (sk_record_get_string (stored, f->name), ==, "University of Arizona (Tucson)");
    }
  }
  sk_ui_window_close (window);
}

/* Delete says what goes with it, offers Undo in a toast, and Undo brings
 * everything back. */
static void
test_delete_undo (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  SkProposal *proposal = sk_window_get_proposal (window);
  GtkWidget *editor, *delete;
  AdwToast *toast;
  g_autofree char *deleted = NULL;
  g_autofree char *with = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u ranking entry", "%u ranking entries", 2), 2);
  guint rankings = file_count (path, SK_KIND_RANKING);

  sk_window_show_record (window, SK_KIND_INSTITUTION, 2);
  sk_ui_settle_window (window);
  editor = sk_window_get_editor (window);
  g_assert_nonnull (editor);
  {
    g_autofree char *tooltip = g_strdup_printf (_("Delete, and with it: %s (can be undone)"), with);
    delete = sk_ui_find_any_button (editor, tooltip);
  }
  g_assert_nonnull (delete);
  g_assert_false (gtk_widget_has_focus (delete));
  g_assert_false (gtk_widget_get_receives_default (delete));

  g_signal_emit_by_name (delete, "clicked");
  sk_ui_settle_window (window);
  g_assert_null (sk_proposal_lookup (proposal, SK_KIND_INSTITUTION, 2));
  {
    g_autoptr (SkRecord) gone = file_record (path, SK_KIND_INSTITUTION, 2);
    g_assert_null (gone);
  }
  g_assert_cmpuint (file_count (path, SK_KIND_RANKING), ==, rankings - 2);
  g_assert_null (sk_window_get_editor (window));
  toast = sk_window_get_toast (window);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), with));
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "win.undo");
  deleted = g_strdup (adw_toast_get_title (toast));
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "31-deleted-toast.png");

  /* What the toast's Undo button does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), adw_toast_get_action_name (toast), NULL));
  sk_ui_settle_window (window);
  {
    g_autoptr (SkRecord) back = file_record (path, SK_KIND_INSTITUTION, 2);
    g_assert_nonnull (back);
  }
  g_assert_cmpuint (file_count (path, SK_KIND_RANKING), ==, rankings);
  /* The undo's toast replaced the deletion's (or, while that one still
   * slid in, took over its text and button: see show_toast). */
  g_assert_nonnull (sk_window_get_toast (window));
  g_assert_cmpstr (adw_toast_get_title (sk_window_get_toast (window)), !=, deleted);
  g_assert_null (adw_toast_get_action_name (sk_window_get_toast (window)));
  sk_ui_window_close (window);
}

/* A new record starts empty (no placeholder), its required fields
 * marked; it is added once they are filled in. */
static void
test_new_record (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  SkProposal *proposal = sk_window_get_proposal (window);
  guint staff = sk_proposal_count (proposal, SK_KIND_STAFF);
  GtkWidget *editor, *name, *add;
  SkRecord *added;

  sk_window_show_page (window, "staff");
  sk_ui_settle_window (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-record", "(ssx)", SK_KIND_STAFF, "", (gint64) 0));
  sk_ui_settle_window (window);
  editor = sk_window_get_editor (window);
  g_assert_nonnull (editor);
  g_assert_true (sk_record_editor_is_new (SK_RECORD_EDITOR (editor)));
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "32-new-staff.png");
  /* Nothing is in the file yet. */
  g_assert_cmpuint (file_count (path, SK_KIND_STAFF), ==, staff);

  name = sk_ui_find_titled (editor, ADW_TYPE_ENTRY_ROW, _("Full name"));
  g_assert_nonnull (name);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), name));
  g_assert_true (has_visible_mark (name, _("Required: fill this in to add the record.")));
  add = sk_ui_find_any_button (editor, _("_Add"));
  g_assert_nonnull (add);
  g_assert_false (gtk_widget_get_sensitive (add));

  /* Going back with something typed but not complete asks first. */
  {
    GtkWidget *years = sk_ui_find_titled (editor, ADW_TYPE_ENTRY_ROW, _("Years of teaching"));
    g_assert_nonnull (years);
    sk_ui_enter (years, "12");
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  sk_ui_settle_window (window);
  g_assert_true (sk_window_get_editor (window) == editor);
  {
    AdwMessageDialog *dialog = (AdwMessageDialog *) sk_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (dialog);
    g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "keep");
    adw_message_dialog_response (dialog, "keep");
    sk_ui_settle_window (window);
  }
  g_assert_true (sk_window_get_editor (window) == editor);

  sk_ui_enter (name, "Aigerim Bekova");
  g_assert_true (gtk_widget_get_sensitive (add));
  g_signal_emit_by_name (add, "clicked");
  sk_ui_settle_window (window);
  g_assert_false (sk_record_editor_is_new (SK_RECORD_EDITOR (editor)));
  added = sk_record_editor_get_record (SK_RECORD_EDITOR (editor));
  g_assert_cmpuint (file_count (path, SK_KIND_STAFF), ==, staff + 1);
  {
    g_autoptr (SkRecord) stored = file_record (path, SK_KIND_STAFF, sk_record_get_id (added));
    g_assert_nonnull (stored);
    g_assert_cmpstr (sk_record_get_string (stored, "name"), ==, "Aigerim Bekova");
    g_assert_cmpint (sk_record_get_int (stored, "teaching_years", 0), ==, 12);
    g_assert_cmpint (sk_record_get_int (stored, "fte_milli", 0), ==, 1000);
  }
  /* One undo step takes the addition back, and its editor closes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  sk_ui_settle_window (window);
  g_assert_cmpuint (file_count (path, SK_KIND_STAFF), ==, staff);
  g_assert_null (sk_window_get_editor (window));
  sk_ui_window_close (window);
}

/* Numbers, money and dates in an editor: typed as people write them,
 * stored as the file keeps them; a new financing line is complete once
 * its amount is in and is added when the user goes back. */
static void
test_numbers (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  SkProposal *proposal = sk_window_get_proposal (window);
  guint lines = sk_proposal_count (proposal, SK_KIND_FINANCING);
  GtkWidget *editor, *row;

  sk_window_show_page (window, "financing");
  sk_ui_settle_window (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-record", "(ssx)", SK_KIND_FINANCING, "", (gint64) 0));
  sk_ui_settle_window (window);
  editor = sk_window_get_editor (window);
  /* The source is the user's choice: a new line has none. */
  sk_ui_choose_label (sk_ui_find_titled (editor, ADW_TYPE_COMBO_ROW, _("Source")), _("State educational order"));
  row = sk_ui_find_titled (editor, ADW_TYPE_ENTRY_ROW, _("Amount, KZT"));
  g_assert_nonnull (row);
  sk_ui_enter (row, "150 000 000");
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "33-new-financing.png");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  sk_ui_settle_window (window);
  g_assert_null (sk_window_get_editor (window));
  g_assert_cmpuint (file_count (path, SK_KIND_FINANCING), ==, lines + 1);
  {
    GListModel *all = sk_proposal_get_records (proposal, SK_KIND_FINANCING);
    g_autoptr (SkRecord) last = g_list_model_get_item (all, g_list_model_get_n_items (all) - 1);
    g_autoptr (SkRecord) stored = file_record (path, SK_KIND_FINANCING, sk_record_get_id (last));
    g_assert_cmpint (sk_record_get_int (stored, "amount_kzt", 0), ==, 150000000);
    /* The year starts as the first year of the term. */
    g_assert_cmpint (sk_record_get_int (stored, "year", 0), ==, 2027);
  }

  /* A whole number of a programme. */
  sk_window_show_record (window, SK_KIND_PROGRAMME, 2);
  sk_ui_settle_window (window);
  editor = sk_window_get_editor (window);
  row = sk_ui_find_titled (editor, ADW_TYPE_ENTRY_ROW, _("Credits"));
  g_assert_nonnull (row);
  sk_ui_enter (row, "180");
  {
    g_autoptr (SkRecord) stored = file_record (path, SK_KIND_PROGRAMME, 2);
    g_assert_cmpint (sk_record_get_int (stored, "credits", 0), ==, 180);
  }
  /* An impossible value is marked and not stored. */
  sk_ui_enter (row, "many");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  {
    g_autoptr (SkRecord) stored = file_record (path, SK_KIND_PROGRAMME, 2);
    g_assert_cmpint (sk_record_get_int (stored, "credits", 0), ==, 180);
  }
  sk_ui_window_close (window);
}

/* What the mark on @row says, or NULL. */
static const char *
mark_of (GtkWidget *row)
{
  for (GtkWidget *w = gtk_widget_get_first_child (row); w; w = gtk_widget_get_next_sibling (w))
    {
      const char *found;

      if (GTK_IS_IMAGE (w) && gtk_widget_get_visible (w) && gtk_widget_get_tooltip_text (w))
        return gtk_widget_get_tooltip_text (w);
      if ((found = mark_of (w)))
        return found;
    }
  return NULL;
}

/* Values as people write them, and messages that say the real problem. */
static void
test_values (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  gboolean en = g_str_equal (sk_get_content_language (), "en");
  GtkWidget *editor, *row;

  /* A lecturer's FTE, with the decimal separator of the language. */
  sk_window_show_record (window, SK_KIND_STAFF, 1);
  sk_ui_settle_window (window);
  editor = sk_window_get_editor (window);
  row = sk_ui_find_titled (editor, ADW_TYPE_ENTRY_ROW, _("Full-time equivalent"));
  g_assert_nonnull (row);
  sk_ui_enter (row, en ? "0.25" : "0,25");
  {
    g_autoptr (SkRecord) stored = file_record (path, SK_KIND_STAFF, 1);
    g_assert_cmpint (sk_record_get_int (stored, "fte_milli", 0), ==, 250);
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, en ? "0.25" : "0,25");

  /* An amount beyond the largest. */
  sk_window_show_record (window, SK_KIND_FINANCING, 1);
  sk_ui_settle_window (window);
  editor = sk_window_get_editor (window);
  row = sk_ui_find_titled (editor, ADW_TYPE_ENTRY_ROW, _("Amount, KZT"));
  sk_ui_enter (row, "1e20");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  {
    g_autofree char *expected = g_strdup_printf (_("%s is more than the largest amount (10¹⁵ ₸)."), "1e20");
    g_assert_cmpstr (mark_of (row), ==, expected);
    g_autoptr (SkRecord) stored = file_record (path, SK_KIND_FINANCING, 1);
    g_assert_cmpint (sk_record_get_int (stored, "amount_kzt", 0), ==, 152100000);
  }

  /* A BIN that is not 12 digits is refused at entry. */
  sk_window_show_record (window, SK_KIND_INSTITUTION, 1);
  sk_ui_settle_window (window);
  editor = sk_window_get_editor (window);
  row = sk_ui_find_titled (editor, ADW_TYPE_ENTRY_ROW, _("BIN"));
  g_assert_nonnull (row);
  sk_ui_enter (row, "ABC-123");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  {
    g_autoptr (SkRecord) stored = file_record (path, SK_KIND_INSTITUTION, 1);
    g_assert_cmpstr (sk_record_get_string (stored, "bin"), !=, "ABC-123");
  }

  /* A day that does not exist says so. */
  sk_window_show_page (window, "model");
  sk_ui_settle_window (window);
  row = sk_ui_find_titled (sk_window_show_page (window, "model"), ADW_TYPE_ENTRY_ROW, _("Start of term"));
  sk_ui_enter (row, "2025-02-30");
  {
    g_autofree char *expected = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s is not a date: month %u of %u has %u day.", "%s is not a date: month %u of %u has %u days.", 28), "2025-02-30", 2, 2025, 28);
    g_assert_cmpstr (mark_of (row), ==, expected);
  }
  /* Kazakh and Russian dates are taken as they are written. */
  sk_ui_enter (row, "01.09.2026");
  {
    g_autofree char *now = sk_ui_file_value (path, "term_start");
    g_assert_cmpstr (now, ==, "2026-09-01");
  }
  sk_ui_window_close (window);
}

/* A ranking entry opened from its institution's editor: a second editor
 * over the first, the rank's bounds derived from its text. */
static void
test_nested (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  GtkWidget *first, *second, *row;

  sk_window_show_record (window, SK_KIND_INSTITUTION, 2);
  sk_ui_settle_window (window);
  first = sk_window_get_editor (window);
  g_assert_true (gtk_widget_activate_action (first, "win.edit-record", "(sx)", SK_KIND_RANKING, (gint64) 1));
  sk_ui_settle_window (window);
  second = sk_window_get_editor (window);
  g_assert_true (second != first);
  g_assert_null (sk_ui_find_titled (second, ADW_TYPE_ENTRY_ROW, _("Rank, from")));
  row = sk_ui_find_titled (second, ADW_TYPE_ENTRY_ROW, _("Rank"));
  g_assert_nonnull (row);
  sk_ui_enter (row, "401–500");
  {
    g_autoptr (SkRecord) stored = file_record (path, SK_KIND_RANKING, 1);
    g_assert_cmpint (sk_record_get_int (stored, "rank_lower", 0), ==, 401);
    g_assert_cmpint (sk_record_get_int (stored, "rank_upper", 0), ==, 500);
  }
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "34-ranking-editor.png");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  sk_ui_settle_window (window);
  g_assert_true (sk_window_get_editor (window) == first);
  sk_ui_window_close (window);
}

/* Going to another area with a new record typed in: added when it is
 * complete, nothing lost. */
static void
test_leave_page (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  guint staff = file_count (path, SK_KIND_STAFF);
  GtkWidget *editor, *sidebar, *row;

  sk_window_show_page (window, "staff");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-record", "(ssx)", SK_KIND_STAFF, "", (gint64) 0));
  sk_ui_settle_window (window);
  editor = sk_window_get_editor (window);
  sk_ui_enter (sk_ui_find_titled (editor, ADW_TYPE_ENTRY_ROW, _("Full name")), "Dana Serikova");
  row = sk_ui_find_named (GTK_WIDGET (window), "overview");
  g_assert_true (GTK_IS_LIST_BOX_ROW (row));
  sidebar = gtk_widget_get_parent (row);
  g_signal_emit_by_name (sidebar, "row-activated", row);
  sk_ui_settle_window (window);
  g_assert_null (sk_window_get_editor (window));
  g_assert_cmpuint (file_count (path, SK_KIND_STAFF), ==, staff + 1);
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

  g_test_add_func ("/sk/record-editor/open-focus", test_open_focus);
  g_test_add_func ("/sk/record-editor/delete-undo", test_delete_undo);
  g_test_add_func ("/sk/record-editor/new-record", test_new_record);
  g_test_add_func ("/sk/record-editor/numbers", test_numbers);
  g_test_add_func ("/sk/record-editor/nested", test_nested);
  g_test_add_func ("/sk/record-editor/values", test_values);
  g_test_add_func ("/sk/record-editor/leave-page", test_leave_page);
  return g_test_run ();
}
