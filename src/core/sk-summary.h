/* sk-summary.h: what a proposal is, in a few lines */
#pragma once

#include "sk-proposal.h"

G_BEGIN_DECLS

typedef struct {
  char *label;  /* translated */
  char *value;
} SkSummaryRow;

void        sk_summary_row_free (SkSummaryRow *row);

/* Rows (label, value) describing the proposal, content in @lang; with
 * the fingerprint and whether it still matches (which reads the whole
 * content) when @with_fingerprint. */
GPtrArray  *sk_summary_rows     (SkProposal *proposal, const char *lang, gboolean with_fingerprint);
/* The same rows, then the number of records of each kind, as text. */
char       *sk_summary_text     (SkProposal *proposal, const char *lang);

/* A record's display name (a trilingual name or title in @lang, falling
 * back to another language; or its name field). Never NULL. */
const char *sk_record_display_name (SkRecord *record, const char *lang);
/* The translated label of an enum field's value, or "" when unset. */
const char *sk_enum_label       (SkRecord *record, const char *field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkSummaryRow, sk_summary_row_free)

G_END_DECLS
