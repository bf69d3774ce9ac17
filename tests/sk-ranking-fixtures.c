/* sk-ranking-fixtures.c: ranking tables in the publishers' layouts */
#include "config.h"

#include <string.h>

#ifdef HAVE_XLSXWRITER
#include <xlsxwriter.h>
#endif

#include "sk-ranking-fixtures.h"

/* QS: a BOM, CRLF line ends, two lines above the headings, the
 * previous-year column with "6=" or blank. */
static const char qs_csv[] =
  "\xef\xbb\xbfQS World University Rankings 2026,,,,\r\n"
  "Made up for the tests of Seriktes; not QS's table,,,,\r\n"
  "2026 RANK,2025 RANK,Institution Name,Location,Location Full\r\n"
  "1,1,Massachusetts Institute of Technology (MIT),US,United States\r\n"
  "2,6=,Imperial College London,UK,United Kingdom\r\n"
  "=17,17,\"University of California, Berkeley (UCB)\",US,United States\r\n"
  "145,=147,Technische Universität Berlin (TU Berlin),DE,Germany\r\n"
  "=151,,The University of Arizona,US,United States\r\n"
  "253,246,Technische Universität Darmstadt,DE,Germany\r\n"
  "=255,,Technische Universität Hamburg,DE,Germany\r\n"
  "501-510,521-530,Seoul National University of Science and Technology,KR,South Korea\r\n"
  "1001-1200,,D. Mendeleev University of Chemical Technology of Russia,RU,Russia\r\n"
  "1401+,1401+,Example Provincial University,KZ,Kazakhstan\r\n";

static const char the_json[] =
  "{\n"
  "  \"note\": \"Made up for the tests of Seriktes; not THE's table\",\n"
  "  \"data\": [\n"
  "    {\"rank_order\": \"10\", \"rank\": \"1\", \"name\": \"University of Oxford\", \"location\": \"United Kingdom\", \"aliases\": \"Oxford\"},\n"
  "    {\"rank_order\": \"1780\", \"rank\": \"=178\", \"name\": \"University of Arizona\", \"location\": \"United States\", \"aliases\": \"The University of Arizona; UA\"},\n"
  "    {\"rank_order\": \"1490\", \"rank\": \"=149\", \"name\": \"Technical University of Berlin\", \"location\": \"Germany\", \"aliases\": \"TU Berlin; Technische Universität Berlin\"},\n"
  "    {\"rank_order\": \"2510\", \"rank\": \"251–300\", \"name\": \"Technical University of Darmstadt\", \"location\": \"Germany\", \"aliases\": \"TU Darmstadt\"},\n"
  "    {\"rank_order\": \"4010\", \"rank\": \"401–500\", \"name\": \"Hamburg University of Technology\", \"location\": \"Germany\", \"aliases\": \"TUHH\"},\n"
  "    {\"rank_order\": \"1080\", \"rank\": \"=108\", \"name\": \"Lomonosov Moscow State University\", \"location\": \"Russian Federation\", \"aliases\": \"\"},\n"
  "    {\"rank_order\": \"12010\", \"rank\": \"1201–1500\", \"name\": \"Seoul National University of Science and Technology\", \"location\": \"South Korea\", \"aliases\": \"SeoulTech\"},\n"
  "    {\"rank_order\": \"15010\", \"rank\": \"1501+\", \"name\": \"D. Mendeleev University of Chemical Technology of Russia\", \"location\": \"Russian Federation\", \"aliases\": \"MUCTR\"},\n"
  "    {\"rank_order\": \"99999\", \"rank\": \"Reporter\", \"name\": \"Example Regional University\", \"location\": \"Kazakhstan\", \"aliases\": \"\"}\n"
  "  ]\n"
  "}\n";

/* THE by subject as a CSV copy: the tie mark in a column of its own. */
static const char the_csv[] =
  "Rank,Tie,Name,Country\n"
  "1,,Stanford University,United States\n"
  "45,=,Technical University of Munich,Germany\n"
  "45,=,Delft University of Technology,Netherlands\n"
  "126–150,,Technical University of Darmstadt,Germany\n"
  "151–175,,Hamburg University of Technology,Germany\n"
  "Reporter,,Example Regional University,Kazakhstan\n";

