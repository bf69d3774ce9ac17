/* sk-staff-plan.c: the staffing matrix, "set hours", what to change */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sk-error.h"
#include "sk-i18n.h"
#include "sk-init.h"
#include "sk-format.h"
#include "sk-csv.h"
#include "sk-plan.h"
#include "sk-staff-plan.h"
#include "sk-summary.h"

#include <string.h>

/* ---- the matrix ---- */

static void
fill_row (SkStaffingRow *row, const SkShares *shares, SkRuleSet *rules)
{
  int fo_min = sk_rule_set_foreign_min_percent (rules);

  row->shares = *shares;
  for (int s = 0; s < SK_N_SIDES; s++)
    row->percent[s] = sk_shares_percent (shares, (SkSide) s);
  row->kazakh_above = sk_shares_above (shares, SK_SIDE_KAZAKH, sk_rule_set_kazakh_max_percent (rules));
  row->foreign_above = sk_shares_above (shares, SK_SIDE_FOREIGN, sk_rule_set_foreign_max_percent (rules));
  row->foreign_below = fo_min > 0 && sk_shares_below (shares, SK_SIDE_FOREIGN, fo_min);
}

GArray *
sk_staffing_matrix (SkStaffing *staffing, SkRuleSet *rules, SkBasis basis)
{
  GArray *rows = g_array_sized_new (FALSE, TRUE, sizeof (SkStaffingRow), staffing->programmes->len + 1);
  SkStaffingRow row = { 0 };

  g_return_val_if_fail (basis < SK_N_BASES, rows);
  fill_row (&row, &staffing->overall[basis], rules);
  g_array_append_val (rows, row);
  for (guint i = 0; i < staffing->programmes->len; i++)
    {
      const SkProgrammeStaffing *ps = &g_array_index (staffing->programmes, SkProgrammeStaffing, i);
      SkStaffingRow r = { 0 };

      r.programme_id = ps->programme_id;
      fill_row (&r, &ps->by[basis], rules);
      g_array_append_val (rows, r);
    }
  return rows;
}

GArray *
sk_staffing_staff_in (SkProposal *proposal, gint64 programme_id, SkSide side)
{
  GListModel *staff = sk_proposal_get_records (proposal, SK_KIND_STAFF);
  GListModel *assignments = sk_proposal_get_records (proposal, SK_KIND_ASSIGNMENT);
  g_autoptr (GHashTable) in_programme = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GArray) keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n_assign = g_list_model_get_n_items (assignments);

  g_array_set_size (keys, n_assign);
  for (guint i = 0; programme_id && i < n_assign; i++)
    {
      g_autoptr (SkRecord) a = g_list_model_get_item (assignments, i);
      if (sk_record_get_int (a, "programme_id", 0) != programme_id)
        continue;
      g_array_index (keys, gint64, i) = sk_record_get_int (a, "staff_id", 0);
      g_hash_table_add (in_programme, &g_array_index (keys, gint64, i));
    }
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (staff, i);
      gint64 id = sk_record_get_id (r);

      if (sk_side_from_code (sk_record_get_string (r, "side")) != side)
        continue;
      if (programme_id && !g_hash_table_contains (in_programme, &id))
        continue;
      g_array_append_val (ids, id);
    }
  return ids;
}

