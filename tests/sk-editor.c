/* sk-editor.c: a proposal held open by a process, for the crash and the
 * concurrency tests (crash-test.py, concurrency-test.py).
 *
 *   sk-editor edit FILE SEED       edits FILE until killed; prints the number
 *                                  of each edit once it is committed
 *   sk-editor expect FILE SEED N,… the same edits on a copy: prints the
 *                                  digest after each of those numbers of
 *                                  edits
 *   sk-editor state FILE           opens FILE as a user would (for viewing,
 *                                  then for editing, which recovers), checks
 *                                  its integrity, prints the digest
 *   sk-editor saveas FILE TARGET   Save As
 *   sk-editor shell                commands from the standard input, one
 *                                  answer line each (see run_shell)
 *
 * The digest is the SHA-256 of the proposal's JSON export. */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sk-error.h"
#include "sk-json.h"
#include "sk-proposal.h"

static char *
digest (SkProposal *p)
{
  g_autofree char *json = sk_json_export_string (p, FALSE);
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, json, -1);
}

static SkRecord *
new_staff (gint64 step)
{
  g_autoptr (SkRecord) r = sk_record_new (sk_schema_kind (SK_KIND_STAFF));
  g_autofree char *name = g_strdup_printf ("Lecturer %" G_GINT64_FORMAT, step);

  sk_record_set_string (r, "name", name);
  sk_record_set_string (r, "side", step % 3 ? "kazakh" : "foreign");
  sk_record_set_int (r, "fte_milli", 250 * (1 + step % 4));
  return g_steal_pointer (&r);
}

static gint64
some_staff (SkProposal *p, GRand *rand)
{
  GListModel *staff = sk_proposal_get_records (p, SK_KIND_STAFF);
  guint n = g_list_model_get_n_items (staff);
  g_autoptr (SkRecord) r = NULL;

  if (n == 0)
    return 0;
  r = g_list_model_get_item (staff, (guint) g_rand_int_range (rand, 0, (gint32) n));
  return sk_record_get_id (r);
}

static gboolean
set_title (SkProposal *p, gint64 step, GError **error)
{
  g_autofree char *title = g_strdup_printf ("Title after edit %" G_GINT64_FORMAT, step);
  return sk_proposal_set (p, SK_KIND_PROPOSAL, 1, "title_en", g_variant_new_string (title), error);
}

/* Edit number @step: the same for the same seed and file. */
static gboolean
edit (SkProposal *p, GRand *rand, gint64 step, GError **error)
{
  int what = g_rand_int_range (rand, 0, 8);
  gint64 id = some_staff (p, rand);
  g_autoptr (SkRecord) r = new_staff (step);

  switch (what)
    {
    case 0:
      return set_title (p, step, error);
    case 1:
      return sk_proposal_insert (p, r, error) != 0;
    case 2:
      if (id == 0)
        return set_title (p, step, error);
      return sk_proposal_set (p, SK_KIND_STAFF, id, "teaching_years", g_variant_new_int64 (step % 40), error);
    case 3:
      if (id == 0 || sk_proposal_count (p, SK_KIND_STAFF) < 5)
        return set_title (p, step, error);
      return sk_proposal_delete (p, SK_KIND_STAFF, id, error);
    case 4:
      if (!sk_proposal_can_undo (p))
        return set_title (p, step, error);
      return sk_proposal_undo (p, error);
    case 5:
      if (!sk_proposal_can_redo (p))
        return set_title (p, step, error);
      return sk_proposal_redo (p, error);
    default:
      {
        /* A group of four edits, one undo step. */
        gint64 added;

        sk_proposal_begin_group (p, "Group");
        if ((added = sk_proposal_insert (p, r, error)) == 0 ||
            !sk_proposal_set (p, SK_KIND_STAFF, added, "practice_years", g_variant_new_int64 (step % 30), error) ||
            !set_title (p, step, error) ||
            (id && !sk_proposal_set (p, SK_KIND_STAFF, id, "teaching_years", g_variant_new_int64 (1 + step % 39), error)))
          {
            sk_proposal_cancel_group (p);
            return FALSE;
          }
        return sk_proposal_end_group (p, error);
      }
    }
}

