/* sk-application.c: the application, its actions and windows */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-application.h"
#include "sk-window.h"

struct _SkApplication
{
  AdwApplication parent_instance;

  SkRuleSet *rules;
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

/* Options handled in the first instance, before it activates or opens. */
static int
sk_application_handle_local_options (GApplication *app, GVariantDict *options)
{
  SkApplication *self = SK_APPLICATION (app);
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;

  if (g_variant_dict_lookup (options, "version", "b", NULL))
    {
      g_print ("seriktes %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (g_variant_dict_lookup (options, "rules", "^ay", &path))
    {
      g_autoptr (SkRuleSet) rules = sk_rule_set_new_from_file (path, &error);
      if (rules == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 2;
        }
      g_set_object (&self->rules, rules);
    }
  return -1;
}

SkRuleSet *
sk_application_get_rule_set (SkApplication *self)
{
  g_return_val_if_fail (SK_IS_APPLICATION (self), NULL);
  if (self->rules == NULL)
    self->rules = sk_rule_set_new_default ();
  return self->rules;
}

static void
sk_application_dispose (GObject *object)
{
  g_clear_object (&SK_APPLICATION (object)->rules);
  G_OBJECT_CLASS (sk_application_parent_class)->dispose (object);
}

static void
sk_application_class_init (SkApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sk_application_dispose;
  app_class->handle_local_options = sk_application_handle_local_options;
  app_class->activate = sk_application_activate;
  app_class->open = sk_application_open;
  app_class->startup = sk_application_startup;
}

static void
sk_application_init (SkApplication *self)
{
  static const GOptionEntry options[] = {
    { "rules", 'r', 0, G_OPTION_ARG_FILENAME, NULL, N_("Check against the rule set in FILE instead of the built-in one"), N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
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
