/* test-review.c: status, fingerprint, remarks, decisions, comparison */
#include "config.h"

#include <sqlite3.h>

#include "sk-diff.h"
#include "sk-error.h"
#include "sk-json.h"
#include "sk-review.h"
#include "sk-test-util.h"

static SkProposal *
open_rw (const char *path)
{
  g_autoptr (GError) error = NULL;
  SkProposal *p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  return p;
}

/* The same content gives the same fingerprint, whatever the file: through
 * JSON and back, and on any machine (the digest is fixed here). */
static void
test_fingerprint_stable (void)
{
  g_autofree char *path = sk_test_example_copy ("caspian-tu-berlin.seriktes");
  g_autofree char *back = sk_test_tmp_path ("caspian-back.seriktes");
  g_autoptr (SkProposal) p = open_rw (path);
  g_autoptr (SkProposal) q = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *json = sk_json_export_string (p, TRUE);
  g_autofree char *f1 = sk_review_fingerprint (p);
  g_autofree char *f2 = NULL;
  g_autofree char *canonical = sk_review_canonical_json (p);

  g_assert_cmpuint (strlen (f1), ==, 64);
  g_assert_null (strstr (canonical, "\n"));
  g_assert_null (strstr (canonical, "\" : "));
  g_assert_true (g_str_has_prefix (canonical, "{\"agreements\":["));
  g_assert_null (strstr (canonical, "\"status\""));
  g_assert_true (sk_json_import_data (json, -1, back, FALSE, &error));
  q = sk_proposal_open (back, SK_OPEN_READ_ONLY, &error);
  f2 = sk_review_fingerprint (q);
  g_assert_cmpstr (f1, ==, f2);
  /* Any machine computes this for the example (a change of the example
   * or of the canonical form changes it: then update it here). */
  g_assert_cmpstr (f1, ==, "a0a32bd33bf27f41e8cbcb4bd5c151409331af416ea0eb98f4cc0ea51f054234");
}

/* Any change of content changes it: every field of every kind. */
static void
test_fingerprint_every_field (void)
{
  g_autofree char *path = sk_test_tmp_path ("full.seriktes");
  g_autoptr (SkProposal) p = sk_test_full_proposal (path);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GError) error = NULL;
  guint n, tried = 0;
  const SkKind *kinds = sk_schema_kinds (&n);

  g_hash_table_add (seen, sk_review_fingerprint (p));
  for (guint k = 0; k < n; k++)
    {
      const char *kind = kinds[k].name;
      g_autoptr (SkRecord) r = g_list_model_get_item (sk_proposal_get_records (p, kind), 0);

      /* Review data: only the review writes them (test_generic_refused). */
      if (sk_test_is_workflow_kind (kind))
        continue;
      for (guint f = 0; f < kinds[k].n_fields; f++)
        {
          const SkField *field = &kinds[k].fields[f];
          g_autoptr (SkRecord) other = sk_test_full_record (p, &kinds[k], 1);
          GVariant *v = sk_record_get_value_at (other, f);
          g_autofree char *before = sk_review_fingerprint (p);
          g_autofree char *after = NULL;
          gboolean status_field = kinds[k].singleton &&
                                  (g_str_equal (field->name, "status") || g_str_equal (field->name, "fingerprint"));

          if (field->type == SK_FIELD_REF || v == NULL || status_field ||
              g_variant_equal (v, sk_record_get_value_at (r, f)))
            continue;
          g_assert_true (sk_proposal_set (p, kind, sk_record_get_id (r), field->name, g_variant_ref (v), &error));
          g_assert_no_error (error);
          after = sk_review_fingerprint (p);
          if (g_strcmp0 (after, before) == 0)
            g_error ("changing %s.%s did not change the fingerprint", kind, field->name);
          tried++;
          g_assert_true (sk_proposal_undo (p, &error));
        }
    }
  g_assert_cmpuint (tried, >, 100);
}

