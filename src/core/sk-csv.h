/* sk-csv.h: reading a staff list from a CSV table */
#pragma once

#include "sk-proposal.h"

G_BEGIN_DECLS

typedef struct {
  guint line;        /* in the file, 1-based */
  SkRecord *record;  /* a detached staff member, NULL when the row is bad */
  char *error;       /* why the row cannot be imported, translated */
} SkCsvRow;

void       sk_csv_row_free       (SkCsvRow *row);

/* Splits CSV text into rows of fields (RFC 4180: quotes, doubled quotes,
 * line breaks inside quotes; the separator is a comma, a semicolon or a
 * tab, whichever the first line uses; a UTF-8 byte order mark is
 * skipped). NULL with an error for text that is not UTF-8 or has an
 * unterminated quote. */
GPtrArray *sk_csv_parse          (const char *data, gsize length, GError **error);

/* Reads a staff list: a header row naming the columns (name, side,
 * institution, citizenship, degree, title, teaching years, practice years,
 * FTE; in English, Russian or Kazakh, any order, any case), then one row
 * per person. Sides, degrees and titles may be written as codes or as
 * their labels; institutions by any of their names. Returns SkCsvRow for
 * every data row (good ones with a record to insert), or NULL with an
 * error when the table as a whole cannot be read (no name column). */
GPtrArray *sk_csv_read_staff     (SkProposal *proposal, const char *data, gsize length, GError **error);

/* The same from the file at @path (a regular file of at most 64 MB). */
GPtrArray *sk_csv_read_staff_file (SkProposal *proposal, const char *path, GError **error);

/* A number as people write it in a table, times @scale, rounded to a whole
 * number; digits with at most one decimal point or comma. */
gboolean sk_csv_parse_number (const char *text, double scale, gboolean skip_spaces, gint64 *out);

G_END_DECLS
