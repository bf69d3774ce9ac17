/* sk-window.c: a window showing one proposal */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sk-application.h"
#include "sk-error.h"
#include "sk-export.h"
#include "sk-init.h"
#include "sk-pages.h"
#include "sk-record-dialog.h"
#include "sk-review-ui.h"
#include "sk-review.h"
#include "sk-summary.h"
#include "sk-window.h"

struct _SkWindow
{
  AdwApplicationWindow parent_instance;

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  GtkStack *stack;
  GtkStack *pages;
  GtkListBox *sidebar;
  GtkWidget *compliance_button;
  AdwButtonContent *compliance_content;
  GtkRevealer *read_only_bar;
  GtkRevealer *fingerprint_bar;
  char *fingerprint_text;  /* the bar's own text */
  GtkRevealer *export_bar;
  GtkProgressBar *export_progress;
  GCancellable *export_cancellable;
  AdwPreferencesGroup *examples_group;
  AdwPreferencesGroup *recent_group;

  SkProposal *proposal;
  SkCompliance *compliance;
  GSettings *settings;
  gboolean filling_sidebar;
  gboolean frozen;
  char *status;
};

G_DEFINE_FINAL_TYPE (SkWindow, sk_window, ADW_TYPE_APPLICATION_WINDOW)

/* ---- settings (when the schema is installed) ---- */

static GSettings *
settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE) : NULL;

  return schema ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

static void
remember_recent (SkWindow *self, const char *path)
{
  g_auto (GStrv) old = NULL;
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) recent = NULL;
  guint n = 1;

  if (self->settings == NULL || path == NULL)
    return;
  old = g_settings_get_strv (self->settings, "recent-files");
  g_strv_builder_add (builder, path);
  for (guint i = 0; old[i] && n < 10; i++)
    if (g_strcmp0 (old[i], path) != 0)
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }
  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-files", (const char * const *) recent);
}

/* ---- the compliance button ---- */

static void
update_compliance_button (SkWindow *self)
{
  guint errors, warnings;
  g_autofree char *label = NULL;
  g_autofree char *a11y = NULL;

  if (self->compliance == NULL)
    {
      gtk_widget_set_visible (self->compliance_button, FALSE);
      return;
    }
  errors = sk_compliance_get_errors (self->compliance);
  warnings = sk_compliance_get_warnings (self->compliance);
  gtk_widget_set_visible (self->compliance_button, TRUE);
  gtk_widget_remove_css_class (self->compliance_button, "error");
  gtk_widget_remove_css_class (self->compliance_button, "warning");
  gtk_widget_remove_css_class (self->compliance_button, "success");
  if (errors)
    {
      adw_button_content_set_icon_name (self->compliance_content, "dialog-error-symbolic");
      label = g_strdup_printf ("%u", errors);
      gtk_widget_add_css_class (self->compliance_button, "error");
    }
  else if (warnings)
    {
      adw_button_content_set_icon_name (self->compliance_content, "dialog-warning-symbolic");
      label = g_strdup_printf ("%u", warnings);
      gtk_widget_add_css_class (self->compliance_button, "warning");
    }
  else
    {
      adw_button_content_set_icon_name (self->compliance_content, "emblem-ok-symbolic");
      label = g_strdup ("");
      gtk_widget_add_css_class (self->compliance_button, "success");
    }
  adw_button_content_set_label (self->compliance_content, label);
  {
    g_autofree char *e = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", errors), errors);
    g_autofree char *w = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", warnings), warnings);
    /* TRANSLATORS: accessible label of the compliance button */
    a11y = g_strdup_printf (_("Compliance: %s, %s"), e, w);
  }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->compliance_button), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
}

static void
on_compliance_notify (SkCompliance *compliance, GParamSpec *pspec, SkWindow *self)
{
  update_compliance_button (self);
}

/* ---- pages ---- */

static GtkWidget *
sidebar_row (const SkPageInfo *info)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (_(info->title));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (info->icon));
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, info->id);
  return row;
}

