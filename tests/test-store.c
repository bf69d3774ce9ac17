/* test-store.c: opening files that are not what they should be */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sk-error.h"
#include "sk-init.h"
#include "sk-proposal.h"
#include "sk-store.h"
#include "sk-test-util.h"

/* A small but complete proposal to damage. */
static char *
make_proposal (const char *name)
{
  char *path = sk_test_tmp_path (name);
  g_autoptr (SkProposal) p = sk_test_full_proposal (path);
  return path;
}

static void
raw_exec (const char *path, const char *sql)
{
  sqlite3 *db = NULL;
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* Opens @path both ways and checks the error and that nothing changed. */
static void
assert_refused (const char *path, int code)
{
  g_autofree char *before = sk_test_file_digest (path);
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);

  g_assert_null (p);
  g_assert_error (error, SK_PROPOSAL_ERROR, code);
  g_assert_nonnull (error->message);
  g_test_message ("%s", error->message);
  if (code != SK_PROPOSAL_ERROR_READ_ONLY)
    {
      g_clear_error (&error);
      p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
      g_assert_null (p);
      g_assert_error (error, SK_PROPOSAL_ERROR, code);
    }
  after = sk_test_file_digest (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_empty (void)
{
  g_autofree char *path = sk_test_tmp_path ("empty.seriktes");
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  assert_refused (path, SK_PROPOSAL_ERROR_NOT_PROPOSAL);
  g_assert_cmpint (g_file_test (path, G_FILE_TEST_EXISTS), ==, TRUE);
}

static void
test_random (void)
{
  g_autofree char *path = sk_test_tmp_path ("random.seriktes");
  g_autofree guint32 *data = g_new (guint32, 4096);

  for (guint i = 0; i < 4096; i++)
    data[i] = g_test_rand_int ();
  g_assert_true (g_file_set_contents (path, (char *) data, 4096 * 4, NULL));
  assert_refused (path, SK_PROPOSAL_ERROR_NOT_PROPOSAL);

  /* The right header on random pages. */
  memcpy (data, "SQLite format 3", 16);
  g_assert_true (g_file_set_contents (path, (char *) data, 4096 * 4, NULL));
  assert_refused (path, SK_PROPOSAL_ERROR_NOT_PROPOSAL);
}

static void
test_truncated (void)
{
  g_autofree char *full = make_proposal ("full.seriktes");
  g_autofree char *path = sk_test_tmp_path ("truncated.seriktes");
  g_autofree char *data = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (full, &data, &len, NULL));
  g_assert_cmpuint (len, >, 8 * 4096);
  /* On a page boundary, and in the middle of a page. */
  g_assert_true (g_file_set_contents (path, data, (gssize) (len / 2 / 4096 * 4096), NULL));
  assert_refused (path, SK_PROPOSAL_ERROR_DAMAGED);
  g_assert_true (g_file_set_contents (path, data, (gssize) (len / 2 + 100), NULL));
  assert_refused (path, SK_PROPOSAL_ERROR_DAMAGED);
}

static void
test_other_application (void)
{
  g_autofree char *path = sk_test_tmp_path ("other.db");
  raw_exec (path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); "
                  "INSERT INTO notes (body) VALUES ('hello');");
  assert_refused (path, SK_PROPOSAL_ERROR_NOT_PROPOSAL);

  /* Another application's id. */
  raw_exec (path, "PRAGMA application_id = 1234;");
  assert_refused (path, SK_PROPOSAL_ERROR_NOT_PROPOSAL);
}

static void
test_future_version (void)
{
  g_autofree char *path = make_proposal ("future.seriktes");
  raw_exec (path, "PRAGMA user_version = 99;");
  assert_refused (path, SK_PROPOSAL_ERROR_NEWER_VERSION);
}

static void
test_extra_trigger (void)
{
  g_autofree char *path = make_proposal ("trigger.seriktes");
  raw_exec (path, "CREATE TRIGGER evil AFTER UPDATE ON institution "
                  "BEGIN DELETE FROM staff_member; END;");
  assert_refused (path, SK_PROPOSAL_ERROR_UNEXPECTED_SCHEMA);
}

