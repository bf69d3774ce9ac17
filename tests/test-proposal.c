/* test-proposal.c: create, open, edit, undo, redo, save as */
#include "config.h"

#include <glib/gstdio.h>

#include "sk-error.h"
#include "sk-json.h"
#include "sk-proposal.h"
#include "sk-test-util.h"

static char *
snapshot (SkProposal *p)
{
  return sk_json_export_string (p, FALSE);
}

/* What is in the file, read through a second connection. */
static char *
file_snapshot (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  return snapshot (p);
}

static void
test_create_open (void)
{
  g_autofree char *path = sk_test_tmp_path ("new.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_create (path, &error);
  SkRecord *info;

  g_assert_no_error (error);
  g_assert_cmpstr (sk_proposal_get_path (p), ==, path);
  g_assert_false (sk_proposal_is_read_only (p));
  info = sk_proposal_get_info (p);
  g_assert_nonnull (info);
  g_assert_cmpstr (sk_record_get_string (info, "status"), ==, "draft");
  g_assert_false (sk_record_get_bool (info, "applicant_is_mia"));
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_STAFF), ==, 0);
  g_assert_false (sk_proposal_can_undo (p));
  g_assert_finalize_object (g_steal_pointer (&p));

  p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sk_record_get_string (sk_proposal_get_info (p), "status"), ==, "draft");
  g_assert_finalize_object (g_steal_pointer (&p));
}

/* Every field of every kind survives the file. */
static void
test_roundtrip_file (void)
{
  g_autofree char *path = sk_test_tmp_path ("full.seriktes");
  g_autoptr (SkProposal) p = sk_test_full_proposal (path);
  g_autoptr (SkProposal) again = NULL;
  g_autoptr (GError) error = NULL;
  guint n;
  const SkKind *kinds = sk_schema_kinds (&n);

  again = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  for (guint k = 0; k < n; k++)
    {
      GListModel *a = sk_proposal_get_records (p, kinds[k].name);
      GListModel *b = sk_proposal_get_records (again, kinds[k].name);

      /* The review's records are those its history made (sk_test_add_history). */
      gboolean review = sk_test_is_workflow_kind (kinds[k].name);

      if (!review)
        g_assert_cmpuint (g_list_model_get_n_items (a), ==, kinds[k].singleton ? 1 : 2);
      g_assert_cmpuint (g_list_model_get_n_items (a), >, 0);
      g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
      for (guint i = 0; i < g_list_model_get_n_items (a); i++)
        {
          g_autoptr (SkRecord) ra = g_list_model_get_item (a, i);
          g_autoptr (SkRecord) rb = g_list_model_get_item (b, i);
          /* every field set (refs may be unset only where no target exists) */
          for (guint f = 0; f < kinds[k].n_fields && !review && !kinds[k].singleton; f++)
            g_assert_nonnull (sk_record_get_value_at (ra, f));
          sk_test_assert_records_equal (ra, rb);
        }
    }
}

static void
on_changed (SkProposal *p, guint *count)
{
  (*count)++;
}

