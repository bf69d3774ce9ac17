/* sk-store.h: the SQLite side of a proposal file (private to the core)
 *
 * Opening files from elsewhere defensively, checking that they are what
 * they claim to be, and bringing older versions up to date.
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* How long a connection waits for another one's lock before it says the
 * file is in use. */
#define SK_STORE_BUSY_TIMEOUT_MS 250

typedef struct {
  int version;           /* the version this step produces */
  const char *sql;       /* run on a database at version - 1, or: */
  const char *resource;  /* the core resource holding that SQL */
} SkMigration;

/* The real migrations of the file format, in order. */
const SkMigration *sk_store_migrations (guint *n_migrations);

/* Opens an existing proposal. @read_only opens it for reading only
 * (writes fail); otherwise a file that cannot be written is refused with
 * SK_PROPOSAL_ERROR_READ_ONLY. A file at an older version is migrated (not
 * when opened read-only). The file is not touched unless it is a proposal
 * whose integrity and schema have been verified. */
sqlite3  *sk_store_open        (const char *path, gboolean read_only, GError **error);

/* The same with an explicit list of migrations, for tests. */
sqlite3  *sk_store_open_full   (const char *path, gboolean read_only,
                                const SkMigration *migrations, guint n_migrations,
                                GError **error);

/* Creates a new, empty proposal database at @path, at the current version
 * with the proposal row in place. When @replace is FALSE, @path must not
 * exist; otherwise what is there is replaced only once the new file is
 * complete. */
sqlite3  *sk_store_create      (const char *path, gboolean replace, GError **error);

/* A temporary file beside a target (same folder, so that it can be
 * renamed over it), named ".NAME.XXXXXX" and locked while it is open:
 * the next one made beside the same target removes those that a crash
 * left (unlocked) with their journals. */
typedef struct {
  char *path;
  int fd; /* open, locked; may be written */
} SkTemp;

SkTemp   *sk_temp_beside       (const char *target, GError **error);
/* Puts the complete temporary file at @target (takes @temp: on failure it
 * is removed). @database: @target may be a database whose journal or log
 * must never be applied to the new file (see lock_old_database). */
gboolean  sk_temp_replace      (SkTemp *temp, const char *target, gboolean database, GError **error);
/* Removes the temporary file (and its journals) and frees @temp. */
void      sk_temp_discard      (SkTemp *temp);

/* A new, empty proposal database in a temporary file beside @path, open
 * for editing; put it in place with sk_temp_replace() once closed. */
sqlite3  *sk_store_create_temp (const char *path, SkTemp **temp, GError **error);

/* The database's pages as they are now; a database in memory, read-only,
 * made from them (for another thread). */
GBytes   *sk_store_serialize   (sqlite3 *db, GError **error);
sqlite3  *sk_store_deserialize (GBytes *bytes, GError **error);

/* Copies @db into a new file at @path (replacing it atomically). */
gboolean  sk_store_backup_to   (sqlite3 *db, const char *path, GError **error);

/* Sets @error from the database's last error, with @what as context. */
void      sk_store_set_error   (GError **error, sqlite3 *db, int rc, const char *what);

gboolean  sk_store_exec        (sqlite3 *db, const char *sql, GError **error);

/* Runs the full schema of the current version into a fresh database. */
gboolean  sk_store_init_schema (sqlite3 *db, GError **error);

/* The defensive settings and limits every file of the application is
 * opened with (also the ranking library). */
void      sk_store_configure   (sqlite3 *db);
/* The schema of @db as a sorted text, to compare with the expected one. */
char     *sk_store_describe_schema (sqlite3 *db, GError **error);

G_END_DECLS
