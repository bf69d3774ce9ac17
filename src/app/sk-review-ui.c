/* sk-review-ui.c: the review workflow in the window */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-diff.h"
#include "sk-error.h"
#include "sk-init.h"
#include "sk-review-ui.h"
#include "sk-review.h"
#include "sk-summary.h"
#include "sk-window.h"

/* ---- a small form in a message dialog ---- */

typedef struct {
  SkProposal *proposal;
  GtkWidget *by;
  GtkWidget *text;       /* GtkTextView or NULL */
  GtkWidget *decision;   /* GtkDropDown or NULL */
  char *action;          /* "submitted", "under_review", "draft", "decide", "remark" */
  char *kind;
  gint64 id;
  char *section;
} Form;

static void
form_free (Form *f)
{
  g_clear_object (&f->proposal);
  g_free (f->action);
  g_free (f->kind);
  g_free (f->section);
  g_free (f);
}

static char *
form_text (Form *f)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (f->text == NULL)
    return NULL;
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (f->text));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
report (GtkWindow *parent, const GError *error)
{
  sk_show_error (parent, _("The change could not be made"), error);
}

/* A step of the reviewer (start, decide) to do again once acknowledged. */
typedef struct {
  SkProposal *proposal;
  char *action;    /* "under_review" or "decide" */
  char *decision;
  char *by;
  char *text;
} Retry;

static void
retry_free (Retry *r)
{
  g_clear_object (&r->proposal);
  g_free (r->action);
  g_free (r->decision);
  g_free (r->by);
  g_free (r->text);
  g_free (r);
}

static gboolean
run_step (SkProposal *proposal, const char *action, const char *decision, const char *by, const char *text,
          gboolean acknowledge, GError **error)
{
  SkReviewOptions options = { .acknowledge_mismatch = acknowledge };

  if (decision)
    return sk_review_decide_full (proposal, decision, by, text, &options, error);
  return sk_review_transition_full (proposal, action, by, text, &options, error);
}

static void
on_acknowledge_response (AdwMessageDialog *dialog, const char *response, Retry *r)
{
  g_autoptr (GError) error = NULL;

  if (g_str_equal (response, "acknowledge") &&
      !run_step (r->proposal, r->action, r->decision, r->by, r->text, TRUE, &error))
    report (gtk_window_get_transient_for (GTK_WINDOW (dialog)), error);
}

/* The content is not what was submitted: go on only when the reviewer
 * says so, which the history records. */
static void
ask_acknowledgement (GtkWindow *parent, const GError *error, Retry *r)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("The Content Is Not What Was Submitted"), error->message);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "acknowledge", _("_Go On and Record It"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "acknowledge", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "sk-retry", r, (GDestroyNotify) retry_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_acknowledge_response), r);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_form_response (AdwMessageDialog *dialog, const char *response, Form *f)
{
  static const char * const decisions[] = { "approve", "return", "reject" };
  g_autoptr (GError) error = NULL;
  g_autofree char *text = form_text (f);
  const char *by = gtk_editable_get_text (GTK_EDITABLE (f->by));
  const char *decision = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  gboolean ok;

  if (!g_str_equal (response, "ok"))
    return;
  if (g_str_equal (f->action, "decide"))
    {
      guint chosen = gtk_drop_down_get_selected (GTK_DROP_DOWN (f->decision));
      if (chosen >= G_N_ELEMENTS (decisions))
        return; /* "ok" is not offered before a decision is chosen */
      decision = decisions[chosen];
      ok = run_step (f->proposal, f->action, decision, by, text, FALSE, &error);
    }
  else if (g_str_equal (f->action, "remark"))
    {
      if (text == NULL || *text == '\0')
        return;
      ok = sk_review_add_remark (f->proposal, f->kind, f->id, f->section, by, text, &error) != 0;
    }
  else
    ok = run_step (f->proposal, f->action, NULL, by, text, FALSE, &error);
  if (ok)
    return;
  if (g_error_matches (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_MISMATCH))
    {
      Retry *r = g_new0 (Retry, 1);
      r->proposal = g_object_ref (f->proposal);
      r->action = g_strdup (f->action);
      r->decision = g_strdup (decision);
      r->by = g_strdup (by);
      r->text = g_strdup (text);
      ask_acknowledgement (parent, error, r);
    }
  else
    report (parent, error);
}

