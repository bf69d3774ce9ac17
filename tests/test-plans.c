/* test-plans.c: the grids, paste and copy, the term's plans, the staffing
 * matrix, set hours and what to change to comply */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sk-check.h"
#include "sk-error.h"
#include "sk-init.h"
#include "sk-plan.h"
#include "sk-staff-plan.h"
#include "sk-test-util.h"

static SkProposal *
new_proposal (const char *name, const char *start, const char *end)
{
  g_autofree char *path = sk_test_tmp_path (name);
  g_autoptr (GError) error = NULL;
  SkProposal *p = sk_proposal_create (path, &error);

  g_assert_no_error (error);
  if (start)
    {
      g_assert_true (sk_proposal_set (p, SK_KIND_PROPOSAL, 1, "term_start", g_variant_new_string (start), &error));
      g_assert_true (sk_proposal_set (p, SK_KIND_PROPOSAL, 1, "term_end", g_variant_new_string (end), &error));
    }
  return p;
}

static gint64
add_line (SkProposal *p, const char *source, int year, gint64 amount, const char *note)
{
  g_autoptr (SkRecord) r = sk_record_new (sk_schema_kind (SK_KIND_FINANCING));
  g_autoptr (GError) error = NULL;
  gint64 id;

  sk_record_set_string (r, "source", source);
  sk_record_set_int (r, "year", year);
  sk_record_set_int (r, "amount_kzt", amount);
  if (note)
    sk_record_set_string (r, "note_en", note);
  id = sk_proposal_insert (p, r, &error);
  g_assert_no_error (error);
  return id;
}

static gint64
add_indicator (SkProposal *p, const char *name, const char *unit)
{
  g_autoptr (SkRecord) r = sk_record_new (sk_schema_kind (SK_KIND_INDICATOR));
  g_autoptr (GError) error = NULL;
  gint64 id;

  sk_record_set_string (r, "kind", "enrolment");
  sk_record_set_string (r, "name_en", name);
  if (unit)
    sk_record_set_string (r, "unit", unit);
  id = sk_proposal_insert (p, r, &error);
  g_assert_no_error (error);
  return id;
}

static void
add_target (SkProposal *p, gint64 indicator, int year, double value)
{
  g_autoptr (SkRecord) r = sk_record_new (sk_schema_kind (SK_KIND_INDICATOR_TARGET));
  g_autoptr (GError) error = NULL;

  sk_record_set_int (r, "indicator_id", indicator);
  sk_record_set_int (r, "year", year);
  sk_record_set_double (r, "value", value);
  g_assert_cmpint (sk_proposal_insert (p, r, &error), >, 0);
  g_assert_no_error (error);
}

/* ---- numbers ---- */

