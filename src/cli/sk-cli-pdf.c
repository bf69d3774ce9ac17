/* sk-cli-pdf.c: seriktes-cli export-pdf and export-review */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "sk-cli.h"
#include "sk-i18n.h"
#include "sk-init.h"
#include "sk-pdf.h"
#include "sk-format.h"

/* The review report of each of @files into the folder @dir, named as the
 * window proposes (NAME-review-LANG.pdf); the others are still written
 * when one fails. */
static int
export_many (char **files, guint n, const char *dir, SkRuleSet *rules, SkPdfOptions *options)
{
  int status = SK_EXIT_OK;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (SkProposal) proposal = sk_proposal_open (files[i], SK_OPEN_READ_ONLY, &error);
      g_autofree char *base = g_path_get_basename (files[i]);
      g_autofree char *name = NULL;
      g_autofree char *out = NULL;

      if (proposal == NULL)
        {
          sk_cli_report (files[i], error);
          status = SK_EXIT_INVALID;
          continue;
        }
      if (g_str_has_suffix (base, ".seriktes"))
        base[strlen (base) - strlen (".seriktes")] = '\0';
      name = g_strdup_printf ("%s-review-%s.pdf", base, options->language);
      out = g_build_filename (dir, name, NULL);
      if (!sk_pdf_export_review (proposal, rules, options, out, NULL, NULL, NULL, &error))
        {
          sk_cli_report (out, error);
          status = SK_EXIT_INVALID;
          continue;
        }
      printf ("%s\n", out);
    }
  return status;
}

/* The options both commands take, their checks, and the export. */
static int
export (int argc, char **argv, const char *parameter, const char *date_help, SkPdfExportFunc write)
{
  g_autofree char *output = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *rules_path = NULL;
  g_autofree char *date_text = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write (required)"), N_("FILE") },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang, N_("Language of the PDF: kk, ru or en"), N_("LANG") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("Judge the age of rankings from YEAR instead of this year"), N_("YEAR") },
    { "rules", 'r', 0, G_OPTION_ARG_FILENAME, &rules_path, N_("Check against the rule set in FILE instead of the built-in one"), N_("FILE") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, date_help, N_("DATE") },
    { NULL }
  };
  g_autofree char *compare = NULL;
  const GOptionEntry review_entries[] = {
    { "compare", 'c', 0, G_OPTION_ARG_FILENAME, &compare, N_("Compare with an earlier version of the proposal in FILE"), N_("FILE") },
    { NULL }
  };
  gboolean review = write == sk_pdf_export_review;
  g_autoptr (SkProposal) previous = NULL;
  g_autoptr (GOptionContext) context = g_option_context_new (parameter);
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) proposal = NULL;
  g_autoptr (SkRuleSet) rules = NULL;
  g_autoptr (GDateTime) date = NULL;
  SkPdfOptions options = { 0 };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (review)
    g_option_context_add_main_entries (context, review_entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_description (context, review
    ? _("The PDF is written to a temporary file beside FILE and renamed into place: on an error nothing is left behind. "
        "With several proposal files, or when -o names a folder, a report NAME-review-LANG.pdf is written into that folder for each. "
        "Exit status: 0 written, 2 not written (the reason is on the standard error).")
    : _("The PDF is written to a temporary file beside FILE and renamed into place: on an error nothing is left behind. Exit status: 0 written, 2 not written (the reason is on the standard error)."));
  if (!sk_cli_parse (context, &argc, &argv))
    return SK_EXIT_INVALID;
  if (review && output && argc >= 2 && (argc > 2 || g_file_test (output, G_FILE_TEST_IS_DIR)))
    {
      if (!g_file_test (output, G_FILE_TEST_IS_DIR))
        {
          g_printerr (_("“%s” is not a folder: with several proposal files, -o names the folder for the reports.\n"), output);
          return SK_EXIT_INVALID;
        }
      if (compare)
        {
          g_printerr ("%s\n", _("--compare takes one proposal file."));
          return SK_EXIT_INVALID;
        }
    }
  else if (argc != 2 || output == NULL)
    {
      g_printerr ("%s\n", review ? _("Name proposal files and the output with -o FILE.pdf (one file) or -o FOLDER.")
                                 : _("Name one proposal file and the output with -o FILE.pdf."));
      return SK_EXIT_INVALID;
    }
  if (lang && !sk_is_content_language (lang))
    {
      g_printerr (_("Unknown language “%s”: use kk, ru or en.\n"), lang);
      return SK_EXIT_INVALID;
    }
  if (year != 0 && (year < 1900 || year > 2200))
    {
      g_printerr ("%s\n", _("The year must be between 1900 and 2200."));
      return SK_EXIT_INVALID;
    }
  if (date_text)
    {
      int y, m, d;

      if (!sk_parse_iso_date (date_text, &y, &m, &d) ||
          !(date = g_date_time_new_local (y, m, d, 12, 0, 0)))
        {
          g_printerr (_("“%s” is not a date of the form YYYY-MM-DD.\n"), date_text);
          return SK_EXIT_INVALID;
        }
    }

  if ((rules = sk_cli_rules (rules_path)) == NULL)
    return SK_EXIT_INVALID;
  options.language = lang ? lang : sk_get_content_language ();
  options.year = year;
  options.date = date;
  if (review && g_file_test (output, G_FILE_TEST_IS_DIR))
    return export_many (argv + 1, (guint) argc - 1, output, rules, &options);
  if (compare && (previous = sk_proposal_open (compare, SK_OPEN_READ_ONLY, &error)) == NULL)
    {
      sk_cli_report (compare, error);
      return SK_EXIT_INVALID;
    }
  options.previous = previous;
  proposal = sk_proposal_open (argv[1], SK_OPEN_READ_ONLY, &error);
  if (proposal == NULL)
    {
      sk_cli_report (argv[1], error);
      return SK_EXIT_INVALID;
    }

  if (!write (proposal, rules, &options, output, NULL, NULL, NULL, &error))
    {
      sk_cli_report (output, error);
      return SK_EXIT_INVALID;
    }
  return SK_EXIT_OK;
}

int
sk_cli_export_pdf (int argc, char **argv)
{
  return export (argc, argv, _("FILE — write a proposal as a PDF document"),
                 N_("The date on the cover, YYYY-MM-DD, instead of today"), sk_pdf_export);
}

int
sk_cli_export_review (int argc, char **argv)
{
  return export (argc, argv, _("FILE — write the review report on a proposal as a PDF document"),
                 N_("The date of the report, YYYY-MM-DD, instead of today"), sk_pdf_export_review);
}
