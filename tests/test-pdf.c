/* test-pdf.c: line wrapping, formatting per language, the charts and the
 * PDF export through its API (the CLI and the pages: test-pdf.sh) */
#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "sk-chart.h"
#include "sk-format.h"
#include "sk-pdf-private.h"
#include "sk-pdf-text.h"
#include "sk-pdf.h"
#include "sk-test-util.h"

/* ---- wrapping with a measure of one unit per character ---- */

static double
per_char (const char *text, gsize length, gpointer data)
{
  return (double) g_utf8_strlen (text, (gssize) length);
}

static void
assert_lines (char **lines, const char * const *expected)
{
  guint i;

  for (i = 0; expected[i]; i++)
    {
      g_assert_nonnull (lines[i]);
      g_assert_cmpstr (lines[i], ==, expected[i]);
    }
  g_assert_null (lines[i]);
}

static void
test_wrap_words (void)
{
  g_auto (GStrv) a = sk_pdf_wrap ("aaa bbb ccc", 7, per_char, NULL);
  g_auto (GStrv) b = sk_pdf_wrap ("  aaa   bbb  ", 20, per_char, NULL);
  g_auto (GStrv) c = sk_pdf_wrap ("one\n\ntwo three", 5, per_char, NULL);
  g_auto (GStrv) d = sk_pdf_wrap ("", 5, per_char, NULL);
  g_auto (GStrv) e = sk_pdf_wrap (NULL, 5, per_char, NULL);
  g_auto (GStrv) f = sk_pdf_wrap ("a\r\nb\rc\td", 5, per_char, NULL);

  assert_lines (a, (const char *[]) { "aaa bbb", "ccc", NULL });
  assert_lines (b, (const char *[]) { "aaa bbb", NULL });
  assert_lines (c, (const char *[]) { "one", "", "two", "three", NULL });
  assert_lines (d, (const char *[]) { "", NULL });
  assert_lines (e, (const char *[]) { "", NULL });
  assert_lines (f, (const char *[]) { "a", "b", "c d", NULL });
}

static void
test_wrap_long_word (void)
{
  g_auto (GStrv) a = sk_pdf_wrap ("abcdefghij", 4, per_char, NULL);
  g_auto (GStrv) b = sk_pdf_wrap ("xy abcdefghij z", 4, per_char, NULL);
  /* A line narrower than a character still holds one. */
  g_auto (GStrv) c = sk_pdf_wrap ("abc", 0.5, per_char, NULL);

  /* Cut with a hyphen, two letters at least on each side. */
  assert_lines (a, (const char *[]) { "abc-", "def-", "ghij", NULL });
  /* The rest of the word goes on with the words after it. */
  assert_lines (b, (const char *[]) { "xy", "abc-", "def-", "ghij", "z", NULL });
  assert_lines (c, (const char *[]) { "a", "b", "c", NULL });
}

static void
test_wrap_hyphen (void)
{
  /* A long word breaks after its hyphen when the part before it fits. */
  g_auto (GStrv) a = sk_pdf_wrap ("химико-технологический", 12, per_char, NULL);
  g_auto (GStrv) b = sk_pdf_wrap ("ab-cdefghijkl", 5, per_char, NULL);

  g_auto (GStrv) c = sk_pdf_wrap ("abcdef", 4, per_char, NULL);

  assert_lines (a, (const char *[]) { "химико-", "технологиче-", "ский", NULL });
  assert_lines (b, (const char *[]) { "ab-", "cdef-", "ghij-", "kl", NULL });
  /* Never one letter alone: "abc-" would leave "de"… "ab-" + "cdef". */
  assert_lines (c, (const char *[]) { "abc-", "def", NULL });
}

/* With the patterns of a language: a word that does not fit the end of a
 * line that would stay too empty is hyphenated; one that is wider than
 * a line is broken at its syllables. */
