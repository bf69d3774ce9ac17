/* sk-application.c: the application, its actions and windows */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-application.h"
#include "sk-inbox-window.h"
#include "sk-window.h"

struct _SkApplication
{
  AdwApplication parent_instance;

  SkRuleSet *rules;
  GSettings *settings;
  GError *rules_error; /* the chosen rule set did not load; not yet shown */
  GFile *inbox;        /* --inbox DIR: what the first activation shows */
};

G_DEFINE_FINAL_TYPE (SkApplication, sk_application, ADW_TYPE_APPLICATION)

/* The rule set chosen in the settings that did not load is said once, in
 * the first window, instead of checking silently against the built-in one. */
static void
report_rules_error (SkApplication *self, SkWindow *window)
{
  if (self->rules_error == NULL)
    return;
  sk_show_error (GTK_WINDOW (window), _("The chosen rule set could not be loaded; proposals are checked against the built-in rules"),
                 self->rules_error);
  g_clear_error (&self->rules_error);
}

static void
sk_application_activate (GApplication *app)
{
  SkApplication *self = SK_APPLICATION (app);
  SkWindow *window;

  if (self->inbox)
    {
      g_autoptr (GFile) folder = g_steal_pointer (&self->inbox);
      sk_inbox_window_show (GTK_APPLICATION (app), folder);
      return;
    }
  window = sk_window_new (GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));
  report_rules_error (SK_APPLICATION (app), window);
}

static void
sk_application_open (GApplication *app, GFile **files, int n_files, const char *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      SkWindow *window;

      /* A folder opens in the inbox, its proposals listed. */
      if (g_file_query_file_type (files[i], G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
        {
          sk_inbox_window_show (GTK_APPLICATION (app), files[i]);
          continue;
        }
      window = sk_window_new (GTK_APPLICATION (app));
      gtk_window_present (GTK_WINDOW (window));
      sk_window_open (window, files[i]);
      report_rules_error (SK_APPLICATION (app), window);
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
open_folder_action (GSimpleAction *action, GVariant *param, gpointer app)
{
  if (param)
    {
      g_autoptr (GFile) folder = g_file_new_for_path (g_variant_get_string (param, NULL));
      sk_inbox_window_show (GTK_APPLICATION (app), folder);
    }
  else
    sk_inbox_choose_folder (GTK_APPLICATION (app), gtk_application_get_active_window (GTK_APPLICATION (app)));
}

static void
inbox_action (GSimpleAction *action, GVariant *param, gpointer app)
{
  g_autoptr (GFile) folder = g_file_new_for_path (g_variant_get_string (param, NULL));
  sk_inbox_window_show (GTK_APPLICATION (app), folder);
}

static void
quit_action (GSimpleAction *action, GVariant *param, gpointer app)
{
  g_application_quit (G_APPLICATION (app));
}

static void
apply_color_scheme (const char *scheme)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  if (g_strcmp0 (scheme, "light") == 0)
    adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  else if (g_strcmp0 (scheme, "dark") == 0)
    adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  else
    adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

static void
color_scheme_action (GSimpleAction *action, GVariant *param, gpointer data)
{
  SkApplication *self = data;

  g_simple_action_set_state (action, param);
  apply_color_scheme (g_variant_get_string (param, NULL));
  if (self->settings)
    g_settings_set_string (self->settings, "color-scheme", g_variant_get_string (param, NULL));
}

static const GActionEntry app_actions[] = {
  { "new-window", new_window_action },
  { "about", about_action },
  { "open-folder", open_folder_action },
  { "inbox", inbox_action, "s" },
  { "quit", quit_action },
  { "color-scheme", NULL, "s", "'default'", color_scheme_action },
};

static void
sk_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *window_accels[] = { "<Control><Shift>n", NULL };
  static const char *folder_accels[] = { "<Control><Shift>o", NULL };

  G_APPLICATION_CLASS (sk_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);

  /* Settings, when the schema is installed (it is, outside tests). */
  {
    SkApplication *self = SK_APPLICATION (app);
    GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
    g_autoptr (GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE) : NULL;

    if (schema)
      {
        g_autofree char *scheme = NULL;
        self->settings = g_settings_new_full (schema, NULL, NULL);
        scheme = g_settings_get_string (self->settings, "color-scheme");
        g_action_group_change_action_state (G_ACTION_GROUP (app), "color-scheme", g_variant_new_string (scheme));
        if (self->rules == NULL)
          {
            g_autofree char *rules_path = g_settings_get_string (self->settings, "rule-set-file");
            if (*rules_path)
              self->rules = sk_rule_set_new_from_file (rules_path, &self->rules_error);
          }
      }
  }
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.new-window", window_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.open-folder", folder_accels);
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
  g_clear_pointer (&path, g_free);
  if (g_variant_dict_lookup (options, "inbox", "^ay", &path))
    {
      g_autoptr (GFile) folder = g_file_new_for_commandline_arg (path);
      g_autofree char *absolute = g_file_get_path (folder);

      if (absolute == NULL || !g_file_test (absolute, G_FILE_TEST_IS_DIR))
        {
          /* TRANSLATORS: %s is what was given after --inbox. */
          g_printerr (_("Not a folder: %s\n"), path);
          return 2;
        }
      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      /* A running instance shows it; otherwise the activation does. */
      if (g_application_get_is_remote (app))
        {
          g_action_group_activate_action (G_ACTION_GROUP (app), "inbox", g_variant_new_string (absolute));
          return 0;
        }
      g_set_object (&self->inbox, folder);
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
  g_clear_object (&SK_APPLICATION (object)->settings);
  g_clear_error (&SK_APPLICATION (object)->rules_error);
  g_clear_object (&SK_APPLICATION (object)->inbox);
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
    { "inbox", 'i', 0, G_OPTION_ARG_FILENAME, NULL, N_("List the proposals of the folder DIR (the reviewer’s inbox)"), N_("DIR") },
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
