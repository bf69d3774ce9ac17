/* sk-inbox-window.c: the reviewer's inbox, every proposal of a folder in a table
 *
 * The files are read and checked on a pool of threads (one summary per
 * file, sk_file_summary_new); the finished summaries wait in a queue that
 * the main loop empties when it is idle, so rows appear as they come and
 * the window keeps answering while the folder fills.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-application.h"
#include "sk-format.h"
#include "sk-inbox-window.h"
#include "sk-window.h"

/* ---- A row ---------------------------------------------------------- */

struct _SkInboxItem
{
  GObject parent_instance;

  SkFileSummary *summary;
  char *basename;  /* the file's name, for display */
  char *search;    /* title, applicant and file name, case-folded */
};

G_DEFINE_FINAL_TYPE (SkInboxItem, sk_inbox_item, G_TYPE_OBJECT)

static void
sk_inbox_item_finalize (GObject *object)
{
  SkInboxItem *self = SK_INBOX_ITEM (object);

  sk_file_summary_free (self->summary);
  g_free (self->basename);
  g_free (self->search);
  G_OBJECT_CLASS (sk_inbox_item_parent_class)->finalize (object);
}

static void
sk_inbox_item_class_init (SkInboxItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_inbox_item_finalize;
}

static void
sk_inbox_item_init (SkInboxItem *self)
{
}

/* Takes @summary over. */
static SkInboxItem *
sk_inbox_item_new (SkFileSummary *summary)
{
  SkInboxItem *self = g_object_new (SK_TYPE_INBOX_ITEM, NULL);
  g_autofree char *all = NULL;

  self->summary = summary;
  self->basename = g_filename_display_basename (summary->file);
  all = g_strjoin ("\n", self->basename, summary->title ? summary->title : "",
                   summary->applicant ? summary->applicant : "", NULL);
  self->search = g_utf8_casefold (all, -1);
  return self;
}

const SkFileSummary *
sk_inbox_item_get_summary (SkInboxItem *self)
{
  g_return_val_if_fail (SK_IS_INBOX_ITEM (self), NULL);
  return self->summary;
}

/* ---- Reading a folder off the main thread --------------------------- */

/* One reading of a folder, shared by the workers and the main loop. */
typedef struct {
  gint ref;
  gint cancelled;      /* set by the main loop: the workers skip what is left */
  gint wake_pending;   /* an idle callback is on its way */
  GAsyncQueue *done;   /* SkFileSummary *, finished */
  SkRuleSet *rules;
  SkCheckOptions options;
  SkInboxWindow *window; /* the main loop's only; NULL once cancelled */
} Load;

typedef struct {
  Load *load;
  char *path;
} Job;

static Load *
load_ref (Load *load)
{
  g_atomic_int_inc (&load->ref);
  return load;
}

static void
load_unref (Load *load)
{
  if (!g_atomic_int_dec_and_test (&load->ref))
    return;
  g_async_queue_unref (load->done);
  g_object_unref (load->rules);
  g_free (load);
}

/* ---- The window ----------------------------------------------------- */

enum {
  COLUMN_TITLE,
  COLUMN_APPLICANT,
  COLUMN_MODEL,
  COLUMN_STATUS,
  COLUMN_ERRORS,
  COLUMN_WARNINGS,
  COLUMN_FINGERPRINT,
  COLUMN_EVENT,   /* the last event, and when and by whom */
  N_COLUMNS
};

struct _SkInboxWindow
{
  AdwApplicationWindow parent_instance;

  AdwWindowTitle *title;
  GtkSearchEntry *search;
  GtkDropDown *status_filter;
  GtkLabel *count_label;
  GtkProgressBar *progress;
  GtkStack *stack;
  GtkColumnView *view;
  AdwStatusPage *folder_error_page;

  GListStore *store;          /* every row, kept in the order shown */
  GtkFilterListModel *filtered;
  GtkSorter *sorter;          /* the column chosen, then the files' names */
  GtkCustomFilter *filter;
  GPtrArray *status_codes;    /* the status filter's codes after "All" */

  GFile *folder;
  Load *load;                 /* the reading under way, or NULL */
  guint n_files, n_read;
  gint64 load_started;
};

