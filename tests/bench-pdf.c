/* bench-pdf.c: how long the PDF export takes and how large the file is,
 * for the largest example and a generated proposal with 5,000 teaching staff
 * (run with `meson test -C build --benchmark -v`). Prints figures only. */
#include "config.h"

#include <glib/gstdio.h>

#include "sk-json.h"
#include "sk-pdf.h"
#include "sk-test-util.h"

#define N_PROGRAMMES 20
#define ASSIGNMENTS_PER_STAFF 4

static const char * const surnames[] = {
  "Әбдірахманов", "Серікбаева", "Құдайбергенов", "Тоқтарова", "Нұрпейісов", "Ғалымжанова",
  "Müller", "Schneider", "Иванова", "Ким", "Smith", "Өмірзақов",
};
static const char * const given[] = {
  "Айгерім", "Ержан", "Мұрат", "Жұлдыз", "Anna", "Thomas", "Ольга", "Бауыржан", "Сәуле", "Daniel",
};

static char *
generate (int n_staff)
{
  GString *s = g_string_new ("{\"format\":\"seriktes-proposal\",\"version\":1,"
                             "\"proposal\":{\"status\":\"draft\",\"model\":\"branch\",\"applicant_id\":1,"
                             "\"title\":{\"kk\":\"Үлкен университеттің филиалы\",\"ru\":\"Филиал большого университета\",\"en\":\"A branch of a large university\"},"
                             "\"term_start\":\"2026-09-01\",\"term_end\":\"2032-08-31\"},"
                             "\"institutions\":[{\"id\":1,\"role\":\"kazakh_ohpe\",\"name\":{\"kk\":\"Әл-Фараби атындағы Қазақ ұлттық университеті\"},\"short_name\":\"KazNU\"},"
                             "{\"id\":2,\"role\":\"foreign_ohpe\",\"name\":{\"en\":\"Technische Universität Berlin\"},\"short_name\":\"TU Berlin\"}],"
                             "\"ranking_entries\":[{\"id\":1,\"institution_id\":2,\"publisher\":\"qs\",\"scope\":\"overall\",\"year\":2026,\"rank_text\":\"=150\"}],"
                             "\"programmes\":[");
  for (int i = 1; i <= N_PROGRAMMES; i++)
    g_string_append_printf (s, "%s{\"id\":%d,\"level\":\"bachelor\",\"name\":{\"kk\":\"Бағдарлама %d\",\"en\":\"Programme %d\"},\"diplomas\":2,"
                            "\"kazakh_language_discipline\":true,\"history_discipline\":true,\"partner_id\":2}",
                            i > 1 ? "," : "", i, i, i);
  g_string_append (s, "],\"staff\":[");
  for (int i = 1; i <= n_staff; i++)
    g_string_append_printf (s, "%s{\"id\":%d,\"name\":\"%s %s %d\",\"side\":\"%s\",\"institution_id\":%d,\"degree\":\"%s\","
                            "\"academic_title\":\"%s\",\"teaching_years\":%d,\"practice_years\":%d,\"fte_milli\":%d}",
                            i > 1 ? "," : "", i, surnames[i % G_N_ELEMENTS (surnames)], given[i % G_N_ELEMENTS (given)], i,
                            i % 3 ? "kazakh" : "foreign", i % 3 ? 1 : 2, i % 7 ? "phd" : "master",
                            i % 5 ? "none" : "professor", 3 + i % 30, i % 11, 250 + (i % 4) * 250);
  g_string_append (s, "],\"assignments\":[");
  for (int i = 1; i <= ASSIGNMENTS_PER_STAFF * n_staff; i++)
    g_string_append_printf (s, "%s{\"id\":%d,\"staff_id\":%d,\"programme_id\":%d,\"hours\":%d}",
                            i > 1 ? "," : "", i, (i + ASSIGNMENTS_PER_STAFF - 1) / ASSIGNMENTS_PER_STAFF,
                            1 + (i * 7) % N_PROGRAMMES, 50 + i % 100);
  g_string_append (s, "],\"financing\":[");
  for (int i = 1; i <= 48; i++)
    g_string_append_printf (s, "%s{\"id\":%d,\"source\":\"%s\",\"year\":%d,\"amount_kzt\":%d}",
                            i > 1 ? "," : "", i, i % 2 ? "ohpe_kazakh" : "state_order", 2026 + i % 7,
                            100000000 + i * 1234567);
  g_string_append (s, "]}");
  return g_string_free (s, FALSE);
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static void
measure (const char *label, const char *path, const char *lang, guint runs)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  g_autofree char *out = sk_test_tmp_path ("bench.pdf");
  g_autofree double *times = g_new0 (double, runs);
  SkPdfOptions options = { .language = lang, .year = 2026 };
  GStatBuf st;

  if (p == NULL)
    g_error ("%s", error->message);
  for (guint r = 0; r < runs; r++)
    {
      gint64 t = g_get_monotonic_time ();
      if (!sk_pdf_export (p, rules, &options, out, NULL, NULL, NULL, &error))
        g_error ("%s", error->message);
      times[r] = (g_get_monotonic_time () - t) / 1000.0;
    }
  qsort (times, runs, sizeof (double), compare_doubles);
  if (g_stat (out, &st) != 0)
    g_error ("no PDF");
  g_print ("export-pdf %s (%s): median %.0f ms (min %.0f ms) over %u runs, %.2f MB\n",
           label, lang, times[runs / 2], times[0], runs, st.st_size / 1e6);
}

int
main (int argc, char **argv)
{
  g_autofree char *example = g_build_filename (g_getenv ("SK_EXAMPLES_DIR"), "caspian-tu-berlin.seriktes", NULL);
  g_autofree char *json = generate (5000);
  g_autofree char *large = sk_test_tmp_path ("staff-5000.seriktes");
  g_autoptr (GError) error = NULL;

  if (!sk_json_import_data (json, -1, large, TRUE, &error))
    g_error ("%s", error->message);
  for (guint i = 0; sk_content_languages[i]; i++)
    measure ("caspian-tu-berlin (the largest example)", example, sk_content_languages[i], 9);
  measure ("5,000 staff, 20,000 assignments, 20 programmes", large, "kk", 5);
  return 0;
}
