/* test-quick-entry.c: entering records one after another (run under Xvfb
 * with G_DEBUG=fatal-warnings): Add and New (Ctrl+Enter) in a new
 * record's editor, a lecturer's hours in the programmes in the lecturer's
 * own editor, and what new records start with. A small proposal made
 * here, not an example: the test stays quick. */
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

typedef struct {
  char *path;
  SkWindow *window;
  SkProposal *proposal;       /* the window's */
  gint64 applicant, partner;  /* institutions */
  gint64 programmes[2];
} Fixture;

/* Types @text into @row and presses Enter. */
static void
enter (GtkWidget *row, const char *text)
{
  GtkWidget *entry = sk_ui_find_type (row, GTK_TYPE_TEXT);

  g_assert_nonnull (entry);
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  sk_ui_drain ();
}

static void
screenshot (SkWindow *window, const char *name)
{
  if (g_getenv ("SK_SCREENSHOT_DIR"))
    {
      sk_ui_settle ();
      sk_ui_maybe_screenshot (GTK_WIDGET (window), name);
    }
}

static gint64
insert (SkProposal *p, SkRecord *record)
{
  g_autoptr (GError) error = NULL;
  gint64 id = sk_proposal_insert (p, record, &error);

  g_assert_no_error (error);
  g_object_unref (record);
  return id;
}

static gint64
add_institution (SkProposal *p, const char *name, const char *role)
{
  SkRecord *r = sk_record_new (sk_schema_kind (SK_KIND_INSTITUTION));

  sk_record_set_string (r, "name_kk", name);
  sk_record_set_string (r, "role", role);
  return insert (p, r);
}

static gint64
add_programme (SkProposal *p, const char *name)
{
  SkRecord *r = sk_record_new_for (p, SK_KIND_PROGRAMME, NULL, 0);

  sk_record_set_string (r, "name_kk", name);
  sk_record_set_string (r, "level", "bachelor");
  return insert (p, r);
}

/* A new proposal: the applicant, a foreign partner, two programmes. */
static void
fixture_set_up (Fixture *f, int width, int height)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) fresh = NULL;

  f->path = sk_test_tmp_path ("quick.seriktes");
  g_unlink (f->path);
  fresh = sk_window_create_replacing (f->path, &error);
  g_assert_no_error (error);
  f->window = sk_ui_window_new (NULL, width, height);
  sk_window_set_proposal (f->window, fresh);
  f->proposal = sk_window_get_proposal (f->window);
  f->applicant = add_institution (f->proposal, "Абай атындағы университет", "kazakh_ohpe");
  f->partner = add_institution (f->proposal, "Хельсинки университеті", "foreign_ohpe");
  g_assert_true (sk_proposal_set (f->proposal, SK_KIND_PROPOSAL, sk_record_get_id (sk_proposal_get_info (f->proposal)),
                                  "applicant_id", g_variant_new_int64 (f->applicant), &error));
  g_assert_no_error (error);
  f->programmes[0] = add_programme (f->proposal, "Информатика");
  f->programmes[1] = add_programme (f->proposal, "Математика");
  sk_ui_drain ();
}

static void
fixture_tear_down (Fixture *f)
{
  sk_ui_window_close (f->window);
  g_unlink (f->path);
  g_free (f->path);
}

/* Is @accel bound to the action @action on @widget itself? */
static gboolean
has_shortcut (GtkWidget *widget, const char *accel, const char *action)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr (GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accel);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) c = g_list_model_get_item (controllers, i);
      if (!GTK_IS_SHORTCUT_CONTROLLER (c))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (c)); j++)
        {
          g_autoptr (GtkShortcut) sc = g_list_model_get_item (G_LIST_MODEL (c), j);
          GtkShortcutAction *a = gtk_shortcut_get_action (sc);
          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (sc), wanted) && GTK_IS_NAMED_ACTION (a) &&
              g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (a)), action) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* The hours row of the programme @name in @editor. */
static GtkWidget *
hours_row (GtkWidget *editor, const char *name)
{
  GtkWidget *row = sk_ui_find_titled (editor, ADW_TYPE_ENTRY_ROW, name);

  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_widget_get_name (row), ==, "hours");
  return row;
}

/* The lecturer's hours in @programme (-1: no assignment). */
static gint64
hours_of (SkProposal *p, gint64 staff, gint64 programme)
{
  GListModel *all = sk_proposal_get_records (p, SK_KIND_ASSIGNMENT);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr (SkRecord) a = g_list_model_get_item (all, i);
      if (sk_record_get_int (a, "staff_id", 0) == staff && sk_record_get_int (a, "programme_id", 0) == programme)
        return sk_record_get_int (a, "hours", -1);
    }
  return -1;
}

