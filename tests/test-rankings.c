/* test-rankings.c: the publishers' tables read as they are written, the
 * ranking library, matching the partners of the examples, aliases, the
 * verification check, the partner finder and bad input */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "sk-check.h"
#include "sk-json.h"
#include "sk-ranking-fixtures.h"
#include "sk-ranking.h"
#include "sk-test-util.h"

static char *fixtures_dir;

static char *
fixture (const char *name)
{
  return g_build_filename (fixtures_dir, name, NULL);
}

static SkRankingTable *
read_fixture (const char *name, const char *publisher, int year, const char *subject)
{
  g_autofree char *path = fixture (name);
  g_autoptr (GError) error = NULL;
  SkRankingImportOptions o = { .publisher = publisher, .year = year, .subject = subject };
  SkRankingTable *t = sk_ranking_table_read_file (path, &o, &error);

  g_assert_no_error (error);
  g_assert_nonnull (t);
  return t;
}

static const SkRankingRow *
row_named (const SkRankingTable *t, const char *name)
{
  for (guint i = 0; i < t->rows->len; i++)
    if (g_str_equal (((SkRankingRow *) t->rows->pdata[i])->name, name))
      return t->rows->pdata[i];
  g_error ("no row “%s” in %s", name, t->source_file);
  return NULL;
}

static SkRankingTable *
read_text (const char *text, gssize len, const char *publisher, int year, GError **error)
{
  SkRankingImportOptions o = { .publisher = publisher, .year = year };
  return sk_ranking_table_read_data ((const guint8 *) text, len < 0 ? strlen (text) : (gsize) len,
                                     "inline.csv", &o, error);
}

/* ---- ranks and names ---- */

