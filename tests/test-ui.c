/* test-ui.c: the application in a real window (run under Xvfb)
 *
 * With SK_SCREENSHOT_DIR set, every page is saved as a PNG there (see
 * README: `ninja -C build screenshots`).
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sk-init.h"
#include "sk-json.h"
#include "sk-export.h"
#include "sk-pages.h"
#include "sk-review.h"
#include <sqlite3.h>
#include "sk-staff-page.h"
#include "sk-test-util.h"
#include "sk-ui-util.h"
#include "sk-window.h"
#include "sk-window-private.h"

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (GTK_WIDGET (widget));
}

static gboolean
is_laid_out (gpointer widget)
{
  return gtk_widget_get_height (GTK_WIDGET (widget)) > 100;
}

static SkWindow *
window_with (const char *path)
{
  return sk_ui_window_new (path, 1100, 760);
}

static GtkWindow *
find_dialog (GtkWindow *parent, GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_window_get_transient_for (w) == parent)
        return w;
    }
  return NULL;
}

static gboolean
has_message_dialog (gpointer parent)
{
  return find_dialog (parent, ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static void
test_welcome (void)
{
  SkWindow *window = window_with (NULL);

  sk_ui_maybe_screenshot (GTK_WIDGET (window), "00-welcome.png");
  g_assert_nonnull (sk_ui_find_titled (GTK_WIDGET (window), ADW_TYPE_PREFERENCES_GROUP, _("Examples")));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every page of the example renders. */
static void
test_every_page (void)
{
  g_autofree char *path = sk_test_example_path ("taraz-mendeleev.seriktes");
  SkWindow *window = window_with (path);
  guint n;
  const SkPageInfo *pages = sk_pages (&n);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *page = sk_window_show_page (window, pages[i].id);
      g_autofree char *name = g_strdup_printf ("%02u-%s.png", i + 1, pages[i].id);

      g_assert_nonnull (page);
      sk_ui_settle_window (window);
      g_assert_true (gtk_widget_get_mapped (page));
      /* On a busy machine the layout may come after the settling time. */
      sk_ui_wait_until (is_laid_out, page, 5000);
      g_assert_cmpint (gtk_widget_get_height (page), >, 100);
      sk_ui_maybe_screenshot (GTK_WIDGET (window), name);
      if (g_str_equal (pages[i].id, "overview"))
        {
          GtkWidget *charts = sk_ui_find_titled (page, ADW_TYPE_PREFERENCES_GROUP, _("Charts"));
          g_assert_nonnull (charts);
          sk_ui_maybe_screenshot_widget (charts, "01b-charts.png");
        }
    }
  /* A record's editor. */
  sk_window_show_record (window, SK_KIND_PROGRAMME, 2);
  sk_ui_settle_window (window);
  g_assert_nonnull (sk_window_get_editor (window));
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "20-programme-editor.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
errors_are (gpointer data)
{
  gpointer *args = data;
  return sk_compliance_get_errors (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static void
wait_errors (SkCompliance *compliance, guint errors)
{
  gpointer args[2] = { compliance, GUINT_TO_POINTER (errors) };
  if (!sk_ui_wait_until (errors_are, args, 5000))
    g_error ("expected %u errors, have %u", errors, sk_compliance_get_errors (compliance));
}

/* Labels the user must read whole: none is cut short with "…". Tables,
 * window titles, values in combo rows and the status line may ellipsize. */
static gboolean
may_ellipsize (GtkWidget *label)
{
  static const char * const allowed[] = { "GtkColumnView", "AdwWindowTitle", "AdwComboRow", "GtkText", "SkRecordRow" };

  if (g_object_get_data (G_OBJECT (label), "sk-may-ellipsize"))
    return TRUE;
  for (GtkWidget *w = gtk_widget_get_parent (label); w; w = gtk_widget_get_parent (w))
    {
      if (g_object_get_data (G_OBJECT (w), "sk-may-ellipsize"))
        return TRUE;
      for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
        if (g_str_equal (G_OBJECT_TYPE_NAME (w), allowed[i]))
          return TRUE;
    }
  return FALSE;
}

static void
collect_ellipsized (GtkWidget *widget, GString *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child) &&
          pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (child))) && !may_ellipsize (child))
        g_string_append_printf (out, "\n  “%s”", gtk_label_get_text (GTK_LABEL (child)));
      collect_ellipsized (child, out);
    }
}

