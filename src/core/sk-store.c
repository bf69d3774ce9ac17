/* sk-store.c: opening, checking, creating and copying proposal files */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sk-error.h"
#include "sk-init.h"
#include "sk-schema.h"
#include "sk-store.h"
#include "sk-upgrade.h"

#define HEADER_SIZE 100

void
sk_store_set_error (GError **error, sqlite3 *db, int rc, const char *what)
{
  int code;
  const char *detail = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  if (db && (rc & 0xff) == (sqlite3_extended_errcode (db) & 0xff))
    rc = sqlite3_extended_errcode (db);
  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      /* TRANSLATORS: %s says what was being done */
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_BUSY,
                   _("%s: the file is in use by another program. Try again in a moment."), what);
      return;
    case SQLITE_READONLY:
      if (rc == SQLITE_READONLY_ROLLBACK || rc == SQLITE_READONLY_RECOVERY)
        {
          g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NEEDS_RECOVERY,
                       _("The proposal file was not closed properly: a program writing it was interrupted. "
                         "Open it for editing to bring it back to its last saved state."));
          return;
        }
      code = SK_PROPOSAL_ERROR_READ_ONLY;
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FORMAT:
      code = SK_PROPOSAL_ERROR_DAMAGED;
      break;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_TOOBIG:
      code = SK_PROPOSAL_ERROR_INVALID_VALUE;
      break;
    default:
      code = SK_PROPOSAL_ERROR_IO;
      break;
    }
  /* TRANSLATORS: the first %s says what was being done, the second is the
   * database's own explanation (in English). */
  g_set_error (error, SK_PROPOSAL_ERROR, code, _("%s: %s"), what, detail);
}

gboolean
sk_store_exec (sqlite3 *db, const char *sql, GError **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      sk_store_set_error (error, db, rc, _("The proposal file could not be changed"));
      return FALSE;
    }
  return TRUE;
}

/* The file format, version by version. A version, once released, never
 * changes (tests/test-schema.c holds the digest of version 1): a change is
 * a new step. */
static const SkMigration migrations[] = {
  { 1, NULL, "/kz/seriktes/core/schema/v1.sql" }, /* every record kind */
  { 2, NULL, "/kz/seriktes/core/schema/v2.sql" }, /* review: status events, fingerprint */
  { 3, NULL, "/kz/seriktes/core/schema/v3.sql" }, /* remarks as a dialogue, withdrawal, submission counts */
  { 4, NULL, "/kz/seriktes/core/schema/v4.sql" }, /* prose in three languages, codes for countries, languages, units */
};

/* The schema each of them must leave, worked out at build time from the
 * same SQL (schema/expected-gen.c): sk_store_expected_schemas[version - 1]. */
#include "sk-store-expected.h"
G_STATIC_ASSERT (G_N_ELEMENTS (sk_store_expected_schemas) == G_N_ELEMENTS (migrations));

const SkMigration *
sk_store_migrations (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}

static const char *
migration_sql (const SkMigration *m)
{
  g_autoptr (GBytes) bytes = NULL;

  if (m->sql)
    return m->sql;
  sk_core_ensure_resources ();
  bytes = g_resources_lookup_data (m->resource, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL);
  /* Resources are NUL-terminated and live as long as the program. */
  return g_bytes_get_data (bytes, NULL);
}

static guint32
be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* The file's own handle inside SQLite: reading through it never opens a
 * second descriptor, whose closing would drop the process's locks on the
 * file (POSIX advisory locks belong to the process and the file). */
