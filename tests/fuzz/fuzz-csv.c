/* fuzz-csv.c: a staff list from a CSV table, against an example opened for
 * editing. Oracles: every row has a record or an error; the good rows
 * insert (in a group, then cancelled) and the staff count is restored. */
#include "config.h"

#include "fuzz-common.h"
#include "sk-csv.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static SkProposal *
proposal (void)
{
  static SkProposal *p;

  if (p == NULL)
    {
      g_autofree char *path = fuzz_path ("staff.seriktes");
      g_autoptr (GBytes) example = fuzz_example (0);
      g_autoptr (GError) error = NULL;

      fuzz_write_file (path, g_bytes_get_data (example, NULL), g_bytes_get_size (example));
      p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
      if (p == NULL)
        g_error ("%s", error->message);
    }
  return p;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  SkProposal *p;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  guint before, inserted = 0;

  fuzz_init ();
  p = proposal ();
  g_autoptr (GPtrArray) cells = sk_csv_parse ((const char *) data, size, NULL);
  rows = sk_csv_read_staff (p, (const char *) data, size, &error);
  if (rows == NULL)
    return 0;
  before = sk_proposal_count (p, SK_KIND_STAFF);
  sk_proposal_begin_group (p, "fuzz");
  for (guint i = 0; i < rows->len && inserted < 20; i++)
    {
      SkCsvRow *row = rows->pdata[i];
      g_autoptr (GError) local = NULL;

      if ((row->record == NULL) == (row->error == NULL))
        g_error ("line %u has both or neither a record and an error", row->line);
      if (row->record == NULL)
        continue;
      if (sk_proposal_insert (p, row->record, &local) <= 0)
        g_error ("line %u was accepted but does not insert: %s", row->line, local->message);
      inserted++;
    }
  sk_proposal_cancel_group (p);
  if (sk_proposal_count (p, SK_KIND_STAFF) != before)
    g_error ("cancelling the import did not restore the staff");
  return 0;
}
