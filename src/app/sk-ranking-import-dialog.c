/* sk-ranking-import-dialog.c: a publisher's table read, shown for the
 * user to confirm or correct, then stored in the ranking library
 *
 * The file is read once; every reading of it (again after a correction)
 * and the storing run in a worker thread, with a progress bar. */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-file.h"
#include "sk-format.h"
#include "sk-info-row.h"
#include "sk-ranking-import-dialog.h"
#include "sk-ranking-service.h"
#include "sk-window.h"

/* So many skipped rows are listed; the rest are counted. */
#define MAX_PROBLEMS_SHOWN 100

static const char * const publishers[] = { "qs", "the", "arwu" };

struct _SkRankingImportDialog
{
  AdwWindow parent_instance;

  AdwWindowTitle *title;
  GtkWidget *import_button;
  GtkProgressBar *progress;
  GtkWidget *page;
  AdwActionRow *file_row;
  GtkWidget *choose_button;
  AdwComboRow *publisher_row;
  GtkSpinButton *year_spin;
  AdwComboRow *scope_row;
  GtkWidget *subject_row;
  AdwPreferencesGroup *columns_group;
  GtkWidget *rank_row;
  GtkWidget *name_row;
  GtkWidget *country_row;
  AdwPreferencesGroup *rows_group;
  GtkListBox *problems;

  GFile *file;
  GBytes *data;              /* the file's content, read once */
  SkRankingTable *table;     /* as read with the options shown */
  guint generation;          /* of the reading wanted */
  guint busy;                /* readings and storings under way */
  guint pulse_id;
  gboolean updating;         /* the widgets set from a result */
  gboolean columns_chosen;   /* the user named the columns */
  gboolean disposed;         /* a worker may finish after the dialog closed */
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (SkRankingImportDialog, sk_ranking_import_dialog, ADW_TYPE_WINDOW)

enum { IMPORTED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* ---- busy ---- */

static gboolean
on_pulse (gpointer data)
{
  gtk_progress_bar_pulse (SK_RANKING_IMPORT_DIALOG (data)->progress);
  return G_SOURCE_CONTINUE;
}

static void
update_import_button (SkRankingImportDialog *self)
{
  gtk_widget_set_sensitive (self->import_button, self->busy == 0 && self->table != NULL);
}

static void
set_busy (SkRankingImportDialog *self, gboolean busy)
{
  if (busy)
    self->busy++;
  else if (self->busy)
    self->busy--;
  gtk_widget_set_visible (GTK_WIDGET (self->progress), self->busy > 0);
  if (self->busy && self->pulse_id == 0)
    self->pulse_id = g_timeout_add (100, on_pulse, self);
  else if (self->busy == 0)
    g_clear_handle_id (&self->pulse_id, g_source_remove);
  update_import_button (self);
}

gboolean
sk_ranking_import_dialog_is_busy (SkRankingImportDialog *self)
{
  return self->busy > 0;
}

const SkRankingTable *
sk_ranking_import_dialog_get_table (SkRankingImportDialog *self)
{
  return self->table;
}

/* ---- reading, in a worker ---- */

typedef struct {
  GFile *file;
  GBytes *data;             /* NULL: read the file first */
  char *file_name;
  gboolean guess;
  char *publisher;
  int year;
  char *subject;
  char *rank_column, *name_column, *country_column;
  guint generation;
  /* results */
  const char *guessed_publisher;
  int guessed_year;
  SkRankingTable *table;
} Reading;

static void
reading_free (Reading *r)
{
  g_clear_object (&r->file);
  g_clear_pointer (&r->data, g_bytes_unref);
  g_free (r->file_name);
  g_free (r->publisher);
  g_free (r->subject);
  g_free (r->rank_column);
  g_free (r->name_column);
  g_free (r->country_column);
  g_clear_pointer (&r->table, sk_ranking_table_free);
  g_free (r);
}

static void
read_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  Reading *r = data;
  g_autoptr (GError) error = NULL;
  SkRankingImportOptions options = { 0 };
  gsize length;
  const guint8 *bytes;

