/* sk-chart.c: the charts' styles and text, the staffing ratio and the
 * compliance summary (financing and the term: sk-chart-plan.c) */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "sk-chart-private.h"
#include "sk-i18n.h"
#include "sk-init.h"
#include "sk-format.h"
#include "sk-pdf-text.h"

#define RGB(r, g, b) { (r) / 255.0, (g) / 255.0, (b) / 255.0, 1.0 }

static const SkChartStyle light = {
  .foreground = RGB (0x24, 0x24, 0x2a),
  .muted = RGB (0x5e, 0x5c, 0x64),
  .background = RGB (0xff, 0xff, 0xff),
  .grid = RGB (0xde, 0xdd, 0xda),
  .limit = RGB (0xa5, 0x1d, 0x2d),
  .accent = RGB (0x1c, 0x71, 0xd8),
  .on_colour = RGB (0xff, 0xff, 0xff),
  .side = { RGB (0x1a, 0x5f, 0xb4), RGB (0xe6, 0x61, 0x00), RGB (0x9a, 0x99, 0x96) },
  .source = {
    RGB (0x1c, 0x71, 0xd8), RGB (0xe6, 0x61, 0x00), RGB (0x26, 0xa2, 0x69), RGB (0x81, 0x3d, 0x9c),
    RGB (0xe5, 0xa5, 0x0a), RGB (0x98, 0x6a, 0x44), RGB (0xc0, 0x61, 0xcb), RGB (0x77, 0x76, 0x7b),
  },
  .severity = { RGB (0x1c, 0x71, 0xd8), RGB (0xc6, 0x7c, 0x00), RGB (0xc0, 0x1c, 0x28) },
  .font_family = "DejaVu Sans",
  .font_size = 12,
};

static const SkChartStyle dark = {
  .foreground = RGB (0xff, 0xff, 0xff),
  .muted = RGB (0xc0, 0xbf, 0xbc),
  .background = RGB (0x24, 0x24, 0x24),
  .grid = RGB (0x4a, 0x4a, 0x4f),
  .limit = RGB (0xff, 0x7b, 0x63),
  .accent = RGB (0x78, 0xae, 0xed),
  .on_colour = RGB (0x00, 0x00, 0x00),
  .side = { RGB (0x62, 0xa0, 0xea), RGB (0xff, 0xa3, 0x48), RGB (0xc0, 0xbf, 0xbc) },
  .source = {
    RGB (0x62, 0xa0, 0xea), RGB (0xff, 0xa3, 0x48), RGB (0x57, 0xe3, 0x89), RGB (0xc0, 0x61, 0xcb),
    RGB (0xf8, 0xe4, 0x5c), RGB (0xcd, 0xab, 0x8f), RGB (0xdc, 0x8a, 0xdd), RGB (0x9a, 0x99, 0x96),
  },
  .severity = { RGB (0x78, 0xae, 0xed), RGB (0xf8, 0xe4, 0x5c), RGB (0xff, 0x7b, 0x63) },
  .font_family = "DejaVu Sans",
  .font_size = 12,
};

const SkChartStyle *
sk_chart_style_light (void)
{
  return &light;
}

const SkChartStyle *
sk_chart_style_dark (void)
{
  return &dark;
}

/* ---- shared helpers ---- */

void
sk_chart_set_colour (SkCanvas *cr, const SkChartColor *c)
{
  sk_canvas_set_rgba (cr, c->red, c->green, c->blue, c->alpha);
}

void
sk_chart_set_font (SkCanvas *cr, const SkChartStyle *style, double size, gboolean bold)
{
  sk_canvas_set_font (cr, style->font_family, MAX (size, 1.0), bold);
}

static double
measure (const char *text, gsize length, gpointer data)
{
  return sk_canvas_text_width ((SkCanvas *) data, text, length);
}

double
sk_chart_text_width (SkCanvas *cr, const char *text)
{
  return measure (text, strlen (text), cr);
}

char *
sk_chart_cut (SkCanvas *cr, const SkChartStyle *style, const char *text, double max_width,
              double size, gboolean bold)
{
  g_autofree char *clean = sk_pdf_text_clean (text);

  g_strdelimit (clean, "\n", ' ');
  sk_chart_set_font (cr, style, size, bold);
  if (max_width <= 0)
    return g_strdup ("");
  return sk_pdf_ellipsize (clean, max_width, measure, cr);
}

