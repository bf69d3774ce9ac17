/* sk-pdf-plan.c: committees, research, third mission, professional
 * development, financing, target indicators and mobility */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sk-chart.h"
#include "sk-chart-private.h"
#include "sk-pdf-private.h"

static char *
year_text (SkRecord *r, const char *field)
{
  return sk_record_is_set (r, field) ? g_strdup_printf ("%d", (int) sk_record_get_int (r, field, 0)) : NULL;
}

/* ---- committees ---- */

void
sk_pdf_write_committees (SkPdf *pdf)
{
  GListModel *committees = sk_proposal_get_records (pdf->proposal, SK_KIND_COMMITTEE);
  guint n = g_list_model_get_n_items (committees);
  SkPdfColumn columns[] = {
    { TR ("Full name"), 50, SK_PDF_ALIGN_LEFT },
    { TR ("Side"), 30, SK_PDF_ALIGN_LEFT },
    { TR ("Role"), 20, SK_PDF_ALIGN_LEFT },
  };

  sk_pdf_heading (pdf, 1, TR ("Joint committees"));
  if (n == 0)
    {
      sk_pdf_none (pdf, TR ("No joint committees are recorded."));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SkRecord) c = g_list_model_get_item (committees, i);
      g_autoptr (GPtrArray) members = sk_pdf_children (pdf, SK_KIND_COMMITTEE_MEMBER, "committee_id",
                                                       sk_record_get_id (c));
      const char *marker = NULL;
      const char *name = sk_pdf_text3 (pdf, c, "name", &marker);
      const char *kind = sk_pdf_enum (pdf, c, "kind");
      g_autofree char *title = name ? g_strdup_printf ("%s%s%s (%s)", name, marker ? " " : "",
                                                       marker ? marker : "", kind)
                                    : g_strdup (kind);
      SkPdfTable *t;

      sk_pdf_subheading (pdf, title);
      if (members->len == 0)
        {
          sk_pdf_none (pdf, TR ("No members are recorded."));
          continue;
        }
      t = sk_pdf_table_new (pdf, columns, G_N_ELEMENTS (columns));
      for (guint k = 0; k < members->len; k++)
        {
          SkRecord *m = members->pdata[k];
          sk_pdf_cell (t, sk_record_get_string (m, "name"));
          sk_pdf_cell (t, sk_pdf_enum (pdf, m, "side"));
          sk_pdf_cell (t, sk_pdf_enum (pdf, m, "role"));
        }
      sk_pdf_table_end (t);
    }
}

/* ---- research, third mission, professional development ---- */

void
sk_pdf_write_research (SkPdf *pdf)
{
  GListModel *projects = sk_proposal_get_records (pdf->proposal, SK_KIND_RESEARCH);
  guint n = g_list_model_get_n_items (projects);
  SkPdfColumn columns[] = {
    { TR ("Title"), 34, SK_PDF_ALIGN_LEFT },
    { TR ("Partner enterprise"), 20, SK_PDF_ALIGN_LEFT },
    { TR ("Joint research group"), 13, SK_PDF_ALIGN_LEFT },
    /* TRANSLATORS: a column: the first and last year of a research project */
    { TRC ("research period", "Years"), 12, SK_PDF_ALIGN_LEFT },
    { TR ("Budget"), 21, SK_PDF_ALIGN_RIGHT },
  };
  gint64 total = 0;
  SkPdfTable *t;

  sk_pdf_heading (pdf, 1, TR ("Joint research"));
  if (n == 0)
    {
      sk_pdf_none (pdf, TR ("No joint research projects are recorded."));
      return;
    }
  t = sk_pdf_table_new (pdf, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (projects, i);
      const char *marker = NULL;
      const char *title = sk_pdf_text3 (pdf, r, "title", &marker);
      g_autofree char *from = year_text (r, "start_year");
      g_autofree char *to = year_text (r, "end_year");

      total = sk_pdf_add_money (total, sk_record_get_int (r, "budget_kzt", 0));
      sk_pdf_cell_marked (t, title, marker);
      sk_pdf_cell3 (t, pdf, r, "enterprise");
      sk_pdf_cell (t, sk_pdf_yes_no (pdf, sk_record_get_bool (r, "joint_group")));
      sk_pdf_cell_take (t, from || to ? g_strdup_printf ("%s–%s", from ? from : "…", to ? to : "…") : NULL);
      sk_pdf_cell_take (t, sk_pdf_money_field (pdf, r, "budget_kzt"));
    }
  sk_pdf_table_row_style (t, SK_PDF_ROW_TOTAL);
  sk_pdf_cell (t, TR ("Total"));
  sk_pdf_cell_blank (t);
  sk_pdf_cell_blank (t);
  sk_pdf_cell_blank (t);
  sk_pdf_cell_take (t, sk_format_money (total, pdf->lang));
  sk_pdf_table_end (t);
}

