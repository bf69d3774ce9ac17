/* sk-export.h: exporting the PDF from the window, in a worker thread */
#pragma once

#include "sk-window.h"

G_BEGIN_DECLS

/* Asks for the language and the file, then exports with progress shown in
 * @window's export bar, and a toast with "Open" at the end. */
void     sk_export_pdf_ask     (SkWindow *window);

/* Exports the proposal of @window to @path in @lang (a worker thread);
 * @done is called in the main thread (tests). */
void     sk_export_pdf_start   (SkWindow *window, const char *path, const char *lang,
                                GAsyncReadyCallback done, gpointer data);
gboolean sk_export_pdf_finish  (GAsyncResult *result, GError **error);

G_END_DECLS
