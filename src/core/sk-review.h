/* sk-review.h: the review workflow: status, fingerprint, remarks, decision
 *
 * The status, its history, decisions, remarks and their replies are
 * written only here: the generic editing API of SkProposal refuses them
 * (SK_PROPOSAL_ERROR_WORKFLOW). Each step below is recorded in the file
 * and is not an undo step: undo in the window never crosses it.
 */
#pragma once

#include "sk-proposal.h"
#include "sk-rules.h"

G_BEGIN_DECLS

/* draft → submitted → under_review → approved / returned / rejected;
 * returned → draft. (A decision taken back, approved / returned /
 * rejected → under_review, is sk_review_withdraw_decision() only.) */
gboolean    sk_review_can_transition (const char *from, const char *to);

typedef struct {
  /* Submitting: the rules by which the errors and warnings remaining are
   * counted and recorded (NULL: the built-in rule set), and the year they
   * are judged from (0: this year). */
  SkRuleSet *rules;
  int year;
  /* Starting the review or deciding on content that no longer matches
   * its fingerprint: refused (SK_PROPOSAL_ERROR_MISMATCH) unless
   * acknowledged; the acknowledgement is recorded with the step. */
  gboolean acknowledge_mismatch;
} SkReviewOptions;

/* Changes the status, recording who, when and the note in the file.
 * Submitting computes and stores the fingerprint and records how many
 * errors and warnings remained. Illegal transitions are refused with
 * SK_PROPOSAL_ERROR_TRANSITION. @options may be NULL. */
gboolean    sk_review_transition_full (SkProposal *proposal, const char *to_status, const char *by,
                                       const char *note, const SkReviewOptions *options, GError **error);
gboolean    sk_review_transition     (SkProposal *proposal, const char *to_status, const char *by,
                                      const char *note, GError **error);

/* The decision (approve, return, reject) with its justification: the
 * status follows (a submitted proposal is taken under review first). */
gboolean    sk_review_decide_full    (SkProposal *proposal, const char *decision, const char *by,
                                      const char *justification, const SkReviewOptions *options,
                                      GError **error);
gboolean    sk_review_decide         (SkProposal *proposal, const char *decision, const char *by,
                                      const char *justification, GError **error);

/* Takes back the last decision, with the reason (required): the decision
 * is kept, marked withdrawn, and the proposal is under review again. */
gboolean    sk_review_withdraw_decision (SkProposal *proposal, const char *by, const char *reason,
                                         GError **error);

/* A remark on the proposal (@kind NULL), a section or one record; it
 * belongs to the current round (the number of submissions so far). */
gint64      sk_review_add_remark     (SkProposal *proposal, const char *kind, gint64 id,
                                      const char *section, const char *author, const char *text,
                                      GError **error);

/* The university's response to a remark while revising (the proposal is
 * a draft or returned): the remark is then "addressed". */
gboolean    sk_review_respond_remark (SkProposal *proposal, gint64 remark, const char *by,
                                      const char *response, GError **error);

/* The reviewer's verdict on a remark of a submitted proposal or one under
 * review: resolved, or not (open again, @note saying why). */
gboolean    sk_review_resolve_remark (SkProposal *proposal, gint64 remark, gboolean resolved,
                                      const char *by, const char *note, GError **error);

/* The replies to a remark (SkRecord of kind remark_reply), oldest first. */
GPtrArray  *sk_review_remark_replies (SkProposal *proposal, gint64 remark);

/* The content as canonical JSON: keys sorted, no insignificant white
 * space, review data (status, fingerprint, remarks, decisions, status
 * history) left out. */
char       *sk_review_canonical_json (SkProposal *proposal);
/* The SHA-256 of the canonical JSON, in hexadecimal. */
char       *sk_review_fingerprint    (SkProposal *proposal);

typedef enum {
  SK_FINGERPRINT_NONE,      /* not submitted: nothing to verify */
  SK_FINGERPRINT_MATCHES,
  SK_FINGERPRINT_MISMATCH,  /* the content changed after submission */
} SkFingerprintState;

/* Verifies the stored fingerprint against the content. */
SkFingerprintState sk_review_verify  (SkProposal *proposal);

/* NULL, or why the review history in the file cannot have happened
 * (SK_PROPOSAL_ERROR_TAMPERED): such a file is treated as tampered with;
 * it cannot be changed. */
const GError *sk_review_history_problem (SkProposal *proposal);

/* One step of the history, for reading. */
typedef struct {
  SkRecord *event;   /* the status event */
  char *when;        /* localised date and time */
  char *who;
  char *what;        /* translated: "Submitted; 2 errors and 5 warnings remained" */
  char *note;        /* the note or justification, or NULL */
} SkHistoryEntry;

void        sk_history_entry_free    (SkHistoryEntry *entry);

/* The status history, oldest first, in @lang (kk, ru, en; NULL: the
 * interface's language). */
GPtrArray  *sk_review_history        (SkProposal *proposal, const char *lang);
/* The same as lines of text, a heading first; "" when there is none. */
char       *sk_review_history_text   (SkProposal *proposal, const char *lang);

/* A time as the file keeps it (ISO 8601) as "4 December 2026, 20:48" in
 * @lang (NULL: the interface's), in the time zone it was written in; a
 * date alone as a date; anything else as it is. NULL for NULL or "". */
char       *sk_review_format_time    (const char *iso, const char *lang, const char *separator);

/* The current user's name, for "by" fields. */
const char *sk_review_default_author (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkHistoryEntry, sk_history_entry_free)

G_END_DECLS