GtkWidget *
sk_window_show_page (SkWindow *self, const char *id)
{
  GtkWidget *page;
  guint n;
  const SkPageInfo *pages = sk_pages (&n);

  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  if (self->proposal == NULL)
    return NULL;
  page = gtk_stack_get_child_by_name (self->pages, id);
  if (page == NULL)
    {
      page = sk_page_build (id, self->proposal, self->compliance);
      gtk_stack_add_named (self->pages, page, id);
    }
  gtk_stack_set_visible_child (self->pages, page);
  for (guint i = 0; i < n; i++)
    if (g_str_equal (pages[i].id, id))
      {
        self->filling_sidebar = TRUE;
        gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, (int) i));
        self->filling_sidebar = FALSE;
      }
  return page;
}

static void
on_sidebar_selected (GtkListBox *box, GtkListBoxRow *row, SkWindow *self)
{
  if (row && !self->filling_sidebar)
    sk_window_show_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

void
sk_window_show_record (SkWindow *self, const char *kind, gint64 id)
{
  SkRecord *record;

  g_return_if_fail (SK_IS_WINDOW (self));
  if (self->proposal == NULL || sk_schema_kind (kind) == NULL)
    return;
  sk_window_show_page (self, sk_page_for_kind (kind));
  record = sk_proposal_lookup (self->proposal, kind, id);
  if (record && !sk_record_get_kind (record)->singleton)
    sk_record_dialog_present (GTK_WINDOW (self), self->proposal, record);
}

/* ---- the proposal ---- */

static void
update_title (SkWindow *self)
{
  const char *lang = sk_get_content_language ();
  const char *path = sk_proposal_get_path (self->proposal);
  g_autofree char *basename = g_path_get_basename (path);
  const char *title = sk_record_get_text3 (sk_proposal_get_info (self->proposal), "title", lang, TRUE, NULL);
  g_autofree char *subtitle = NULL;

  if (sk_proposal_is_read_only (self->proposal))
    /* TRANSLATORS: window subtitle: the file name, opened for viewing only */
    subtitle = g_strdup_printf (_("%s (read-only)"), path);
  else
    subtitle = g_strdup (path);
  adw_window_title_set_title (self->window_title, title ? title : basename);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title ? title : basename);
}

static void
update_actions (SkWindow *self)
{
  gboolean open = self->proposal != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", open && sk_proposal_can_undo (self->proposal));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", open && sk_proposal_can_redo (self->proposal));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf",
                                 open && !gtk_revealer_get_reveal_child (self->export_bar));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-review",
                                 open && !gtk_revealer_get_reveal_child (self->export_bar));
  gtk_revealer_set_reveal_child (self->read_only_bar, open && sk_proposal_is_read_only (self->proposal));
}

static void
on_history_changed (SkProposal *proposal, GParamSpec *pspec, SkWindow *self)
{
  update_actions (self);
}

/* The fingerprint is verified when the file is opened and when the status
 * changes (the content of a submitted proposal cannot change here). */
static void
verify_fingerprint (SkWindow *self)
{
  const GError *problem = sk_review_history_problem (self->proposal);
  GtkLabel *label = GTK_LABEL (gtk_revealer_get_child (self->fingerprint_bar));

  /* A history that cannot have happened says so in the same place. */
  if (self->fingerprint_text == NULL)
    self->fingerprint_text = g_strdup (gtk_label_get_label (label));
  gtk_label_set_label (label, problem ? problem->message : self->fingerprint_text);
  gtk_revealer_set_reveal_child (self->fingerprint_bar,
                                 problem != NULL || sk_review_verify (self->proposal) == SK_FINGERPRINT_MISMATCH);
}

static void
clear_pages (SkWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pages))))
    gtk_stack_remove (self->pages, child);
}

static void
rebuild_pages (SkWindow *self)
{
  const char *current = gtk_stack_get_visible_child_name (self->pages);
  g_autofree char *page = g_strdup (current ? current : "overview");

  clear_pages (self);
  sk_window_show_page (self, page);
}

static void
on_proposal_changed (SkProposal *proposal, SkWindow *self)
{
  const char *status = sk_record_get_string (sk_proposal_get_info (proposal), "status");

  update_title (self);
  if (g_strcmp0 (status, self->status) != 0)
    {
      g_free (self->status);
      self->status = g_strdup (status);
      verify_fingerprint (self);
      if (sk_proposal_is_frozen (proposal) != self->frozen)
        {
          /* Submitted or returned: the editors follow. */
          self->frozen = sk_proposal_is_frozen (proposal);
          rebuild_pages (self);
        }
    }
}