static void
test_rank_forms (void)
{
  static const struct { const char *text; gboolean ok, ranked; int lower, upper; } cases[] = {
    { "1", TRUE, TRUE, 1, 1 }, { "=17", TRUE, TRUE, 17, 17 }, { "6=", TRUE, TRUE, 6, 6 },
    { "601-650", TRUE, TRUE, 601, 650 }, { "201–250", TRUE, TRUE, 201, 250 },
    { "1401+", TRUE, TRUE, 1401, 0 }, { "Reporter", TRUE, FALSE, 0, 0 }, { "-", TRUE, FALSE, 0, 0 },
    { "n/a", TRUE, FALSE, 0, 0 }, { "901-100", FALSE, FALSE, 0, 0 }, { "top", FALSE, FALSE, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SkRank r = { 0 };
      gboolean ok = sk_rank_parse (cases[i].text, &r, NULL);
      g_assert_cmpint (ok, ==, cases[i].ok);
      if (!ok)
        continue;
      g_assert_cmpint (r.ranked, ==, cases[i].ranked);
      g_assert_cmpint (r.lower, ==, cases[i].lower);
      g_assert_cmpint (r.upper, ==, cases[i].upper);
    }
  g_assert_true (sk_ranking_same_rank ("401-500", "401–500"));
  g_assert_true (sk_ranking_same_rank ("6=", "=6"));
  g_assert_false (sk_ranking_same_rank ("=145", "145"));
  g_assert_true (sk_ranking_same_rank ("reporter", "Reporter"));
}

static void
assert_same_key (const char *a, const char *b)
{
  g_autofree char *ka = sk_ranking_name_key (a);
  g_autofree char *kb = sk_ranking_name_key (b);
  if (!g_str_equal (ka, kb))
    g_error ("“%s” → “%s” but “%s” → “%s”", a, ka, b, kb);
}

static void
test_name_keys (void)
{
  g_autofree char *ru = sk_ranking_name_key ("Берлинский технический университет");
  g_autofree char *kk = sk_ranking_name_key ("Берлин техникалық университеті");

  assert_same_key ("Technische Universität Berlin", "Technical University of Berlin");
  assert_same_key ("Technische Universität Berlin", "Tech Univ Berlin");
  assert_same_key ("TECHNISCHE UNIVERSITAET", "technische universitaet"); /* case */
  assert_same_key ("Hamburg University of Technology", "Technische Universität Hamburg");
  assert_same_key ("The University of Arizona", "Univ Arizona");
  assert_same_key ("Moscow Inst Phys & Technol", "Moscow Institute of Physics and Technology");
  assert_same_key ("Universidade de São Paulo", "Universidade de Sao Paulo");
  assert_same_key ("King’s College London", "Kings College London");
  g_assert_nonnull (strstr (ru, "techuniversity"));
  g_assert_nonnull (strstr (kk, "techuniversity"));

  g_assert_cmpstr (sk_ranking_country_code ("Germany"), ==, "DE");
  g_assert_cmpstr (sk_ranking_country_code ("de"), ==, "DE");
  g_assert_cmpstr (sk_ranking_country_code ("Russian Federation"), ==, "RU");
  g_assert_cmpstr (sk_ranking_country_code ("China (Mainland)"), ==, "CN");
  g_assert_cmpstr (sk_ranking_country_code ("Türkiye"), ==, "TR");
  g_assert_cmpstr (sk_ranking_country_code ("United States of America"), ==, "US");
  g_assert_null (sk_ranking_country_code ("Atlantis"));
  g_assert_null (sk_ranking_country_code (""));
}

/* ---- each publisher's layout ---- */

static void
test_qs (void)
{
  g_autoptr (SkRankingTable) t = read_fixture (FIXTURE_QS, "qs", 2026, NULL);
  const SkRankingRow *r;

  g_assert_cmpstr (t->format, ==, "CSV");
  g_assert_cmpstr (t->encoding, ==, "UTF-8 (BOM)");
  g_assert_cmpuint (t->header_row, ==, 3);
  g_assert_cmpstr (t->rank_column, ==, "2026 RANK");
  g_assert_cmpstr (t->name_column, ==, "Institution Name");
  g_assert_cmpuint (t->rows->len, ==, 10);
  g_assert_cmpuint (t->problems->len, ==, 0);
  r = row_named (t, "Technische Universität Berlin (TU Berlin)");
  g_assert_cmpuint (r->row, ==, 7);
  g_assert_cmpstr (r->rank_text, ==, "145");
  g_assert_cmpstr (r->country_code, ==, "DE");
  r = row_named (t, "University of California, Berkeley (UCB)");
  g_assert_cmpstr (r->rank_text, ==, "=17");
  r = row_named (t, "Example Provincial University");
  g_assert_cmpint (r->rank.lower, ==, 1401);
  g_assert_cmpint (r->rank.upper, ==, 0);
  g_assert_cmpstr (r->country_code, ==, "KZ");
  g_assert_cmpstr (t->scope, ==, "overall");
  g_assert_null (t->subject);

  /* The previous year's column of the same file is that edition. */
  {
    g_autoptr (SkRankingTable) prev = read_fixture (FIXTURE_QS, "qs", 2025, NULL);
    g_assert_cmpstr (prev->rank_column, ==, "2025 RANK");
    g_assert_cmpstr (row_named (prev, "Imperial College London")->rank_text, ==, "6=");
    /* blank in that column: skipped, with the row named */
    g_assert_cmpuint (prev->problems->len, ==, 3);
  }
}

static void
test_the_json (void)
{
  g_autoptr (SkRankingTable) t = read_fixture (FIXTURE_THE_JSON, "the", 2026, NULL);
  const SkRankingRow *r;

  g_assert_cmpstr (t->format, ==, "JSON");
  g_assert_cmpuint (t->rows->len, ==, 9);
  r = row_named (t, "Example Regional University");
  g_assert_false (r->rank.ranked);
  g_assert_cmpstr (r->rank_text, ==, "Reporter");
  r = row_named (t, "Technical University of Darmstadt");
  g_assert_cmpstr (r->rank_text, ==, "251–300");
  g_assert_cmpint (r->rank.upper, ==, 300);
  g_assert_cmpuint (r->row, ==, 4);
  r = row_named (t, "University of Arizona");
  g_assert_cmpstr (r->aliases, ==, "The University of Arizona; UA");
  g_assert_cmpstr (r->country_code, ==, "US");
}

static void
test_the_csv_tie (void)
{
  g_autoptr (SkRankingTable) t = read_fixture (FIXTURE_THE_CSV, "the", 2026, "Engineering");

  g_assert_cmpstr (t->scope, ==, "subject");
  g_assert_cmpstr (t->subject, ==, "Engineering");
  g_assert_cmpstr (t->encoding, ==, "UTF-8");
  g_assert_cmpstr (row_named (t, "Technical University of Munich")->rank_text, ==, "=45");
  g_assert_cmpstr (row_named (t, "Delft University of Technology")->rank_text, ==, "=45");
  g_assert_cmpstr (row_named (t, "Stanford University")->rank_text, ==, "1");
  g_assert_cmpstr (row_named (t, "Technical University of Darmstadt")->rank_text, ==, "126–150");
  g_assert_cmpuint (row_named (t, "Hamburg University of Technology")->row, ==, 6);
}

static void
test_arwu (void)
{
  g_autoptr (SkRankingTable) t = read_fixture (FIXTURE_ARWU, "arwu", 2025, NULL);
  SkRankingProblem *p;

  /* ISO-8859-1 (read as its superset Windows-1252) */
  g_assert_cmpstr (t->encoding, ==, "Windows-1252");
  g_assert_cmpuint (t->header_row, ==, 2);
  g_assert_cmpstr (t->rank_column, ==, "WR2025");
  g_assert_cmpstr (t->name_column, ==, "Institution");
  g_assert_cmpstr (row_named (t, "Univ São Paulo")->country_code, ==, "BR");
  g_assert_cmpstr (row_named (t, "Tech Univ München Campus Heilbronn")->rank_text, ==, "401-500");
  g_assert_cmpuint (t->rows->len, ==, 7);
  /* the damaged band is reported with its row and skipped, not guessed */
  g_assert_cmpuint (t->problems->len, ==, 1);
  p = t->problems->pdata[0];
  g_assert_cmpuint (p->row, ==, 9);
  g_assert_nonnull (strstr (p->message, "901-100"));
  g_assert_nonnull (strstr (p->message, "Row 9"));
}

static void
test_xlsx (void)
{
  g_autoptr (SkRankingTable) t = NULL;

  if (!sk_fixtures_have_xlsx ())
    {
      g_test_skip ("built without libxlsxwriter");
      return;
    }
  t = read_fixture (FIXTURE_XLSX, "qs", 2025, FIXTURE_SUBJECT_XLSX);
  g_assert_cmpstr (t->format, ==, "XLSX");
  g_assert_null (t->encoding);
  g_assert_cmpuint (t->header_row, ==, 3);
  g_assert_cmpstr (t->country_column, ==, "Country/Territory");
  g_assert_cmpuint (t->rows->len, ==, 4);
  g_assert_cmpstr (row_named (t, "Massachusetts Institute of Technology (MIT)")->rank_text, ==, "1");
  g_assert_cmpstr (row_named (t, "Technical University of Munich")->rank_text, ==, "=21");
  g_assert_cmpstr (row_named (t, "Technische Universität Hamburg")->rank_text, ==, "151-200");
  g_assert_cmpuint (row_named (t, "Technische Universität Hamburg")->row, ==, 6);
}

static void
test_encodings (void)
{
  static const char utf8[] = "Rank,Name,Country\r\n1,Мәскеу университеті,Russia\r\n=2,Université de Montréal,Canada\r\n";
  g_autoptr (GError) error = NULL;

  /* UTF-16 with and without a byte order mark, both byte orders */
  for (guint variant = 0; variant < 3; variant++)
    {
      const char *to = variant == 2 ? "UTF-16BE" : "UTF-16LE";
      gsize len = 0;
      g_autofree char *conv = g_convert (utf8, -1, to, "UTF-8", NULL, &len, NULL);
      g_autoptr (GByteArray) bytes = g_byte_array_new ();
      g_autoptr (SkRankingTable) t = NULL;

      if (variant == 0)
        g_byte_array_append (bytes, (const guint8 *) "\xff\xfe", 2);
      if (variant == 2)
        g_byte_array_append (bytes, (const guint8 *) "\xfe\xff", 2);
      g_byte_array_append (bytes, (const guint8 *) conv, len);
      t = read_text ((const char *) bytes->data, bytes->len, "qs", 2026, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (t->encoding, ==, to);
      g_assert_cmpstr (row_named (t, "Université de Montréal")->rank_text, ==, "=2");
    }

  /* Windows-1251 */
  {
    static const char cyr[] = "Rank,Name,Country\n1,Московский государственный университет,Russia\n2,Казанский федеральный университет,Russia\n";
    g_autofree char *cp = g_convert (cyr, -1, "CP1251", "UTF-8", NULL, NULL, NULL);
    g_autoptr (SkRankingTable) t = read_text (cp, -1, "qs", 2026, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (t->encoding, ==, "Windows-1251");
    row_named (t, "Казанский федеральный университет");
  }
}

/* ---- bad input ---- */

static void
assert_refused (const char *text, gssize len, const char *publisher, int year, int code,
                const char *in_message)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkRankingTable) t = read_text (text, len, publisher, year, &error);

  g_assert_null (t);
  g_assert_error (error, SK_RANKING_ERROR, code);
  if (in_message && strstr (error->message, in_message) == NULL)
    g_error ("“%s” not in “%s”", in_message, error->message);
}

static void
test_bad_input (void)
{
  static const guint8 binary[] = { 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0x00, 0x01, 0x00 };
  g_autofree char *big = sk_test_tmp_path ("big.csv");
  g_autofree char *qs = NULL;
  g_autoptr (GError) error = NULL;

  assert_refused ("Name,Budget,City\nAlpha,12,Almaty\nBeta,7,Astana\n", -1, "qs", 2026,
                  SK_RANKING_ERROR_NOT_TABLE, NULL);
  assert_refused ((const char *) binary, sizeof binary, "qs", 2026, SK_RANKING_ERROR_ENCODING, NULL);
  assert_refused ("", 0, "qs", 2026, SK_RANKING_ERROR_EMPTY, NULL);
  assert_refused ("Rank,Name\n901-100,Example Univ\nabc,Other Univ\n", -1, "arwu", 2025,
                  SK_RANKING_ERROR_EMPTY, "2 rows");
  assert_refused ("{\"data\": 12}", -1, "the", 2026, SK_RANKING_ERROR_NOT_TABLE, NULL);
  assert_refused ("{\"data\": [", -1, "the", 2026, SK_RANKING_ERROR_NOT_TABLE, NULL);
  assert_refused ("PK\x03\x04 not really a workbook", -1, "qs", 2026, SK_RANKING_ERROR_NOT_TABLE, NULL);
  assert_refused ("Rank,Name\n1,\"Never closed\n", -1, "qs", 2026, SK_RANKING_ERROR_NOT_TABLE, "row 2");
  assert_refused ("Rank,Name\n1,A Univ\n", -1, "times", 2026, SK_RANKING_ERROR_OPTIONS, NULL);
  assert_refused ("Rank,Name\n1,A Univ\n", -1, "qs", 0, SK_RANKING_ERROR_OPTIONS, NULL);

  /* duplicate rows: a repeated row is skipped; a contradiction refused */
  {
    g_autoptr (SkRankingTable) t = read_text ("Rank,Name,Country\n1,Alpha Univ,DE\n2,Beta Univ,DE\n1,Alpha Univ,Germany\n",
                                              -1, "qs", 2026, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (t->rows->len, ==, 2);
    g_assert_cmpuint (t->problems->len, ==, 1);
    g_assert_nonnull (strstr (((SkRankingProblem *) t->problems->pdata[0])->message, "Row 4 repeats row 2"));
  }
  assert_refused ("Rank,Name,Country\n1,Alpha Univ,DE\n2,Beta Univ,DE\n3,Alpha Univ,DE\n", -1, "qs", 2026,
                  SK_RANKING_ERROR_DUPLICATE, "Rows 2 and 4");

  /* a year that does not match the file's columns */
  qs = fixture (FIXTURE_QS);
  {
    SkRankingImportOptions o = { .publisher = "qs", .year = 2024 };
    g_autoptr (SkRankingTable) t = sk_ranking_table_read_file (qs, &o, &error);
    g_assert_null (t);
    g_assert_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_YEAR);
    g_assert_nonnull (strstr (error->message, "2026, 2025"));
    g_assert_nonnull (strstr (error->message, "row 3"));
    g_clear_error (&error);
  }
  {
    g_autofree char *spec = NULL;
    SkRankingImportOptions o = { .publisher = "qs", .year = 2026 };
    g_autoptr (SkRankingTable) t = NULL;
    spec = sk_ranking_parse_columns ("rank=2025 RANK,name=Institution Name,country=Location Full", &o, &error);
    g_assert_no_error (error);
    t = sk_ranking_table_read_file (qs, &o, &error);
    g_assert_null (t);
    g_assert_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_YEAR);
    g_clear_error (&error);
  }
  {
    SkRankingImportOptions o = { 0 };
    g_assert_null (sk_ranking_parse_columns ("rank", &o, &error));
    g_assert_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_OPTIONS);
    g_clear_error (&error);
  }
  assert_refused ("#,WR2025,Institution\n1,1,Harvard Univ\n", -1, "arwu", 2023, SK_RANKING_ERROR_YEAR, "2025");

  /* a 100 MB file is refused before it is read */
  {
    SkRankingImportOptions o = { .publisher = "qs", .year = 2026 };
    FILE *f = g_fopen (big, "wb");
    g_assert_nonnull (f);
    g_assert_cmpint (fseeko (f, 100 * 1024 * 1024 - 1, SEEK_SET), ==, 0);
    fputc ('\n', f);
    fclose (f);
    g_assert_null (sk_ranking_table_read_file (big, &o, &error));
    g_assert_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_TOO_LARGE);
    g_clear_error (&error);
  }

  /* a damaged workbook: the real one cut short */
  if (sk_fixtures_have_xlsx ())
    {
      g_autofree char *path = fixture (FIXTURE_XLSX);
      g_autofree char *data = NULL;
      gsize len = 0;
      SkRankingImportOptions o = { .publisher = "qs", .year = 2025 };

      g_assert_true (g_file_get_contents (path, &data, &len, NULL));
      for (gsize cut = 16; cut < len; cut += len / 7)
        {
          g_autoptr (SkRankingTable) t = sk_ranking_table_read_data ((const guint8 *) data, cut, path, &o, &error);
          g_assert_null (t);
          g_assert_nonnull (error);
          g_clear_error (&error);
        }
    }
}

