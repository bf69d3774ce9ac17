/* sk-export.c: exporting a PDF from the window, in a worker thread: the
 * proposal or the review report on it */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sk-export-dialog.h"
#include "sk-export.h"
#include "sk-init.h"
#include "sk-pdf.h"
#include "sk-review-ui.h"

typedef struct {
  SkExportDocument document;
  GBytes *snapshot;  /* the file's pages, copied on the main thread */
  char *source;      /* its name */
  char *previous;    /* the review report: the earlier version compared with, or NULL */
  char *out;
  char *lang;
  SkRuleSet *rules;
  SkWindow *window;  /* weak: the progress goes there while it lives */
  GCancellable *cancellable;
} Job;

static void
job_free (Job *job)
{
  g_clear_pointer (&job->snapshot, g_bytes_unref);
  g_free (job->source);
  g_free (job->previous);
  g_free (job->out);
  g_free (job->lang);
  g_clear_object (&job->rules);
  g_clear_weak_pointer (&job->window);
  g_clear_object (&job->cancellable);
  g_free (job);
}

typedef struct {
  SkWindow *window;
  double fraction;
  char *section;
} Progress;

static gboolean
show_progress (gpointer data)
{
  Progress *p = data;

  if (p->window)
    sk_window_set_export_progress (p->window, p->fraction, p->section);
  g_clear_weak_pointer (&p->window);
  g_free (p->section);
  g_free (p);
  return G_SOURCE_REMOVE;
}

/* In the worker: hand the figures to the main thread. */
static void
on_progress (double fraction, const char *section, gpointer data)
{
  Job *job = data;
  Progress *p = g_new0 (Progress, 1);

  g_set_weak_pointer (&p->window, job->window);
  p->fraction = fraction;
  p->section = g_strdup (section);
  g_main_context_invoke (NULL, show_progress, p);
}

static void
run (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  Job *job = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) proposal = sk_proposal_open_snapshot (job->snapshot, job->source, &error);
  g_autoptr (SkProposal) previous = NULL;
  SkPdfOptions options = { .language = job->lang };
  SkPdfExportFunc export = job->document == SK_EXPORT_REVIEW ? sk_pdf_export_review : sk_pdf_export;

  /* The comparison open in the window goes into the review report. */
  if (proposal && job->previous &&
      (options.previous = previous = sk_proposal_open (job->previous, SK_OPEN_READ_ONLY, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (proposal == NULL ||
      !export (proposal, job->rules, &options, job->out, on_progress, job, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

void
sk_export_document_start (SkWindow *window, SkExportDocument document, const char *path,
                          const char *lang, GAsyncReadyCallback done, gpointer data)
{
  g_autoptr (GTask) task = NULL;
  g_autoptr (GError) error = NULL;
  Job *job;
  SkCompliance *compliance = sk_window_get_compliance (window);
  /* What the window shows now, whatever it or another program writes to
   * the file while the worker reads. */
  GBytes *snapshot = sk_proposal_snapshot (sk_window_get_proposal (window), &error);

  if (snapshot == NULL)
    {
      g_task_report_error (window, done, data, sk_export_document_start, g_steal_pointer (&error));
      return;
    }
  job = g_new0 (Job, 1);
  job->document = document;
  job->snapshot = snapshot;
  job->source = g_strdup (sk_proposal_get_path (sk_window_get_proposal (window)));
  if (document == SK_EXPORT_REVIEW)
    job->previous = g_strdup (sk_review_comparison_path (GTK_WINDOW (window)));
  job->out = g_strdup (path);
  job->lang = g_strdup (lang);
  job->rules = g_object_ref (sk_compliance_get_rules (compliance));
  job->cancellable = g_cancellable_new ();
  g_set_weak_pointer (&job->window, window);
  sk_window_set_export_cancellable (window, job->cancellable);

  task = g_task_new (window, job->cancellable, done, data);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, run);
}

void
sk_export_pdf_start (SkWindow *window, const char *path, const char *lang,
                     GAsyncReadyCallback done, gpointer data)
{
  sk_export_document_start (window, SK_EXPORT_PROPOSAL, path, lang, done, data);
}

gboolean
sk_export_pdf_finish (GAsyncResult *result, GError **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- asking ---- */

typedef struct {
  SkWindow *window;
  SkExportDocument document;
  char *lang;
  char *out;
} Ask;

static void
ask_free (Ask *a)
{
  g_clear_weak_pointer (&a->window);
  g_free (a->lang);
  g_free (a->out);
  g_free (a);
}

static void
on_exported (GObject *source, GAsyncResult *result, gpointer data)
{
  Ask *a = data;
  g_autoptr (GError) error = NULL;
  SkWindow *window = SK_WINDOW (source);

  sk_window_set_export_progress (window, -1, NULL);
  sk_window_set_export_cancellable (window, NULL);
  if (sk_export_pdf_finish (result, &error))
    sk_window_toast_file (window, a->document == SK_EXPORT_REVIEW ? _("The review report is ready")
                                                                  : _("The PDF is ready"), a->out);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    sk_show_error (GTK_WINDOW (window), _("The PDF could not be made"), error);
  ask_free (a);
}

static void
on_file_chosen (GtkNativeDialog *chooser, int response, Ask *a)
{
  if (response == GTK_RESPONSE_ACCEPT && a->window)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path)
        {
          a->out = g_str_has_suffix (path, ".pdf") ? g_steal_pointer (&path) : g_strconcat (path, ".pdf", NULL);
          sk_window_set_export_progress (a->window, 0, _("Starting"));
          sk_export_document_start (a->window, a->document, a->out, a->lang, on_exported, a);
          g_object_unref (chooser);
          return;
        }
    }
  ask_free (a);
  g_object_unref (chooser);
}

static void
on_language_chosen (AdwMessageDialog *dialog, const char *response, Ask *a)
{
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  char *dot;

  if (a->window == NULL || g_str_equal (response, "cancel") || g_str_equal (response, "close"))
    {
      ask_free (a);
      return;
    }
  a->lang = g_strdup (response);
  base = g_path_get_basename (sk_proposal_get_path (sk_window_get_proposal (a->window)));
  if ((dot = strrchr (base, '.')))
    *dot = '\0';
  if (a->document == SK_EXPORT_REVIEW)
    name = g_strdup_printf ("%s-review-%s.pdf", base, a->lang);
  else
    name = g_strdup_printf ("%s-%s.pdf", base, a->lang);
  chooser = gtk_file_chooser_native_new (a->document == SK_EXPORT_REVIEW ? _("Export Review Report")
                                                                         : _("Export PDF"),
                                         GTK_WINDOW (a->window), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  {
    /* Beside the proposal (or in Documents). */
    g_autoptr (GFile) folder = sk_window_dup_start_folder (a->window);
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen), a);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
sk_export_pdf_ask (SkWindow *window, SkExportDocument document)
{
  Ask *a = g_new0 (Ask, 1);
  GtkWidget *dialog = sk_export_dialog_new (GTK_WINDOW (window), document == SK_EXPORT_REVIEW ? _("Export Review Report")
                                                                                             : _("Export PDF"),
                                            sk_get_content_language ());

  a->document = document;
  g_set_weak_pointer (&a->window, window);
  g_signal_connect (dialog, "response", G_CALLBACK (on_language_chosen), a);
  gtk_window_present (GTK_WINDOW (dialog));
}
