/* sk-window-private.h: what the files of the window share
 * (sk-window.c: the proposal shown; sk-window-navigation.c: the areas and
 * the record editors; sk-window-files.c: opening, creating and saving
 * files, the welcome page; sk-window-actions.c: the window's actions) */
#pragma once

#include "sk-window.h"

G_BEGIN_DECLS

struct _SkWindow
{
  AdwApplicationWindow parent_instance;

  AdwToastOverlay *toast_overlay;
  AdwToast *toast;              /* the one shown: the next replaces it */
  guint toast_tick;             /* while it slides in: the next updates it */
  gint64 toast_settles_at;      /* frame time its slide ends at */
  AdwWindowTitle *window_title;
  GtkStack *stack;
  AdwLeaflet *leaflet;          /* the sidebar | the content */
  GtkStack *content;            /* the pages, then the editors opened */
  GtkStack *pages;
  GtkWidget *sidebar_pane;
  GtkListBox *sidebar;
  GtkWidget *sidebar_button;
  GtkWidget *compliance_button;
  AdwButtonContent *compliance_content;
  GtkRevealer *read_only_bar;
  GtkRevealer *fingerprint_bar;
  char *fingerprint_text;        /* the bar's own text */
  GtkRevealer *export_bar;
  GtkProgressBar *export_progress;
  GCancellable *export_cancellable;
  AdwPreferencesGroup *examples_group;
  AdwPreferencesGroup *recent_group;
  GMenu *recent_menu;

  SkProposal *proposal;
  SkCompliance *compliance;
  GSettings *settings;
  guint drop_id;                /* editors closed, removed when idle */
  AdwStatusPage *welcome_status;
  guint sidebar_button_id;      /* the header bar follows the leaflet */
  gboolean filling_sidebar;
  gboolean frozen;
  char *status;
};

/* sk-window.c */
void        sk_window_update_actions   (SkWindow *self);
void        sk_window_remember_recent  (SkWindow *self, const char *path);
SkProposal *sk_window_open_path        (const char *path, GError **error);

/* sk-window-navigation.c */
void        sk_window_navigation_init  (SkWindow *self);
void        sk_window_clear_pages      (SkWindow *self);
void        sk_window_rebuild_pages    (SkWindow *self);
/* Closes the editors of records that no longer exist. */
void        sk_window_prune_editors    (SkWindow *self);
/* Closes every editor; FALSE when a new record with content is kept open
 * because the user chose to go on editing it. */
void        sk_window_close_editors    (SkWindow *self);
void        sk_window_navigation_install (GtkWidgetClass *widget_class);
/* The sidebar's badges: the errors (or warnings) of each area. */
void        sk_window_update_badges    (SkWindow *self);

/* sk-window-files.c */
/* The recent files in the main menu, again. */
void        sk_window_fill_recent_menu (SkWindow *self);
/* Creates a new proposal at @path; a file there is replaced only once the
 * new one has been written beside it. */
SkProposal *sk_window_create_replacing (const char *path, GError **error);
void        sk_window_files_init       (SkWindow *self);
void        sk_window_files_install    (GtkWidgetClass *widget_class);

/* sk-window-actions.c */
void        sk_window_actions_install  (GtkWidgetClass *widget_class);

G_END_DECLS
