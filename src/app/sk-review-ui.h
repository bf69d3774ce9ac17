/* sk-review-ui.h: the review workflow in the window: its steps as
 * dialogs, the status group, remark badges and the comparison window */
#pragma once

#include <adwaita.h>

#include "sk-compliance.h"
#include "sk-proposal.h"
#include "sk-comparison-window.h"
#include "sk-remark-badge.h"
#include "sk-review-group.h"

G_BEGIN_DECLS

/* The name recorded with the steps: the one entered last (GSettings key
 * "reviewer-name"), else the account's. */
char      *sk_review_remembered_name (void);
void       sk_review_remember_name   (const char *name);

/* The status group: sk-review-group.h. */

/* The dialogs of the steps. @parent is the proposal's window. */
void       sk_review_ask_remark      (GtkWindow *parent, SkProposal *proposal, const char *kind,
                                      gint64 id, const char *section);
/* Submitting: lists the errors and warnings remaining (from @compliance)
 * and asks for a confirmation when errors remain. */
void       sk_review_ask_submit      (GtkWindow *parent, SkProposal *proposal, SkCompliance *compliance);
/* "under_review", "decide", "draft" (revise) or "withdraw". */
void       sk_review_ask_step        (GtkWindow *parent, SkProposal *proposal, const char *step);
/* The university's answer to a remark, and the reviewer's verdict. */
void       sk_review_ask_answer      (GtkWindow *parent, SkProposal *proposal, gint64 remark);
void       sk_review_ask_verdict     (GtkWindow *parent, SkProposal *proposal, gint64 remark, gboolean resolved);

/* The remarks not yet resolved about the record (@kind, @id) — any of
 * its findings included — or, with @check_id, about that finding of it
 * only. @kind "proposal" or NULL: the proposal's own. */
guint      sk_review_unresolved_remarks (SkProposal *proposal, const char *kind, gint64 id,
                                         const char *check_id);
/* A small badge with that count: sk-remark-badge.h. */

/* What a remark is about, as users read it: "Programme: Chemistry", the
 * finding's message, "The whole proposal". */
char      *sk_review_remark_target   (SkProposal *proposal, SkCompliance *compliance, SkRecord *remark);

/* The comparison of two versions: sk-comparison-window.h. */

G_END_DECLS