static SkRuleSet *
rule_set (SkWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (SK_IS_APPLICATION (app))
    return g_object_ref (sk_application_get_rule_set (SK_APPLICATION (app)));
  return sk_rule_set_new_default ();
}


void
sk_window_set_proposal (SkWindow *self, SkProposal *proposal)
{
  g_autoptr (SkRuleSet) rules = rule_set (self);

  g_return_if_fail (SK_IS_WINDOW (self));

  /* Editors of the previous proposal go with it. */
  if (self->proposal)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();
      for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
        {
          g_autoptr (GtkWindow) w = g_list_model_get_item (toplevels, i - 1);
          if (SK_IS_RECORD_DIALOG (w) && gtk_window_get_transient_for (w) == GTK_WINDOW (self))
            gtk_window_destroy (w);
        }
      g_signal_handlers_disconnect_by_data (self->proposal, self);
    }
  if (self->compliance)
    g_signal_handlers_disconnect_by_data (self->compliance, self);
  clear_pages (self);
  g_set_object (&self->proposal, proposal);
  g_clear_object (&self->compliance);
  self->compliance = sk_compliance_new (proposal, rules);

  g_signal_connect (proposal, "notify::can-undo", G_CALLBACK (on_history_changed), self);
  g_signal_connect (proposal, "notify::can-redo", G_CALLBACK (on_history_changed), self);
  g_signal_connect (proposal, "notify::read-only", G_CALLBACK (on_history_changed), self);
  g_signal_connect (proposal, "notify::path", G_CALLBACK (on_proposal_changed), self);
  g_signal_connect (proposal, "changed", G_CALLBACK (on_proposal_changed), self);
  g_signal_connect (self->compliance, "notify", G_CALLBACK (on_compliance_notify), self);

  self->frozen = sk_proposal_is_frozen (proposal);
  g_free (self->status);
  self->status = g_strdup (sk_record_get_string (sk_proposal_get_info (proposal), "status"));
  verify_fingerprint (self);
  update_title (self);
  update_actions (self);
  update_compliance_button (self);
  gtk_stack_set_visible_child_name (self->stack, "editor");
  sk_window_show_page (self, "overview");
  remember_recent (self, sk_proposal_get_path (proposal));
}

void
sk_show_error (GtkWindow *parent, const char *heading, const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static SkProposal *
open_path (const char *path, GError **error)
{
  SkProposal *proposal = sk_proposal_open (path, SK_OPEN_DEFAULT, error);

  if (proposal == NULL && g_error_matches (*error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_READ_ONLY))
    {
      g_clear_error (error);
      proposal = sk_proposal_open (path, SK_OPEN_READ_ONLY, error);
    }
  return proposal;
}

gboolean
sk_window_open (SkWindow *self, GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) proposal = NULL;

  g_return_val_if_fail (SK_IS_WINDOW (self), FALSE);

  if (path == NULL)
    g_set_error (&error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO, _("Only files on this computer can be opened."));
  else
    proposal = open_path (path, &error);
  if (proposal == NULL)
    {
      sk_show_error (GTK_WINDOW (self), _("The proposal could not be opened"), error);
      return FALSE;
    }
  sk_window_set_proposal (self, proposal);
  return TRUE;
}

SkProposal *
sk_window_get_proposal (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return self->proposal;
}

SkCompliance *
sk_window_get_compliance (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return self->compliance;
}

void
sk_window_toast_file (SkWindow *self, const char *text, const char *path)
{
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-file");
  adw_toast_set_action_target_value (toast, g_variant_new_string (path));
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
sk_window_set_export_progress (SkWindow *self, double fraction, const char *section)
{
  g_return_if_fail (SK_IS_WINDOW (self));
  gtk_revealer_set_reveal_child (self->export_bar, fraction >= 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", fraction < 0 && self->proposal != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-review", fraction < 0 && self->proposal != NULL);
  if (fraction >= 0)
    {
      /* TRANSLATORS: the progress of the PDF export: the section being written */
      g_autofree char *text = g_strdup_printf (_("Making the PDF: %s"), section ? section : "");
      gtk_progress_bar_set_fraction (self->export_progress, CLAMP (fraction, 0, 1));
      gtk_progress_bar_set_text (self->export_progress, text);
    }
}

void
sk_window_set_export_cancellable (SkWindow *self, GCancellable *cancellable)
{
  g_return_if_fail (SK_IS_WINDOW (self));
  g_set_object (&self->export_cancellable, cancellable);
}

gboolean
sk_window_shows_fingerprint_alarm (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), FALSE);
  return gtk_revealer_get_reveal_child (self->fingerprint_bar);
}

