/* sk-staff-import.h: a staff list from a spreadsheet (CSV or XLSX) as HR
 * departments export it: columns found by their headings (kk, ru, en) or
 * mapped by the user, the side inferred, common values understood, people
 * already in the proposal updated rather than added twice */
#pragma once

#include "sk-proposal.h"

G_BEGIN_DECLS

/* The fields a column can be mapped to (their codes, for --map and for
 * storing a mapping): name, side, institution, citizenship, degree, title,
 * position (a job title: "доцент" gives the academic title, others none),
 * teaching-years, practice-years, fte, ignore. */
const char * const *sk_staff_import_fields (void);
/* The translated name of a field code. */
const char *sk_staff_import_field_label (const char *field);

typedef enum {
  SK_IMPORT_NEW,
  SK_IMPORT_UPDATED,
  SK_IMPORT_UNCHANGED,
  SK_IMPORT_REFUSED,
} SkImportStatus;

typedef struct {
  guint number;         /* the row number the spreadsheet shows */
  char *person;         /* the name in the row; NULL when it has none */
  SkImportStatus status;
  GPtrArray *errors;    /* char*, every problem of the row, translated */
  SkRecord *record;     /* NEW, UPDATED: the staff member as it will be */
  gint64 existing_id;   /* UPDATED, UNCHANGED: who is already there */
} SkImportRow;

typedef struct _SkStaffImport SkStaffImport;

/* Reads @data (CSV in any common encoding, or XLSX: the first sheet) and
 * prepares the import into @proposal. @mapping: "COLUMN=FIELD" strings
 * (the column by its heading or its number from 1), applied over the
 * guessed ones; NULL for none. NULL with an error (nothing to import)
 * when the file is not a staff list, is damaged, or too large. */
SkStaffImport *sk_staff_import_new      (SkProposal *proposal, const guint8 *data, gsize length,
                                         const char * const *mapping, GError **error);
/* The same with a @remembered mapping too (sk_staff_import_get_mapping()
 * of an earlier import, as the window keeps it): applied first, and what
 * does not fit this table (a heading it does not have) is left out;
 * @mapping is applied over it. */
SkStaffImport *sk_staff_import_new_full (SkProposal *proposal, const guint8 *data, gsize length,
                                         const char * const *mapping,
                                         const char * const *remembered, GError **error);
/* The same from a file (at most 64 MB). */
SkStaffImport *sk_staff_import_new_from_file (SkProposal *proposal, const char *path,
                                              const char * const *mapping, GError **error);
/* A block of cells pasted into the staff table (tab-separated lines, no
 * headings): @columns names the field of each pasted column (codes of
 * sk_staff_import_fields(), as the table shows them). Then as an import:
 * preview, apply as one undo step. NULL with an error for a block that is
 * not text, too large, or wider than @columns. */
SkStaffImport *sk_staff_import_new_from_block (SkProposal *proposal, const char *text,
                                               const char * const *columns, GError **error);
void           sk_staff_import_free     (SkStaffImport *import);

/* The columns: their headings and the fields they are read as (NULL:
 * not read). */
guint          sk_staff_import_n_columns    (SkStaffImport *import);
const char    *sk_staff_import_column_heading (SkStaffImport *import, guint column);
const char    *sk_staff_import_column_field (SkStaffImport *import, guint column);
/* The mapping in use, as "HEADING=FIELD" strings, to store for the next
 * import. */
GStrv          sk_staff_import_get_mapping  (SkStaffImport *import);

/* The preview: SkImportRow per data row, and the counts. */
GPtrArray     *sk_staff_import_rows     (SkStaffImport *import);
void           sk_staff_import_counts   (SkStaffImport *import, guint *n_new, guint *n_updated,
                                         guint *n_unchanged, guint *n_refused);
/* "New: 5, updated: 3, unchanged: 2, refused: 1", translated. */
char          *sk_staff_import_summary  (SkStaffImport *import);
/* "Row 4 (Иванов Иван): …" for every problem of a refused row. */
char          *sk_staff_import_row_problem (const SkImportRow *row, guint index);

/* Adds the new people and updates the others. One undo step; nothing
 * changes when an edit is refused. */
gboolean       sk_staff_import_apply    (SkStaffImport *import, SkProposal *proposal,
                                         GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkStaffImport, sk_staff_import_free)

G_END_DECLS
