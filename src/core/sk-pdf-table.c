/* sk-pdf-table.c: tables that break across pages and repeat their header
 *
 * The rows are kept until the table ends; then the columns get their
 * widths from the content (no column narrower than its longest word where
 * the page allows), a table of up to SMALL_TABLE rows goes on one page,
 * a longer one starts with at least its header and two rows (and with the
 * heading before it, sk_pdf_ensure). Cells wrap within their column. A
 * row that does not fit the rest of a page goes to the next page, under
 * the header again, with its group's label ("2030 (continued)") when it
 * goes on with a group; a row taller than a whole page is split between
 * pages. On every page a table goes on to, a caption above it names the
 * section it belongs to ("5.3. Marine logistics (continued)"): the
 * programme, the year's financing, the staff list.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sk-pdf-private.h"

#define PAD_X 4.0
#define PAD_Y 2.6
#define HEADER_SIZE 8.0
/* Never smaller: a header that does not fit is hyphenated instead. */
#define HEADER_MIN_SIZE 6.5
/* Tables of up to this many rows are not broken across pages. */
#define SMALL_TABLE 10
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
  Cell *cells;
  SkPdfRowStyle style;
  char *group;        /* the label of the group it belongs to, or NULL */
} Row;

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
  char *group;
  GPtrArray *pending; /* Row, kept until the end */
  const char *drawn_group; /* of the last row drawn */
  guint rows;
  HPDF_Page header_page; /* where the header was drawn last */
  double header_h;    /* with the caption; < 0: not measured yet */
  double keep_after;  /* of what follows, kept with the end */
  char *section;      /* the heading it is under, for the caption */
  HPDF_Page first_page; /* where its first row is */
  HPDF_Page caption_page; /* where the caption was drawn last */
};

/* The caption on a page the table goes on to: small, muted, bold. */
#define CAPTION_SIZE 7.5
#define CAPTION_H (CAPTION_SIZE * 1.25 + 3)

