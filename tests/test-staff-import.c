/* test-staff-import.c: staff lists from CSV and XLSX as HR departments
 * export them; every bad input refused whole; export to CSV and XLSX */
#include "config.h"

#include <string.h>
#include <xlsxwriter.h>

#include "sk-error.h"
#include "sk-init.h"
#include "sk-staff-import.h"
#include "sk-table-export.h"
#include "sk-test-util.h"
#include "sk-xlsx.h"

static gint64
add_institution (SkProposal *p, const char *name, const char *short_name, const char *role)
{
  g_autoptr (SkRecord) r = sk_record_new (sk_schema_kind (SK_KIND_INSTITUTION));
  g_autoptr (GError) error = NULL;
  gint64 id;

  sk_record_set_string (r, "name_en", name);
  if (short_name)
    sk_record_set_string (r, "short_name", short_name);
  sk_record_set_string (r, "role", role);
  id = sk_proposal_insert (p, r, &error);
  g_assert_no_error (error);
  return id;
}

static SkProposal *
new_proposal (const char *name)
{
  g_autofree char *path = sk_test_tmp_path (name);
  g_autoptr (GError) error = NULL;
  SkProposal *p = sk_proposal_create (path, &error);

  g_assert_no_error (error);
  add_institution (p, "Taraz University", "ТарУ", "kazakh_ohpe");
  add_institution (p, "Mendeleev University", "MUCTR", "foreign_ohpe");
  add_institution (p, "Kazphosphate", NULL, "enterprise");
  return p;
}

static SkStaffImport *
import_text (SkProposal *p, const char *text, const char * const *map, GError **error)
{
  return sk_staff_import_new (p, (const guint8 *) text, strlen (text), map, error);
}

static SkImportRow *
row_of (SkStaffImport *imp, const char *person)
{
  GPtrArray *rows = sk_staff_import_rows (imp);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (((SkImportRow *) rows->pdata[i])->person, person) == 0)
      return rows->pdata[i];
  g_assert_not_reached ();
}

static SkRecord *
staff_named (SkProposal *p, const char *name)
{
  GListModel *m = sk_proposal_get_records (p, SK_KIND_STAFF);
  for (guint i = 0; i < g_list_model_get_n_items (m); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (m, i);
      if (g_strcmp0 (sk_record_get_string (r, "name"), name) == 0)
        return r; /* the model keeps it */
    }
  return NULL;
}

/* A Kazakh HR export: BOM, semicolons, CRLF, a title row, no side column,
 * values as HR writes them. */
static const char hr_kk[] =
  "\xef\xbb\xbf" "Оқытушылар тізімі 2025;;;;;;\r\n"
  "№;Аты-жөні;Лауазымы;Ғылыми дәрежесі;Азаматтығы;Негізгі жұмыс орны;Ставка\r\n"
  "1;Иванов Иван;доцент;кандидат наук;Қазақстан;ТарУ;1\r\n"
  "2;John Smith;Professor;Dr.;USA;Mendeleev University;0,5\r\n"
  "3;Петров Пётр;ассоц. профессор;к.т.н.;;;1\r\n"
  "4;Сидорова Анна;аға оқытушы;магистр;Қазақстан;;0,75\r\n"
  "5;Ерланов Ерлан;профессор;д.т.н.;;Kazphosphate;0.25\r\n"
  "6;Қасымов Арман;оқытушы;PhD;Россия;;2\r\n"
  "7;;доцент;;;;\r\n";