/* Damaged copies of every fixture (bytes changed, cut, repeated): read
 * without a crash or a hang, either as a table or refused with an error. */
static void
test_mutations (void)
{
  static const char * const names[] = { FIXTURE_QS, FIXTURE_THE_JSON, FIXTURE_THE_CSV, FIXTURE_ARWU, FIXTURE_XLSX };
  GRand *rand = g_rand_new_with_seed (1414);
  SkRankingImportOptions o = { .publisher = "qs", .year = 2026 };
  guint tables = 0, refused = 0;
  /* more rounds by hand: SK_TEST_MUTATION_ROUNDS=20000 */
  const char *env = g_getenv ("SK_TEST_MUTATION_ROUNDS");
  guint rounds = env ? (guint) g_ascii_strtoull (env, NULL, 10) : 300;

  for (guint f = 0; f < G_N_ELEMENTS (names); f++)
    {
      g_autofree char *path = fixture (names[f]);
      g_autofree char *data = NULL;
      gsize len = 0;

      if (!g_file_get_contents (path, &data, &len, NULL))
        continue; /* no XLSX without libxlsxwriter */
      for (guint round = 0; round < rounds; round++)
        {
          g_autoptr (GByteArray) copy = g_byte_array_new ();
          g_autoptr (SkRankingTable) t = NULL;
          g_autoptr (GError) error = NULL;
          guint changes = 1 + g_rand_int_range (rand, 0, 8);

          g_byte_array_append (copy, (const guint8 *) data, len);
          for (guint c = 0; c < changes; c++)
            {
              guint at = g_rand_int_range (rand, 0, copy->len);
              switch (g_rand_int_range (rand, 0, 4))
                {
                case 0: copy->data[at] = (guint8) g_rand_int (rand); break;
                case 1: copy->data[at] ^= 1u << g_rand_int_range (rand, 0, 8); break;
                case 2: g_byte_array_set_size (copy, MAX (at, 1)); break;
                default:
                  {
                    guint n = MIN (copy->len - at, 64u);
                    g_autofree guint8 *piece = g_memdup2 (copy->data + at, n);
                    g_byte_array_append (copy, piece, n);
                  }
                }
            }
          t = sk_ranking_table_read_data (copy->data, copy->len, names[f], &o, &error);
          g_assert_true ((t != NULL) != (error != NULL));
          if (t)
            tables++;
          else
            refused++;
        }
    }
  g_rand_free (rand);
  g_test_message ("%u damaged copies read, %u refused", tables, refused);
  g_assert_cmpuint (tables + refused, >, 0);
}

