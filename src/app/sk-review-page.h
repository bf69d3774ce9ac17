/* sk-review-page.h: the reviewer's page: the status and next step, the
 * remarks as a dialogue, the history, and the comparison with another
 * version */
#pragma once

#include <adwaita.h>

#include "sk-compliance.h"
#include "sk-proposal.h"

#include "sk-page.h"

G_BEGIN_DECLS

#define SK_TYPE_REVIEW_PAGE (sk_review_page_get_type ())
G_DECLARE_FINAL_TYPE (SkReviewPage, sk_review_page, SK, REVIEW_PAGE, SkPage)

typedef enum {
  SK_REMARK_FILTER_ALL,
  SK_REMARK_FILTER_OPEN,
  SK_REMARK_FILTER_ADDRESSED,
  SK_REMARK_FILTER_RESOLVED,
} SkRemarkFilter;

/* The page for @proposal, its findings from @compliance (may be NULL). */
GtkWidget  *sk_review_page_new          (SkProposal *proposal, SkCompliance *compliance);
SkProposal *sk_review_page_get_proposal (SkReviewPage *self);
gboolean    sk_review_page_get_editable (SkReviewPage *self);
void        sk_review_page_set_filter   (SkReviewPage *self, SkRemarkFilter filter);
/* The rows shown: of the remarks and of the history. */
guint       sk_review_page_n_remarks    (SkReviewPage *self);
guint       sk_review_page_n_events     (SkReviewPage *self);

G_END_DECLS
