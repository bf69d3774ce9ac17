/* test-rules.c: rule sets, the default one and hand-written ones */
#include "config.h"

#include <string.h>

#include "sk-rules.h"
#include "sk-test-util.h"

/* A complete rule set, one line an entry: "CutOff" is on line 7. */
static const char * const base_lines[] = {
  "[Rule Set]",                 /* 1 */
  "Name=Test rules",            /* 2 */
  "Version=1",                  /* 3 */
  "[Term]",                     /* 4 */
  "MinimumYears=5",             /* 5 */
  "[Ranking]",                  /* 6 */
  "CutOff=500",                 /* 7 */
  "Publishers=qs;the;arwu",     /* 8 */
  "MaximumAgeYears=2",          /* 9 */
  "[Staffing]",                 /* 10 */
  "Basis=hours",                /* 11 */
  "KazakhMaximum=70",           /* 12 */
  "ForeignMaximum=30",          /* 13 */
  "ForeignMinimum=0",           /* 14 */
  "[Qualification]",            /* 15 */
  "MasterTeachingYears=3",      /* 16 */
  "MasterPracticeYears=5",      /* 17 */
  "[Cooperation Service]",      /* 18 */
  "MinimumForeigners=10",       /* 19 */
  "MinimumSentAbroad=10",       /* 20 */
  "[Severity]",                 /* 21 */
  "term=error",                 /* 22 */
  "ranking=warning",
  "ranking-band=warning",
  "ranking-stale=warning",
  "ranking-unreadable=warning",
  "staff-ratio=warning",
  "foreign-staff=error",
  "parity=warning",
  "programme-kz=warning",
  "programme-accreditation=warning",
  "programme-diplomas=error",
  "programme-partner=error",
  "model-requirements=error",
  "duplicate-institution=error",
  "agreements=warning",
  "agreements-term=warning",
  "branch-registration=warning",
  "branch-bin=error",
  "branch-licence=warning",
  "committees=warning",
  "quality-assurance=warning",
  "indicators=warning",
  "financing=warning",
  "ministry-agreement=warning",
  "staff-qualification=warning",
  "professional-development=warning",
  "mia-approval=error",
  "cooperation-service=note",
  "research=note",
  "third-mission=note",
  "content-language=note",
  "ranking-mismatch=warning",
  "ranking-unverified=note",
};

/* The line (1-based) of @key in base_lines. */
static int
line_of (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (base_lines); i++)
    if (g_str_has_prefix (base_lines[i], key) && base_lines[i][strlen (key)] == '=')
      return (int) i + 1;
  g_assert_not_reached ();
}

/* base_lines with the line of @key replaced by @line (removed when NULL);
 * @key NULL: unchanged. */
static char *
text_with (const char *key, const char *line)
{
  GString *s = g_string_new (NULL);
  int replace = key ? line_of (key) : 0;

  for (guint i = 0; i < G_N_ELEMENTS (base_lines); i++)
    {
      if ((int) i + 1 == replace)
        {
          if (line)
            g_string_append_printf (s, "%s\n", line);
          continue;
        }
      g_string_append_printf (s, "%s\n", base_lines[i]);
    }
  return g_string_free (s, FALSE);
}