gboolean
sk_staffing_set_hours (SkProposal *proposal, gint64 programme_id, const gint64 *staff_ids,
                       guint n_staff, gint64 hours, guint *n_added, guint *n_updated,
                       GError **error)
{
  GListModel *assignments = sk_proposal_get_records (proposal, SK_KIND_ASSIGNMENT);
  /* staff id -> the id of their first assignment in the programme */
  g_autoptr (GHashTable) existing = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr (GArray) extra = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint added = 0, updated = 0;

  if (sk_proposal_lookup (proposal, SK_KIND_PROGRAMME, programme_id) == NULL)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NOT_FOUND,
                   _("The programme no longer exists."));
      return FALSE;
    }
  if (!sk_proposal_validate_value (proposal, SK_KIND_ASSIGNMENT, "hours",
                                   g_variant_new_int64 (hours), error))
    return FALSE;

  /* The first assignment of each lecturer in the programme; later ones. */
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr (SkRecord) a = g_list_model_get_item (assignments, i);
      gint64 staff_id = sk_record_get_int (a, "staff_id", 0);
      gint64 id = sk_record_get_id (a);

      if (sk_record_get_int (a, "programme_id", 0) != programme_id)
        continue;
      if (g_hash_table_contains (existing, &staff_id))
        g_array_append_val (extra, id);
      else
        g_hash_table_insert (existing, g_memdup2 (&staff_id, sizeof staff_id), g_memdup2 (&id, sizeof id));
    }

  /* TRANSLATORS: the name of an undo step */
  sk_proposal_begin_group (proposal, _("Set teaching hours"));
  for (guint k = 0; k < n_staff; k++)
    {
      gint64 *found = g_hash_table_lookup (existing, &staff_ids[k]);
      gboolean ok;

      if (found)
        {
          SkRecord *a = sk_proposal_lookup (proposal, SK_KIND_ASSIGNMENT, *found);

          /* A second assignment of the same person in the programme goes. */
          for (guint e = 0; e < extra->len; e++)
            {
              gint64 xid = g_array_index (extra, gint64, e);
              SkRecord *xr = sk_proposal_lookup (proposal, SK_KIND_ASSIGNMENT, xid);
              if (xr && sk_record_get_int (xr, "staff_id", 0) == staff_ids[k] &&
                  !sk_proposal_delete (proposal, SK_KIND_ASSIGNMENT, xid, error))
                {
                  sk_proposal_cancel_group (proposal);
                  return FALSE;
                }
            }
          if (a == NULL || sk_record_get_int (a, "hours", -1) == hours)
            continue;
          ok = sk_proposal_set (proposal, SK_KIND_ASSIGNMENT, *found, "hours",
                                g_variant_new_int64 (hours), error);
          updated++;
        }
      else
        {
          g_autoptr (SkRecord) a = sk_record_new (sk_schema_kind (SK_KIND_ASSIGNMENT));
          gint64 id;

          sk_record_set_int (a, "staff_id", staff_ids[k]);
          sk_record_set_int (a, "programme_id", programme_id);
          sk_record_set_int (a, "hours", hours);
          id = sk_proposal_insert (proposal, a, error);
          ok = id > 0;
          /* A lecturer named twice in @staff_ids is assigned once. */
          if (ok)
            g_hash_table_insert (existing, g_memdup2 (&staff_ids[k], sizeof (gint64)), g_memdup2 (&id, sizeof id));
          added++;
        }
      if (!ok)
        {
          sk_proposal_cancel_group (proposal);
          return FALSE;
        }
    }
  if (!sk_proposal_end_group (proposal, error))
    return FALSE;
  if (n_added)
    *n_added = added;
  if (n_updated)
    *n_updated = updated;
  return TRUE;
}

/* ---- what to change ---- */

/* The unit changes are rounded up to: a person, a hundredth of a
 * full-time equivalent (ten thousandths), an hour. */
static double
granule (SkBasis basis)
{
  return basis == SK_BASIS_FTE ? 10 : 1;
}

/* The amounts after @change. */
static void
apply_change (const SkShares *shares, const SkStaffingChange *c, SkSide to, SkShares *out)
{
  *out = *shares;
  if (c->action == SK_STAFFING_MOVE)
    {
      for (int s = 0; s < SK_N_SIDES; s++)
        if (c->from & SK_SIDE_BIT (s))
          {
            out->amount[s] -= c->amount;
            break;
          }
      out->amount[to] += c->amount;
    }
  else
    {
      out->amount[to] += c->amount;
      out->total += c->amount;
    }
}

static gboolean
within (const SkShares *s, int kz_max, int fo_max, int fo_min)
{
  for (int i = 0; i < SK_N_SIDES; i++)
    if (s->amount[i] < -1e-9)
      return FALSE;
  return s->total > 0 && !sk_shares_above (s, SK_SIDE_KAZAKH, kz_max) &&
         !sk_shares_above (s, SK_SIDE_FOREIGN, fo_max) &&
         !(fo_min > 0 && sk_shares_below (s, SK_SIDE_FOREIGN, fo_min));
}

gboolean
sk_staffing_change_complies (const SkShares *shares, const SkStaffingChange *change,
                             int kz_max, int fo_max, int fo_min)
{
  for (int to = 0; to < SK_N_SIDES; to++)
    if (change->to & SK_SIDE_BIT (to))
      {
        SkShares after;
        apply_change (shares, change, (SkSide) to, &after);
        if (!within (&after, kz_max, fo_max, fo_min))
          return FALSE;
      }
  return change->to != 0;
}