static void
test_no_ellipsis (void)
{
  g_autofree char *path = sk_test_example_path ("taraz-mendeleev.seriktes");
  SkWindow *window = window_with (path);
  g_autoptr (GString) cut = g_string_new (NULL);
  guint n;
  const SkPageInfo *pages = sk_pages (&n);

  for (guint i = 0; i < n; i++)
    {
      sk_window_show_page (window, pages[i].id);
      sk_ui_settle_window (window);
      collect_ellipsized (GTK_WIDGET (window), cut);
    }
  if (cut->len)
    g_error ("labels cut short:%s", cut->str);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* An edit through the widgets reaches the file and the compliance panel;
 * undo restores both. */
static void
test_edit_undo (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = window_with (path);
  SkCompliance *compliance = sk_window_get_compliance (window);
  GtkWidget *page, *row;
  g_autofree char *before = sk_ui_file_value (path, "term_end");

  g_assert_cmpstr (before, ==, "2031-08-31");
  wait_errors (compliance, 2);

  page = sk_window_show_page (window, "model");
  sk_ui_settle_window (window);
  row = sk_ui_find_titled (page, ADW_TYPE_ENTRY_ROW, _("End of term"));
  g_assert_nonnull (row);
  sk_ui_enter (row, "2032-08-31");
  {
    g_autofree char *now = sk_ui_file_value (path, "term_end");
    g_assert_cmpstr (now, ==, "2032-08-31");
  }
  wait_errors (compliance, 1);

  /* A day that does not exist is marked on the row and not saved. */
  sk_ui_enter (row, "2032-02-30");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  {
    g_autofree char *now = sk_ui_file_value (path, "term_end");
    g_assert_cmpstr (now, ==, "2032-08-31");
  }
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "21-invalid-date.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  sk_ui_settle_window (window);
  {
    g_autofree char *now = sk_ui_file_value (path, "term_end");
    g_assert_cmpstr (now, ==, "2031-08-31");
  }
  wait_errors (compliance, 2);
  /* As the interface language writes dates. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==,
                   g_str_equal (sk_get_content_language (), "en") ? "2031-08-31" : "31.08.2031");
  g_assert_false (gtk_widget_has_css_class (row, "error"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  wait_errors (compliance, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A finding leads to its record. */
static void
test_jump (void)
{
  g_autofree char *path = sk_test_example_path ("kyzylorda-arizona.seriktes");
  SkWindow *window = window_with (path);
  GtkWidget *editor;

  sk_window_show_page (window, "compliance");
  sk_ui_settle_window (window);
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "22-compliance-errors.png");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-record", "(sx)", "programme", (gint64) 5));
  sk_ui_settle_window (window);
  editor = sk_window_get_editor (window);
  g_assert_nonnull (editor);
  {
    g_autofree char *title = g_strdup_printf ("%s · English", _("Name"));
    g_assert_nonnull (sk_ui_find_titled (editor, ADW_TYPE_ENTRY_ROW, title));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A finding leads to the place of the fix: the field of the proposal on
 * its page, a record's field in its editor, the Add button of a record
 * that is missing; focused and highlighted. */
static void
test_finding_jump (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = window_with (path);
  g_autoptr (GError) error = NULL;
  GtkWidget *target;

  target = sk_window_show_finding (window, SK_KIND_PROPOSAL, 1, "term");
  sk_ui_settle_window (window);
  g_assert_nonnull (target);
  g_assert_cmpstr (gtk_widget_get_name (target), ==, "term_end");
  g_assert_true (gtk_widget_is_ancestor (target, gtk_stack_get_visible_child (GTK_STACK (gtk_widget_get_ancestor (target, GTK_TYPE_STACK)))) ||
                 gtk_widget_get_mapped (target));
  g_assert_true (gtk_widget_get_mapped (target));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), target));
  g_assert_true (gtk_widget_has_css_class (target, "sk-target"));
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "26-finding-term.png");

  target = sk_window_show_finding (window, SK_KIND_PROGRAMME, 5, "programme-diplomas");
  sk_ui_settle_window (window);
  g_assert_nonnull (target);
  g_assert_cmpstr (gtk_widget_get_name (target), ==, "diplomas");
  g_assert_true (gtk_widget_is_ancestor (target, sk_window_get_editor (window)));
  g_assert_true (gtk_widget_get_mapped (target));
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "27-finding-diplomas.png");

  /* A franchise with no franchise record: its Add button. */
  g_assert_true (sk_proposal_set (sk_window_get_proposal (window), SK_KIND_PROPOSAL, 1, "model",
                                  g_variant_new_string ("franchise"), &error));
  g_assert_no_error (error);
  target = sk_window_show_finding (window, SK_KIND_PROPOSAL, 1, "model-requirements");
  sk_ui_settle_window (window);
  g_assert_nonnull (target);
  g_assert_cmpstr (gtk_widget_get_name (target), ==, "add-" SK_KIND_FRANCHISE);
  g_assert_true (gtk_widget_has_focus (target));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The keyboard: Tab goes from the sidebar into the page without switching
 * pages; Ctrl+F finds the staff search; Escape leaves an editor. */
