/* sk-review.c: the review workflow */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sk-check.h"
#include "sk-error.h"
#include "sk-i18n.h"
#include "sk-init.h"
#include "sk-json.h"
#include "sk-format.h"
#include "sk-proposal-private.h"
#include "sk-review.h"
#include "sk-review-private.h"

static const struct {
  const char *from;
  const char *to;
} transitions[] = {
  { "draft", "submitted" },
  { "submitted", "under_review" },
  { "under_review", "approved" },
  { "under_review", "returned" },
  { "under_review", "rejected" },
  { "returned", "draft" },
};

gboolean
sk_review_can_transition (const char *from, const char *to)
{
  for (guint i = 0; i < G_N_ELEMENTS (transitions); i++)
    if (g_strcmp0 (transitions[i].from, from) == 0 && g_strcmp0 (transitions[i].to, to) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_decided (const char *status)
{
  return g_strcmp0 (status, "approved") == 0 || g_strcmp0 (status, "returned") == 0 ||
         g_strcmp0 (status, "rejected") == 0;
}

/* A decision taken back: from its outcome to under review again. */
static gboolean
is_withdrawal (const char *from, const char *to)
{
  return is_decided (from) && g_strcmp0 (to, "under_review") == 0;
}

/* A fingerprint renewed without a change of status (by the upgrade to
 * file format 4, _sk_review_renew_after_upgrade): the status stays, the
 * new fingerprint is recorded, nothing else. */
static gboolean
is_renewal (SkRecord *e)
{
  const char *from = sk_record_get_string (e, "from_status");

  return from && !g_str_equal (from, "draft") &&
         g_strcmp0 (from, sk_record_get_string (e, "to_status")) == 0 &&
         sk_record_get_string (e, "fingerprint") && !sk_record_get_string (e, "note") &&
         !sk_record_get_string (e, "acknowledged_fingerprint") && !sk_record_is_set (e, "errors");
}

static const struct { const char *decision; const char *status; } outcomes[] = {
  { "approve", "approved" }, { "return", "returned" }, { "reject", "rejected" },
};

static const char *
outcome_status (const char *decision)
{
  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    if (g_strcmp0 (outcomes[i].decision, decision) == 0)
      return outcomes[i].status;
  return NULL;
}

const char *
sk_review_default_author (void)
{
  const char *name = g_get_real_name ();

  if (name == NULL || *name == '\0' || g_str_equal (name, "Unknown"))
    name = g_get_user_name ();
  return name;
}

static char *
now_text (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  return g_date_time_format_iso8601 (now);
}

static const char *
enum_label (const char *kind, const char *field, const char *code, const char *lang)
{
  const SkField *f = sk_kind_field (sk_schema_kind (kind), field);
  const SkEnumValue *v = sk_field_enum_value (f, code);
  return v ? sk_tr (lang, v->label) : code;
}

static const char *
status_label (const char *code)
{
  return enum_label (SK_KIND_PROPOSAL, "status", code, NULL);
}

static gboolean
need_by (const char *by, GError **error)
{
  if (by == NULL || *by == '\0')
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   _("Say who changes the status."));
      return FALSE;
    }
  return TRUE;
}

/* Records of @kind in id order (references). */
static GPtrArray *
records (SkProposal *proposal, const char *kind)
{
  GListModel *model = sk_proposal_get_records (proposal, kind);
  guint n = g_list_model_get_n_items (model);
  GPtrArray *out = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (out, g_list_model_get_item (model, i));
  return out;
}

static guint
count_submissions (SkProposal *proposal)
{
  g_autoptr (GPtrArray) events = records (proposal, SK_KIND_STATUS_EVENT);
  guint n = 0;

  for (guint i = 0; i < events->len; i++)
    n += g_strcmp0 (sk_record_get_string (events->pdata[i], "to_status"), "submitted") == 0 &&
         !is_renewal (events->pdata[i]);
  return n;
}

