/* test-field-row.c: the rows that edit one field, in a real window (run
 * under Xvfb with G_DEBUG=fatal-warnings): every kind of row edits the
 * file through its widget as a user does. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sk-field-row.h"
#include "sk-init.h"
#include "sk-summary.h"
#include "sk-test-util.h"
#include "sk-ui-util.h"
#include "sk-window.h"

/* A choice in a drop-down row, made through its popover: stored, shown,
 * and no warning on the way (the row used to be rebuilt inside its own
 * signal). */
static void
test_choice (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  GtkWidget *page = sk_window_show_page (window, "model");
  GtkWidget *row;

  sk_ui_settle ();
  row = sk_ui_find_titled (page, ADW_TYPE_COMBO_ROW, _("Partnership model"));
  g_assert_nonnull (row);
  /* Every choice is shown whole (screenshot: the popover). */
  g_assert_true (gtk_widget_activate (row));
  sk_ui_settle ();
  sk_ui_maybe_screenshot_widget (sk_ui_find_type (row, GTK_TYPE_POPOVER), "35-choice-popover.png");
  sk_ui_choose_label (row, _("Franchise"));
  {
    g_autofree char *now = sk_ui_file_value (path, "model");
    g_assert_cmpstr (now, ==, "franchise");
  }
  /* Twice: the second choice goes through the same row. */
  sk_ui_choose_label (row, _("Branch of a foreign OHPE"));
  {
    g_autofree char *now = sk_ui_file_value (path, "model");
    g_assert_cmpstr (now, ==, "branch");
  }
  sk_ui_window_close (window);
}

static gint64
file_int (const char *path, const char *field)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return sk_record_get_int (sk_proposal_get_info (p), field, -1);
}

static gboolean
file_bool (const char *path, const char *field)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return sk_record_get_bool (sk_proposal_get_info (p), field);
}

/* A reference: chosen among the records of its kind that fit its role
 * (the applicant among the Kazakhstani OHPE), whose names stay current
 * when one is renamed or given another role elsewhere. */
static void
test_reference (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  SkProposal *proposal = sk_window_get_proposal (window);
  GtkWidget *page = sk_window_show_page (window, "model");
  GListModel *institutions = sk_proposal_get_records (proposal, SK_KIND_INSTITUTION);
  g_autoptr (SkRecord) other = NULL;
  GtkWidget *row;
  const char *lang = sk_get_content_language ();
  g_autoptr (GError) error = NULL;
  gint64 applicant;

  sk_ui_settle ();
  row = sk_ui_find_titled (page, ADW_TYPE_COMBO_ROW, _("Applicant"));
  g_assert_nonnull (row);
  applicant = sk_record_get_int (sk_proposal_get_info (proposal), "applicant_id", 0);
  for (guint i = 0; i < g_list_model_get_n_items (institutions) && other == NULL; i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (institutions, i);
      if (sk_record_get_id (r) != applicant)
        other = g_object_ref (r);
    }
  g_assert_nonnull (other);
  /* A foreign OHPE is not offered as the applicant... */
  g_assert_cmpstr (sk_record_get_string (other, "role"), !=, "kazakh_ohpe");
  {
    GListModel *choices = adw_combo_row_get_model (ADW_COMBO_ROW (row));
    for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
      {
        g_autoptr (GtkStringObject) item = g_list_model_get_item (choices, i);
        g_assert_cmpstr (gtk_string_object_get_string (item), !=, sk_record_display_name (other, lang));
      }
  }
  /* ...until it is a Kazakhstani one: then at once. */
  g_assert_true (sk_proposal_set (proposal, SK_KIND_INSTITUTION, sk_record_get_id (other), "role",
                                  g_variant_new_string ("kazakh_ohpe"), &error));
  g_assert_no_error (error);
  sk_ui_settle ();
  sk_ui_choose_label (row, sk_record_display_name (other, lang));
  g_assert_cmpint (file_int (path, "applicant_id"), ==, sk_record_get_id (other));

  /* Renamed in its own editor: the list shows the new name at once. */
  g_assert_true (sk_proposal_set (proposal, SK_KIND_INSTITUTION, sk_record_get_id (other),
                                  sk_kind_text3 (sk_schema_kind (SK_KIND_INSTITUTION), "name", lang)->name,
                                  g_variant_new_string ("Renamed University"), &error));
  g_assert_no_error (error);
  sk_ui_settle ();
  g_assert_cmpstr (adw_combo_row_get_selected_item (ADW_COMBO_ROW (row)) ?
                   gtk_string_object_get_string (adw_combo_row_get_selected_item (ADW_COMBO_ROW (row))) : NULL,
                   ==, "Renamed University");
  sk_ui_window_close (window);
}

