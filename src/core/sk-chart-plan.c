/* sk-chart-plan.c: financing by year and source, and the term */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "sk-chart-private.h"
#include "sk-i18n.h"
#include "sk-init.h"
#include "sk-format.h"

/* More years than this are shown as the years that have financing only. */
#define MAX_YEAR_SPAN 60

/* ---- financing ---- */

typedef struct {
  int year;
  double amount[SK_CHART_N_SOURCES];
  double total;
} YearSums;

static int
compare_years (gconstpointer a, gconstpointer b)
{
  return ((const YearSums *) a)->year - ((const YearSums *) b)->year;
}

static gboolean
term_years (SkProposal *p, int *first, int *last)
{
  SkRecord *info = sk_proposal_get_info (p);
  int y1, m1, d1, y2, m2, d2;

  if (!sk_parse_iso_date (sk_record_get_string (info, "term_start"), &y1, &m1, &d1) ||
      !sk_parse_iso_date (sk_record_get_string (info, "term_end"), &y2, &m2, &d2) ||
      y2 < y1 || y2 - y1 > MAX_YEAR_SPAN)
    return FALSE;
  *first = y1;
  *last = y2;
  return TRUE;
}

/* The financing per year (every year of the term and of the financing,
 * or only the financed ones when they spread too far), sorted. */
static GArray *
collect_financing (SkProposal *p, gboolean used[SK_CHART_N_SOURCES])
{
  GListModel *lines = sk_proposal_get_records (p, SK_KIND_FINANCING);
  g_autoptr (GHashTable) by_year = g_hash_table_new (g_direct_hash, g_direct_equal);
  GArray *years = g_array_new (FALSE, TRUE, sizeof (YearSums));
  int first = G_MAXINT, last = G_MININT, t1, t2;

  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (lines, i);
      int year = (int) sk_record_get_int (r, "year", 0);
      guint source = sk_chart_source_index (sk_record_get_string (r, "source"));
      double amount = (double) sk_record_get_int (r, "amount_kzt", 0);
      gpointer found;
      YearSums *ys;

      if (!g_hash_table_lookup_extended (by_year, GINT_TO_POINTER (year), NULL, &found))
        {
          YearSums empty = { .year = year };
          g_array_append_val (years, empty);
          found = GUINT_TO_POINTER (years->len);
          g_hash_table_insert (by_year, GINT_TO_POINTER (year), found);
        }
      ys = &g_array_index (years, YearSums, GPOINTER_TO_UINT (found) - 1);
      ys->amount[source] += amount;
      ys->total += amount;
      used[source] = TRUE;
      first = MIN (first, year);
      last = MAX (last, year);
    }
  if (term_years (p, &t1, &t2))
    {
      first = MIN (first, t1);
      last = MAX (last, t2);
    }
  /* Fill the gaps, so that a year without financing shows. */
  if (first <= last && last - first <= MAX_YEAR_SPAN)
    for (int y = first; y <= last; y++)
      if (!g_hash_table_contains (by_year, GINT_TO_POINTER (y)))
        {
          YearSums empty = { .year = y };
          g_array_append_val (years, empty);
        }
  g_array_sort (years, compare_years);
  return years;
}

typedef struct {
  double divisor;
  const char *unit; /* msgid */
} Scale;

static Scale
choose_scale (double top)
{
  if (top >= 1e9)
    return (Scale) { 1e9, N_("billion ₸") };
  if (top >= 1e6)
    return (Scale) { 1e6, N_("million ₸") };
  if (top >= 1e4)
    return (Scale) { 1e3, N_("thousand ₸") };
  return (Scale) { 1, N_("₸") };
}

/* A round step for about five ticks up to @max. */
static double
nice_step (double max)
{
  double raw = max / 5, mag = pow (10, floor (log10 (raw))), norm = raw / mag;

  if (norm <= 1)
    return mag;
  if (norm <= 2)
    return 2 * mag;
  if (norm <= 2.5)
    return 2.5 * mag;
  if (norm <= 5)
    return 5 * mag;
  return 10 * mag;
}

/* The legend of the sources used, in rows; returns its height. With
 * @draw FALSE it only measures. */
