/* sk-window.c: a window showing one proposal: the proposal, its title,
 * compliance button and bars, toasts (see sk-window-private.h for the
 * other files of the window) */
#include "config.h"

#include <glib/gi18n.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "sk-application.h"
#include "sk-error.h"
#include "sk-init.h"
#include "sk-plan-offers.h"
#include "sk-review.h"
#include "sk-summary.h"
#include "sk-window-private.h"

G_DEFINE_FINAL_TYPE (SkWindow, sk_window, ADW_TYPE_APPLICATION_WINDOW)

static void show_toast (SkWindow *self, AdwToast *toast);

/* ---- settings (when the schema is installed) ---- */

static GSettings *
settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE) : NULL;

  return schema ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

void
sk_window_remember_recent (SkWindow *self, const char *path)
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
  sk_window_fill_recent_menu (self);
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
  if (!sk_compliance_is_checked (self->compliance))
    {
      /* The first check runs in a worker: the proposal is shown before
       * its findings are there. */
      g_autofree char *summary = sk_compliance_summary (self->compliance);
      adw_button_content_set_icon_name (self->compliance_content, "content-loading-symbolic");
      adw_button_content_set_label (self->compliance_content, "");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->compliance_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      summary, -1);
      return;
    }
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
#ifdef __GLIBC__
  /* Opening the file, the first frame and the first check are done: the
   * memory they used for a while goes back to the system. */
  if (g_str_equal (pspec->name, "checked"))
    malloc_trim (0);
#endif
  /* (The badges follow the findings' "items-changed".) */
  update_compliance_button (self);
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

  const char *status = sk_enum_label (sk_proposal_get_info (self->proposal), "status");
  g_autofree char *window = NULL;

  /* Two versions of one proposal have one title: the file and the status
   * tell their windows apart. */
  if (sk_proposal_is_read_only (self->proposal))
    /* TRANSLATORS: window subtitle: the file name, opened for viewing only, and the status of the proposal */
    subtitle = g_strdup_printf (_("%s (read-only) · %s"), path, status);
  else
    /* TRANSLATORS: window subtitle: the file name and the status of the proposal */
    subtitle = g_strdup_printf (_("%s · %s"), path, status);
  /* TRANSLATORS: the window's title: the proposal's title, its file name and its status */
  window = g_strdup_printf (_("%s — %s (%s)"), title ? title : basename, basename, status);
  adw_window_title_set_title (self->window_title, title ? title : basename);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), window);
}

void
sk_window_update_actions (SkWindow *self)
{
  gboolean open = self->proposal != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", open && sk_proposal_can_undo (self->proposal));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", open && sk_proposal_can_redo (self->proposal));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.match-rankings", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find-partners", open && !sk_proposal_is_read_only (self->proposal));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf",
                                 open && !gtk_revealer_get_reveal_child (self->export_bar));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-review",
                                 open && !gtk_revealer_get_reveal_child (self->export_bar));
  /* A remark about a finding is the reviewer's: while the proposal is
   * submitted or under review. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.remark-finding",
                                 open && !sk_proposal_is_read_only (self->proposal) &&
                                 (g_strcmp0 (self->status, "submitted") == 0 || g_strcmp0 (self->status, "under_review") == 0));
  gtk_revealer_set_reveal_child (self->read_only_bar, open && sk_proposal_is_read_only (self->proposal));
}

static void
on_history_changed (SkProposal *proposal, GParamSpec *pspec, SkWindow *self)
{
  sk_window_update_actions (self);
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
on_proposal_changed (SkProposal *proposal, SkWindow *self)
{
  const char *status = sk_record_get_string (sk_proposal_get_info (proposal), "status");

  update_title (self);
  sk_window_prune_editors (self);
  if (g_strcmp0 (status, self->status) != 0)
    {
      g_free (self->status);
      self->status = g_strdup (status);
      verify_fingerprint (self);
      if (sk_proposal_is_frozen (proposal) != self->frozen)
        {
          /* Submitted or returned: the editors follow. */
          self->frozen = sk_proposal_is_frozen (proposal);
          sk_window_rebuild_pages (self);
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
  sk_window_close_editors (self);
  if (self->proposal)
    g_signal_handlers_disconnect_by_data (self->proposal, self);
  if (self->compliance)
    g_signal_handlers_disconnect_by_data (self->compliance, self);
  sk_window_clear_pages (self);
  g_set_object (&self->proposal, proposal);
  g_clear_object (&self->compliance);
  self->compliance = sk_compliance_new (proposal, rules);

  g_signal_connect (proposal, "notify::can-undo", G_CALLBACK (on_history_changed), self);
  g_signal_connect (proposal, "notify::can-redo", G_CALLBACK (on_history_changed), self);
  g_signal_connect (proposal, "notify::read-only", G_CALLBACK (on_history_changed), self);
  g_signal_connect (proposal, "notify::path", G_CALLBACK (on_proposal_changed), self);
  g_signal_connect (proposal, "changed", G_CALLBACK (on_proposal_changed), self);
  g_signal_connect (self->compliance, "notify", G_CALLBACK (on_compliance_notify), self);
  /* The findings come from the check's worker: the badges follow each
   * new set (a finding may move to another page with the counts alike). */
  g_signal_connect_object (sk_compliance_get_findings (self->compliance), "items-changed",
                           G_CALLBACK (sk_window_update_badges), self, G_CONNECT_SWAPPED);
  sk_plan_offers_watch (self, proposal);

  self->frozen = sk_proposal_is_frozen (proposal);
  g_free (self->status);
  self->status = g_strdup (sk_record_get_string (sk_proposal_get_info (proposal), "status"));
  verify_fingerprint (self);
  update_title (self);
  sk_window_update_actions (self);
  update_compliance_button (self);
  sk_window_update_badges (self);
  gtk_stack_set_visible_child_name (self->stack, "editor");
  sk_window_show_page (self, "overview");
  sk_window_remember_recent (self, sk_proposal_get_path (proposal));
}

