/* test-workflow.c: the review record can be trusted
 *
 * Only the review API writes the status, its history, decisions and
 * remarks; recorded steps are never undone; a decision is withdrawn only
 * with a reason; a history that cannot have happened is found and the file
 * treated as tampered with; remarks are a dialogue; file format 3 from 2.
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "sk-diff.h"
#include "sk-error.h"
#include "sk-init.h"
#include "sk-json.h"
#include "sk-format.h"
#include "sk-review.h"
#include "sk-summary.h"
#include "sk-test-util.h"

static SkProposal *
open_rw (const char *path)
{
  g_autoptr (GError) error = NULL;
  SkProposal *p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  return p;
}

static void
raw_exec (const char *path, const char *sql)
{
  sqlite3 *db = NULL;
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
assert_workflow_refused (gboolean ok, GError **error)
{
  g_assert_false (ok);
  g_assert_error (*error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_WORKFLOW);
  g_clear_error (error);
}

/* A proposal with one round of review: submitted, remarked, returned. */
static char *
returned_copy (const char *as, gint64 *remark)
{
  char *path = sk_test_example_copy_as ("taraz-mendeleev.seriktes", as);
  g_autoptr (SkProposal) p = open_rw (path);
  g_autoptr (GError) error = NULL;

  g_assert_true (sk_review_transition (p, "submitted", "University", "first", &error));
  *remark = sk_review_add_remark (p, SK_KIND_PROGRAMME, 2, "staff-ratio", "Reviewer", "Too many foreign staff", &error);
  g_assert_no_error (error);
  g_assert_true (sk_review_decide (p, "return", "Reviewer", "Revise the staff", &error));
  return path;
}

/* Every route of the generic API to the review's data is refused, on a
 * draft and on a returned proposal; nothing reaches the file. */
static void
test_generic_refused (void)
{
  gint64 remark;
  g_autofree char *path = returned_copy ("refused.seriktes", &remark);
  g_autoptr (SkProposal) p = open_rw (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char * const kinds[] = { SK_KIND_DECISION, SK_KIND_STATUS_EVENT, SK_KIND_REMARK, SK_KIND_REMARK_REPLY };
  SkRecord *info;

  /* A reply exists to be refused too. */
  g_assert_true (sk_review_transition (p, "draft", "University", NULL, &error));
  g_assert_true (sk_review_respond_remark (p, remark, "University", "Staff revised", &error));
  g_assert_no_error (error);
  g_clear_object (&p);
  before = sk_test_file_digest (path);
  p = open_rw (path);
  info = sk_proposal_get_info (p);

  /* The status and fingerprint of the proposal: set, update. */
  assert_workflow_refused (sk_proposal_set (p, SK_KIND_PROPOSAL, 1, "status", g_variant_new_string ("approved"), &error),
                           &error);
  assert_workflow_refused (sk_proposal_set (p, SK_KIND_PROPOSAL, 1, "fingerprint", g_variant_new_string ("0"), &error),
                           &error);
  {
    g_autoptr (SkRecord) changed = sk_record_copy (info);
    sk_record_set_string (changed, "status", "submitted");
    sk_record_set_string (changed, "title_en", "Changed with the status");
    assert_workflow_refused (sk_proposal_update (p, changed, &error), &error);
  }

  /* Every review kind: insert, each field, delete. */
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      const SkKind *kind = sk_schema_kind (kinds[k]);
      g_autoptr (SkRecord) fresh = sk_test_full_record (p, kind, 0);
      g_autoptr (SkRecord) existing = g_list_model_get_item (sk_proposal_get_records (p, kinds[k]), 0);
      gint64 id = sk_record_get_id (existing);

      g_test_message ("%s", kinds[k]);
      g_assert_cmpint (sk_proposal_insert (p, fresh, &error), ==, 0);
      g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_WORKFLOW);
      g_clear_error (&error);
      for (guint f = 0; f < kind->n_fields; f++)
        {
          GVariant *v = sk_record_get_value_at (fresh, f);
          GVariant *now = sk_record_get_value_at (existing, f);

          if (v == NULL || (now && g_variant_equal (v, now)) || kind->fields[f].type == SK_FIELD_REF)
            continue;
          assert_workflow_refused (sk_proposal_set (p, kinds[k], id, kind->fields[f].name, g_variant_ref (v), &error),
                                   &error);
        }
      /* The remark's identity: retargeted, re-dated, another author. */
      if (g_str_equal (kinds[k], SK_KIND_REMARK))
        {
          assert_workflow_refused (sk_proposal_set (p, kinds[k], id, "target_id", g_variant_new_int64 (1), &error), &error);
          assert_workflow_refused (sk_proposal_set (p, kinds[k], id, "created", g_variant_new_string ("2020-01-01"), &error),
                                   &error);
          assert_workflow_refused (sk_proposal_set (p, kinds[k], id, "author", g_variant_new_string ("Someone"), &error),
                                   &error);
          assert_workflow_refused (sk_proposal_set (p, kinds[k], id, "target_kind", NULL, &error), &error);
        }
      assert_workflow_refused (sk_proposal_delete (p, kinds[k], id, &error), &error);
    }

  /* Nothing of it reached the file. */
  g_clear_object (&p);
  after = sk_test_file_digest (path);
  g_assert_cmpstr (before, ==, after);
  p = open_rw (path);
  info = sk_proposal_get_info (p);

  /* In a group: the whole group goes, content edits with it. */
  sk_proposal_begin_group (p, "Mixed");
  g_assert_true (sk_proposal_set (p, SK_KIND_PROPOSAL, 1, "languages", g_variant_new_string ("kk"), &error));
  assert_workflow_refused (sk_proposal_set (p, SK_KIND_PROPOSAL, 1, "status", g_variant_new_string ("approved"), &error),
                           &error);
  sk_proposal_cancel_group (p);
  g_assert_cmpstr (sk_record_get_string (info, "status"), ==, "draft");
  g_assert_cmpstr (sk_record_get_string (info, "languages"), !=, "kk");

  /* Deleting the record a remark is about leaves the remark alone. */
  g_assert_true (sk_proposal_delete (p, SK_KIND_PROGRAMME, 2, &error));
  g_assert_no_error (error);
  g_assert_nonnull (sk_proposal_lookup (p, SK_KIND_REMARK, remark));
}