static SkRecord *
last_record (SkProposal *p, const char *kind)
{
  GListModel *all = sk_proposal_get_records (p, kind);
  guint n = g_list_model_get_n_items (all);

  return n ? g_list_model_get_item (all, n - 1) : NULL;
}

/* What a new record starts with (the core's, the same for every way in);
 * the new lecturer's editor in a narrow window. */
static void
test_defaults (void)
{
  Fixture f = { 0 };
  g_autoptr (SkRecord) staff = NULL;
  g_autoptr (SkRecord) programme = NULL;
  g_autoptr (SkRecord) assignment = NULL;
  GtkWidget *editor;

  fixture_set_up (&f, 800, 600);
  /* A lecturer: from the applicant, on its side, a full position. */
  staff = sk_record_new_for (f.proposal, SK_KIND_STAFF, NULL, 0);
  g_assert_cmpint (sk_record_get_int (staff, "institution_id", 0), ==, f.applicant);
  g_assert_cmpstr (sk_record_get_string (staff, "side"), ==, "kazakh");
  g_assert_cmpint (sk_record_get_int (staff, "fte_milli", 0), ==, 1000);
  g_assert_null (sk_record_get_value (staff, "name"));
  /* The side follows the home institution chosen. */
  sk_record_set_int (staff, "institution_id", f.partner);
  sk_record_follow (f.proposal, staff, "institution_id");
  g_assert_cmpstr (sk_record_get_string (staff, "side"), ==, "foreign");
  g_assert_cmpstr (sk_side_of_role ("enterprise"), ==, "other");

  /* A programme's partner: the only foreign OHPE. */
  programme = sk_record_new_for (f.proposal, SK_KIND_PROGRAMME, NULL, 0);
  g_assert_cmpint (sk_record_get_int (programme, "partner_id", 0), ==, f.partner);
  /* An assignment of a lecturer: the programme is a real choice (two). */
  assignment = sk_record_new_for (f.proposal, SK_KIND_ASSIGNMENT, "staff_id", 7);
  g_assert_cmpint (sk_record_get_int (assignment, "staff_id", 0), ==, 7);
  g_assert_null (sk_record_get_value (assignment, "programme_id"));

  /* A second foreign partner: the programme's partner is a choice now. */
  add_institution (f.proposal, "Тарту университеті", "foreign_ohpe");
  g_clear_object (&programme);
  programme = sk_record_new_for (f.proposal, SK_KIND_PROGRAMME, NULL, 0);
  g_assert_null (sk_record_get_value (programme, "partner_id"));

  /* The applicant, when there is none: the only Kazakhstani OHPE (the
   * editor does it when one is added, in the same undo step). */
  {
    g_autoptr (GError) error = NULL;
    SkRecord *info = sk_proposal_get_info (f.proposal);
    g_assert_false (sk_proposal_fill_own_references (f.proposal));
    g_assert_true (sk_proposal_set (f.proposal, SK_KIND_PROPOSAL, sk_record_get_id (info), "applicant_id", NULL, &error));
    g_assert_no_error (error);
    g_assert_true (sk_proposal_fill_own_references (f.proposal));
    g_assert_cmpint (sk_record_get_int (sk_proposal_get_info (f.proposal), "applicant_id", 0), ==, f.applicant);
    /* Two Kazakhstani OHPE: a real choice, left to the user. */
    add_institution (f.proposal, "Сәтбаев университеті", "kazakh_ohpe");
    info = sk_proposal_get_info (f.proposal);
    g_assert_true (sk_proposal_set (f.proposal, SK_KIND_PROPOSAL, sk_record_get_id (info), "applicant_id", NULL, &error));
    g_assert_false (sk_proposal_fill_own_references (f.proposal));
    g_assert_null (sk_record_get_value (sk_proposal_get_info (f.proposal), "applicant_id"));
    /* The lecturer's home institution follows the applicant: none now. */
    g_clear_object (&staff);
    staff = sk_record_new_for (f.proposal, SK_KIND_STAFF, NULL, 0);
    g_assert_null (sk_record_get_value (staff, "institution_id"));
    g_assert_null (sk_record_get_value (staff, "side"));
    g_assert_true (sk_proposal_set (f.proposal, SK_KIND_PROPOSAL, sk_record_get_id (info), "applicant_id",
                                    g_variant_new_int64 (f.applicant), &error));
  }

  /* The editor shows the defaults; nothing forces the window wider. */
  sk_window_show_page (f.window, "staff");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.add-record", "(ssx)", SK_KIND_STAFF, "", (gint64) 0));
  sk_ui_drain ();
  editor = sk_window_get_editor (f.window);
  g_assert_nonnull (editor);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (sk_ui_find_titled (editor, ADW_TYPE_COMBO_ROW, _("Side")))),
                   ==, _("Kazakhstani side"));
  screenshot (f.window, "35-new-lecturer-narrow.png");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f.window)), <=, 800);
  fixture_tear_down (&f);
}