void
sk_window_toast (SkWindow *self, const char *text)
{
  AdwToast *toast = adw_toast_new (text);
  adw_toast_set_timeout (toast, 4);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* ---- file choosers ---- */

static GtkFileFilter *
proposal_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Seriktes proposals"));
  gtk_file_filter_add_pattern (filter, "*.seriktes");
  gtk_file_filter_add_mime_type (filter, "application/x-seriktes");
  return filter;
}

/* A modal, portal-friendly chooser of proposal files; @on_response gets
 * the window as its data and unrefs the chooser. */
static GtkFileChooserNative *
choose_proposal (SkWindow *self, const char *title, GtkFileChooserAction action, const char *accept,
                 const char *current_name, GCallback on_response)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, _("_Cancel"));
  g_autoptr (GtkFileFilter) filter = proposal_filter ();

  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (current_name)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), current_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", on_response, self);
  return chooser;
}

/* A window for a proposal: this one if it shows none, otherwise a new one. */
static SkWindow *
window_for_new_proposal (SkWindow *self)
{
  SkWindow *target;

  if (self->proposal == NULL)
    return self;
  target = sk_window_new (gtk_window_get_application (GTK_WINDOW (self)));
  gtk_window_present (GTK_WINDOW (target));
  return target;
}

static void
on_open_response (GtkNativeDialog *chooser, int response, SkWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (file)
        sk_window_open (window_for_new_proposal (self), file);
    }
  g_object_unref (chooser);
}

static void
open_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkWindow *self = SK_WINDOW (widget);
  GtkFileChooserNative *chooser = choose_proposal (self, _("Open a Proposal"), GTK_FILE_CHOOSER_ACTION_OPEN,
                                                   _("_Open"), NULL, G_CALLBACK (on_open_response));
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static char *
with_extension (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    return NULL;
  if (g_str_has_suffix (path, ".seriktes"))
    return g_steal_pointer (&path);
  return g_strconcat (path, ".seriktes", NULL);
}

static void
on_new_response (GtkNativeDialog *chooser, int response, SkWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = with_extension (file);
      g_autoptr (GError) error = NULL;
      g_autoptr (SkProposal) proposal = NULL;

      /* The chooser asked about replacing; a new proposal starts empty,
       * and the old file stays until the new one is written. */
      proposal = path ? sk_proposal_create_replacing (path, &error) : NULL;
      if (proposal == NULL && error == NULL)
        g_set_error (&error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO, _("Only files on this computer can be used."));
      if (proposal)
        sk_window_set_proposal (window_for_new_proposal (self), proposal);
      else
        sk_show_error (GTK_WINDOW (self), _("The proposal could not be created"), error);
    }
  g_object_unref (chooser);
}

static void
new_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  GtkFileChooserNative *chooser = choose_proposal (SK_WINDOW (widget), _("New Proposal"), GTK_FILE_CHOOSER_ACTION_SAVE,
                                                   _("_Create"), _("Partnership.seriktes"), G_CALLBACK (on_new_response));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_save_as_response (GtkNativeDialog *chooser, int response, SkWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->proposal)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = with_extension (file);
      g_autoptr (GError) error = NULL;

      if (path == NULL)
        g_set_error (&error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO, _("Only files on this computer can be used."));
      else if (sk_proposal_save_as (self->proposal, path, &error))
        {
          g_autofree char *text = g_strdup_printf (_("Saved as %s"), path);
          remember_recent (self, path);
          clear_pages (self);
          sk_window_show_page (self, "overview");
          sk_window_toast (self, text);
        }
      if (error)
        sk_show_error (GTK_WINDOW (self), _("The proposal could not be saved"), error);
    }
  g_object_unref (chooser);
}

static void
save_as_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkWindow *self = SK_WINDOW (widget);
  g_autofree char *name = NULL;

  if (self->proposal == NULL)
    return;
  name = g_path_get_basename (sk_proposal_get_path (self->proposal));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (choose_proposal (self, _("Save As"), GTK_FILE_CHOOSER_ACTION_SAVE,
                                                              _("_Save"), name, G_CALLBACK (on_save_as_response))));
}

