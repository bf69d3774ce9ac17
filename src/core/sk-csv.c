/* sk-csv.c: reading a staff list from a CSV table */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sk-csv.h"
#include "sk-error.h"
#include "sk-file.h"
#include "sk-summary.h"

#define MAX_FIELDS 64
#define MAX_ROWS 200000

void
sk_csv_row_free (SkCsvRow *row)
{
  g_clear_object (&row->record);
  g_free (row->error);
  g_free (row);
}

static char
detect_separator (const char *data, gsize length)
{
  guint commas = 0, semicolons = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (gsize i = 0; i < length && (quoted || (data[i] != '\n' && data[i] != '\r')); i++)
    {
      if (data[i] == '"')
        quoted = !quoted;
      else if (!quoted)
        {
          commas += data[i] == ',';
          semicolons += data[i] == ';';
          tabs += data[i] == '\t';
        }
    }
  if (semicolons > commas && semicolons >= tabs)
    return ';';
  if (tabs > commas)
    return '\t';
  return ',';
}

GPtrArray *
sk_csv_parse (const char *data, gsize length, GError **error)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GPtrArray) row = NULL;
  g_autoptr (GString) field = g_string_new (NULL);
  gboolean quoted = FALSE, field_started = FALSE;
  char sep;
  gsize i = 0;

  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   _("The table is not UTF-8 text. Save it as “CSV UTF-8” and try again."));
      return NULL;
    }
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    i = 3;
  sep = detect_separator (data + i, length - i);
  row = g_ptr_array_new_with_free_func (g_free);

  for (; i <= length; i++)
    {
      char c = i < length ? data[i] : '\n';

      if (quoted)
        {
          if (i == length)
            {
              g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                           _("The table ends inside a quoted field."));
              return NULL;
            }
          if (c == '"' && i + 1 < length && data[i + 1] == '"')
            {
              g_string_append_c (field, '"');
              i++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, c);
          continue;
        }
      if (c == '"' && !field_started)
        {
          quoted = field_started = TRUE;
          continue;
        }
      if (c == sep || c == '\n' || c == '\r')
        {
          if (row->len >= MAX_FIELDS)
            {
              g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                           g_dngettext (GETTEXT_PACKAGE, "A row of the table has more than %d column.",
                                        "A row of the table has more than %d columns.", MAX_FIELDS),
                           MAX_FIELDS);
              return NULL;
            }
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          field_started = FALSE;
          if (c != sep)
            {
              if (c == '\r' && i + 1 < length && data[i + 1] == '\n')
                i++;
              if (!(row->len == 1 && *(char *) row->pdata[0] == '\0'))
                {
                  if (rows->len >= MAX_ROWS)
                    {
                      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                                   g_dngettext (GETTEXT_PACKAGE, "The table has more than %d row.",
                                                "The table has more than %d rows.", MAX_ROWS),
                                   MAX_ROWS);
                      return NULL;
                    }
                  g_ptr_array_add (rows, g_steal_pointer (&row));
                }
              else
                g_ptr_array_set_size (row, 0);
              if (row == NULL)
                row = g_ptr_array_new_with_free_func (g_free);
            }
          continue;
        }
      g_string_append_c (field, c);
      field_started = TRUE;
    }
  return g_steal_pointer (&rows);
}

/* ---- the staff list ---- */

typedef enum {
  COL_NAME, COL_SIDE, COL_INSTITUTION, COL_CITIZENSHIP, COL_DEGREE, COL_TITLE,
  COL_TEACHING, COL_PRACTICE, COL_FTE, N_COLS
} Column;