/* A new institution's, programme's and indicator's editor: the required
 * choice says "Choose…" (no first value of the list as if chosen), Add
 * and Add and New stay insensitive until it is made; what is chosen is
 * stored. */
static void
test_new_choices (void)
{
  static const struct { const char *page, *kind, *field, *label, *code; } cases[] = {
    { "partners", SK_KIND_INSTITUTION, "role", N_("Role"), "investor" },
    { "programmes", SK_KIND_PROGRAMME, "level", N_("Level"), "master" },
    { "indicators", SK_KIND_INDICATOR, "kind", N_("Kind"), "graduates" },
  };
  Fixture f = { 0 };

  fixture_set_up (&f, 1366, 768);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const SkField *field = sk_kind_field (sk_schema_kind (cases[i].kind), cases[i].field);
      guint before = sk_proposal_count (f.proposal, cases[i].kind);
      GtkWidget *editor, *row, *add, *next;
      g_autoptr (SkRecord) added = NULL;
      const char *chosen = NULL;

      sk_window_show_page (f.window, cases[i].page);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.add-record", "(ssx)",
                                                 cases[i].kind, "", (gint64) 0));
      editor = sk_window_get_editor (f.window);
      g_assert_nonnull (editor);
      /* Shown (the leaflet's transition over): its drop-downs can open. */
      g_assert_true (sk_ui_wait_until (sk_ui_page_settled, editor, 5000));
      g_assert_false (sk_record_is_set (sk_record_editor_get_record (SK_RECORD_EDITOR (editor)), cases[i].field));
      row = sk_ui_find_titled (editor, ADW_TYPE_COMBO_ROW, _(cases[i].label));
      g_assert_nonnull (row);
      g_assert_cmpstr (gtk_string_object_get_string (GTK_STRING_OBJECT (adw_combo_row_get_selected_item (ADW_COMBO_ROW (row)))),
                       ==, _("Choose…"));
      add = sk_ui_find_any_button (editor, _("_Add"));
      next = sk_ui_find_any_button (editor, _("Add and _New"));
      g_assert_nonnull (add);
      g_assert_nonnull (next);
      g_assert_false (gtk_widget_get_sensitive (add));
      g_assert_false (gtk_widget_get_sensitive (next));
      if (i == 0)
        screenshot (f.window, "34-new-institution-choose.png");

      for (guint v = 0; field->enum_values[v].code; v++)
        if (g_str_equal (field->enum_values[v].code, cases[i].code))
          chosen = _(field->enum_values[v].label);
      g_assert_nonnull (chosen);
      sk_ui_choose_label (row, chosen);
      sk_ui_drain ();
      g_assert_true (gtk_widget_get_sensitive (add));
      g_assert_true (gtk_widget_get_sensitive (next));
      g_assert_true (sk_record_editor_add (SK_RECORD_EDITOR (editor), NULL));
      sk_ui_drain ();
      g_assert_cmpuint (sk_proposal_count (f.proposal, cases[i].kind), ==, before + 1);
      added = last_record (f.proposal, cases[i].kind);
      g_assert_cmpstr (sk_record_get_string (added, cases[i].field), ==, cases[i].code);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.back", NULL));
      sk_ui_drain ();
    }
  /* The last drop-down's popover closed before the window goes. */
  sk_ui_settle ();
  fixture_tear_down (&f);
}

/* Lecturers one after another: the name, the hours, Ctrl+Enter; each
 * added with its assignments as one undo step, the next editor fresh
 * with the focus on its first field; an added lecturer's hours rows. */
