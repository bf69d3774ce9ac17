/* sk-pdf-format.h: the PDF's names for the formatting of sk-format.h
 * (kept so that code written against them still builds; new code uses
 * sk-format.h). */
#pragma once

#include "sk-format.h"

#define SK_PDF_NBSP SK_NBSP

#define sk_pdf_format_int(value, lang)            sk_format_int ((value), (lang))
#define sk_pdf_format_money(tenge, lang)          sk_format_money ((tenge), (lang))
#define sk_pdf_format_number(value, max, lang)    sk_format_number ((value), (max), (lang))
#define sk_pdf_format_fixed(value, decimals, lang) sk_format_fixed ((value), (decimals), (lang))
/* One decimal, always. */
#define sk_pdf_format_percent(percent, lang)      sk_format_percent ((percent), 1, (lang))
#define sk_pdf_format_date(y, m, d, lang)         sk_format_date ((y), (m), (d), (lang))
#define sk_pdf_format_iso_date(iso, lang)         sk_format_iso_date ((iso), (lang))
#define sk_pdf_format_date_time(date, lang)       sk_format_date_time ((date), (lang))
#define sk_pdf_parse_iso_date(iso, y, m, d)       sk_parse_iso_date ((iso), (y), (m), (d))
