/* sk-staff-page.h: the teaching staff as a table */
#pragma once

#include <adwaita.h>

#include "sk-proposal.h"

G_BEGIN_DECLS

GtkWidget *sk_staff_page_new (SkProposal *proposal);
/* The rows shown after search, filters and sorting (tests). */
GListModel *sk_staff_page_get_model (GtkWidget *page);
void        sk_staff_page_set_search (GtkWidget *page, const char *text);
/* Reads a CSV staff list and shows the import's preview (a file dropped
 * on the page). */
void        sk_staff_page_import_file (GtkWidget *page, GFile *file);
/* Moves the keyboard focus to the search (Ctrl+F). */
void        sk_staff_page_focus_search (GtkWidget *page);
/* Assigns the staff at @positions (of the shown rows) to @programme_id
 * with @hours each, as one undo step; returns how many were added. */
guint       sk_staff_page_assign (GtkWidget *page, const guint *positions, guint n,
                                  gint64 programme_id, gint64 hours, GError **error);
/* Imports the good rows of a CSV staff list as one undo step. */
guint       sk_staff_page_import_rows (SkProposal *proposal, GPtrArray *csv_rows, GError **error);

G_END_DECLS
