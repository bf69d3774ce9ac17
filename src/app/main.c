/* main.c: the Seriktes application */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-application.h"
#include "sk-init.h"

int
main (int argc, char **argv)
{
  g_autoptr (SkApplication) app = NULL;

  sk_init_i18n ();
  g_set_application_name (_("Seriktes"));
  app = sk_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