static void
test_hr_export (void)
{
  g_autoptr (SkProposal) p = new_proposal ("hr.seriktes");
  g_autoptr (SkStaffImport) imp = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *problem = NULL;
  g_auto (GStrv) mapping = NULL;
  SkImportRow *row;
  SkRecord *r;

  imp = import_text (p, hr_kk, NULL, &error);
  g_assert_no_error (error);
  /* The columns found by their Kazakh headings below the title row. */
  g_assert_cmpuint (sk_staff_import_n_columns (imp), ==, 7);
  g_assert_cmpstr (sk_staff_import_column_field (imp, 0), ==, "ignore");
  g_assert_cmpstr (sk_staff_import_column_field (imp, 1), ==, "name");
  g_assert_cmpstr (sk_staff_import_column_field (imp, 2), ==, "position");
  g_assert_cmpstr (sk_staff_import_column_field (imp, 5), ==, "institution");
  g_assert_cmpstr (sk_staff_import_column_field (imp, 6), ==, "fte");
  summary = sk_staff_import_summary (imp);
  g_assert_cmpstr (summary, ==, "New: 4, updated: 0, unchanged: 0, refused: 3");

  /* Every problem of a row, the row named by the person. */
  row = row_of (imp, "Петров Пётр");
  g_assert_cmpint (row->status, ==, SK_IMPORT_REFUSED);
  problem = sk_staff_import_row_problem (row, 0);
  g_assert_cmpstr (problem, ==, "Row 5 (Петров Пётр): The side cannot be told: the row has no side, no institution of the proposal and no citizenship.");
  row = row_of (imp, "Қасымов Арман");
  g_assert_cmpint (row->status, ==, SK_IMPORT_REFUSED);
  g_assert_nonnull (strstr (row->errors->pdata[0], "full-time equivalent between 0 and 1"));
  row = ((SkImportRow *) sk_staff_import_rows (imp)->pdata[6]);
  g_assert_null (row->person);
  g_assert_cmpuint (row->number, ==, 9);

  g_assert_true (sk_staff_import_apply (imp, p, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_STAFF), ==, 4);
  g_assert_cmpstr (sk_proposal_get_undo_label (p), ==, "Import staff");

  /* Inferred sides, understood values. */
  r = staff_named (p, "Иванов Иван");
  g_assert_cmpstr (sk_record_get_string (r, "side"), ==, "kazakh");
  g_assert_cmpstr (sk_record_get_string (r, "degree"), ==, "candidate");
  g_assert_cmpstr (sk_record_get_string (r, "academic_title"), ==, "associate_professor");
  r = staff_named (p, "John Smith");
  g_assert_cmpstr (sk_record_get_string (r, "side"), ==, "foreign");
  g_assert_cmpstr (sk_record_get_string (r, "degree"), ==, "phd");
  g_assert_cmpstr (sk_record_get_string (r, "academic_title"), ==, "professor");
  g_assert_cmpint (sk_record_get_int (r, "fte_milli", 0), ==, 500);
  r = staff_named (p, "Сидорова Анна");
  g_assert_cmpstr (sk_record_get_string (r, "side"), ==, "kazakh"); /* by citizenship */
  g_assert_false (sk_record_is_set (r, "academic_title"));          /* a position, not a title */
  r = staff_named (p, "Ерланов Ерлан");
  g_assert_cmpstr (sk_record_get_string (r, "side"), ==, "other");  /* an enterprise */
  g_assert_cmpstr (sk_record_get_string (r, "degree"), ==, "doctor");

  /* The mapping to keep for next time. */
  mapping = sk_staff_import_get_mapping (imp);
  g_assert_true (g_strv_contains ((const char * const *) mapping, "Аты-жөні=name"));

  /* The whole import is one undo step. */
  g_assert_true (sk_proposal_undo (p, &error));
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_STAFF), ==, 0);
}

