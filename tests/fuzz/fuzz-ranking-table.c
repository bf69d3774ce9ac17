/* fuzz-ranking-table.c: a publisher's ranking table (CSV in any of the
 * encodings, XLSX or JSON, told apart by their content) from arbitrary
 * bytes; a table that reads is indexed and searched. Oracles: every kept
 * row has a name, a normalised key and a rank; a refusal has a message. */
#include "config.h"

#include "fuzz-common.h"
#include "sk-ranking.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static const char * const publishers[] = { "qs", "the", "arwu" };
  SkRankingImportOptions options = { publishers[size % 3], 2026, NULL, NULL, NULL, NULL };
  g_autoptr (GError) error = NULL;
  SkRankingTable *table;
  g_autoptr (SkRankings) rankings = NULL;

  fuzz_init ();
  table = sk_ranking_table_read_data (data, size, "fuzz", &options, &error);
  if (table == NULL)
    {
      if (error == NULL)
        g_error ("a table refused without a message");
      return 0;
    }
  for (guint i = 0; i < table->rows->len; i++)
    {
      SkRankingRow *row = table->rows->pdata[i];
      if (row->name == NULL || row->key == NULL || row->rank_text == NULL)
        g_error ("row %u kept without a name, key or rank", row->row);
    }
  rankings = sk_rankings_new ();
  sk_rankings_add_table (rankings, table); /* taken */
  if (table->rows->len > 0)
    {
      SkRankingRow *row = table->rows->pdata[0];
      g_autoptr (GPtrArray) hits = sk_ranking_find (rankings, row->country, row->name, 500, NULL);
      g_assert (hits != NULL);
    }
  return 0;
}
