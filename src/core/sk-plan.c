/* sk-plan.c: the financing and indicator grids, paste and copy, the plans
 * following the term */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sk-error.h"
#include "sk-field-info.h"
#include "sk-i18n.h"
#include "sk-init.h"
#include "sk-format.h"
#include "sk-plan.h"
#include "sk-summary.h"

#define MAX_AMOUNT G_GINT64_CONSTANT (1000000000000000)
#define MAX_VALUE 1e15

/* ---- numbers ---- */

static char
decimal_mark (const char *lang)
{
  if (lang == NULL)
    lang = sk_get_content_language ();
  return g_strcmp0 (lang, "en") == 0 ? '.' : ',';
}

/* A cell quoted in a message: a long one cut short. */
static char *
quoted (const char *text)
{
  const char *end = text;

  for (int n = 0; n < 40 && *end; n++)
    end = g_utf8_next_char (end);
  if (*end == '\0')
    return g_strdup (text);
  return g_strdup_printf ("%.*s…", (int) (end - text), text);
}

static gboolean
not_a_number (const char *text, GError **error)
{
  g_autofree char *q = quoted (text);

  g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
               _("“%s” is not a number."), q);
  return FALSE;
}

/* Digits and at most one decimal point, in ASCII, from text as typed. */
static gboolean
normalise_number (const char *text, const char *lang, char *out, gsize size, gboolean *negative,
                  GError **error)
{
  g_autoptr (GString) s = g_string_new (NULL);
  char dec = decimal_mark (lang);
  int n_point = 0, n_comma = 0;
  const char *last_sep = NULL;
  char decimal = 0;
  const char *p = text;
  gsize len = strlen (text);

  *negative = FALSE;
  /* The currency after the number. */
  while (len > 0 && g_ascii_isspace (text[len - 1]))
    len--;
  if (len >= strlen ("₸") && memcmp (text + len - strlen ("₸"), "₸", strlen ("₸")) == 0)
    len -= strlen ("₸");
  for (; p < text + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ' || c == '\t' || c == 0x00A0 || c == 0x202F || c == 0x2009 || c == '\'')
        continue;
      if ((c == '-' || c == 0x2212) && s->len == 0 && !*negative)
        {
          *negative = TRUE;
          continue;
        }
      if (c == '.' || c == ',')
        {
          n_point += c == '.';
          n_comma += c == ',';
          g_string_append_c (s, (char) c);
          continue;
        }
      if (c >= '0' && c <= '9')
        {
          g_string_append_c (s, (char) c);
          continue;
        }
      return not_a_number (text, error);
    }
  if (s->len == 0 || s->len >= size)
    return not_a_number (text, error);

  /* Which separator is the decimal mark: the last one when both are
   * there; a repeated one groups; a lone one is the language's mark,
   * or the other one unless it sets off exactly three digits. */
  last_sep = strrchr (s->str, '.') > strrchr (s->str, ',') ? strrchr (s->str, '.') : strrchr (s->str, ',');
  if (n_point && n_comma)
    decimal = *last_sep;
  else if (n_point + n_comma == 1)
    {
      gsize after = strlen (last_sep + 1), before = (gsize) (last_sep - s->str);
      if (*last_sep == dec || after != 3 || before == 0 || before > 3)
        decimal = *last_sep;
    }
  if (decimal && ((decimal == '.' && n_point > 1) || (decimal == ',' && n_comma > 1)))
    return not_a_number (text, error);

  /* Groups of three digits between the grouping separators. */
  {
    gsize j = 0, group = 0;
    gboolean grouped = FALSE, in_fraction = FALSE;

    for (const char *q = s->str; *q; q++)
      {
        if (*q == decimal && !in_fraction)
          {
            if (grouped && group != 3)
              return not_a_number (text, error);
            out[j++] = '.';
            in_fraction = TRUE;
            continue;
          }
        if (*q == '.' || *q == ',')
          {
            if (in_fraction || (grouped && group != 3) || (!grouped && (group == 0 || group > 3)))
              return not_a_number (text, error);
            grouped = TRUE;
            group = 0;
            continue;
          }
        out[j++] = *q;
        group++;
      }
    if (grouped && !in_fraction && group != 3)
      return not_a_number (text, error);
    out[j] = '\0';
    if (j == 0 || (j == 1 && out[0] == '.'))
      return not_a_number (text, error);
  }
  return TRUE;
}