static void
test_undo_redo_set (void)
{
  g_autofree char *path = sk_test_tmp_path ("undo.seriktes");
  g_autoptr (SkProposal) p = sk_test_full_proposal (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *before = snapshot (p);
  g_autofree char *after = NULL;
  g_autofree char *on_disk = NULL;
  guint changed = 0;

  g_signal_connect (p, "changed", G_CALLBACK (on_changed), &changed);
  g_assert_true (sk_proposal_set (p, "proposal", 1, "title_kk", g_variant_new_string ("Жаңа атау"), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (sk_record_get_string (sk_proposal_get_info (p), "title_kk"), ==, "Жаңа атау");
  after = snapshot (p);
  on_disk = file_snapshot (path);
  g_assert_cmpstr (on_disk, ==, after);
  g_clear_pointer (&on_disk, g_free);

  g_assert_true (sk_proposal_can_undo (p));
  g_assert_nonnull (sk_proposal_get_undo_label (p));
  g_assert_true (sk_proposal_undo (p, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 2);
  {
    g_autofree char *now = snapshot (p);
    g_assert_cmpstr (now, ==, before);
  }
  on_disk = file_snapshot (path);
  g_assert_cmpstr (on_disk, ==, before);
  g_clear_pointer (&on_disk, g_free);

  g_assert_true (sk_proposal_can_redo (p));
  g_assert_true (sk_proposal_redo (p, &error));
  {
    g_autofree char *now = snapshot (p);
    g_assert_cmpstr (now, ==, after);
  }
  on_disk = file_snapshot (path);
  g_assert_cmpstr (on_disk, ==, after);

  /* Setting the same value is no edit. */
  g_assert_true (sk_proposal_set (p, "proposal", 1, "title_kk", g_variant_new_string ("Жаңа атау"), &error));
  g_assert_cmpuint (changed, ==, 3);
}

static void
test_undo_insert_delete (void)
{
  g_autofree char *path = sk_test_tmp_path ("undo2.seriktes");
  g_autoptr (SkProposal) p = sk_test_full_proposal (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (SkRecord) r = sk_test_full_record (p, sk_schema_kind (SK_KIND_STAFF), 7);
  g_autofree char *before = snapshot (p);
  g_autofree char *inserted = NULL;
  gint64 id;

  id = sk_proposal_insert (p, r, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, 3);
  g_assert_nonnull (sk_proposal_lookup (p, SK_KIND_STAFF, id));
  inserted = snapshot (p);

  g_assert_true (sk_proposal_undo (p, &error));
  g_assert_null (sk_proposal_lookup (p, SK_KIND_STAFF, id));
  {
    g_autofree char *now = snapshot (p);
    g_assert_cmpstr (now, ==, before);
  }
  g_assert_true (sk_proposal_redo (p, &error));
  {
    g_autofree char *now = snapshot (p);
    g_assert_cmpstr (now, ==, inserted);
    g_autofree char *disk = file_snapshot (path);
    g_assert_cmpstr (disk, ==, inserted);
  }
}

/* Deleting an institution deletes its ranking entries and clears the
 * references of staff and programmes; undo brings all back. */
static void
test_delete_cascade (void)
{
  g_autofree char *path = sk_test_tmp_path ("cascade.seriktes");
  g_autoptr (SkProposal) p = sk_test_full_proposal (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *before = snapshot (p);
  SkRecord *staff;
  guint rankings = sk_proposal_count (p, SK_KIND_RANKING);

  g_assert_cmpuint (rankings, ==, 2);
  g_assert_true (sk_proposal_delete (p, SK_KIND_INSTITUTION, 1, &error));
  g_assert_no_error (error);
  g_assert_null (sk_proposal_lookup (p, SK_KIND_INSTITUTION, 1));
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_RANKING), ==, 0);
  staff = sk_proposal_lookup (p, SK_KIND_STAFF, 1);
  g_assert_false (sk_record_is_set (staff, "institution_id"));
  g_assert_false (sk_record_is_set (sk_proposal_get_info (p), "applicant_id"));
  {
    g_autofree char *now = snapshot (p);
    g_autofree char *disk = file_snapshot (path);
    g_assert_cmpstr (disk, ==, now);
  }

  g_assert_true (sk_proposal_undo (p, &error));
  g_assert_no_error (error);
  {
    g_autofree char *now = snapshot (p);
    g_autofree char *disk = file_snapshot (path);
    g_assert_cmpstr (now, ==, before);
    g_assert_cmpstr (disk, ==, before);
  }
  g_assert_true (sk_record_is_set (staff, "institution_id"));

  /* A programme owns its assignments. */
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_ASSIGNMENT), ==, 2);
  g_assert_true (sk_proposal_delete (p, SK_KIND_PROGRAMME, 1, &error));
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_ASSIGNMENT), ==, 0);
  g_assert_true (sk_proposal_undo (p, &error));
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_ASSIGNMENT), ==, 2);
}

