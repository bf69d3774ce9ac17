/* test-staff-ui.c: the staff table (hours in place, Set Hours, paste),
 * the staff import dialog and the staffing plan, in a real window (run
 * under Xvfb with G_DEBUG=fatal-warnings) */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "sk-check-service.h"
#include "sk-compliance-page.h"
#include "sk-error.h"
#include "sk-overview-page.h"
#include "sk-format.h"
#include "sk-init.h"
#include "sk-staff-import-dialog.h"
#include "sk-staff-page.h"
#include "sk-staff-plan.h"
#include "sk-staffing-planner.h"
#include "sk-summary.h"
#include "sk-table-export.h"
#include "sk-test-util.h"
#include "sk-ui-util.h"
#include "sk-window.h"

/* The file as another program reads it. */
static SkProposal *
file_proposal (const char *path)
{
  g_autoptr (GError) error = NULL;
  SkProposal *p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return p;
}

/* The hours of @staff in @programme in @p (summed), -1 for none. */
static gint64
hours_of (SkProposal *p, gint64 staff, gint64 programme)
{
  GListModel *assignments = sk_proposal_get_records (p, SK_KIND_ASSIGNMENT);
  gint64 hours = -1;

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr (SkRecord) a = g_list_model_get_item (assignments, i);
      if (sk_record_get_int (a, "staff_id", 0) == staff && sk_record_get_int (a, "programme_id", 0) == programme)
        hours = MAX (hours, 0) + sk_record_get_int (a, "hours", 0);
    }
  return hours;
}

static guint
file_count (const char *path, const char *kind)
{
  g_autoptr (SkProposal) p = file_proposal (path);
  return sk_proposal_count (p, kind);
}

static GtkWidget *
find_button (GtkWidget *root, const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)))
        return found;
    }
  return NULL;
}

static gint64
staff_at (GtkWidget *page, guint position)
{
  g_autoptr (SkRecord) r = g_list_model_get_item (sk_staff_page_get_model (page), position);
  return sk_record_get_id (r);
}

/* "Set hours" on a selection with lecturers already in the programme:
 * their hours change (not "0 assigned"), the others are added; one undo
 * step. */
static void
check_set_hours (SkWindow *window, const char *path)
{
  GtkWidget *page = sk_window_show_page (window, "staff");
  GListModel *shown = sk_staff_page_get_model (page);
  GtkWidget *popover = sk_ui_find_type (page, GTK_TYPE_POPOVER);
  GtkWidget *apply, *programme_dd, *spin;
  gint64 programme = 0, ids[4];
  guint assignments = file_count (path, SK_KIND_ASSIGNMENT);
  guint already = 0, choice = 0;
  g_autoptr (GArray) in_first = NULL;

  sk_ui_settle ();
  g_assert_nonnull (popover);
  /* The first programme, and the first four rows: some of them in it. */
  {
    g_autoptr (SkRecord) prog = g_list_model_get_item (sk_proposal_get_records (sk_window_get_proposal (window), SK_KIND_PROGRAMME), 0);
    programme = sk_record_get_id (prog);
  }
  in_first = sk_staffing_staff_in (sk_window_get_proposal (window), programme, SK_SIDE_KAZAKH);
  g_assert_cmpuint (in_first->len, >, 0);
  /* Shown first: someone already teaching in it. */
  sk_staff_page_show_staff_of (SK_STAFF_PAGE (page), programme, SK_SIDE_KAZAKH);
  sk_ui_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, in_first->len);
  sk_staff_page_show_staff_of (SK_STAFF_PAGE (page), 0, -1);
  sk_staff_page_set_search (page, "");
  sk_ui_settle ();
  {
    gboolean found = FALSE;
    for (guint i = 0; i < g_list_model_get_n_items (shown) && !found; i++)
      if (staff_at (page, i) == g_array_index (in_first, gint64, 0))
        {
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (shown), i, TRUE);
          ids[0] = staff_at (page, i);
          found = TRUE;
        }
    g_assert_true (found);
  }
  for (guint i = 0, k = 1; k < 4; i++)
    {
      gint64 id = staff_at (page, i);
      if (id == ids[0])
        continue;
      gtk_selection_model_select_item (GTK_SELECTION_MODEL (shown), i, FALSE);
      ids[k++] = id;
    }
  {
    g_autoptr (SkProposal) before = file_proposal (path);
    for (guint k = 0; k < 4; k++)
      if (hours_of (before, ids[k], programme) >= 0)
        already++;
  }
  g_assert_cmpuint (already, >=, 1);

  programme_dd = sk_ui_find_type (popover, GTK_TYPE_DROP_DOWN);
  spin = sk_ui_find_type (popover, GTK_TYPE_SPIN_BUTTON);
  apply = find_button (popover, _("_Set for Selected Staff"));
  g_assert_nonnull (programme_dd);
  g_assert_nonnull (spin);
  g_assert_nonnull (apply);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (programme_dd), choice);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 44);
  g_signal_emit_by_name (apply, "clicked");
  sk_ui_settle ();

  {
    g_autoptr (SkProposal) after = file_proposal (path);
    for (guint k = 0; k < 4; k++)
      g_assert_cmpint (hours_of (after, ids[k], programme), ==, 44);
    g_assert_cmpuint (sk_proposal_count (after, SK_KIND_ASSIGNMENT), ==, assignments + 4 - already);
  }

  /* One undo step brings every one back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  sk_ui_settle ();
  {
    g_autoptr (SkProposal) undone = file_proposal (path);
    g_assert_cmpuint (sk_proposal_count (undone, SK_KIND_ASSIGNMENT), ==, assignments);
    g_assert_cmpint (hours_of (undone, ids[0], programme), !=, 44);
  }
}

/* What an hours cell shows. */
static const char *
cell_text (GtkWidget *cell)
{
  return sk_staff_page_cell_text (cell);
}