void
sk_pdf_write_third_mission (SkPdf *pdf)
{
  GListModel *projects = sk_proposal_get_records (pdf->proposal, SK_KIND_THIRD_MISSION);
  guint n = g_list_model_get_n_items (projects);
  SkPdfColumn columns[] = {
    { TR ("Title"), 27, SK_PDF_ALIGN_LEFT },
    { TR ("Kind"), 16, SK_PDF_ALIGN_LEFT },
    { TR ("Year"), 8, SK_PDF_ALIGN_RIGHT },
    { TR ("Beneficiaries"), 13, SK_PDF_ALIGN_RIGHT },
    { TR ("Description"), 36, SK_PDF_ALIGN_LEFT },
  };
  SkPdfTable *t;

  sk_pdf_heading (pdf, 1, TR ("Third mission"));
  if (n == 0)
    {
      sk_pdf_none (pdf, TR ("No third-mission projects are recorded."));
      return;
    }
  t = sk_pdf_table_new (pdf, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (projects, i);
      const char *marker = NULL;
      const char *title = sk_pdf_text3 (pdf, r, "title", &marker);

      sk_pdf_cell_marked (t, title, marker);
      sk_pdf_cell (t, sk_pdf_enum (pdf, r, "kind"));
      sk_pdf_cell_take (t, year_text (r, "year"));
      sk_pdf_cell_take (t, sk_pdf_int_field (pdf, r, "beneficiaries"));
      sk_pdf_cell3 (t, pdf, r, "description");
    }
  sk_pdf_table_end (t);
}

void
sk_pdf_write_development (SkPdf *pdf)
{
  GListModel *items = sk_proposal_get_records (pdf->proposal, SK_KIND_PROF_DEV);
  guint n = g_list_model_get_n_items (items);
  SkPdfColumn columns[] = {
    { TR ("Title"), 30, SK_PDF_ALIGN_LEFT },
    { TR ("Where"), 15, SK_PDF_ALIGN_LEFT },
    { TR ("Host institution"), 22, SK_PDF_ALIGN_LEFT },
    { TR ("Year"), 8, SK_PDF_ALIGN_RIGHT },
    { TR ("Participants"), 13, SK_PDF_ALIGN_RIGHT },
    { TR ("Hours"), 12, SK_PDF_ALIGN_RIGHT },
  };
  gint64 participants = 0;
  SkPdfTable *t;

  sk_pdf_heading (pdf, 1, TR ("Professional development"));
  if (n == 0)
    {
      sk_pdf_none (pdf, TR ("No professional development is planned."));
      return;
    }
  t = sk_pdf_table_new (pdf, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (items, i);
      const char *marker = NULL, *hmarker = NULL;
      const char *title = sk_pdf_text3 (pdf, r, "title", &marker);

      participants += sk_record_get_int (r, "participants", 0);
      sk_pdf_cell_marked (t, title, marker);
      sk_pdf_cell (t, sk_pdf_enum (pdf, r, "place"));
      sk_pdf_cell_marked (t, sk_pdf_institution (pdf, r, "host_id", &hmarker), hmarker);
      sk_pdf_cell_take (t, year_text (r, "year"));
      sk_pdf_cell_take (t, sk_pdf_int_field (pdf, r, "participants"));
      sk_pdf_cell_take (t, sk_pdf_int_field (pdf, r, "hours"));
    }
  sk_pdf_table_row_style (t, SK_PDF_ROW_TOTAL);
  sk_pdf_cell (t, TR ("Total"));
  sk_pdf_cell_blank (t);
  sk_pdf_cell_blank (t);
  sk_pdf_cell_blank (t);
  sk_pdf_cell_take (t, sk_format_int (participants, pdf->lang));
  sk_pdf_cell_blank (t);
  sk_pdf_table_end (t);
}