G_DEFINE_FINAL_TYPE (SkInboxWindow, sk_inbox_window, ADW_TYPE_APPLICATION_WINDOW)

static GSettings *
inbox_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE) : NULL;

  if (schema == NULL || !g_settings_schema_has_key (schema, "inbox-folder"))
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

static SkRuleSet *
window_rules (SkInboxWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (SK_IS_APPLICATION (app))
    return g_object_ref (sk_application_get_rule_set (SK_APPLICATION (app)));
  return sk_rule_set_new_default ();
}

static void
update_count (SkInboxWindow *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint all = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_autofree char *text = NULL;

  if (self->load)
    /* TRANSLATORS: while the inbox fills: files read so far, of how many. */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Reading %u of %u file…", "Reading %u of %u files…", self->n_files),
                            self->n_read, self->n_files);
  else if (shown == all)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file", "%u files", all), all);
  else
    /* TRANSLATORS: the rows shown by the search and status filter, of all files of the folder. */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u file", "%u of %u files", all), shown, all);
  gtk_label_set_text (self->count_label, text);
}

static void
update_page (SkInboxWindow *self)
{
  const char *page;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "folder-error") == 0)
    return;
  if (self->folder == NULL)
    page = "no-folder";
  else if (self->n_files == 0)
    page = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0 && self->load == NULL)
    page = "no-match";
  else
    page = "list";
  gtk_stack_set_visible_child_name (self->stack, page);
  gtk_widget_set_sensitive (GTK_WIDGET (self->search), self->n_files > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->status_filter), self->n_files > 0);
  update_count (self);
}

static void
cancel_load (SkInboxWindow *self)
{
  if (self->load == NULL)
    return;
  g_atomic_int_set (&self->load->cancelled, 1);
  self->load->window = NULL;
  g_clear_pointer (&self->load, load_unref);
  gtk_widget_set_visible (GTK_WIDGET (self->progress), FALSE);
}

