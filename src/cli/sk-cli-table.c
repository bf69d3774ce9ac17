/* sk-cli-table.c: seriktes-cli import-staff and export-table */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "sk-cli.h"
#include "sk-i18n.h"
#include "sk-init.h"
#include "sk-staff-import.h"
#include "sk-table-export.h"

int
sk_cli_import_staff (int argc, char **argv)
{
  g_auto (GStrv) map = NULL;
  gboolean dry_run = FALSE;
  const GOptionEntry entries[] = {
    { "map", 'm', 0, G_OPTION_ARG_STRING_ARRAY, &map, N_("Read the column COLUMN (its heading or number) as FIELD: name, side, institution, citizenship, degree, title, position, teaching-years, practice-years, fte or ignore"), N_("COLUMN=FIELD") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("Show what would be imported and change nothing"), NULL },
    { NULL }
  };
  g_autoptr (GOptionContext) context = g_option_context_new (_("PROPOSAL FILE.csv|FILE.xlsx — import teaching staff from a spreadsheet"));
  g_autoptr (SkProposal) proposal = NULL;
  g_autoptr (SkStaffImport) import = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *summary = NULL;
  GPtrArray *rows;
  guint refused;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("People already in the proposal (the same full name and institution) are updated, not added again. Exit status: 0 when every row was imported, 1 when rows were refused (the others are imported), 2 when nothing could be imported."));
  if (!sk_cli_parse (context, &argc, &argv))
    return SK_EXIT_INVALID;
  if (argc != 3)
    {
      g_printerr ("%s\n", _("Name the proposal file and the spreadsheet."));
      return SK_EXIT_INVALID;
    }
  proposal = sk_proposal_open (argv[1], dry_run ? SK_OPEN_READ_ONLY : SK_OPEN_DEFAULT, &error);
  if (proposal == NULL)
    {
      sk_cli_report (argv[1], error);
      return SK_EXIT_INVALID;
    }
  import = sk_staff_import_new_from_file (proposal, argv[2], (const char * const *) map, &error);
  if (import == NULL)
    {
      sk_cli_report (argv[2], error);
      return SK_EXIT_INVALID;
    }
  summary = sk_staff_import_summary (import);
  printf ("%s\n", summary);
  rows = sk_staff_import_rows (import);
  for (guint i = 0; i < rows->len; i++)
    {
      SkImportRow *row = rows->pdata[i];
      for (guint e = 0; e < row->errors->len; e++)
        {
          g_autofree char *line = sk_staff_import_row_problem (row, e);
          printf ("  %s\n", line);
        }
    }
  sk_staff_import_counts (import, NULL, NULL, NULL, &refused);
  if (!dry_run && !sk_staff_import_apply (import, proposal, &error))
    {
      sk_cli_report (argv[1], error);
      return SK_EXIT_INVALID;
    }
  return refused > 0 ? SK_EXIT_FINDINGS : SK_EXIT_OK;
}

int
sk_cli_export_table (int argc, char **argv)
{
  g_autofree char *table_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *rules_path = NULL;
  const GOptionEntry entries[] = {
    { "table", 't', 0, G_OPTION_ARG_STRING, &table_name, N_("The table: staff, financing, indicators or findings"), N_("TABLE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE (.csv or .xlsx)"), N_("FILE") },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang, N_("Language of the labels: kk, ru or en"), N_("LANG") },
    { "rules", 'r', 0, G_OPTION_ARG_FILENAME, &rules_path, N_("Check against the rule set in FILE instead of the built-in one"), N_("FILE") },
    { NULL }
  };
  g_autoptr (GOptionContext) context = g_option_context_new (_("PROPOSAL — write a table of a proposal as CSV or XLSX"));
  g_autoptr (SkProposal) proposal = NULL;
  g_autoptr (SkRuleSet) rules = NULL;
  g_autoptr (GPtrArray) table = NULL;
  g_autoptr (GError) error = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!sk_cli_parse (context, &argc, &argv))
    return SK_EXIT_INVALID;
  if (argc != 2 || table_name == NULL || output == NULL)
    {
      g_printerr ("%s\n", _("Name the proposal file, the table (--table) and the output file (-o)."));
      return SK_EXIT_INVALID;
    }
  if (lang)
    {
      if (!sk_is_content_language (lang))
        {
          g_printerr (_("Unknown language “%s”: use kk, ru or en.\n"), lang);
          return SK_EXIT_INVALID;
        }
      sk_set_language (lang);
    }
  if ((rules = sk_cli_rules (rules_path)) == NULL)
    return SK_EXIT_INVALID;
  proposal = sk_proposal_open (argv[1], SK_OPEN_READ_ONLY, &error);
  if (proposal == NULL)
    {
      sk_cli_report (argv[1], error);
      return SK_EXIT_INVALID;
    }
  table = sk_export_table (proposal, table_name, rules, lang, &error);
  if (table == NULL || !sk_export_write (table, output, lang, &error))
    {
      sk_cli_report (output, error);
      return SK_EXIT_INVALID;
    }
  return SK_EXIT_OK;
}