/* Header names, folded to lower case, in en, ru and kk. */
static const char * const headers[N_COLS][8] = {
  [COL_NAME] = { "name", "full name", "фио", "ф.и.о.", "имя", "аты-жөні", "толық аты", NULL },
  [COL_SIDE] = { "side", "сторона", "тарап", NULL },
  [COL_INSTITUTION] = { "institution", "home institution", "university", "организация", "вуз", "ұйым", "жоо", NULL },
  [COL_CITIZENSHIP] = { "citizenship", "country", "гражданство", "азаматтығы", NULL },
  [COL_DEGREE] = { "degree", "степень", "учёная степень", "ученая степень", "дәрежесі", "ғылыми дәрежесі", NULL },
  [COL_TITLE] = { "title", "academic title", "звание", "учёное звание", "ученое звание", "атағы", NULL },
  [COL_TEACHING] = { "teaching years", "teaching", "стаж преподавания", "педагогический стаж", "оқыту өтілі", "педагогикалық өтілі", NULL },
  [COL_PRACTICE] = { "practice years", "practice", "стаж практической работы", "практический стаж", "практикалық өтілі", NULL },
  [COL_FTE] = { "fte", "ставка", "ставки", "штаттық бірлік", NULL },
};

static const char * const fields[N_COLS] = {
  "name", "side", "institution_id", "citizenship", "degree", "academic_title",
  "teaching_years", "practice_years", "fte_milli",
};

static int
column_of (const char *header)
{
  g_autofree char *folded = g_utf8_strdown (header, -1);

  g_strstrip (folded);
  for (int c = 0; c < N_COLS; c++)
    for (int k = 0; headers[c][k]; k++)
      if (g_str_equal (folded, headers[c][k]))
        return c;
  return -1;
}

/* An enum field's code from a code or a label in any language. */
static const char *
enum_code (const SkField *field, const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (const SkEnumValue *v = field->enum_values; v->code; v++)
    {
      g_autofree char *label = g_utf8_casefold (_(v->label), -1);
      g_autofree char *english = g_utf8_casefold (v->label, -1);
      if (g_str_equal (folded, v->code) || g_str_equal (folded, label) || g_str_equal (folded, english))
        return v->code;
    }
  return NULL;
}

static gint64
institution_by_name (SkProposal *proposal, const char *text)
{
  GListModel *all = sk_proposal_get_records (proposal, SK_KIND_INSTITUTION);
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (all, i);
      const char *short_name = sk_record_get_string (r, "short_name");

      for (guint l = 0; l < SK_N_LANGUAGES; l++)
        {
          const char *name = sk_record_get_text3 (r, "name", sk_content_languages[l], FALSE, NULL);
          g_autofree char *n = name ? g_utf8_casefold (name, -1) : NULL;
          if (n && g_str_equal (n, folded))
            return sk_record_get_id (r);
        }
      if (short_name)
        {
          g_autofree char *n = g_utf8_casefold (short_name, -1);
          if (g_str_equal (n, folded))
            return sk_record_get_id (r);
        }
    }
  return 0;
}

/* A number as people write it in a table: digits with at most one decimal
 * point or comma ("1", "0.5", "0,75", ".5"). No sign, exponent, hex,
 * "nan" or "inf": strtod alone would take them, and a NaN passes every
 * range test to reach the conversion to an integer. With @skip_spaces,
 * spaces between the digits are left out ("1 000"). */
gboolean
sk_csv_parse_number (const char *text, double scale, gboolean skip_spaces, gint64 *out)
{
  char s[32];
  gsize n = 0, digits = 0;
  gboolean point = FALSE;
  double x;

  for (const char *p = text; *p; p++)
    {
      if (skip_spaces && *p == ' ')
        continue;
      if (n + 1 >= sizeof s)
        return FALSE;
      if (g_ascii_isdigit (*p))
        digits++;
      else if ((*p == '.' || *p == ',') && !point)
        point = TRUE;
      else
        return FALSE;
      s[n++] = *p == ',' ? '.' : *p;
    }
  s[n] = '\0';
  if (digits == 0)
    return FALSE;
  x = g_ascii_strtod (s, NULL) * scale;
  if (!isfinite (x) || x < 0 || x > 1e9)
    return FALSE;
  *out = (gint64) (x + 0.5);
  return TRUE;
}

/* A cell as quoted in a message: a long one is cut short, so that a
 * hostile table cannot make messages of megabytes. */
static char *
shown (const char *text)
{
  const char *end = text;

  for (int n = 0; n < 60 && *end; n++)
    end = g_utf8_next_char (end);
  if (*end == '\0')
    return g_strdup (text);
  return g_strdup_printf ("%.*s…", (int) (end - text), text);
}