/* The least x >= 0 with a + b x <= 0 for every constraint, within [0, hi];
 * -1 when there is none. The amount of side s after the change is
 * amount[s] + x d[s], the total total + x dt. */
static double
least_amount (const SkShares *sh, const double d[SK_N_SIDES], double dt, double hi,
              int kz_max, int fo_max, int fo_min)
{
  double a[3], b[3], lo = 0;
  guint n = 0;

  a[n] = 100 * sh->amount[SK_SIDE_KAZAKH] - kz_max * sh->total;
  b[n++] = 100 * d[SK_SIDE_KAZAKH] - kz_max * dt;
  a[n] = 100 * sh->amount[SK_SIDE_FOREIGN] - fo_max * sh->total;
  b[n++] = 100 * d[SK_SIDE_FOREIGN] - fo_max * dt;
  if (fo_min > 0)
    {
      a[n] = fo_min * sh->total - 100 * sh->amount[SK_SIDE_FOREIGN];
      b[n++] = fo_min * dt - 100 * d[SK_SIDE_FOREIGN];
    }
  for (guint i = 0; i < n; i++)
    {
      double slack = 1e-9 * 100 * sh->total;
      if (fabs (b[i]) < 1e-12)
        {
          if (a[i] > slack)
            return -1;
        }
      else if (b[i] > 0)
        hi = MIN (hi, -a[i] / b[i]);
      else
        lo = MAX (lo, -a[i] / b[i]);
    }
  return lo <= hi + 1e-9 ? lo : -1;
}

/* The smallest rounded amount of a change from @from to @to that
 * complies; 0 when there is none. */
static double
solve (const SkShares *shares, SkBasis basis, SkStaffingAction action, SkSide from, SkSide to,
       int kz_max, int fo_max, int fo_min)
{
  double d[SK_N_SIDES] = { 0 }, g = granule (basis), x;
  double hi = action == SK_STAFFING_MOVE ? shares->amount[from] : 1e15;
  SkStaffingChange c = { action, SK_SIDE_BIT (from), SK_SIDE_BIT (to), 0 };

  d[to] = 1;
  if (action == SK_STAFFING_MOVE)
    d[from] = -1;
  x = least_amount (shares, d, action == SK_STAFFING_ADD ? 1 : 0, hi, kz_max, fo_max, fo_min);
  if (x < 0)
    return 0;
  x = MAX (g, ceil (x / g - 1e-9) * g);
  /* Rounding up may step over an upper bound (the one split of two
   * sides): then a whole step does not fit. */
  for (int tries = 0; tries < 3; tries++, x += g)
    {
      c.amount = x;
      if (action == SK_STAFFING_MOVE && x > hi + 1e-9)
        return 0;
      if (sk_staffing_change_complies (shares, &c, kz_max, fo_max, fo_min))
        return x;
    }
  return 0;
}

static void
add_change (GArray *changes, SkStaffingAction action, guint from, guint to, double amount)
{
  SkStaffingChange c = { action, from, to, amount };

  if (amount <= 0)
    return;
  /* The same amount from the same side (or to the same side): one change
   * that names both. */
  for (guint i = 0; i < changes->len; i++)
    {
      SkStaffingChange *o = &g_array_index (changes, SkStaffingChange, i);
      if (o->action != action || fabs (o->amount - amount) > 1e-9)
        continue;
      if (o->from == from)
        {
          o->to |= to;
          return;
        }
    }
  g_array_append_val (changes, c);
}

