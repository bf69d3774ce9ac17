/* sk-area.h: the areas of a proposal (the pages of the application), where
 * each kind of record and each finding belongs, and how ready each is */
#pragma once

#include <glib.h>

#include "sk-check.h"
#include "sk-proposal.h"

G_BEGIN_DECLS

/* The area ("partners", "staff", "overview"…) where records of @kind are
 * listed and edited. Never NULL ("overview" for the proposal's own). */
const char *sk_area_for_kind    (const char *kind);

/* Where the fix of a finding of the check @check_id about a record of
 * @kind is: the area, the field to open (NULL: none in particular) and
 * the kind of a missing record to add (NULL: none). @model is the
 * proposal's partnership model (it tells which record a model asks for). */
void        sk_area_for_finding (const char *check_id, const char *kind, const char *model,
                                 const char **area, const char **field, const char **add_kind);

typedef struct {
  const char *area;   /* static */
  guint records;      /* the records listed in the area */
  guint errors;
  guint warnings;
  guint notes;
  gboolean complete;  /* nothing is missing or wrong: no error, no warning */
  gboolean relevant;  /* FALSE: not asked for by the model, empty, no finding */
} SkAreaReadiness;

/* The areas that a proposal is built in, in the order of the sidebar
 * (not the overview, the findings or the review): NULL-terminated. */
const char * const *sk_areas (void);

/* For each area of sk_areas(), in its order: its records and the
 * findings of @findings (from sk_check()) that belong to it. */
GArray     *sk_area_readiness   (SkProposal *proposal, GPtrArray *findings);

G_END_DECLS
