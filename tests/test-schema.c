/* test-schema.c: the record kinds are consistent with the file format, and
 * released versions of the format are frozen */
#include "config.h"

#include <sqlite3.h>

#include "sk-init.h"
#include "sk-proposal.h"
#include "sk-schema.h"
#include "sk-test-util.h"

static void
test_consistent (void)
{
  guint n;
  const SkKind *kinds = sk_schema_kinds (&n);
  g_autoptr (GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (n, >=, 20);
  g_assert_true (kinds[0].singleton);
  for (guint k = 0; k < n; k++)
    {
      g_assert_true (sk_schema_kind (kinds[k].name) == &kinds[k]);
      g_assert_true (sk_schema_kind_by_json (kinds[k].json_key) == &kinds[k]);
      g_assert_false (g_hash_table_contains (keys, kinds[k].json_key));
      g_hash_table_add (keys, (gpointer) kinds[k].json_key);
      g_assert_nonnull (kinds[k].label);
      for (guint f = 0; f < kinds[k].n_fields; f++)
        {
          const SkField *field = &kinds[k].fields[f];
          g_assert_nonnull (field->label);
          g_assert_cmpint (sk_kind_field_index (&kinds[k], field->name), ==, (int) f);
          if (field->type == SK_FIELD_ENUM)
            g_assert_nonnull (field->enum_values[0].code);
          if (field->type == SK_FIELD_REF)
            {
              const SkKind *target = sk_schema_kind (field->ref_kind);
              g_assert_nonnull (target);
              /* targets come first, so that records can be written in order */
              if (k > 0)
                g_assert_cmpint (target - kinds, <, (int) k);
            }
          if (field->group)
            g_assert_true (sk_kind_text3 (&kinds[k], field->group, field->lang) == field);
        }
    }
}

/* A released version of the file format never changes: a change is a new
 * migration step. The digest of version 1's script: */
#define V1_SHA256 "1c481c4c4046463694b60475a6f55f92c53c38e63b55253987a5061b0bb53453"
/* …and of version 2's (released with the review workflow). */
#define V2_SHA256 "86570d768513f8c7a2e70ada88b9ddab8705d1dc5956fe66fe4dad84faf818a0"

static void
test_frozen_v1 (void)
{
  g_autoptr (GBytes) v1 = NULL;
  g_autofree char *digest = NULL;

  sk_core_ensure_resources ();
  v1 = g_resources_lookup_data ("/kz/seriktes/core/schema/v1.sql", G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert_nonnull (v1);
  digest = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, v1);
  g_assert_cmpstr (digest, ==, V1_SHA256);
  {
    g_autoptr (GBytes) v2 = g_resources_lookup_data ("/kz/seriktes/core/schema/v2.sql", G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
    g_autofree char *digest2 = NULL;

    g_assert_nonnull (v2);
    digest2 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, v2);
    g_assert_cmpstr (digest2, ==, V2_SHA256);
  }
}

/* The tables of a new file (every migration applied) have the columns the
 * record kinds say, with their types and NOT NULL. */
static void
test_columns_match (void)
{
  g_autofree char *path = sk_test_tmp_path ("columns.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_create (path, &error);
  sqlite3 *db = NULL;
  guint n;
  const SkKind *kinds = sk_schema_kinds (&n);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint k = 0; k < n; k++)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA table_info(%s)", kinds[k].name);
      g_autoptr (GHashTable) columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_hash_table_insert (columns, g_strdup ((const char *) sqlite3_column_text (stmt, 1)),
                             g_strdup_printf ("%s%s", (const char *) sqlite3_column_text (stmt, 2),
                                              sqlite3_column_int (stmt, 3) ? " NOT NULL" : ""));
      sqlite3_finalize (stmt);
      g_assert_cmpuint (g_hash_table_size (columns), ==, kinds[k].n_fields + 1);
      for (guint f = 0; f < kinds[k].n_fields; f++)
        {
          const SkField *field = &kinds[k].fields[f];
          const char *type = field->type == SK_FIELD_REAL ? "REAL"
                             : (field->type == SK_FIELD_TEXT || field->type == SK_FIELD_DATE ||
                                field->type == SK_FIELD_ENUM) ? "TEXT" : "INTEGER";
          g_autofree char *want = g_strdup_printf ("%s%s", type, (field->flags & SK_FIELD_REQUIRED) ? " NOT NULL" : "");
          const char *have = g_hash_table_lookup (columns, field->name);
          if (g_strcmp0 (have, want) != 0)
            g_error ("%s.%s: the file has %s, the kind says %s", kinds[k].name, field->name,
                     have ? have : "no column", want);
        }
    }
  sqlite3_close (db);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sk/schema/consistent", test_consistent);
  g_test_add_func ("/sk/schema/frozen-v1", test_frozen_v1);
  g_test_add_func ("/sk/schema/columns-match", test_columns_match);
  return g_test_run ();
}