char *
sk_chart_fit (SkCanvas *cr, const SkChartStyle *style, const char *text, double max_width,
              double size, gboolean bold)
{
  g_autofree char *clean = sk_pdf_text_clean (text);
  double w;

  g_strdelimit (clean, "\n", ' ');
  sk_chart_set_font (cr, style, size, bold);
  if (max_width <= 0)
    return g_strdup ("");
  w = sk_chart_text_width (cr, clean);
  if (w <= max_width)
    return g_steal_pointer (&clean);
  sk_chart_set_font (cr, style, MAX (size * 0.75, size * max_width / w), bold);
  return sk_pdf_ellipsize (clean, max_width, measure, cr);
}

void
sk_chart_text (SkCanvas *cr, const char *text, double x, double y_centre, SkChartAlign align)
{
  double ascent = 0, descent = 0;
  double w = sk_chart_text_width (cr, text);

  sk_canvas_font_extents (cr, &ascent, &descent);
  if (align == SK_CHART_CENTRE)
    x -= w / 2;
  else if (align == SK_CHART_RIGHT)
    x -= w;
  sk_canvas_show_text (cr, x, y_centre + (ascent - descent) / 2, text);
}

void
sk_chart_label (SkCanvas *cr, const SkChartStyle *style, const char *text, double x,
                double y_centre, double max_width, double size, gboolean bold,
                SkChartAlign align)
{
  g_autofree char *fitted = sk_chart_fit (cr, style, text, max_width, size, bold);

  if (*fitted)
    sk_chart_text (cr, fitted, x, y_centre, align);
}

gboolean
sk_chart_begin (SkCanvas *cr, const SkChartStyle *style, double width, double height)
{
  if (style->background.alpha > 0 && width > 0 && height > 0)
    {
      sk_chart_set_colour (cr, &style->background);
      sk_canvas_rectangle (cr, 0, 0, width, height);
      sk_canvas_fill (cr);
    }
  return width >= 4 * style->font_size && height >= 2 * style->font_size;
}

void
sk_chart_message (SkCanvas *cr, const SkChartStyle *style, const char *text, double width,
                  double height)
{
  sk_chart_set_colour (cr, &style->muted);
  sk_chart_label (cr, style, text, width / 2, height / 2, width - style->font_size,
                  style->font_size, FALSE, SK_CHART_CENTRE);
}

void
sk_chart_dashed_line (SkCanvas *cr, double x0, double y0, double x1, double y1, double unit)
{
  double dash[] = { unit * 0.5, unit * 0.3 };

  sk_canvas_save (cr);
  sk_canvas_set_dash (cr, dash, 2, 0);
  sk_canvas_move_to (cr, x0, y0);
  sk_canvas_line_to (cr, x1, y1);
  sk_canvas_stroke (cr);
  sk_canvas_restore (cr);
}

void
sk_chart_swatch (SkCanvas *cr, const SkChartColor *colour, double x, double y, double size)
{
  sk_chart_set_colour (cr, colour);
  sk_canvas_rectangle (cr, x, y, size, size);
  sk_canvas_fill (cr);
}

guint
sk_chart_source_index (const char *code)
{
  const SkField *f = sk_kind_field (sk_schema_kind (SK_KIND_FINANCING), "source");
  guint i = 0;

  for (const SkEnumValue *v = f->enum_values; v->code && i < SK_CHART_N_SOURCES; v++, i++)
    if (g_strcmp0 (v->code, code) == 0)
      return i;
  return SK_CHART_N_SOURCES - 1;
}

/* ---- the staffing ratio ---- */

typedef struct {
  const char *name;
  const SkShares *shares;
} Bar;

#define BAR_ROW 2.0 /* a bar's row, in font sizes */

double
sk_chart_staffing_height (const SkChartStyle *style, SkProposal *p)
{
  guint n = 1 + sk_proposal_count (p, SK_KIND_PROGRAMME);

  /* legend, limit labels, bars, axis */
  return style->font_size * (1.2 + 1.8 + 3.0 + BAR_ROW * n + 2.0);
}

static const char *
programme_name (SkRecord *r, const char *lang)
{
  const char *s = sk_record_get_text3 (r, "name", lang, TRUE, NULL);

  return s ? s : sk_tr (lang, "(unnamed)");
}

