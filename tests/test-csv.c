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

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sk/csv/parse", test_parse);
  g_test_add_func ("/sk/csv/parse-semicolons", test_parse_semicolons);
  g_test_add_func ("/sk/csv/parse-bad", test_parse_bad);
  g_test_add_func ("/sk/csv/staff", test_staff);
  g_test_add_func ("/sk/csv/staff-no-header", test_staff_no_header);
  return g_test_run ();
}