/* ---- financing ---- */

typedef struct {
  int year;
  guint source;     /* position in the schema */
  gint64 id;
  SkRecord *record; /* borrowed */
} Line;

static int
compare_lines (gconstpointer a, gconstpointer b)
{
  const Line *x = a, *y = b;

  if (x->year != y->year)
    return x->year < y->year ? -1 : 1;
  if (x->source != y->source)
    return x->source < y->source ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

static guint
source_position (const SkField *f, const char *code)
{
  guint i = 0;

  for (const SkEnumValue *v = f->enum_values; v->code; v++, i++)
    if (g_strcmp0 (v->code, code) == 0)
      return i;
  return i;
}

static void
draw_financing (SkCanvas *cr, double width, double height, gpointer data)
{
  SkPdf *pdf = data;
  SkChartStyle style = *sk_chart_style_light ();

  style.font_size = 7.5;
  sk_chart_canvas_financing (cr, &style, pdf->proposal, pdf->lang, width, height);
}

static void
financing_by_source (SkPdf *pdf, const SkField *source, const gint64 *sums, guint n_sources, gint64 total)
{
  SkPdfColumn columns[] = {
    { TR ("Source"), 55, SK_PDF_ALIGN_LEFT },
    { TR ("Amount"), 28, SK_PDF_ALIGN_RIGHT },
    { TR ("Share"), 17, SK_PDF_ALIGN_RIGHT },
  };
  SkPdfTable *t;

  sk_pdf_heading (pdf, 2, TR ("Financing by source"));
  t = sk_pdf_table_new (pdf, columns, G_N_ELEMENTS (columns));
  for (guint s = 0; s < n_sources; s++)
    {
      if (sums[s] == 0)
        continue;
      sk_pdf_cell (t, TR (source->enum_values[s].label));
      sk_pdf_cell_take (t, sk_format_money (sums[s], pdf->lang));
      sk_pdf_cell_take (t, sk_format_percent (total > 0 ? 100.0 * (double) sums[s] / (double) total : NAN,
                                                 1, pdf->lang));
    }
  sk_pdf_table_row_style (t, SK_PDF_ROW_TOTAL);
  sk_pdf_cell (t, TR ("Total"));
  sk_pdf_cell_take (t, sk_format_money (total, pdf->lang));
  sk_pdf_cell_take (t, sk_format_percent (total > 0 ? 100 : NAN, 1, pdf->lang));
  sk_pdf_table_end (t);
}

void
sk_pdf_write_financing (SkPdf *pdf)
{
  GListModel *records = sk_proposal_get_records (pdf->proposal, SK_KIND_FINANCING);
  const SkField *source = sk_kind_field (sk_schema_kind (SK_KIND_FINANCING), "source");
  guint n = g_list_model_get_n_items (records), n_sources = 0;
  g_autoptr (GArray) lines = g_array_sized_new (FALSE, TRUE, sizeof (Line), n);
  g_autofree gint64 *by_source = NULL;
  SkPdfColumn columns[] = {
    { TR ("Year"), 9, SK_PDF_ALIGN_LEFT },
    { TR ("Source"), 33, SK_PDF_ALIGN_LEFT },
    { TR ("Amount"), 22, SK_PDF_ALIGN_RIGHT },
    { TR ("Note"), 36, SK_PDF_ALIGN_LEFT },
  };
  gint64 total = 0, year_total = 0;
  SkPdfTable *t;

  while (source->enum_values[n_sources].code)
    n_sources++;
  by_source = g_new0 (gint64, n_sources + 1);

  sk_pdf_heading (pdf, 1, TR ("Financing"));
  if (n == 0)
    {
      sk_pdf_none (pdf, TR ("No financing is recorded."));
      return;
    }
  sk_pdf_body (pdf, TR ("Planned financing by calendar year and source, in tenge (KZT)."));
  sk_pdf_chart (pdf, SK_PDF_CONTENT_WIDTH, 190, draw_financing, pdf);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (records, i);
      Line l = { (int) sk_record_get_int (r, "year", 0),
                 source_position (source, sk_record_get_string (r, "source")),
                 sk_record_get_id (r), r };
      g_array_append_val (lines, l);
    }
  g_array_sort (lines, compare_lines);

  sk_pdf_heading (pdf, 2, TR ("Financing by year"));
  t = sk_pdf_table_new (pdf, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < lines->len; i++)
    {
      Line *l = &g_array_index (lines, Line, i);
      gint64 amount = sk_record_get_int (l->record, "amount_kzt", 0);
      g_autofree char *year = g_strdup_printf ("%d", l->year);

      year_total = sk_pdf_add_money (year_total, amount);
      total = sk_pdf_add_money (total, amount);
      by_source[MIN (l->source, n_sources)] = sk_pdf_add_money (by_source[MIN (l->source, n_sources)], amount);
      if (i == 0 || g_array_index (lines, Line, i - 1).year != l->year)
        {
          /* The year again, "(continued)", above its lines on a new page. */
          sk_pdf_table_group (t, year);
          sk_pdf_cell (t, year);
        }
      else
        sk_pdf_cell_blank (t);
      sk_pdf_cell (t, sk_pdf_enum (pdf, l->record, "source"));
      sk_pdf_cell_take (t, sk_format_money (amount, pdf->lang));
      sk_pdf_cell3 (t, pdf, l->record, "note");
      if (i + 1 == lines->len || g_array_index (lines, Line, i + 1).year != l->year)
        {
          /* TRANSLATORS: %d is a year (e.g. "Total for 2028") */
          g_autofree char *label = g_strdup_printf (TR ("Total for %d"), l->year);

          sk_pdf_table_row_style (t, SK_PDF_ROW_TOTAL);
          sk_pdf_cell_blank (t);
          sk_pdf_cell (t, label);
          sk_pdf_cell_take (t, sk_format_money (year_total, pdf->lang));
          sk_pdf_cell_blank (t);
          year_total = 0;
        }
    }
  sk_pdf_table_group (t, NULL);
  sk_pdf_table_row_style (t, SK_PDF_ROW_TOTAL);
  sk_pdf_cell_blank (t);
  sk_pdf_cell (t, TR ("Total for the term"));
  sk_pdf_cell_take (t, sk_format_money (total, pdf->lang));
  sk_pdf_cell_blank (t);
  sk_pdf_table_end (t);

  financing_by_source (pdf, source, by_source, n_sources, total);
}

