/* sk-cli-review.c: submit, fingerprint, review, diff */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "sk-cli.h"
#include "sk-diff.h"
#include "sk-init.h"
#include "sk-review.h"

static SkProposal *
open_or_report (const char *path, SkOpenFlags flags)
{
  g_autoptr (GError) error = NULL;
  SkProposal *p = sk_proposal_open (path, flags, &error);

  if (p == NULL)
    sk_cli_report (path, error);
  return p;
}

static gboolean
one_file (int argc, const char *what)
{
  if (argc != 2)
    {
      g_printerr ("%s\n", what);
      return FALSE;
    }
  return TRUE;
}

int
sk_cli_submit (int argc, char **argv)
{
  g_autofree char *by = NULL;
  g_autofree char *note = NULL;
  const GOptionEntry entries[] = {
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who submits (required)"), N_("NAME") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note recorded with the submission"), N_("TEXT") },
    { NULL }
  };
  g_autoptr (GOptionContext) context = g_option_context_new (_("FILE — submit a proposal: freeze its content and record its fingerprint"));
  g_autoptr (SkProposal) p = NULL;
  g_autoptr (GError) error = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!sk_cli_parse (context, &argc, &argv) ||
      !one_file (argc, _("Name one proposal file and who submits it with --by NAME.")))
    return SK_EXIT_INVALID;
  if (by == NULL)
    {
      g_printerr ("%s\n", _("Name one proposal file and who submits it with --by NAME."));
      return SK_EXIT_INVALID;
    }
  if ((p = open_or_report (argv[1], SK_OPEN_DEFAULT)) == NULL)
    return SK_EXIT_INVALID;
  if (!sk_review_transition (p, "submitted", by, note, &error))
    {
      sk_cli_report (argv[1], error);
      return SK_EXIT_INVALID;
    }
  printf ("%s\n", sk_record_get_string (sk_proposal_get_info (p), "fingerprint"));
  return SK_EXIT_OK;
}

int
sk_cli_fingerprint (int argc, char **argv)
{
  g_autoptr (GOptionContext) context = g_option_context_new (_("FILE — the fingerprint of a proposal's content, and whether it matches the one recorded at submission"));
  g_autoptr (SkProposal) p = NULL;
  g_autofree char *computed = NULL;
  SkFingerprintState state;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("Exit status: 0 when the content matches its recorded fingerprint (or none is recorded), 1 when it does not, 2 when the file cannot be read."));
  if (!sk_cli_parse (context, &argc, &argv) || !one_file (argc, _("Name one proposal file.")))
    return SK_EXIT_INVALID;
  if ((p = open_or_report (argv[1], SK_OPEN_READ_ONLY)) == NULL)
    return SK_EXIT_INVALID;
  computed = sk_review_fingerprint (p);
  state = sk_review_verify (p);
  printf ("%s\n", computed);
  if (state == SK_FINGERPRINT_MISMATCH)
    {
      g_printerr (_("%s: the content no longer matches its fingerprint %s recorded at submission.\n"),
                  argv[1], sk_record_get_string (sk_proposal_get_info (p), "fingerprint"));
      return SK_EXIT_FINDINGS;
    }
  return SK_EXIT_OK;
}