/* A switch, a date, a line of text and a trilingual title: each saved
 * when the user leaves it, shown as stored, no apply button left behind. */
static void
test_entries (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  GtkWidget *page = sk_window_show_page (window, "model");
  GtkWidget *row, *sw;
  gboolean mia;

  sk_ui_settle ();
  /* The switch. */
  row = sk_ui_find_titled (page, ADW_TYPE_ACTION_ROW, _("Military or special institution of the MIA"));
  g_assert_nonnull (row);
  sw = sk_ui_find_type (row, GTK_TYPE_SWITCH);
  mia = file_bool (path, "applicant_is_mia");
  g_assert_true (gtk_widget_activate (row));
  sk_ui_settle ();
  g_assert_true (file_bool (path, "applicant_is_mia") == !mia);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (sw)) == !mia);

  /* A date. */
  row = sk_ui_find_titled (page, ADW_TYPE_ENTRY_ROW, _("MSHE agreement date"));
  g_assert_nonnull (row);
  sk_ui_enter (row, "2024-03-15");
  {
    g_autofree char *now = sk_ui_file_value (path, "mshe_agreement_date");
    g_assert_cmpstr (now, ==, "2024-03-15");
  }
  g_assert_false (adw_entry_row_get_show_apply_button (ADW_ENTRY_ROW (row)));

  /* A line of text, saved when focus leaves it. */
  row = sk_ui_find_titled (page, ADW_TYPE_ENTRY_ROW, _("MSHE agreement reference"));
  g_assert_nonnull (row);
  gtk_widget_grab_focus (sk_ui_find_type (row, GTK_TYPE_TEXT));
  gtk_editable_set_text (GTK_EDITABLE (row), "No. 17-ДС");
  gtk_widget_grab_focus (sk_ui_find_titled (page, ADW_TYPE_ENTRY_ROW, _("MSHE agreement date")));
  sk_ui_settle ();
  {
    g_autofree char *now = sk_ui_file_value (path, "mshe_agreement_ref");
    g_assert_cmpstr (now, ==, "No. 17-ДС");
  }

  /* A trilingual title, on the overview. */
  page = sk_window_show_page (window, "overview");
  sk_ui_settle ();
  {
    g_autofree char *title = g_strdup_printf ("%s · %s", _("Title"), "English");
    row = sk_ui_find_titled (page, ADW_TYPE_ENTRY_ROW, title);
  }
  g_assert_nonnull (row);
  sk_ui_enter (row, "  A new title  ");
  {
    g_autofree char *now = sk_ui_file_value (path, "title_en");
    g_assert_cmpstr (now, ==, "A new title");
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "A new title");
  sk_ui_window_close (window);
}

static GtkCheckButton *
language_check (GtkWidget *row, const char *code)
{
  GtkWidget *popover = sk_ui_find_type (row, GTK_TYPE_POPOVER);
  GtkWidget *box;

  g_assert_nonnull (popover);
  box = sk_ui_find_type (popover, GTK_TYPE_BOX);
  for (GtkWidget *c = gtk_widget_get_first_child (box); c; c = gtk_widget_get_next_sibling (c))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (c), "sk-code"), code) == 0)
      return GTK_CHECK_BUTTON (c);
  return NULL;
}

static char *
institution_country (const char *path, gint64 id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return g_strdup (sk_record_get_string (sk_proposal_lookup (p, SK_KIND_INSTITUTION, id), "country"));
}

/* Codes chosen by their names: the languages of instruction with check
 * buttons, a country in a searchable drop-down with names in the
 * interface's language; the file holds the codes. */
