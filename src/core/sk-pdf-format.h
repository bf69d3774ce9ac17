/* sk-pdf-format.h: numbers, amounts and dates in the conventions of a
 * language (kk, ru, en), for the PDF and the charts.
 *
 * Not translations but conventions, so they do not go through the message
 * catalogues: thousands are grouped with a no-break space in kk and ru and
 * with a comma in en; the decimal mark is a comma in kk and ru and a point
 * in en; amounts are in whole tenge with the sign ₸ after the number.
 * An unknown language is formatted as en. Every function returns a newly
 * allocated string.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The no-break space (U+00A0) that groups thousands in kk and ru. */
#define SK_PDF_NBSP "\xc2\xa0"

/* "1 250 000" (kk, ru), "1,250,000" (en). */
char *sk_pdf_format_int     (gint64 value, const char *lang);
/* "1 250 000 ₸" (kk, ru), "1,250,000 ₸" (en). */
char *sk_pdf_format_money   (gint64 tenge, const char *lang);
/* At most @max_decimals decimals, trailing zeros dropped, thousands
 * grouped: "1 250,5" (kk, ru), "1,250.5" (en). "—" when not finite. */
char *sk_pdf_format_number  (double value, int max_decimals, const char *lang);
/* The same with exactly @decimals decimals: "1,0", "0,50". */
char *sk_pdf_format_fixed   (double value, int decimals, const char *lang);
/* "63,2 %" (kk, ru), "63.2 %" (en), one decimal at most; "—" when NAN. */
char *sk_pdf_format_percent (double percent, const char *lang);
/* "21 қараша 2026 ж.", "21 ноября 2026 г.", "21 November 2026";
 * NULL when the date is not a valid calendar date. */
char *sk_pdf_format_date    (int year, int month, int day, const char *lang);
/* The same for an ISO 8601 date "YYYY-MM-DD"; NULL when @iso is NULL or
 * not a valid date. */
char *sk_pdf_format_iso_date (const char *iso, const char *lang);
/* The same for a GDateTime (its own time zone). */
char *sk_pdf_format_date_time (GDateTime *date, const char *lang);

/* Reads "YYYY-MM-DD"; FALSE (and nothing set) when it is not a valid date. */
gboolean sk_pdf_parse_iso_date (const char *iso, int *year, int *month, int *day);

G_END_DECLS
