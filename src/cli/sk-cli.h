/* sk-cli.h: the commands of seriktes-cli */
#pragma once

#include <glib.h>

#include "sk-rules.h"

G_BEGIN_DECLS

enum {
  SK_EXIT_OK = 0,
  SK_EXIT_FINDINGS = 1,
  SK_EXIT_INVALID = 2,
};

int      sk_cli_info        (int argc, char **argv);
int      sk_cli_export_json (int argc, char **argv);
int      sk_cli_import_json (int argc, char **argv);
int      sk_cli_submit      (int argc, char **argv);
int      sk_cli_fingerprint (int argc, char **argv);
int      sk_cli_review      (int argc, char **argv);
int      sk_cli_diff        (int argc, char **argv);
int      sk_cli_recover     (int argc, char **argv);
int      sk_cli_check       (int argc, char **argv);
int      sk_cli_export_pdf  (int argc, char **argv);
int      sk_cli_export_review (int argc, char **argv);
int      sk_cli_rankings    (int argc, char **argv);
int      sk_cli_import_staff (int argc, char **argv);
int      sk_cli_export_table (int argc, char **argv);

gboolean sk_cli_parse       (GOptionContext *context, int *argc, char ***argv);
void     sk_cli_report      (const char *file, const GError *error);
/* The rule set of --rules FILE, or the built-in one; NULL (reported). */
SkRuleSet *sk_cli_rules     (const char *path);

G_END_DECLS
