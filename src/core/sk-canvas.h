/* sk-canvas.h: the little the charts draw with, on cairo or on a PDF page
 *
 * The charts (sk-chart*.c) draw through this interface, so that the same
 * code draws in the application (cairo, sk_canvas_init_cairo) and, as
 * vectors with real text, on the pages of the PDF (libharu,
 * sk-pdf-layout.c). The calls mean what cairo's of the same name mean:
 * user space in points, y downwards, one current colour for filling,
 * stroking and text, a path built and then filled or stroked.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct _SkCanvas SkCanvas;

typedef struct {
  void   (*set_rgba)       (SkCanvas *c, double r, double g, double b, double a);
  void   (*set_font)       (SkCanvas *c, const char *family, double size, gboolean bold);
  /* The advance width of @length bytes of UTF-8 in the current font. */
  double (*text_width)     (SkCanvas *c, const char *text, gsize length);
  void   (*font_extents)   (SkCanvas *c, double *ascent, double *descent);
  void   (*show_text)      (SkCanvas *c, double x, double baseline, const char *text);
  void   (*rectangle)      (SkCanvas *c, double x, double y, double w, double h);
  void   (*move_to)        (SkCanvas *c, double x, double y);
  void   (*line_to)        (SkCanvas *c, double x, double y);
  void   (*arc)            (SkCanvas *c, double xc, double yc, double r, double a1, double a2);
  void   (*new_sub_path)   (SkCanvas *c);
  void   (*close_path)     (SkCanvas *c);
  void   (*new_path)       (SkCanvas *c);
  void   (*fill)           (SkCanvas *c, gboolean preserve);
  void   (*stroke)         (SkCanvas *c);
  void   (*set_line_width) (SkCanvas *c, double width);
  void   (*set_dash)       (SkCanvas *c, const double *dashes, int n, double offset);
  void   (*save)           (SkCanvas *c);
  void   (*restore)        (SkCanvas *c);
} SkCanvasOps;

struct _SkCanvas {
  const SkCanvasOps *ops;
  gpointer data;          /* the back end's: a cairo_t, a PDF page's state */
};

/* A canvas that draws on @cr (borrowed). */
void sk_canvas_init_cairo (SkCanvas *c, cairo_t *cr);

#define sk_canvas_set_rgba(c, r, g, b, a)      ((c)->ops->set_rgba ((c), (r), (g), (b), (a)))
#define sk_canvas_set_font(c, f, s, bold)      ((c)->ops->set_font ((c), (f), (s), (bold)))
#define sk_canvas_text_width(c, t, n)          ((c)->ops->text_width ((c), (t), (n)))
#define sk_canvas_font_extents(c, a, d)        ((c)->ops->font_extents ((c), (a), (d)))
#define sk_canvas_show_text(c, x, y, t)        ((c)->ops->show_text ((c), (x), (y), (t)))
#define sk_canvas_rectangle(c, x, y, w, h)     ((c)->ops->rectangle ((c), (x), (y), (w), (h)))
#define sk_canvas_move_to(c, x, y)             ((c)->ops->move_to ((c), (x), (y)))
#define sk_canvas_line_to(c, x, y)             ((c)->ops->line_to ((c), (x), (y)))
#define sk_canvas_arc(c, x, y, r, a1, a2)      ((c)->ops->arc ((c), (x), (y), (r), (a1), (a2)))
#define sk_canvas_new_sub_path(c)              ((c)->ops->new_sub_path ((c)))
#define sk_canvas_close_path(c)                ((c)->ops->close_path ((c)))
#define sk_canvas_new_path(c)                  ((c)->ops->new_path ((c)))
#define sk_canvas_fill(c)                      ((c)->ops->fill ((c), FALSE))
#define sk_canvas_fill_preserve(c)             ((c)->ops->fill ((c), TRUE))
#define sk_canvas_stroke(c)                    ((c)->ops->stroke ((c)))
#define sk_canvas_set_line_width(c, w)         ((c)->ops->set_line_width ((c), (w)))
#define sk_canvas_set_dash(c, d, n, o)         ((c)->ops->set_dash ((c), (d), (n), (o)))
#define sk_canvas_save(c)                      ((c)->ops->save ((c)))
#define sk_canvas_restore(c)                   ((c)->ops->restore ((c)))

G_END_DECLS