/* Edits until killed (@wanted NULL), or as far as the largest step in
 * @wanted, printing the digest after each step it holds (0: before any). */
static int
run_edits (const char *path, guint32 seed, GHashTable *wanted)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  gint64 last = 0;

  if (p == NULL)
    {
      g_printerr ("open: %s\n", error->message);
      return 2;
    }
  if (wanted)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, wanted);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        last = MAX (last, *(gint64 *) key);
      if (g_hash_table_contains (wanted, &(gint64) { 0 }))
        {
          g_autofree char *d = digest (p);
          printf ("0 %s\n", d);
        }
    }
  for (gint64 step = 1; wanted == NULL || step <= last; step++)
    {
      if (!edit (p, rand, step, &error))
        {
          g_printerr ("edit %" G_GINT64_FORMAT ": %s\n", step, error->message);
          return 1;
        }
      if (wanted == NULL)
        printf ("%" G_GINT64_FORMAT "\n", step);
      else if (g_hash_table_contains (wanted, &step))
        {
          g_autofree char *d = digest (p);
          printf ("%" G_GINT64_FORMAT " %s\n", step, d);
        }
      fflush (stdout);
    }
  return 0;
}

static int
run_state (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_autofree char *d = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  /* For viewing: it opens, or it says it must be recovered; never
   * "damaged". */
  if (p == NULL && !g_error_matches (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NEEDS_RECOVERY))
    {
      g_printerr ("open for viewing: %s\n", error->message);
      return 1;
    }
  g_clear_object (&p);
  g_clear_error (&error);
  p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  if (p == NULL)
    {
      g_printerr ("open: %s\n", error->message);
      return 1;
    }
  d = digest (p);
  g_clear_object (&p);

  ok = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
       sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL) == SQLITE_OK &&
       sqlite3_step (stmt) == SQLITE_ROW &&
       g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  if (!ok)
    {
      g_printerr ("integrity_check failed\n");
      return 1;
    }
  printf ("%s\n", d);
  return 0;
}

static int
run_save_as (const char *path, const char *target)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);

  if (p == NULL || !sk_proposal_save_as (p, target, &error))
    {
      g_printerr ("save as: %s\n", error->message);
      return 1;
    }
  printf ("done\n");
  return 0;
}