static void
assert_default_severities (SkRuleSet *rules)
{
  static const struct {
    const char *id;
    SkSeverity severity;
  } expected[] = {
    { "term", SK_SEVERITY_ERROR },
    { "ranking", SK_SEVERITY_WARNING },
    { "ranking-band", SK_SEVERITY_WARNING },
    { "ranking-stale", SK_SEVERITY_WARNING },
    { "ranking-unreadable", SK_SEVERITY_WARNING },
    { "staff-ratio", SK_SEVERITY_WARNING },
    { "foreign-staff", SK_SEVERITY_ERROR },
    { "parity", SK_SEVERITY_WARNING },
    { "programme-kz", SK_SEVERITY_WARNING },
    { "programme-accreditation", SK_SEVERITY_WARNING },
    { "programme-diplomas", SK_SEVERITY_ERROR },
    { "programme-partner", SK_SEVERITY_ERROR },
    { "model-requirements", SK_SEVERITY_ERROR },
    { "duplicate-institution", SK_SEVERITY_ERROR },
    { "agreements", SK_SEVERITY_WARNING },
    { "agreements-term", SK_SEVERITY_WARNING },
    { "branch-registration", SK_SEVERITY_WARNING },
    { "branch-bin", SK_SEVERITY_ERROR },
    { "branch-licence", SK_SEVERITY_WARNING },
    { "committees", SK_SEVERITY_WARNING },
    { "quality-assurance", SK_SEVERITY_WARNING },
    { "indicators", SK_SEVERITY_WARNING },
    { "financing", SK_SEVERITY_WARNING },
    { "ministry-agreement", SK_SEVERITY_WARNING },
    { "staff-qualification", SK_SEVERITY_WARNING },
    { "professional-development", SK_SEVERITY_WARNING },
    { "mia-approval", SK_SEVERITY_ERROR },
    { "cooperation-service", SK_SEVERITY_NOTE },
    { "research", SK_SEVERITY_NOTE },
    { "third-mission", SK_SEVERITY_NOTE },
    { "content-language", SK_SEVERITY_NOTE },
    { "ranking-mismatch", SK_SEVERITY_WARNING },
    { "ranking-unverified", SK_SEVERITY_NOTE },
  };
  const char * const *ids = sk_rule_set_check_ids ();

  g_assert_cmpuint (g_strv_length ((GStrv) ids), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpstr (ids[i], ==, expected[i].id);
      if (sk_rule_set_severity (rules, expected[i].id) != expected[i].severity)
        g_error ("severity of %s: %s, expected %s", expected[i].id,
                 sk_severity_name (sk_rule_set_severity (rules, expected[i].id)),
                 sk_severity_name (expected[i].severity));
    }
}

static void
assert_default_values (SkRuleSet *rules)
{
  g_assert_cmpint (sk_rule_set_min_term_years (rules), ==, 5);
  g_assert_cmpint (sk_rule_set_ranking_cut_off (rules), ==, 500);
  g_assert_true (sk_rule_set_accepts_publisher (rules, "qs"));
  g_assert_true (sk_rule_set_accepts_publisher (rules, "the"));
  g_assert_true (sk_rule_set_accepts_publisher (rules, "arwu"));
  g_assert_false (sk_rule_set_accepts_publisher (rules, "other"));
  g_assert_false (sk_rule_set_accepts_publisher (rules, NULL));
  g_assert_cmpint (sk_rule_set_ranking_max_age (rules), ==, 2);
  g_assert_cmpint (sk_rule_set_staffing_basis (rules), ==, SK_BASIS_HOURS);
  g_assert_cmpint (sk_rule_set_kazakh_max_percent (rules), ==, 70);
  g_assert_cmpint (sk_rule_set_foreign_max_percent (rules), ==, 30);
  g_assert_cmpint (sk_rule_set_foreign_min_percent (rules), ==, 0);
  g_assert_cmpint (sk_rule_set_master_teaching_years (rules), ==, 3);
  g_assert_cmpint (sk_rule_set_master_practice_years (rules), ==, 5);
  g_assert_cmpint (sk_rule_set_min_foreigners (rules), ==, 10);
  g_assert_cmpint (sk_rule_set_min_sent_abroad (rules), ==, 10);
  assert_default_severities (rules);
}

static void
test_default (void)
{
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();

  g_assert_cmpstr (sk_rule_set_get_name (rules), ==, "MSHE strategic partnership recommendations, 2024 draft");
  g_assert_cmpstr (sk_rule_set_get_version (rules), ==, "2024.2");
  assert_default_values (rules);
  /* Its name in each language of the documents. */
  g_assert_cmpstr (sk_rule_set_get_name_in (rules, "en"), ==, "MSHE strategic partnership recommendations, 2024 draft");
  g_assert_cmpstr (sk_rule_set_get_name_in (rules, "ru"), ==,
                   "Методические рекомендации МНВО по стратегическому партнерству, проект 2024 года");
  g_assert_cmpstr (sk_rule_set_get_name_in (rules, "kk"), ==,
                   "ҒЖБМ-нің стратегиялық әріптестік жөніндегі әдістемелік ұсынымдары, 2024 жылғы жоба");
  g_assert_cmpstr (sk_rule_set_get_name_in (rules, NULL), ==, sk_rule_set_get_name (rules));
}