/* ---- other actions ---- */

static void
history_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkWindow *self = SK_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  const char *label;
  gboolean undo = g_str_equal (action_name, "win.undo");

  if (self->proposal == NULL)
    return;
  label = undo ? sk_proposal_get_undo_label (self->proposal) : sk_proposal_get_redo_label (self->proposal);
  {
    g_autofree char *what = g_strdup (label);
    if (!(undo ? sk_proposal_undo (self->proposal, &error) : sk_proposal_redo (self->proposal, &error)))
      {
        if (error)
          sk_show_error (GTK_WINDOW (self), undo ? _("The edit could not be undone") : _("The edit could not be redone"), error);
        return;
      }
    if (what)
      {
        /* TRANSLATORS: a toast after undo or redo, e.g. "Undone: Edit Programme" */
        g_autofree char *text = g_strdup_printf (undo ? _("Undone: %s") : _("Redone: %s"), what);
        sk_window_toast (self, text);
      }
  }
}

static void
show_page_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  sk_window_show_page (SK_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
show_record_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  const char *kind;
  gint64 id;

  g_variant_get (param, "(&sx)", &kind, &id);
  sk_window_show_record (SK_WINDOW (widget), kind, id);
}

static void
remark_finding_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkWindow *self = SK_WINDOW (widget);
  const char *kind, *check;
  gint64 id;

  if (self->proposal == NULL)
    return;
  g_variant_get (param, "(&sx&s)", &kind, &id, &check);
  sk_review_ask_remark (GTK_WINDOW (self), self->proposal, g_str_equal (kind, SK_KIND_PROPOSAL) ? NULL : kind, id, check);
}

static void
on_compare_response (GtkNativeDialog *chooser, int response, SkWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->proposal)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;
      if (path)
        sk_review_show_comparison (GTK_WINDOW (self), self->proposal, path);
    }
  g_object_unref (chooser);
}

static void
compare_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkWindow *self = SK_WINDOW (widget);

  if (self->proposal == NULL)
    return;
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (choose_proposal (self, _("Compare With an Earlier Version"),
                                                              GTK_FILE_CHOOSER_ACTION_OPEN, _("_Compare"), NULL,
                                                              G_CALLBACK (on_compare_response))));
}

static void
export_pdf_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  if (SK_WINDOW (widget)->proposal)
    sk_export_pdf_ask (SK_WINDOW (widget), g_str_equal (action_name, "win.export-review")
                                           ? SK_EXPORT_REVIEW : SK_EXPORT_PROPOSAL);
}

static void
cancel_export_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkWindow *self = SK_WINDOW (widget);
  if (self->export_cancellable)
    g_cancellable_cancel (self->export_cancellable);
}

static void
open_file_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  g_autoptr (GFile) file = g_file_new_for_path (g_variant_get_string (param, NULL));
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (GTK_WINDOW (widget), uri, GDK_CURRENT_TIME);
}

static void
toast_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  sk_window_toast (SK_WINDOW (widget), g_variant_get_string (param, NULL));
}

/* ---- the welcome page ---- */

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
on_file_row_activated (AdwActionRow *row, SkWindow *self)
{
  const char *path = g_object_get_data (G_OBJECT (row), "sk-path");
  gboolean view_only = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "sk-view-only"));
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) proposal = view_only ? sk_proposal_open (path, SK_OPEN_READ_ONLY, &error)
                                              : open_path (path, &error);

  if (proposal == NULL)
    {
      sk_show_error (GTK_WINDOW (self), _("The proposal could not be opened"), error);
      return;
    }
  sk_window_set_proposal (self, proposal);
}

static GtkWidget *
file_row (SkWindow *self, const char *path, gboolean view_only)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_autofree char *name = NULL;
  const char *lang = sk_get_content_language ();
  GtkWidget *row;

  /* A file left by a crash is listed (by its name): opening it for
   * editing recovers it. */
  if (p == NULL && (view_only || !g_error_matches (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NEEDS_RECOVERY)))
    return NULL;
  name = p ? g_strdup (sk_record_display_name (sk_proposal_get_info (p), lang)) : g_filename_display_basename (path);
  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), view_only ? sk_enum_label (sk_proposal_get_info (p), "model") : path);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "sk-path", g_strdup (path), g_free);
  g_object_set_data (G_OBJECT (row), "sk-view-only", GINT_TO_POINTER (view_only));
  g_signal_connect (row, "activated", G_CALLBACK (on_file_row_activated), self);
  return row;
}

