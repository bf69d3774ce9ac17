/* sk-pdf.h: the proposal as a PDF document for the Ministry, and the
 * review report on it
 *
 * What the documents contain: docs/pdf.md and docs/review.md. The language of the PDF is
 * chosen here, whatever the interface language is. The export may run in a
 * worker thread (it uses no GTK and never switches the gettext language),
 * as long as @proposal is not edited meanwhile: the application opens the
 * proposal's file a second time, read-only, for the worker (every edit is
 * saved at once, so the file is current).
 */
#pragma once

#include <gio/gio.h>

#include "sk-proposal.h"
#include "sk-rules.h"

G_BEGIN_DECLS

#define SK_PDF_ERROR (sk_pdf_error_quark ())

typedef enum {
  SK_PDF_ERROR_NO_FONT,   /* no TrueType font covers the Kazakh letters */
  SK_PDF_ERROR_FAILED,    /* libharu could not make the document */
  SK_PDF_ERROR_WRITE,     /* the file could not be written */
} SkPdfError;

GQuark sk_pdf_error_quark (void);

typedef struct {
  /* kk, ru or en; NULL: the interface's content language. */
  const char *language;
  /* The year rankings are judged from in the compliance check; 0: this year. */
  int year;
  /* The date on the cover (the review report's first page) and in the
   * footer; NULL: today. */
  GDateTime *date;
  /* The review report: an earlier version of the proposal to compare
   * with (its changes, the change in compliance, the remarks answered in
   * between); NULL: none. Read only, from the exporting thread. */
  SkProposal *previous;
} SkPdfOptions;

/* Called as the export goes on, in the exporting thread: @fraction from 0
 * to 1 and the (translated) name of the section being written. */
typedef void (*SkPdfProgress) (double fraction, const char *section, gpointer user_data);

/* Writes @proposal as a PDF to @out_path: into a temporary file beside it,
 * renamed into place at the end. On an error or when @cancellable is
 * cancelled (G_IO_ERROR_CANCELLED), nothing is left behind and a file
 * already at @out_path stays as it was. @options, @progress and
 * @cancellable may be NULL. */
gboolean sk_pdf_export (SkProposal *proposal, SkRuleSet *rules, const SkPdfOptions *options,
                        const char *out_path, SkPdfProgress progress, gpointer progress_data,
                        GCancellable *cancellable, GError **error);

/* sk_pdf_export or sk_pdf_export_review, for callers that make either. */
typedef gboolean (*SkPdfExportFunc) (SkProposal *proposal, SkRuleSet *rules, const SkPdfOptions *options,
                                     const char *out_path, SkPdfProgress progress, gpointer progress_data,
                                     GCancellable *cancellable, GError **error);

/* Writes the review report on @proposal, the same way: which proposal it
 * is and whether its content matches its fingerprint, the compliance
 * findings, the review remarks per section and record (those on the whole
 * proposal first), the status history, the decisions with their
 * justification and the reviewer's signature. */
gboolean sk_pdf_export_review (SkProposal *proposal, SkRuleSet *rules, const SkPdfOptions *options,
                               const char *out_path, SkPdfProgress progress, gpointer progress_data,
                               GCancellable *cancellable, GError **error);

G_END_DECLS
