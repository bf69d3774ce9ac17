/* sk-cli-check.c: seriktes-cli check */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "sk-check.h"
#include "sk-cli.h"
#include "sk-error.h"
#include "sk-init.h"
#include "sk-ranking.h"
#include "sk-summary.h"

typedef struct {
  char *file;
  GPtrArray *findings; /* NULL when the file could not be read */
  GError *error;
} Result;

static void
result_clear (Result *r)
{
  g_free (r->file);
  g_clear_pointer (&r->findings, g_ptr_array_unref);
  g_clear_error (&r->error);
}

static const char *
error_code (const GError *error)
{
  static const char * const codes[] = {
    "not-proposal", "damaged", "newer-version", "unexpected-schema", "read-only",
    "io", "invalid-value", "not-found", "exists", "invalid-json", "frozen", "transition",
    "workflow", "tampered", "mismatch",
  };
  if (error->domain == SK_PROPOSAL_ERROR && error->code >= 0 && (guint) error->code < G_N_ELEMENTS (codes))
    return codes[error->code];
  return "io";
}

static const char *
severity_heading (SkSeverity s)
{
  switch (s)
    {
    case SK_SEVERITY_ERROR:
      return _("Errors");
    case SK_SEVERITY_WARNING:
      return _("Warnings");
    case SK_SEVERITY_NOTE:
    default:
      return _("Notes");
    }
}

static void
print_text (Result *results, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      Result *r = &results[i];
      int last = -2;

      if (i > 0)
        printf ("\n");
      if (r->findings == NULL)
        {
          printf ("%s: %s\n", r->file, r->error->message);
          continue;
        }
      {
        g_autofree char *counts = sk_findings_summary (r->findings, NULL);
        printf ("%s: %s\n", r->file, counts);
      }
      for (guint f = 0; f < r->findings->len; f++)
        {
          SkFinding *finding = r->findings->pdata[f];
          SkSeverity s = sk_finding_get_severity (finding);

          if ((int) s != last)
            {
              printf ("  %s\n", severity_heading (s));
              last = (int) s;
            }
          printf ("    [%s] %s\n", sk_finding_get_check_id (finding), sk_finding_get_message (finding));
          for (const char * const *s = sk_finding_get_suggestions (finding); *s; s++)
            /* TRANSLATORS: one change that would bring the finding's ratio within its limits */
            printf (_("        → %s\n"), *s);
          printf ("        %s\n", sk_finding_get_reference (finding));
        }
    }
}

static void
add_string (JsonBuilder *b, const char *key, const char *value)
{
  json_builder_set_member_name (b, key);
  json_builder_add_string_value (b, value);
}

static void
add_int (JsonBuilder *b, const char *key, gint64 value)
{
  json_builder_set_member_name (b, key);
  json_builder_add_int_value (b, value);
}

static void
print_json (Result *results, guint n, SkRuleSet *rules, int year, const char *lang)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (b);
  add_string (b, "format", "seriktes-check");
  add_int (b, "version", 1);
  json_builder_set_member_name (b, "rules");
  json_builder_begin_object (b);
  add_string (b, "name", sk_rule_set_get_name (rules));
  add_string (b, "version", sk_rule_set_get_version (rules));
  json_builder_end_object (b);
  add_int (b, "year", year);
  add_string (b, "language", lang);
  json_builder_set_member_name (b, "files");
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      Result *r = &results[i];
      guint errors, warnings, notes;

      json_builder_begin_object (b);
      add_string (b, "file", r->file);
      if (r->findings == NULL)
        {
          json_builder_set_member_name (b, "error");
          json_builder_begin_object (b);
          add_string (b, "code", error_code (r->error));
          add_string (b, "message", r->error->message);
          json_builder_end_object (b);
          json_builder_end_object (b);
          continue;
        }
      sk_findings_count (r->findings, &errors, &warnings, &notes);
      add_int (b, "errors", errors);
      add_int (b, "warnings", warnings);
      add_int (b, "notes", notes);
      json_builder_set_member_name (b, "findings");
      json_builder_begin_array (b);
      for (guint f = 0; f < r->findings->len; f++)
        {
          SkFinding *finding = r->findings->pdata[f];
          json_builder_begin_object (b);
          add_string (b, "id", sk_finding_get_check_id (finding));
          add_string (b, "severity", sk_severity_name (sk_finding_get_severity (finding)));
          add_string (b, "message", sk_finding_get_message (finding));
          add_string (b, "reference", sk_finding_get_reference (finding));
          json_builder_set_member_name (b, "suggestions");
          json_builder_begin_array (b);
          for (const char * const *s = sk_finding_get_suggestions (finding); *s; s++)
            json_builder_add_string_value (b, *s);
          json_builder_end_array (b);
          json_builder_set_member_name (b, "record");
          json_builder_begin_object (b);
          add_string (b, "kind", sk_finding_get_kind (finding));
          add_int (b, "id", sk_finding_get_record_id (finding));
          json_builder_end_object (b);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  json_generator_set_indent (gen, 2);
  text = json_generator_to_data (gen, NULL);
  printf ("%s\n", text);
}

