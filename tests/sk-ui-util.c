/* sk-ui-util.c */
#include "config.h"

#include <adwaita.h>

#include <glib/gstdio.h>

#include "sk-export.h"
#include "sk-test-util.h"
#include "sk-ui-util.h"

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
sk_ui_wait_until (gboolean (*done) (gpointer), gpointer data, guint timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (timeout_ms, on_timeout, &timed_out);

  while (!timed_out && !(done && done (data)))
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  return !timed_out || (done && done (data));
}

void
sk_ui_settle (void)
{
  sk_ui_wait_until (NULL, NULL, 300);
}

static void
on_after_paint (GdkFrameClock *clock, gpointer data)
{
  (*(guint *) data)++;
}

static gboolean
painted_twice (gpointer data)
{
  return *(guint *) data >= 2;
}

/* Two frames of the window drawn (each lays the window out first), then
 * the events that came meanwhile: some 40 ms rather than sk_ui_settle's
 * fixed 300 ms (with either, test-ui's no-ellipsis finds the same labels
 * mapped on every page, in English and in Kazakh). With screenshots, the
 * fixed wait: a page's cross-fade is over by then. */
void
sk_ui_settle_window (SkWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  guint painted = 0;
  gulong id;

  if (clock == NULL || g_getenv ("SK_SCREENSHOT_DIR"))
    {
      sk_ui_settle ();
      return;
    }
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  gtk_widget_queue_draw (GTK_WIDGET (window));
  g_assert_true (sk_ui_wait_until (painted_twice, &painted, 5000));
  g_signal_handler_disconnect (clock, id);
  for (guint i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
has_size (gpointer widget)
{
  return gtk_widget_get_width (widget) > 0 && gtk_widget_get_height (widget) > 0;
}

gboolean
sk_ui_screenshot (GtkWidget *widget, const char *path)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));

  /* A dialog just presented has no size until its first layout. */
  sk_ui_wait_until (has_size, root, 5000);
  return sk_ui_widget_screenshot (root, path);
}

gboolean
sk_ui_widget_screenshot (GtkWidget *widget, const char *path)
{
  GtkWidget *root = widget;
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (root);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (root));
  int w = gtk_widget_get_width (root), h = gtk_widget_get_height (root);

  if (renderer == NULL || w <= 0 || h <= 0)
    return FALSE;
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), w, h);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return FALSE;
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, w, h));
  return gdk_texture_save_to_png (texture, path);
}

void
sk_ui_maybe_screenshot_widget (GtkWidget *widget, const char *name)
{
  const char *dir = g_getenv ("SK_SCREENSHOT_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL || *dir == '\0')
    return;
  g_mkdir_with_parents (dir, 0755);
  path = g_build_filename (dir, name, NULL);
  if (!sk_ui_widget_screenshot (widget, path))
    g_warning ("Could not save the screenshot %s", path);
}

void
sk_ui_maybe_screenshot (GtkWidget *widget, const char *name)
{
  const char *dir = g_getenv ("SK_SCREENSHOT_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL || *dir == '\0')
    return;
  g_mkdir_with_parents (dir, 0755);
  path = g_build_filename (dir, name, NULL);
  if (!sk_ui_screenshot (widget, path))
    g_warning ("Could not save the screenshot %s", path);
}

GtkWidget *
sk_ui_find_titled (GtkWidget *root, GType type, const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          g_autofree char *t = NULL;
          g_object_get (child, "title", &t, NULL);
          if (g_strcmp0 (t, title) == 0)
            return child;
        }
      if ((found = sk_ui_find_titled (child, type, title)))
        return found;
    }
  return NULL;
}

GtkWidget *
sk_ui_find_type (GtkWidget *root, GType type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = sk_ui_find_type (child, type)))
        return found;
    }
  return NULL;
}

GtkWidget *
sk_ui_find_named (GtkWidget *root, const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = sk_ui_find_named (child, name);

      if (found)
        return found;
    }
  return NULL;
}

GtkWidget *
sk_ui_find_visible (GtkWidget *root, const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0 && gtk_widget_get_visible (child))
        return child;
      if ((found = sk_ui_find_visible (child, name)))
        return found;
    }
  return NULL;
}

GtkWidget *
sk_ui_find_button (GtkWidget *root, const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && gtk_widget_get_visible (child) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = sk_ui_find_button (child, label)))
        return found;
    }
  return NULL;
}

GtkWidget *
sk_ui_find_any_button (GtkWidget *root, const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;
      const char *shown = NULL;

      if (GTK_IS_BUTTON (child))
        {
          /* By its label, or by its tooltip when it shows an icon. */
          shown = gtk_button_get_label (GTK_BUTTON (child));
          if (shown == NULL)
            shown = gtk_widget_get_tooltip_text (child);
        }
      if (shown && g_str_equal (shown, text))
        return child;
      if ((found = sk_ui_find_any_button (child, text)))
        return found;
    }
  return NULL;
}

GtkWidget *
sk_ui_find_toplevel (GType type)
{
  GListModel *all = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr (GObject) w = g_list_model_get_item (all, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type))
        return GTK_WIDGET (w);
    }
  return NULL;
}