gboolean
sk_plan_parse_amount (const char *text, const char *lang, gint64 *tenge, GError **error)
{
  char digits[48];
  gboolean negative;
  g_autofree char *q = NULL;
  char *point;

  if (!normalise_number (text, lang, digits, sizeof digits, &negative, error))
    return FALSE;
  q = quoted (text);
  if ((point = strchr (digits, '.')))
    {
      for (char *f = point + 1; *f; f++)
        if (*f != '0')
          {
            g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                         _("“%s” is not a whole number of tenge."), q);
            return FALSE;
          }
      *point = '\0';
    }
  if (negative)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   _("“%s” is below zero; an amount is zero or more."), q);
      return FALSE;
    }
  {
    const char *d = digits;
    while (d[0] == '0' && d[1])
      d++;
    if (strlen (d) > 16 || g_ascii_strtoll (d, NULL, 10) > MAX_AMOUNT)
      {
        g_autofree char *max = sk_format_int (MAX_AMOUNT, lang ? lang : sk_get_content_language ());
        g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                     /* TRANSLATORS: the text typed; the limit, a formatted number of tenge */
                     _("“%s” is more than the largest amount, %s tenge."), q, max);
        return FALSE;
      }
    *tenge = g_ascii_strtoll (d, NULL, 10);
  }
  return TRUE;
}

gboolean
sk_plan_parse_value (const char *text, const char *lang, double *value, GError **error)
{
  char digits[48];
  gboolean negative;
  double x;

  if (!normalise_number (text, lang, digits, sizeof digits, &negative, error))
    return FALSE;
  x = g_ascii_strtod (digits, NULL);
  if (!isfinite (x) || x > MAX_VALUE)
    {
      g_autofree char *q = quoted (text);
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   _("“%s” is too large a value."), q);
      return FALSE;
    }
  *value = negative ? -x : x;
  return TRUE;
}

/* ---- the grid ---- */

typedef struct {
  gboolean set;
  gint64 amount;   /* financing: the sum of its lines */
  double value;    /* indicators */
  GArray *ids;     /* gint64: the records behind the cell */
} Cell;

typedef struct {
  char *label;
  char *source, *line;      /* financing */
  gint64 line_from;         /* financing: a record with the line's note in every language */
  gint64 indicator_id;      /* indicators */
  char *unit;
  gboolean has_baseline;
  double baseline;
  Cell *cells;              /* one per year */
} Row;

struct _SkGrid {
  SkGridKind kind;
  char *lang;
  int first, last;          /* the term's years; 0 when unknown */
  GArray *years;            /* int, ascending */
  GPtrArray *titles;        /* char*, one per column */
  GPtrArray *rows;          /* Row* */
};

static guint
n_fixed (SkGrid *g)
{
  return g->kind == SK_GRID_INDICATORS ? 2 : 0;
}

static void
row_free (Row *row)
{
  g_free (row->label);
  g_free (row->source);
  g_free (row->line);
  g_free (row->unit);
  g_free (row->cells);
  g_free (row);
}

void
sk_grid_free (SkGrid *grid)
{
  if (grid == NULL)
    return;
  for (guint r = 0; r < grid->rows->len; r++)
    {
      Row *row = grid->rows->pdata[r];
      for (guint y = 0; y < grid->years->len; y++)
        g_clear_pointer (&row->cells[y].ids, g_array_unref);
    }
  g_ptr_array_unref (grid->rows);
  g_ptr_array_unref (grid->titles);
  g_array_unref (grid->years);
  g_free (grid->lang);
  g_free (grid);
}

gboolean
sk_plan_term_years (SkProposal *proposal, int *first, int *last)
{
  SkRecord *info = sk_proposal_get_info (proposal);
  const char *start = sk_record_get_string (info, "term_start");
  const char *end = sk_record_get_string (info, "term_end");
  int y1, y2;

  if (start && end && sscanf (start, "%d", &y1) == 1 && sscanf (end, "%d", &y2) == 1 && y1 <= y2 &&
      y2 - y1 < 100)
    {
      *first = y1;
      *last = y2;
      return TRUE;
    }
  *first = *last = 0;
  return FALSE;
}

static int
compare_int (gconstpointer a, gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

static Row *
new_row (SkGrid *g)
{
  Row *row = g_new0 (Row, 1);
  row->cells = g_new0 (Cell, MAX (g->years->len, 1));
  g_ptr_array_add (g->rows, row);
  return row;
}

static int
year_column (SkGrid *g, int year)
{
  for (guint i = 0; i < g->years->len; i++)
    if (g_array_index (g->years, int, i) == year)
      return (int) i;
  return -1;
}

static void
cell_add (Cell *cell, gint64 id)
{
  if (cell->ids == NULL)
    cell->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (cell->ids, id);
  cell->set = TRUE;
}

static void
collect_years (SkGrid *g, SkProposal *proposal, const char *kind)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);
  GListModel *records = sk_proposal_get_records (proposal, kind);

  if (sk_plan_term_years (proposal, &g->first, &g->last))
    for (int y = g->first; y <= g->last; y++)
      g_hash_table_add (seen, GINT_TO_POINTER (y));
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (records, i);
      g_hash_table_add (seen, GINT_TO_POINTER ((int) sk_record_get_int (r, "year", 0)));
    }
  {
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init (&it, seen);
    while (g_hash_table_iter_next (&it, &key, NULL))
      {
        int y = GPOINTER_TO_INT (key);
        g_array_append_val (g->years, y);
      }
  }
  g_array_sort (g->years, compare_int);
}

