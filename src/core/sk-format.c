/* sk-format.c: numbers, amounts, percentages and dates per language */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sk-format.h"
#include "sk-init.h"

typedef struct {
  const char *group;    /* between groups of three digits */
  const char *decimal;  /* the decimal mark */
} Conventions;

const char *
sk_format_language (const char *lang)
{
  return lang ? lang : sk_get_content_language ();
}

static gboolean
is_kk_ru (const char *lang)
{
  return g_strcmp0 (lang, "kk") == 0 || g_strcmp0 (lang, "ru") == 0;
}

static const Conventions *
conventions (const char *lang)
{
  static const Conventions kk_ru = { SK_NBSP, "," };
  static const Conventions en = { ",", "." };

  lang = sk_format_language (lang);
  if (g_strcmp0 (lang, "kk") == 0 || g_strcmp0 (lang, "ru") == 0)
    return &kk_ru;
  return &en;
}

/* Appends the digits of @magnitude grouped by three. */
static void
append_grouped (GString *out, guint64 magnitude, const char *group)
{
  char digits[24];
  int n = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, magnitude);

  for (int i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (out, group);
      g_string_append_c (out, digits[i]);
    }
}

char *
sk_format_int (gint64 value, const char *lang)
{
  GString *out = g_string_new (NULL);
  guint64 magnitude;

  if (value < 0)
    {
      g_string_append_c (out, '-');
      magnitude = (guint64) (-(value + 1)) + 1; /* G_MININT64 too */
    }
  else
    magnitude = (guint64) value;
  append_grouped (out, magnitude, conventions (lang)->group);
  return g_string_free (out, FALSE);
}

char *
sk_format_money (gint64 tenge, const char *lang)
{
  g_autofree char *number = sk_format_int (tenge, lang);

  return g_strconcat (number, SK_NBSP "₸", NULL);
}

static char *
format_number (double value, int max_decimals, gboolean keep_zeros, const char *lang)
{
  const Conventions *c = conventions (lang);
  GString *out;
  double scale, scaled, magnitude;
  guint64 whole, fraction;
  int decimals;

  if (!isfinite (value))
    return g_strdup ("—");
  max_decimals = CLAMP (max_decimals, 0, 6);
  scale = pow (10, max_decimals);
  scaled = round (fabs (value) * scale);
  if (scaled >= 9.0e18)
    return g_strdup_printf ("%s%.6g", value < 0 ? "-" : "", fabs (value));

  out = g_string_new (NULL);
  magnitude = scaled;
  /* In integers: the double is whole and below 2^63 here. */
  whole = (guint64) magnitude / (guint64) scale;
  fraction = (guint64) magnitude % (guint64) scale;
  if (value < 0 && (whole > 0 || fraction > 0))
    g_string_append_c (out, '-');
  append_grouped (out, whole, c->group);

  /* The fraction without its trailing zeros. */
  decimals = max_decimals;
  while (!keep_zeros && decimals > 0 && fraction % 10 == 0)
    {
      fraction /= 10;
      decimals--;
    }
  if (decimals > 0)
    g_string_append_printf (out, "%s%0*" G_GUINT64_FORMAT, c->decimal, decimals, fraction);
  return g_string_free (out, FALSE);
}

char *
sk_format_number (double value, int max_decimals, const char *lang)
{
  return format_number (value, max_decimals, FALSE, lang);
}

char *
sk_format_fixed (double value, int decimals, const char *lang)
{
  return format_number (value, decimals, TRUE, lang);
}

char *
sk_format_percent (double percent, int decimals, const char *lang)
{
  g_autofree char *number = NULL;

  if (!isfinite (percent))
    return g_strdup ("—");
  number = format_number (percent, decimals, TRUE, lang);
  return g_strconcat (number, is_kk_ru (sk_format_language (lang)) ? SK_NBSP "%" : "%", NULL);
}

gboolean
sk_parse_iso_date (const char *iso, int *year, int *month, int *day)
{
  int y, m, d;

  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (iso[i]))
      return FALSE;
  y = atoi (iso);
  m = atoi (iso + 5);
  d = atoi (iso + 8);
  if (y < 1 || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  *year = y;
  *month = m;
  *day = d;
  return TRUE;
}

char *
sk_format_date (int year, int month, int day, const char *lang)
{
  /* Russian months in the genitive ("21 ноября"), as dates are written. */
  static const char * const ru[] = {
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
  };
  static const char * const kk[] = {
    "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
    "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
  };
  static const char * const en[] = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
  };

  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;
  lang = sk_format_language (lang);
  /* Kazakh in the order of the official texts ("2008 жылғы 21 қаңтар"). */
  if (g_strcmp0 (lang, "kk") == 0)
    return g_strdup_printf ("%d жылғы %d %s", year, day, kk[month - 1]);
  if (g_strcmp0 (lang, "ru") == 0)
    return g_strdup_printf ("%d %s %d" SK_NBSP "г.", day, ru[month - 1], year);
  return g_strdup_printf ("%d %s %d", day, en[month - 1], year);
}

char *
sk_format_iso_date (const char *iso, const char *lang)
{
  int y, m, d;

  if (!sk_parse_iso_date (iso, &y, &m, &d))
    return NULL;
  return sk_format_date (y, m, d, lang);
}

char *
sk_format_dates_in (const char *text, const char *lang)
{
  GString *out;
  const char *p;

  if (text == NULL)
    return NULL;
  out = g_string_sized_new (strlen (text));
  for (p = text; *p;)
    {
      char iso[11];
      g_autofree char *date = NULL;

      if (g_ascii_isdigit (*p) && (p == text || !g_ascii_isdigit (p[-1])) && strlen (p) >= 10 &&
          !g_ascii_isdigit (p[10]))
        {
          memcpy (iso, p, 10);
          iso[10] = '\0';
          date = sk_format_iso_date (iso, lang);
        }
      if (date)
        {
          g_string_append (out, date);
          p += 10;
        }
      else
        g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

char *
sk_format_date_time (GDateTime *date, const char *lang)
{
  g_return_val_if_fail (date != NULL, NULL);
  return sk_format_date (g_date_time_get_year (date), g_date_time_get_month (date),
                             g_date_time_get_day_of_month (date), lang);
}