/* JSON import: a history that cannot have happened is refused, nothing
 * written; a possible one comes through whole. */
static void
test_json_routes (void)
{
  g_autofree char *draft = sk_test_example_copy_as ("caspian-tu-berlin.seriktes", "json-draft.seriktes");
  g_autofree char *out = sk_test_tmp_path ("json-out.seriktes");
  g_autoptr (SkProposal) p = open_rw (draft);
  g_autoptr (GError) error = NULL;
  g_autofree char *json = sk_json_export_string (p, FALSE);
  const struct { const char *what, *from, *to; } forged[] = {
    { "a decision on a draft",
      "\"decisions\":[]",
      "\"decisions\":[{\"id\":1,\"decision\":\"approve\",\"decided_by\":\"X\",\"decided_at\":\"2026-12-01T10:00:00Z\"}]" },
    { "submitted without an event", "\"status\":\"draft\"", "\"status\":\"submitted\"" },
    { "an event from nowhere", "\"status_events\":[]",
      "\"status_events\":[{\"id\":1,\"from_status\":\"under_review\",\"to_status\":\"approved\","
      "\"changed_by\":\"X\",\"changed_at\":\"2026-12-01T10:00:00Z\"}]" },
    { "an addressed remark without a response", "\"review_remarks\":[]",
      "\"review_remarks\":[{\"id\":1,\"author\":\"X\",\"created\":\"2026-12-01T10:00:00Z\",\"text\":\"t\",\"state\":\"addressed\"}]" },
  };

  g_assert_nonnull (strstr (json, "\"status\":\"draft\""));
  for (guint i = 0; i < G_N_ELEMENTS (forged); i++)
    {
      g_autofree char *bad = NULL;
      g_auto (GStrv) parts = g_strsplit (json, forged[i].from, 2);

      g_test_message ("%s", forged[i].what);
      g_assert_cmpuint (g_strv_length (parts), ==, 2);
      bad = g_strjoin (forged[i].to, parts[0], parts[1], NULL);
      g_assert_false (sk_json_import_data (bad, -1, out, TRUE, &error));
      g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TAMPERED);
      g_assert_nonnull (strstr (error->message, "cannot have happened"));
      g_clear_error (&error);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }

  /* A real history survives export and import. */
  g_assert_true (sk_review_transition (p, "submitted", "University", NULL, &error));
  g_assert_true (sk_review_decide (p, "approve", "Reviewer", "Good", &error));
  g_assert_true (sk_review_withdraw_decision (p, "Reviewer", "Signed by mistake", &error));
  g_free (json);
  json = sk_json_export_string (p, TRUE);
  g_assert_true (sk_json_import_data (json, -1, out, TRUE, &error));
  g_assert_no_error (error);
  {
    g_autoptr (SkProposal) q = sk_proposal_open (out, SK_OPEN_READ_ONLY, &error);
    g_autofree char *again = sk_json_export_string (q, TRUE);
    g_assert_null (sk_review_history_problem (q));
    g_assert_cmpstr (again, ==, json);
  }
}

/* Ctrl+Z after a decision does nothing to it; undo stops at every
 * recorded step and redo does not bring back what came before. */