static const char *
enum_label (SkRecord *r, const char *field, const char *lang)
{
  const SkField *f = sk_kind_field (sk_record_get_kind (r), field);
  const SkEnumValue *v = sk_field_enum_value (f, sk_record_get_string (r, field));
  return v ? sk_tr (lang, v->label) : "";
}

static char *
line_label (const char *source_label, const char *line)
{
  if (line && *line)
    return g_strdup_printf ("%s — %s", source_label, line);
  return g_strdup (source_label);
}

static void
build_financing (SkGrid *g, SkProposal *proposal)
{
  GListModel *lines = sk_proposal_get_records (proposal, SK_KIND_FINANCING);

  collect_years (g, proposal, SK_KIND_FINANCING);
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (lines, i);
      const char *source = sk_record_get_string (r, "source");
      const char *note = sk_record_get_text3 (r, "note", g->lang ? g->lang : sk_get_content_language (), TRUE, NULL);
      Row *row = NULL;
      Cell *cell;

      for (guint k = 0; k < g->rows->len && row == NULL; k++)
        {
          Row *o = g->rows->pdata[k];
          if (g_strcmp0 (o->source, source) == 0 && g_strcmp0 (o->line, note && *note ? note : NULL) == 0)
            row = o;
        }
      if (row == NULL)
        {
          row = new_row (g);
          row->source = g_strdup (source);
          row->line = note && *note ? g_strdup (note) : NULL;
          row->line_from = note && *note ? sk_record_get_id (r) : 0;
          row->label = line_label (enum_label (r, "source", g->lang), row->line);
        }
      cell = &row->cells[year_column (g, (int) sk_record_get_int (r, "year", 0))];
      cell->amount += sk_record_get_int (r, "amount_kzt", 0);
      cell_add (cell, sk_record_get_id (r));
    }
}

static void
build_indicators (SkGrid *g, SkProposal *proposal)
{
  GListModel *indicators = sk_proposal_get_records (proposal, SK_KIND_INDICATOR);
  GListModel *targets = sk_proposal_get_records (proposal, SK_KIND_INDICATOR_TARGET);
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), g_list_model_get_n_items (indicators));

  collect_years (g, proposal, SK_KIND_INDICATOR_TARGET);
  g_array_set_size (ids, g_list_model_get_n_items (indicators));
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (indicators, i);
      Row *row = new_row (g);
      const char *name = sk_record_get_text3 (r, "name", g->lang ? g->lang : sk_get_content_language (), TRUE, NULL);

      row->indicator_id = sk_record_get_id (r);
      row->label = g_strdup (name ? name : enum_label (r, "kind", g->lang));
      row->unit = sk_field_code_label (sk_kind_field (sk_record_get_kind (r), "unit"),
                                       sk_record_get_string (r, "unit"), g->lang);
      row->has_baseline = sk_record_is_set (r, "baseline");
      row->baseline = sk_record_get_double (r, "baseline", 0);
      g_array_index (ids, gint64, i) = row->indicator_id;
      g_hash_table_insert (by_id, &g_array_index (ids, gint64, i), row);
    }
  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr (SkRecord) t = g_list_model_get_item (targets, i);
      gint64 ind = sk_record_get_int (t, "indicator_id", 0);
      Row *row = g_hash_table_lookup (by_id, &ind);
      Cell *cell;

      if (row == NULL)
        continue;
      cell = &row->cells[year_column (g, (int) sk_record_get_int (t, "year", 0))];
      if (!cell->set)
        cell->value = sk_record_get_double (t, "value", 0);
      cell_add (cell, sk_record_get_id (t));
    }
}

SkGrid *
sk_grid_new (SkProposal *proposal, SkGridKind kind, const char *lang)
{
  SkGrid *g = g_new0 (SkGrid, 1);

  g->kind = kind;
  g->lang = g_strdup (lang);
  g->years = g_array_new (FALSE, FALSE, sizeof (int));
  g->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  g->titles = g_ptr_array_new_with_free_func (g_free);
  if (kind == SK_GRID_FINANCING)
    build_financing (g, proposal);
  else
    build_indicators (g, proposal);
  if (kind == SK_GRID_INDICATORS)
    {
      g_ptr_array_add (g->titles, g_strdup (sk_tr (lang, "Unit")));
      g_ptr_array_add (g->titles, g_strdup (sk_tr (lang, "Baseline")));
    }
  for (guint i = 0; i < g->years->len; i++)
    g_ptr_array_add (g->titles, g_strdup_printf ("%d", g_array_index (g->years, int, i)));
  return g;
}

SkGridKind sk_grid_get_kind (SkGrid *grid) { return grid->kind; }
guint sk_grid_n_rows (SkGrid *grid) { return grid->rows->len; }
guint sk_grid_n_columns (SkGrid *grid) { return n_fixed (grid) + grid->years->len; }

const char *
sk_grid_column_title (SkGrid *grid, guint column)
{
  g_return_val_if_fail (column < grid->titles->len, "");
  return grid->titles->pdata[column];
}

