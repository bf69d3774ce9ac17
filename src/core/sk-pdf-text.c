/* sk-pdf-text.c: line wrapping and ellipsizing of UTF-8 text */
#include "config.h"

#include <string.h>

#include "sk-hyphen.h"
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
  const char *lang;       /* hyphenation by the patterns; NULL: none */
  const char *hyphen;     /* drawn at a break inside a word */
  double room;            /* share of a line left empty that is worth a break */
  double hyphen_width;
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

static gboolean
is_letter_at (const char *p)
{
  return g_unichar_isalnum (g_utf8_get_char (p));
}

/* The number of letters and digits in [from, to). */
static guint
letters_in (const char *from, const char *to)
{
  guint n = 0;

  for (const char *p = from; p < to; p = g_utf8_next_char (p))
    n += is_letter_at (p);
  return n;
}

typedef struct {
  const char *cut;        /* the first part is [word, cut) */
  double width;           /* of the first part, with its hyphen */
  gboolean add_hyphen;
} Split;

/* The longest first part of the word [word, end) that fits in @room:
 * after a hyphen or slash of the word, or at a break of the patterns
 * (with a hyphen); with @force also between any two characters (with a
 * hyphen, at least two letters on each side when that fits). FALSE when
 * nothing fits. */
static gboolean
split_word (Wrap *w, const char *word, const char *end, double room, gboolean force, Split *out)
{
  g_autoptr (GArray) points = w->lang ? sk_hyphen_points (word, (gsize) (end - word), w->lang) : NULL;
  const char *p = word;
  double width = 0;
  guint next_point = 0;
  gboolean found = FALSE;
  Split any = { NULL, 0, TRUE };
  Split letters2 = { NULL, 0, TRUE };

  while (p < end)
    {
      const char *q = sk_pdf_next_cluster (p, end);
      gsize offset;

      width += w->measure (p, (gsize) (q - p), w->data);
      p = q;
      if (p >= end)
        break;
      offset = (gsize) (p - word);
      if (p[-1] == '-' || p[-1] == '/')
        {
          if (width <= room + SLACK)
            {
              *out = (Split) { p, width, FALSE };
              found = TRUE;
            }
          continue;
        }
      while (points && next_point < points->len && g_array_index (points, gsize, next_point) < offset)
        next_point++;
      if (width + w->hyphen_width > room + SLACK)
        continue;
      if (points && next_point < points->len && g_array_index (points, gsize, next_point) == offset)
        {
          *out = (Split) { p, width + w->hyphen_width, TRUE };
          found = TRUE;
        }
      if (force && *p != '-' && *p != '/')
        {
          if (letters_in (word, p) >= 2 && letters_in (p, end) >= 2)
            letters2 = (Split) { p, width + w->hyphen_width, TRUE };
          any = (Split) { p, width + w->hyphen_width, TRUE };
        }
    }
  if (found || !force)
    return found;
  /* A word cut where no rule allows it still gets its hyphen; with two
   * letters on each side when the line has room for them. */
  if (letters2.cut)
    *out = letters2;
  else if (any.cut)
    *out = any;
  else
    {
      /* Not even one character and a hyphen fit: one character. */
      const char *q = sk_pdf_next_cluster (word, end);
      *out = (Split) { q, w->measure (word, (gsize) (q - word), w->data), FALSE };
    }
  return TRUE;
}

static void
append_part (Wrap *w, const char *from, const Split *split)
{
  g_string_append_len (w->line, from, split->cut - from);
  if (split->add_hyphen)
    g_string_append (w->line, w->hyphen);
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
      while (word < p)
        {
          Split split;
          double room;

          if (!w->empty && w->line_width + space + ww <= w->width + SLACK)
            {
              g_string_append_c (w->line, ' ');
              g_string_append_len (w->line, word, p - word);
              w->line_width += space + ww;
              break;
            }
          if (w->empty && ww <= w->width + SLACK)
            {
              g_string_append_len (w->line, word, p - word);
              w->line_width = ww;
              w->empty = FALSE;
              break;
            }
          /* Fill the end of a line that would stay too empty, or break a
           * word wider than a line. */
          room = w->empty ? w->width : w->width - w->line_width - space;
          if ((w->empty || room > w->width * w->room) &&
              split_word (w, word, p, room, w->empty, &split))
            {
              if (!w->empty)
                g_string_append_c (w->line, ' ');
              append_part (w, word, &split);
              w->line_width = w->empty ? split.width : w->line_width + space + split.width;
              w->empty = FALSE;
              emit (w);
              ww -= w->measure (word, (gsize) (split.cut - word), w->data);
              word = split.cut;
              continue;
            }
          emit (w);
        }
    }
  if (!w->empty || !any)
    emit (w);
}

char **
sk_pdf_wrap_hyphenated (const char *text, double width, SkPdfMeasure measure, gpointer data,
                        const char *lang, const char *hyphen, double room)
{
  g_autofree char *clean = sk_pdf_text_clean (text);
  g_autoptr (GString) line = g_string_new (NULL);
  Wrap w = { width, measure, data, lang, hyphen ? hyphen : "-", room, 0, g_ptr_array_new (), line, 0, TRUE };
  double space = measure (" ", 1, data);
  const char *p = clean;

  w.hyphen_width = measure (w.hyphen, strlen (w.hyphen), data);
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

char **
sk_pdf_wrap (const char *text, double width, SkPdfMeasure measure, gpointer data)
{
  return sk_pdf_wrap_hyphenated (text, width, measure, data, NULL, "-", SK_PDF_HYPHENATE_ROOM);
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