/* One step, inside the caller's recorded group, at @now. */
static gboolean
step (SkProposal *proposal, const char *to, const char *by, const char *note, const char *now,
      const SkReviewOptions *options, GError **error)
{
  SkRecord *info = sk_proposal_get_info (proposal);
  const char *from = sk_record_get_string (info, "status");
  g_autoptr (SkRecord) changed = sk_record_copy (info);
  g_autoptr (SkRecord) event = sk_record_new (sk_schema_kind (SK_KIND_STATUS_EVENT));
  g_autofree char *fingerprint = NULL;
  g_autofree char *acknowledged = NULL;

  if (!sk_review_can_transition (from, to))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TRANSITION,
                   _("A proposal that is “%s” cannot become “%s”."), status_label (from), status_label (to));
      return FALSE;
    }
  if (!need_by (by, error))
    return FALSE;

  /* The reviewer works on what was submitted, or says that it is not. */
  if (g_str_equal (from, "submitted") || g_str_equal (from, "under_review"))
    {
      g_autofree char *content = sk_review_fingerprint (proposal);
      const char *stored = sk_record_get_string (info, "fingerprint");

      if (g_strcmp0 (content, stored) != 0)
        {
          if (options == NULL || !options->acknowledge_mismatch)
            {
              g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_MISMATCH,
                           _("The content no longer matches the fingerprint recorded at submission: it is not what was submitted. "
                             "Acknowledge this explicitly to go on; the acknowledgement is recorded in the history."));
              return FALSE;
            }
          acknowledged = g_steal_pointer (&content);
        }
    }

  if (g_str_equal (to, "submitted"))
    {
      g_autoptr (SkRuleSet) own = NULL;
      SkRuleSet *rules = options ? options->rules : NULL;
      SkCheckOptions check = { .year = options ? options->year : 0 };
      g_autoptr (GPtrArray) findings = NULL;
      guint errors, warnings;

      if (rules == NULL)
        rules = own = sk_rule_set_new_default ();
      if (check.year == 0)
        {
          g_autoptr (GDateTime) today = g_date_time_new_now_local ();
          check.year = g_date_time_get_year (today);
        }
      findings = sk_check (proposal, rules, &check);
      sk_findings_count (findings, &errors, &warnings, NULL);
      sk_record_set_int (event, "errors", errors);
      sk_record_set_int (event, "warnings", warnings);
      fingerprint = sk_review_fingerprint (proposal);
    }
  else if (g_str_equal (to, "draft"))
    fingerprint = NULL; /* editable again: the next submission makes a new one */
  else
    fingerprint = g_strdup (sk_record_get_string (info, "fingerprint"));

  sk_record_set_string (event, "from_status", from);
  sk_record_set_string (event, "to_status", to);
  sk_record_set_string (event, "changed_by", by);
  sk_record_set_string (event, "changed_at", now);
  sk_record_set_string (event, "fingerprint", fingerprint ? fingerprint : sk_record_get_string (info, "fingerprint"));
  sk_record_set_string (event, "acknowledged_fingerprint", acknowledged);
  if (note && *note)
    sk_record_set_string (event, "note", note);

  sk_record_set_string (changed, "status", to);
  sk_record_set_string (changed, "fingerprint", fingerprint);
  return sk_proposal_update (proposal, changed, error) && sk_proposal_insert (proposal, event, error) != 0;
}