GArray *
sk_staffing_changes (const SkShares *shares, SkBasis basis, int kz_max, int fo_max, int fo_min)
{
  GArray *changes = g_array_new (FALSE, FALSE, sizeof (SkStaffingChange));
  gboolean kz_above, fo_above, fo_below;
  static const struct { SkSide from, to; } moves[] = {
    { SK_SIDE_KAZAKH, SK_SIDE_FOREIGN }, { SK_SIDE_KAZAKH, SK_SIDE_OTHER },
    { SK_SIDE_FOREIGN, SK_SIDE_KAZAKH }, { SK_SIDE_FOREIGN, SK_SIDE_OTHER },
  };

  if (shares->total <= 0)
    return changes;
  kz_above = sk_shares_above (shares, SK_SIDE_KAZAKH, kz_max);
  fo_above = sk_shares_above (shares, SK_SIDE_FOREIGN, fo_max);
  fo_below = fo_min > 0 && sk_shares_below (shares, SK_SIDE_FOREIGN, fo_min);
  if (!kz_above && !fo_above && !fo_below)
    return changes;

  /* Moving from the side above its limit (or from the Kazakhstani side
   * to the foreign one below its minimum): the total stays. */
  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      gboolean relevant = (moves[i].from == SK_SIDE_KAZAKH && (kz_above || fo_below)) ||
                          (moves[i].from == SK_SIDE_FOREIGN && fo_above);
      if (relevant)
        add_change (changes, SK_STAFFING_MOVE, SK_SIDE_BIT (moves[i].from), SK_SIDE_BIT (moves[i].to),
                    solve (shares, basis, SK_STAFFING_MOVE, moves[i].from, moves[i].to,
                           kz_max, fo_max, fo_min));
    }
  /* Adding staff: the total grows. */
  for (int to = 0; to < SK_N_SIDES; to++)
    add_change (changes, SK_STAFFING_ADD, 0, SK_SIDE_BIT (to),
                solve (shares, basis, SK_STAFFING_ADD, (SkSide) to, (SkSide) to, kz_max, fo_max, fo_min));
  return changes;
}

/* ---- the sentences ---- */

#define K SK_SIDE_BIT (SK_SIDE_KAZAKH)
#define F SK_SIDE_BIT (SK_SIDE_FOREIGN)
#define O SK_SIDE_BIT (SK_SIDE_OTHER)

static char *
hours_message (guint from, guint to, SkStaffingAction action, const char *lang, gulong n,
               const char *amount)
{
  if (action == SK_STAFFING_MOVE && from == K && to == (F | O))
    return g_strdup_printf (sk_ntr (lang, "Move %s teaching hour from Kazakhstani to foreign or other staff.",
                   "Move %s teaching hours from Kazakhstani to foreign or other staff.", n), amount);
  if (action == SK_STAFFING_MOVE && from == K && to == F)
    return g_strdup_printf (sk_ntr (lang, "Move %s teaching hour from Kazakhstani to foreign staff.",
                   "Move %s teaching hours from Kazakhstani to foreign staff.", n), amount);
  if (action == SK_STAFFING_MOVE && from == K)
    return g_strdup_printf (sk_ntr (lang, "Move %s teaching hour from Kazakhstani staff to staff of other organisations.",
                   "Move %s teaching hours from Kazakhstani staff to staff of other organisations.", n), amount);
  if (action == SK_STAFFING_MOVE && to == (K | O))
    return g_strdup_printf (sk_ntr (lang, "Move %s teaching hour from foreign to Kazakhstani or other staff.",
                   "Move %s teaching hours from foreign to Kazakhstani or other staff.", n), amount);
  if (action == SK_STAFFING_MOVE && to == K)
    return g_strdup_printf (sk_ntr (lang, "Move %s teaching hour from foreign to Kazakhstani staff.",
                   "Move %s teaching hours from foreign to Kazakhstani staff.", n), amount);
  if (action == SK_STAFFING_MOVE)
    return g_strdup_printf (sk_ntr (lang, "Move %s teaching hour from foreign staff to staff of other organisations.",
                   "Move %s teaching hours from foreign staff to staff of other organisations.", n), amount);
  if (to == (F | O))
    return g_strdup_printf (sk_ntr (lang, "Add %s teaching hour of foreign or other staff.",
                   "Add %s teaching hours of foreign or other staff.", n), amount);
  if (to == (K | O))
    return g_strdup_printf (sk_ntr (lang, "Add %s teaching hour of Kazakhstani or other staff.",
                   "Add %s teaching hours of Kazakhstani or other staff.", n), amount);
  if (to == F)
    return g_strdup_printf (sk_ntr (lang, "Add %s teaching hour of foreign staff.",
                   "Add %s teaching hours of foreign staff.", n), amount);
  if (to == K)
    return g_strdup_printf (sk_ntr (lang, "Add %s teaching hour of Kazakhstani staff.",
                   "Add %s teaching hours of Kazakhstani staff.", n), amount);
  return g_strdup_printf (sk_ntr (lang, "Add %s teaching hour of staff of other organisations.",
                 "Add %s teaching hours of staff of other organisations.", n), amount);
}

