/* test-record-list.c: the lists of records on the pages and in editors
 * (run under Xvfb with G_DEBUG=fatal-warnings): every row says what its
 * record is, with values as the language writes them */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <stdlib.h>

#include "sk-init.h"
#include "sk-record-list.h"
#include "sk-summary.h"
#include "sk-test-util.h"
#include "sk-ui-util.h"
#include "sk-window.h"

/* Every row title of @root's action rows into @out. */
static void
collect_titles (GtkWidget *root, GPtrArray *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_ACTION_ROW (child) && !ADW_IS_COMBO_ROW (child) && gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (child)))
        g_ptr_array_add (out, g_strdup_printf ("%s | %s", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)),
                                               adw_action_row_get_subtitle (ADW_ACTION_ROW (child))));
      collect_titles (child, out);
    }
}

static gboolean
has_prefix_in (GPtrArray *titles, const char *prefix)
{
  for (guint i = 0; i < titles->len; i++)
    if (g_str_has_prefix (titles->pdata[i], prefix))
      return TRUE;
  return FALSE;
}

/* No row is "(unnamed)", a raw code or a bare kind name where values
 * could tell the records apart. */
static void
test_titles (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  const char *pages[] = { "partners", "financing", "indicators", "mobility", "programmes", "committees" };
  g_autoptr (GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *page = sk_window_show_page (window, pages[i]);
      sk_ui_settle ();
      collect_titles (page, titles);
    }
  /* Rankings and targets are listed in their owners' editors. */
  sk_window_show_record (window, SK_KIND_INSTITUTION, 2);
  sk_ui_settle ();
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "36-rankings-listed.png");
  collect_titles (sk_window_get_editor (window), titles);
  sk_window_show_record (window, SK_KIND_INDICATOR, 1);
  sk_ui_settle ();
  collect_titles (sk_window_get_editor (window), titles);
  sk_window_show_page (window, "financing");
  sk_ui_settle ();
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "37-financing-listed.png");

  g_assert_cmpuint (titles->len, >, 10);
  for (guint i = 0; i < titles->len; i++)
    {
      const char *t = titles->pdata[i];
      if (g_str_has_prefix (t, _("(unnamed)")) || strstr (t, "true") || strstr (t, "false") ||
          strstr (t, "state_order") || strstr (t, "foreign_ohpe"))
        g_error ("a row that says nothing: %s", t);
    }
  /* A financing line by its year and source, its amount in tenge. */
  {
    g_autofree char *line = g_strdup_printf ("2027 · %s", _("State educational order"));
    g_autofree char *any_year = g_strdup ("2027 · ");
    g_assert_true (has_prefix_in (titles, line) || has_prefix_in (titles, any_year));
  }
  /* A ranking entry by its publisher and year. */
  g_assert_true (has_prefix_in (titles, _("ARWU (Shanghai Ranking)")) ||
                 has_prefix_in (titles, _("QS World University Rankings")) ||
                 has_prefix_in (titles, _("THE World University Rankings")));
  sk_ui_window_close (window);
}

static SkRecordList *
first_list (GtkWidget *root)
{
  if (SK_IS_RECORD_LIST (root))
    return SK_RECORD_LIST (root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      SkRecordList *found = first_list (c);
      if (found)
        return found;
    }
  return NULL;
}

/* Ctrl+F searches the list of the page shown; Escape ends the search. */
static void
test_search (void)
{
  g_autofree char *path = sk_test_example_path ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  GtkWidget *page = sk_window_show_page (window, "partners");
  SkRecordList *list = first_list (page);
  GtkWidget *focus, *entry;
  guint all;

  sk_ui_settle ();
  g_assert_nonnull (list);
  all = sk_record_list_get_n_shown (list);
  g_assert_cmpuint (all, >, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  sk_ui_settle ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  entry = focus ? gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY) : NULL;
  g_assert_nonnull (entry);
  g_assert_true (gtk_widget_is_ancestor (entry, GTK_WIDGET (list)));
  /* One partner's name as the list shows it, in capitals. */
  {
    SkRecord *partner = sk_proposal_lookup (sk_window_get_proposal (window), SK_KIND_INSTITUTION, 2);
    g_autofree char *query = g_utf8_strup (sk_record_display_name (partner, sk_get_content_language ()), -1);
    gtk_editable_set_text (GTK_EDITABLE (entry), query);
  }
  g_signal_emit_by_name (entry, "search-changed");
  sk_ui_settle ();
  g_assert_cmpuint (sk_record_list_get_n_shown (list), >=, 1);
  g_assert_cmpuint (sk_record_list_get_n_shown (list), <, all);
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "38-list-search.png");
  gtk_editable_set_text (GTK_EDITABLE (entry), "no such partner anywhere");
  g_signal_emit_by_name (entry, "search-changed");
  sk_ui_settle ();
  g_assert_cmpuint (sk_record_list_get_n_shown (list), ==, 0);
  g_signal_emit_by_name (entry, "stop-search");
  sk_ui_settle ();
  g_assert_false (gtk_widget_get_visible (entry));
  g_assert_cmpuint (sk_record_list_get_n_shown (list), ==, all);

  /* In an editor, Ctrl+F searches its lists (an institution's rankings). */
  sk_window_show_record (window, SK_KIND_INSTITUTION, 2);
  sk_ui_settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  sk_ui_settle ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, sk_window_get_editor (window)));
  g_assert_nonnull (gtk_widget_get_ancestor (focus, SK_TYPE_RECORD_LIST));
  sk_ui_window_close (window);
}

/* A record with an error carries its badge in its list. */
static void
test_badges (void)
{
  g_autofree char *path = sk_test_example_path ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  GtkWidget *page;
  guint badges = 0;
  GtkWidget *stack[1024];
  int n = 0;

  sk_compliance_recheck (sk_window_get_compliance (window));
  page = sk_window_show_page (window, "programmes");
  sk_ui_settle ();
  stack[n++] = page;
  while (n > 0)
    {
      GtkWidget *w = stack[--n];
      if (GTK_IS_LABEL (w) && gtk_widget_has_css_class (w, "sk-badge") && gtk_widget_get_visible (w))
        {
          GtkWidget *row = gtk_widget_get_ancestor (w, ADW_TYPE_ACTION_ROW);
          g_assert_nonnull (row);
          g_assert_true (gtk_widget_has_css_class (w, "error") || gtk_widget_has_css_class (w, "warning"));
          g_assert_cmpint (atoi (gtk_label_get_text (GTK_LABEL (w))), >, 0);
          if (g_strcmp0 (g_getenv ("GTK_A11Y"), "test") == 0)
            g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
          badges++;
        }
      for (GtkWidget *c = gtk_widget_get_first_child (w); c && n < 1024; c = gtk_widget_get_next_sibling (c))
        stack[n++] = c;
    }
  g_assert_cmpuint (badges, >, 0);
  sk_ui_maybe_screenshot (GTK_WIDGET (window), "39-list-badges.png");
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

  g_test_add_func ("/sk/record-list/titles", test_titles);
  g_test_add_func ("/sk/record-list/search", test_search);
  g_test_add_func ("/sk/record-list/badges", test_badges);
  return g_test_run ();
}