int
sk_cli_review (int argc, char **argv)
{
  g_autofree char *decision = NULL;
  g_autofree char *by = NULL;
  g_autofree char *note = NULL;
  gboolean start = FALSE, withdraw = FALSE, acknowledge = FALSE;
  const GOptionEntry entries[] = {
    { "decision", 0, 0, G_OPTION_ARG_STRING, &decision, N_("approve, return or reject"), N_("DECISION") },
    { "start", 0, 0, G_OPTION_ARG_NONE, &start, N_("Only take the proposal under review"), NULL },
    { "withdraw", 0, 0, G_OPTION_ARG_NONE, &withdraw, N_("Withdraw the last decision (the reason with --note)"), NULL },
    { "acknowledge-mismatch", 0, 0, G_OPTION_ARG_NONE, &acknowledge,
      N_("Go on although the content no longer matches its fingerprint (recorded in the history)"), NULL },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("The reviewer (required)"), N_("NAME") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("The justification of the decision"), N_("TEXT") },
    { NULL }
  };
  g_autoptr (GOptionContext) context = g_option_context_new (_("FILE — record the Ministry's decision on a submitted proposal"));
  g_autoptr (SkProposal) p = NULL;
  g_autoptr (GError) error = NULL;
  SkReviewOptions options = { 0 };
  gboolean ok;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!sk_cli_parse (context, &argc, &argv) ||
      !one_file (argc, _("Name one proposal file, the decision with --decision and the reviewer with --by.")))
    return SK_EXIT_INVALID;
  if (by == NULL || (decision == NULL && !start && !withdraw) || (decision && withdraw) || (start && withdraw))
    {
      g_printerr ("%s\n", _("Name one proposal file, the decision with --decision and the reviewer with --by."));
      return SK_EXIT_INVALID;
    }
  if ((p = open_or_report (argv[1], SK_OPEN_DEFAULT)) == NULL)
    return SK_EXIT_INVALID;
  options.acknowledge_mismatch = acknowledge;
  if (withdraw)
    ok = sk_review_withdraw_decision (p, by, note, &error);
  else if (decision)
    ok = sk_review_decide_full (p, decision, by, note, &options, &error);
  else
    ok = sk_review_transition_full (p, "under_review", by, note, &options, &error);
  if (!ok)
    {
      sk_cli_report (argv[1], error);
      return SK_EXIT_INVALID;
    }
  return SK_EXIT_OK;
}

int
sk_cli_diff (int argc, char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *rules_path = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("Output as text (the default) or json"), N_("FORMAT") },
    { "rules", 'r', 0, G_OPTION_ARG_FILENAME, &rules_path, N_("Check against the rule set in FILE instead of the built-in one"), N_("FILE") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("Judge the age of rankings from YEAR instead of this year"), N_("YEAR") },
    { NULL }
  };
  g_autoptr (GOptionContext) context = g_option_context_new (_("OLD NEW — what changed between two versions of a proposal"));
  g_autoptr (SkProposal) older = NULL;
  g_autoptr (SkProposal) newer = NULL;
  g_autoptr (SkRuleSet) rules = NULL;
  g_autoptr (SkComparison) comparison = NULL;
  SkCheckOptions options = { 0 };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_description (context, _("The records that changed, with their values as the window shows them; the findings "
                                               "resolved, new and unchanged; the remarks answered in between. Exit status: 0 when "
                                               "nothing changed, 1 when something did, 2 when a file cannot be read."));
  if (!sk_cli_parse (context, &argc, &argv))
    return SK_EXIT_INVALID;
  if (argc != 3)
    {
      g_printerr ("%s\n", _("Name two proposal files: the older and the newer version."));
      return SK_EXIT_INVALID;
    }
  if (format && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    {
      g_printerr (_("Unknown format “%s”: use text or json.\n"), format);
      return SK_EXIT_INVALID;
    }
  if (year != 0 && (year < 1900 || year > 2200))
    {
      g_printerr ("%s\n", _("The year must be between 1900 and 2200."));
      return SK_EXIT_INVALID;
    }
  if ((rules = sk_cli_rules (rules_path)) == NULL)
    return SK_EXIT_INVALID;
  older = open_or_report (argv[1], SK_OPEN_READ_ONLY);
  newer = open_or_report (argv[2], SK_OPEN_READ_ONLY);
  if (older == NULL || newer == NULL)
    return SK_EXIT_INVALID;
  options.year = year;
  options.language = sk_get_content_language ();
  comparison = sk_comparison_new (older, newer, rules, &options);
  if (format && g_str_equal (format, "json"))
    {
      g_autoptr (JsonNode) root = sk_comparison_to_json (comparison);
      g_autoptr (JsonGenerator) gen = json_generator_new ();
      g_autofree char *text = NULL;

      json_generator_set_root (gen, root);
      json_generator_set_pretty (gen, TRUE);
      json_generator_set_indent (gen, 2);
      text = json_generator_to_data (gen, NULL);
      printf ("%s\n", text);
    }
  else
    {
      g_autofree char *text = sk_comparison_to_text (comparison);
      fputs (text, stdout);
    }
  return sk_comparison_is_empty (comparison) ? SK_EXIT_OK : SK_EXIT_FINDINGS;
}