static void
test_wrap_hyphenate (void)
{
  g_auto (GStrv) kk = sk_pdf_wrap_hyphenated ("Маңғыстаумұнайгаз", 8, per_char, NULL, "kk", "-", SK_PDF_HYPHENATE_ROOM);
  g_auto (GStrv) kk_fill = sk_pdf_wrap_hyphenated ("бұл ынтымақтастық", 12, per_char, NULL, "kk", "-", SK_PDF_HYPHENATE_ROOM);
  g_auto (GStrv) none = sk_pdf_wrap_hyphenated ("бұл ынтымақтастық", 12, per_char, NULL, NULL, "-", SK_PDF_HYPHENATE_ROOM);
  g_auto (GStrv) nbsp = sk_pdf_wrap_hyphenated ("аа Ш.\xc2\xa0Есенов", 6, per_char, NULL, "kk", "-", SK_PDF_HYPHENATE_ROOM);

  assert_lines (kk, (const char *[]) { "Маңғыс-", "таумұ-", "найгаз", NULL });
  assert_lines (kk_fill, (const char *[]) { "бұл ынтымақ-", "тастық", NULL });
  assert_lines (none, (const char *[]) { "бұл", "ынтымақтаст-", "ық", NULL });
  /* No break at a no-break space: the initial stays with the name. */
  g_assert_cmpstr (nbsp[0], ==, "аа");
}

/* Every line valid UTF-8, within the width, and nothing lost. */
static void
check_wrapped (const char *text, double width)
{
  g_auto (GStrv) lines = sk_pdf_wrap (text, width, per_char, NULL);
  g_autoptr (GString) joined = g_string_new (NULL);
  g_autoptr (GString) original = g_string_new (NULL);

  /* Nothing lost but the hyphens added at the breaks. */
  for (guint i = 0; lines[i]; i++)
    {
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
      g_assert_cmpfloat (per_char (lines[i], strlen (lines[i]), NULL), <=, MAX (width, 1));
      for (const char *p = lines[i]; *p; p++)
        if (*p != ' ' && *p != '-')
          g_string_append_c (joined, *p);
    }
  for (const char *p = text; *p; p++)
    if (*p != ' ' && *p != '\n' && *p != '-')
      g_string_append_c (original, *p);
  g_assert_cmpstr (joined->str, ==, original->str);
}

static void
test_wrap_utf8 (void)
{
  static const char kazakh[] =
    "Қазақстан Республикасының жоғары және жоғары оқу орнынан кейінгі білім беру ұйымдары "
    "шетелдік әріптестермен қос дипломды бағдарламалар әзірлейді: ә ғ қ ң ө ұ ү һ і";
  g_autofree char *long_word = NULL;
  GString *w = g_string_new (NULL);

  for (int i = 0; i < 30; i++)
    g_string_append (w, "әріптестік");
  long_word = g_string_free (w, FALSE);

  for (double width = 1; width <= 40; width += 3)
    {
      check_wrapped (kazakh, width);
      check_wrapped (long_word, width);
    }
  {
    /* 300 characters of two-byte letters on lines of 7: 6 and a hyphen. */
    g_auto (GStrv) lines = sk_pdf_wrap (long_word, 7, per_char, NULL);
    g_assert_cmpuint (g_strv_length (lines), ==, 50);
    g_assert_cmpstr (lines[0], ==, "әріпте-");
    g_assert_cmpstr (lines[1], ==, "стікәр-");
  }
}

static void
test_wrap_combining (void)
{
  /* и + combining breve: a character boundary, but not one to break at
   * (the measure counts it as a character of its own). */
  g_auto (GStrv) lines = sk_pdf_wrap ("аи\xcc\x86бв", 2, per_char, NULL);
  g_auto (GStrv) narrow = sk_pdf_wrap ("и\xcc\x86и\xcc\x86", 1, per_char, NULL);

  /* Too narrow for two letters and a hyphen: what fits. */
  assert_lines (lines, (const char *[]) { "а-", "и\xcc\x86", "бв", NULL });
  assert_lines (narrow, (const char *[]) { "и\xcc\x86", "и\xcc\x86", NULL });
}

static void
test_wrap_invalid (void)
{
  g_auto (GStrv) lines = sk_pdf_wrap ("ab\xff\xfe" "cd \xd2", 3, per_char, NULL);

  for (guint i = 0; lines[i]; i++)
    g_assert_true (g_utf8_validate (lines[i], -1, NULL));
}