int
sk_grid_column_year (SkGrid *grid, guint column)
{
  if (column < n_fixed (grid) || column >= sk_grid_n_columns (grid))
    return 0;
  return g_array_index (grid->years, int, column - n_fixed (grid));
}

gboolean
sk_grid_column_in_term (SkGrid *grid, guint column)
{
  int y = sk_grid_column_year (grid, column);
  return y == 0 || (grid->first && y >= grid->first && y <= grid->last);
}

static Row *
row_at (SkGrid *grid, guint row)
{
  g_return_val_if_fail (row < grid->rows->len, NULL);
  return grid->rows->pdata[row];
}

const char *sk_grid_row_label (SkGrid *grid, guint row) { return row_at (grid, row)->label; }
const char *sk_grid_row_source (SkGrid *grid, guint row) { return row_at (grid, row)->source; }
const char *sk_grid_row_line (SkGrid *grid, guint row) { return row_at (grid, row)->line; }
gint64 sk_grid_row_indicator (SkGrid *grid, guint row) { return row_at (grid, row)->indicator_id; }

static Cell *
cell_at (SkGrid *grid, guint row, guint column)
{
  if (column < n_fixed (grid) || column >= sk_grid_n_columns (grid))
    return NULL;
  return &row_at (grid, row)->cells[column - n_fixed (grid)];
}

gboolean
sk_grid_cell_is_set (SkGrid *grid, guint row, guint column)
{
  Cell *c = cell_at (grid, row, column);

  if (c)
    return c->set;
  if (column == 0)
    return row_at (grid, row)->unit != NULL;
  return row_at (grid, row)->has_baseline;
}

static char *
value_text (double value, const char *lang, gboolean grouped)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (grouped)
    return sk_format_number (value, 6, lang ? lang : sk_get_content_language ());
  g_ascii_formatd (buf, sizeof buf, "%.15g", value);
  for (char *p = buf; *p; p++)
    if (*p == '.')
      *p = decimal_mark (lang);
  return g_strdup (buf);
}

static char *
cell_text (SkGrid *grid, guint row, guint column, gboolean grouped)
{
  Cell *c = cell_at (grid, row, column);
  Row *r = row_at (grid, row);

  if (c == NULL && column == 0)
    return g_strdup (r->unit ? r->unit : "");
  if (c == NULL)
    return r->has_baseline ? value_text (r->baseline, grid->lang, grouped) : g_strdup ("");
  if (!c->set)
    return g_strdup ("");
  if (grid->kind == SK_GRID_FINANCING)
    return grouped ? sk_format_int (c->amount, grid->lang ? grid->lang : sk_get_content_language ())
                   : g_strdup_printf ("%" G_GINT64_FORMAT, c->amount);
  return value_text (c->value, grid->lang, grouped);
}

char *
sk_grid_cell_text (SkGrid *grid, guint row, guint column)
{
  return cell_text (grid, row, column, TRUE);
}

gboolean
sk_grid_year_missing (SkGrid *grid, guint column)
{
  if (grid->kind != SK_GRID_FINANCING || sk_grid_column_year (grid, column) == 0 ||
      !sk_grid_column_in_term (grid, column))
    return FALSE;
  return sk_grid_column_total (grid, column) <= 0;
}

gboolean
sk_grid_cell_missing (SkGrid *grid, guint row, guint column)
{
  Cell *c = cell_at (grid, row, column);

  if (c == NULL || !sk_grid_column_in_term (grid, column))
    return FALSE;
  if (grid->kind == SK_GRID_FINANCING)
    return sk_grid_year_missing (grid, column);
  return !c->set;
}

gint64
sk_grid_row_total (SkGrid *grid, guint row)
{
  Row *r = row_at (grid, row);
  gint64 sum = 0;

  for (guint y = 0; y < grid->years->len; y++)
    sum += r->cells[y].amount;
  return sum;
}

gint64
sk_grid_source_total (SkGrid *grid, const char *source)
{
  gint64 sum = 0;

  for (guint r = 0; r < grid->rows->len; r++)
    if (g_strcmp0 (row_at (grid, r)->source, source) == 0)
      sum += sk_grid_row_total (grid, r);
  return sum;
}

gint64
sk_grid_column_total (SkGrid *grid, guint column)
{
  gint64 sum = 0;

  for (guint r = 0; r < grid->rows->len; r++)
    {
      Cell *c = cell_at (grid, r, column);
      sum += c ? c->amount : 0;
    }
  return sum;
}

gint64
sk_grid_total (SkGrid *grid)
{
  gint64 sum = 0;

  for (guint r = 0; r < grid->rows->len; r++)
    sum += sk_grid_row_total (grid, r);
  return sum;
}