static int
compare_files (gconstpointer a, gconstpointer b, gpointer data)
{
  int result = g_strcmp0 (SK_INBOX_ITEM ((gpointer) a)->summary->file, SK_INBOX_ITEM ((gpointer) b)->summary->file);

  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static int
compare_shown (gconstpointer a, gconstpointer b, gpointer data)
{
  return gtk_sorter_compare (SK_INBOX_WINDOW (data)->sorter, (gpointer) a, (gpointer) b);
}

/* The main loop takes the summaries finished so far every few tens of
 * milliseconds, for at most TAKE_BUDGET_US at a time: each row added
 * builds its widgets (a millisecond or two), and the window must go on
 * drawing and answering in between (bench-inbox-ui measures it). */
#define TAKE_INTERVAL_MS 30
#define TAKE_BUDGET_US 15000

static gboolean
take_finished (gpointer data)
{
  Load *load = data;
  SkInboxWindow *self = load->window;
  SkFileSummary *summary;
  gint64 start = g_get_monotonic_time ();

  if (self == NULL)
    {
      while ((summary = g_async_queue_try_pop (load->done)))
        sk_file_summary_free (summary);
      g_atomic_int_set (&load->wake_pending, 0);
      return G_SOURCE_REMOVE;
    }
  while (g_get_monotonic_time () - start < TAKE_BUDGET_US && (summary = g_async_queue_try_pop (load->done)))
    {
      g_autoptr (SkInboxItem) item = sk_inbox_item_new (summary);

      /* Each row goes where it belongs: the rows around it stay as they
       * are (re-sorting the whole list would rebuild every row shown). */
      g_list_store_insert_sorted (self->store, item, compare_shown, self);
      self->n_read++;
    }
  if (self->n_read >= self->n_files)
    {
      g_debug ("inbox: %u files read in %.3f s", self->n_files,
               (g_get_monotonic_time () - self->load_started) / 1e6);
      cancel_load (self);
      update_page (self);
      return G_SOURCE_REMOVE;
    }
  gtk_progress_bar_set_fraction (self->progress, (double) self->n_read / self->n_files);
  update_page (self);
  /* More waiting: another turn. None: the next thread to finish calls. */
  if (g_async_queue_length (load->done) > 0)
    return G_SOURCE_CONTINUE;
  g_atomic_int_set (&load->wake_pending, 0);
  if (g_async_queue_length (load->done) > 0 && g_atomic_int_compare_and_exchange (&load->wake_pending, 0, 1))
    return G_SOURCE_CONTINUE;
  return G_SOURCE_REMOVE;
}

static void
summarise (gpointer data, gpointer unused)
{
  Job *job = data;
  Load *load = job->load;

  if (!g_atomic_int_get (&load->cancelled))
    {
      g_async_queue_push (load->done, sk_file_summary_new (job->path, load->rules, &load->options));
      if (g_atomic_int_compare_and_exchange (&load->wake_pending, 0, 1))
        g_timeout_add_full (G_PRIORITY_DEFAULT_IDLE, TAKE_INTERVAL_MS, take_finished, load_ref (load),
                            (GDestroyNotify) load_unref);
    }
  load_unref (load);
  g_free (job->path);
  g_free (job);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The proposal files of @folder, sorted by name; NULL with @error when the
 * folder cannot be read. */
static GPtrArray *
list_proposal_files (GFile *folder, GError **error)
{
  g_autofree char *dir_path = g_file_get_path (folder);
  g_autoptr (GDir) dir = NULL;
  GPtrArray *paths;
  const char *name;

  if (dir_path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Only folders on this computer can be listed"));
      return NULL;
    }
  if ((dir = g_dir_open (dir_path, 0, error)) == NULL)
    return NULL;
  paths = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *lower = g_ascii_strdown (name, -1);
      char *path;

      if (name[0] == '.' || !g_str_has_suffix (lower, ".seriktes"))
        continue;
      path = g_build_filename (dir_path, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (paths, path);
      else
        g_free (path);
    }
  g_ptr_array_sort (paths, compare_names);
  return paths;
}

void
sk_inbox_window_reload (SkInboxWindow *self)
{
  g_autoptr (GPtrArray) paths = NULL;
  g_autoptr (GError) error = NULL;
  GThreadPool *pool;

  g_return_if_fail (SK_IS_INBOX_WINDOW (self));
  cancel_load (self);
  g_list_store_remove_all (self->store);
  self->n_files = self->n_read = 0;
  gtk_stack_set_visible_child_name (self->stack, "list");
  if (self->folder == NULL)
    {
      update_page (self);
      return;
    }
  if ((paths = list_proposal_files (self->folder, &error)) == NULL)
    {
      adw_status_page_set_description (self->folder_error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "folder-error");
      update_count (self);
      return;
    }
  self->n_files = paths->len;
  if (paths->len == 0)
    {
      update_page (self);
      return;
    }

  self->load = g_new0 (Load, 1);
  self->load->ref = 1;
  self->load->done = g_async_queue_new ();
  self->load->rules = window_rules (self);
  self->load->window = self;
  self->load_started = g_get_monotonic_time ();
  gtk_progress_bar_set_fraction (self->progress, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress), TRUE);

  /* The pool is freed once its last job has run; the jobs hold the load. */
  pool = g_thread_pool_new (summarise, NULL, MAX (1, g_get_num_processors ()), FALSE, NULL);
  for (guint i = 0; i < paths->len; i++)
    {
      Job *job = g_new0 (Job, 1);
      job->load = load_ref (self->load);
      job->path = g_strdup (paths->pdata[i]);
      g_thread_pool_push (pool, job, NULL);
    }
  g_thread_pool_free (pool, FALSE, FALSE);
  update_page (self);
}

void
sk_inbox_window_set_folder (SkInboxWindow *self, GFile *folder)
{
  g_autoptr (GSettings) settings = inbox_settings ();
  g_autofree char *name = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (SK_IS_INBOX_WINDOW (self));
  g_return_if_fail (G_IS_FILE (folder));
  g_set_object (&self->folder, folder);
  name = g_file_get_basename (folder);
  shown = g_file_get_parse_name (folder);
  adw_window_title_set_subtitle (self->title, shown);
  /* TRANSLATORS: the inbox window's title; %s is a folder's name. */
  title = g_strdup_printf (_("Proposals in %s"), name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  if (settings)
    {
      g_autofree char *path = g_file_get_path (folder);
      if (path)
        g_settings_set_string (settings, "inbox-folder", path);
    }
  sk_inbox_window_reload (self);
}

GFile *
sk_inbox_window_get_folder (SkInboxWindow *self)
{
  g_return_val_if_fail (SK_IS_INBOX_WINDOW (self), NULL);
  return self->folder;
}

gboolean
sk_inbox_window_is_loading (SkInboxWindow *self)
{
  g_return_val_if_fail (SK_IS_INBOX_WINDOW (self), FALSE);
  return self->load != NULL;
}

GListModel *
sk_inbox_window_get_rows (SkInboxWindow *self)
{
  g_return_val_if_fail (SK_IS_INBOX_WINDOW (self), NULL);
  return G_LIST_MODEL (self->filtered);
}

guint
sk_inbox_window_get_n_files (SkInboxWindow *self)
{
  g_return_val_if_fail (SK_IS_INBOX_WINDOW (self), 0);
  return self->n_files;
}

/* ---- Opening a row -------------------------------------------------- */

static SkWindow *
window_showing (GtkApplication *app, const char *path)
{
  GList *windows = app ? gtk_application_get_windows (app) : NULL;

  for (GList *l = windows; l; l = l->next)
    if (SK_IS_WINDOW (l->data))
      {
        SkProposal *proposal = sk_window_get_proposal (l->data);
        if (proposal && g_strcmp0 (sk_proposal_get_path (proposal), path) == 0)
          return l->data;
      }
  return NULL;
}

static void
on_activate (SkInboxWindow *self, guint position)
{
  g_autoptr (SkInboxItem) item = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr (GFile) file = NULL;
  SkWindow *window;

  if (item == NULL)
    return;
  if (item->summary->error)
    {
      sk_show_error (GTK_WINDOW (self), _("This file cannot be opened"), item->summary->error);
      return;
    }
  if ((window = window_showing (app, item->summary->file)))
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }
  window = sk_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  file = g_file_new_for_path (item->summary->file);
  sk_window_open (window, file);
}

/* ---- Filtering and sorting ------------------------------------------ */

static gboolean
row_matches (gpointer object, gpointer data)
{
  SkInboxWindow *self = data;
  SkInboxItem *item = object;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search));
  guint status = gtk_drop_down_get_selected (self->status_filter);

  if (status != GTK_INVALID_LIST_POSITION && status > 0 && status <= self->status_codes->len)
    {
      const char *code = self->status_codes->pdata[status - 1];
      /* The last choice: the files that cannot be read. */
      if (status == self->status_codes->len ? item->summary->error == NULL
                                            : g_strcmp0 (item->summary->status, code) != 0)
        return FALSE;
    }
  if (text && *text)
    {
      g_autofree char *folded = g_utf8_casefold (text, -1);
      g_autofree char *needle = g_strstrip (g_steal_pointer (&folded));
      if (*needle && strstr (item->search, needle) == NULL)
        return FALSE;
    }
  return TRUE;
}

