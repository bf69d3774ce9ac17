/* sk-rankings-page.c: the user's ranking library: the tables loaded,
 * importing one, removing one */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-format.h"
#include "sk-info-row.h"
#include "sk-ranking-import-dialog.h"
#include "sk-ranking-service.h"
#include "sk-ranking-table-row.h"
#include "sk-rankings-page.h"
#include "sk-window.h"

struct _SkRankingsPage
{
  GtkWidget parent_instance;

  GtkWidget *header;
  GtkWidget *import_button;
  AdwToastOverlay *toasts;
  GtkListBox *tables;

  gulong changed_id;
};

G_DEFINE_FINAL_TYPE (SkRankingsPage, sk_rankings_page, GTK_TYPE_WIDGET)

static void
toast (SkRankingsPage *self, const char *text)
{
  AdwToast *t = adw_toast_new (text);

  adw_toast_set_priority (t, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toasts, t);
}

/* "5 December 2026, 02:40" in the interface's language. */
static char *
format_loaded (const char *iso)
{
  g_autoptr (GDateTime) utc = iso ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;
  g_autoptr (GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;
  g_autofree char *date = NULL, *time = NULL;

  if (local == NULL)
    return g_strdup (iso ? iso : "");
  date = sk_format_date_time (local, NULL);
  time = g_date_time_format (local, "%H:%M");
  /* TRANSLATORS: when a ranking table was loaded: a date, then a time (14:05) */
  return g_strdup_printf (_("%s, %s"), date, time);
}

static char *
describe (const SkRankingTable *t)
{
  g_autofree char *rows = sk_format_int (t->n_rows, NULL);
  g_autofree char *when = format_loaded (t->loaded_at);

  if (t->subject)
    /* TRANSLATORS: a ranking table in the library: its subject, the number of rows, its file, when it was loaded */
    return g_strdup_printf (ngettext ("Subject “%s” · %s row · file “%s” · loaded %s",
                                      "Subject “%s” · %s rows · file “%s” · loaded %s", t->n_rows),
                            t->subject, rows, t->source_file, when);
  /* TRANSLATORS: an overall ranking table in the library: the number of rows, its file, when it was loaded */
  return g_strdup_printf (ngettext ("Overall · %s row · file “%s” · loaded %s",
                                    "Overall · %s rows · file “%s” · loaded %s", t->n_rows),
                          rows, t->source_file, when);
}

/* ---- removing ---- */

typedef struct {
  SkRankingsPage *page;
  gint64 id;
  char *title;
} Removal;

static void
removal_free (gpointer data)
{
  Removal *r = data;

  g_clear_weak_pointer (&r->page);
  g_free (r->title);
  g_free (r);
}

static void
on_remove_response (AdwMessageDialog *dialog, const char *response, Removal *r)
{
  g_autoptr (SkRankingLibrary) lib = NULL;
  g_autoptr (GError) error = NULL;

  if (r->page == NULL || !g_str_equal (response, "remove"))
    return;
  if ((lib = sk_ranking_service_open_library (sk_ranking_service_get_default (), &error)) == NULL ||
      !sk_ranking_library_remove (lib, r->id, &error))
    {
      sk_show_error (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (r->page))),
                     _("The table could not be removed"), error);
      return;
    }
  g_clear_pointer (&lib, sk_ranking_library_close);
  sk_ranking_service_changed (sk_ranking_service_get_default ());
  {
    /* TRANSLATORS: a toast; %s is a ranking table, e.g. "QS 2025" */
    g_autofree char *text = g_strdup_printf (_("Removed “%s” from the ranking library"), r->title);
    toast (r->page, text);
  }
}

static void
on_remove_clicked (SkRankingTableRow *row, SkRankingsPage *self)
{
  Removal *r = g_new0 (Removal, 1);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  r->id = sk_ranking_table_row_get_id (row);
  r->title = g_strdup (sk_ranking_table_row_get_title (row));
  g_set_weak_pointer (&r->page, self);
  /* TRANSLATORS: %s is a ranking table, e.g. "QS 2025" */
  body = g_strdup_printf (_("“%s” will be removed from your ranking library. The proposals keep their ranking entries, but they are no longer verified against this table."),
                          r->title);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Remove the Table?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  /* Enter or Escape keeps the table. */
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_remove_response), r,
                         (GClosureNotify) (void (*) (void)) removal_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- the list ---- */

static GtkWidget *
table_row (SkRankingsPage *self, const SkRankingTable *t)
{
  g_autofree char *title = sk_ranking_table_title (t);
  g_autofree char *subtitle = describe (t);
  GtkWidget *row = sk_ranking_table_row_new (t->id, title, subtitle);

  g_signal_connect (row, "remove", G_CALLBACK (on_remove_clicked), self);
  return row;
}

