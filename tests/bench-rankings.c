/* bench-rankings.c: importing a 3,000-row ranking table, matching 20
 * partners against three loaded tables, and opening a library of 20 tables
 * (run with `meson test -C build --benchmark rankings -v`). Prints figures
 * only. */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "sk-ranking-fixtures.h"
#include "sk-ranking.h"
#include "sk-test-util.h"

#define ROUNDS 9

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
median (double *times, guint n)
{
  qsort (times, n, sizeof (double), compare_doubles);
  return times[n / 2];
}

static SkRankingTable *
read_generated (const char *csv, const char *publisher, int year)
{
  g_autoptr (GError) error = NULL;
  SkRankingImportOptions o = { .publisher = publisher, .year = year };
  SkRankingTable *t = sk_ranking_table_read_data ((const guint8 *) csv, strlen (csv), "generated.csv", &o, &error);

  if (t == NULL)
    g_error ("%s", error->message);
  return t;
}

int
main (int argc, char **argv)
{
  static const char * const publishers[] = { "qs", "the", "arwu" };
  g_autofree char *csv = sk_fixtures_generate_csv (3000);
  g_autofree char *lib_path = sk_test_tmp_path ("bench-library.sqlite");
  g_autofree char *big_path = sk_test_tmp_path ("bench-20.sqlite");
  g_autoptr (SkRankingLibrary) lib = NULL;
  g_autoptr (SkRankings) rankings = NULL;
  g_autoptr (GPtrArray) partners = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;
  double read_ms[ROUNDS], store_ms[ROUNDS], match_ms[ROUNDS], load_ms[ROUNDS], open_ms[ROUNDS];
  guint candidates = 0;

  /* import: read (encoding, headings, ranks, names) and store */
  lib = sk_ranking_library_open (lib_path, &error);
  g_assert_no_error (error);
  for (guint r = 0; r < ROUNDS; r++)
    {
      gint64 t0 = g_get_monotonic_time (), t1;
      g_autoptr (SkRankingTable) t = read_generated (csv, "the", 2026);
      t1 = g_get_monotonic_time ();
      if (!sk_ranking_library_store (lib, t, NULL, &error))
        g_error ("%s", error->message);
      read_ms[r] = (t1 - t0) / 1000.0;
      store_ms[r] = (g_get_monotonic_time () - t1) / 1000.0;
    }
  g_print ("rankings: import of a 3000-row CSV table: read median %.1f ms, store median %.1f ms\n",
           median (read_ms, ROUNDS), median (store_ms, ROUNDS));

  /* three tables loaded; 20 partners: 15 in the tables (some by a
   * different form of the name), 5 not */
  for (guint i = 1; i < G_N_ELEMENTS (publishers); i++)
    {
      g_autoptr (SkRankingTable) t = read_generated (csv, publishers[i], 2025);
      if (!sk_ranking_library_store (lib, t, NULL, &error))
        g_error ("%s", error->message);
    }
  for (guint r = 0; r < ROUNDS; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr (SkRankings) loaded = sk_ranking_library_load (lib, &error);
      load_ms[r] = (g_get_monotonic_time () - t0) / 1000.0;
      g_assert_nonnull (loaded);
    }
  rankings = sk_ranking_library_load (lib, &error);
  for (guint i = 0; i < 20; i++)
    {
      SkRecord *inst = sk_record_new (sk_schema_kind (SK_KIND_INSTITUTION));
      const SkRankingTable *first = rankings->tables->pdata[0];
      const SkRankingRow *row = first->rows->pdata[1 + i * 149];
      g_autofree char *name = NULL;

      switch (i % 4)
        {
        case 0: name = g_strdup (row->name); break;
        case 1: name = g_strconcat ("The ", row->name, NULL); break;
        case 2: name = g_strdup_printf ("%s (Main Campus)", row->name); break; /* similar only */
        default: name = g_strdup_printf ("Unknown College %u", i); break;
        }
      sk_record_set_string (inst, "name_en", name);
      sk_record_set_string (inst, "country", row->country_code);
      sk_record_set_string (inst, "role", "foreign_ohpe");
      g_ptr_array_add (partners, inst);
    }
  for (guint r = 0; r < ROUNDS; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      candidates = 0;
      for (guint i = 0; i < partners->len; i++)
        for (guint k = 0; k < rankings->tables->len; k++)
          {
            g_autoptr (GPtrArray) c = sk_ranking_candidates (rankings, rankings->tables->pdata[k], partners->pdata[i]);
            candidates += c->len;
          }
      match_ms[r] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  g_print ("rankings: matching 20 partners against 3 tables of 3000 rows: median %.2f ms (%u candidates); "
           "loading the 3 tables from the library: median %.1f ms\n",
           median (match_ms, ROUNDS), candidates, median (load_ms, ROUNDS));

  /* a library of 20 tables: opening it (what start-up would pay, if it
   * opened the library at all; the application does not) */
  {
    g_autoptr (SkRankingLibrary) big = sk_ranking_library_open (big_path, &error);
    for (guint i = 0; i < 20; i++)
      {
        g_autoptr (SkRankingTable) t = read_generated (csv, publishers[i % 3], 2006 + i);
        if (!sk_ranking_library_store (big, t, NULL, &error))
          g_error ("%s", error->message);
      }
  }
  for (guint r = 0; r < ROUNDS; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr (SkRankingLibrary) big = sk_ranking_library_open (big_path, &error);
      g_autoptr (GPtrArray) list = sk_ranking_library_list (big, &error);
      open_ms[r] = (g_get_monotonic_time () - t0) / 1000.0;
      g_assert_cmpuint (list->len, ==, 20);
    }
  g_print ("rankings: opening and listing a library of 20 tables (60000 rows): median %.1f ms\n",
           median (open_ms, ROUNDS));
  return 0;
}