/* ---- the library ---- */

static SkRankingLibrary *
fresh_library (const char *name)
{
  g_autofree char *path = sk_test_tmp_path (name);
  g_autoptr (GError) error = NULL;
  SkRankingLibrary *lib;

  g_unlink (path);
  lib = sk_ranking_library_open (path, &error);
  g_assert_no_error (error);
  return lib;
}

/* Stores @t and frees it. */
static void
store (SkRankingLibrary *lib, SkRankingTable *t)
{
  g_autoptr (GError) error = NULL;
  gboolean replaced = TRUE;

  g_assert_true (sk_ranking_library_store (lib, t, &replaced, &error));
  g_assert_no_error (error);
  g_assert_false (replaced);
  g_assert_cmpint (t->id, >, 0);
  sk_ranking_table_free (t);
}

/* Every fixture loaded into a library at @name. */
static SkRankingLibrary *
loaded_library (const char *name)
{
  SkRankingLibrary *lib = fresh_library (name);

  store (lib, read_fixture (FIXTURE_QS, "qs", 2026, NULL));
  store (lib, read_fixture (FIXTURE_THE_JSON, "the", 2026, NULL));
  store (lib, read_fixture (FIXTURE_THE_CSV, "the", 2026, "Engineering"));
  store (lib, read_fixture (FIXTURE_ARWU, "arwu", 2025, NULL));
  if (sk_fixtures_have_xlsx ())
    store (lib, read_fixture (FIXTURE_XLSX, "qs", 2025, FIXTURE_SUBJECT_XLSX));
  return lib;
}

static void
test_library (void)
{
  g_autofree char *default_path = sk_ranking_library_default_path ();
  g_autoptr (SkRankingLibrary) lib = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkRankingTable) again = NULL;
  gboolean replaced = FALSE;
  guint n;

  /* XDG_DATA_HOME (set in main) moves the library */
  g_assert_true (g_str_has_prefix (default_path, g_getenv ("XDG_DATA_HOME")));
  g_assert_true (g_str_has_suffix (default_path, "/seriktes/rankings.sqlite"));
  {
    g_autoptr (SkRankingLibrary) def = sk_ranking_library_open (NULL, &error);
    g_assert_no_error (error);
    g_assert_true (g_file_test (default_path, G_FILE_TEST_IS_REGULAR));
  }

  lib = loaded_library ("library.sqlite");
  list = sk_ranking_library_list (lib, &error);
  g_assert_no_error (error);
  n = sk_fixtures_have_xlsx () ? 5 : 4;
  g_assert_cmpuint (list->len, ==, n);
  for (guint i = 0; i < list->len; i++)
    {
      SkRankingTable *t = list->pdata[i];
      g_assert_cmpuint (t->n_rows, >, 0);
      g_assert_cmpuint (t->rows->len, ==, 0);
      g_assert_nonnull (t->loaded_at);
      g_assert_nonnull (t->source_file);
      if (g_str_equal (t->publisher, "arwu"))
        {
          g_assert_cmpstr (t->source_file, ==, FIXTURE_ARWU);
          g_assert_cmpuint (t->n_rows, ==, 7);
          g_assert_cmpint (t->year, ==, 2025);
        }
    }

  /* the same edition again replaces the table */
  again = read_fixture (FIXTURE_QS, "qs", 2026, NULL);
  g_assert_true (sk_ranking_library_store (lib, again, &replaced, &error));
  g_assert_true (replaced);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = sk_ranking_library_list (lib, &error);
  g_assert_cmpuint (list->len, ==, n);

  /* removing one */
  g_assert_true (sk_ranking_library_remove (lib, again->id, &error));
  g_assert_false (sk_ranking_library_remove (lib, again->id, &error));
  g_assert_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = sk_ranking_library_list (lib, &error);
  g_assert_cmpuint (list->len, ==, n - 1);
}

static void
test_library_defensive (void)
{
  g_autofree char *garbage = sk_test_tmp_path ("garbage.sqlite");
  g_autofree char *proposal = sk_test_tmp_path ("a-proposal.seriktes");
  g_autofree char *extra = sk_test_tmp_path ("extra.sqlite");
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr (GError) error = NULL;

  /* not a library at all */
  g_assert_true (g_file_set_contents (garbage, "not a database, just text", -1, NULL));
  before = sk_test_file_digest (garbage);
  g_assert_null (sk_ranking_library_open (garbage, &error));
  g_assert_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_LIBRARY);
  g_clear_error (&error);
  after = sk_test_file_digest (garbage);
  g_assert_cmpstr (before, ==, after);

  /* a database of the application, but a proposal */
  g_object_unref (sk_proposal_create (proposal, &error));
  g_assert_no_error (error);
  g_assert_null (sk_ranking_library_open (proposal, &error));
  g_assert_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_LIBRARY);
  g_clear_error (&error);

  /* a library with a trigger someone added is refused */
  {
    g_autoptr (SkRankingLibrary) lib = fresh_library ("extra.sqlite");
    sqlite3 *db = NULL;
    g_clear_pointer (&lib, sk_ranking_library_close);
    g_assert_cmpint (sqlite3_open (extra, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "CREATE TRIGGER t AFTER INSERT ON alias BEGIN DELETE FROM ranking_row; END",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
    g_free (before);
    before = sk_test_file_digest (extra);
    g_assert_null (sk_ranking_library_open (extra, &error));
    g_assert_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_LIBRARY);
    g_clear_error (&error);
    g_free (after);
    after = sk_test_file_digest (extra);
    g_assert_cmpstr (before, ==, after);
  }
}