static void
test_undo_stops (void)
{
  g_autofree char *path = sk_test_example_copy_as ("taraz-mendeleev.seriktes", "undo.seriktes");
  g_autoptr (SkProposal) p = open_rw (path);
  g_autoptr (GError) error = NULL;
  SkRecord *info = sk_proposal_get_info (p);
  SkRecord *programme = sk_proposal_lookup (p, SK_KIND_PROGRAMME, 1);
  gint64 credits = sk_record_get_int (programme, "credits", 0);

  g_assert_true (sk_proposal_set (p, SK_KIND_PROGRAMME, 1, "credits", g_variant_new_int64 (credits + 1), &error));
  g_assert_true (sk_proposal_can_undo (p));
  g_assert_true (sk_review_transition (p, "submitted", "University", NULL, &error));
  g_assert_false (sk_proposal_can_undo (p));
  g_assert_false (sk_proposal_can_redo (p));
  g_assert_true (sk_review_decide (p, "return", "Reviewer", "Revise", &error));
  g_assert_false (sk_proposal_can_undo (p));

  /* The stray keystroke: nothing to undo, the decision stands. */
  g_assert_true (sk_proposal_undo (p, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sk_record_get_string (info, "status"), ==, "returned");
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_DECISION), ==, 1);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_STATUS_EVENT), ==, 3);

  /* Revising: edits are undone as ever, up to the last recorded step. */
  g_assert_true (sk_review_transition (p, "draft", "University", NULL, &error));
  g_assert_true (sk_proposal_set (p, SK_KIND_PROGRAMME, 1, "credits", g_variant_new_int64 (credits + 2), &error));
  g_assert_true (sk_review_add_remark (p, NULL, 0, NULL, "University", "Note to self", &error) > 0);
  g_assert_false (sk_proposal_can_undo (p));
  g_assert_true (sk_proposal_set (p, SK_KIND_PROGRAMME, 1, "credits", g_variant_new_int64 (credits + 3), &error));
  g_assert_true (sk_proposal_undo (p, &error));
  g_assert_cmpint (sk_record_get_int (programme, "credits", 0), ==, credits + 2);
  g_assert_false (sk_proposal_can_undo (p));
  g_assert_true (sk_proposal_redo (p, &error));
  g_assert_cmpint (sk_record_get_int (programme, "credits", 0), ==, credits + 3);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_REMARK), ==, 1);
}

/* A decision is taken back only with a reason, recorded; the decision
 * stays, marked withdrawn; the proposal is under review again. */
