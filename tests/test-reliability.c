/* test-reliability.c: the proposal file when something else happens to it
 * at the same time or before: another connection holding a lock or
 * committing, a crash leaving a journal, a log or temporary files behind,
 * damage that only a full integrity check sees, a file replaced. */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include "sk-error.h"
#include "sk-json.h"
#include "sk-proposal.h"
#include "sk-review.h"
#include "sk-store.h"
#include "sk-test-util.h"

static char *
make_proposal (const char *name)
{
  char *path = sk_test_tmp_path (name);
  g_autoptr (SkProposal) p = sk_test_full_proposal (path);
  return path;
}

static char *
copy_example (const char *example, const char *name)
{
  g_autofree char *src = g_build_filename (g_getenv ("SK_EXAMPLES_DIR"), example, NULL);
  char *path = sk_test_tmp_path (name);
  g_autofree char *data = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (src, &data, &len, NULL));
  g_assert_true (g_file_set_contents (path, data, (gssize) len, NULL));
  return path;
}

static sqlite3 *
raw_open (const char *path)
{
  sqlite3 *db = NULL;
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  return db;
}

static void
raw_exec (sqlite3 *db, const char *sql)
{
  char *message = NULL;
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static char *
raw_text (const char *path, const char *sql)
{
  sqlite3 *db = raw_open (path);
  sqlite3_stmt *stmt = NULL;
  char *out = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0))
    out = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return out;
}

static char *
json_of (SkProposal *p)
{
  return sk_json_export_string (p, FALSE);
}

static char *
file_json (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  return json_of (p);
}

static gboolean
exists_beside (const char *path, const char *suffix)
{
  g_autofree char *side = g_strconcat (path, suffix, NULL);
  return g_file_test (side, G_FILE_TEST_EXISTS);
}

static void
set_title (SkProposal *p, const char *title, GError **error)
{
  sk_proposal_set (p, SK_KIND_PROPOSAL, 1, "title_en", g_variant_new_string (title), error);
}

/* A child process changes the file in a large transaction (the cache
 * spills, so the file itself is written) and dies without committing:
 * beside the file stays a hot journal, as after a crash. */
static void
crash_in_transaction (const char *path)
{
  pid_t pid = fork ();
  int status = 0;

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      sqlite3 *db = NULL;
      if (sqlite3_open (path, &db) != SQLITE_OK ||
          sqlite3_exec (db, "PRAGMA cache_size = 5; BEGIN; PRAGMA user_version = 2;", NULL, NULL, NULL) != SQLITE_OK)
        _exit (1);
      for (int i = 0; i < 3000; i++)
        {
          g_autofree char *sql = g_strdup_printf ("INSERT INTO staff_member (name, side, fte_milli) "
                                                  "VALUES ('%0200d', 'kazakh', 1000)", i);
          if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
            _exit (1);
        }
      _exit (0); /* no commit, no rollback, no close */
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_true (exists_beside (path, "-journal"));
}

/* ---- D11: a commit refused by a busy file leaves nothing open ---- */