void
sk_show_error (GtkWindow *parent, const char *heading, const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

SkProposal *
sk_window_open_path (const char *path, GError **error)
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
    proposal = sk_window_open_path (path, &error);
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
  show_toast (self, toast);
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

/* libadwaita 1.2 frees a dismissed toast's record when its fade (300 ms)
 * ends but does not stop its slide-in (300 ms, or 500 while another toast
 * fades): if the fade ends first or in the same frame (the later
 * animation's frame callback runs first), the slide's end writes into
 * freed memory (AdwToastOverlay's show_done_cb; fixed in libadwaita 1.3,
 * commit 1674ebc9). So show_toast never dismisses a toast still sliding
 * in: the next toast updates it instead. Whether it still slides is told
 * by the frame clock, which the animations follow however late the
 * frames come. */
#define TOAST_SLIDE_US (300 * G_TIME_SPAN_MILLISECOND)
#define TOAST_REPLACE_SLIDE_US (500 * G_TIME_SPAN_MILLISECOND)
/* The animations count whole milliseconds. */
#define TOAST_SLIDE_MARGIN_US (2 * G_TIME_SPAN_MILLISECOND)

static gboolean
toast_tick (GtkWidget *overlay, GdkFrameClock *clock, gpointer data)
{
  SkWindow *self = data;

  if (gdk_frame_clock_get_frame_time (clock) < self->toast_settles_at)
    return G_SOURCE_CONTINUE;
  self->toast_tick = 0;
  return G_SOURCE_REMOVE;
}

/* The toast shown slides in from now for @duration µs. */
static void
toast_slides (SkWindow *self, gint64 duration)
{
  GtkWidget *overlay = GTK_WIDGET (self->toast_overlay);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (overlay);

  /* Without a frame clock nothing is animated. */
  if (clock == NULL || !gtk_widget_get_mapped (overlay))
    return;
  self->toast_settles_at = gdk_frame_clock_get_frame_time (clock) + duration + TOAST_SLIDE_MARGIN_US;
  if (self->toast_tick == 0)
    self->toast_tick = gtk_widget_add_tick_callback (overlay, toast_tick, self, NULL);
}

/* Whether the overlay shows a toast besides the newest: one fading out. */
static gboolean
toast_is_fading (SkWindow *self)
{
  GtkWidget *content = adw_toast_overlay_get_child (self->toast_overlay);
  guint toasts = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->toast_overlay));
       child; child = gtk_widget_get_next_sibling (child))
    if (child != content)
      toasts++;
  return toasts > 1;
}