static void
test_keyboard (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = window_with (path);
  GtkWidget *page = sk_window_show_page (window, "model");
  GtkWidget *focus = NULL;
  GtkListBoxRow *current;
  gboolean reached = FALSE;

  sk_ui_settle_window (window);
  /* The sidebar's row of the page (rows are named by their page). */
  {
    GtkWidget *row = NULL;
    GtkWidget *stack[64];
    int n = 0;
    stack[n++] = GTK_WIDGET (window);
    while (n > 0 && row == NULL)
      {
        GtkWidget *w = stack[--n];
        if (GTK_IS_LIST_BOX_ROW (w) && g_strcmp0 (gtk_widget_get_name (w), "model") == 0)
          row = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c && n < 64; c = gtk_widget_get_next_sibling (c))
          stack[n++] = c;
      }
    g_assert_nonnull (row);
    current = GTK_LIST_BOX_ROW (row);
  }
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (current)));
  /* What Tab does there: the sidebar's key handler moves on. */
  {
    GListModel *controllers = gtk_widget_observe_controllers (gtk_widget_get_parent (GTK_WIDGET (current)));
    gboolean handled = FALSE;
    for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
      {
        g_autoptr (GtkEventController) c = g_list_model_get_item (controllers, i);
        if (GTK_IS_EVENT_CONTROLLER_KEY (c))
          g_signal_emit_by_name (c, "key-pressed", GDK_KEY_Tab, 0, (GdkModifierType) 0, &handled);
      }
    g_object_unref (controllers);
    g_assert_true (handled);
  }
  focus = gtk_root_get_focus (GTK_ROOT (window));
  reached = focus && gtk_widget_is_ancestor (focus, page);
  g_assert_true (reached);
  /* Still the same page, the same row selected. */
  g_assert_true (gtk_list_box_get_selected_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (current)))) == current);
  g_assert_true (gtk_widget_get_mapped (page));

  /* Ctrl+F on the staff page. */
  page = sk_window_show_page (window, "staff");
  sk_ui_settle_window (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Files dropped on the window: a CSV staff list goes to the staff
 * import dialog; a proposal opens. */
static gboolean
has_import_dialog (gpointer parent)
{
  return find_dialog (parent, SK_TYPE_STAFF_IMPORT_DIALOG) != NULL;
}

static void
test_drop (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  g_autofree char *csv = sk_test_tmp_path ("dropped.csv");
  g_autoptr (GFile) csv_file = g_file_new_for_path (csv);
  SkWindow *window = window_with (path);
  SkStaffImportDialog *dialog;
  guint n_new, n_updated, n_unchanged, n_refused;

  g_assert_true (g_file_set_contents (csv, "name,side,degree\nAigerim Bekova,kazakh,phd\n", -1, NULL));
  g_assert_true (sk_window_drop_file (window, csv_file));
  g_assert_true (sk_ui_wait_until (has_import_dialog, window, 5000));
  dialog = SK_STAFF_IMPORT_DIALOG (find_dialog (GTK_WINDOW (window), SK_TYPE_STAFF_IMPORT_DIALOG));
  sk_staff_import_dialog_counts (dialog, &n_new, &n_updated, &n_unchanged, &n_refused);
  g_assert_cmpuint (n_new, ==, 1);
  gtk_window_close (GTK_WINDOW (dialog));
  sk_ui_settle_window (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (gtk_widget_get_parent (sk_window_show_page (window, "staff")))), ==, "staff");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Does @menu (or a submenu) hold an item whose target is @path? */
static gboolean
menu_has_target (GMenuModel *menu, const char *path)
{
  for (int i = 0; menu && i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr (GVariant) target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
      g_autoptr (GMenuLinkIter) links = g_menu_model_iterate_item_links (menu, i);
      GMenuModel *child;

      if (target && g_str_equal (g_variant_get_string (target, NULL), path))
        return TRUE;
      while (g_menu_link_iter_get_next (links, NULL, &child))
        {
          gboolean found = menu_has_target (child, path);
          g_object_unref (child);
          if (found)
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
is_unmapped (gpointer widget)
{
  return !gtk_widget_get_mapped (widget);
}

/* The overview says what to do next, the most serious first, each item a
 * click from its fix. */
static void
test_next_steps (void)
{
  g_autofree char *path = sk_test_example_path ("kyzylorda-arizona.seriktes");
  SkWindow *window = window_with (path);
  GtkWidget *page = sk_window_show_page (window, "overview");
  GtkWidget *box = NULL;
  GtkListBoxRow *first;

  sk_compliance_recheck (sk_window_get_compliance (window));
  sk_ui_settle_window (window);
  {
    GtkWidget *stack[256];
    int n = 0;
    stack[n++] = page;
    while (n > 0 && box == NULL)
      {
        GtkWidget *w = stack[--n];
        if (g_strcmp0 (gtk_widget_get_name (w), "next-steps") == 0)
          box = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c && n < 256; c = gtk_widget_get_next_sibling (c))
          stack[n++] = c;
      }
  }
  g_assert_nonnull (box);
  first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (box), 0);
  g_assert_nonnull (first);
  g_assert_true (ADW_IS_ACTION_ROW (first));
  /* An error comes first. */
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (first)), !=, NULL);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (first)), sk_severity_label (SK_SEVERITY_ERROR, NULL)));
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "02-overview-next-steps.png");
  /* The sidebar's badge on the area of the term: its error. */
  {
    GtkWidget *row = NULL, *badge;
    GtkWidget *stack[256];
    int n = 0;
    stack[n++] = GTK_WIDGET (window);
    while (n > 0 && row == NULL)
      {
        GtkWidget *w = stack[--n];
        if (GTK_IS_LIST_BOX_ROW (w) && g_strcmp0 (gtk_widget_get_name (w), "model") == 0)
          row = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c && n < 256; c = gtk_widget_get_next_sibling (c))
          stack[n++] = c;
      }
    g_assert_nonnull (row);
    badge = gtk_widget_get_last_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
    g_assert_true (gtk_widget_get_visible (badge));
    g_assert_true (gtk_widget_has_css_class (badge, "error"));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (badge)), ==, "1");
  }
  g_signal_emit_by_name (first, "activated");
  /* The pages cross-fade: the overview goes once the fade is over. */
  g_assert_true (sk_ui_wait_until (is_unmapped, page, 5000));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* New over an existing file: replaced only once the new proposal is
 * written; when it cannot be, what was there stays. */
