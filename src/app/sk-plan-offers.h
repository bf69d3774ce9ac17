/* sk-plan-offers.h: the plans follow the term: when years are added to
 * the proposal's term, an offer to fill them; when plan lines fall outside
 * it, which ones, and an offer to remove them (each one undo step) */
#pragma once

#include "sk-window.h"

G_BEGIN_DECLS

/* Watches @proposal's term while it is shown in @window (the dialogs go
 * over it); stops when the proposal goes. */
void       sk_plan_offers_watch      (SkWindow *window, SkProposal *proposal);
/* The offer shown, or NULL (tests). */
AdwMessageDialog *sk_plan_offers_get_dialog (SkProposal *proposal);

G_END_DECLS
