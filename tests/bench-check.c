/* bench-check.c: how long the compliance check takes as the staff grows
 * (run with `meson test -C build --benchmark -v`). Prints figures only. */
#include "config.h"

#include "sk-check.h"
#include "sk-json.h"
#include "sk-test-util.h"

#define N_PROGRAMMES 200
#define ASSIGNMENTS_PER_STAFF 4

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

int
main (int argc, char **argv)
{
  static const int sizes[] = { 1000, 5000, 20000 };
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  SkCheckOptions options = { .year = 2026, .language = "en" };

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autofree char *json = sk_test_generate_json (N_PROGRAMMES, sizes[k], ASSIGNMENTS_PER_STAFF);
      g_autofree char *name = g_strdup_printf ("check-%d.seriktes", sizes[k]);
      g_autofree char *path = sk_test_tmp_path (name);
      g_autoptr (GError) error = NULL;
      g_autoptr (SkProposal) p = NULL;
      double times[15];
      guint findings = 0;

      if (!sk_json_import_data (json, -1, path, TRUE, &error) ||
          !(p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error)))
        g_error ("%s", error->message);
      for (guint r = 0; r < G_N_ELEMENTS (times); r++)
        {
          gint64 t = g_get_monotonic_time ();
          g_autoptr (GPtrArray) f = sk_check (p, rules, &options);
          times[r] = (g_get_monotonic_time () - t) / 1000.0;
          findings = f->len;
        }
      qsort (times, G_N_ELEMENTS (times), sizeof (double), compare_doubles);
      g_print ("check: %d programmes, %d staff, %d assignments: median %.2f ms (min %.2f), %u findings\n",
               N_PROGRAMMES, sizes[k], ASSIGNMENTS_PER_STAFF * sizes[k],
               times[G_N_ELEMENTS (times) / 2], times[0], findings);
    }
  return 0;
}