static void
test_group (void)
{
  g_autofree char *path = sk_test_tmp_path ("group.seriktes");
  g_autoptr (SkProposal) p = sk_test_full_proposal (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *before = snapshot (p);
  guint changed = 0;

  g_signal_connect (p, "changed", G_CALLBACK (on_changed), &changed);
  sk_proposal_begin_group (p, "Bulk");
  for (int i = 0; i < 5; i++)
    {
      g_autoptr (SkRecord) r = sk_test_full_record (p, sk_schema_kind (SK_KIND_ASSIGNMENT), i);
      g_assert_cmpint (sk_proposal_insert (p, r, &error), >, 0);
    }
  g_assert_true (sk_proposal_set (p, SK_KIND_STAFF, 1, "side", g_variant_new_string ("foreign"), &error));
  g_assert_cmpuint (changed, ==, 0);
  g_assert_true (sk_proposal_end_group (p, &error));
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_ASSIGNMENT), ==, 7);
  g_assert_cmpstr (sk_proposal_get_undo_label (p), ==, "Bulk");

  g_assert_true (sk_proposal_undo (p, &error));
  {
    g_autofree char *now = snapshot (p);
    g_autofree char *disk = file_snapshot (path);
    g_assert_cmpstr (now, ==, before);
    g_assert_cmpstr (disk, ==, before);
  }

  /* A cancelled group leaves nothing behind. */
  sk_proposal_begin_group (p, "Cancelled");
  g_assert_true (sk_proposal_delete (p, SK_KIND_INSTITUTION, 2, &error));
  sk_proposal_cancel_group (p);
  {
    g_autofree char *now = snapshot (p);
    g_autofree char *disk = file_snapshot (path);
    g_assert_cmpstr (now, ==, before);
    g_assert_cmpstr (disk, ==, before);
  }
  g_assert_cmpstr (sk_proposal_get_undo_label (p), !=, "Cancelled");
}

static void
test_redo_cleared (void)
{
  g_autofree char *path = sk_test_tmp_path ("redo.seriktes");
  g_autoptr (SkProposal) p = sk_test_full_proposal (path);
  g_autoptr (GError) error = NULL;

  g_assert_true (sk_proposal_set (p, SK_KIND_STAFF, 1, "name", g_variant_new_string ("A"), &error));
  g_assert_true (sk_proposal_undo (p, &error));
  g_assert_true (sk_proposal_can_redo (p));
  g_assert_true (sk_proposal_set (p, SK_KIND_STAFF, 1, "name", g_variant_new_string ("B"), &error));
  g_assert_false (sk_proposal_can_redo (p));
}

