/* sk-record-editor.h: one record and what belongs to it, edited inside
 * the window (with a back button) */
#pragma once

#include <adwaita.h>

#include "sk-proposal.h"

G_BEGIN_DECLS

#define SK_TYPE_RECORD_EDITOR (sk_record_editor_get_type ())
G_DECLARE_FINAL_TYPE (SkRecordEditor, sk_record_editor, SK, RECORD_EDITOR, GtkWidget)

/* An editor of @record of @proposal. A record without an id is new: it
 * is filled in first and added to the proposal with the Add button (or
 * when the user goes back with every required field filled in). */
GtkWidget *sk_record_editor_new         (SkProposal *proposal, SkRecord *record);
SkProposal *sk_record_editor_get_proposal (SkRecordEditor *self);
SkRecord  *sk_record_editor_get_record  (SkRecordEditor *self);
/* Is the record new (not yet added)? */
gboolean   sk_record_editor_is_new      (SkRecordEditor *self);
/* Has the user entered anything into a new record? */
gboolean   sk_record_editor_is_touched  (SkRecordEditor *self);
/* Adds a new record to the proposal (one undo step); the editor goes on
 * with the added record. FALSE with @error when it cannot be added. */
gboolean   sk_record_editor_add         (SkRecordEditor *self, GError **error);
/* Add and New (Ctrl+Enter): saves what is being typed, adds the new
 * record (one undo step) and goes on with a fresh one of its kind with
 * the same owner, focus on its first field. FALSE with @error when it
 * cannot be added (a required field empty, a value typed that is refused:
 * nothing typed is dropped). */
gboolean   sk_record_editor_add_next    (SkRecordEditor *self, GError **error);
/* Moves the keyboard focus to the first field that can be edited. */
void       sk_record_editor_focus_first (SkRecordEditor *self);

/* What deleting @record takes with it, as a sentence for the user: "Delete
 * “TUM” with its 2 ranking entries (can be undone)". */
char      *sk_describe_deletion         (SkProposal *proposal, SkRecord *record);
/* The toast after @record was deleted, saying what went with it; @record
 * and what belonged to it are counted before the deletion. */
char      *sk_describe_deleted          (SkProposal *proposal, SkRecord *record);

/* Adds the editor rows of every field of @record except @skip_field and
 * derived ones to new groups of @page (trilingual fields together). */
void       sk_record_editor_fill        (AdwPreferencesPage *page, SkProposal *proposal,
                                         SkRecord *record, const char *skip_field);

G_END_DECLS
