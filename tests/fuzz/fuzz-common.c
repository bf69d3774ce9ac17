/* fuzz-common.c: what the libFuzzer harnesses of tests/fuzz share */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"
#include "sk-check.h"
#include "sk-init.h"
#include "sk-json.h"
#include "sk-review.h"
#include "sk-summary.h"

static char *scratch;
static GPtrArray *examples;
static SkRuleSet *rules;

static void
remove_scratch (void)
{
  g_autoptr (GDir) dir = g_dir_open (scratch, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (scratch, name, NULL);
      g_unlink (path);
    }
  g_rmdir (scratch);
}

/* A warning or critical is a finding: abort() after writing it, so that
 * libFuzzer catches the signal and keeps the input (GLib's own fatal
 * warnings end in a breakpoint trap, which libFuzzer does not catch). */
static GLogWriterOutput
abort_on_warning (GLogLevelFlags level, const GLogField *fields, gsize n_fields, gpointer data)
{
  g_log_writer_standard_streams (level, fields, n_fields, data);
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return G_LOG_WRITER_HANDLED;
}

void
fuzz_init (void)
{
  g_autofree char *template = NULL;

  if (scratch)
    return;
  g_log_set_writer_func (abort_on_warning, NULL, NULL);
  g_setenv ("LANGUAGE", "en", TRUE);
  sk_init_i18n ();
  template = g_build_filename (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir (),
                               "seriktes-fuzz-XXXXXX", NULL);
  scratch = g_mkdtemp (g_steal_pointer (&template));
  g_assert (scratch != NULL);
  atexit (remove_scratch);
}

char *
fuzz_path (const char *name)
{
  return g_build_filename (scratch, name, NULL);
}

void
fuzz_write_file (const char *path, const uint8_t *data, size_t size)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  FILE *f;

  g_unlink (journal);
  g_unlink (wal);
  g_unlink (shm);
  f = fopen (path, "wb");
  g_assert (f != NULL);
  if (size > 0)
    g_assert (fwrite (data, 1, size, f) == size);
  g_assert (fclose (f) == 0);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
load_examples (void)
{
  const char *dir_name = g_getenv ("SK_EXAMPLES_DIR") ? g_getenv ("SK_EXAMPLES_DIR") : FUZZ_EXAMPLES_DIR;
  g_autoptr (GDir) dir = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (examples)
    return;
  examples = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  dir = g_dir_open (dir_name, 0, NULL);
  if (dir == NULL)
    g_error ("no examples in %s (build them, or set SK_EXAMPLES_DIR)", dir_name);
  while ((name = g_dir_read_name (dir)))
    if (g_str_has_suffix (name, ".seriktes"))
      g_ptr_array_add (names, g_build_filename (dir_name, name, NULL));
  /* A fixed order: byte 0 of a patch names the same example every time. */
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr (GMappedFile) file = g_mapped_file_new (names->pdata[i], FALSE, NULL);
      g_assert (file != NULL);
      g_ptr_array_add (examples, g_mapped_file_get_bytes (file));
    }
  if (examples->len == 0)
    g_error ("no examples in %s (build them, or set SK_EXAMPLES_DIR)", dir_name);
}

guint
fuzz_n_examples (void)
{
  load_examples ();
  return examples->len;
}

GBytes *
fuzz_example (guint n)
{
  load_examples ();
  return g_bytes_ref (examples->pdata[n % examples->len]);
}

SkRuleSet *
fuzz_rules (void)
{
  if (rules == NULL)
    rules = sk_rule_set_new_default ();
  return rules;
}

void
fuzz_exercise (const char *path)
{
  g_autoptr (SkProposal) viewed = sk_proposal_open (path, SK_OPEN_READ_ONLY, NULL);
  g_autoptr (SkProposal) edited = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *redone = NULL;
  g_autoptr (GError) error = NULL;

  if (viewed == NULL)
    return;
  {
    SkCheckOptions options = { 2026, "en", "en", NULL };
    g_autoptr (GPtrArray) findings = sk_check (viewed, fuzz_rules (), &options);
    g_autofree char *summary = sk_summary_text (viewed, "kk");
    g_autofree char *json = sk_json_export_string (viewed, FALSE);
    g_autofree char *fingerprint = sk_review_fingerprint (viewed);

    g_assert (findings != NULL && summary != NULL && json != NULL && fingerprint != NULL);
    (void) sk_review_verify (viewed);
  }
  g_clear_object (&viewed);

  edited = sk_proposal_open (path, SK_OPEN_DEFAULT, NULL);
  if (edited == NULL || sk_proposal_is_frozen (edited))
    return;
  before = sk_json_export_string (edited, FALSE);
  if (!sk_proposal_set (edited, SK_KIND_PROPOSAL, 1, "title_en", g_variant_new_string ("Fuzzed"), &error))
    return;
  after = sk_json_export_string (edited, FALSE);
  if (!sk_proposal_undo (edited, &error))
    g_error ("undo failed after an edit that was saved: %s", error->message);
  {
    g_autofree char *undone = sk_json_export_string (edited, FALSE);
    if (g_strcmp0 (undone, before) != 0)
      g_error ("undo did not restore the proposal");
  }
  if (!sk_proposal_redo (edited, &error))
    g_error ("redo failed: %s", error->message);
  redone = sk_json_export_string (edited, FALSE);
  if (g_strcmp0 (redone, after) != 0)
    g_error ("redo did not restore the edit");
}
