/* sk-review-ui.h: the review workflow in the window */
#pragma once

#include <adwaita.h>

#include "sk-proposal.h"

G_BEGIN_DECLS

/* A group showing the status, the fingerprint and the next steps of the
 * workflow (submit, start the review, decide, return to draft). */
GtkWidget *sk_review_group_new       (SkProposal *proposal);

/* Asks for a remark about (@kind, @id) — NULL for the whole proposal — and
 * adds it. @section names a section or a finding's check id. */
void       sk_review_ask_remark      (GtkWindow *parent, SkProposal *proposal, const char *kind,
                                      gint64 id, const char *section);

/* Opens a window listing what changed from @older_path to @proposal. */
void       sk_review_show_comparison (GtkWindow *parent, SkProposal *proposal, const char *older_path);

G_END_DECLS