static void
test_lifecycle (void)
{
  g_autofree char *path = sk_test_example_copy ("taraz-mendeleev.seriktes");
  g_autoptr (SkProposal) p = open_rw (path);
  g_autoptr (GError) error = NULL;
  SkRecord *info = sk_proposal_get_info (p);
  g_autofree char *fingerprint = NULL;

  /* Approving a draft is not a step of the workflow. */
  g_assert_false (sk_review_decide (p, "approve", "Reviewer", "ok", &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_false (sk_review_transition (p, "approved", "Reviewer", NULL, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_cmpstr (sk_record_get_string (info, "status"), ==, "draft");
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_STATUS_EVENT), ==, 0);

  g_assert_true (sk_review_transition (p, "submitted", "Strategy department", "first submission", &error));
  g_assert_no_error (error);
  fingerprint = sk_review_fingerprint (p);
  g_assert_cmpstr (sk_record_get_string (info, "status"), ==, "submitted");
  g_assert_cmpstr (sk_record_get_string (info, "fingerprint"), ==, fingerprint);
  g_assert_cmpint (sk_review_verify (p), ==, SK_FINGERPRINT_MATCHES);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_STATUS_EVENT), ==, 1);

  /* Frozen: content refused with a clear error, remarks allowed. */
  g_assert_false (sk_proposal_set (p, SK_KIND_PROGRAMME, 1, "credits", g_variant_new_int64 (1), &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_FROZEN);
  g_clear_error (&error);
  g_assert_false (sk_proposal_delete (p, SK_KIND_STAFF, 1, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_FROZEN);
  g_clear_error (&error);
  g_assert_cmpint (sk_review_add_remark (p, SK_KIND_PROGRAMME, 2, "programmes", "Reviewer",
                                         "The foreign share is too high.", &error), >, 0);
  g_assert_cmpint (sk_review_add_remark (p, NULL, 0, NULL, "Reviewer", "General remark", &error), >, 0);
  g_assert_no_error (error);
  {
    g_autofree char *now = sk_review_fingerprint (p);
    g_assert_cmpstr (now, ==, fingerprint);
  }
  g_assert_cmpint (sk_review_add_remark (p, SK_KIND_PROGRAMME, 999, NULL, "Reviewer", "x", &error), ==, 0);
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Returned: the decision is recorded, the university edits again. */
  g_assert_true (sk_review_decide (p, "return", "Reviewer", "Lower the foreign share of programme 2.", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sk_record_get_string (info, "status"), ==, "returned");
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_DECISION), ==, 1);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_STATUS_EVENT), ==, 3);
  g_assert_true (sk_proposal_set (p, SK_KIND_PROGRAMME, 1, "credits", g_variant_new_int64 (241), &error));
  g_assert_true (sk_review_transition (p, "draft", "Strategy department", NULL, &error));
  g_assert_null (sk_record_get_string (info, "fingerprint"));

  /* Submitted again, approved; then nothing more. */
  g_assert_true (sk_review_transition (p, "submitted", "Strategy department", "second submission", &error));
  g_assert_true (sk_review_transition (p, "under_review", "Reviewer", NULL, &error));
  g_assert_true (sk_review_decide (p, "approve", "Reviewer", "Meets the recommendations.", &error));
  g_assert_no_error (error);
  g_assert_false (sk_review_transition (p, "draft", "Strategy department", NULL, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_false (sk_review_decide (p, "maybe", "Reviewer", NULL, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  /* All of it is in the file. */
  g_clear_object (&p);
  p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_cmpstr (sk_record_get_string (sk_proposal_get_info (p), "status"), ==, "approved");
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_STATUS_EVENT), ==, 7);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_REMARK), ==, 2);
  g_assert_cmpint (sk_review_verify (p), ==, SK_FINGERPRINT_MATCHES);
}

/* Content changed with another tool after submission is detected. */
static void
test_tampering (void)
{
  g_autofree char *path = sk_test_example_copy ("caspian-tu-berlin.seriktes");
  g_autoptr (SkProposal) p = open_rw (path);
  g_autoptr (GError) error = NULL;
  sqlite3 *db = NULL;

  g_assert_true (sk_review_transition (p, "submitted", "University", NULL, &error));
  g_clear_object (&p);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE financing_line SET amount_kzt = amount_kzt * 2 WHERE id = 1", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);

  p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sk_review_verify (p), ==, SK_FINGERPRINT_MISMATCH);
}

