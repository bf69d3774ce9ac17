/* sk-table-export.c: tables of a proposal as CSV or XLSX */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "sk-check.h"
#include "sk-error.h"
#include "sk-i18n.h"
#include "sk-init.h"
#include "sk-plan.h"
#include "sk-table-export.h"

static const char * const table_names[] = { "staff", "financing", "indicators", "findings", NULL };

const char * const *
sk_export_table_names (void)
{
  return table_names;
}

static const char *
label_of (const SkKind *kind, const char *field, const char *lang)
{
  return sk_tr (lang, sk_kind_field (kind, field)->label);
}

static const char *
enum_text (SkRecord *r, const char *field, const char *lang)
{
  const SkField *f = sk_kind_field (sk_record_get_kind (r), field);
  const SkEnumValue *v = sk_field_enum_value (f, sk_record_get_string (r, field));
  return v ? sk_tr (lang, v->label) : "";
}

static char *
decimal_text (double value, const char *lang)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  const char *l = lang ? lang : sk_get_content_language ();

  g_ascii_formatd (buf, sizeof buf, "%.3f", value);
  /* 1.000 → 1, 0.250 → 0.25 */
  for (gsize n = strlen (buf); n > 0 && (buf[n - 1] == '0' || buf[n - 1] == '.'); n--)
    {
      gboolean point = buf[n - 1] == '.';
      buf[n - 1] = '\0';
      if (point)
        break;
    }
  if (g_strcmp0 (l, "en") != 0)
    for (char *p = buf; *p; p++)
      if (*p == '.')
        *p = ',';
  return g_strdup (buf);
}

static void
add (GStrvBuilder *b, const char *s)
{
  g_strv_builder_add (b, s ? s : "");
}

static void
take (GStrvBuilder *b, char *s)
{
  g_strv_builder_add (b, s);
  g_free (s);
}

static GPtrArray *
staff_table (SkProposal *proposal, const char *lang)
{
  const SkKind *kind = sk_schema_kind (SK_KIND_STAFF);
  static const char * const fields[] = {
    "name", "side", "institution_id", "citizenship", "degree", "academic_title",
    "teaching_years", "practice_years", "fte_milli",
  };
  GPtrArray *table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GListModel *staff = sk_proposal_get_records (proposal, SK_KIND_STAFF);
  GListModel *assignments = sk_proposal_get_records (proposal, SK_KIND_ASSIGNMENT);
  g_autoptr (GHashTable) hours = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr (GStrvBuilder) head = g_strv_builder_new ();
  const char *conv = lang ? lang : sk_get_content_language ();

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr (SkRecord) a = g_list_model_get_item (assignments, i);
      gint64 id = sk_record_get_int (a, "staff_id", 0);
      gint64 *sum = g_hash_table_lookup (hours, &id);
      if (sum == NULL)
        {
          sum = g_new0 (gint64, 1);
          g_hash_table_insert (hours, g_memdup2 (&id, sizeof id), sum);
        }
      *sum += sk_record_get_int (a, "hours", 0);
    }
  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    add (head, f == 8 ? sk_tr (lang, "Full-time equivalent") : label_of (kind, fields[f], lang));
  add (head, sk_tr (lang, "Teaching hours per year"));
  g_ptr_array_add (table, g_strv_builder_end (head));

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (staff, i);
      g_autoptr (GStrvBuilder) b = g_strv_builder_new ();
      gint64 id = sk_record_get_id (r);
      gint64 *sum = g_hash_table_lookup (hours, &id);
      SkRecord *inst = sk_proposal_lookup (proposal, SK_KIND_INSTITUTION, sk_record_get_int (r, "institution_id", 0));

      add (b, sk_record_get_string (r, "name"));
      add (b, enum_text (r, "side", lang));
      add (b, inst ? sk_record_get_text3 (inst, "name", conv, TRUE, NULL) : "");
      add (b, sk_record_get_string (r, "citizenship"));
      add (b, enum_text (r, "degree", lang));
      add (b, enum_text (r, "academic_title", lang));
      take (b, sk_record_is_set (r, "teaching_years")
                 ? g_strdup_printf ("%" G_GINT64_FORMAT, sk_record_get_int (r, "teaching_years", 0)) : g_strdup (""));
      take (b, sk_record_is_set (r, "practice_years")
                 ? g_strdup_printf ("%" G_GINT64_FORMAT, sk_record_get_int (r, "practice_years", 0)) : g_strdup (""));
      take (b, decimal_text ((double) sk_record_get_int (r, "fte_milli", 0) / 1000.0, lang));
      take (b, g_strdup_printf ("%" G_GINT64_FORMAT, sum ? *sum : 0));
      g_ptr_array_add (table, g_strv_builder_end (b));
    }
  return table;
}

