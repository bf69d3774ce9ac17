/* test-i18n.c: translations in a chosen language, from any thread */
#include "config.h"

#include "sk-check.h"
#include "sk-i18n.h"
#include "sk-test-util.h"

static void
test_tr (void)
{
  g_assert_cmpstr (sk_tr ("kk", "Error"), ==, "Қате");
  g_assert_cmpstr (sk_tr ("ru", "Error"), ==, "Ошибка");
  g_assert_cmpstr (sk_tr ("en", "Error"), ==, "Error");
  g_assert_cmpstr (sk_tr ("kk", "no such message"), ==, "no such message");
  g_assert_cmpstr (sk_tr ("de", "Error"), ==, "Error");
  /* The interface language of the test is English. */
  g_assert_cmpstr (sk_tr (NULL, "Error"), ==, "Error");
}

static void
test_plural (void)
{
  g_assert_cmpstr (sk_ntr ("ru", "%u error", "%u errors", 1), ==, "%u ошибка");
  g_assert_cmpstr (sk_ntr ("ru", "%u error", "%u errors", 3), ==, "%u ошибки");
  g_assert_cmpstr (sk_ntr ("ru", "%u error", "%u errors", 5), ==, "%u ошибок");
  g_assert_cmpstr (sk_ntr ("ru", "%u error", "%u errors", 11), ==, "%u ошибок");
  g_assert_cmpstr (sk_ntr ("ru", "%u error", "%u errors", 21), ==, "%u ошибка");
  g_assert_cmpstr (sk_ntr ("ru", "%u error", "%u errors", 22), ==, "%u ошибки");
  g_assert_cmpstr (sk_ntr ("kk", "%u error", "%u errors", 1), ==, "%u қате");
  g_assert_cmpstr (sk_ntr ("kk", "%u error", "%u errors", 7), ==, "%u қате");
  g_assert_cmpstr (sk_ntr ("en", "%u error", "%u errors", 1), ==, "%u error");
  g_assert_cmpstr (sk_ntr ("en", "%u error", "%u errors", 2), ==, "%u errors");
}

/* One English word, two meanings: the message's context (msgctxt) picks the
 * translation. */
static void
test_context (void)
{
  g_assert_cmpstr (sk_trc ("ru", "staff experience", "Years"), ==, "Стаж, лет");
  g_assert_cmpstr (sk_trc ("ru", "research period", "Years"), ==, "Годы");
  g_assert_cmpstr (sk_trc ("kk", "staff experience", "Years"), ==, "Өтілі, жыл");
  g_assert_cmpstr (sk_trc ("kk", "research period", "Years"), ==, "Жылдары");
  g_assert_cmpstr (sk_trc ("en", "research period", "Years"), ==, "Years");
  g_assert_cmpstr (sk_trc ("ru", "no such context", "Years"), ==, "Years");
  g_assert_cmpstr (sk_trc ("de", "research period", "Years"), ==, "Years");
  g_assert_cmpstr (sk_trc (NULL, "research period", "Years"), ==, "Years");
  /* Without its context the message is not found. */
  g_assert_cmpstr (sk_tr ("ru", "Years"), ==, "Years");
}

/* The check speaks the language it is asked for, whatever the interface's. */
static void
test_check_language (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("SK_EXAMPLES_DIR"), "kyzylorda-arizona.seriktes", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  SkCheckOptions kk = { .year = 2026, .language = "kk", .messages_language = "kk" };
  SkCheckOptions ru = { .year = 2026, .language = "ru", .messages_language = "ru" };
  g_autoptr (GPtrArray) fk = NULL;
  g_autoptr (GPtrArray) fr = NULL;
  g_autofree char *summary = NULL;

  g_assert_no_error (error);
  fk = sk_check (p, rules, &kk);
  fr = sk_check (p, rules, &ru);
  g_assert_cmpstr (sk_finding_get_check_id (fk->pdata[0]), ==, "term");
  g_assert_nonnull (strstr (sk_finding_get_message (fk->pdata[0]), "кемінде 5 жыл"));
  g_assert_nonnull (strstr (sk_finding_get_reference (fk->pdata[0]), "Әдістемелік ұсынымдар"));
  g_assert_nonnull (strstr (sk_finding_get_message (fr->pdata[0]), "не менее 5 лет"));
  g_assert_nonnull (strstr (sk_finding_get_reference (fr->pdata[0]), "Методические рекомендации"));
  summary = sk_findings_summary (fr, "ru");
  g_assert_cmpstr (summary, ==, "2 ошибки, 1 предупреждение, 1 примечание");
  /* Record names come from the trilingual fields (the warning on the
   * partner ranked 501–510). */
  g_assert_cmpstr (sk_finding_get_check_id (fk->pdata[2]), ==, "ranking");
  g_assert_nonnull (strstr (sk_finding_get_message (fk->pdata[2]), "Сеул"));
}

static gpointer
translate_in_thread (gpointer lang)
{
  for (int i = 0; i < 1000; i++)
    if (g_strcmp0 (sk_tr (lang, "Warning"), g_str_equal (lang, "kk") ? "Ескерту" : "Предупреждение") != 0)
      return GINT_TO_POINTER (FALSE);
  return GINT_TO_POINTER (TRUE);
}

static void
test_threads (void)
{
  GThread *a = g_thread_new ("kk", translate_in_thread, (gpointer) "kk");
  GThread *b = g_thread_new ("ru", translate_in_thread, (gpointer) "ru");

  g_assert_true (GPOINTER_TO_INT (g_thread_join (a)));
  g_assert_true (GPOINTER_TO_INT (g_thread_join (b)));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sk/i18n/tr", test_tr);
  g_test_add_func ("/sk/i18n/plural", test_plural);
  g_test_add_func ("/sk/i18n/context", test_context);
  g_test_add_func ("/sk/i18n/check-language", test_check_language);
  g_test_add_func ("/sk/i18n/threads", test_threads);
  return g_test_run ();
}