static void
test_reimport_updates (void)
{
  g_autoptr (SkProposal) p = new_proposal ("again.seriktes");
  g_autoptr (GError) error = NULL;
  const char *first = "Name,Side,Institution,Degree,FTE\n"
                      "Anna Bauer,foreign,Mendeleev University,PhD,1\n"
                      "Erik Berg,foreign,Mendeleev University,master,1\n"
                      "Dana Omar,kazakh,Taraz University,candidate of sciences,1\n";
  const char *second = "Name,Side,Institution,Degree,FTE\n"
                       "anna  bauer,foreign,MUCTR,PhD,1\n"            /* the same person */
                       "Erik Berg,foreign,Mendeleev University,PhD,0.5\n" /* changed */
                       "Dana Omar,kazakh,Taraz University,Candidate of Sciences,1\n"
                       "Dana Omar,foreign,Mendeleev University,PhD,1\n" /* another institution: new */
                       "Lars Holm,foreign,Mendeleev University,doktor,1\n"
                       "Lars Holm,foreign,Mendeleev University,PhD,1\n";

  {
    g_autoptr (SkStaffImport) imp = import_text (p, first, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (sk_staff_import_apply (imp, p, &error));
  }
  {
    g_autoptr (SkStaffImport) imp = import_text (p, second, NULL, &error);
    g_autofree char *summary = sk_staff_import_summary (imp);
    SkImportRow *lars;

    g_assert_cmpstr (summary, ==, "New: 1, updated: 1, unchanged: 2, refused: 2");
    lars = sk_staff_import_rows (imp)->pdata[4];
    /* The allowed values are listed. */
    g_assert_nonnull (strstr (lars->errors->pdata[0], "“doktor”"));
    g_assert_nonnull (strstr (lars->errors->pdata[0], "“Candidate of Sciences”"));
    lars = sk_staff_import_rows (imp)->pdata[5];
    g_assert_nonnull (strstr (lars->errors->pdata[0], "row 6"));
    g_assert_true (sk_staff_import_apply (imp, p, &error));
  }
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_STAFF), ==, 4);
  g_assert_cmpstr (sk_record_get_string (staff_named (p, "Erik Berg"), "degree"), ==, "phd");
  g_assert_cmpint (sk_record_get_int (staff_named (p, "Erik Berg"), "fte_milli", 0), ==, 500);
}

