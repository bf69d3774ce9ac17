/* sk-pages.h: the areas of a proposal, one page each */
#pragma once

#include <adwaita.h>

#include "sk-compliance.h"
#include "sk-proposal.h"

G_BEGIN_DECLS

typedef struct {
  const char *id;
  const char *title;    /* N_() */
  const char *icon;
} SkPageInfo;

const SkPageInfo *sk_pages           (guint *n_pages);
/* The page where records of @kind are edited. */
const char       *sk_page_for_kind   (const char *kind);

/* Builds the page @id for @proposal. */
GtkWidget        *sk_page_build      (const char *id, SkProposal *proposal, SkCompliance *compliance);

G_END_DECLS
