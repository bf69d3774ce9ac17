/* bench-plan-grid.c: a financing grid of 10 years × 30 sources in a real
 * window: how long an edit in place keeps the main loop busy, the edit
 * saved and the grid, its totals and the chart redrawn (run under Xvfb
 * with `meson test -C build --benchmark -v plan-grid`). Prints figures
 * only. */
#include "config.h"

#include <adwaita.h>
#include <time.h>

#include "sk-init.h"
#include "sk-plan-grid.h"
#include "sk-test-util.h"
#include "sk-window.h"

#define N_YEARS 10
#define N_LINES 30
#define N_EDITS 24 /* half with the re-check on the main thread (before), half in the worker */

static SkCompliance *compliance;

static gboolean
press (GtkWidget *widget, guint keyval)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr (GtkEventController) c = g_list_model_get_item (controllers, i);
      if (GTK_IS_EVENT_CONTROLLER_KEY (c))
        g_signal_emit_by_name (c, "key-pressed", keyval, 0, 0, &handled);
    }
  return handled;
}

/* The CPU time of this thread in ms: what a step costs whatever else the
 * machine is doing (the wall time counts the other programs too). */
static double
cpu_ms (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static double longest_cpu;

/* Runs the main loop for @ms; returns its longest single step in ms
 * (wall time; the longest in CPU time goes into longest_cpu). */
static double
run_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;
  double longest = 0;

  while (g_get_monotonic_time () < end)
    {
      gint64 start = g_get_monotonic_time ();
      double cpu = cpu_ms ();
      if (g_main_context_iteration (NULL, FALSE))
        {
          double t = (g_get_monotonic_time () - start) / 1000.0;
          if (t > 20 && g_getenv ("SK_BENCH_VERBOSE"))
            g_printerr ("step %.1f ms (re-check %.1f ms)\n", t, sk_compliance_get_last_duration (compliance) / 1000.0);
          longest = MAX (longest, t);
          longest_cpu = MAX (longest_cpu, cpu_ms () - cpu);
        }
      else
        g_usleep (500);
    }
  return longest;
}

static void
make_proposal (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_create (path, &error);
  SkRecord *info;
  const SkField *f = sk_kind_field (sk_schema_kind (SK_KIND_FINANCING), "source");
  guint n_sources = 0;

  if (p == NULL)
    g_error ("%s", error->message);
  while (f->enum_values[n_sources].code)
    n_sources++;
  info = sk_proposal_get_info (p);
  sk_proposal_begin_group (p, "bench");
  if (!sk_proposal_set (p, SK_KIND_PROPOSAL, sk_record_get_id (info), "term_start", g_variant_new_string ("2025-09-01"), &error) ||
      !sk_proposal_set (p, SK_KIND_PROPOSAL, sk_record_get_id (info), "term_end", g_variant_new_string ("2034-08-31"), &error))
    g_error ("%s", error->message);
  for (guint l = 0; l < N_LINES; l++)
    for (int y = 0; y < N_YEARS; y++)
      {
        g_autoptr (SkRecord) r = sk_record_new (sk_schema_kind (SK_KIND_FINANCING));
        g_autofree char *note = g_strdup_printf ("Line %u", l + 1);
        sk_record_set_string (r, "source", f->enum_values[l % n_sources].code);
        sk_record_set_string (r, "note_en", note);
        sk_record_set_int (r, "year", 2025 + y);
        sk_record_set_int (r, "amount_kzt", 1000000 * (l + 1) + y);
        if (sk_proposal_insert (p, r, &error) == 0)
          g_error ("%s", error->message);
      }
  if (!sk_proposal_end_group (p, &error))
    g_error ("%s", error->message);
}

int
main (int argc, char **argv)
{
  g_autofree char *path = sk_test_tmp_path ("grid.seriktes");
  SkWindow *window;
  SkPlanGrid *grid;
  GtkWidget *cells;
  g_autoptr (GFile) file = NULL;
  double longest[2] = { 0 }, sum_edit[2] = { 0 }, longest_edit[2] = { 0 }, cpu_of[2] = { 0 };

  sk_init_i18n ();
  gtk_init ();
  adw_init ();
  make_proposal (path);
  file = g_file_new_for_path (path);
  window = sk_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  g_assert_true (sk_window_open (window, file));
  gtk_window_present (GTK_WINDOW (window));
  compliance = sk_window_get_compliance (window);
  run_for (500);
  grid = SK_PLAN_GRID (sk_window_show_page (window, "financing"));
  run_for (500);
  g_assert_cmpuint (sk_grid_n_rows (sk_plan_grid_get_grid (grid)), ==, N_LINES);
  g_assert_cmpuint (sk_grid_n_columns (sk_plan_grid_get_grid (grid)), ==, N_YEARS);
  cells = gtk_widget_get_parent (sk_plan_grid_get_cell (grid, 0, 0));
  gtk_widget_grab_focus (cells);

  for (guint i = 0; i < N_EDITS; i++)
    {
      g_autofree char *amount = g_strdup_printf ("%u 500 000", 10 + i);
      GtkWidget *entry;
      gint64 start;
      double edit, step, cpu;
      guint m = i % 2;

      sk_compliance_set_on_main_thread (compliance, m == 0);
      sk_plan_grid_set_cursor (grid, (i * 7) % N_LINES, (i * 3) % N_YEARS, FALSE);
      run_for (30);
      g_assert_true (press (cells, GDK_KEY_Return));
      entry = sk_plan_grid_get_editor (grid);
      g_assert_nonnull (entry);
      gtk_editable_set_text (GTK_EDITABLE (entry), amount);
      run_for (30);
      /* The key that keeps the cell: saved, the grid and the chart
       * updated, in this one step of the main loop. */
      longest_cpu = 0;
      start = g_get_monotonic_time ();
      cpu = cpu_ms ();
      g_assert_true (press (entry, GDK_KEY_Return));
      edit = (g_get_monotonic_time () - start) / 1000.0;
      longest_cpu = MAX (longest_cpu, cpu_ms () - cpu);
      g_assert_null (sk_plan_grid_get_editor (grid));
      /* Then the re-check, the layout and the frame. */
      step = run_for (150);
      while (sk_compliance_is_checking (compliance))
        step = MAX (step, run_for (20));
      sum_edit[m] += edit;
      longest_edit[m] = MAX (longest_edit[m], edit);
      longest[m] = MAX (longest[m], MAX (edit, step));
      cpu_of[m] = MAX (cpu_of[m], longest_cpu);
    }
  for (guint m = 0; m < 2; m++)
    g_print ("financing grid of %d years × %d sources, %d edits in place, %s: the edit saved and the grid "
             "updated in %.1f ms on average (%.1f ms at most); longest single step of the main loop "
             "around an edit (with the re-check's findings, the layout and the frame drawn) %.1f ms, "
             "%.1f ms of CPU time\n",
             N_YEARS, N_LINES, N_EDITS / 2,
             m == 0 ? "re-check on the main thread (before)" : "re-check in the worker (now)",
             sum_edit[m] / (N_EDITS / 2), longest_edit[m], longest[m], cpu_of[m]);
  gtk_window_destroy (GTK_WINDOW (window));
  run_for (100);
  return 0;
}
