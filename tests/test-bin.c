/* test-bin.c: the Business Identification Number (BIN) */
#include "config.h"

#include <string.h>

#include "sk-bin.h"

/* The check digit by the rule itself: weights 1..11, then 3..11, 1, 2. */
static int
reference_check_digit (const char *d, gboolean *second)
{
  static const int w2[11] = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 };
  int sum = 0;

  for (int i = 0; i < 11; i++)
    sum += (d[i] - '0') * (i + 1);
  *second = sum % 11 == 10;
  if (!*second)
    return sum % 11;
  sum = 0;
  for (int i = 0; i < 11; i++)
    sum += (d[i] - '0') * w2[i];
  return sum % 11 == 10 ? -1 : sum % 11;
}

static void
test_known_valid (void)
{
  g_assert_cmpint (sk_bin_check ("940140000385"), ==, SK_BIN_VALID);
  g_assert_cmpint (sk_bin_check ("990140004654"), ==, SK_BIN_VALID);
  g_assert_cmpint (sk_bin_check_digit ("94014000038"), ==, 5);
  g_assert_cmpint (sk_bin_check_digit ("99014000465"), ==, 4);
  /* Only the first 11 digits count. */
  g_assert_cmpint (sk_bin_check_digit ("940140000385"), ==, 5);
  g_assert_null (sk_bin_status_message (SK_BIN_VALID));
}

static void
test_status_cases (void)
{
  static const struct {
    const char *bin;
    SkBinStatus status;
  } cases[] = {
    { "940140000385", SK_BIN_VALID },
    { "", SK_BIN_WRONG_LENGTH },
    { "94014000038", SK_BIN_WRONG_LENGTH },
    { "9401400003850", SK_BIN_WRONG_LENGTH },
    { " 940140000385", SK_BIN_WRONG_LENGTH },
    { "94014000038a", SK_BIN_NOT_DIGITS },
    { "9401400 0385", SK_BIN_NOT_DIGITS },
    { "94014-000385", SK_BIN_NOT_DIGITS },
    { "940040000385", SK_BIN_BAD_MONTH },   /* month 00 */
    { "941340000385", SK_BIN_BAD_MONTH },   /* month 13 */
    { "940130000385", SK_BIN_BAD_KIND },    /* kind 3 */
    { "940170000385", SK_BIN_BAD_KIND },    /* kind 7 */
    { "940144000385", SK_BIN_BAD_UNIT },    /* unit 4 */
    { "940140000386", SK_BIN_BAD_CHECK_DIGIT },
    { "990140004650", SK_BIN_BAD_CHECK_DIGIT },
    { "940141001200", SK_BIN_UNUSABLE },    /* both weightings give 10 */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SkBinStatus status = sk_bin_check (cases[i].bin);
      if (status != cases[i].status)
        g_error ("sk_bin_check (“%s”) = %d, expected %d", cases[i].bin, status, cases[i].status);
      if (status != SK_BIN_VALID)
        {
          const char *m = sk_bin_status_message (status);
          g_assert_nonnull (m);
          g_assert_cmpstr (m, !=, "");
        }
    }
  g_assert_cmpint (sk_bin_check (NULL), ==, SK_BIN_WRONG_LENGTH);

  /* Every status has its own sentence. */
  for (SkBinStatus a = SK_BIN_WRONG_LENGTH; a <= SK_BIN_UNUSABLE; a++)
    for (SkBinStatus b = a + 1; b <= SK_BIN_UNUSABLE; b++)
      g_assert_cmpstr (sk_bin_status_message (a), !=, sk_bin_status_message (b));
}

static void
test_unit (void)
{
  g_assert_cmpint (sk_bin_unit ("940140000385"), ==, SK_BIN_UNIT_HEAD_OFFICE);
  g_assert_cmpint (sk_bin_unit ("940141000380"), ==, SK_BIN_UNIT_BRANCH);
  g_assert_cmpint (sk_bin_unit ("940142000380"), ==, SK_BIN_UNIT_REPRESENTATIVE_OFFICE);
  g_assert_cmpint (sk_bin_unit ("940143000380"), ==, 3);
  g_assert_cmpint (sk_bin_unit ("94014100038"), ==, -1);
  g_assert_cmpint (sk_bin_unit ("9401410003800"), ==, -1);
  g_assert_cmpint (sk_bin_unit ("94014x000380"), ==, -1);
  g_assert_cmpint (sk_bin_unit (""), ==, -1);
  g_assert_cmpint (sk_bin_unit (NULL), ==, -1);
  g_assert_cmpint (sk_bin_check ("940141000380"), ==, SK_BIN_VALID);
}

/* The first weighted sum is 10 mod 11: the second weighting gives the
 * check digit. */
static void
test_second_weighting (void)
{
  const char *bin = "940141000401";
  gboolean second = FALSE;
  int sum = 0;

  for (int i = 0; i < 11; i++)
    sum += (bin[i] - '0') * (i + 1);
  g_assert_cmpint (sum % 11, ==, 10);
  g_assert_cmpint (reference_check_digit (bin, &second), ==, 1);
  g_assert_true (second);
  g_assert_cmpint (sk_bin_check_digit (bin), ==, 1);
  g_assert_cmpint (sk_bin_check (bin), ==, SK_BIN_VALID);
  /* The first-weighting remainder (10) is no digit; any other last digit fails. */
  for (char d = '0'; d <= '9'; d++)
    {
      char other[13];
      memcpy (other, bin, 13);
      other[11] = d;
      g_assert_cmpint (sk_bin_check (other), ==, d == '1' ? SK_BIN_VALID : SK_BIN_BAD_CHECK_DIGIT);
    }

  /* Both weightings 10: no check digit exists. */
  g_assert_cmpint (reference_check_digit ("94014100120", &second), ==, -1);
  g_assert_cmpint (sk_bin_check_digit ("94014100120"), ==, -1);
}

/* sk_bin_check_digit agrees with the rule over many numbers. */
static void
test_check_digit_agrees (void)
{
  guint firsts = 0, seconds = 0, unusable = 0;

  for (int serial = 0; serial < 20000; serial += 7)
    {
      g_autofree char *d = g_strdup_printf ("0512%d%d%05d", 4 + serial % 3, serial % 4, serial);
      gboolean second = FALSE;
      int expected = reference_check_digit (d, &second);
      g_autofree char *bin = NULL;

      g_assert_cmpint (sk_bin_check_digit (d), ==, expected);
      if (expected < 0)
        {
          unusable++;
          bin = g_strdup_printf ("%s0", d);
          g_assert_cmpint (sk_bin_check (bin), ==, SK_BIN_UNUSABLE);
          continue;
        }
      if (second)
        seconds++;
      else
        firsts++;
      bin = g_strdup_printf ("%s%d", d, expected);
      g_assert_cmpint (sk_bin_check (bin), ==, SK_BIN_VALID);
    }
  g_assert_cmpuint (firsts, >, 0);
  g_assert_cmpuint (seconds, >, 0);
  g_assert_cmpuint (unusable, >, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sk/bin/known-valid", test_known_valid);
  g_test_add_func ("/sk/bin/status-cases", test_status_cases);
  g_test_add_func ("/sk/bin/unit", test_unit);
  g_test_add_func ("/sk/bin/second-weighting", test_second_weighting);
  g_test_add_func ("/sk/bin/check-digit-agrees", test_check_digit_agrees);

  return g_test_run ();
}
