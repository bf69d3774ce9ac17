/* sk-ui-util.h: helpers for tests in a real window */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Runs the main loop until @done returns TRUE or @timeout_ms passes. */
gboolean sk_ui_wait_until (gboolean (*done) (gpointer), gpointer data, guint timeout_ms);
/* Lets pending events, layout and drawing happen. */
void     sk_ui_settle     (void);
/* Renders @widget's window into a PNG at @path. */
gboolean sk_ui_screenshot (GtkWidget *widget, const char *path);
/* Renders @widget alone into a PNG at @path. */
gboolean sk_ui_widget_screenshot (GtkWidget *widget, const char *path);
void     sk_ui_maybe_screenshot_widget (GtkWidget *widget, const char *name);
/* Saves a screenshot named @name into $SK_SCREENSHOT_DIR, if set. */
void     sk_ui_maybe_screenshot (GtkWidget *widget, const char *name);

/* The first descendant of @root of @type whose "title" property is @title. */
GtkWidget *sk_ui_find_titled (GtkWidget *root, GType type, const char *title);

G_END_DECLS