/* ---- target indicators ---- */

#define YEARS_PER_TABLE 7

static int
compare_ints (gconstpointer a, gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/* The years of the term and of every target, sorted. */
static GArray *
indicator_years (SkPdf *pdf)
{
  GListModel *targets = sk_proposal_get_records (pdf->proposal, SK_KIND_INDICATOR_TARGET);
  SkRecord *info = sk_proposal_get_info (pdf->proposal);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  GArray *years = g_array_new (FALSE, FALSE, sizeof (int));
  int y1, m1, d1, y2, m2, d2;

  if (sk_parse_iso_date (sk_record_get_string (info, "term_start"), &y1, &m1, &d1) &&
      sk_parse_iso_date (sk_record_get_string (info, "term_end"), &y2, &m2, &d2) &&
      y1 <= y2 && y2 - y1 < 100)
    for (int y = y1; y <= y2; y++)
      g_hash_table_add (seen, GINT_TO_POINTER (y));
  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (targets, i);
      g_hash_table_add (seen, GINT_TO_POINTER ((int) sk_record_get_int (r, "year", 0)));
    }
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, seen);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      {
        int y = GPOINTER_TO_INT (key);
        g_array_append_val (years, y);
      }
  }
  g_array_sort (years, compare_ints);
  return years;
}

