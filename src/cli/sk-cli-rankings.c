/* sk-cli-rankings.c: the ranking library from the command line
 *
 *   rankings import FILE --publisher qs|the|arwu --year YEAR [--subject NAME]
 *                        [--column rank=…,name=…,country=…]
 *   rankings list
 *   rankings remove ID
 *   rankings match PROPOSAL [--format text|json]
 *   rankings apply PROPOSAL [--confirm INSTITUTION=TABLE:ROW …]
 *   rankings find --country CC [--top 500] [--subject NAME] [--name TEXT]
 *                 [--add PROPOSAL --pick N]
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "sk-check.h"
#include "sk-cli.h"
#include "sk-init.h"
#include "sk-ranking.h"
#include "sk-summary.h"

static SkRankingLibrary *
open_library (void)
{
  g_autoptr (GError) error = NULL;
  SkRankingLibrary *lib = sk_ranking_library_open (NULL, &error);

  if (lib == NULL)
    g_printerr ("%s\n", error->message);
  return lib;
}

static SkRankings *
load_library (void)
{
  g_autoptr (SkRankingLibrary) lib = open_library ();
  g_autoptr (GError) error = NULL;
  SkRankings *r;

  if (lib == NULL)
    return NULL;
  if ((r = sk_ranking_library_load (lib, &error)) == NULL)
    g_printerr ("%s\n", error->message);
  return r;
}

static GOptionContext *
new_context (const char *parameter, const GOptionEntry *entries)
{
  GOptionContext *context = g_option_context_new (parameter);

  if (entries)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  return context;
}

/* ---- import ---- */