static void
test_ellipsize (void)
{
  g_autofree char *a = sk_pdf_ellipsize ("short", 10, per_char, NULL);
  g_autofree char *b = sk_pdf_ellipsize ("Қазақстан Республикасы", 10, per_char, NULL);
  g_autofree char *c = sk_pdf_ellipsize ("abc", 0.5, per_char, NULL);
  g_autofree char *d = sk_pdf_ellipsize ("two\nlines", 20, per_char, NULL);
  g_autofree char *e = sk_pdf_ellipsize ("abcdef ghij", 8, per_char, NULL);

  g_assert_cmpstr (a, ==, "short");
  g_assert_cmpstr (b, ==, "Қазақстан…");
  g_assert_cmpstr (c, ==, "");
  g_assert_cmpstr (d, ==, "two lines");
  g_assert_cmpstr (e, ==, "abcdef…"); /* no space before the ellipsis */
}

/* ---- wrapping with the real font ---- */

static void
test_wrap_font (void)
{
  static const char text[] =
    "Ш. Есенов атындағы Каспий технологиялар және инжиниринг университеті базасындағы "
    "Ақтау филиалы ӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘ";
  SkPdf pdf = { 0 };
  g_autoptr (GError) error = NULL;

  pdf.lang = "kk";
  g_assert_true (sk_pdf_begin (&pdf, &error));
  g_assert_no_error (error);
  for (double width = 30; width < 400; width += 37)
    for (SkPdfWeight weight = 0; weight < SK_PDF_N_WEIGHTS; weight++)
      {
        g_auto (GStrv) lines = sk_pdf_wrap_text (&pdf, text, weight, 10, width);
        g_autofree char *fitted = sk_pdf_fit_text (&pdf, text, weight, 10, width);
        g_auto (GStrv) three = sk_pdf_wrap_max (&pdf, text, weight, 10, width, 3);

        for (guint i = 0; lines[i]; i++)
          {
            g_assert_true (g_utf8_validate (lines[i], -1, NULL));
            g_assert_cmpfloat (sk_pdf_text_width (&pdf, weight, 10, lines[i]), <=, width + 1e-6);
          }
        g_assert_cmpfloat (sk_pdf_text_width (&pdf, weight, 10, fitted), <=, width + 1e-6);
        g_assert_true (g_str_has_suffix (fitted, "…"));
        g_assert_cmpuint (g_strv_length (three), <=, 3);
        if (g_strv_length (lines) > 3)
          g_assert_true (g_str_has_suffix (three[2], "…"));
      }
  /* Kazakh letters are wider than nothing: the font has them. */
  g_assert_cmpfloat (sk_pdf_text_width (&pdf, SK_PDF_REGULAR, 10, "әғқңөұүһі"), >, 30);
  sk_pdf_clear (&pdf);
}

/* ---- formatting (sk-format.h) ---- */

