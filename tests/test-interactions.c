/* test-interactions.c: the small proposal of the usability review built
 * through the widgets, counting what the user does besides typing text
 * (run under Xvfb with G_DEBUG=fatal-warnings; prints the count, which
 * README records): 2 institutions, the partnership, 1 programme, 10
 * lecturers each teaching in it, 1 indicator with a target. (The six years
 * of financing are the financing grid's.) The test makes 2 lecturers to
 * stay quick; the benchmark (`meson test -C build --benchmark -v
 * interactions`, SK_LECTURERS=10) makes all ten.
 *
 * What counts as one interaction: a click on a button or a sidebar row,
 * Tab or Enter after typing into a field (which saves it and moves on),
 * Escape, Ctrl+Enter (Add and New: saves the text typed, adds the record
 * and opens the next); a choice in a drop-down counts two (open it, pick).
 * Typed text does not count. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sk-field-info.h"
#include "sk-init.h"
#include "sk-record-editor.h"
#include "sk-test-util.h"
#include "sk-ui-util.h"
#include "sk-window-private.h"
#include "sk-window.h"

static guint interactions;
static guint lecturers = 2;
static GtkWidget *current_page;

/* What the user sees now: the editor, or the page. */
static GtkWidget *
shown (SkWindow *window)
{
  GtkWidget *editor = sk_window_get_editor (window);
  return editor ? editor : current_page;
}

static void
page (SkWindow *window, const char *id)
{
  current_page = sk_window_show_page (window, id);
  g_assert_nonnull (current_page);
  interactions++;
  sk_ui_drain ();
}

/* Types @text into the field @name and presses Tab (or Enter). */
static void
type (SkWindow *window, const char *name, const char *text)
{
  GtkWidget *row = sk_ui_find_named (shown (window), name);
  GtkWidget *entry;

  g_assert_nonnull (row);
  entry = sk_ui_find_type (row, GTK_TYPE_TEXT);
  g_assert_nonnull (entry);
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  interactions++;
  sk_ui_drain ();
}

/* Types @text into the field @name of a new record and presses
 * Ctrl+Enter: Add and New, which saves the text, adds the record and
 * opens a fresh one of its kind. */
static void
type_and_add_next (SkWindow *window, const char *name, const char *text)
{
  GtkWidget *editor = sk_window_get_editor (window);
  GtkWidget *row = sk_ui_find_named (shown (window), name);
  GtkWidget *entry;

  g_assert_nonnull (row);
  entry = sk_ui_find_type (row, GTK_TYPE_TEXT);
  g_assert_nonnull (entry);
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_assert_true (gtk_widget_activate_action (editor, "editor.add-next", NULL));
  interactions++;
  sk_ui_drain ();
  /* A fresh editor of the same kind, nothing typed into it yet. */
  g_assert_true (sk_window_get_editor (window) == editor);
  g_assert_true (sk_record_editor_is_new (SK_RECORD_EDITOR (editor)));
  g_assert_false (sk_record_editor_is_touched (SK_RECORD_EDITOR (editor)));
}

/* Opens the drop-down of @name and picks @label. */
static void
choose (SkWindow *window, const char *name, const char *label)
{
  GtkWidget *row = sk_ui_find_named (shown (window), name);
  GListModel *model;

  if (!ADW_IS_COMBO_ROW (row))
    g_error ("no drop-down %s (%s)", name, row ? G_OBJECT_TYPE_NAME (row) : "none");
  model = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (model, i);
      if (GTK_IS_STRING_OBJECT (item) && g_strcmp0 (gtk_string_object_get_string (GTK_STRING_OBJECT (item)), label) == 0)
        {
          /* A required reference with no value yet shows its first
           * choice as if it were chosen (sk-field-row.c; reported):
           * picking that one again would change nothing. */
          if (adw_combo_row_get_selected (ADW_COMBO_ROW (row)) == i)
            adw_combo_row_set_selected (ADW_COMBO_ROW (row), GTK_INVALID_LIST_POSITION);
          adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
          interactions += 2;
          sk_ui_drain ();
          return;
        }
    }
  g_error ("no choice “%s” in %s", label, name);
}

static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  if (!gtk_widget_is_sensitive (button))
    g_error ("the button %s is insensitive", gtk_widget_get_name (button));
  g_signal_emit_by_name (button, "clicked");
  interactions++;
  sk_ui_drain ();
}

/* The Add button of the page's or the editor's list of @kind. */
static void
click_add (SkWindow *window, const char *kind)
{
  g_autofree char *name = g_strconcat ("add-", kind, NULL);
  click (sk_ui_find_named (shown (window), name));
  g_assert_nonnull (sk_window_get_editor (window));
}

/* The new record's own Add button, in its editor's bar. */
static void
click_editor_add (SkWindow *window)
{
  GtkWidget *editor = sk_window_get_editor (window);
  GtkWidget *stack[512];
  int n = 0;

  g_assert_nonnull (editor);
  stack[n++] = editor;
  while (n > 0)
    {
      GtkWidget *w = stack[--n];
      if (GTK_IS_BUTTON (w) && gtk_widget_get_visible (w) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), _("_Add")) == 0)
        {
          SkRecord *record = sk_record_editor_get_record (SK_RECORD_EDITOR (editor));
          const SkField *missing = NULL;
          if (!sk_record_is_complete (record, &missing))
            g_error ("the new %s lacks %s", sk_record_get_kind (record)->name, missing->name);
          click (w);
          return;
        }
      for (GtkWidget *c = gtk_widget_get_first_child (w); c && n < 512; c = gtk_widget_get_next_sibling (c))
        stack[n++] = c;
    }
  g_error ("no Add button in the editor");
}

