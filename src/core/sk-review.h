/* sk-review.h: the review workflow: status, fingerprint, remarks, decision */
#pragma once

#include "sk-proposal.h"

G_BEGIN_DECLS

/* draft → submitted → under_review → approved / returned / rejected;
 * returned → draft. */
gboolean    sk_review_can_transition (const char *from, const char *to);

/* Changes the status (one undo step), recording who, when and the note in
 * the file. Submitting computes and stores the fingerprint. Illegal
 * transitions are refused with SK_PROPOSAL_ERROR_TRANSITION. */
gboolean    sk_review_transition     (SkProposal *proposal, const char *to_status, const char *by,
                                      const char *note, GError **error);

/* The decision (approve, return, reject) with its justification: the
 * status follows (a submitted proposal is taken under review first). */
gboolean    sk_review_decide         (SkProposal *proposal, const char *decision, const char *by,
                                      const char *justification, GError **error);

/* A remark on the proposal (@kind NULL), a section or one record. */
gint64      sk_review_add_remark     (SkProposal *proposal, const char *kind, gint64 id,
                                      const char *section, const char *author, const char *text,
                                      GError **error);

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

/* The current user's name, for "by" fields. */
const char *sk_review_default_author (void);

G_END_DECLS
