/* sk-ui-util.h: helpers for tests in a real window */
#pragma once

#include <gtk/gtk.h>

#include "sk-window.h"

G_BEGIN_DECLS

/* Runs the main loop until @done returns TRUE or @timeout_ms passes. */
gboolean sk_ui_wait_until (gboolean (*done) (gpointer), gpointer data, guint timeout_ms);
/* Lets pending events, layout and drawing happen. */
void     sk_ui_settle     (void);
/* Lets @window lay out and draw two frames, then what is pending happen
 * (with SK_SCREENSHOT_DIR set, sk_ui_settle's fixed wait instead). */
void     sk_ui_settle_window (SkWindow *window);
/* Renders @widget's window into a PNG at @path. */
gboolean sk_ui_screenshot (GtkWidget *widget, const char *path);
/* Renders @widget alone into a PNG at @path. */
gboolean sk_ui_widget_screenshot (GtkWidget *widget, const char *path);
void     sk_ui_maybe_screenshot_widget (GtkWidget *widget, const char *name);
/* Saves a screenshot named @name into $SK_SCREENSHOT_DIR, if set. */
void     sk_ui_maybe_screenshot (GtkWidget *widget, const char *name);

/* The first descendant of @root of @type whose "title" property is @title. */
GtkWidget *sk_ui_find_titled (GtkWidget *root, GType type, const char *title);

/* The first descendant of @root of @type (depth first). */
GtkWidget *sk_ui_find_type (GtkWidget *root, GType type);
/* @root itself or its first descendant (depth first) whose widget name is @name. */
GtkWidget *sk_ui_find_named (GtkWidget *root, const char *name);
/* The first visible descendant of @root whose widget name is @name. */
GtkWidget *sk_ui_find_visible (GtkWidget *root, const char *name);
/* The first visible button below @root whose label is @label. */
GtkWidget *sk_ui_find_button (GtkWidget *root, const char *label);
/* The first button below @root, visible or not, whose label is @text, or
 * whose tooltip is @text when it has no label (an icon button). */
GtkWidget *sk_ui_find_any_button (GtkWidget *root, const char *text);
/* The first toplevel window of @type, or NULL. */
GtkWidget *sk_ui_find_toplevel (GType type);

/* TRUE once @page is mapped and its stack's and leaflet's transitions are
 * over (for sk_ui_wait_until). */
gboolean   sk_ui_page_settled (gpointer page);
/* Shows the page @id of @window, waits until it has settled and returns it. */
GtkWidget *sk_ui_show_page    (SkWindow *window, const char *id);
/* Runs what is pending in the main loop without waiting. */
void       sk_ui_drain        (void);

/* The callback of sk_export_pdf(): @data is a gpointer[1] set to 1 when the
 * export succeeded (it asserts that there was no error), else 2. */
void       sk_ui_on_exported  (GObject *source, GAsyncResult *result, gpointer data);
/* For sk_ui_wait_until(): that export has finished. */
gboolean   sk_ui_export_done  (gpointer data);
/* Chooses the item at @position of an AdwComboRow as a user does: opens
 * its popover and activates the item in its list. */
void       sk_ui_choose (GtkWidget *combo_row, guint position);
/* The same for the item shown as @label. */
void       sk_ui_choose_label (GtkWidget *combo_row, const char *label);

/* Types @text into an entry row (replacing what it shows) and presses
 * Enter in it. */
void       sk_ui_enter (GtkWidget *entry_row, const char *text);

/* An example's path, and a writable copy of it in a temporary folder. */
/* A window of @width × @height showing the proposal at @path (NULL: the
 * welcome page), mapped. */
SkWindow  *sk_ui_window_new   (const char *path, int width, int height);
/* Closes @window as the user does and asserts that it is finalised. */
void       sk_ui_window_close (SkWindow *window);
/* A text field of the proposal's own record as another program reads it. */
char      *sk_ui_file_value   (const char *path, const char *field);

/* Loads the application's style sheet for the display, once (as
 * AdwApplication does for the application; sk_ui_window_new calls it). */
void sk_ui_load_app_style (void);

/* A key pressed on @widget, as its key controllers get it (capture,
 * target, then bubble phase); whether one handled it. */
gboolean sk_ui_press_key (GtkWidget *widget, guint keyval, GdkModifierType state);

G_END_DECLS