static void
list_examples (SkWindow *self)
{
  g_autofree char *dir = g_build_filename (sk_get_datadir (), "examples", NULL);
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint shown = 0;

  while (d && (name = g_dir_read_name (d)))
    if (g_str_has_suffix (name, ".seriktes"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, names->pdata[i], NULL);
      GtkWidget *row = file_row (self, path, TRUE);
      if (row)
        {
          adw_preferences_group_add (self->examples_group, row);
          shown++;
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->examples_group), shown > 0);
}

static void
list_recent (SkWindow *self)
{
  g_auto (GStrv) recent = self->settings ? g_settings_get_strv (self->settings, "recent-files") : NULL;
  guint shown = 0;

  for (guint i = 0; recent && recent[i] && shown < 5; i++)
    {
      GtkWidget *row = g_file_test (recent[i], G_FILE_TEST_IS_REGULAR) ? file_row (self, recent[i], FALSE) : NULL;
      if (row)
        {
          adw_preferences_group_add (self->recent_group, row);
          shown++;
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), shown > 0);
}

/* ---- the window ---- */

static gboolean
sk_window_close_request (GtkWindow *window)
{
  SkWindow *self = SK_WINDOW (window);

  if (self->settings)
    {
      int width, height;
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
    }
  return GTK_WINDOW_CLASS (sk_window_parent_class)->close_request (window);
}

static void
sk_window_dispose (GObject *object)
{
  SkWindow *self = SK_WINDOW (object);

  if (self->proposal)
    g_signal_handlers_disconnect_by_data (self->proposal, self);
  if (self->compliance)
    g_signal_handlers_disconnect_by_data (self->compliance, self);
  g_clear_object (&self->compliance);
  g_clear_object (&self->proposal);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->fingerprint_text, g_free);
  if (self->export_cancellable)
    g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->export_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_WINDOW);
  G_OBJECT_CLASS (sk_window_parent_class)->dispose (object);
}

static void
sk_window_class_init (SkWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_window_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = sk_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SkWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, pages);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, compliance_button);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, compliance_content);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, read_only_bar);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, fingerprint_bar);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, export_bar);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, export_progress);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, examples_group);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, recent_group);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-record", "(sx)", show_record_action);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
  gtk_widget_class_install_action (widget_class, "win.compare", NULL, compare_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.export-review", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-export", NULL, cancel_export_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", open_file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-pdf", NULL);
  gtk_widget_class_install_action (widget_class, "win.remark-finding", "(sxs)", remark_finding_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.show-page", "s", "compliance");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, GDK_ALT_MASK, "win.show-page", "s", "overview");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

/* Back in the window: what another program (the CLI submitting, another
 * window) committed meanwhile is shown at once, not at the next edit. */
static void
on_active_changed (SkWindow *self)
{
  g_autoptr (GError) error = NULL;

  if (gtk_window_is_active (GTK_WINDOW (self)) && self->proposal &&
      !sk_proposal_refresh (self->proposal, &error))
    sk_show_error (GTK_WINDOW (self), _("The proposal could not be read again"), error);
}

static void
sk_window_init (SkWindow *self)
{
  guint n;
  const SkPageInfo *pages = sk_pages (&n);

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_active_changed), NULL);
  {
    /* The application's own icon, also when it is not installed. */
    static gsize done;
    if (g_once_init_enter (&done))
      {
        gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self))),
                                          "/kz/seriktes/Seriktes/icons");
        g_once_init_leave (&done, 1);
      }
  }
  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->settings = settings_new ();
  if (self->settings)
    {
      gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }

  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->sidebar, sidebar_row (&pages[i]));
  g_signal_connect (self->sidebar, "row-selected", G_CALLBACK (on_sidebar_selected), self);

  update_actions (self);
  list_recent (self);
  list_examples (self);
}

SkWindow *
sk_window_new (GtkApplication *app)
{
  return g_object_new (SK_TYPE_WINDOW, "application", app, NULL);
}