static void
test_extra_view (void)
{
  g_autofree char *path = make_proposal ("view.seriktes");
  raw_exec (path, "CREATE VIEW institution_names AS SELECT name_en FROM institution;");
  assert_refused (path, SK_PROPOSAL_ERROR_UNEXPECTED_SCHEMA);
}

static void
test_extra_table (void)
{
  g_autofree char *path = make_proposal ("table.seriktes");
  raw_exec (path, "CREATE TABLE sneaky (x TEXT);");
  assert_refused (path, SK_PROPOSAL_ERROR_UNEXPECTED_SCHEMA);
}

static void
test_bad_value (void)
{
  g_autofree char *path = make_proposal ("badvalue.seriktes");
  raw_exec (path, "UPDATE institution SET role = 'pirate' WHERE id = 1;");
  assert_refused (path, SK_PROPOSAL_ERROR_DAMAGED);
}

static void
test_dangling_reference (void)
{
  g_autofree char *path = make_proposal ("dangling.seriktes");
  raw_exec (path, "PRAGMA foreign_keys = OFF; UPDATE staff_member SET institution_id = 4242;");
  assert_refused (path, SK_PROPOSAL_ERROR_DAMAGED);
}

static void
test_missing_info (void)
{
  g_autofree char *path = make_proposal ("noinfo.seriktes");
  raw_exec (path, "DELETE FROM proposal;");
  assert_refused (path, SK_PROPOSAL_ERROR_DAMAGED);
}

