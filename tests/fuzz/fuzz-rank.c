/* fuzz-rank.c: the short texts the core parses: a rank as a publisher
 * writes it, and a BIN. Oracle: a parsed rank is a position or a range
 * (lower >= 1, upper 0 or >= lower). */
#include "config.h"

#include "fuzz-common.h"
#include "sk-bin.h"
#include "sk-rank.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr (GError) error = NULL;
  SkRank rank;

  fuzz_init ();
  if (!g_utf8_validate (text, -1, NULL))
    return 0; /* the fields hold UTF-8 only */
  if (sk_rank_parse (text, &rank, &error))
    {
      if (rank.ranked && (rank.lower < 1 || (rank.upper != 0 && rank.upper < rank.lower)))
        g_error ("“%s” parsed as %d–%d", text, rank.lower, rank.upper);
    }
  else if (error == NULL)
    g_error ("“%s” refused without a message", text);
  {
    SkBinStatus status = sk_bin_check (text);
    (void) sk_bin_unit (text);
    if (status != SK_BIN_VALID && sk_bin_status_message (status) == NULL)
      g_error ("BIN status %d without a message", status);
  }
  return 0;
}