static void
test_parse_amount (void)
{
  static const struct { const char *text, *lang; gint64 value; } good[] = {
    { "150 000 000", "kk", 150000000 },
    { "150\xc2\xa0" "000\xc2\xa0" "000", "ru", 150000000 },
    { "150\xe2\x80\xaf" "000", "ru", 150000 },
    { "150,000,000", "en", 150000000 },
    { "150.000.000", "ru", 150000000 },
    { "1 500 000,00", "ru", 1500000 },
    { "1,500,000.00", "en", 1500000 },
    { "1.500", "ru", 1500 },
    { "1,500", "en", 1500 },
    { "2 000 ₸", "kk", 2000 },
    { "  42 ", "en", 42 },
    { "0", "en", 0 },
  };
  static const struct { const char *text, *lang, *message; } bad[] = {
    { "abc", "en", "is not a number" },
    { "", "en", "is not a number" },
    { "1,5", "ru", "whole number of tenge" },
    { "1.5", "en", "whole number of tenge" },
    { "-5", "en", "below zero" },
    { "100000000000000000000", "en", "largest amount" },
    { "1e20", "en", "is not a number" },
    { "1,50,000", "en", "is not a number" },
    { "12 3a", "en", "is not a number" },
    { "nan", "en", "is not a number" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr (GError) error = NULL;
      gint64 v = -1;
      g_assert_true (sk_plan_parse_amount (good[i].text, good[i].lang, &v, &error));
      g_assert_no_error (error);
      g_assert_cmpint (v, ==, good[i].value);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      gint64 v = -1;
      g_assert_false (sk_plan_parse_amount (bad[i].text, bad[i].lang, &v, &error));
      g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
      g_assert_nonnull (strstr (error->message, bad[i].message));
      g_assert_cmpint (v, ==, -1);
    }
}

static void
test_parse_value (void)
{
  g_autoptr (GError) error = NULL;
  double v = 0;

  g_assert_true (sk_plan_parse_value ("12,5", "ru", &v, &error));
  g_assert_cmpfloat (v, ==, 12.5);
  g_assert_true (sk_plan_parse_value ("0.25", "ru", &v, &error)); /* a lone point in ru */
  g_assert_cmpfloat (v, ==, 0.25);
  g_assert_true (sk_plan_parse_value ("1 250,75", "kk", &v, &error));
  g_assert_cmpfloat (v, ==, 1250.75);
  g_assert_true (sk_plan_parse_value ("-3.5", "en", &v, &error));
  g_assert_cmpfloat (v, ==, -3.5);
  g_assert_false (sk_plan_parse_value ("12.5.1", "en", &v, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
}

/* ---- the financing grid ---- */

static void
test_financing_grid (void)
{
  g_autoptr (SkProposal) p = new_proposal ("fin.seriktes", "2025-09-01", "2028-08-31");
  g_autoptr (SkGrid) grid = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  guint row;

  add_line (p, "state_order", 2025, 1000, NULL);
  add_line (p, "state_order", 2026, 2000, NULL);
  add_line (p, "state_order", 2026, 500, NULL);      /* two lines of one cell */
  add_line (p, "paid_services", 2025, 300, "Evening courses");
  add_line (p, "paid_services", 2030, 700, "Evening courses"); /* outside the term */
  grid = sk_grid_new (p, SK_GRID_FINANCING, "en");

  g_assert_cmpuint (sk_grid_n_rows (grid), ==, 2);
  /* 2025..2028 and 2030 */
  g_assert_cmpuint (sk_grid_n_columns (grid), ==, 5);
  g_assert_cmpstr (sk_grid_column_title (grid, 0), ==, "2025");
  g_assert_cmpint (sk_grid_column_year (grid, 4), ==, 2030);
  g_assert_false (sk_grid_column_in_term (grid, 4));
  g_assert_true (sk_grid_column_in_term (grid, 3));
  g_assert_cmpstr (sk_grid_row_label (grid, 0), ==, "State educational order");
  g_assert_cmpstr (sk_grid_row_label (grid, 1), ==, "Paid educational services — Evening courses");
  text = sk_grid_cell_text (grid, 0, 1);
  g_assert_cmpstr (text, ==, "2,500");
  g_assert_cmpint (sk_grid_row_total (grid, 0), ==, 3500);
  g_assert_cmpint (sk_grid_source_total (grid, "paid_services"), ==, 1000);
  g_assert_cmpint (sk_grid_column_total (grid, 0), ==, 1300);
  g_assert_cmpint (sk_grid_total (grid), ==, 4500);
  /* 2027 and 2028: no source */
  g_assert_false (sk_grid_year_missing (grid, 0));
  g_assert_true (sk_grid_year_missing (grid, 2));
  g_assert_true (sk_grid_cell_missing (grid, 1, 3));
  g_assert_false (sk_grid_year_missing (grid, 4));

  /* Setting a cell of two lines leaves one; an undo step each. */
  g_assert_true (sk_grid_set_cell (p, grid, 0, 1, "3 000", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sk_proposal_get_undo_label (p), ==, "Edit a cell");
  g_clear_pointer (&grid, sk_grid_free);
  grid = sk_grid_new (p, SK_GRID_FINANCING, "en");
  g_assert_cmpint (sk_grid_column_total (grid, 1), ==, 3000);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_FINANCING), ==, 4);
  g_assert_true (sk_proposal_undo (p, &error));
  g_clear_pointer (&grid, sk_grid_free);
  grid = sk_grid_new (p, SK_GRID_FINANCING, "en");
  g_assert_cmpint (sk_grid_column_total (grid, 1), ==, 2500);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_FINANCING), ==, 5);

  /* A new cell, a cleared cell, a bad cell (named, nothing changed). */
  g_assert_true (sk_grid_set_cell (p, grid, 1, 2, "1,250,000", &error));
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_FINANCING), ==, 6);
  g_assert_true (sk_grid_set_cell (p, grid, 1, 4, "", &error));
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_FINANCING), ==, 5);
  g_assert_false (sk_grid_set_cell (p, grid, 0, 0, "abc", &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "State educational order"));
  g_assert_nonnull (strstr (error->message, "2025"));
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_FINANCING), ==, 5);

  /* A source row added before it has amounts. */
  row = sk_grid_add_line (grid, "sponsorship", "Kazphosphate");
  g_clear_error (&error);
  g_assert_true (sk_grid_set_cell (p, grid, row, 0, "10 000", &error));
  g_clear_pointer (&grid, sk_grid_free);
  grid = sk_grid_new (p, SK_GRID_FINANCING, "en");
  g_assert_cmpuint (sk_grid_n_rows (grid), ==, 3);
  g_assert_cmpint (sk_grid_source_total (grid, "sponsorship"), ==, 10000);
}