static void
draw_legend (SkCanvas *cr, const SkChartStyle *style, const char *lang, double x, double y,
             double width)
{
  static const char * const labels[SK_N_SIDES] = {
    N_("Kazakhstani side"), N_("Foreign side"), N_("Third party"),
  };
  double fs = style->font_size;
  double item = width / SK_N_SIDES;

  for (guint i = 0; i < SK_N_SIDES; i++)
    {
      double ix = x + item * i;

      sk_chart_swatch (cr, &style->side[i], ix, y + fs * 0.1, fs * 0.8);
      sk_chart_set_colour (cr, &style->foreground);
      sk_chart_label (cr, style, sk_tr (lang, labels[i]), ix + fs * 1.2, y + fs * 0.5,
                      item - fs * 1.6, fs, FALSE, SK_CHART_LEFT);
    }
}

static void
draw_percent (SkCanvas *cr, const SkChartStyle *style, const char *lang, double percent,
              double x0, double x1, double y_centre, double size)
{
  g_autofree char *text = NULL;

  if (percent < 0.05 || x1 - x0 < size * 2)
    return;
  text = sk_format_percent (percent, 0, lang);
  sk_chart_set_font (cr, style, size, FALSE);
  if (sk_chart_text_width (cr, text) + size * 0.6 > x1 - x0)
    return;
  sk_chart_set_colour (cr, &style->on_colour);
  sk_chart_text (cr, text, (x0 + x1) / 2, y_centre, SK_CHART_CENTRE);
}

static void
draw_bar (SkCanvas *cr, const SkChartStyle *style, const char *lang, const SkShares *s,
          double x0, double x1, double y, double h, double text_size)
{
  double bw = x1 - x0;
  double kz, fo;

  if (s->total <= 0)
    {
      sk_chart_set_colour (cr, &style->grid);
      sk_canvas_set_line_width (cr, MAX (1.0, style->font_size / 12));
      sk_canvas_rectangle (cr, x0, y, bw, h);
      sk_canvas_stroke (cr);
      if (h >= text_size)
        {
          sk_chart_set_colour (cr, &style->muted);
          sk_chart_label (cr, style, sk_tr (lang, "no staff"), x0 + text_size * 0.5, y + h / 2,
                          bw - text_size, text_size, FALSE, SK_CHART_LEFT);
        }
      return;
    }
  kz = sk_shares_percent (s, SK_SIDE_KAZAKH);
  fo = sk_shares_percent (s, SK_SIDE_FOREIGN);
  sk_chart_set_colour (cr, &style->side[SK_SIDE_KAZAKH]);
  sk_canvas_rectangle (cr, x0, y, bw * kz / 100, h);
  sk_canvas_fill (cr);
  sk_chart_set_colour (cr, &style->side[SK_SIDE_OTHER]);
  sk_canvas_rectangle (cr, x0 + bw * kz / 100, y, bw * (100 - kz - fo) / 100, h);
  sk_canvas_fill (cr);
  sk_chart_set_colour (cr, &style->side[SK_SIDE_FOREIGN]);
  sk_canvas_rectangle (cr, x1 - bw * fo / 100, y, bw * fo / 100, h);
  sk_canvas_fill (cr);
  if (h >= text_size * 1.1)
    {
      draw_percent (cr, style, lang, kz, x0, x0 + bw * kz / 100, y + h / 2, text_size);
      draw_percent (cr, style, lang, 100 - kz - fo, x0 + bw * kz / 100, x1 - bw * fo / 100,
                    y + h / 2, text_size);
      draw_percent (cr, style, lang, fo, x1 - bw * fo / 100, x1, y + h / 2, text_size);
    }
}

/* A limit line through the bars, from below its label. */
static void
draw_limit_line (SkCanvas *cr, const SkChartStyle *style, double x, double label_y, double bottom)
{
  double fs = style->font_size;

  sk_chart_set_colour (cr, &style->limit);
  sk_canvas_set_line_width (cr, MAX (1.0, fs / 8));
  sk_chart_dashed_line (cr, x, label_y + fs * 0.6, x, bottom, fs);
}

/* Its label beside it, over the background so that other lines pass
 * behind it. */