static char *
people_message (guint from, guint to, SkStaffingAction action, const char *lang, gulong n,
                const char *amount)
{
  if (action == SK_STAFFING_MOVE && from == K && to == (F | O))
    return g_strdup_printf (sk_ntr (lang, "Replace %s Kazakhstani lecturer with a foreign one or one of another organisation.",
                   "Replace %s Kazakhstani lecturers with foreign ones or ones of other organisations.", n), amount);
  if (action == SK_STAFFING_MOVE && from == K && to == F)
    return g_strdup_printf (sk_ntr (lang, "Replace %s Kazakhstani lecturer with a foreign one.",
                   "Replace %s Kazakhstani lecturers with foreign ones.", n), amount);
  if (action == SK_STAFFING_MOVE && from == K)
    return g_strdup_printf (sk_ntr (lang, "Replace %s Kazakhstani lecturer with one of another organisation.",
                   "Replace %s Kazakhstani lecturers with ones of other organisations.", n), amount);
  if (action == SK_STAFFING_MOVE && to == (K | O))
    return g_strdup_printf (sk_ntr (lang, "Replace %s foreign lecturer with a Kazakhstani one or one of another organisation.",
                   "Replace %s foreign lecturers with Kazakhstani ones or ones of other organisations.", n), amount);
  if (action == SK_STAFFING_MOVE && to == K)
    return g_strdup_printf (sk_ntr (lang, "Replace %s foreign lecturer with a Kazakhstani one.",
                   "Replace %s foreign lecturers with Kazakhstani ones.", n), amount);
  if (action == SK_STAFFING_MOVE)
    return g_strdup_printf (sk_ntr (lang, "Replace %s foreign lecturer with one of another organisation.",
                   "Replace %s foreign lecturers with ones of other organisations.", n), amount);
  if (to == (F | O))
    return g_strdup_printf (sk_ntr (lang, "Add %s foreign lecturer or lecturer of another organisation.",
                   "Add %s foreign lecturers or lecturers of other organisations.", n), amount);
  if (to == (K | O))
    return g_strdup_printf (sk_ntr (lang, "Add %s Kazakhstani lecturer or lecturer of another organisation.",
                   "Add %s Kazakhstani lecturers or lecturers of other organisations.", n), amount);
  if (to == F)
    return g_strdup_printf (sk_ntr (lang, "Add %s foreign lecturer.", "Add %s foreign lecturers.", n), amount);
  if (to == K)
    return g_strdup_printf (sk_ntr (lang, "Add %s Kazakhstani lecturer.", "Add %s Kazakhstani lecturers.", n), amount);
  return g_strdup_printf (sk_ntr (lang, "Add %s lecturer of another organisation.",
                 "Add %s lecturers of other organisations.", n), amount);
}

/* Full-time equivalents are fractional: no plural (the translations say
 * "in full-time equivalents: 0.4"). */
static char *
fte_message (guint from, guint to, SkStaffingAction action, const char *lang, const char *amount)
{
  if (action == SK_STAFFING_MOVE && from == K && to == (F | O))
    /* TRANSLATORS: %s is a decimal number of full-time equivalents (0.15) */
    return g_strdup_printf (sk_tr (lang, "Move %s FTE from Kazakhstani to foreign or other staff."), amount);
  if (action == SK_STAFFING_MOVE && from == K && to == F)
    /* TRANSLATORS: %s is a decimal number of full-time equivalents (0.15) */
    return g_strdup_printf (sk_tr (lang, "Move %s FTE from Kazakhstani to foreign staff."), amount);
  if (action == SK_STAFFING_MOVE && from == K)
    /* TRANSLATORS: %s is a decimal number of full-time equivalents (0.15) */
    return g_strdup_printf (sk_tr (lang, "Move %s FTE from Kazakhstani staff to staff of other organisations."), amount);
  if (action == SK_STAFFING_MOVE && to == (K | O))
    /* TRANSLATORS: %s is a decimal number of full-time equivalents (0.15) */
    return g_strdup_printf (sk_tr (lang, "Move %s FTE from foreign to Kazakhstani or other staff."), amount);
  if (action == SK_STAFFING_MOVE && to == K)
    /* TRANSLATORS: %s is a decimal number of full-time equivalents (0.15) */
    return g_strdup_printf (sk_tr (lang, "Move %s FTE from foreign to Kazakhstani staff."), amount);
  if (action == SK_STAFFING_MOVE)
    /* TRANSLATORS: %s is a decimal number of full-time equivalents (0.15) */
    return g_strdup_printf (sk_tr (lang, "Move %s FTE from foreign staff to staff of other organisations."), amount);
  if (to == (F | O))
    /* TRANSLATORS: %s is a decimal number of full-time equivalents (0.15) */
    return g_strdup_printf (sk_tr (lang, "Add %s FTE of foreign or other staff."), amount);
  if (to == (K | O))
    /* TRANSLATORS: %s is a decimal number of full-time equivalents (0.15) */
    return g_strdup_printf (sk_tr (lang, "Add %s FTE of Kazakhstani or other staff."), amount);
  if (to == F)
    /* TRANSLATORS: %s is a decimal number of full-time equivalents (0.15) */
    return g_strdup_printf (sk_tr (lang, "Add %s FTE of foreign staff."), amount);
  if (to == K)
    /* TRANSLATORS: %s is a decimal number of full-time equivalents (0.15) */
    return g_strdup_printf (sk_tr (lang, "Add %s FTE of Kazakhstani staff."), amount);
  /* TRANSLATORS: %s is a decimal number of full-time equivalents (0.15) */
  return g_strdup_printf (sk_tr (lang, "Add %s FTE of staff of other organisations."), amount);
}