/* Name[kk] and Name[ru] are optional: without them, and when empty, the
 * name is Name= in every language; other languages are refused. */
static void
test_name_languages (void)
{
  g_autofree char *plain = text_with (NULL, NULL);
  g_autofree char *blank = NULL;
  g_autofree char *other = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkRuleSet) a = sk_rule_set_new_from_data (plain, -1, "a.ini", &error);
  g_autoptr (SkRuleSet) b = NULL;
  g_autoptr (SkRuleSet) c = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (sk_rule_set_get_name_in (a, "kk"), ==, "Test rules");
  g_assert_cmpstr (sk_rule_set_get_name_in (a, "ru"), ==, "Test rules");
  {
    GString *t = g_string_new (plain);
    g_string_replace (t, "[Rule Set]\n", "[Rule Set]\nName[kk]=  \nName[ru]=Тест\n", 1);
    blank = g_string_free (t, FALSE);
  }
  b = sk_rule_set_new_from_data (blank, -1, "b.ini", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sk_rule_set_get_name_in (b, "kk"), ==, "Test rules");
  g_assert_cmpstr (sk_rule_set_get_name_in (b, "ru"), ==, "Тест");
  {
    GString *t = g_string_new (plain);
    g_string_replace (t, "[Rule Set]\n", "[Rule Set]\nName[de]=Testregeln\n", 1);
    other = g_string_free (t, FALSE);
  }
  c = sk_rule_set_new_from_data (other, -1, "c.ini", &error);
  g_assert_error (error, SK_RULES_ERROR, SK_RULES_ERROR_KEY);
  g_assert_null (c);
}

/* The file in data/rules is the rule set built in. */
static void
test_default_file (void)
{
  const char *path = g_test_get_filename (G_TEST_DIST, "..", "data", "rules", "kz-mshe-2024.ini", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_from_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rules);
  g_assert_cmpstr (sk_rule_set_get_name (rules), ==, "MSHE strategic partnership recommendations, 2024 draft");
  g_assert_cmpstr (sk_rule_set_get_version (rules), ==, "2024.2");
  assert_default_values (rules);
}