/* @text typed into the hours cell @cell, then Enter. */
static void
type_into (GtkWidget *page, GtkWidget *cell, const char *text)
{
  GtkWidget *editor;

  gtk_widget_grab_focus (cell);
  g_assert_true (gtk_widget_is_focus (cell));
  g_assert_true (gtk_widget_activate_action (page, "staff.edit-hours", NULL));
  editor = gtk_root_get_focus (gtk_widget_get_root (page));
  g_assert_true (GTK_IS_TEXT (editor));
  g_assert_false (gtk_widget_get_mapped (cell));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor)), ==, cell_text (cell));
  gtk_editable_set_text (GTK_EDITABLE (editor), text);
  /* Enter: saved, the cell back with the focus. */
  /* Enter: saved, the cell back with the focus. */
  g_signal_emit_by_name (editor, "activate");
  g_assert_true (gtk_widget_is_focus (cell));
}

/* The keys of an hours cell: a figure starts an edit with it, Escape
 * drops it, F2 edits what is there, Tab saves and moves on. */
static void
check_hours_keys (GtkWidget *window, GtkWidget *page, GtkWidget *cell)
{
  GtkWidget *view = gtk_widget_get_ancestor (cell, GTK_TYPE_COLUMN_VIEW);
  GtkRoot *root = gtk_widget_get_root (page);
  g_autofree char *before = g_strdup (cell_text (cell));
  GtkWidget *editor;

  gtk_widget_grab_focus (cell);
  g_assert_true (sk_ui_press_key (view, GDK_KEY_7, 0));
  editor = gtk_root_get_focus (root);
  g_assert_true (GTK_IS_TEXT (editor));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor)), ==, "7");
  g_assert_true (sk_ui_press_key (editor, GDK_KEY_Escape, 0));
  g_assert_true (gtk_widget_is_focus (cell));
  sk_ui_settle ();
  g_assert_cmpstr (cell_text (cell), ==, before);

  g_assert_true (sk_ui_press_key (view, GDK_KEY_F2, 0));
  editor = gtk_root_get_focus (root);
  g_assert_true (GTK_IS_TEXT (editor));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor)), ==, before);
  gtk_editable_set_text (GTK_EDITABLE (editor), "4567");
  g_assert_true (sk_ui_press_key (editor, GDK_KEY_Tab, 0));
  sk_ui_settle ();
  g_assert_cmpstr (cell_text (cell), ==, "4567");
  g_assert_false (gtk_widget_is_focus (cell));
  g_assert_false (GTK_IS_TEXT (gtk_root_get_focus (root)));
  g_assert_true (gtk_widget_activate_action (window, "win.undo", NULL));
  sk_ui_settle ();
  g_assert_cmpstr (cell_text (cell), ==, before);

  /* A double click edits too. */
  {
    g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (view);
    graphene_point_t at;

    /* The hours columns scrolled into sight. */
    g_assert_true (gtk_widget_compute_point (cell, view, &GRAPHENE_POINT_INIT (2, 2), &at));
    if (at.x > gtk_widget_get_width (view) - 20)
      {
        GtkAdjustment *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view));
        gtk_adjustment_set_value (h, gtk_adjustment_get_value (h) + at.x - gtk_widget_get_width (view) / 2);
        sk_ui_settle ();
        g_assert_true (gtk_widget_compute_point (cell, view, &GRAPHENE_POINT_INIT (2, 2), &at));
      }
    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr (GtkEventController) c = g_list_model_get_item (controllers, i);
        if (GTK_IS_GESTURE_CLICK (c) && gtk_event_controller_get_propagation_phase (c) == GTK_PHASE_CAPTURE)
          g_signal_emit_by_name (c, "pressed", 2, (double) at.x, (double) at.y);
      }
    editor = gtk_root_get_focus (root);
    g_assert_true (GTK_IS_TEXT (editor));
    g_assert_true (sk_ui_press_key (editor, GDK_KEY_Escape, 0));
    g_assert_true (gtk_widget_is_focus (cell));
  }
}

