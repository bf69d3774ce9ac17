/* bench-staff-ui.c: the 5,000-staff table in the window: an hours cell
 * edited in place (saved, re-checked, redrawn), and a 5,000-row XLSX
 * through the import dialog (run under Xvfb with
 * `meson test -C build --benchmark -v staff-ui`). Prints figures only. */
#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <time.h>

#include "sk-init.h"
#include "sk-json.h"
#include "sk-staff-import-dialog.h"
#include "sk-staff-page.h"
#include "sk-table-export.h"
#include "sk-test-util.h"
#include "sk-window.h"

static gboolean painted;

static void
on_after_paint (GdkFrameClock *clock, gpointer data)
{
  painted = TRUE;

}

static GtkWidget *bench_window;

/* Until the next frame is drawn (one is asked for, if nothing changed). */
static void
wait_for_frame (void)
{
  painted = FALSE;
  gtk_widget_queue_draw (bench_window);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
}

/* The CPU time of this thread in ms (the wall time counts the other
 * programs too). */
static double
cpu_ms (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static double longest_cpu;

/* Runs what is pending, and waits for a check under way in the worker
 * (without blocking the loop); returns the longest single step in ms
 * (wall time; the longest in CPU time goes into longest_cpu). */
static double
drain (void)
{
  double longest = 0;
  SkCompliance *compliance = bench_window ? sk_window_get_compliance (SK_WINDOW (bench_window)) : NULL;

  for (;;)
    {
      if (g_main_context_pending (NULL))
        {
          gint64 start = g_get_monotonic_time ();
          double cpu = cpu_ms ();
          g_main_context_iteration (NULL, FALSE);
          longest = MAX (longest, (g_get_monotonic_time () - start) / 1000.0);
          longest_cpu = MAX (longest_cpu, cpu_ms () - cpu);
        }
      else if (compliance && sk_compliance_is_checking (compliance))
        g_usleep (200);
      else
        break;
    }
  return longest;
}

typedef struct
{
  double commit, longest, cpu, all;
} Edit;

/* An hours cell: typed, Enter; until every consequence is drawn. */
static Edit
edit_cell (GtkWidget *cell, int value)
{
  char text[16];
  gint64 start;
  double cpu;
  Edit e;

  g_snprintf (text, sizeof text, "%d", value);
  GtkWidget *page = gtk_widget_get_ancestor (cell, SK_TYPE_STAFF_PAGE);
  GtkWidget *editor;

  gtk_widget_grab_focus (cell);
  g_assert_true (gtk_widget_activate_action (page, "staff.edit-hours", NULL));
  editor = gtk_root_get_focus (gtk_widget_get_root (page));
  g_assert_true (GTK_IS_TEXT (editor));
  gtk_editable_set_text (GTK_EDITABLE (editor), text);
  drain ();
  longest_cpu = 0;
  start = g_get_monotonic_time ();
  cpu = cpu_ms ();
  g_signal_emit_by_name (editor, "activate");
  e.commit = (g_get_monotonic_time () - start) / 1000.0;
  longest_cpu = cpu_ms () - cpu;
  e.longest = drain ();
  wait_for_frame ();
  e.longest = MAX (e.commit, MAX (e.longest, drain ()));
  e.all = (g_get_monotonic_time () - start) / 1000.0;
  e.cpu = longest_cpu;
  return e;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
median (double *v, guint n)
{
  qsort (v, n, sizeof *v, compare_doubles);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static GtkWidget *
first_hours_cell (GtkWidget *w)
{
  for (GtkWidget *child = gtk_widget_get_first_child (w); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;
      if (gtk_widget_has_css_class (child, "hours-cell") && gtk_widget_get_mapped (child))
        return child;
      if ((found = first_hours_cell (child)))
        return found;
    }
  return NULL;
}

int
main (int argc, char **argv)
{
  g_autofree char *large = sk_test_tmp_path ("large.seriktes");
  g_autofree char *xlsx = sk_test_tmp_path ("staff-5000.xlsx");
  g_autofree char *json = sk_test_generate_json (8, 5000, 2);
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = NULL;
  SkWindow *window;
  GtkWidget *page, *cell;

  sk_init_i18n ();
  gtk_init ();
  adw_init ();
  if (!sk_json_import_data (json, -1, large, TRUE, &error))
    g_error ("%s", error->message);

  window = sk_window_new (NULL);
  bench_window = GTK_WIDGET (window);
  file = g_file_new_for_path (large);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  g_assert_true (sk_window_open (window, file));
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_realized (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint", G_CALLBACK (on_after_paint), NULL);

  wait_for_frame ();
  page = sk_window_show_page (window, "staff");
  wait_for_frame ();
  drain ();

  /* An hours cell: typed, Enter; with the re-check on the main thread
   * as before the check service, and in its worker, turn about. */
  cell = first_hours_cell (page);
  g_assert_nonnull (cell);
  {
    enum { ROUNDS = 6 };
    double longest[2][ROUNDS], cpu[2][ROUNDS], all[2][ROUNDS], commit[2][ROUNDS];
    static const char * const mode[] = { "re-check on the main thread (before)", "re-check in the worker (now)" };

    for (int round = 0; round < ROUNDS; round++)
      for (int m = 0; m < 2; m++)
        {
          Edit e;

          sk_compliance_set_on_main_thread (sk_window_get_compliance (window), m == 0);
          e = edit_cell (cell, 100 + 2 * round + m);
          commit[m][round] = e.commit;
          longest[m][round] = e.longest;
          cpu[m][round] = e.cpu;
          all[m][round] = e.all;
        }
    sk_compliance_set_on_main_thread (sk_window_get_compliance (window), FALSE);
    for (int m = 0; m < 2; m++)
      {
        double max_longest = 0, max_cpu = 0;
        for (int i = 0; i < ROUNDS; i++)
          max_longest = MAX (max_longest, longest[m][i]), max_cpu = MAX (max_cpu, cpu[m][i]);
        g_print ("an hours cell of the 5,000-staff table edited in place, %s, %d edits: saved and shown in "
                 "%.1f ms (median); longest single step of the main loop %.1f ms median, %.1f ms at most "
                 "(main thread's CPU time %.1f ms median, %.1f at most); %.1f ms in all with the re-check and "
                 "the frame (median)\n",
                 mode[m], ROUNDS, median (commit[m], ROUNDS), median (longest[m], ROUNDS), max_longest,
                 median (cpu[m], ROUNDS), max_cpu, median (all[m], ROUNDS));
      }
  }
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  drain ();

  /* 5,000 new people in an XLSX (the table exported, the names changed). */
  {
    SkProposal *p = sk_window_get_proposal (window);
    g_autoptr (GPtrArray) table = sk_export_table (p, "staff", NULL, "en", &error);
    g_autoptr (GFile) xfile = g_file_new_for_path (xlsx);
    SkStaffImportDialog *dialog;
    guint n_new, n_updated, n_unchanged, n_refused;
    gint64 start;
    double prepare, apply;

    g_assert_nonnull (table);
    for (guint i = 1; i < table->len; i++)
      {
        char **row = table->pdata[i];
        char *renamed = g_strconcat (row[0], " (2)", NULL);
        g_free (row[0]);
        row[0] = renamed;
      }
    if (!sk_export_write (table, xlsx, "en", &error))
      g_error ("%s", error->message);
    start = g_get_monotonic_time ();
    dialog = sk_staff_page_import_file (page, xfile);
    if (dialog == NULL)
      g_error ("%s", error->message);
    gtk_window_present (GTK_WINDOW (dialog));
    prepare = (g_get_monotonic_time () - start) / 1000.0;
    sk_staff_import_dialog_counts (dialog, &n_new, &n_updated, &n_unchanged, &n_refused);
    start = g_get_monotonic_time ();
    if (!sk_staff_import_dialog_apply (dialog, &error))
      g_error ("%s", error->message);
    apply = (g_get_monotonic_time () - start) / 1000.0;
    g_print ("a 5,000-row XLSX through the import dialog: read and previewed in %.0f ms "
             "(%u new, %u refused), imported in %.0f ms; %.0f ms in all\n",
             prepare, n_new, n_refused, apply, prepare + apply);
    drain ();
  }
  gtk_window_destroy (GTK_WINDOW (window));
  bench_window = NULL;
  drain ();
  return 0;
}