static void
on_filter_changed (SkInboxWindow *self)
{
  if (self->filter == NULL)  /* being built, or taken down */
    return;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_page (self);
}

static int
compare_text (const char *a, const char *b)
{
  /* Rows without the value after the others (ascending). */
  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);
  return g_utf8_collate (a, b);
}

static int
compare_numbers (guint a, guint b)
{
  return a < b ? -1 : a > b;
}

static int
compare_rows (gconstpointer pa, gconstpointer pb, gpointer column)
{
  const SkFileSummary *a = SK_INBOX_ITEM ((gpointer) pa)->summary;
  const SkFileSummary *b = SK_INBOX_ITEM ((gpointer) pb)->summary;
  int result = 0;

  /* A file that cannot be read is "more" than any other (the most errors,
   * the worst verdict): after the others, or first in descending order. */
  if ((a->error != NULL) != (b->error != NULL) && GPOINTER_TO_INT (column) != COLUMN_TITLE)
    return a->error ? 1 : -1;
  switch (GPOINTER_TO_INT (column))
    {
    case COLUMN_TITLE:
      result = compare_text (a->title ? a->title : SK_INBOX_ITEM ((gpointer) pa)->basename,
                             b->title ? b->title : SK_INBOX_ITEM ((gpointer) pb)->basename);
      break;
    case COLUMN_APPLICANT: result = compare_text (a->applicant, b->applicant); break;
    case COLUMN_MODEL: result = compare_text (a->model, b->model); break;
    case COLUMN_STATUS: result = compare_text (a->status_label, b->status_label); break;
    case COLUMN_ERRORS: result = compare_numbers (a->errors, b->errors); break;
    case COLUMN_WARNINGS: result = compare_numbers (a->warnings, b->warnings); break;
    case COLUMN_FINGERPRINT: result = compare_text (a->verdict, b->verdict); break;
    case COLUMN_EVENT: result = compare_text (a->last_event_at, b->last_event_at); break;
    default: g_assert_not_reached ();
    }
  if (result == 0)
    result = g_strcmp0 (a->file, b->file);
  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
on_sort_changed (SkInboxWindow *self)
{
  g_list_store_sort (self->store, compare_shown, self);
}

/* ---- Cells ---------------------------------------------------------- */

static GtkWidget *
cell_label (gboolean numeric)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0f : 0.0f);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  return label;
}