char *
sk_staffing_change_text (const SkStaffingChange *c, SkBasis basis, const char *lang)
{
  g_autofree char *amount = NULL;
  gulong n = (gulong) llround (c->amount);
  const char *conv = lang ? lang : sk_get_content_language ();

  switch (basis)
    {
    case SK_BASIS_FTE:
      amount = sk_format_number (c->amount / 1000.0, 2, conv);
      return fte_message (c->from, c->to, c->action, lang, amount);
    case SK_BASIS_HEADCOUNT:
      amount = sk_format_int ((gint64) n, conv);
      return people_message (c->from, c->to, c->action, lang, n, amount);
    case SK_BASIS_HOURS:
    default:
      amount = sk_format_int ((gint64) n, conv);
      return hours_message (c->from, c->to, c->action, lang, n, amount);
    }
}

/* ---- a block of hours pasted into the staff table ---- */

/* The largest pasted text looked at: far more than any real table. */
#define MAX_HOURS_PASTE (4 * 1024 * 1024)

typedef struct
{
  gint64 staff_id, programme_id;
  gboolean clear;              /* the cell emptied: off the programme */
  gint64 hours;
} HoursCell;

static gint64
pair_of (gint64 staff_id, gint64 programme_id)
{
  /* Record ids are far below 2^31 in any real proposal; the key only
   * groups, a collision would merely visit more assignments. */
  return (staff_id << 32) ^ programme_id;
}