static void
draw_limit_label (SkCanvas *cr, const SkChartStyle *style, const char *label, double x,
                  double label_y, double left, double right, SkChartAlign align)
{
  double fs = style->font_size;
  double avail = align == SK_CHART_RIGHT ? x - fs * 0.3 - left : right - x - fs * 0.3;
  g_autofree char *text = sk_chart_fit (cr, style, label, avail, fs * 0.9, TRUE);
  double w = sk_chart_text_width (cr, text);
  double tx = align == SK_CHART_RIGHT ? x - fs * 0.3 - w : x + fs * 0.3;

  if (*text == '\0')
    return;
  if (style->background.alpha > 0)
    {
      sk_chart_set_colour (cr, &style->background);
      sk_canvas_rectangle (cr, tx - fs * 0.15, label_y - fs * 0.55, w + fs * 0.3, fs * 1.1);
      sk_canvas_fill (cr);
    }
  sk_chart_set_colour (cr, &style->limit);
  sk_chart_text (cr, text, tx, label_y, SK_CHART_LEFT);
}

typedef struct {
  char *text;
  double x;          /* of the line */
  SkChartAlign align; /* the label left or right of it */
  guint row;
} Limit;

/* The rule set's limits as lines at @x0 … @x1 (0 … 100 % from the left)
 * and their labels, each in the first row where it overlaps no other. */
static guint
place_limits (SkCanvas *cr, const SkChartStyle *style, const char *lang, SkRuleSet *rules,
              double x0, double x1, double left, double right, Limit limits[3], guint *n_rows)
{
  double fs = style->font_size;
  int kmax = sk_rule_set_kazakh_max_percent (rules);
  int fmax = sk_rule_set_foreign_max_percent (rules);
  int fmin = sk_rule_set_foreign_min_percent (rules);
  double from[3], to[3];
  guint n = 0;
  g_autofree char *kmax_s = sk_format_percent (kmax, 0, lang);
  g_autofree char *fmax_s = sk_format_percent (fmax, 0, lang);
  g_autofree char *fmin_s = sk_format_percent (fmin, 0, lang);

  /* TRANSLATORS: a legend of the chart: %s is the rule set's limit, a percentage with its sign ("70 %") */
  limits[n++] = (Limit) { g_strdup_printf (sk_tr (lang, "Kazakhstani ≤ %s"), kmax_s),
                          x0 + (x1 - x0) * kmax / 100, SK_CHART_RIGHT, 0 };
  /* TRANSLATORS: a legend of the chart: %s is the rule set's limit, a percentage with its sign ("30 %") */
  limits[n++] = (Limit) { g_strdup_printf (sk_tr (lang, "Foreign ≤ %s"), fmax_s),
                          x0 + (x1 - x0) * (100 - fmax) / 100, SK_CHART_LEFT, 0 };
  if (fmin > 0)
    /* TRANSLATORS: a legend of the chart: %s is the rule set's minimum, a percentage with its sign ("20 %") */
    limits[n++] = (Limit) { g_strdup_printf (sk_tr (lang, "Foreign ≥ %s"), fmin_s),
                            x0 + (x1 - x0) * (100 - fmin) / 100, SK_CHART_RIGHT, 0 };
  *n_rows = 1;
  sk_chart_set_font (cr, style, fs * 0.9, TRUE);
  for (guint i = 0; i < n; i++)
    {
      double w = sk_chart_text_width (cr, limits[i].text) + fs * 0.3;

      from[i] = limits[i].align == SK_CHART_RIGHT ? MAX (left, limits[i].x - w) : limits[i].x + fs * 0.3;
      to[i] = limits[i].align == SK_CHART_RIGHT ? limits[i].x - fs * 0.3 : MIN (right, limits[i].x + w);
      for (limits[i].row = 0;; limits[i].row++)
        {
          gboolean free = TRUE;

          for (guint k = 0; k < i; k++)
            if (limits[k].row == limits[i].row && from[i] < to[k] + fs * 0.2 && from[k] < to[i] + fs * 0.2)
              free = FALSE;
          if (free)
            break;
        }
      *n_rows = MAX (*n_rows, limits[i].row + 1);
    }
  return n;
}

