/* sk-window.c: a window showing one proposal */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-application.h"
#include "sk-check.h"
#include "sk-error.h"
#include "sk-init.h"
#include "sk-summary.h"
#include "sk-window.h"

struct _SkWindow
{
  AdwApplicationWindow parent_instance;

  AdwWindowTitle *window_title;
  GtkStack *stack;
  AdwPreferencesGroup *examples_group;
  AdwPreferencesGroup *summary_group;
  AdwPreferencesGroup *compliance_group;
  AdwPreferencesGroup *counts_group;

  SkProposal *proposal;
  GPtrArray *summary_rows; /* GtkWidget* added to the groups */
};

G_DEFINE_FINAL_TYPE (SkWindow, sk_window, ADW_TYPE_APPLICATION_WINDOW)

static void
clear_rows (SkWindow *self)
{
  for (guint i = 0; i < self->summary_rows->len; i++)
    {
      GtkWidget *row = self->summary_rows->pdata[i];
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);
      if (group)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->summary_rows, 0);
}

static void
add_row (SkWindow *self, AdwPreferencesGroup *group, const char *title, const char *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_hexpand (label, TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->summary_rows, row);
}

static SkRuleSet *
rule_set (SkWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (SK_IS_APPLICATION (app))
    return g_object_ref (sk_application_get_rule_set (SK_APPLICATION (app)));
  return sk_rule_set_new_default ();
}

static void
add_finding_row (SkWindow *self, SkFinding *finding)
{
  static const char * const icons[] = { "dialog-information-symbolic", "dialog-warning-symbolic", "dialog-error-symbolic" };
  static const char * const classes[] = { "accent", "warning", "error" };
  SkSeverity severity = sk_finding_get_severity (finding);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (icons[severity]);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sk_finding_get_message (finding));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sk_finding_get_reference (finding));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (icon, classes[severity]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sk_severity_label (severity, NULL), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_preferences_group_add (self->compliance_group, row);
  g_ptr_array_add (self->summary_rows, row);
}

static void
show_findings (SkWindow *self)
{
  g_autoptr (SkRuleSet) rules = rule_set (self);
  SkCheckOptions options = { .language = sk_get_content_language () };
  g_autoptr (GPtrArray) findings = sk_check (self->proposal, rules, &options);
  g_autofree char *counts = sk_findings_summary (findings, NULL);

  adw_preferences_group_set_description (self->compliance_group, counts);
  for (guint i = 0; i < findings->len; i++)
    add_finding_row (self, findings->pdata[i]);
}

static void
show_summary (SkWindow *self)
{
  const char *lang = sk_get_content_language ();
  g_autoptr (GPtrArray) rows = sk_summary_rows (self->proposal, lang);
  g_autofree char *basename = g_path_get_basename (sk_proposal_get_path (self->proposal));
  const char *title = sk_record_get_text3 (sk_proposal_get_info (self->proposal), "title", lang, TRUE, NULL);
  guint n_kinds;
  const SkKind *kinds = sk_schema_kinds (&n_kinds);

  clear_rows (self);
  for (guint i = 0; i < rows->len; i++)
    {
      SkSummaryRow *row = rows->pdata[i];
      add_row (self, self->summary_group, row->label, row->value);
    }
  show_findings (self);
  for (guint i = 0; i < n_kinds; i++)
    {
      g_autofree char *count = NULL;
      if (kinds[i].singleton)
        continue;
      count = g_strdup_printf ("%u", sk_proposal_count (self->proposal, kinds[i].name));
      add_row (self, self->counts_group, _(kinds[i].label), count);
    }

  adw_window_title_set_title (self->window_title, title ? title : basename);
  if (sk_proposal_is_read_only (self->proposal))
    {
      /* TRANSLATORS: window subtitle: the file name, opened for viewing only */
      g_autofree char *subtitle = g_strdup_printf (_("%s (read-only)"), sk_proposal_get_path (self->proposal));
      adw_window_title_set_subtitle (self->window_title, subtitle);
    }
  else
    adw_window_title_set_subtitle (self->window_title, sk_proposal_get_path (self->proposal));
  gtk_window_set_title (GTK_WINDOW (self), title ? title : basename);
  gtk_stack_set_visible_child_name (self->stack, "summary");
}

static void
show_error (SkWindow *self, const char *heading, const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
sk_window_open (SkWindow *self, GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr (GError) error = NULL;
  SkProposal *proposal = NULL;

  g_return_val_if_fail (SK_IS_WINDOW (self), FALSE);

  if (path == NULL)
    {
      g_set_error (&error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO,
                   _("Only files on this computer can be opened."));
    }
  else
    {
      proposal = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
      if (proposal == NULL && g_error_matches (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_READ_ONLY))
        {
          g_clear_error (&error);
          proposal = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
        }
    }
  if (proposal == NULL)
    {
      show_error (self, _("The proposal could not be opened"), error);
      return FALSE;
    }
  g_set_object (&self->proposal, proposal);
  g_object_unref (proposal);
  show_summary (self);
  return TRUE;
}

SkProposal *
sk_window_get_proposal (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return self->proposal;
}

static void
on_open_response (GtkNativeDialog *chooser, int response, SkWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (file)
        sk_window_open (self, file);
    }
  g_object_unref (chooser);
}

static void
open_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkWindow *self = SK_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) proposals = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open a Proposal"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (proposals, _("Seriktes proposals"));
  gtk_file_filter_add_pattern (proposals, "*.seriktes");
  gtk_file_filter_add_mime_type (proposals, "application/x-seriktes");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), proposals);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_example_activated (AdwActionRow *row, SkWindow *self)
{
  const char *path = g_object_get_data (G_OBJECT (row), "sk-path");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) proposal = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);

  if (proposal == NULL)
    {
      show_error (self, _("The proposal could not be opened"), error);
      return;
    }
  g_set_object (&self->proposal, proposal);
  show_summary (self);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
list_examples (SkWindow *self)
{
  g_autofree char *dir = g_build_filename (sk_get_datadir (), "examples", NULL);
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    if (g_str_has_suffix (name, ".seriktes"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, names->pdata[i], NULL);
      g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_READ_ONLY, NULL);
      GtkWidget *row;
      const char *lang = sk_get_content_language ();

      if (p == NULL)
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     sk_record_display_name (sk_proposal_get_info (p), lang));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sk_enum_label (sk_proposal_get_info (p), "model"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "sk-path", g_steal_pointer (&path), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (on_example_activated), self);
      adw_preferences_group_add (self->examples_group, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->examples_group), names->len > 0);
}

static void
sk_window_dispose (GObject *object)
{
  SkWindow *self = SK_WINDOW (object);

  g_clear_object (&self->proposal);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_WINDOW);
  G_OBJECT_CLASS (sk_window_parent_class)->dispose (object);
}

static void
sk_window_finalize (GObject *object)
{
  SkWindow *self = SK_WINDOW (object);

  g_ptr_array_unref (self->summary_rows);
  G_OBJECT_CLASS (sk_window_parent_class)->finalize (object);
}

static void
sk_window_class_init (SkWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_window_dispose;
  object_class->finalize = sk_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SkWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, examples_group);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, summary_group);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, compliance_group);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, counts_group);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
}

static void
sk_window_init (SkWindow *self)
{
  self->summary_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
  list_examples (self);
}

SkWindow *
sk_window_new (GtkApplication *app)
{
  return g_object_new (SK_TYPE_WINDOW, "application", app, NULL);
}