static int
cmd_import (int argc, char **argv)
{
  g_autofree char *publisher = NULL, *subject = NULL, *columns = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "publisher", 0, 0, G_OPTION_ARG_STRING, &publisher, N_("Whose table it is: qs, the or arwu (required)"), N_("PUBLISHER") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The edition (required)"), N_("YEAR") },
    { "subject", 0, 0, G_OPTION_ARG_STRING, &subject, N_("The subject of a table by subject (none: the overall table)"), N_("NAME") },
    { "column", 0, 0, G_OPTION_ARG_STRING, &columns, N_("The columns, when their headings are not recognised"), N_("rank=…,name=…,country=…") },
    { NULL }
  };
  g_autoptr (GOptionContext) context = new_context (_("FILE — load a ranking table (CSV, XLSX or JSON) into the ranking library"), entries);
  g_autoptr (GError) error = NULL;
  g_autoptr (SkRankingTable) table = NULL;
  g_autoptr (SkRankingLibrary) lib = NULL;
  g_autofree char *spec_copy = NULL;
  g_autofree char *title = NULL;
  SkRankingImportOptions options = { 0 };
  gboolean replaced = FALSE;

  if (!sk_cli_parse (context, &argc, &argv))
    return SK_EXIT_INVALID;
  if (argc != 2 || publisher == NULL || year == 0)
    {
      g_printerr ("%s\n", _("Name one table file, whose it is (--publisher qs|the|arwu) and its edition (--year YEAR)."));
      return SK_EXIT_INVALID;
    }
  options.publisher = publisher;
  options.year = year;
  options.subject = subject;
  if (columns && (spec_copy = sk_ranking_parse_columns (columns, &options, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return SK_EXIT_INVALID;
    }
  if ((table = sk_ranking_table_read_file (argv[1], &options, &error)) == NULL)
    {
      sk_cli_report (argv[1], error);
      return SK_EXIT_INVALID;
    }
  title = sk_ranking_table_title (table);
  if (table->header_row)
    /* TRANSLATORS: file, its format (CSV, XLSX, JSON) and the row of the headings */
    printf (_("%s: %s, headings on row %u\n"), table->source_file, table->format, table->header_row);
  else
    printf (_("%s: %s\n"), table->source_file, table->format);
  if (table->encoding)
    printf (_("Text encoding: %s\n"), table->encoding);
  printf (_("Columns: rank “%s”, name “%s”, country “%s”\n"), table->rank_column, table->name_column,
          table->country_column ? table->country_column : "—");
  for (guint i = 0; i < table->problems->len; i++)
    printf ("%s\n", ((SkRankingProblem *) table->problems->pdata[i])->message);

  if ((lib = open_library ()) == NULL)
    return SK_EXIT_INVALID;
  if (!sk_ranking_library_store (lib, table, &replaced, &error))
    {
      g_printerr ("%s\n", error->message);
      return SK_EXIT_INVALID;
    }
  printf (replaced
          ? ngettext ("%s replaced in the ranking library: %u row (%u skipped).\n",
                      "%s replaced in the ranking library: %u rows (%u skipped).\n", table->rows->len)
          : ngettext ("%s loaded into the ranking library: %u row (%u skipped).\n",
                      "%s loaded into the ranking library: %u rows (%u skipped).\n", table->rows->len),
          title, table->rows->len, table->problems->len);
  return SK_EXIT_OK;
}

/* ---- list, remove ---- */

static int
cmd_list (int argc, char **argv)
{
  g_autoptr (GOptionContext) context = new_context (_("— the tables of the ranking library"), NULL);
  g_autoptr (SkRankingLibrary) lib = NULL;
  g_autoptr (GPtrArray) tables = NULL;
  g_autoptr (GError) error = NULL;

  if (!sk_cli_parse (context, &argc, &argv))
    return SK_EXIT_INVALID;
  if ((lib = open_library ()) == NULL)
    return SK_EXIT_INVALID;
  if ((tables = sk_ranking_library_list (lib, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return SK_EXIT_INVALID;
    }
  if (tables->len == 0)
    {
      printf ("%s\n", _("The ranking library has no tables."));
      return SK_EXIT_OK;
    }
  for (guint i = 0; i < tables->len; i++)
    {
      SkRankingTable *t = tables->pdata[i];
      g_autofree char *title = sk_ranking_table_title (t);
      g_autofree char *rows = g_strdup_printf (ngettext ("%u row", "%u rows", t->n_rows), t->n_rows);

      printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%s\n", t->id, title,
              t->subject ? _("by subject") : _("overall"), rows, t->source_file, t->loaded_at);
    }
  return SK_EXIT_OK;
}

static int
cmd_remove (int argc, char **argv)
{
  g_autoptr (GOptionContext) context = new_context (_("ID — remove a table from the ranking library"), NULL);
  g_autoptr (SkRankingLibrary) lib = NULL;
  g_autoptr (GError) error = NULL;
  gint64 id;
  char *end = NULL;

  if (!sk_cli_parse (context, &argc, &argv))
    return SK_EXIT_INVALID;
  if (argc != 2 || (id = g_ascii_strtoll (argv[1], &end, 10)) <= 0 || *end)
    {
      g_printerr ("%s\n", _("Name the table to remove by its number (see “rankings list”)."));
      return SK_EXIT_INVALID;
    }
  if ((lib = open_library ()) == NULL)
    return SK_EXIT_INVALID;
  if (!sk_ranking_library_remove (lib, id, &error))
    {
      g_printerr ("%s\n", error->message);
      return SK_EXIT_INVALID;
    }
  return SK_EXIT_OK;
}

/* ---- match ---- */

static GPtrArray *
foreign_partners (SkProposal *p)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *insts = sk_proposal_get_records (p, SK_KIND_INSTITUTION);

  for (guint i = 0; i < g_list_model_get_n_items (insts); i++)
    {
      SkRecord *inst = g_list_model_get_item (insts, i);
      if (g_strcmp0 (sk_record_get_string (inst, "role"), "foreign_ohpe") == 0)
        g_ptr_array_add (out, inst);
      else
        g_object_unref (inst);
    }
  return out;
}

static const char *
kind_code (SkRankingMatchKind kind)
{
  switch (kind)
    {
    case SK_RANKING_MATCH_ALIAS:
      return "alias";
    case SK_RANKING_MATCH_EXACT:
      return "exact";
    default:
      return "similar";
    }
}

static const char *
kind_label (SkRankingMatchKind kind)
{
  switch (kind)
    {
    case SK_RANKING_MATCH_ALIAS:
      return _("confirmed alias");
    case SK_RANKING_MATCH_EXACT:
      return _("same name");
    default:
      return _("similar name, to be confirmed");
    }
}

static GPtrArray *
verification (SkProposal *p, const SkRankings *rankings)
{
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  SkCheckOptions options = { .rankings = rankings };
  g_autoptr (GPtrArray) all = sk_check (p, rules, &options);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < all->len; i++)
    {
      const char *id = sk_finding_get_check_id (all->pdata[i]);
      if (g_str_equal (id, "ranking-mismatch") || g_str_equal (id, "ranking-unverified"))
        g_ptr_array_add (out, g_object_ref (all->pdata[i]));
    }
  return out;
}