static gboolean
read_header (sqlite3 *db, guint8 header[HEADER_SIZE], sqlite3_int64 *size)
{
  sqlite3_file *file = NULL;

  if (sqlite3_file_control (db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK ||
      file == NULL || file->pMethods == NULL ||
      file->pMethods->xFileSize (file, size) != SQLITE_OK)
    return FALSE;
  memset (header, 0, HEADER_SIZE);
  if (*size < HEADER_SIZE)
    return TRUE;
  return file->pMethods->xRead (file, header, HEADER_SIZE, 0) == SQLITE_OK;
}

static guint32
page_size_of (const guint8 *header)
{
  guint32 page_size = ((guint32) header[16] << 8) | header[17];
  return page_size == 1 ? 65536 : page_size;
}

/* What the file is, looked at before SQLite reads it (and, for editing,
 * before it would roll back a journal beside it): only what a writer never
 * changes. Sets @wal when the file is in write-ahead-log mode. */
static gboolean
check_identity (sqlite3 *db, gboolean *wal, GError **error)
{
  guint8 header[HEADER_SIZE];
  sqlite3_int64 size = 0;
  guint32 page_size;

  if (!read_header (db, header, &size))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO,
                   _("The file could not be read: %s"), g_strerror (EIO));
      return FALSE;
    }
  if (size == 0)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NOT_PROPOSAL,
                   _("The file is empty: it is not a Seriktes proposal."));
      return FALSE;
    }
  if (size < HEADER_SIZE || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NOT_PROPOSAL,
                   _("The file is not a Seriktes proposal: its content is not in the proposal file format."));
      return FALSE;
    }
  if (be32 (header + 68) != SK_APPLICATION_ID)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NOT_PROPOSAL,
                   _("The file is a database of another application, not a Seriktes proposal."));
      return FALSE;
    }
  page_size = page_size_of (header);
  if (page_size < 512 || (page_size & (page_size - 1)) != 0 ||
      header[18] < 1 || header[18] > 2 || header[19] < 1 || header[19] > 2)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_DAMAGED,
                   _("The proposal file is damaged (its header is invalid). Use a copy or ask the sender for the file again."));
      return FALSE;
    }
  *wal = header[18] == 2 || header[19] == 2;
  return TRUE;
}

static void
set_incomplete (GError **error)
{
  g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_DAMAGED,
               _("The proposal file is incomplete (it may have been cut off while copying). Ask the sender for the file again."));
}

/* Whether the header promises more pages than the file holds. */
static gboolean
is_cut_off (const guint8 *header, sqlite3_int64 size)
{
  guint32 page_size = page_size_of (header);

  return size % page_size != 0 ||
         (be32 (header + 24) == be32 (header + 92) &&
          (sqlite3_int64) be32 (header + 28) * page_size > size);
}

/* The rest of the header, read while SQLite holds a shared lock (no
 * writer is in the middle of a commit, a journal left by a crash has been
 * rolled back): whole, and a version this program reads. */
static gboolean
query_int (sqlite3 *db, const char *sql, int *out, GError **error);

/* @wal: the first page may be newer in the log than in the file; then the
 * log, not the file's length, says how long the database is. */
static gboolean
check_header (sqlite3 *db, gboolean wal, int latest, int *user_version, GError **error)
{
  guint8 header[HEADER_SIZE];
  sqlite3_int64 size = 0;

  if (!read_header (db, header, &size))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO,
                   _("The file could not be read: %s"), g_strerror (EIO));
      return FALSE;
    }
  if (!wal && is_cut_off (header, size))
    {
      set_incomplete (error);
      return FALSE;
    }
  *user_version = (int) be32 (header + 60);
  if (wal && !query_int (db, "PRAGMA user_version", user_version, error))
    return FALSE;
  if (*user_version > latest)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NEWER_VERSION,
                   /* TRANSLATORS: the version number of the file's format, then the highest version number this program reads */
                   _("The proposal was saved by a newer version of Seriktes (file format %d; this version reads up to %d). Update Seriktes to open it."),
                   *user_version, latest);
      return FALSE;
    }
  if (*user_version < 1)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_DAMAGED,
                   _("The proposal file is damaged (it has no format version)."));
      return FALSE;
    }
  return TRUE;
}

