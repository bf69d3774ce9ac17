/* sk-review-dialog.c: a step of the review as a small form in a message
 * dialog; its layout is ui/sk-review-dialog.ui */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-review-dialog.h"
#include "sk-review-ui.h"
#include "sk-review.h"
#include "sk-window.h"

struct _SkReviewDialog
{
  AdwMessageDialog parent_instance;

  GtkWidget *about_caption;
  GtkWidget *about;
  GtkWidget *remark_caption;
  GtkWidget *remark_text;
  GtkWidget *remaining_scrolled;
  GtkWidget *no_findings;
  GtkWidget *errors_caption;
  GtkWidget *errors;
  GtkWidget *warnings_caption;
  GtkWidget *warnings;
  GtkWidget *by;
  GtkWidget *outcome_caption;
  GtkWidget *outcomes[3];
  GtkWidget *text_caption;
  GtkWidget *text_frame;
  GtkWidget *text;
  GtkWidget *confirm;
  GtkWidget *confirm_label;

  SkProposal *proposal;
  char *step;
  gboolean text_required;
  gboolean mismatch;      /* the confirmation acknowledges a fingerprint that does not match */
  char *kind;             /* remark: what it is about */
  gint64 id;
  char *section;
  gint64 remark;          /* answer, resolve, reopen */
  SkRuleSet *rules;       /* submitted: by which the errors and warnings are counted */
};

G_DEFINE_FINAL_TYPE (SkReviewDialog, sk_review_dialog, ADW_TYPE_MESSAGE_DIALOG)

static const char * const outcome_codes[] = { "approve", "return", "reject" };

static char *
text_of (SkReviewDialog *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (!gtk_widget_get_visible (self->text_frame))
    return NULL;
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static const char *
outcome_of (SkReviewDialog *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->outcomes); i++)
    if (gtk_widget_get_visible (self->outcomes[i]) && gtk_check_button_get_active (GTK_CHECK_BUTTON (self->outcomes[i])))
      return outcome_codes[i];
  return NULL;
}

static gboolean
confirmed (SkReviewDialog *self)
{
  return !gtk_widget_get_visible (self->confirm) || gtk_check_button_get_active (GTK_CHECK_BUTTON (self->confirm));
}

/* The main button is offered once the form says enough. */
static void
sk_review_dialog_update (SkReviewDialog *self)
{
  g_autofree char *text = text_of (self);
  g_autofree char *by = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->by))));
  gboolean ok = *by != '\0';

  if (self->text_required && (text == NULL || *text == '\0'))
    ok = FALSE;
  if (gtk_widget_get_visible (self->outcomes[0]) && outcome_of (self) == NULL)
    ok = FALSE;
  if (!confirmed (self))
    ok = FALSE;
  if (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (self), "ok"))
    adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "ok", ok);
}

static gboolean
run (SkReviewDialog *self, GError **error)
{
  g_autofree char *text = text_of (self);
  g_autofree char *by = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->by))));
  SkReviewOptions options = { .rules = self->rules };
  const char *note = text && *text ? text : NULL;
  const char *step = self->step;

  options.acknowledge_mismatch = self->mismatch && gtk_widget_get_visible (self->confirm) &&
                                 gtk_check_button_get_active (GTK_CHECK_BUTTON (self->confirm));
  if (g_str_equal (step, "decide"))
    return sk_review_decide_full (self->proposal, outcome_of (self), by, note, &options, error);
  if (g_str_equal (step, "withdraw"))
    return sk_review_withdraw_decision (self->proposal, by, note, error);
  if (g_str_equal (step, "remark"))
    return sk_review_add_remark (self->proposal, self->kind, self->id, self->section, by, note, error) != 0;
  if (g_str_equal (step, "answer"))
    return sk_review_respond_remark (self->proposal, self->remark, by, note, error);
  if (g_str_equal (step, "resolve") || g_str_equal (step, "reopen"))
    return sk_review_resolve_remark (self->proposal, self->remark, g_str_equal (step, "resolve"), by, note, error);
  return sk_review_transition_full (self->proposal, step, by, note, &options, error);
}

