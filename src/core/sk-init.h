/* sk-init.h: process-wide set-up shared by the application, CLI and tests */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* setlocale(), and the translations of the seriktes text domain. The
 * folder can be overridden with SERIKTES_LOCALEDIR (for the build tree). */
void        sk_init_i18n              (void);

/* Makes gettext use @lang (kk, ru, en) from now on, whatever the locale. */
void        sk_set_language           (const char *lang);

/* Registers the core's own resources (built-in rule set, schema scripts). */
void        sk_core_ensure_resources  (void);

/* Where the rule sets and examples are: SERIKTES_DATADIR or the installed
 * data folder. */
const char *sk_get_datadir            (void);

/* The content language (kk, ru or en) matching the interface language. */
const char *sk_get_content_language   (void);

G_END_DECLS
