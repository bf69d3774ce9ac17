/* sk-init.c */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "sk-core-resources.h"
#include "sk-init.h"

void
sk_init_i18n (void)
{
  const char *dir = g_getenv ("SERIKTES_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, dir && *dir ? dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

const char *
sk_get_datadir (void)
{
  const char *dir = g_getenv ("SERIKTES_DATADIR");
  return dir && *dir ? dir : PKGDATADIR;
}

const char *
sk_get_content_language (void)
{
  /* What gettext will use for the interface: the first of the user's
   * languages that we have, English when none. */
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i]; i++)
    {
      if (g_str_has_prefix (names[i], "kk"))
        return "kk";
      if (g_str_has_prefix (names[i], "ru"))
        return "ru";
      if (g_str_has_prefix (names[i], "en") || g_str_equal (names[i], "C"))
        return "en";
    }
  return "en";
}

void
sk_set_language (const char *lang)
{
  /* gettext reads LANGUAGE at every lookup; it is ignored only in the
   * plain "C" locale, so use C.UTF-8 there. */
  const char *current = setlocale (LC_MESSAGES, NULL);

  if (current == NULL || g_str_equal (current, "C") || g_str_equal (current, "POSIX"))
    setlocale (LC_MESSAGES, "C.UTF-8");
  g_setenv ("LANGUAGE", lang, TRUE);
  setlocale (LC_MESSAGES, setlocale (LC_MESSAGES, NULL));
}

void
sk_core_ensure_resources (void)
{
  static gsize registered;

  if (g_once_init_enter (&registered))
    {
      sk_core_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}