static void
sk_review_dialog_response (AdwMessageDialog *dialog, const char *response)
{
  SkReviewDialog *self = SK_REVIEW_DIALOG (dialog);
  g_autoptr (GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

  if (ADW_MESSAGE_DIALOG_CLASS (sk_review_dialog_parent_class)->response)
    ADW_MESSAGE_DIALOG_CLASS (sk_review_dialog_parent_class)->response (dialog, response);
  if (g_str_equal (response, "findings"))
    {
      if (parent)
        gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-page", "s", "compliance");
      return;
    }
  if (!g_str_equal (response, "ok"))
    return;
  if (!run (self, &error))
    {
      sk_show_error (parent, _("The change could not be made"), error);
      return;
    }
  sk_review_remember_name (gtk_editable_get_text (GTK_EDITABLE (self->by)));
}

void
sk_review_dialog_show_about (SkReviewDialog *self, const char *text, const char *kind, gint64 id, const char *section)
{
  g_return_if_fail (SK_IS_REVIEW_DIALOG (self));
  gtk_label_set_text (GTK_LABEL (self->about), text);
  gtk_widget_set_visible (self->about_caption, TRUE);
  gtk_widget_set_visible (self->about, TRUE);
  g_free (self->kind);
  self->kind = g_strdup (kind);
  self->id = id;
  g_free (self->section);
  self->section = g_strdup (section);
}

void
sk_review_dialog_show_remark (SkReviewDialog *self, gint64 remark)
{
  SkRecord *r;
  const char *text;

  g_return_if_fail (SK_IS_REVIEW_DIALOG (self));
  r = sk_proposal_lookup (self->proposal, SK_KIND_REMARK, remark);
  text = r ? sk_record_get_string (r, "text") : NULL;
  self->remark = remark;
  gtk_label_set_text (GTK_LABEL (self->remark_text), text ? text : "");
  gtk_widget_set_visible (self->remark_caption, TRUE);
  gtk_widget_set_visible (self->remark_text, TRUE);
}

/* The first @max findings of @severity as lines of @box; how many more there are. */
static void
add_findings (GtkWidget *box, GPtrArray *findings, SkSeverity severity, guint max)
{
  guint shown = 0, n = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      SkFinding *f = findings->pdata[i];
      g_autofree char *text = NULL;
      GtkWidget *label;

      if (sk_finding_get_severity (f) != severity)
        continue;
      if (n++ >= max)
        continue;
      /* TRANSLATORS: an item of a list of findings: its message */
      text = g_strdup_printf (_("• %s"), sk_finding_get_message (f));
      label = gtk_label_new (text);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_set_margin_start (label, 6);
      gtk_box_append (GTK_BOX (box), label);
      shown++;
    }
  if (n > shown)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", n - shown),
                                               n - shown);
      GtkWidget *label = gtk_label_new (more);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }
}

void
sk_review_dialog_show_findings (SkReviewDialog *self, GPtrArray *findings, SkRuleSet *rules)
{
  guint errors = 0, warnings = 0, notes = 0;

  g_return_if_fail (SK_IS_REVIEW_DIALOG (self));
  g_set_object (&self->rules, rules);
  sk_findings_count (findings, &errors, &warnings, &notes);
  gtk_widget_set_visible (self->remaining_scrolled, TRUE);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (self->remaining_scrolled),
                                              MIN (errors + warnings, 3) * 40);
  if (errors + warnings == 0)
    gtk_widget_set_visible (self->no_findings, TRUE);
  else
    {
      g_autofree char *errors_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error remains.",
                                                                   "%u errors remain.", errors), errors);
      g_autofree char *warnings_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning remains.",
                                                                     "%u warnings remain.", warnings), warnings);

      gtk_label_set_text (GTK_LABEL (self->errors_caption), errors_text);
      gtk_label_set_text (GTK_LABEL (self->warnings_caption), warnings_text);
      gtk_widget_set_visible (self->errors_caption, TRUE);
      gtk_widget_set_visible (self->warnings_caption, TRUE);
      add_findings (self->errors, findings, SK_SEVERITY_ERROR, 3);
      add_findings (self->warnings, findings, SK_SEVERITY_WARNING, errors ? 2 : 3);
    }
  if (errors)
    {
      sk_review_dialog_show_confirm (self, g_dngettext (GETTEXT_PACKAGE, "_Submit it with the error",
                                                        "_Submit it with the errors", errors));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (self), "findings", _("Show the _Findings"));
    }
}

void
sk_review_dialog_show_outcomes (SkReviewDialog *self)
{
  g_return_if_fail (SK_IS_REVIEW_DIALOG (self));
  gtk_widget_set_visible (self->outcome_caption, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (self->outcomes); i++)
    gtk_widget_set_visible (self->outcomes[i], TRUE);
}

void
sk_review_dialog_show_text (SkReviewDialog *self, const char *label, gboolean required)
{
  g_return_if_fail (SK_IS_REVIEW_DIALOG (self));
  self->text_required = required;
  gtk_label_set_text (GTK_LABEL (self->text_caption), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_visible (self->text_caption, TRUE);
  gtk_widget_set_visible (self->text_frame, TRUE);
}

void
sk_review_dialog_show_confirm (SkReviewDialog *self, const char *label)
{
  g_return_if_fail (SK_IS_REVIEW_DIALOG (self));
  gtk_label_set_text_with_mnemonic (GTK_LABEL (self->confirm_label), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->confirm), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (GTK_LABEL (self->confirm_label)), -1);
  gtk_widget_set_visible (self->confirm, TRUE);
}