static void
test_format_numbers (void)
{
  struct { char *got; const char *want; } cases[] = {
    { sk_format_int (0, "en"), "0" },
    { sk_format_int (999, "ru"), "999" },
    { sk_format_int (1000, "ru"), "1 000" },
    { sk_format_int (1250000000, "kk"), "1 250 000 000" },
    { sk_format_int (1250000000, "en"), "1,250,000,000" },
    { sk_format_int (-1234567, "en"), "-1,234,567" },
    { sk_format_int (G_MININT64, "en"), "-9,223,372,036,854,775,808" },
    { sk_format_int (G_MAXINT64, "ru"), "9 223 372 036 854 775 807" },
    { sk_format_int (1234, "de"), "1,234" },
    { sk_format_money (1250000000, "ru"), "1 250 000 000 ₸" },
    { sk_format_money (1250000000, "en"), "1,250,000,000 ₸" },
    { sk_format_money (0, "kk"), "0 ₸" },
    { sk_format_number (1250.5, 2, "ru"), "1 250,5" },
    { sk_format_number (1250.5, 2, "en"), "1,250.5" },
    { sk_format_number (72.456, 2, "kk"), "72,46" },
    { sk_format_number (190.0, 2, "kk"), "190" },
    { sk_format_number (0.004, 2, "en"), "0" },
    { sk_format_number (-0.004, 2, "en"), "0" },
    { sk_format_number (-2.5, 1, "en"), "-2.5" },
    { sk_format_number (NAN, 2, "en"), "—" },
    { sk_format_number (INFINITY, 2, "en"), "—" },
    { sk_format_number (1e300, 2, "en"), "1e+300" },
    /* Fixed decimals: the decimal marks of a column line up. */
    { sk_format_fixed (2, 1, "ru"), "2,0" },
    { sk_format_fixed (1234.5, 2, "en"), "1,234.50" },
    { sk_format_fixed (0.5, 0, "kk"), "1" },
    { sk_format_fixed (0.75, 2, "kk"), "0,75" },
    { sk_format_fixed (1, 2, "ru"), "1,00" },
    { sk_format_fixed (11.4, 2, "en"), "11.40" },
    { sk_format_fixed (NAN, 2, "en"), "—" },
    /* Percentages: "57,7 %" in kk and ru, "57.7%" in en. */
    { sk_format_percent (57.72, 1, "kk"), "57,7 %" },
    { sk_format_percent (57.72, 1, "ru"), "57,7 %" },
    { sk_format_percent (57.72, 1, "en"), "57.7%" },
    { sk_format_percent (58, 1, "ru"), "58,0 %" },
    { sk_format_percent (63.25, 1, "ru"), "63,3 %" },
    { sk_format_percent (70, 0, "en"), "70%" },
    { sk_format_percent (70, 0, "kk"), "70 %" },
    { sk_format_percent (1234.5, 1, "en"), "1,234.5%" },
    { sk_format_percent (NAN, 1, "kk"), "—" },
    { sk_format_percent (INFINITY, 1, "ru"), "—" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      /* The tests write the no-break space as a plain one for reading. */
      g_autofree char *want = NULL;
      g_auto (GStrv) parts = g_strsplit (cases[i].want, " ", -1);

      want = g_strjoinv (SK_NBSP, parts);
      g_assert_cmpstr (cases[i].got, ==, want);
      g_free (cases[i].got);
    }
}

static void
test_format_dates (void)
{
  struct { char *got; const char *want; } cases[] = {
    /* Kazakh: year, day, month, as the official texts write it ("2008
     * жылғы 21 қаңтарда" in 003). */
    { sk_format_date (2027, 9, 1, "kk"), "2027 жылғы 1 қыркүйек" },
    { sk_format_date (2026, 11, 21, "kk"), "2026 жылғы 21 қараша" },
    { sk_format_date (2007, 12, 27, "kk"), "2007 жылғы 27 желтоқсан" },
    { sk_format_iso_date ("2028-01-15", "kk"), "2028 жылғы 15 қаңтар" },
    /* Russian: the month in the genitive, "г." kept with the year. */
    { sk_format_date (2027, 9, 1, "ru"), "1 сентября 2027" SK_NBSP "г." },
    { sk_format_date (2026, 11, 21, "ru"), "21 ноября 2026" SK_NBSP "г." },
    { sk_format_date (2027, 3, 8, "ru"), "8 марта 2027" SK_NBSP "г." },
    { sk_format_iso_date ("2033-08-31", "ru"), "31 августа 2033" SK_NBSP "г." },
    { sk_format_date (2027, 9, 1, "en"), "1 September 2027" },
    { sk_format_date (2026, 11, 21, "en"), "21 November 2026" },
    { sk_format_date (2024, 2, 29, "en"), "29 February 2024" },
    /* Dates inside a text (a finding's message). */
    { sk_format_dates_in ("Срок (2027-09-01 – 2031-08-31).", "ru"),
      "Срок (1 сентября 2027" SK_NBSP "г. – 31 августа 2031" SK_NBSP "г.)." },
    { sk_format_dates_in ("Мерзімі (2027-09-01 – 2031-08-31).", "kk"),
      "Мерзімі (2027 жылғы 1 қыркүйек – 2031 жылғы 31 тамыз)." },
    { sk_format_dates_in ("from 2027-09-01 to 2031-08-31", "en"), "from 1 September 2027 to 31 August 2031" },
    { sk_format_dates_in ("no 2027-02-30, no 12027-09-01, no 2027-09-011", "en"),
      "no 2027-02-30, no 12027-09-01, no 2027-09-011" },
    { sk_format_dates_in ("2027-09-0", "en"), "2027-09-0" },
    { sk_format_dates_in ("", "en"), "" },
  };
  g_autoptr (GDateTime) dt = g_date_time_new_utc (2026, 5, 7, 23, 0, 0);
  g_autofree char *from_dt = sk_format_date_time (dt, "en");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpstr (cases[i].got, ==, cases[i].want);
      g_free (cases[i].got);
    }
  g_assert_cmpstr (from_dt, ==, "7 May 2026");
  g_assert_null (sk_format_dates_in (NULL, "en"));
  g_assert_null (sk_format_date (2025, 2, 29, "en"));
  g_assert_null (sk_format_date (2025, 13, 1, "en"));
  g_assert_null (sk_format_date (2025, 0, 1, "en"));
  g_assert_null (sk_format_date (0, 1, 1, "en"));
  g_assert_null (sk_format_date (10000, 1, 1, "en"));
  g_assert_null (sk_format_iso_date (NULL, "en"));
  g_assert_null (sk_format_iso_date ("2025-02-30", "en"));
  g_assert_null (sk_format_iso_date ("2025-2-3", "en"));
  g_assert_null (sk_format_iso_date ("2025-02-03x", "en"));
  g_assert_null (sk_format_iso_date ("20a5-02-03", "en"));
}