static GPtrArray *
findings_table (SkProposal *proposal, SkRuleSet *rules, const char *lang)
{
  g_autoptr (SkRuleSet) fallback = rules ? NULL : sk_rule_set_new_default ();
  SkCheckOptions options = { 0 };
  g_autoptr (GPtrArray) findings = NULL;
  GPtrArray *table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr (GStrvBuilder) head = g_strv_builder_new ();

  options.language = lang;
  options.messages_language = lang;
  findings = sk_check (proposal, rules ? rules : fallback, &options);
  add (head, sk_tr (lang, "Severity"));
  add (head, sk_tr (lang, "Check"));
  add (head, sk_tr (lang, "Finding"));
  add (head, sk_tr (lang, "What would comply"));
  add (head, sk_tr (lang, "Reference"));
  add (head, sk_tr (lang, "Record"));
  g_ptr_array_add (table, g_strv_builder_end (head));
  for (guint i = 0; i < findings->len; i++)
    {
      SkFinding *f = findings->pdata[i];
      g_autoptr (GStrvBuilder) b = g_strv_builder_new ();
      const SkKind *kind = sk_schema_kind (sk_finding_get_kind (f));

      add (b, sk_severity_label (sk_finding_get_severity (f), lang));
      add (b, sk_finding_get_check_id (f));
      add (b, sk_finding_get_message (f));
      take (b, g_strjoinv ("\n", (char **) sk_finding_get_suggestions (f)));
      add (b, sk_finding_get_reference (f));
      take (b, g_strdup_printf ("%s %" G_GINT64_FORMAT, sk_tr (lang, kind->label), sk_finding_get_record_id (f)));
      g_ptr_array_add (table, g_strv_builder_end (b));
    }
  return table;
}

GPtrArray *
sk_export_table (SkProposal *proposal, const char *table, SkRuleSet *rules, const char *lang,
                 GError **error)
{
  if (g_strcmp0 (table, "staff") == 0)
    return staff_table (proposal, lang);
  if (g_strcmp0 (table, "findings") == 0)
    return findings_table (proposal, rules, lang);
  if (g_strcmp0 (table, "financing") == 0 || g_strcmp0 (table, "indicators") == 0)
    {
      g_autoptr (SkGrid) grid = sk_grid_new (proposal, table[0] == 'f' ? SK_GRID_FINANCING : SK_GRID_INDICATORS, lang);
      return sk_grid_table (grid);
    }
  g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
               _("Unknown table “%s”: use staff, financing, indicators or findings."), table ? table : "");
  return NULL;
}

/* ---- writing ---- */

/* A number as the table gives it (digits, one decimal mark of @lang, a
 * minus), for a numeric cell of the workbook. */
