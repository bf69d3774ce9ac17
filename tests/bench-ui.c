/* bench-ui.c: how quickly the window shows a proposal, and how long an
 * edit keeps the main loop busy (run under Xvfb with
 * `meson test -C build --benchmark -v ui`). Prints figures only. */
#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

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

/* The same, waiting too for the check that the worker of @compliance
 * makes (the loop not blocked meanwhile). */
static double
drain_checked (SkCompliance *compliance)
{
  double longest = drain ();

  while (sk_compliance_is_checking (compliance))
    {
      g_usleep (200);
      longest = MAX (longest, drain ());
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

/* The memory the process holds now (resident set), in KiB. */
static guint64
rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return 0;
  return g_ascii_strtoull (line + 6, NULL, 10);
}

static void
wait_painted (void)
{
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  /* What the frame set off (idle work) is part of what it costs. */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* In a fresh process: a bare libadwaita window (a header bar and a status
 * page), or the window with @path open and then its staff page shown.
 * Prints the moment of the first frame (monotonic clock, µs: the parent
 * counts from before it started the process, as a user waits from the
 * launch) and the memory held at the end, in KiB. */
static int
child (const char *mode, const char *path)
{
  GtkWidget *window;

  gtk_init ();
  adw_init ();
  painted = FALSE;
  if (g_str_equal (mode, "bare"))
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *status = adw_status_page_new ();

      window = adw_window_new ();
      adw_status_page_set_title (ADW_STATUS_PAGE (status), "Seriktes");
      gtk_widget_set_vexpand (status, TRUE);
      gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
      gtk_box_append (GTK_BOX (box), status);
      adw_window_set_content (ADW_WINDOW (window), box);
      gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
      g_signal_connect (window, "realize", G_CALLBACK (on_realize), NULL);
      gtk_window_present (GTK_WINDOW (window));
    }
  else
    {
      g_autoptr (GFile) file = g_file_new_for_path (path);

      window = GTK_WIDGET (sk_window_new (NULL));
      gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
      g_signal_connect (window, "realize", G_CALLBACK (on_realize), NULL);
      g_assert_true (sk_window_open (SK_WINDOW (window), file));
      gtk_window_present (GTK_WINDOW (window));
    }
  wait_painted ();
  {
    gint64 frame = g_get_monotonic_time ();
    if (g_str_equal (mode, "staff"))
      {
        painted = FALSE;
        sk_window_show_page (SK_WINDOW (window), "staff");
        wait_painted ();
      }
    g_print ("%" G_GINT64_FORMAT " %" G_GUINT64_FORMAT "\n", frame, rss_kib ());
  }
  return 0;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
children_cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_CHILDREN, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

/* Medians of @runs fresh processes of @mode: the time to the first frame,
 * the processor time of the whole process (less disturbed by the load of
 * a shared machine), the memory. */
static void
run_children (const char *self, const char *mode, const char *path, guint runs, double *frame, double *cpu,
              double *rss)
{
  double frames[9], memory[9], cpus[9];

  g_assert_cmpuint (runs, <=, G_N_ELEMENTS (frames));
  for (guint i = 0; i < runs; i++)
    {
      const char *argv[] = { self, "--child", mode, path, NULL };
      g_autofree char *out = NULL;
      g_autoptr (GError) error = NULL;
      int status;
      gint64 start = g_get_monotonic_time ();
      double cpu_before = children_cpu_ms ();
      gint64 painted_at;

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error))
        g_error ("%s", error->message);
      if (sscanf (out, "%" G_GINT64_FORMAT " %lf", &painted_at, &memory[i]) != 2)
        g_error ("the benchmark's child printed: %s", out);
      frames[i] = (painted_at - start) / 1000.0;
      cpus[i] = children_cpu_ms () - cpu_before;
    }
  qsort (frames, runs, sizeof (double), compare_doubles);
  qsort (memory, runs, sizeof (double), compare_doubles);
  qsort (cpus, runs, sizeof (double), compare_doubles);
  *frame = frames[runs / 2];
  *cpu = cpus[runs / 2];
  *rss = memory[runs / 2];
}

