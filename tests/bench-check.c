/* bench-check.c: how long the compliance check takes as the staff grows
 * (run with `meson test -C build --benchmark -v`). Prints figures only. */
#include "config.h"

#include "sk-check.h"
#include "sk-json.h"
#include "sk-test-util.h"

#define N_PROGRAMMES 200
#define ASSIGNMENTS_PER_STAFF 4

static char *
generate (int n_staff)
{
  GString *s = g_string_new ("{\"format\":\"seriktes-proposal\",\"version\":1,"
                             "\"proposal\":{\"status\":\"draft\",\"model\":\"branch\",\"applicant_id\":1,"
                             "\"term_start\":\"2026-09-01\",\"term_end\":\"2032-08-31\"},"
                             "\"institutions\":[{\"id\":1,\"role\":\"kazakh_ohpe\",\"name\":{\"kk\":\"Университет\"}},"
                             "{\"id\":2,\"role\":\"foreign_ohpe\",\"name\":{\"en\":\"University\"}}],"
                             "\"ranking_entries\":[{\"id\":1,\"institution_id\":2,\"publisher\":\"qs\",\"scope\":\"overall\",\"year\":2026,\"rank_text\":\"=150\"}],"
                             "\"programmes\":[");
  for (int i = 1; i <= N_PROGRAMMES; i++)
    g_string_append_printf (s, "%s{\"id\":%d,\"level\":\"bachelor\",\"name\":{\"en\":\"Programme %d\"},\"diplomas\":2,"
                            "\"kazakh_language_discipline\":true,\"history_discipline\":%s}",
                            i > 1 ? "," : "", i, i, i % 10 ? "true" : "false");
  g_string_append (s, "],\"staff\":[");
  for (int i = 1; i <= n_staff; i++)
    g_string_append_printf (s, "%s{\"id\":%d,\"name\":\"Lecturer %d\",\"side\":\"%s\",\"degree\":\"%s\",\"teaching_years\":%d,\"fte_milli\":%d}",
                            i > 1 ? "," : "", i, i, i % 3 ? "kazakh" : "foreign", i % 7 ? "phd" : "master",
                            i % 5, 250 + (i % 4) * 250);
  g_string_append (s, "],\"assignments\":[");
  for (int i = 1; i <= ASSIGNMENTS_PER_STAFF * n_staff; i++)
    g_string_append_printf (s, "%s{\"id\":%d,\"staff_id\":%d,\"programme_id\":%d,\"hours\":%d}",
                            i > 1 ? "," : "", i, (i + ASSIGNMENTS_PER_STAFF - 1) / ASSIGNMENTS_PER_STAFF,
                            1 + (i * 7) % N_PROGRAMMES, 50 + i % 100);
  g_string_append (s, "]}");
  return g_string_free (s, FALSE);
}

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
      g_autofree char *json = generate (sizes[k]);
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