static void
on_decision_chosen (GtkDropDown *decision, GParamSpec *pspec, AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "ok", gtk_drop_down_get_selected (decision) != GTK_INVALID_LIST_POSITION);
}

static Form *
ask (GtkWindow *parent, SkProposal *proposal, const char *action, const char *heading, const char *body,
     const char *ok_label, gboolean with_decision, const char *text_label)
{
  Form *f = g_new0 (Form, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);
  GtkWidget *by_label = gtk_label_new (_("Your name"));

  f->proposal = g_object_ref (proposal);
  f->action = g_strdup (action);
  f->by = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (f->by), sk_review_default_author ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (f->by), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Your name"), -1);
  gtk_label_set_xalign (GTK_LABEL (by_label), 0);
  gtk_box_append (GTK_BOX (box), by_label);
  gtk_box_append (GTK_BOX (box), f->by);
  if (with_decision)
    {
      const SkField *field = sk_kind_field (sk_schema_kind (SK_KIND_DECISION), "decision");
      g_autoptr (GtkStringList) list = gtk_string_list_new (NULL);
      for (guint i = 0; field->enum_values[i].code; i++)
        gtk_string_list_append (list, _(field->enum_values[i].label));
      f->decision = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (list)), NULL);
      /* No outcome chosen in advance: the reviewer chooses one. */
      gtk_drop_down_set_selected (GTK_DROP_DOWN (f->decision), GTK_INVALID_LIST_POSITION);
      gtk_accessible_update_property (GTK_ACCESSIBLE (f->decision), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Decision"), -1);
      gtk_box_append (GTK_BOX (box), f->decision);
    }
  if (text_label)
    {
      GtkWidget *label = gtk_label_new (text_label);
      GtkWidget *frame = gtk_frame_new (NULL);
      f->text = gtk_text_view_new ();
      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (f->text), GTK_WRAP_WORD_CHAR);
      gtk_widget_set_size_request (f->text, -1, 100);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (f->text), 6);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (f->text), 6);
      gtk_accessible_update_property (GTK_ACCESSIBLE (f->text), GTK_ACCESSIBLE_PROPERTY_LABEL, text_label, -1);
      gtk_frame_set_child (GTK_FRAME (frame), f->text);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), frame);
    }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "ok", ok_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "ok", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  if (f->decision)
    {
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "ok", FALSE);
      g_signal_connect (f->decision, "notify::selected", G_CALLBACK (on_decision_chosen), dialog);
    }
  g_object_set_data_full (G_OBJECT (dialog), "sk-form", f, (GDestroyNotify) form_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_form_response), f);
  gtk_window_present (GTK_WINDOW (dialog));
  return f;
}

void
sk_review_ask_remark (GtkWindow *parent, SkProposal *proposal, const char *kind, gint64 id, const char *section)
{
  Form *f = ask (parent, proposal, "remark", _("Add a Remark"),
                 _("The remark is kept in the proposal file, where the university sees it."),
                 _("_Add"), FALSE, _("Remark"));

  f->kind = g_strdup (kind);
  f->id = id;
  f->section = g_strdup (section);
}

/* ---- the review group ---- */

typedef struct {
  SkProposal *proposal;
  GtkWidget *group;
  GtkWidget *status_row;
  GtkWidget *fingerprint_row;
  GtkWidget *button;
  GtkWidget *second_button;
  char *verified;             /* the fingerprint last verified while frozen */
  SkFingerprintState state;
} ReviewGroup;

static void
review_group_free (ReviewGroup *g)
{
  g_clear_object (&g->proposal);
  g_free (g->verified);
  g_free (g);
}