static void
indicator_table (SkPdf *pdf, GArray *years, guint from, guint to)
{
  GListModel *indicators = sk_proposal_get_records (pdf->proposal, SK_KIND_INDICATOR);
  guint n_columns = 3 + (to - from);
  g_autofree SkPdfColumn *columns = g_new0 (SkPdfColumn, n_columns);
  g_autofree char **titles = g_new0 (char *, n_columns);
  SkPdfTable *t;

  columns[0] = (SkPdfColumn) { TR ("Indicator"), 32, SK_PDF_ALIGN_LEFT };
  columns[1] = (SkPdfColumn) { TR ("Unit"), 10, SK_PDF_ALIGN_LEFT };
  columns[2] = (SkPdfColumn) { TR ("Baseline"), 9, SK_PDF_ALIGN_RIGHT };
  for (guint k = from; k < to; k++)
    {
      titles[3 + k - from] = g_strdup_printf ("%d", g_array_index (years, int, k));
      columns[3 + k - from] = (SkPdfColumn) { titles[3 + k - from], 49.0 / YEARS_PER_TABLE, SK_PDF_ALIGN_RIGHT };
    }
  t = sk_pdf_table_new (pdf, columns, n_columns);
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (indicators, i);
      g_autoptr (GPtrArray) targets = sk_pdf_children (pdf, SK_KIND_INDICATOR_TARGET, "indicator_id",
                                                       sk_record_get_id (r));
      const char *marker = NULL;
      const char *name = sk_pdf_text3 (pdf, r, "name", &marker);

      if (name)
        sk_pdf_cell_marked (t, name, marker);
      else
        sk_pdf_cell (t, sk_pdf_enum (pdf, r, "kind"));
      sk_pdf_cell_take (t, sk_pdf_code (pdf, r, "unit"));
      sk_pdf_cell_take (t, sk_record_is_set (r, "baseline")
                           ? sk_format_number (sk_record_get_double (r, "baseline", 0), 2, pdf->lang)
                           : NULL);
      for (guint k = from; k < to; k++)
        {
          int year = g_array_index (years, int, k);
          char *value = NULL;

          for (guint j = 0; j < targets->len && value == NULL; j++)
            if (sk_record_get_int (targets->pdata[j], "year", 0) == year)
              value = sk_format_number (sk_record_get_double (targets->pdata[j], "value", 0), 2, pdf->lang);
          sk_pdf_cell_take (t, value);
        }
    }
  sk_pdf_table_end (t);
  for (guint k = 0; k < n_columns; k++)
    g_free (titles[k]);
}

void
sk_pdf_write_indicators (SkPdf *pdf)
{
  g_autoptr (GArray) years = NULL;
  guint per_table;

  sk_pdf_heading (pdf, 1, TR ("Target indicators"));
  if (sk_proposal_count (pdf->proposal, SK_KIND_INDICATOR) == 0)
    {
      sk_pdf_none (pdf, TR ("No target indicators are recorded."));
      return;
    }
  sk_pdf_body (pdf, TR ("Targets agreed by the partners for each calendar year; a dash: no target."));
  years = indicator_years (pdf);
  if (years->len == 0)
    indicator_table (pdf, years, 0, 0);
  /* Tables of at most YEARS_PER_TABLE years, as even as they can be. */
  per_table = years->len ? (years->len + (years->len + YEARS_PER_TABLE - 1) / YEARS_PER_TABLE - 1) /
                           ((years->len + YEARS_PER_TABLE - 1) / YEARS_PER_TABLE) : 1;
  for (guint from = 0; from < years->len && !pdf->error; from += per_table)
    indicator_table (pdf, years, from, MIN (from + per_table, years->len));
}

