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

typedef struct {
  guint staff;         /* index + 1 into the staff list; 0 if dangling */
  guint programme;     /* index + 1 into the programmes */
  gint64 hours;
} Assignment;

static gint64
int_at (SkRecord *r, int index)
{
  GVariant *v = sk_record_get_value_at (r, (guint) index);
  return v ? g_variant_get_int64 (v) : 0;
}

/* Maps ids to positions (+1, so that 0 means "none"). */
static GHashTable *
index_ids (GListModel *model, gint64 *ids)
{
  GHashTable *index = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (model, i);
      ids[i] = sk_record_get_id (r);
      g_hash_table_insert (index, &ids[i], GUINT_TO_POINTER (i + 1));
    }
  return index;
}

SkStaffing *
sk_staffing_compute (SkProposal *proposal)
{
  GListModel *staff = sk_proposal_get_records (proposal, SK_KIND_STAFF);
  GListModel *programmes = sk_proposal_get_records (proposal, SK_KIND_PROGRAMME);
  GListModel *assignments = sk_proposal_get_records (proposal, SK_KIND_ASSIGNMENT);
  const SkKind *akind = sk_schema_kind (SK_KIND_ASSIGNMENT);
  const SkKind *skind = sk_schema_kind (SK_KIND_STAFF);
  int f_staff = sk_kind_field_index (akind, "staff_id");
  int f_prog = sk_kind_field_index (akind, "programme_id");
  int f_hours = sk_kind_field_index (akind, "hours");
  int f_side = sk_kind_field_index (skind, "side");
  int f_fte = sk_kind_field_index (skind, "fte_milli");
  guint n_staff = g_list_model_get_n_items (staff);
  guint n_prog = g_list_model_get_n_items (programmes);
  guint n_assign = g_list_model_get_n_items (assignments);
  g_autofree gint64 *staff_ids = g_new0 (gint64, n_staff);
  g_autofree gint64 *prog_ids = g_new0 (gint64, n_prog);
  g_autoptr (GHashTable) staff_index = index_ids (staff, staff_ids);
  g_autoptr (GHashTable) prog_index = index_ids (programmes, prog_ids);
  g_autofree StaffInfo *info = g_new0 (StaffInfo, n_staff);
  g_autofree Assignment *as = g_new0 (Assignment, n_assign);
  g_autofree guint *first = g_new0 (guint, n_staff + 2);  /* counting sort by staff */
  g_autofree guint *order = g_new0 (guint, n_assign);
  g_autofree guint *last_person = g_new0 (guint, n_prog + 1);
  SkStaffing *result = g_new0 (SkStaffing, 1);

  result->n_staff = n_staff;
  result->programmes = g_array_sized_new (FALSE, TRUE, sizeof (SkProgrammeStaffing), n_prog);
  g_array_set_size (result->programmes, n_prog);
  for (guint i = 0; i < n_prog; i++)
    g_array_index (result->programmes, SkProgrammeStaffing, i).programme_id = prog_ids[i];

  for (guint i = 0; i < n_staff; i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (staff, i);
      GVariant *side = sk_record_get_value_at (r, (guint) f_side);

      info[i].side = sk_side_from_code (side ? g_variant_get_string (side, NULL) : NULL);
      info[i].fte_milli = int_at (r, f_fte);
      add (&result->overall[SK_BASIS_HEADCOUNT], info[i].side, 1);
      add (&result->overall[SK_BASIS_FTE], info[i].side, (double) info[i].fte_milli);
    }

  /* Each assignment once: whose, where, how many hours. */
  for (guint i = 0; i < n_assign; i++)
    {
      g_autoptr (SkRecord) a = g_list_model_get_item (assignments, i);
      gint64 staff_id = int_at (a, f_staff), prog_id = int_at (a, f_prog);

      as[i].staff = GPOINTER_TO_UINT (g_hash_table_lookup (staff_index, &staff_id));
      as[i].programme = GPOINTER_TO_UINT (g_hash_table_lookup (prog_index, &prog_id));
      as[i].hours = int_at (a, f_hours);
      if (as[i].staff == 0 || as[i].programme == 0)
        continue;
      info[as[i].staff - 1].hours += as[i].hours;
      info[as[i].staff - 1].n_assignments++;
      first[as[i].staff + 1]++;
    }

  /* Hours and FTE: a lecturer's FTE divided by their hours in each programme. */
  for (guint i = 0; i < n_assign; i++)
    {
      StaffInfo *si;
      SkProgrammeStaffing *ps;
      double fte_part;

      if (as[i].staff == 0 || as[i].programme == 0)
        continue;
      si = &info[as[i].staff - 1];
      ps = &g_array_index (result->programmes, SkProgrammeStaffing, as[i].programme - 1);
      fte_part = si->hours > 0 ? (double) si->fte_milli * (double) as[i].hours / (double) si->hours
                               : (double) si->fte_milli / si->n_assignments;
      add (&ps->by[SK_BASIS_FTE], si->side, fte_part);
      add (&ps->by[SK_BASIS_HOURS], si->side, (double) as[i].hours);
      add (&result->overall[SK_BASIS_HOURS], si->side, (double) as[i].hours);
    }

  /* People per programme, each lecturer once however many assignments:
   * walk the assignments grouped by lecturer (a counting sort). */
  for (guint s = 1; s <= n_staff + 1; s++)
    first[s] += first[s - 1];
  for (guint i = 0; i < n_assign; i++)
    if (as[i].staff && as[i].programme)
      order[first[as[i].staff]++] = i;
  for (guint k = 0; k < first[n_staff]; k++)
    {
      Assignment *a = &as[order[k]];
      SkProgrammeStaffing *ps;

      if (last_person[a->programme] == a->staff)
        continue;
      last_person[a->programme] = a->staff;
      ps = &g_array_index (result->programmes, SkProgrammeStaffing, a->programme - 1);
      ps->n_staff++;
      add (&ps->by[SK_BASIS_HEADCOUNT], info[a->staff - 1].side, 1);
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