void
sk_chart_canvas_staffing_data (SkCanvas *cr, const SkChartStyle *style, SkProposal *p,
                             SkStaffing *staffing, SkRuleSet *rules, SkBasis basis,
                             const char *lang, double width, double height)
{
  guint n = 1 + staffing->programmes->len;
  g_autofree Bar *bars = g_new0 (Bar, n);
  double fs = style->font_size, pad = fs * 0.6;
  double label_w = 0, x0, x1, top, bottom, row, bar_h, text_size;
  double legend_y, limit_y;
  Limit limits[3];
  guint n_limits = 0, limit_rows = 1;

  if (lang == NULL)
    lang = sk_get_content_language ();
  sk_canvas_save (cr);
  if (!sk_chart_begin (cr, style, width, height) || basis >= SK_N_BASES)
    goto out;

  bars[0].name = sk_tr (lang, "All staff");
  bars[0].shares = &staffing->overall[basis];
  for (guint i = 1; i < n; i++)
    {
      const SkProgrammeStaffing *ps = &g_array_index (staffing->programmes, SkProgrammeStaffing, i - 1);
      SkRecord *r = sk_proposal_lookup (p, SK_KIND_PROGRAMME, ps->programme_id);

      bars[i].name = r ? programme_name (r, lang) : "";
      bars[i].shares = &ps->by[basis];
    }

  /* The label column at the largest size the labels can have (they only
   * get smaller with many bars), then the limits' labels in as many rows
   * as they need not to overlap. */
  sk_chart_set_font (cr, style, fs * 0.9, FALSE);
  for (guint i = 0; i < n; i++)
    label_w = MAX (label_w, sk_chart_text_width (cr, bars[i].name));
  label_w = CLAMP (label_w, width * 0.12, width * 0.3);
  x0 = pad + label_w + pad;
  x1 = width - pad - fs * 0.3;
  if (x1 - x0 < fs * 4)
    goto out;
  n_limits = place_limits (cr, style, lang, rules, x0, x1, pad, width - pad, limits, &limit_rows);

  legend_y = pad;
  limit_y = legend_y + fs * 1.8;
  top = limit_y + fs * 1.2 * limit_rows + fs * 0.2;
  bottom = height - pad - fs * 1.6;
  if (bottom - top < fs * 0.5)
    goto out;
  row = (bottom - top) / n;
  bar_h = MIN (row * 0.7, fs * 1.5);
  text_size = MIN (fs * 0.9, row * 0.7);

  draw_legend (cr, style, lang, pad, legend_y, width - 2 * pad);

  /* The grid and the axis: 0 … 100 % of the Kazakhstani side. */
  sk_canvas_set_line_width (cr, MAX (0.5, fs / 16));
  for (int t = 0; t <= 100; t += 20)
    {
      double x = x0 + (x1 - x0) * t / 100;
      g_autofree char *tick = sk_format_percent (t, 0, lang);

      sk_chart_set_colour (cr, &style->grid);
      sk_canvas_move_to (cr, x, top);
      sk_canvas_line_to (cr, x, bottom);
      sk_canvas_stroke (cr);
      sk_chart_set_colour (cr, &style->muted);
      sk_chart_set_font (cr, style, fs * 0.8, FALSE);
      sk_chart_text (cr, tick, x, bottom + fs * 0.8,
                     t == 0 ? SK_CHART_LEFT : t == 100 ? SK_CHART_RIGHT : SK_CHART_CENTRE);
    }

  for (guint i = 0; i < n; i++)
    {
      double y = top + row * i + (row - bar_h) / 2;

      if (text_size >= fs * 0.45 || i == 0)
        {
          /* All at one size, cut where they are too long. */
          g_autofree char *name = sk_chart_cut (cr, style, bars[i].name, label_w,
                                                MAX (text_size, fs * 0.45), i == 0);

          sk_chart_set_colour (cr, &style->foreground);
          sk_chart_text (cr, name, pad, y + bar_h / 2, SK_CHART_LEFT);
        }
      draw_bar (cr, style, lang, bars[i].shares, x0, x1, y, bar_h, text_size * 0.9);
    }

  /* The limits. */
  for (guint i = 0; i < n_limits; i++)
    draw_limit_line (cr, style, limits[i].x, limit_y + fs * 0.6 + fs * 1.2 * limits[i].row, bottom);
  for (guint i = 0; i < n_limits; i++)
    draw_limit_label (cr, style, limits[i].text, limits[i].x, limit_y + fs * 0.6 + fs * 1.2 * limits[i].row,
                      pad, width - pad, limits[i].align);
out:
  for (guint i = 0; i < n_limits; i++)
    g_free (limits[i].text);
  sk_canvas_restore (cr);
}