static void
configure (sqlite3 *db)
{
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);

  sqlite3_limit (db, SQLITE_LIMIT_LENGTH, 16 * 1024 * 1024);
  sqlite3_limit (db, SQLITE_LIMIT_SQL_LENGTH, 256 * 1024);
  sqlite3_limit (db, SQLITE_LIMIT_COLUMN, 200);
  sqlite3_limit (db, SQLITE_LIMIT_EXPR_DEPTH, 100);
  sqlite3_limit (db, SQLITE_LIMIT_COMPOUND_SELECT, 8);
  sqlite3_limit (db, SQLITE_LIMIT_VDBE_OP, 100000);
  sqlite3_limit (db, SQLITE_LIMIT_FUNCTION_ARG, 8);
  sqlite3_limit (db, SQLITE_LIMIT_ATTACHED, 0);
  sqlite3_limit (db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 100);
  sqlite3_limit (db, SQLITE_LIMIT_VARIABLE_NUMBER, 200);
  sqlite3_limit (db, SQLITE_LIMIT_TRIGGER_DEPTH, 1);

  sqlite3_exec (db, "PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0; "
                    "PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF;",
                NULL, NULL, NULL);
  /* Edits are short transactions: a lock held longer belongs to another
   * program at work, and the caller (perhaps a window) must not freeze
   * while it waits; it gets a clear "in use" instead. */
  sqlite3_busy_timeout (db, SK_STORE_BUSY_TIMEOUT_MS);
}

static gboolean
query_int (sqlite3 *db, const char *sql, int *out, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sk_store_set_error (error, db, rc, _("The proposal file could not be read"));
      sqlite3_finalize (stmt);
      return FALSE;
    }
  *out = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return TRUE;
}

static const char *
column_text_or_empty (sqlite3_stmt *stmt, int col)
{
  const char *s = (const char *) sqlite3_column_text (stmt, col);
  return s ? s : "";
}

