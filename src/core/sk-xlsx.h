/* sk-xlsx.h: the cells of a worksheet in an XLSX workbook, as text
 *
 * The container is opened with libgsf (the ZIP archive), the package's
 * relations, the sheet and its shared strings are read with libxml2. Used by the
 * imports of ranking tables and staff lists.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  guint number;     /* the row number the spreadsheet shows, 1-based */
  GPtrArray *cells; /* char*, one per column from A, "" where empty */
} SkXlsxRow;

void       sk_xlsx_row_free   (SkXlsxRow *row);

/* Does @data start like a ZIP file (an XLSX workbook is one)? */
gboolean   sk_xlsx_is_zip     (const guint8 *data, gsize length);

/* The rows of the workbook's first worksheet that have a cell with a value,
 * in order, as SkXlsxRow. Shared strings, inline strings, numbers (whole
 * numbers without a decimal point), booleans and formula results are
 * given as text. NULL with an error (SK_PROPOSAL_ERROR_INVALID_VALUE) for
 * a file that is not a workbook, is damaged, or is too large once
 * unpacked. */
GPtrArray *sk_xlsx_read_first_sheet (const guint8 *data, gsize length, GError **error);

G_END_DECLS
