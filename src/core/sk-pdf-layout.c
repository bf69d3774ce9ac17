/* sk-pdf-layout.c: the document: fonts, pages, text, headings, charts,
 * the contents, headers and footers */
#include "config.h"

#include <fontconfig/fontconfig.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "sk-pdf-private.h"
#include "sk-field-info.h"
#include "sk-iso.h"

const SkPdfRgb sk_pdf_black = { 0.11, 0.11, 0.13 };
const SkPdfRgb sk_pdf_muted = { 0.40, 0.40, 0.44 };
const SkPdfRgb sk_pdf_accent = { 0.05, 0.30, 0.56 };
const SkPdfRgb sk_pdf_rule = { 0.78, 0.80, 0.84 };
const SkPdfRgb sk_pdf_severity[3] = {
  { 0.11, 0.44, 0.85 }, /* note */
  { 0.72, 0.45, 0.00 }, /* warning */
  { 0.75, 0.11, 0.16 }, /* error */
};

/* ---- errors, cancellation, progress ---- */

gboolean
sk_pdf_failed (SkPdf *pdf)
{
  return pdf->error != NULL;
}

void
sk_pdf_fail (SkPdf *pdf, GError *error)
{
  if (pdf->error == NULL)
    pdf->error = error;
  else
    g_error_free (error);
}

gboolean
sk_pdf_check_cancelled (SkPdf *pdf)
{
  GError *error = NULL;

  if (pdf->error)
    return TRUE;
  if (g_cancellable_set_error_if_cancelled (pdf->cancellable, &error))
    {
      sk_pdf_fail (pdf, error);
      return TRUE;
    }
  return FALSE;
}

void
sk_pdf_progress (SkPdf *pdf, double within)
{
  if (pdf->progress && !pdf->error)
    pdf->progress (pdf->progress_from + (pdf->progress_to - pdf->progress_from) * CLAMP (within, 0, 1),
                   pdf->section_name, pdf->progress_data);
}

static void
on_hpdf_error (HPDF_STATUS error_no, HPDF_STATUS detail_no, void *user_data)
{
  SkPdf *pdf = user_data;

  pdf->last_status = error_no;
  if (pdf->quiet)
    return;
  if (error_no == HPDF_FAILD_TO_ALLOC_MEM)
    sk_pdf_fail (pdf, g_error_new (SK_PDF_ERROR, SK_PDF_ERROR_FAILED, "%s",
                                   _("There is not enough memory to make the PDF.")));
  else
    sk_pdf_fail (pdf, g_error_new (SK_PDF_ERROR, SK_PDF_ERROR_FAILED,
                                   /* TRANSLATORS: the error code of the PDF library and its detail code (numbers for a bug report) */
                                   _("The PDF could not be made (libharu error 0x%04X, detail %u)."),
                                   (unsigned) error_no, (unsigned) detail_no));
}

/* ---- fonts ---- */

/* Letters the font must have: the Kazakh ones and the Russian alphabet. */
static const char required_letters[] =
  "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
  "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
  "₸№«»–—…";

typedef struct {
  char *file;
  int index;
} FontFile;

static void
font_file_free (FontFile *f)
{
  g_free (f->file);
  g_free (f);
}

/* TrueType fonts (libharu reads no other kind) that cover the letters, the
 * preferred families first. */
static GPtrArray *
font_candidates (gboolean bold)
{
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) font_file_free);
  FcCharSet *need = FcCharSetCreate ();
  FcPattern *pattern = FcPatternCreate ();
  FcFontSet *set;
  FcResult result;

  for (const char *p = required_letters; *p; p = g_utf8_next_char (p))
    FcCharSetAddChar (need, g_utf8_get_char (p));
  FcPatternAddString (pattern, FC_FAMILY, (const FcChar8 *) "DejaVu Sans");
  FcPatternAddString (pattern, FC_FAMILY, (const FcChar8 *) "Noto Sans");
  FcPatternAddString (pattern, FC_FAMILY, (const FcChar8 *) "Liberation Sans");
  FcPatternAddInteger (pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
  FcPatternAddInteger (pattern, FC_SLANT, FC_SLANT_ROMAN);
  FcPatternAddInteger (pattern, FC_WIDTH, FC_WIDTH_NORMAL);
  FcPatternAddCharSet (pattern, FC_CHARSET, need);
  FcConfigSubstitute (NULL, pattern, FcMatchPattern);
  FcDefaultSubstitute (pattern);
  set = FcFontSort (NULL, pattern, FcFalse, NULL, &result);

  for (int i = 0; set && i < set->nfont; i++)
    {
      FcPattern *font = set->fonts[i];
      FcChar8 *file = NULL, *format = NULL;
      FcCharSet *charset = NULL;
      int index = 0, weight = 0, slant = 0, width = FC_WIDTH_NORMAL;
      FcBool variable = FcFalse;
      FontFile *f;

      if (FcPatternGetString (font, FC_FILE, 0, &file) != FcResultMatch ||
          FcPatternGetString (font, FC_FONTFORMAT, 0, &format) != FcResultMatch ||
          g_strcmp0 ((const char *) format, "TrueType") != 0 ||
          FcPatternGetCharSet (font, FC_CHARSET, 0, &charset) != FcResultMatch ||
          !FcCharSetIsSubset (need, charset))
        continue;
      FcPatternGetInteger (font, FC_INDEX, 0, &index);
      FcPatternGetInteger (font, FC_WEIGHT, 0, &weight);
      FcPatternGetInteger (font, FC_SLANT, 0, &slant);
      FcPatternGetInteger (font, FC_WIDTH, 0, &width);
#ifdef FC_VARIABLE
      FcPatternGetBool (font, FC_VARIABLE, 0, &variable);
#endif
      if (variable || slant != FC_SLANT_ROMAN || width < FC_WIDTH_SEMICONDENSED ||
          width > FC_WIDTH_SEMIEXPANDED || (index & 0xffff0000) != 0)
        continue;
      if (bold ? weight < FC_WEIGHT_DEMIBOLD : (weight < FC_WEIGHT_BOOK || weight > FC_WEIGHT_MEDIUM))
        continue;
      f = g_new0 (FontFile, 1);
      f->file = g_strdup ((const char *) file);
      f->index = index;
      g_ptr_array_add (found, f);
    }
  if (set)
    FcFontSetDestroy (set);
  FcPatternDestroy (pattern);
  FcCharSetDestroy (need);
  return found;
}

/* Loads the first candidate libharu accepts; NULL when none. */
static HPDF_Font
load_font (SkPdf *pdf, gboolean bold)
{
  g_autoptr (GPtrArray) candidates = font_candidates (bold);

  pdf->quiet = TRUE;
  for (guint i = 0; i < candidates->len; i++)
    {
      FontFile *f = candidates->pdata[i];
      const char *name;
      HPDF_Font font;

      if (f->index > 0 || g_str_has_suffix (f->file, ".ttc"))
        name = HPDF_LoadTTFontFromFile2 (pdf->doc, f->file, (HPDF_UINT) f->index, HPDF_TRUE);
      else
        name = HPDF_LoadTTFontFromFile (pdf->doc, f->file, HPDF_TRUE);
      font = name ? sk_pdf_archive_get_font (pdf, name) : NULL;
      if (font)
        {
          g_debug ("PDF font (%s): %s", bold ? "bold" : "regular", f->file);
          pdf->quiet = FALSE;
          return font;
        }
      HPDF_ResetError (pdf->doc);
    }
  pdf->quiet = FALSE;
  return NULL;
}