static double
financing_legend (SkCanvas *cr, const SkChartStyle *style, const char *lang,
                  const gboolean used[SK_CHART_N_SOURCES], double x, double y, double width,
                  gboolean draw)
{
  const SkField *f = sk_kind_field (sk_schema_kind (SK_KIND_FINANCING), "source");
  double fs = style->font_size * 0.9, row_h = fs * 1.5, cx = x, cy = y;
  guint i = 0;
  gboolean any = FALSE;

  for (const SkEnumValue *v = f->enum_values; v->code && i < SK_CHART_N_SOURCES; v++, i++)
    {
      g_autofree char *label = NULL;
      double item;

      if (!used[i])
        continue;
      label = sk_chart_fit (cr, style, sk_tr (lang, v->label), width - fs * 1.3, fs, FALSE);
      item = fs * 1.3 + sk_chart_text_width (cr, label) + fs * 1.2;
      if (cx > x && cx + item > x + width)
        {
          cx = x;
          cy += row_h;
        }
      if (draw)
        {
          sk_chart_swatch (cr, &style->source[i], cx, cy + (row_h - fs * 0.85) / 2, fs * 0.85);
          sk_chart_set_colour (cr, &style->foreground);
          sk_chart_text (cr, label, cx + fs * 1.3, cy + row_h / 2, SK_CHART_LEFT);
        }
      cx += item;
      any = TRUE;
    }
  return any ? cy - y + row_h : 0;
}

void
sk_chart_canvas_financing (SkCanvas *cr, const SkChartStyle *style, SkProposal *p,
                         const char *lang, double width, double height)
{
  gboolean used[SK_CHART_N_SOURCES] = { FALSE };
  g_autoptr (GArray) years = NULL;
  double fs = style->font_size, pad = fs * 0.6, max = 0, step, top_value;
  double legend_h, axis_w = 0, left, right, top, bottom, slot, bar_w;
  Scale scale;
  guint label_every = 1;

  g_return_if_fail (cr != NULL && style != NULL && SK_IS_PROPOSAL (p));
  if (lang == NULL)
    lang = sk_get_content_language ();
  sk_canvas_save (cr);
  if (!sk_chart_begin (cr, style, width, height))
    goto out;
  years = collect_financing (p, used);
  for (guint i = 0; i < years->len; i++)
    max = MAX (max, g_array_index (years, YearSums, i).total);
  if (years->len == 0 || max <= 0)
    {
      sk_chart_message (cr, style, sk_tr (lang, "No financing is recorded."), width, height);
      goto out;
    }

  step = nice_step (max * 1.1);
  top_value = ceil (max * 1.1 / step) * step;
  scale = choose_scale (top_value);

  legend_h = financing_legend (cr, style, lang, used, pad, 0, width - 2 * pad, FALSE);
  sk_chart_set_font (cr, style, fs * 0.8, FALSE);
  for (double v = 0; v <= top_value * 1.0001; v += step)
    {
      g_autofree char *t = sk_format_number (v / scale.divisor, 2, lang);
      axis_w = MAX (axis_w, sk_chart_text_width (cr, t));
    }
  axis_w = MIN (axis_w, width * 0.25);
  left = pad + axis_w + fs * 0.5;
  right = width - pad;
  top = pad + fs * 1.6;
  bottom = height - pad - legend_h - fs * 2.0;
  if (bottom - top < fs * 2 || right - left < fs * 4)
    goto out;

  /* The unit, the grid and the values. */
  sk_chart_set_colour (cr, &style->muted);
  sk_chart_label (cr, style, sk_tr (lang, scale.unit), pad, pad + fs * 0.5, width - 2 * pad,
                  fs * 0.85, FALSE, SK_CHART_LEFT);
  sk_canvas_set_line_width (cr, MAX (0.5, fs / 16));
  for (double v = 0; v <= top_value * 1.0001; v += step)
    {
      double y = bottom - (bottom - top) * v / top_value;
      g_autofree char *t = sk_format_number (v / scale.divisor, 2, lang);

      sk_chart_set_colour (cr, &style->grid);
      sk_canvas_move_to (cr, left, y);
      sk_canvas_line_to (cr, right, y);
      sk_canvas_stroke (cr);
      sk_chart_set_colour (cr, &style->muted);
      sk_chart_label (cr, style, t, left - fs * 0.4, y, axis_w, fs * 0.8, FALSE, SK_CHART_RIGHT);
    }

  /* The bars, stacked in the order of the sources. */
  slot = (right - left) / years->len;
  bar_w = slot * 0.62;
  sk_chart_set_font (cr, style, fs * 0.8, FALSE);
  while (label_every < years->len &&
         sk_chart_text_width (cr, "0000") * 1.3 > slot * label_every)
    label_every++;
  for (guint i = 0; i < years->len; i++)
    {
      const YearSums *ys = &g_array_index (years, YearSums, i);
      double x = left + slot * i + (slot - bar_w) / 2, y = bottom;

      for (guint s = 0; s < SK_CHART_N_SOURCES; s++)
        {
          double h = (bottom - top) * ys->amount[s] / top_value;

          if (ys->amount[s] <= 0)
            continue;
          sk_chart_set_colour (cr, &style->source[s]);
          sk_canvas_rectangle (cr, x, y - h, bar_w, h);
          sk_canvas_fill (cr);
          y -= h;
        }
      if (ys->total > 0 && slot > fs * 1.5)
        {
          g_autofree char *total = max / scale.divisor < 10
                                   ? sk_format_fixed (ys->total / scale.divisor, 1, lang)
                                   : sk_format_number (ys->total / scale.divisor, 0, lang);

          sk_chart_set_font (cr, style, fs * 0.75, FALSE);
          if (sk_chart_text_width (cr, total) <= slot * 0.98)
            {
              sk_chart_set_colour (cr, &style->foreground);
              sk_chart_text (cr, total, x + bar_w / 2, y - fs * 0.55, SK_CHART_CENTRE);
            }
        }
      if (i % label_every == 0)
        {
          g_autofree char *label = g_strdup_printf ("%d", ys->year);

          sk_chart_set_colour (cr, ys->total > 0 ? &style->foreground : &style->severity[SK_SEVERITY_WARNING]);
          sk_chart_label (cr, style, label, left + slot * i + slot / 2, bottom + fs * 0.8,
                          slot * label_every, fs * 0.8, FALSE, SK_CHART_CENTRE);
        }
    }
  sk_chart_set_colour (cr, &style->foreground);
  sk_canvas_set_line_width (cr, MAX (0.75, fs / 12));
  sk_canvas_move_to (cr, left, bottom);
  sk_canvas_line_to (cr, right, bottom);
  sk_canvas_stroke (cr);

  financing_legend (cr, style, lang, used, pad, height - pad - legend_h, width - 2 * pad, TRUE);
out:
  sk_canvas_restore (cr);
}