/* ---- the charts ---- */

static SkProposal *
open_example (const char *name)
{
  g_autofree char *file = g_strdup_printf ("%s.seriktes", name);
  g_autofree char *path = g_build_filename (g_getenv ("SK_EXAMPLES_DIR"), file, NULL);
  g_autoptr (GError) error = NULL;
  SkProposal *p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return p;
}

/* The share of pixels that differ from the background. */
static double
drawn_share (cairo_surface_t *surface)
{
  int w = cairo_image_surface_get_width (surface), h = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint32 background;
  guint64 drawn = 0;

  cairo_surface_flush (surface);
  memcpy (&background, data, 4);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        guint32 px;
        memcpy (&px, data + y * stride + x * 4, 4);
        drawn += px != background;
      }
  return (double) drawn / ((double) w * h);
}

static void
test_charts (void)
{
  static const char * const examples[] = { "caspian-tu-berlin", "kyzylorda-arizona", "taraz-mendeleev" };
  static const double sizes[][2] = { { 600, 300 }, { 300, 120 }, { 40, 20 }, { 1, 1 }, { 0, 0 }, { 5000, 30 } };
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  const SkChartStyle *styles[] = { sk_chart_style_light (), sk_chart_style_dark () };

  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      g_autoptr (SkProposal) p = open_example (examples[e]);
      SkCheckOptions options = { .year = 2026, .language = "kk", .messages_language = "kk" };
      g_autoptr (GPtrArray) findings = sk_check (p, rules, &options);

      for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
        for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
          for (guint c = 0; c < 4; c++)
            {
              int w = (int) MAX (1, sizes[z][0]), h = (int) MAX (1, sizes[z][1]);
              cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
              cairo_t *cr = cairo_create (surface);

              switch (c)
                {
                case 0:
                  sk_chart_draw_staffing (cr, styles[s], p, rules, SK_BASIS_HOURS, "kk", sizes[z][0], sizes[z][1]);
                  break;
                case 1:
                  sk_chart_draw_financing (cr, styles[s], p, "ru", sizes[z][0], sizes[z][1]);
                  break;
                case 2:
                  sk_chart_draw_term (cr, styles[s], p, rules, "en", sizes[z][0], sizes[z][1]);
                  break;
                default:
                  sk_chart_draw_compliance (cr, styles[s], findings, "kk", sizes[z][0], sizes[z][1]);
                  break;
                }
              g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
              /* A chart of a good size draws something besides its background. */
              if (z == 0)
                g_assert_cmpfloat (drawn_share (surface), >, 0.02);
              cairo_destroy (cr);
              cairo_surface_destroy (surface);
            }
    }
}