static void
print_match_text (SkProposal *p, const SkRankings *rankings, GPtrArray *partners, GPtrArray *found)
{
  for (guint i = 0; i < partners->len; i++)
    {
      SkRecord *inst = partners->pdata[i];

      printf ("%" G_GINT64_FORMAT "\t%s (%s)\n", sk_record_get_id (inst),
              sk_record_display_name (inst, sk_get_content_language ()), sk_record_get_string (inst, "country"));
      for (guint k = 0; k < rankings->tables->len; k++)
        {
          const SkRankingTable *t = rankings->tables->pdata[k];
          g_autoptr (GPtrArray) cands = sk_ranking_candidates (rankings, t, inst);
          g_autofree char *title = sk_ranking_table_title (t);

          if (cands->len == 0)
            printf ("  %s: %s\n", title, _("not found"));
          for (guint c = 0; c < cands->len; c++)
            {
              const SkRankingCandidate *cand = cands->pdata[c];
              /* the table, the rank as published, the name in the table,
               * where (table id:row, for --confirm) and how it matched */
              printf ("  %s: %s “%s” (%" G_GINT64_FORMAT ":%u, %s)\n", title, cand->row->rank_text,
                      cand->row->name, t->id, cand->row->row, kind_label (cand->kind));
            }
        }
    }
  if (found->len)
    printf ("\n");
  for (guint i = 0; i < found->len; i++)
    printf ("%s: %s\n", sk_severity_label (sk_finding_get_severity (found->pdata[i]), NULL),
            sk_finding_get_message (found->pdata[i]));
}

static void
print_match_json (const SkRankings *rankings, GPtrArray *partners, GPtrArray *found)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "partners");
  json_builder_begin_array (b);
  for (guint i = 0; i < partners->len; i++)
    {
      SkRecord *inst = partners->pdata[i];

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_int_value (b, sk_record_get_id (inst));
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, sk_record_display_name (inst, "en"));
      json_builder_set_member_name (b, "tables");
      json_builder_begin_array (b);
      for (guint k = 0; k < rankings->tables->len; k++)
        {
          const SkRankingTable *t = rankings->tables->pdata[k];
          g_autoptr (GPtrArray) cands = sk_ranking_candidates (rankings, t, inst);
          const SkRankingCandidate *sure = sk_ranking_unambiguous (cands, FALSE);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "table");
          json_builder_add_int_value (b, t->id);
          json_builder_set_member_name (b, "publisher");
          json_builder_add_string_value (b, t->publisher);
          json_builder_set_member_name (b, "year");
          json_builder_add_int_value (b, t->year);
          json_builder_set_member_name (b, "subject");
          if (t->subject)
            json_builder_add_string_value (b, t->subject);
          else
            json_builder_add_null_value (b);
          json_builder_set_member_name (b, "unambiguous");
          json_builder_add_boolean_value (b, sure != NULL);
          json_builder_set_member_name (b, "candidates");
          json_builder_begin_array (b);
          for (guint c = 0; c < cands->len; c++)
            {
              const SkRankingCandidate *cand = cands->pdata[c];
              json_builder_begin_object (b);
              json_builder_set_member_name (b, "row");
              json_builder_add_int_value (b, cand->row->row);
              json_builder_set_member_name (b, "rank");
              json_builder_add_string_value (b, cand->row->rank_text);
              json_builder_set_member_name (b, "name");
              json_builder_add_string_value (b, cand->row->name);
              json_builder_set_member_name (b, "match");
              json_builder_add_string_value (b, kind_code (cand->kind));
              json_builder_set_member_name (b, "score");
              json_builder_add_double_value (b, cand->score);
              json_builder_end_object (b);
            }
          json_builder_end_array (b);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "verification");
  json_builder_begin_array (b);
  for (guint i = 0; i < found->len; i++)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "check");
      json_builder_add_string_value (b, sk_finding_get_check_id (found->pdata[i]));
      json_builder_set_member_name (b, "severity");
      json_builder_add_string_value (b, sk_severity_name (sk_finding_get_severity (found->pdata[i])));
      json_builder_set_member_name (b, "entry");
      json_builder_add_int_value (b, sk_finding_get_record_id (found->pdata[i]));
      json_builder_set_member_name (b, "message");
      json_builder_add_string_value (b, sk_finding_get_message (found->pdata[i]));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  text = json_generator_to_data (gen, NULL);
  printf ("%s\n", text);
}