/* ---- the term ---- */

/* The year as a real number: 2027.67 for 1 September 2027. */
static double
year_position (GDate *date)
{
  int year = g_date_get_year (date);
  double days = g_date_is_leap_year ((GDateYear) year) ? 366 : 365;

  return year + (g_date_get_day_of_year (date) - 1) / days;
}

static GDate *
parse_date (const char *iso)
{
  int y, m, d;

  if (!sk_parse_iso_date (iso, &y, &m, &d))
    return NULL;
  return g_date_new_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

/* Whole years from @start to the day after @end (1 Sept 2025 – 31 Aug 2030
 * is 5 years), as the term check counts them. */
static int
whole_years (GDate *start, GDate *end)
{
  g_autoptr (GDate) after = g_date_copy (end);
  int years;

  g_date_add_days (after, 1);
  years = g_date_get_year (after) - g_date_get_year (start);
  if (g_date_get_month (after) < g_date_get_month (start) ||
      (g_date_get_month (after) == g_date_get_month (start) &&
       g_date_get_day (after) < g_date_get_day (start)))
    years--;
  return years;
}

void
sk_chart_canvas_term (SkCanvas *cr, const SkChartStyle *style, SkProposal *p, SkRuleSet *rules,
                    const char *lang, double width, double height)
{
  SkRecord *info;
  g_autoptr (GDate) start = NULL;
  g_autoptr (GDate) end = NULL;
  g_autoptr (GDate) minimum = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *min_label = NULL;
  double fs = style->font_size, pad = fs * 0.6, left, right, bar_y, bar_h, axis_y;
  double first, last, xs, xe, xm;
  int min_years, years, tick_every = 1;
  gboolean too_short;

  g_return_if_fail (cr != NULL && style != NULL && SK_IS_PROPOSAL (p) && SK_IS_RULE_SET (rules));
  if (lang == NULL)
    lang = sk_get_content_language ();
  sk_canvas_save (cr);
  if (!sk_chart_begin (cr, style, width, height))
    goto out;
  info = sk_proposal_get_info (p);
  start = parse_date (sk_record_get_string (info, "term_start"));
  end = parse_date (sk_record_get_string (info, "term_end"));
  if (start == NULL || end == NULL)
    {
      sk_chart_message (cr, style, sk_tr (lang, "The term is not given."), width, height);
      goto out;
    }
  if (g_date_compare (end, start) < 0)
    {
      sk_chart_message (cr, style, sk_tr (lang, "The term ends before it starts."), width, height);
      goto out;
    }
  min_years = CLAMP (sk_rule_set_min_term_years (rules), 0, MAX_YEAR_SPAN);
  minimum = g_date_copy (start);
  g_date_add_years (minimum, (guint) min_years);
  years = whole_years (start, end);
  too_short = years < min_years;

  first = g_date_get_year (start);
  last = MAX (g_date_get_year (end), g_date_get_year (minimum)) + 1;
  if (last - first > MAX_YEAR_SPAN)
    last = first + MAX_YEAR_SPAN;
  left = pad + fs * 0.5;
  right = width - pad - fs * 0.5;
  bar_h = MIN (fs * 1.6, (height - 2 * pad) / 4);
  bar_y = pad + fs * 1.6;
  axis_y = bar_y + bar_h;
  if (right - left < fs * 4 || axis_y + fs * 2.6 > height)
    goto out;
#define X(pos) (left + (right - left) * (MIN ((pos), last) - first) / (last - first))
  xs = X (year_position (start));
  xe = X (year_position (end) + 1.0 / 365);
  xm = X (year_position (minimum));

  /* Caption: the dates and the length. */
  from = sk_format_date (g_date_get_year (start), g_date_get_month (start),
                             g_date_get_day (start), lang);
  to = sk_format_date (g_date_get_year (end), g_date_get_month (end),
                           g_date_get_day (end), lang);
  {
    g_autofree char *length = g_strdup_printf (sk_ntr (lang, "%d year", "%d years",
                                                      (gulong) MAX (years, 0)), years);
    caption = g_strdup_printf ("%s – %s (%s)", from, to, length);
  }
  sk_chart_set_colour (cr, too_short ? &style->severity[SK_SEVERITY_ERROR] : &style->foreground);
  sk_chart_label (cr, style, caption, left, pad + fs * 0.6, right - left, fs, TRUE, SK_CHART_LEFT);

  /* Years. */
  sk_chart_set_font (cr, style, fs * 0.8, FALSE);
  while (tick_every < 10 && sk_chart_text_width (cr, "0000") * 1.4 > (right - left) / (last - first) * tick_every)
    tick_every = tick_every == 1 ? 2 : tick_every == 2 ? 5 : 10;
  sk_canvas_set_line_width (cr, MAX (0.5, fs / 16));
  for (int y = (int) first; y <= (int) last; y++)
    {
      double x = X (y);
      g_autofree char *label = g_strdup_printf ("%d", y);

      sk_chart_set_colour (cr, &style->grid);
      sk_canvas_move_to (cr, x, bar_y - fs * 0.2);
      sk_canvas_line_to (cr, x, axis_y + fs * 0.3);
      sk_canvas_stroke (cr);
      if ((y - (int) first) % tick_every == 0)
        {
          sk_chart_set_colour (cr, &style->muted);
          sk_chart_set_font (cr, style, fs * 0.8, FALSE);
          sk_chart_text (cr, label, x, axis_y + fs * 0.9,
                         y == (int) first ? SK_CHART_LEFT : y == (int) last ? SK_CHART_RIGHT : SK_CHART_CENTRE);
        }
    }

  /* The term. */
  sk_chart_set_colour (cr, too_short ? &style->severity[SK_SEVERITY_ERROR] : &style->accent);
  sk_canvas_rectangle (cr, xs, bar_y, MAX (xe - xs, 1.0), bar_h);
  sk_canvas_fill (cr);

  /* The minimum, from the start. */
  min_label = g_strdup_printf (sk_ntr (lang, "minimum %d year", "minimum %d years", (gulong) min_years),
                               min_years);
  sk_chart_set_colour (cr, &style->limit);
  sk_canvas_set_line_width (cr, MAX (1.0, fs / 8));
  sk_chart_dashed_line (cr, xm, bar_y - fs * 0.3, xm, axis_y + fs * 1.6, fs);
  sk_chart_set_font (cr, style, fs * 0.8, TRUE);
  if (right - xm > sk_chart_text_width (cr, min_label) + fs * 0.4 || right - xm > xm - left)
    sk_chart_label (cr, style, min_label, xm + fs * 0.3, axis_y + fs * 2.0, right - xm - fs * 0.3 + pad,
                    fs * 0.8, TRUE, SK_CHART_LEFT);
  else
    sk_chart_label (cr, style, min_label, xm - fs * 0.3, axis_y + fs * 2.0, xm - fs * 0.3 - pad,
                    fs * 0.8, TRUE, SK_CHART_RIGHT);
#undef X
out:
  sk_canvas_restore (cr);
}

/* ---- on cairo ---- */

void
sk_chart_draw_financing (cairo_t *cr, const SkChartStyle *style, SkProposal *p,
                         const char *lang, double width, double height)
{
  SkCanvas c;

  sk_canvas_init_cairo (&c, cr);
  sk_chart_canvas_financing (&c, style, p, lang, width, height);
}

void
sk_chart_draw_term (cairo_t *cr, const SkChartStyle *style, SkProposal *p, SkRuleSet *rules,
                    const char *lang, double width, double height)
{
  SkCanvas c;

  sk_canvas_init_cairo (&c, cr);
  sk_chart_canvas_term (&c, style, p, rules, lang, width, height);
}