void
sk_rankings_page_refresh (SkRankingsPage *self)
{
  g_autofree char *path = sk_ranking_library_default_path ();
  g_autoptr (SkRankingLibrary) lib = NULL;
  g_autoptr (GPtrArray) tables = NULL;
  g_autoptr (GError) error = NULL;
  GtkWidget *child;

  g_return_if_fail (SK_IS_RANKINGS_PAGE (self));
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tables))))
    gtk_list_box_remove (self->tables, child);
  /* No library yet: nothing to list, and nothing created. */
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return;
  if ((lib = sk_ranking_library_open (path, &error)) == NULL ||
      (tables = sk_ranking_library_list (lib, &error)) == NULL)
    {
      GtkWidget *row = sk_info_row_new (_("The ranking library could not be opened"), error->message, NULL);

      gtk_widget_add_css_class (row, "error");
      gtk_list_box_append (self->tables, row);
      gtk_widget_set_sensitive (self->import_button, FALSE);
      return;
    }
  gtk_widget_set_sensitive (self->import_button, TRUE);
  for (guint i = 0; i < tables->len; i++)
    gtk_list_box_append (self->tables, table_row (self, tables->pdata[i]));
}

/* ---- importing ---- */

static void
on_imported (SkRankingImportDialog *dialog, const char *title, guint n_rows, SkRankingsPage *self)
{
  g_autofree char *rows = sk_format_int (n_rows, NULL);
  /* TRANSLATORS: a toast; the ranking table, e.g. "QS 2025", then the number of its rows */
  g_autofree char *text = g_strdup_printf (ngettext ("Loaded “%s”: %s row", "Loaded “%s”: %s rows", n_rows), title, rows);

  toast (self, text);
}

GtkWidget *
sk_rankings_page_import (SkRankingsPage *self)
{
  GtkWidget *dialog;

  g_return_val_if_fail (SK_IS_RANKINGS_PAGE (self), NULL);
  dialog = sk_ranking_import_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
on_import_clicked (SkRankingsPage *self)
{
  GtkWidget *dialog = sk_rankings_page_import (self);
  sk_ranking_import_dialog_choose_file (SK_RANKING_IMPORT_DIALOG (dialog));
}

static void
on_service_changed (SkRankingService *service, SkRankingsPage *self)
{
  sk_rankings_page_refresh (self);
}

/* ---- the class ---- */

static void
sk_rankings_page_dispose (GObject *object)
{
  SkRankingsPage *self = SK_RANKINGS_PAGE (object);

  g_clear_signal_handler (&self->changed_id, sk_ranking_service_get_default ());
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_RANKINGS_PAGE);
  G_OBJECT_CLASS (sk_rankings_page_parent_class)->dispose (object);
}

static void
sk_rankings_page_class_init (SkRankingsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sk_rankings_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-rankings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SkRankingsPage, header);
  gtk_widget_class_bind_template_child (widget_class, SkRankingsPage, import_button);
  gtk_widget_class_bind_template_child (widget_class, SkRankingsPage, toasts);
  gtk_widget_class_bind_template_child (widget_class, SkRankingsPage, tables);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked);
}

static void
sk_rankings_page_init (SkRankingsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->changed_id = g_signal_connect (sk_ranking_service_get_default (), "changed",
                                       G_CALLBACK (on_service_changed), self);
  sk_rankings_page_refresh (self);
}

GtkWidget *
sk_rankings_page_new (void)
{
  return g_object_new (SK_TYPE_RANKINGS_PAGE, NULL);
}

GtkWindow *
sk_rankings_page_present (GtkWindow *parent)
{
  static GtkWindow *window;

  if (window == NULL)
    {
      window = GTK_WINDOW (adw_window_new ());
      g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
      gtk_window_set_title (window, _("Ranking Tables"));
      gtk_window_set_default_size (window, 720, 560);
      gtk_window_set_hide_on_close (window, FALSE);
      adw_window_set_content (ADW_WINDOW (window), sk_rankings_page_new ());
      if (parent)
        gtk_window_set_application (window, gtk_window_get_application (parent));
    }
  if (parent)
    gtk_window_set_transient_for (window, parent);
  gtk_window_present (window);
  return window;
}

SkRankingsPage *
sk_rankings_page_from_window (GtkWindow *window)
{
  GtkWidget *content = adw_window_get_content (ADW_WINDOW (window));
  return SK_IS_RANKINGS_PAGE (content) ? SK_RANKINGS_PAGE (content) : NULL;
}
