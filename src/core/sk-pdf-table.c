/* sk-pdf-table.c: tables that break across pages and repeat their header
 *
 * Cells wrap within their column. A row that does not fit the rest of a
 * page goes to the next page, under the header again; a row taller than a
 * whole page is split between pages.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sk-pdf-private.h"

#define PAD_X 4.0
#define PAD_Y 2.6
#define HEADER_SIZE 8.0
#define LINE_H (SK_PDF_TABLE * 1.25)
#define MARKER_SIZE 6.5

/* An empty cell (rather than "—"). */
static char blank_cell[] = "";
#define BLANK blank_cell

static const SkPdfRgb header_fill = { 0.90, 0.93, 0.965 };
static const SkPdfRgb stripe_fill = { 0.965, 0.97, 0.975 };

typedef struct {
  char *text;
  const char *marker; /* static */
  gboolean bold;
} Cell;

typedef struct {
  double size;        /* of the text: smaller for a wide number */
  char **lines;
  guint n_text;       /* lines of text */
  guint n;            /* and the marker's own line, if it needs one */
  double last_width;  /* of the last line of text */
} CellLayout;

struct _SkPdfTable
{
  SkPdf *pdf;
  guint n_columns;
  SkPdfColumn *columns;
  char **titles;
  double *header_size; /* smaller where a word of the title is wide */
  double *x;          /* left edge of each column */
  double *width;
  gboolean header;
  gboolean fields;    /* label and value columns in turn */
  Cell *cells;
  guint n_cells;
  SkPdfRowStyle style;
  guint rows;
  HPDF_Page header_page; /* where the header was drawn last */
};

/* The size at which the widest word of a column title fits the column
 * (titles wrap between words, and are not cut inside one). */
static double
header_size (SkPdf *pdf, const char *title, double width)
{
  g_auto (GStrv) words = g_strsplit (title, " ", -1);
  double widest = 0;

  for (guint i = 0; words[i]; i++)
    widest = MAX (widest, sk_pdf_text_width (pdf, SK_PDF_BOLD, HEADER_SIZE, words[i]));
  if (widest <= width)
    return HEADER_SIZE;
  return MAX (HEADER_SIZE * 0.68, HEADER_SIZE * width / widest);
}

static SkPdfTable *
table_new (SkPdf *pdf, const SkPdfColumn *columns, guint n_columns, gboolean header)
{
  SkPdfTable *t = g_new0 (SkPdfTable, 1);
  double total = 0, x = SK_PDF_LEFT;

  t->pdf = pdf;
  t->n_columns = MAX (n_columns, 1);
  t->columns = g_new0 (SkPdfColumn, t->n_columns);
  t->titles = g_new0 (char *, t->n_columns + 1);
  t->x = g_new0 (double, t->n_columns);
  t->header_size = g_new0 (double, t->n_columns);
  t->width = g_new0 (double, t->n_columns);
  t->cells = g_new0 (Cell, t->n_columns);
  t->header = header;
  for (guint i = 0; i < n_columns; i++)
    {
      t->columns[i] = columns[i];
      t->titles[i] = g_strdup (columns[i].title ? columns[i].title : "");
      total += MAX (columns[i].width, 0.01);
    }
  for (guint i = 0; i < t->n_columns; i++)
    {
      t->x[i] = x;
      t->width[i] = SK_PDF_CONTENT_WIDTH * MAX (t->columns[i].width, 0.01) / MAX (total, 0.01);
      x += t->width[i];
      t->header_size[i] = header_size (pdf, t->titles[i], t->width[i] - 2 * PAD_X);
    }
  sk_pdf_space (pdf, 2);
  return t;
}

SkPdfTable *
sk_pdf_table_new (SkPdf *pdf, const SkPdfColumn *columns, guint n_columns)
{
  return table_new (pdf, columns, n_columns, TRUE);
}

SkPdfTable *
sk_pdf_table_new_fields (SkPdf *pdf)
{
  static const SkPdfColumn columns[] = { { NULL, 34, SK_PDF_ALIGN_LEFT }, { NULL, 66, SK_PDF_ALIGN_LEFT } };
  SkPdfTable *t = table_new (pdf, columns, G_N_ELEMENTS (columns), FALSE);

  t->fields = TRUE;
  return t;
}

