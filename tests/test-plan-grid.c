/* test-plan-grid.c: the financing and indicator grids in a real window:
 * a cell edited in place, a block pasted, the offer to fill the years
 * added to the term, undo; and the interactions needed to enter six
 * years of one financing source (run under Xvfb with
 * G_DEBUG=fatal-warnings) */
#include "config.h"

#include <adwaita.h>
#include <string.h>
#include <glib/gi18n.h>

#include "sk-record-editor.h"
#include "sk-error.h"
#include "sk-format.h"
#include "sk-init.h"
#include "sk-plan-grid.h"
#include "sk-plan-offers.h"
#include "sk-test-util.h"
#include "sk-ui-util.h"
#include "sk-window.h"

/* A key pressed on @widget, through its own key controllers (capture
 * first, as GTK delivers it). */
/* The row head (a button) whose label contains @text. */
static GtkWidget *
find_head (GtkWidget *root, const char *text)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_has_css_class (root, "sk-row-head") &&
      gtk_button_get_label (GTK_BUTTON (root)) && strstr (gtk_button_get_label (GTK_BUTTON (root)), text))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_head (c, text);
      if (found)
        return found;
    }
  return NULL;
}

/* Text typed into a cell: the first character starts the edit on the
 * grid, the rest goes into the cell's entry. */
static void
type_text (SkPlanGrid *grid, const char *text)
{
  GtkWidget *cells = gtk_widget_get_parent (sk_plan_grid_get_cell (grid, 0, 0));
  GtkWidget *entry;
  g_autofree char *all = NULL;

  g_assert_true (sk_ui_press_key (cells, gdk_unicode_to_keyval (g_utf8_get_char (text)), 0));
  entry = sk_plan_grid_get_editor (grid);
  g_assert_nonnull (entry);
  all = g_strconcat (gtk_editable_get_text (GTK_EDITABLE (entry)), g_utf8_next_char (text), NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), all);
}

static SkPlanGrid *
show_grid (SkWindow *window, const char *page)
{
  GtkWidget *widget = sk_window_show_page (window, page);

  g_assert_true (SK_IS_PLAN_GRID (widget));
  sk_ui_settle ();
  return SK_PLAN_GRID (widget);
}

static GtkWidget *
cells_of (SkPlanGrid *grid)
{
  return gtk_widget_get_parent (sk_plan_grid_get_cell (grid, 0, 0));
}

/* The financing of (@source, @year) in the file as another program
 * reads it. */
static gint64
file_amount (const char *path, const char *source, int year)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  GListModel *lines;
  gint64 sum = 0;

  g_assert_no_error (error);
  lines = sk_proposal_get_records (p, SK_KIND_FINANCING);
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (lines, i);
      if (g_strcmp0 (sk_record_get_string (r, "source"), source) == 0 && sk_record_get_int (r, "year", 0) == year)
        sum += sk_record_get_int (r, "amount_kzt", 0);
    }
  return sum;
}

static guint
first_term_column (SkGrid *grid)
{
  for (guint c = 0; c < sk_grid_n_columns (grid); c++)
    if (sk_grid_column_in_term (grid, c))
      return c;
  g_assert_not_reached ();
}

/* Every cell of @grid named for screen readers by its row and column
 * and then what it holds ("State educational order, 2027: 12,500,000"),
 * not a bare number. */
static void
check_cell_names (SkPlanGrid *grid)
{
  SkGrid *g = sk_plan_grid_get_grid (grid);

  g_assert_cmpuint (sk_grid_n_rows (g), >, 0);
  for (guint r = 0; r < sk_grid_n_rows (g); r++)
    for (guint c = 0; c < sk_grid_n_columns (g); c++)
      {
        g_autofree char *text = sk_grid_cell_text (g, r, c);
        g_autofree char *expected = *text ? g_strdup_printf ("%s, %s: %s", sk_grid_row_label (g, r), sk_grid_column_title (g, c), text)
                                          : g_strdup_printf ("%s, %s", sk_grid_row_label (g, r), sk_grid_column_title (g, c));
        g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (sk_plan_grid_get_cell (grid, r, c)),
                                                                     GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
        if (wrong)
          g_error ("cell %u, %u: %s", r, c, wrong);
      }
}

/* A cell typed in place as people type amounts, kept with Tab; Escape
 * drops an edit; undo takes the cell back. */