/* The diff of an example and an edited copy names exactly what changed. */
static void
test_diff (void)
{
  g_autofree char *a = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  g_autofree char *b = sk_test_tmp_path ("kyzylorda-2.seriktes");
  g_autoptr (SkProposal) older = NULL;
  g_autoptr (SkProposal) newer = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) d = NULL;
  g_autoptr (SkRecord) programme = NULL;
  g_autofree char *text = NULL;
  SkDiffEntry *e;
  gint64 added;

  older = open_rw (a);
  g_assert_true (sk_proposal_save_as (older, b, &error)); /* older now edits b */
  g_assert_true (sk_proposal_set (older, "proposal", 1, "term_end", g_variant_new_string ("2032-08-31"), &error));
  g_assert_true (sk_proposal_set (older, SK_KIND_PROGRAMME, 5, "diplomas", g_variant_new_int64 (2), &error));
  g_assert_true (sk_proposal_delete (older, SK_KIND_MOBILITY, 1, &error));
  programme = sk_record_copy (sk_proposal_lookup (older, SK_KIND_PROGRAMME, 1));
  added = sk_proposal_insert (older, programme, &error);
  g_assert_no_error (error);
  g_clear_object (&older);

  older = sk_proposal_open (a, SK_OPEN_READ_ONLY, &error);
  newer = sk_proposal_open (b, SK_OPEN_READ_ONLY, &error);
  d = sk_diff (older, newer, "en");
  g_assert_cmpuint (d->len, ==, 4);
  e = d->pdata[0];
  g_assert_cmpstr (e->kind->name, ==, "proposal");
  g_assert_cmpint (e->change, ==, SK_DIFF_CHANGED);
  g_assert_cmpuint (e->fields->len, ==, 1);
  /* As users read it: a date in the language, not as the file keeps it. */
  g_assert_cmpstr (((SkDiffField *) e->fields->pdata[0])->after, ==, "31 August 2032");
  g_assert_cmpstr (((SkDiffField *) e->fields->pdata[0])->label, ==, "End of term");
  e = d->pdata[1];
  g_assert_cmpstr (e->kind->name, ==, "programme");
  g_assert_cmpint (e->id, ==, 5);
  g_assert_cmpint (e->change, ==, SK_DIFF_CHANGED);
  e = d->pdata[2];
  g_assert_cmpstr (e->kind->name, ==, "programme");
  g_assert_cmpint (e->id, ==, added);
  g_assert_cmpint (e->change, ==, SK_DIFF_ADDED);
  e = d->pdata[3];
  g_assert_cmpstr (e->kind->name, ==, "mobility_figure");
  g_assert_cmpint (e->change, ==, SK_DIFF_REMOVED);
  text = sk_diff_to_text (d);
  g_assert_nonnull (strstr (text, "31 August 2031 → 31 August 2032"));
  /* A yes/no field as a word, a trilingual text with its language. */
  {
    SkDiffField *diplomas = ((SkDiffEntry *) d->pdata[1])->fields->pdata[0];
    g_assert_cmpstr (diplomas->before, ==, "1");
    g_assert_cmpstr (diplomas->after, ==, "2");
  }

  /* The same file against itself: nothing. */
  {
    g_autoptr (GPtrArray) none = sk_diff (older, older, "en");
    g_assert_cmpuint (none->len, ==, 0);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sk/review/fingerprint-stable", test_fingerprint_stable);
  g_test_add_func ("/sk/review/fingerprint-every-field", test_fingerprint_every_field);
  g_test_add_func ("/sk/review/lifecycle", test_lifecycle);
  g_test_add_func ("/sk/review/tampering", test_tampering);
  g_test_add_func ("/sk/review/diff", test_diff);
  return g_test_run ();
}
