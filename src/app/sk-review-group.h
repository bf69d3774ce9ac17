/* sk-review-group.h: the review's status, fingerprint and next steps */
#pragma once

#include <adwaita.h>

#include "sk-proposal.h"

G_BEGIN_DECLS

#define SK_TYPE_REVIEW_GROUP (sk_review_group_get_type ())
G_DECLARE_FINAL_TYPE (SkReviewGroup, sk_review_group, SK, REVIEW_GROUP, AdwPreferencesGroup)

/* A group showing the status, the fingerprint and the next steps of the
 * workflow for the one whose turn it is: on a draft the university's
 * (submit, answer remarks), on a submitted proposal or one under review
 * the reviewer's (start the review, remark, decide). */
GtkWidget *sk_review_group_new (SkProposal *proposal);

G_END_DECLS