gboolean
sk_ui_page_settled (gpointer page)
{
  GtkWidget *stack = gtk_widget_get_ancestor (page, GTK_TYPE_STACK);
  GtkWidget *leaflet = gtk_widget_get_ancestor (page, ADW_TYPE_LEAFLET);

  return gtk_widget_get_mapped (page) && (stack == NULL || !gtk_stack_get_transition_running (GTK_STACK (stack))) &&
         (leaflet == NULL || !adw_leaflet_get_child_transition_running (ADW_LEAFLET (leaflet)));
}

GtkWidget *
sk_ui_show_page (SkWindow *window, const char *id)
{
  GtkWidget *page = sk_window_show_page (window, id);

  sk_ui_wait_until (sk_ui_page_settled, page, 5000);
  sk_ui_settle ();
  return page;
}

void
sk_ui_drain (void)
{
  for (guint i = 0; i < 1000 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

void
sk_ui_on_exported (GObject *source, GAsyncResult *result, gpointer data)
{
  gpointer *out = data;
  g_autoptr (GError) error = NULL;

  out[0] = GINT_TO_POINTER (sk_export_pdf_finish (result, &error) ? 1 : 2);
  g_assert_no_error (error);
}

gboolean
sk_ui_export_done (gpointer data)
{
  gpointer *out = data;

  return out[0] != NULL;
}

void
sk_ui_choose (GtkWidget *combo_row, guint position)
{
  GtkWidget *popover, *list;

  g_assert_true (ADW_IS_COMBO_ROW (combo_row));
  /* Not while its page slides in: GTK 4.8 places a popover of a row
   * moving with a leaflet's transition on no monitor (a Gdk-CRITICAL). */
  g_assert_true (sk_ui_wait_until (sk_ui_page_settled, combo_row, 5000));
  g_assert_true (gtk_widget_activate (combo_row));
  sk_ui_settle ();
  popover = sk_ui_find_type (combo_row, GTK_TYPE_POPOVER);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));
  list = sk_ui_find_type (popover, GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (list);
  g_assert_true (gtk_widget_get_mapped (list));
  /* What a click or Enter on the item does: select it in the popover's
   * list, then activate it. */
  g_assert_true (gtk_selection_model_select_item (gtk_list_view_get_model (GTK_LIST_VIEW (list)), position, TRUE));
  g_signal_emit_by_name (list, "activate", position);
  sk_ui_settle ();
}



static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (GTK_WIDGET (widget));
}

/* The application's own style sheet, which AdwApplication loads for the
 * application from its resources: the tests' windows have no application,
 * yet they (and their screenshots) are to look as the user sees them. */
void
sk_ui_load_app_style (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      GtkCssProvider *css = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (css, "/kz/seriktes/Seriktes/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_object_unref (css);
      g_once_init_leave (&done, 1);
    }
}

SkWindow *
sk_ui_window_new (const char *path, int width, int height)
{
  sk_ui_load_app_style ();
  SkWindow *window = sk_window_new (NULL);
  g_autoptr (GFile) file = path ? g_file_new_for_path (path) : NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (sk_ui_wait_until (is_mapped, window, 5000));
  if (file)
    g_assert_true (sk_window_open (window, file));
  sk_ui_settle_window (window);
  return window;
}

void
sk_ui_window_close (SkWindow *window)
{
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  sk_ui_settle ();
  g_assert_finalize_object (window);
}

char *
sk_ui_file_value (const char *path, const char *field)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return g_strdup (sk_record_get_string (sk_proposal_get_info (p), field));
}

void
sk_ui_choose_label (GtkWidget *combo_row, const char *label)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (combo_row));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (model, i);
      if (GTK_IS_STRING_OBJECT (item) && g_strcmp0 (gtk_string_object_get_string (GTK_STRING_OBJECT (item)), label) == 0)
        {
          sk_ui_choose (combo_row, i);
          return;
        }
    }
  g_error ("no choice “%s”", label);
}

void
sk_ui_enter (GtkWidget *entry_row, const char *text)
{
  GtkWidget *entry = sk_ui_find_type (entry_row, GTK_TYPE_TEXT);

  g_assert_nonnull (entry);
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* What Enter does in it. */
  g_signal_emit_by_name (entry, "activate");
  sk_ui_settle ();
}

gboolean
sk_ui_press_key (GtkWidget *widget, guint keyval, GdkModifierType state)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  const GtkPropagationPhase phases[] = { GTK_PHASE_CAPTURE, GTK_PHASE_TARGET, GTK_PHASE_BUBBLE };
  gboolean handled = FALSE;

  for (guint p = 0; p < G_N_ELEMENTS (phases) && !handled; p++)
    for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
      {
        g_autoptr (GtkEventController) c = g_list_model_get_item (controllers, i);
        if (GTK_IS_EVENT_CONTROLLER_KEY (c) && gtk_event_controller_get_propagation_phase (c) == phases[p])
          g_signal_emit_by_name (c, "key-pressed", keyval, 0, state, &handled);
      }
  return handled;
}
