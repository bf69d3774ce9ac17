/* test-rank.c: ranks as the publishers write them */
#include "config.h"

#include <string.h>

#include "sk-error.h"
#include "sk-rank.h"

typedef struct {
  const char *text;
  gboolean ranked;
  int lower;
  int upper;
} Good;

static void
assert_parses (const Good *g)
{
  g_autoptr (GError) error = NULL;
  SkRank rank = { TRUE, -1, -1 };
  gboolean ok = sk_rank_parse (g->text, &rank, &error);

  if (!ok)
    g_error ("“%s” does not parse: %s", g->text, error ? error->message : "(no error)");
  g_assert_no_error (error);
  if (rank.ranked != g->ranked || rank.lower != g->lower || rank.upper != g->upper)
    g_error ("“%s”: got ranked=%d lower=%d upper=%d, expected ranked=%d lower=%d upper=%d", g->text,
             rank.ranked, rank.lower, rank.upper, g->ranked, g->lower, g->upper);
}

static void
test_exact (void)
{
  static const Good cases[] = {
    { "12", TRUE, 12, 12 },
    { "1", TRUE, 1, 1 },
    { "=3", TRUE, 3, 3 },   /* a tie, as QS writes it */
    { "7=", TRUE, 7, 7 },   /* a tie, as ARWU tables sometimes write it */
    { "100000", TRUE, 100000, 100000 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_parses (&cases[i]);
}

static void
test_bands (void)
{
  static const Good cases[] = {
    { "101-150", TRUE, 101, 150 },
    { "401–500", TRUE, 401, 500 },      /* en dash, THE */
    { "401—500", TRUE, 401, 500 },      /* em dash */
    { "101 - 150", TRUE, 101, 150 },
    { "501–510", TRUE, 501, 510 },
    { "5-5", TRUE, 5, 5 },
    { "1501+", TRUE, 1501, 0 },         /* open end: upper 0 */
    { "801+", TRUE, 801, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_parses (&cases[i]);
}

static void
test_unranked (void)
{
  static const Good cases[] = {
    { "Reporter", FALSE, 0, 0 },
    { "reporter", FALSE, 0, 0 },
    { "REPORTER", FALSE, 0, 0 },
    { "-", FALSE, 0, 0 },
    { "–", FALSE, 0, 0 },
    { "n/a", FALSE, 0, 0 },
    { "N/A", FALSE, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_parses (&cases[i]);
}

static void
test_whitespace (void)
{
  static const Good cases[] = {
    { "  12  ", TRUE, 12, 12 },
    { "\t=3\n", TRUE, 3, 3 },
    { " 101-150 ", TRUE, 101, 150 },
    { " 401 – 500\t", TRUE, 401, 500 },
    { " 801+ ", TRUE, 801, 0 },
    { "  Reporter ", FALSE, 0, 0 },
    { " - ", FALSE, 0, 0 },
    { " n/a\t", FALSE, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_parses (&cases[i]);
}

static void
test_errors (void)
{
  static const char * const bad[] = {
    "abc", "", "   ", "0", "00", "150-101", "12-", "-5", "1e3", "101–", "99999999", "100001",
    "12.5", "#12", "12 13", "+12", "101-150+", "=", "==3", "top 100",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      SkRank rank = { FALSE, 0, 0 };

      if (sk_rank_parse (bad[i], &rank, &error))
        g_error ("“%s” parses as ranked=%d lower=%d upper=%d; expected an error", bad[i], rank.ranked,
                 rank.lower, rank.upper);
      g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
      g_assert_nonnull (error->message);
      g_assert_cmpstr (error->message, !=, "");
      /* It says what is accepted. */
      g_assert_nonnull (strstr (error->message, "101-150"));
    }

  /* NULL is no rank either, and no crash. */
  {
    g_autoptr (GError) error = NULL;
    SkRank rank;
    g_assert_false (sk_rank_parse (NULL, &rank, &error));
    g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  }
  /* Without a GError. */
  {
    SkRank rank;
    g_assert_false (sk_rank_parse ("abc", &rank, NULL));
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sk/rank/exact", test_exact);
  g_test_add_func ("/sk/rank/bands", test_bands);
  g_test_add_func ("/sk/rank/unranked", test_unranked);
  g_test_add_func ("/sk/rank/whitespace", test_whitespace);
  g_test_add_func ("/sk/rank/errors", test_errors);

  return g_test_run ();
}