static void
test_edit_cell (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  SkPlanGrid *grid = show_grid (window, "financing");
  SkGrid *g = sk_plan_grid_get_grid (grid);
  guint column = first_term_column (g);
  int year = sk_grid_column_year (g, column);
  g_autofree char *source = g_strdup (sk_grid_row_source (g, 0));
  gint64 before = file_amount (path, source, year);
  guint row, col;

  gtk_widget_grab_focus (cells_of (grid));
  sk_plan_grid_set_cursor (grid, 0, column, FALSE);
  type_text (grid, "123 456 789");
  g_assert_true (sk_ui_press_key (sk_plan_grid_get_editor (grid), GDK_KEY_Tab, 0));
  g_assert_null (sk_plan_grid_get_editor (grid));
  g_assert_cmpint (file_amount (path, source, year), ==, 123456789);
  /* The cursor moved on to the next year; the cell shows the amount. */
  sk_plan_grid_get_cursor (grid, &row, &col);
  g_assert_cmpuint (row, ==, 0);
  g_assert_cmpuint (col, ==, column + 1);
  {
    g_autofree char *shown = sk_format_int (123456789, NULL);
    g_assert_cmpstr (shown, ==, gtk_label_get_text (GTK_LABEL (sk_plan_grid_get_cell (grid, 0, column))));
  }

  /* Escape: nothing written. */
  type_text (grid, "9");
  g_assert_true (sk_ui_press_key (sk_plan_grid_get_editor (grid), GDK_KEY_Escape, 0));
  g_assert_null (sk_plan_grid_get_editor (grid));
  g_assert_cmpint (file_amount (path, source, year + 1), !=, 9);

  /* Not a number: refused in place, the reason shown, the file as it was. */
  type_text (grid, "abc");
  g_assert_false (sk_ui_press_key (sk_plan_grid_get_editor (grid), GDK_KEY_Return, 0) && sk_plan_grid_get_editor (grid) == NULL);
  g_assert_nonnull (sk_plan_grid_get_editor (grid));
  g_assert_cmpstr (sk_plan_grid_get_message (grid), !=, "");
  sk_ui_press_key (sk_plan_grid_get_editor (grid), GDK_KEY_Escape, 0);

  /* One undo step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpint (file_amount (path, source, year), ==, before);
  g_assert_cmpuint (sk_grid_row_total (sk_plan_grid_get_grid (grid), 0), >, 0);

  check_cell_names (grid);
  check_cell_names (show_grid (window, "indicators"));
  sk_ui_window_close (window);
}

/* A block from a spreadsheet pasted at the cursor (one undo step); one
 * larger than the grid: a clear message, nothing changed. */
static void
test_paste (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  SkPlanGrid *grid = show_grid (window, "indicators");
  SkGrid *g = sk_plan_grid_get_grid (grid);
  guint column = first_term_column (g);
  g_autoptr (GError) error = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *before = NULL;
  GString *huge = g_string_new (NULL);

  sk_plan_grid_set_cursor (grid, 0, column, FALSE);
  g_assert_true (sk_plan_grid_paste_text (grid, "11\t12\n21\t22\n", &error));
  g_assert_no_error (error);
  g = sk_plan_grid_get_grid (grid);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (sk_plan_grid_get_cell (grid, 0, column + 1))), ==, "12");
  /* Copied out again as tab-separated text (the pasted block is selected). */
  copied = sk_plan_grid_copy_text (grid);
  g_assert_cmpstr (copied, ==, "11\t12\n21\t22\n");

  before = sk_plan_grid_copy_text (grid);
  for (guint r = 0; r < 3; r++)
    {
      for (guint c = 0; c < 40; c++)
        g_string_append (huge, c ? "\t1" : "1");
      g_string_append_c (huge, '\n');
    }
  g_assert_false (sk_plan_grid_paste_text (grid, huge->str, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  g_assert_cmpstr (sk_plan_grid_get_message (grid), ==, error->message);
  {
    g_autofree char *after = sk_plan_grid_copy_text (grid);
    g_assert_cmpstr (after, ==, before);
  }
  g_string_free (huge, TRUE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (sk_plan_grid_get_cell (grid, 0, column + 1))), !=, "12");
  sk_ui_window_close (window);
}

static void
on_text (GObject *source, GAsyncResult *result, gpointer data)
{
  char **text = data;
  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
}

