/* sk-field-row.h: an editor row for one field of a record */
#pragma once

#include <adwaita.h>

#include "sk-proposal.h"

G_BEGIN_DECLS

/* Makes the rows that edit @field of @record (three rows for a
 * trilingual field, given its first language) and adds them to @group.
 * Each edit is saved at once through the proposal (one undo step); bad
 * input is marked on the row with the reason and not saved. The rows
 * follow the record when it changes (undo, redo). */
void     sk_field_rows_add (AdwPreferencesGroup *group, SkProposal *proposal,
                            SkRecord *record, const SkField *field);

/* May @record be changed now (not read-only; content not frozen by a
 * submission, except review remarks and decisions)? */
gboolean  sk_record_editable (SkProposal *proposal, SkRecord *record);

/* Parses what a user typed for @field: whole numbers (spaces and
 * thousands separators allowed), money, FTE ("0.5"), shares ("25.5 %"),
 * dates (YYYY-MM-DD), real numbers (point or comma). NULL and no error
 * for an empty text of an optional field. */
GVariant *sk_field_parse  (const SkField *field, const char *text, GError **error);
/* The text shown for a value of @field ("" when unset). */
char     *sk_field_format (const SkField *field, GVariant *value);

G_END_DECLS
