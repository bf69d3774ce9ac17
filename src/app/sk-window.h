/* sk-window.h: a window showing one proposal */
#pragma once

#include <adwaita.h>

#include "sk-compliance.h"
#include "sk-proposal.h"

G_BEGIN_DECLS

#define SK_TYPE_WINDOW (sk_window_get_type ())
G_DECLARE_FINAL_TYPE (SkWindow, sk_window, SK, WINDOW, AdwApplicationWindow)

SkWindow     *sk_window_new            (GtkApplication *app);
/* Opens @file in this window; on failure shows the reason in a dialog and
 * keeps what the window showed. A file that cannot be written is opened
 * for viewing. */
gboolean      sk_window_open           (SkWindow *self, GFile *file);
/* Where a file chooser of this window starts: beside the proposal shown
 * when it may be written there, otherwise the Documents folder (or home). */
GFile        *sk_window_dup_start_folder (SkWindow *self);
/* A file dropped on the window: a proposal is opened (in a new window
 * when this one shows one), a CSV or XLSX staff list to the staff import. */
gboolean      sk_window_drop_file      (SkWindow *self, GFile *file);
/* Shows @proposal (taken over by the window). */
void          sk_window_set_proposal   (SkWindow *self, SkProposal *proposal);
SkProposal   *sk_window_get_proposal   (SkWindow *self);
SkCompliance *sk_window_get_compliance (SkWindow *self);
/* Shows the page of an area ("overview", "staff", ...), built on first use. */
GtkWidget    *sk_window_show_page      (SkWindow *self, const char *page);
/* Goes to the record: its page, and its editor. */
void          sk_window_show_record    (SkWindow *self, const char *kind, gint64 id);
/* Goes to where the finding of check @check_id on (@kind, @id) is fixed:
 * the page and field, or the record's editor and its field, or the Add
 * button of a missing record; the place is scrolled to, focused and
 * highlighted. Returns the widget highlighted, or NULL. */
GtkWidget    *sk_window_show_finding   (SkWindow *self, const char *kind, gint64 id, const char *check_id);
/* Opens the editor of @record over what is shown (a page or the editor
 * of the record it belongs to), with a back button. */
GtkWidget    *sk_window_edit_record    (SkWindow *self, SkRecord *record);
/* Opens the editor of a new record of @kind (belonging to @owner_id by
 * @owner_field, when not NULL), empty but for meaningful defaults. */
GtkWidget    *sk_window_add_record     (SkWindow *self, const char *kind, const char *owner_field, gint64 owner_id);
/* The editor shown, or NULL when a page is. */
GtkWidget    *sk_window_get_editor     (SkWindow *self);
/* Closes the editor shown (as its back button). */
void          sk_window_go_back        (SkWindow *self);
/* A toast; it replaces the one shown. */
void          sk_window_toast          (SkWindow *self, const char *text);
/* A toast with an Undo button. */
void          sk_window_toast_undo     (SkWindow *self, const char *text);
/* The toast shown, or NULL. */
AdwToast     *sk_window_get_toast      (SkWindow *self);
/* Shows @error under @heading in a dialog over @parent (may be NULL). */
void          sk_show_error            (GtkWindow *parent, const char *heading, const GError *error);

/* A toast with a button that opens @path. */
void          sk_window_toast_file     (SkWindow *self, const char *text, const char *path);
/* The export bar: @fraction 0..1 with the section being written; below 0
 * hides it. The cancellable is what its Cancel button cancels. */
void          sk_window_set_export_progress    (SkWindow *self, double fraction, const char *section);
void          sk_window_set_export_cancellable (SkWindow *self, GCancellable *cancellable);

/* Is the warning shown that the content no longer matches its fingerprint? */
gboolean      sk_window_shows_fingerprint_alarm (SkWindow *self);

G_END_DECLS