/* Verifying reads the whole content; a frozen proposal's content cannot
 * change, so its verdict holds until the fingerprint does. */
static SkFingerprintState
verify (ReviewGroup *g, const char *fingerprint)
{
  if (!sk_proposal_is_frozen (g->proposal) || g_strcmp0 (g->verified, fingerprint) != 0)
    {
      g->state = sk_review_verify (g->proposal);
      g_free (g->verified);
      g->verified = sk_proposal_is_frozen (g->proposal) ? g_strdup (fingerprint) : NULL;
    }
  return g->state;
}

static GtkWindow *
window_of (GtkWidget *w)
{
  GtkRoot *root = gtk_widget_get_root (w);
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
on_step_clicked (GtkButton *button, ReviewGroup *g)
{
  const char *status = sk_record_get_string (sk_proposal_get_info (g->proposal), "status");
  GtkWindow *parent = window_of (GTK_WIDGET (button));

  if (g_str_equal (status, "draft"))
    ask (parent, g->proposal, "submitted", _("Submit the Proposal?"),
         _("Its content is frozen and its fingerprint recorded; the Ministry can verify that what it reviews is what was submitted. Remarks can still be added."),
         _("_Submit"), FALSE, _("Note (optional)"));
  else if (g_str_equal (status, "submitted"))
    ask (parent, g->proposal, "under_review", _("Start the Review?"), _("The proposal is taken under review."),
         _("_Start Review"), FALSE, NULL);
  else if (g_str_equal (status, "under_review"))
    ask (parent, g->proposal, "decide", _("Decide on the Proposal"),
         _("Approve it, return it to the university for revision, or reject it."), _("_Record Decision"), TRUE,
         _("Justification"));
  else if (g_str_equal (status, "returned"))
    ask (parent, g->proposal, "draft", _("Revise the Proposal?"),
         _("The proposal becomes a draft again: its content can be edited and it can be submitted anew."),
         _("_Revise"), FALSE, NULL);
}

static void
on_remark_clicked (GtkButton *button, ReviewGroup *g)
{
  sk_review_ask_remark (window_of (GTK_WIDGET (button)), g->proposal, NULL, 0, NULL);
}

static void
update_group (ReviewGroup *g)
{
  SkRecord *info = sk_proposal_get_info (g->proposal);
  const char *status = sk_record_get_string (info, "status");
  const char *fingerprint = sk_record_get_string (info, "fingerprint");
  const char *label = NULL;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (g->status_row), sk_enum_label (info, "status"));
  gtk_widget_set_visible (g->fingerprint_row, fingerprint != NULL);
  if (fingerprint)
    {
      SkFingerprintState state = verify (g, fingerprint);
      g_autofree char *text = state == SK_FINGERPRINT_MISMATCH
        ? g_strdup_printf (_("%s — the content no longer matches its fingerprint!"), fingerprint)
        : g_strdup_printf (_("%s (matches the content)"), fingerprint);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (g->fingerprint_row), text);
      if (state == SK_FINGERPRINT_MISMATCH)
        gtk_widget_add_css_class (g->fingerprint_row, "error");
      else
        gtk_widget_remove_css_class (g->fingerprint_row, "error");
    }
  if (g_str_equal (status, "draft"))
    label = _("_Submit…");
  else if (g_str_equal (status, "submitted"))
    label = _("_Start Review…");
  else if (g_str_equal (status, "under_review"))
    label = _("_Decide…");
  else if (g_str_equal (status, "returned"))
    label = _("_Revise…");
  gtk_widget_set_visible (g->button, label != NULL);
  if (label)
    gtk_button_set_label (GTK_BUTTON (g->button), label);
  gtk_widget_set_sensitive (g->button, !sk_proposal_is_read_only (g->proposal));
  gtk_widget_set_sensitive (g->second_button, !sk_proposal_is_read_only (g->proposal));
}

