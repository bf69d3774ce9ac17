/* sk-proposal.h: an open proposal file */
#pragma once

#include <gio/gio.h>

#include "sk-record.h"
#include "sk-schema.h"

G_BEGIN_DECLS

#define SK_TYPE_PROPOSAL (sk_proposal_get_type ())
G_DECLARE_FINAL_TYPE (SkProposal, sk_proposal, SK, PROPOSAL, GObject)

typedef enum {
  SK_OPEN_DEFAULT   = 0,
  SK_OPEN_READ_ONLY = 1 << 0, /* for viewing, checking, exporting */
} SkOpenFlags;

/* Creates a new proposal file at @path; fails if the file exists. */
SkProposal *sk_proposal_create       (const char *path, GError **error);
/* Creates a new, empty proposal file at @path; a file already there is
 * replaced only once the new one is completely written. */
SkProposal *sk_proposal_create_replacing (const char *path, GError **error);
/* Opens a proposal file (see sk_store_open() for what is verified). A file
 * that an interrupted program left to be recovered is refused for viewing
 * (SK_PROPOSAL_ERROR_NEEDS_RECOVERY) and recovered when opened for editing. */
SkProposal *sk_proposal_open         (const char *path, SkOpenFlags flags, GError **error);
/* Brings such a file back to its last saved state (and to one file, when
 * it keeps changes in a log beside it), after the checks of an open for
 * editing; for viewing it once the user agreed. */
gboolean    sk_proposal_recover      (const char *path, GError **error);

/* Reads the file again if another program changed it since (the history
 * is then cleared and "changed" emitted). Edits do this themselves: one
 * made on records another program changed meanwhile is refused with
 * SK_PROPOSAL_ERROR_CHANGED after the reload. */
gboolean    sk_proposal_refresh      (SkProposal *self, GError **error);
/* A copy of the proposal's file as it is now, in memory, taken at once
 * (a copy of its pages, no more) on the thread that has it open; in
 * another thread sk_proposal_open_snapshot() reads it, read-only, while
 * this proposal goes on being edited: for the PDF export. */
GBytes     *sk_proposal_snapshot      (SkProposal *self, GError **error);
SkProposal *sk_proposal_open_snapshot (GBytes *snapshot, const char *path, GError **error);

const char *sk_proposal_get_path     (SkProposal *self);
gboolean    sk_proposal_is_read_only (SkProposal *self);
/* Submitted, under review or decided: only review data may change. */
gboolean    sk_proposal_is_frozen    (SkProposal *self);

/* The records of one kind, as a GListModel of SkRecord sorted by id. */
GListModel *sk_proposal_get_records  (SkProposal *self, const char *kind);
guint       sk_proposal_count        (SkProposal *self, const char *kind);
SkRecord   *sk_proposal_lookup       (SkProposal *self, const char *kind, gint64 id);
/* The proposal's own record (kind "proposal"). */
SkRecord   *sk_proposal_get_info     (SkProposal *self);

/* Editing: each call is one transaction and one undo step (unless inside
 * a group), saved at once. Records handed in are not taken over. */
gboolean    sk_proposal_set          (SkProposal *self, const char *kind, gint64 id,
                                      const char *field, GVariant *value, GError **error);
gboolean    sk_proposal_update       (SkProposal *self, SkRecord *record, GError **error);
gint64      sk_proposal_insert       (SkProposal *self, SkRecord *record, GError **error);
gboolean    sk_proposal_delete       (SkProposal *self, const char *kind, gint64 id, GError **error);

/* Several edits as one transaction and one undo step. Groups nest. When
 * an edit inside fails, call sk_proposal_cancel_group() to undo the ones
 * before it, or end the group to keep them. */
void        sk_proposal_begin_group  (SkProposal *self, const char *label);
gboolean    sk_proposal_end_group    (SkProposal *self, GError **error);
void        sk_proposal_cancel_group (SkProposal *self);

gboolean    sk_proposal_can_undo     (SkProposal *self);
gboolean    sk_proposal_can_redo     (SkProposal *self);
const char *sk_proposal_get_undo_label (SkProposal *self);
const char *sk_proposal_get_redo_label (SkProposal *self);
gboolean    sk_proposal_undo         (SkProposal *self, GError **error);
gboolean    sk_proposal_redo         (SkProposal *self, GError **error);

/* Copies the proposal to @path (atomically) and continues in the copy. */
gboolean    sk_proposal_save_as      (SkProposal *self, const char *path, GError **error);

/* Checks that @value fits @field of @kind, including that a reference
 * names an existing record of the right kind. For as-you-type validation. */
gboolean    sk_proposal_validate_value (SkProposal *self, const char *kind, const char *field,
                                        GVariant *value, GError **error);

G_END_DECLS
