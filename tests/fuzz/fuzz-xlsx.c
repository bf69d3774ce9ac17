/* fuzz-xlsx.c: the first worksheet of an XLSX workbook from arbitrary
 * bytes (a ZIP archive read by libgsf, its parts by libxml2): the reader
 * of the ranking tables and, next, of the staff lists. Oracle: every row
 * has cells, and its number grows. */
#include "config.h"

#include "fuzz-common.h"
#include "sk-xlsx.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  guint last = 0;

  fuzz_init ();
  rows = sk_xlsx_read_first_sheet (data, size, &error);
  if (rows == NULL)
    {
      if (error == NULL)
        g_error ("a workbook refused without a message");
      return 0;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      SkXlsxRow *row = rows->pdata[i];
      if (row->cells == NULL || row->number <= last)
        g_error ("row %u after row %u, or without cells", row->number, last);
      last = row->number;
      for (guint c = 0; c < row->cells->len; c++)
        if (!g_utf8_validate (row->cells->pdata[c], -1, NULL))
          g_error ("row %u: a cell that is not UTF-8", row->number);
    }
  return 0;
}