void
sk_chart_canvas_staffing (SkCanvas *cr, const SkChartStyle *style, SkProposal *p, SkRuleSet *rules,
                        SkBasis basis, const char *lang, double width, double height)
{
  g_autoptr (SkStaffing) staffing = NULL;

  g_return_if_fail (cr != NULL && style != NULL && SK_IS_PROPOSAL (p) && SK_IS_RULE_SET (rules));
  staffing = sk_staffing_compute (p);
  sk_chart_canvas_staffing_data (cr, style, p, staffing, rules, basis, lang, width, height);
}

/* ---- the compliance summary ---- */

void
sk_chart_canvas_compliance (SkCanvas *cr, const SkChartStyle *style, GPtrArray *findings,
                          const char *lang, double width, double height)
{
  static const SkSeverity order[] = { SK_SEVERITY_ERROR, SK_SEVERITY_WARNING, SK_SEVERITY_NOTE };
  static const char * const labels[] = { N_("Errors"), N_("Warnings"), N_("Notes") };
  double fs = style->font_size, pad = fs * 0.6;
  double gap = fs, tile_w, tile_h;
  guint counts[3] = { 0, 0, 0 };

  g_return_if_fail (cr != NULL && style != NULL && findings != NULL);
  if (lang == NULL)
    lang = sk_get_content_language ();
  sk_canvas_save (cr);
  if (!sk_chart_begin (cr, style, width, height))
    goto out;
  sk_findings_count (findings, &counts[0], &counts[1], &counts[2]);
  tile_w = (width - 2 * pad - 2 * gap) / 3;
  tile_h = height - 2 * pad;
  if (tile_w < fs * 2 || tile_h < fs * 2)
    goto out;

  for (guint i = 0; i < 3; i++)
    {
      const SkChartColor *c = &style->severity[order[i]];
      double x = pad + i * (tile_w + gap), y = pad, r = MIN (fs * 0.5, tile_h / 4);
      double number_size = MIN (tile_h * 0.45, tile_w * 0.4);
      g_autofree char *number = g_strdup_printf ("%u", counts[i]);

      sk_canvas_new_sub_path (cr);
      sk_canvas_arc (cr, x + tile_w - r, y + r, r, -G_PI / 2, 0);
      sk_canvas_arc (cr, x + tile_w - r, y + tile_h - r, r, 0, G_PI / 2);
      sk_canvas_arc (cr, x + r, y + tile_h - r, r, G_PI / 2, G_PI);
      sk_canvas_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
      sk_canvas_close_path (cr);
      sk_canvas_set_rgba (cr, c->red, c->green, c->blue, counts[i] ? 0.16 : 0.05);
      sk_canvas_fill_preserve (cr);
      sk_chart_set_colour (cr, counts[i] ? c : &style->grid);
      sk_canvas_set_line_width (cr, MAX (1.0, fs / 8));
      sk_canvas_stroke (cr);

      sk_chart_set_colour (cr, counts[i] ? c : &style->muted);
      sk_chart_label (cr, style, number, x + tile_w / 2, y + tile_h * 0.4, tile_w - fs,
                      number_size, TRUE, SK_CHART_CENTRE);
      sk_chart_set_colour (cr, &style->foreground);
      sk_chart_label (cr, style, sk_tr (lang, labels[i]), x + tile_w / 2, y + tile_h * 0.78,
                      tile_w - fs, MIN (fs, tile_h * 0.2), FALSE, SK_CHART_CENTRE);
    }
out:
  sk_canvas_restore (cr);
}

/* ---- on cairo ---- */

void
sk_chart_draw_staffing_data (cairo_t *cr, const SkChartStyle *style, SkProposal *p,
                             SkStaffing *staffing, SkRuleSet *rules, SkBasis basis,
                             const char *lang, double width, double height)
{
  SkCanvas c;

  sk_canvas_init_cairo (&c, cr);
  sk_chart_canvas_staffing_data (&c, style, p, staffing, rules, basis, lang, width, height);
}

void
sk_chart_draw_staffing (cairo_t *cr, const SkChartStyle *style, SkProposal *p, SkRuleSet *rules,
                        SkBasis basis, const char *lang, double width, double height)
{
  SkCanvas c;

  sk_canvas_init_cairo (&c, cr);
  sk_chart_canvas_staffing (&c, style, p, rules, basis, lang, width, height);
}

void
sk_chart_draw_compliance (cairo_t *cr, const SkChartStyle *style, GPtrArray *findings,
                          const char *lang, double width, double height)
{
  SkCanvas c;

  sk_canvas_init_cairo (&c, cr);
  sk_chart_canvas_compliance (&c, style, findings, lang, width, height);
}