static void
test_base_text (void)
{
  g_autofree char *text = text_with (NULL, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_from_data (text, -1, "test.ini", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (sk_rule_set_get_name (rules), ==, "Test rules");
  g_assert_cmpstr (sk_rule_set_get_version (rules), ==, "1");
  assert_default_values (rules);
  g_assert_cmpint (line_of ("CutOff"), ==, 7);
}

static void
test_custom (void)
{
  static const char text[] =
    "# A stricter rule set\n"
    "[Rule Set]\n"
    "Name = Stricter rules\n"
    "Version = 2025.2\n"
    "\n"
    "[Term]\n"
    "MinimumYears=7\n"
    "[Ranking]\n"
    "CutOff=200\n"
    "Publishers=QS; arwu ;other\n"
    "MaximumAgeYears=0\n"
    "[Staffing]\n"
    "Basis=FTE\n"
    "KazakhMaximum=50\n"
    "ForeignMaximum=60\n"
    "ForeignMinimum=50\n"
    "[Qualification]\n"
    "MasterTeachingYears=4\n"
    "MasterPracticeYears=6\n"
    "[Cooperation Service]\n"
    "MinimumForeigners=5\n"
    "MinimumSentAbroad=7\n"
    "[Severity]\n"
    "term=warning\n"
    "ranking=Off\n"
    "ranking-band=error\n"
    "ranking-stale=note\n"
    "ranking-unreadable=error\n"
    "staff-ratio=ERROR\n"
    "foreign-staff=off\n"
    "parity=note\n"
    "programme-kz=error\n"
    "programme-accreditation=off\n"
    "programme-diplomas=warning\n"
    "model-requirements=warning\n"
    "agreements=error\n"
    "branch-registration=error\n"
    "branch-bin=warning\n"
    "branch-licence=error\n"
    "committees=note\n"
    "quality-assurance=note\n"
    "indicators=error\n"
    "financing=error\n"
    "ministry-agreement=error\n"
    "staff-qualification=off\n"
    "professional-development=note\n"
    "mia-approval=warning\n"
    "cooperation-service=off\n"
    "research=warning\n"
    "third-mission=error\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_from_data (text, -1, "stricter.ini", &error);

  g_assert_no_error (error);
  g_assert_nonnull (rules);
  g_assert_cmpstr (sk_rule_set_get_name (rules), ==, "Stricter rules");
  g_assert_cmpstr (sk_rule_set_get_version (rules), ==, "2025.2");
  g_assert_cmpint (sk_rule_set_min_term_years (rules), ==, 7);
  g_assert_cmpint (sk_rule_set_ranking_cut_off (rules), ==, 200);
  g_assert_true (sk_rule_set_accepts_publisher (rules, "qs"));
  g_assert_false (sk_rule_set_accepts_publisher (rules, "the"));
  g_assert_true (sk_rule_set_accepts_publisher (rules, "arwu"));
  g_assert_true (sk_rule_set_accepts_publisher (rules, "other"));
  g_assert_cmpint (sk_rule_set_ranking_max_age (rules), ==, 0);
  g_assert_cmpint (sk_rule_set_staffing_basis (rules), ==, SK_BASIS_FTE);
  g_assert_cmpint (sk_rule_set_kazakh_max_percent (rules), ==, 50);
  g_assert_cmpint (sk_rule_set_foreign_max_percent (rules), ==, 60);
  g_assert_cmpint (sk_rule_set_foreign_min_percent (rules), ==, 50);
  g_assert_cmpint (sk_rule_set_master_teaching_years (rules), ==, 4);
  g_assert_cmpint (sk_rule_set_master_practice_years (rules), ==, 6);
  g_assert_cmpint (sk_rule_set_min_foreigners (rules), ==, 5);
  g_assert_cmpint (sk_rule_set_min_sent_abroad (rules), ==, 7);
  g_assert_cmpint (sk_rule_set_severity (rules, "term"), ==, SK_SEVERITY_WARNING);
  g_assert_cmpint (sk_rule_set_severity (rules, "ranking"), ==, SK_SEVERITY_OFF);
  g_assert_cmpint (sk_rule_set_severity (rules, "ranking-band"), ==, SK_SEVERITY_ERROR);
  g_assert_cmpint (sk_rule_set_severity (rules, "ranking-stale"), ==, SK_SEVERITY_NOTE);
  g_assert_cmpint (sk_rule_set_severity (rules, "staff-ratio"), ==, SK_SEVERITY_ERROR);
  g_assert_cmpint (sk_rule_set_severity (rules, "foreign-staff"), ==, SK_SEVERITY_OFF);
  g_assert_cmpint (sk_rule_set_severity (rules, "parity"), ==, SK_SEVERITY_NOTE);
  g_assert_cmpint (sk_rule_set_severity (rules, "cooperation-service"), ==, SK_SEVERITY_OFF);
  g_assert_cmpint (sk_rule_set_severity (rules, "third-mission"), ==, SK_SEVERITY_ERROR);

  /* A length: only the first bytes are read. */
  {
    g_autofree char *base = text_with (NULL, NULL);
    g_autofree char *padded = g_strconcat (base, "[Bogus group]\n", NULL);
    g_autoptr (SkRuleSet) r2 = sk_rule_set_new_from_data (padded, (gssize) strlen (base), "prefix.ini", &error);
    g_assert_no_error (error);
    g_assert_nonnull (r2);
  }
}

/* A rule set written before the later checks (the first built-in one,
 * 2024.1, with ranking=error) still loads: the later checks get their
 * built-in severities, and the ranking stays what it says. */
static void
test_later_checks (void)
{
  static const char * const later[] = {
    "content-language", "programme-partner", "duplicate-institution", "agreements-term",
  };
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SkRuleSet) rules = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (base_lines); i++)
    {
      gboolean skip = FALSE;
      for (guint k = 0; k < G_N_ELEMENTS (later); k++)
        skip |= g_str_has_prefix (base_lines[i], later[k]) && base_lines[i][strlen (later[k])] == '=';
      if (!skip)
        g_string_append_printf (text, "%s\n", g_str_equal (base_lines[i], "ranking=warning") ? "ranking=error" : base_lines[i]);
    }
  rules = sk_rule_set_new_from_data (text->str, -1, "old.ini", &error);
  g_assert_no_error (error);
  g_assert_nonnull (rules);
  g_assert_cmpint (sk_rule_set_severity (rules, "ranking"), ==, SK_SEVERITY_ERROR);
  g_assert_cmpint (sk_rule_set_severity (rules, "content-language"), ==, SK_SEVERITY_NOTE);
  g_assert_cmpint (sk_rule_set_severity (rules, "programme-partner"), ==, SK_SEVERITY_ERROR);
  g_assert_cmpint (sk_rule_set_severity (rules, "duplicate-institution"), ==, SK_SEVERITY_ERROR);
  g_assert_cmpint (sk_rule_set_severity (rules, "agreements-term"), ==, SK_SEVERITY_WARNING);
}