static int
cmd_match (int argc, char **argv)
{
  g_autofree char *format = NULL;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("Output format: text (default) or json"), N_("FORMAT") },
    { NULL }
  };
  g_autoptr (GOptionContext) context = new_context (_("PROPOSAL — the rows of the loaded tables that match each foreign partner, and the verification of the proposal's ranking entries"), entries);
  g_autoptr (SkRankings) rankings = NULL;
  g_autoptr (SkProposal) p = NULL;
  g_autoptr (GPtrArray) partners = NULL;
  g_autoptr (GPtrArray) found = NULL;
  g_autoptr (GError) error = NULL;

  if (!sk_cli_parse (context, &argc, &argv))
    return SK_EXIT_INVALID;
  if (argc != 2 || (format && strcmp (format, "text") != 0 && strcmp (format, "json") != 0))
    {
      g_printerr ("%s\n", _("Name one proposal file; the format is text or json."));
      return SK_EXIT_INVALID;
    }
  if ((rankings = load_library ()) == NULL)
    return SK_EXIT_INVALID;
  if ((p = sk_proposal_open (argv[1], SK_OPEN_READ_ONLY, &error)) == NULL)
    {
      sk_cli_report (argv[1], error);
      return SK_EXIT_INVALID;
    }
  partners = foreign_partners (p);
  found = verification (p, rankings);
  if (format && strcmp (format, "json") == 0)
    print_match_json (rankings, partners, found);
  else
    print_match_text (p, rankings, partners, found);
  /* entries not verified are notes; an entry that disagrees or is not
   * found is a finding */
  for (guint i = 0; i < found->len; i++)
    if (g_str_equal (sk_finding_get_check_id (found->pdata[i]), "ranking-mismatch"))
      return SK_EXIT_FINDINGS;
  return SK_EXIT_OK;
}

/* ---- apply ---- */

static const SkRankingRow *
table_row (const SkRankings *r, gint64 table_id, guint row, const SkRankingTable **table)
{
  for (guint k = 0; k < r->tables->len; k++)
    {
      const SkRankingTable *t = r->tables->pdata[k];
      if (t->id != table_id)
        continue;
      for (guint i = 0; i < t->rows->len; i++)
        if (((SkRankingRow *) t->rows->pdata[i])->row == row)
          {
            *table = t;
            return t->rows->pdata[i];
          }
    }
  return NULL;
}

/* "12=3:145": institution 12 is row 145 of table 3; remembered as an
 * alias of each of its names. */