static void
test_read_only (void)
{
  g_autofree char *path = make_proposal ("readonly.seriktes");
  g_autoptr (SkProposal) p = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  assert_refused (path, SK_PROPOSAL_ERROR_READ_ONLY);

  /* For viewing it opens, and refuses edits. */
  before = sk_test_file_digest (path);
  p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (sk_proposal_is_read_only (p));
  g_assert_false (sk_proposal_set (p, "proposal", 1, "title_en", g_variant_new_string ("x"), &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_READ_ONLY);
  g_clear_object (&p);
  after = sk_test_file_digest (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_directory (void)
{
  g_autofree char *path = sk_test_tmp_path ("folder.seriktes");
  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  assert_refused (path, SK_PROPOSAL_ERROR_IO);
}

static void
test_missing (void)
{
  g_autofree char *path = sk_test_tmp_path ("nothing-here.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);

  g_assert_null (p);
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_create_refuses_existing (void)
{
  g_autofree char *path = make_proposal ("exists.seriktes");
  g_autofree char *before = sk_test_file_digest (path);
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_create (path, &error);

  g_assert_null (p);
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_EXISTS);
  after = sk_test_file_digest (path);
  g_assert_cmpstr (before, ==, after);
}

/* The migration path: a file of version 1 meets a program that knows
 * version 2, is upgraded in place, and the new table is there. */
static void
test_migration (void)
{
  g_autofree char *path = make_proposal ("migrate.seriktes");
  guint n_real;
  const SkMigration *real = sk_store_migrations (&n_real);
  SkMigration steps[8];
  g_autoptr (GError) error = NULL;
  sqlite3 *db;
  sqlite3_stmt *stmt;

  g_assert_cmpuint (n_real, <, G_N_ELEMENTS (steps) - 1);
  memcpy (steps, real, n_real * sizeof *real);
  steps[n_real].version = real[n_real - 1].version + 1;
  steps[n_real].sql = "CREATE TABLE future_event (id INTEGER PRIMARY KEY, status TEXT NOT NULL) STRICT;"
                      "INSERT INTO future_event (status) SELECT status FROM proposal;";

  db = sk_store_open_full (path, FALSE, steps, n_real + 1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT status FROM future_event", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "draft");
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  /* Opened again with the same steps: already current, verified. */
  db = sk_store_open_full (path, FALSE, steps, n_real + 1, &error);
  g_assert_no_error (error);
  sqlite3_close (db);

  /* This program (version 1 only) refuses it now, untouched. */
  assert_refused (path, SK_PROPOSAL_ERROR_NEWER_VERSION);
}

/* A file of version 1, written as the first release wrote it. */
static char *
make_v1 (const char *name)
{
  char *path = sk_test_tmp_path (name);
  g_autoptr (GBytes) v1 = NULL;
  g_autofree char *sql = NULL;

  sk_core_ensure_resources ();
  v1 = g_resources_lookup_data ("/kz/seriktes/core/schema/v1.sql", G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  sql = g_strdup_printf ("%s PRAGMA application_id = %d; PRAGMA user_version = 1; "
                         "INSERT INTO proposal (id, status, title_kk) VALUES (1, 'draft', 'Бірінші нұсқа');"
                         "INSERT INTO institution (id, role, name_en) VALUES (1, 'foreign_ohpe', 'Old University');",
                         (const char *) g_bytes_get_data (v1, NULL), (int) SK_APPLICATION_ID);
  raw_exec (path, sql);
  return path;
}

/* The real path from version 1: opened for editing, the file is brought
 * up to date; opened for viewing, it is read as it is and left alone. */
static void
test_v1_file (void)
{
  g_autofree char *path = make_v1 ("v1.seriktes");
  g_autofree char *before = sk_test_file_digest (path);
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (sk_record_get_string (sk_proposal_get_info (p), "title_kk"), ==, "Бірінші нұсқа");
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_STATUS_EVENT), ==, 0);
  g_clear_object (&p);
  after = sk_test_file_digest (path);
  g_assert_cmpstr (before, ==, after);

  p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sk_record_get_string (sk_proposal_get_info (p), "title_kk"), ==, "Бірінші нұсқа");
  g_assert_nonnull (sk_proposal_lookup (p, SK_KIND_INSTITUTION, 1));
  g_assert_true (sk_proposal_set (p, "proposal", 1, "languages", g_variant_new_string ("kk, en"), &error));
  g_clear_object (&p);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, SK_SCHEMA_VERSION);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* A failed migration leaves the file as it was. */
static void
test_migration_failure (void)
{
  g_autofree char *path = make_proposal ("migrate-fail.seriktes");
  g_autofree char *before = sk_test_file_digest (path);
  g_autofree char *after = NULL;
  guint n_real;
  const SkMigration *real = sk_store_migrations (&n_real);
  SkMigration steps[8];
  g_autoptr (GError) error = NULL;
  sqlite3 *db;

  memcpy (steps, real, n_real * sizeof *real);
  steps[n_real].version = real[n_real - 1].version + 1;
  steps[n_real].sql = "CREATE TABLE half (x TEXT) STRICT; SELECT no_such_function();";
  db = sk_store_open_full (path, FALSE, steps, n_real + 1, &error);
  g_assert_null (db);
  g_assert_nonnull (error);
  after = sk_test_file_digest (path);
  g_assert_cmpstr (before, ==, after);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sk/store/empty", test_empty);
  g_test_add_func ("/sk/store/random", test_random);
  g_test_add_func ("/sk/store/truncated", test_truncated);
  g_test_add_func ("/sk/store/other-application", test_other_application);
  g_test_add_func ("/sk/store/future-version", test_future_version);
  g_test_add_func ("/sk/store/extra-trigger", test_extra_trigger);
  g_test_add_func ("/sk/store/extra-view", test_extra_view);
  g_test_add_func ("/sk/store/extra-table", test_extra_table);
  g_test_add_func ("/sk/store/bad-value", test_bad_value);
  g_test_add_func ("/sk/store/dangling-reference", test_dangling_reference);
  g_test_add_func ("/sk/store/missing-info", test_missing_info);
  g_test_add_func ("/sk/store/read-only", test_read_only);
  g_test_add_func ("/sk/store/directory", test_directory);
  g_test_add_func ("/sk/store/missing", test_missing);
  g_test_add_func ("/sk/store/create-refuses-existing", test_create_refuses_existing);
  g_test_add_func ("/sk/store/migration", test_migration);
  g_test_add_func ("/sk/store/migration-failure", test_migration_failure);
  g_test_add_func ("/sk/store/v1-file", test_v1_file);

  return g_test_run ();
}