/* One line per proposal; a file that cannot be read has its line with
 * the reason (and on the standard error). */
static int
print_csv (char **files, guint n, SkRuleSet *rules, const SkCheckOptions *options)
{
  g_autoptr (GPtrArray) summaries = sk_file_summaries_new ((const char * const *) files, n, rules, options);
  g_autofree char *csv = NULL;
  int status = SK_EXIT_OK;

  for (guint i = 0; i < n; i++)
    {
      SkFileSummary *s = summaries->pdata[i];

      if (s->error)
        {
          sk_cli_report (s->file, s->error);
          status = SK_EXIT_INVALID;
        }
      else if (s->errors > 0 && status == SK_EXIT_OK)
        status = SK_EXIT_FINDINGS;
    }
  csv = sk_file_summaries_to_csv (summaries, options->language);
  fputs (csv, stdout);
  return status;
}

static gboolean
valid_language (const char *lang)
{
  return g_strcmp0 (lang, "kk") == 0 || g_strcmp0 (lang, "ru") == 0 || g_strcmp0 (lang, "en") == 0;
}

int
sk_cli_check (int argc, char **argv)
{
  g_autofree char *rules_path = NULL;
  g_autofree char *format = NULL;
  g_autofree char *lang = NULL;
  int year = 0;
  gboolean with_rankings = FALSE;
  const GOptionEntry entries[] = {
    { "rules", 'r', 0, G_OPTION_ARG_FILENAME, &rules_path, N_("Check against the rule set in FILE instead of the built-in one"), N_("FILE") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("Output as text (the default), json, or csv (one line per proposal)"), N_("FORMAT") },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang, N_("Language of the findings: kk, ru or en"), N_("LANG") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("Judge the age of rankings from YEAR instead of this year"), N_("YEAR") },
    { "rankings", 0, 0, G_OPTION_ARG_NONE, &with_rankings, N_("Verify the ranking entries against the tables of the ranking library"), NULL },
    { NULL }
  };
  g_autoptr (GOptionContext) context = g_option_context_new (_("FILE… — check proposals against the Ministry’s rules"));
  g_autoptr (SkRuleSet) rules = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkRankings) rankings = NULL;
  g_autofree Result *results = NULL;
  SkCheckOptions options = { 0 };
  int status = SK_EXIT_OK;
  guint n;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("Exit status: 0 when no proposal has errors, 1 when any has, 2 when a file cannot be read (the others are still checked)."));
  if (!sk_cli_parse (context, &argc, &argv))
    return SK_EXIT_INVALID;
  if (argc < 2)
    {
      g_printerr ("%s\n", _("Name at least one proposal file."));
      return SK_EXIT_INVALID;
    }
  if (format && !g_str_equal (format, "text") && !g_str_equal (format, "json") && !g_str_equal (format, "csv"))
    {
      g_printerr (_("Unknown format “%s”: use text, json or csv.\n"), format);
      return SK_EXIT_INVALID;
    }
  if (lang)
    {
      if (!valid_language (lang))
        {
          g_printerr (_("Unknown language “%s”: use kk, ru or en.\n"), lang);
          return SK_EXIT_INVALID;
        }
      sk_set_language (lang);
    }
  if (year != 0 && (year < 1900 || year > 2200))
    {
      g_printerr ("%s\n", _("The year must be between 1900 and 2200."));
      return SK_EXIT_INVALID;
    }

  if ((rules = sk_cli_rules (rules_path)) == NULL)
    return SK_EXIT_INVALID;

  if (year == 0)
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();
      year = g_date_time_get_year (now);
    }
  options.year = year;
  options.language = lang ? lang : sk_get_content_language ();
  /* Checking for a language: content missing in it is a note. */
  options.export_language = lang;
  if (with_rankings)
    {
      g_autoptr (SkRankingLibrary) library = sk_ranking_library_open (NULL, &error);
      if (library == NULL || (rankings = sk_ranking_library_load (library, &error)) == NULL)
        {
          g_printerr ("%s\n", error->message);
          return SK_EXIT_INVALID;
        }
      options.rankings = rankings;
    }

  n = (guint) argc - 1;
  if (format && g_str_equal (format, "csv"))
    return print_csv (argv + 1, n, rules, &options);
  results = g_new0 (Result, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SkProposal) proposal = sk_proposal_open (argv[i + 1], SK_OPEN_READ_ONLY, &results[i].error);

      results[i].file = g_strdup (argv[i + 1]);
      if (proposal == NULL)
        {
          status = SK_EXIT_INVALID;
          continue;
        }
      results[i].findings = sk_check (proposal, rules, &options);
      {
        guint errors;
        sk_findings_count (results[i].findings, &errors, NULL, NULL);
        if (errors > 0 && status == SK_EXIT_OK)
          status = SK_EXIT_FINDINGS;
      }
    }

  if (format && g_str_equal (format, "json"))
    print_json (results, n, rules, year, options.language);
  else
    print_text (results, n);
  for (guint i = 0; i < n; i++)
    {
      if (results[i].error)
        sk_cli_report (results[i].file, results[i].error);
      result_clear (&results[i]);
    }
  return status;
}