static void
test_new_replacing (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  g_autofree char *dir = sk_test_tmp_path ("a-folder.seriktes");
  g_autofree char *inside = g_build_filename (dir, "keep.txt", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) fresh = sk_window_create_replacing (path, &error);
  g_autoptr (SkProposal) none = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (fresh);
  g_assert_cmpuint (sk_proposal_count (fresh, SK_KIND_INSTITUTION), ==, 0);
  g_assert_cmpstr (sk_proposal_get_path (fresh), ==, path);
  g_clear_object (&fresh);

  /* File choosers start beside a proposal that can be written. */
  {
    SkWindow *window = window_with (path);
    g_autoptr (GFile) folder = sk_window_dup_start_folder (window);
    g_autofree char *expected = g_path_get_dirname (path);
    g_autofree char *got = g_file_get_path (folder);
    GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
    g_autoptr (GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE) : NULL;

    g_assert_cmpstr (got, ==, expected);
    /* The file is in the main menu's recent files (kept in the settings,
     * when their schema is there). */
    if (schema)
      g_assert_true (menu_has_target (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (
                       sk_ui_find_type (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON))), path));
    gtk_window_destroy (GTK_WINDOW (window));
  }

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (inside, "kept", -1, NULL));
  none = sk_window_create_replacing (dir, &error);
  g_assert_null (none);
  g_assert_nonnull (error);
  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));
}

