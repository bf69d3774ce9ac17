/* sk-application.c: the application, its actions and windows */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-application.h"
#include "sk-window.h"

struct _SkApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (SkApplication, sk_application, ADW_TYPE_APPLICATION)

static void
sk_application_activate (GApplication *app)
{
  SkWindow *window = sk_window_new (GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));
}

static void
sk_application_open (GApplication *app, GFile **files, int n_files, const char *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      SkWindow *window = sk_window_new (GTK_APPLICATION (app));
      gtk_window_present (GTK_WINDOW (window));
      sk_window_open (window, files[i]);
    }
}

static void
new_window_action (GSimpleAction *action, GVariant *param, gpointer app)
{
  sk_application_activate (G_APPLICATION (app));
}

static void
about_action (GSimpleAction *action, GVariant *param, gpointer app)
{
  static const char *developers[] = { "The Seriktes developers", NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (app));

  adw_show_about_window (parent,
                         "application-name", _("Seriktes"),
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "developers", developers,
                         "comments", _("Plan strategic partnerships of Kazakhstani universities with foreign universities"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_action (GSimpleAction *action, GVariant *param, gpointer app)
{
  g_application_quit (G_APPLICATION (app));
}

static const GActionEntry app_actions[] = {
  { "new-window", new_window_action },
  { "about", about_action },
  { "quit", quit_action },
};

static void
sk_application_startup (GApplication *app)
{
  static const char *new_window_accels[] = { "<Control>n", NULL };
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (sk_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.new-window", new_window_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
}

static void
sk_application_class_init (SkApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = sk_application_activate;
  app_class->open = sk_application_open;
  app_class->startup = sk_application_startup;
}

static void
sk_application_init (SkApplication *self)
{
}

SkApplication *
sk_application_new (void)
{
  return g_object_new (SK_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/kz/seriktes/Seriktes",
                       NULL);
}