static gboolean
as_number (const char *s, const char *lang, double *out)
{
  char buf[40];
  gsize n = 0;
  gboolean point = FALSE;
  char mark = g_strcmp0 (lang ? lang : sk_get_content_language (), "en") == 0 ? '.' : ',';

  if (*s == '-')
    buf[n++] = *s++;
  if (!g_ascii_isdigit (*s))
    return FALSE;
  for (; *s; s++)
    {
      if (n + 1 >= sizeof buf)
        return FALSE;
      if (g_ascii_isdigit (*s))
        buf[n++] = *s;
      else if (*s == mark && !point)
        {
          point = TRUE;
          buf[n++] = '.';
        }
      else
        return FALSE;
    }
  buf[n] = '\0';
  *out = g_ascii_strtod (buf, NULL);
  return TRUE;
}

static char *
csv_text (GPtrArray *table, const char *lang)
{
  GString *out = g_string_new ("\xef\xbb\xbf");
  char sep = g_strcmp0 (lang ? lang : sk_get_content_language (), "en") == 0 ? ',' : ';';

  for (guint r = 0; r < table->len; r++)
    {
      char **cells = table->pdata[r];
      for (guint c = 0; cells[c]; c++)
        {
          const char *s = cells[c];
          double x;
          /* A text a spreadsheet would run as a formula is kept text. */
          gboolean formula = strchr ("=+-@", s[0]) && s[0] && !as_number (s, lang, &x);
          gboolean quote = formula || strchr (s, sep) || strchr (s, '"') || strchr (s, '\n') || strchr (s, '\r');

          if (c > 0)
            g_string_append_c (out, sep);
          if (quote)
            g_string_append_c (out, '"');
          if (formula)
            g_string_append_c (out, '\'');
          for (const char *p = s; *p; p++)
            {
              if (*p == '"')
                g_string_append_c (out, '"');
              g_string_append_c (out, *p);
            }
          if (quote)
            g_string_append_c (out, '"');
        }
      g_string_append (out, "\r\n");
    }
  return g_string_free (out, FALSE);
}

static gboolean
write_xlsx (GPtrArray *table, const char *path, const char *lang, GError **error)
{
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws;
  lxw_format *bold;
  lxw_error err;

  if (wb == NULL)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO, _("The workbook could not be written."));
      return FALSE;
    }
  ws = workbook_add_worksheet (wb, NULL);
  bold = workbook_add_format (wb);
  format_set_bold (bold);
  for (guint r = 0; r < table->len && r <= LXW_ROW_MAX; r++)
    {
      char **cells = table->pdata[r];
      for (guint c = 0; cells[c] && c < LXW_COL_MAX; c++)
        {
          double x;
          if (r > 0 && as_number (cells[c], lang, &x))
            worksheet_write_number (ws, r, (lxw_col_t) c, x, NULL);
          else if (*cells[c])
            worksheet_write_string (ws, r, (lxw_col_t) c, cells[c], r == 0 ? bold : NULL);
        }
    }
  if ((err = workbook_close (wb)) != LXW_NO_ERROR)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO,
                   _("The workbook could not be written: %s"), lxw_strerror (err));
      return FALSE;
    }
  return TRUE;
}

gboolean
sk_export_write (GPtrArray *table, const char *path, const char *lang, GError **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp = NULL;
  g_autoptr (GError) local = NULL;
  gboolean xlsx = g_str_has_suffix (lower, ".xlsx");
  gboolean ok;

  if (!xlsx && !g_str_has_suffix (lower, ".csv"))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   _("Name the file with .csv or .xlsx at the end: that is the format written."));
      return FALSE;
    }
  /* Written beside the target and renamed into place. */
  tmp = g_strdup_printf ("%s/.%s.%u.tmp", dir, base, g_random_int ());
  if (xlsx)
    ok = write_xlsx (table, tmp, lang, error);
  else
    {
      g_autofree char *text = csv_text (table, lang);
      ok = g_file_set_contents (tmp, text, -1, &local);
      if (!ok)
        g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO,
                     _("The file could not be written: %s"), local->message);
    }
  if (ok && g_rename (tmp, path) != 0)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO,
                   _("The file could not be written: %s"), g_strerror (errno));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (tmp);
  return ok;
}
