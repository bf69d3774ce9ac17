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

static double
since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int argc, char **argv)
{
  g_autofree char *json = sk_test_generate_json (N_PROGRAMMES, N_STAFF, 2);
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
