/* sk-window-files.c: opening, creating and saving proposal files; the
 * welcome page with recent files and examples */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "sk-error.h"
#include "sk-file-row.h"
#include "sk-init.h"
#include "sk-review-ui.h"
#include "sk-staff-page.h"
#include "sk-summary.h"
#include "sk-window-private.h"

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

GFile *
sk_window_dup_start_folder (SkWindow *self)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  /* An example or a file opened for viewing: not beside it. */
  if (self->proposal && !sk_proposal_is_read_only (self->proposal))
    {
      g_autofree char *dir = g_path_get_dirname (sk_proposal_get_path (self->proposal));
      return g_file_new_for_path (dir);
    }
  if (documents && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);
  return g_file_new_for_path (g_get_home_dir ());
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
  {
    g_autoptr (GFile) folder = sk_window_dup_start_folder (self);
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  }
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

/* Creates a new proposal at @path; an existing file there (the chooser
 * asked about replacing it) stays until the new one is written (the
 * core's sk_proposal_create_replacing). */
SkProposal *
sk_window_create_replacing (const char *path, GError **error)
{
  return sk_proposal_create_replacing (path, error);
}

static void
on_new_response (GtkNativeDialog *chooser, int response, SkWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = with_extension (file);
      g_autoptr (GError) error = NULL;
      g_autoptr (SkProposal) proposal = path ? sk_window_create_replacing (path, &error) : NULL;

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
          sk_window_remember_recent (self, path);
          sk_window_close_editors (self);
          sk_window_clear_pages (self);
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

/* ---- comparison ---- */

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

/* ---- the welcome page ---- */

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* A file of the welcome page: (path, whether only to view it). */
static void
open_listed_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkWindow *self = SK_WINDOW (widget);
  const char *path;
  gboolean view_only;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) proposal = NULL;

  g_variant_get (param, "(&sb)", &path, &view_only);
  proposal = view_only ? sk_proposal_open (path, SK_OPEN_READ_ONLY, &error) : sk_window_open_path (path, &error);
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

  /* A file left by a crash is listed (by its name): opening it for
   * editing recovers it. */
  if (p == NULL && (view_only || !g_error_matches (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NEEDS_RECOVERY)))
    return NULL;
  name = p ? g_strdup (sk_record_display_name (sk_proposal_get_info (p), lang)) : g_filename_display_basename (path);
  return sk_file_row_new (path, name, view_only ? sk_enum_label (sk_proposal_get_info (p), "model") : path, view_only);
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

/* ---- recent files in the main menu ---- */

void
sk_window_fill_recent_menu (SkWindow *self)
{
  g_auto (GStrv) recent = self->settings ? g_settings_get_strv (self->settings, "recent-files") : NULL;
  guint shown = 0;

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; recent && recent[i] && shown < 8; i++)
    if (g_file_test (recent[i], G_FILE_TEST_IS_REGULAR))
      {
        g_autofree char *name = g_path_get_basename (recent[i]);
        g_autoptr (GMenuItem) item = g_menu_item_new (name, NULL);

        g_menu_item_set_action_and_target_value (item, "win.open-recent", g_variant_new_string (recent[i]));
        g_menu_append_item (self->recent_menu, item);
        shown++;
      }
}

static void
open_recent_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkWindow *self = SK_WINDOW (widget);
  g_autoptr (GFile) file = g_file_new_for_path (g_variant_get_string (param, NULL));

  if (self->proposal && g_strcmp0 (sk_proposal_get_path (self->proposal), g_variant_get_string (param, NULL)) == 0)
    return;
  sk_window_open (window_for_new_proposal (self), file);
}

/* ---- files dropped on the window ---- */

gboolean
sk_window_drop_file (SkWindow *self, GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  if (name && (g_str_has_suffix (name, ".csv") || g_str_has_suffix (name, ".xlsx")))
    {
      /* A staff list: onto the staff page of the proposal shown. */
      if (self->proposal == NULL || sk_proposal_is_read_only (self->proposal))
        return FALSE;
      sk_staff_page_import_file (sk_window_show_page (self, "staff"), file);
      return TRUE;
    }
  return sk_window_open (window_for_new_proposal (self), file);
}

static gboolean
on_drop (GtkDropTarget *target, const GValue *value, double x, double y, SkWindow *self)
{
  GSList *files = g_value_get_boxed (value);
  gboolean any = FALSE;

  for (GSList *l = files; l; l = l->next)
    any |= sk_window_drop_file (self, l->data);
  return any;
}

static void
on_welcome_map (SkWindow *self, GtkWidget *welcome)
{
  g_signal_handlers_disconnect_by_func (welcome, on_welcome_map, self);
  list_recent (self);
  list_examples (self);
}

void
sk_window_files_init (SkWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  /* Listing a file opens it for its title: only when the welcome page is
   * first shown, not in a window that opens a proposal at once. */
  g_signal_connect_object (gtk_widget_get_ancestor (GTK_WIDGET (self->examples_group), ADW_TYPE_STATUS_PAGE),
                           "map", G_CALLBACK (on_welcome_map), self, G_CONNECT_SWAPPED);
  sk_window_fill_recent_menu (self);
}

void
sk_window_files_install (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.compare", NULL, compare_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.open-listed", "(sb)", open_listed_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
}
