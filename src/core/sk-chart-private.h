/* sk-chart-private.h: what the charts share */
#pragma once

#include "sk-canvas.h"
#include "sk-chart.h"

G_BEGIN_DECLS

typedef enum {
  SK_CHART_LEFT,
  SK_CHART_CENTRE,
  SK_CHART_RIGHT,
} SkChartAlign;

void    sk_chart_set_colour (SkCanvas *cr, const SkChartColor *colour);
void    sk_chart_set_font   (SkCanvas *cr, const SkChartStyle *style, double size, gboolean bold);
double  sk_chart_text_width (SkCanvas *cr, const char *text);
/* Sets the font to @size, or smaller (down to 3/4 of it) so that @text
 * fits @max_width, and returns the text, cut with "…" if it still does not
 * fit. */
char   *sk_chart_fit        (SkCanvas *cr, const SkChartStyle *style, const char *text,
                             double max_width, double size, gboolean bold);
/* The same without shrinking: labels of a list stay at one size. */
char   *sk_chart_cut        (SkCanvas *cr, const SkChartStyle *style, const char *text,
                             double max_width, double size, gboolean bold);
/* Draws @text (already fitted) with its vertical centre at @y_centre. */
void    sk_chart_text       (SkCanvas *cr, const char *text, double x, double y_centre,
                             SkChartAlign align);
/* Fits and draws in one step, in the current colour. */
void    sk_chart_label      (SkCanvas *cr, const SkChartStyle *style, const char *text,
                             double x, double y_centre, double max_width, double size,
                             gboolean bold, SkChartAlign align);
/* Fills the background; FALSE when the area is too small to draw in. */
gboolean sk_chart_begin     (SkCanvas *cr, const SkChartStyle *style, double width, double height);
/* A message in the middle of the chart, for when there is nothing to draw. */
void    sk_chart_message    (SkCanvas *cr, const SkChartStyle *style, const char *text,
                             double width, double height);
void    sk_chart_dashed_line (SkCanvas *cr, double x0, double y0, double x1, double y1, double unit);
void    sk_chart_swatch     (SkCanvas *cr, const SkChartColor *colour, double x, double y, double size);

/* The charts on any canvas (sk_chart_draw_* are these on cairo). */
void    sk_chart_canvas_staffing      (SkCanvas *cr, const SkChartStyle *style, SkProposal *p,
                                       SkRuleSet *rules, SkBasis basis, const char *lang,
                                       double width, double height);
void    sk_chart_canvas_staffing_data (SkCanvas *cr, const SkChartStyle *style, SkProposal *p,
                                       SkStaffing *staffing, SkRuleSet *rules, SkBasis basis,
                                       const char *lang, double width, double height);
void    sk_chart_canvas_financing     (SkCanvas *cr, const SkChartStyle *style, SkProposal *p,
                                       const char *lang, double width, double height);
void    sk_chart_canvas_term          (SkCanvas *cr, const SkChartStyle *style, SkProposal *p,
                                       SkRuleSet *rules, const char *lang, double width,
                                       double height);
void    sk_chart_canvas_compliance    (SkCanvas *cr, const SkChartStyle *style, GPtrArray *findings,
                                       const char *lang, double width, double height);

/* The position of a financing source code among SK_CHART_N_SOURCES; the
 * last ("other") when unknown. */
guint   sk_chart_source_index (const char *code);

G_END_DECLS