static void
test_codes (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  SkProposal *proposal = sk_window_get_proposal (window);
  GtkWidget *page = sk_window_show_page (window, "model");
  GtkWidget *row, *dd, *group, *holder;
  GtkCheckButton *german, *english;
  GListModel *model;
  guint germany = GTK_INVALID_LIST_POSITION;

  sk_ui_settle ();
  row = sk_ui_find_titled (page, ADW_TYPE_ACTION_ROW, _("Languages of instruction"));
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Kazakh, Russian, English");
  german = language_check (row, "de");
  english = language_check (row, "en");
  g_assert_nonnull (german);
  g_assert_true (gtk_check_button_get_active (english));
  g_assert_cmpstr (gtk_check_button_get_label (german), ==, "German");
  gtk_check_button_set_active (german, TRUE);
  sk_ui_settle ();
  {
    g_autofree char *now = sk_ui_file_value (path, "languages");
    g_assert_cmpstr (now, ==, "kk,ru,en,de");
  }
  gtk_check_button_set_active (english, FALSE);
  sk_ui_settle ();
  {
    g_autofree char *now = sk_ui_file_value (path, "languages");
    g_assert_cmpstr (now, ==, "kk,ru,de");
  }
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Kazakh, Russian, German");

  /* The country of the University of Arizona (id 2). */
  group = adw_preferences_group_new ();
  sk_field_rows_add (ADW_PREFERENCES_GROUP (group), proposal, sk_proposal_lookup (proposal, SK_KIND_INSTITUTION, 2),
                     sk_kind_field (sk_schema_kind (SK_KIND_INSTITUTION), "country"));
  holder = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (holder), 600, 300);
  gtk_window_set_child (GTK_WINDOW (holder), group);
  gtk_window_present (GTK_WINDOW (holder));
  sk_ui_settle ();
  dd = sk_ui_find_type (group, GTK_TYPE_DROP_DOWN);
  g_assert_nonnull (dd);
  g_assert_true (gtk_drop_down_get_enable_search (GTK_DROP_DOWN (dd)));
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (GTK_DROP_DOWN (dd))), ==,
                   "United States");
  model = gtk_drop_down_get_model (GTK_DROP_DOWN (dd));
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 240);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (GtkStringObject) item = g_list_model_get_item (model, i);
      if (g_str_equal (gtk_string_object_get_string (item), "Germany"))
        germany = i;
    }
  g_assert_cmpuint (germany, !=, GTK_INVALID_LIST_POSITION);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dd), germany);
  sk_ui_settle ();
  {
    g_autofree char *now = institution_country (path, 2);
    g_assert_cmpstr (now, ==, "DE");
  }
  gtk_window_destroy (GTK_WINDOW (holder));
  sk_ui_window_close (window);
}

/* A required choice not made yet (a new assignment's programme) says so: the row
 * shows "Choose…", not its first choice as if it had been chosen; the
 * first choice picked is stored, and "Choose…" is gone from the list. */
static void
test_required_choice (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  SkProposal *proposal = sk_window_get_proposal (window);
  g_autoptr (SkRecord) record = sk_record_new (sk_schema_kind (SK_KIND_ASSIGNMENT));
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *holder = gtk_window_new ();
  GtkWidget *row;
  GListModel *model;

  sk_field_rows_add (ADW_PREFERENCES_GROUP (group), proposal, record,
                     sk_kind_field (sk_schema_kind (SK_KIND_ASSIGNMENT), "programme_id"));
  gtk_window_set_default_size (GTK_WINDOW (holder), 600, 300);
  gtk_window_set_child (GTK_WINDOW (holder), group);
  gtk_window_present (GTK_WINDOW (holder));
  sk_ui_settle ();
  row = sk_ui_find_type (group, ADW_TYPE_COMBO_ROW);
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (ADW_COMBO_ROW (row))), ==,
                   _("Choose…"));
  model = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  g_assert_nonnull (model);
  {
    g_autoptr (GtkStringObject) first = g_list_model_get_item (model, 1);
    const char *label = gtk_string_object_get_string (first);
    g_autofree char *chosen = g_strdup (label);

    sk_ui_choose_label (row, chosen);
    sk_ui_settle ();
    g_assert_cmpint (sk_record_get_int (record, "programme_id", 0), >, 0);
    g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (ADW_COMBO_ROW (row))), ==,
                     chosen);
  }
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (GtkStringObject) item = g_list_model_get_item (model, i);
      g_assert_cmpstr (gtk_string_object_get_string (item), !=, _("Choose…"));
    }
  gtk_window_destroy (GTK_WINDOW (holder));
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

  g_test_add_func ("/sk/field-row/choice", test_choice);
  g_test_add_func ("/sk/field-row/reference", test_reference);
  g_test_add_func ("/sk/field-row/entries", test_entries);
  g_test_add_func ("/sk/field-row/codes", test_codes);
  g_test_add_func ("/sk/field-row/required-choice", test_required_choice);
  return g_test_run ();
}
