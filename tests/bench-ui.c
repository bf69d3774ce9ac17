/* bench-ui.c: how quickly the window shows a proposal, and how long an
 * edit keeps the main loop busy (run under Xvfb with
 * `meson test -C build --benchmark -v ui`). Prints figures only. */
#include "config.h"

#include <adwaita.h>

#include "sk-init.h"
#include "sk-json.h"
#include "sk-test-util.h"
#include "sk-window.h"

static gboolean painted;

static void
on_after_paint (GdkFrameClock *clock, gpointer data)
{
  painted = TRUE;
}

static void
on_realize (GtkWidget *widget, gpointer data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
}

/* From creating the window to its first frame with @path open. */
static double
first_frame (const char *path, SkWindow **out)
{
  gint64 start = g_get_monotonic_time ();
  SkWindow *window = sk_window_new (NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);

  painted = FALSE;
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), NULL);
  g_assert_true (sk_window_open (window, file));
  gtk_window_present (GTK_WINDOW (window));
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  *out = window;
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Runs what is pending; returns the longest single step in ms (what a
 * user would see as a frame held back). */
static double
drain (void)
{
  double longest = 0;

  while (g_main_context_pending (NULL))
    {
      gint64 start = g_get_monotonic_time ();
      g_main_context_iteration (NULL, FALSE);
      longest = MAX (longest, (g_get_monotonic_time () - start) / 1000.0);
    }
  return longest;
}

static double
page_frame (SkWindow *window, const char *page)
{
  gint64 start = g_get_monotonic_time ();

  painted = FALSE;
  sk_window_show_page (window, page);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int argc, char **argv)
{
  g_autofree char *example = g_build_filename (g_getenv ("SK_EXAMPLES_DIR"), "caspian-tu-berlin.seriktes", NULL);
  g_autofree char *large = sk_test_tmp_path ("large.seriktes");
  g_autofree char *json = sk_test_generate_json (8, 5000, 2);
  g_autoptr (GError) error = NULL;
  SkWindow *window;
  double t;

  sk_init_i18n ();
  gtk_init ();
  adw_init ();
  if (!sk_json_import_data (json, -1, large, TRUE, &error))
    g_error ("%s", error->message);

  t = first_frame (example, &window);
  g_print ("first frame, largest example (89 staff): %.0f ms\n", t);
  g_print ("staff page, first frame: %.0f ms\n", page_frame (window, "staff"));
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();

  t = first_frame (large, &window);
  g_print ("first frame, 5,000 staff and 10,000 assignments: %.0f ms\n", t);
  g_print ("staff page with 5,000 rows, first frame: %.0f ms\n", page_frame (window, "staff"));
  {
    SkProposal *p = sk_window_get_proposal (window);
    gint64 start = g_get_monotonic_time ();
    double edit, busy, longest;

    if (!sk_proposal_set (p, SK_KIND_STAFF, 2501, "side", g_variant_new_string ("foreign"), &error))
      g_error ("%s", error->message);
    edit = (g_get_monotonic_time () - start) / 1000.0;
    longest = drain (); /* the re-check, the pages' updates, the frames */
    busy = (g_get_monotonic_time () - start) / 1000.0;
    g_print ("an edit of the 5,000-staff proposal: saved in %.1f ms; full re-check %.1f ms; "
             "longest single step of the main loop %.1f ms; %.1f ms in all (with the frames drawn)\n",
             edit, sk_compliance_get_last_duration (sk_window_get_compliance (window)) / 1000.0,
             MAX (edit, longest), busy);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  return 0;
}
