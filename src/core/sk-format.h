/* sk-format.h: numbers, amounts, percentages and dates as each language
 * (kk, ru, en) writes them: the one place for these conventions, used by
 * the PDF, the charts, the check messages, the CLI and the application.
 *
 * Not translations but conventions, so they do not go through the message
 * catalogues: thousands are grouped with a no-break space in kk and ru and
 * with a comma in en; the decimal mark is a comma in kk and ru and a point
 * in en; a percentage is "57,7 %" (a no-break space before the sign) in kk
 * and ru and "57.7%" in en; amounts are whole tenge with the sign ₸ after
 * the number; the long date is "2027 жылғы 1 қыркүйек" (kk: year, day,
 * month, as in the official texts), "1 сентября 2027 г." (ru),
 * "1 September 2027" (en). NULL as the language means the interface's
 * (sk_format_language); an unknown one is formatted as en. Every function
 * returns a newly allocated string.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The no-break space (U+00A0) that groups thousands in kk and ru. */
#define SK_NBSP "\xc2\xa0"

/* @lang, or the interface's content language (kk, ru, en) when NULL. */
const char *sk_format_language (const char *lang);

/* "1 250 000" (kk, ru), "1,250,000" (en). */
char *sk_format_int        (gint64 value, const char *lang);
/* "1 250 000 ₸" (kk, ru), "1,250,000 ₸" (en). */
char *sk_format_money      (gint64 tenge, const char *lang);
/* At most @max_decimals decimals, trailing zeros dropped, thousands
 * grouped: "1 250,5" (kk, ru), "1,250.5" (en). "—" when not finite. */
char *sk_format_number     (double value, int max_decimals, const char *lang);
/* Exactly @decimals decimals, so that the decimal marks of a column line
 * up: "1,00", "0,50" (kk, ru), "0.50" (en). "—" when not finite. */
char *sk_format_fixed      (double value, int decimals, const char *lang);
/* Exactly @decimals decimals: "57,7 %" (kk, ru), "57.7%" (en); "—"
 * when not finite. */
char *sk_format_percent    (double percent, int decimals, const char *lang);
/* "2027 жылғы 1 қыркүйек", "1 сентября 2027 г.", "1 September 2027";
 * NULL when it is not a valid calendar date (years 1–9999). */
char *sk_format_date       (int year, int month, int day, const char *lang);
/* The same for an ISO 8601 date "YYYY-MM-DD"; NULL when @iso is NULL or
 * not a valid date. */
char *sk_format_iso_date   (const char *iso, const char *lang);
/* The same for a GDateTime (in its own time zone). */
char *sk_format_date_time  (GDateTime *date, const char *lang);
/* Every ISO date "YYYY-MM-DD" in @text (not part of a longer run of
 * digits) written as @lang writes dates; the rest as it is. */
char *sk_format_dates_in   (const char *text, const char *lang);

/* Reads "YYYY-MM-DD"; FALSE (and nothing set) when it is not a valid date. */
gboolean sk_parse_iso_date (const char *iso, int *year, int *month, int *day);

G_END_DECLS
