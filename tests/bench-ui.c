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
/* The moment of the first frame (monotonic clock, µs) and the processor
 * time the process had used by then (ms), taken as it is drawn. */
static gint64 first_paint_at;
static double first_paint_cpu;

static double
self_cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

static void
on_after_paint (GdkFrameClock *clock, gpointer data)
{
  if (first_paint_at == 0)
    {
      first_paint_at = g_get_monotonic_time ();
      first_paint_cpu = self_cpu_ms ();
    }
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

/* A figure of /proc/self/status (VmRSS: the memory the process holds
 * now, RssAnon: of it, its own allocations), in KiB. */
static guint64
status_kib (const char *what)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, what)) == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen (what), NULL, 10);
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
 * launch), the processor time used up to it (ms), and the memory held at
 * the end (VmRSS and RssAnon, KiB), once the first check and what else
 * the first frame set off are done. */
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
  /* The first frame, and then what it set off (the first check of the
   * proposal, idle work): the memory is measured once all that is done. */
  wait_painted ();
  if (g_str_equal (mode, "staff"))
    {
      painted = FALSE;
      sk_window_show_page (SK_WINDOW (window), "staff");
      wait_painted ();
    }
  g_print ("%" G_GINT64_FORMAT " %.1f %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT "\n", first_paint_at,
           first_paint_cpu, status_kib ("VmRSS:"), status_kib ("RssAnon:"));
  return 0;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* One fresh process of @mode: the time from the launch to the first
 * frame, the processor time of the process up to that frame (less
 * disturbed by the load of a shared machine), the memory (all of it, and
 * the process's own allocations). */
typedef struct {
  double frame, cpu, rss, anon;
} Run;

static Run
run_child (const char *self, const char *mode, const char *path)
{
  const char *argv[] = { self, "--child", mode, path, NULL };
  g_autofree char *out = NULL;
  g_autoptr (GError) error = NULL;
  int status;
  gint64 start = g_get_monotonic_time ();
  gint64 painted_at;
  Run run;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error))
    g_error ("%s", error->message);
  if (sscanf (out, "%" G_GINT64_FORMAT " %lf %lf %lf", &painted_at, &run.cpu, &run.rss, &run.anon) != 4)
    g_error ("the benchmark's child printed: %s", out);
  run.frame = (painted_at - start) / 1000.0;
  return run;
}

/* The median of each figure of @n runs. */
static Run
median (Run *runs, guint n)
{
  double v[4][16];
  Run m;

  g_assert_cmpuint (n, <=, 16);
  for (guint i = 0; i < n; i++)
    {
      v[0][i] = runs[i].frame;
      v[1][i] = runs[i].cpu;
      v[2][i] = runs[i].rss;
      v[3][i] = runs[i].anon;
    }
  for (guint k = 0; k < 4; k++)
    qsort (v[k], n, sizeof (double), compare_doubles);
  m.frame = v[0][n / 2];
  m.cpu = v[1][n / 2];
  m.rss = v[2][n / 2];
  m.anon = v[3][n / 2];
  return m;
}

static void
print_load (void)
{
  g_autofree char *load = NULL;
  g_auto (GStrv) fields = NULL;

  if (g_file_get_contents ("/proc/loadavg", &load, NULL, NULL) && (fields = g_strsplit (load, " ", 4)) &&
      g_strv_length (fields) >= 3)
    g_print ("load average (1, 5, 15 min): %s %s %s\n", fields[0], fields[1], fields[2]);
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
    enum { RUNS = 7 };
    Run bare_runs[RUNS], large_runs[RUNS], staff_runs[RUNS], small_runs[RUNS], bare, open, staff, small;

    print_load ();
    /* Interleaved, so that a change of the machine's load meets them all. */
    for (guint i = 0; i < RUNS; i++)
      {
        bare_runs[i] = run_child (argv[0], "bare", "-");
        large_runs[i] = run_child (argv[0], "large", large);
        staff_runs[i] = run_child (argv[0], "staff", large);
        /* The same window with the largest example (89 staff): what the
         * size of the proposal costs, and what the window itself does. */
        small_runs[i] = run_child (argv[0], "large", example);
      }
    print_load ();
    bare = median (bare_runs, RUNS);
    open = median (large_runs, RUNS);
    staff = median (staff_runs, RUNS);
    small = median (small_runs, RUNS);
    g_print ("from the launch to the first frame: bare libadwaita window %.0f ms; 5,000-staff proposal %.0f ms (%.2f×)\n",
             bare.frame, open.frame, open.frame / bare.frame);
    g_print ("processor time of the process up to its first frame: bare window %.0f ms; 5,000-staff proposal %.0f ms (%.2f×)\n",
             bare.cpu, open.cpu, open.cpu / bare.cpu);
    g_print ("fresh process, memory (VmRSS): bare window %.1f MiB; 5,000-staff proposal %.1f MiB (%.2f×); "
             "with its staff page shown %.1f MiB (%.2f×)\n",
             bare.rss / 1024, open.rss / 1024, open.rss / bare.rss, staff.rss / 1024, staff.rss / bare.rss);
    g_print ("the largest example (89 staff) for comparison: first frame %.0f ms (%.2f×), processor time %.0f ms (%.2f×), "
             "memory %.1f MiB (%.2f×)\n",
             small.frame, small.frame / bare.frame, small.cpu, small.cpu / bare.cpu, small.rss / 1024, small.rss / bare.rss);
    g_print ("… of which the process's own allocations (RssAnon): bare window %.1f MiB; 5,000-staff proposal %.1f MiB; "
             "with its staff page shown %.1f MiB\n",
             bare.anon / 1024, open.anon / 1024, staff.anon / 1024);
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
