/* test-shortcuts.c: the shortcuts window lists every keyboard shortcut
 * of the main window (run under Xvfb with G_DEBUG=fatal-warnings) */
#include "config.h"

#include <adwaita.h>

#include "sk-init.h"
#include "sk-test-util.h"
#include "sk-ui-util.h"
#include "sk-window.h"

/* The accelerators the shortcuts window shows, as "keyval:modifiers". */
static GHashTable *
listed_accelerators (void)
{
  g_autoptr (GtkBuilder) builder = gtk_builder_new_from_resource ("/kz/seriktes/Seriktes/gtk/help-overlay.ui");
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  GHashTable *listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkWidget *stack[512];
  int n = 0;

  g_assert_nonnull (overlay);
  stack[n++] = overlay;
  while (n > 0)
    {
      GtkWidget *w = stack[--n];
      if (GTK_IS_SHORTCUTS_SHORTCUT (w))
        {
          g_autofree char *accel = NULL;
          g_auto (GStrv) parts = NULL;
          g_object_get (w, "accelerator", &accel, NULL);
          parts = g_strsplit (accel ? accel : "", " ", -1);
          for (guint i = 0; parts[i]; i++)
            {
              guint key;
              GdkModifierType mods;
              if (*parts[i] && gtk_accelerator_parse (parts[i], &key, &mods))
                g_hash_table_add (listed, g_strdup_printf ("%u:%u", gdk_keyval_to_lower (key), (guint) mods));
            }
        }
      for (GtkWidget *c = gtk_widget_get_first_child (w); c && n < 512; c = gtk_widget_get_next_sibling (c))
        stack[n++] = c;
    }
  gtk_window_destroy (GTK_WINDOW (overlay));
  return listed;
}

static void
test_every_shortcut_listed (void)
{
  g_autoptr (GHashTable) listed = listed_accelerators ();
  SkWindow *window = sk_ui_window_new (NULL, 900, 700);
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  guint checked = 0;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);
      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          g_autofree char *key = NULL;
          gboolean ours;

          if (!GTK_IS_KEYVAL_TRIGGER (trigger))
            continue;
          /* The window's own actions, and Escape (which closes an editor). */
          ours = (GTK_IS_NAMED_ACTION (action) &&
                  g_str_has_prefix (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "win.")) ||
                 gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_Escape;
          if (!ours)
            continue;
          key = g_strdup_printf ("%u:%u", gdk_keyval_to_lower (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger))),
                                 (guint) gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)));
          if (!g_hash_table_contains (listed, key))
            {
              g_autofree char *text = gtk_shortcut_trigger_to_string (trigger);
              g_error ("the shortcut %s is not in the shortcuts window", text);
            }
          checked++;
        }
    }
  g_assert_cmpuint (checked, >=, 10);
  sk_ui_window_close (window);
}

int
main (int argc, char **argv)
{
  sk_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/sk/shortcuts/every-shortcut-listed", test_every_shortcut_listed);
  return g_test_run ();
}
