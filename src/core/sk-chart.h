/* sk-chart.h: the charts of a proposal, drawn with cairo
 *
 * One drawing code for the screen (a GtkDrawingArea's draw function, in a
 * light or dark style) and for the PDF (an image surface at print
 * resolution). Every function draws into the rectangle (0, 0, @width,
 * @height) of @cr's user space, filling it with the style's background
 * first (use a transparent background to draw over something). Labels are
 * in @lang (kk, ru, en; NULL: the interface's) and are shrunk or cut with
 * "…" rather than drawn outside the rectangle. Nothing is kept between
 * calls, and any thread may draw (on its own cairo_t).
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "sk-check.h"
#include "sk-proposal.h"
#include "sk-rules.h"
#include "sk-staffing.h"

G_BEGIN_DECLS

typedef struct {
  double red, green, blue, alpha;
} SkChartColor;

/* The financing sources in the order of the schema ("ohpe_kazakh",
 * "ohpe_foreign", "state_order", "paid_services", "local_grant",
 * "investment", "sponsorship", "other"). */
#define SK_CHART_N_SOURCES 8

typedef struct {
  SkChartColor foreground;   /* text and axes */
  SkChartColor muted;        /* secondary text, ticks */
  SkChartColor background;   /* alpha 0: not filled */
  SkChartColor grid;         /* grid lines, empty bars */
  SkChartColor limit;        /* limit lines and their labels */
  SkChartColor accent;       /* the term */
  SkChartColor on_colour;    /* text drawn on the coloured bars */
  SkChartColor side[SK_N_SIDES];               /* Kazakhstani, foreign, third party */
  SkChartColor source[SK_CHART_N_SOURCES];     /* financing sources */
  SkChartColor severity[3];                    /* by SkSeverity: note, warning, error */
  const char *font_family;   /* for cairo_select_font_face(); "DejaVu Sans" */
  double font_size;          /* of labels, in user-space units */
} SkChartStyle;

/* Styles for a light and a dark background (static; copy one to change a
 * field, e.g. the font size for print). */
const SkChartStyle *sk_chart_style_light (void);
const SkChartStyle *sk_chart_style_dark  (void);

/* The staffing ratio as horizontal stacked bars, all staff and one bar per
 * dual degree programme: the Kazakhstani share from the left, the foreign
 * share from the right, third parties between; the limits of @rules
 * (70 % Kazakhstani, 30 % foreign, and a foreign minimum if set) drawn as
 * labelled lines. On @basis (the check uses sk_rule_set_staffing_basis()). */
void   sk_chart_draw_staffing   (cairo_t *cr, const SkChartStyle *style, SkProposal *p,
                                 SkRuleSet *rules, SkBasis basis, const char *lang,
                                 double width, double height);
/* The same from shares already computed (sk_staffing_compute()). */
void   sk_chart_draw_staffing_data (cairo_t *cr, const SkChartStyle *style, SkProposal *p,
                                    SkStaffing *staffing, SkRuleSet *rules, SkBasis basis,
                                    const char *lang, double width, double height);
/* A height at which every bar of the staffing chart has room for its
 * label at the style's font size. */
double sk_chart_staffing_height (const SkChartStyle *style, SkProposal *p);

/* Financing by calendar year, stacked by source, in KZT (the axis in
 * thousands, millions or billions as the amounts need); the years of the
 * term without financing show as gaps. */
void   sk_chart_draw_financing  (cairo_t *cr, const SkChartStyle *style, SkProposal *p,
                                 const char *lang, double width, double height);

/* The term as a timeline of years, with the minimum term of @rules marked
 * from the start; a term shorter than the minimum is drawn in the error
 * colour. */
void   sk_chart_draw_term       (cairo_t *cr, const SkChartStyle *style, SkProposal *p,
                                 SkRuleSet *rules, const char *lang,
                                 double width, double height);

/* The number of errors, warnings and notes in @findings (from sk_check()). */
void   sk_chart_draw_compliance (cairo_t *cr, const SkChartStyle *style, GPtrArray *findings,
                                 const char *lang, double width, double height);

G_END_DECLS