static gboolean
check_history (SkProposal *proposal, GError **error)
{
  const GError *problem = sk_review_history_problem (proposal);

  if (problem)
    {
      g_set_error_literal (error, problem->domain, problem->code, problem->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
sk_review_transition_full (SkProposal *proposal, const char *to_status, const char *by,
                           const char *note, const SkReviewOptions *options, GError **error)
{
  g_autofree char *now = now_text ();

  g_return_val_if_fail (SK_IS_PROPOSAL (proposal), FALSE);

  if (!check_history (proposal, error))
    return FALSE;
  _sk_proposal_begin_recorded (proposal, _("Change Status"));
  if (!step (proposal, to_status, by, note, now, options, error))
    {
      _sk_proposal_cancel_recorded (proposal);
      return FALSE;
    }
  return _sk_proposal_end_recorded (proposal, error);
}

gboolean
sk_review_transition (SkProposal *proposal, const char *to_status, const char *by,
                      const char *note, GError **error)
{
  return sk_review_transition_full (proposal, to_status, by, note, NULL, error);
}

gboolean
sk_review_decide_full (SkProposal *proposal, const char *decision, const char *by,
                       const char *justification, const SkReviewOptions *options, GError **error)
{
  const char *status = outcome_status (decision);
  g_autoptr (SkRecord) record = NULL;
  g_autofree char *now = now_text ();

  g_return_val_if_fail (SK_IS_PROPOSAL (proposal), FALSE);

  if (status == NULL)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   _("“%s” is not a decision: approve, return or reject."), decision ? decision : "");
      return FALSE;
    }
  if (!check_history (proposal, error))
    return FALSE;

  _sk_proposal_begin_recorded (proposal, _("Decision"));
  if (g_strcmp0 (sk_record_get_string (sk_proposal_get_info (proposal), "status"), "submitted") == 0 &&
      !step (proposal, "under_review", by, NULL, now, options, error))
    goto fail;
  if (!step (proposal, status, by, justification, now, options, error))
    goto fail;
  record = sk_record_new (sk_schema_kind (SK_KIND_DECISION));
  sk_record_set_string (record, "decision", decision);
  sk_record_set_string (record, "decided_by", by);
  sk_record_set_string (record, "decided_at", now);
  if (justification && *justification)
    sk_record_set_string (record, "justification", justification);
  if (sk_proposal_insert (proposal, record, error) == 0)
    goto fail;
  return _sk_proposal_end_recorded (proposal, error);

fail:
  _sk_proposal_cancel_recorded (proposal);
  return FALSE;
}

gboolean
sk_review_decide (SkProposal *proposal, const char *decision, const char *by,
                  const char *justification, GError **error)
{
  return sk_review_decide_full (proposal, decision, by, justification, NULL, error);
}

gboolean
sk_review_withdraw_decision (SkProposal *proposal, const char *by, const char *reason,
                             GError **error)
{
  SkRecord *info;
  const char *status;
  GListModel *decisions;
  guint n;
  g_autoptr (SkRecord) last = NULL;
  g_autoptr (SkRecord) withdrawn = NULL;
  g_autoptr (SkRecord) changed = NULL;
  g_autoptr (SkRecord) event = NULL;
  g_autofree char *now = now_text ();

  g_return_val_if_fail (SK_IS_PROPOSAL (proposal), FALSE);

  if (!check_history (proposal, error))
    return FALSE;
  info = sk_proposal_get_info (proposal);
  status = sk_record_get_string (info, "status");
  decisions = sk_proposal_get_records (proposal, SK_KIND_DECISION);
  n = g_list_model_get_n_items (decisions);
  if (!is_decided (status) || n == 0)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TRANSITION,
                   _("Only the decision on a proposal that is approved, returned for revision or rejected "
                     "can be withdrawn; this one is “%s”."), status_label (status));
      return FALSE;
    }
  if (!need_by (by, error))
    return FALSE;
  if (reason == NULL || *reason == '\0')
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   _("Give the reason for withdrawing the decision."));
      return FALSE;
    }

  last = g_list_model_get_item (decisions, n - 1);
  withdrawn = sk_record_copy (last);
  sk_record_set_string (withdrawn, "withdrawn_by", by);
  sk_record_set_string (withdrawn, "withdrawn_at", now);
  sk_record_set_string (withdrawn, "withdrawal_reason", reason);

  event = sk_record_new (sk_schema_kind (SK_KIND_STATUS_EVENT));
  sk_record_set_string (event, "from_status", status);
  sk_record_set_string (event, "to_status", "under_review");
  sk_record_set_string (event, "changed_by", by);
  sk_record_set_string (event, "changed_at", now);
  sk_record_set_string (event, "fingerprint", sk_record_get_string (info, "fingerprint"));
  sk_record_set_string (event, "note", reason);
  changed = sk_record_copy (info);
  sk_record_set_string (changed, "status", "under_review");

  _sk_proposal_begin_recorded (proposal, _("Withdraw Decision"));
  if (!sk_proposal_update (proposal, withdrawn, error) || !sk_proposal_update (proposal, changed, error) ||
      sk_proposal_insert (proposal, event, error) == 0)
    {
      _sk_proposal_cancel_recorded (proposal);
      return FALSE;
    }
  return _sk_proposal_end_recorded (proposal, error);
}

gint64
sk_review_add_remark (SkProposal *proposal, const char *kind, gint64 id, const char *section,
                      const char *author, const char *text, GError **error)
{
  g_autoptr (SkRecord) remark = sk_record_new (sk_schema_kind (SK_KIND_REMARK));
  gint64 added;

  g_return_val_if_fail (SK_IS_PROPOSAL (proposal), 0);

  if (!check_history (proposal, error))
    return 0;
  if (kind && sk_proposal_lookup (proposal, kind, id) == NULL)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NOT_FOUND,
                   _("The remark is about a record that does not exist."));
      return 0;
    }
  if (text == NULL || *text == '\0')
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   _("Write the remark."));
      return 0;
    }
  if (kind)
    {
      sk_record_set_string (remark, "target_kind", kind);
      sk_record_set_int (remark, "target_id", id);
    }
  if (section && *section)
    sk_record_set_string (remark, "section", section);
  sk_record_set_string (remark, "author", author && *author ? author : sk_review_default_author ());
  sk_record_set_value (remark, "created", g_variant_new_take_string (now_text ()));
  sk_record_set_string (remark, "text", text);
  sk_record_set_string (remark, "state", "open");
  sk_record_set_int (remark, "round", count_submissions (proposal));

  _sk_proposal_begin_recorded (proposal, _("Add Remark"));
  added = sk_proposal_insert (proposal, remark, error);
  if (added == 0)
    {
      _sk_proposal_cancel_recorded (proposal);
      return 0;
    }
  return _sk_proposal_end_recorded (proposal, error) ? added : 0;
}

