/* sk-ranking-library.c: the user's ranking library, its own SQLite file
 *
 * Kept apart from proposals under g_get_user_data_dir(), opened as
 * defensively as a proposal (sk-store.c): the same settings and limits,
 * the header, the integrity, the application id, the version and exactly
 * the expected schema are verified before anything is read or written.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "sk-ranking-private.h"
#include "sk-store.h"

/* "SkRk" read as a big-endian 32-bit integer. */
#define LIBRARY_APPLICATION_ID 0x536b526b
#define LIBRARY_VERSION 1

static const char schema_v1[] =
  "CREATE TABLE ranking_table (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  publisher TEXT NOT NULL,\n"
  "  year INTEGER NOT NULL,\n"
  "  scope TEXT NOT NULL,\n"
  "  subject TEXT NOT NULL DEFAULT '',\n"
  "  source_file TEXT NOT NULL,\n"
  "  format TEXT NOT NULL,\n"
  "  encoding TEXT,\n"
  "  header_row INTEGER NOT NULL,\n"
  "  rank_column TEXT,\n"
  "  name_column TEXT,\n"
  "  country_column TEXT,\n"
  "  loaded_at TEXT NOT NULL,\n"
  "  UNIQUE (publisher, year, scope, subject)\n"
  ") STRICT;\n"
  "CREATE TABLE ranking_row (\n"
  "  table_id INTEGER NOT NULL REFERENCES ranking_table (id) ON DELETE CASCADE,\n"
  "  row INTEGER NOT NULL,\n"
  "  rank_text TEXT NOT NULL,\n"
  "  name TEXT NOT NULL,\n"
  "  country TEXT,\n"
  "  aliases TEXT,\n"
  "  PRIMARY KEY (table_id, row)\n"
  ") STRICT, WITHOUT ROWID;\n"
  "CREATE TABLE alias (\n"
  "  name_key TEXT NOT NULL,\n"
  "  row_key TEXT NOT NULL,\n"
  "  PRIMARY KEY (name_key, row_key)\n"
  ") STRICT, WITHOUT ROWID;\n";

struct _SkRankingLibrary {
  sqlite3 *db;
  char *path;
};

char *
sk_ranking_library_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "seriktes", "rankings.sqlite", NULL);
}

const char *
sk_ranking_library_get_path (SkRankingLibrary *library)
{
  return library->path;
}

void
sk_ranking_library_close (SkRankingLibrary *library)
{
  if (library == NULL)
    return;
  sqlite3_close (library->db);
  g_free (library->path);
  g_free (library);
}

static void
set_db_error (GError **error, sqlite3 *db)
{
  /* TRANSLATORS: %s is the database's own explanation (in English) */
  g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_LIBRARY,
               _("The ranking library could not be read or changed: %s"),
               db ? sqlite3_errmsg (db) : "out of memory");
}

static void
set_damaged (GError **error, const char *path)
{
  g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_LIBRARY,
               _("The ranking library “%s” is damaged or is not a Seriktes ranking library; it was left as it is. Move it away to start a new library, and load the tables again."),
               path);
}

static gboolean
exec (sqlite3 *db, const char *sql, GError **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      set_db_error (error, db);
      return FALSE;
    }
  return TRUE;
}

static int
query_int (sqlite3 *db, const char *sql, gboolean *ok)
{
  sqlite3_stmt *stmt = NULL;
  int value = 0;

  *ok = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
        sqlite3_step (stmt) == SQLITE_ROW;
  if (*ok)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static gboolean
header_is_ours (const char *path)
{
  guint8 header[100];
  FILE *f = g_fopen (path, "rb");
  size_t got;

  if (f == NULL)
    return FALSE;
  got = fread (header, 1, sizeof header, f);
  fclose (f);
  return got == sizeof header && memcmp (header, "SQLite format 3", 16) == 0 &&
         (((guint32) header[68] << 24) | ((guint32) header[69] << 16) |
          ((guint32) header[70] << 8) | header[71]) == LIBRARY_APPLICATION_ID;
}

static char *
expected_schema (GError **error)
{
  sqlite3 *mem = NULL;
  char *desc = NULL;

  if (sqlite3_open_v2 (":memory:", &mem, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) == SQLITE_OK &&
      exec (mem, schema_v1, error))
    desc = sk_store_describe_schema (mem, error);
  sqlite3_close (mem);
  return desc;
}

static gboolean
verify (sqlite3 *db, const char *path, GError **error)
{
  g_autofree char *want = NULL;
  g_autofree char *have = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok, integrity = FALSE, keys_ok = FALSE;
  int app_id, version;

  if (sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    integrity = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  app_id = query_int (db, "PRAGMA application_id", &ok);
  if (!integrity || !ok || (guint32) app_id != LIBRARY_APPLICATION_ID)
    goto damaged;
  version = query_int (db, "PRAGMA user_version", &ok);
  if (!ok || version < 1)
    goto damaged;
  if (version > LIBRARY_VERSION)
    {
      g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_LIBRARY,
                   _("The ranking library was written by a newer version of Seriktes; update Seriktes to use it."));
      return FALSE;
    }
  if ((want = expected_schema (error)) == NULL || (have = sk_store_describe_schema (db, error)) == NULL)
    return FALSE;
  if (strcmp (want, have) != 0)
    goto damaged;
  if (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL) == SQLITE_OK)
    keys_ok = sqlite3_step (stmt) == SQLITE_DONE;
  sqlite3_finalize (stmt);
  if (!keys_ok)
    goto damaged;
  return TRUE;

damaged:
  set_damaged (error, path);
  return FALSE;
}

