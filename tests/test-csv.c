/* test-csv.c: staff lists from CSV tables */
#include "config.h"

#include "sk-csv.h"
#include "sk-error.h"
#include "sk-test-util.h"

static void
test_parse (void)
{
  const char *text = "\xef\xbb\xbf" "a,\"b, c\",\"say \"\"hi\"\"\"\r\n1,\"two\nlines\",3\n\n4,5,6";
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = sk_csv_parse (text, strlen (text), &error);
  GPtrArray *r;

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  r = rows->pdata[0];
  g_assert_cmpuint (r->len, ==, 3);
  g_assert_cmpstr (r->pdata[0], ==, "a");
  g_assert_cmpstr (r->pdata[1], ==, "b, c");
  g_assert_cmpstr (r->pdata[2], ==, "say \"hi\"");
  r = rows->pdata[1];
  g_assert_cmpstr (r->pdata[1], ==, "two\nlines");
  r = rows->pdata[2];
  g_assert_cmpstr (r->pdata[2], ==, "6");
}

static void
test_parse_semicolons (void)
{
  const char *text = "name;side\nАйгүл;kazakh\n";
  g_autoptr (GPtrArray) rows = sk_csv_parse (text, strlen (text), NULL);
  GPtrArray *r = rows->pdata[1];

  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (r->pdata[0], ==, "Айгүл");
}

static void
test_parse_bad (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = sk_csv_parse ("a,\"unterminated\n", 16, &error);

  g_assert_null (rows);
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  rows = sk_csv_parse ("a,\xff\xfe", 4, &error);
  g_assert_null (rows);
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
}

static void
test_staff (void)
{
  g_autofree char *path = sk_test_tmp_path ("csv.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_create (path, &error);
  g_autoptr (SkRecord) inst = sk_record_new (sk_schema_kind (SK_KIND_INSTITUTION));
  const char *csv =
    "ФИО;Сторона;Вуз;Степень;Стаж преподавания;Ставка\n"
    "Сейітова Айгүл;kazakh;Тараз университеті;PhD;12;1\n"
    "John Smith;Foreign side;;phd;5;0,5\n"
    "Bad Side;martian;;;;\n"
    "Bad Institution;kazakh;Nowhere University;;;\n"
    "Bad Number;kazakh;;;many;\n"
    ";kazakh;;;;\n";
  g_autoptr (GPtrArray) rows = NULL;
  SkCsvRow *row;

  sk_record_set_string (inst, "name_kk", "Тараз университеті");
  sk_record_set_string (inst, "role", "kazakh_ohpe");
  g_assert_cmpint (sk_proposal_insert (p, inst, &error), ==, 1);
  rows = sk_csv_read_staff (p, csv, strlen (csv), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 6);

  row = rows->pdata[0];
  g_assert_nonnull (row->record);
  g_assert_cmpuint (row->line, ==, 2);
  g_assert_cmpstr (sk_record_get_string (row->record, "name"), ==, "Сейітова Айгүл");
  g_assert_cmpstr (sk_record_get_string (row->record, "degree"), ==, "phd");
  g_assert_cmpint (sk_record_get_int (row->record, "institution_id", 0), ==, 1);
  g_assert_cmpint (sk_record_get_int (row->record, "teaching_years", 0), ==, 12);
  g_assert_cmpint (sk_record_get_int (row->record, "fte_milli", 0), ==, 1000);

  row = rows->pdata[1];
  g_assert_nonnull (row->record);
  g_assert_cmpstr (sk_record_get_string (row->record, "side"), ==, "foreign");
  g_assert_cmpint (sk_record_get_int (row->record, "fte_milli", 0), ==, 500);

  for (guint i = 2; i < 6; i++)
    {
      row = rows->pdata[i];
      g_assert_null (row->record);
      g_assert_nonnull (row->error);
      g_test_message ("line %u: %s", row->line, row->error);
    }
}

static void
test_staff_no_header (void)
{
  g_autofree char *path = sk_test_tmp_path ("csv2.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_create (path, &error);
  g_autoptr (GPtrArray) rows = sk_csv_read_staff (p, "a,b\n1,2\n", 8, &error);

  g_assert_null (rows);
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  rows = sk_csv_read_staff (p, "", 0, &error);
  g_assert_null (rows);
  g_assert_nonnull (error);
}

/* Numbers as people write them; not what strtod also takes (a NaN reached
 * the conversion to an integer: undefined behaviour). */
static void
test_numbers (void)
{
  static const struct { const char *fte; gint64 milli; } good[] = {
    { "1", 1000 }, { "0,5", 500 }, { "0.25", 250 }, { ".75", 750 }, { "1.", 1000 }, { "000.5", 500 },
  };
  static const char * const bad[] = {
    "nan", "NaN", "-nan", "inf", "infinity", "-1", "+1", "0x1p-2", "1e0", "1e400", "1.2.3", "1,2,3",
    ".", ",", "1 000", "½", "0.5x", "99999999999999999999999999999999999",
  };
  g_autofree char *path = sk_test_tmp_path ("numbers.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_create (path, &error);

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *csv = g_strdup_printf ("name;side;fte\nA;kazakh;%s\n", good[i].fte);
      g_autoptr (GPtrArray) rows = sk_csv_read_staff (p, csv, strlen (csv), &error);
      SkCsvRow *row;

      g_assert_no_error (error);
      row = rows->pdata[0];
      if (row->record == NULL)
        g_error ("“%s”: %s", good[i].fte, row->error);
      g_assert_cmpint (sk_record_get_int (row->record, "fte_milli", 0), ==, good[i].milli);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *csv = g_strdup_printf ("name;side;fte;teaching years\nA;kazakh;1;%s\nB;kazakh;%s;1\n", bad[i], bad[i]);
      g_autoptr (GPtrArray) rows = sk_csv_read_staff (p, csv, strlen (csv), &error);

      g_assert_no_error (error);
      for (guint r = 0; r < 2; r++)
        {
          SkCsvRow *row = rows->pdata[r];
          if (row->record != NULL)
            g_error ("“%s” was taken as a number", bad[i]);
          g_assert_nonnull (row->error);
        }
    }
}

/* A huge cell is quoted shortly in the row's message. */
static void
test_long_cell_message (void)
{
  g_autofree char *path = sk_test_tmp_path ("long-cell.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_create (path, &error);
  GString *csv = g_string_new ("name,side,institution\nA,kazakh,");
  g_autoptr (GPtrArray) rows = NULL;
  SkCsvRow *row;

  for (int i = 0; i < 1000000; i++)
    g_string_append (csv, "ж");
  g_string_append_c (csv, '\n');
  rows = sk_csv_read_staff (p, csv->str, csv->len, &error);
  g_assert_no_error (error);
  row = rows->pdata[0];
  g_assert_null (row->record);
  g_assert_cmpuint (strlen (row->error), <, 1000);
  g_string_free (csv, TRUE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sk/csv/parse", test_parse);
  g_test_add_func ("/sk/csv/parse-semicolons", test_parse_semicolons);
  g_test_add_func ("/sk/csv/parse-bad", test_parse_bad);
  g_test_add_func ("/sk/csv/staff", test_staff);
  g_test_add_func ("/sk/csv/staff-no-header", test_staff_no_header);
  g_test_add_func ("/sk/csv/numbers", test_numbers);
  g_test_add_func ("/sk/csv/long-cell-message", test_long_cell_message);
  return g_test_run ();
}