/* A reply to @remark that leaves it in @state. */
static gboolean
reply (SkProposal *proposal, gint64 id, const char *action, const char *state,
       const char *by, const char *text, GError **error)
{
  SkRecord *remark = sk_proposal_lookup (proposal, SK_KIND_REMARK, id);
  g_autoptr (SkRecord) changed = NULL;
  g_autoptr (SkRecord) record = sk_record_new (sk_schema_kind (SK_KIND_REMARK_REPLY));

  sk_record_set_int (record, "remark_id", id);
  sk_record_set_string (record, "action", action);
  sk_record_set_string (record, "author", by);
  sk_record_set_value (record, "written", g_variant_new_take_string (now_text ()));
  if (text && *text)
    sk_record_set_string (record, "text", text);
  changed = sk_record_copy (remark);
  sk_record_set_string (changed, "state", state);

  _sk_proposal_begin_recorded (proposal, _("Reply to Remark"));
  if (sk_proposal_insert (proposal, record, error) == 0 || !sk_proposal_update (proposal, changed, error))
    {
      _sk_proposal_cancel_recorded (proposal);
      return FALSE;
    }
  return _sk_proposal_end_recorded (proposal, error);
}

static SkRecord *
remark_or_error (SkProposal *proposal, gint64 id, const char *by, GError **error)
{
  SkRecord *remark;

  if (!check_history (proposal, error))
    return NULL;
  remark = sk_proposal_lookup (proposal, SK_KIND_REMARK, id);
  if (remark == NULL)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NOT_FOUND,
                   _("The remark no longer exists."));
      return NULL;
    }
  if (by == NULL || *by == '\0')
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   _("Say who answers the remark."));
      return NULL;
    }
  return remark;
}

gboolean
sk_review_respond_remark (SkProposal *proposal, gint64 id, const char *by,
                          const char *response, GError **error)
{
  SkRecord *remark;

  g_return_val_if_fail (SK_IS_PROPOSAL (proposal), FALSE);

  if ((remark = remark_or_error (proposal, id, by, error)) == NULL)
    return FALSE;
  if (sk_proposal_is_frozen (proposal))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TRANSITION,
                   _("The university answers remarks while revising: the proposal must be returned for revision or a draft."));
      return FALSE;
    }
  if (g_strcmp0 (sk_record_get_string (remark, "state"), "resolved") == 0)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TRANSITION,
                   _("The remark has been resolved already."));
      return FALSE;
    }
  if (response == NULL || *response == '\0')
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   _("Write the response to the remark."));
      return FALSE;
    }
  return reply (proposal, id, "respond", "addressed", by, response, error);
}

gboolean
sk_review_resolve_remark (SkProposal *proposal, gint64 id, gboolean resolved,
                          const char *by, const char *note, GError **error)
{
  SkRecord *remark;
  const char *status, *state;

  g_return_val_if_fail (SK_IS_PROPOSAL (proposal), FALSE);

  if ((remark = remark_or_error (proposal, id, by, error)) == NULL)
    return FALSE;
  status = sk_record_get_string (sk_proposal_get_info (proposal), "status");
  if (g_strcmp0 (status, "submitted") != 0 && g_strcmp0 (status, "under_review") != 0)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TRANSITION,
                   _("The reviewer judges remarks on a submitted proposal or one under review; this one is “%s”."),
                   status_label (status));
      return FALSE;
    }
  state = sk_record_get_string (remark, "state");
  if (g_strcmp0 (state, resolved ? "resolved" : "open") == 0)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TRANSITION,
                   resolved ? _("The remark has been resolved already.") : _("The remark is open already."));
      return FALSE;
    }
  return reply (proposal, id, resolved ? "resolve" : "reopen", resolved ? "resolved" : "open", by, note, error);
}

GPtrArray *
sk_review_remark_replies (SkProposal *proposal, gint64 remark)
{
  g_autoptr (GPtrArray) all = records (proposal, SK_KIND_REMARK_REPLY);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < all->len; i++)
    if (sk_record_get_int (all->pdata[i], "remark_id", 0) == remark)
      g_ptr_array_add (out, g_object_ref (all->pdata[i]));
  return out;
}

/* ---- the history ---- */

const GError *
sk_review_history_problem (SkProposal *proposal)
{
  g_return_val_if_fail (SK_IS_PROPOSAL (proposal), NULL);
  return _sk_proposal_get_history_error (proposal);
}

static gboolean G_GNUC_PRINTF (2, 3)
impossible (GError **error, const char *format, ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);
  /* TRANSLATORS: %s is one of the reasons below, a whole sentence */
  g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TAMPERED,
               _("The review history in this file cannot have happened, so the file is treated as tampered with "
                 "and cannot be changed: %s"), reason);
  return FALSE;
}