/* A new, empty library, written beside @path and renamed into place. */
static gboolean
create (const char *path, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  SkTemp *temp = NULL;
  g_autofree char *header = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                                             LIBRARY_APPLICATION_ID, LIBRARY_VERSION);
  sqlite3 *db = NULL;
  gboolean ok;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_LIBRARY,
                   _("The folder of the ranking library “%s” could not be made: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  {
    g_autoptr (GError) store_error = NULL;
    if ((temp = sk_temp_beside (path, &store_error)) == NULL)
      {
        g_set_error_literal (error, SK_RANKING_ERROR, SK_RANKING_ERROR_LIBRARY, store_error->message);
        return FALSE;
      }
  }
  ok = sqlite3_open_v2 (temp->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_PRIVATECACHE, NULL) == SQLITE_OK;
  if (ok)
    {
      sk_store_configure (db);
      ok = exec (db, "BEGIN", error) && exec (db, schema_v1, error) &&
           exec (db, header, error) && exec (db, "COMMIT", error);
    }
  else
    set_db_error (error, db);
  ok = sqlite3_close (db) == SQLITE_OK && ok;
  if (!ok)
    {
      sk_temp_discard (temp);
      return FALSE;
    }
  {
    g_autoptr (GError) store_error = NULL;
    if (!sk_temp_replace (temp, path, TRUE, &store_error))
      {
        g_set_error_literal (error, SK_RANKING_ERROR, SK_RANKING_ERROR_LIBRARY, store_error->message);
        return FALSE;
      }
  }
  return TRUE;
}

SkRankingLibrary *
sk_ranking_library_open (const char *path, GError **error)
{
  g_autofree char *where = path ? g_strdup (path) : sk_ranking_library_default_path ();
  SkRankingLibrary *lib;
  GStatBuf st;
  sqlite3 *db = NULL;

  if (g_stat (where, &st) != 0)
    {
      if (errno != ENOENT || !create (where, error))
        {
          if (error && *error == NULL)
            g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_LIBRARY,
                         _("The ranking library “%s” could not be opened: %s"), where, g_strerror (errno));
          return NULL;
        }
    }
  else if (!S_ISREG (st.st_mode) || st.st_size == 0 || !header_is_ours (where))
    {
      set_damaged (error, where);
      return NULL;
    }

  if (sqlite3_open_v2 (where, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_PRIVATECACHE, NULL) != SQLITE_OK)
    {
      set_db_error (error, db);
      sqlite3_close (db);
      return NULL;
    }
  sk_store_configure (db);
  if (!verify (db, where, error))
    {
      sqlite3_close (db);
      return NULL;
    }
  lib = g_new0 (SkRankingLibrary, 1);
  lib->db = db;
  lib->path = g_steal_pointer (&where);
  return lib;
}

/* ---- writing ---- */

static gboolean
bind_text_step (sqlite3 *db, sqlite3_stmt *stmt, GError **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      set_db_error (error, db);
      return FALSE;
    }
  return TRUE;
}