SkPdfTable *
sk_pdf_table_new_fields2 (SkPdf *pdf)
{
  static const SkPdfColumn columns[] = {
    { NULL, 21, SK_PDF_ALIGN_LEFT }, { NULL, 29, SK_PDF_ALIGN_LEFT },
    { NULL, 21, SK_PDF_ALIGN_LEFT }, { NULL, 29, SK_PDF_ALIGN_LEFT },
  };
  SkPdfTable *t = table_new (pdf, columns, G_N_ELEMENTS (columns), FALSE);

  t->fields = TRUE;
  return t;
}

void
sk_pdf_table_set_max_lines (SkPdfTable *t, guint column, guint max_lines)
{
  if (column < t->n_columns)
    t->columns[column].max_lines = max_lines;
}

void
sk_pdf_table_row_style (SkPdfTable *t, SkPdfRowStyle style)
{
  t->style = style;
}

/* ---- the header ---- */

static double
header_height (SkPdfTable *t, char ***lines)
{
  SkPdf *pdf = t->pdf;
  guint most = 1;

  for (guint i = 0; i < t->n_columns; i++)
    {
      lines[i] = sk_pdf_wrap_text (pdf, t->titles[i], SK_PDF_BOLD, t->header_size[i],
                                   t->width[i] - 2 * PAD_X);
      most = MAX (most, g_strv_length (lines[i]));
    }
  return most * HEADER_SIZE * 1.25 + 2 * PAD_Y;
}

static void
free_lines (char ***lines, guint n)
{
  for (guint i = 0; i < n; i++)
    g_strfreev (lines[i]);
}

/* Draws the header at the top of the free space, starting a new page
 * first unless the header and @min_lines of a row fit. */
static void
draw_header (SkPdfTable *t, guint min_lines)
{
  SkPdf *pdf = t->pdf;
  g_autofree char ***lines = g_new0 (char **, t->n_columns);
  double h = header_height (t, lines);

  if (pdf->y - h - min_lines * LINE_H - 2 * PAD_Y < SK_PDF_BOTTOM)
    sk_pdf_new_page (pdf);
  sk_pdf_fill_rect (pdf, pdf->page, SK_PDF_LEFT, pdf->y - h, SK_PDF_CONTENT_WIDTH, h, &header_fill);
  for (guint i = 0; i < t->n_columns; i++)
    for (guint k = 0; lines[i][k]; k++)
      {
        double size = t->header_size[i];
        double w = sk_pdf_text_width (pdf, SK_PDF_BOLD, size, lines[i][k]);
        double x = t->columns[i].align == SK_PDF_ALIGN_RIGHT ? t->x[i] + t->width[i] - PAD_X - w
                                                              : t->x[i] + PAD_X;
        sk_pdf_show (pdf, pdf->page, x, pdf->y - PAD_Y - HEADER_SIZE * (k + 1) * 1.25 + HEADER_SIZE * 0.25,
                     SK_PDF_BOLD, size, &sk_pdf_black, lines[i][k]);
      }
  pdf->y -= h;
  sk_pdf_line (pdf, pdf->page, SK_PDF_LEFT, pdf->y, SK_PDF_RIGHT, pdf->y, 0.8, &sk_pdf_accent);
  t->header_page = pdf->page;
  free_lines (lines, t->n_columns);
}

/* ---- rows ---- */

static SkPdfWeight
cell_weight (SkPdfTable *t, guint column)
{
  if (t->style == SK_PDF_ROW_TOTAL || t->cells[column].bold || (t->fields && column % 2 == 0))
    return SK_PDF_BOLD;
  return SK_PDF_REGULAR;
}

static void
layout_cell (SkPdfTable *t, guint i, CellLayout *l)
{
  SkPdf *pdf = t->pdf;
  Cell *c = &t->cells[i];
  SkPdfWeight weight = cell_weight (t, i);
  double inner = t->width[i] - 2 * PAD_X;

  /* Numbers (right-aligned, one line) shrink rather than break. */
  l->size = SK_PDF_TABLE;
  if (t->columns[i].align == SK_PDF_ALIGN_RIGHT && strchr (c->text, '\n') == NULL)
    {
      double w = sk_pdf_text_width (pdf, weight, SK_PDF_TABLE, c->text);
      if (w > inner)
        l->size = MAX (SK_PDF_TABLE * 0.7, SK_PDF_TABLE * inner / w);
    }
  l->lines = sk_pdf_wrap_max (pdf, c->text, weight, l->size, inner, t->columns[i].max_lines);
  l->n_text = g_strv_length (l->lines);
  l->n = l->n_text;
  l->last_width = l->n_text ? sk_pdf_text_width (pdf, weight, l->size, l->lines[l->n_text - 1]) : 0;
  if (c->marker &&
      l->last_width + 3 + sk_pdf_text_width (pdf, SK_PDF_REGULAR, MARKER_SIZE, c->marker) > inner)
    l->n++;
}