static gboolean
is_set (gpointer data)
{
  return *(char **) data != NULL;
}

static gboolean
cell_is (gpointer data)
{
  gpointer *args = data;
  return g_strcmp0 (gtk_label_get_text (GTK_LABEL (args[0])), args[1]) == 0;
}

/* A block copied with Ctrl+C onto the clipboard as tab-separated text,
 * pasted elsewhere with Ctrl+V; the grid exported as CSV. */
static void
test_clipboard_export (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  g_autofree char *csv = sk_test_tmp_path ("financing.csv");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  SkPlanGrid *grid = show_grid (window, "financing");
  SkGrid *g = sk_plan_grid_get_grid (grid);
  guint column = first_term_column (g);
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *expected = NULL;

  gtk_widget_grab_focus (cells_of (grid));
  sk_plan_grid_set_cursor (grid, 0, column, FALSE);
  g_assert_true (sk_ui_press_key (cells_of (grid), GDK_KEY_Right, GDK_SHIFT_MASK));
  g_assert_true (sk_ui_press_key (cells_of (grid), GDK_KEY_c, GDK_CONTROL_MASK));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (grid)), NULL, on_text, &text);
  g_assert_true (sk_ui_wait_until (is_set, &text, 5000));
  expected = sk_grid_copy (g, 0, column, 1, 2);
  g_assert_cmpstr (text, ==, expected);

  /* Into the next row. */
  sk_plan_grid_set_cursor (grid, 1, column, FALSE);
  g_assert_true (sk_ui_press_key (cells_of (grid), GDK_KEY_v, GDK_CONTROL_MASK));
  {
    gpointer args[2] = { sk_plan_grid_get_cell (grid, 1, column + 1), NULL };
    g_autofree char *shown = sk_grid_cell_text (sk_plan_grid_get_grid (grid), 0, column + 1);
    args[1] = shown;
    g_assert_true (sk_ui_wait_until (cell_is, args, 5000));
  }

  /* A named line of a source: an empty row until its first amount. */
  sk_plan_grid_add_line (grid, "sponsorship", "Kazphosphate LLP");
  type_text (grid, "7 000 000");
  g_assert_true (sk_ui_press_key (sk_plan_grid_get_editor (grid), GDK_KEY_Tab, 0));
  {
    g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
    g_autoptr (SkGrid) saved = sk_grid_new (p, SK_GRID_FINANCING, NULL);
    guint r = sk_grid_n_rows (saved) - 1;
    g_assert_cmpstr (sk_grid_row_source (saved, r), ==, "sponsorship");
    g_assert_cmpstr (sk_grid_row_line (saved, r), ==, "Kazphosphate LLP");
    g_assert_cmpint (sk_grid_row_total (saved, r), ==, 7000000);
  }
  /* The named line's head opens its record (found by its note in the
   * content language). */
  {
    GtkWidget *head = find_head (GTK_WIDGET (grid), "Kazphosphate LLP");
    g_assert_nonnull (head);
    g_signal_emit_by_name (head, "clicked");
    sk_ui_settle ();
    g_assert_nonnull (sk_ui_find_type (GTK_WIDGET (window), SK_TYPE_RECORD_EDITOR));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL) || TRUE);
    sk_ui_settle ();
  }

  g_assert_true (sk_plan_grid_export (grid, csv, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv, &contents, NULL, &error));
  g_assert_nonnull (strstr (contents, sk_grid_row_label (sk_plan_grid_get_grid (grid), 0)));
  sk_ui_window_close (window);
}

/* The term extended by a year: the offer to fill it; accepted, the year
 * gets the values of the year before; undone as one step. */