static gint64
existing_table (sqlite3 *db, const SkRankingTable *t)
{
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;

  if (sqlite3_prepare_v2 (db, "SELECT id FROM ranking_table WHERE publisher = ?1 AND year = ?2 "
                              "AND scope = ?3 AND subject = ?4", -1, &stmt, NULL) != SQLITE_OK)
    return 0;
  sqlite3_bind_text (stmt, 1, t->publisher, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, t->year);
  sqlite3_bind_text (stmt, 3, t->scope, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, t->subject ? t->subject : "", -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return id;
}

static gboolean
insert_rows (sqlite3 *db, SkRankingTable *t, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;

  if (sqlite3_prepare_v2 (db, "INSERT INTO ranking_row (table_id, row, rank_text, name, country, aliases) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", -1, &stmt, NULL) != SQLITE_OK)
    {
      set_db_error (error, db);
      return FALSE;
    }
  for (guint i = 0; ok && i < t->rows->len; i++)
    {
      SkRankingRow *r = t->rows->pdata[i];
      sqlite3_bind_int64 (stmt, 1, t->id);
      sqlite3_bind_int64 (stmt, 2, r->row);
      sqlite3_bind_text (stmt, 3, r->rank_text, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, r->name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, r->country, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, r->aliases, -1, SQLITE_STATIC);
      ok = bind_text_step (db, stmt, error);
    }
  sqlite3_finalize (stmt);
  return ok;
}

gboolean
sk_ranking_library_store (SkRankingLibrary *lib, SkRankingTable *t, gboolean *replaced, GError **error)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *loaded_at = g_date_time_format_iso8601 (now);
  sqlite3_stmt *stmt = NULL;
  gint64 old;
  gboolean ok;

  if (!exec (lib->db, "BEGIN IMMEDIATE", error))
    return FALSE;
  old = existing_table (lib->db, t);
  if (replaced)
    *replaced = old != 0;
  if (old)
    {
      g_autofree char *sql = g_strdup_printf ("DELETE FROM ranking_table WHERE id = %" G_GINT64_FORMAT, old);
      if (!exec (lib->db, sql, error))
        goto fail;
    }
  if (sqlite3_prepare_v2 (lib->db,
                          "INSERT INTO ranking_table (publisher, year, scope, subject, source_file, format, "
                          "encoding, header_row, rank_column, name_column, country_column, loaded_at) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)", -1, &stmt, NULL) != SQLITE_OK)
    {
      set_db_error (error, lib->db);
      goto fail;
    }
  sqlite3_bind_text (stmt, 1, t->publisher, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, t->year);
  sqlite3_bind_text (stmt, 3, t->scope, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, t->subject ? t->subject : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, t->source_file, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, t->format, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, t->encoding, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 8, (int) t->header_row);
  sqlite3_bind_text (stmt, 9, t->rank_column, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, t->name_column, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, t->country_column, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, loaded_at, -1, SQLITE_STATIC);
  ok = bind_text_step (lib->db, stmt, error);
  sqlite3_finalize (stmt);
  if (!ok)
    goto fail;
  t->id = sqlite3_last_insert_rowid (lib->db);
  if (!insert_rows (lib->db, t, error) || !exec (lib->db, "COMMIT", error))
    goto fail;
  g_free (t->loaded_at);
  t->loaded_at = g_steal_pointer (&loaded_at);
  return TRUE;

fail:
  sqlite3_exec (lib->db, "ROLLBACK", NULL, NULL, NULL);
  t->id = 0;
  return FALSE;
}

gboolean
sk_ranking_library_remove (SkRankingLibrary *lib, gint64 id, GError **error)
{
  g_autofree char *sql = g_strdup_printf ("DELETE FROM ranking_table WHERE id = %" G_GINT64_FORMAT, id);

  if (!exec (lib->db, sql, error))
    return FALSE;
  if (sqlite3_changes (lib->db) == 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);
      g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_NOT_FOUND,
                   _("The ranking library has no table %s."), number);
      return FALSE;
    }
  return TRUE;
}

