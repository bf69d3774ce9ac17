/* sk-export.h: exporting a PDF from the window, in a worker thread: the
 * proposal or the review report on it */
#pragma once

#include "sk-window.h"

G_BEGIN_DECLS

typedef enum {
  SK_EXPORT_PROPOSAL,  /* the proposal (sk_pdf_export) */
  SK_EXPORT_REVIEW,    /* the review report (sk_pdf_export_review) */
} SkExportDocument;

/* Asks for the language and the file, then exports @document with
 * progress shown in @window's export bar, and a toast with "Open" at the
 * end. */
void     sk_export_pdf_ask     (SkWindow *window, SkExportDocument document);

/* Exports @document on the proposal of @window to @path in @lang (a
 * worker thread); @done is called in the main thread (tests). */
void     sk_export_document_start (SkWindow *window, SkExportDocument document, const char *path,
                                   const char *lang, GAsyncReadyCallback done, gpointer data);
/* The same for the proposal. */
void     sk_export_pdf_start   (SkWindow *window, const char *path, const char *lang,
                                GAsyncReadyCallback done, gpointer data);
gboolean sk_export_pdf_finish  (GAsyncResult *result, GError **error);

G_END_DECLS