static void
test_names (void)
{
  g_assert_cmpstr (sk_basis_name (SK_BASIS_HEADCOUNT), ==, "headcount");
  g_assert_cmpstr (sk_basis_name (SK_BASIS_FTE), ==, "fte");
  g_assert_cmpstr (sk_basis_name (SK_BASIS_HOURS), ==, "hours");
  g_assert_cmpstr (sk_severity_name (SK_SEVERITY_ERROR), ==, "error");
  g_assert_cmpstr (sk_severity_name (SK_SEVERITY_WARNING), ==, "warning");
  g_assert_cmpstr (sk_severity_name (SK_SEVERITY_NOTE), ==, "note");
  g_assert_cmpstr (sk_severity_name (SK_SEVERITY_OFF), ==, "off");
}

/* ---- bad rule sets ---- */

/* Loading @text fails with @code, and the message contains each of the
 * NULL-terminated strings. */
static void
assert_bad (const char *text, gssize length, SkRulesError code, ...)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_from_data (text, length, "bad.ini", &error);
  va_list args;

  g_assert_null (rules);
  g_assert_error (error, SK_RULES_ERROR, (int) code);
  g_assert_nonnull (strstr (error->message, "bad.ini"));
  va_start (args, code);
  for (const char *needle = va_arg (args, const char *); needle; needle = va_arg (args, const char *))
    if (strstr (error->message, needle) == NULL)
      g_error ("the message “%s” does not contain “%s”", error->message, needle);
  va_end (args);
}

/* Replacing the line of @key by @line fails with a key error naming the
 * key and its line, and containing @what. */
static void
assert_bad_line (const char *key, const char *line, const char *named, const char *what)
{
  g_autofree char *text = text_with (key, line);
  g_autofree char *at = g_strdup_printf ("line %d:", line_of (key));

  assert_bad (text, -1, SK_RULES_ERROR_KEY, at, named, what, NULL);
}

static void
test_bad_not_key_file (void)
{
  assert_bad ("This is not a rule set at all.\n", -1, SK_RULES_ERROR_SYNTAX, "not a rule set", NULL);
  assert_bad ("[Rule Set\nName=x\n", -1, SK_RULES_ERROR_SYNTAX, NULL);
  assert_bad ("{\"Name\": \"JSON\"}", -1, SK_RULES_ERROR_SYNTAX, NULL);
}

static void
test_bad_unknown_group (void)
{
  g_autofree char *base = text_with (NULL, NULL);
  g_autofree char *text = g_strconcat (base, "[Rankings]\nCutOff=100\n", NULL);
  g_autofree char *at = g_strdup_printf ("line %d:", (int) G_N_ELEMENTS (base_lines) + 1);

  assert_bad (text, -1, SK_RULES_ERROR_KEY, at, "[Rankings]", "unknown group", NULL);
}

static void
test_bad_unknown_key (void)
{
  assert_bad_line ("CutOff", "CutOf=500", "CutOf", "unknown key");
  assert_bad_line ("ranking-band", "ranking-bnad=warning", "ranking-bnad", "unknown key");
  assert_bad_line ("MinimumYears", "MinimumYear = 5", "MinimumYear", "unknown key");
}