static void
on_changed (SkProposal *proposal, GtkWidget *group)
{
  update_group (g_object_get_data (G_OBJECT (group), "sk-review"));
}

GtkWidget *
sk_review_group_new (SkProposal *proposal)
{
  ReviewGroup *g = g_new0 (ReviewGroup, 1);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  g->proposal = g_object_ref (proposal);
  g->group = adw_preferences_group_new ();
  g_object_set_data_full (G_OBJECT (g->group), "sk-review", g, (GDestroyNotify) review_group_free);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (g->group), _("Review"));

  g->button = gtk_button_new_with_mnemonic ("");
  gtk_widget_add_css_class (g->button, "suggested-action");
  g_signal_connect (g->button, "clicked", G_CALLBACK (on_step_clicked), g);
  g->second_button = gtk_button_new_with_mnemonic (_("Add a _Remark…"));
  g_signal_connect (g->second_button, "clicked", G_CALLBACK (on_remark_clicked), g);
  gtk_box_append (GTK_BOX (buttons), g->second_button);
  gtk_box_append (GTK_BOX (buttons), g->button);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (g->group), buttons);

  g->status_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (g->status_row), _("Status"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (g->status_row), gtk_image_new_from_icon_name ("emblem-documents-symbolic"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (g->group), g->status_row);
  g->fingerprint_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (g->fingerprint_row), _("Fingerprint"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (g->group), g->fingerprint_row);

  update_group (g);
  g_signal_connect_object (proposal, "changed", G_CALLBACK (on_changed), g->group, 0);
  return g->group;
}

/* ---- comparison ---- */

void
sk_review_show_comparison (GtkWindow *parent, SkProposal *proposal, const char *older_path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) older = sk_proposal_open (older_path, SK_OPEN_READ_ONLY, &error);
  g_autoptr (GPtrArray) entries = NULL;
  GtkWidget *window, *box, *header, *page, *group;
  g_autofree char *subtitle = NULL;
  g_autofree char *older_name = g_path_get_basename (older_path);
  g_autofree char *newer_name = g_path_get_basename (sk_proposal_get_path (proposal));

  if (older == NULL)
    {
      report (parent, error);
      return;
    }
  entries = sk_diff (older, proposal, sk_get_content_language ());

  window = adw_window_new ();
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 640);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  /* TRANSLATORS: the older file → the newer file */
  subtitle = g_strdup_printf (_("%s → %s"), older_name, newer_name);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (_("Changes"), subtitle));
  gtk_box_append (GTK_BOX (box), header);

  page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (page, TRUE);
  group = adw_preferences_group_new ();
  if (entries->len == 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _("No differences in the content."));
  else
    {
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u record differs",
                                                             "%u records differ", entries->len), entries->len);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), count);
    }
  for (guint i = 0; i < entries->len; i++)
    {
      SkDiffEntry *e = entries->pdata[i];
      const char *what = e->change == SK_DIFF_ADDED ? _("Added") : e->change == SK_DIFF_REMOVED ? _("Removed") : _("Changed");
      const char *icon = e->change == SK_DIFF_ADDED ? "list-add-symbolic"
                         : e->change == SK_DIFF_REMOVED ? "list-remove-symbolic" : "document-edit-symbolic";
      g_autofree char *subtitle_row = g_strdup_printf ("%s · %s", _(e->kind->label), what);
      GtkWidget *row = adw_expander_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), e->name);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle_row);
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), gtk_image_new_from_icon_name (icon));
      adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), e->fields != NULL);
      for (guint f = 0; e->fields && f < e->fields->len; f++)
        {
          SkDiffField *field = e->fields->pdata[f];
          GtkWidget *child = adw_action_row_new ();
          g_autofree char *change = g_strdup_printf ("%s → %s", field->before ? field->before : "—",
                                                     field->after ? field->after : "—");
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (child), FALSE);
          /* The field's label with the language of a trilingual text. */
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), field->label);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (child), change);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}