static GDateTime *
parse_time (const char *iso)
{
  g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();
  return iso ? g_date_time_new_from_iso8601 (iso, utc) : NULL;
}

gboolean
_sk_review_check_history (SkProposal *proposal, GError **error)
{
  g_autoptr (GPtrArray) events = records (proposal, SK_KIND_STATUS_EVENT);
  g_autoptr (GPtrArray) decisions = records (proposal, SK_KIND_DECISION);
  g_autoptr (GPtrArray) remarks = records (proposal, SK_KIND_REMARK);
  g_autoptr (GPtrArray) replies = records (proposal, SK_KIND_REMARK_REPLY);
  g_autoptr (GDateTime) previous = NULL;
  SkRecord *info = sk_proposal_get_info (proposal);
  const char *status = "draft";
  const char *fingerprint = NULL;
  guint decided = 0;

  for (guint i = 0; i < events->len; i++)
    {
      SkRecord *e = events->pdata[i];
      gint64 id = sk_record_get_id (e);
      const char *from = sk_record_get_string (e, "from_status");
      const char *to = sk_record_get_string (e, "to_status");
      g_autoptr (GDateTime) when = parse_time (sk_record_get_string (e, "changed_at"));

      if (g_strcmp0 (from, status) != 0)
        /* TRANSLATORS: %lld: the number of the status change (a record of the file) */
        return impossible (error, _("status change %lld starts from “%s”, but the status was “%s”."),
                           (long long) id, status_label (from), status_label (status));
      if (!sk_review_can_transition (from, to) && !is_withdrawal (from, to) && !is_renewal (e))
        /* TRANSLATORS: %lld: the number of the status change (a record of the file) */
        return impossible (error, _("status change %lld, from “%s” to “%s”, is not a step of the review."),
                           (long long) id, status_label (from), status_label (to));
      if (when == NULL)
        /* TRANSLATORS: %lld: the number of the status change (a record of the file) */
        return impossible (error, _("status change %lld has no valid time."), (long long) id);
      if (previous && g_date_time_compare (when, previous) < 0)
        /* TRANSLATORS: %lld: the number of the status change (a record of the file) */
        return impossible (error, _("status change %lld is dated before the change that precedes it."),
                           (long long) id);
      g_clear_pointer (&previous, g_date_time_unref);
      previous = g_steal_pointer (&when);

      if (is_decided (to))
        {
          /* The decision this step recorded, in the same order. */
          SkRecord *d = decided < decisions->len ? decisions->pdata[decided] : NULL;
          SkRecord *next = i + 1 < events->len ? events->pdata[i + 1] : NULL;
          gboolean taken_back = next && is_withdrawal (to, sk_record_get_string (next, "to_status")) &&
                                g_strcmp0 (sk_record_get_string (next, "from_status"), to) == 0;

          if (d == NULL)
            /* TRANSLATORS: %lld: the number of the status change (a record of the file) */
            return impossible (error, _("status change %lld records a decision that is not in the file."),
                               (long long) id);
          if (g_strcmp0 (outcome_status (sk_record_get_string (d, "decision")), to) != 0 ||
              g_strcmp0 (sk_record_get_string (d, "decided_by"), sk_record_get_string (e, "changed_by")) != 0)
            /* TRANSLATORS: %lld: the numbers of records of the file (a decision, a status change) */
            return impossible (error, _("decision %lld is not the one its status change %lld records."),
                               (long long) sk_record_get_id (d), (long long) id);
          if (taken_back != (sk_record_get_string (d, "withdrawn_at") != NULL))
            {
              if (taken_back)
                /* TRANSLATORS: %lld: the number of the decision (a record of the file) */
                return impossible (error, _("decision %lld was withdrawn, but it is not marked withdrawn."),
                                   (long long) sk_record_get_id (d));
              /* TRANSLATORS: %lld: the number of the decision (a record of the file) */
              return impossible (error, _("decision %lld is marked withdrawn, but no withdrawal is recorded."),
                                 (long long) sk_record_get_id (d));
            }
          if (taken_back &&
              (g_strcmp0 (sk_record_get_string (d, "withdrawn_by"), sk_record_get_string (next, "changed_by")) != 0 ||
               g_strcmp0 (sk_record_get_string (d, "withdrawal_reason"), sk_record_get_string (next, "note")) != 0))
            /* TRANSLATORS: %lld: the numbers of records of the file (a decision, a status change) */
            return impossible (error, _("decision %lld is not the one its withdrawal %lld records."),
                               (long long) sk_record_get_id (d), (long long) sk_record_get_id (next));
          decided++;
        }
      status = to;
      fingerprint = sk_record_get_string (e, "fingerprint");
    }
  if (decided < decisions->len)
    /* TRANSLATORS: %lld: the number of the decision (a record of the file) */
    return impossible (error, _("decision %lld has no review: no status change records it."),
                       (long long) sk_record_get_id (decisions->pdata[decided]));
  if (g_strcmp0 (sk_record_get_string (info, "status"), status) != 0)
    return impossible (error, _("the proposal is “%s”, but its status changes lead to “%s”."),
                       status_label (sk_record_get_string (info, "status")), status_label (status));
  if (g_str_equal (status, "draft") ? sk_record_get_string (info, "fingerprint") != NULL
                                    : g_strcmp0 (sk_record_get_string (info, "fingerprint"), fingerprint) != 0)
    return impossible (error, _("the fingerprint of the proposal is not the one its status changes recorded."));

  for (guint i = 0; i < remarks->len; i++)
    {
      SkRecord *r = remarks->pdata[i];
      gint64 id = sk_record_get_id (r);
      const char *kind = sk_record_get_string (r, "target_kind");
      const char *state = NULL;
      g_autoptr (GDateTime) written = parse_time (sk_record_get_string (r, "created"));

      /* A record of a known kind (the proposal's own record is number 1). */
      if ((kind != NULL) != sk_record_is_set (r, "target_id") ||
          (kind && (sk_schema_kind (kind) == NULL ||
                    (sk_schema_kind (kind)->singleton && sk_record_get_int (r, "target_id", 0) != 1))))
        /* TRANSLATORS: %lld: the number of the remark (a record of the file) */
        return impossible (error, _("remark %lld is about something that is not a record of a proposal."),
                           (long long) id);
      if (written == NULL)
        /* TRANSLATORS: %lld: the number of the remark (a record of the file) */
        return impossible (error, _("remark %lld has no valid time."), (long long) id);
      for (guint j = 0; j < replies->len; j++)
        {
          SkRecord *reply = replies->pdata[j];
          const char *action = sk_record_get_string (reply, "action");
          g_autoptr (GDateTime) when = NULL;

          if (sk_record_get_int (reply, "remark_id", 0) != id)
            continue;
          when = parse_time (sk_record_get_string (reply, "written"));
          if (when == NULL || g_date_time_compare (when, written) < 0)
            /* TRANSLATORS: %lld: the numbers of the reply and of its remark (records of the file) */
            return impossible (error, _("reply %lld to remark %lld is dated before it, or not at all."),
                               (long long) sk_record_get_id (reply), (long long) id);
          g_clear_pointer (&written, g_date_time_unref);
          written = g_steal_pointer (&when);
          state = g_str_equal (action, "respond") ? "addressed" : g_str_equal (action, "resolve") ? "resolved" : "open";
        }
      /* Without replies: open, or resolved as files before version 3 kept it. */
      if (state ? g_strcmp0 (state, sk_record_get_string (r, "state")) != 0
                : g_strcmp0 (sk_record_get_string (r, "state"), "addressed") == 0)
        /* TRANSLATORS: %lld: the number of the remark (a record of the file) */
        return impossible (error, _("remark %lld is “%s”, but its replies do not leave it so."), (long long) id,
                           enum_label (SK_KIND_REMARK, "state", sk_record_get_string (r, "state"), NULL));
    }
  return TRUE;
}

