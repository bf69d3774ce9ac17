/* sk-pdf-text.h: line wrapping and ellipsizing of UTF-8 text
 *
 * libharu 2.3 wraps only at ASCII spaces and may cut a multi-byte
 * character in two, so the PDF wraps text itself. Widths come from a
 * measuring function (the font's advance widths in the PDF, cairo's text
 * extents in the charts); it must be additive (no kerning), which
 * libharu's widths are: the width of "ab" is that of "a" plus that of "b".
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The width of @length bytes of UTF-8 at @text. */
typedef double (*SkPdfMeasure) (const char *text, gsize length, gpointer data);

/* @text as it can go on a page: valid UTF-8 (invalid bytes replaced), line
 * ends as "\n", tabs and other control characters as spaces. */
char  *sk_pdf_text_clean (const char *text);

/* Breaks @text into lines no wider than @width: at spaces (never at a
 * no-break space); a word wider than a line after a hyphen or slash of its
 * own, else between two characters with "-" drawn at the end of the line
 * and at least two letters on each side where the line has room for
 * them (never inside a UTF-8 sequence, nor before a combining mark). "\n"
 * starts a new line (an empty line stays empty); runs of spaces collapse.
 * Every line holds at least one character, so a line is wider than @width
 * only when a single character is. Returns a NULL-terminated array with at
 * least one line. */
char **sk_pdf_wrap       (const char *text, double width, SkPdfMeasure measure, gpointer data);
/* The share of a line that may stay empty before the next word is
 * hyphenated to fill it (ragged text; justified text takes less). */
#define SK_PDF_HYPHENATE_ROOM 0.15

/* The same, hyphenating the words of @lang (sk-hyphen.h) where a line
 * would otherwise stay more than @room (a share of @width) empty or a word
 * is wider than a line, with @hyphen drawn at each such break (NULL:
 * "-"). */
char **sk_pdf_wrap_hyphenated (const char *text, double width, SkPdfMeasure measure,
                               gpointer data, const char *lang, const char *hyphen, double room);

/* @text on one line no wider than @width, cut with "…" when it is longer;
 * "" when not even "…" fits. Line ends become spaces. */
char  *sk_pdf_ellipsize  (const char *text, double width, SkPdfMeasure measure, gpointer data);

/* The end of the character at @p and of the combining marks after it. */
const char *sk_pdf_next_cluster (const char *p, const char *end);

G_END_DECLS