/* Lines [@from, @to) of the row, at the top of the free space. */
static void
draw_segment (SkPdfTable *t, CellLayout *layout, guint from, guint to, gboolean top_rule)
{
  SkPdf *pdf = t->pdf;
  double h = (to - from) * LINE_H + 2 * PAD_Y, top = pdf->y;

  if (t->rows % 2 == 1 && t->style != SK_PDF_ROW_TOTAL)
    sk_pdf_fill_rect (pdf, pdf->page, SK_PDF_LEFT, top - h, SK_PDF_CONTENT_WIDTH, h, &stripe_fill);
  if (top_rule)
    sk_pdf_line (pdf, pdf->page, SK_PDF_LEFT, top, SK_PDF_RIGHT, top, 0.8, &sk_pdf_black);

  for (guint i = 0; i < t->n_columns; i++)
    {
      CellLayout *l = &layout[i];
      Cell *c = &t->cells[i];
      SkPdfWeight weight = cell_weight (t, i);
      const SkPdfRgb *colour = t->fields && i % 2 == 0 ? &sk_pdf_muted : &sk_pdf_black;

      for (guint k = from; k < to && k < l->n; k++)
        {
          double baseline = top - PAD_Y - (k - from + 1) * LINE_H + SK_PDF_TABLE * 0.3;

          if (k < l->n_text)
            {
              double w = sk_pdf_text_width (pdf, weight, l->size, l->lines[k]);
              double x = t->columns[i].align == SK_PDF_ALIGN_RIGHT
                         ? t->x[i] + t->width[i] - PAD_X - w : t->x[i] + PAD_X;

              sk_pdf_show (pdf, pdf->page, x, baseline, weight, l->size, colour, l->lines[k]);
              if (c->marker && k + 1 == l->n_text && l->n == l->n_text)
                {
                  double mw = sk_pdf_text_width (pdf, SK_PDF_REGULAR, MARKER_SIZE, c->marker);
                  double mx = t->columns[i].align == SK_PDF_ALIGN_RIGHT ? x - 3 - mw : x + w + 3;

                  if (t->columns[i].align == SK_PDF_ALIGN_RIGHT)
                    mx = MAX (mx, t->x[i] + PAD_X);
                  sk_pdf_show (pdf, pdf->page, mx, baseline, SK_PDF_REGULAR, MARKER_SIZE,
                               &sk_pdf_muted, c->marker);
                }
            }
          else
            sk_pdf_show (pdf, pdf->page, t->x[i] + PAD_X, baseline, SK_PDF_REGULAR, MARKER_SIZE,
                         &sk_pdf_muted, c->marker);
        }
    }
  pdf->y -= h;
  sk_pdf_line (pdf, pdf->page, SK_PDF_LEFT, pdf->y, SK_PDF_RIGHT, pdf->y, 0.3, &sk_pdf_rule);
}

static void
start_page (SkPdfTable *t)
{
  sk_pdf_new_page (t->pdf);
  if (t->header)
    draw_header (t, 1);
}

