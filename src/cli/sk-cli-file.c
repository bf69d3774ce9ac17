/* sk-cli-file.c: info, export-json and import-json */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "sk-cli.h"
#include "sk-init.h"
#include "sk-json.h"
#include "sk-proposal.h"
#include "sk-review.h"
#include "sk-summary.h"

int
sk_cli_info (int argc, char **argv)
{
  g_autoptr (GOptionContext) context = g_option_context_new (_("FILE… — show a summary of proposals"));
  int status = SK_EXIT_OK;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!sk_cli_parse (context, &argc, &argv))
    return SK_EXIT_INVALID;
  if (argc < 2)
    {
      g_printerr ("%s\n", _("Name at least one proposal file."));
      return SK_EXIT_INVALID;
    }
  for (int i = 1; i < argc; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (SkProposal) proposal = sk_proposal_open (argv[i], SK_OPEN_READ_ONLY, &error);
      g_autofree char *text = NULL;
      g_autofree char *history = NULL;

      if (proposal == NULL)
        {
          sk_cli_report (argv[i], error);
          status = SK_EXIT_INVALID;
          continue;
        }
      text = sk_summary_text (proposal, sk_get_content_language ());
      history = sk_review_history_text (proposal, NULL);
      if (argc > 2)
        printf ("%s\n", argv[i]);
      fputs (text, stdout);
      /* Who did what and when, in the interface's language. */
      if (*history)
        printf ("\n%s", history);
      if (i + 1 < argc)
        fputc ('\n', stdout);
    }
  return status;
}

/* Opening for editing recovers: a journal left by an interrupted program is
 * rolled back, a log beside the file folded into it; then it is checked. */
int
sk_cli_recover (int argc, char **argv)
{
  g_autoptr (GOptionContext) context =
    g_option_context_new (_("FILE… — bring proposals left by an interrupted program back to their last saved state"));
  int status = SK_EXIT_OK;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!sk_cli_parse (context, &argc, &argv))
    return SK_EXIT_INVALID;
  if (argc < 2)
    {
      g_printerr ("%s\n", _("Name at least one proposal file."));
      return SK_EXIT_INVALID;
    }
  for (int i = 1; i < argc; i++)
    {
      g_autoptr (GError) error = NULL;

      if (!sk_proposal_recover (argv[i], &error))
        {
          sk_cli_report (argv[i], error);
          status = SK_EXIT_INVALID;
        }
    }
  return status;
}

int
sk_cli_export_json (int argc, char **argv)
{
  g_autofree char *output = NULL;
  gboolean compact = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of the standard output"), N_("FILE") },
    { "compact", 0, 0, G_OPTION_ARG_NONE, &compact, N_("Write without indentation"), NULL },
    { NULL }
  };
  g_autoptr (GOptionContext) context = g_option_context_new (_("FILE — write a proposal as JSON"));
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) proposal = NULL;
  g_autofree char *json = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!sk_cli_parse (context, &argc, &argv))
    return SK_EXIT_INVALID;
  if (argc != 2)
    {
      g_printerr ("%s\n", _("Name one proposal file."));
      return SK_EXIT_INVALID;
    }
  proposal = sk_proposal_open (argv[1], SK_OPEN_READ_ONLY, &error);
  if (proposal == NULL)
    {
      sk_cli_report (argv[1], error);
      return SK_EXIT_INVALID;
    }
  json = sk_json_export_string (proposal, !compact);
  if (output == NULL || g_str_equal (output, "-"))
    {
      fputs (json, stdout);
      return fflush (stdout) == 0 ? SK_EXIT_OK : SK_EXIT_INVALID;
    }
  if (!g_file_set_contents (output, json, -1, &error))
    {
      sk_cli_report (output, error);
      return SK_EXIT_INVALID;
    }
  return SK_EXIT_OK;
}

int
sk_cli_import_json (int argc, char **argv)
{
  g_autofree char *output = NULL;
  gboolean force = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The proposal file to write (required)"), N_("FILE") },
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force, N_("Replace the output file if it exists"), NULL },
    { NULL }
  };
  g_autoptr (GOptionContext) context = g_option_context_new (_("IN.json — make a proposal file from JSON"));
  g_autoptr (GError) error = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!sk_cli_parse (context, &argc, &argv))
    return SK_EXIT_INVALID;
  if (argc != 2 || output == NULL)
    {
      g_printerr ("%s\n", _("Name one JSON file and the output with -o FILE.seriktes."));
      return SK_EXIT_INVALID;
    }
  if (!sk_json_import_file (argv[1], output, force, &error))
    {
      sk_cli_report (argv[1], error);
      return SK_EXIT_INVALID;
    }
  return SK_EXIT_OK;
}