static void
test_bad_missing_key (void)
{
  {
    g_autofree char *text = text_with ("CutOff", NULL);
    assert_bad (text, -1, SK_RULES_ERROR_KEY, "[Ranking] CutOff", "missing", NULL);
  }
  {
    g_autofree char *text = text_with ("third-mission", NULL);
    assert_bad (text, -1, SK_RULES_ERROR_KEY, "[Severity] third-mission", "missing", NULL);
  }
  {
    g_autofree char *text = text_with ("Name", NULL);
    assert_bad (text, -1, SK_RULES_ERROR_KEY, "Name", "missing", NULL);
  }
  /* Present but empty is missing too, and has a line. */
  assert_bad_line ("Version", "Version=", "Version", "missing");
  assert_bad_line ("Publishers", "Publishers=", "Publishers", "missing");
  assert_bad_line ("term", "term=", "term", "missing");
}

static void
test_bad_number (void)
{
  assert_bad_line ("CutOff", "CutOff=five hundred", "CutOff", "not a whole number");
  assert_bad_line ("CutOff", "CutOff=500.5", "CutOff", "not a whole number");
  assert_bad_line ("CutOff", "CutOff=500 # the TOP-500", "CutOff", "not a whole number");
  assert_bad_line ("KazakhMaximum", "KazakhMaximum=70%", "KazakhMaximum", "not a whole number");
  assert_bad_line ("MinimumYears", "MinimumYears=", "MinimumYears", "not a whole number");
}

static void
test_bad_range (void)
{
  assert_bad_line ("CutOff", "CutOff=0", "CutOff", "between 1 and 100000");
  assert_bad_line ("CutOff", "CutOff=100001", "CutOff", "between 1 and 100000");
  assert_bad_line ("CutOff", "CutOff=99999999999999999999999", "CutOff", "between 1 and 100000");
  assert_bad_line ("KazakhMaximum", "KazakhMaximum=101", "KazakhMaximum", "between 0 and 100");
  assert_bad_line ("ForeignMaximum", "ForeignMaximum=-1", "ForeignMaximum", "between 0 and 100");
  assert_bad_line ("MinimumYears", "MinimumYears=0", "MinimumYears", "between 1 and 50");
  assert_bad_line ("MaximumAgeYears", "MaximumAgeYears=51", "MaximumAgeYears", "between 0 and 50");
}

static void
test_bad_basis (void)
{
  assert_bad_line ("Basis", "Basis=days", "Basis", "days");
}

static void
test_bad_publisher (void)
{
  assert_bad_line ("Publishers", "Publishers=qs;times;arwu", "Publishers", "times");
}

static void
test_bad_severity (void)
{
  assert_bad_line ("term", "term=fatal", "term", "fatal");
  assert_bad_line ("research", "research=info", "research", "info");
}

static void
test_bad_minimum_above_maximum (void)
{
  g_autofree char *text = text_with ("ForeignMinimum", "ForeignMinimum=31");
  g_autofree char *at = g_strdup_printf ("line %d:", line_of ("ForeignMinimum"));

  assert_bad (text, -1, SK_RULES_ERROR_KEY, at, "ForeignMinimum", "ForeignMaximum", NULL);
  /* Equal is fine. */
  {
    g_autofree char *ok = text_with ("ForeignMinimum", "ForeignMinimum=30");
    g_autoptr (GError) error = NULL;
    g_autoptr (SkRuleSet) rules = sk_rule_set_new_from_data (ok, -1, "ok.ini", &error);
    g_assert_no_error (error);
    g_assert_cmpint (sk_rule_set_foreign_min_percent (rules), ==, 30);
  }
}

/* A key given twice: the key file keeps the last value, so the error is to
 * point at the line of that value. */
static void
test_bad_duplicate_key (void)
{
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkRuleSet) rules = NULL;

  text = text_with ("CutOff", "CutOff=500\nCutOff=abc");
  rules = sk_rule_set_new_from_data (text, -1, "bad.ini", &error);
  g_assert_null (rules);
  g_assert_error (error, SK_RULES_ERROR, SK_RULES_ERROR_KEY);
  g_assert_nonnull (strstr (error->message, "CutOff"));
  g_assert_nonnull (strstr (error->message, "abc"));
  if (strstr (error->message, "line 8:") == NULL)
    g_error ("the message “%s” does not point at line 8", error->message);
}