static gboolean
confirm (SkRankingLibrary *lib, SkRankings *rankings, SkProposal *p, const char *spec)
{
  g_autoptr (GError) error = NULL;
  gint64 inst_id = 0, table_id = 0;
  guint row = 0;
  const SkRankingTable *t = NULL;
  const SkRankingRow *r = NULL;
  SkRecord *inst;
  int consumed = 0;

  if (sscanf (spec, "%" G_GINT64_FORMAT "=%" G_GINT64_FORMAT ":%u%n", &inst_id, &table_id, &row, &consumed) != 3 ||
      spec[consumed] != '\0' ||
      (inst = sk_proposal_lookup (p, SK_KIND_INSTITUTION, inst_id)) == NULL ||
      (r = table_row (rankings, table_id, row, &t)) == NULL)
    {
      /* TRANSLATORS: keep INSTITUTION=TABLE:ROW as it is */
      g_printerr (_("“%s” does not name an institution of the proposal and a row of a loaded table (INSTITUTION=TABLE:ROW).\n"), spec);
      return FALSE;
    }
  if (!sk_ranking_remember (lib, rankings, inst, r, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

static int
cmd_apply (int argc, char **argv)
{
  g_auto (GStrv) confirms = NULL;
  const GOptionEntry entries[] = {
    { "confirm", 0, 0, G_OPTION_ARG_STRING_ARRAY, &confirms, N_("Confirm that an institution is a row of a table (remembered as an alias)"), N_("INSTITUTION=TABLE:ROW") },
    { NULL }
  };
  g_autoptr (GOptionContext) context = new_context (_("PROPOSAL — write the confirmed and unambiguous matches as ranking entries (one undo step)"), entries);
  g_autoptr (SkRankingLibrary) lib = NULL;
  g_autoptr (SkRankings) rankings = NULL;
  g_autoptr (SkProposal) p = NULL;
  g_autoptr (GError) error = NULL;
  int written;

  if (!sk_cli_parse (context, &argc, &argv))
    return SK_EXIT_INVALID;
  if (argc != 2)
    {
      g_printerr ("%s\n", _("Name one proposal file."));
      return SK_EXIT_INVALID;
    }
  if ((lib = open_library ()) == NULL)
    return SK_EXIT_INVALID;
  if ((rankings = sk_ranking_library_load (lib, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return SK_EXIT_INVALID;
    }
  if ((p = sk_proposal_open (argv[1], SK_OPEN_DEFAULT, &error)) == NULL)
    {
      sk_cli_report (argv[1], error);
      return SK_EXIT_INVALID;
    }
  for (guint i = 0; confirms && confirms[i]; i++)
    if (!confirm (lib, rankings, p, confirms[i]))
      return SK_EXIT_INVALID;
  if ((written = sk_ranking_apply (p, rankings, &error)) < 0)
    {
      sk_cli_report (argv[1], error);
      return SK_EXIT_INVALID;
    }
  printf (ngettext ("%d ranking entry written.\n", "%d ranking entries written.\n", written), written);
  return SK_EXIT_OK;
}

/* ---- find ---- */

static int
cmd_find (int argc, char **argv)
{
  g_autofree char *country = NULL, *subject = NULL, *name = NULL, *add = NULL;
  int top = 500, pick = 0;
  const GOptionEntry entries[] = {
    { "country", 0, 0, G_OPTION_ARG_STRING, &country, N_("Country (a code such as DE, or its English name)"), N_("CC") },
    { "top", 0, 0, G_OPTION_ARG_INT, &top, N_("Only institutions in the TOP-N (default 500)"), N_("N") },
    { "subject", 0, 0, G_OPTION_ARG_STRING, &subject, N_("Search the tables of this subject (none: the overall tables)"), N_("NAME") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Words of the institution's name"), N_("TEXT") },
    { "add", 0, 0, G_OPTION_ARG_FILENAME, &add, N_("Add the institution chosen with --pick to this proposal as a foreign partner"), N_("PROPOSAL") },
    { "pick", 0, 0, G_OPTION_ARG_INT, &pick, N_("The number of the institution in the list"), N_("N") },
    { NULL }
  };
  g_autoptr (GOptionContext) context = new_context (_("— institutions of the loaded tables in the TOP-N, by country, name and subject"), entries);
  g_autoptr (SkRankings) rankings = NULL;
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GError) error = NULL;

  if (!sk_cli_parse (context, &argc, &argv))
    return SK_EXIT_INVALID;
  if (argc != 1 || top < 1 || (add != NULL) != (pick > 0))
    {
      g_printerr ("%s\n", _("Give the country (--country), optionally --top N, --subject and --name; to add a partner, both --add PROPOSAL and --pick N."));
      return SK_EXIT_INVALID;
    }
  if ((rankings = load_library ()) == NULL)
    return SK_EXIT_INVALID;
  hits = sk_ranking_find (rankings, country, name, top, subject);
  if (add)
    {
      g_autoptr (SkProposal) p = NULL;
      gint64 id;

      if ((guint) pick > hits->len)
        {
          g_printerr ("%s\n", _("There is no institution with that number in the list."));
          return SK_EXIT_INVALID;
        }
      if ((p = sk_proposal_open (add, SK_OPEN_DEFAULT, &error)) == NULL ||
          (id = sk_ranking_add_partner (p, hits->pdata[pick - 1], &error)) == 0)
        {
          sk_cli_report (add, error);
          return SK_EXIT_INVALID;
        }
      {
        g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);
        /* TRANSLATORS: a university, then the number of the new institution record */
        printf (_("“%s” added as a foreign partner (institution %s).\n"),
                ((SkRankingHit *) hits->pdata[pick - 1])->name, number);
      }
      return SK_EXIT_OK;
    }
  for (guint i = 0; i < hits->len; i++)
    {
      SkRankingHit *hit = hits->pdata[i];
      printf ("%u\t%s\t%s", i + 1, hit->name, hit->country_code ? hit->country_code : "");
      for (guint k = 0; k < hit->rows->len; k++)
        {
          const SkRankingCandidate *c = hit->rows->pdata[k];
          g_autofree char *title = sk_ranking_table_title (c->table);
          printf ("\t%s %s", title, c->row->rank_text);
        }
      printf ("\n");
    }
  return SK_EXIT_OK;
}

/* ---- the command ---- */

int
sk_cli_rankings (int argc, char **argv)
{
  static const struct {
    const char *name;
    int (*run) (int argc, char **argv);
  } subcommands[] = {
    { "import", cmd_import }, { "list", cmd_list }, { "remove", cmd_remove },
    { "match", cmd_match }, { "apply", cmd_apply }, { "find", cmd_find },
  };

  if (argc >= 2)
    for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
      if (strcmp (argv[1], subcommands[i].name) == 0)
        {
          g_autofree char *prgname = g_strdup_printf ("seriktes-cli rankings %s", subcommands[i].name);
          g_set_prgname (prgname);
          return subcommands[i].run (argc - 1, argv + 1);
        }
  g_printerr ("%s\n", _("Usage: seriktes-cli rankings import|list|remove|match|apply|find … (--help after each for its options)"));
  return argc >= 2 && (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0)
         ? SK_EXIT_OK : SK_EXIT_INVALID;
}