gboolean
sk_ranking_library_add_alias (SkRankingLibrary *lib, const char *name_key, const char *row_key,
                              GError **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  if (sqlite3_prepare_v2 (lib->db, "INSERT OR IGNORE INTO alias (name_key, row_key) VALUES (?1, ?2)",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      set_db_error (error, lib->db);
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, name_key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, row_key, -1, SQLITE_STATIC);
  ok = bind_text_step (lib->db, stmt, error);
  sqlite3_finalize (stmt);
  return ok;
}

/* ---- reading ---- */

static char *
column_dup (sqlite3_stmt *stmt, int col)
{
  const char *s = (const char *) sqlite3_column_text (stmt, col);
  return s && *s ? g_strdup (s) : NULL;
}

static GPtrArray *
read_tables (SkRankingLibrary *lib, GError **error)
{
  g_autoptr (GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_ranking_table_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (lib->db,
                          "SELECT t.id, publisher, year, scope, subject, source_file, format, encoding, "
                          "header_row, rank_column, name_column, country_column, loaded_at, "
                          "(SELECT count(*) FROM ranking_row r WHERE r.table_id = t.id) "
                          "FROM ranking_table t ORDER BY publisher, year, subject, t.id",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      set_db_error (error, lib->db);
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SkRankingTable *t = sk_ranking_table_new_internal ();
      t->id = sqlite3_column_int64 (stmt, 0);
      t->publisher = column_dup (stmt, 1);
      t->year = sqlite3_column_int (stmt, 2);
      t->scope = column_dup (stmt, 3);
      t->subject = column_dup (stmt, 4);
      t->source_file = column_dup (stmt, 5);
      t->format = column_dup (stmt, 6);
      t->encoding = column_dup (stmt, 7);
      t->header_row = (guint) sqlite3_column_int (stmt, 8);
      t->rank_column = column_dup (stmt, 9);
      t->name_column = column_dup (stmt, 10);
      t->country_column = column_dup (stmt, 11);
      t->loaded_at = column_dup (stmt, 12);
      t->n_rows = (guint) sqlite3_column_int (stmt, 13);
      if (t->publisher == NULL || t->scope == NULL)
        {
          sk_ranking_table_free (t);
          rc = SQLITE_CORRUPT;
          break;
        }
      g_ptr_array_add (tables, t);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      set_damaged (error, lib->path);
      return NULL;
    }
  return g_steal_pointer (&tables);
}

GPtrArray *
sk_ranking_library_list (SkRankingLibrary *lib, GError **error)
{
  return read_tables (lib, error);
}

static gboolean
read_rows (SkRankingLibrary *lib, SkRankingTable *t, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (lib->db, "SELECT row, rank_text, name, country, aliases FROM ranking_row "
                                   "WHERE table_id = ?1 ORDER BY row", -1, &stmt, NULL) != SQLITE_OK)
    {
      set_db_error (error, lib->db);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, t->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SkRankingRow *r = g_new0 (SkRankingRow, 1);
      r->row = (guint) sqlite3_column_int64 (stmt, 0);
      r->rank_text = column_dup (stmt, 1);
      r->name = column_dup (stmt, 2);
      r->country = column_dup (stmt, 3);
      r->aliases = column_dup (stmt, 4);
      g_ptr_array_add (t->rows, r);
      /* A row that no longer reads (written by hand?) is not used. */
      if (r->rank_text == NULL || r->name == NULL || !sk_rank_parse (r->rank_text, &r->rank, NULL))
        {
          g_ptr_array_remove_index (t->rows, t->rows->len - 1);
          continue;
        }
      r->country_code = sk_ranking_country_code (r->country);
      r->key = sk_ranking_name_key (r->name);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      set_damaged (error, lib->path);
      return FALSE;
    }
  t->n_rows = t->rows->len;
  return TRUE;
}

SkRankings *
sk_ranking_library_load (SkRankingLibrary *lib, GError **error)
{
  g_autoptr (SkRankings) rankings = sk_rankings_new ();
  g_autoptr (GPtrArray) tables = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (!exec (lib->db, "BEGIN", error))
    return NULL;
  if ((tables = read_tables (lib, error)) == NULL)
    goto fail;
  while (tables->len)
    {
      SkRankingTable *t = g_ptr_array_steal_index (tables, 0);
      if (!read_rows (lib, t, error))
        {
          sk_ranking_table_free (t);
          goto fail;
        }
      sk_rankings_add_table (rankings, t);
    }
  if (sqlite3_prepare_v2 (lib->db, "SELECT name_key, row_key FROM alias", -1, &stmt, NULL) != SQLITE_OK)
    {
      set_db_error (error, lib->db);
      goto fail;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (sqlite3_column_text (stmt, 0) && sqlite3_column_text (stmt, 1))
      sk_rankings_add_alias (rankings, (const char *) sqlite3_column_text (stmt, 0),
                             (const char *) sqlite3_column_text (stmt, 1));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      set_damaged (error, lib->path);
      goto fail;
    }
  sqlite3_exec (lib->db, "COMMIT", NULL, NULL, NULL);
  return g_steal_pointer (&rankings);

fail:
  sqlite3_exec (lib->db, "ROLLBACK", NULL, NULL, NULL);
  return NULL;
}
