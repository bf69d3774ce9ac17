/* sk-pdf-text.c: line wrapping and ellipsizing of UTF-8 text */
#include "config.h"

#include <string.h>

#include "sk-pdf-text.h"

/* Widths are compared with a little slack for the rounding of sums. */
#define SLACK 1e-6

char *
sk_pdf_text_clean (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p; p++)
    {
      if (*p == '\r')
        {
          g_string_append_c (out, '\n');
          if (p[1] == '\n')
            p++;
        }
      else if (*p == '\n')
        g_string_append_c (out, '\n');
      else if ((guchar) *p < 0x20 || *p == 0x7f)
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_joining (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
    case G_UNICODE_NON_SPACING_MARK:
      return TRUE;
    default:
      return c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F);
    }
}

const char *
sk_pdf_next_cluster (const char *p, const char *end)
{
  p = g_utf8_next_char (p);
  while (p < end && is_joining (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return MIN (p, end);
}

typedef struct {
  double width;
  SkPdfMeasure measure;
  gpointer data;
  GPtrArray *lines;
  GString *line;
  double line_width;
  gboolean empty;
} Wrap;

static void
emit (Wrap *w)
{
  g_ptr_array_add (w->lines, g_strndup (w->line->str, w->line->len));
  g_string_truncate (w->line, 0);
  w->line_width = 0;
  w->empty = TRUE;
}

/* A word wider than a line: whole lines of it, then the rest starts the
 * current line. */
static void
break_word (Wrap *w, const char *word, const char *end)
{
  const char *p = word;

  while (p < end)
    {
      const char *q = p;
      double width = 0;

      const char *after_hyphen = NULL;
      double hyphen_width = 0;

      while (q < end)
        {
          const char *r = sk_pdf_next_cluster (q, end);
          double cw = w->measure (q, (gsize) (r - q), w->data);

          if (q > p && width + cw > w->width + SLACK)
            break;
          width += cw;
          q = r;
          if ((q[-1] == '-' || q[-1] == '/') && q < end)
            {
              after_hyphen = q;
              hyphen_width = width;
            }
        }
      /* Rather after a hyphen or a slash of the word than inside a part. */
      if (q < end && after_hyphen)
        {
          q = after_hyphen;
          width = hyphen_width;
        }
      g_string_append_len (w->line, p, q - p);
      w->line_width = width;
      w->empty = FALSE;
      if (q < end)
        emit (w);
      p = q;
    }
}

static void
wrap_line (Wrap *w, const char *start, const char *end, double space)
{
  const char *p = start;
  gboolean any = FALSE;

  while (p < end)
    {
      const char *word;
      double ww;

      while (p < end && *p == ' ')
        p++;
      if (p >= end)
        break;
      word = p;
      while (p < end && *p != ' ')
        p++;
      any = TRUE;
      ww = w->measure (word, (gsize) (p - word), w->data);
      if (!w->empty && w->line_width + space + ww <= w->width + SLACK)
        {
          g_string_append_c (w->line, ' ');
          g_string_append_len (w->line, word, p - word);
          w->line_width += space + ww;
          continue;
        }
      if (!w->empty)
        emit (w);
      if (ww <= w->width + SLACK)
        {
          g_string_append_len (w->line, word, p - word);
          w->line_width = ww;
          w->empty = FALSE;
        }
      else
        break_word (w, word, p);
    }
  if (!w->empty || !any)
    emit (w);
}

char **
sk_pdf_wrap (const char *text, double width, SkPdfMeasure measure, gpointer data)
{
  g_autofree char *clean = sk_pdf_text_clean (text);
  g_autoptr (GString) line = g_string_new (NULL);
  Wrap w = { width, measure, data, g_ptr_array_new (), line, 0, TRUE };
  double space = measure (" ", 1, data);
  const char *p = clean;

  for (;;)
    {
      const char *nl = strchr (p, '\n');
      const char *end = nl ? nl : p + strlen (p);

      wrap_line (&w, p, end, space);
      if (nl == NULL)
        break;
      p = nl + 1;
    }
  g_ptr_array_add (w.lines, NULL);
  return (char **) g_ptr_array_free (w.lines, FALSE);
}

char *
sk_pdf_ellipsize (const char *text, double width, SkPdfMeasure measure, gpointer data)
{
  static const char ellipsis[] = "…";
  g_autofree char *clean = sk_pdf_text_clean (text);
  const char *end = clean + strlen (clean);
  const char *p = clean;
  double ew, used = 0;
  GString *out;

  g_strdelimit (clean, "\n", ' ');
  if (measure (clean, (gsize) (end - clean), data) <= width + SLACK)
    return g_steal_pointer (&clean);
  ew = measure (ellipsis, strlen (ellipsis), data);
  if (ew > width + SLACK)
    return g_strdup ("");
  while (p < end)
    {
      const char *q = sk_pdf_next_cluster (p, end);
      double cw = measure (p, (gsize) (q - p), data);

      if (used + cw + ew > width + SLACK)
        break;
      used += cw;
      p = q;
    }
  out = g_string_new_len (clean, p - clean);
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  g_string_append (out, ellipsis);
  return g_string_free (out, FALSE);
}