static void
test_mapping (void)
{
  g_autoptr (SkProposal) p = new_proposal ("map.seriktes");
  g_autoptr (GError) error = NULL;
  const char *text = "Lecturer;Party;Works at;Passport\n"
                     "Nurlan Ali;Қазақстандық;Taraz University;KZ\n"
                     "Mia Wong;Шетелдік тарап;Mendeleev University;CN\n";
  const char *map[] = { "Lecturer=name", "party=side", "3=institution", "Passport=citizenship", NULL };
  const char *bad_field[] = { "Party=colour", NULL };
  const char *bad_column[] = { "Nope=name", NULL };

  {
    g_autoptr (SkStaffImport) imp = import_text (p, text, map, &error);
    g_autofree char *summary = NULL;
    g_assert_no_error (error);
    summary = sk_staff_import_summary (imp);
    g_assert_cmpstr (summary, ==, "New: 2, updated: 0, unchanged: 0, refused: 0");
    g_assert_cmpstr (sk_staff_import_column_field (imp, 1), ==, "side");
    g_assert_true (sk_staff_import_apply (imp, p, &error));
    g_assert_cmpstr (sk_record_get_string (staff_named (p, "Mia Wong"), "side"), ==, "foreign");
    g_assert_cmpstr (sk_record_get_string (staff_named (p, "Mia Wong"), "citizenship"), ==, "CN");
  }
  /* A remembered mapping: what fits is used, the rest left out. */
  {
    const char *remembered[] = { "Lecturer=name", "party=side", "Gone=degree", "Passport=colour", NULL };
    g_autoptr (SkStaffImport) imp = sk_staff_import_new_full (p, (const guint8 *) text, strlen (text),
                                                              NULL, remembered, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (sk_staff_import_column_field (imp, 0), ==, "name");
    g_assert_cmpstr (sk_staff_import_column_field (imp, 1), ==, "side");
    g_assert_null (sk_staff_import_column_field (imp, 3));
  }
  g_assert_null (import_text (p, text, bad_field, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "teaching-years"));
  g_clear_error (&error);
  g_assert_null (import_text (p, text, bad_column, &error));
  g_assert_nonnull (strstr (error->message, "“Nope”"));
}

/* ---- encodings, XLSX ---- */

static void
test_encodings (void)
{
  g_autoptr (SkProposal) p = new_proposal ("enc.seriktes");
  const char *utf8 = "ФИО;Сторона;Учёная степень\r\nАхметов Бекзат;казахстанская;кандидат наук\r\n";
  g_autoptr (GError) error = NULL;
  gsize n = 0;
  g_autofree char *cp1251 = g_convert (utf8, -1, "CP1251", "UTF-8", NULL, &n, &error);
  g_autofree char *utf16 = NULL;
  gsize n16 = 0;

  g_assert_no_error (error);
  {
    g_autoptr (SkStaffImport) imp = sk_staff_import_new (p, (const guint8 *) cp1251, n, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpint (row_of (imp, "Ахметов Бекзат")->status, ==, SK_IMPORT_NEW);
  }
  {
    g_autofree char *body = g_convert (utf8, -1, "UTF-16LE", "UTF-8", NULL, &n16, &error);
    g_autoptr (SkStaffImport) imp = NULL;
    utf16 = g_malloc (n16 + 2);
    memcpy (utf16, "\xff\xfe", 2);
    memcpy (utf16 + 2, body, n16);
    imp = sk_staff_import_new (p, (const guint8 *) utf16, n16 + 2, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (sk_record_get_string (row_of (imp, "Ахметов Бекзат")->record, "degree"), ==, "candidate");
  }
}

static char *
write_xlsx_fixture (const char *name, guint n_people)
{
  char *path = sk_test_tmp_path (name);
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, NULL);
  const char *head[] = { "Full name", "Side", "Institution", "Citizenship", "Degree", "Academic title", "Teaching years", "FTE" };

  for (guint c = 0; c < G_N_ELEMENTS (head); c++)
    worksheet_write_string (ws, 0, (lxw_col_t) c, head[c], NULL);
  for (guint i = 0; i < n_people; i++)
    {
      g_autofree char *who = g_strdup_printf ("Lecturer %05u", i);
      worksheet_write_string (ws, i + 1, 0, who, NULL);
      worksheet_write_string (ws, i + 1, 1, i % 4 == 0 ? "Foreign side" : "Kazakhstani side", NULL);
      worksheet_write_string (ws, i + 1, 2, i % 4 == 0 ? "Mendeleev University" : "Taraz University", NULL);
      worksheet_write_string (ws, i + 1, 3, i % 4 == 0 ? "RU" : "KZ", NULL);
      worksheet_write_string (ws, i + 1, 4, i % 3 ? "PhD" : "кандидат наук", NULL);
      worksheet_write_string (ws, i + 1, 5, i % 5 ? "доцент" : "Professor", NULL);
      worksheet_write_number (ws, i + 1, 6, i % 30, NULL);
      worksheet_write_number (ws, i + 1, 7, i % 2 ? 0.5 : 1, NULL);
    }
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
  return path;
}

static void
test_xlsx (void)
{
  g_autoptr (SkProposal) p = new_proposal ("xlsx.seriktes");
  g_autofree char *path = write_xlsx_fixture ("staff.xlsx", 40);
  g_autoptr (SkStaffImport) imp = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *summary = NULL;

  imp = sk_staff_import_new_from_file (p, path, NULL, &error);
  g_assert_no_error (error);
  summary = sk_staff_import_summary (imp);
  g_assert_cmpstr (summary, ==, "New: 40, updated: 0, unchanged: 0, refused: 0");
  g_assert_true (sk_staff_import_apply (imp, p, &error));
  g_assert_cmpint (sk_record_get_int (staff_named (p, "Lecturer 00001"), "fte_milli", 0), ==, 500);
  g_assert_cmpint (sk_record_get_int (staff_named (p, "Lecturer 00029"), "teaching_years", 0), ==, 29);
  g_assert_cmpstr (sk_record_get_string (staff_named (p, "Lecturer 00004"), "side"), ==, "foreign");
}

/* A workbook saved by LibreOffice Calc (tests/fixtures): a title row, an
 * empty row, then the headings. */
static void
test_xlsx_libreoffice (void)
{
  g_autoptr (SkProposal) p = new_proposal ("lo.seriktes");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "staff-libreoffice.xlsx", NULL);
  g_autoptr (SkStaffImport) imp = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *summary = NULL;
  SkRecord *r;

  imp = sk_staff_import_new_from_file (p, path, NULL, &error);
  g_assert_no_error (error);
  summary = sk_staff_import_summary (imp);
  g_assert_cmpstr (summary, ==, "New: 4, updated: 0, unchanged: 0, refused: 0");
  g_assert_true (sk_staff_import_apply (imp, p, &error));
  r = staff_named (p, "Ivan Petrov");
  g_assert_cmpstr (sk_record_get_string (r, "side"), ==, "foreign");
  g_assert_cmpstr (sk_record_get_string (r, "degree"), ==, "doctor");
  g_assert_cmpstr (sk_record_get_string (r, "academic_title"), ==, "professor");
  g_assert_cmpint (sk_record_get_int (r, "fte_milli", 0), ==, 500);
  r = staff_named (p, "Anna Schmidt");
  g_assert_cmpstr (sk_record_get_string (r, "side"), ==, "foreign"); /* by citizenship */
  g_assert_cmpstr (sk_record_get_string (r, "academic_title"), ==, "associate_professor");
  g_assert_cmpint (sk_record_get_int (staff_named (p, "Нұрланов Бекзат"), "teaching_years", 0), ==, 4);
}

/* ---- bad input: refused whole, the proposal unchanged ---- */

static void
assert_refused (SkProposal *p, const guint8 *data, gsize length, const char *expected)
{
  g_autofree char *before = sk_test_file_digest (sk_proposal_get_path (p));
  g_autoptr (GError) error = NULL;
  g_autoptr (SkStaffImport) imp = sk_staff_import_new (p, data, length, NULL, &error);
  g_autofree char *after = NULL;

  g_assert_null (imp);
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  if (g_test_verbose ())
    g_printerr ("%s\n", error->message);
  g_assert_nonnull (strstr (error->message, expected));
  after = sk_test_file_digest (sk_proposal_get_path (p));
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_STAFF), ==, 0);
}