/* The schema as a sorted text: one line per table, index, trigger or view. */
static char *
describe_schema (sqlite3 *db, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  GString *out = g_string_new (NULL);
  int rc = sqlite3_prepare_v2 (db,
                               "SELECT type, name, tbl_name, sql FROM sqlite_schema "
                               "ORDER BY type, name", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      for (int i = 0; i < 4; i++)
      g_string_append_printf (out, "%s%c", column_text_or_empty (stmt, i),
                              i == 3 ? '\n' : '\t');
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      sk_store_set_error (error, db, rc, _("The proposal file could not be read"));
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

static char *
expected_schema (const SkMigration *steps, guint n_steps, int version, GError **error)
{
  sqlite3 *mem = NULL;
  char *desc = NULL;

  if (sqlite3_open_v2 (":memory:", &mem, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      sk_store_set_error (error, mem, SQLITE_NOMEM, _("Out of memory"));
      sqlite3_close (mem);
      return NULL;
    }
  sk_upgrade_register_sql (mem);
  for (guint i = 0; i < n_steps && steps[i].version <= version; i++)
    if (!sk_store_exec (mem, migration_sql (&steps[i]), error))
      goto out;
  desc = describe_schema (mem, error);
out:
  sqlite3_close (mem);
  return desc;
}

/* The expected schema of each version, made once (building it runs every
 * migration into a database in memory). */
static char *
expected_schema_cached (const SkMigration *steps, guint n_steps, int version, GError **error)
{
  static GMutex lock;
  static GHashTable *known;
  g_autofree char *key = NULL;
  char *desc;

  if (steps == migrations && version >= 1 && version <= (int) G_N_ELEMENTS (migrations))
    return g_strdup (sk_store_expected_schemas[version - 1]);
  key = g_strdup_printf ("%p/%u/%d", (gconstpointer) steps, n_steps, version);
  g_mutex_lock (&lock);
  if (known == NULL)
    known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  desc = g_strdup (g_hash_table_lookup (known, key));
  g_mutex_unlock (&lock);
  if (desc)
    return desc;
  desc = expected_schema (steps, n_steps, version, error);
  /* Only the real migrations, which live as long as the program. */
  if (desc && steps == migrations)
    {
      g_mutex_lock (&lock);
      g_hash_table_replace (known, g_steal_pointer (&key), g_strdup (desc));
      g_mutex_unlock (&lock);
    }
  return desc;
}

static gboolean
check_schema (sqlite3 *db, const SkMigration *steps, guint n_steps, int version, GError **error)
{
  g_autofree char *want = expected_schema_cached (steps, n_steps, version, error);
  g_autofree char *have = NULL;

  if (want == NULL || (have = describe_schema (db, error)) == NULL)
    return FALSE;
  if (strcmp (want, have) != 0)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_UNEXPECTED_SCHEMA,
                   _("The proposal file contains tables, triggers or views that Seriktes did not put there. "
                     "It may have been altered by another program; it was not opened, for safety."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_foreign_keys (sqlite3 *db, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_DAMAGED,
                   _("The proposal file is damaged: some records refer to records that do not exist."));
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      sk_store_set_error (error, db, rc, _("The proposal file could not be read"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
migrate (sqlite3 *db, const SkMigration *steps, guint n_steps, int from, GError **error)
{
  sk_upgrade_register_sql (db);
  if (!sk_store_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;
  for (guint i = 0; i < n_steps; i++)
    {
      g_autofree char *set_version = NULL;

      if (steps[i].version <= from)
        continue;
      set_version = g_strdup_printf ("PRAGMA user_version = %d", steps[i].version);
      if (!sk_upgrade_before_step (db, steps[i].version, error) ||
          !sk_store_exec (db, migration_sql (&steps[i]), error) ||
          !sk_store_exec (db, set_version, error))
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }
  return sk_store_exec (db, "COMMIT", error);
}

static gboolean
is_marked_read_only (const char *path, GStatBuf *st)
{
  /* The write bits, not only access(): root may write anything, but a
   * file its owner marked read-only is meant to stay as it is. */
  return g_access (path, W_OK) != 0 || (st->st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0;
}

/* The first read: SQLite takes a shared lock and, when the file is open
 * for editing, rolls back a journal that a crash left beside it. Errors
 * say what the state of the file is. */
static gboolean
begin_read (sqlite3 *db, GError **error)
{
  int rc = sqlite3_exec (db, "BEGIN; PRAGMA schema_version;", NULL, NULL, NULL);
  guint8 header[HEADER_SIZE];
  sqlite3_int64 size = 0;

  if (rc == SQLITE_OK)
    return TRUE;
  rc = sqlite3_extended_errcode (db);
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
    {
      if (read_header (db, header, &size) && is_cut_off (header, size))
        set_incomplete (error);
      else
        g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_DAMAGED,
                     _("The proposal file is damaged (its integrity check failed). Use a copy or ask the sender for the file again."));
      return FALSE;
    }
  sk_store_set_error (error, db, rc, _("The proposal file could not be read"));
  return FALSE;
}

static gboolean
integrity_check (sqlite3 *db, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check(1)", -1, &stmt, NULL);
  gboolean ok = FALSE;

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  if (!ok && rc != SQLITE_ROW && (rc & 0xff) != SQLITE_CORRUPT && (rc & 0xff) != SQLITE_NOTADB)
    sk_store_set_error (error, db, rc, _("The proposal file could not be read"));
  else if (!ok)
    g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_DAMAGED,
                 _("The proposal file is damaged (its integrity check failed). Use a copy or ask the sender for the file again."));
  return ok;
}

/* A file in write-ahead-log mode keeps committed changes in a second file
 * beside it, which is lost when only the proposal is copied or mailed:
 * once checked, it goes back to one file. */
static gboolean
normalise_journal (sqlite3 *db, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "PRAGMA journal_mode = DELETE", -1, &stmt, NULL);
  gboolean ok = FALSE;

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ok = g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), "delete") == 0;
  if (!ok && rc == SQLITE_ROW)
    rc = SQLITE_BUSY; /* SQLite kept the mode: another connection uses the log */
  sqlite3_finalize (stmt);
  if (!ok)
    sk_store_set_error (error, db, rc, _("The proposal file could not be changed"));
  return ok;
}

sqlite3 *
sk_store_open_full (const char *path, gboolean read_only,
                    const SkMigration *steps, guint n_steps, GError **error)
{
  GStatBuf st;
  sqlite3 *db = NULL;
  int version = 0, rc, latest = n_steps ? steps[n_steps - 1].version : 0;
  int app_id = 0, db_version = 0;
  gboolean wal = FALSE;

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO,
                   _("The file could not be opened: %s"), g_strerror (saved));
      return NULL;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO,
                   _("This is a folder, not a proposal file."));
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO,
                   _("This is not a regular file."));
      return NULL;
    }

  rc = sqlite3_open_v2 (path, &db,
                        (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) |
                        SQLITE_OPEN_PRIVATECACHE, NULL);
  if (rc != SQLITE_OK)
    {
      sk_store_set_error (error, db, rc, _("The proposal file could not be opened"));
      sqlite3_close (db);
      return NULL;
    }
  configure (db);

  /* What it is before anything else: SQLite must not roll back a journal
   * into a file that is not a proposal. */
  if (!check_identity (db, &wal, error))
    goto fail;
  if (!read_only && is_marked_read_only (path, &st))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_READ_ONLY,
                   _("The proposal file is read-only. Open it for viewing only, or save a copy to edit it."));
      goto fail;
    }
  if (wal && read_only)
    {
      /* Reading would leave files beside it, and committed changes may
       * still be in the log. */
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NEEDS_RECOVERY,
                   _("The proposal file was saved in a mode that keeps changes in a second file beside it. "
                     "Open it for editing once to bring it back to one file."));
      goto fail;
    }

  /* Recover first (for editing), then check what SQLite now sees, all in
   * one read transaction: no other program changes it meanwhile. */
  if (!begin_read (db, error))
    goto fail;
  if (!check_header (db, wal, latest, &version, error) ||
      !integrity_check (db, error) ||
      !query_int (db, "PRAGMA application_id", &app_id, error) ||
      !query_int (db, "PRAGMA user_version", &db_version, error))
    goto fail;
  if ((guint32) app_id != SK_APPLICATION_ID || db_version != version)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_DAMAGED,
                   _("The proposal file is damaged (its header is inconsistent)."));
      goto fail;
    }
  if (!check_schema (db, steps, n_steps, version, error) ||
      !check_foreign_keys (db, error) ||
      !sk_store_exec (db, "COMMIT", error))
    goto fail;
  if (wal && !normalise_journal (db, error))
    goto fail;

  if (version < latest)
    {
      if (read_only)
        {
          /* Bring a copy in memory up to date; the file stays as it is. */
          sqlite3 *mem = NULL;
          sqlite3_backup *backup;
          int rc2 = sqlite3_open_v2 (":memory:", &mem, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);

          if (rc2 == SQLITE_OK && (backup = sqlite3_backup_init (mem, "main", db, "main")))
            {
              rc2 = sqlite3_backup_step (backup, -1);
              sqlite3_backup_finish (backup);
            }
          if (rc2 != SQLITE_DONE)
            {
              sk_store_set_error (error, mem, rc2, _("The proposal file could not be read"));
              sqlite3_close (mem);
              goto fail;
            }
          configure (mem);
          sqlite3_close (db);
          db = mem;
        }
      if (!migrate (db, steps, n_steps, version, error))
        goto fail;
    }
  return db;