static void
test_term_extension (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  SkProposal *proposal = sk_window_get_proposal (window);
  SkPlanGrid *grid = show_grid (window, "financing");
  SkRecord *info = sk_proposal_get_info (proposal);
  g_autoptr (GError) error = NULL;
  g_autofree char *end = g_strdup (sk_record_get_string (info, "term_end"));
  g_autofree char *source = g_strdup (sk_grid_row_source (sk_plan_grid_get_grid (grid), 0));
  AdwMessageDialog *dialog;
  int first, last;
  g_autofree char *later = NULL;

  g_assert_true (sk_plan_term_years (proposal, &first, &last));
  later = g_strdup_printf ("%d%s", last + 1, end + 4);
  g_assert_true (sk_proposal_set (proposal, SK_KIND_PROPOSAL, sk_record_get_id (info), "term_end",
                                  g_variant_new_string (later), &error));
  g_assert_no_error (error);
  dialog = sk_plan_offers_get_dialog (proposal);
  g_assert_nonnull (dialog);
  sk_ui_settle ();
  sk_ui_maybe_screenshot (GTK_WIDGET (dialog), "grid-term-offer.png");
  /* The new year shows as one without financing until filled. */
  g_assert_true (sk_grid_year_missing (sk_plan_grid_get_grid (grid), sk_grid_n_columns (sk_plan_grid_get_grid (grid)) - 1));
  adw_message_dialog_response (dialog, "copy");
  sk_ui_settle ();
  g_assert_cmpint (file_amount (path, source, last + 1), ==, file_amount (path, source, last));
  g_assert_cmpint (file_amount (path, source, last + 1), >, 0);
  g_assert_false (sk_grid_year_missing (sk_plan_grid_get_grid (grid), sk_grid_n_columns (sk_plan_grid_get_grid (grid)) - 1));

  /* Undo: the filling goes, the term stays. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  sk_ui_settle ();
  g_assert_cmpint (file_amount (path, source, last + 1), ==, 0);
  {
    g_autofree char *stored = sk_ui_file_value (path, "term_end");
    g_assert_cmpstr (stored, ==, later);
  }
  g_assert_null (sk_plan_offers_get_dialog (proposal));

  /* The term shortened by a year: the lines of its last year are named
   * and removed on request. */
  {
    g_autofree char *earlier = g_strdup_printf ("%d%s", last - 1, end + 4);
    g_assert_true (sk_proposal_set (proposal, SK_KIND_PROPOSAL, sk_record_get_id (info), "term_end",
                                    g_variant_new_string (earlier), &error));
    dialog = sk_plan_offers_get_dialog (proposal);
    g_assert_nonnull (dialog);
    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "•"));
    adw_message_dialog_response (dialog, "remove");
    sk_ui_settle ();
    g_assert_cmpint (file_amount (path, source, last), ==, 0);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    sk_ui_settle ();
    g_assert_cmpint (file_amount (path, source, last), >, 0);
  }
  sk_ui_window_close (window);
}

/* Six years of one new financing source, counted as the user acts: the
 * source chosen from the menu (2), the first amount typed (1) and kept
 * (1), back to it (1), the row selected to its end (1) and filled (1). */
static void
test_six_years (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  SkProposal *proposal = sk_window_get_proposal (window);
  SkPlanGrid *grid = show_grid (window, "financing");
  guint interactions = 0, typed = 0, pasted = 0;
  int first, last;
  guint rows = sk_grid_n_rows (sk_plan_grid_get_grid (grid));

  g_assert_true (sk_plan_term_years (proposal, &first, &last));
  /* One year more, so that six years are entered (the example's term
   * has five). */
  if (last - first + 1 < 6)
    {
      SkRecord *info = sk_proposal_get_info (proposal);
      g_autofree char *end = g_strdup_printf ("%d%s", first + 5, sk_record_get_string (info, "term_end") + 4);
      g_assert_true (sk_proposal_set (proposal, SK_KIND_PROPOSAL, sk_record_get_id (info), "term_end",
                                      g_variant_new_string (end), NULL));
      adw_message_dialog_response (sk_plan_offers_get_dialog (proposal), "empty");
      sk_ui_settle ();
    }

  /* The same amount every year. */
  interactions += 2; /* open "Add a Source", choose it */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (grid), "grid.add-source", "s", "investment"));
  g_assert_cmpuint (sk_grid_n_rows (sk_plan_grid_get_grid (grid)), ==, rows + 1);
  interactions += 1;
  type_text (grid, "50 000 000");
  interactions += 1;
  g_assert_true (sk_ui_press_key (sk_plan_grid_get_editor (grid), GDK_KEY_Tab, 0));
  interactions += 1;
  g_assert_true (sk_ui_press_key (cells_of (grid), GDK_KEY_Left, 0));
  interactions += 1;
  g_assert_true (sk_ui_press_key (cells_of (grid), GDK_KEY_End, GDK_SHIFT_MASK));
  interactions += 1;
  g_assert_true (sk_ui_press_key (cells_of (grid), GDK_KEY_r, GDK_CONTROL_MASK));
  for (int y = first; y < first + 6; y++)
    g_assert_cmpint (file_amount (path, "investment", y), ==, 50000000);

  /* Six different amounts typed, each kept with Tab. */
  typed = 2;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (grid), "grid.add-source", "s", "sponsorship"));
  for (int y = 0; y < 6; y++)
    {
      g_autofree char *amount = g_strdup_printf ("%d 000 000", 10 + y);
      type_text (grid, amount);
      g_assert_true (sk_ui_press_key (sk_plan_grid_get_editor (grid), GDK_KEY_Tab, 0));
      typed += 2;
    }
  for (int y = 0; y < 6; y++)
    g_assert_cmpint (file_amount (path, "sponsorship", first + y), ==, (10 + y) * G_GINT64_CONSTANT (1000000));

  /* A row copied from a spreadsheet: the source (2), Ctrl+V (1). */
  pasted = 3;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (grid), "grid.add-source", "s", "other"));
  g_assert_true (sk_plan_grid_paste_text (grid, "1 000\t2 000\t3 000\t4 000\t5 000\t6 000\r\n", NULL));
  g_assert_cmpint (file_amount (path, "other", first + 5), ==, 6000);

  g_test_message ("interactions to enter six years of one financing source: %u (one amount for every year), "
                  "%u (six amounts typed), %u (pasted from a spreadsheet); before the grid: 48",
                  interactions, typed, pasted);
  g_print ("# interactions for six years of one source: same amount %u, six amounts typed %u, pasted %u (before: 48)\n",
           interactions, typed, pasted);
  g_assert_cmpuint (interactions, <, 10);
  sk_ui_window_close (window);
}