static void
test_add_next (void)
{
  Fixture f = { 0 };
  GtkWidget *editor, *name, *focus;
  g_autoptr (SkRecord) first = NULL;
  g_autoptr (SkRecord) second = NULL;
  guint undo_staff;
  gint64 id;
  GtkWidget *row;

  fixture_set_up (&f, 1366, 768);
  sk_window_show_page (f.window, "staff");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.add-record", "(ssx)", SK_KIND_STAFF, "", (gint64) 0));
  sk_ui_drain ();
  editor = sk_window_get_editor (f.window);
  g_assert_nonnull (editor);
  {
    GtkWidget *next = sk_ui_find_any_button (editor, _("Add and _New"));
    g_assert_nonnull (next);
    g_assert_true (gtk_widget_get_visible (next));
    /* Like Add, insensitive until the required fields are filled in. */
    g_assert_false (gtk_widget_get_sensitive (next));
  }
  /* Ctrl+Enter (either Enter key) is Add and New. */
  g_assert_true (has_shortcut (editor, "<Control>Return", "editor.add-next"));
  g_assert_true (has_shortcut (editor, "<Control>KP_Enter", "editor.add-next"));

  /* Ctrl+Enter with the name missing adds nothing: the focus goes to the
   * name, whose mark says it is required. */
  g_assert_true (gtk_widget_activate_action (editor, "editor.add-next", NULL));
  sk_ui_drain ();
  g_assert_cmpuint (sk_proposal_count (f.proposal, SK_KIND_STAFF), ==, 0);
  name = sk_ui_find_titled (editor, ADW_TYPE_ENTRY_ROW, _("Full name"));
  g_assert_nonnull (name);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f.window)), name));

  /* The name saved with Enter; the hours in one programme typed and
   * Ctrl+Enter pressed at once: they are saved too. */
  enter (name, "Айгерім Бекова");
  {
    GtkWidget *hours = hours_row (editor, "Информатика");
    GtkWidget *text = sk_ui_find_type (hours, GTK_TYPE_TEXT);
    gtk_widget_grab_focus (text);
    gtk_editable_set_text (GTK_EDITABLE (text), "240");
  }
  screenshot (f.window, "34-new-lecturer-hours.png");
  {
    /* Hours that are no number: Ctrl+Enter adds nothing and drops
     * nothing; the focus stays on the row, which says why. */
    GtkWidget *hours = hours_row (editor, "Математика");
    GtkWidget *text = sk_ui_find_type (hours, GTK_TYPE_TEXT);
    gtk_widget_grab_focus (text);
    gtk_editable_set_text (GTK_EDITABLE (text), "3OO");
    g_assert_true (gtk_widget_activate_action (editor, "editor.add-next", NULL));
    sk_ui_drain ();
    g_assert_cmpuint (sk_proposal_count (f.proposal, SK_KIND_STAFF), ==, 0);
    g_assert_true (gtk_widget_has_css_class (hours, "error"));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hours)), ==, "3OO");
    g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f.window)), hours));
    enter (hours, "");
    g_assert_false (gtk_widget_has_css_class (hours, "error"));
    /* Back to the first programme's hours, still typed in. */
    gtk_widget_grab_focus (sk_ui_find_type (hours_row (editor, "Информатика"), GTK_TYPE_TEXT));
  }
  undo_staff = sk_proposal_count (f.proposal, SK_KIND_STAFF);
  g_assert_true (gtk_widget_activate_action (editor, "editor.add-next", NULL));
  sk_ui_drain ();
  g_assert_cmpuint (sk_proposal_count (f.proposal, SK_KIND_STAFF), ==, 1);
  first = last_record (f.proposal, SK_KIND_STAFF);
  g_assert_cmpstr (sk_record_get_string (first, "name"), ==, "Айгерім Бекова");
  g_assert_cmpstr (sk_record_get_string (first, "side"), ==, "kazakh");
  g_assert_cmpint (hours_of (f.proposal, sk_record_get_id (first), f.programmes[0]), ==, 240);
  g_assert_cmpint (hours_of (f.proposal, sk_record_get_id (first), f.programmes[1]), ==, -1);
  /* The fresh editor says what was added. */
  {
    AdwWindowTitle *title = ADW_WINDOW_TITLE (sk_ui_find_type (editor, ADW_TYPE_WINDOW_TITLE));
    g_autofree char *added = g_strdup_printf (_("Added: %s"), "Айгерім Бекова");
    g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, added);
  }

  /* The same editor, a fresh record in it, the focus on its name. */
  g_assert_true (sk_window_get_editor (f.window) == editor);
  g_assert_true (sk_record_editor_is_new (SK_RECORD_EDITOR (editor)));
  g_assert_false (sk_record_editor_is_touched (SK_RECORD_EDITOR (editor)));
  name = sk_ui_find_titled (editor, ADW_TYPE_ENTRY_ROW, _("Full name"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hours_row (editor, "Информатика"))), ==, "");
  focus = gtk_root_get_focus (GTK_ROOT (f.window));
  g_assert_true (focus && gtk_widget_is_ancestor (focus, name));

  /* A foreign lecturer: the partner chosen as home institution, the side
   * follows; hours in both programmes; the Add button this time. */
  enter (name, "Matti Virtanen");
  sk_ui_choose_label (sk_ui_find_titled (editor, ADW_TYPE_COMBO_ROW, _("Home institution")), "Хельсинки университеті");
  sk_ui_drain ();
  g_assert_cmpstr (sk_record_get_string (sk_record_editor_get_record (SK_RECORD_EDITOR (editor)), "side"), ==, "foreign");
  enter (hours_row (editor, "Информатика"), "60");
  enter (hours_row (editor, "Математика"), "1 200");
  {
    /* Bad hours are marked and kept out. */
    GtkWidget *row = hours_row (editor, "Математика");
    enter (row, "many");
    g_assert_true (gtk_widget_has_css_class (row, "error"));
    enter (row, "120");
    g_assert_false (gtk_widget_has_css_class (row, "error"));
  }
  g_assert_true (sk_record_editor_add (SK_RECORD_EDITOR (editor), NULL));
  sk_ui_drain ();
  second = last_record (f.proposal, SK_KIND_STAFF);
  g_assert_cmpstr (sk_record_get_string (second, "side"), ==, "foreign");
  g_assert_cmpint (sk_record_get_int (second, "institution_id", 0), ==, f.partner);
  g_assert_cmpint (hours_of (f.proposal, sk_record_get_id (second), f.programmes[0]), ==, 60);
  g_assert_cmpint (hours_of (f.proposal, sk_record_get_id (second), f.programmes[1]), ==, 120);

  /* One undo takes the lecturer and the assignments back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.undo", NULL));
  sk_ui_drain ();
  g_assert_null (sk_proposal_lookup (f.proposal, SK_KIND_STAFF, sk_record_get_id (second)));
  g_assert_cmpint (hours_of (f.proposal, sk_record_get_id (second), f.programmes[0]), ==, -1);
  g_assert_cmpint (hours_of (f.proposal, sk_record_get_id (second), f.programmes[1]), ==, -1);
  g_assert_cmpint (hours_of (f.proposal, sk_record_get_id (first), f.programmes[0]), ==, 240);
  g_assert_cmpuint (sk_proposal_count (f.proposal, SK_KIND_STAFF), ==, undo_staff + 1);

  /* An added lecturer's hours rows edit the assignments: made, changed,
   * removed (each one undo step), and they follow an undo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.back", NULL));
  sk_ui_drain ();
  id = sk_record_get_id (first);
  sk_window_show_record (f.window, SK_KIND_STAFF, id);
  sk_ui_drain ();
  editor = sk_window_get_editor (f.window);
  g_assert_nonnull (editor);
  g_assert_false (sk_record_editor_is_new (SK_RECORD_EDITOR (editor)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hours_row (editor, "Информатика"))), ==, "240");
  row = hours_row (editor, "Математика");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  enter (row, "90");
  g_assert_cmpint (hours_of (f.proposal, id, f.programmes[1]), ==, 90);
  enter (row, "100");
  g_assert_cmpint (hours_of (f.proposal, id, f.programmes[1]), ==, 100);
  g_assert_cmpuint (sk_proposal_count (f.proposal, SK_KIND_ASSIGNMENT), ==, 2);
  /* Emptied: the lecturer no longer teaches there. */
  enter (row, "");
  g_assert_cmpint (hours_of (f.proposal, id, f.programmes[1]), ==, -1);
  /* Undo brings the assignment back, and the row shows it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.undo", NULL));
  sk_ui_drain ();
  g_assert_cmpint (hours_of (f.proposal, id, f.programmes[1]), ==, 100);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hours_row (editor, "Математика"))), ==, "100");
  fixture_tear_down (&f);
}

int
main (int argc, char **argv)
{
  sk_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/sk/quick-entry/defaults", test_defaults);
  g_test_add_func ("/sk/quick-entry/new-choices", test_new_choices);
  g_test_add_func ("/sk/quick-entry/add-next", test_add_next);
  return g_test_run ();
}