/* ---- matching the partners of the examples ---- */

static SkProposal *
open_example (const char *name, gboolean copy)
{
  g_autofree char *src = g_build_filename (g_getenv ("SK_EXAMPLES_DIR"), name, NULL);
  g_autoptr (GError) error = NULL;
  SkProposal *p;

  if (copy)
    {
      g_autofree char *dst = sk_test_tmp_path (name);
      g_autofree char *data = NULL;
      gsize len = 0;
      g_assert_true (g_file_get_contents (src, &data, &len, NULL));
      g_assert_true (g_file_set_contents (dst, data, (gssize) len, NULL));
      p = sk_proposal_open (dst, SK_OPEN_DEFAULT, &error);
    }
  else
    p = sk_proposal_open (src, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  return p;
}

static SkRecord *
institution (SkProposal *p, const char *name_en)
{
  GListModel *m = sk_proposal_get_records (p, SK_KIND_INSTITUTION);
  for (guint i = 0; i < g_list_model_get_n_items (m); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (m, i);
      if (g_strcmp0 (sk_record_get_string (r, "name_en"), name_en) == 0)
        return r; /* the proposal keeps it */
    }
  g_error ("no institution %s", name_en);
  return NULL;
}

static SkRankings *
load (SkRankingLibrary *lib)
{
  g_autoptr (GError) error = NULL;
  SkRankings *r = sk_ranking_library_load (lib, &error);
  g_assert_no_error (error);
  return r;
}

/* The row @inst matches in the table @publisher @year (@subject), or
 * NULL; @kind receives how. */
static const SkRankingRow *
match (const SkRankings *r, SkRecord *inst, const char *publisher, int year, const char *subject,
       SkRankingMatchKind *kind)
{
  SkRankingTable *t = sk_rankings_lookup (r, publisher, year, subject ? "subject" : "overall", subject);
  g_autoptr (GPtrArray) cands = NULL;
  const SkRankingCandidate *c;

  g_assert_nonnull (t);
  cands = sk_ranking_candidates (r, t, inst);
  c = sk_ranking_unambiguous (cands, TRUE);
  if (c && kind)
    *kind = c->kind;
  return c ? c->row : NULL;
}

static void
assert_match (const SkRankings *r, SkProposal *p, const char *partner, const char *publisher, int year,
              const char *subject, const char *rank, SkRankingMatchKind want)
{
  SkRankingMatchKind kind = SK_RANKING_MATCH_SIMILAR;
  const SkRankingRow *row = match (r, institution (p, partner), publisher, year, subject, &kind);

  if (row == NULL)
    g_error ("%s not matched in %s %d", partner, publisher, year);
  g_assert_cmpstr (row->rank_text, ==, rank);
  g_assert_cmpint (kind, ==, want);
}

static void
test_match_examples (void)
{
  g_autoptr (SkRankingLibrary) lib = loaded_library ("match.sqlite");
  g_autoptr (SkRankings) r = load (lib);
  g_autoptr (SkProposal) caspian = open_example ("caspian-tu-berlin.seriktes", FALSE);
  g_autoptr (SkProposal) kyzylorda = open_example ("kyzylorda-arizona.seriktes", FALSE);
  g_autoptr (SkProposal) taraz = open_example ("taraz-mendeleev.seriktes", FALSE);
  const SkRankingMatchKind EXACT = SK_RANKING_MATCH_EXACT, SIMILAR = SK_RANKING_MATCH_SIMILAR;

  /* Caspian: TU Berlin, TU Darmstadt, Hamburg University of Technology */
  assert_match (r, caspian, "Technische Universität Berlin", "qs", 2026, NULL, "145", EXACT);
  assert_match (r, caspian, "Technische Universität Berlin", "the", 2026, NULL, "=149", EXACT);
  assert_match (r, caspian, "Technische Universität Berlin", "arwu", 2025, NULL, "301-400", EXACT);
  assert_match (r, caspian, "Technische Universität Darmstadt", "qs", 2026, NULL, "253", EXACT);
  assert_match (r, caspian, "Technische Universität Darmstadt", "the", 2026, NULL, "251–300", EXACT);
  assert_match (r, caspian, "Technische Universität Darmstadt", "the", 2026, "Engineering", "126–150", EXACT);
  assert_match (r, caspian, "Hamburg University of Technology", "qs", 2026, NULL, "=255", EXACT);
  assert_match (r, caspian, "Hamburg University of Technology", "the", 2026, NULL, "401–500", EXACT);
  assert_match (r, caspian, "Hamburg University of Technology", "the", 2026, "Engineering", "151–175", EXACT);
  if (sk_fixtures_have_xlsx ())
    assert_match (r, caspian, "Hamburg University of Technology", "qs", 2025, FIXTURE_SUBJECT_XLSX, "151-200", EXACT);
  /* not in ARWU: no candidate, even with "Tech Univ München ..." in Germany */
  g_assert_null (match (r, institution (caspian, "Hamburg University of Technology"), "arwu", 2025, NULL, NULL));

  /* Kyzylorda: the University of Arizona, SeoulTech */
  assert_match (r, kyzylorda, "The University of Arizona", "qs", 2026, NULL, "=151", EXACT);
  assert_match (r, kyzylorda, "The University of Arizona", "the", 2026, NULL, "=178", EXACT);
  assert_match (r, kyzylorda, "The University of Arizona", "arwu", 2025, NULL, "101-150", EXACT);
  assert_match (r, kyzylorda, "Seoul National University of Science and Technology", "qs", 2026, NULL, "501-510", EXACT);
  assert_match (r, kyzylorda, "Seoul National University of Science and Technology", "the", 2026, NULL, "1201–1500", EXACT);

  /* Taraz: Mendeleev: THE by its short name (an alias THE gives); QS by
   * a similar name, which needs confirming */
  assert_match (r, taraz, "D. I. Mendeleev University of Chemical Technology of Russia", "the", 2026, NULL, "1501+", EXACT);
  assert_match (r, taraz, "D. I. Mendeleev University of Chemical Technology of Russia", "qs", 2026, NULL, "1001-1200", SIMILAR);

  /* Institutions that are not foreign partners are still matched only by
   * their own names: Kazakhstani partners are in no table */
  g_assert_null (match (r, institution (taraz, "M. Kh. Dulati Taraz University"), "qs", 2026, NULL, NULL));
}

static void
test_aliases (void)
{
  g_autoptr (SkRankingLibrary) lib = loaded_library ("aliases.sqlite");
  g_autoptr (SkRankings) r = load (lib);
  g_autoptr (SkRankings) again = NULL;
  g_autoptr (SkProposal) taraz = open_example ("taraz-mendeleev.seriktes", FALSE);
  g_autoptr (GError) error = NULL;
  SkRecord *inst = institution (taraz, "D. I. Mendeleev University of Chemical Technology of Russia");
  SkRankingTable *qs = sk_rankings_lookup (r, "qs", 2026, "overall", NULL);
  g_autoptr (GPtrArray) cands = sk_ranking_candidates (r, qs, inst);
  const SkRankingCandidate *c;
  g_autofree char *key = sk_ranking_name_key (sk_record_get_string (inst, "name_en"));
  SkRankingMatchKind kind = SK_RANKING_MATCH_SIMILAR;

  /* similar: not written by apply until confirmed */
  g_assert_cmpuint (cands->len, ==, 1);
  c = cands->pdata[0];
  g_assert_cmpint (c->kind, ==, SK_RANKING_MATCH_SIMILAR);
  g_assert_null (sk_ranking_unambiguous (cands, FALSE));

  /* confirmed: remembered in the library for the next proposal */
  g_assert_true (sk_ranking_library_add_alias (lib, key, c->row->key, &error));
  g_assert_no_error (error);
  again = load (lib);
  g_assert_nonnull (match (again, inst, "qs", 2026, NULL, &kind));
  g_assert_cmpint (kind, ==, SK_RANKING_MATCH_ALIAS);

  /* a Russian name alone finds nothing; remembered as an alias, it does */
  {
    g_autoptr (SkRecord) ru = sk_record_new (sk_schema_kind (SK_KIND_INSTITUTION));
    g_autofree char *ru_key = NULL;
    g_autoptr (SkRankings) third = NULL;

    sk_record_set_string (ru, "name_ru", "Российский химико-технологический университет имени Д. И. Менделеева");
    sk_record_set_string (ru, "country", "RU");
    sk_record_set_string (ru, "role", "foreign_ohpe");
    g_assert_null (match (again, ru, "qs", 2026, NULL, NULL));
    ru_key = sk_ranking_name_key (sk_record_get_string (ru, "name_ru"));
    g_assert_true (sk_ranking_library_add_alias (lib, ru_key, c->row->key, &error));
    third = load (lib);
    g_assert_cmpstr (match (third, ru, "qs", 2026, NULL, &kind)->rank_text, ==, "1001-1200");
    g_assert_cmpint (kind, ==, SK_RANKING_MATCH_ALIAS);
  }
}

/* ---- verification ---- */

static GPtrArray *
findings_of (GPtrArray *all, const char *check_id)
{
  GPtrArray *out = g_ptr_array_new ();
  for (guint i = 0; i < all->len; i++)
    if (g_str_equal (sk_finding_get_check_id (all->pdata[i]), check_id))
      g_ptr_array_add (out, all->pdata[i]);
  return out;
}

static void
test_verification (void)
{
  g_autoptr (SkRankingLibrary) lib = loaded_library ("verify.sqlite");
  g_autoptr (SkRankings) r = load (lib);
  g_autoptr (SkRankings) none = sk_rankings_new ();
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  g_autoptr (SkProposal) caspian = open_example ("caspian-tu-berlin.seriktes", FALSE);
  g_autoptr (SkProposal) taraz = open_example ("taraz-mendeleev.seriktes", FALSE);
  SkCheckOptions options = { .year = 2026, .language = "en", .rankings = r };

  /* Caspian: QS 2026 gives TU Berlin 145, the entry says =145 */
  {
    g_autoptr (GPtrArray) all = sk_check (caspian, rules, &options);
    g_autoptr (GPtrArray) bad = findings_of (all, "ranking-mismatch");
    g_autoptr (GPtrArray) unverified = findings_of (all, "ranking-unverified");
    const char *msg;

    g_assert_cmpuint (bad->len, ==, 1);
    msg = sk_finding_get_message (bad->pdata[0]);
    g_assert_nonnull (strstr (msg, "the entry says =145; QS 2026 says 145"));
    g_assert_nonnull (strstr (msg, "row 7"));
    g_assert_cmpint (sk_finding_get_severity (bad->pdata[0]), ==, SK_SEVERITY_WARNING);
    g_assert_cmpstr (sk_finding_get_kind (bad->pdata[0]), ==, SK_KIND_RANKING);
    g_assert_cmpint (sk_finding_get_record_id (bad->pdata[0]), ==, 1);
    /* every other entry has its table and agrees (QS 2025 by subject
     * only with the XLSX) */
    g_assert_cmpuint (unverified->len, ==, sk_fixtures_have_xlsx () ? 0 : 1);
  }

  /* Taraz: no QS 2026 Chemistry or THE 2025 table: notes, never "verified" */
  {
    g_autoptr (GPtrArray) all = sk_check (taraz, rules, &options);
    g_autoptr (GPtrArray) bad = findings_of (all, "ranking-mismatch");
    g_autoptr (GPtrArray) unverified = findings_of (all, "ranking-unverified");

    g_assert_cmpuint (bad->len, ==, 0);
    g_assert_cmpuint (unverified->len, ==, 2);
    g_assert_cmpint (sk_finding_get_severity (unverified->pdata[0]), ==, SK_SEVERITY_NOTE);
    g_assert_nonnull (strstr (sk_finding_get_message (unverified->pdata[0]), "was not verified"));
  }

  /* an institution not found in a loaded table of the entry's edition */
  {
    g_autoptr (SkProposal) p = open_example ("caspian-tu-berlin.seriktes", TRUE);
    g_autoptr (GPtrArray) all = NULL;
    g_autoptr (GPtrArray) bad = NULL;
    g_autoptr (GError) error = NULL;

    /* ARWU 2025 has no Hamburg University of Technology */
    g_autoptr (SkRecord) e = sk_record_new (sk_schema_kind (SK_KIND_RANKING));
    sk_record_set_int (e, "institution_id", sk_record_get_id (institution (p, "Hamburg University of Technology")));
    sk_record_set_string (e, "publisher", "arwu");
    sk_record_set_string (e, "scope", "overall");
    sk_record_set_int (e, "year", 2025);
    sk_record_set_string (e, "rank_text", "401-500");
    g_assert_cmpint (sk_proposal_insert (p, e, &error), >, 0);
    all = sk_check (p, rules, &options);
    bad = findings_of (all, "ranking-mismatch");
    g_assert_cmpuint (bad->len, ==, 2);
    g_assert_nonnull (strstr (sk_finding_get_message (bad->pdata[1]), "was not found in the loaded ARWU 2025 table"));
  }

  /* no tables loaded: every entry not verified */
  {
    SkCheckOptions empty = { .year = 2026, .language = "en", .rankings = none };
    g_autoptr (GPtrArray) all = sk_check (caspian, rules, &empty);
    g_autoptr (GPtrArray) unverified = findings_of (all, "ranking-unverified");
    g_autoptr (GPtrArray) bad = findings_of (all, "ranking-mismatch");
    g_assert_cmpuint (unverified->len, ==, 6);
    g_assert_cmpuint (bad->len, ==, 0);
  }

  /* the library not consulted: nothing said */
  {
    SkCheckOptions plain = { .year = 2026, .language = "en" };
    g_autoptr (GPtrArray) all = sk_check (caspian, rules, &plain);
    g_autoptr (GPtrArray) a = findings_of (all, "ranking-unverified");
    g_autoptr (GPtrArray) b = findings_of (all, "ranking-mismatch");
    g_assert_cmpuint (a->len + b->len, ==, 0);
  }
}

/* ---- writing entries, the finder ---- */

static SkRecord *
entry_of (SkProposal *p, gint64 inst_id, const char *publisher, int year)
{
  GListModel *m = sk_proposal_get_records (p, SK_KIND_RANKING);
  for (guint i = 0; i < g_list_model_get_n_items (m); i++)
    {
      g_autoptr (SkRecord) e = g_list_model_get_item (m, i);
      if (sk_record_get_int (e, "institution_id", 0) == inst_id &&
          g_str_equal (sk_record_get_string (e, "publisher"), publisher) &&
          sk_record_get_int (e, "year", 0) == year &&
          g_str_equal (sk_record_get_string (e, "scope"), "overall"))
        return e;
    }
  return NULL;
}

static void
test_apply (void)
{
  g_autoptr (SkRankingLibrary) lib = loaded_library ("apply.sqlite");
  g_autoptr (SkRankings) r = load (lib);
  g_autoptr (SkProposal) p = open_example ("kyzylorda-arizona.seriktes", TRUE);
  g_autoptr (GError) error = NULL;
  gint64 arizona = sk_record_get_id (institution (p, "The University of Arizona"));
  guint before = sk_proposal_count (p, SK_KIND_RANKING);
  SkRecord *e;
  int written;

  written = sk_ranking_apply (p, r, &error);
  g_assert_no_error (error);
  /* Arizona: QS, THE, ARWU; SeoulTech: QS, THE */
  g_assert_cmpint (written, ==, 5);
  /* updated where an entry of the edition was (ARWU, THE), added where not */
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_RANKING), ==, before + 2);
  e = entry_of (p, arizona, "qs", 2026);
  g_assert_nonnull (e);
  g_assert_cmpstr (sk_record_get_string (e, "rank_text"), ==, "=151");
  g_assert_cmpint (sk_record_get_int (e, "rank_lower", 0), ==, 151);
  g_assert_cmpstr (sk_record_get_string (e, "source_note_en"), ==, "QS 2026, file “qs-2026.csv”, row 8");
  e = entry_of (p, arizona, "the", 2026);
  g_assert_cmpstr (sk_record_get_string (e, "source_note_en"), ==, "THE 2026, file “the-2026.json”, row 2");

  /* one undo step */
  g_assert_cmpstr (sk_proposal_get_undo_label (p), ==, "Ranking entries from the tables");
  g_assert_true (sk_proposal_undo (p, &error));
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_RANKING), ==, before);
  e = entry_of (p, arizona, "the", 2026);
  g_assert_cmpstr (sk_record_get_string (e, "source_note_en"), ==, "Sample data for the example, not the publisher's table");
}

