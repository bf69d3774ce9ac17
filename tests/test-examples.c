/* test-examples.c: the bundled examples give the findings they were built for */
#include "config.h"

#include "sk-check.h"
#include "sk-test-util.h"

typedef struct {
  const char *id;
  SkSeverity severity;
  const char *kind;
  gint64 record;
} Expected;

#define END { NULL, 0, NULL, 0 }

/* Clean: no error and no warning. */
static const Expected caspian[] = {
  { "cooperation-service", SK_SEVERITY_NOTE, "proposal", 1 },
  END
};

/* Warnings only. */
static const Expected taraz[] = {
  { "staff-ratio", SK_SEVERITY_WARNING, "programme", 2 },
  { "staff-qualification", SK_SEVERITY_WARNING, "staff_member", 25 },
  { "parity", SK_SEVERITY_WARNING, "branch", 1 },
  { "programme-kz", SK_SEVERITY_WARNING, "programme", 5 },
  { "committees", SK_SEVERITY_WARNING, "proposal", 1 },
  { "cooperation-service", SK_SEVERITY_NOTE, "proposal", 1 },
  END
};

/* Errors, and a partner outside the TOP-500 (a recommendation: a warning). */
static const Expected kyzylorda[] = {
  { "term", SK_SEVERITY_ERROR, "proposal", 1 },
  { "programme-diplomas", SK_SEVERITY_ERROR, "programme", 5 },
  { "ranking", SK_SEVERITY_WARNING, "institution", 3 },
  { "cooperation-service", SK_SEVERITY_NOTE, "proposal", 1 },
  END
};

static void
check_example (const char *file, const Expected *expected)
{
  g_autofree char *path = g_build_filename (g_getenv ("SK_EXAMPLES_DIR"), file, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  SkCheckOptions options = { .year = 2026, .language = "en" };
  g_autoptr (GPtrArray) findings = NULL;
  g_autoptr (GString) listing = g_string_new (NULL);
  guint n = 0;

  g_assert_no_error (error);
  findings = sk_check (p, rules, &options);
  for (guint i = 0; i < findings->len; i++)
    {
      SkFinding *f = findings->pdata[i];
      g_string_append_printf (listing, "\n  %s %s %s %" G_GINT64_FORMAT ": %s",
                              sk_finding_get_check_id (f), sk_severity_name (sk_finding_get_severity (f)),
                              sk_finding_get_kind (f), sk_finding_get_record_id (f),
                              sk_finding_get_message (f));
    }
  while (expected[n].id)
    n++;
  if (findings->len != n)
    g_error ("%s: expected %u findings, got %u:%s", file, n, findings->len, listing->str);
  for (guint i = 0; i < n; i++)
    {
      SkFinding *f = findings->pdata[i];
      if (g_strcmp0 (sk_finding_get_check_id (f), expected[i].id) != 0 ||
          sk_finding_get_severity (f) != expected[i].severity ||
          g_strcmp0 (sk_finding_get_kind (f), expected[i].kind) != 0 ||
          sk_finding_get_record_id (f) != expected[i].record)
        g_error ("%s: finding %u is not %s %s %s %" G_GINT64_FORMAT ":%s", file, i, expected[i].id,
                 sk_severity_name (expected[i].severity), expected[i].kind, expected[i].record, listing->str);
    }
}

static void
test_caspian (void)
{
  check_example ("caspian-tu-berlin.seriktes", caspian);
}

static void
test_taraz (void)
{
  check_example ("taraz-mendeleev.seriktes", taraz);
}

static void
test_kyzylorda (void)
{
  check_example ("kyzylorda-arizona.seriktes", kyzylorda);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sk/examples/caspian-clean", test_caspian);
  g_test_add_func ("/sk/examples/taraz-warnings", test_taraz);
  g_test_add_func ("/sk/examples/kyzylorda-errors", test_kyzylorda);
  return g_test_run ();
}
