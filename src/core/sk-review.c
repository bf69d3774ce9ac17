/* sk-review.c: the review workflow */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sk-error.h"
#include "sk-json.h"
#include "sk-review.h"

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
status_label (const char *code)
{
  const SkField *f = sk_kind_field (sk_schema_kind (SK_KIND_PROPOSAL), "status");
  const SkEnumValue *v = sk_field_enum_value (f, code);
  return v ? _(v->label) : code;
}

/* One step, inside the caller's group. */
static gboolean
step (SkProposal *proposal, const char *to, const char *by, const char *note, GError **error)
{
  SkRecord *info = sk_proposal_get_info (proposal);
  const char *from = sk_record_get_string (info, "status");
  g_autoptr (SkRecord) changed = sk_record_copy (info);
  g_autoptr (SkRecord) event = sk_record_new (sk_schema_kind (SK_KIND_STATUS_EVENT));
  g_autofree char *fingerprint = NULL;

  if (!sk_review_can_transition (from, to))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TRANSITION,
                   _("A proposal that is “%s” cannot become “%s”."), status_label (from), status_label (to));
      return FALSE;
    }
  if (by == NULL || *by == '\0')
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   _("Say who changes the status."));
      return FALSE;
    }

  if (g_str_equal (to, "submitted"))
    fingerprint = sk_review_fingerprint (proposal);
  else if (g_str_equal (to, "draft"))
    fingerprint = NULL; /* editable again: the next submission makes a new one */
  else
    fingerprint = g_strdup (sk_record_get_string (info, "fingerprint"));

  sk_record_set_string (event, "from_status", from);
  sk_record_set_string (event, "to_status", to);
  sk_record_set_string (event, "changed_by", by);
  sk_record_set_value (event, "changed_at", g_variant_new_take_string (now_text ()));
  sk_record_set_string (event, "fingerprint", fingerprint ? fingerprint : sk_record_get_string (info, "fingerprint"));
  if (note && *note)
    sk_record_set_string (event, "note", note);

  sk_record_set_string (changed, "status", to);
  sk_record_set_string (changed, "fingerprint", fingerprint);
  return sk_proposal_update (proposal, changed, error) && sk_proposal_insert (proposal, event, error) != 0;
}

gboolean
sk_review_transition (SkProposal *proposal, const char *to_status, const char *by,
                      const char *note, GError **error)
{
  g_return_val_if_fail (SK_IS_PROPOSAL (proposal), FALSE);

  sk_proposal_begin_group (proposal, _("Change Status"));
  if (!step (proposal, to_status, by, note, error))
    {
      sk_proposal_cancel_group (proposal);
      return FALSE;
    }
  return sk_proposal_end_group (proposal, error);
}

gboolean
sk_review_decide (SkProposal *proposal, const char *decision, const char *by,
                  const char *justification, GError **error)
{
  static const struct { const char *decision; const char *status; } outcome[] = {
    { "approve", "approved" }, { "return", "returned" }, { "reject", "rejected" },
  };
  const char *status = NULL;
  g_autoptr (SkRecord) record = NULL;

  g_return_val_if_fail (SK_IS_PROPOSAL (proposal), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (outcome); i++)
    if (g_strcmp0 (outcome[i].decision, decision) == 0)
      status = outcome[i].status;
  if (status == NULL)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   _("“%s” is not a decision: approve, return or reject."), decision ? decision : "");
      return FALSE;
    }

  sk_proposal_begin_group (proposal, _("Decision"));
  if (g_strcmp0 (sk_record_get_string (sk_proposal_get_info (proposal), "status"), "submitted") == 0 &&
      !step (proposal, "under_review", by, NULL, error))
    goto fail;
  if (!step (proposal, status, by, justification, error))
    goto fail;
  record = sk_record_new (sk_schema_kind (SK_KIND_DECISION));
  sk_record_set_string (record, "decision", decision);
  sk_record_set_string (record, "decided_by", by);
  sk_record_set_value (record, "decided_at", g_variant_new_take_string (now_text ()));
  if (justification && *justification)
    sk_record_set_string (record, "justification", justification);
  if (sk_proposal_insert (proposal, record, error) == 0)
    goto fail;
  return sk_proposal_end_group (proposal, error);

fail:
  sk_proposal_cancel_group (proposal);
  return FALSE;
}

gint64
sk_review_add_remark (SkProposal *proposal, const char *kind, gint64 id, const char *section,
                      const char *author, const char *text, GError **error)
{
  g_autoptr (SkRecord) remark = sk_record_new (sk_schema_kind (SK_KIND_REMARK));

  g_return_val_if_fail (SK_IS_PROPOSAL (proposal), 0);

  if (kind && sk_proposal_lookup (proposal, kind, id) == NULL)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NOT_FOUND,
                   _("The remark is about a record that does not exist."));
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
  return sk_proposal_insert (proposal, remark, error);
}

/* ---- the fingerprint ---- */

/* The review's own records and the workflow state are not part of what
 * the fingerprint covers. */
static const char * const review_sections[] = { "review_remarks", "decisions", "status_events", "format", "version", NULL };
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
