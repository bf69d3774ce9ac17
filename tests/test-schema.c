/* test-schema.c: the record kinds are consistent, and version 1 is frozen */
#include "config.h"

#include "sk-schema.h"

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
            {
              /* the three languages stand together, kk ru en */
              g_assert_true (sk_kind_text3 (&kinds[k], field->group, field->lang) == field);
              g_assert_cmpuint (f + 2 - (field->lang[0] == 'k' ? 0 : field->lang[0] == 'r' ? 1 : 2), <, kinds[k].n_fields);
            }
        }
    }
}

/* Version 1 of the file format never changes: a change needs a migration. */
static void
test_frozen_v1 (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "schema-v1.sql", NULL);
  g_autofree char *frozen = NULL;

  if (g_getenv ("SK_WRITE_SCHEMA"))
    g_assert_true (g_file_set_contents (path, sk_schema_sql_v1 (), -1, NULL));
  g_assert_true (g_file_get_contents (path, &frozen, NULL, NULL));
  g_assert_cmpstr (sk_schema_sql_v1 (), ==, frozen);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sk/schema/consistent", test_consistent);
  g_test_add_func ("/sk/schema/frozen-v1", test_frozen_v1);
  return g_test_run ();
}