static void
test_finder (void)
{
  g_autoptr (SkRankingLibrary) lib = loaded_library ("finder.sqlite");
  g_autoptr (SkRankings) r = load (lib);
  g_autoptr (GPtrArray) de = sk_ranking_find (r, "DE", NULL, 500, NULL);
  g_autoptr (GPtrArray) berlin = sk_ranking_find (r, "Germany", "berlin", 500, NULL);
  g_autoptr (GPtrArray) top100 = sk_ranking_find (r, "DE", NULL, 100, NULL);
  g_autoptr (GPtrArray) eng = sk_ranking_find (r, "DE", NULL, 500, "engineering");
  g_autoptr (GPtrArray) nowhere = sk_ranking_find (r, "Atlantis", NULL, 500, NULL);
  g_autoptr (SkProposal) p = open_example ("taraz-mendeleev.seriktes", TRUE);
  g_autoptr (GError) error = NULL;
  SkRankingHit *hit;
  guint insts, entries;
  gint64 id;

  /* TU Berlin (QS 145, THE =149, ARWU 301-400 in one hit), Darmstadt,
   * Hamburg (QS =255, THE 401–500), ARWU's TU München Campus Heilbronn
   * (401-500); not ARWU's 901-1000 */
  g_assert_cmpuint (de->len, ==, 4);
  hit = de->pdata[0];
  g_assert_cmpstr (hit->country_code, ==, "DE");
  g_assert_cmpint (hit->best, ==, 145);
  g_assert_cmpuint (hit->rows->len, ==, 3);
  g_assert_cmpuint (berlin->len, ==, 1);
  g_assert_cmpuint (top100->len, ==, 0);
  g_assert_cmpuint (eng->len, ==, 3); /* Munich =45, Darmstadt, Hamburg */
  g_assert_cmpuint (nowhere->len, ==, 0);

  /* added with its entries in one undo step */
  insts = sk_proposal_count (p, SK_KIND_INSTITUTION);
  entries = sk_proposal_count (p, SK_KIND_RANKING);
  id = sk_ranking_add_partner (p, hit, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_INSTITUTION), ==, insts + 1);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_RANKING), ==, entries + 3);
  g_assert_cmpstr (sk_record_get_string (sk_proposal_lookup (p, SK_KIND_INSTITUTION, id), "role"), ==, "foreign_ohpe");
  /* a second time: already a partner */
  g_assert_cmpint (sk_ranking_add_partner (p, hit, &error), ==, 0);
  g_assert_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_OPTIONS);
  g_clear_error (&error);
  g_assert_true (sk_proposal_undo (p, &error));
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_INSTITUTION), ==, insts);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_RANKING), ==, entries);
}