/* ---- mobility ---- */

typedef struct {
  int year;
  gint64 count[4]; /* students in, out, staff in, out */
} MobilityYear;

static int
compare_mobility (gconstpointer a, gconstpointer b)
{
  return ((const MobilityYear *) a)->year - ((const MobilityYear *) b)->year;
}

void
sk_pdf_write_mobility (SkPdf *pdf)
{
  GListModel *figures = sk_proposal_get_records (pdf->proposal, SK_KIND_MOBILITY);
  guint n = g_list_model_get_n_items (figures);
  g_autoptr (GArray) years = g_array_new (FALSE, TRUE, sizeof (MobilityYear));
  g_autoptr (GHashTable) index = g_hash_table_new (g_direct_hash, g_direct_equal);
  SkPdfColumn columns[] = {
    { TR ("Year"), 12, SK_PDF_ALIGN_LEFT },
    { TR ("Incoming students"), 17.6, SK_PDF_ALIGN_RIGHT },
    { TR ("Outgoing students"), 17.6, SK_PDF_ALIGN_RIGHT },
    { TR ("Incoming staff"), 17.6, SK_PDF_ALIGN_RIGHT },
    { TR ("Outgoing staff"), 17.6, SK_PDF_ALIGN_RIGHT },
    { TR ("Total"), 17.6, SK_PDF_ALIGN_RIGHT },
  };
  gint64 totals[4] = { 0, 0, 0, 0 };
  SkPdfTable *t;

  sk_pdf_heading (pdf, 1, TR ("Academic mobility"));
  if (n == 0)
    {
      sk_pdf_none (pdf, TR ("No mobility is planned."));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (figures, i);
      int year = (int) sk_record_get_int (r, "year", 0);
      gboolean staff = g_strcmp0 (sk_record_get_string (r, "category"), "staff") == 0;
      gboolean out = g_strcmp0 (sk_record_get_string (r, "direction"), "outgoing") == 0;
      gpointer found = g_hash_table_lookup (index, GINT_TO_POINTER (year));
      MobilityYear *my;

      if (found == NULL)
        {
          MobilityYear empty = { .year = year };
          g_array_append_val (years, empty);
          found = GUINT_TO_POINTER (years->len);
          g_hash_table_insert (index, GINT_TO_POINTER (year), found);
        }
      my = &g_array_index (years, MobilityYear, GPOINTER_TO_UINT (found) - 1);
      my->count[staff * 2 + out] += sk_record_get_int (r, "count", 0);
    }
  g_array_sort (years, compare_mobility);

  sk_pdf_body (pdf, TR ("People moving between the partners each year, in both directions."));
  t = sk_pdf_table_new (pdf, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < years->len; i++)
    {
      MobilityYear *my = &g_array_index (years, MobilityYear, i);
      gint64 sum = 0;

      sk_pdf_cell_take (t, g_strdup_printf ("%d", my->year));
      for (guint k = 0; k < 4; k++)
        {
          sum += my->count[k];
          totals[k] += my->count[k];
          sk_pdf_cell_take (t, sk_format_int (my->count[k], pdf->lang));
        }
      sk_pdf_cell_take (t, sk_format_int (sum, pdf->lang));
    }
  sk_pdf_table_row_style (t, SK_PDF_ROW_TOTAL);
  sk_pdf_cell (t, TR ("Total"));
  for (guint k = 0; k < 4; k++)
    sk_pdf_cell_take (t, sk_format_int (totals[k], pdf->lang));
  sk_pdf_cell_take (t, sk_format_int (totals[0] + totals[1] + totals[2] + totals[3], pdf->lang));
  sk_pdf_table_end (t);
}