static void
test_indicator_grid (void)
{
  g_autoptr (SkProposal) p = new_proposal ("ind.seriktes", "2025-09-01", "2027-08-31");
  g_autoptr (SkGrid) grid = NULL;
  g_autoptr (GError) error = NULL;
  gint64 a = add_indicator (p, "Students enrolled", "people");
  g_autofree char *t = NULL;

  add_indicator (p, "Joint publications", NULL);
  add_target (p, a, 2025, 50);
  add_target (p, a, 2026, 75.5);
  grid = sk_grid_new (p, SK_GRID_INDICATORS, "ru");
  g_assert_cmpuint (sk_grid_n_rows (grid), ==, 2);
  g_assert_cmpuint (sk_grid_n_columns (grid), ==, 5); /* unit, baseline, 2025-2027 */
  g_assert_cmpint (sk_grid_column_year (grid, 0), ==, 0);
  g_assert_cmpint (sk_grid_column_year (grid, 2), ==, 2025);
  t = sk_grid_cell_text (grid, 0, 3);
  g_assert_cmpstr (t, ==, "75,5");
  g_assert_false (sk_grid_cell_missing (grid, 0, 2));
  g_assert_true (sk_grid_cell_missing (grid, 0, 4));
  g_assert_true (sk_grid_cell_missing (grid, 1, 2));
  g_assert_false (sk_grid_cell_missing (grid, 1, 1)); /* a baseline is not a target */

  g_assert_true (sk_grid_set_cell (p, grid, 1, 0, "статей", &error));
  g_assert_true (sk_grid_set_cell (p, grid, 1, 1, "3", &error));
  g_assert_true (sk_grid_set_cell (p, grid, 1, 4, "7,25", &error));
  g_assert_no_error (error);
  g_clear_pointer (&grid, sk_grid_free);
  grid = sk_grid_new (p, SK_GRID_INDICATORS, "en");
  {
    g_autofree char *unit = sk_grid_cell_text (grid, 1, 0);
    g_autofree char *base = sk_grid_cell_text (grid, 1, 1);
    g_autofree char *y = sk_grid_cell_text (grid, 1, 4);
    g_assert_cmpstr (unit, ==, "статей");
    g_assert_cmpstr (base, ==, "3");
    g_assert_cmpstr (y, ==, "7.25");
  }
}

/* ---- paste and copy ---- */

static void
test_paste (void)
{
  g_autoptr (SkProposal) p = new_proposal ("paste.seriktes", "2025-09-01", "2030-08-31");
  g_autoptr (SkGrid) grid = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *path = NULL;
  guint undo_depth_marker;

  add_line (p, "state_order", 2025, 1, NULL);
  add_line (p, "paid_services", 2025, 1, NULL);
  grid = sk_grid_new (p, SK_GRID_FINANCING, "ru");
  path = g_strdup (sk_proposal_get_path (p));
  before = sk_test_file_digest (path);

  /* Six years of two sources in one paste, as a spreadsheet puts it. */
  g_assert_true (sk_grid_paste (p, grid, 0, 0,
                                "1 000\t2 000\t3 000\t4 000\t5 000\t6 000\r\n"
                                "10\t20\t30\t40\t50\t60\r\n", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_FINANCING), ==, 12);
  g_assert_cmpstr (sk_proposal_get_undo_label (p), ==, "Paste cells");
  g_clear_pointer (&grid, sk_grid_free);
  grid = sk_grid_new (p, SK_GRID_FINANCING, "ru");
  g_assert_cmpint (sk_grid_total (grid), ==, 21210);
  copy = sk_grid_copy (grid, 0, 4, 2, 2);
  g_assert_cmpstr (copy, ==, "5000\t6000\n50\t60\n");

  /* One undo step takes it all back. */
  g_assert_true (sk_proposal_undo (p, &error));
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_FINANCING), ==, 2);
  g_assert_true (sk_proposal_redo (p, &error));
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_FINANCING), ==, 12);

  /* Larger than the grid: refused, nothing changed. */
  g_clear_pointer (&before, g_free);
  before = sk_test_file_digest (path);
  undo_depth_marker = sk_proposal_can_redo (p);
  g_assert_false (sk_grid_paste (p, grid, 1, 0, "1\t2\n3\t4\n", &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "2 × 2"));
  g_assert_nonnull (strstr (error->message, "1 × 6"));
  g_clear_error (&error);
  g_assert_false (sk_grid_paste (p, grid, 0, 5, "1\t2\n", &error));
  g_clear_error (&error);
  /* A bad cell in the middle: named, nothing changed. */
  g_assert_false (sk_grid_paste (p, grid, 0, 0, "7\t8\t9\n7\tx1\t9\n", &error));
  g_assert_nonnull (strstr (error->message, sk_grid_row_label (grid, 1)));
  g_assert_nonnull (strstr (error->message, "2026"));
  g_assert_nonnull (strstr (error->message, "x1"));
  g_clear_error (&error);
  {
    g_autofree char *after = sk_test_file_digest (path);
    g_assert_cmpstr (before, ==, after);
  }
  g_assert_cmpint (sk_proposal_can_redo (p), ==, undo_depth_marker);
  g_assert_cmpstr (sk_proposal_get_undo_label (p), ==, "Paste cells");

  /* A 10 MB clipboard is refused before it is read. */
  {
    g_autofree char *huge = g_malloc (10 * 1024 * 1024 + 1);
    memset (huge, '1', 10 * 1024 * 1024);
    huge[10 * 1024 * 1024] = '\0';
    g_assert_false (sk_grid_paste (p, grid, 0, 0, huge, &error));
    g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  }
}

