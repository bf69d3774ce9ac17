/* sk-generic-page.h: a page of groups of the proposal's own fields and
 * lists of its records (partners, model and term, branch, programmes,
 * committees, research, development, mobility) */
#pragma once

#include <adwaita.h>

#include "sk-proposal.h"

G_BEGIN_DECLS

#define SK_TYPE_GENERIC_PAGE (sk_generic_page_get_type ())
G_DECLARE_FINAL_TYPE (SkGenericPage, sk_generic_page, SK, GENERIC_PAGE, AdwPreferencesPage)

/* The page @page_id ("partners", "model", …) of @proposal. */
GtkWidget  *sk_generic_page_new          (SkProposal *proposal, const char *page_id);
SkProposal *sk_generic_page_get_proposal (SkGenericPage *self);
const char *sk_generic_page_get_page_id  (SkGenericPage *self);

G_END_DECLS