static void
test_charts_empty (void)
{
  g_autofree char *path = sk_test_tmp_path ("empty-chart.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_create (path, &error);
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  g_autoptr (GPtrArray) findings = g_ptr_array_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 200);
  cairo_t *cr = cairo_create (surface);

  g_assert_no_error (error);
  for (SkBasis b = 0; b < SK_N_BASES; b++)
    sk_chart_draw_staffing (cr, sk_chart_style_dark (), p, rules, b, NULL, 400, 200);
  sk_chart_draw_financing (cr, sk_chart_style_light (), p, NULL, 400, 200);
  sk_chart_draw_term (cr, sk_chart_style_light (), p, rules, NULL, 400, 200);
  sk_chart_draw_compliance (cr, sk_chart_style_light (), findings, NULL, 400, 200);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpfloat (sk_chart_staffing_height (sk_chart_style_light (), p), >, 0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* ---- the export ---- */

typedef struct {
  double last;
  guint calls;
  gboolean cancel_at_staff;
  GCancellable *cancellable;
  gboolean monotonic;
} Progress;

static void
on_progress (double fraction, const char *section, gpointer data)
{
  Progress *p = data;

  g_assert_nonnull (section);
  g_assert_cmpfloat (fraction, >=, 0);
  g_assert_cmpfloat (fraction, <=, 1);
  if (fraction + 1e-9 < p->last)
    p->monotonic = FALSE;
  p->last = fraction;
  p->calls++;
  if (p->cancel_at_staff && fraction > 0.4)
    g_cancellable_cancel (p->cancellable);
}

static gboolean
is_pdf (const char *path)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  return g_file_get_contents (path, &data, &length, NULL) && length > 1000 &&
         memcmp (data, "%PDF-", 5) == 0 && g_strstr_len (data + length - 32, 32, "%%EOF") != NULL;
}

/* No ".name.XXXXXX" left in the folder. */
static void
assert_no_temporary (const char *folder)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)))
    g_assert_false (name[0] == '.' && strstr (name, ".pdf.") != NULL);
}