fail:
  if (!sqlite3_get_autocommit (db))
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);
  return NULL;
}

sqlite3 *
sk_store_open (const char *path, gboolean read_only, GError **error)
{
  return sk_store_open_full (path, read_only, migrations, G_N_ELEMENTS (migrations), error);
}

gboolean
sk_store_init_schema (sqlite3 *db, GError **error)
{
  g_autofree char *header = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                                             (int) SK_APPLICATION_ID, SK_SCHEMA_VERSION);

  sk_upgrade_register_sql (db);
  if (!sk_store_exec (db, "BEGIN", error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (migrations); i++)
    if (!sk_store_exec (db, migration_sql (&migrations[i]), error))
      goto fail;
  if (!sk_store_exec (db, header, error) ||
      !sk_store_exec (db, "INSERT INTO proposal (id, status) VALUES (1, 'draft')", error) ||
      !sk_store_exec (db, "COMMIT", error))
    goto fail;
  return TRUE;

fail:
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

/* ---- copies in memory ---- */

static void
free_serialized (gpointer data)
{
  sqlite3_free (data);
}

GBytes *
sk_store_serialize (sqlite3 *db, GError **error)
{
  sqlite3_int64 size = 0;
  unsigned char *data = sqlite3_serialize (db, "main", &size, 0);

  if (data == NULL)
    {
      sk_store_set_error (error, db, SQLITE_NOMEM, _("The proposal file could not be read"));
      return NULL;
    }
  return g_bytes_new_with_free_func (data, (gsize) size, free_serialized, data);
}

sqlite3 *
sk_store_deserialize (GBytes *bytes, GError **error)
{
  gsize size = 0;
  const void *data = g_bytes_get_data (bytes, &size);
  unsigned char *copy = sqlite3_malloc64 (size ? size : 1);
  sqlite3 *db = NULL;
  int rc = copy ? sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL)
                : SQLITE_NOMEM;

  if (copy && size)
    memcpy (copy, data, size);
  if (rc == SQLITE_OK)
    {
      /* SQLite owns the copy from here, also when this fails. */
      rc = sqlite3_deserialize (db, "main", copy, (sqlite3_int64) size, (sqlite3_int64) size,
                                SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY);
      copy = NULL;
    }
  sqlite3_free (copy);
  if (rc != SQLITE_OK)
    {
      sk_store_set_error (error, db, rc, _("The proposal file could not be read"));
      sqlite3_close (db);
      return NULL;
    }
  configure (db);
  return db;
}