static void
on_toast_dismissed (AdwToast *toast, SkWindow *self)
{
  if (self->toast == toast)
    self->toast = NULL;
  /* One whose button was pressed: the toast queued after it slides in
   * now, while it fades. */
  else if (self->toast)
    toast_slides (self, TOAST_REPLACE_SLIDE_US);
}

/* Its button was pressed: the toast is dismissed at the next idle, so the
 * next toast may not take it over (it waits in the queue until then). */
static void
on_toast_button_clicked (AdwToast *toast, SkWindow *self)
{
  if (self->toast == toast)
    self->toast = NULL;
}

/* @toast takes over the title, button and timeout of @from. */
static void
update_toast (AdwToast *toast, AdwToast *from)
{
  adw_toast_set_title (toast, adw_toast_get_title (from));
  /* The button's action and target change together (no target of one
   * action is ever given to another). */
  adw_toast_set_action_name (toast, NULL);
  adw_toast_set_action_target_value (toast, adw_toast_get_action_target_value (from));
  adw_toast_set_action_name (toast, adw_toast_get_action_name (from));
  adw_toast_set_button_label (toast, adw_toast_get_button_label (from));
  adw_toast_set_timeout (toast, adw_toast_get_timeout (from));
}

/* Shows @toast instead of the one shown (toasts would queue otherwise,
 * and an old "Undone" would linger after a redo). The title is plain
 * text (libadwaita 1.2 reads it as markup). */
static void
show_toast (SkWindow *self, AdwToast *toast)
{
  g_autofree char *title = g_markup_escape_text (adw_toast_get_title (toast), -1);

  adw_toast_set_title (toast, title);
  if (self->toast && self->toast_tick)
    {
      /* Shown again: its timeout starts anew. */
      update_toast (self->toast, toast);
      g_object_unref (toast);
      adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->toast));
      return;
    }
  if (self->toast)
    {
      AdwToast *old = self->toast;
      self->toast = NULL;
      adw_toast_dismiss (old);
    }
  self->toast = toast;
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed), self, 0);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_toast_button_clicked), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  toast_slides (self, toast_is_fading (self) ? TOAST_REPLACE_SLIDE_US : TOAST_SLIDE_US);
}

void
sk_window_toast (SkWindow *self, const char *text)
{
  AdwToast *toast = adw_toast_new (text);

  g_return_if_fail (SK_IS_WINDOW (self));
  adw_toast_set_timeout (toast, 4);
  show_toast (self, toast);
}

AdwToast *
sk_window_get_toast (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return self->toast;
}

void
sk_window_toast_undo (SkWindow *self, const char *text)
{
  AdwToast *toast = adw_toast_new (text);

  g_return_if_fail (SK_IS_WINDOW (self));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_timeout (toast, 8);
  show_toast (self, toast);
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
  g_clear_handle_id (&self->drop_id, g_source_remove);
  g_clear_handle_id (&self->sidebar_button_id, g_source_remove);
  self->toast = NULL;
  if (self->toast_tick)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->toast_overlay), self->toast_tick);
  self->toast_tick = 0;
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
  gtk_widget_class_bind_template_child (widget_class, SkWindow, welcome_status);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, content);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, pages);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, sidebar_pane);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, compliance_button);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, compliance_content);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, read_only_bar);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, fingerprint_bar);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, export_bar);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, export_progress);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, examples_group);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, recent_group);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, recent_menu);

  sk_window_actions_install (widget_class);
  sk_window_files_install (widget_class);
  sk_window_navigation_install (widget_class);
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

/* The welcome page's large icon only when the window is shown without a
 * proposal: the stack measures the hidden welcome page too, and loading
 * the icon (an SVG) brings in the SVG library, some 6 MiB and a few tens
 * of milliseconds before the first frame of a proposal opened at once. */
static void
on_map_welcome_icon (SkWindow *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "welcome") == 0)
    adw_status_page_set_icon_name (self->welcome_status, "kz.seriktes.Seriktes");
}

static void
sk_window_init (SkWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "map", G_CALLBACK (on_map_welcome_icon), NULL);
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

  sk_window_navigation_init (self);
  sk_window_update_actions (self);
  sk_window_files_init (self);
}

SkWindow *
sk_window_new (GtkApplication *app)
{
  return g_object_new (SK_TYPE_WINDOW, "application", app, NULL);
}