/* The staff table: search, bulk assignment as one undo step. */
static void
test_staff (void)
{
  g_autofree char *path = sk_test_example_copy ("caspian-tu-berlin.seriktes");
  SkWindow *window = window_with (path);
  SkProposal *proposal = sk_window_get_proposal (window);
  GtkWidget *page = sk_window_show_page (window, "staff");
  GListModel *shown = sk_staff_page_get_model (page);
  guint all = g_list_model_get_n_items (shown);
  guint assignments = sk_proposal_count (proposal, SK_KIND_ASSIGNMENT);
  g_autoptr (GError) error = NULL;
  guint positions[3] = { 0, 1, 2 }, added;

  sk_ui_settle_window (window);
  g_assert_cmpuint (all, ==, sk_proposal_count (proposal, SK_KIND_STAFF));
  sk_staff_page_set_search (page, "zzzz-no-such-name");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  sk_staff_page_set_search (page, "");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, all);

  added = sk_staff_page_assign (page, positions, 3, 1, 60, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sk_proposal_count (proposal, SK_KIND_ASSIGNMENT), ==, assignments + added);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (sk_proposal_count (proposal, SK_KIND_ASSIGNMENT), ==, assignments);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Submitted: the content cannot be edited in the window any more; a file
 * changed behind Seriktes's back says so. */
static void
test_submitted (void)
{
  g_autofree char *path = sk_test_example_copy ("caspian-tu-berlin.seriktes");
  SkWindow *window = window_with (path);
  g_autoptr (GError) error = NULL;
  GtkWidget *page, *row;
  sqlite3 *db = NULL;

  g_assert_false (sk_window_shows_fingerprint_alarm (window));
  g_assert_true (sk_review_transition (sk_window_get_proposal (window), "submitted", "University", NULL, &error));
  g_assert_no_error (error);
  sk_ui_settle_window (window);
  page = sk_window_show_page (window, "model");
  sk_ui_settle_window (window);
  row = sk_ui_find_titled (page, ADW_TYPE_ENTRY_ROW, _("End of term"));
  g_assert_nonnull (row);
  g_assert_false (gtk_widget_is_sensitive (row));
  sk_window_show_page (window, "overview");
  sk_ui_settle_window (window);
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "24-submitted.png");
  gtk_window_destroy (GTK_WINDOW (window));
  sk_ui_settle ();

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE programme SET credits = 1 WHERE id = 1", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  window = window_with (path);
  g_assert_true (sk_window_shows_fingerprint_alarm (window));
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "25-tampered.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The PDF is made in a worker thread while the window goes on. */
static void
test_export_pdf (void)
{
  g_autofree char *path = sk_test_example_path ("taraz-mendeleev.seriktes");
  g_autofree char *pdf = sk_test_tmp_path ("taraz-kk.pdf");
  SkWindow *window = window_with (path);
  gpointer out[1] = { NULL };
  g_autofree char *data = NULL;
  gsize len = 0;

  sk_export_pdf_start (window, pdf, "kk", sk_ui_on_exported, out);
  g_assert_true (sk_ui_wait_until (sk_ui_export_done, out, 60000));
  g_assert_cmpint (GPOINTER_TO_INT (out[0]), ==, 1);
  g_assert_true (g_file_get_contents (pdf, &data, &len, NULL));
  g_assert_cmpuint (len, >, 10000);
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A damaged file: the reason in a dialog, and the window goes on showing
 * what it showed. */
static void
test_damaged_file (void)
{
  g_autofree char *good = sk_test_example_path ("taraz-mendeleev.seriktes");
  g_autofree char *bad = sk_test_tmp_path ("damaged.seriktes");
  g_autoptr (GFile) bad_file = g_file_new_for_path (bad);
  SkWindow *window = window_with (good);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (bad, "SQLite format 3\0garbage garbage", 32, NULL));
  g_assert_false (sk_window_open (window, bad_file));
  g_assert_true (sk_ui_wait_until (has_message_dialog, window, 5000));
  dialog = ADW_MESSAGE_DIALOG (find_dialog (GTK_WINDOW (window), ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), !=, "");
  sk_ui_settle ();
  sk_ui_maybe_screenshot (GTK_WIDGET (dialog), "23-error-dialog.png");
  g_assert_cmpstr (sk_proposal_get_path (sk_window_get_proposal (window)), ==, good);
  adw_message_dialog_response (dialog, "close");
  sk_ui_settle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The staff page in a small window (800×600): the toolbar wraps rather than
 * widening the window, and every column header is shown whole (in Kazakh,
 * whose words are the longest, under the ui-kk test). */
static void
collect_titles (GtkWidget *widget, GHashTable *titles, GString *cut, guint *seen)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && g_hash_table_contains (titles, gtk_label_get_text (GTK_LABEL (child))))
        {
          (*seen)++;
          if (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (child))))
            g_string_append_printf (cut, "\n  “%s”", gtk_label_get_text (GTK_LABEL (child)));
        }
      collect_titles (child, titles, cut, seen);
    }
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

