/* bench-proposal.c: how long the proposal file takes with a large staff
 * (run with `meson test -C build --benchmark -v`). Prints figures; asserts
 * nothing about time. */
#include "config.h"

#include <glib/gstdio.h>

#include "sk-json.h"
#include "sk-proposal.h"
#include "sk-test-util.h"

#define N_STAFF 5000
#define N_PROGRAMMES 8

static char *
large_json (void)
{
  GString *s = g_string_new ("{\"format\":\"seriktes-proposal\",\"version\":1,"
                             "\"proposal\":{\"status\":\"draft\",\"model\":\"branch\",\"applicant_id\":1},"
                             "\"institutions\":[{\"id\":1,\"role\":\"kazakh_ohpe\",\"name\":{\"kk\":\"Университет\"}},"
                             "{\"id\":2,\"role\":\"foreign_ohpe\",\"name\":{\"en\":\"University\"}}],"
                             "\"programmes\":[");
  for (int i = 1; i <= N_PROGRAMMES; i++)
    g_string_append_printf (s, "%s{\"id\":%d,\"level\":\"bachelor\",\"name\":{\"kk\":\"Бағдарлама %d\",\"ru\":\"Программа %d\",\"en\":\"Programme %d\"},\"diplomas\":2}",
                            i > 1 ? "," : "", i, i, i, i);
  g_string_append (s, "],\"staff\":[");
  for (int i = 1; i <= N_STAFF; i++)
    g_string_append_printf (s, "%s{\"id\":%d,\"name\":\"Оқытушы %d\",\"side\":\"%s\",\"institution_id\":%d,\"degree\":\"phd\",\"teaching_years\":%d,\"fte_milli\":%d}",
                            i > 1 ? "," : "", i, i, i % 4 ? "kazakh" : "foreign", i % 4 ? 1 : 2, i % 30, 250 + (i % 4) * 250);
  g_string_append (s, "],\"assignments\":[");
  for (int i = 1; i <= 2 * N_STAFF; i++)
    g_string_append_printf (s, "%s{\"id\":%d,\"staff_id\":%d,\"programme_id\":%d,\"hours\":%d}",
                            i > 1 ? "," : "", i, (i + 1) / 2, 1 + i % N_PROGRAMMES, 100 + i % 200);
  g_string_append (s, "]}");
  return g_string_free (s, FALSE);
}

static double
since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int argc, char **argv)
{
  g_autofree char *json = large_json ();
  g_autofree char *path = sk_test_tmp_path ("large.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = NULL;
  g_autofree char *exported = NULL;
  gint64 t;

  t = g_get_monotonic_time ();
  if (!sk_json_import_data (json, -1, path, TRUE, &error))
    g_error ("%s", error->message);
  g_print ("import-json %d staff, %d assignments: %.1f ms\n", N_STAFF, 2 * N_STAFF, since (t));

  t = g_get_monotonic_time ();
  p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  if (p == NULL)
    g_error ("%s", error->message);
  g_print ("open (checks + load): %.1f ms\n", since (t));

  t = g_get_monotonic_time ();
  exported = sk_json_export_string (p, TRUE);
  g_print ("export-json: %.1f ms (%zu bytes)\n", since (t), strlen (exported));

  t = g_get_monotonic_time ();
  if (!sk_proposal_set (p, SK_KIND_STAFF, N_STAFF / 2, "name", g_variant_new_string ("Edited"), &error))
    g_error ("%s", error->message);
  g_print ("one edit (transaction): %.2f ms\n", since (t));

  t = g_get_monotonic_time ();
  sk_proposal_begin_group (p, "bulk");
  for (gint64 id = 1; id <= N_STAFF; id++)
    if (!sk_proposal_set (p, SK_KIND_STAFF, id, "side", g_variant_new_string ("other"), &error))
      g_error ("%s", error->message);
  sk_proposal_end_group (p, NULL);
  g_print ("bulk edit of %d staff (one undo step): %.1f ms\n", N_STAFF, since (t));

  t = g_get_monotonic_time ();
  if (!sk_proposal_undo (p, &error))
    g_error ("%s", error->message);
  g_print ("undo of the bulk edit: %.1f ms\n", since (t));

  t = g_get_monotonic_time ();
  if (!sk_proposal_delete (p, SK_KIND_PROGRAMME, 1, &error))
    g_error ("%s", error->message);
  g_print ("delete a programme with %u assignments left after: %.1f ms\n",
           sk_proposal_count (p, SK_KIND_ASSIGNMENT), since (t));
  return 0;
}