/* The value of one cell, or NULL and a message. */
static GVariant *
cell_value (SkProposal *proposal, const SkKind *kind, Column col, const char *text, char **message)
{
  const SkField *f = sk_kind_field (kind, fields[col]);
  gint64 n;

  switch (col)
    {
    case COL_SIDE:
    case COL_DEGREE:
    case COL_TITLE:
      {
        const char *code = enum_code (f, text);
        if (code)
          return g_variant_new_string (code);
        {
          g_autofree char *cell = shown (text);
          *message = g_strdup_printf (_("“%s” is not a value of “%s”."), cell, _(f->label));
        }
        return NULL;
      }
    case COL_INSTITUTION:
      if ((n = institution_by_name (proposal, text)))
        return g_variant_new_int64 (n);
      {
        g_autofree char *cell = shown (text);
        *message = g_strdup_printf (_("There is no institution “%s” in the proposal."), cell);
      }
      return NULL;
    case COL_TEACHING:
    case COL_PRACTICE:
    case COL_FTE:
      if (sk_csv_parse_number (text, col == COL_FTE ? 1000 : 1, FALSE, &n))
        return g_variant_new_int64 (n);
      {
        g_autofree char *cell = shown (text);
        *message = g_strdup_printf (_("“%s” is not a number (column “%s”)."), cell, _(f->label));
      }
      return NULL;
    case COL_NAME:
    case COL_CITIZENSHIP:
    default:
      return g_variant_new_string (text);
    }
}

GPtrArray *
sk_csv_read_staff (SkProposal *proposal, const char *data, gsize length, GError **error)
{
  g_autoptr (GPtrArray) table = sk_csv_parse (data, length, error);
  g_autoptr (GPtrArray) result = NULL;
  const SkKind *kind = sk_schema_kind (SK_KIND_STAFF);
  int map[MAX_FIELDS];
  GPtrArray *header;
  gboolean has_name = FALSE, has_side = FALSE;

  if (table == NULL)
    return NULL;
  if (table->len == 0)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE, _("The table is empty."));
      return NULL;
    }
  header = table->pdata[0];
  for (guint c = 0; c < header->len; c++)
    {
      map[c] = column_of (header->pdata[c]);
      has_name |= map[c] == COL_NAME;
      has_side |= map[c] == COL_SIDE;
    }
  if (!has_name || !has_side)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   _("The first row of the table does not name the columns “name” and “side”. Name the columns: name, side, institution, citizenship, degree, title, teaching years, practice years, FTE."));
      return NULL;
    }

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_csv_row_free);
  for (guint r = 1; r < table->len; r++)
    {
      GPtrArray *cells = table->pdata[r];
      SkCsvRow *row = g_new0 (SkCsvRow, 1);
      g_autoptr (SkRecord) record = sk_record_new (kind);
      g_autoptr (GError) local = NULL;

      row->line = r + 1;
      g_ptr_array_add (result, row);
      sk_record_set_int (record, "fte_milli", 1000);
      for (guint c = 0; c < cells->len && c < header->len && row->error == NULL; c++)
        {
          g_autofree char *text = g_strstrip (g_strdup (cells->pdata[c]));
          GVariant *v;

          if (map[c] < 0 || *text == '\0')
            continue;
          v = cell_value (proposal, kind, (Column) map[c], text, &row->error);
          if (v)
            sk_record_set_value (record, fields[map[c]], v);
        }
      if (row->error)
        continue;
      for (guint i = 0; i < kind->n_fields && local == NULL; i++)
        sk_field_validate (&kind->fields[i], sk_record_get_value_at (record, i), &local);
      if (local)
        row->error = g_strdup (local->message);
      else
        row->record = g_steal_pointer (&record);
    }
  return g_steal_pointer (&result);
}

GPtrArray *
sk_csv_read_staff_file (SkProposal *proposal, const char *path, GError **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;
  g_autoptr (GError) local = NULL;

  if (!sk_file_read_bounded (path, SK_CSV_MAX_BYTES, &data, &length, &local))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO,
                   _("The file could not be read: %s"), local->message);
      return NULL;
    }
  return sk_csv_read_staff (proposal, data, length, error);
}