static gboolean
find_editable_label_cb (GtkWidget *w, GtkWidget **out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (w); child && *out == NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_has_css_class (child, "hours-cell") && gtk_widget_get_mapped (child))
        *out = child;
      else
        find_editable_label_cb (child, out);
    }
  return *out != NULL;
}

/* An hours cell of a programme edited in place: saved to the file,
 * shown in the totals; nonsense refused with the file unchanged. */
static void
check_hours_cell (SkWindow *window, const char *path)
{
  GtkWidget *page = sk_window_show_page (window, "staff");
  GtkWidget *cell = NULL;
  g_autofree char *digest = NULL;
  g_autoptr (SkProposal) p = NULL;
  GListModel *assignments;
  gboolean found = FALSE;

  sk_ui_settle ();
  g_assert_true (find_editable_label_cb (page, &cell));
  /* Named for screen readers: whose hours in which programme. */
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL));
  {
    SkProposal *proposal = sk_window_get_proposal (window);
    GListModel *shown = sk_staff_page_get_model (page);
    GListModel *programmes = sk_proposal_get_records (proposal, SK_KIND_PROGRAMME);
    gboolean named = FALSE;

    /* The cell is one of the shown rows' in one of the programmes. */
    for (guint i = 0; i < g_list_model_get_n_items (shown) && !named; i++)
      for (guint k = 0; k < g_list_model_get_n_items (programmes) && !named; k++)
        {
          g_autoptr (SkRecord) person = g_list_model_get_item (shown, i);
          g_autoptr (SkRecord) programme = g_list_model_get_item (programmes, k);
          g_autofree char *expected = g_strdup_printf (_("Teaching hours of %s in %s"),
                                                       sk_record_display_name (person, sk_get_content_language ()),
                                                       sk_record_display_name (programme, sk_get_content_language ()));
          g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                       expected);
          named = wrong == NULL;
        }
    g_assert_true (named);
  }
  type_into (page, cell, "1 234");
  sk_ui_settle ();
  g_assert_cmpstr (cell_text (cell), ==, "1234");
  p = file_proposal (path);
  assignments = sk_proposal_get_records (p, SK_KIND_ASSIGNMENT);
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr (SkRecord) a = g_list_model_get_item (assignments, i);
      if (sk_record_get_int (a, "hours", 0) == 1234)
        found = TRUE;
    }
  g_assert_true (found);

  /* Not a number: refused, the cell back to what is stored. */
  digest = sk_test_file_digest (path);
  type_into (page, cell, "много");
  sk_ui_settle ();
  g_assert_cmpstr (cell_text (cell), ==, "1234");
  {
    g_autofree char *after = sk_test_file_digest (path);
    g_assert_cmpstr (after, ==, digest);
  }
  check_hours_keys (GTK_WIDGET (window), page, cell);
}

/* A block from a spreadsheet pasted into the table, copied back out; a
 * block wider than the table refused with nothing changed. */