/* Pictures of the grids for `ninja -C build screenshots`, wide and
 * narrow (only when they are asked for). */
static void
test_screenshots (void)
{
  static const struct { int width, height; const char *suffix; } sizes[] = {
    { 1366, 768, "" }, { 800, 600, "-narrow" },
  };

  if (g_getenv ("SK_SCREENSHOT_DIR") == NULL)
    {
      g_test_skip ("no SK_SCREENSHOT_DIR");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
      SkWindow *window = sk_ui_window_new (path, sizes[i].width, sizes[i].height);
      SkPlanGrid *grid = show_grid (window, "financing");
      g_autofree char *financing = g_strconcat ("grid-financing", sizes[i].suffix, ".png", NULL);
      g_autofree char *indicators = g_strconcat ("grid-indicators", sizes[i].suffix, ".png", NULL);
      SkProposal *proposal = sk_window_get_proposal (window);
      SkRecord *info = sk_proposal_get_info (proposal);
      g_autofree char *end = NULL;
      int first, last;

      /* A year more in the term, left empty: marked where it is. */
      g_assert_true (sk_plan_term_years (proposal, &first, &last));
      end = g_strdup_printf ("%d%s", last + 1, sk_record_get_string (info, "term_end") + 4);
      g_assert_true (sk_proposal_set (proposal, SK_KIND_PROPOSAL, sk_record_get_id (info), "term_end",
                                      g_variant_new_string (end), NULL));
      adw_message_dialog_response (sk_plan_offers_get_dialog (proposal), "empty");
      sk_ui_settle ();
      gtk_widget_grab_focus (cells_of (grid));
      sk_plan_grid_set_cursor (grid, 1, 1, FALSE);
      sk_ui_settle ();
      sk_ui_maybe_screenshot (GTK_WIDGET (grid), financing);
      grid = show_grid (window, "indicators");
      sk_ui_maybe_screenshot (GTK_WIDGET (grid), indicators);
      sk_ui_window_close (window);
    }
}

int
main (int argc, char **argv)
{
  sk_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  {
    /* The application's own style, as SkApplication loads it. */
    g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();
    gtk_css_provider_load_from_resource (css, "/kz/seriktes/Seriktes/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  if (g_getenv ("SK_DARK"))
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  g_test_add_func ("/sk/plan-grid/edit-cell", test_edit_cell);
  g_test_add_func ("/sk/plan-grid/paste", test_paste);
  g_test_add_func ("/sk/plan-grid/clipboard-export", test_clipboard_export);
  g_test_add_func ("/sk/plan-grid/term-extension", test_term_extension);
  g_test_add_func ("/sk/plan-grid/six-years", test_six_years);
  g_test_add_func ("/sk/plan-grid/screenshots", test_screenshots);
  return g_test_run ();
}