/* Escape. */
static void
back (SkWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  interactions++;
  sk_ui_drain ();
}

static void
test_small_proposal (void)
{
  g_autofree char *path = sk_test_tmp_path ("small.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) fresh = NULL;
  SkWindow *window = sk_ui_window_new (NULL, 1100, 760);
  SkProposal *p;

  /* Ctrl+N, a name typed into the file chooser and Enter. */
  g_unlink (path);
  fresh = sk_window_create_replacing (path, &error);
  g_assert_no_error (error);
  sk_window_set_proposal (window, fresh);
  interactions += 2;
  sk_ui_drain ();
  p = sk_window_get_proposal (window);

  /* The two institutions, one after the other (Add and New); Escape
   * leaves the third, untouched, behind. */
  page (window, "partners");
  click_add (window, SK_KIND_INSTITUTION);
  type (window, "name_kk", "Абай атындағы университет");
  choose (window, "role", _("Kazakhstani OHPE"));
  type_and_add_next (window, "city_kk", "Алматы");
  type (window, "name_kk", "Хельсинки университеті");
  choose (window, "role", _("Foreign OHPE"));
  type_and_add_next (window, "city_kk", "Хельсинки");
  back (window);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_INSTITUTION), ==, 2);

  /* The partnership; the applicant is the only Kazakhstani OHPE, made
   * the applicant when it was added. */
  page (window, "overview");
  type (window, "title_kk", "Хельсинкимен қос диплом");
  page (window, "model");
  {
    SkRecord *applicant = sk_proposal_lookup (p, SK_KIND_INSTITUTION,
                                              sk_record_get_int (sk_proposal_get_info (p), "applicant_id", 0));
    g_assert_nonnull (applicant);
    g_assert_cmpstr (sk_record_get_string (applicant, "name_kk"), ==, "Абай атындағы университет");
  }
  choose (window, "model", _("Dual degree programmes without a branch"));
  type (window, "term_start", "2027-09-01");
  type (window, "term_end", "2033-08-31");

  /* The programme: its foreign partner is the only foreign OHPE. */
  page (window, "programmes");
  click_add (window, SK_KIND_PROGRAMME);
  type (window, "name_kk", "Информатика");
  choose (window, "level", _("Bachelor"));
  type_and_add_next (window, "diplomas", "2");
  back (window);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_PROGRAMME), ==, 1);
  {
    g_autoptr (SkRecord) programme = g_list_model_get_item (sk_proposal_get_records (p, SK_KIND_PROGRAMME), 0);
    SkRecord *partner = sk_proposal_lookup (p, SK_KIND_INSTITUTION, sk_record_get_int (programme, "partner_id", 0));
    g_assert_nonnull (partner);
    g_assert_cmpstr (sk_record_get_string (partner, "name_kk"), ==, "Хельсинки университеті");
  }

  /* Ten lecturers, each teaching in the programme (the test makes two;
   * the benchmark all ten), one after the other: the name, the hours in
   * the programme in the same editor, Ctrl+Enter. A lecturer's home
   * institution is the applicant and the side follows it; a foreign one
   * is given the partner; the FTE is a full position. */
  page (window, "staff");
  /* The staff page's Add. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-record", "(ssx)",
                                             SK_KIND_STAFF, "", (gint64) 0));
  interactions++;
  sk_ui_drain ();
  for (guint i = 0; i < lecturers; i++)
    {
      g_autofree char *name = g_strdup_printf ("Оқытушы %u", i + 1);

      type (window, "name", name);
      if (i % 3 == 2)
        choose (window, "institution_id", "Хельсинки университеті");
      type_and_add_next (window, "hours", "300");
    }
  back (window);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_STAFF), ==, lecturers);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_ASSIGNMENT), ==, lecturers);
  for (guint i = 0; i < lecturers; i++)
    {
      g_autoptr (SkRecord) staff = g_list_model_get_item (sk_proposal_get_records (p, SK_KIND_STAFF), i);
      g_autoptr (SkRecord) assignment = g_list_model_get_item (sk_proposal_get_records (p, SK_KIND_ASSIGNMENT), i);

      g_assert_cmpstr (sk_record_get_string (staff, "side"), ==, i % 3 != 2 ? "kazakh" : "foreign");
      g_assert_cmpint (sk_record_get_int (staff, "fte_milli", 0), ==, 1000);
      g_assert_cmpint (sk_record_get_int (assignment, "staff_id", 0), ==, sk_record_get_id (staff));
      g_assert_cmpint (sk_record_get_int (assignment, "hours", 0), ==, 300);
    }

  /* One indicator with a target. */
  page (window, "indicators");
  click_add (window, SK_KIND_INDICATOR);
  choose (window, "kind", _("Students enrolled"));
  type (window, "name_kk", "Қабылданған студенттер");
  click_editor_add (window);
  click_add (window, SK_KIND_INDICATOR_TARGET);
  type (window, "year", "2028");
  type_and_add_next (window, "value", "25");
  back (window);
  back (window);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_INDICATOR), ==, 1);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_INDICATOR_TARGET), ==, 1);

  g_print ("# interactions to build the small proposal (without its financing), with %u lecturers: %u\n",
           lecturers, interactions);
  sk_ui_window_close (window);
}

int
main (int argc, char **argv)
{
  sk_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  if (g_getenv ("SK_LECTURERS"))
    lecturers = (guint) g_ascii_strtoull (g_getenv ("SK_LECTURERS"), NULL, 10);

  g_test_add_func ("/sk/interactions/small-proposal", test_small_proposal);
  return g_test_run ();
}
