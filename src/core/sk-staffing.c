/* sk-staffing.c: the staffing ratio, overall and per programme */
#include "config.h"

#include <math.h>

#include "sk-staffing.h"

SkSide
sk_side_from_code (const char *code)
{
  if (g_strcmp0 (code, "kazakh") == 0)
    return SK_SIDE_KAZAKH;
  if (g_strcmp0 (code, "foreign") == 0)
    return SK_SIDE_FOREIGN;
  return SK_SIDE_OTHER;
}

static void
add (SkShares *s, SkSide side, double amount)
{
  s->amount[side] += amount;
  s->total += amount;
}

typedef struct {
  SkSide side;
  gint64 fte_milli;
  gint64 hours;        /* in all programmes */
  guint n_assignments;
} StaffInfo;

SkStaffing *
sk_staffing_compute (SkProposal *proposal)
{
  GListModel *staff = sk_proposal_get_records (proposal, SK_KIND_STAFF);
  GListModel *programmes = sk_proposal_get_records (proposal, SK_KIND_PROGRAMME);
  GListModel *assignments = sk_proposal_get_records (proposal, SK_KIND_ASSIGNMENT);
  guint n_staff = g_list_model_get_n_items (staff);
  guint n_prog = g_list_model_get_n_items (programmes);
  guint n_assign = g_list_model_get_n_items (assignments);
  g_autoptr (GHashTable) staff_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GHashTable) prog_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree StaffInfo *info = g_new0 (StaffInfo, n_staff);
  g_autofree gint64 *staff_ids = g_new0 (gint64, n_staff);
  g_autofree gint64 *prog_ids = g_new0 (gint64, n_prog);
  SkStaffing *result = g_new0 (SkStaffing, 1);

  result->n_staff = n_staff;
  result->programmes = g_array_sized_new (FALSE, TRUE, sizeof (SkProgrammeStaffing), n_prog);

  for (guint i = 0; i < n_staff; i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (staff, i);
      staff_ids[i] = sk_record_get_id (r);
      g_hash_table_insert (staff_index, &staff_ids[i], GUINT_TO_POINTER (i + 1));
      info[i].side = sk_side_from_code (sk_record_get_string (r, "side"));
      info[i].fte_milli = sk_record_get_int (r, "fte_milli", 0);
      add (&result->overall[SK_BASIS_HEADCOUNT], info[i].side, 1);
      add (&result->overall[SK_BASIS_FTE], info[i].side, (double) info[i].fte_milli);
    }
  for (guint i = 0; i < n_prog; i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (programmes, i);
      SkProgrammeStaffing ps = { 0 };
      prog_ids[i] = ps.programme_id = sk_record_get_id (r);
      g_hash_table_insert (prog_index, &prog_ids[i], GUINT_TO_POINTER (i + 1));
      g_array_append_val (result->programmes, ps);
    }

  /* First pass: each lecturer's hours in all programmes. */
  for (guint i = 0; i < n_assign; i++)
    {
      g_autoptr (SkRecord) a = g_list_model_get_item (assignments, i);
      gint64 staff_id = sk_record_get_int (a, "staff_id", 0);
      guint s = GPOINTER_TO_UINT (g_hash_table_lookup (staff_index, &staff_id));
      if (s == 0)
        continue;
      info[s - 1].hours += sk_record_get_int (a, "hours", 0);
      info[s - 1].n_assignments++;
    }

  /* Second pass: the programmes. */
  for (guint i = 0; i < n_assign; i++)
    {
      g_autoptr (SkRecord) a = g_list_model_get_item (assignments, i);
      gint64 staff_id = sk_record_get_int (a, "staff_id", 0);
      gint64 prog_id = sk_record_get_int (a, "programme_id", 0);
      guint s = GPOINTER_TO_UINT (g_hash_table_lookup (staff_index, &staff_id));
      guint p = GPOINTER_TO_UINT (g_hash_table_lookup (prog_index, &prog_id));
      gint64 hours = sk_record_get_int (a, "hours", 0);
      SkProgrammeStaffing *ps;
      StaffInfo *si;
      double fte_part;

      if (s == 0 || p == 0)
        continue;
      si = &info[s - 1];
      ps = &g_array_index (result->programmes, SkProgrammeStaffing, p - 1);
      fte_part = si->hours > 0 ? (double) si->fte_milli * (double) hours / (double) si->hours
                               : (double) si->fte_milli / si->n_assignments;
      add (&ps->by[SK_BASIS_FTE], si->side, fte_part);
      add (&ps->by[SK_BASIS_HOURS], si->side, (double) hours);
      add (&result->overall[SK_BASIS_HOURS], si->side, (double) hours);
    }

  /* People per programme: each lecturer once, however many assignments. */
  {
    g_autoptr (GHashTable) pairs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
    for (guint i = 0; i < n_assign; i++)
      {
        g_autoptr (SkRecord) a = g_list_model_get_item (assignments, i);
        gint64 staff_id = sk_record_get_int (a, "staff_id", 0);
        gint64 prog_id = sk_record_get_int (a, "programme_id", 0);
        guint s = GPOINTER_TO_UINT (g_hash_table_lookup (staff_index, &staff_id));
        guint p = GPOINTER_TO_UINT (g_hash_table_lookup (prog_index, &prog_id));
        gint64 key;
        SkProgrammeStaffing *ps;

        if (s == 0 || p == 0)
          continue;
        key = ((gint64) s << 32) | p;
        if (g_hash_table_contains (pairs, &key))
          continue;
        g_hash_table_add (pairs, g_memdup2 (&key, sizeof key));
        ps = &g_array_index (result->programmes, SkProgrammeStaffing, p - 1);
        ps->n_staff++;
        add (&ps->by[SK_BASIS_HEADCOUNT], info[s - 1].side, 1);
      }
  }
  return result;
}

void
sk_staffing_free (SkStaffing *staffing)
{
  if (staffing == NULL)
    return;
  g_array_unref (staffing->programmes);
  g_free (staffing);
}

const SkProgrammeStaffing *
sk_staffing_programme (SkStaffing *staffing, gint64 programme_id)
{
  for (guint i = 0; i < staffing->programmes->len; i++)
    {
      const SkProgrammeStaffing *ps = &g_array_index (staffing->programmes, SkProgrammeStaffing, i);
      if (ps->programme_id == programme_id)
        return ps;
    }
  return NULL;
}

double
sk_shares_percent (const SkShares *shares, SkSide side)
{
  if (shares->total <= 0)
    return NAN;
  return 100.0 * shares->amount[side] / shares->total;
}

/* Exact for whole amounts; FTE parts may carry rounding of 1e-9. */
#define EPSILON 1e-9

gboolean
sk_shares_above (const SkShares *shares, SkSide side, int percent)
{
  return shares->total > 0 &&
         shares->amount[side] * 100.0 > (double) percent * shares->total * (1 + EPSILON);
}

gboolean
sk_shares_below (const SkShares *shares, SkSide side, int percent)
{
  return shares->total > 0 &&
         shares->amount[side] * 100.0 < (double) percent * shares->total * (1 - EPSILON);
}
