/* bench-inbox.c: a reviewer's folder of proposals summed up, as the inbox
 * and `seriktes-cli check --format csv` do it: 200 proposals (the three
 * examples copied, some submitted), each opened, checked and its history
 * and fingerprint read. Target: under 2 s. Prints figures only (run with
 * `meson test -C build --benchmark -v`). */
#include "config.h"

#include <glib/gstdio.h>
#include <time.h>

#include "sk-review.h"
#include "sk-summary.h"
#include "sk-test-util.h"

#define N_FILES 200

/* The processor time of the process (all threads), in seconds: on a busy
 * machine the wall time says more about the others than about us. */
static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main (int argc, char **argv)
{
  static const char * const examples[] = { "caspian-tu-berlin", "kyzylorda-arizona", "taraz-mendeleev" };
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  SkCheckOptions options = { .year = 2026, .language = "ru" };
  g_autofree char *dir = sk_test_tmp_path ("inbox");
  double best = G_MAXDOUBLE, total = 0, best_cpu = G_MAXDOUBLE;
  guint errors = 0, submitted = 0;

  g_mkdir_with_parents (dir, 0700);
  for (guint i = 0; i < N_FILES; i++)
    {
      g_autofree char *from = g_strdup_printf ("%s/%s.seriktes", g_getenv ("SK_EXAMPLES_DIR"), examples[i % 3]);
      g_autofree char *name = g_strdup_printf ("%03u-%s.seriktes", i, examples[i % 3]);
      char *path = g_build_filename (dir, name, NULL);
      g_autofree char *data = NULL;
      gsize len;

      if (!g_file_get_contents (from, &data, &len, NULL) || !g_file_set_contents (path, data, (gssize) len, NULL))
        g_error ("cannot copy %s", from);
      /* Every other one submitted: its fingerprint is verified too. */
      if (i % 2 == 0)
        {
          g_autoptr (GError) error = NULL;
          g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
          if (p == NULL || !sk_review_transition (p, "submitted", "University", NULL, &error))
            g_error ("%s", error->message);
        }
      g_ptr_array_add (paths, path);
    }

  for (guint round = 0; round < 3; round++)
    {
      g_autoptr (GPtrArray) summaries = NULL;
      g_autofree char *csv = NULL;
      gint64 t = g_get_monotonic_time ();
      double cpu = cpu_seconds ();
      double seconds;

      summaries = sk_file_summaries_new ((const char * const *) paths->pdata, paths->len, rules, &options);
      csv = sk_file_summaries_to_csv (summaries, "ru");
      seconds = (g_get_monotonic_time () - t) / 1e6;
      best_cpu = MIN (best_cpu, cpu_seconds () - cpu);
      best = MIN (best, seconds);
      total += seconds;
      errors = submitted = 0;
      for (guint i = 0; i < summaries->len; i++)
        {
          SkFileSummary *s = summaries->pdata[i];
          if (s->error)
            g_error ("%s: %s", s->file, s->error->message);
          errors += s->errors;
          submitted += s->fingerprint == SK_FINGERPRINT_MATCHES;
        }
    }
  g_print ("inbox: %d proposals summed up (opened, checked, fingerprint and history read) on %u threads: "
           "best %.2f s, mean %.2f s (target < 2 s), processor time %.2f s; %u submitted, %u errors in all\n",
           N_FILES, MIN (g_get_num_processors (), N_FILES), best, total / 3, best_cpu, submitted, errors);
  return 0;
}
