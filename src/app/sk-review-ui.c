/* sk-review-ui.c: the review workflow in the window: its steps as
 * dialogs, the status group, remark badges and the comparison window */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-diff.h"
#include "sk-error.h"
#include "sk-init.h"
#include "sk-review-dialog.h"
#include "sk-review-ui.h"
#include "sk-review.h"
#include "sk-summary.h"
#include "sk-window.h"

/* ---- the name, remembered ---- */

static GSettings *
settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE) : NULL;

  return schema && g_settings_schema_has_key (schema, "reviewer-name") ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

char *
sk_review_remembered_name (void)
{
  g_autoptr (GSettings) settings = settings_new ();
  g_autofree char *name = settings ? g_settings_get_string (settings, "reviewer-name") : NULL;

  if (name && *name)
    return g_steal_pointer (&name);
  return g_strdup (sk_review_default_author ());
}

void
sk_review_remember_name (const char *name)
{
  g_autoptr (GSettings) settings = settings_new ();

  if (settings && name && *name)
    g_settings_set_string (settings, "reviewer-name", name);
}

static SkCompliance *
compliance_of (GtkWindow *window)
{
  return SK_IS_WINDOW (window) ? sk_window_get_compliance (SK_WINDOW (window)) : NULL;
}

/* ---- what a remark is about ---- */

static gboolean
is_check_id (const char *section)
{
  const char * const *ids = sk_rule_set_check_ids ();

  return section && g_strv_contains (ids, section);
}

static gboolean
on_proposal (const char *kind)
{
  return kind == NULL || *kind == '\0' || g_str_equal (kind, SK_KIND_PROPOSAL);
}

static char *
target_text (SkProposal *proposal, SkCompliance *compliance, const char *kind, gint64 id, const char *section)
{
  if (is_check_id (section))
    {
      g_autoptr (GPtrArray) findings = compliance ? sk_compliance_dup_findings (compliance) : NULL;

      for (guint i = 0; findings && i < findings->len; i++)
        {
          SkFinding *f = findings->pdata[i];
          if (g_str_equal (sk_finding_get_check_id (f), section) &&
              (on_proposal (kind) ? on_proposal (sk_finding_get_kind (f))
                                  : g_strcmp0 (sk_finding_get_kind (f), kind) == 0 && sk_finding_get_record_id (f) == id))
            /* TRANSLATORS: what a review remark is about: %s is the message of a compliance finding */
            return g_strdup_printf (_("Finding: %s"), sk_finding_get_message (f));
        }
      /* TRANSLATORS: what a review remark is about: %s is the legal reference of the check */
      return g_strdup_printf (_("A finding the check no longer reports (%s)"), sk_check_reference (section, NULL));
    }
  if (!on_proposal (kind))
    {
      const SkKind *k = sk_schema_kind (kind);
      SkRecord *record = k ? sk_proposal_lookup (proposal, kind, id) : NULL;
      const char *name = record ? sk_record_display_name (record, sk_get_content_language ()) : NULL;

      if (k == NULL)
        return g_strdup (kind);
      if (record == NULL)
        /* TRANSLATORS: what a review remark is about: %s is a kind of record, e.g. "Programme" */
        return g_strdup_printf (_("%s (no longer in the proposal)"), _(k->label));
      if (name == NULL || g_strcmp0 (name, _("(unnamed)")) == 0)
        return g_strdup (_(k->label));
      /* TRANSLATORS: what a review remark is about: a kind of record and its name, e.g. "Programme: Chemistry" */
      return g_strdup_printf (_("%s: %s"), _(k->label), name);
    }
  if (section && *section)
    /* TRANSLATORS: what a review remark is about: %s names a part of the proposal */
    return g_strdup_printf (_("Section “%s”"), section);
  return g_strdup (_("The whole proposal"));
}

char *
sk_review_remark_target (SkProposal *proposal, SkCompliance *compliance, SkRecord *remark)
{
  return target_text (proposal, compliance, sk_record_get_string (remark, "target_kind"),
                      sk_record_get_int (remark, "target_id", 0), sk_record_get_string (remark, "section"));
}

guint
sk_review_unresolved_remarks (SkProposal *proposal, const char *kind, gint64 id, const char *check_id)
{
  GListModel *remarks = sk_proposal_get_records (proposal, SK_KIND_REMARK);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (remarks); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (remarks, i);
      const char *target = sk_record_get_string (r, "target_kind");

      if (g_strcmp0 (sk_record_get_string (r, "state"), "resolved") == 0)
        continue;
      if (on_proposal (kind) ? !on_proposal (target)
                             : g_strcmp0 (target, kind) != 0 || sk_record_get_int (r, "target_id", 0) != id)
        continue;
      if (check_id && g_strcmp0 (sk_record_get_string (r, "section"), check_id) != 0)
        continue;
      n++;
    }
  return n;
}

/* ---- the steps as dialogs (sk-review-dialog.c) ---- */

