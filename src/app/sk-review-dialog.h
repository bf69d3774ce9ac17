/* sk-review-dialog.h: a step of the review (submit, start, decide,
 * revise, withdraw, remark, answer, resolve) as a small form in a
 * message dialog */
#pragma once

#include <adwaita.h>

#include "sk-check.h"
#include "sk-proposal.h"

G_BEGIN_DECLS

#define SK_TYPE_REVIEW_DIALOG (sk_review_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SkReviewDialog, sk_review_dialog, SK, REVIEW_DIALOG, AdwMessageDialog)

/* The dialog of @step ("submitted", "under_review", "decide", "draft",
 * "withdraw", "remark", "answer", "resolve", "reopen") over @parent; it
 * asks for the name (the one remembered, prefilled) and runs the step
 * when its main button is pressed. */
SkReviewDialog *sk_review_dialog_new (GtkWindow *parent, SkProposal *proposal, const char *step,
                                      const char *heading, const char *body);

/* The parts a step shows besides the name. */
/* What a new remark is about: @text as users read it, and the target. */
void sk_review_dialog_show_about    (SkReviewDialog *self, const char *text, const char *kind, gint64 id,
                                     const char *section);
/* The remark answered or resolved. */
void sk_review_dialog_show_remark   (SkReviewDialog *self, gint64 remark);
/* The errors and warnings remaining in @findings (submitting), counted
 * by @rules. */
void sk_review_dialog_show_findings (SkReviewDialog *self, GPtrArray *findings, SkRuleSet *rules);
/* The three outcomes of a decision, none chosen. */
void sk_review_dialog_show_outcomes (SkReviewDialog *self);
/* A text field captioned @label; @required: the main button waits for it. */
void sk_review_dialog_show_text     (SkReviewDialog *self, const char *label, gboolean required);
/* A check button to tick before going on. */
void sk_review_dialog_show_confirm  (SkReviewDialog *self, const char *label);
/* The acknowledgement asked when the content no longer matches its
 * fingerprint (starting a review, deciding); nothing otherwise. */
void sk_review_dialog_show_mismatch (SkReviewDialog *self);

/* Adds the responses ("cancel", "ok" labelled @ok_label) and shows it. */
void sk_review_dialog_present       (SkReviewDialog *self, const char *ok_label, AdwResponseAppearance appearance);

G_END_DECLS