guint
sk_grid_add_line (SkGrid *grid, const char *source, const char *line)
{
  const SkField *f = sk_kind_field (sk_schema_kind (SK_KIND_FINANCING), "source");
  const SkEnumValue *v = sk_field_enum_value (f, source);
  Row *row;

  g_return_val_if_fail (grid->kind == SK_GRID_FINANCING && v != NULL, 0);
  row = new_row (grid);
  row->source = g_strdup (source);
  row->line = line && *line ? g_strdup (line) : NULL;
  row->label = line_label (sk_tr (grid->lang, v->label), row->line);
  return grid->rows->len - 1;
}

/* ---- editing ---- */

typedef struct {
  guint row, column;
  gboolean clear;
  gint64 amount;
  double value;
  char *text;   /* the unit */
} Edit;

static void
edit_clear (Edit *e)
{
  g_free (e->text);
}

/* Reads @text for a cell into @edit, or an error naming the cell. */
static gboolean
parse_cell (SkGrid *grid, guint row, guint column, const char *text, Edit *edit, GError **error)
{
  g_autoptr (GError) local = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  gboolean ok = TRUE;

  edit->row = row;
  edit->column = column;
  edit->clear = *stripped == '\0';
  if (grid->kind == SK_GRID_INDICATORS && column == 0)
    {
      if (g_utf8_strlen (stripped, -1) > 1000)
        {
          g_set_error (&local, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                       sk_ntr (NULL, "The text is longer than %d character.",
                               "The text is longer than %d characters.", 1000), 1000);
          ok = FALSE;
        }
      edit->text = g_steal_pointer (&stripped);
    }
  else if (!edit->clear)
    ok = grid->kind == SK_GRID_FINANCING
           ? sk_plan_parse_amount (stripped, grid->lang, &edit->amount, &local)
           : sk_plan_parse_value (stripped, grid->lang, &edit->value, &local);
  if (!ok)
    g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                 /* TRANSLATORS: a row of a grid (a financing source or an indicator),
                  * a column (a year, "Baseline" or "Unit"), then what is wrong with
                  * the cell (a whole sentence) */
                 _("Row “%s”, column “%s”: %s"),
                 row_at (grid, row)->label, sk_grid_column_title (grid, column), local->message);
  return ok;
}

static gboolean
delete_ids (SkProposal *proposal, const char *kind, GArray *ids, guint from, GError **error)
{
  for (guint i = from; ids && i < ids->len; i++)
    if (!sk_proposal_delete (proposal, kind, g_array_index (ids, gint64, i), error))
      return FALSE;
  return TRUE;
}

static gboolean
apply_edit (SkProposal *proposal, SkGrid *grid, const Edit *e, GError **error)
{
  Row *row = row_at (grid, e->row);
  Cell *cell = cell_at (grid, e->row, e->column);
  const char *kind = grid->kind == SK_GRID_FINANCING ? SK_KIND_FINANCING : SK_KIND_INDICATOR_TARGET;

  if (cell == NULL)
    {
      const char *field = e->column == 0 ? "unit" : "baseline";
      const char *unit = e->column == 0 && !e->clear ? sk_indicator_unit_from_text (e->text) : NULL;
      GVariant *v = e->clear ? NULL
                    : e->column == 0 ? g_variant_new_string (unit ? unit : e->text)
                                     : g_variant_new_double (e->value);
      return sk_proposal_set (proposal, SK_KIND_INDICATOR, row->indicator_id, field, v, error);
    }
  if (e->clear)
    return delete_ids (proposal, kind, cell->ids, 0, error);
  if (cell->ids && cell->ids->len > 0)
    {
      gint64 id = g_array_index (cell->ids, gint64, 0);
      /* One record per cell: the others of the same cell go. */
      if (!delete_ids (proposal, kind, cell->ids, 1, error))
        return FALSE;
      if (grid->kind == SK_GRID_FINANCING)
        return sk_proposal_set (proposal, kind, id, "amount_kzt", g_variant_new_int64 (e->amount), error);
      return sk_proposal_set (proposal, kind, id, "value", g_variant_new_double (e->value), error);
    }
  {
    g_autoptr (SkRecord) r = sk_record_new (sk_schema_kind (kind));
    sk_record_set_int (r, "year", sk_grid_column_year (grid, e->column));
    if (grid->kind == SK_GRID_FINANCING)
      {
        sk_record_set_string (r, "source", row->source);
        SkRecord *from = row->line_from ? sk_proposal_lookup (proposal, SK_KIND_FINANCING, row->line_from) : NULL;

        for (guint l = 0; l < SK_N_LANGUAGES; l++)
          {
            g_autofree char *field = g_strconcat ("note_", sk_content_languages[l], NULL);
            const char *lang = grid->lang ? grid->lang : sk_get_content_language ();

            if (from)
              sk_record_set_value (r, field, sk_record_get_value (from, field));
            else if (row->line && g_str_equal (lang, sk_content_languages[l]))
              sk_record_set_string (r, field, row->line);
          }
        sk_record_set_int (r, "amount_kzt", e->amount);
      }
    else
      {
        sk_record_set_int (r, "indicator_id", row->indicator_id);
        sk_record_set_double (r, "value", e->value);
      }
    return sk_proposal_insert (proposal, r, error) > 0;
  }
}