static void
check_paste (SkWindow *window, const char *path)
{
  GtkWidget *page = sk_window_show_page (window, "staff");
  guint staff = file_count (path, SK_KIND_STAFF);
  g_autoptr (GError) error = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *copied = NULL;
  SkStaffImportDialog *dialog;
  guint pasted = 0;

  sk_ui_settle ();
  dialog = sk_staff_page_paste_text (SK_STAFF_PAGE (page),
                                     "Айгерим Бекова\tkazakh\t\tphd\t\t5\t2\t1\r\n"
                                     "John Smith\tforeign\t\tphd\tprofessor\t12\t0\t0,5\r\n",
                                     &pasted, &error);
  g_assert_no_error (error);
  g_assert_null (dialog);
  g_assert_cmpuint (pasted, ==, 2);
  g_assert_cmpuint (file_count (path, SK_KIND_STAFF), ==, staff + 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  sk_ui_settle ();
  g_assert_cmpuint (file_count (path, SK_KIND_STAFF), ==, staff);

  /* Too wide: nothing pasted, a message that says why. */
  digest = sk_test_file_digest (path);
  dialog = sk_staff_page_paste_text (SK_STAFF_PAGE (page), "a\tb\tc\td\te\tf\tg\th\ti\tj\n", &pasted, &error);
  g_assert_null (dialog);
  g_assert_nonnull (error);
  g_clear_error (&error);
  {
    g_autofree char *after = sk_test_file_digest (path);
    g_assert_cmpstr (after, ==, digest);
  }

  /* A row that does not fit: the preview names it and its problem. */
  dialog = sk_staff_page_paste_text (SK_STAFF_PAGE (page), "Erlan Nurov\tmartian\n", &pasted, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dialog);
  g_assert_nonnull (sk_ui_find_titled (sk_staff_import_dialog_refused_list (dialog), ADW_TYPE_ACTION_ROW, "Erlan Nurov"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Copy: the selected rows as tab-separated lines. */
  gtk_selection_model_select_range (GTK_SELECTION_MODEL (sk_staff_page_get_model (page)), 0, 2, TRUE);
  copied = sk_staff_page_copy_text (SK_STAFF_PAGE (page));
  {
    g_auto (GStrv) lines = g_strsplit (copied, "\n", -1);
    g_auto (GStrv) cells = g_strsplit (lines[0], "\t", -1);
    g_assert_cmpuint (g_strv_length (lines), ==, 3);
    g_assert_cmpuint (g_strv_length (cells), ==, 8);
  }
  /* Pasted back: the same people, nobody added or refused. */
  {
    dialog = sk_staff_page_paste_text (SK_STAFF_PAGE (page), copied, &pasted, &error);
    g_assert_no_error (error);
    g_assert_null (dialog);
    g_assert_cmpuint (pasted, ==, 0);
    g_assert_cmpuint (file_count (path, SK_KIND_STAFF), ==, staff);
  }
}

/* A block of teaching hours pasted into the hours columns: lines down
 * the rows, cells across the programmes, an empty cell taking the
 * lecturer off the programme; one undo step; a block larger than the
 * table or a cell that is not a number refused with a message naming
 * the cell, and the file unchanged. Ctrl+V in an hours cell does it. */
static void
check_paste_hours (SkWindow *window, const char *path)
{
  GtkWidget *page = sk_window_show_page (window, "staff");
  SkProposal *proposal = sk_window_get_proposal (window);
  GListModel *programmes = sk_proposal_get_records (proposal, SK_KIND_PROGRAMME);
  GListModel *shown = sk_staff_page_get_model (page);
  g_autoptr (GError) error = NULL;
  gint64 p0, p1, s0, s1, before[2][2];
  guint changed = 0, n_rows;

  sk_ui_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (programmes), >=, 2);
  {
    g_autoptr (SkRecord) a = g_list_model_get_item (programmes, 0);
    g_autoptr (SkRecord) b = g_list_model_get_item (programmes, 1);
    p0 = sk_record_get_id (a);
    p1 = sk_record_get_id (b);
  }
  n_rows = g_list_model_get_n_items (shown);
  g_assert_cmpuint (n_rows, >=, 2);
  s0 = staff_at (page, 0);
  s1 = staff_at (page, 1);
  {
    g_autoptr (SkProposal) file = file_proposal (path);
    before[0][0] = hours_of (file, s0, p0);
    before[0][1] = hours_of (file, s0, p1);
    before[1][0] = hours_of (file, s1, p0);
    before[1][1] = hours_of (file, s1, p1);
  }
  /* Hours of a second lecturer in the second programme first, so that
   * the empty cell has something to take away. */
  if (before[1][1] < 0)
    {
      g_assert_true (sk_staff_page_paste_hours (SK_STAFF_PAGE (page), 1, p1, "5", &changed, &error));
      g_assert_no_error (error);
      before[1][1] = 5;
    }

  g_assert_true (sk_staff_page_paste_hours (SK_STAFF_PAGE (page), 0, p0, "111\t1 222\r\n333\t\r\n", &changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 4);
  sk_ui_settle ();
  {
    g_autoptr (SkProposal) file = file_proposal (path);
    g_assert_cmpint (hours_of (file, s0, p0), ==, 111);
    g_assert_cmpint (hours_of (file, s0, p1), ==, 1222);
    g_assert_cmpint (hours_of (file, s1, p0), ==, 333);
    g_assert_cmpint (hours_of (file, s1, p1), ==, -1);
  }
  /* One undo step takes the whole block back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  sk_ui_settle ();
  {
    g_autoptr (SkProposal) file = file_proposal (path);
    g_assert_cmpint (hours_of (file, s0, p0), ==, before[0][0]);
    g_assert_cmpint (hours_of (file, s0, p1), ==, before[0][1]);
    g_assert_cmpint (hours_of (file, s1, p0), ==, before[1][0]);
    g_assert_cmpint (hours_of (file, s1, p1), ==, before[1][1]);
  }

  /* Refused, nothing changed: a line too many, a cell too many, a word. */
  {
    g_autofree char *digest = sk_test_file_digest (path);
    g_autoptr (SkRecord) person = g_list_model_get_item (shown, 1);
    g_autoptr (SkRecord) second = g_list_model_get_item (programmes, 1);
    g_autofree char *after = NULL;
    guint n_programmes = g_list_model_get_n_items (programmes);
    g_autoptr (GString) wide = g_string_new ("1");

    g_assert_false (sk_staff_page_paste_hours (SK_STAFF_PAGE (page), n_rows - 1, p0, "1\n2\n", &changed, &error));
    g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
    /* (The block's size and the room, rows × columns, in any language.) */
    g_assert_nonnull (strstr (error->message, "×"));
    g_clear_error (&error);
    for (guint i = 0; i < n_programmes; i++)
      g_string_append (wide, "\t1");
    g_assert_false (sk_staff_page_paste_hours (SK_STAFF_PAGE (page), 0, p0, wide->str, &changed, &error));
    g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
    g_clear_error (&error);
    g_assert_false (sk_staff_page_paste_hours (SK_STAFF_PAGE (page), 0, p0, "7\t8\n9\tмного\n", &changed, &error));
    g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
    /* The cell by its lecturer and programme. */
    g_assert_nonnull (strstr (error->message, "много"));
    g_assert_nonnull (strstr (error->message, sk_record_display_name (person, sk_get_content_language ())));
    g_assert_nonnull (strstr (error->message, sk_record_display_name (second, sk_get_content_language ())));
    g_clear_error (&error);
    sk_ui_settle ();
    after = sk_test_file_digest (path);
    g_assert_cmpstr (after, ==, digest);
  }

  /* Ctrl+V with an hours cell focused pastes there. */
  {
    GtkWidget *cell = NULL;
    g_autoptr (SkProposal) file = NULL;
    GListModel *assignments;
    gboolean found = FALSE;

    g_assert_true (find_editable_label_cb (page, &cell));
    gtk_widget_grab_focus (cell);
    gdk_clipboard_set_text (gtk_widget_get_clipboard (page), "4321\n");
    g_assert_true (gtk_widget_activate_action (page, "staff.paste", NULL));
    for (int i = 0; i < 100 && !g_str_equal (cell_text (cell), "4321"); i++)
      {
        g_usleep (10000);
        sk_ui_settle ();
      }
    g_assert_cmpstr (cell_text (cell), ==, "4321");
    file = file_proposal (path);
    assignments = sk_proposal_get_records (file, SK_KIND_ASSIGNMENT);
    for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
      {
        g_autoptr (SkRecord) a = g_list_model_get_item (assignments, i);
        found = found || sk_record_get_int (a, "hours", 0) == 4321;
      }
    g_assert_true (found);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    sk_ui_settle ();
  }
}

/* The import dialog: columns guessed from Russian headings, one column
 * given another field, the preview's counts, the import as one undo
 * step and the mapping remembered. */
static void
check_import_dialog (SkWindow *window, const char *path)
{
  g_autofree char *csv = sk_test_tmp_path ("hr-export.csv");
  g_autofree char *xlsx = sk_test_tmp_path ("staff-export.xlsx");
  g_autoptr (GFile) csv_file = g_file_new_for_path (csv);
  g_autoptr (GFile) xlsx_file = g_file_new_for_path (xlsx);
  GtkWidget *page = sk_window_show_page (window, "staff");
  SkProposal *proposal = sk_window_get_proposal (window);
  guint staff = sk_proposal_count (proposal, SK_KIND_STAFF);
  g_autoptr (GError) error = NULL;
  SkStaffImportDialog *dialog;
  guint n_new, n_updated, n_unchanged, n_refused;
  g_autoptr (SkRecord) first = g_list_model_get_item (sk_proposal_get_records (proposal, SK_KIND_STAFF), 0);
  const char *side = sk_record_get_string (first, "side");
  g_autofree char *table = NULL;
  /* Two new people, one refused (a bad degree), and someone already
   * there (same name, no institution given: matched by name). The
   * "Примечание" column is nothing the import knows. */
  SkRecord *institution = sk_proposal_lookup (proposal, SK_KIND_INSTITUTION, sk_record_get_int (first, "institution_id", 0));

  g_assert_nonnull (institution);
  table = g_strdup_printf ("№;ФИО;Сторона;Учёная степень;Примечание;Место работы\r\n"
                           "1;Айгерим Бекова;Қазақстандық;PhD;x;\r\n"
                           "2;Иван Петров;kazakh;кандидат наук;y;\r\n"
                           "3;Ерлан Нуров;kazakh;волшебник;z;\r\n"
                           "4;%s;%s;;;%s\r\n",
                           sk_record_get_string (first, "name"), side ? side : "kazakh",
                           sk_record_display_name (institution, "ru"));
  g_assert_true (g_file_set_contents (csv, table, -1, NULL));
  sk_ui_settle ();
  dialog = sk_staff_page_import_file (page, csv_file);
  g_assert_nonnull (dialog);
  sk_ui_settle ();
  g_assert_cmpuint (sk_staff_import_dialog_n_columns (dialog), ==, 6);
  sk_staff_import_dialog_counts (dialog, &n_new, &n_updated, &n_unchanged, &n_refused);
  g_assert_cmpuint (n_new, ==, 2);
  g_assert_cmpuint (n_refused, ==, 1);
  g_assert_cmpuint (n_updated + n_unchanged, ==, 1);
  /* The refused row by the person's name. */
  g_assert_nonnull (sk_ui_find_titled (sk_staff_import_dialog_refused_list (dialog), ADW_TYPE_ACTION_ROW, "Ерлан Нуров"));
  sk_ui_maybe_screenshot (GTK_WIDGET (dialog), "60-staff-import.png");

  /* The degree column not read: nobody refused any more. */
  {
    const char * const *fields = sk_staff_import_fields ();
    guint ignore = 0;
    while (fields[ignore] && !g_str_equal (fields[ignore], "ignore"))
      ignore++;
    sk_ui_choose (sk_staff_import_dialog_column_row (dialog, 3), ignore);
  }
  sk_staff_import_dialog_counts (dialog, &n_new, &n_updated, &n_unchanged, &n_refused);
  g_assert_cmpuint (n_new, ==, 3);
  g_assert_cmpuint (n_refused, ==, 0);

  g_assert_true (sk_staff_import_dialog_apply (dialog, &error));
  g_assert_no_error (error);
  sk_ui_settle ();
  g_assert_cmpuint (file_count (path, SK_KIND_STAFF), ==, staff + 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  sk_ui_settle ();
  g_assert_cmpuint (file_count (path, SK_KIND_STAFF), ==, staff);

  /* The next import of the same table is read the same way. */
  dialog = sk_staff_page_import_file (page, csv_file);
  g_assert_nonnull (dialog);
  sk_staff_import_dialog_counts (dialog, &n_new, &n_updated, &n_unchanged, &n_refused);
  g_assert_cmpuint (n_new, ==, 3);
  g_assert_cmpuint (n_refused, ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* XLSX: the staff table exported and imported again changes nobody. */
  g_assert_true (sk_staff_page_export (SK_STAFF_PAGE (page), xlsx, &error));
  g_assert_no_error (error);
  dialog = sk_staff_page_import_file (page, xlsx_file);
  g_assert_nonnull (dialog);
  sk_staff_import_dialog_counts (dialog, &n_new, &n_updated, &n_unchanged, &n_refused);
  g_assert_cmpuint (n_new, ==, 0);
  g_assert_cmpuint (n_refused, ==, 0);
  g_assert_cmpuint (n_updated + n_unchanged, ==, staff);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Not a staff list, and UTF-16: a message, no dialog, nothing changed. */
  {
    g_autofree char *digest = sk_test_file_digest (path);
    static const char utf16[] = "\xff\xfen\0a\0m\0e\0\n\0A\0\n\0";
    g_assert_true (g_file_set_contents (csv, "year;amount\n2025;100\n", -1, NULL));
    g_assert_null (sk_staff_import_dialog_new_for_file (NULL, proposal, csv_file, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_true (g_file_set_contents (csv, utf16, sizeof utf16 - 1, NULL));
    dialog = sk_staff_import_dialog_new_for_file (NULL, proposal, csv_file, &error);
    if (dialog)
      gtk_window_destroy (GTK_WINDOW (dialog));
    g_clear_error (&error);
    {
      g_autofree char *after = sk_test_file_digest (path);
      g_assert_cmpstr (after, ==, digest);
    }
  }
}

/* The staff table of one window: Set Hours, an hours cell, paste and
 * copy, the import dialog (one window for them all: quicker). */
static void
test_table (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1280, 800);

  check_set_hours (window, path);
  check_hours_cell (window, path);
  check_paste (window, path);
  check_paste_hours (window, path);
  check_import_dialog (window, path);
  sk_ui_window_close (window);
}

/* The staffing plan shows the core's figures; a cell opens the staff
 * behind it; the programme outside the limits gets its suggestions. */
static void
test_planner (void)
{
  g_autofree char *path = sk_test_example_copy ("taraz-mendeleev.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1366, 768);
  SkProposal *proposal = sk_window_get_proposal (window);
  GtkWidget *page = sk_window_show_page (window, "staffing");
  SkStaffingPlanner *planner = SK_STAFFING_PLANNER (page);
  g_autoptr (SkStaffing) staffing = sk_staffing_compute (proposal);
  SkRuleSet *rules = sk_compliance_get_rules (sk_window_get_compliance (window));
  g_autoptr (GArray) matrix = sk_staffing_matrix (staffing, rules, SK_BASIS_HOURS);
  guint outside = G_MAXUINT;
  GtkWidget *staff, *cell;

  sk_ui_settle ();
  sk_staffing_planner_set_basis (planner, SK_BASIS_HOURS);
  sk_ui_settle ();
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "61-staffing-plan.png");
  if (g_getenv ("SK_SCREENSHOT_DIR"))
    {
      /* Narrow: nothing wider than the window. */
      gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
      sk_ui_settle ();
      sk_ui_maybe_screenshot (GTK_WIDGET (window), "62-staffing-plan-800.png");
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 800);
      sk_window_show_page (window, "staff");
      sk_ui_settle ();
      sk_ui_settle ();
      sk_ui_maybe_screenshot (GTK_WIDGET (window), "63-staff-800.png");
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 800);
      gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
      sk_ui_settle ();
      sk_ui_settle ();
      sk_ui_maybe_screenshot (GTK_WIDGET (window), "64-staff-hours.png");
      sk_window_show_page (window, "staffing");
      sk_ui_settle ();
    }
  for (guint i = 0; i < matrix->len; i++)
    {
      const SkStaffingRow *r = &g_array_index (matrix, SkStaffingRow, i);
      for (guint s = 0; s < SK_N_SIDES; s++)
        {
          GtkWidget *label = sk_ui_find_type (sk_staffing_planner_cell (planner, i, s), GTK_TYPE_LABEL);
          g_autofree char *amount = sk_format_int ((gint64) r->shares.amount[s], sk_get_content_language ());
          g_autofree char *percent = sk_format_percent (r->percent[s], 1, sk_get_content_language ());
          g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), amount));
          g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), percent));
        }
      if (i > 0 && (r->foreign_above || r->kazakh_above) && outside == G_MAXUINT)
        outside = i;
    }
  g_assert_cmpuint (outside, !=, G_MAXUINT);
  /* The programme's suggestions, as the core words them. */
  {
    const SkStaffingRow *r = &g_array_index (matrix, SkStaffingRow, outside);
    g_autoptr (GArray) moves = sk_staffing_changes (&r->shares, SK_BASIS_HOURS, sk_rule_set_kazakh_max_percent (rules),
                                                    sk_rule_set_foreign_max_percent (rules),
                                                    sk_rule_set_foreign_min_percent (rules));
    g_autofree char *text = NULL;
    g_assert_cmpuint (moves->len, >, 0);
    text = sk_staffing_change_text (&g_array_index (moves, SkStaffingChange, 0), SK_BASIS_HOURS, NULL);
    {
      gboolean seen = FALSE;
      for (GtkWidget *row = gtk_widget_get_first_child (sk_staffing_planner_changes (planner)); row;
           row = gtk_widget_get_next_sibling (row))
        if (g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), text) == 0)
          seen = TRUE;
      g_assert_true (seen);
    }
  }

  /* The foreign cell of that programme: the staff page, filtered. */
  cell = sk_staffing_planner_cell (planner, outside, SK_SIDE_FOREIGN);
  g_signal_emit_by_name (cell, "clicked");
  sk_ui_settle ();
  staff = gtk_stack_get_visible_child (GTK_STACK (gtk_widget_get_parent (page)));
  g_assert_true (SK_IS_STAFF_PAGE (staff));
  {
    gint64 programme = g_array_index (matrix, SkStaffingRow, outside).programme_id;
    g_autoptr (GArray) behind = sk_staffing_staff_in (proposal, programme, SK_SIDE_FOREIGN);
    GListModel *shown = sk_staff_page_get_model (staff);
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, behind->len);
  }
  sk_ui_window_close (window);
}