static const char *
error_code (const GError *error)
{
  static const struct { int code; const char *name; } names[] = {
    { SK_PROPOSAL_ERROR_BUSY, "BUSY" },
    { SK_PROPOSAL_ERROR_CHANGED, "CHANGED" },
    { SK_PROPOSAL_ERROR_FROZEN, "FROZEN" },
    { SK_PROPOSAL_ERROR_NEEDS_RECOVERY, "NEEDS_RECOVERY" },
    { SK_PROPOSAL_ERROR_READ_ONLY, "READ_ONLY" },
    { SK_PROPOSAL_ERROR_NOT_FOUND, "NOT_FOUND" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_error_matches (error, SK_PROPOSAL_ERROR, names[i].code))
      return names[i].name;
  return "OTHER";
}

/* Commands: open FILE, view FILE, close, title TEXT, staff NAME (answers
 * the new id), set ID FIELD NUMBER, delete ID, begin, end, undo, refresh,
 * status, count, digest. Answers "ok [value]" or "err CODE message". */
static int
run_shell (void)
{
  g_autoptr (SkProposal) p = NULL;
  char line[4096];

  while (fgets (line, sizeof line, stdin))
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *answer = NULL;
      g_auto (GStrv) words = NULL;
      char *arg;
      gboolean ok = TRUE;

      g_strchomp (line);
      words = g_strsplit (line, " ", 2);
      arg = words[0] && words[1] ? words[1] : "";
      if (g_str_equal (line, "close"))
        g_clear_object (&p);
      else if (g_str_has_prefix (line, "open ") || g_str_has_prefix (line, "view "))
        {
          g_clear_object (&p);
          p = sk_proposal_open (arg, line[0] == 'v' ? SK_OPEN_READ_ONLY : SK_OPEN_DEFAULT, &error);
          ok = p != NULL;
        }
      else if (p == NULL)
        {
          ok = FALSE;
          g_set_error_literal (&error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NOT_FOUND, "nothing open");
        }
      else if (g_str_has_prefix (line, "title "))
        ok = sk_proposal_set (p, SK_KIND_PROPOSAL, 1, "title_en", g_variant_new_string (arg), &error);
      else if (g_str_has_prefix (line, "staff "))
        {
          g_autoptr (SkRecord) r = new_staff (1);
          gint64 id;

          sk_record_set_string (r, "name", arg);
          id = sk_proposal_insert (p, r, &error);
          ok = id != 0;
          answer = g_strdup_printf ("%" G_GINT64_FORMAT, id);
        }
      else if (g_str_has_prefix (line, "set "))
        {
          g_auto (GStrv) a = g_strsplit (arg, " ", 3);
          ok = g_strv_length (a) == 3 &&
               sk_proposal_set (p, SK_KIND_STAFF, g_ascii_strtoll (a[0], NULL, 10), a[1],
                                g_variant_new_int64 (g_ascii_strtoll (a[2], NULL, 10)), &error);
        }
      else if (g_str_has_prefix (line, "delete "))
        ok = sk_proposal_delete (p, SK_KIND_STAFF, g_ascii_strtoll (arg, NULL, 10), &error);
      else if (g_str_equal (line, "begin"))
        sk_proposal_begin_group (p, "Group");
      else if (g_str_equal (line, "end"))
        ok = sk_proposal_end_group (p, &error);
      else if (g_str_equal (line, "undo"))
        ok = sk_proposal_undo (p, &error);
      else if (g_str_equal (line, "refresh"))
        ok = sk_proposal_refresh (p, &error);
      else if (g_str_equal (line, "status"))
        answer = g_strdup (sk_record_get_string (sk_proposal_get_info (p), "status"));
      else if (g_str_equal (line, "count"))
        answer = g_strdup_printf ("%u", sk_proposal_count (p, SK_KIND_STAFF));
      else if (g_str_equal (line, "digest"))
        answer = digest (p);
      else
        {
          ok = FALSE;
          g_set_error (&error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NOT_FOUND, "unknown command: %s", line);
        }
      if (ok)
        printf ("ok%s%s\n", answer ? " " : "", answer ? answer : "");
      else
        printf ("err %s %s\n", error_code (error), error ? error->message : "");
      fflush (stdout);
    }
  return 0;
}

int
main (int argc, char **argv)
{
  if (argc == 4 && g_str_equal (argv[1], "edit"))
    return run_edits (argv[2], (guint32) g_ascii_strtoull (argv[3], NULL, 10), NULL);
  if (argc == 5 && g_str_equal (argv[1], "expect"))
    {
      g_autoptr (GHashTable) wanted = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      g_auto (GStrv) steps = g_strsplit (argv[4], ",", -1);

      for (guint i = 0; steps[i]; i++)
        {
          gint64 n = g_ascii_strtoll (steps[i], NULL, 10);
          g_hash_table_add (wanted, g_memdup2 (&n, sizeof n));
        }
      return run_edits (argv[2], (guint32) g_ascii_strtoull (argv[3], NULL, 10), wanted);
    }
  if (argc == 3 && g_str_equal (argv[1], "state"))
    return run_state (argv[2]);
  if (argc == 4 && g_str_equal (argv[1], "saveas"))
    return run_save_as (argv[2], argv[3]);
  if (argc == 2 && g_str_equal (argv[1], "shell"))
    return run_shell ();
  g_printerr ("usage: see the top of sk-editor.c\n");
  return 2;
}