void
sk_history_entry_free (SkHistoryEntry *entry)
{
  g_clear_object (&entry->event);
  g_free (entry->when);
  g_free (entry->who);
  g_free (entry->what);
  g_free (entry->note);
  g_free (entry);
}

char *
sk_review_format_time (const char *iso, const char *lang, const char *separator)
{
  g_autoptr (GTimeZone) local = NULL;
  g_autoptr (GDateTime) time = NULL;
  g_autofree char *date = NULL;

  if (iso == NULL || *iso == '\0')
    return NULL;
  if (lang == NULL)
    lang = sk_get_content_language ();
  local = g_time_zone_new_local ();
  time = g_date_time_new_from_iso8601 (iso, local);
  if (time == NULL)
    {
      char *day = sk_format_iso_date (iso, lang);
      return day ? day : g_strdup (iso);
    }
  date = sk_format_date_time (time, lang);
  return g_strdup_printf ("%s%s%02d:%02d", date, separator ? separator : ", ",
                          g_date_time_get_hour (time), g_date_time_get_minute (time));
}

/* What a status event did, in @lang. */
static char *
event_text (SkRecord *e, const char *lang)
{
  const char *from = sk_record_get_string (e, "from_status");
  const char *to = sk_record_get_string (e, "to_status");
  g_autofree char *what = NULL;

  if (is_renewal (e))
    /* TRANSLATORS: a step of a proposal's review history; 4 is the version of the file format */
    return g_strdup (sk_tr (lang, "Fingerprint renewed by the upgrade to file format 4; "
                                  "the content was unchanged since submission"));
  if (g_str_equal (to, "submitted"))
    {
      if (sk_record_is_set (e, "errors") && sk_record_is_set (e, "warnings"))
        {
          gint64 errors = sk_record_get_int (e, "errors", 0), warnings = sk_record_get_int (e, "warnings", 0);
          g_autofree char *w = g_strdup_printf (sk_ntr (lang, "%lld warning", "%lld warnings", (gulong) warnings),
                                                (long long) warnings);
          /* TRANSLATORS: %lld errors; %s is "N warning(s)" */
          what = g_strdup_printf (sk_ntr (lang, "Submitted with %lld error and %s remaining",
                                          "Submitted with %lld errors and %s remaining", (gulong) errors),
                                  (long long) errors, w);
        }
      else
        what = g_strdup (sk_tr (lang, "Submitted"));
    }
  else if (is_withdrawal (from, to))
    what = g_strdup (sk_tr (lang, "Decision withdrawn; under review again"));
  else if (g_str_equal (to, "under_review"))
    what = g_strdup (sk_tr (lang, "Review started"));
  else if (g_str_equal (to, "draft"))
    what = g_strdup (sk_tr (lang, "Taken back for revision"));
  else
    /* TRANSLATORS: %s is the outcome: Approved, Returned for revision, Rejected */
    what = g_strdup_printf (sk_tr (lang, "Decision: %s"), enum_label (SK_KIND_PROPOSAL, "status", to, lang));

  if (sk_record_get_string (e, "acknowledged_fingerprint"))
    /* TRANSLATORS: %s is what was done, e.g. "Review started" */
    return g_strdup_printf (sk_tr (lang, "%s (acknowledged that the content no longer matched its fingerprint)"), what);
  return g_steal_pointer (&what);
}

