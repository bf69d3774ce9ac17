/* sk-cli.c: seriktes-cli, the proposal tools without a window
 *
 * Exit status: 0 success, 1 the work was done and found problems (check),
 * 2 a file could not be read or the input was invalid.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "sk-cli.h"
#include "sk-error.h"
#include "sk-init.h"

typedef struct {
  const char *name;
  const char *summary; /* N_() */
  int (*run) (int argc, char **argv);
} Command;

static const Command commands[] = {
  { "check", N_("Check proposals against the Ministry’s rules"), sk_cli_check },
  { "info", N_("Show a summary of a proposal"), sk_cli_info },
  { "export-json", N_("Write a proposal as JSON"), sk_cli_export_json },
  { "import-json", N_("Make a proposal file from JSON"), sk_cli_import_json },
  { "export-pdf", N_("Write a proposal as a PDF document"), sk_cli_export_pdf },
  { "submit", N_("Submit a proposal: freeze its content and record its fingerprint"), sk_cli_submit },
  { "fingerprint", N_("Show and verify the fingerprint of a proposal"), sk_cli_fingerprint },
  { "review", N_("Record the Ministry's decision on a proposal"), sk_cli_review },
  { "export-review", N_("Write the review report on a proposal as a PDF document"), sk_cli_export_review },
  { "diff", N_("Show what changed between two versions of a proposal"), sk_cli_diff },
  { "import-staff", N_("Import teaching staff from a CSV or XLSX spreadsheet"), sk_cli_import_staff },
  { "export-table", N_("Write the staff, financing, indicators or findings as CSV or XLSX"), sk_cli_export_table },
  { "rankings", N_("Load the publishers' ranking tables, match partners and verify ranking entries"), sk_cli_rankings },
  { "recover", N_("Bring a proposal left by an interrupted program back to its last saved state"), sk_cli_recover },
};

static void
print_usage (FILE *out)
{
  /* L10N-LAYOUT: headings and the synopsis on lines of their own, no sentence */
  fprintf (out, "%s\n  seriktes-cli %s\n\n%s\n", _("Usage:"),
           /* TRANSLATORS: the synopsis; write OPTION as GLib's own catalogue does in
            * each command's --help ("[OPTION…]"; kk «[ОПЦИЯ…]», ru «[ПАРАМЕТР…]») */
           _("COMMAND [OPTION…] FILE…"),
           _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-14s %s\n", commands[i].name, _(commands[i].summary));
  /* TRANSLATORS: "options" as GLib's own catalogue calls them in --help
   * (kk «опциялар», ru «параметры») */
  fprintf (out, "\n%s\n", _("Run “seriktes-cli COMMAND --help” for the options of a command."));
}

int
main (int argc, char **argv)
{
  sk_init_i18n ();
  g_set_prgname ("seriktes-cli");

  if (argc < 2)
    {
      print_usage (stderr);
      return SK_EXIT_INVALID;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 ||
      strcmp (argv[1], "help") == 0)
    {
      print_usage (stdout);
      return SK_EXIT_OK;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      printf ("seriktes-cli %s\n", PACKAGE_VERSION);
      return SK_EXIT_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      {
        g_autofree char *prgname = g_strdup_printf ("seriktes-cli %s", commands[i].name);
        g_set_prgname (prgname);
        return commands[i].run (argc - 1, argv + 1);
      }

  g_printerr (_("Unknown command “%s”.\n\n"), argv[1]);
  print_usage (stderr);
  return SK_EXIT_INVALID;
}

gboolean
sk_cli_parse (GOptionContext *context, int *argc, char ***argv)
{
  g_autoptr (GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

void
sk_cli_report (const char *file, const GError *error)
{
  /* TRANSLATORS: a file name, then what went wrong */
  g_printerr (_("%s: %s\n"), file, error->message);
  if (g_error_matches (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NEEDS_RECOVERY))
    {
      g_autofree char *quoted = g_shell_quote (file);
      g_autofree char *command = g_strdup_printf ("seriktes-cli recover %s", quoted);
      /* TRANSLATORS: %s is the command line that recovers the file */
      g_printerr (_("To recover it: %s\n"), command);
    }
}

SkRuleSet *
sk_cli_rules (const char *path)
{
  g_autoptr (GError) error = NULL;
  SkRuleSet *rules = path ? sk_rule_set_new_from_file (path, &error) : sk_rule_set_new_default ();

  if (rules == NULL)
    g_printerr ("%s\n", error->message);
  return rules;
}