static gboolean
apply_edits (SkProposal *proposal, SkGrid *grid, GArray *edits, const char *label, GError **error)
{
  sk_proposal_begin_group (proposal, label);
  for (guint i = 0; i < edits->len; i++)
    if (!apply_edit (proposal, grid, &g_array_index (edits, Edit, i), error))
      {
        sk_proposal_cancel_group (proposal);
        return FALSE;
      }
  return sk_proposal_end_group (proposal, error);
}

gboolean
sk_grid_set_cell (SkProposal *proposal, SkGrid *grid, guint row, guint column,
                  const char *text, GError **error)
{
  g_autoptr (GArray) edits = g_array_new (FALSE, TRUE, sizeof (Edit));
  Edit e = { 0 };

  g_return_val_if_fail (row < sk_grid_n_rows (grid) && column < sk_grid_n_columns (grid), FALSE);
  g_array_set_clear_func (edits, (GDestroyNotify) edit_clear);
  if (!parse_cell (grid, row, column, text, &e, error))
    {
      edit_clear (&e);
      return FALSE;
    }
  g_array_append_val (edits, e);
  /* TRANSLATORS: the name of an undo step */
  return apply_edits (proposal, grid, edits, _("Edit a cell"), error);
}

/* ---- a block of cells from a spreadsheet (tab-separated text) ---- */

GStrv
sk_tsv_split_block (const char *text, guint *n_lines, guint *width)
{
  GStrv lines = g_strsplit (text, "\n", -1);
  guint n = g_strv_length (lines);

  *width = 0;
  /* The line break after the last row is not another row. */
  while (n > 0 && (lines[n - 1][0] == '\0' || g_str_equal (lines[n - 1], "\r")))
    n--;
  for (guint i = 0; i < n; i++)
    {
      gsize l = strlen (lines[i]);
      guint cells = 1;

      if (l > 0 && lines[i][l - 1] == '\r')
        lines[i][l - 1] = '\0';
      for (const char *p = lines[i]; *p; p++)
        cells += *p == '\t';
      *width = MAX (*width, cells);
    }
  *n_lines = n;
  return lines;
}

/* At most this many cells in one paste (a 10 MB clipboard is refused
 * before it is split). */
#define MAX_PASTE_BYTES (4u * 1024 * 1024)

gboolean
sk_grid_paste (SkProposal *proposal, SkGrid *grid, guint row, guint column, const char *text,
               GError **error)
{
  g_autoptr (GArray) edits = g_array_new (FALSE, TRUE, sizeof (Edit));
  g_auto (GStrv) lines = NULL;
  guint n_lines, width = 0;
  gsize length = strlen (text);

  g_array_set_clear_func (edits, (GDestroyNotify) edit_clear);
  if (length > MAX_PASTE_BYTES || !g_utf8_validate (text, (gssize) length, NULL))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   _("The pasted text is not a block of cells that fits the grid."));
      return FALSE;
    }
  lines = sk_tsv_split_block (text, &n_lines, &width);
  if (n_lines == 0)
    return TRUE;
  if (row >= sk_grid_n_rows (grid) || column >= sk_grid_n_columns (grid) ||
      n_lines > sk_grid_n_rows (grid) - row || width > sk_grid_n_columns (grid) - column)
    {
      guint room_rows = row < sk_grid_n_rows (grid) ? sk_grid_n_rows (grid) - row : 0;
      guint room_cols = column < sk_grid_n_columns (grid) ? sk_grid_n_columns (grid) - column : 0;
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   /* TRANSLATORS: numbers of rows × columns: of the pasted block, then
                    * of the room the grid has from the chosen cell */
                   _("The pasted block is %u × %u cells (rows × columns), but from the chosen cell the grid has room for %u × %u. Nothing was pasted."),
                   n_lines, width, room_rows, room_cols);
      return FALSE;
    }
  for (guint i = 0; i < n_lines; i++)
    {
      g_auto (GStrv) cells = g_strsplit (lines[i], "\t", -1);
      for (guint c = 0; cells[c]; c++)
        {
          Edit e = { 0 };
          if (!parse_cell (grid, row + i, column + c, cells[c], &e, error))
            {
              edit_clear (&e);
              return FALSE;
            }
          g_array_append_val (edits, e);
        }
    }
  /* TRANSLATORS: the name of an undo step */
  return apply_edits (proposal, grid, edits, _("Paste cells"), error);
}

