/* test-large.c: a proposal with a very large staff list. The fingerprint
 * (submit, fingerprint, verification on open) is hashed as it is written
 * instead of building the proposal twice more as JSON trees and text:
 * its peak memory stays a small part of what the open proposal holds.
 *
 * `test-large` (the test): 50,000 staff, asserts that. `test-large N`
 * (the benchmark, N = 1,000,000 by default there): prints times and peak
 * memory of each step. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>

#include "sk-json.h"
#include "sk-proposal.h"
#include "sk-review.h"
#include "sk-test-util.h"

/* The peak resident size of this process since the last reset, in KB. */
static long
peak_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return -1;
  return strtol (line + 6, NULL, 10);
}

static gboolean
reset_peak (void)
{
  /* "5" resets VmHWM to the current size (Linux 4.0 and later). */
  FILE *f = fopen ("/proc/self/clear_refs", "w");
  gboolean ok;

  if (f == NULL)
    return FALSE;
  ok = fputs ("5", f) >= 0;
  return fclose (f) == 0 && ok;
}

/* The Caspian example with @n more staff members, written with SQLite. */
static char *
make_large (int n)
{
  g_autofree char *example = g_build_filename (g_getenv ("SK_EXAMPLES_DIR"), "caspian-tu-berlin.seriktes", NULL);
  char *path = sk_test_tmp_path ("large.seriktes");
  g_autofree char *data = NULL;
  g_autofree char *sql = NULL;
  gsize length;
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_true (g_file_get_contents (example, &data, &length, NULL));
  g_assert_true (g_file_set_contents (path, data, (gssize) length, NULL));
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sql = g_strdup_printf ("WITH RECURSIVE n(i) AS (SELECT 100000 UNION ALL SELECT i + 1 FROM n WHERE i < %d) "
                         "INSERT INTO staff_member SELECT i, 'Staff member ' || i, "
                         "CASE WHEN i %% 4 = 0 THEN 'foreign' ELSE 'kazakh' END, 1, 'KZ', 'phd', 'none', 10, 2, 1000 FROM n",
                         100000 + n - 1);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s", message);
  sqlite3_close (db);
  return path;
}

static double
ms_since (gint64 start)
{
  return (double) (g_get_monotonic_time () - start) / 1000.0;
}

static void
test_fingerprint_memory (void)
{
  g_autofree char *path = make_large (50000);
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *canonical = NULL;
  g_autofree char *expected = NULL;
  long before, opened, hashed;

  if (!reset_peak ())
    {
      g_test_skip ("/proc/self/clear_refs cannot be written");
      return;
    }
  before = peak_kb ();
  p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_STAFF), >=, 50000);
  opened = peak_kb () - before;

  g_assert_true (reset_peak ());
  before = peak_kb ();
  fingerprint = sk_review_fingerprint (p);
  hashed = peak_kb () - before;
  g_test_message ("open: +%ld KB peak; fingerprint: +%ld KB peak", opened, hashed);
#if !defined(__SANITIZE_ADDRESS__)
  /* With AddressSanitizer freed memory is held in quarantine: no figure. */
  g_assert_cmpint (hashed, <, opened / 8);
#endif

  /* The streamed hash is that of the canonical text. */
  canonical = sk_review_canonical_json (p);
  expected = g_compute_checksum_for_string (G_CHECKSUM_SHA256, canonical, -1);
  g_assert_cmpstr (fingerprint, ==, expected);
}

static int
benchmark (int n)
{
  g_autofree char *path = NULL;
  g_autofree char *copy = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *json = NULL;
  long before;
  gint64 t;

  t = g_get_monotonic_time ();
  path = make_large (n);
  g_print ("%d more staff written with SQLite: %.0f ms\n", n, ms_since (t));

  reset_peak ();
  before = peak_kb ();
  t = g_get_monotonic_time ();
  p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  if (p == NULL)
    g_error ("%s", error->message);
  g_print ("open for editing: %.0f ms, +%ld MB peak\n", ms_since (t), (peak_kb () - before) / 1024);

  reset_peak ();
  before = peak_kb ();
  t = g_get_monotonic_time ();
  fingerprint = sk_review_fingerprint (p);
  g_print ("fingerprint (streamed): %.0f ms, +%ld MB peak\n", ms_since (t), (peak_kb () - before) / 1024);

  reset_peak ();
  before = peak_kb ();
  t = g_get_monotonic_time ();
  json = sk_json_export_string (p, TRUE);
  g_print ("export-json (a tree, then text): %.0f ms, +%ld MB peak, %zu bytes\n",
           ms_since (t), (peak_kb () - before) / 1024, strlen (json));
  return 0;
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  if (argc > 1)
    return benchmark (atoi (argv[1]));
  g_test_add_func ("/sk/large/fingerprint-memory", test_fingerprint_memory);
  return g_test_run ();
}
