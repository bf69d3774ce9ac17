/* sk-remark-row.h: a review remark on the reviewer's page, its replies
 * under it and the buttons of the one whose turn it is */
#pragma once

#include <gtk/gtk.h>

#include "sk-compliance.h"
#include "sk-proposal.h"

G_BEGIN_DECLS

#define SK_TYPE_REMARK_ROW (sk_remark_row_get_type ())
G_DECLARE_FINAL_TYPE (SkRemarkRow, sk_remark_row, SK, REMARK_ROW, GtkListBoxRow)

/* The row of @remark of @proposal (what it is about read with the
 * findings of @compliance, which may be NULL); its buttons insensitive
 * unless @editable. */
GtkWidget *sk_remark_row_new (SkProposal *proposal, SkCompliance *compliance, SkRecord *remark, gboolean editable);

G_END_DECLS
