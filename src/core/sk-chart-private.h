/* sk-chart-private.h: what the charts share */
#pragma once

#include "sk-chart.h"

G_BEGIN_DECLS

typedef enum {
  SK_CHART_LEFT,
  SK_CHART_CENTRE,
  SK_CHART_RIGHT,
} SkChartAlign;

void    sk_chart_set_colour (cairo_t *cr, const SkChartColor *colour);
void    sk_chart_set_font   (cairo_t *cr, const SkChartStyle *style, double size, gboolean bold);
double  sk_chart_text_width (cairo_t *cr, const char *text);
/* Sets the font to @size, or smaller (down to 3/4 of it) so that @text
 * fits @max_width, and returns the text, cut with "…" if it still does not
 * fit. */
char   *sk_chart_fit        (cairo_t *cr, const SkChartStyle *style, const char *text,
                             double max_width, double size, gboolean bold);
/* The same without shrinking: labels of a list stay at one size. */
char   *sk_chart_cut        (cairo_t *cr, const SkChartStyle *style, const char *text,
                             double max_width, double size, gboolean bold);
/* Draws @text (already fitted) with its vertical centre at @y_centre. */
void    sk_chart_text       (cairo_t *cr, const char *text, double x, double y_centre,
                             SkChartAlign align);
/* Fits and draws in one step, in the current colour. */
void    sk_chart_label      (cairo_t *cr, const SkChartStyle *style, const char *text,
                             double x, double y_centre, double max_width, double size,
                             gboolean bold, SkChartAlign align);
/* Fills the background; FALSE when the area is too small to draw in. */
gboolean sk_chart_begin     (cairo_t *cr, const SkChartStyle *style, double width, double height);
/* A message in the middle of the chart, for when there is nothing to draw. */
void    sk_chart_message    (cairo_t *cr, const SkChartStyle *style, const char *text,
                             double width, double height);
void    sk_chart_dashed_line (cairo_t *cr, double x0, double y0, double x1, double y1, double unit);
void    sk_chart_swatch     (cairo_t *cr, const SkChartColor *colour, double x, double y, double size);

/* The position of a financing source code among SK_CHART_N_SOURCES; the
 * last ("other") when unknown. */
guint   sk_chart_source_index (const char *code);

G_END_DECLS