/* ---- what the import dialog proposes; remembering a match ---- */

static void
assert_guess (const char *name_in, const char *as, const char *publisher, int year)
{
  g_autofree char *path = fixture (name_in);
  g_autofree char *data = NULL;
  gsize length = 0;
  const char *got = NULL;
  int got_year = -1;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  sk_ranking_guess ((const guint8 *) data, length, as, &got, &got_year);
  g_assert_cmpstr (got, ==, publisher);
  if (year >= 0)
    g_assert_cmpint (got_year, ==, year);
}

static void
test_guess (void)
{
  const char *publisher = "x";
  int year = -1;

  /* by the file's name */
  assert_guess (FIXTURE_QS, FIXTURE_QS, "qs", 2026);
  assert_guess (FIXTURE_THE_CSV, FIXTURE_THE_CSV, "the", 2026);
  /* by the headings when the name says nothing: the title row, the
   * latest year of the rank columns ("2026 RANK", "WR2025") */
  assert_guess (FIXTURE_QS, "table.csv", "qs", 2026);
  assert_guess (FIXTURE_ARWU, "table.csv", "arwu", 2025);
  assert_guess (FIXTURE_THE_JSON, "table.json", "the", -1);
  if (sk_fixtures_have_xlsx ())
    assert_guess (FIXTURE_XLSX, "table.xlsx", "qs", -1);
  /* nothing to go by */
  sk_ranking_guess ((const guint8 *) "a,b\n1,2\n", 8, "data.csv", &publisher, &year);
  g_assert_null (publisher);
  g_assert_cmpint (year, ==, 0);
  sk_ranking_guess (NULL, 0, NULL, &publisher, &year);
  g_assert_null (publisher);
}