  if (r->data == NULL)
    {
      g_autofree char *path = g_file_get_path (r->file);
      char *contents = NULL;
      gsize size = 0;

      if (path == NULL)
        {
          g_task_return_new_error (task, SK_RANKING_ERROR, SK_RANKING_ERROR_NOT_FOUND,
                                   _("Only a file on this computer can be read."));
          return;
        }
      if (!sk_file_read_bounded (path, SK_RANKING_MAX_FILE_SIZE, &contents, &size, &error))
        {
          g_task_return_new_error (task, SK_RANKING_ERROR, SK_RANKING_ERROR_NOT_FOUND,
                                   _("The file could not be read: %s"), error->message);
          return;
        }
      r->data = g_bytes_new_take (contents, size);
    }
  bytes = g_bytes_get_data (r->data, &length);
  if (r->guess)
    {
      sk_ranking_guess (bytes, length, r->file_name, &r->guessed_publisher, &r->guessed_year);
      if (r->guessed_publisher)
        {
          g_free (r->publisher);
          r->publisher = g_strdup (r->guessed_publisher);
        }
      if (r->guessed_year)
        r->year = r->guessed_year;
    }
  options.publisher = r->publisher;
  options.year = r->year;
  options.subject = r->subject;
  options.rank_column = r->rank_column;
  options.name_column = r->name_column;
  options.country_column = r->country_column;
  if ((r->table = sk_ranking_table_read_data (bytes, length, r->file_name, &options, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

/* ---- showing what was read ---- */

static void
clear_problems (SkRankingImportDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->problems))))
    gtk_list_box_remove (self->problems, child);
  gtk_widget_set_visible (GTK_WIDGET (self->problems), FALSE);
}

static void
add_problem_row (SkRankingImportDialog *self, const char *text)
{
  gtk_list_box_append (self->problems, sk_info_row_new (text, NULL, NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->problems), TRUE);
}

/* Group descriptions are markup: the file's own words are escaped. */
static void
set_description (AdwPreferencesGroup *group, const char *text)
{
  g_autofree char *escaped = text ? g_markup_escape_text (text, -1) : NULL;
  adw_preferences_group_set_description (group, escaped);
}

static void
set_entry (GtkWidget *row, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static void
show_table (SkRankingImportDialog *self)
{
  const SkRankingTable *t = self->table;
  g_autofree char *read = NULL, *where = NULL, *n = sk_format_int (t->n_rows, NULL);
  g_autofree char *skipped = sk_format_int (t->problems->len, NULL);

  self->updating = TRUE;
  set_entry (self->rank_row, t->rank_column);
  set_entry (self->name_row, t->name_column);
  set_entry (self->country_row, t->country_column);
  self->updating = FALSE;

  if (t->header_row && t->encoding)
    /* TRANSLATORS: the format (CSV), the text encoding (UTF-8), then the number of the row with the headings (an ordinal) */
    where = g_strdup_printf (_("%s in %s; the headings are on row %u."), t->format, t->encoding, t->header_row);
  else if (t->header_row)
    /* TRANSLATORS: the format (XLSX), then the number of the row with the headings (an ordinal) */
    where = g_strdup_printf (_("%s; the headings are on row %u."), t->format, t->header_row);
  else
    /* TRANSLATORS: the format of the file (JSON) */
    where = g_strdup_printf (_("%s; the keys of its entries name the columns."), t->format);
  set_description (self->columns_group, where);

  if (t->problems->len)
    /* TRANSLATORS: the numbers of rows read and of rows skipped (formatted counts) */
    read = g_strdup_printf (_("Rows read: %s. Skipped, listed below: %s."), n, skipped);
  else
    /* TRANSLATORS: the number of rows read (a formatted count) */
    read = g_strdup_printf (_("Rows read: %s. None was skipped."), n);
  set_description (self->rows_group, read);
  gtk_widget_remove_css_class (GTK_WIDGET (self->rows_group), "error");
  for (guint i = 0; i < t->problems->len && i < MAX_PROBLEMS_SHOWN; i++)
    add_problem_row (self, ((SkRankingProblem *) t->problems->pdata[i])->message);
  if (t->problems->len > MAX_PROBLEMS_SHOWN)
    {
      guint more = t->problems->len - MAX_PROBLEMS_SHOWN;
      g_autofree char *text = g_strdup_printf (ngettext ("… and %u more row skipped", "… and %u more rows skipped", more), more);
      add_problem_row (self, text);
    }
}

static void
on_read (GObject *source, GAsyncResult *result, gpointer data)
{
  SkRankingImportDialog *self = SK_RANKING_IMPORT_DIALOG (source);
  Reading *r = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;

  if (self->disposed)
    return;
  set_busy (self, FALSE);
  if (r->generation != self->generation)
    return; /* a newer reading follows */
  if (self->data == NULL && r->data)
    self->data = g_bytes_ref (r->data);
  if (r->guess)
    {
      self->updating = TRUE;
      for (guint i = 0; i < G_N_ELEMENTS (publishers); i++)
        if (g_strcmp0 (r->publisher, publishers[i]) == 0)
          adw_combo_row_set_selected (self->publisher_row, i);
      gtk_spin_button_set_value (self->year_spin, r->year);
      self->updating = FALSE;
    }
  g_clear_pointer (&self->table, sk_ranking_table_free);
  clear_problems (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      set_description (self->rows_group, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->rows_group), "error");
      set_description (self->columns_group, NULL);
    }
  else
    {
      self->table = g_steal_pointer (&r->table);
      show_table (self);
    }
  update_import_button (self);
}

static char *
entry_text (GtkWidget *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *copy = g_strstrip (g_strdup (text));

  return *copy ? g_steal_pointer (&copy) : NULL;
}

static void
start_reading (SkRankingImportDialog *self, gboolean guess)
{
  g_autoptr (GTask) task = NULL;
  Reading *r;
  guint selected = adw_combo_row_get_selected (self->publisher_row);

  if (self->file == NULL)
    return;
  r = g_new0 (Reading, 1);
  r->file = g_object_ref (self->file);
  r->data = self->data ? g_bytes_ref (self->data) : NULL;
  r->file_name = g_file_get_basename (self->file);
  r->guess = guess;
  r->publisher = g_strdup (publishers[selected < G_N_ELEMENTS (publishers) ? selected : 0]);
  r->year = gtk_spin_button_get_value_as_int (self->year_spin);
  if (adw_combo_row_get_selected (self->scope_row) == 1)
    r->subject = entry_text (self->subject_row);
  if (self->columns_chosen)
    {
      r->rank_column = entry_text (self->rank_row);
      r->name_column = entry_text (self->name_row);
      r->country_column = entry_text (self->country_row);
    }
  r->generation = ++self->generation;
  g_clear_pointer (&self->table, sk_ranking_table_free);
  task = g_task_new (self, NULL, on_read, NULL);
  g_task_set_task_data (task, r, (GDestroyNotify) reading_free);
  set_busy (self, TRUE);
  g_task_run_in_thread (task, read_thread);
}

static void
on_option_changed (SkRankingImportDialog *self)
{
  if (!self->updating)
    start_reading (self, FALSE);
}

static void
on_scope_changed (SkRankingImportDialog *self)
{
  gboolean subject = adw_combo_row_get_selected (self->scope_row) == 1;

  gtk_widget_set_visible (self->subject_row, subject);
  if (subject && !self->updating)
    gtk_widget_grab_focus (self->subject_row);
  on_option_changed (self);
}

static void
on_columns_changed (SkRankingImportDialog *self)
{
  if (self->updating)
    return;
  self->columns_chosen = TRUE;
  start_reading (self, FALSE);
}

void
sk_ranking_import_dialog_set_file (SkRankingImportDialog *self, GFile *file)
{
  g_autofree char *name = NULL;

  g_return_if_fail (SK_IS_RANKING_IMPORT_DIALOG (self));
  g_set_object (&self->file, file);
  g_clear_pointer (&self->data, g_bytes_unref);
  self->columns_chosen = FALSE;
  name = g_file_get_basename (file);
  adw_action_row_set_subtitle (self->file_row, name);
  adw_window_title_set_subtitle (self->title, name);
  start_reading (self, TRUE);
}

/* ---- choosing the file ---- */

static void
on_chooser_response (GtkNativeDialog *chooser, int response, SkRankingImportDialog *self)
{
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file)
    sk_ranking_import_dialog_set_file (self, file);
}