int
main (int argc, char **argv)
{
  g_autofree char *example = g_build_filename (g_getenv ("SK_EXAMPLES_DIR"), "caspian-tu-berlin.seriktes", NULL);
  g_autofree char *large = sk_test_tmp_path ("large.seriktes");
  g_autofree char *json = NULL;
  g_autoptr (GError) error = NULL;
  SkWindow *window;
  double t;

  sk_init_i18n ();
  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return child (argv[2], argv[3]);
  json = sk_test_generate_json (8, 5000, 2);
  /* `bench-ui --make FILE`: only the 5,000-staff proposal, to profile
   * `bench-ui --child large FILE` (e.g. with perf). */
  if (argc == 3 && g_str_equal (argv[1], "--make"))
    {
      if (!sk_json_import_data (json, -1, argv[2], TRUE, &error))
        g_error ("%s", error->message);
      return 0;
    }
  if (!sk_json_import_data (json, -1, large, TRUE, &error))
    g_error ("%s", error->message);
  {
    /* Against a bare libadwaita window, each in a fresh process (medians
     * of 5): from the launch to the first frame, and the memory held once
     * it is drawn. */
    double bare_frame, bare_cpu, bare_rss, large_frame, large_cpu, large_rss, staff_frame, staff_cpu, staff_rss;

    run_children (argv[0], "bare", "-", 5, &bare_frame, &bare_cpu, &bare_rss);
    run_children (argv[0], "large", large, 5, &large_frame, &large_cpu, &large_rss);
    run_children (argv[0], "staff", large, 5, &staff_frame, &staff_cpu, &staff_rss);
    g_print ("from the launch to the first frame: bare libadwaita window %.0f ms; 5,000-staff proposal %.0f ms (%.2f×)\n",
             bare_frame, large_frame, large_frame / bare_frame);
    g_print ("processor time of the process up to its first frame: bare window %.0f ms; 5,000-staff proposal %.0f ms (%.2f×)\n",
             bare_cpu, large_cpu, large_cpu / bare_cpu);
    g_print ("fresh process, memory (VmRSS): bare window %.1f MiB; 5,000-staff proposal %.1f MiB (%.2f×); "
             "with its staff page shown %.1f MiB (%.2f×)\n",
             bare_rss / 1024, large_rss / 1024, large_rss / bare_rss, staff_rss / 1024, staff_rss / bare_rss);
  }
  gtk_init ();
  adw_init ();

  t = first_frame (example, &window);
  g_print ("first frame, largest example (89 staff): %.0f ms\n", t);
  g_print ("staff page, first frame: %.0f ms\n", page_frame (window, "staff"));
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();

  t = first_frame (large, &window);
  g_print ("first frame, 5,000 staff and 10,000 assignments: %.0f ms\n", t);
  g_print ("staff page with 5,000 rows, first frame: %.0f ms\n", page_frame (window, "staff"));
  /* The same edit with the re-check on the main thread as before the
   * check service, and in its worker, turn about. */
  for (int round = 0; round < 6; round++)
    {
      SkProposal *p = sk_window_get_proposal (window);
      SkCompliance *compliance = sk_window_get_compliance (window);
      gboolean on_main = round % 2 == 0;
      gint64 start;
      double edit, busy, longest;

      sk_compliance_set_on_main_thread (compliance, on_main);
      drain_checked (compliance);
      start = g_get_monotonic_time ();
      if (!sk_proposal_set (p, SK_KIND_STAFF, 2501, "side", g_variant_new_string (round % 2 == 0 ? "foreign" : "kazakh"), &error))
        g_error ("%s", error->message);
      edit = (g_get_monotonic_time () - start) / 1000.0;
      longest = drain_checked (compliance); /* the re-check, the pages' updates, the frames */
      busy = (g_get_monotonic_time () - start) / 1000.0;
      g_print ("an edit of the 5,000-staff proposal, %s: saved in %.1f ms; full re-check %.1f ms; "
               "longest single step of the main loop %.1f ms; %.1f ms in all (with the frames drawn)\n",
               on_main ? "re-check on the main thread (before)" : "re-check in the worker (now)",
               edit, sk_compliance_get_last_duration (compliance) / 1000.0, MAX (edit, longest), busy);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  return 0;
}