static void
setup_cell (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer column)
{
  int c = GPOINTER_TO_INT (column);

  if (c == COLUMN_TITLE || c == COLUMN_EVENT)
    {
      /* The title above the file's name (or, when it cannot be read, the
       * file's name above the reason); the last event above its time. */
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *second = cell_label (FALSE);

      gtk_widget_add_css_class (second, "caption");
      gtk_box_append (GTK_BOX (box), cell_label (FALSE));
      gtk_box_append (GTK_BOX (box), second);
      gtk_list_item_set_child (list_item, box);
    }
  else
    gtk_list_item_set_child (list_item, cell_label (c == COLUMN_ERRORS || c == COLUMN_WARNINGS));
}

static void
set_label (GtkWidget *label, const char *text, const char *tooltip)
{
  gtk_label_set_text (GTK_LABEL (label), text ? text : "");
  gtk_widget_set_tooltip_text (label, tooltip ? tooltip : (text && *text ? text : NULL));
}

static void
set_number (GtkWidget *label, const SkFileSummary *s, guint n, gboolean is_error)
{
  g_autofree char *text = s->error ? NULL : sk_format_int (n, NULL);

  set_label (label, text ? text : "—", NULL);
  gtk_widget_set_tooltip_text (label, NULL);
  if (n > 0 && s->error == NULL)
    gtk_widget_add_css_class (label, is_error ? "error" : "warning");
  else
    {
      gtk_widget_remove_css_class (label, "error");
      gtk_widget_remove_css_class (label, "warning");
    }
}