/* ---- temporary files and replacing a file ---- */

/* The names sk_temp_beside() gives: ".NAME.XXXXXX" (g_mkstemp's letters). */
static gboolean
is_temp_name (const char *name, const char *prefix, gsize *stem)
{
  gsize n = strlen (prefix);

  if (strncmp (name, prefix, n) != 0)
    return FALSE;
  for (gsize i = 0; i < 6; i++)
    if (!g_ascii_isalnum (name[n + i]))
      return FALSE;
  *stem = n + 6;
  return name[n + 6] == '\0' || g_str_equal (name + n + 6, "-journal") ||
         g_str_equal (name + n + 6, "-wal") || g_str_equal (name + n + 6, "-shm");
}

static void
unlink_side_files (const char *path)
{
  static const char *const suffixes[] = { "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, suffixes[i], NULL);
      g_unlink (side);
    }
}

/* Removes what an interrupted save, import or export left beside @target:
 * temporary files that no process holds locked (sk_temp_beside() locks
 * them at once; the age guards the instant in between) and their
 * journals. */
static void
clean_stale_temps (const char *target)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *prefix = g_strdup_printf (".%s.", base);
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *stem_path = NULL;
      GStatBuf st;
      gsize stem;
      int fd;

      if (!is_temp_name (name, prefix, &stem))
        continue;
      path = g_build_filename (dir, name, NULL);
      if (name[stem] != '\0')
        {
          /* A journal whose temporary file is gone. */
          stem_path = g_strndup (path, strlen (path) - strlen (name + stem));
          if (!g_file_test (stem_path, G_FILE_TEST_EXISTS) &&
              g_lstat (path, &st) == 0 && S_ISREG (st.st_mode) && st.st_mtime < now - 2)
            g_unlink (path);
          continue;
        }
      /* Only old ones are opened at all: closing a descriptor drops the
       * process's own SQLite locks on that file. */
      if (g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode) || st.st_mtime >= now - 2)
        continue;
      fd = g_open (path, O_RDWR | O_NOFOLLOW | O_CLOEXEC, 0);
      if (fd < 0)
        continue;
      if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && flock (fd, LOCK_EX | LOCK_NB) == 0)
        {
          unlink_side_files (path);
          g_unlink (path);
        }
      close (fd);
    }
}