static void
test_bad_input (void)
{
  g_autoptr (SkProposal) p = new_proposal ("bad.seriktes");
  const char *ranking = "Rank,Institution,Country\n1,MIT,US\n2,Oxford,UK\n";
  const guint8 binary[] = { 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x00, 0x13 };
  const guint8 zip[] = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3 };

  /* Not a staff list (a ranking table). */
  assert_refused (p, (const guint8 *) ranking, strlen (ranking), "does not look like a staff list");
  assert_refused (p, (const guint8 *) "", 0, "empty");
  assert_refused (p, binary, sizeof binary, "encoding");
  /* A damaged XLSX. */
  assert_refused (p, zip, sizeof zip, "");
  /* 100,000 rows. */
  {
    GString *big = g_string_new ("Name,Side\n");
    for (guint i = 0; i < 100000; i++)
      g_string_append_printf (big, "Person %u,kazakh\n", i);
    assert_refused (p, (const guint8 *) big->str, big->len, "100001 rows");
    g_string_free (big, TRUE);
  }
  /* A 10 MB cell. */
  {
    GString *big = g_string_new ("Name,Side\nAnna,");
    for (guint i = 0; i < 10 * 1024 * 1024; i++)
      g_string_append_c (big, 'x');
    g_string_append (big, "\n");
    assert_refused (p, (const guint8 *) big->str, big->len, "Row 2, column 2");
    g_string_free (big, TRUE);
  }
  /* A folder and a FIFO are not read. */
  {
    g_autoptr (GError) error = NULL;
    g_autofree char *dir = g_path_get_dirname (sk_proposal_get_path (p));
    g_assert_null (sk_staff_import_new_from_file (p, dir, NULL, &error));
    g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO);
  }
}

