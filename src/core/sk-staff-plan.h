/* sk-staff-plan.h: the staffing planner's core: the matrix of programmes
 * by sides, "set hours" for several lecturers, and what to change to
 * bring a ratio within the rule set's limits */
#pragma once

#include "sk-proposal.h"
#include "sk-rules.h"
#include "sk-staffing.h"

G_BEGIN_DECLS

/* ---- the matrix ---- */

typedef struct {
  gint64 programme_id;         /* 0: the whole proposal */
  SkShares shares;             /* on the basis asked for */
  double percent[SK_N_SIDES];  /* NAN when there is nothing to share */
  gboolean kazakh_above;       /* outside the rule set's limits */
  gboolean foreign_above;
  gboolean foreign_below;
} SkStaffingRow;

/* One row for the whole proposal, then one per programme in programme
 * order, on @basis (any basis, whatever the rule set's), with the rule
 * set's limits applied. */
GArray     *sk_staffing_matrix      (SkStaffing *staffing, SkRuleSet *rules, SkBasis basis);
/* The ids of the staff of @side behind a cell (@programme_id 0: everyone
 * on the staff list), in staff order. */
GArray     *sk_staffing_staff_in    (SkProposal *proposal, gint64 programme_id, SkSide side);

/* Sets the teaching hours of each of @staff_ids in @programme_id: an
 * existing assignment is updated (a second one of the same person in the
 * same programme is removed), a missing one added. One undo step; nothing
 * changes when any edit is refused. */
gboolean    sk_staffing_set_hours   (SkProposal *proposal, gint64 programme_id,
                                     const gint64 *staff_ids, guint n_staff, gint64 hours,
                                     guint *n_added, guint *n_updated, GError **error);

/* ---- what to change to comply ---- */

typedef enum {
  SK_STAFFING_MOVE, /* move an amount from one side to others (total kept) */
  SK_STAFFING_ADD,  /* add an amount of staff of some sides */
} SkStaffingAction;

#define SK_SIDE_BIT(side) (1u << (side))

typedef struct {
  SkStaffingAction action;
  guint from;        /* MOVE: SK_SIDE_BIT()s of the sides it comes from */
  guint to;          /* SK_SIDE_BIT()s of the sides it may go to / be added to */
  double amount;     /* in the basis's unit: people, thousandths of FTE, hours;
                      * rounded up to whole people, hundredths of FTE, hours */
} SkStaffingChange;

/* The smallest changes, on @basis, that bring @shares within the limits
 * (up to @kz_max % Kazakhstani, up to @fo_max % and at least @fo_min %
 * foreign): each is enough on its own. Empty when the shares are within
 * the limits or there is nothing to share. */
GArray     *sk_staffing_changes     (const SkShares *shares, SkBasis basis,
                                     int kz_max, int fo_max, int fo_min);
/* Would @shares after @change be within the limits? */
gboolean    sk_staffing_change_complies (const SkShares *shares, const SkStaffingChange *change,
                                         int kz_max, int fo_max, int fo_min);
/* The change as one sentence in @lang (NULL: the interface's). */
char       *sk_staffing_change_text (const SkStaffingChange *change, SkBasis basis, const char *lang);

/* Pastes a tab-separated block of teaching hours (lines of cells, as
 * spreadsheets put on the clipboard) into the staff table's hours cells:
 * its lines go to @staff_ids (the table's rows from the chosen cell down),
 * its cells to @programme_ids (the hours columns from the chosen cell to
 * the right). A number sets the lecturer's hours in the programme (an
 * assignment updated or added), an empty cell takes the lecturer off it.
 * One undo step; a block larger than that or a cell that is not a number
 * of hours: an error naming it (lecturer and programme in @lang, NULL:
 * the interface's), and nothing changed. @n_changed: the cells whose
 * hours changed. */
gboolean    sk_staffing_paste_hours (SkProposal *proposal, const gint64 *staff_ids, guint n_rows,
                                     const gint64 *programme_ids, guint n_columns, const char *text,
                                     const char *lang, guint *n_changed, GError **error);

G_END_DECLS