/* ARWU in ISO-8859-1: a comment line, abbreviated names, a damaged band. */
static const char arwu_csv[] =
  "# Made up for the tests of Seriktes; not the Shanghai Ranking's table\n"
  "#,WR2025,WR2024,Institution,Code,Country\n"
  "1,1,1,Harvard Univ,001,United States\n"
  "2,101-150,101-150,Univ Arizona,105,United States\n"
  "3,101-150,151-200,Moscow Inst Phys & Technol,112,Russia\n"
  "4,151-200,151-200,Univ S\xe3o Paulo,120,Brazil\n"
  "5,301-400,301-400,Tech Univ Berlin,301,Germany\n"
  "6,401-500,401-500,Tech Univ M\xfcnchen Campus Heilbronn,402,Germany\n"
  "7,901-100,901-1000,Example Damaged Band Univ,901,Kazakhstan\n"
  "8,901-1000,,Univ Example Ost,902,Germany\n";

static gboolean
write_text (const char *dir, const char *name, const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;

  if (!g_file_set_contents (path, text, -1, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
sk_fixtures_have_xlsx (void)
{
#ifdef HAVE_XLSXWRITER
  return TRUE;
#else
  return FALSE;
#endif
}

static gboolean
write_xlsx (const char *dir)
{
#ifdef HAVE_XLSXWRITER
  static const char * const rows[][4] = {
    { "QS World University Rankings by Subject 2025", NULL, NULL, NULL },
    { "Made up for the tests of Seriktes; not QS's table", NULL, NULL, NULL },
    { "Rank", "Institution", "Country/Territory", "Overall score" },
    { "1", "Massachusetts Institute of Technology (MIT)", "United States", "98.1" },
    { "=21", "Technical University of Munich", "Germany", "80.2" },
    { "151-200", "Technische Universität Hamburg", "Germany", "" },
    { "201-250", "Technische Universität Darmstadt", "Germany", "" },
  };
  g_autofree char *path = g_build_filename (dir, FIXTURE_XLSX, NULL);
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws;

  if (wb == NULL)
    return FALSE;
  ws = workbook_add_worksheet (wb, "Mechanical");
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    for (guint c = 0; c < 4; c++)
      {
        const char *v = rows[r][c];
        if (v == NULL || *v == '\0')
          continue;
        /* the overall score as a number, the rest as (shared) strings */
        if (c == 3 && r > 2)
          worksheet_write_number (ws, (lxw_row_t) r, (lxw_col_t) c, g_ascii_strtod (v, NULL), NULL);
        else if (c == 0 && r > 2 && strchr (v, '-') == NULL && *v != '=')
          worksheet_write_number (ws, (lxw_row_t) r, (lxw_col_t) c, g_ascii_strtod (v, NULL), NULL);
        else
          worksheet_write_string (ws, (lxw_row_t) r, (lxw_col_t) c, v, NULL);
      }
  return workbook_close (wb) == LXW_NO_ERROR;
#else
  return FALSE;
#endif
}

gboolean
sk_fixtures_write_all (const char *dir)
{
  gboolean ok = write_text (dir, FIXTURE_QS, qs_csv) && write_text (dir, FIXTURE_THE_JSON, the_json) &&
                write_text (dir, FIXTURE_THE_CSV, the_csv) && write_text (dir, FIXTURE_ARWU, arwu_csv);

  if (ok && !write_xlsx (dir))
    {
      g_printerr ("the XLSX fixture was not written (no libxlsxwriter)\n");
      return FALSE;
    }
  return ok;
}

char *
sk_fixtures_generate_csv (guint n_rows)
{
  static const char * const countries[] = { "Germany", "United States", "Russian Federation",
                                            "South Korea", "China", "France", "Japan", "Kazakhstan" };
  static const char * const before[] = { "University of ", "", "", "Institute of Technology " };
  static const char * const after[] = { "", " Technical University", " State University", "" };
  GString *s = g_string_new ("Rank,Tie,Name,Country\n");
  GRand *rand = g_rand_new_with_seed (14);

  for (guint i = 1; i <= n_rows; i++)
    {
      g_autofree char *name = g_strdup_printf ("%sPlace%u%s", before[i % 4], i, after[i % 4]);
      const char *country = countries[g_rand_int_range (rand, 0, G_N_ELEMENTS (countries))];

      if (i <= 200)
        g_string_append_printf (s, "%u,%s,%s,%s\n", i, i % 7 == 0 ? "=" : "", name, country);
      else if (i <= 1500)
        g_string_append_printf (s, "%u–%u,,\"%s\",%s\n", (i - 1) / 100 * 100 + 1, (i - 1) / 100 * 100 + 100,
                                name, country);
      else if (i <= 2100)
        g_string_append_printf (s, "1501+,,%s,%s\n", name, country);
      else
        g_string_append_printf (s, "Reporter,,%s,%s\n", name, country);
    }
  g_rand_free (rand);
  return g_string_free (s, FALSE);
}