char *
sk_grid_copy (SkGrid *grid, guint row, guint column, guint n_rows, guint n_columns)
{
  GString *out = g_string_new (NULL);

  for (guint r = row; r < row + n_rows && r < sk_grid_n_rows (grid); r++)
    {
      for (guint c = column; c < column + n_columns && c < sk_grid_n_columns (grid); c++)
        {
          g_autofree char *text = cell_text (grid, r, c, FALSE);
          /* A tab or line break inside a unit would split the block. */
          g_strdelimit (text, "\t\r\n", ' ');
          g_string_append_printf (out, "%s%s", c > column ? "\t" : "", text);
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static void
builder_take (GStrvBuilder *b, char *s)
{
  g_strv_builder_add (b, s);
  g_free (s);
}

GPtrArray *
sk_grid_table (SkGrid *grid)
{
  GPtrArray *table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  gboolean money = grid->kind == SK_GRID_FINANCING;
  g_autoptr (GStrvBuilder) head = g_strv_builder_new ();

  g_strv_builder_add (head, money ? sk_tr (grid->lang, "Source") : sk_tr (grid->lang, "Indicator"));
  for (guint c = 0; c < sk_grid_n_columns (grid); c++)
    g_strv_builder_add (head, sk_grid_column_title (grid, c));
  if (money)
    g_strv_builder_add (head, sk_tr (grid->lang, "Total"));
  g_ptr_array_add (table, g_strv_builder_end (head));
  for (guint r = 0; r < sk_grid_n_rows (grid); r++)
    {
      g_autoptr (GStrvBuilder) b = g_strv_builder_new ();
      g_strv_builder_add (b, sk_grid_row_label (grid, r));
      for (guint c = 0; c < sk_grid_n_columns (grid); c++)
        builder_take (b, cell_text (grid, r, c, FALSE));
      if (money)
        builder_take (b, g_strdup_printf ("%" G_GINT64_FORMAT, sk_grid_row_total (grid, r)));
      g_ptr_array_add (table, g_strv_builder_end (b));
    }
  if (money)
    {
      g_autoptr (GStrvBuilder) b = g_strv_builder_new ();
      g_strv_builder_add (b, sk_tr (grid->lang, "Total"));
      for (guint c = 0; c < sk_grid_n_columns (grid); c++)
        builder_take (b, g_strdup_printf ("%" G_GINT64_FORMAT, sk_grid_column_total (grid, c)));
      builder_take (b, g_strdup_printf ("%" G_GINT64_FORMAT, sk_grid_total (grid)));
      g_ptr_array_add (table, g_strv_builder_end (b));
    }
  return table;
}

/* ---- the term ---- */

GArray *
sk_plan_empty_years (SkProposal *proposal)
{
  GArray *years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GHashTable) used = g_hash_table_new (NULL, NULL);
  const char *kinds[] = { SK_KIND_FINANCING, SK_KIND_INDICATOR_TARGET };
  int first, last;

  if (!sk_plan_term_years (proposal, &first, &last))
    return years;
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      GListModel *m = sk_proposal_get_records (proposal, kinds[k]);
      for (guint i = 0; i < g_list_model_get_n_items (m); i++)
        {
          g_autoptr (SkRecord) r = g_list_model_get_item (m, i);
          g_hash_table_add (used, GINT_TO_POINTER ((int) sk_record_get_int (r, "year", 0)));
        }
    }
  for (int y = first; y <= last; y++)
    if (!g_hash_table_contains (used, GINT_TO_POINTER (y)))
      g_array_append_val (years, y);
  return years;
}

/* The column of the nearest year before @column with a value, or after
 * when none is before; -1 when the row has none. */
static int
source_column (SkGrid *grid, guint row, guint column, GHashTable *filling)
{
  guint fixed = n_fixed (grid);

  for (int c = (int) column - 1; c >= (int) fixed; c--)
    if (sk_grid_cell_is_set (grid, row, (guint) c) &&
        !g_hash_table_contains (filling, GINT_TO_POINTER (sk_grid_column_year (grid, (guint) c))))
      return c;
  for (guint c = column + 1; c < sk_grid_n_columns (grid); c++)
    if (sk_grid_cell_is_set (grid, row, c) &&
        !g_hash_table_contains (filling, GINT_TO_POINTER (sk_grid_column_year (grid, c))))
      return (int) c;
  return -1;
}

static gboolean
fill_grid (SkProposal *proposal, SkGridKind kind, GArray *years, guint *n_added, GError **error)
{
  g_autoptr (SkGrid) grid = sk_grid_new (proposal, kind, NULL);
  g_autoptr (GHashTable) filling = g_hash_table_new (NULL, NULL);
  g_autoptr (GArray) edits = g_array_new (FALSE, TRUE, sizeof (Edit));

  g_array_set_clear_func (edits, (GDestroyNotify) edit_clear);
  for (guint i = 0; i < years->len; i++)
    g_hash_table_add (filling, GINT_TO_POINTER (g_array_index (years, int, i)));
  for (guint r = 0; r < sk_grid_n_rows (grid); r++)
    for (guint c = n_fixed (grid); c < sk_grid_n_columns (grid); c++)
      {
        Cell *from;
        int src;
        Edit e = { 0 };

        if (!g_hash_table_contains (filling, GINT_TO_POINTER (sk_grid_column_year (grid, c))) ||
            sk_grid_cell_is_set (grid, r, c) || (src = source_column (grid, r, c, filling)) < 0)
          continue;
        from = cell_at (grid, r, (guint) src);
        e.row = r;
        e.column = c;
        e.amount = from->amount;
        e.value = from->value;
        g_array_append_val (edits, e);
      }
  for (guint i = 0; i < edits->len; i++)
    if (!apply_edit (proposal, grid, &g_array_index (edits, Edit, i), error))
      return FALSE;
  *n_added += edits->len;
  return TRUE;
}

gboolean
sk_plan_fill_years (SkProposal *proposal, GArray *years, SkFillMode mode, guint *n_added,
                    GError **error)
{
  g_autoptr (GArray) empty = years ? NULL : sk_plan_empty_years (proposal);
  guint added = 0;

  if (n_added)
    *n_added = 0;
  if (mode == SK_FILL_EMPTY)
    return TRUE;
  if (years == NULL)
    years = empty;
  if (years->len == 0)
    return TRUE;
  /* The grids need the added years as columns: they are in the term. */
  /* TRANSLATORS: the name of an undo step */
  sk_proposal_begin_group (proposal, _("Fill the added years"));
  if (!fill_grid (proposal, SK_GRID_FINANCING, years, &added, error) ||
      !fill_grid (proposal, SK_GRID_INDICATORS, years, &added, error))
    {
      sk_proposal_cancel_group (proposal);
      return FALSE;
    }
  if (!sk_proposal_end_group (proposal, error))
    return FALSE;
  if (n_added)
    *n_added = added;
  return TRUE;
}

void
sk_plan_item_free (SkPlanItem *item)
{
  g_free (item->description);
  g_free (item);
}

GPtrArray *
sk_plan_outside_term (SkProposal *proposal, const char *lang)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_plan_item_free);
  GListModel *lines = sk_proposal_get_records (proposal, SK_KIND_FINANCING);
  GListModel *targets = sk_proposal_get_records (proposal, SK_KIND_INDICATOR_TARGET);
  const char *conv = lang ? lang : sk_get_content_language ();
  int first, last;

  if (!sk_plan_term_years (proposal, &first, &last))
    return items;
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (lines, i);
      int year = (int) sk_record_get_int (r, "year", 0);
      SkPlanItem *item;
      g_autofree char *label = NULL;
      g_autofree char *money = NULL;

      if (year >= first && year <= last)
        continue;
      item = g_new0 (SkPlanItem, 1);
      item->kind = SK_KIND_FINANCING;
      item->id = sk_record_get_id (r);
      item->year = year;
      label = line_label (enum_label (r, "source", lang), sk_record_get_text3 (r, "note", lang ? lang : sk_get_content_language (), TRUE, NULL));
      money = sk_format_money (sk_record_get_int (r, "amount_kzt", 0), conv);
      /* TRANSLATORS: a financing line outside the term: its source, year and amount */
      item->description = g_strdup_printf (sk_tr (lang, "Financing “%s”, %d: %s"), label, year, money);
      g_ptr_array_add (items, item);
    }
  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr (SkRecord) t = g_list_model_get_item (targets, i);
      int year = (int) sk_record_get_int (t, "year", 0);
      SkRecord *ind = sk_proposal_lookup (proposal, SK_KIND_INDICATOR, sk_record_get_int (t, "indicator_id", 0));
      SkPlanItem *item;
      g_autofree char *value = NULL;
      const char *name;

      if ((year >= first && year <= last) || ind == NULL)
        continue;
      name = sk_record_get_text3 (ind, "name", conv, TRUE, NULL);
      item = g_new0 (SkPlanItem, 1);
      item->kind = SK_KIND_INDICATOR_TARGET;
      item->id = sk_record_get_id (t);
      item->year = year;
      value = sk_format_number (sk_record_get_double (t, "value", 0), 6, conv);
      /* TRANSLATORS: a target outside the term: the indicator, the year and the value */
      item->description = g_strdup_printf (sk_tr (lang, "Target of “%s” for %d: %s"),
                                           name ? name : enum_label (ind, "kind", lang), year, value);
      g_ptr_array_add (items, item);
    }
  return items;
}

gboolean
sk_plan_remove_outside_term (SkProposal *proposal, guint *n_removed, GError **error)
{
  g_autoptr (GPtrArray) items = sk_plan_outside_term (proposal, NULL);

  if (n_removed)
    *n_removed = 0;
  if (items->len == 0)
    return TRUE;
  /* TRANSLATORS: the name of an undo step */
  sk_proposal_begin_group (proposal, _("Remove the plans outside the term"));
  for (guint i = 0; i < items->len; i++)
    {
      SkPlanItem *item = items->pdata[i];
      if (!sk_proposal_delete (proposal, item->kind, item->id, error))
        {
          sk_proposal_cancel_group (proposal);
          return FALSE;
        }
    }
  if (!sk_proposal_end_group (proposal, error))
    return FALSE;
  if (n_removed)
    *n_removed = items->len;
  return TRUE;
}
