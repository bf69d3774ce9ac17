/* sk-canvas.c: the charts' drawing interface on cairo */
#include "config.h"

#include <string.h>

#include "sk-canvas.h"

#define CR(c) ((cairo_t *) (c)->data)

static void
c_set_rgba (SkCanvas *c, double r, double g, double b, double a)
{
  cairo_set_source_rgba (CR (c), r, g, b, a);
}

static void
c_set_font (SkCanvas *c, const char *family, double size, gboolean bold)
{
  cairo_select_font_face (CR (c), family ? family : "sans-serif", CAIRO_FONT_SLANT_NORMAL,
                          bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (CR (c), MAX (size, 1.0));
}

static double
c_text_width (SkCanvas *c, const char *text, gsize length)
{
  char buffer[256];
  g_autofree char *heap = NULL;
  const char *s = buffer;
  cairo_text_extents_t e;

  if (length < sizeof buffer)
    {
      memcpy (buffer, text, length);
      buffer[length] = '\0';
    }
  else
    s = heap = g_strndup (text, length);
  cairo_text_extents (CR (c), s, &e);
  return e.x_advance;
}

static void
c_font_extents (SkCanvas *c, double *ascent, double *descent)
{
  cairo_font_extents_t fe;

  cairo_font_extents (CR (c), &fe);
  *ascent = fe.ascent;
  *descent = fe.descent;
}

static void
c_show_text (SkCanvas *c, double x, double baseline, const char *text)
{
  cairo_move_to (CR (c), x, baseline);
  cairo_show_text (CR (c), text);
  cairo_new_path (CR (c));
}

static void c_rectangle (SkCanvas *c, double x, double y, double w, double h) { cairo_rectangle (CR (c), x, y, w, h); }
static void c_move_to (SkCanvas *c, double x, double y) { cairo_move_to (CR (c), x, y); }
static void c_line_to (SkCanvas *c, double x, double y) { cairo_line_to (CR (c), x, y); }
static void c_arc (SkCanvas *c, double x, double y, double r, double a1, double a2) { cairo_arc (CR (c), x, y, r, a1, a2); }
static void c_new_sub_path (SkCanvas *c) { cairo_new_sub_path (CR (c)); }
static void c_close_path (SkCanvas *c) { cairo_close_path (CR (c)); }
static void c_new_path (SkCanvas *c) { cairo_new_path (CR (c)); }
static void c_stroke (SkCanvas *c) { cairo_stroke (CR (c)); }
static void c_set_line_width (SkCanvas *c, double w) { cairo_set_line_width (CR (c), w); }
static void c_save (SkCanvas *c) { cairo_save (CR (c)); }
static void c_restore (SkCanvas *c) { cairo_restore (CR (c)); }

static void
c_fill (SkCanvas *c, gboolean preserve)
{
  if (preserve)
    cairo_fill_preserve (CR (c));
  else
    cairo_fill (CR (c));
}

static void
c_set_dash (SkCanvas *c, const double *dashes, int n, double offset)
{
  cairo_set_dash (CR (c), dashes, n, offset);
}

static const SkCanvasOps cairo_ops = {
  c_set_rgba, c_set_font, c_text_width, c_font_extents, c_show_text, c_rectangle, c_move_to,
  c_line_to, c_arc, c_new_sub_path, c_close_path, c_new_path, c_fill, c_stroke,
  c_set_line_width, c_set_dash, c_save, c_restore,
};

void
sk_canvas_init_cairo (SkCanvas *c, cairo_t *cr)
{
  c->ops = &cairo_ops;
  c->data = cr;
}