static void
bind_cell (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer column)
{
  SkInboxItem *item = gtk_list_item_get_item (list_item);
  const SkFileSummary *s = item->summary;
  GtkWidget *child = gtk_list_item_get_child (list_item);

  switch (GPOINTER_TO_INT (column))
    {
    case COLUMN_TITLE:
      {
        GtkWidget *first = gtk_widget_get_first_child (child);
        GtkWidget *second = gtk_widget_get_last_child (child);

        if (s->error)
          {
            set_label (first, item->basename, NULL);
            set_label (second, s->error->message, NULL);
            gtk_widget_add_css_class (second, "error");
            gtk_widget_remove_css_class (second, "dim-label");
          }
        else
          {
            set_label (first, s->title ? s->title : _("Untitled proposal"), NULL);
            set_label (second, item->basename, s->file);
            gtk_widget_remove_css_class (second, "error");
            gtk_widget_add_css_class (second, "dim-label");
          }
      }
      break;
    case COLUMN_APPLICANT:
      set_label (child, s->applicant, NULL);
      break;
    case COLUMN_MODEL:
      set_label (child, s->model, NULL);
      break;
    case COLUMN_STATUS:
      set_label (child, s->error ? _("Cannot be read") : s->status_label, NULL);
      break;
    case COLUMN_ERRORS:
      set_number (child, s, s->errors, TRUE);
      break;
    case COLUMN_WARNINGS:
      set_number (child, s, s->warnings, FALSE);
      break;
    case COLUMN_FINGERPRINT:
      set_label (child, s->verdict, NULL);
      if (s->tampered || s->fingerprint == SK_FINGERPRINT_MISMATCH)
        gtk_widget_add_css_class (child, "error");
      else
        gtk_widget_remove_css_class (child, "error");
      break;
    case COLUMN_EVENT:
      {
        g_autofree char *tooltip = NULL;
        GtkWidget *first = gtk_widget_get_first_child (child);
        GtkWidget *second = gtk_widget_get_last_child (child);

        if (s->last_event && s->last_event_by && *s->last_event_by)
          /* TRANSLATORS: the tooltip of the inbox's last event: what happened, and who did it. */
          tooltip = g_strdup_printf (_("%s (by %s)"), s->last_event, s->last_event_by);
        set_label (first, s->last_event, tooltip);
        set_label (second, s->last_event_when, tooltip);
        gtk_widget_add_css_class (second, "dim-label");
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
add_column (SkInboxWindow *self, int column, const char *title, int width, gboolean expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkCustomSorter *sorter = gtk_custom_sorter_new (compare_rows, GINT_TO_POINTER (column), NULL);
  g_autoptr (GtkColumnViewColumn) c = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GINT_TO_POINTER (column));
  c = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (c, GTK_SORTER (sorter));
  gtk_column_view_column_set_resizable (c, TRUE);
  gtk_column_view_column_set_fixed_width (c, width);
  gtk_column_view_column_set_expand (c, expand);
  gtk_column_view_append_column (self->view, c);
  g_object_unref (sorter);
}

/* ---- Actions -------------------------------------------------------- */

static void
reload_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  sk_inbox_window_reload (SK_INBOX_WINDOW (widget));
}

static void
search_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (SK_INBOX_WINDOW (widget)->search));
}

static void
on_folder_chosen (GtkNativeDialog *chooser, int response, gpointer data)
{
  GtkWindow *parent = gtk_native_dialog_get_transient_for (chooser);
  GtkApplication *app = data ? data : (parent ? gtk_window_get_application (parent) : NULL);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      /* From an inbox, it shows the folder chosen; otherwise an inbox opens. */
      if (folder && SK_IS_INBOX_WINDOW (parent))
        sk_inbox_window_set_folder (SK_INBOX_WINDOW (parent), folder);
      else if (folder)
        sk_inbox_window_show (app, folder);
    }
  g_object_unref (chooser);
}

void
sk_inbox_choose_folder (GtkApplication *app, GtkWindow *parent)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Open a Folder of Proposals"), parent,
                                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                                               _("_Open"), _("_Cancel"));
  g_autoptr (GSettings) settings = inbox_settings ();
  g_autofree char *last = settings ? g_settings_get_string (settings, "inbox-folder") : NULL;

  /* It starts where the last folder listed was. */
  if (last && *last && g_file_test (last, G_FILE_TEST_IS_DIR))
    {
      g_autoptr (GFile) folder = g_file_new_for_path (last);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_folder_chosen), app);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
choose_folder_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  sk_inbox_choose_folder (gtk_window_get_application (GTK_WINDOW (widget)), GTK_WINDOW (widget));
}

SkInboxWindow *
sk_inbox_window_show (GtkApplication *app, GFile *folder)
{
  GList *windows = app ? gtk_application_get_windows (app) : NULL;
  SkInboxWindow *inbox;

  for (GList *l = windows; l; l = l->next)
    if (SK_IS_INBOX_WINDOW (l->data) && SK_INBOX_WINDOW (l->data)->folder &&
        g_file_equal (SK_INBOX_WINDOW (l->data)->folder, folder))
      {
        gtk_window_present (l->data);
        return l->data;
      }
  inbox = sk_inbox_window_new (app);
  gtk_window_present (GTK_WINDOW (inbox));
  sk_inbox_window_set_folder (inbox, folder);
  return inbox;
}