GPtrArray *
sk_review_history (SkProposal *proposal, const char *lang)
{
  g_autoptr (GPtrArray) events = records (proposal, SK_KIND_STATUS_EVENT);
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_history_entry_free);

  g_return_val_if_fail (SK_IS_PROPOSAL (proposal), out);

  for (guint i = 0; i < events->len; i++)
    {
      SkRecord *e = events->pdata[i];
      SkHistoryEntry *h = g_new0 (SkHistoryEntry, 1);

      h->event = g_object_ref (e);
      h->when = sk_review_format_time (sk_record_get_string (e, "changed_at"), lang, ", ");
      h->who = g_strdup (sk_record_get_string (e, "changed_by"));
      h->what = event_text (e, lang);
      h->note = g_strdup (sk_record_get_string (e, "note"));
      g_ptr_array_add (out, h);
    }
  return out;
}

char *
sk_review_history_text (SkProposal *proposal, const char *lang)
{
  g_autoptr (GPtrArray) history = sk_review_history (proposal, lang);
  GString *s = g_string_new (NULL);

  if (history->len == 0)
    return g_string_free (s, FALSE);
  g_string_append_printf (s, "%s\n", sk_tr (lang, "History"));
  for (guint i = 0; i < history->len; i++)
    {
      SkHistoryEntry *h = history->pdata[i];

      /* TRANSLATORS: when, what happened, who did it */
      g_string_append_printf (s, sk_tr (lang, "  %s  %s — %s\n"), h->when ? h->when : "—", h->what,
                              h->who ? h->who : "—");
      if (h->note)
        {
          g_auto (GStrv) lines = g_strsplit (h->note, "\n", -1);
          for (guint l = 0; lines[l]; l++)
            g_string_append_printf (s, "      %s\n", lines[l]);
        }
    }
  return g_string_free (s, FALSE);
}

/* ---- the fingerprint ---- */

/* The review's own records and the workflow state are not part of what
 * the fingerprint covers. */
static const char * const review_sections[] = { "review_remarks", "remark_replies", "decisions", "status_events", "format", "version", NULL };
static const char * const review_info_fields[] = { "status", "fingerprint", NULL };

static void
append_to_string (const char *text, gsize length, gpointer data)
{
  g_string_append_len (data, text, (gssize) length);
}

char *
sk_review_canonical_json (SkProposal *proposal)
{
  GString *text = g_string_new (NULL);

  sk_json_write_canonical (proposal, review_sections, review_info_fields, append_to_string, text);
  return g_string_free (text, FALSE);
}

static void
append_to_checksum (const char *text, gsize length, gpointer data)
{
  g_checksum_update (data, (const guchar *) text, (gssize) length);
}

