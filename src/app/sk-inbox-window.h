/* sk-inbox-window.h: the reviewer's inbox, every proposal of a folder in a table */
#pragma once

#include <adwaita.h>

#include "sk-summary.h"

G_BEGIN_DECLS

/* One row of the inbox: a proposal file summed up. */
#define SK_TYPE_INBOX_ITEM (sk_inbox_item_get_type ())
G_DECLARE_FINAL_TYPE (SkInboxItem, sk_inbox_item, SK, INBOX_ITEM, GObject)

const SkFileSummary *sk_inbox_item_get_summary (SkInboxItem *self);

#define SK_TYPE_INBOX_WINDOW (sk_inbox_window_get_type ())
G_DECLARE_FINAL_TYPE (SkInboxWindow, sk_inbox_window, SK, INBOX_WINDOW, AdwApplicationWindow)

/* An inbox showing no folder yet (@app may be NULL). */
SkInboxWindow *sk_inbox_window_new         (GtkApplication *app);
/* Lists the proposal files (*.seriktes) of @folder: they are read and
 * checked off the main thread, rows appearing as they come. The folder
 * is remembered in the settings. */
void           sk_inbox_window_set_folder  (SkInboxWindow *self, GFile *folder);
GFile         *sk_inbox_window_get_folder  (SkInboxWindow *self);
/* Reads the folder again. */
void           sk_inbox_window_reload      (SkInboxWindow *self);
/* Are files still being read? */
gboolean       sk_inbox_window_is_loading  (SkInboxWindow *self);
/* The rows shown (SkInboxItem), filtered and sorted as on screen. */
GListModel    *sk_inbox_window_get_rows    (SkInboxWindow *self);
/* The number of files the folder holds (all rows, shown or not). */
guint          sk_inbox_window_get_n_files (SkInboxWindow *self);

/* Asks for a folder of proposals (over @parent) and opens it in an inbox
 * of @app: the one showing it already, or a new one. */
void           sk_inbox_choose_folder      (GtkApplication *app, GtkWindow *parent);
/* The inbox of @app showing @folder, presented; a new one when none does. */
SkInboxWindow *sk_inbox_window_show        (GtkApplication *app, GFile *folder);

G_END_DECLS