static void
on_findings_changed (SkCheckService *service, GPtrArray *findings, gint64 duration, guint *n)
{
  (*n)++;
}

static gboolean
service_idle (gpointer data)
{
  return !sk_check_service_is_busy (data);
}

static gboolean
compliance_checked (gpointer data)
{
  return sk_compliance_is_checked (data);
}

/* A label below @root showing @text. */
static gboolean
shows_text (GtkWidget *root, const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if ((GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0) ||
        shows_text (child, text))
      return TRUE;
  return FALSE;
}

/* The check in a worker: a burst of requests gives the newest findings
 * once, a check made at once drops the result under way, and a proposal
 * just opened says "Checking…" until its first findings are there (the
 * same as a check on the main thread). */
static void
test_check_service (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) proposal = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  g_autoptr (SkCheckService) service = sk_check_service_new (rules);
  g_autoptr (SkCompliance) compliance = NULL;
  g_autoptr (GPtrArray) direct = NULL;
  GtkWidget *page;
  guint n = 0, e, w, notes;

  g_assert_no_error (error);
  g_signal_connect (service, "findings-changed", G_CALLBACK (on_findings_changed), &n);
  for (int i = 0; i < 3; i++)
    sk_check_service_request (service, proposal);
  g_assert_true (sk_check_service_is_busy (service));
  g_assert_true (sk_ui_wait_until (service_idle, service, 20000));
  g_assert_cmpuint (n, ==, 1);

  sk_check_service_request (service, proposal);
  direct = sk_check_service_run (service, proposal);
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (sk_ui_wait_until (service_idle, service, 20000));
  g_assert_cmpuint (n, ==, 2);

  compliance = sk_compliance_new (proposal, rules);
  g_assert_false (sk_compliance_is_checked (compliance));
  page = g_object_ref_sink (sk_compliance_page_new (proposal, compliance, TRUE));
  g_assert_true (shows_text (page, _("Checking the proposal against the rules…")));
  {
    /* The overview claims no area complete before the findings are there. */
    GtkWidget *overview = g_object_ref_sink (sk_overview_page_new (proposal, compliance, TRUE));
    g_assert_true (shows_text (overview, _("Checking…")));
    g_assert_false (shows_text (overview, _("Complete")));
    g_object_unref (overview);
  }
  g_assert_true (sk_ui_wait_until (compliance_checked, compliance, 20000));
  g_assert_false (shows_text (page, _("Checking the proposal against the rules…")));
  sk_findings_count (direct, &e, &w, &notes);
  g_assert_cmpuint (sk_compliance_get_errors (compliance), ==, e);
  g_assert_cmpuint (sk_compliance_get_warnings (compliance), ==, w);
  g_assert_cmpuint (g_list_model_get_n_items (sk_compliance_get_findings (compliance)), ==, direct->len);
  g_object_unref (page);
}

int
main (int argc, char **argv)
{
  sk_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  if (g_getenv ("SK_DARK"))
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  g_test_add_func ("/sk/staff-ui/table", test_table);
  g_test_add_func ("/sk/staff-ui/planner", test_planner);
  g_test_add_func ("/sk/staff-ui/check-service", test_check_service);
  return g_test_run ();
}