gboolean
sk_staffing_paste_hours (SkProposal *proposal, const gint64 *staff_ids, guint n_rows,
                         const gint64 *programme_ids, guint n_columns, const char *text,
                         const char *lang, guint *n_changed, GError **error)
{
  GListModel *assignments = sk_proposal_get_records (proposal, SK_KIND_ASSIGNMENT);
  g_autoptr (GArray) cells = g_array_new (FALSE, FALSE, sizeof (HoursCell));
  /* pair key -> GArray of the ids of the assignments of that pair */
  g_autoptr (GHashTable) pairs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         (GDestroyNotify) g_array_unref);
  g_auto (GStrv) lines = NULL;
  gsize length = strlen (text);
  guint n_lines, width = 0, changed = 0;

  if (n_changed)
    *n_changed = 0;
  if (length > MAX_HOURS_PASTE || !g_utf8_validate (text, (gssize) length, NULL))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   _("The pasted text is not a block of teaching hours. Nothing was pasted."));
      return FALSE;
    }
  lines = sk_tsv_split_block (text, &n_lines, &width);
  if (n_lines == 0)
    return TRUE;
  if (n_lines > n_rows || width > n_columns)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   /* TRANSLATORS: numbers of rows × columns: of the pasted block, then
                    * of the hours cells the staff table has from the chosen cell */
                   _("The pasted block is %u × %u cells (rows × columns), but from the chosen cell the staff table has room for %u × %u cells of teaching hours. Nothing was pasted."),
                   n_lines, width, n_rows, n_columns);
      return FALSE;
    }

  /* Every cell read and checked before anything changes. */
  for (guint i = 0; i < n_lines; i++)
    {
      g_auto (GStrv) values = g_strsplit (lines[i], "\t", -1);
      for (guint c = 0; values[c]; c++)
        {
          HoursCell cell = { staff_ids[i], programme_ids[c], FALSE, 0 };
          g_autoptr (GError) invalid = NULL;
          char *value = g_strstrip (values[c]);

          if (*value == '\0')
            cell.clear = TRUE;
          else if (!sk_csv_parse_number (value, 1, TRUE, &cell.hours) || cell.hours < 0 ||
                   !sk_proposal_validate_value (proposal, SK_KIND_ASSIGNMENT, "hours",
                                                g_variant_new_int64 (cell.hours), &invalid))
            {
              SkRecord *person = sk_proposal_lookup (proposal, SK_KIND_STAFF, cell.staff_id);
              SkRecord *programme = sk_proposal_lookup (proposal, SK_KIND_PROGRAMME, cell.programme_id);
              g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                           /* TRANSLATORS: a pasted cell of the staff table: what it holds, the
                            * lecturer (row) and the programme (column) */
                           _("“%s” is not a number of teaching hours (the cell of %s in %s): the hours are a whole number, or nothing to take the lecturer off the programme. Nothing was pasted."),
                           value, person ? sk_record_display_name (person, lang) : "?",
                           programme ? sk_record_display_name (programme, lang) : "?");
              return FALSE;
            }
          g_array_append_val (cells, cell);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr (SkRecord) a = g_list_model_get_item (assignments, i);
      gint64 key = pair_of (sk_record_get_int (a, "staff_id", 0), sk_record_get_int (a, "programme_id", 0));
      GArray *ids = g_hash_table_lookup (pairs, &key);
      gint64 id = sk_record_get_id (a);

      if (ids == NULL)
        {
          ids = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_hash_table_insert (pairs, g_memdup2 (&key, sizeof key), ids);
        }
      g_array_append_val (ids, id);
    }

  /* TRANSLATORS: the name of an undo step */
  sk_proposal_begin_group (proposal, _("Paste teaching hours"));
  for (guint k = 0; k < cells->len; k++)
    {
      const HoursCell *cell = &g_array_index (cells, HoursCell, k);
      gint64 key = pair_of (cell->staff_id, cell->programme_id);
      GArray *found = g_hash_table_lookup (pairs, &key);
      guint kept = 0;
      gboolean ok = TRUE, cell_changed = FALSE;

      /* Only this pair's assignments (the key may, in theory, be shared). */
      for (guint e = 0; found && e < found->len && ok; e++)
        {
          gint64 aid = g_array_index (found, gint64, e);
          SkRecord *a = sk_proposal_lookup (proposal, SK_KIND_ASSIGNMENT, aid);

          if (a == NULL || sk_record_get_int (a, "staff_id", 0) != cell->staff_id ||
              sk_record_get_int (a, "programme_id", 0) != cell->programme_id)
            continue;
          if (cell->clear || kept > 0)
            {
              /* Emptied, or a second assignment of the same pair. */
              ok = sk_proposal_delete (proposal, SK_KIND_ASSIGNMENT, aid, error);
              cell_changed = TRUE;
              continue;
            }
          kept++;
          if (sk_record_get_int (a, "hours", -1) != cell->hours)
            {
              ok = sk_proposal_set (proposal, SK_KIND_ASSIGNMENT, aid, "hours", g_variant_new_int64 (cell->hours), error);
              cell_changed = TRUE;
            }
        }
      if (ok && !cell->clear && kept == 0)
        {
          g_autoptr (SkRecord) a = sk_record_new (sk_schema_kind (SK_KIND_ASSIGNMENT));

          sk_record_set_int (a, "staff_id", cell->staff_id);
          sk_record_set_int (a, "programme_id", cell->programme_id);
          sk_record_set_int (a, "hours", cell->hours);
          ok = sk_proposal_insert (proposal, a, error) > 0;
          cell_changed = TRUE;
        }
      changed += cell_changed;
      if (!ok)
        {
          sk_proposal_cancel_group (proposal);
          return FALSE;
        }
    }
  if (!sk_proposal_end_group (proposal, error))
    return FALSE;
  if (n_changed)
    *n_changed = changed;
  return TRUE;
}
