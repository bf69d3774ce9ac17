/* sk-staffing.h: the shares of the teaching staff by side (the 70/30 ratio) */
#pragma once

#include "sk-proposal.h"
#include "sk-rules.h"

G_BEGIN_DECLS

typedef enum {
  SK_SIDE_KAZAKH,
  SK_SIDE_FOREIGN,
  SK_SIDE_OTHER,
  SK_N_SIDES
} SkSide;

/* Amounts by side on one basis: people, FTE (in thousandths) or teaching
 * hours. FTE per programme is a lecturer's FTE divided in proportion to
 * their hours in each programme, so it is not whole. */
typedef struct {
  double amount[SK_N_SIDES];
  double total;
} SkShares;

typedef struct {
  gint64 programme_id;
  guint n_staff;               /* people assigned to the programme */
  SkShares by[SK_N_BASES];
} SkProgrammeStaffing;

typedef struct {
  guint n_staff;               /* everyone on the staff list */
  SkShares overall[SK_N_BASES];
  GArray *programmes;          /* SkProgrammeStaffing, in programme order */
} SkStaffing;

/* Staff assigned to no programme count in the overall figures only. */
SkStaffing *sk_staffing_compute (SkProposal *proposal);
void        sk_staffing_free    (SkStaffing *staffing);
const SkProgrammeStaffing *sk_staffing_programme (SkStaffing *staffing, gint64 programme_id);

/* The share of @side in per cent; NAN when there is nothing to share. */
double      sk_shares_percent   (const SkShares *shares, SkSide side);
/* Is the share of @side above @percent (exactly @percent is not)? */
gboolean    sk_shares_above     (const SkShares *shares, SkSide side, int percent);
gboolean    sk_shares_below     (const SkShares *shares, SkSide side, int percent);

SkSide      sk_side_from_code   (const char *code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkStaffing, sk_staffing_free)

G_END_DECLS