static void
test_grid_table (void)
{
  g_autoptr (SkProposal) p = new_proposal ("table.seriktes", "2025-09-01", "2026-08-31");
  g_autoptr (SkGrid) grid = NULL;
  g_autoptr (GPtrArray) table = NULL;
  char **last;

  add_line (p, "state_order", 2025, 100, NULL);
  add_line (p, "sponsorship", 2026, 50, NULL);
  grid = sk_grid_new (p, SK_GRID_FINANCING, "en");
  table = sk_grid_table (grid);
  g_assert_cmpuint (table->len, ==, 4);
  g_assert_cmpstr (((char **) table->pdata[0])[0], ==, "Source");
  g_assert_cmpstr (((char **) table->pdata[0])[3], ==, "Total");
  g_assert_cmpstr (((char **) table->pdata[1])[1], ==, "100");
  g_assert_cmpstr (((char **) table->pdata[1])[2], ==, "");
  last = table->pdata[3];
  g_assert_cmpstr (last[0], ==, "Total");
  g_assert_cmpstr (last[3], ==, "150");
}

/* ---- the term ---- */

static void
test_term_extension (void)
{
  g_autoptr (SkProposal) p = new_proposal ("extend.seriktes", "2025-09-01", "2027-08-31");
  g_autoptr (GArray) empty = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkGrid) grid = NULL;
  gint64 ind = add_indicator (p, "Students", NULL);
  guint added = 0;

  add_line (p, "state_order", 2025, 100, NULL);
  add_line (p, "state_order", 2026, 200, NULL);
  add_line (p, "state_order", 2027, 300, NULL);
  add_target (p, ind, 2025, 10);
  add_target (p, ind, 2027, 30);
  g_assert_true (sk_proposal_set (p, SK_KIND_PROPOSAL, 1, "term_end", g_variant_new_string ("2029-08-31"), &error));

  empty = sk_plan_empty_years (p);
  g_assert_cmpuint (empty->len, ==, 2);
  g_assert_cmpint (g_array_index (empty, int, 0), ==, 2028);
  g_assert_cmpint (g_array_index (empty, int, 1), ==, 2029);

  /* Leaving them empty changes nothing. */
  g_assert_true (sk_plan_fill_years (p, NULL, SK_FILL_EMPTY, &added, &error));
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_FINANCING), ==, 3);

  /* Copying the last year: one undo step. */
  g_assert_true (sk_plan_fill_years (p, NULL, SK_FILL_COPY_LAST, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 4);
  g_assert_cmpstr (sk_proposal_get_undo_label (p), ==, "Fill the added years");
  grid = sk_grid_new (p, SK_GRID_FINANCING, "en");
  g_assert_cmpint (sk_grid_column_total (grid, 3), ==, 300);
  g_assert_cmpint (sk_grid_column_total (grid, 4), ==, 300);
  g_clear_pointer (&grid, sk_grid_free);
  grid = sk_grid_new (p, SK_GRID_INDICATORS, "en");
  {
    g_autofree char *t = sk_grid_cell_text (grid, 0, 6);
    g_assert_cmpstr (t, ==, "30");
    g_assert_false (sk_grid_cell_is_set (grid, 0, 3)); /* 2026 is not an added year */
  }
  {
    g_autoptr (GArray) none = sk_plan_empty_years (p);
    g_assert_cmpuint (none->len, ==, 0);
  }
  g_assert_true (sk_proposal_undo (p, &error));
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_FINANCING), ==, 3);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_INDICATOR_TARGET), ==, 2);
}

static void
test_term_removal (void)
{
  g_autoptr (SkProposal) p = new_proposal ("shrink.seriktes", "2025-09-01", "2030-08-31");
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GError) error = NULL;
  gint64 ind = add_indicator (p, "Students", NULL);
  guint removed = 0;

  for (int y = 2025; y <= 2030; y++)
    {
      add_line (p, "state_order", y, 100, NULL);
      add_target (p, ind, y, y - 2000);
    }
  g_assert_true (sk_proposal_set (p, SK_KIND_PROPOSAL, 1, "term_end", g_variant_new_string ("2028-08-31"), &error));
  items = sk_plan_outside_term (p, "en");
  g_assert_cmpuint (items->len, ==, 4);
  g_assert_cmpstr (((SkPlanItem *) items->pdata[0])->description, ==, "Financing “State educational order”, 2029: 100\xc2\xa0₸");
  g_assert_cmpstr (((SkPlanItem *) items->pdata[2])->description, ==, "Target of “Students” for 2029: 29");
  g_assert_true (sk_plan_remove_outside_term (p, &removed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (removed, ==, 4);
  g_assert_cmpstr (sk_proposal_get_undo_label (p), ==, "Remove the plans outside the term");
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_FINANCING), ==, 4);
  g_assert_true (sk_proposal_undo (p, &error));
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_FINANCING), ==, 6);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_INDICATOR_TARGET), ==, 6);
}

/* ---- staffing ---- */

