/* test-inputs.c: every file the user names is read within bounds: a
 * device, a FIFO or a folder (also behind a symbolic link) is refused at
 * once with a clear message, and so is a file that is too large. */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sk-csv.h"
#include "sk-error.h"
#include "sk-file.h"
#include "sk-json.h"
#include "sk-proposal.h"
#include "sk-ranking.h"
#include "sk-rules.h"
#include "sk-test-util.h"

typedef enum { INPUT_PROPOSAL, INPUT_JSON, INPUT_CSV, INPUT_RULES, INPUT_RANKING_TABLE, N_INPUTS } Input;
static const char * const input_names[N_INPUTS] = { "proposal", "json", "csv", "rules", "ranking table" };

/* Opens @path as the given input; returns the error. */
static GError *
open_as (Input input, const char *path)
{
  GError *error = NULL;

  switch (input)
    {
    case INPUT_PROPOSAL:
      {
        g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
        g_assert_null (p);
        break;
      }
    case INPUT_JSON:
      {
        g_autofree char *out = sk_test_tmp_path ("inputs-out.seriktes");
        g_assert_false (sk_json_import_file (path, out, TRUE, &error));
        g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
        break;
      }
    case INPUT_CSV:
      {
        g_autofree char *target = sk_test_tmp_path ("inputs-csv.seriktes");
        g_autoptr (SkProposal) p = NULL;
        g_autoptr (GPtrArray) rows = NULL;

        if (!g_file_test (target, G_FILE_TEST_EXISTS))
          p = sk_proposal_create (target, NULL);
        else
          p = sk_proposal_open (target, SK_OPEN_DEFAULT, NULL);
        g_assert_nonnull (p);
        rows = sk_csv_read_staff_file (p, path, &error);
        g_assert_null (rows);
        break;
      }
    case INPUT_RANKING_TABLE:
      {
        SkRankingImportOptions options = { "qs", 2026, NULL, NULL, NULL, NULL };
        g_autoptr (SkRankingTable) table = sk_ranking_table_read_file (path, &options, &error);
        g_assert_null (table);
        break;
      }
    case INPUT_RULES:
    default:
      {
        g_autoptr (SkRuleSet) rules = sk_rule_set_new_from_file (path, &error);
        g_assert_null (rules);
        break;
      }
    }
  g_assert_nonnull (error);
  return error;
}

static void
assert_refused (const char *what, const char *path, const char *expected)
{
  for (Input i = 0; i < N_INPUTS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr (GError) error = open_as (i, path);

      g_test_message ("%s as %s: %s", what, input_names[i], error->message);
      /* Refused at once: not read to the end of a device, no waiting for
       * a FIFO's writer. */
      g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
      if (expected && strstr (error->message, expected) == NULL)
        g_error ("%s as %s: expected “%s” in “%s”", what, input_names[i], expected, error->message);
    }
}

static void
test_device (void)
{
  g_autofree char *link = sk_test_tmp_path ("zero.json");

  g_assert_cmpint (symlink ("/dev/zero", link), ==, 0);
  assert_refused ("a symbolic link to /dev/zero", link, "not a regular file");
}

static void
test_fifo (void)
{
  g_autofree char *fifo = sk_test_tmp_path ("fifo.json");

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  assert_refused ("a FIFO", fifo, "not a regular file");
}

static void
test_folder (void)
{
  g_autofree char *dir = sk_test_tmp_path ("folder.json");

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  assert_refused ("a folder", dir, "folder");
}

static void
test_missing (void)
{
  g_autofree char *path = sk_test_tmp_path ("missing.json");

  assert_refused ("a missing file", path, NULL);
}

/* Larger than any bound (sparse: nothing is written to the disk). */
static void
test_too_large (void)
{
  g_autofree char *path = sk_test_tmp_path ("large.json");
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;
  FILE *f = fopen (path, "w");

  g_assert_nonnull (f);
  g_assert_cmpint (ftruncate (fileno (f), (off_t) SK_JSON_MAX_BYTES + 1), ==, 0);
  fclose (f);
  for (Input i = INPUT_JSON; i < N_INPUTS; i++)
    {
      g_autoptr (GError) e = open_as (i, path);
      g_test_message ("too large as %s: %s", input_names[i], e->message);
      g_assert_true (strstr (e->message, "larger than") || strstr (e->message, "too large"));
    }

  /* The bound itself: a file of exactly the bound is read, one byte more
   * is not. */
  f = fopen (path, "w");
  fputs ("0123456789", f);
  fclose (f);
  g_assert_true (sk_file_read_bounded (path, 10, &data, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, ==, 10);
  g_assert_cmpstr (data, ==, "0123456789");
  g_clear_pointer (&data, g_free);
  g_assert_false (sk_file_read_bounded (path, 9, &data, &length, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO);
  g_assert_null (data);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sk/inputs/device", test_device);
  g_test_add_func ("/sk/inputs/fifo", test_fifo);
  g_test_add_func ("/sk/inputs/folder", test_folder);
  g_test_add_func ("/sk/inputs/missing", test_missing);
  g_test_add_func ("/sk/inputs/too-large", test_too_large);
  return g_test_run ();
}