/* Starting a review or deciding on content that is not what was
 * submitted: only with the reviewer's acknowledgement, recorded. */
void
sk_review_dialog_show_mismatch (SkReviewDialog *self)
{
  g_return_if_fail (SK_IS_REVIEW_DIALOG (self));
  if (sk_review_verify (self->proposal) != SK_FINGERPRINT_MISMATCH)
    return;
  self->mismatch = TRUE;
  sk_review_dialog_show_confirm (self, _("The content no longer matches its fingerprint: it is not what was submitted. "
                                         "I have seen this; go on and _record it in the history."));
}

void
sk_review_dialog_present (SkReviewDialog *self, const char *ok_label, AdwResponseAppearance appearance)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);

  g_return_if_fail (SK_IS_REVIEW_DIALOG (self));
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_add_response (dialog, "ok", ok_label);
  adw_message_dialog_set_response_appearance (dialog, "ok", appearance);
  adw_message_dialog_set_default_response (dialog, "ok");
  sk_review_dialog_update (self);
  gtk_window_present (GTK_WINDOW (self));
}

static void
sk_review_dialog_dispose (GObject *object)
{
  SkReviewDialog *self = SK_REVIEW_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_REVIEW_DIALOG);
  g_clear_object (&self->proposal);
  g_clear_object (&self->rules);
  G_OBJECT_CLASS (sk_review_dialog_parent_class)->dispose (object);
}

static void
sk_review_dialog_finalize (GObject *object)
{
  SkReviewDialog *self = SK_REVIEW_DIALOG (object);

  g_free (self->step);
  g_free (self->kind);
  g_free (self->section);
  G_OBJECT_CLASS (sk_review_dialog_parent_class)->finalize (object);
}

static void
sk_review_dialog_class_init (SkReviewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = sk_review_dialog_dispose;
  object_class->finalize = sk_review_dialog_finalize;
  dialog_class->response = sk_review_dialog_response;

  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-review-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SkReviewDialog, about_caption);
  gtk_widget_class_bind_template_child (widget_class, SkReviewDialog, about);
  gtk_widget_class_bind_template_child (widget_class, SkReviewDialog, remark_caption);
  gtk_widget_class_bind_template_child (widget_class, SkReviewDialog, remark_text);
  gtk_widget_class_bind_template_child (widget_class, SkReviewDialog, remaining_scrolled);
  gtk_widget_class_bind_template_child (widget_class, SkReviewDialog, no_findings);
  gtk_widget_class_bind_template_child (widget_class, SkReviewDialog, errors_caption);
  gtk_widget_class_bind_template_child (widget_class, SkReviewDialog, errors);
  gtk_widget_class_bind_template_child (widget_class, SkReviewDialog, warnings_caption);
  gtk_widget_class_bind_template_child (widget_class, SkReviewDialog, warnings);
  gtk_widget_class_bind_template_child (widget_class, SkReviewDialog, by);
  gtk_widget_class_bind_template_child (widget_class, SkReviewDialog, outcome_caption);
  gtk_widget_class_bind_template_child_full (widget_class, "approve", FALSE,
                                             G_STRUCT_OFFSET (SkReviewDialog, outcomes[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "return_", FALSE,
                                             G_STRUCT_OFFSET (SkReviewDialog, outcomes[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "reject", FALSE,
                                             G_STRUCT_OFFSET (SkReviewDialog, outcomes[2]));
  gtk_widget_class_bind_template_child (widget_class, SkReviewDialog, text_caption);
  gtk_widget_class_bind_template_child (widget_class, SkReviewDialog, text_frame);
  gtk_widget_class_bind_template_child (widget_class, SkReviewDialog, text);
  gtk_widget_class_bind_template_child (widget_class, SkReviewDialog, confirm);
  gtk_widget_class_bind_template_child (widget_class, SkReviewDialog, confirm_label);
  gtk_widget_class_bind_template_callback (widget_class, sk_review_dialog_update);
}

static void
sk_review_dialog_init (SkReviewDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

SkReviewDialog *
sk_review_dialog_new (GtkWindow *parent, SkProposal *proposal, const char *step, const char *heading, const char *body)
{
  SkReviewDialog *self;
  g_autofree char *name = sk_review_remembered_name ();

  g_return_val_if_fail (SK_IS_PROPOSAL (proposal), NULL);
  self = g_object_new (SK_TYPE_REVIEW_DIALOG, "transient-for", parent, "heading", heading, "body", body,
                       NULL);
  self->proposal = g_object_ref (proposal);
  self->step = g_strdup (step);
  gtk_editable_set_text (GTK_EDITABLE (self->by), name);
  return self;
}