static gint64
add_person (SkProposal *p, const char *name, const char *side, gint64 fte_milli)
{
  g_autoptr (SkRecord) r = sk_record_new (sk_schema_kind (SK_KIND_STAFF));
  g_autoptr (GError) error = NULL;
  gint64 id;

  sk_record_set_string (r, "name", name);
  sk_record_set_string (r, "side", side);
  sk_record_set_int (r, "fte_milli", fte_milli);
  id = sk_proposal_insert (p, r, &error);
  g_assert_no_error (error);
  return id;
}

static gint64
add_programme (SkProposal *p, const char *name)
{
  g_autoptr (SkRecord) r = sk_record_new (sk_schema_kind (SK_KIND_PROGRAMME));
  g_autoptr (GError) error = NULL;
  gint64 id;

  sk_record_set_string (r, "name_en", name);
  id = sk_proposal_insert (p, r, &error);
  g_assert_no_error (error);
  return id;
}

static void
test_set_hours (void)
{
  g_autoptr (SkProposal) p = new_proposal ("hours.seriktes", NULL, NULL);
  g_autoptr (GError) error = NULL;
  gint64 prog = add_programme (p, "Chemistry");
  gint64 ids[3];
  guint added = 0, updated = 0;

  ids[0] = add_person (p, "A", "kazakh", 1000);
  ids[1] = add_person (p, "B", "foreign", 1000);
  ids[2] = add_person (p, "C", "foreign", 500);
  g_assert_true (sk_staffing_set_hours (p, prog, ids, 2, 120, &added, &updated, &error));
  g_assert_cmpuint (added, ==, 2);
  g_assert_cmpuint (updated, ==, 0);
  /* A second assignment of A in the same programme (30 hours). */
  {
    g_autoptr (SkRecord) dup = sk_record_new (sk_schema_kind (SK_KIND_ASSIGNMENT));
    sk_record_set_int (dup, "staff_id", ids[0]);
    sk_record_set_int (dup, "programme_id", prog);
    sk_record_set_int (dup, "hours", 30);
    g_assert_cmpint (sk_proposal_insert (p, dup, &error), >, 0);
  }
  /* Already assigned: updated, not skipped (the second one removed); a
   * new one added. */
  g_assert_true (sk_staffing_set_hours (p, prog, ids, 3, 60, &added, &updated, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (updated, ==, 2);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_ASSIGNMENT), ==, 3);
  g_assert_cmpstr (sk_proposal_get_undo_label (p), ==, "Set teaching hours");
  {
    g_autoptr (SkStaffing) s = sk_staffing_compute (p);
    g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
    g_autoptr (GArray) m = sk_staffing_matrix (s, rules, SK_BASIS_HOURS);
    g_autoptr (GArray) foreign = sk_staffing_staff_in (p, prog, SK_SIDE_FOREIGN);
    SkStaffingRow *row = &g_array_index (m, SkStaffingRow, 1);

    g_assert_cmpuint (m->len, ==, 2);
    g_assert_cmpint (row->programme_id, ==, prog);
    g_assert_cmpfloat (row->shares.total, ==, 180);
    g_assert_cmpfloat_with_epsilon (row->percent[SK_SIDE_FOREIGN], 200.0 / 3, 1e-9);
    g_assert_true (row->foreign_above);
    g_assert_false (row->kazakh_above);
    g_assert_cmpuint (foreign->len, ==, 2);
  }
  /* One undo step back to 120 hours each (and the second assignment). */
  g_assert_true (sk_proposal_undo (p, &error));
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_ASSIGNMENT), ==, 3);
  {
    GListModel *as = sk_proposal_get_records (p, SK_KIND_ASSIGNMENT);
    for (guint i = 0; i < 2; i++)
      {
        g_autoptr (SkRecord) a = g_list_model_get_item (as, i);
        g_assert_cmpint (sk_record_get_int (a, "hours", 0), ==, 120);
      }
  }
  /* A bad number of hours: nothing changes. */
  g_assert_false (sk_staffing_set_hours (p, prog, ids, 3, 20000, NULL, NULL, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_ASSIGNMENT), ==, 3);
}

static SkShares
shares (double kz, double fo, double other)
{
  SkShares s = { { kz, fo, other }, kz + fo + other };
  return s;
}

static const SkStaffingChange *
find_change (GArray *changes, SkStaffingAction action, guint to)
{
  for (guint i = 0; i < changes->len; i++)
    {
      const SkStaffingChange *c = &g_array_index (changes, SkStaffingChange, i);
      if (c->action == action && c->to == to)
        return c;
    }
  return NULL;
}

#define K SK_SIDE_BIT (SK_SIDE_KAZAKH)
#define F SK_SIDE_BIT (SK_SIDE_FOREIGN)
#define O SK_SIDE_BIT (SK_SIDE_OTHER)

