/* test-record-list.c: the lists of records on the pages and in editors
 * (run under Xvfb with G_DEBUG=fatal-warnings): every row says what its
 * record is, with values as the language writes them */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sk-init.h"
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

int
main (int argc, char **argv)
{
  sk_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  if (g_getenv ("SK_DARK"))
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  g_test_add_func ("/sk/record-list/titles", test_titles);
  return g_test_run ();
}