SkTemp *
sk_temp_beside (const char *target, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *tmpl = g_strdup_printf (".%s.XXXXXX", base);
  SkTemp *temp;
  int fd;

  clean_stale_temps (target);
  temp = g_new0 (SkTemp, 1);
  temp->path = g_build_filename (dir, tmpl, NULL);
  fd = g_mkstemp_full (temp->path, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, SK_PROPOSAL_ERROR,
                   saved == EACCES || saved == EROFS ? SK_PROPOSAL_ERROR_READ_ONLY : SK_PROPOSAL_ERROR_IO,
                   _("Could not create a file in “%s”: %s"), dir, g_strerror (saved));
      g_free (temp->path);
      g_free (temp);
      return NULL;
    }
  /* Held until the file is renamed or removed: it is in use. */
  flock (fd, LOCK_EX);
  temp->fd = fd;
  return temp;
}

void
sk_temp_discard (SkTemp *temp)
{
  if (temp == NULL)
    return;
  if (temp->path)
    {
      unlink_side_files (temp->path);
      g_unlink (temp->path);
    }
  if (temp->fd >= 0)
    close (temp->fd);
  g_free (temp->path);
  g_free (temp);
}

static void
sync_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/* Before a new proposal is renamed over @path: the old file's journal or
 * log must never reach the new one. Under SQLite's exclusive lock on the
 * old file (a journal left by a crash is rolled back into the old file,
 * a log folded into it) nobody is in the middle of writing it; what is
 * left beside it then is stale and goes. Returns the connection holding
 * the lock (NULL when there is no database to lock), or sets @error. */
static gboolean
lock_old_database (const char *path, sqlite3 **locked, GError **error)
{
  sqlite3 *old = NULL;
  int rc;

  *locked = NULL;
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return TRUE;
  rc = sqlite3_open_v2 (path, &old, SQLITE_OPEN_READWRITE | SQLITE_OPEN_PRIVATECACHE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_stmt *stmt = NULL;

      sqlite3_busy_timeout (old, SK_STORE_BUSY_TIMEOUT_MS);
      rc = sqlite3_prepare_v2 (old, "PRAGMA journal_mode = DELETE", -1, &stmt, NULL);
      if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
        rc = g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), "delete") == 0
             ? SQLITE_OK : SQLITE_BUSY; /* a log that others still use */
      sqlite3_finalize (stmt);
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (old, "BEGIN EXCLUSIVE", NULL, NULL, NULL);
    }
  if (rc == SQLITE_OK)
    {
      *locked = old;
      return TRUE;
    }
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_BUSY,
                   _("“%s” is in use by another program, so it was not replaced. Try again in a moment."), path);
      sqlite3_close (old);
      return FALSE;
    }
  /* Not a database SQLite can lock (another kind of file, damaged, or
   * read-only): nothing writes it as a database; its side files, if any,
   * are stale. */
  sqlite3_close (old);
  return TRUE;
}

