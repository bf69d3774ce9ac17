/* sk-ui-util.c */
#include "config.h"

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

gboolean
sk_ui_screenshot (GtkWidget *widget, const char *path)
{
  return sk_ui_widget_screenshot (GTK_WIDGET (gtk_widget_get_root (widget)), path);
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