void
sk_ranking_import_dialog_choose_file (SkRankingImportDialog *self)
{
  GtkFileFilter *tables = gtk_file_filter_new ();
  GtkFileFilter *all = gtk_file_filter_new ();
  const char *downloads = g_get_user_special_dir (G_USER_DIRECTORY_DOWNLOAD);

  g_return_if_fail (SK_IS_RANKING_IMPORT_DIALOG (self));
  if (self->chooser)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Choose a Ranking Table"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (tables, _("Ranking tables (CSV, XLSX, JSON)"));
  gtk_file_filter_add_suffix (tables, "csv");
  gtk_file_filter_add_suffix (tables, "xlsx");
  gtk_file_filter_add_suffix (tables, "json");
  gtk_file_filter_add_suffix (tables, "txt");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), tables);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  g_object_unref (tables);
  g_object_unref (all);
  if (downloads && g_file_test (downloads, G_FILE_TEST_IS_DIR))
    {
      g_autoptr (GFile) folder = g_file_new_for_path (downloads);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
    }
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---- storing, in a worker ---- */

static void
store_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  SkRankingTable *table = data;
  g_autoptr (SkRankingLibrary) lib = NULL;
  g_autoptr (GError) error = NULL;
  gboolean replaced = FALSE;

  if ((lib = sk_ranking_library_open (NULL, &error)) == NULL ||
      !sk_ranking_library_store (lib, table, &replaced, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_stored (GObject *source, GAsyncResult *result, gpointer data)
{
  SkRankingImportDialog *self = SK_RANKING_IMPORT_DIALOG (source);
  g_autoptr (SkRankingTable) table = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  g_autofree char *title = sk_ranking_table_title (table);

  /* the task only borrowed it */
  g_task_set_task_data (G_TASK (result), NULL, NULL);
  if (self->disposed)
    {
      /* stored or not, the library may have changed */
      sk_ranking_service_changed (sk_ranking_service_get_default ());
      return;
    }
  set_busy (self, FALSE);
  gtk_widget_set_sensitive (self->page, TRUE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      self->table = g_steal_pointer (&table);
      update_import_button (self);
      sk_show_error (GTK_WINDOW (self), _("The table could not be stored in the ranking library"), error);
      return;
    }
  sk_ranking_service_changed (sk_ranking_service_get_default ());
  g_signal_emit (self, signals[IMPORTED], 0, title, table->n_rows);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_import_clicked (SkRankingImportDialog *self)
{
  g_autoptr (GTask) task = NULL;

  if (self->table == NULL || self->busy)
    return;
  task = g_task_new (self, NULL, on_stored, NULL);
  /* The table goes to the worker and comes back in on_stored. */
  g_task_set_task_data (task, g_steal_pointer (&self->table), NULL);
  gtk_widget_set_sensitive (self->page, FALSE);
  set_busy (self, TRUE);
  g_task_run_in_thread (task, store_thread);
}

/* ---- the class ---- */

static void
sk_ranking_import_dialog_dispose (GObject *object)
{
  SkRankingImportDialog *self = SK_RANKING_IMPORT_DIALOG (object);

  self->disposed = TRUE;
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (self->chooser)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_RANKING_IMPORT_DIALOG);
  G_OBJECT_CLASS (sk_ranking_import_dialog_parent_class)->dispose (object);
}

static void
sk_ranking_import_dialog_finalize (GObject *object)
{
  SkRankingImportDialog *self = SK_RANKING_IMPORT_DIALOG (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->data, g_bytes_unref);
  g_clear_pointer (&self->table, sk_ranking_table_free);
  G_OBJECT_CLASS (sk_ranking_import_dialog_parent_class)->finalize (object);
}

static void
sk_ranking_import_dialog_class_init (SkRankingImportDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sk_ranking_import_dialog_dispose;
  G_OBJECT_CLASS (klass)->finalize = sk_ranking_import_dialog_finalize;
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_UINT);
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-ranking-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SkRankingImportDialog, title);
  gtk_widget_class_bind_template_child (widget_class, SkRankingImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, SkRankingImportDialog, progress);
  gtk_widget_class_bind_template_child (widget_class, SkRankingImportDialog, page);
  gtk_widget_class_bind_template_child (widget_class, SkRankingImportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, SkRankingImportDialog, choose_button);
  gtk_widget_class_bind_template_child (widget_class, SkRankingImportDialog, publisher_row);
  gtk_widget_class_bind_template_child (widget_class, SkRankingImportDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, SkRankingImportDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, SkRankingImportDialog, subject_row);
  gtk_widget_class_bind_template_child (widget_class, SkRankingImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, SkRankingImportDialog, rank_row);
  gtk_widget_class_bind_template_child (widget_class, SkRankingImportDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, SkRankingImportDialog, country_row);
  gtk_widget_class_bind_template_child (widget_class, SkRankingImportDialog, rows_group);
  gtk_widget_class_bind_template_child (widget_class, SkRankingImportDialog, problems);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_option_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_scope_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_columns_changed);
  gtk_widget_class_bind_template_callback (widget_class, sk_ranking_import_dialog_choose_file);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sk_ranking_import_dialog_init (SkRankingImportDialog *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->updating = TRUE;
  gtk_spin_button_set_value (self->year_spin, g_date_time_get_year (now));
  self->updating = FALSE;
  gtk_window_set_default_widget (GTK_WINDOW (self), self->import_button);
}

GtkWidget *
sk_ranking_import_dialog_new (GtkWindow *parent)
{
  return g_object_new (SK_TYPE_RANKING_IMPORT_DIALOG, "transient-for", parent, NULL);
}
