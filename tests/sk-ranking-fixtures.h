/* sk-ranking-fixtures.h: ranking tables in each publisher's layout, written
 * by the tests themselves (the rows are made up for the tests; the partners
 * of the three example proposals are among them). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The file names written into a folder by sk_fixtures_write_all. */
#define FIXTURE_QS       "qs-2026.csv"       /* QS 2026 overall: BOM, CRLF, three header rows */
#define FIXTURE_THE_JSON "the-2026.json"     /* THE 2026 overall: {"data": [...]}, Reporter */
#define FIXTURE_THE_CSV  "the-2026-engineering.csv" /* THE 2026 Engineering: tie column */
#define FIXTURE_ARWU     "arwu-2025.csv"     /* ARWU 2025: ISO-8859-1, abbreviated names, 901-100 */
#define FIXTURE_XLSX     "qs-2025-mechanical.xlsx" /* QS 2025 by subject, written by libxlsxwriter */
#define FIXTURE_SUBJECT_XLSX "Engineering - Mechanical, Aeronautical & Manufacturing"

/* Writes every fixture into @dir; FALSE (with a message) when the XLSX
 * cannot be written (no libxlsxwriter): the others are written anyway. */
gboolean sk_fixtures_write_all (const char *dir);

/* Was the test suite built with libxlsxwriter? */
gboolean sk_fixtures_have_xlsx (void);

/* A THE-like CSV of @n_rows rows (names, bands, ties, countries), for
 * benchmarks. */
char    *sk_fixtures_generate_csv (guint n_rows);

G_END_DECLS