static void
test_export (void)
{
  g_autoptr (SkProposal) p = open_example ("taraz-mendeleev");
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  g_autofree char *out = sk_test_tmp_path ("taraz.pdf");
  g_autofree char *folder = g_path_get_dirname (out);
  g_autoptr (GDateTime) date = g_date_time_new_local (2026, 11, 21, 12, 0, 0);
  SkPdfOptions options = { .language = "ru", .year = 2026, .date = date };
  Progress progress = { .monotonic = TRUE };
  g_autoptr (GError) error = NULL;

  g_assert_true (sk_pdf_export (p, rules, &options, out, on_progress, &progress, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (is_pdf (out));
  g_assert_true (progress.monotonic);
  g_assert_cmpuint (progress.calls, >, 10);
  g_assert_cmpfloat (progress.last, ==, 1.0);
  assert_no_temporary (folder);

  /* Without options, progress or cancellable. */
  g_assert_true (sk_pdf_export (p, rules, NULL, out, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (is_pdf (out));
}


/* ---- the font programs written by the export ---- */

static guint32
be32_at (const guint8 *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

static guint16
be16_at (const guint8 *p)
{
  return (guint16) (p[0] << 8 | p[1]);
}

static guint32
sum32 (const guint8 *data, gsize length)
{
  guint32 sum = 0;

  for (gsize i = 0; i < length; i += 4)
    {
      guint8 word[4] = { 0, 0, 0, 0 };
      memcpy (word, data + i, MIN (4, length - i));
      sum += be32_at (word);
    }
  return sum;
}

/* @needle in @pdf from @from on (the file has binary streams). */
static const char *
find_in (const char *pdf, gsize length, const char *from, const char *needle)
{
  gsize n = strlen (needle);

  for (const char *p = from; p + n <= pdf + length; p++)
    if (*p == *needle && memcmp (p, needle, n) == 0)
      return p;
  return NULL;
}

/* The zlib stream at @data, inflated (up to its end). */
static GByteArray *
inflate_at (const guint8 *data, gsize available)
{
  g_autoptr (GZlibDecompressor) z = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB);
  GByteArray *out = g_byte_array_new ();
  guint8 buffer[16384];
  gsize at = 0;

  for (;;)
    {
      gsize read = 0, written = 0;
      GConverterResult r = g_converter_convert (G_CONVERTER (z), data + at, available - at, buffer, sizeof buffer,
                                                G_CONVERTER_NO_FLAGS, &read, &written, NULL);
      g_assert_cmpint (r, !=, G_CONVERTER_ERROR);
      g_byte_array_append (out, buffer, (guint) written);
      at += read;
      if (r == G_CONVERTER_FINISHED)
        return out;
    }
}

/* Every embedded TrueType program is a valid font of the tables a
 * CIDFontType2 font needs (no cmap, no name), with right checksums and a
 * glyph table its loca describes. */
static void
test_font_programs (void)
{
  g_autoptr (SkProposal) p = open_example ("caspian-tu-berlin");
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  g_autofree char *out = sk_test_tmp_path ("caspian-fonts.pdf");
  SkPdfOptions options = { .language = "kk", .year = 2026 };
  g_autoptr (GError) error = NULL;
  g_autofree char *pdf = NULL;
  gsize length = 0;
  guint fonts = 0;
  const char *at;

  g_assert_true (sk_pdf_export (p, rules, &options, out, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (out, &pdf, &length, NULL));
  for (at = pdf; (at = find_in (pdf, length, at, "/Length1 ")); at++)
    {
      guint32 length1 = (guint32) g_ascii_strtoull (at + 9, NULL, 10);
      const char *data = find_in (pdf, length, at, "stream");
      g_autoptr (GByteArray) font = NULL;
      guint n, glyphs, long_loca;
      const guint8 *f, *loca = NULL, *glyf = NULL, *maxp = NULL, *head = NULL;
      guint32 loca_length = 0, glyf_length = 0;

      g_assert_nonnull (data);
      data += 6;
      while (*data == '\r' || *data == '\n')
        data++;
      font = inflate_at ((const guint8 *) data, length - (gsize) (data - pdf));
      g_assert_cmpuint (font->len, ==, length1);
      f = font->data;
      n = be16_at (f + 4);
      g_assert_cmpuint (n, >=, 9);
      g_assert_cmpuint (sum32 (f, font->len), ==, 0xB1B0AFBA);
      for (guint i = 0; i < n; i++)
        {
          const guint8 *rec = f + 12 + 16 * i;
          guint32 offset = be32_at (rec + 8), size = be32_at (rec + 12);

          g_assert_cmpuint (offset + size, <=, font->len);
          g_assert_false (memcmp (rec, "cmap", 4) == 0 || memcmp (rec, "name", 4) == 0);
          if (i > 0)
            g_assert_cmpint (memcmp (rec - 16, rec, 4), <, 0);
          if (memcmp (rec, "head", 4) != 0)
            g_assert_cmpuint (sum32 (f + offset, size), ==, be32_at (rec + 4));
          if (memcmp (rec, "loca", 4) == 0)
            loca = f + offset, loca_length = size;
          else if (memcmp (rec, "glyf", 4) == 0)
            glyf = f + offset, glyf_length = size;
          else if (memcmp (rec, "maxp", 4) == 0)
            maxp = f + offset;
          else if (memcmp (rec, "head", 4) == 0)
            head = f + offset;
        }
      g_assert_nonnull (loca);
      g_assert_nonnull (glyf);
      g_assert_nonnull (maxp);
      g_assert_nonnull (head);
      glyphs = be16_at (maxp + 4);
      long_loca = be16_at (head + 50);
      g_assert_cmpuint (loca_length, ==, (long_loca ? 4u : 2u) * (glyphs + 1));
      for (guint g = 0, previous = 0; g <= glyphs; g++)
        {
          guint32 offset = long_loca ? be32_at (loca + 4 * g) : 2u * be16_at (loca + 2 * g);

          g_assert_cmpuint (offset, >=, previous);
          g_assert_cmpuint (offset, <=, glyf_length);
          previous = offset;
        }
      /* A subset: a small part of the font's glyph outlines. */
      g_assert_cmpuint (glyf_length, >, 1000);
      g_assert_cmpuint (glyf_length, <, 200000);
      fonts++;
    }
  g_assert_cmpuint (fonts, >=, 1);
}

static void
test_export_every_kind (void)
{
  g_autofree char *path = sk_test_tmp_path ("full.seriktes");
  g_autofree char *out = sk_test_tmp_path ("full.pdf");
  g_autoptr (SkProposal) p = sk_test_full_proposal (path);
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  g_autoptr (GError) error = NULL;

  for (guint i = 0; sk_content_languages[i]; i++)
    {
      SkPdfOptions options = { .language = sk_content_languages[i], .year = 2026 };

      g_assert_true (sk_pdf_export (p, rules, &options, out, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (is_pdf (out));
    }
}

static void
test_export_cancelled (void)
{
  g_autoptr (SkProposal) p = open_example ("caspian-tu-berlin");
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  g_autofree char *out = sk_test_tmp_path ("cancelled.pdf");
  g_autofree char *folder = g_path_get_dirname (out);
  g_autofree char *digest = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  Progress progress = { .monotonic = TRUE, .cancel_at_staff = TRUE, .cancellable = cancellable };

  /* Cancelled midway: nothing written, and an older file stays as it was. */
  g_assert_true (g_file_set_contents (out, "an older file", -1, NULL));
  digest = sk_test_file_digest (out);
  g_assert_false (sk_pdf_export (p, rules, NULL, out, on_progress, &progress, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  after = sk_test_file_digest (out);
  g_assert_cmpstr (digest, ==, after);
  assert_no_temporary (folder);
  g_clear_error (&error);

  /* Cancelled before it starts. */
  g_assert_false (sk_pdf_export (p, rules, NULL, out, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_export_unwritable (void)
{
  g_autoptr (SkProposal) p = open_example ("kyzylorda-arizona");
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  g_autofree char *missing = sk_test_tmp_path ("no-such-folder/out.pdf");
  g_autofree char *folder = sk_test_tmp_path ("a-folder.pdf");
  g_autoptr (GError) error = NULL;

  g_assert_false (sk_pdf_export (p, rules, NULL, missing, NULL, NULL, NULL, &error));
  g_assert_error (error, SK_PDF_ERROR, SK_PDF_ERROR_WRITE);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_false (sk_pdf_export (p, rules, NULL, folder, NULL, NULL, NULL, &error));
  g_assert_error (error, SK_PDF_ERROR, SK_PDF_ERROR_WRITE);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
}

typedef struct {
  const char *lang;
  char *out;
  gboolean ok;
} ThreadJob;

static gpointer
export_in_thread (gpointer data)
{
  ThreadJob *job = data;
  g_autoptr (SkProposal) p = open_example ("kyzylorda-arizona");
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  SkPdfOptions options = { .language = job->lang, .year = 2026 };

  job->ok = sk_pdf_export (p, rules, &options, job->out, NULL, NULL, NULL, NULL);
  return NULL;
}

/* Exports in three languages at once, each in its own thread. */
static void
test_export_threads (void)
{
  ThreadJob jobs[3] = { { "kk" }, { "ru" }, { "en" } };
  GThread *threads[3];

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("thread-%s.pdf", jobs[i].lang);
      jobs[i].out = sk_test_tmp_path (name);
      threads[i] = g_thread_new ("export", export_in_thread, &jobs[i]);
    }
  for (guint i = 0; i < 3; i++)
    {
      g_thread_join (threads[i]);
      g_assert_true (jobs[i].ok);
      g_assert_true (is_pdf (jobs[i].out));
      g_free (jobs[i].out);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sk/pdf/wrap/words", test_wrap_words);
  g_test_add_func ("/sk/pdf/wrap/long-word", test_wrap_long_word);
  g_test_add_func ("/sk/pdf/wrap/hyphen", test_wrap_hyphen);
  g_test_add_func ("/sk/pdf/wrap/hyphenate", test_wrap_hyphenate);
  g_test_add_func ("/sk/pdf/wrap/utf8", test_wrap_utf8);
  g_test_add_func ("/sk/pdf/wrap/combining", test_wrap_combining);
  g_test_add_func ("/sk/pdf/wrap/invalid", test_wrap_invalid);
  g_test_add_func ("/sk/pdf/wrap/ellipsize", test_ellipsize);
  g_test_add_func ("/sk/pdf/wrap/font", test_wrap_font);
  g_test_add_func ("/sk/pdf/format/numbers", test_format_numbers);
  g_test_add_func ("/sk/pdf/format/dates", test_format_dates);
  g_test_add_func ("/sk/pdf/charts/examples", test_charts);
  g_test_add_func ("/sk/pdf/export/font-programs", test_font_programs);
  g_test_add_func ("/sk/pdf/charts/empty", test_charts_empty);
  g_test_add_func ("/sk/pdf/export/example", test_export);
  g_test_add_func ("/sk/pdf/export/every-kind", test_export_every_kind);
  g_test_add_func ("/sk/pdf/export/cancelled", test_export_cancelled);
  g_test_add_func ("/sk/pdf/export/unwritable", test_export_unwritable);
  g_test_add_func ("/sk/pdf/export/threads", test_export_threads);
  return g_test_run ();
}