void
sk_review_ask_remark (GtkWindow *parent, SkProposal *proposal, const char *kind, gint64 id, const char *section)
{
  SkReviewDialog *d = sk_review_dialog_new (parent, proposal, "remark", _("Add a Remark"),
                                            _("The remark is kept in the proposal file, where the university sees it and answers it."));
  g_autofree char *about = target_text (proposal, compliance_of (parent), kind, id, section);

  sk_review_dialog_show_about (d, about, on_proposal (kind) ? NULL : kind, id, section);
  sk_review_dialog_show_text (d, _("Remark"), TRUE);
  sk_review_dialog_present (d, _("_Add Remark"), ADW_RESPONSE_SUGGESTED);
}

void
sk_review_ask_submit (GtkWindow *parent, SkProposal *proposal, SkCompliance *compliance)
{
  g_autoptr (SkRuleSet) rules = compliance ? g_object_ref (sk_compliance_get_rules (compliance)) : sk_rule_set_new_default ();
  g_autoptr (GPtrArray) findings = NULL;
  guint errors = 0, warnings = 0, notes = 0;
  SkReviewDialog *d;

  if (compliance)
    {
      sk_compliance_recheck (compliance);
      findings = sk_compliance_dup_findings (compliance);
    }
  else
    findings = sk_check (proposal, rules, NULL);
  sk_findings_count (findings, &errors, &warnings, &notes);

  d = sk_review_dialog_new (parent, proposal, "submitted", _("Submit the Proposal?"),
                            _("Its content is frozen and its fingerprint recorded: the Ministry can verify that what it "
                              "reviews is what was submitted. How many errors and warnings remain is recorded too."));
  sk_review_dialog_show_findings (d, findings, rules);
  sk_review_dialog_show_text (d, _("Note (optional)"), FALSE);
  sk_review_dialog_present (d, _("_Submit"), errors ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_SUGGESTED);
}

void
sk_review_ask_step (GtkWindow *parent, SkProposal *proposal, const char *step)
{
  SkReviewDialog *d;

  if (g_str_equal (step, "submitted"))
    sk_review_ask_submit (parent, proposal, compliance_of (parent));
  else if (g_str_equal (step, "under_review"))
    {
      d = sk_review_dialog_new (parent, proposal, step, _("Start the Review?"),
                                _("The proposal is taken under review; the history records who started it and when."));
      sk_review_dialog_show_mismatch (d);
      sk_review_dialog_present (d, _("_Start Review"), ADW_RESPONSE_SUGGESTED);
    }
  else if (g_str_equal (step, "decide"))
    {
      d = sk_review_dialog_new (parent, proposal, step, _("Decide on the Proposal"),
                                _("Approve it, return it to the university for revision, or reject it."));
      sk_review_dialog_show_outcomes (d);
      sk_review_dialog_show_text (d, _("Justification"), FALSE);
      sk_review_dialog_show_mismatch (d);
      sk_review_dialog_present (d, _("_Decide"), ADW_RESPONSE_SUGGESTED);
    }
  else if (g_str_equal (step, "draft"))
    {
      d = sk_review_dialog_new (parent, proposal, step, _("Revise the Proposal?"),
                                _("The proposal becomes a draft again: its content can be edited, the remarks answered, "
                                  "and it can be submitted anew."));
      sk_review_dialog_present (d, _("_Revise"), ADW_RESPONSE_SUGGESTED);
    }
  else if (g_str_equal (step, "withdraw"))
    {
      d = sk_review_dialog_new (parent, proposal, step, _("Withdraw the Decision?"),
                                _("The decision stays in the history, marked withdrawn, and the proposal is under review again."));
      sk_review_dialog_show_text (d, _("Reason for the withdrawal"), TRUE);
      sk_review_dialog_present (d, _("_Withdraw Decision"), ADW_RESPONSE_DESTRUCTIVE);
    }
}

void
sk_review_ask_answer (GtkWindow *parent, SkProposal *proposal, gint64 remark)
{
  SkReviewDialog *d = sk_review_dialog_new (parent, proposal, "answer", _("Answer the Remark"),
                                            _("Say what was changed, or why nothing needs to be. The remark is then marked addressed; "
                                              "the reviewer resolves it or not."));

  sk_review_dialog_show_remark (d, remark);
  sk_review_dialog_show_text (d, _("Your answer"), TRUE);
  sk_review_dialog_present (d, _("_Mark Addressed"), ADW_RESPONSE_SUGGESTED);
}

void
sk_review_ask_verdict (GtkWindow *parent, SkProposal *proposal, gint64 remark, gboolean resolved)
{
  SkReviewDialog *d = sk_review_dialog_new (parent, proposal, resolved ? "resolve" : "reopen",
                                            resolved ? _("Mark the Remark Resolved?") : _("The Remark Is Not Resolved"),
                                            resolved ? _("The answer settles the remark.")
                                                     : _("The remark is open again: say what is still missing."));

  sk_review_dialog_show_remark (d, remark);
  sk_review_dialog_show_text (d, resolved ? _("Note (optional)") : _("What is still missing"), !resolved);
  sk_review_dialog_present (d, resolved ? _("_Mark Resolved") : _("_Not Resolved"),
                            resolved ? ADW_RESPONSE_SUGGESTED : ADW_RESPONSE_DESTRUCTIVE);
}

