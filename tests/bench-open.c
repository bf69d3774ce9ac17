/* bench-open.c: opening a large proposal with every check, against the
 * time SQLite's own shell takes to read the whole file
 * (`sqlite3 FILE .dump >/dev/null`). Prints both and their ratio; asserts
 * nothing about time. Run with `meson test -C build --benchmark open -v`,
 * or directly: bench-open [N_STAFF] [RUNS]. */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "sk-check.h"
#include "sk-json.h"
#include "sk-proposal.h"
#include "sk-rules.h"
#include "sk-test-util.h"

static int
compare_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
median (double *v, guint n)
{
  qsort (v, n, sizeof *v, compare_double);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static double
time_dump (const char *path)
{
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *cmd = g_strdup_printf ("sqlite3 %s .dump >/dev/null", quoted);
  g_autofree char *argv0 = g_find_program_in_path ("sqlite3");
  const char *argv[] = { "/bin/sh", "-c", cmd, NULL };
  g_autoptr (GError) error = NULL;
  gint64 t = g_get_monotonic_time ();
  int status = 0;

  if (argv0 == NULL)
    return -1;
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("%s", error->message);
  return (g_get_monotonic_time () - t) / 1000.0;
}

int
main (int argc, char **argv)
{
  int n_staff = argc > 1 ? atoi (argv[1]) : 5000;
  guint runs = argc > 2 ? (guint) atoi (argv[2]) : 15;
  g_autofree char *json = sk_test_generate_json (8, n_staff, 2);
  g_autofree char *path = sk_test_tmp_path ("large.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  g_autofree double *dump = g_new0 (double, runs);
  g_autofree double *open = g_new0 (double, runs);
  g_autofree double *open_check = g_new0 (double, runs);
  double d, o, oc;

  if (rules == NULL || !sk_json_import_data (json, -1, path, TRUE, &error))
    g_error ("%s", error->message);
  for (guint i = 0; i < runs; i++)
    {
      gint64 t;
      g_autoptr (SkProposal) p = NULL;
      g_autoptr (GPtrArray) findings = NULL;

      dump[i] = time_dump (path);
      t = g_get_monotonic_time ();
      p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
      if (p == NULL)
        g_error ("%s", error->message);
      open[i] = (g_get_monotonic_time () - t) / 1000.0;
      findings = sk_check (p, rules, NULL);
      open_check[i] = (g_get_monotonic_time () - t) / 1000.0;
    }
  {
    /* What the window does on the main thread before a PDF export. */
    g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
    g_autoptr (GBytes) snapshot = NULL;
    g_autoptr (SkProposal) copy = NULL;
    gint64 t = g_get_monotonic_time ();

    if (p == NULL)
      g_error ("%s", error->message);
    snapshot = sk_proposal_snapshot (p, &error);
    g_print ("snapshot for the PDF worker, on the main thread: %.1f ms\n", (g_get_monotonic_time () - t) / 1000.0);
    t = g_get_monotonic_time ();
    copy = sk_proposal_open_snapshot (snapshot, path, &error);
    if (copy == NULL)
      g_error ("%s", error->message);
    g_print ("read in the worker: %.1f ms\n", (g_get_monotonic_time () - t) / 1000.0);
  }
  d = median (dump, runs);
  o = median (open, runs);
  oc = median (open_check, runs);
  if (d < 0)
    {
      g_print ("sqlite3 is not installed: no comparison\nopen: %.1f ms\n", o);
      return 0;
    }
  g_print ("%d staff, %d assignments, median of %u runs\n", n_staff, 2 * n_staff, runs);
  g_print ("sqlite3 FILE .dump >/dev/null: %.1f ms\n", d);
  g_print ("open for editing (every check, load): %.1f ms = %.2f x the dump\n", o, o / d);
  g_print ("open and the compliance check: %.1f ms = %.2f x the dump\n", oc, oc / d);
  return 0;
}