gboolean
sk_temp_replace (SkTemp *temp, const char *target, gboolean database, GError **error)
{
  sqlite3 *locked = NULL;
  gboolean ok = TRUE;

  if (fsync (temp->fd) != 0 && errno != EINVAL)
    {
      int saved = errno;
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO,
                   _("Could not save “%s”: %s"), target, g_strerror (saved));
      sk_temp_discard (temp);
      return FALSE;
    }
  if (database)
    {
      if (!lock_old_database (target, &locked, error))
        {
          sk_temp_discard (temp);
          return FALSE;
        }
      unlink_side_files (target);
    }
  if (g_rename (temp->path, target) != 0)
    {
      int saved = errno;
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO,
                   _("Could not save “%s”: %s"), target, g_strerror (saved));
      ok = FALSE;
    }
  else
    g_clear_pointer (&temp->path, g_free);
  if (locked)
    {
      sqlite3_exec (locked, "ROLLBACK", NULL, NULL, NULL);
      sqlite3_close (locked);
    }
  if (ok)
    sync_folder (target);
  sk_temp_discard (temp);
  return ok;
}

/* A new, empty proposal database in a temporary file beside @path. */
static sqlite3 *
create_beside (const char *path, SkTemp **temp, GError **error)
{
  sqlite3 *db = NULL;
  int rc;

  if ((*temp = sk_temp_beside (path, error)) == NULL)
    return NULL;
  rc = sqlite3_open_v2 ((*temp)->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_PRIVATECACHE, NULL);
  if (rc != SQLITE_OK)
    {
      sk_store_set_error (error, db, rc, _("The proposal file could not be created"));
      goto fail;
    }
  configure (db);
  if (!sk_store_init_schema (db, error))
    goto fail;
  return db;

fail:
  sqlite3_close (db);
  g_clear_pointer (temp, sk_temp_discard);
  return NULL;
}

sqlite3 *
sk_store_create_temp (const char *path, SkTemp **temp, GError **error)
{
  sqlite3 *db = create_beside (path, temp, error);

  if (db == NULL)
    return NULL;
  sqlite3_close (db);
  db = sk_store_open ((*temp)->path, FALSE, error);
  if (db == NULL)
    g_clear_pointer (temp, sk_temp_discard);
  return db;
}

sqlite3 *
sk_store_create (const char *path, gboolean replace, GError **error)
{
  SkTemp *temp = NULL;
  sqlite3 *db;

  if (!replace && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_EXISTS,
                   _("“%s” already exists."), path);
      return NULL;
    }
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO,
                   _("This is a folder, not a proposal file."));
      return NULL;
    }
  if ((db = create_beside (path, &temp, error)) == NULL)
    return NULL;
  sqlite3_close (db);
  /* The old file stays until the new one is complete. */
  if (!sk_temp_replace (temp, path, TRUE, error))
    return NULL;
  return sk_store_open (path, FALSE, error);
}

gboolean
sk_store_backup_to (sqlite3 *db, const char *path, GError **error)
{
  SkTemp *temp = sk_temp_beside (path, error);
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  if (temp == NULL)
    return FALSE;

  rc = sqlite3_open_v2 (temp->path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_PRIVATECACHE, NULL);
  if (rc != SQLITE_OK)
    goto fail;
  backup = sqlite3_backup_init (dest, "main", db, "main");
  if (backup == NULL)
    {
      rc = sqlite3_errcode (dest);
      goto fail;
    }
  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    goto fail;
  /* A copy of a file in another journal mode is in the ordinary one. */
  rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto fail;
  rc = sqlite3_close (dest);
  dest = NULL;
  if (rc != SQLITE_OK)
    goto fail;
  return sk_temp_replace (temp, path, TRUE, error);

fail:
  sk_store_set_error (error, dest, rc, _("The copy could not be saved"));
  sqlite3_close (dest);
  sk_temp_discard (temp);
  return FALSE;
}

/* For the other SQLite files of the application (the ranking library),
 * opened as defensively as a proposal. */
void
sk_store_configure (sqlite3 *db)
{
  configure (db);
}

char *
sk_store_describe_schema (sqlite3 *db, GError **error)
{
  return describe_schema (db, error);
}
