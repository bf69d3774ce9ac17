/* sk-staff-page.h: the teaching staff as a table */
#pragma once

#include <adwaita.h>

#include "sk-proposal.h"
#include "sk-staff-import-dialog.h"

G_BEGIN_DECLS

#define SK_TYPE_STAFF_PAGE (sk_staff_page_get_type ())
G_DECLARE_FINAL_TYPE (SkStaffPage, sk_staff_page, SK, STAFF_PAGE, GtkWidget)

/* The page of @proposal, editable unless the proposal is read-only
 * (properties "proposal" and "editable"). */
GtkWidget *sk_staff_page_new (SkProposal *proposal);
/* What an hours cell of the table shows (for tests and benchmarks). */
const char *sk_staff_page_cell_text (GtkWidget *cell);
/* The rows shown after search, filters and sorting (tests). */
GListModel *sk_staff_page_get_model (GtkWidget *page);
void        sk_staff_page_set_search (GtkWidget *page, const char *text);
/* Reads a staff list (CSV or XLSX) and opens the import dialog on it (a
 * file dropped on the window, or chosen); NULL when the file cannot be
 * imported (the user is told why). */
SkStaffImportDialog *sk_staff_page_import_file (GtkWidget *page, GFile *file);
/* Moves the keyboard focus to the search (Ctrl+F). */
void        sk_staff_page_focus_search (GtkWidget *page);
/* Sets the teaching hours of the staff at @positions (of the shown rows)
 * in @programme_id to @hours, adding or updating their assignments, as
 * one undo step. */
gboolean    sk_staff_page_set_hours (SkStaffPage *self, const guint *positions, guint n,
                                     gint64 programme_id, gint64 hours, guint *n_added,
                                     guint *n_updated, GError **error);
/* The same; returns how many assignments were added. */
guint       sk_staff_page_assign (GtkWidget *page, const guint *positions, guint n,
                                  gint64 programme_id, gint64 hours, GError **error);
/* The selected rows as tab-separated text (what Ctrl+C copies). */
char       *sk_staff_page_copy_text (SkStaffPage *self);
/* Pastes a tab-separated block (Ctrl+V): its columns are the table's
 * from the first (name, side, institution, degree, title, teaching,
 * practice, FTE). Applied at once as one undo step when every row fits
 * (@n_pasted people added or updated; NULL returned); otherwise the
 * import dialog with the preview is returned (not shown). NULL with
 * @error when the block does not fit the table. */
SkStaffImportDialog *sk_staff_page_paste_text (SkStaffPage *self, const char *text,
                                               guint *n_pasted, GError **error);
/* Pastes a tab-separated block of teaching hours (Ctrl+V in an hours
 * cell) with its top left in the hours column of @programme_id at the
 * shown row @position: its lines go down the shown rows, its cells to
 * the right across the hours columns as they are shown. A number sets
 * the hours, an empty cell takes the lecturer off the programme. One undo
 * step; a block larger than that or a cell that is not a number of hours:
 * FALSE with @error naming the cell, and nothing changed. @n_changed:
 * the cells whose hours changed. */
gboolean    sk_staff_page_paste_hours (SkStaffPage *self, guint position, gint64 programme_id,
                                       const char *text, guint *n_changed, GError **error);
/* Writes the staff table to @path (.csv or .xlsx). */
gboolean    sk_staff_page_export (SkStaffPage *self, const char *path, GError **error);
/* Shows the staff of @side (an SkSide; -1: every side) teaching in
 * @programme_id (0: every one): what a cell of the staffing plan holds. */
void        sk_staff_page_show_staff_of (SkStaffPage *self, gint64 programme_id, int side);

G_END_DECLS