static void
test_remember (void)
{
  g_autoptr (SkRankingLibrary) lib = loaded_library ("remember.sqlite");
  g_autoptr (SkRankings) r = load (lib);
  g_autoptr (SkRankings) again = NULL;
  g_autoptr (SkProposal) taraz = open_example ("taraz-mendeleev.seriktes", FALSE);
  g_autoptr (GError) error = NULL;
  SkRecord *inst = institution (taraz, "D. I. Mendeleev University of Chemical Technology of Russia");
  SkRankingTable *qs = sk_rankings_lookup (r, "qs", 2026, "overall", NULL);
  g_autoptr (GPtrArray) cands = sk_ranking_candidates (r, qs, inst);
  const SkRankingRow *row;
  SkRankingMatchKind kind = SK_RANKING_MATCH_SIMILAR;

  g_assert_cmpuint (cands->len, ==, 1);
  row = ((SkRankingCandidate *) cands->pdata[0])->row;
  /* the set in hand answers at once; the library the next time */
  g_assert_true (sk_ranking_remember (lib, r, inst, row, &error));
  g_assert_no_error (error);
  g_assert_nonnull (match (r, inst, "qs", 2026, NULL, &kind));
  g_assert_cmpint (kind, ==, SK_RANKING_MATCH_ALIAS);
  again = load (lib);
  kind = SK_RANKING_MATCH_SIMILAR;
  g_assert_nonnull (match (again, inst, "qs", 2026, NULL, &kind));
  g_assert_cmpint (kind, ==, SK_RANKING_MATCH_ALIAS);
  /* every name of the institution is an alias (en, ru, kk, short) */
  for (const char * const *f = (const char * const[]) { "name_en", "name_ru", "name_kk", NULL }; *f; f++)
    {
      const char *name = sk_record_get_string (inst, *f);
      g_autofree char *key = name ? sk_ranking_name_key (name) : NULL;
      if (key && *key)
        g_assert_true (g_hash_table_contains (again->aliases, key));
    }
  /* a set is shared by counting */
  g_assert_true (sk_rankings_ref (again) == again);
  sk_rankings_free (again);
  g_assert_cmpuint (again->tables->len, >, 0);
}

/* An institution's former names (when the schema has the field) are
 * names it is matched by. */
static void
test_former_names (void)
{
  g_autoptr (SkRankingLibrary) lib = loaded_library ("former.sqlite");
  g_autoptr (SkRankings) r = load (lib);
  g_autoptr (SkRecord) inst = sk_record_new (sk_schema_kind (SK_KIND_INSTITUTION));
  SkRankingMatchKind kind = SK_RANKING_MATCH_SIMILAR;
  const SkRankingRow *row;

  if (sk_kind_field (sk_schema_kind (SK_KIND_INSTITUTION), "former_names") == NULL)
    {
      g_test_skip ("the schema has no former names of an institution");
      return;
    }
  sk_record_set_string (inst, "name_en", "Arizona Flagship University");
  sk_record_set_string (inst, "country", "US");
  sk_record_set_string (inst, "role", "foreign_ohpe");
  g_assert_null (match (r, inst, "qs", 2026, NULL, NULL));
  sk_record_set_string (inst, "former_names", "Territorial University of Arizona\n  The University of Arizona  \n");
  row = match (r, inst, "qs", 2026, NULL, &kind);
  g_assert_nonnull (row);
  g_assert_cmpstr (row->rank_text, ==, "=151");
  g_assert_cmpint (kind, ==, SK_RANKING_MATCH_EXACT);
}

int
main (int argc, char **argv)
{
  g_autofree char *data_home = NULL;

  data_home = sk_test_tmp_path ("data-home");
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  fixtures_dir = sk_test_tmp_path ("fixtures");
  g_assert_cmpint (g_mkdir (fixtures_dir, 0700), ==, 0);
  sk_fixtures_write_all (fixtures_dir);

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sk/rankings/rank-forms", test_rank_forms);
  g_test_add_func ("/sk/rankings/name-keys", test_name_keys);
  g_test_add_func ("/sk/rankings/qs", test_qs);
  g_test_add_func ("/sk/rankings/the-json", test_the_json);
  g_test_add_func ("/sk/rankings/the-csv-tie", test_the_csv_tie);
  g_test_add_func ("/sk/rankings/arwu", test_arwu);
  g_test_add_func ("/sk/rankings/xlsx", test_xlsx);
  g_test_add_func ("/sk/rankings/encodings", test_encodings);
  g_test_add_func ("/sk/rankings/bad-input", test_bad_input);
  g_test_add_func ("/sk/rankings/mutations", test_mutations);
  g_test_add_func ("/sk/rankings/library", test_library);
  g_test_add_func ("/sk/rankings/library-defensive", test_library_defensive);
  g_test_add_func ("/sk/rankings/match-examples", test_match_examples);
  g_test_add_func ("/sk/rankings/aliases", test_aliases);
  g_test_add_func ("/sk/rankings/verification", test_verification);
  g_test_add_func ("/sk/rankings/apply", test_apply);
  g_test_add_func ("/sk/rankings/finder", test_finder);
  g_test_add_func ("/sk/rankings/guess", test_guess);
  g_test_add_func ("/sk/rankings/remember", test_remember);
  g_test_add_func ("/sk/rankings/former-names", test_former_names);
  return g_test_run ();
}