static void
test_what_if_hours (void)
{
  SkShares s = shares (750, 250, 0);
  g_autoptr (GArray) changes = sk_staffing_changes (&s, SK_BASIS_HOURS, 70, 30, 0);
  const SkStaffingChange *move, *add;
  g_autofree char *text = NULL;

  /* 75/25 of 1,000 hours: moving 50 to the foreign or other side gives
   * exactly 70/30; adding works with others only (foreign would pass 30 %). */
  move = find_change (changes, SK_STAFFING_MOVE, F | O);
  g_assert_nonnull (move);
  g_assert_cmpuint (move->from, ==, K);
  g_assert_cmpfloat (move->amount, ==, 50);
  add = find_change (changes, SK_STAFFING_ADD, O);
  g_assert_nonnull (add);
  g_assert_cmpfloat (add->amount, ==, 72);  /* 750 / 1,072 = 69.96 % */
  g_assert_null (find_change (changes, SK_STAFFING_ADD, F | O));
  for (guint i = 0; i < changes->len; i++)
    g_assert_true (sk_staffing_change_complies (&s, &g_array_index (changes, SkStaffingChange, i), 70, 30, 0));
  text = sk_staffing_change_text (move, SK_BASIS_HOURS, "en");
  g_assert_cmpstr (text, ==, "Move 50 teaching hours from Kazakhstani to foreign or other staff.");

  /* 1,001 hours: 70/30 is not a whole number of hours, so the one split
   * cannot be hit; moving to other organisations works. */
  {
    SkShares odd = shares (750, 251, 0);
    g_autoptr (GArray) c2 = sk_staffing_changes (&odd, SK_BASIS_HOURS, 70, 30, 0);
    const SkStaffingChange *m = find_change (c2, SK_STAFFING_MOVE, O);
    g_assert_nonnull (m);
    g_assert_cmpfloat (m->amount, ==, 50);  /* 700.7 allowed: 49.3 rounded up */
    g_assert_null (find_change (c2, SK_STAFFING_MOVE, F | O));
    g_assert_null (find_change (c2, SK_STAFFING_MOVE, F));
  }
  /* Just above the limit: one hour is enough. */
  {
    SkShares edge = shares (701, 299, 0);
    g_autoptr (GArray) c3 = sk_staffing_changes (&edge, SK_BASIS_HOURS, 70, 30, 0);
    g_assert_cmpfloat (find_change (c3, SK_STAFFING_MOVE, F | O)->amount, ==, 1);
  }
  /* Exactly at the limits: nothing to change. */
  {
    SkShares at = shares (700, 300, 0);
    g_autoptr (GArray) c4 = sk_staffing_changes (&at, SK_BASIS_HOURS, 70, 30, 0);
    g_assert_cmpuint (c4->len, ==, 0);
  }
  /* Foreign above: from the foreign side. */
  {
    SkShares fo = shares (520, 400, 80);
    g_autoptr (GArray) c5 = sk_staffing_changes (&fo, SK_BASIS_HOURS, 70, 30, 0);
    const SkStaffingChange *m = find_change (c5, SK_STAFFING_MOVE, K | O);
    g_assert_nonnull (m);
    g_assert_cmpuint (m->from, ==, F);
    g_assert_cmpfloat (m->amount, ==, 100);
    g_assert_cmpfloat (find_change (c5, SK_STAFFING_ADD, K | O)->amount, ==, 334); /* 400/1,334 */
  }
}

static void
test_what_if_fte_and_people (void)
{
  /* FTE in thousandths, rounded up to hundredths: 2.6 Kazakhstani and
   * 0.9 foreign FTE (74.3 %): 0.15 FTE to move (exactly 70/30). */
  SkShares s = shares (2600, 900, 0);
  g_autoptr (GArray) changes = sk_staffing_changes (&s, SK_BASIS_FTE, 70, 30, 0);
  const SkStaffingChange *move = find_change (changes, SK_STAFFING_MOVE, F | O);
  g_autofree char *en = NULL;
  g_autofree char *ru = NULL;

  g_assert_nonnull (move);
  g_assert_cmpfloat (move->amount, ==, 150);
  en = sk_staffing_change_text (move, SK_BASIS_FTE, "en");
  g_assert_cmpstr (en, ==, "Move 0.15 FTE from Kazakhstani to foreign or other staff.");
  ru = sk_staffing_change_text (move, SK_BASIS_FTE, "ru");
  g_assert_nonnull (strstr (ru, "0,15"));
  {
    const SkStaffingChange *add = find_change (changes, SK_STAFFING_ADD, O);
    g_autofree char *t = sk_staffing_change_text (add, SK_BASIS_FTE, "en");
    g_assert_cmpfloat (add->amount, ==, 220); /* 2,600 / 3,720 = 69.9 % */
    g_assert_cmpstr (t, ==, "Add 0.22 FTE of staff of other organisations.");
  }
  /* People: 8 Kazakhstani and 2 foreign lecturers. */
  {
    SkShares people = shares (8, 2, 0);
    g_autoptr (GArray) c = sk_staffing_changes (&people, SK_BASIS_HEADCOUNT, 70, 30, 0);
    const SkStaffingChange *m = find_change (c, SK_STAFFING_MOVE, F | O);
    g_autofree char *t = sk_staffing_change_text (m, SK_BASIS_HEADCOUNT, "en");
    g_autofree char *one = NULL;
    SkStaffingChange single = *m;
    g_assert_cmpfloat (m->amount, ==, 1);
    g_assert_cmpstr (t, ==, "Replace 1 Kazakhstani lecturer with a foreign one or one of another organisation.");
    single.amount = 3;
    one = sk_staffing_change_text (&single, SK_BASIS_HEADCOUNT, "en");
    g_assert_cmpstr (one, ==, "Replace 3 Kazakhstani lecturers with foreign ones or ones of other organisations.");
  }
}