gboolean
sk_pdf_begin (SkPdf *pdf, GError **error)
{
  pdf->doc = HPDF_New (on_hpdf_error, pdf);
  if (pdf->doc == NULL)
    {
      g_set_error_literal (error, SK_PDF_ERROR, SK_PDF_ERROR_FAILED,
                           _("There is not enough memory to make the PDF."));
      return FALSE;
    }
  HPDF_SetCompressionMode (pdf->doc, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings (pdf->doc);
  HPDF_SetCurrentEncoder (pdf->doc, "UTF-8");
  HPDF_SetPageMode (pdf->doc, HPDF_PAGE_MODE_USE_OUTLINE);
  if (pdf->error)
    {
      g_propagate_error (error, g_steal_pointer (&pdf->error));
      return FALSE;
    }

  pdf->font[SK_PDF_REGULAR] = load_font (pdf, FALSE);
  if (pdf->font[SK_PDF_REGULAR] == NULL)
    {
      g_set_error_literal (error, SK_PDF_ERROR, SK_PDF_ERROR_NO_FONT,
                           _("No TrueType font with the Kazakh letters was found for the PDF. "
                             "Install DejaVu Sans or Noto Sans (on Debian, the package fonts-dejavu-core)."));
      return FALSE;
    }
  pdf->font[SK_PDF_BOLD] = load_font (pdf, TRUE);
  if (pdf->font[SK_PDF_BOLD] == NULL)
    pdf->font[SK_PDF_BOLD] = pdf->font[SK_PDF_REGULAR];
  for (guint i = 0; i < SK_PDF_N_WEIGHTS; i++)
    pdf->widths[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  sk_pdf_archive_begin (pdf);
  pdf->pages = g_ptr_array_new ();
  pdf->toc = g_array_new (FALSE, TRUE, sizeof (SkPdfTocEntry));
  return TRUE;
}

void
sk_pdf_clear (SkPdf *pdf)
{
  if (pdf->toc)
    for (guint i = 0; i < pdf->toc->len; i++)
      g_free (g_array_index (pdf->toc, SkPdfTocEntry, i).title);
  g_clear_pointer (&pdf->toc, g_array_unref);
  g_clear_pointer (&pdf->pending, g_ptr_array_unref);
  g_clear_pointer (&pdf->pages, g_ptr_array_unref);
  g_clear_pointer (&pdf->running_title, g_free);
  g_clear_pointer (&pdf->section, g_free);
  g_clear_pointer (&pdf->date_text, g_free);
  g_clear_pointer (&pdf->fingerprint, g_free);
  g_clear_pointer (&pdf->comparison, sk_comparison_free);
  for (guint i = 0; i < SK_PDF_N_WEIGHTS; i++)
    g_clear_pointer (&pdf->widths[i], g_hash_table_unref);
  if (pdf->doc)
    HPDF_Free (pdf->doc);
  pdf->doc = NULL;
  g_clear_error (&pdf->error);
}

/* ---- pages ---- */

static void flush_pending (SkPdf *pdf);

void
sk_pdf_new_page (SkPdf *pdf)
{
  HPDF_Page page;

  if (pdf->error)
    return;
  page = HPDF_AddPage (pdf->doc);
  if (page == NULL)
    return;
  HPDF_Page_SetWidth (page, SK_PDF_PAGE_WIDTH);
  HPDF_Page_SetHeight (page, SK_PDF_PAGE_HEIGHT);
  g_ptr_array_add (pdf->pages, page);
  pdf->page = page;
  pdf->y = SK_PDF_TOP;
  /* A block that starts a page of its own takes what introduces it. */
  flush_pending (pdf);
}

/* ---- what waits for the block it introduces ---- */

typedef enum {
  PENDING_HEADING,
  PENDING_PARAGRAPH,
  PENDING_SPACE,
} PendingKind;

typedef struct {
  PendingKind kind;
  int level;                 /* heading */
  char *text;                /* heading (numbered), paragraph */
  SkPdfWeight weight;        /* paragraph */
  double size, indent, points;
  const SkPdfRgb *colour;
  const char *marker;
  double height;
} SkPdfPending;

static void
pending_free (gpointer data)
{
  SkPdfPending *p = data;

  g_free (p->text);
  g_free (p);
}

static void draw_heading (SkPdf *pdf, int level, const char *numbered);
static void draw_paragraph (SkPdf *pdf, const char *text, SkPdfWeight weight, double size,
                            const SkPdfRgb *colour, double indent, const char *marker);

/* Draws what waits, from the top of the free space. */
static void
flush_pending (SkPdf *pdf)
{
  g_autoptr (GPtrArray) items = NULL;

  if (pdf->pending == NULL || pdf->pending->len == 0 || pdf->flushing)
    return;
  items = g_steal_pointer (&pdf->pending);
  pdf->pending_height = 0;
  pdf->flushing = TRUE;
  for (guint i = 0; i < items->len && !pdf->error; i++)
    {
      SkPdfPending *p = items->pdata[i];

      switch (p->kind)
        {
        case PENDING_HEADING:
          draw_heading (pdf, p->level, p->text);
          break;
        case PENDING_PARAGRAPH:
          draw_paragraph (pdf, p->text, p->weight, p->size, p->colour, p->indent, p->marker);
          break;
        case PENDING_SPACE:
          sk_pdf_space (pdf, p->points);
          break;
        }
    }
  pdf->flushing = FALSE;
}

static gboolean
is_pending (SkPdf *pdf)
{
  return !pdf->flushing && pdf->pending && pdf->pending->len > 0;
}

/* Keeps @item for the block that follows, or draws all that waits when
 * it has grown to a third of a page (nothing is kept with that much). */
static void
add_pending (SkPdf *pdf, SkPdfPending *item)
{
  if (pdf->pending == NULL)
    pdf->pending = g_ptr_array_new_with_free_func (pending_free);
  g_ptr_array_add (pdf->pending, item);
  pdf->pending_height += item->height;
  if (pdf->pending_height > (SK_PDF_TOP - SK_PDF_BOTTOM) / 3)
    {
      if (pdf->page == NULL || pdf->y - pdf->pending_height < SK_PDF_BOTTOM)
        sk_pdf_new_page (pdf);
      flush_pending (pdf);
    }
}

gboolean
sk_pdf_ensure (SkPdf *pdf, double height)
{
  gboolean moved = FALSE;

  if (is_pending (pdf))
    {
      /* The headings and introductions with the first part of the block. */
      if (pdf->page == NULL || pdf->y - pdf->pending_height - height < SK_PDF_BOTTOM)
        {
          pdf->flushing = TRUE;
          sk_pdf_new_page (pdf);
          pdf->flushing = FALSE;
          moved = TRUE;
        }
      flush_pending (pdf);
    }
  if (pdf->page && pdf->y - height >= SK_PDF_BOTTOM)
    return moved;
  sk_pdf_new_page (pdf);
  return TRUE;
}

void
sk_pdf_space (SkPdf *pdf, double points)
{
  if (is_pending (pdf))
    {
      SkPdfPending *p = g_new0 (SkPdfPending, 1);

      p->kind = PENDING_SPACE;
      p->points = points;
      p->height = points;
      add_pending (pdf, p);
      return;
    }
  /* Space at the top of a page is no use. */
  if (pdf->y < SK_PDF_TOP)
    pdf->y = MAX (pdf->y - points, SK_PDF_BOTTOM);
}

void
sk_pdf_flush (SkPdf *pdf)
{
  if (is_pending (pdf))
    sk_pdf_ensure (pdf, 0);
}

/* ---- text ---- */

typedef struct {
  HPDF_Font font;
  double size;
  GHashTable *widths; /* of the font: short text -> its width + 1 */
} Measure;

#define MEASURE_CACHED_LENGTH 48

/* Wrapping and laying out tables measure the same words and cells many
 * times over, and libharu finds each character's glyph by a walk through
 * the font's cmap: short texts are measured once. (Measuring marks no
 * glyph as used in the subset: drawing does, HPDF_Page_ShowText measures
 * what it draws.) */
static double
measure (const char *text, gsize length, gpointer data)
{
  Measure *m = data;
  HPDF_TextWidth tw;
  char key[MEASURE_CACHED_LENGTH + 1];
  gpointer known;

  if (length == 0)
    return 0;
  if (m->widths && length <= MEASURE_CACHED_LENGTH)
    {
      memcpy (key, text, length);
      key[length] = '\0';
      if ((known = g_hash_table_lookup (m->widths, key)))
        return (GPOINTER_TO_UINT (known) - 1) * m->size / 1000.0;
      tw = HPDF_Font_TextWidth (m->font, (const HPDF_BYTE *) text, (HPDF_UINT) length);
      g_hash_table_insert (m->widths, g_strdup (key), GUINT_TO_POINTER (tw.width + 1));
      return tw.width * m->size / 1000.0;
    }
  tw = HPDF_Font_TextWidth (m->font, (const HPDF_BYTE *) text, (HPDF_UINT) length);
  return tw.width * m->size / 1000.0;
}

/* libharu's UTF-8 encoder knows the Basic Multilingual Plane only (and the
 * fonts have nothing beyond it): other characters become U+FFFD. An
 * initial keeps with what follows it ("Ш. Есенов", "Д. И. Менделеев",
 * and transliterated "Sh. Yessenov"): the space after a capital letter,
 * with at most one small letter after it, and its full stop becomes a
 * no-break space. */
static char *
for_font (const char *text)
{
  g_autofree char *clean = sk_pdf_text_clean (text);
  GString *out = g_string_sized_new (strlen (clean));
  gunichar before = ' ';

  for (const char *p = clean; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);
      const char *dot = next;

      if (g_unichar_islower (g_utf8_get_char (next)))
        dot = g_utf8_next_char (next);
      if (g_unichar_isupper (c) && !g_unichar_isalnum (before) && dot[0] == '.' && dot[1] == ' ' &&
          dot[2] != '\0' && dot[2] != ' ')
        {
          g_string_append_len (out, p, dot - p);
          g_string_append (out, "." SK_NBSP);
          before = ' ';
          p = dot + 1; /* the space, skipped by the loop */
          continue;
        }
      g_string_append_unichar (out, c > 0xffff ? 0xfffd : c);
      before = c;
    }
  return g_string_free (out, FALSE);
}

double
sk_pdf_text_width (SkPdf *pdf, SkPdfWeight weight, double size, const char *text)
{
  Measure m = { pdf->font[weight], size, pdf->widths[weight] };

  return measure (text, strlen (text), &m);
}

static char **
wrap_text_room (SkPdf *pdf, const char *text, SkPdfWeight weight, double size, double width, double room)
{
  g_autofree char *clean = for_font (text);
  Measure m = { pdf->font[weight], size, pdf->widths[weight] };

  return sk_pdf_wrap_hyphenated (clean, width, measure, &m, pdf->lang, "-", room);
}

char **
sk_pdf_wrap_text (SkPdf *pdf, const char *text, SkPdfWeight weight, double size, double width)
{
  return wrap_text_room (pdf, text, weight, size, width, SK_PDF_HYPHENATE_ROOM);
}

char **
sk_pdf_wrap_max (SkPdf *pdf, const char *text, SkPdfWeight weight, double size, double width,
                 guint max_lines)
{
  char **lines = sk_pdf_wrap_text (pdf, text, weight, size, width);
  guint n = g_strv_length (lines), last;
  g_autofree char *rest = NULL;
  g_autofree char *cut = NULL;

  if (max_lines == 0 || n <= max_lines)
    return lines;
  last = max_lines - 1;
  rest = g_strjoinv (" ", lines + last);
  for (guint k = last; k < n; k++)
    g_clear_pointer (&lines[k], g_free);
  /* With an ellipsis even where the rest would fit the line. */
  cut = g_strconcat (rest, "…", NULL);
  lines[last] = sk_pdf_fit_text (pdf, cut, weight, size, width);
  if (!g_str_has_suffix (lines[last], "…"))
    {
      g_autofree char *shorter = g_strconcat (lines[last], "…", NULL);
      g_free (lines[last]);
      lines[last] = sk_pdf_fit_text (pdf, shorter, weight, size, width);
    }
  return lines;
}

char *
sk_pdf_fit_text (SkPdf *pdf, const char *text, SkPdfWeight weight, double size, double width)
{
  g_autofree char *clean = for_font (text);
  Measure m = { pdf->font[weight], size, pdf->widths[weight] };

  return sk_pdf_ellipsize (clean, width, measure, &m);
}

static void
set_fill (HPDF_Page page, const SkPdfRgb *colour)
{
  HPDF_RGBColor now = HPDF_Page_GetRGBFill (page);

  if (HPDF_Page_GetFillingColorSpace (page) != HPDF_CS_DEVICE_RGB ||
      now.r != (HPDF_REAL) colour->r || now.g != (HPDF_REAL) colour->g || now.b != (HPDF_REAL) colour->b)
    HPDF_Page_SetRGBFill (page, colour->r, colour->g, colour->b);
}

void
sk_pdf_show (SkPdf *pdf, HPDF_Page page, double x, double baseline, SkPdfWeight weight,
             double size, const SkPdfRgb *colour, const char *text)
{
  if (pdf->error || page == NULL || text == NULL || *text == '\0')
    return;
  set_fill (page, colour);
  HPDF_Page_BeginText (page);
  /* The font and the colour are part of the graphics state and outlive
   * the text object: written only when they change (a table's cells are
   * mostly of one font and colour; a quarter of the page's content). */
  if (HPDF_Page_GetCurrentFont (page) != pdf->font[weight] ||
      HPDF_Page_GetCurrentFontSize (page) != (HPDF_REAL) size)
    HPDF_Page_SetFontAndSize (page, pdf->font[weight], size);
  HPDF_Page_TextOut (page, x, baseline, text);
  HPDF_Page_EndText (page);
}

void
sk_pdf_line (SkPdf *pdf, HPDF_Page page, double x0, double y0, double x1, double y1,
             double width, const SkPdfRgb *colour)
{
  if (pdf->error || page == NULL)
    return;
  HPDF_Page_SetRGBStroke (page, colour->r, colour->g, colour->b);
  HPDF_Page_SetLineWidth (page, width);
  HPDF_Page_MoveTo (page, x0, y0);
  HPDF_Page_LineTo (page, x1, y1);
  HPDF_Page_Stroke (page);
}

void
sk_pdf_fill_rect (SkPdf *pdf, HPDF_Page page, double x, double y, double w, double h,
                  const SkPdfRgb *colour)
{
  if (pdf->error || page == NULL)
    return;
  HPDF_Page_SetRGBFill (page, colour->r, colour->g, colour->b);
  HPDF_Page_Rectangle (page, x, y, w, h);
  HPDF_Page_Fill (page);
}

/* A line spread to the full @width: the extra room between its words
 * (spaces; a no-break space stays as it is). FALSE when the gaps would be
 * too wide to read well (the line is then left as it is). */
static gboolean
show_justified (SkPdf *pdf, double x, double baseline, SkPdfWeight weight, double size,
                const SkPdfRgb *colour, const char *line, double width)
{
  g_auto (GStrv) words = g_strsplit (line, " ", -1);
  double total = 0, space = sk_pdf_text_width (pdf, weight, size, " "), gap;
  guint n = 0;

  for (guint i = 0; words[i]; i++)
    if (*words[i])
      {
        total += sk_pdf_text_width (pdf, weight, size, words[i]);
        n++;
      }
  if (n < 2)
    return FALSE;
  gap = (width - total) / (n - 1);
  if (gap < space || gap > space * 3.5)
    return FALSE;
  for (guint i = 0; words[i]; i++)
    if (*words[i])
      {
        sk_pdf_show (pdf, pdf->page, x, baseline, weight, size, colour, words[i]);
        x += sk_pdf_text_width (pdf, weight, size, words[i]) + gap;
      }
  return TRUE;
}

/* Body text is justified in Kazakh and Russian, as official documents are. */
static gboolean
is_justified (SkPdf *pdf, SkPdfWeight weight, double size, const SkPdfRgb *colour)
{
  return size == SK_PDF_BODY && weight == SK_PDF_REGULAR && colour == &sk_pdf_black &&
         (g_strcmp0 (pdf->lang, "kk") == 0 || g_strcmp0 (pdf->lang, "ru") == 0);
}

/* The lines of @text and, for each, whether it ends a paragraph (its
 * last line, never spread). */
static char **
paragraph_lines (SkPdf *pdf, const char *text, SkPdfWeight weight, double size, double width,
                 gboolean justify, GArray *ends)
{
  g_auto (GStrv) parts = g_strsplit (text ? text : "", "\n", -1);
  GPtrArray *all = g_ptr_array_new ();

  for (guint i = 0; parts[i]; i++)
    {
      /* Justified lines are hyphenated more readily: narrower gaps. */
      g_auto (GStrv) lines = wrap_text_room (pdf, parts[i], weight, size, width,
                                             justify ? 0.04 : SK_PDF_HYPHENATE_ROOM);
      guint n = g_strv_length (lines);

      for (guint k = 0; k < n; k++)
        {
          gboolean end = k + 1 == n;
          g_ptr_array_add (all, g_steal_pointer (&lines[k]));
          g_array_append_val (ends, end);
        }
    }
  g_ptr_array_add (all, NULL);
  return (char **) g_ptr_array_free (all, FALSE);
}

static void
draw_paragraph (SkPdf *pdf, const char *text, SkPdfWeight weight, double size,
                const SkPdfRgb *colour, double indent, const char *marker)
{
  double width = SK_PDF_CONTENT_WIDTH - indent, lh = size * SK_PDF_LINE;
  double marker_size = MAX (size * 0.75, 6.0), marker_w = 0, last_w = 0;
  g_autoptr (GArray) ends = g_array_new (FALSE, FALSE, sizeof (gboolean));
  gboolean justify = is_justified (pdf, weight, size, colour);
  g_auto (GStrv) lines = NULL;
  guint n, i = 0;

  if (pdf->error)
    return;
  lines = paragraph_lines (pdf, text, weight, size, width, justify, ends);
  n = g_strv_length (lines);
  while (i < n && !pdf->error)
    {
      guint left = n - i;
      guint avail = pdf->page ? (guint) MAX (0.0, floor ((pdf->y - SK_PDF_BOTTOM) / lh + 1e-6)) : 0;
      guint take;

      /* No line of a paragraph alone at the foot or the top of a page. */
      if (left <= avail)
        take = left;
      else if (avail >= 2 && (left - avail >= 2 || avail >= 3))
        take = left - avail >= 2 ? avail : avail - 1;
      else
        {
          sk_pdf_new_page (pdf);
          continue;
        }
      if (pdf->y >= SK_PDF_TOP - 0.01 && take < left && take < avail)
        take = avail; /* a fresh page: as much as it holds */
      sk_pdf_ensure (pdf, MIN (take, 2) * lh);
      for (guint k = 0; k < take; k++, i++)
        {
          double baseline = pdf->y - size;

          if (!(justify && !g_array_index (ends, gboolean, i) &&
                show_justified (pdf, SK_PDF_LEFT + indent, baseline, weight, size, colour, lines[i], width)))
            sk_pdf_show (pdf, pdf->page, SK_PDF_LEFT + indent, baseline, weight, size, colour, lines[i]);
          last_w = sk_pdf_text_width (pdf, weight, size, lines[i]);
          pdf->y -= lh;
        }
    }
  if (marker)
    {
      marker_w = sk_pdf_text_width (pdf, SK_PDF_REGULAR, marker_size, marker);
      if (last_w + marker_size * 0.5 + marker_w <= width)
        sk_pdf_show (pdf, pdf->page, SK_PDF_LEFT + indent + last_w + marker_size * 0.5,
                     pdf->y + lh - size, SK_PDF_REGULAR, marker_size, &sk_pdf_muted, marker);
      else
        {
          sk_pdf_ensure (pdf, lh);
          sk_pdf_show (pdf, pdf->page, SK_PDF_LEFT + indent, pdf->y - size, SK_PDF_REGULAR,
                       marker_size, &sk_pdf_muted, marker);
          pdf->y -= lh;
        }
    }
  sk_pdf_space (pdf, size * 0.45);
}

/* A paragraph of at most this many lines right after a heading is kept
 * with the heading (an introduction) until the block after it. */
#define INTRO_LINES 3

void
sk_pdf_paragraph (SkPdf *pdf, const char *text, SkPdfWeight weight, double size,
                  const SkPdfRgb *colour, double indent, const char *marker)
{
  if (pdf->error)
    return;
  if (is_pending (pdf))
    {
      g_autoptr (GArray) ends = g_array_new (FALSE, FALSE, sizeof (gboolean));
      g_auto (GStrv) lines = paragraph_lines (pdf, text, weight, size, SK_PDF_CONTENT_WIDTH - indent,
                                              is_justified (pdf, weight, size, colour), ends);
      guint n = g_strv_length (lines) + (marker ? 1 : 0);

      if (n <= INTRO_LINES)
        {
          SkPdfPending *p = g_new0 (SkPdfPending, 1);

          p->kind = PENDING_PARAGRAPH;
          p->text = g_strdup (text);
          p->weight = weight;
          p->size = size;
          p->colour = colour;
          p->indent = indent;
          p->marker = marker;
          p->height = n * size * SK_PDF_LINE + size * 0.45;
          add_pending (pdf, p);
          return;
        }
      /* A longer paragraph is the block: the headings with its first lines. */
      sk_pdf_ensure (pdf, 2 * size * SK_PDF_LINE);
    }
  draw_paragraph (pdf, text, weight, size, colour, indent, marker);
}

void
sk_pdf_body (SkPdf *pdf, const char *text)
{
  sk_pdf_paragraph (pdf, text, SK_PDF_REGULAR, SK_PDF_BODY, &sk_pdf_black, 0, NULL);
}

void
sk_pdf_none (SkPdf *pdf, const char *text)
{
  sk_pdf_paragraph (pdf, text, SK_PDF_REGULAR, SK_PDF_BODY, &sk_pdf_muted, 0, NULL);
}

void
sk_pdf_subheading (SkPdf *pdf, const char *title)
{
  SkPdfPending *p;

  if (pdf->error)
    return;
  sk_pdf_space (pdf, 4);
  /* Kept with what it introduces. */
  p = g_new0 (SkPdfPending, 1);
  p->kind = PENDING_PARAGRAPH;
  p->text = g_strdup (title);
  p->weight = SK_PDF_BOLD;
  p->size = SK_PDF_BODY;
  p->colour = &sk_pdf_black;
  p->height = 2 * SK_PDF_BODY * SK_PDF_LINE;
  add_pending (pdf, p);
}

static double
heading_size (int level)
{
  return level == 1 ? 14.0 : 11.5;
}

/* The heading at the top of the free space, in the contents and the
 * outline on the page it is drawn on. */
static void
draw_heading (SkPdf *pdf, int level, const char *numbered)
{
  double size = heading_size (level);
  g_auto (GStrv) lines = NULL;
  SkPdfTocEntry entry = { 0 };
  HPDF_Outline outline;

  if (pdf->error)
    return;
  lines = sk_pdf_wrap_max (pdf, numbered, SK_PDF_BOLD, size, SK_PDF_CONTENT_WIDTH, 4);
  if (pdf->page == NULL)
    sk_pdf_new_page (pdf);
  if (pdf->error)
    return;

  entry.level = level;
  entry.title = g_strdup (numbered);
  entry.page = pdf->pages->len - 1;
  entry.dest = HPDF_Page_CreateDestination (pdf->page);
  if (entry.dest)
    HPDF_Destination_SetFitH (entry.dest, MIN (pdf->y + 10, SK_PDF_PAGE_HEIGHT));
  g_array_append_val (pdf->toc, entry);
  g_free (pdf->section);
  pdf->section = g_strdup (numbered);

  outline = HPDF_CreateOutline (pdf->doc, level == 2 ? pdf->outline[0] : NULL, numbered,
                                HPDF_GetEncoder (pdf->doc, "UTF-8"));
  if (outline && entry.dest)
    HPDF_Outline_SetDestination (outline, entry.dest);
  pdf->outline[level - 1] = outline;

  for (guint i = 0; lines[i]; i++)
    {
      sk_pdf_show (pdf, pdf->page, SK_PDF_LEFT, pdf->y - size, SK_PDF_BOLD, size,
                   level == 1 ? &sk_pdf_accent : &sk_pdf_black, lines[i]);
      pdf->y -= size * 1.25;
    }
  if (level == 1)
    {
      sk_pdf_line (pdf, pdf->page, SK_PDF_LEFT, pdf->y + 1, SK_PDF_RIGHT, pdf->y + 1, 0.8,
                   &sk_pdf_accent);
      pdf->y -= 8;
    }
  else
    pdf->y -= 4;
}

const char *
sk_pdf_current_section (SkPdf *pdf)
{
  for (guint i = pdf->pending ? pdf->pending->len : 0; i > 0; i--)
    {
      SkPdfPending *p = pdf->pending->pdata[i - 1];
      if (p->kind == PENDING_HEADING)
        return p->text;
    }
  return pdf->section;
}

void
sk_pdf_heading (SkPdf *pdf, int level, const char *title)
{
  double size;
  g_auto (GStrv) lines = NULL;
  SkPdfPending *p;

  if (pdf->error)
    return;
  level = CLAMP (level, 1, 2);
  size = heading_size (level);
  p = g_new0 (SkPdfPending, 1);
  p->kind = PENDING_HEADING;
  p->level = level;
  if (level == 1)
    {
      pdf->numbers[0]++;
      pdf->numbers[1] = 0;
      p->text = g_strdup_printf ("%u. %s", pdf->numbers[0], title);
    }
  else
    {
      pdf->numbers[1]++;
      p->text = g_strdup_printf ("%u.%u. %s", pdf->numbers[0], pdf->numbers[1], title);
    }
  sk_pdf_space (pdf, level == 1 ? 14 : 8);
  lines = sk_pdf_wrap_max (pdf, p->text, SK_PDF_BOLD, size, SK_PDF_CONTENT_WIDTH, 4);
  p->height = g_strv_length (lines) * size * 1.25 + (level == 1 ? 8 : 4);
  /* Drawn with the first block of what it heads (sk_pdf_ensure). */
  add_pending (pdf, p);
}

/* ---- charts: the canvas on a PDF page ---- */

typedef enum { OP_MOVE, OP_LINE, OP_CURVE, OP_CLOSE, OP_RECT } PathOpKind;

typedef struct {
  PathOpKind kind;
  double v[6];
} PathOp;

typedef struct {
  double r, g, b;
  SkPdfWeight weight;
  double size;
} PageState;

typedef struct {
  SkPdf *pdf;
  HPDF_Page page;
  double ox, oy;          /* the chart's top left on the page */
  PageState state;
  GArray *saved;          /* PageState */
  GArray *path;           /* PathOp, in chart space */
  gboolean has_point;
} PageCanvas;

#define PC(c) ((PageCanvas *) (c)->data)

static void
p_set_rgba (SkCanvas *c, double r, double g, double b, double a)
{
  /* PDF/A-1 has no transparency: the colour over the white page. */
  a = CLAMP (a, 0, 1);
  PC (c)->state.r = r * a + (1 - a);
  PC (c)->state.g = g * a + (1 - a);
  PC (c)->state.b = b * a + (1 - a);
}

static void
p_set_font (SkCanvas *c, const char *family, double size, gboolean bold)
{
  PC (c)->state.weight = bold ? SK_PDF_BOLD : SK_PDF_REGULAR;
  PC (c)->state.size = MAX (size, 1.0);
}

static double
p_text_width (SkCanvas *c, const char *text, gsize length)
{
  PageCanvas *pc = PC (c);
  Measure m = { pc->pdf->font[pc->state.weight], pc->state.size, pc->pdf->widths[pc->state.weight] };

  for (gsize i = 0; i < length; i++)
    if ((guchar) text[i] >= 0xf0)
      {
        g_autofree char *part = g_strndup (text, length);
        g_autofree char *clean = for_font (part);
        return measure (clean, strlen (clean), &m);
      }
  return measure (text, length, &m);
}

static void
p_font_extents (SkCanvas *c, double *ascent, double *descent)
{
  PageCanvas *pc = PC (c);
  HPDF_Font font = pc->pdf->font[pc->state.weight];

  *ascent = HPDF_Font_GetAscent (font) * pc->state.size / 1000.0;
  *descent = -HPDF_Font_GetDescent (font) * pc->state.size / 1000.0;
}

static void
p_show_text (SkCanvas *c, double x, double baseline, const char *text)
{
  PageCanvas *pc = PC (c);
  g_autofree char *clean = for_font (text);
  SkPdfRgb colour = { pc->state.r, pc->state.g, pc->state.b };

  sk_pdf_show (pc->pdf, pc->page, pc->ox + x, pc->oy - baseline, pc->state.weight, pc->state.size,
               &colour, clean);
}

static void
add_op (PageCanvas *pc, PathOpKind kind, double a, double b, double c, double d, double e, double f)
{
  PathOp op = { kind, { a, b, c, d, e, f } };

  g_array_append_val (pc->path, op);
}

static void
p_rectangle (SkCanvas *c, double x, double y, double w, double h)
{
  add_op (PC (c), OP_RECT, x, y, w, h, 0, 0);
  PC (c)->has_point = TRUE;
}

static void
p_move_to (SkCanvas *c, double x, double y)
{
  add_op (PC (c), OP_MOVE, x, y, 0, 0, 0, 0);
  PC (c)->has_point = TRUE;
}

static void
p_line_to (SkCanvas *c, double x, double y)
{
  if (!PC (c)->has_point)
    p_move_to (c, x, y);
  else
    add_op (PC (c), OP_LINE, x, y, 0, 0, 0, 0);
}

/* As cairo_arc: from angle @a1 to @a2 (radians, clockwise on a page whose
 * y goes down), in Bézier curves of at most a quarter turn. */
static void
p_arc (SkCanvas *c, double xc, double yc, double r, double a1, double a2)
{
  PageCanvas *pc = PC (c);
  double x0 = xc + r * cos (a1), y0 = yc + r * sin (a1);
  int n;

  while (a2 < a1)
    a2 += 2 * G_PI;
  if (pc->has_point)
    p_line_to (c, x0, y0);
  else
    p_move_to (c, x0, y0);
  n = MAX (1, (int) ceil ((a2 - a1) / (G_PI / 2) - 1e-9));
  for (int i = 0; i < n; i++)
    {
      double t0 = a1 + (a2 - a1) * i / n, t1 = a1 + (a2 - a1) * (i + 1) / n;
      double k = 4.0 / 3.0 * tan ((t1 - t0) / 4);
      double p0x = xc + r * cos (t0), p0y = yc + r * sin (t0);
      double p3x = xc + r * cos (t1), p3y = yc + r * sin (t1);

      add_op (pc, OP_CURVE, p0x - k * r * sin (t0), p0y + k * r * cos (t0),
              p3x + k * r * sin (t1), p3y - k * r * cos (t1), p3x, p3y);
    }
}

static void
p_new_sub_path (SkCanvas *c)
{
  PC (c)->has_point = FALSE;
}

static void
p_close_path (SkCanvas *c)
{
  add_op (PC (c), OP_CLOSE, 0, 0, 0, 0, 0, 0);
}

static void
p_new_path (SkCanvas *c)
{
  g_array_set_size (PC (c)->path, 0);
  PC (c)->has_point = FALSE;
}

/* The path, in page space. */
static gboolean
emit_path (PageCanvas *pc)
{
  HPDF_Page page = pc->page;

  if (pc->pdf->error || pc->path->len == 0)
    return FALSE;
  for (guint i = 0; i < pc->path->len; i++)
    {
      PathOp *op = &g_array_index (pc->path, PathOp, i);
      double *v = op->v;

      switch (op->kind)
        {
        case OP_MOVE:
          HPDF_Page_MoveTo (page, pc->ox + v[0], pc->oy - v[1]);
          break;
        case OP_LINE:
          HPDF_Page_LineTo (page, pc->ox + v[0], pc->oy - v[1]);
          break;
        case OP_CURVE:
          HPDF_Page_CurveTo (page, pc->ox + v[0], pc->oy - v[1], pc->ox + v[2], pc->oy - v[3],
                             pc->ox + v[4], pc->oy - v[5]);
          break;
        case OP_CLOSE:
          HPDF_Page_ClosePath (page);
          break;
        case OP_RECT:
          HPDF_Page_Rectangle (page, pc->ox + v[0], pc->oy - v[1] - v[3], v[2], v[3]);
          break;
        }
    }
  return TRUE;
}

static void
p_fill (SkCanvas *c, gboolean preserve)
{
  PageCanvas *pc = PC (c);

  HPDF_Page_SetRGBFill (pc->page, pc->state.r, pc->state.g, pc->state.b);
  if (emit_path (pc))
    HPDF_Page_Fill (pc->page);
  if (!preserve)
    p_new_path (c);
}

static void
p_stroke (SkCanvas *c)
{
  PageCanvas *pc = PC (c);

  HPDF_Page_SetRGBStroke (pc->page, pc->state.r, pc->state.g, pc->state.b);
  if (emit_path (pc))
    HPDF_Page_Stroke (pc->page);
  p_new_path (c);
}

static void
p_set_line_width (SkCanvas *c, double width)
{
  if (!PC (c)->pdf->error)
    HPDF_Page_SetLineWidth (PC (c)->page, MAX (width, 0.1));
}

static void
p_set_dash (SkCanvas *c, const double *dashes, int n, double offset)
{
  HPDF_UINT16 pattern[8];
  int k = CLAMP (n, 0, 8);

  if (PC (c)->pdf->error)
    return;
  /* libharu takes whole points. */
  for (int i = 0; i < k; i++)
    pattern[i] = (HPDF_UINT16) CLAMP (lround (dashes[i]), 1, 1000);
  HPDF_Page_SetDash (PC (c)->page, k ? pattern : NULL, (HPDF_UINT) k, (HPDF_UINT) MAX (0, lround (offset)));
}

static void
p_save (SkCanvas *c)
{
  if (!PC (c)->pdf->error)
    HPDF_Page_GSave (PC (c)->page);
  g_array_append_val (PC (c)->saved, PC (c)->state);
}

static void
p_restore (SkCanvas *c)
{
  PageCanvas *pc = PC (c);

  if (pc->saved->len == 0)
    return;
  if (!pc->pdf->error)
    HPDF_Page_GRestore (pc->page);
  pc->state = g_array_index (pc->saved, PageState, pc->saved->len - 1);
  g_array_set_size (pc->saved, pc->saved->len - 1);
}

static const SkCanvasOps page_ops = {
  p_set_rgba, p_set_font, p_text_width, p_font_extents, p_show_text, p_rectangle, p_move_to,
  p_line_to, p_arc, p_new_sub_path, p_close_path, p_new_path, p_fill, p_stroke,
  p_set_line_width, p_set_dash, p_save, p_restore,
};

void
sk_pdf_chart (SkPdf *pdf, double width, double height, SkPdfDraw draw, gpointer data)
{
  PageCanvas pc = { 0 };
  SkCanvas canvas = { &page_ops, &pc };

  if (pdf->error)
    return;
  sk_pdf_ensure (pdf, height + 6);
  if (pdf->error)
    return;
  pc.pdf = pdf;
  pc.page = pdf->page;
  pc.ox = SK_PDF_LEFT + (SK_PDF_CONTENT_WIDTH - width) / 2;
  pc.oy = pdf->y;
  pc.state = (PageState) { 0, 0, 0, SK_PDF_REGULAR, 10 };
  pc.saved = g_array_new (FALSE, FALSE, sizeof (PageState));
  pc.path = g_array_new (FALSE, FALSE, sizeof (PathOp));
  HPDF_Page_GSave (pdf->page);
  draw (&canvas, width, height, data);
  /* Whatever the chart left saved. */
  while (pc.saved->len > 0)
    p_restore (&canvas);
  if (!pdf->error)
    HPDF_Page_GRestore (pdf->page);
  g_array_unref (pc.saved);
  g_array_unref (pc.path);
  pdf->y -= height + 8;
}

/* ---- the contents ---- */

#define TOC_NUMBER_WIDTH 34.0

typedef struct {
  char **lines;
  double height;
  double size;
  double indent;
  SkPdfWeight weight;
} TocLayout;

static void
toc_layout (SkPdf *pdf, const SkPdfTocEntry *e, TocLayout *l)
{
  l->size = e->level == 1 ? 10.0 : 9.0;
  l->weight = e->level == 1 ? SK_PDF_BOLD : SK_PDF_REGULAR;
  l->indent = e->level == 1 ? 0 : 16;
  l->lines = sk_pdf_wrap_max (pdf, e->title, l->weight, l->size,
                              SK_PDF_CONTENT_WIDTH - l->indent - TOC_NUMBER_WIDTH - 8, 3);
  l->height = g_strv_length (l->lines) * l->size * SK_PDF_LINE + (e->level == 1 ? 5 : 1);
}

static void
dotted_leader (SkPdf *pdf, HPDF_Page page, double x0, double x1, double y)
{
  static const HPDF_UINT16 dots[] = { 1, 3 };

  if (x1 - x0 < 6)
    return;
  HPDF_Page_SetDash (page, dots, 2, 0);
  sk_pdf_line (pdf, page, x0, y, x1, y, 0.8, &sk_pdf_muted);
  HPDF_Page_SetDash (page, NULL, 0, 0);
}

static void
write_contents (SkPdf *pdf)
{
  guint n = pdf->toc->len, n_pages = 1;
  g_autofree TocLayout *layout = g_new0 (TocLayout, n);
  double title_h = 16 * 1.3 + 14, y = SK_PDF_TOP - title_h;
  HPDF_Page target, page = NULL;
  guint page_index = 0;

  if (pdf->contents_at == 0 || pdf->contents_at >= pdf->pages->len)
    return;
  for (guint i = 0; i < n; i++)
    {
      toc_layout (pdf, &g_array_index (pdf->toc, SkPdfTocEntry, i), &layout[i]);
      if (y - layout[i].height < SK_PDF_BOTTOM)
        {
          n_pages++;
          y = SK_PDF_TOP;
        }
      y -= layout[i].height;
    }

  target = pdf->pages->pdata[pdf->contents_at];
  for (guint p = 0; p < n_pages && !pdf->error; p++)
    {
      HPDF_Page inserted = HPDF_InsertPage (pdf->doc, target);
      if (inserted == NULL)
        break;
      HPDF_Page_SetWidth (inserted, SK_PDF_PAGE_WIDTH);
      HPDF_Page_SetHeight (inserted, SK_PDF_PAGE_HEIGHT);
      g_ptr_array_insert (pdf->pages, (gint) (pdf->contents_at + p), inserted);
    }
  if (pdf->error)
    goto out;

  page = pdf->pages->pdata[pdf->contents_at];
  sk_pdf_show (pdf, page, SK_PDF_LEFT, SK_PDF_TOP - 16, SK_PDF_BOLD, 16, &sk_pdf_accent,
               TR ("Contents"));
  if (pdf->toc_outline)
    {
      HPDF_Destination dest = HPDF_Page_CreateDestination (page);
      if (dest)
        {
          HPDF_Destination_SetFitH (dest, SK_PDF_PAGE_HEIGHT);
          HPDF_Outline_SetDestination (pdf->toc_outline, dest);
        }
    }
  y = SK_PDF_TOP - title_h;
  for (guint i = 0; i < n; i++)
    {
      SkPdfTocEntry *e = &g_array_index (pdf->toc, SkPdfTocEntry, i);
      TocLayout *l = &layout[i];
      g_autofree char *number = g_strdup_printf ("%u", e->page + n_pages + 1);
      double top, last_w = 0;
      guint k;

      if (y - l->height < SK_PDF_BOTTOM)
        {
          page_index++;
          page = pdf->pages->pdata[pdf->contents_at + MIN (page_index, n_pages - 1)];
          y = SK_PDF_TOP;
        }
      top = y;
      if (e->level == 1)
        y -= 5;
      for (k = 0; l->lines[k]; k++)
        {
          sk_pdf_show (pdf, page, SK_PDF_LEFT + l->indent, y - l->size, l->weight, l->size,
                       &sk_pdf_black, l->lines[k]);
          last_w = sk_pdf_text_width (pdf, l->weight, l->size, l->lines[k]);
          y -= l->size * SK_PDF_LINE;
        }
      sk_pdf_show (pdf, page, SK_PDF_RIGHT - sk_pdf_text_width (pdf, l->weight, l->size, number),
                   y + l->size * SK_PDF_LINE - l->size, l->weight, l->size, &sk_pdf_black, number);
      dotted_leader (pdf, page, SK_PDF_LEFT + l->indent + last_w + 4,
                     SK_PDF_RIGHT - TOC_NUMBER_WIDTH, y + l->size * SK_PDF_LINE - l->size);
      if (e->level == 2)
        y -= 1;
      if (e->dest && !pdf->error)
        {
          HPDF_Rect rect = { SK_PDF_LEFT, (HPDF_REAL) y, SK_PDF_RIGHT, (HPDF_REAL) top };
          HPDF_Annotation link = HPDF_Page_CreateLinkAnnot (page, rect, e->dest);
          if (link)
            {
              HPDF_LinkAnnot_SetBorderStyle (link, 0, 0, 0);
              sk_pdf_archive_annotation (pdf, link);
            }
        }
    }
out:
  for (guint i = 0; i < n; i++)
    g_strfreev (layout[i].lines);
}

/* ---- headers and footers ---- */

/* The digits of the fingerprint in the footer: enough to tell versions
 * apart, short enough to leave the footer readable. */
#define FOOTER_FINGERPRINT_DIGITS 16

/* "Fingerprint: 1a2b3c4d5e6f7a8b…": the stored fingerprint (saying so
 * when the content no longer matches it), or the content's own for a
 * draft; NULL when there is none. */
static char *
footer_fingerprint (SkPdf *pdf)
{
  const char *stored = sk_record_get_string (sk_proposal_get_info (pdf->proposal), "fingerprint");
  const char *hex = stored && *stored ? stored : pdf->fingerprint;
  g_autofree char *digits = NULL;

  if (hex == NULL || *hex == '\0')
    return NULL;
  digits = g_strndup (hex, FOOTER_FINGERPRINT_DIGITS);
  if (pdf->fingerprint_state == SK_FINGERPRINT_MISMATCH)
    /* TRANSLATORS: in the footer of every page of the PDF: "Fingerprint" and its first digits */
    return g_strdup_printf (TR ("%s: %s… does not match the content"), TR ("Fingerprint"), digits);
  /* TRANSLATORS: in the footer of every page of the PDF: "Fingerprint" and its first digits */
  return g_strdup_printf (TR ("%s: %s…"), TR ("Fingerprint"), digits);
}

static void
write_header_footer (SkPdf *pdf, HPDF_Page page, guint number, guint total, const char *fingerprint)
{
  g_autofree char *title = sk_pdf_fit_text (pdf, pdf->running_title, SK_PDF_REGULAR, SK_PDF_SMALL,
                                            SK_PDF_CONTENT_WIDTH);
  /* TRANSLATORS: the page number and the number of pages, in the footer */
  g_autofree char *pages = g_strdup_printf (TR ("Page %u of %u"), number, total);
  double pages_w = sk_pdf_text_width (pdf, SK_PDF_REGULAR, SK_PDF_SMALL, pages);
  g_autofree char *date = sk_pdf_fit_text (pdf, pdf->date_text ? pdf->date_text : "", SK_PDF_REGULAR,
                                           SK_PDF_SMALL, SK_PDF_CONTENT_WIDTH - pages_w - 12);
  double date_w = sk_pdf_text_width (pdf, SK_PDF_REGULAR, SK_PDF_SMALL, date);
  double header_y = SK_PDF_PAGE_HEIGHT - 40, footer_y = 34;

  sk_pdf_show (pdf, page, SK_PDF_LEFT, header_y, SK_PDF_REGULAR, SK_PDF_SMALL, &sk_pdf_muted, title);
  sk_pdf_line (pdf, page, SK_PDF_LEFT, header_y - 6, SK_PDF_RIGHT, header_y - 6, 0.5, &sk_pdf_rule);
  sk_pdf_line (pdf, page, SK_PDF_LEFT, footer_y + 12, SK_PDF_RIGHT, footer_y + 12, 0.5, &sk_pdf_rule);
  sk_pdf_show (pdf, page, SK_PDF_LEFT, footer_y, SK_PDF_REGULAR, SK_PDF_SMALL, &sk_pdf_muted, date);
  sk_pdf_show (pdf, page, SK_PDF_RIGHT - pages_w, footer_y, SK_PDF_REGULAR, SK_PDF_SMALL,
               &sk_pdf_muted, pages);
  if (fingerprint)
    {
      /* In the middle of the page, or of the room between the date and
       * the page number when that is not wide enough. */
      double from = SK_PDF_LEFT + date_w + 18, to = SK_PDF_RIGHT - pages_w - 18;
      g_autofree char *text = sk_pdf_fit_text (pdf, fingerprint, SK_PDF_REGULAR, SK_PDF_SMALL, MAX (to - from, 0));
      double w = sk_pdf_text_width (pdf, SK_PDF_REGULAR, SK_PDF_SMALL, text);
      double x = CLAMP (SK_PDF_LEFT + (SK_PDF_CONTENT_WIDTH - w) / 2, from, MAX (to - w, from));
      const SkPdfRgb *colour = pdf->fingerprint_state == SK_FINGERPRINT_MISMATCH ? &sk_pdf_severity[SK_SEVERITY_ERROR]
                                                                                 : &sk_pdf_muted;

      sk_pdf_show (pdf, page, x, footer_y, SK_PDF_REGULAR, SK_PDF_SMALL, colour, text);
    }
}

void
sk_pdf_finish (SkPdf *pdf)
{
  g_autofree char *fingerprint = NULL;

  if (pdf->error)
    return;
  sk_pdf_flush (pdf);
  write_contents (pdf);
  fingerprint = footer_fingerprint (pdf);
  for (guint i = 0; i < pdf->pages->len && !pdf->error; i++)
    write_header_footer (pdf, pdf->pages->pdata[i], i + 1, pdf->pages->len, fingerprint);
}

/* ---- texts of records ---- */

const char *
sk_pdf_text3 (SkPdf *pdf, SkRecord *r, const char *group, const char **marker)
{
  const char *used = NULL;
  const char *s = sk_record_get_text3 (r, group, pdf->lang, TRUE, &used);

  if (marker)
    {
      *marker = NULL;
      if (s && g_strcmp0 (used, pdf->lang) != 0)
        *marker = sk_pdf_language_marker (used);
    }
  return s;
}

const char *
sk_pdf_language_marker (const char *lang)
{
  return g_str_equal (lang, "kk") ? "(kk)" : g_str_equal (lang, "ru") ? "(ru)" : "(en)";
}

const char *
sk_pdf_name (SkPdf *pdf, SkRecord *r, const char **marker)
{
  const SkKind *kind = sk_record_get_kind (r);
  const char *s;

  if (marker)
    *marker = NULL;
  if (sk_kind_text3 (kind, "name", "kk") && (s = sk_pdf_text3 (pdf, r, "name", marker)))
    return s;
  if (sk_kind_text3 (kind, "title", "kk") && (s = sk_pdf_text3 (pdf, r, "title", marker)))
    return s;
  if (sk_kind_field (kind, "name") && (s = sk_record_get_string (r, "name")) && *s)
    return s;
  return TR ("(unnamed)");
}

const char *
sk_pdf_enum (SkPdf *pdf, SkRecord *r, const char *field)
{
  const SkField *f = sk_kind_field (sk_record_get_kind (r), field);
  const SkEnumValue *v = f ? sk_field_enum_value (f, sk_record_get_string (r, field)) : NULL;

  return v ? sk_tr (pdf->lang, v->label) : NULL;
}

char *
sk_pdf_date_field (SkPdf *pdf, SkRecord *r, const char *field)
{
  const char *iso = sk_record_get_string (r, field);
  char *s = sk_format_iso_date (iso, pdf->lang);

  return s ? s : g_strdup (iso);
}

const char *
sk_pdf_yes_no (SkPdf *pdf, gboolean value)
{
  return value ? TR ("Yes") : TR ("No");
}

char *
sk_pdf_languages (SkPdf *pdf, const char *codes)
{
  return sk_iso_languages_label (codes, pdf->lang);
}

char *
sk_pdf_code (SkPdf *pdf, SkRecord *r, const char *field)
{
  const SkField *f = sk_kind_field (sk_record_get_kind (r), field);

  return f ? sk_field_code_label (f, sk_record_get_string (r, field), pdf->lang) : NULL;
}

void
sk_pdf_cell3 (SkPdfTable *table, SkPdf *pdf, SkRecord *r, const char *group)
{
  const char *marker = NULL;
  const char *text = sk_pdf_text3 (pdf, r, group, &marker);

  sk_pdf_cell_marked (table, text, marker);
}

void
sk_pdf_field3 (SkPdfTable *table, SkPdf *pdf, const char *label, SkRecord *r, const char *group)
{
  const char *marker = NULL;
  const char *text = sk_pdf_text3 (pdf, r, group, &marker);

  sk_pdf_field_marked (table, label, text, marker);
}

const char *
sk_pdf_institution (SkPdf *pdf, SkRecord *r, const char *field, const char **marker)
{
  gint64 id = sk_record_get_int (r, field, 0);
  SkRecord *inst = id ? sk_proposal_lookup (pdf->proposal, SK_KIND_INSTITUTION, id) : NULL;

  if (marker)
    *marker = NULL;
  return inst ? sk_pdf_name (pdf, inst, marker) : NULL;
}

char *
sk_pdf_int_field (SkPdf *pdf, SkRecord *r, const char *field)
{
  if (!sk_record_is_set (r, field))
    return NULL;
  return sk_format_int (sk_record_get_int (r, field, 0), pdf->lang);
}

char *
sk_pdf_money_field (SkPdf *pdf, SkRecord *r, const char *field)
{
  if (!sk_record_is_set (r, field))
    return NULL;
  return sk_format_money (sk_record_get_int (r, field, 0), pdf->lang);
}

gint64
sk_pdf_add_money (gint64 a, gint64 b)
{
  if (b > 0 && a > G_MAXINT64 - b)
    return G_MAXINT64;
  if (b < 0 && a < G_MININT64 - b)
    return G_MININT64;
  return a + b;
}

GPtrArray *
sk_pdf_children (SkPdf *pdf, const char *kind, const char *field, gint64 id)
{
  GListModel *records = sk_proposal_get_records (pdf->proposal, kind);
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (records, i);
      if (sk_record_get_int (r, field, 0) == id)
        g_ptr_array_add (found, r); /* the proposal keeps it */
    }
  return found;
}