/* A block pasted into the staff table: no headings, the table's columns. */
static void
test_paste_block (void)
{
  g_autoptr (SkProposal) p = new_proposal ("paste.seriktes");
  g_autoptr (GError) error = NULL;
  const char *columns[] = { "name", "side", "institution", "degree", "fte", NULL };
  g_autofree char *summary = NULL;

  {
    g_autoptr (SkStaffImport) imp = sk_staff_import_new_from_block (
      p, "Anna Bauer\tforeign\tMUCTR\tPhD\t1\r\nDana Omar\t\tТарУ\tкандидат наук\t0,5\r\n", columns, &error);
    g_assert_no_error (error);
    summary = sk_staff_import_summary (imp);
    g_assert_cmpstr (summary, ==, "New: 2, updated: 0, unchanged: 0, refused: 0");
    g_assert_true (sk_staff_import_apply (imp, p, &error));
    g_assert_cmpstr (sk_record_get_string (staff_named (p, "Dana Omar"), "side"), ==, "kazakh");
  }
  /* Pasted again with a change: updated, not added. */
  {
    g_autoptr (SkStaffImport) imp = sk_staff_import_new_from_block (p, "Dana Omar\tkazakh\tТарУ\tPhD\t0,5\n", columns, &error);
    g_autofree char *again = sk_staff_import_summary (imp);
    g_assert_cmpstr (again, ==, "New: 0, updated: 1, unchanged: 0, refused: 0");
  }
  /* Wider than the table: refused. */
  g_assert_null (sk_staff_import_new_from_block (p, "a\tb\tc\td\te\tf\n", columns, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  {
    const char *no_name[] = { "side", NULL };
    g_assert_null (sk_staff_import_new_from_block (p, "kazakh\n", no_name, &error));
  }
}

/* ---- export ---- */

static void
test_export (void)
{
  g_autoptr (SkProposal) p = new_proposal ("export.seriktes");
  g_autoptr (GError) error = NULL;
  g_autofree char *csv = sk_test_tmp_path ("staff.csv");
  g_autofree char *xlsx = sk_test_tmp_path ("staff.xlsx");
  g_autofree char *text = NULL;
  const char *list = "Name,Side,Institution,FTE\n=cmd(),foreign,Mendeleev University,0.25\nAnna; Bauer,kazakh,Taraz University,1\n";

  {
    g_autoptr (SkStaffImport) imp = import_text (p, list, NULL, &error);
    g_assert_true (sk_staff_import_apply (imp, p, &error));
  }
  for (guint t = 0; sk_export_table_names ()[t]; t++)
    {
      g_autoptr (GPtrArray) table = sk_export_table (p, sk_export_table_names ()[t], NULL, "ru", &error);
      g_assert_no_error (error);
      g_assert_cmpuint (table->len, >=, 1);
    }
  {
    g_autoptr (GPtrArray) table = sk_export_table (p, "staff", NULL, "ru", &error);
    g_assert_true (sk_export_write (table, csv, "ru", &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
    g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbf"));
    /* A formula is kept text; the separator in a cell is quoted. */
    g_assert_nonnull (strstr (text, "\"'=cmd()\";"));
    g_assert_nonnull (strstr (text, "\"Anna; Bauer\""));
    g_assert_nonnull (strstr (text, ";0,25;"));

    g_assert_true (sk_export_write (table, xlsx, "ru", &error));
  }
  /* The workbook reads back. */
  {
    g_autofree char *data = NULL;
    gsize n = 0;
    g_autoptr (GPtrArray) rows = NULL;
    g_assert_true (g_file_get_contents (xlsx, &data, &n, NULL));
    rows = sk_xlsx_read_first_sheet ((const guint8 *) data, n, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (rows->len, ==, 3);
    g_assert_cmpstr (((SkXlsxRow *) rows->pdata[1])->cells->pdata[0], ==, "=cmd()");
    g_assert_cmpstr (((SkXlsxRow *) rows->pdata[1])->cells->pdata[8], ==, "0.25");
  }
  /* Neither .csv nor .xlsx; an unknown table. */
  {
    g_autoptr (GPtrArray) table = sk_export_table (p, "staff", NULL, "en", &error);
    g_autofree char *odd = sk_test_tmp_path ("staff.ods");
    g_assert_false (sk_export_write (table, odd, "en", &error));
    g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
    g_assert_false (g_file_test (odd, G_FILE_TEST_EXISTS));
    g_clear_error (&error);
    g_assert_null (sk_export_table (p, "money", NULL, "en", &error));
  }
}

int
main (int argc, char **argv)
{
  sk_init_i18n ();
  sk_core_ensure_resources ();
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sk/staff-import/hr-export", test_hr_export);
  g_test_add_func ("/sk/staff-import/reimport-updates", test_reimport_updates);
  g_test_add_func ("/sk/staff-import/mapping", test_mapping);
  g_test_add_func ("/sk/staff-import/encodings", test_encodings);
  g_test_add_func ("/sk/staff-import/xlsx", test_xlsx);
  g_test_add_func ("/sk/staff-import/xlsx-libreoffice", test_xlsx_libreoffice);
  g_test_add_func ("/sk/staff-import/bad-input", test_bad_input);
  g_test_add_func ("/sk/staff-import/paste-block", test_paste_block);
  g_test_add_func ("/sk/staff-import/export", test_export);
  return g_test_run ();
}