static void
test_what_if_edges (void)
{
  /* No staff: nothing to compute, no division by zero. */
  SkShares none = shares (0, 0, 0);
  g_autoptr (GArray) c0 = sk_staffing_changes (&none, SK_BASIS_HOURS, 70, 30, 0);
  g_assert_cmpuint (c0->len, ==, 0);
  /* Caps that add up to less than 100 %: with two sides, others must be added. */
  {
    SkShares two = shares (600, 400, 0);
    g_autoptr (GArray) c = sk_staffing_changes (&two, SK_BASIS_HOURS, 60, 30, 0);
    const SkStaffingChange *add = find_change (c, SK_STAFFING_ADD, O);
    g_assert_nonnull (add);
    g_assert_cmpfloat (add->amount, ==, 334); /* 400 / 1,334 <= 30 % */
    g_assert_null (find_change (c, SK_STAFFING_ADD, K));
  }
  /* A foreign minimum. */
  {
    SkShares low = shares (600, 100, 300);
    g_autoptr (GArray) c = sk_staffing_changes (&low, SK_BASIS_HOURS, 70, 60, 50);
    const SkStaffingChange *add = find_change (c, SK_STAFFING_ADD, F);
    const SkStaffingChange *move = find_change (c, SK_STAFFING_MOVE, F);
    g_assert_nonnull (add);
    g_assert_cmpfloat (add->amount, ==, 800); /* 900 / 1,800 */
    g_assert_nonnull (move);
    g_assert_cmpfloat (move->amount, ==, 400);
  }
  /* A zero cap does not divide by zero. */
  {
    SkShares s = shares (10, 10, 0);
    g_autoptr (GArray) c = sk_staffing_changes (&s, SK_BASIS_HOURS, 0, 100, 0);
    g_assert_nonnull (find_change (c, SK_STAFFING_MOVE, F | O));
  }
}

static void
test_what_if_in_check (void)
{
  g_autoptr (SkProposal) p = new_proposal ("check.seriktes", "2025-09-01", "2030-08-31");
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  g_autoptr (GPtrArray) findings = NULL;
  g_autoptr (GError) error = NULL;
  gint64 prog = add_programme (p, "Chemistry");
  gint64 empty_prog = add_programme (p, "Physics");
  gint64 kz = add_person (p, "A", "kazakh", 1000);
  gint64 fo = add_person (p, "B", "foreign", 1000);
  SkCheckOptions options = { .messages_language = "en", .language = "en" };
  guint with = 0, programme_with = 0;

  (void) empty_prog;
  g_assert_true (sk_staffing_set_hours (p, prog, &kz, 1, 750, NULL, NULL, &error));
  g_assert_true (sk_staffing_set_hours (p, prog, &fo, 1, 250, NULL, NULL, &error));
  findings = sk_check (p, rules, &options);
  for (guint i = 0; i < findings->len; i++)
    {
      SkFinding *f = findings->pdata[i];
      const char * const *s = sk_finding_get_suggestions (f);
      if (!g_str_equal (sk_finding_get_check_id (f), "staff-ratio"))
        {
          g_assert_null (s[0]);
          continue;
        }
      if (strstr (sk_finding_get_message (f), "no teaching staff are assigned"))
        {
          g_assert_null (s[0]);   /* the programme with no staff */
          continue;
        }
      g_assert_nonnull (s[0]);
      g_assert_cmpstr (s[0], ==, "Move 50 teaching hours from Kazakhstani to foreign or other staff.");
      with++;
      programme_with += g_str_equal (sk_finding_get_kind (f), SK_KIND_PROGRAMME);
    }
  g_assert_cmpuint (with, ==, 2);
  g_assert_cmpuint (programme_with, ==, 1);
}

/* The hours of @staff in @programme (summed), -1 for none. */
static gint64
hours_in (SkProposal *p, gint64 staff, gint64 programme)
{
  GListModel *as = sk_proposal_get_records (p, SK_KIND_ASSIGNMENT);
  gint64 hours = -1;

  for (guint i = 0; i < g_list_model_get_n_items (as); i++)
    {
      g_autoptr (SkRecord) a = g_list_model_get_item (as, i);
      if (sk_record_get_int (a, "staff_id", 0) == staff && sk_record_get_int (a, "programme_id", 0) == programme)
        hours = MAX (hours, 0) + sk_record_get_int (a, "hours", 0);
    }
  return hours;
}

/* A block of hours pasted into the staff table: numbers set (updated or
 * added, a second assignment of the pair removed), an empty cell takes
 * the lecturer off; one undo step; too large a block, a word, a number
 * out of range or a hostile text: an error, nothing changed. */