static void
test_staff_narrow (void)
{
  g_autofree char *path = sk_test_example_path ("taraz-mendeleev.seriktes");
  SkWindow *window = sk_window_new (NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GString) cut = g_string_new (NULL);
  GtkWidget *page, *view;
  GListModel *columns;
  guint seen = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (sk_ui_wait_until (is_mapped, window, 5000));
  g_assert_true (sk_window_open (window, file));
  page = sk_window_show_page (window, "staff");
  sk_ui_settle_window (window);
  sk_ui_wait_until (is_laid_out, page, 5000);
  sk_ui_wait_until (never, NULL, 500); /* the page's transition */
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "26-staff-800x600.png");

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 800);
  view = sk_ui_find_type (page, GTK_TYPE_COLUMN_VIEW);
  g_assert_nonnull (view);
  columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (view));
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr (GtkColumnViewColumn) c = g_list_model_get_item (columns, i);
      g_hash_table_add (titles, (gpointer) gtk_column_view_column_get_title (c));
    }
  collect_ellipsized (page, cut);
  collect_titles (view, titles, cut, &seen);
  g_assert_cmpuint (seen, >=, g_list_model_get_n_items (columns));
  if (cut->len)
    g_error ("labels or column headers cut short:%s", cut->str);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A narrow window (800 × 600, the smallest the application is made for):
 * the sidebar folds away, and no page or editor makes the window wider
 * than the user made it, in the language of the run (Kazakh in ui-kk). */
static void
test_narrow (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 800, 600);
  g_autoptr (GString) wide = g_string_new (NULL);
  guint n;
  const SkPageInfo *pages = sk_pages (&n);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *page = sk_window_show_page (window, pages[i].id);
      int min = 0;

      sk_ui_settle_window (window);
      gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      if (gtk_widget_get_width (GTK_WIDGET (window)) > 800 || min > 800)
        g_string_append_printf (wide, " %s (%d, at least %d)", pages[i].id, gtk_widget_get_width (GTK_WIDGET (window)), min);
      if (g_str_equal (pages[i].id, "staff"))
        sk_ui_maybe_screenshot (GTK_WIDGET (window), "40-narrow-staff.png");
    }
  sk_window_show_record (window, SK_KIND_PROGRAMME, 1);
  sk_ui_settle_window (window);
  g_assert_nonnull (sk_window_get_editor (window));
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "41-narrow-editor.png");
  if (gtk_widget_get_width (GTK_WIDGET (window)) > 800)
    g_string_append_printf (wide, " programme editor (%d)", gtk_widget_get_width (GTK_WIDGET (window)));
  if (wide->len)
    g_error ("wider than 800 pixels:%s", wide->str);
  /* Folded: the areas are one button away. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL));
  sk_ui_settle_window (window);
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "42-narrow-sidebar.png");
  sk_ui_window_close (window);
}

int
main (int argc, char **argv)
{
  sk_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  sk_ui_load_app_style ();
  if (g_getenv ("SK_DARK"))
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  g_test_add_func ("/sk/ui/welcome", test_welcome);
  g_test_add_func ("/sk/ui/every-page", test_every_page);
  g_test_add_func ("/sk/ui/no-ellipsis", test_no_ellipsis);
  g_test_add_func ("/sk/ui/edit-undo", test_edit_undo);
  g_test_add_func ("/sk/ui/jump", test_jump);
  g_test_add_func ("/sk/ui/finding-jump", test_finding_jump);
  g_test_add_func ("/sk/ui/keyboard", test_keyboard);
  g_test_add_func ("/sk/ui/new-replacing", test_new_replacing);
  g_test_add_func ("/sk/ui/drop", test_drop);
  g_test_add_func ("/sk/ui/next-steps", test_next_steps);
  g_test_add_func ("/sk/ui/staff", test_staff);
  g_test_add_func ("/sk/ui/staff-narrow", test_staff_narrow);
  g_test_add_func ("/sk/ui/submitted", test_submitted);
  g_test_add_func ("/sk/ui/export-pdf", test_export_pdf);
  g_test_add_func ("/sk/ui/damaged-file", test_damaged_file);
  g_test_add_func ("/sk/ui/narrow", test_narrow);
  return g_test_run ();
}
