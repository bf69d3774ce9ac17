/* sk-comparison-window.h: what changed between two versions of a
 * proposal: the records, the compliance, the remarks answered */
#pragma once

#include <adwaita.h>

#include "sk-proposal.h"

G_BEGIN_DECLS

#define SK_TYPE_COMPARISON_WINDOW (sk_comparison_window_get_type ())
G_DECLARE_FINAL_TYPE (SkComparisonWindow, sk_comparison_window, SK, COMPARISON_WINDOW, AdwWindow)

/* Opens a window showing what changed from @older_path to @proposal:
 * the records, the compliance, the remarks answered. */
GtkWidget  *sk_review_show_comparison (GtkWindow *parent, SkProposal *proposal, const char *older_path);
/* The older file of the comparison open over @parent, or NULL. */
const char *sk_review_comparison_path (GtkWindow *parent);

G_END_DECLS
