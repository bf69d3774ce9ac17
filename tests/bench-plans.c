/* bench-plans.c: importing a 5,000-row XLSX staff list (read, preview and
 * the import as one undo step), re-importing it (every row unchanged), and
 * an edit in a 10-year × 30-line financing grid (run with
 * `meson test -C build --benchmark -v plans`). Prints figures only. */
#include "config.h"

#include <stdlib.h>
#include <xlsxwriter.h>

#include "sk-init.h"
#include "sk-plan.h"
#include "sk-staff-import.h"
#include "sk-test-util.h"

#define N_STAFF 5000
#define RUNS 5

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static void
add_institution (SkProposal *p, const char *name, const char *role)
{
  g_autoptr (SkRecord) r = sk_record_new (sk_schema_kind (SK_KIND_INSTITUTION));
  g_autoptr (GError) error = NULL;

  sk_record_set_string (r, "name_en", name);
  sk_record_set_string (r, "role", role);
  if (sk_proposal_insert (p, r, &error) <= 0)
    g_error ("%s", error->message);
}

/* An HR export as a workbook: Russian headings, values as HR writes them,
 * no side column (inferred from the institution). */
static char *
write_workbook (void)
{
  char *path = sk_test_tmp_path ("staff-5000.xlsx");
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, NULL);
  const char *head[] = { "№", "ФИО", "Должность", "Учёная степень", "Гражданство", "Основное место работы", "Ставка", "Педагогический стаж" };

  for (guint c = 0; c < G_N_ELEMENTS (head); c++)
    worksheet_write_string (ws, 0, (lxw_col_t) c, head[c], NULL);
  for (guint i = 0; i < N_STAFF; i++)
    {
      g_autofree char *who = g_strdup_printf ("Преподаватель Номер %05u", i);
      worksheet_write_number (ws, i + 1, 0, i + 1, NULL);
      worksheet_write_string (ws, i + 1, 1, who, NULL);
      worksheet_write_string (ws, i + 1, 2, i % 3 ? "доцент" : "старший преподаватель", NULL);
      worksheet_write_string (ws, i + 1, 3, i % 4 ? "кандидат наук" : "PhD", NULL);
      worksheet_write_string (ws, i + 1, 4, i % 4 ? "Казахстан" : "Россия", NULL);
      worksheet_write_string (ws, i + 1, 5, i % 4 ? "Taraz University" : "Mendeleev University", NULL);
      worksheet_write_number (ws, i + 1, 6, i % 2 ? 0.5 : 1, NULL);
      worksheet_write_number (ws, i + 1, 7, i % 35, NULL);
    }
  if (workbook_close (wb) != LXW_NO_ERROR)
    g_error ("the workbook could not be written");
  return path;
}

static void
bench_import (void)
{
  g_autofree char *xlsx = write_workbook ();
  double first[RUNS], again[RUNS];

  for (guint r = 0; r < RUNS; r++)
    {
      g_autofree char *name = g_strdup_printf ("import-%u.seriktes", r);
      g_autofree char *path = sk_test_tmp_path (name);
      g_autoptr (GError) error = NULL;
      g_autoptr (SkProposal) p = sk_proposal_create (path, &error);
      gint64 t;

      add_institution (p, "Taraz University", "kazakh_ohpe");
      add_institution (p, "Mendeleev University", "foreign_ohpe");
      t = g_get_monotonic_time ();
      {
        g_autoptr (SkStaffImport) imp = sk_staff_import_new_from_file (p, xlsx, NULL, &error);
        guint n_new = 0;
        if (imp == NULL || !sk_staff_import_apply (imp, p, &error))
          g_error ("%s", error->message);
        sk_staff_import_counts (imp, &n_new, NULL, NULL, NULL);
        if (n_new != N_STAFF)
          g_error ("%u imported", n_new);
      }
      first[r] = (g_get_monotonic_time () - t) / 1000.0;
      t = g_get_monotonic_time ();
      {
        g_autoptr (SkStaffImport) imp = sk_staff_import_new_from_file (p, xlsx, NULL, &error);
        guint unchanged = 0;
        if (imp == NULL || !sk_staff_import_apply (imp, p, &error))
          g_error ("%s", error->message);
        sk_staff_import_counts (imp, NULL, NULL, &unchanged, NULL);
        if (unchanged != N_STAFF)
          g_error ("%u unchanged", unchanged);
      }
      again[r] = (g_get_monotonic_time () - t) / 1000.0;
    }
  qsort (first, RUNS, sizeof (double), compare_doubles);
  qsort (again, RUNS, sizeof (double), compare_doubles);
  g_print ("import-staff: %d-row XLSX into an empty proposal: median %.0f ms (min %.0f)\n",
           N_STAFF, first[RUNS / 2], first[0]);
  g_print ("import-staff: the same again (all unchanged): median %.0f ms (min %.0f)\n",
           again[RUNS / 2], again[0]);
}

static void
bench_grid (void)
{
  g_autofree char *path = sk_test_tmp_path ("grid.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_create (path, &error);
  double times[15];

  sk_proposal_set (p, SK_KIND_PROPOSAL, 1, "term_start", g_variant_new_string ("2025-09-01"), &error);
  sk_proposal_set (p, SK_KIND_PROPOSAL, 1, "term_end", g_variant_new_string ("2034-08-31"), &error);
  sk_proposal_begin_group (p, "fill");
  for (int line = 0; line < 30; line++)
    for (int y = 2025; y <= 2034; y++)
      {
        g_autoptr (SkRecord) r = sk_record_new (sk_schema_kind (SK_KIND_FINANCING));
        g_autofree char *note = g_strdup_printf ("Line %d", line);
        sk_record_set_string (r, "source", "paid_services");
        sk_record_set_string (r, "note_en", note);
        sk_record_set_int (r, "year", y);
        sk_record_set_int (r, "amount_kzt", 1000000 + line);
        sk_proposal_insert (p, r, &error);
      }
  sk_proposal_end_group (p, &error);
  for (guint r = 0; r < G_N_ELEMENTS (times); r++)
    {
      gint64 t = g_get_monotonic_time ();
      g_autoptr (SkGrid) grid = sk_grid_new (p, SK_GRID_FINANCING, "ru");
      g_autofree char *text = g_strdup_printf ("%u 000", 2000 + r);
      if (!sk_grid_set_cell (p, grid, r % 30, r % 10, text, &error))
        g_error ("%s", error->message);
      g_clear_pointer (&grid, sk_grid_free);
      grid = sk_grid_new (p, SK_GRID_FINANCING, "ru");
      (void) sk_grid_total (grid);
      times[r] = (g_get_monotonic_time () - t) / 1000.0;
    }
  qsort (times, G_N_ELEMENTS (times), sizeof (double), compare_doubles);
  g_print ("grid: 30 financing lines × 10 years: build, set a cell (saved), build again: median %.2f ms (max %.2f)\n",
           times[G_N_ELEMENTS (times) / 2], times[G_N_ELEMENTS (times) - 1]);
}

int
main (int argc, char **argv)
{
  sk_init_i18n ();
  sk_core_ensure_resources ();
  bench_import ();
  bench_grid ();
  return 0;
}