char *
sk_review_fingerprint (SkProposal *proposal)
{
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  /* Hashed as it is written, never held whole in memory. */
  sk_json_write_canonical (proposal, review_sections, review_info_fields, append_to_checksum, sum);
  return g_strdup (g_checksum_get_string (sum));
}

/* ---- renewed by an upgrade ---- */

static gboolean
v3_value (const SkKind *kind, SkRecord *record, const char *key, const char **text, gpointer data)
{
  g_autofree char *k = g_strdup_printf ("%s/%" G_GINT64_FORMAT "/%s", kind->name, sk_record_get_id (record), key);
  gpointer value = NULL;

  if (!g_hash_table_lookup_extended (data, k, NULL, &value))
    return FALSE;
  *text = value;
  return TRUE;
}

/* The fingerprint as version 3 computed it: the same canonical text,
 * with the values version 4 converted as they were (sk_upgrade_before_step);
 * the fields version 4 added are empty after the migration, so left out
 * as version 3 had them. */
static char *
fingerprint_v3 (SkProposal *proposal, GHashTable *values)
{
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  sk_json_write_canonical_full (proposal, review_sections, review_info_fields, v3_value, values,
                                append_to_checksum, sum);
  return g_strdup (g_checksum_get_string (sum));
}

static gboolean
exec_bound (sqlite3 *db, const char *sql, const char *a, const char *b, const char *c)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      const char *args[] = { a, b, c };
      for (int i = 0; i < 3; i++)
        if (sqlite3_bind_parameter_count (stmt) > i)
          sqlite3_bind_text (stmt, i + 1, args[i], -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE;
}

gboolean
_sk_review_renew_after_upgrade (SkProposal *proposal, sqlite3 *db)
{
  g_autoptr (GHashTable) values = NULL;
  g_autoptr (GPtrArray) events = NULL;
  g_autofree char *old = NULL, *renewed = NULL, *now = NULL;
  SkRecord *info = sk_proposal_get_info (proposal);
  const char *stored = sk_record_get_string (info, "fingerprint");
  const char *status = sk_record_get_string (info, "status");
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  if (sqlite3_prepare_v2 (db, "SELECT kind, id, key, value FROM temp.sk_v3_value", -1, &stmt, NULL) != SQLITE_OK)
    {
      sqlite3_finalize (stmt);
      return FALSE; /* no migration from version 3 in this connection */
    }
  values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (values,
                         g_strdup_printf ("%s/%lld/%s", (const char *) sqlite3_column_text (stmt, 0),
                                          (long long) sqlite3_column_int64 (stmt, 1),
                                          (const char *) sqlite3_column_text (stmt, 2)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 3)));
  sqlite3_finalize (stmt);
  sqlite3_exec (db, "DROP TABLE temp.sk_v3_value", NULL, NULL, NULL);

  if (stored == NULL || status == NULL || g_str_equal (status, "draft"))
    return FALSE;
  old = fingerprint_v3 (proposal, values);
  /* Changed since submission: the mismatch stays for all to see. */
  if (!g_str_equal (old, stored))
    return FALSE;
  renewed = sk_review_fingerprint (proposal);
  if (g_str_equal (renewed, stored))
    return FALSE;

  /* Never dated before the last step of the history. */
  now = now_text ();
  events = records (proposal, SK_KIND_STATUS_EVENT);
  if (events->len)
    {
      const char *last = sk_record_get_string (events->pdata[events->len - 1], "changed_at");
      g_autoptr (GDateTime) t_last = parse_time (last);
      g_autoptr (GDateTime) t_now = parse_time (now);

      if (t_last && t_now && g_date_time_compare (t_last, t_now) > 0)
        {
          g_free (now);
          now = g_strdup (last);
        }
    }
  ok = sk_store_exec (db, "BEGIN IMMEDIATE", NULL);
  ok = ok && exec_bound (db, "UPDATE proposal SET fingerprint = ?1 WHERE id = 1", renewed, NULL, NULL);
  ok = ok && exec_bound (db, "INSERT INTO status_event (from_status, to_status, changed_by, changed_at, fingerprint) "
                             "VALUES (?1, ?1, 'Seriktes', ?2, ?3)", status, now, renewed);
  ok = ok && sk_store_exec (db, "COMMIT", NULL);
  if (!ok && !sqlite3_get_autocommit (db))
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  return ok;
}

SkFingerprintState
sk_review_verify (SkProposal *proposal)
{
  const char *stored = sk_record_get_string (sk_proposal_get_info (proposal), "fingerprint");
  g_autofree char *computed = NULL;

  if (stored == NULL || *stored == '\0')
    return SK_FINGERPRINT_NONE;
  computed = sk_review_fingerprint (proposal);
  return g_str_equal (stored, computed) ? SK_FINGERPRINT_MATCHES : SK_FINGERPRINT_MISMATCH;
}