static void
test_withdrawal (void)
{
  g_autofree char *path = sk_test_example_copy_as ("taraz-mendeleev.seriktes", "withdraw.seriktes");
  g_autoptr (SkProposal) p = open_rw (path);
  g_autoptr (GError) error = NULL;
  SkRecord *info = sk_proposal_get_info (p);
  SkRecord *decision;
  g_autoptr (GPtrArray) history = NULL;

  g_assert_false (sk_review_withdraw_decision (p, "Reviewer", "No reason", &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_true (sk_review_decide (p, "approve", "Reviewer", "Fine", &error) == FALSE);
  g_clear_error (&error);
  g_assert_true (sk_review_transition (p, "submitted", "University", NULL, &error));
  g_assert_true (sk_review_decide (p, "approve", "Reviewer", "Fine", &error));
  g_assert_no_error (error);

  /* Not by the workflow's ordinary steps, not without a reason. */
  g_assert_false (sk_review_transition (p, "under_review", "Reviewer", NULL, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_false (sk_review_withdraw_decision (p, "Reviewer", "", &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (sk_review_withdraw_decision (p, NULL, "Reason", &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_cmpstr (sk_record_get_string (info, "status"), ==, "approved");

  g_assert_true (sk_review_withdraw_decision (p, "Head reviewer", "Approved before the committee met.", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sk_record_get_string (info, "status"), ==, "under_review");
  g_assert_false (sk_proposal_can_undo (p));
  decision = sk_proposal_lookup (p, SK_KIND_DECISION, 1);
  g_assert_cmpstr (sk_record_get_string (decision, "decision"), ==, "approve");
  g_assert_cmpstr (sk_record_get_string (decision, "withdrawn_by"), ==, "Head reviewer");
  g_assert_cmpstr (sk_record_get_string (decision, "withdrawal_reason"), ==, "Approved before the committee met.");
  g_assert_nonnull (sk_record_get_string (decision, "withdrawn_at"));

  /* Decided again; the file holds a possible history. */
  g_assert_true (sk_review_decide (p, "reject", "Head reviewer", "Does not meet the rules", &error));
  g_assert_false (sk_review_withdraw_decision (p, "Head reviewer", NULL, &error));
  g_clear_error (&error);
  g_clear_object (&p);
  p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_null (sk_review_history_problem (p));
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_DECISION), ==, 2);
  history = sk_review_history (p, "en");
  g_assert_cmpuint (history->len, ==, 5);
  g_assert_cmpstr (((SkHistoryEntry *) history->pdata[3])->what, ==, "Decision withdrawn; under review again");
  g_assert_cmpstr (((SkHistoryEntry *) history->pdata[3])->note, ==, "Approved before the committee met.");
  g_assert_cmpstr (((SkHistoryEntry *) history->pdata[4])->what, ==, "Decision: Rejected");
}

/* Files whose history cannot have happened, made with SQL: each is
 * opened (for viewing) with the reason, can be changed in no way, and is
 * left as it is. */
static void
test_impossible_histories (void)
{
  const struct { const char *what; const char *sql; const char *reason; } cases[] = {
    { "a decision without a review",
      "INSERT INTO decision (id, decision, decided_by, decided_at) VALUES (9, 'approve', 'X', '2026-12-01T10:00:00Z');",
      "decision 9 has no review" },
    { "events out of order",
      "UPDATE status_event SET changed_at = '2020-01-01T00:00:00Z' WHERE id = 3;",
      "status change 3 is dated before" },
    { "a status its events do not lead to",
      "UPDATE proposal SET status = 'draft', fingerprint = NULL;",
      "its status changes lead to" },
    { "a broken chain",
      "UPDATE status_event SET from_status = 'draft', to_status = 'submitted' WHERE id = 2;",
      "status change 2 starts from" },
    { "a step the workflow does not have",
      "UPDATE status_event SET to_status = 'approved' WHERE id = 1; UPDATE status_event SET from_status = 'approved' WHERE id = 2;",
      "is not a step of the review" },
    { "a decision that is not the recorded one",
      "UPDATE decision SET decision = 'approve';",
      "is not the one its status change" },
    { "a withdrawal not recorded",
      "UPDATE decision SET withdrawn_by = 'X', withdrawn_at = '2026-12-01T10:00:00Z', withdrawal_reason = 'r';",
      "no withdrawal is recorded" },
    { "a remark addressed without a response",
      "UPDATE review_remark SET state = 'addressed';",
      "its replies do not leave it so" },
    { "a remark on something that is not a record",
      "UPDATE review_remark SET target_kind = 'nothing';",
      "not a record of a proposal" },
    { "an unreadable time",
      "UPDATE status_event SET changed_at = 'yesterday' WHERE id = 1;",
      "has no valid time" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("impossible-%u.seriktes", i);
      gint64 remark;
      g_autofree char *path = returned_copy (name, &remark);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (SkProposal) p = NULL;
      const GError *problem;

      g_test_message ("%s", cases[i].what);
      raw_exec (path, cases[i].sql);
      before = sk_test_file_digest (path);

      p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
      g_assert_no_error (error);
      problem = sk_review_history_problem (p);
      g_assert_nonnull (problem);
      g_assert_true (g_error_matches (problem, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TAMPERED));
      if (strstr (problem->message, cases[i].reason) == NULL)
        g_error ("%s: “%s” does not say “%s”", cases[i].what, problem->message, cases[i].reason);
      g_clear_object (&p);

      /* Opened for editing: nothing can be changed, nothing repaired. */
      p = open_rw (path);
      g_assert_true (sk_proposal_is_frozen (p));
      g_assert_false (sk_proposal_set (p, SK_KIND_PROGRAMME, 1, "credits", g_variant_new_int64 (1), &error));
      g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TAMPERED);
      g_clear_error (&error);
      g_assert_false (sk_review_transition (p, "draft", "University", NULL, &error));
      g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TAMPERED);
      g_clear_error (&error);
      g_assert_false (sk_review_decide (p, "approve", "Reviewer", NULL, &error));
      g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TAMPERED);
      g_clear_error (&error);
      g_assert_cmpint (sk_review_add_remark (p, NULL, 0, NULL, "Reviewer", "x", &error), ==, 0);
      g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TAMPERED);
      g_clear_error (&error);
      g_clear_object (&p);
      after = sk_test_file_digest (path);
      g_assert_cmpstr (before, ==, after);

      /* Its summary says so. */
      {
        g_autoptr (SkFileSummary) s = sk_file_summary_new (path, NULL, NULL);
        g_assert_null (s->error);
        g_assert_true (s->tampered);
        g_assert_nonnull (strstr (s->verdict, cases[i].reason));
      }
    }
}

/* The university answers while revising, the reviewer resolves or not;
 * the remark keeps its identity and round, its replies their order. */
static void
test_remark_dialogue (void)
{
  gint64 remark;
  g_autofree char *path = returned_copy ("dialogue.seriktes", &remark);
  g_autoptr (SkProposal) p = open_rw (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) replies = NULL;
  SkRecord *r = sk_proposal_lookup (p, SK_KIND_REMARK, remark);
  g_autofree char *created = g_strdup (sk_record_get_string (r, "created"));

  g_assert_cmpstr (sk_record_get_string (r, "state"), ==, "open");
  g_assert_cmpint (sk_record_get_int (r, "round", 0), ==, 1);
  /* A remark on the proposal's own record, as its editor makes it. */
  g_assert_cmpint (sk_review_add_remark (p, SK_KIND_PROPOSAL, 1, NULL, "Reviewer", "On the whole", &error), >, 0);
  g_assert_no_error (error);

  /* The reviewer does not judge a returned proposal's remarks. */
  g_assert_false (sk_review_resolve_remark (p, remark, TRUE, "Reviewer", NULL, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_false (sk_review_respond_remark (p, remark, "University", "", &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (sk_review_respond_remark (p, 999, "University", "x", &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (sk_review_transition (p, "draft", "University", NULL, &error));
  g_assert_true (sk_review_respond_remark (p, remark, "University", "Two lecturers added", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sk_record_get_string (r, "state"), ==, "addressed");
  g_assert_true (sk_review_transition (p, "submitted", "University", "second", &error));
  /* Frozen again: the university no longer answers. */
  g_assert_false (sk_review_respond_remark (p, remark, "University", "More", &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TRANSITION);
  g_clear_error (&error);

  /* Not resolved: open again, with why; then resolved in round 3. */
  g_assert_true (sk_review_resolve_remark (p, remark, FALSE, "Reviewer", "Still 35 %", &error));
  g_assert_cmpstr (sk_record_get_string (r, "state"), ==, "open");
  g_assert_false (sk_review_resolve_remark (p, remark, FALSE, "Reviewer", NULL, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_true (sk_review_decide (p, "return", "Reviewer", "Once more", &error));
  g_assert_true (sk_review_transition (p, "draft", "University", NULL, &error));
  g_assert_true (sk_review_respond_remark (p, remark, "University", "Now 29 %", &error));
  g_assert_true (sk_review_transition (p, "submitted", "University", "third", &error));
  g_assert_true (sk_review_resolve_remark (p, remark, TRUE, "Reviewer", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sk_record_get_string (r, "state"), ==, "resolved");

  /* All of it stays, in order; the remark is what it was. */
  g_clear_object (&p);
  p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_null (sk_review_history_problem (p));
  r = sk_proposal_lookup (p, SK_KIND_REMARK, remark);
  g_assert_cmpstr (sk_record_get_string (r, "created"), ==, created);
  g_assert_cmpstr (sk_record_get_string (r, "target_kind"), ==, SK_KIND_PROGRAMME);
  g_assert_cmpint (sk_record_get_int (r, "target_id", 0), ==, 2);
  replies = sk_review_remark_replies (p, remark);
  g_assert_cmpuint (replies->len, ==, 4);
  g_assert_cmpstr (sk_record_get_string (replies->pdata[0], "action"), ==, "respond");
  g_assert_cmpstr (sk_record_get_string (replies->pdata[1], "action"), ==, "reopen");
  g_assert_cmpstr (sk_record_get_string (replies->pdata[1], "text"), ==, "Still 35 %");
  g_assert_cmpstr (sk_record_get_string (replies->pdata[2], "text"), ==, "Now 29 %");
  g_assert_cmpstr (sk_record_get_string (replies->pdata[3], "action"), ==, "resolve");
}

/* The submission records the errors and warnings left; the history says
 * so, with dates and times as the language writes them. */
static void
test_submission_counts (void)
{
  g_autofree char *path = sk_test_example_copy_as ("kyzylorda-arizona.seriktes", "counts.seriktes");
  g_autoptr (SkProposal) p = open_rw (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  SkReviewOptions options = { .rules = rules, .year = 2026 };
  g_autoptr (SkRecord) event = NULL;
  g_autofree char *text = NULL;
  g_autofree char *today = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  g_assert_true (sk_review_transition_full (p, "submitted", "University", "with errors", &options, &error));
  g_assert_no_error (error);
  event = g_list_model_get_item (sk_proposal_get_records (p, SK_KIND_STATUS_EVENT), 0);
  g_assert_cmpint (sk_record_get_int (event, "errors", -1), ==, 2);
  g_assert_cmpint (sk_record_get_int (event, "warnings", -1), ==, 1);
  text = sk_review_history_text (p, "en");
  g_assert_nonnull (strstr (text, "Submitted with 2 errors and 1 warning remaining — University"));
  g_assert_nonnull (strstr (text, "with errors"));
  /* The date as the language writes it, in Russian too. */
  today = sk_format_date_time (now, "ru");
  g_free (text);
  text = sk_review_history_text (p, "ru");
  g_assert_nonnull (strstr (text, today));
}

/* Content changed outside Seriktes: starting the review or deciding needs
 * an acknowledgement, which the history records. */
static void
test_acknowledged_mismatch (void)
{
  g_autofree char *path = sk_test_example_copy_as ("caspian-tu-berlin.seriktes", "mismatch.seriktes");
  g_autoptr (SkProposal) p = open_rw (path);
  g_autoptr (GError) error = NULL;
  SkReviewOptions ack = { .acknowledge_mismatch = TRUE };
  g_autofree char *content = NULL;
  g_autofree char *text = NULL;
  g_autoptr (SkRecord) event = NULL;

  g_assert_true (sk_review_transition (p, "submitted", "University", NULL, &error));
  g_clear_object (&p);
  raw_exec (path, "UPDATE financing_line SET amount_kzt = amount_kzt + 1 WHERE id = 1");
  p = open_rw (path);
  g_assert_cmpint (sk_review_verify (p), ==, SK_FINGERPRINT_MISMATCH);
  g_assert_null (sk_review_history_problem (p)); /* the content, not the history */

  g_assert_false (sk_review_transition (p, "under_review", "Reviewer", NULL, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_MISMATCH);
  g_clear_error (&error);
  g_assert_false (sk_review_decide (p, "reject", "Reviewer", NULL, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_MISMATCH);
  g_clear_error (&error);
  g_assert_cmpuint (sk_proposal_count (p, SK_KIND_STATUS_EVENT), ==, 1);

  g_assert_true (sk_review_transition_full (p, "under_review", "Reviewer", NULL, &ack, &error));
  g_assert_no_error (error);
  content = sk_review_fingerprint (p);
  event = g_list_model_get_item (sk_proposal_get_records (p, SK_KIND_STATUS_EVENT), 1);
  g_assert_cmpstr (sk_record_get_string (event, "acknowledged_fingerprint"), ==, content);
  g_assert_cmpstr (sk_record_get_string (event, "fingerprint"), !=, content);
  g_assert_false (sk_review_decide (p, "reject", "Reviewer", NULL, &error));
  g_clear_error (&error);
  g_assert_true (sk_review_decide_full (p, "reject", "Reviewer", "Changed after submission", &ack, &error));
  text = sk_review_history_text (p, "en");
  g_assert_nonnull (strstr (text, "Review started (acknowledged that the content no longer matched its fingerprint)"));
}

/* The comparison of two versions: findings resolved, new and unchanged,
 * the remarks answered in between. */
static void
test_compliance_delta (void)
{
  gint64 remark;
  g_autofree char *first = sk_test_example_copy_as ("kyzylorda-arizona.seriktes", "delta-1.seriktes");
  g_autofree char *second = sk_test_tmp_path ("delta-2.seriktes");
  g_autoptr (SkProposal) p = open_rw (first);
  g_autoptr (SkProposal) older = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkComparison) c = NULL;
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  SkCheckOptions options = { .year = 2026, .language = "en" };
  g_autofree char *text = NULL;

  g_assert_true (sk_review_transition (p, "submitted", "University", NULL, &error));
  remark = sk_review_add_remark (p, SK_KIND_PROGRAMME, 5, "programme-diplomas", "Reviewer", "Two diplomas", &error);
  g_assert_true (sk_review_decide (p, "return", "Reviewer", "Fix the errors", &error));
  g_assert_true (sk_proposal_save_as (p, second, &error));
  g_assert_true (sk_review_transition (p, "draft", "University", NULL, &error));
  g_assert_true (sk_proposal_set (p, SK_KIND_PROGRAMME, 5, "diplomas", g_variant_new_int64 (2), &error));
  g_assert_true (sk_proposal_set (p, SK_KIND_PROPOSAL, 1, "term_end", g_variant_new_string ("2032-08-31"), &error));
  g_assert_true (sk_review_respond_remark (p, remark, "University", "Two diplomas now", &error));
  g_assert_true (sk_review_transition (p, "submitted", "University", NULL, &error));
  g_assert_no_error (error);

  older = sk_proposal_open (first, SK_OPEN_READ_ONLY, &error);
  c = sk_comparison_new (older, p, rules, &options);
  g_assert_cmpuint (c->changes->len, ==, 2);
  g_assert_cmpuint (c->older_counts[0], ==, 2);
  g_assert_cmpuint (c->newer_counts[0], ==, 0);
  g_assert_cmpuint (c->resolved->len, ==, 2);
  g_assert_cmpstr (sk_finding_get_check_id (c->resolved->pdata[0]), ==, "term");
  g_assert_cmpstr (sk_finding_get_check_id (c->resolved->pdata[1]), ==, "programme-diplomas");
  /* A longer term asks for the figures of its new year: new warnings. */
  g_assert_cmpuint (c->added->len, >, 0);
  for (guint i = 0; i < c->added->len; i++)
    g_assert_cmpint (sk_finding_get_severity (c->added->pdata[i]), ==, SK_SEVERITY_WARNING);
  g_assert_cmpuint (c->unchanged->len, ==, 2);
  g_assert_cmpuint (c->unchanged->len + c->added->len, ==,
                    c->newer_counts[0] + c->newer_counts[1] + c->newer_counts[2]);
  g_assert_cmpuint (c->remarks->len, ==, 1);
  g_assert_cmpint (sk_record_get_id (c->remarks->pdata[0]), ==, remark);
  g_assert_cmpstr (sk_record_get_string (c->responses->pdata[0], "text"), ==, "Two diplomas now");
  g_assert_false (sk_comparison_is_empty (c));
  text = sk_comparison_to_text (c);
  g_assert_nonnull (strstr (text, "2 errors, 1 warning → 0 errors, "));
  g_assert_nonnull (strstr (text, "New in the newer version:"));
  g_assert_nonnull (strstr (text, "Resolved since the older version:"));
  g_assert_nonnull (strstr (text, "Two diplomas now"));
  g_assert_nonnull (strstr (text, "Diplomas issued: 1 → 2"));

  /* A version against itself: nothing. */
  {
    g_autoptr (SkComparison) none = sk_comparison_new (older, older, rules, &options);
    g_assert_true (sk_comparison_is_empty (none));
    g_assert_cmpuint (none->resolved->len + none->added->len, ==, 0);
  }
}

/* A file of version 2, as the previous release wrote it (a submitted
 * proposal with remarks, one resolved), brought to version 3: the states
 * follow, the fingerprint still matches, the history is possible. */
static void
test_migration_v2 (void)
{
  g_autofree char *path = sk_test_tmp_path ("v2.seriktes");
  g_autoptr (GBytes) v1 = NULL;
  g_autoptr (GBytes) v2 = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *submit = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  sk_core_ensure_resources ();
  v1 = g_resources_lookup_data ("/kz/seriktes/core/schema/v1.sql", G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  v2 = g_resources_lookup_data ("/kz/seriktes/core/schema/v2.sql", G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  sql = g_strdup_printf ("%s %s PRAGMA application_id = %d; PRAGMA user_version = 2; "
                         "INSERT INTO proposal (id, status, title_en) VALUES (1, 'draft', 'Second release');"
                         "INSERT INTO institution (id, role, name_en) VALUES (1, 'foreign_ohpe', 'Old University');"
                         "INSERT INTO review_remark (id, author, created, text, resolved) VALUES "
                         "(1, 'Reviewer', '2026-11-02T10:00:00+05:00', 'Resolved one', 1),"
                         "(2, 'Reviewer', '2026-11-02T10:05:00+05:00', 'Open one', 0);",
                         (const char *) g_bytes_get_data (v1, NULL), (const char *) g_bytes_get_data (v2, NULL),
                         (int) SK_APPLICATION_ID);
  raw_exec (path, sql);

  /* Read for viewing (brought up to date in memory), the file untouched:
   * its fingerprint is then what the previous release computed. */
  before = sk_test_file_digest (path);
  p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sk_record_get_string (sk_proposal_lookup (p, SK_KIND_REMARK, 1), "state"), ==, "resolved");
  g_assert_cmpstr (sk_record_get_string (sk_proposal_lookup (p, SK_KIND_REMARK, 2), "state"), ==, "open");
  fingerprint = sk_review_fingerprint (p);
  g_clear_object (&p);
  after = sk_test_file_digest (path);
  g_assert_cmpstr (before, ==, after);
  submit = g_strdup_printf ("UPDATE proposal SET status = 'submitted', fingerprint = '%s';"
                            "INSERT INTO status_event (id, from_status, to_status, changed_by, changed_at, fingerprint) "
                            "VALUES (1, 'draft', 'submitted', 'University', '2026-11-01T09:00:00+05:00', '%s');",
                            fingerprint, fingerprint);
  raw_exec (path, submit);

  /* Opened for editing: migrated in place. */
  p = open_rw (path);
  g_assert_null (sk_review_history_problem (p));
  g_assert_cmpint (sk_review_verify (p), ==, SK_FINGERPRINT_MATCHES);
  g_assert_cmpstr (sk_record_get_string (sk_proposal_lookup (p, SK_KIND_REMARK, 1), "state"), ==, "resolved");
  g_assert_false (sk_record_is_set (sk_proposal_lookup (p, SK_KIND_REMARK, 1), "round"));
  g_assert_cmpstr (sk_record_get_string (sk_proposal_lookup (p, SK_KIND_REMARK, 2), "state"), ==, "open");
  /* The review goes on in version 3. */
  g_assert_true (sk_review_resolve_remark (p, 2, TRUE, "Reviewer", NULL, &error));
  g_assert_true (sk_review_decide (p, "approve", "Reviewer", "Fine", &error));
  g_assert_no_error (error);
  g_clear_object (&p);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, SK_SCHEMA_VERSION);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM remark_reply", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* A JSON document of version 2 keeps "resolved" where version 3 has the
 * state. */
static void
test_json_v2 (void)
{
  g_autofree char *out = sk_test_tmp_path ("json-v2.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = NULL;
  const char *json =
    "{\"format\":\"seriktes-proposal\",\"version\":2,\"proposal\":{\"status\":\"draft\"},"
    "\"review_remarks\":[{\"id\":1,\"author\":\"R\",\"created\":\"2026-11-02T10:00:00Z\",\"text\":\"a\",\"resolved\":true},"
    "{\"id\":2,\"author\":\"R\",\"created\":\"2026-11-02T10:00:00Z\",\"text\":\"b\"}]}";
  const char *v3_with_resolved =
    "{\"format\":\"seriktes-proposal\",\"version\":3,\"proposal\":{\"status\":\"draft\"},"
    "\"review_remarks\":[{\"id\":1,\"author\":\"R\",\"created\":\"2026-11-02T10:00:00Z\",\"text\":\"a\",\"resolved\":true}]}";

  g_assert_true (sk_json_import_data (json, -1, out, FALSE, &error));
  g_assert_no_error (error);
  p = sk_proposal_open (out, SK_OPEN_READ_ONLY, &error);
  g_assert_cmpstr (sk_record_get_string (sk_proposal_lookup (p, SK_KIND_REMARK, 1), "state"), ==, "resolved");
  g_assert_cmpstr (sk_record_get_string (sk_proposal_lookup (p, SK_KIND_REMARK, 2), "state"), ==, "open");
  g_assert_false (sk_json_import_data (v3_with_resolved, -1, out, TRUE, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_JSON);
  g_assert_nonnull (strstr (error->message, "$.review_remarks[0].resolved"));
}

/* The per-file summary of the inbox and of `check --format csv`. */
static void
test_file_summary (void)
{
  g_autofree char *path = sk_test_example_copy_as ("taraz-mendeleev.seriktes", "summary, \"quoted\".seriktes");
  g_autofree char *bad = sk_test_tmp_path ("summary-bad.seriktes");
  g_autoptr (GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_file_summary_free);
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  SkCheckOptions options = { .year = 2026, .language = "en" };
  g_autoptr (GError) error = NULL;
  g_autofree char *csv = NULL;
  g_auto (GStrv) lines = NULL;
  SkFileSummary *s;

  {
    g_autoptr (SkProposal) p = open_rw (path);
    g_assert_true (sk_review_transition (p, "submitted", "University", NULL, &error));
  }
  g_assert_true (g_file_set_contents (bad, "not a proposal", -1, NULL));
  g_ptr_array_add (all, sk_file_summary_new (path, rules, &options));
  g_ptr_array_add (all, sk_file_summary_new (bad, rules, &options));
  s = all->pdata[0];
  g_assert_null (s->error);
  g_assert_cmpstr (s->applicant, ==, "M. Kh. Dulati Taraz University");
  g_assert_cmpstr (s->model, ==, "Branch of a foreign OHPE");
  g_assert_cmpstr (s->status, ==, "submitted");
  g_assert_cmpuint (s->errors, ==, 0);
  g_assert_cmpuint (s->warnings, ==, 5);
  g_assert_cmpint (s->fingerprint, ==, SK_FINGERPRINT_MATCHES);
  g_assert_cmpstr (s->last_event, ==, "Submitted with 0 errors and 5 warnings remaining");
  g_assert_cmpstr (s->last_event_by, ==, "University");
  s = all->pdata[1];
  g_assert_error (s->error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NOT_PROPOSAL);

  csv = sk_file_summaries_to_csv (all, "en");
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_true (g_str_has_prefix (lines[0], "file,title,applicant,model,status,errors,warnings,notes,fingerprint,"));
  g_assert_nonnull (strstr (lines[1], "summary, \"\"quoted\"\".seriktes\","));
  g_assert_nonnull (strstr (lines[1], ",Submitted,0,5,1,Matches its fingerprint,Submitted with 0 errors and 5 warnings remaining,University,"));
  g_assert_true (g_str_has_suffix (lines[2], ",,,,,,,,,,,The file is not a Seriktes proposal: its content is not in the proposal file format."));
  g_assert_cmpstr (lines[3], ==, "");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sk/workflow/generic-refused", test_generic_refused);
  g_test_add_func ("/sk/workflow/json-routes", test_json_routes);
  g_test_add_func ("/sk/workflow/undo-stops", test_undo_stops);
  g_test_add_func ("/sk/workflow/withdrawal", test_withdrawal);
  g_test_add_func ("/sk/workflow/impossible-histories", test_impossible_histories);
  g_test_add_func ("/sk/workflow/remark-dialogue", test_remark_dialogue);
  g_test_add_func ("/sk/workflow/submission-counts", test_submission_counts);
  g_test_add_func ("/sk/workflow/acknowledged-mismatch", test_acknowledged_mismatch);
  g_test_add_func ("/sk/workflow/compliance-delta", test_compliance_delta);
  g_test_add_func ("/sk/workflow/migration-v2", test_migration_v2);
  g_test_add_func ("/sk/workflow/json-v2", test_json_v2);
  g_test_add_func ("/sk/workflow/file-summary", test_file_summary);
  return g_test_run ();
}