static void
draw_row (SkPdfTable *t)
{
  SkPdf *pdf = t->pdf;
  g_autofree CellLayout *layout = g_new0 (CellLayout, t->n_columns);
  guint n_lines = 1, done = 0;
  double header_h = 0;
  gboolean fresh;

  for (guint i = 0; i < t->n_columns; i++)
    {
      layout_cell (t, i, &layout[i]);
      n_lines = MAX (n_lines, layout[i].n);
    }
  if (t->header)
    {
      g_autofree char ***lines = g_new0 (char **, t->n_columns);
      header_h = header_height (t, lines);
      free_lines (lines, t->n_columns);
    }

  while (done < n_lines && !pdf->error)
    {
      guint remaining = n_lines - done, avail, fresh_lines;

      if (pdf->page == NULL)
        start_page (t);
      else if (t->header && t->header_page != pdf->page)
        draw_header (t, MIN (remaining, 2));
      /* Nothing but the header above: moving on would not help. */
      fresh = pdf->y >= SK_PDF_TOP - header_h - 0.01;
      avail = (guint) MAX (0.0, floor ((pdf->y - SK_PDF_BOTTOM - 2 * PAD_Y) / LINE_H + 1e-6));
      if (remaining <= avail)
        {
          draw_segment (t, layout, done, n_lines, done == 0 && t->style == SK_PDF_ROW_TOTAL);
          break;
        }
      fresh_lines = (guint) floor ((SK_PDF_TOP - header_h - SK_PDF_BOTTOM - 2 * PAD_Y) / LINE_H);
      if (!fresh && (remaining <= fresh_lines || avail < 2))
        {
          start_page (t);
          continue;
        }
      /* Taller than a page: as much as fits here, the rest on the next. */
      avail = MAX (avail, 1);
      draw_segment (t, layout, done, done + avail, done == 0 && t->style == SK_PDF_ROW_TOTAL);
      done += avail;
      start_page (t);
    }

  for (guint i = 0; i < t->n_columns; i++)
    g_strfreev (layout[i].lines);
  t->rows++;
  if (t->rows % 64 == 0)
    sk_pdf_check_cancelled (pdf);
}

static void
add_cell (SkPdfTable *t, char *text, const char *marker, gboolean bold)
{
  Cell *c = &t->cells[t->n_cells++];

  if (text == BLANK)
    text = g_strdup ("");
  else if (text == NULL || *text == '\0')
    {
      g_free (text);
      text = g_strdup ("—");
      marker = NULL;
    }
  c->text = text;
  c->marker = marker;
  c->bold = bold;
  if (t->n_cells < t->n_columns)
    return;
  if (!t->pdf->error)
    draw_row (t);
  for (guint i = 0; i < t->n_columns; i++)
    g_clear_pointer (&t->cells[i].text, g_free);
  t->n_cells = 0;
  t->style = SK_PDF_ROW_NORMAL;
}

void
sk_pdf_cell (SkPdfTable *t, const char *text)
{
  add_cell (t, g_strdup (text), NULL, FALSE);
}

void
sk_pdf_cell_blank (SkPdfTable *t)
{
  add_cell (t, BLANK, NULL, FALSE);
}

void
sk_pdf_cell_take (SkPdfTable *t, char *text)
{
  add_cell (t, text, NULL, FALSE);
}

void
sk_pdf_cell_marked (SkPdfTable *t, const char *text, const char *marker)
{
  add_cell (t, g_strdup (text), marker, FALSE);
}

void
sk_pdf_cell_bold (SkPdfTable *t, const char *text)
{
  add_cell (t, g_strdup (text), NULL, TRUE);
}

void
sk_pdf_field (SkPdfTable *t, const char *label, const char *value)
{
  sk_pdf_cell (t, label);
  sk_pdf_cell (t, value);
}

void
sk_pdf_field_take (SkPdfTable *t, const char *label, char *value)
{
  sk_pdf_cell (t, label);
  sk_pdf_cell_take (t, value);
}

void
sk_pdf_field_marked (SkPdfTable *t, const char *label, const char *value, const char *marker)
{
  sk_pdf_cell (t, label);
  sk_pdf_cell_marked (t, value, marker);
}

void
sk_pdf_table_end (SkPdfTable *t)
{
  if (t == NULL)
    return;
  while (t->n_cells > 0)
    sk_pdf_cell_blank (t);
  /* A table without rows still shows its header. */
  if (t->rows == 0 && t->header && !t->pdf->error)
    {
      if (t->pdf->page == NULL)
        sk_pdf_new_page (t->pdf);
      draw_header (t, 0);
    }
  sk_pdf_space (t->pdf, 8);
  for (guint i = 0; i < t->n_columns; i++)
    g_free (t->cells[i].text);
  g_strfreev (t->titles);
  g_free (t->columns);
  g_free (t->x);
  g_free (t->header_size);
  g_free (t->width);
  g_free (t->cells);
  g_free (t);
}