static void draw_caption (SkPdfTable *t);

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
  return MAX (HEADER_MIN_SIZE, HEADER_SIZE * width / widest);
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
  t->header_h = -1;
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
      t->header_size[i] = HEADER_SIZE;
    }
  t->pending = g_ptr_array_new ();
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
sk_pdf_table_keep_with_next (SkPdfTable *t, double height)
{
  t->keep_after = MAX (height, 0);
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

  double tallest = HEADER_SIZE * 1.25;

  for (guint i = 0; i < t->n_columns; i++)
    {
      lines[i] = sk_pdf_wrap_text (pdf, t->titles[i], SK_PDF_BOLD, t->header_size[i],
                                   t->width[i] - 2 * PAD_X);
      /* The line spacing of the size the title has. */
      tallest = MAX (tallest, g_strv_length (lines[i]) * t->header_size[i] * 1.25);
    }
  (void) most;
  return tallest + 2 * PAD_Y;
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

  if (pdf->y - h - CAPTION_H - min_lines * LINE_H - 2 * PAD_Y < SK_PDF_BOTTOM)
    sk_pdf_new_page (pdf);
  draw_caption (t);
  sk_pdf_fill_rect (pdf, pdf->page, SK_PDF_LEFT, pdf->y - h, SK_PDF_CONTENT_WIDTH, h, &header_fill);
  for (guint i = 0; i < t->n_columns; i++)
    for (guint k = 0; lines[i][k]; k++)
      {
        double size = t->header_size[i];
        double w = sk_pdf_text_width (pdf, SK_PDF_BOLD, size, lines[i][k]);
        double x = t->columns[i].align == SK_PDF_ALIGN_RIGHT ? t->x[i] + t->width[i] - PAD_X - w
                                                              : t->x[i] + PAD_X;
        sk_pdf_show (pdf, pdf->page, x, pdf->y - PAD_Y - size * (k + 1) * 1.25 + size * 0.25,
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
  else
    draw_caption (t);
}

static guint
layout_row (SkPdfTable *t, CellLayout *layout)
{
  guint n_lines = 1;

  for (guint i = 0; i < t->n_columns; i++)
    {
      layout_cell (t, i, &layout[i]);
      n_lines = MAX (n_lines, layout[i].n);
    }
  return n_lines;
}

static void
free_layout (SkPdfTable *t, CellLayout *layout)
{
  for (guint i = 0; i < t->n_columns; i++)
    g_clear_pointer (&layout[i].lines, g_strfreev);
}

static double
current_header_height (SkPdfTable *t)
{
  g_autofree char ***lines = NULL;
  double h;

  /* Measured once: the titles and their sizes do not change once the
   * rows are being drawn (this was once per row). */
  if (t->header_h >= 0)
    return t->header_h;
  h = t->section ? CAPTION_H : 0;
  if (t->header)
    {
      lines = g_new0 (char **, t->n_columns);
      h += header_height (t, lines);
      free_lines (lines, t->n_columns);
    }
  return h;
}

/* On a page the table goes on to (not its first): which section it
 * belongs to, "5.3. … (continued)". */
static void
draw_caption (SkPdfTable *t)
{
  SkPdf *pdf = t->pdf;
  g_autofree char *text = NULL;
  g_autofree char *fitted = NULL;

  if (t->section == NULL || pdf->page == NULL || pdf->page == t->first_page || pdf->page == t->caption_page)
    return;
  /* TRANSLATORS: the label of a group of table rows (a year, a
   * programme) on the next page, e.g. "2030 (continued)" */
  text = g_strdup_printf (sk_tr (pdf->lang, "%s (continued)"), t->section);
  fitted = sk_pdf_fit_text (pdf, text, SK_PDF_BOLD, CAPTION_SIZE, SK_PDF_CONTENT_WIDTH);
  sk_pdf_show (pdf, pdf->page, SK_PDF_LEFT, pdf->y - CAPTION_SIZE, SK_PDF_BOLD, CAPTION_SIZE, &sk_pdf_muted,
               fitted);
  pdf->y -= CAPTION_H;
  t->caption_page = pdf->page;
}

/* Will a row of @n_lines start on a new page? (As draw_row decides.) */
static gboolean
row_moves_on (SkPdfTable *t, guint n_lines, double header_h)
{
  SkPdf *pdf = t->pdf;
  double y = pdf->y;
  guint avail, fresh_lines;
  gboolean fresh;

  if (pdf->page == NULL)
    return TRUE;
  if (t->header && t->header_page != pdf->page)
    y -= header_h;
  fresh = y >= SK_PDF_TOP - header_h - 0.01;
  avail = (guint) MAX (0.0, floor ((y - SK_PDF_BOTTOM - 2 * PAD_Y) / LINE_H + 1e-6));
  fresh_lines = (guint) floor ((SK_PDF_TOP - header_h - SK_PDF_BOTTOM - 2 * PAD_Y) / LINE_H);
  return n_lines > avail && !fresh && (n_lines <= fresh_lines || avail < 2);
}

static void
draw_row (SkPdfTable *t, const char *group)
{
  SkPdf *pdf = t->pdf;
  g_autofree CellLayout *layout = g_new0 (CellLayout, t->n_columns);
  guint n_lines = 1, done = 0;
  double header_h = current_header_height (t);
  gboolean fresh;

  n_lines = layout_row (t, layout);
  /* A group that goes on on a new page says so in its first cell. */
  if (group && t->drawn_group && g_str_equal (group, t->drawn_group) && t->cells[0].text &&
      (*t->cells[0].text == '\0' || g_str_equal (t->cells[0].text, "—")) && row_moves_on (t, n_lines, header_h))
    {
      g_free (t->cells[0].text);
      /* TRANSLATORS: the label of a group of table rows (a year, a
       * programme) on the next page, e.g. "2030 (continued)" */
      t->cells[0].text = g_strdup_printf (sk_tr (pdf->lang, "%s (continued)"), group);
      free_layout (t, layout);
      n_lines = layout_row (t, layout);
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

  free_layout (t, layout);
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
  {
    Row *row = g_new0 (Row, 1);

    row->cells = g_steal_pointer (&t->cells);
    row->style = t->style;
    row->group = g_strdup (t->group);
    g_ptr_array_add (t->pending, row);
  }
  t->cells = g_new0 (Cell, t->n_columns);
  t->n_cells = 0;
  t->style = SK_PDF_ROW_NORMAL;
}

void
sk_pdf_table_group (SkPdfTable *t, const char *label)
{
  g_free (t->group);
  t->group = g_strdup (label);
}

/* ---- widths from the content ---- */

typedef struct {
  double min;   /* the longest word */
  double max;   /* the widest line without wrapping */
} Extent;

static void
measure_text (SkPdf *pdf, const char *text, SkPdfWeight weight, double size, gboolean one_piece,
              Extent *e)
{
  g_auto (GStrv) lines = g_strsplit (text ? text : "", "\n", -1);

  for (guint i = 0; lines[i]; i++)
    {
      double whole = sk_pdf_text_width (pdf, weight, size, lines[i]);

      e->max = MAX (e->max, whole);
      if (one_piece)
        e->min = MAX (e->min, whole);
      else
        {
          g_auto (GStrv) words = g_strsplit (lines[i], " ", -1);
          for (guint k = 0; words[k]; k++)
            e->min = MAX (e->min, sk_pdf_text_width (pdf, weight, size, words[k]));
        }
    }
}

/* Widths in three cases, like a browser's automatic table layout: all
 * columns as wide as their widest line when that fits (the room left in
 * the proportions asked for); else each as wide as its longest word and
 * the rest in proportion to how much more each would take; else (words
 * too long for the page) in proportion to the longest words, which are
 * then hyphenated. The header's words count at full size when that fits,
 * else at the smallest size. */
static void
content_widths (SkPdfTable *t)
{
  SkPdf *pdf = t->pdf;
  guint n = t->n_columns;
  g_autofree Extent *e = g_new0 (Extent, n);
  g_autofree double *title_min = g_new0 (double, n);
  double total = SK_PDF_CONTENT_WIDTH, sum_min = 0, sum_max = 0, sum_share = 0, x = SK_PDF_LEFT;
  double cap = total * 0.45;

  for (guint r = 0; r < t->pending->len; r++)
    {
      Row *row = t->pending->pdata[r];

      for (guint i = 0; i < n; i++)
        {
          Cell *c = &row->cells[i];
          SkPdfWeight weight = row->style == SK_PDF_ROW_TOTAL || c->bold ? SK_PDF_BOLD : SK_PDF_REGULAR;
          gboolean number = t->columns[i].align == SK_PDF_ALIGN_RIGHT;

          measure_text (pdf, c->text, weight, SK_PDF_TABLE, number, &e[i]);
          if (c->marker)
            e[i].max += 3 + sk_pdf_text_width (pdf, SK_PDF_REGULAR, MARKER_SIZE, c->marker);
        }
      /* Room for "2030 (continued)" where a group may go on. */
      if (row->group && (r == 0 || g_strcmp0 (row->group, ((Row *) t->pending->pdata[r - 1])->group) != 0))
        {
          g_autofree char *label = g_strdup_printf (sk_tr (pdf->lang, "%s (continued)"), row->group);
          Extent ce = { 0, 0 };

          measure_text (pdf, label, SK_PDF_REGULAR, SK_PDF_TABLE, FALSE, &ce);
          e[0].min = MAX (e[0].min, ce.min);
        }
    }
  for (guint i = 0; i < n; i++)
    {
      Extent title = { 0, 0 };

      measure_text (pdf, t->titles[i], SK_PDF_BOLD, HEADER_SIZE, FALSE, &title);
      title_min[i] = title.min;
      e[i].max = MAX (e[i].max, title.max);
    }
  /* The titles' words at full size, if the page has room for them. */
  for (int pass = 0; pass < 2; pass++)
    {
      double scale = pass == 0 ? 1.0 : HEADER_MIN_SIZE / HEADER_SIZE;

      sum_min = 0;
      for (guint i = 0; i < n; i++)
        sum_min += MIN (MAX (e[i].min, title_min[i] * scale) + 2 * PAD_X, cap);
      if (sum_min <= total || pass == 1)
        {
          for (guint i = 0; i < n; i++)
            e[i].min = MIN (MAX (e[i].min, title_min[i] * scale) + 2 * PAD_X, cap);
          break;
        }
    }
  sum_max = 0;
  for (guint i = 0; i < n; i++)
    {
      e[i].max = MAX (MIN (e[i].max + 2 * PAD_X, total), e[i].min);
      sum_max += e[i].max;
      sum_share += MAX (t->columns[i].width, 0.01);
    }
  for (guint i = 0; i < n; i++)
    {
      double share = MAX (t->columns[i].width, 0.01) / sum_share;

      if (sum_max <= total)
        t->width[i] = e[i].max + (total - sum_max) * share;
      else if (sum_min <= total)
        t->width[i] = e[i].min + (total - sum_min) * (e[i].max - e[i].min) / MAX (sum_max - sum_min, 1e-6);
      else
        t->width[i] = total * e[i].min / sum_min;
      t->x[i] = x;
      x += t->width[i];
    }
}

static double
row_height (SkPdfTable *t, Row *row)
{
  g_autofree CellLayout *layout = g_new0 (CellLayout, t->n_columns);
  Cell *saved = t->cells;
  SkPdfRowStyle style = t->style;
  guint n;

  t->cells = row->cells;
  t->style = row->style;
  n = layout_row (t, layout);
  free_layout (t, layout);
  t->cells = saved;
  t->style = style;
  return n * LINE_H + 2 * PAD_Y;
}

/* Draws the rows kept: the first ones (all of a small table) with what
 * introduces them, on a new page if they do not fit this one. */
static void
draw_pending (SkPdfTable *t)
{
  SkPdf *pdf = t->pdf;
  double header_h, first = 0;
  guint n = t->pending->len;

  if (t->header && !t->fields)
    content_widths (t);
  for (guint i = 0; i < t->n_columns; i++)
    t->header_size[i] = header_size (pdf, t->titles[i], t->width[i] - 2 * PAD_X);
  t->header_h = -1;
  /* The heading the table is under, for the caption on the pages it goes
   * on to: the one waiting to be drawn with it, or the last drawn. */
  t->section = g_strdup (sk_pdf_current_section (pdf));
  header_h = t->header_h = current_header_height (t);
  for (guint r = 0; r < n && (r < 2 || n <= SMALL_TABLE); r++)
    first += row_height (t, t->pending->pdata[r]);
  /* A small table with what is kept with its end. */
  if (n <= SMALL_TABLE)
    first += t->keep_after;
  if (header_h + first > SK_PDF_TOP - SK_PDF_BOTTOM - 20)
    {
      first = 0;
      for (guint r = 0; r < MIN (n, 2); r++)
        first += row_height (t, t->pending->pdata[r]);
    }
  sk_pdf_ensure (pdf, MIN (header_h + first, SK_PDF_TOP - SK_PDF_BOTTOM - 20));
  t->first_page = pdf->page;

  for (guint r = 0; r < n && !pdf->error; r++)
    {
      Row *row = t->pending->pdata[r];
      Cell *saved = t->cells;

      t->cells = row->cells;
      t->style = row->style;
      draw_row (t, row->group);
      t->drawn_group = row->group;
      t->cells = saved;
    }
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
  if (!t->pdf->error)
    draw_pending (t);
  /* A table without rows still shows its header. */
  if (t->rows == 0 && t->header && !t->pdf->error)
    {
      sk_pdf_ensure (t->pdf, current_header_height (t));
      draw_header (t, 0);
    }
  sk_pdf_space (t->pdf, 8);
  for (guint r = 0; r < t->pending->len; r++)
    {
      Row *row = t->pending->pdata[r];
      for (guint i = 0; i < t->n_columns; i++)
        g_free (row->cells[i].text);
      g_free (row->cells);
      g_free (row->group);
      g_free (row);
    }
  g_ptr_array_unref (t->pending);
  g_free (t->group);
  g_free (t->section);
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