/* ---- The class ------------------------------------------------------ */

static void
sk_inbox_window_dispose (GObject *object)
{
  SkInboxWindow *self = SK_INBOX_WINDOW (object);

  cancel_load (self);
  if (self->sorter)
    g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->view), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_INBOX_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sorter);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->status_codes, g_ptr_array_unref);
  g_clear_object (&self->folder);
  G_OBJECT_CLASS (sk_inbox_window_parent_class)->dispose (object);
}

static void
sk_inbox_window_class_init (SkInboxWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sk_inbox_window_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-inbox-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SkInboxWindow, title);
  gtk_widget_class_bind_template_child (widget_class, SkInboxWindow, search);
  gtk_widget_class_bind_template_child (widget_class, SkInboxWindow, status_filter);
  gtk_widget_class_bind_template_child (widget_class, SkInboxWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, SkInboxWindow, progress);
  gtk_widget_class_bind_template_child (widget_class, SkInboxWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SkInboxWindow, view);
  gtk_widget_class_bind_template_child (widget_class, SkInboxWindow, folder_error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);

  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.choose-folder", NULL, choose_folder_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.reload", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.reload", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.choose-folder", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  /* A main window: Escape does not close it (it clears the search), Ctrl+W does. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
sk_inbox_window_init (SkInboxWindow *self)
{
  g_autoptr (GtkStringList) statuses = gtk_string_list_new (NULL);
  const SkField *field = sk_kind_field (sk_schema_kind (SK_KIND_PROPOSAL), "status");
  GtkSingleSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_title (GTK_WINDOW (self), _("Proposals"));

  /* The status filter: all, each status, the files that cannot be read. */
  self->status_codes = g_ptr_array_new ();
  gtk_string_list_append (statuses, _("All statuses"));
  for (const SkEnumValue *v = field->enum_values; v && v->code; v++)
    {
      gtk_string_list_append (statuses, _(v->label));
      g_ptr_array_add (self->status_codes, (gpointer) v->code);
    }
  gtk_string_list_append (statuses, _("Cannot be read"));
  g_ptr_array_add (self->status_codes, NULL);
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (statuses));

  /* TRANSLATORS: the inbox's column headings (short: the table is wide). */
  add_column (self, COLUMN_TITLE, _("Title"), 260, TRUE);
  add_column (self, COLUMN_APPLICANT, _("Applicant"), 150, FALSE);
  add_column (self, COLUMN_MODEL, _("Model"), 130, FALSE);
  add_column (self, COLUMN_STATUS, _("Status"), 120, FALSE);
  add_column (self, COLUMN_ERRORS, _("Errors"), 80, FALSE);
  /* TRANSLATORS: a narrow column heading (95 pixels): abbreviate a long word. */
  add_column (self, COLUMN_WARNINGS, C_("inbox column", "Warnings"), 95, FALSE);
  add_column (self, COLUMN_FINGERPRINT, C_("inbox column", "Fingerprint"), 160, FALSE);
  add_column (self, COLUMN_EVENT, _("Last event"), 190, FALSE);

  self->store = g_list_store_new (SK_TYPE_INBOX_ITEM);
  self->filter = gtk_custom_filter_new (row_matches, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                              GTK_FILTER (g_object_ref (self->filter)));
  /* The rows are kept in the store in the order shown: sorted by the
   * column chosen, then by the files' names. */
  self->sorter = GTK_SORTER (gtk_multi_sorter_new ());
  gtk_multi_sorter_append (GTK_MULTI_SORTER (self->sorter), g_object_ref (gtk_column_view_get_sorter (self->view)));
  gtk_multi_sorter_append (GTK_MULTI_SORTER (self->sorter), GTK_SORTER (gtk_custom_sorter_new (compare_files, NULL, NULL)));
  g_signal_connect_swapped (gtk_column_view_get_sorter (self->view), "changed", G_CALLBACK (on_sort_changed), self);
  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  update_page (self);
}

SkInboxWindow *
sk_inbox_window_new (GtkApplication *app)
{
  return g_object_new (SK_TYPE_INBOX_WINDOW, "application", app, NULL);
}