static void
test_invalid_edits (void)
{
  g_autofree char *path = sk_test_tmp_path ("invalid.seriktes");
  g_autoptr (SkProposal) p = sk_test_full_proposal (path);
  g_autofree char *before = sk_test_file_digest (path);
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_false (sk_proposal_set (p, SK_KIND_STAFF, 1, "side", g_variant_new_string ("martian"), &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (sk_proposal_set (p, SK_KIND_STAFF, 1, "institution_id", g_variant_new_int64 (999), &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (sk_proposal_set (p, SK_KIND_STAFF, 1, "name", NULL, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (sk_proposal_set (p, SK_KIND_STAFF, 1, "fte_milli", g_variant_new_int64 (1500), &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (sk_proposal_set (p, SK_KIND_STAFF, 1, "fte_milli", g_variant_new_string ("1"), &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (sk_proposal_set (p, "proposal", 1, "term_end", g_variant_new_string ("2031-02-30"), &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (sk_proposal_set (p, SK_KIND_STAFF, 99, "name", g_variant_new_string ("x"), &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sk_proposal_set (p, SK_KIND_STAFF, 1, "no_such_field", g_variant_new_string ("x"), &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sk_proposal_delete (p, SK_KIND_STAFF, 99, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* As-you-type validation says the same without editing. */
  g_assert_false (sk_proposal_validate_value (p, SK_KIND_PROGRAMME, "credits", g_variant_new_int64 (-1), &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_true (sk_proposal_validate_value (p, SK_KIND_PROGRAMME, "credits", g_variant_new_int64 (240), &error));

  after = sk_test_file_digest (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_save_as (void)
{
  g_autofree char *path = sk_test_tmp_path ("original.seriktes");
  g_autofree char *copy = sk_test_tmp_path ("copy.seriktes");
  g_autoptr (SkProposal) p = sk_test_full_proposal (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *before = snapshot (p);
  g_autofree char *original_digest = NULL;

  g_assert_true (sk_proposal_save_as (p, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sk_proposal_get_path (p), ==, copy);
  {
    g_autofree char *disk = file_snapshot (copy);
    g_assert_cmpstr (disk, ==, before);
  }

  /* Edits now go to the copy; the original stays as it was. */
  original_digest = sk_test_file_digest (path);
  g_assert_true (sk_proposal_set (p, "proposal", 1, "title_en", g_variant_new_string ("Copy"), &error));
  {
    g_autofree char *now = sk_test_file_digest (path);
    g_autofree char *orig = file_snapshot (path);
    g_autofree char *disk = file_snapshot (copy);
    g_autofree char *mem = snapshot (p);
    g_assert_cmpstr (now, ==, original_digest);
    g_assert_cmpstr (orig, ==, before);
    g_assert_cmpstr (disk, ==, mem);
  }
  /* Undo history carries over. */
  g_assert_true (sk_proposal_undo (p, &error));
  {
    g_autofree char *disk = file_snapshot (copy);
    g_assert_cmpstr (disk, ==, before);
  }

  /* Save As into a folder that does not exist fails cleanly. */
  {
    g_autofree char *bad = sk_test_tmp_path ("no/such/dir.seriktes");
    g_assert_false (sk_proposal_save_as (p, bad, &error));
    g_assert_nonnull (error);
    g_assert_cmpstr (sk_proposal_get_path (p), ==, copy);
  }
}

static void
test_save_as_read_only (void)
{
  g_autofree char *path = sk_test_tmp_path ("view.seriktes");
  g_autofree char *copy = sk_test_tmp_path ("view-copy.seriktes");
  g_autoptr (SkProposal) p = NULL;
  g_autoptr (GError) error = NULL;

  g_clear_object (&p);
  p = sk_test_full_proposal (path);
  g_clear_object (&p);
  p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (sk_proposal_save_as (p, copy, &error));
  g_assert_false (sk_proposal_is_read_only (p));
  g_assert_true (sk_proposal_set (p, "proposal", 1, "title_en", g_variant_new_string ("Edited"), &error));
  g_assert_no_error (error);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sk/proposal/create-open", test_create_open);
  g_test_add_func ("/sk/proposal/roundtrip-file", test_roundtrip_file);
  g_test_add_func ("/sk/proposal/undo-redo-set", test_undo_redo_set);
  g_test_add_func ("/sk/proposal/undo-insert-delete", test_undo_insert_delete);
  g_test_add_func ("/sk/proposal/delete-cascade", test_delete_cascade);
  g_test_add_func ("/sk/proposal/group", test_group);
  g_test_add_func ("/sk/proposal/redo-cleared", test_redo_cleared);
  g_test_add_func ("/sk/proposal/invalid-edits", test_invalid_edits);
  g_test_add_func ("/sk/proposal/save-as", test_save_as);
  g_test_add_func ("/sk/proposal/save-as-read-only", test_save_as_read_only);

  return g_test_run ();
}