static void
test_paste_hours (void)
{
  g_autoptr (SkProposal) p = new_proposal ("paste-hours.seriktes", NULL, NULL);
  g_autoptr (GError) error = NULL;
  gint64 progs[2], ids[3];
  guint changed = 0, n;

  progs[0] = add_programme (p, "Chemistry");
  progs[1] = add_programme (p, "Physics");
  ids[0] = add_person (p, "A", "kazakh", 1000);
  ids[1] = add_person (p, "B", "foreign", 1000);
  ids[2] = add_person (p, "C", "foreign", 500);
  g_assert_true (sk_staffing_set_hours (p, progs[1], &ids[1], 1, 40, NULL, NULL, &error));
  g_assert_true (sk_staffing_set_hours (p, progs[0], &ids[0], 1, 10, NULL, NULL, &error));
  {
    g_autoptr (SkRecord) dup = sk_record_new (sk_schema_kind (SK_KIND_ASSIGNMENT));
    sk_record_set_int (dup, "staff_id", ids[0]);
    sk_record_set_int (dup, "programme_id", progs[0]);
    sk_record_set_int (dup, "hours", 30);
    g_assert_cmpint (sk_proposal_insert (p, dup, &error), >, 0);
  }
  n = sk_proposal_count (p, SK_KIND_ASSIGNMENT);

  g_assert_true (sk_staffing_paste_hours (p, ids, 3, progs, 2, "100\t1 200\r\n\t\r\n", "en", &changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 3);
  g_assert_cmpint (hours_in (p, ids[0], progs[0]), ==, 100);
  g_assert_cmpint (hours_in (p, ids[0], progs[1]), ==, 1200);
  g_assert_cmpint (hours_in (p, ids[1], progs[0]), ==, -1);
  g_assert_cmpint (hours_in (p, ids[1], progs[1]), ==, -1);
  g_assert_cmpint (hours_in (p, ids[2], progs[0]), ==, -1);
  g_assert_cmpstr (sk_proposal_get_undo_label (p), ==, "Paste teaching hours");
  g_assert_true (sk_proposal_undo (p, &error));
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_ASSIGNMENT), ==, n);
  g_assert_cmpint (hours_in (p, ids[0], progs[0]), ==, 40);
  g_assert_cmpint (hours_in (p, ids[1], progs[1]), ==, 40);

  /* Refused, nothing changed. */
  {
    static const char * const bad[] = {
      "1\n2\n3\n4\n",   /* more lines than rows */
      "1\t2\t3\n",       /* more cells than programmes */
      "5\tmany\n",        /* a word */
      "-3\n",             /* negative */
      "20000\n",          /* more than the field allows */
      "1.5.2\n",          /* not a number */
      "\xff\xfe" "1\n", /* not UTF-8 */
    };
    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_assert_false (sk_staffing_paste_hours (p, ids, 3, progs, 2, bad[i], "en", &changed, &error));
        g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
        g_assert_nonnull (strstr (error->message, "Nothing was pasted"));
        g_clear_error (&error);
        g_assert_cmpuint (sk_proposal_count (p, SK_KIND_ASSIGNMENT), ==, n);
        g_assert_cmpint (hours_in (p, ids[0], progs[0]), ==, 40);
      }
  }
  /* The word's cell named by its lecturer and programme. */
  g_assert_false (sk_staffing_paste_hours (p, ids, 3, progs, 2, "1\t2\n3\tlots\n", "en", &changed, &error));
  g_assert_nonnull (strstr (error->message, "“lots”"));
  g_assert_nonnull (strstr (error->message, "B"));
  g_assert_nonnull (strstr (error->message, "Physics"));
  g_clear_error (&error);
  /* Nothing pasted is nothing changed. */
  g_assert_true (sk_staffing_paste_hours (p, ids, 3, progs, 2, "", "en", &changed, &error));
  g_assert_cmpuint (changed, ==, 0);
}

int
main (int argc, char **argv)
{
  sk_init_i18n ();
  sk_core_ensure_resources ();
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sk/plans/parse-amount", test_parse_amount);
  g_test_add_func ("/sk/plans/parse-value", test_parse_value);
  g_test_add_func ("/sk/plans/financing-grid", test_financing_grid);
  g_test_add_func ("/sk/plans/indicator-grid", test_indicator_grid);
  g_test_add_func ("/sk/plans/paste", test_paste);
  g_test_add_func ("/sk/plans/grid-table", test_grid_table);
  g_test_add_func ("/sk/plans/term-extension", test_term_extension);
  g_test_add_func ("/sk/plans/term-removal", test_term_removal);
  g_test_add_func ("/sk/plans/set-hours", test_set_hours);
  g_test_add_func ("/sk/plans/paste-hours", test_paste_hours);
  g_test_add_func ("/sk/plans/what-if-hours", test_what_if_hours);
  g_test_add_func ("/sk/plans/what-if-fte-people", test_what_if_fte_and_people);
  g_test_add_func ("/sk/plans/what-if-edges", test_what_if_edges);
  g_test_add_func ("/sk/plans/what-if-in-check", test_what_if_in_check);
  return g_test_run ();
}