static void
test_busy_commit (void)
{
  g_autofree char *path = make_proposal ("busy.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  g_autofree char *before = NULL;
  g_autofree char *title = NULL;
  sqlite3 *reader;

  g_assert_no_error (error);
  before = json_of (p);

  /* Another program reads (a shared lock): the commit cannot take the
   * exclusive lock; the edit is refused clearly and leaves nothing. */
  reader = raw_open (path);
  raw_exec (reader, "BEGIN; SELECT count(*) FROM staff_member;");
  set_title (p, "Refused", &error);
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_BUSY);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  {
    g_autofree char *now = json_of (p);
    g_assert_cmpstr (now, ==, before);
  }

  /* An undo refused the same way stays possible. */
  raw_exec (reader, "COMMIT");
  set_title (p, "First", &error);
  g_assert_no_error (error);
  raw_exec (reader, "BEGIN; SELECT count(*) FROM staff_member;");
  g_assert_false (sk_proposal_undo (p, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_cmpstr (sk_record_get_string (sk_proposal_get_info (p), "title_en"), ==, "First");
  g_assert_true (sk_proposal_can_undo (p));

  /* A group whose commit is refused: nothing of it stays, in memory or
   * in the file. */
  sk_proposal_begin_group (p, "Group");
  set_title (p, "In a group", &error);
  g_assert_no_error (error);
  g_assert_false (sk_proposal_end_group (p, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_cmpstr (sk_record_get_string (sk_proposal_get_info (p), "title_en"), ==, "First");
  raw_exec (reader, "COMMIT");
  sqlite3_close (reader);

  /* Later edits are saved, at once, for every other program to see. */
  set_title (p, "Saved", &error);
  g_assert_no_error (error);
  title = raw_text (path, "SELECT title_en FROM proposal");
  g_assert_cmpstr (title, ==, "Saved");
  g_assert_false (exists_beside (path, "-journal"));
  g_assert_true (sk_proposal_undo (p, &error));
  g_clear_pointer (&title, g_free);
  title = raw_text (path, "SELECT title_en FROM proposal");
  g_assert_cmpstr (title, ==, "First");
}

/* ---- D8: two writers never destroy each other's work ---- */

static SkRecord *
staff_named (SkProposal *p, const char *name)
{
  g_autoptr (SkRecord) r = sk_test_full_record (p, sk_schema_kind (SK_KIND_STAFF), 7);
  sk_record_set_string (r, "name", name);
  return g_steal_pointer (&r);
}

static void
test_two_writers (void)
{
  g_autofree char *path = make_proposal ("two.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) a = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  g_autoptr (SkProposal) b = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  g_autoptr (SkRecord) alice = staff_named (a, "Alice");
  g_autoptr (SkRecord) bob = staff_named (b, "Bob");
  g_autofree char *count = NULL;
  gint64 id_a, id_b;
  guint changed = 0;

  g_assert_no_error (error);
  id_a = sk_proposal_insert (a, alice, &error);
  g_assert_no_error (error);

  /* B's view is out of date: its insert is refused, and B now shows the
   * file as it is (with Alice). */
  g_signal_connect_swapped (b, "changed", G_CALLBACK (g_atomic_int_inc), &changed);
  g_assert_cmpint (sk_proposal_insert (b, bob, &error), ==, 0);
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_CHANGED);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_nonnull (sk_proposal_lookup (b, SK_KIND_STAFF, id_a));
  g_assert_false (sk_proposal_can_undo (b));

  /* Again: Bob gets the next id in the file, Alice stays. */
  id_b = sk_proposal_insert (b, bob, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id_b, ==, id_a + 1);
  count = raw_text (path, "SELECT group_concat(name, ',') FROM staff_member WHERE name IN ('Alice', 'Bob')");
  g_assert_cmpstr (count, ==, "Alice,Bob");

  /* A's undo would delete what it no longer knows the state of: refused,
   * and Bob stays. */
  g_assert_false (sk_proposal_undo (a, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_CHANGED);
  g_clear_error (&error);
  g_assert_nonnull (sk_proposal_lookup (a, SK_KIND_STAFF, id_b));
  g_clear_pointer (&count, g_free);
  count = raw_text (path, "SELECT count(*) FROM staff_member WHERE name IN ('Alice', 'Bob')");
  g_assert_cmpstr (count, ==, "2");

  /* Field edits of the same record, one after the other, both reach the
   * file: the second is made on the first's result. */
  g_assert_true (sk_proposal_set (a, SK_KIND_STAFF, id_b, "teaching_years", g_variant_new_int64 (55), &error));
  g_assert_false (sk_proposal_set (b, SK_KIND_STAFF, id_b, "practice_years", g_variant_new_int64 (66), &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_CHANGED);
  g_clear_error (&error);
  g_assert_cmpint (sk_record_get_int (sk_proposal_lookup (b, SK_KIND_STAFF, id_b), "teaching_years", 0), ==, 55);
  g_assert_true (sk_proposal_set (b, SK_KIND_STAFF, id_b, "practice_years", g_variant_new_int64 (66), &error));
  g_clear_pointer (&count, g_free);
  count = raw_text (path, "SELECT teaching_years || '/' || practice_years FROM staff_member WHERE name = 'Bob'");
  g_assert_cmpstr (count, ==, "55/66");
}

/* The window open while the CLI submits: its next edit must not bring
 * the proposal back to a draft. */
static void
test_submitted_elsewhere (void)
{
  g_autofree char *path = copy_example ("caspian-tu-berlin.seriktes", "submit.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) window = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  g_autoptr (SkProposal) cli = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  g_autofree char *status = NULL;
  g_autofree char *fingerprint = NULL;

  g_assert_no_error (error);
  g_assert_true (sk_review_transition (cli, "submitted", "Rector", NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&cli);

  set_title (window, "Changed after submission", &error);
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_CHANGED);
  g_clear_error (&error);
  g_assert_true (sk_proposal_is_frozen (window));
  set_title (window, "Changed after submission", &error);
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_FROZEN);

  status = raw_text (path, "SELECT status FROM proposal");
  fingerprint = raw_text (path, "SELECT fingerprint FROM proposal");
  g_assert_cmpstr (status, ==, "submitted");
  g_assert_nonnull (fingerprint);
}

static void
test_refresh (void)
{
  g_autofree char *path = make_proposal ("refresh.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) a = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  g_autoptr (SkProposal) viewer = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_autoptr (SkProposal) b = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  SkRecord *kept = sk_proposal_lookup (a, SK_KIND_INSTITUTION, 1);
  guint changed = 0;

  g_assert_no_error (error);
  g_signal_connect_swapped (a, "changed", G_CALLBACK (g_atomic_int_inc), &changed);
  g_assert_true (sk_proposal_refresh (a, &error));
  g_assert_cmpuint (changed, ==, 0);

  set_title (b, "From elsewhere", &error);
  g_assert_true (sk_proposal_delete (b, SK_KIND_STAFF, 2, &error));
  g_assert_no_error (error);
  g_assert_true (sk_proposal_refresh (a, &error));
  g_assert_true (sk_proposal_refresh (viewer, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (sk_record_get_string (sk_proposal_get_info (a), "title_en"), ==, "From elsewhere");
  g_assert_cmpstr (sk_record_get_string (sk_proposal_get_info (viewer), "title_en"), ==, "From elsewhere");
  g_assert_null (sk_proposal_lookup (a, SK_KIND_STAFF, 2));
  /* Records that are still there are the same objects (pages hold them). */
  g_assert_true (sk_proposal_lookup (a, SK_KIND_INSTITUTION, 1) == kept);
  /* And an edit after the refresh is saved. */
  set_title (a, "Mine", &error);
  g_assert_no_error (error);
}

/* After Save As the proposal continues in the copy, and notices another
 * program's change there too. */
static void
test_save_as_then_elsewhere (void)
{
  g_autofree char *path = make_proposal ("before-save-as.seriktes");
  g_autofree char *copy = sk_test_tmp_path ("after-save-as.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  g_autoptr (SkProposal) other = NULL;

  g_assert_true (sk_proposal_save_as (p, copy, &error));
  set_title (p, "In the copy", &error);
  g_assert_no_error (error);
  other = sk_proposal_open (copy, SK_OPEN_DEFAULT, &error);
  set_title (other, "From elsewhere", &error);
  g_assert_no_error (error);
  set_title (p, "Too late", &error);
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_CHANGED);
  g_assert_cmpstr (sk_record_get_string (sk_proposal_get_info (p), "title_en"), ==, "From elsewhere");
}

/* The PDF worker's copy does not move while the window writes. */
static void
test_snapshot (void)
{
  g_autofree char *path = make_proposal ("snapshot.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  g_autoptr (GBytes) snapshot = sk_proposal_snapshot (p, &error);
  g_autofree char *before = json_of (p);
  g_autofree char *after = NULL;
  g_autoptr (SkProposal) copy = NULL;

  g_assert_no_error (error);
  set_title (p, "Later", &error);
  g_assert_true (sk_proposal_delete (p, SK_KIND_INSTITUTION, 1, &error));
  g_assert_no_error (error);
  copy = sk_proposal_open_snapshot (snapshot, path, &error);
  g_assert_no_error (error);
  g_assert_true (sk_proposal_is_read_only (copy));
  g_assert_cmpstr (sk_proposal_get_path (copy), ==, path);
  after = json_of (copy);
  g_assert_cmpstr (after, ==, before);
}

/* ---- recovery: first recover, then check ---- */

static void
test_hot_journal (void)
{
  g_autofree char *path = make_proposal ("hot.seriktes");
  g_autofree char *expected = file_json (path);
  g_autofree char *digest = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = NULL;

  crash_in_transaction (path);
  digest = sk_test_file_digest (path);

  /* For viewing: not "damaged", but what it is; nothing touched. */
  p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_null (p);
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NEEDS_RECOVERY);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  after = sk_test_file_digest (path);
  g_assert_cmpstr (after, ==, digest);
  g_assert_true (exists_beside (path, "-journal"));

  /* Recovering (the user agreed) brings back the last saved state. */
  g_assert_true (sk_proposal_recover (path, &error));
  g_assert_no_error (error);
  g_assert_false (exists_beside (path, "-journal"));
  g_clear_pointer (&after, g_free);
  after = file_json (path);
  g_assert_cmpstr (after, ==, expected);

  /* Opening for editing recovers by itself. */
  crash_in_transaction (path);
  p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_clear_pointer (&after, g_free);
  after = json_of (p);
  g_assert_cmpstr (after, ==, expected);
}

/* A crash in a commit after page 1 (with the grown page count) was
 * written but before the file grew: the header alone says "cut off",
 * but the journal restores it. The size is checked only after recovery. */
static void
test_crash_after_first_page (void)
{
  g_autofree char *path = make_proposal ("grow.seriktes");
  g_autofree char *expected = file_json (path);
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = NULL;
  guint8 header[100];
  int fd;

  crash_in_transaction (path);
  fd = g_open (path, O_RDWR, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (pread (fd, header, sizeof header, 0), ==, sizeof header);
  header[28] = 0x00, header[29] = 0x10, header[30] = 0x00, header[31] = 0x00; /* 1M pages */
  memcpy (header + 92, header + 24, 4);                                        /* valid for */
  g_assert_cmpint (pwrite (fd, header, sizeof header, 0), ==, sizeof header);
  close (fd);

  p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NEEDS_RECOVERY);
  g_clear_error (&error);
  p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  after = json_of (p);
  g_assert_cmpstr (after, ==, expected);
}

/* An index whose entries no longer match its table: the quick check
 * passes, the open must not. */
static void
test_corrupt_index (void)
{
  g_autofree char *path = make_proposal ("index.seriktes");
  g_autofree char *root = raw_text (path, "SELECT rootpage FROM sqlite_schema WHERE name = 'staff_member_institution_id'");
  g_autofree char *quick = NULL;
  g_autofree char *digest = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = NULL;
  guint8 page[4096];
  int fd, cells, cell;
  off_t offset;

  g_assert_nonnull (root);
  offset = (off_t) (g_ascii_strtoll (root, NULL, 10) - 1) * 4096;
  fd = g_open (path, O_RDWR, 0);
  g_assert_cmpint (pread (fd, page, sizeof page, offset), ==, sizeof page);
  /* A leaf index page; its last cell holds (institution id, rowid): the
   * rowid becomes one that no staff member has. */
  g_assert_cmpint (page[0], ==, 0x0a);
  cells = (page[3] << 8) | page[4];
  g_assert_cmpint (cells, >, 0);
  cell = (page[8 + 2 * (cells - 1)] << 8) | page[9 + 2 * (cells - 1)];
  g_assert_cmpint (page[cell + 1], ==, 3);      /* record header size */
  g_assert_true (page[cell + 2] == 1 || page[cell + 2] == 8 || page[cell + 2] == 9);
  g_assert_cmpint (page[cell + 3], ==, 1);      /* rowid: an 8-bit integer */
  /* institution id: 8-bit, or the constants 0 and 1 (no bytes) */
  page[cell + 4 + (page[cell + 2] == 1 ? 1 : 0)] = 120;
  g_assert_cmpint (pwrite (fd, page, sizeof page, offset), ==, sizeof page);
  close (fd);

  quick = raw_text (path, "PRAGMA quick_check");
  g_assert_cmpstr (quick, ==, "ok");
  digest = sk_test_file_digest (path);
  p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_DAMAGED);
  g_clear_error (&error);
  p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_DAMAGED);
  {
    g_autofree char *after = sk_test_file_digest (path);
    g_assert_cmpstr (after, ==, digest);
  }
}

/* A file in write-ahead-log mode, with committed changes still in the log. */
static void
test_wal (void)
{
  g_autofree char *path = make_proposal ("wal.seriktes");
  g_autofree char *digest = NULL;
  g_autofree char *mode = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = NULL;
  sqlite3 *db = raw_open (path);

  raw_exec (db, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;");
  raw_exec (db, "UPDATE proposal SET title_en = 'Only in the log'");
  /* The database grows in the log: the file alone looks cut off. */
  raw_exec (db, "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
                "INSERT INTO staff_member (name, side, fte_milli) "
                "SELECT printf ('%0300d', i), 'kazakh', 1000 FROM n");
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  sqlite3_close (db);
  g_assert_true (exists_beside (path, "-wal"));
  {
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (shm);
  }
  digest = sk_test_file_digest (path);

  p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NEEDS_RECOVERY);
  g_clear_error (&error);
  g_assert_false (exists_beside (path, "-shm"));
  {
    g_autofree char *after = sk_test_file_digest (path);
    g_assert_cmpstr (after, ==, digest);
  }

  p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sk_record_get_string (sk_proposal_get_info (p), "title_en"), ==, "Only in the log");
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_STAFF), >=, 400);
  g_assert_false (exists_beside (path, "-wal"));
  set_title (p, "Edited", &error);
  g_assert_no_error (error);
  g_clear_object (&p);
  g_assert_false (exists_beside (path, "-wal"));
  mode = raw_text (path, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "delete");
  p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
}

/* ---- replacing a file ---- */

static void
assert_opens_as (const char *path, const char *json)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  g_autofree char *now = NULL;
  g_autofree char *check = NULL;

  g_assert_no_error (error);
  now = json_of (p);
  g_assert_cmpstr (now, ==, json);
  g_clear_object (&p);
  check = raw_text (path, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");
  g_assert_false (exists_beside (path, "-journal"));
}

/* A crash left a journal beside the target; the new file written there
 * (import, Save As, New) must never have it rolled back into it. */
static void
test_stale_journal_replaced (void)
{
  g_autofree char *target = make_proposal ("replaced.seriktes");
  g_autofree char *other = copy_example ("taraz-mendeleev.seriktes", "other.seriktes");
  g_autofree char *other_json = file_json (other);
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = NULL;
  g_autoptr (SkProposal) empty = NULL;
  g_autofree char *empty_json = NULL;

  crash_in_transaction (target);
  g_assert_true (sk_json_import_data (other_json, -1, target, TRUE, &error));
  g_assert_no_error (error);
  assert_opens_as (target, other_json);

  crash_in_transaction (target);
  p = sk_proposal_open (other, SK_OPEN_DEFAULT, &error);
  g_assert_true (sk_proposal_save_as (p, target, &error));
  g_assert_no_error (error);
  g_clear_object (&p);
  assert_opens_as (target, other_json);

  crash_in_transaction (target);
  empty = sk_proposal_create_replacing (target, &error);
  g_assert_no_error (error);
  empty_json = json_of (empty);
  g_clear_object (&empty);
  assert_opens_as (target, empty_json);
}

/* A file in log mode replaced: its log must not reach the new file. */
static void
test_stale_log_replaced (void)
{
  g_autofree char *target = make_proposal ("log-replaced.seriktes");
  g_autofree char *other = copy_example ("taraz-mendeleev.seriktes", "other-log.seriktes");
  g_autofree char *other_json = file_json (other);
  g_autoptr (GError) error = NULL;
  sqlite3 *db = raw_open (target);

  raw_exec (db, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;");
  raw_exec (db, "UPDATE proposal SET title_en = 'Only in the log'");
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  sqlite3_close (db);
  g_assert_true (sk_json_import_data (other_json, -1, target, TRUE, &error));
  g_assert_no_error (error);
  g_assert_false (exists_beside (target, "-wal"));
  assert_opens_as (target, other_json);
}

/* New over an existing file: it is replaced, not deleted first. */
static void
test_create_replacing (void)
{
  g_autofree char *path = make_proposal ("new-over.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_create (path, &error);

  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_EXISTS);
  g_clear_error (&error);
  p = sk_proposal_create_replacing (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_STAFF), ==, 0);
  g_clear_object (&p);
  p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_STAFF), ==, 0);
}

static void
make_old (const char *path)
{
  struct utimbuf old = { .actime = 1000000000, .modtime = 1000000000 };
  g_assert_cmpint (utime (path, &old), ==, 0);
}

/* What an interrupted save left beside a target goes at the next save;
 * a temporary file in use stays. */
static void
test_temporary_files_cleaned (void)
{
  g_autofree char *target = make_proposal ("litter.seriktes");
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *stale = g_build_filename (dir, ".litter.seriktes.Ab3xYz", NULL);
  g_autofree char *stale_journal = g_strconcat (stale, "-journal", NULL);
  g_autofree char *orphan = g_build_filename (dir, ".litter.seriktes.Qq9Qq9-journal", NULL);
  g_autofree char *unrelated = g_build_filename (dir, ".litter.seriktes.keep-me", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = NULL;
  SkTemp *busy;

  g_assert_true (g_file_set_contents (stale, "partial", -1, NULL));
  g_assert_true (g_file_set_contents (stale_journal, "journal", -1, NULL));
  g_assert_true (g_file_set_contents (orphan, "journal", -1, NULL));
  g_assert_true (g_file_set_contents (unrelated, "mine", -1, NULL));
  make_old (stale);
  make_old (stale_journal);
  make_old (orphan);
  busy = sk_temp_beside (target, &error);
  g_assert_no_error (error);
  make_old (busy->path);

  p = sk_proposal_open (target, SK_OPEN_DEFAULT, &error);
  g_assert_true (sk_proposal_save_as (p, target, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (stale_journal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (orphan, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (unrelated, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (busy->path, G_FILE_TEST_EXISTS));
  sk_temp_discard (busy);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sk/reliability/busy-commit", test_busy_commit);
  g_test_add_func ("/sk/reliability/two-writers", test_two_writers);
  g_test_add_func ("/sk/reliability/submitted-elsewhere", test_submitted_elsewhere);
  g_test_add_func ("/sk/reliability/refresh", test_refresh);
  g_test_add_func ("/sk/reliability/save-as-then-elsewhere", test_save_as_then_elsewhere);
  g_test_add_func ("/sk/reliability/snapshot", test_snapshot);
  g_test_add_func ("/sk/reliability/hot-journal", test_hot_journal);
  g_test_add_func ("/sk/reliability/crash-after-first-page", test_crash_after_first_page);
  g_test_add_func ("/sk/reliability/corrupt-index", test_corrupt_index);
  g_test_add_func ("/sk/reliability/wal", test_wal);
  g_test_add_func ("/sk/reliability/stale-journal-replaced", test_stale_journal_replaced);
  g_test_add_func ("/sk/reliability/stale-log-replaced", test_stale_log_replaced);
  g_test_add_func ("/sk/reliability/create-replacing", test_create_replacing);
  g_test_add_func ("/sk/reliability/temporary-files-cleaned", test_temporary_files_cleaned);
  return g_test_run ();
}