static void
test_bad_missing_file (void)
{
  g_autofree char *path = sk_test_tmp_path ("no-such-rules.ini");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_from_file (path, &error);

  g_assert_null (rules);
  g_assert_error (error, SK_RULES_ERROR, SK_RULES_ERROR_READ);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_bad_utf8 (void)
{
  g_autofree char *text = text_with ("Name", "Name=Test \xff\xfe rules");

  assert_bad (text, -1, SK_RULES_ERROR_SYNTAX, "UTF-8", NULL);
  /* The same through a file. */
  {
    g_autofree char *path = sk_test_tmp_path ("latin1.ini");
    g_autoptr (GError) error = NULL;
    g_autoptr (SkRuleSet) rules = NULL;

    g_assert_true (g_file_set_contents (path, text, -1, &error));
    rules = sk_rule_set_new_from_file (path, &error);
    g_assert_null (rules);
    g_assert_error (error, SK_RULES_ERROR, SK_RULES_ERROR_SYNTAX);
  }
}

/* Saved by an editor that starts the file with a byte order mark. */
static void
test_byte_order_mark (void)
{
  g_autofree char *text = text_with (NULL, NULL);
  g_autofree char *with_bom = g_strconcat ("\xef\xbb\xbf", text, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_from_data (with_bom, -1, "bom.ini", &error);

  g_assert_no_error (error);
  g_assert_nonnull (rules);
}

/* An invalid escape followed by a trailing backslash made GLib 2.74 set
 * its GError twice (a warning, fatal in the tests) and report the wrong
 * key; such values are refused before GLib reads them. */
static void
test_bad_escape (void)
{
  assert_bad_line ("Name", "Name=\\q\\", "Name", "not a valid escape sequence");
  assert_bad_line ("Name", "Name=ends with\\", "Name", "backslash");
  assert_bad_line ("Version", "Version=2024\\x", "Version", "“\\x”");
  assert_bad_line ("Publishers", "Publishers=qs;the\\q\\", "Publishers", "not a valid escape sequence");
  assert_bad_line ("ranking-band", "ranking-band=error\\", "ranking-band", "backslash");
}

/* The escapes a key file has are read as before. */
static void
test_good_escape (void)
{
  g_autofree char *text = text_with ("Name", "Name=A\\sB\\\\C");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_from_data (text, -1, "escapes.ini", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (sk_rule_set_get_name (rules), ==, "A B\\C");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sk/rules/default", test_default);
  g_test_add_func ("/sk/rules/default-file", test_default_file);
  g_test_add_func ("/sk/rules/base-text", test_base_text);
  g_test_add_func ("/sk/rules/custom", test_custom);
  g_test_add_func ("/sk/rules/names", test_names);
  g_test_add_func ("/sk/rules/later-checks", test_later_checks);
  g_test_add_func ("/sk/rules/name-languages", test_name_languages);
  g_test_add_func ("/sk/rules/byte-order-mark", test_byte_order_mark);
  g_test_add_func ("/sk/rules/bad/not-key-file", test_bad_not_key_file);
  g_test_add_func ("/sk/rules/bad/unknown-group", test_bad_unknown_group);
  g_test_add_func ("/sk/rules/bad/unknown-key", test_bad_unknown_key);
  g_test_add_func ("/sk/rules/bad/missing-key", test_bad_missing_key);
  g_test_add_func ("/sk/rules/bad/not-a-number", test_bad_number);
  g_test_add_func ("/sk/rules/bad/out-of-range", test_bad_range);
  g_test_add_func ("/sk/rules/bad/basis", test_bad_basis);
  g_test_add_func ("/sk/rules/bad/publisher", test_bad_publisher);
  g_test_add_func ("/sk/rules/bad/severity", test_bad_severity);
  g_test_add_func ("/sk/rules/bad/minimum-above-maximum", test_bad_minimum_above_maximum);
  g_test_add_func ("/sk/rules/bad/duplicate-key", test_bad_duplicate_key);
  g_test_add_func ("/sk/rules/bad/missing-file", test_bad_missing_file);
  g_test_add_func ("/sk/rules/bad/utf8", test_bad_utf8);
  g_test_add_func ("/sk/rules/bad/escape", test_bad_escape);
  g_test_add_func ("/sk/rules/good-escape", test_good_escape);

  return g_test_run ();
}
