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

/* Where the finding of check @check_id on a record of @kind is fixed: the
 * page (for the proposal's own fields and missing records), the field
 * (NULL: the record as a whole) and the kind of record to add (NULL:
 * none). @model is the proposal's partnership model. */
void              sk_page_for_finding (const char *check_id, const char *kind, const char *model,
                                       const char **page, const char **field, const char **add_kind);

/* Builds the page @id for @proposal. */
GtkWidget        *sk_page_build      (const char *id, SkProposal *proposal, SkCompliance *compliance);

G_END_DECLS
