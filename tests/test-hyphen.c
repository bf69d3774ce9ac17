/* test-hyphen.c: where words may be broken (sk-hyphen.h) */
#include "config.h"

#include <string.h>

#include "sk-hyphen.h"

typedef struct {
  const char *word;
  const char *want;
} Case;

static void
check_cases (const char *lang, const Case *cases, gsize n)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *got = sk_hyphen_show (cases[i].word, lang);
      g_assert_cmpstr (got, ==, cases[i].want);
    }
}

/* Kazakh by its syllables, with words of the official texts (003: order
 * No. 661 and the Model Rules in Kazakh). */
static void
test_kazakh (void)
{
  static const Case cases[] = {
    /* A single consonant between vowels begins the next syllable. */
    { "білім", "бі-лім" },
    { "ғылым", "ғы-лым" },
    { "жоғары", "жо-ға-ры" },
    { "құрамы", "құ-ра-мы" },
    { "қағидалары", "қа-ғи-да-ла-ры" },
    { "халықаралық", "ха-лы-қа-ра-лық" },
    /* Of two or more, the last one does. */
    { "мемлекеттік", "мем-ле-кет-тік" },
    { "бағдарламалар", "бағ-дар-ла-ма-лар" },
    { "ынтымақтастықты", "ын-ты-мақ-тас-тық-ты" },
    { "ұйымдастыру", "ұйым-дас-ты-ру" },
    { "министрлігінің", "ми-нистр-лі-гі-нің" },
    { "қызметкерлер", "қыз-мет-кер-лер" },
    { "әріптестермен", "әріп-тес-тер-мен" },
    { "бұйрығы", "бұй-ры-ғы" },
    { "шетелдік", "ше-тел-дік" },
    /* у and и after a vowel are consonants. */
    { "тіркеу", "тір-кеу" },
    { "тауы", "та-уы" },
    /* Capitals as their small letters. */
    { "Республикасы", "Рес-пуб-ли-ка-сы" },
    { "Маңғыстаумұнайгаз", "Маң-ғыс-тау-мұ-най-газ" },
    /* Never one letter alone on either side. */
    { "оқу", "оқу" },
    { "ұйым", "ұйым" },
    { "ана", "ана" },
    { "оқытушылар", "оқы-ту-шы-лар" },
    /* ь and ъ stay with the consonant before them. */
    { "мультимедиа", "муль-ти-ме-диа" },
    /* Words with a hyphen, quotes, digits: only their letters. */
    { "«Маңғыстаумұнайгаз»", "«Маң-ғыс-тау-мұ-най-газ»" },
    { "ғылыми-зерттеу", "ғы-лы-ми-зерт-теу" },
    { "2026", "2026" },
    { "", "" },
  };

  check_cases ("kk", cases, G_N_ELEMENTS (cases));
}

/* The syllable rules themselves, on letters. */
static void
test_kazakh_letters (void)
{
  g_autofree gunichar *letters = g_utf8_to_ucs4_fast ("мектеп", -1, NULL);
  gboolean breaks[6];

  sk_hyphen_kazakh (letters, 6, breaks);
  for (guint i = 0; i < 6; i++)
    g_assert_cmpint (breaks[i], ==, i == 3);
}

/* A Kazakh word in a Russian or English document is still Kazakh. */
static void
test_kazakh_elsewhere (void)
{
  g_autofree char *ru = sk_hyphen_show ("Айдосұлы", "ru");
  g_autofree char *en = sk_hyphen_show ("Айдосұлы", "en");

  g_assert_cmpstr (ru, ==, "Ай-до-сұ-лы");
  g_assert_cmpstr (en, ==, "Ай-до-сұ-лы");
}

static gboolean
have_patterns (const char *file)
{
  const char *dir = g_getenv ("SERIKTES_HYPHEN_DIR");
  g_autofree char *path = g_build_filename (dir && *dir ? dir : SK_HYPHEN_DIR, file, NULL);

  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

/* Russian and English by Debian's patterns (hyphen-ru, hyphen-en-us). */
static void
test_patterns (void)
{
  static const Case ru[] = {
    { "университет", "уни-вер-си-тет" },
    { "Председатель", "Пред-се-датель" },
    { "Мангистаумунайгаз", "Мангиста-уму-най-газ" },
  };
  static const Case en[] = {
    { "international", "in-ter-na-tional" },
    { "partnership", "part-ner-ship" },
  };

  if (!have_patterns ("hyph_ru_RU.dic") || !have_patterns ("hyph_en_US.dic"))
    {
      g_test_skip ("hyphen-ru or hyphen-en-us is not installed");
      return;
    }
  check_cases ("ru", ru, G_N_ELEMENTS (ru));
  check_cases ("en", en, G_N_ELEMENTS (en));
  /* Latin letters in a Kazakh document: English. */
  check_cases ("kk", en, G_N_ELEMENTS (en));
}

/* Every break of any word leaves two letters on each side, and never
 * falls inside a UTF-8 sequence. */
static void
test_bounds (void)
{
  static const char * const words[] = {
    "Қазақстанныңжоғарыоқуорындарыныңхалықаралықынтымақтастығы", "ab", "абв", "Ⅻ", "é́é́é́é́",
    "a-b-c-d", "ӘӘӘӘӘӘ", "x\xcc\x86y\xcc\x86zzz", "юяюяюя", "бббббб",
  };
  static const char * const langs[] = { "kk", "ru", "en", NULL };

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    for (guint i = 0; i < G_N_ELEMENTS (words); i++)
      {
        gsize length = strlen (words[i]);
        g_autoptr (GArray) points = sk_hyphen_points (words[i], length, langs[l]);

        for (guint k = 0; k < points->len; k++)
          {
            gsize at = g_array_index (points, gsize, k);
            g_assert_cmpuint (at, >, 0);
            g_assert_cmpuint (at, <, length);
            g_assert_true (g_utf8_validate_len (words[i], at, NULL));
            g_assert_cmpint (g_utf8_strlen (words[i], (gssize) at), >=, 2);
            g_assert_cmpint (g_utf8_strlen (words[i] + at, -1), >=, 2);
          }
      }
  /* Invalid UTF-8: no breaks, no crash. */
  {
    g_autoptr (GArray) points = sk_hyphen_points ("ab\xff\xfe" "cdef", 8, "kk");
    g_assert_cmpuint (points->len, ==, 0);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sk/hyphen/kazakh", test_kazakh);
  g_test_add_func ("/sk/hyphen/kazakh-letters", test_kazakh_letters);
  g_test_add_func ("/sk/hyphen/kazakh-elsewhere", test_kazakh_elsewhere);
  g_test_add_func ("/sk/hyphen/patterns", test_patterns);
  g_test_add_func ("/sk/hyphen/bounds", test_bounds);
  return g_test_run ();
}
