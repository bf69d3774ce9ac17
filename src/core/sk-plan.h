/* sk-plan.h: the plans by year as grids (financing: sources and their
 * lines by year; indicators: unit, baseline and each year), numbers as
 * people type them, paste and copy of tab-separated blocks, and the plans
 * following the term */
#pragma once

#include "sk-proposal.h"

G_BEGIN_DECLS

/* ---- numbers as people type them ---- */

/* Reads an amount of whole tenge: "150 000 000", "150 000 000" (no-break
 * spaces), "150,000,000", "150.000.000", "1 500 000,00", "2 000 ₸". The
 * decimal mark of @lang (kk, ru: a comma; en: a point; NULL: the
 * interface's) decides a lone separator that could be either. */
gboolean    sk_plan_parse_amount  (const char *text, const char *lang, gint64 *tenge, GError **error);
/* The same for a measured value (an indicator): decimals allowed, and a
 * minus sign. */
gboolean    sk_plan_parse_value   (const char *text, const char *lang, double *value, GError **error);

/* ---- grids ---- */

typedef enum {
  SK_GRID_FINANCING,  /* rows: a source and its line (the note); columns: years */
  SK_GRID_INDICATORS, /* rows: indicators; columns: unit, baseline, years */
} SkGridKind;

typedef struct _SkGrid SkGrid;

/* A snapshot of the plan; build a new one after an edit. The columns are
 * the years of the term and every other year that has a value (those
 * marked not in the term), in order. Labels and numbers in @lang (NULL:
 * the interface's). */
SkGrid     *sk_grid_new            (SkProposal *proposal, SkGridKind kind, const char *lang);
void        sk_grid_free           (SkGrid *grid);

SkGridKind  sk_grid_get_kind       (SkGrid *grid);
guint       sk_grid_n_rows         (SkGrid *grid);
guint       sk_grid_n_columns      (SkGrid *grid);
/* "Unit", "Baseline", "2027". */
const char *sk_grid_column_title   (SkGrid *grid, guint column);
/* The year of a column; 0 for the unit and the baseline. */
int         sk_grid_column_year    (SkGrid *grid, guint column);
gboolean    sk_grid_column_in_term (SkGrid *grid, guint column);
const char *sk_grid_row_label      (SkGrid *grid, guint row);
/* Financing: the row's source code and line (NULL: none). */
const char *sk_grid_row_source     (SkGrid *grid, guint row);
const char *sk_grid_row_line       (SkGrid *grid, guint row);
/* Indicators: the row's indicator. */
gint64      sk_grid_row_indicator  (SkGrid *grid, guint row);

gboolean    sk_grid_cell_is_set    (SkGrid *grid, guint row, guint column);
/* The value as shown ("1 250 000", "12,5"); "" when unset. */
char       *sk_grid_cell_text      (SkGrid *grid, guint row, guint column);
/* A year of the term without a value where one is expected: for
 * indicators, a missing target; for financing, a year no source finances
 * (the same for every row of the column). */
gboolean    sk_grid_cell_missing   (SkGrid *grid, guint row, guint column);
/* Financing: a year of the term that no source finances. */
gboolean    sk_grid_year_missing   (SkGrid *grid, guint column);
/* Financing totals in tenge: of a row (a source's line), of a source, of
 * a year column, of everything. */
gint64      sk_grid_row_total      (SkGrid *grid, guint row);
gint64      sk_grid_source_total   (SkGrid *grid, const char *source);
gint64      sk_grid_column_total   (SkGrid *grid, guint column);
gint64      sk_grid_total          (SkGrid *grid);

/* A financing row with no amounts yet, so that its cells can be set
 * ("add a source row"); returns its index. */
guint       sk_grid_add_line       (SkGrid *grid, const char *source, const char *line);

/* Sets one cell from text as typed ("" clears it). One undo step. */
gboolean    sk_grid_set_cell       (SkProposal *proposal, SkGrid *grid, guint row, guint column,
                                    const char *text, GError **error);
/* Pastes a tab-separated block (lines of cells, as spreadsheets put on
 * the clipboard) with its top left at (@row, @column). One undo step; a
 * block larger than the grid or any bad cell: an error naming it, and
 * nothing changed. */
gboolean    sk_grid_paste          (SkProposal *proposal, SkGrid *grid, guint row, guint column,
                                    const char *text, GError **error);
/* The block of cells as tab-separated lines (numbers without grouping,
 * with the decimal mark of the grid's language). */
char       *sk_grid_copy           (SkGrid *grid, guint row, guint column, guint n_rows, guint n_columns);
/* The whole grid as a table of text: a header row, then per row its label
 * and cells (financing: and its total; then a row of totals). GPtrArray
 * of GStrv. */
GPtrArray  *sk_grid_table          (SkGrid *grid);

/* ---- the term changes, the plans follow ---- */

/* The years of the term (from the proposal's dates); FALSE when unknown. */
gboolean    sk_plan_term_years     (SkProposal *proposal, int *first, int *last);
/* Years of the term for which no plan has anything (no financing line,
 * no indicator target): the years just added to the term. */
GArray     *sk_plan_empty_years    (SkProposal *proposal);

typedef enum {
  SK_FILL_COPY_LAST, /* each line and indicator: the value of its latest year before */
  SK_FILL_EMPTY,     /* leave the years empty: nothing changes */
} SkFillMode;

/* Fills @years (NULL: sk_plan_empty_years()) of the financing lines and
 * indicators. One undo step. */
gboolean    sk_plan_fill_years     (SkProposal *proposal, GArray *years, SkFillMode mode,
                                    guint *n_added, GError **error);

typedef struct {
  const char *kind;   /* SK_KIND_FINANCING or SK_KIND_INDICATOR_TARGET */
  gint64 id;
  int year;
  char *description;  /* "State educational order, 2031: 1 000 000 ₸", translated */
} SkPlanItem;

void        sk_plan_item_free      (SkPlanItem *item);
/* The lines of the plans outside the term, to list before removing them. */
GPtrArray  *sk_plan_outside_term   (SkProposal *proposal, const char *lang);
/* Removes them. One undo step. */
gboolean    sk_plan_remove_outside_term (SkProposal *proposal, guint *n_removed, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkGrid, sk_grid_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkPlanItem, sk_plan_item_free)

/* Splits a block of cells copied from a spreadsheet (tab-separated
 * text) into its lines: the line break after the last line is no line, a
 * carriage return ending a line is dropped; *n_lines is the number of
 * lines, *width the most cells in a line. Free with g_strfreev. */
GStrv sk_tsv_split_block (const char *text, guint *n_lines, guint *width);

G_END_DECLS
