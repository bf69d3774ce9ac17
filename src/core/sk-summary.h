/* sk-summary.h: what a proposal is, in a few lines */
#pragma once

#include "sk-check.h"
#include "sk-proposal.h"
#include "sk-review.h"

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

/* One proposal file in a list of many (the reviewer's inbox, `check
 * --format csv`): what it is, how it stands, or why it cannot be read. */
typedef struct {
  char *file;
  GError *error;          /* set when the file cannot be read; nothing else is then */
  char *title;            /* in the language asked for (another when missing); NULL: none */
  char *applicant;
  char *model;            /* the label of the partnership model, translated; NULL: none */
  char *status;           /* the code */
  char *status_label;     /* translated */
  guint errors, warnings, notes;
  SkFingerprintState fingerprint;
  gboolean tampered;      /* the review history cannot have happened */
  char *verdict;          /* the fingerprint's verdict (or the history's problem), translated */
  char *last_event;       /* what the last status change did, translated; NULL: none */
  char *last_event_by;
  char *last_event_at;    /* as the file keeps it (ISO 8601), for sorting */
  char *last_event_when;  /* localised */
} SkFileSummary;

void           sk_file_summary_free (SkFileSummary *summary);

/* Opens @path for viewing, checks it (@rules NULL: the built-in ones;
 * @options as for sk_check(), its language the summary's) and sums it up. Never NULL: a file that
 * cannot be read has its error. */
SkFileSummary *sk_file_summary_new  (const char *path, SkRuleSet *rules, const SkCheckOptions *options);

/* The same for many files at once, in their order: summed up on as many
 * threads as there are processors (each file is opened on its own). */
GPtrArray     *sk_file_summaries_new (const char * const *paths, guint n_paths, SkRuleSet *rules,
                                      const SkCheckOptions *options);

/* A line of CSV (RFC 4180, ending in CRLF) per summary after a header:
 * file, title, applicant, model, status, errors, warnings, notes,
 * fingerprint, last event, by whom, when (ISO 8601), problem (why the
 * file cannot be read, or why its history is impossible). */
char          *sk_file_summaries_to_csv (GPtrArray *summaries, const char *lang);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkSummaryRow, sk_summary_row_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkFileSummary, sk_file_summary_free)

G_END_DECLS
