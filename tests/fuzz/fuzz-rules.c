/* fuzz-rules.c: a rule set from arbitrary text; an accepted one checks
 * every example. */
#include "config.h"

#include "fuzz-common.h"
#include "sk-check.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static GPtrArray *proposals;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkRuleSet) rules = NULL;
  SkCheckOptions options = { 2026, "en", "en", NULL };

  fuzz_init ();
  if (proposals == NULL)
    {
      proposals = g_ptr_array_new ();
      for (guint i = 0; i < fuzz_n_examples (); i++)
        {
          g_autofree char *name = g_strdup_printf ("example-%u.seriktes", i);
          g_autofree char *path = fuzz_path (name);
          g_autoptr (GBytes) example = fuzz_example (i);

          fuzz_write_file (path, g_bytes_get_data (example, NULL), g_bytes_get_size (example));
          g_ptr_array_add (proposals, sk_proposal_open (path, SK_OPEN_READ_ONLY, NULL));
        }
    }
  rules = sk_rule_set_new_from_data ((const char *) data, (gssize) size, "fuzz.ini", &error);
  if (rules == NULL)
    return 0;
  for (guint i = 0; i < proposals->len; i++)
    {
      g_autoptr (GPtrArray) findings = sk_check (proposals->pdata[i], rules, &options);
    }
  return 0;
}
