/* test-check.c: the compliance check, one finding at a time
 *
 * Every test starts from a clean proposal (no errors, no warnings; only the
 * cooperation-service note), makes one change and asserts the exact finding:
 * check id, severity and the record it points at, and that nothing else
 * appeared. The year rankings are judged from is fixed (YEAR), so no test
 * depends on today's date.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "sk-bin.h"
#include "sk-check.h"
#include "sk-format.h"
#include "sk-proposal.h"
#include "sk-rules.h"
#include "sk-staffing.h"
#include "sk-test-util.h"

#define YEAR 2026

#define S(s) g_variant_new_string (s)
#define I(n) g_variant_new_int64 (n)
#define B(b) g_variant_new_boolean (b)
#define D(x) g_variant_new_double (x)

/* The term of the clean proposal: 1 Sept 2025 to 31 Aug 2031, six years
 * (calendar years 2025 to 2031). */
#define TERM_START "2025-09-01"
#define TERM_END "2031-08-31"
#define FIRST_YEAR 2025
#define LAST_YEAR 2031
#define N_YEARS (LAST_YEAR - FIRST_YEAR + 1)

#define N_KZ 6
#define N_FO 3
#define N_OTHER 1
#define N_STAFF (N_KZ + N_FO + N_OTHER)

static const char * const committee_kinds[] = { "teaching_learning", "admission", "innovation", "student_experience" };

/* ---- building proposals ---- */

/* Inserts a record of @kind with (field, GVariant *) pairs, NULL-terminated. */
static gint64
add (SkProposal *p, const char *kind, ...)
{
  g_autoptr (SkRecord) r = sk_record_new (sk_schema_kind (kind));
  g_autoptr (GError) error = NULL;
  const char *field;
  va_list args;
  gint64 id;

  va_start (args, kind);
  while ((field = va_arg (args, const char *)))
    sk_record_set_value (r, field, va_arg (args, GVariant *));
  va_end (args);
  id = sk_proposal_insert (p, r, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
set (SkProposal *p, const char *kind, gint64 id, const char *field, GVariant *value)
{
  g_autoptr (GError) error = NULL;
  gboolean ok = sk_proposal_set (p, kind, id, field, value, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
set_info (SkProposal *p, const char *field, GVariant *value)
{
  set (p, SK_KIND_PROPOSAL, 1, field, value);
}

static void
del (SkProposal *p, const char *kind, gint64 id)
{
  g_autoptr (GError) error = NULL;
  gboolean ok = sk_proposal_delete (p, kind, id, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static gint64
add_staff (SkProposal *p, const char *name, const char *side, gint64 fte_milli)
{
  return add (p, SK_KIND_STAFF, "name", S (name), "side", S (side), "degree", S ("phd"),
              "fte_milli", I (fte_milli), NULL);
}

/* A branch BIN with unit digit 1 and a check digit by the first weighting. */
static char *
branch_bin (void)
{
  const char *digits = "94014100038";
  int check = sk_bin_check_digit (digits);

  g_assert_cmpint (check, >=, 0);
  return g_strdup_printf ("%s%d", digits, check);
}

typedef struct {
  SkProposal *p;
  gint64 kz;            /* the applicant, kazakh_ohpe */
  gint64 fo1, fo2;      /* foreign_ohpe, fo1 the lead */
  gint64 rank1, rank2;  /* a QS entry "=150" each, year YEAR */
  gint64 agreement;
  gint64 branch;
  gint64 board[4];      /* kazakh, kazakh, foreign, foreign */
  gint64 prog[2];
  gint64 staff[N_STAFF]; /* N_KZ kazakh, N_FO foreign, N_OTHER other */
  gint64 assign[N_STAFF][2]; /* 100 hours each in each programme */
  gint64 committee[4];  /* in the order of committee_kinds */
  gint64 member_kz[4], member_fo[4];
  gint64 indicator;
  gint64 target[N_YEARS];
  gint64 financing[N_YEARS];
  gint64 prof_dev;
  gint64 research;
  gint64 mission;
} Clean;

static void
clean_free (Clean *c)
{
  g_clear_object (&c->p);
  g_free (c);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Clean, clean_free)

static SkProposal *
new_proposal (void)
{
  static guint counter;
  g_autofree char *name = g_strdup_printf ("check-%u.seriktes", ++counter);
  g_autofree char *path = sk_test_tmp_path (name);
  g_autoptr (GError) error = NULL;
  SkProposal *p = sk_proposal_create (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (p);
  return p;
}

/* A consortium with a branch that passes every check. Staff: 6 Kazakhstani,
 * 3 foreign, 1 third party, each 1.0 FTE and 100 hours in each of the two
 * programmes: 60/30/10 % by headcount, FTE and hours, overall and per
 * programme. */
static Clean *
clean_new (void)
{
  Clean *c = g_new0 (Clean, 1);
  g_autoptr (GError) error = NULL;
  g_autofree char *bin = branch_bin ();
  SkProposal *p;

  p = c->p = new_proposal ();
  sk_proposal_begin_group (p, "Clean proposal");

  c->kz = add (p, SK_KIND_INSTITUTION, "name_en", S ("Kazakh National University"), "country", S ("Kazakhstan"),
               "role", S ("kazakh_ohpe"), NULL);
  c->fo1 = add (p, SK_KIND_INSTITUTION, "name_en", S ("Lead University"), "country", S ("United Kingdom"),
                "role", S ("foreign_ohpe"), "is_lead", B (TRUE), NULL);
  c->fo2 = add (p, SK_KIND_INSTITUTION, "name_en", S ("Second University"), "country", S ("Germany"),
                "role", S ("foreign_ohpe"), NULL);
  c->rank1 = add (p, SK_KIND_RANKING, "institution_id", I (c->fo1), "publisher", S ("qs"), "scope", S ("overall"),
                  "year", I (YEAR), "rank_text", S ("=150"), NULL);
  c->rank2 = add (p, SK_KIND_RANKING, "institution_id", I (c->fo2), "publisher", S ("qs"), "scope", S ("overall"),
                  "year", I (YEAR), "rank_text", S ("=150"), NULL);

  set_info (p, "title_en", S ("A strategic partnership"));
  set_info (p, "applicant_id", I (c->kz));
  set_info (p, "model", S ("consortium_branch"));
  set_info (p, "term_start", S (TERM_START));
  set_info (p, "term_end", S (TERM_END));
  set_info (p, "mshe_agreement_ref", S ("MSHE-2025/17"));
  set_info (p, "mshe_agreement_date", S ("2025-06-01"));
  set_info (p, "qa_description_en", S ("An internal quality assurance system after the ESG."));

  c->agreement = add (p, SK_KIND_AGREEMENT, "kind", S ("consortium"), "partner_id", I (c->fo1),
                      "reference", S ("CA-1"), "signed_date", S ("2025-05-01"), NULL);

  c->branch = add (p, SK_KIND_BRANCH, "name_en", S ("Branch in Almaty"), "parent_id", I (c->fo1),
                   "host_id", I (c->kz), "bin", S (bin), "registration_date", S ("2025-07-01"),
                   "licence_number", S ("KZ12LAA00012345"), "licence_date", S ("2025-08-01"), NULL);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *name = g_strdup_printf ("Board member %u", i + 1);
      c->board[i] = add (p, SK_KIND_BOARD_MEMBER, "branch_id", I (c->branch), "name", S (name),
                         "side", S (i < 2 ? "kazakh" : "foreign"), NULL);
    }

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *name = g_strdup_printf ("Programme %u", i + 1);
      c->prog[i] = add (p, SK_KIND_PROGRAMME, "name_en", S (name), "level", S (i ? "bachelor" : "master"),
                        "kazakh_language_discipline", B (TRUE), "history_discipline", B (TRUE),
                        "accreditation_en", S ("IAAR"), "accreditation_recognised", B (TRUE),
                        "diplomas", I (2), "partner_id", I (i ? c->fo2 : c->fo1), NULL);
    }

  for (guint i = 0; i < N_STAFF; i++)
    {
      const char *side = i < N_KZ ? "kazakh" : i < N_KZ + N_FO ? "foreign" : "other";
      g_autofree char *name = g_strdup_printf ("Lecturer %u (%s)", i + 1, side);
      c->staff[i] = add_staff (p, name, side, 1000);
      for (guint j = 0; j < 2; j++)
        c->assign[i][j] = add (p, SK_KIND_ASSIGNMENT, "staff_id", I (c->staff[i]),
                               "programme_id", I (c->prog[j]), "hours", I (100), NULL);
    }

  for (guint k = 0; k < G_N_ELEMENTS (committee_kinds); k++)
    {
      c->committee[k] = add (p, SK_KIND_COMMITTEE, "kind", S (committee_kinds[k]), NULL);
      c->member_kz[k] = add (p, SK_KIND_COMMITTEE_MEMBER, "committee_id", I (c->committee[k]),
                             "name", S ("A Kazakhstani member"), "side", S ("kazakh"), NULL);
      c->member_fo[k] = add (p, SK_KIND_COMMITTEE_MEMBER, "committee_id", I (c->committee[k]),
                             "name", S ("A foreign member"), "side", S ("foreign"), NULL);
    }

  c->indicator = add (p, SK_KIND_INDICATOR, "kind", S ("enrolment"), "name_en", S ("Students enrolled"), NULL);
  for (int y = FIRST_YEAR; y <= LAST_YEAR; y++)
    {
      c->target[y - FIRST_YEAR] = add (p, SK_KIND_INDICATOR_TARGET, "indicator_id", I (c->indicator),
                                       "year", I (y), "value", D (100.0 + y - FIRST_YEAR), NULL);
      c->financing[y - FIRST_YEAR] = add (p, SK_KIND_FINANCING, "source", S ("ohpe_kazakh"), "year", I (y),
                                          "amount_kzt", I (100000000), NULL);
    }

  c->prof_dev = add (p, SK_KIND_PROF_DEV, "title_en", S ("Summer school for lecturers"), "place", S ("abroad"),
                     "host_id", I (c->fo1), "year", I (YEAR), "participants", I (10), NULL);
  c->research = add (p, SK_KIND_RESEARCH, "title_en", S ("Joint materials laboratory"),
                     "joint_group", B (TRUE), "start_year", I (YEAR), NULL);
  c->mission = add (p, SK_KIND_THIRD_MISSION, "title_en", S ("Open lectures for the city"),
                    "kind", S ("social_project"), "year", I (YEAR), NULL);

  g_assert_true (sk_proposal_end_group (p, &error));
  g_assert_no_error (error);
  return c;
}

/* ---- rule sets ---- */

static char *
default_rules_text (void)
{
  const char *path = g_test_get_filename (G_TEST_DIST, "..", "data", "rules", "kz-mshe-2024.ini", NULL);
  g_autoptr (GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  return text;
}

/* The default rule set with (key, value) pairs replaced, NULL-terminated. */
static SkRuleSet *
rules_with (const char *key, ...)
{
  g_autofree char *text = default_rules_text ();
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *joined = NULL;
  g_autoptr (GError) error = NULL;
  SkRuleSet *rules;
  va_list args;

  va_start (args, key);
  for (const char *k = key; k; k = va_arg (args, const char *))
    {
      const char *value = va_arg (args, const char *);
      gboolean replaced = FALSE;

      for (guint i = 0; lines[i]; i++)
        if (g_str_has_prefix (lines[i], k) && lines[i][strlen (k)] == '=')
          {
            g_free (lines[i]);
            lines[i] = g_strdup_printf ("%s=%s", k, value);
            replaced = TRUE;
          }
      g_assert_true (replaced);
    }
  va_end (args);
  joined = g_strjoinv ("\n", lines);
  rules = sk_rule_set_new_from_data (joined, -1, "test-rules.ini", &error);
  g_assert_no_error (error);
  g_assert_nonnull (rules);
  return rules;
}

/* ---- running the check and asserting findings ---- */

static GPtrArray *
run_with (Clean *c, SkRuleSet *rules)
{
  SkCheckOptions options = { .year = YEAR, .language = "en" };
  GPtrArray *findings = sk_check (c->p, rules, &options);

  g_assert_nonnull (findings);
  return findings;
}

static GPtrArray *
run (Clean *c)
{
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  return run_with (c, rules);
}

typedef struct {
  const char *id;
  SkSeverity severity;
  const char *kind;
  gint64 record_id;
} Expect;

static char *
listing (GPtrArray *findings)
{
  GString *s = g_string_new ("the findings were:\n");

  if (findings->len == 0)
    g_string_append (s, "  (none)\n");
  for (guint i = 0; i < findings->len; i++)
    {
      SkFinding *f = findings->pdata[i];
      g_string_append_printf (s, "  %-7s %-24s -> %s %" G_GINT64_FORMAT ": %s\n",
                              sk_severity_name (sk_finding_get_severity (f)), sk_finding_get_check_id (f),
                              sk_finding_get_kind (f), sk_finding_get_record_id (f),
                              sk_finding_get_message (f));
    }
  return g_string_free (s, FALSE);
}

static gboolean
matches (SkFinding *f, const Expect *e)
{
  return g_strcmp0 (sk_finding_get_check_id (f), e->id) == 0 && sk_finding_get_severity (f) == e->severity &&
         g_strcmp0 (sk_finding_get_kind (f), e->kind) == 0 && sk_finding_get_record_id (f) == e->record_id;
}

static gboolean
is_baseline_note (SkFinding *f)
{
  return g_strcmp0 (sk_finding_get_check_id (f), "cooperation-service") == 0 &&
         sk_finding_get_severity (f) == SK_SEVERITY_NOTE &&
         g_strcmp0 (sk_finding_get_kind (f), SK_KIND_PROPOSAL) == 0 && sk_finding_get_record_id (f) == 1;
}

/* Each expected finding exactly once; besides them at most the
 * cooperation-service note every proposal gets; nothing else. */
static void
assert_findings_impl (GPtrArray *findings, const Expect *expect, guint n_expect, const char *file, int line)
{
  g_autofree gboolean *used = g_new0 (gboolean, findings->len + 1);
  g_autoptr (GString) problems = g_string_new (NULL);
  gboolean expect_coop = FALSE;
  guint baseline = 0;

  for (guint e = 0; e < n_expect; e++)
    {
      gboolean found = FALSE;

      expect_coop |= g_str_equal (expect[e].id, "cooperation-service");
      for (guint i = 0; i < findings->len && !found; i++)
        if (!used[i] && matches (findings->pdata[i], &expect[e]))
          used[i] = found = TRUE;
      if (!found)
        g_string_append_printf (problems, "expected %s %s -> %s %" G_GINT64_FORMAT ", not found\n",
                                sk_severity_name (expect[e].severity), expect[e].id, expect[e].kind,
                                expect[e].record_id);
    }
  for (guint i = 0; i < findings->len; i++)
    {
      SkFinding *f = findings->pdata[i];

      if (used[i])
        continue;
      if (!expect_coop && is_baseline_note (f) && baseline++ == 0)
        continue;
      g_string_append_printf (problems, "unexpected %s %s -> %s %" G_GINT64_FORMAT "\n",
                              sk_severity_name (sk_finding_get_severity (f)), sk_finding_get_check_id (f),
                              sk_finding_get_kind (f), sk_finding_get_record_id (f));
    }
  for (guint i = 0; i < findings->len; i++)
    {
      SkFinding *f = findings->pdata[i];
      if (sk_finding_get_message (f) == NULL || *sk_finding_get_message (f) == '\0')
        g_string_append_printf (problems, "finding %u (%s) has no message\n", i, sk_finding_get_check_id (f));
      if (sk_finding_get_reference (f) == NULL || *sk_finding_get_reference (f) == '\0')
        g_string_append_printf (problems, "finding %u (%s) has no reference\n", i, sk_finding_get_check_id (f));
    }
  if (problems->len)
    {
      g_autofree char *all = listing (findings);
      g_autofree char *msg = g_strdup_printf ("wrong findings:\n%s%s", problems->str, all);
      g_assertion_message ("Seriktes-Test", file, line, "assert_findings", msg);
    }
}

#define assert_findings(findings, ...) \
  G_STMT_START { \
    const Expect expect_[] = { __VA_ARGS__ }; \
    assert_findings_impl ((findings), expect_, G_N_ELEMENTS (expect_), __FILE__, __LINE__); \
  } G_STMT_END
#define assert_only(findings, id, severity, kind, record_id) \
  assert_findings (findings, { id, severity, kind, record_id })
#define assert_clean(findings) assert_findings_impl ((findings), NULL, 0, __FILE__, __LINE__)

/* Run with the default rule set and assert. */
#define check_only(c, id, severity, kind, record_id) \
  G_STMT_START { g_autoptr (GPtrArray) f_ = run (c); assert_only (f_, id, severity, kind, record_id); } G_STMT_END
#define check_findings(c, ...) \
  G_STMT_START { g_autoptr (GPtrArray) f_ = run (c); assert_findings (f_, __VA_ARGS__); } G_STMT_END
#define check_clean(c) \
  G_STMT_START { g_autoptr (GPtrArray) f_ = run (c); assert_clean (f_); } G_STMT_END

/* The message of the first finding of @id. */
static const char *
message_of (GPtrArray *findings, const char *id)
{
  for (guint i = 0; i < findings->len; i++)
    if (g_str_equal (sk_finding_get_check_id (findings->pdata[i]), id))
      return sk_finding_get_message (findings->pdata[i]);
  return NULL;
}

/* The message of the finding of @id on (@kind, @record_id). */
static const char *
message_at (GPtrArray *findings, const char *id, const char *kind, gint64 record_id)
{
  for (guint i = 0; i < findings->len; i++)
    if (g_str_equal (sk_finding_get_check_id (findings->pdata[i]), id) &&
        g_str_equal (sk_finding_get_kind (findings->pdata[i]), kind) &&
        sk_finding_get_record_id (findings->pdata[i]) == record_id)
      return sk_finding_get_message (findings->pdata[i]);
  g_error ("no %s finding on %s %" G_GINT64_FORMAT, id, kind, record_id);
}

#define assert_message_contains(findings, id, needle) \
  G_STMT_START { \
    const char *m_ = message_of ((findings), (id)); \
    g_assert_nonnull (m_); \
    if (strstr (m_, (needle)) == NULL) \
      g_error ("%s:%d: the %s message “%s” does not contain “%s”", __FILE__, __LINE__, (id), m_, (needle)); \
  } G_STMT_END

#define ERROR SK_SEVERITY_ERROR
#define WARNING SK_SEVERITY_WARNING
#define NOTE SK_SEVERITY_NOTE

/* ---- the clean proposal ---- */

static void
test_clean (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autoptr (GPtrArray) f = run (c);
  guint errors, warnings, notes;

  sk_findings_count (f, &errors, &warnings, &notes);
  if (errors || warnings || notes != 1)
    {
      g_autofree char *all = listing (f);
      g_error ("the clean proposal is not clean: %s", all);
    }
  /* Exactly one note: no service of international cooperation is called
   * for (3 foreigners, no one sent abroad), a responsible person is. */
  g_assert_cmpuint (f->len, ==, 1);
  g_assert_true (is_baseline_note (f->pdata[0]));
  assert_message_contains (f, "cooperation-service", "foreigners — 3, citizens sent abroad — 0");
  assert_message_contains (f, "cooperation-service", "a person responsible for international cooperation is to be appointed");
  g_assert_nonnull (strstr (sk_finding_get_reference (f->pdata[0]), "661"));

  /* The figures are clean on every basis. */
  for (SkBasis b = 0; b < SK_N_BASES; b++)
    {
      g_autoptr (SkRuleSet) rules = rules_with ("Basis", sk_basis_name (b), NULL);
      g_autoptr (GPtrArray) fb = run_with (c, rules);
      assert_clean (fb);
    }

  /* A pure function: the same findings again. */
  {
    g_autoptr (GPtrArray) again = run (c);
    g_autofree char *a = listing (f);
    g_autofree char *b = listing (again);
    g_assert_cmpstr (a, ==, b);
  }
}

static void
test_clean_branch_model (void)
{
  g_autoptr (Clean) c = clean_new ();

  set_info (c->p, "model", S ("branch"));
  check_clean (c);
}

/* Every check id has a reference and a severity in the default rule set. */
static void
test_check_ids (void)
{
  static const char * const tested[] = {
    "term", "ranking", "ranking-band", "ranking-stale", "ranking-unreadable",
    "staff-ratio", "foreign-staff", "parity", "programme-kz",
    "programme-accreditation", "programme-diplomas", "programme-partner",
    "model-requirements", "duplicate-institution", "agreements", "agreements-term",
    "branch-registration", "branch-bin", "branch-licence",
    "committees", "quality-assurance", "indicators", "financing",
    "ministry-agreement", "staff-qualification", "professional-development",
    "mia-approval", "cooperation-service", "research", "third-mission",
    "content-language", "ranking-mismatch", "ranking-unverified",
    NULL
  };
  const char * const *ids = sk_rule_set_check_ids ();
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();

  /* This file has tests for exactly these; a new check id needs one. */
  g_assert_cmpuint (g_strv_length ((GStrv) ids), ==, g_strv_length ((GStrv) tested));
  for (guint i = 0; ids[i]; i++)
    {
      g_assert_true (g_strv_contains (tested, ids[i]));
      g_assert_nonnull (sk_check_reference (ids[i], NULL));
      g_assert_cmpstr (sk_check_reference (ids[i], NULL), !=, "");
      g_assert_cmpint (sk_rule_set_severity (rules, ids[i]), !=, SK_SEVERITY_OFF);
      /* A title for readers, translated: the id itself is shown nowhere. */
      g_assert_nonnull (sk_check_title (ids[i], "en"));
      g_assert_cmpstr (sk_check_title (ids[i], "en"), !=, ids[i]);
      g_assert_cmpstr (sk_check_title (ids[i], "kk"), !=, sk_check_title (ids[i], "en"));
      g_assert_cmpstr (sk_check_title (ids[i], "ru"), !=, sk_check_title (ids[i], "en"));
      g_assert_cmpstr (sk_check_title (ids[i], "kk"), !=, sk_check_title (ids[i], "ru"));
    }
  g_assert_null (sk_check_title ("no-such-check", "en"));
}

/* A new, empty proposal: findings, sorted errors first and then in the
 * order of the checks; no crash. */
static void
test_empty_proposal (void)
{
  g_autoptr (SkProposal) p = new_proposal ();
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  SkCheckOptions options = { .year = YEAR, .language = "en" };
  g_autoptr (GPtrArray) f = sk_check (p, rules, &options);
  static const char * const order[] = {
    "term", "model-requirements", "model-requirements", "model-requirements", "foreign-staff",
    "agreements", "ministry-agreement", "staff-ratio", "committees", "committees", "committees",
    "committees", "quality-assurance", "indicators", "financing",
    "research", "third-mission", "cooperation-service",
  };

  assert_findings (f,
                   { "term", ERROR, SK_KIND_PROPOSAL, 1 },
                   { "model-requirements", ERROR, SK_KIND_PROPOSAL, 1 },
                   { "model-requirements", ERROR, SK_KIND_PROPOSAL, 1 },
                   { "model-requirements", ERROR, SK_KIND_PROPOSAL, 1 },
                   { "foreign-staff", ERROR, SK_KIND_PROPOSAL, 1 },
                   { "agreements", WARNING, SK_KIND_PROPOSAL, 1 },
                   { "ministry-agreement", WARNING, SK_KIND_PROPOSAL, 1 },
                   { "staff-ratio", WARNING, SK_KIND_PROPOSAL, 1 },
                   { "committees", WARNING, SK_KIND_PROPOSAL, 1 },
                   { "committees", WARNING, SK_KIND_PROPOSAL, 1 },
                   { "committees", WARNING, SK_KIND_PROPOSAL, 1 },
                   { "committees", WARNING, SK_KIND_PROPOSAL, 1 },
                   { "quality-assurance", WARNING, SK_KIND_PROPOSAL, 1 },
                   { "indicators", WARNING, SK_KIND_PROPOSAL, 1 },
                   { "financing", WARNING, SK_KIND_PROPOSAL, 1 },
                   { "research", NOTE, SK_KIND_PROPOSAL, 1 },
                   { "third-mission", NOTE, SK_KIND_PROPOSAL, 1 },
                   { "cooperation-service", NOTE, SK_KIND_PROPOSAL, 1 });
  g_assert_cmpuint (f->len, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < f->len; i++)
    g_assert_cmpstr (sk_finding_get_check_id (f->pdata[i]), ==, order[i]);
}

/* ---- term ---- */

static void
test_term_exactly_five_years (void)
{
  g_autoptr (Clean) c = clean_new ();

  /* 1 Sept 2025 to 31 Aug 2030 is five whole years. */
  set_info (c->p, "term_end", S ("2030-08-31"));
  check_clean (c);
}

static void
test_term_one_day_short (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autoptr (GPtrArray) f = NULL;

  set_info (c->p, "term_end", S ("2030-08-30"));
  f = run (c);
  assert_only (f, "term", ERROR, SK_KIND_PROPOSAL, 1);
  assert_message_contains (f, "term", "(full years: 4)");
}

static void
test_term_five_years_and_a_day (void)
{
  g_autoptr (Clean) c = clean_new ();

  set_info (c->p, "term_end", S ("2030-09-01"));
  check_clean (c);
}

static void
test_term_missing (void)
{
  g_autoptr (Clean) c = clean_new ();

  set_info (c->p, "term_end", NULL);
  check_only (c, "term", ERROR, SK_KIND_PROPOSAL, 1);
}

static void
test_term_reversed (void)
{
  g_autoptr (Clean) c = clean_new ();

  set_info (c->p, "term_end", S ("2025-08-01"));
  check_only (c, "term", ERROR, SK_KIND_PROPOSAL, 1);
}

/* ---- rankings ---- */

static void
set_rank (Clean *c, const char *text)
{
  set (c->p, SK_KIND_RANKING, c->rank2, "rank_text", S (text));
}

static void
test_ranking_missing (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autoptr (GPtrArray) f = NULL;

  del (c->p, SK_KIND_RANKING, c->rank2);
  f = run (c);
  assert_only (f, "ranking", WARNING, SK_KIND_INSTITUTION, c->fo2);
  assert_message_contains (f, "ranking", "Second University");
}

static void
test_ranking_band_401_500 (void)
{
  g_autoptr (Clean) c = clean_new ();

  set_rank (c, "401–500"); /* en dash, as THE writes it */
  check_clean (c);
  set_rank (c, "401-500");
  check_clean (c);
  set_rank (c, "500");
  check_clean (c);
}

static void
test_ranking_band_straddles (void)
{
  g_autoptr (Clean) c = clean_new ();

  set_rank (c, "451–550");
  check_only (c, "ranking-band", WARNING, SK_KIND_INSTITUTION, c->fo2);
  /* An open band starting inside the TOP-500 cannot confirm it either. */
  set_rank (c, "401+");
  check_only (c, "ranking-band", WARNING, SK_KIND_INSTITUTION, c->fo2);
}

static void
test_ranking_band_501_510 (void)
{
  g_autoptr (Clean) c = clean_new ();

  set_rank (c, "501–510");
  check_only (c, "ranking", WARNING, SK_KIND_INSTITUTION, c->fo2);
  set_rank (c, "501");
  check_only (c, "ranking", WARNING, SK_KIND_INSTITUTION, c->fo2);
  set_rank (c, "801+");
  check_only (c, "ranking", WARNING, SK_KIND_INSTITUTION, c->fo2);
  set_rank (c, "Reporter");
  check_only (c, "ranking", WARNING, SK_KIND_INSTITUTION, c->fo2);
}

static void
test_ranking_publisher (void)
{
  g_autoptr (Clean) c = clean_new ();

  /* Only QS, THE and ARWU count. */
  set (c->p, SK_KIND_RANKING, c->rank2, "publisher", S ("other"));
  check_only (c, "ranking", WARNING, SK_KIND_INSTITUTION, c->fo2);
  set (c->p, SK_KIND_RANKING, c->rank2, "publisher", S ("the"));
  check_clean (c);
  set (c->p, SK_KIND_RANKING, c->rank2, "publisher", S ("arwu"));
  check_clean (c);
}

static void
test_ranking_subject (void)
{
  g_autoptr (Clean) c = clean_new ();

  set (c->p, SK_KIND_RANKING, c->rank2, "scope", S ("subject"));
  check_clean (c);
}

static void
test_ranking_stale (void)
{
  g_autoptr (Clean) c = clean_new ();

  /* MaximumAgeYears=2: an entry of YEAR - 2 is recent enough ... */
  set (c->p, SK_KIND_RANKING, c->rank2, "year", I (YEAR - 2));
  check_clean (c);
  /* ... one of YEAR - 3 is not. */
  set (c->p, SK_KIND_RANKING, c->rank2, "year", I (YEAR - 3));
  check_only (c, "ranking-stale", WARNING, SK_KIND_INSTITUTION, c->fo2);
}

static void
test_ranking_stale_and_fresh (void)
{
  g_autoptr (Clean) c = clean_new ();

  /* An old entry next to a recent one: the recent one confirms. */
  add (c->p, SK_KIND_RANKING, "institution_id", I (c->fo2), "publisher", S ("the"), "scope", S ("overall"),
       "year", I (YEAR - 10), "rank_text", S ("=99"), NULL);
  check_clean (c);
}

static void
test_ranking_unreadable (void)
{
  g_autoptr (Clean) c = clean_new ();
  gint64 entry;

  /* A second, unreadable entry next to a good one: a warning on the entry. */
  entry = add (c->p, SK_KIND_RANKING, "institution_id", I (c->fo2), "publisher", S ("the"), "scope", S ("overall"),
               "year", I (YEAR), "rank_text", S ("top 300"), NULL);
  check_only (c, "ranking-unreadable", WARNING, SK_KIND_RANKING, entry);
}

static void
test_ranking_unreadable_only_entry (void)
{
  g_autoptr (Clean) c = clean_new ();

  /* The only entry unreadable: a warning on it, and nothing confirms the
   * partner's place. */
  set_rank (c, "about 150");
  check_findings (c,
                  { "ranking-unreadable", WARNING, SK_KIND_RANKING, c->rank2 },
                  { "ranking", WARNING, SK_KIND_INSTITUTION, c->fo2 });
}

/* ---- staffing ratio ---- */

static void
set_hours (Clean *c, guint staff, guint prog, gint64 hours)
{
  set (c->p, SK_KIND_ASSIGNMENT, c->assign[staff][prog], "hours", I (hours));
}

#define K1 0
#define F1 N_KZ
#define O1 (N_KZ + N_FO)

/* Programme 1 at exactly 70/30 on the hours: 700 Kazakhstani, 300 foreign,
 * 0 third party. One hour more of either side fails. */
static void
test_staff_ratio_hours_exact (void)
{
  g_autoptr (Clean) c = clean_new ();

  set_hours (c, K1, 0, 200);
  set_hours (c, O1, 0, 0);
  check_clean (c);

  set_hours (c, K1, 0, 201);
  {
    g_autoptr (GPtrArray) f = run (c);
    assert_only (f, "staff-ratio", WARNING, SK_KIND_PROGRAMME, c->prog[0]);
    assert_message_contains (f, "staff-ratio", "Programme 1");
    assert_message_contains (f, "staff-ratio", "Kazakhstani");
    assert_message_contains (f, "staff-ratio", "hours");
  }

  /* The clean proposal is already at exactly 30 % foreign overall (600 of
   * 2000 hours): one foreign hour more fails programme 1 and the whole. */
  set_hours (c, K1, 0, 200);
  set_hours (c, F1, 0, 101);
  {
    g_autoptr (GPtrArray) f = run (c);
    assert_findings (f,
                     { "staff-ratio", WARNING, SK_KIND_PROGRAMME, c->prog[0] },
                     { "staff-ratio", WARNING, SK_KIND_PROPOSAL, 1 });
    assert_message_contains (f, "staff-ratio", "The foreign share of the teaching staff is above the recommended limit.");
  }
}

/* Both programmes at 70/30: overall 1400/600 exactly; one hour more fails
 * the programme and the whole. */
static void
test_staff_ratio_hours_overall_exact (void)
{
  g_autoptr (Clean) c = clean_new ();

  for (guint j = 0; j < 2; j++)
    {
      set_hours (c, K1, j, 200);
      set_hours (c, O1, j, 0);
    }
  check_clean (c);
  set_hours (c, F1, 1, 101);
  check_findings (c,
                  { "staff-ratio", WARNING, SK_KIND_PROGRAMME, c->prog[1] },
                  { "staff-ratio", WARNING, SK_KIND_PROPOSAL, 1 });
}

/* The message shows the share: a share above the limit is not to be shown
 * as the limit itself ("70 % ..., above the recommended 70 %"). */
static void
test_staff_ratio_message_figure (void)
{
  g_autoptr (Clean) c = NULL;
  g_autoptr (GPtrArray) f = NULL;

  c = clean_new ();
  set_hours (c, K1, 0, 200);
  set_hours (c, O1, 0, 0);
  set_hours (c, K1, 0, 201); /* 701 of 1001 hours: 70.03 % */
  f = run (c);
  assert_only (f, "staff-ratio", WARNING, SK_KIND_PROGRAMME, c->prog[0]);
  assert_message_contains (f, "staff-ratio", "Kazakhstani — 70.03%, foreign — 29.97%");
  g_clear_pointer (&f, g_ptr_array_unref);

  /* Overall: 601 of 2001 foreign hours (30.03 %) shown as "30 %". */
  set_hours (c, K1, 0, 100);
  set_hours (c, O1, 0, 100);
  set_hours (c, F1, 0, 101);
  f = run (c);
  assert_findings (f,
                   { "staff-ratio", WARNING, SK_KIND_PROPOSAL, 1 },
                   { "staff-ratio", WARNING, SK_KIND_PROGRAMME, c->prog[0] });
  g_assert_nonnull (strstr (message_at (f, "staff-ratio", SK_KIND_PROPOSAL, 1), "foreign — 30.03%"));
}

/* Basis=headcount: 7 Kazakhstani and 3 foreign people is exactly 70/30;
 * one more person of either side (on no programme) fails, overall only. */
static void
test_staff_ratio_headcount (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autoptr (SkRuleSet) rules = rules_with ("Basis", "headcount", NULL);
  gint64 extra;

  set (c->p, SK_KIND_STAFF, c->staff[O1], "side", S ("kazakh"));
  {
    g_autoptr (GPtrArray) f = run_with (c, rules);
    assert_clean (f);
  }
  extra = add_staff (c->p, "One more Kazakhstani lecturer", "kazakh", 1000);
  {
    g_autoptr (GPtrArray) f = run_with (c, rules);
    assert_only (f, "staff-ratio", WARNING, SK_KIND_PROPOSAL, 1);
    assert_message_contains (f, "staff-ratio", "headcount");
  }
  set (c->p, SK_KIND_STAFF, extra, "side", S ("foreign"));
  {
    g_autoptr (GPtrArray) f = run_with (c, rules);
    assert_only (f, "staff-ratio", WARNING, SK_KIND_PROPOSAL, 1);
  }
}

/* Basis=fte: 7.000/3.000 FTE is exactly 70/30; one thousandth more of
 * either side fails. */
static void
test_staff_ratio_fte (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autoptr (SkRuleSet) rules = rules_with ("Basis", "fte", NULL);
  gint64 extra;

  set (c->p, SK_KIND_STAFF, c->staff[O1], "side", S ("kazakh"));
  {
    g_autoptr (GPtrArray) f = run_with (c, rules);
    assert_clean (f);
  }
  extra = add_staff (c->p, "A Kazakhstani lecturer at 0.001", "kazakh", 1);
  {
    g_autoptr (GPtrArray) f = run_with (c, rules);
    assert_only (f, "staff-ratio", WARNING, SK_KIND_PROPOSAL, 1);
    assert_message_contains (f, "staff-ratio", "full-time equivalent");
  }
  set (c->p, SK_KIND_STAFF, extra, "side", S ("foreign"));
  {
    g_autoptr (GPtrArray) f = run_with (c, rules);
    assert_only (f, "staff-ratio", WARNING, SK_KIND_PROPOSAL, 1);
  }
  /* Per programme on FTE: a foreign lecturer's FTE follows their hours. */
  del (c->p, SK_KIND_STAFF, extra);
  set_hours (c, F1, 0, 200);
  set_hours (c, F1, 1, 0);
  {
    /* F1's 1.0 FTE goes to programme 1 alone: 3500/2000 there (36 %
     * foreign), 3500/1000 in programme 2 (78 % Kazakhstani); overall
     * still 7000/3000. */
    g_autoptr (GPtrArray) f = run_with (c, rules);
    assert_findings (f,
                     { "staff-ratio", WARNING, SK_KIND_PROGRAMME, c->prog[0] },
                     { "staff-ratio", WARNING, SK_KIND_PROGRAMME, c->prog[1] });
  }
}

/* Staff on no programme count in the overall figures only. */
static void
test_staff_ratio_unassigned (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autoptr (SkRuleSet) headcount = rules_with ("Basis", "headcount", NULL);
  g_autoptr (SkStaffing) s = NULL;

  add_staff (c->p, "Visiting foreign professor", "foreign", 1000);
  s = sk_staffing_compute (c->p);
  g_assert_cmpuint (s->n_staff, ==, N_STAFF + 1);
  g_assert_cmpfloat (s->overall[SK_BASIS_HEADCOUNT].amount[SK_SIDE_FOREIGN], ==, N_FO + 1);
  g_assert_cmpfloat (s->overall[SK_BASIS_FTE].amount[SK_SIDE_FOREIGN], ==, (N_FO + 1) * 1000);
  g_assert_cmpfloat (s->overall[SK_BASIS_HOURS].amount[SK_SIDE_FOREIGN], ==, N_FO * 200);
  for (guint j = 0; j < 2; j++)
    {
      const SkProgrammeStaffing *ps = sk_staffing_programme (s, c->prog[j]);
      g_assert_nonnull (ps);
      g_assert_cmpuint (ps->n_staff, ==, N_STAFF);
      g_assert_cmpfloat (ps->by[SK_BASIS_HEADCOUNT].amount[SK_SIDE_FOREIGN], ==, N_FO);
    }

  /* On the hours (the default) they add nothing. */
  check_clean (c);
  /* By headcount: 6/4/1 overall (36 % foreign), 6/3/1 per programme. */
  {
    g_autoptr (GPtrArray) f = run_with (c, headcount);
    assert_only (f, "staff-ratio", WARNING, SK_KIND_PROPOSAL, 1);
  }
}

static void
test_staff_ratio_programme_without_staff (void)
{
  g_autoptr (Clean) c = clean_new ();
  gint64 prog;

  prog = add (c->p, SK_KIND_PROGRAMME, "name_en", S ("Programme 3"), "level", S ("doctoral"),
              "kazakh_language_discipline", B (TRUE), "history_discipline", B (TRUE),
              "accreditation_recognised", B (TRUE), "diplomas", I (2), "partner_id", I (c->fo1), NULL);
  check_only (c, "staff-ratio", WARNING, SK_KIND_PROGRAMME, prog);
}

/* No staff at all: findings, not a division by zero. */
static void
test_staff_ratio_zero_staff (void)
{
  g_autoptr (Clean) c = clean_new ();

  for (guint i = 0; i < N_STAFF; i++)
    del (c->p, SK_KIND_STAFF, c->staff[i]);
  g_assert_cmpuint (sk_proposal_count (c->p, SK_KIND_ASSIGNMENT), ==, 0);
  for (SkBasis b = 0; b < SK_N_BASES; b++)
    {
      g_autoptr (SkRuleSet) rules = rules_with ("Basis", sk_basis_name (b), NULL);
      g_autoptr (GPtrArray) f = run_with (c, rules);
      assert_findings (f,
                       { "foreign-staff", ERROR, SK_KIND_PROPOSAL, 1 },
                       { "staff-ratio", WARNING, SK_KIND_PROPOSAL, 1 },
                       { "staff-ratio", WARNING, SK_KIND_PROGRAMME, c->prog[0] },
                       { "staff-ratio", WARNING, SK_KIND_PROGRAMME, c->prog[1] });
    }
}

/* A minimum foreign share when the rule set gives one. */
static void
test_staff_ratio_foreign_minimum (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autoptr (SkRuleSet) exact = rules_with ("ForeignMinimum", "30", NULL);
  g_autoptr (SkRuleSet) above = rules_with ("ForeignMaximum", "40", "ForeignMinimum", "35", NULL);

  {
    g_autoptr (GPtrArray) f = run_with (c, exact);
    assert_clean (f);
  }
  {
    g_autoptr (GPtrArray) f = run_with (c, above);
    assert_findings (f,
                     { "staff-ratio", WARNING, SK_KIND_PROPOSAL, 1 },
                     { "staff-ratio", WARNING, SK_KIND_PROGRAMME, c->prog[0] },
                     { "staff-ratio", WARNING, SK_KIND_PROGRAMME, c->prog[1] });
    assert_message_contains (f, "staff-ratio", "35%");
  }
}

/* ---- foreign staff, qualification, parity, professional development ---- */

static void
test_foreign_staff (void)
{
  g_autoptr (Clean) c = clean_new ();

  /* The foreign OHPE provides no one: its lecturers become third party. */
  sk_proposal_begin_group (c->p, "No foreign staff");
  for (guint i = F1; i < F1 + N_FO; i++)
    set (c->p, SK_KIND_STAFF, c->staff[i], "side", S ("other"));
  g_assert_true (sk_proposal_end_group (c->p, NULL));
  check_only (c, "foreign-staff", ERROR, SK_KIND_PROPOSAL, 1);
}

/* Foreign lecturers listed, but none with teaching hours while the ratio
 * is counted in hours: a foreign share of 0 %. */
static void
test_foreign_staff_no_hours (void)
{
  g_autoptr (Clean) c = clean_new ();

  sk_proposal_begin_group (c->p, "No foreign hours");
  for (guint i = F1; i < F1 + N_FO; i++)
    {
      set_hours (c, i, 0, 0);
      set_hours (c, i, 1, 0);
    }
  g_assert_true (sk_proposal_end_group (c->p, NULL));
  {
    g_autoptr (GPtrArray) f = run (c);
    g_assert_nonnull (message_at (f, "foreign-staff", SK_KIND_PROPOSAL, 1));
  }
}

static void
test_staff_qualification (void)
{
  g_autoptr (Clean) c = clean_new ();
  gint64 k1 = c->staff[K1];

  /* A master's degree alone is not enough ... */
  set (c->p, SK_KIND_STAFF, k1, "degree", S ("master"));
  check_only (c, "staff-qualification", WARNING, SK_KIND_STAFF, k1);
  set (c->p, SK_KIND_STAFF, k1, "teaching_years", I (2));
  set (c->p, SK_KIND_STAFF, k1, "practice_years", I (4));
  check_only (c, "staff-qualification", WARNING, SK_KIND_STAFF, k1);
  /* ... with 3 years of teaching it is ... */
  set (c->p, SK_KIND_STAFF, k1, "teaching_years", I (3));
  check_clean (c);
  /* ... and so with 5 years of practical work. */
  set (c->p, SK_KIND_STAFF, k1, "teaching_years", I (2));
  set (c->p, SK_KIND_STAFF, k1, "practice_years", I (5));
  check_clean (c);

  /* A bachelor's degree is not; an academic title is. */
  set (c->p, SK_KIND_STAFF, k1, "degree", S ("bachelor"));
  check_only (c, "staff-qualification", WARNING, SK_KIND_STAFF, k1);
  set (c->p, SK_KIND_STAFF, k1, "academic_title", S ("professor"));
  check_clean (c);
  set (c->p, SK_KIND_STAFF, k1, "academic_title", S ("none"));
  check_only (c, "staff-qualification", WARNING, SK_KIND_STAFF, k1);
  set (c->p, SK_KIND_STAFF, k1, "degree", NULL);
  check_only (c, "staff-qualification", WARNING, SK_KIND_STAFF, k1);
  set (c->p, SK_KIND_STAFF, k1, "degree", S ("candidate"));
  check_clean (c);
}

static void
test_parity (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autoptr (GPtrArray) f = NULL;

  set (c->p, SK_KIND_BOARD_MEMBER, c->board[3], "side", S ("other"));
  f = run (c);
  assert_only (f, "parity", WARNING, SK_KIND_BRANCH, c->branch);
  assert_message_contains (f, "parity", "2 Kazakhstani and 1 foreign");
}

static void
test_parity_no_board (void)
{
  g_autoptr (Clean) c = clean_new ();

  for (guint i = 0; i < 4; i++)
    del (c->p, SK_KIND_BOARD_MEMBER, c->board[i]);
  check_only (c, "parity", WARNING, SK_KIND_BRANCH, c->branch);
}

static void
test_professional_development (void)
{
  g_autoptr (Clean) c = clean_new ();

  del (c->p, SK_KIND_PROF_DEV, c->prof_dev);
  check_only (c, "professional-development", WARNING, SK_KIND_PROPOSAL, 1);
}

/* ---- programmes ---- */

static void
test_programme_kz (void)
{
  g_autoptr (Clean) c = clean_new ();

  set (c->p, SK_KIND_PROGRAMME, c->prog[1], "kazakh_language_discipline", B (FALSE));
  check_only (c, "programme-kz", WARNING, SK_KIND_PROGRAMME, c->prog[1]);
}

static void
test_programme_history (void)
{
  g_autoptr (Clean) c = clean_new ();

  set (c->p, SK_KIND_PROGRAMME, c->prog[1], "history_discipline", B (FALSE));
  check_only (c, "programme-kz", WARNING, SK_KIND_PROGRAMME, c->prog[1]);
}

static void
test_programme_accreditation (void)
{
  g_autoptr (Clean) c = clean_new ();

  set (c->p, SK_KIND_PROGRAMME, c->prog[1], "accreditation_recognised", B (FALSE));
  check_only (c, "programme-accreditation", WARNING, SK_KIND_PROGRAMME, c->prog[1]);
}

static void
test_programme_diplomas (void)
{
  g_autoptr (Clean) c = clean_new ();

  set (c->p, SK_KIND_PROGRAMME, c->prog[0], "diplomas", I (1));
  check_only (c, "programme-diplomas", ERROR, SK_KIND_PROGRAMME, c->prog[0]);
  set (c->p, SK_KIND_PROGRAMME, c->prog[0], "diplomas", NULL);
  check_only (c, "programme-diplomas", ERROR, SK_KIND_PROGRAMME, c->prog[0]);
  set (c->p, SK_KIND_PROGRAMME, c->prog[0], "diplomas", I (3));
  check_clean (c);
}

/* ---- model requirements, one test per model ---- */

static void
test_model_branch (void)
{
  g_autoptr (Clean) c = clean_new ();

  set_info (c->p, "model", S ("branch"));
  check_clean (c);
  /* The branch goes, and with it its board. */
  del (c->p, SK_KIND_BRANCH, c->branch);
  g_assert_cmpuint (sk_proposal_count (c->p, SK_KIND_BOARD_MEMBER), ==, 0);
  check_only (c, "model-requirements", ERROR, SK_KIND_PROPOSAL, 1);
}

static void
test_model_consortium_branch (void)
{
  g_autoptr (Clean) c = clean_new ();

  del (c->p, SK_KIND_BRANCH, c->branch);
  check_only (c, "model-requirements", ERROR, SK_KIND_PROPOSAL, 1);
}

static void
test_model_consortium_two_foreign (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autoptr (GPtrArray) f = NULL;

  del (c->p, SK_KIND_INSTITUTION, c->fo2);
  f = run (c);
  /* Programme 2 lost its partner with it. */
  assert_findings (f,
                   { "model-requirements", ERROR, SK_KIND_PROPOSAL, 1 },
                   { "programme-partner", ERROR, SK_KIND_PROGRAMME, c->prog[1] });
  assert_message_contains (f, "model-requirements", "two foreign OHPE; 1 is listed");
}

static void
test_model_consortium_lead (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autoptr (GPtrArray) f = NULL;

  set (c->p, SK_KIND_INSTITUTION, c->fo1, "is_lead", B (FALSE));
  f = run (c);
  assert_only (f, "model-requirements", ERROR, SK_KIND_PROPOSAL, 1);
  assert_message_contains (f, "model-requirements", "lead");
}

static void
test_model_joint_programmes (void)
{
  g_autoptr (Clean) c = clean_new ();

  set_info (c->p, "model", S ("joint_programmes"));
  check_clean (c);
  /* Without programmes the model fails, and there are no teaching hours. */
  del (c->p, SK_KIND_PROGRAMME, c->prog[0]);
  del (c->p, SK_KIND_PROGRAMME, c->prog[1]);
  check_findings (c,
                  { "model-requirements", ERROR, SK_KIND_PROPOSAL, 1 },
                  { "staff-ratio", WARNING, SK_KIND_PROPOSAL, 1 });
}

static void
test_model_certification_centre (void)
{
  g_autoptr (Clean) c = clean_new ();
  gint64 centre;

  set_info (c->p, "model", S ("certification_centre"));
  check_only (c, "model-requirements", ERROR, SK_KIND_PROPOSAL, 1);
  centre = add (c->p, SK_KIND_CERT_CENTRE, "name_en", S ("Lu Ban Workshop"), "host_id", I (c->kz),
                "laboratories", I (2), "equipment_en", S ("CNC machines"), NULL);
  check_clean (c);
  set (c->p, SK_KIND_CERT_CENTRE, centre, "equipment_en", NULL);
  check_only (c, "model-requirements", ERROR, SK_KIND_CERT_CENTRE, centre);
  set (c->p, SK_KIND_CERT_CENTRE, centre, "equipment_en", S ("CNC machines"));
  set (c->p, SK_KIND_CERT_CENTRE, centre, "laboratories", I (0));
  check_only (c, "model-requirements", ERROR, SK_KIND_CERT_CENTRE, centre);
  /* Laboratories described in words are laboratories. */
  set (c->p, SK_KIND_CERT_CENTRE, centre, "laboratories_description_en", S ("Two laboratories of mechatronics"));
  check_clean (c);
}

static void
test_model_franchise (void)
{
  g_autoptr (Clean) c = clean_new ();
  gint64 investor, franchise;

  set_info (c->p, "model", S ("franchise"));
  check_only (c, "model-requirements", ERROR, SK_KIND_PROPOSAL, 1);
  investor = add (c->p, SK_KIND_INSTITUTION, "name_en", S ("An investor"), "role", S ("investor"), NULL);
  franchise = add (c->p, SK_KIND_FRANCHISE, "franchisor_id", I (c->fo1), "investor_id", I (investor),
                   "right_brand", B (TRUE), NULL);
  check_clean (c);
  set (c->p, SK_KIND_FRANCHISE, franchise, "investor_id", NULL);
  check_only (c, "model-requirements", ERROR, SK_KIND_FRANCHISE, franchise);
  set (c->p, SK_KIND_FRANCHISE, franchise, "investor_id", I (investor));
  set (c->p, SK_KIND_FRANCHISE, franchise, "franchisor_id", NULL);
  check_only (c, "model-requirements", ERROR, SK_KIND_FRANCHISE, franchise);
  set (c->p, SK_KIND_FRANCHISE, franchise, "franchisor_id", I (c->fo1));
  set (c->p, SK_KIND_FRANCHISE, franchise, "right_brand", B (FALSE));
  check_only (c, "model-requirements", ERROR, SK_KIND_FRANCHISE, franchise);
  set (c->p, SK_KIND_FRANCHISE, franchise, "right_standards", B (TRUE));
  check_clean (c);
}

static void
test_model_joint_venture (void)
{
  g_autoptr (Clean) c = clean_new ();
  gint64 jv, share;
  g_autoptr (GPtrArray) f = NULL;

  set_info (c->p, "model", S ("joint_venture"));
  check_only (c, "model-requirements", ERROR, SK_KIND_PROPOSAL, 1);
  jv = add (c->p, SK_KIND_JOINT_VENTURE, "name_en", S ("Joint venture LLP"), "aifc_participant", B (TRUE), NULL);
  add (c->p, SK_KIND_SHAREHOLDER, "joint_venture_id", I (jv), "institution_id", I (c->kz), "share_bp", I (6000), NULL);
  share = add (c->p, SK_KIND_SHAREHOLDER, "joint_venture_id", I (jv), "institution_id", I (c->fo1),
               "share_bp", I (4000), NULL);
  check_clean (c);
  set (c->p, SK_KIND_SHAREHOLDER, share, "share_bp", I (3000));
  f = run (c);
  assert_only (f, "model-requirements", ERROR, SK_KIND_JOINT_VENTURE, jv);
  assert_message_contains (f, "model-requirements", "90%");
  set (c->p, SK_KIND_SHAREHOLDER, share, "share_bp", I (4000));
  set (c->p, SK_KIND_JOINT_VENTURE, jv, "aifc_participant", B (FALSE));
  check_only (c, "model-requirements", ERROR, SK_KIND_JOINT_VENTURE, jv);
}

static void
test_model_no_kazakh_ohpe (void)
{
  g_autoptr (Clean) c = clean_new ();

  set (c->p, SK_KIND_INSTITUTION, c->kz, "role", S ("enterprise"));
  check_only (c, "model-requirements", ERROR, SK_KIND_PROPOSAL, 1);
}

static void
test_model_unset (void)
{
  g_autoptr (Clean) c = clean_new ();

  set_info (c->p, "model", NULL);
  check_only (c, "model-requirements", ERROR, SK_KIND_PROPOSAL, 1);
}

/* ---- agreements, ministry, MIA ---- */

static void
test_agreements (void)
{
  g_autoptr (Clean) c = clean_new ();

  del (c->p, SK_KIND_AGREEMENT, c->agreement);
  check_only (c, "agreements", WARNING, SK_KIND_PROPOSAL, 1);
}

static void
test_ministry_agreement (void)
{
  g_autoptr (Clean) c = clean_new ();

  /* The reference or the date records it ... */
  set_info (c->p, "mshe_agreement_ref", NULL);
  check_clean (c);
  /* ... neither does not. */
  set_info (c->p, "mshe_agreement_date", NULL);
  check_only (c, "ministry-agreement", WARNING, SK_KIND_PROPOSAL, 1);
}

static void
test_mia_approval (void)
{
  g_autoptr (Clean) c = clean_new ();

  set_info (c->p, "applicant_is_mia", B (TRUE));
  check_only (c, "mia-approval", ERROR, SK_KIND_PROPOSAL, 1);
  set_info (c->p, "mia_approval_ref", S ("MIA-2025/3"));
  check_clean (c);
}

/* ---- branch ---- */

static void
test_branch_bin_wrong_check_digit (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autofree char *bin = branch_bin ();
  g_autoptr (GPtrArray) f = NULL;

  bin[11] = bin[11] == '9' ? '0' : bin[11] + 1;
  g_assert_cmpint (sk_bin_check (bin), ==, SK_BIN_BAD_CHECK_DIGIT);
  set (c->p, SK_KIND_BRANCH, c->branch, "bin", S (bin));
  f = run (c);
  assert_only (f, "branch-bin", ERROR, SK_KIND_BRANCH, c->branch);
  assert_message_contains (f, "branch-bin", bin);
}

static void
test_branch_bin_malformed (void)
{
  g_autoptr (Clean) c = clean_new ();

  set (c->p, SK_KIND_BRANCH, c->branch, "bin", S ("94014100038"));
  check_only (c, "branch-bin", ERROR, SK_KIND_BRANCH, c->branch);
  set (c->p, SK_KIND_BRANCH, c->branch, "bin", S ("94O141000380"));
  check_only (c, "branch-bin", ERROR, SK_KIND_BRANCH, c->branch);
}

/* A BIN whose first weighted sum is 10 mod 11: the check digit comes from
 * the second weighting (3..11, 1, 2). */
static void
test_branch_bin_second_weighting (void)
{
  g_autoptr (Clean) c = clean_new ();
  const char *bin = "940141000401";
  int sum = 0;

  for (int i = 0; i < 11; i++)
    sum += (bin[i] - '0') * (i + 1);
  g_assert_cmpint (sum % 11, ==, 10);
  g_assert_cmpint (sk_bin_check_digit (bin), ==, 1);
  g_assert_cmpint (sk_bin_check (bin), ==, SK_BIN_VALID);
  g_assert_cmpint (sk_bin_unit (bin), ==, SK_BIN_UNIT_BRANCH);
  set (c->p, SK_KIND_BRANCH, c->branch, "bin", S (bin));
  check_clean (c);
}

static void
test_branch_registration_unit (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autoptr (GPtrArray) f = NULL;

  /* Valid, but a head office (unit 0), not a branch. */
  g_assert_cmpint (sk_bin_check ("940140000385"), ==, SK_BIN_VALID);
  set (c->p, SK_KIND_BRANCH, c->branch, "bin", S ("940140000385"));
  f = run (c);
  assert_only (f, "branch-registration", WARNING, SK_KIND_BRANCH, c->branch);
  assert_message_contains (f, "branch-registration", "940140000385");
}

static void
test_branch_registration_no_bin (void)
{
  g_autoptr (Clean) c = clean_new ();

  set (c->p, SK_KIND_BRANCH, c->branch, "bin", NULL);
  check_only (c, "branch-registration", WARNING, SK_KIND_BRANCH, c->branch);
}

static void
test_branch_registration_date (void)
{
  g_autoptr (Clean) c = clean_new ();

  set (c->p, SK_KIND_BRANCH, c->branch, "registration_date", NULL);
  check_only (c, "branch-registration", WARNING, SK_KIND_BRANCH, c->branch);
}

static void
test_branch_licence (void)
{
  g_autoptr (Clean) c = clean_new ();

  set (c->p, SK_KIND_BRANCH, c->branch, "licence_number", NULL);
  check_only (c, "branch-licence", WARNING, SK_KIND_BRANCH, c->branch);
}

/* ---- committees, quality, indicators, financing ---- */

static void
test_committees_missing (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autoptr (GPtrArray) f = NULL;

  del (c->p, SK_KIND_COMMITTEE, c->committee[1]); /* admission, with its members */
  f = run (c);
  assert_only (f, "committees", WARNING, SK_KIND_PROPOSAL, 1);
  assert_message_contains (f, "committees", "Admission");
}

static void
test_committees_one_side (void)
{
  g_autoptr (Clean) c = clean_new ();

  del (c->p, SK_KIND_COMMITTEE_MEMBER, c->member_fo[2]);
  check_only (c, "committees", WARNING, SK_KIND_COMMITTEE, c->committee[2]);
  add (c->p, SK_KIND_COMMITTEE_MEMBER, "committee_id", I (c->committee[2]), "name", S ("Back again"),
       "side", S ("foreign"), NULL);
  check_clean (c);
  del (c->p, SK_KIND_COMMITTEE_MEMBER, c->member_kz[0]);
  check_only (c, "committees", WARNING, SK_KIND_COMMITTEE, c->committee[0]);
}

static void
test_quality_assurance (void)
{
  g_autoptr (Clean) c = clean_new ();

  set_info (c->p, "qa_description_en", NULL);
  check_only (c, "quality-assurance", WARNING, SK_KIND_PROPOSAL, 1);
  set_info (c->p, "qa_description_en", S (""));
  check_only (c, "quality-assurance", WARNING, SK_KIND_PROPOSAL, 1);
  /* In any one of the three languages. */
  set_info (c->p, "qa_description_kk", S ("Сапаны қамтамасыз ету жүйесі"));
  check_clean (c);
}

static void
test_indicators_year_missing (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autoptr (GPtrArray) f = NULL;

  del (c->p, SK_KIND_INDICATOR_TARGET, c->target[2028 - FIRST_YEAR]);
  f = run (c);
  assert_only (f, "indicators", WARNING, SK_KIND_INDICATOR, c->indicator);
  assert_message_contains (f, "indicators", "2028");
}

static void
test_indicators_none (void)
{
  g_autoptr (Clean) c = clean_new ();

  del (c->p, SK_KIND_INDICATOR, c->indicator);
  check_only (c, "indicators", WARNING, SK_KIND_PROPOSAL, 1);
}

static void
test_indicators_second_without_targets (void)
{
  g_autoptr (Clean) c = clean_new ();
  gint64 ind;

  ind = add (c->p, SK_KIND_INDICATOR, "kind", S ("graduates"), NULL);
  check_only (c, "indicators", WARNING, SK_KIND_INDICATOR, ind);
}

static void
test_financing (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autoptr (GPtrArray) f = NULL;

  del (c->p, SK_KIND_FINANCING, c->financing[2027 - FIRST_YEAR]);
  f = run (c);
  assert_only (f, "financing", WARNING, SK_KIND_PROPOSAL, 1);
  assert_message_contains (f, "financing", "2027");
}

static void
test_financing_zero_amount (void)
{
  g_autoptr (Clean) c = clean_new ();

  set (c->p, SK_KIND_FINANCING, c->financing[2030 - FIRST_YEAR], "amount_kzt", I (0));
  check_only (c, "financing", WARNING, SK_KIND_PROPOSAL, 1);
}

/* ---- notes ---- */

static void
test_research (void)
{
  g_autoptr (Clean) c = clean_new ();

  set (c->p, SK_KIND_RESEARCH, c->research, "joint_group", B (FALSE));
  check_only (c, "research", NOTE, SK_KIND_PROPOSAL, 1);
}

static void
test_third_mission (void)
{
  g_autoptr (Clean) c = clean_new ();

  set (c->p, SK_KIND_THIRD_MISSION, c->mission, "kind", S ("nonformal_education"));
  check_only (c, "third-mission", NOTE, SK_KIND_PROPOSAL, 1);
}

static void
add_mobility (Clean *c, const char *direction, gint64 count)
{
  add (c->p, SK_KIND_MOBILITY, "year", I (YEAR), "direction", S (direction), "category", S ("students"),
       "count", I (count), NULL);
}

/* 10 foreigners (3 foreign lecturers, 7 incoming students), agreements and
 * 10 sent abroad call for a service; one fewer of either does not. */
static void
test_cooperation_service (void)
{
  g_autoptr (Clean) c = clean_new ();

  add_mobility (c, "incoming", 7);
  add_mobility (c, "outgoing", 10);
  {
    g_autoptr (GPtrArray) f = run (c);
    assert_only (f, "cooperation-service", NOTE, SK_KIND_PROPOSAL, 1);
    assert_message_contains (f, "cooperation-service", "foreigners — 10");
    assert_message_contains (f, "cooperation-service", "the applicant is to have a service of international cooperation");
  }
}

static void
test_cooperation_service_responsible_person (void)
{
  g_autoptr (Clean) c = clean_new ();

  add_mobility (c, "incoming", 7);
  add_mobility (c, "outgoing", 9);
  {
    g_autoptr (GPtrArray) f = run (c);
    assert_only (f, "cooperation-service", NOTE, SK_KIND_PROPOSAL, 1);
    assert_message_contains (f, "cooperation-service", "foreigners — 10, citizens sent abroad — 9");
    assert_message_contains (f, "cooperation-service", "a person responsible for international cooperation is to be appointed");
  }
  add_mobility (c, "outgoing", 1); /* the same year: 10 now */
  {
    g_autoptr (GPtrArray) f = run (c);
    assert_message_contains (f, "cooperation-service", "is to have a service");
  }
  /* An agreement that expired before the year checked is not active. */
  set (c->p, SK_KIND_AGREEMENT, c->agreement, "valid_until", S ("2025-12-31"));
  {
    g_autoptr (GPtrArray) f = run (c);
    assert_message_contains (f, "cooperation-service", "a person responsible for international cooperation is to be appointed");
  }
  set (c->p, SK_KIND_AGREEMENT, c->agreement, "valid_until", S ("2026-12-31"));
  {
    g_autoptr (GPtrArray) f = run (c);
    assert_message_contains (f, "cooperation-service", "is to have a service");
  }
  /* Without agreements, no service is called for. */
  del (c->p, SK_KIND_AGREEMENT, c->agreement);
  {
    g_autoptr (GPtrArray) f = run (c);
    assert_findings (f,
                     { "agreements", WARNING, SK_KIND_PROPOSAL, 1 },
                     { "cooperation-service", NOTE, SK_KIND_PROPOSAL, 1 });
    assert_message_contains (f, "cooperation-service", "a person responsible");
  }
}

/* ---- the rule set decides ---- */

static void
test_rules_check_off (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autoptr (SkRuleSet) off = rules_with ("parity", "off", "staff-qualification", "off",
                                          "cooperation-service", "off", NULL);
  g_autoptr (GPtrArray) f = NULL;

  g_assert_cmpint (sk_rule_set_severity (off, "parity"), ==, SK_SEVERITY_OFF);
  set (c->p, SK_KIND_BOARD_MEMBER, c->board[0], "side", S ("foreign"));
  set (c->p, SK_KIND_STAFF, c->staff[K1], "degree", S ("bachelor"));
  f = run_with (c, off);
  g_assert_cmpuint (f->len, ==, 0);
}

static void
test_rules_severity (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autoptr (SkRuleSet) rules = rules_with ("parity", "note", "term", "warning", NULL);

  set (c->p, SK_KIND_BOARD_MEMBER, c->board[0], "side", S ("foreign"));
  {
    g_autoptr (GPtrArray) f = run_with (c, rules);
    assert_only (f, "parity", NOTE, SK_KIND_BRANCH, c->branch);
  }
  set (c->p, SK_KIND_BOARD_MEMBER, c->board[0], "side", S ("kazakh"));
  set_info (c->p, "term_end", S ("2027-08-31"));
  {
    g_autoptr (GPtrArray) f = run_with (c, rules);
    assert_only (f, "term", WARNING, SK_KIND_PROPOSAL, 1);
  }
}

static void
test_rules_thresholds (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autoptr (SkRuleSet) cut = rules_with ("CutOff", "100", NULL);
  g_autoptr (SkRuleSet) term = rules_with ("MinimumYears", "7", NULL);
  g_autoptr (SkRuleSet) fresh = rules_with ("MaximumAgeYears", "0", NULL);
  g_autoptr (SkRuleSet) ratio = rules_with ("KazakhMaximum", "59", NULL);

  {
    g_autoptr (GPtrArray) f = run_with (c, cut);
    assert_findings (f,
                     { "ranking", WARNING, SK_KIND_INSTITUTION, c->fo1 },
                     { "ranking", WARNING, SK_KIND_INSTITUTION, c->fo2 });
  }
  {
    g_autoptr (GPtrArray) f = run_with (c, term);
    assert_only (f, "term", ERROR, SK_KIND_PROPOSAL, 1);
  }
  {
    g_autoptr (GPtrArray) f = run_with (c, fresh);
    assert_clean (f);
  }
  set (c->p, SK_KIND_RANKING, c->rank1, "year", I (YEAR - 1));
  {
    g_autoptr (GPtrArray) f = run_with (c, fresh);
    assert_only (f, "ranking-stale", WARNING, SK_KIND_INSTITUTION, c->fo1);
  }
  {
    g_autoptr (GPtrArray) f = run_with (c, ratio);
    assert_findings (f,
                     { "staff-ratio", WARNING, SK_KIND_PROPOSAL, 1 },
                     { "staff-ratio", WARNING, SK_KIND_PROGRAMME, c->prog[0] },
                     { "staff-ratio", WARNING, SK_KIND_PROGRAMME, c->prog[1] });
  }
}

/* ---- sk_staffing_compute, by hand ---- */

/* Staff: A kazakh 1.000 FTE, B foreign 0.500, C other 0.250, D kazakh 0.800
 * (on no programme), E foreign 0.600 (two assignments of 0 hours).
 * Assignments: A-P1 300 h and 100 h, A-P2 100 h, B-P1 200 h, C-P2 50 h,
 * E-P1 0 h, E-P2 0 h. Hand-computed below. */
static void
test_staffing_compute (void)
{
  g_autoptr (SkProposal) p = new_proposal ();
  g_autoptr (SkStaffing) s = NULL;
  gint64 a, b, cc, e, p1, p2;
  const SkProgrammeStaffing *ps;
  const SkShares *sh;

  p1 = add (p, SK_KIND_PROGRAMME, "name_en", S ("P1"), "level", S ("master"), NULL);
  p2 = add (p, SK_KIND_PROGRAMME, "name_en", S ("P2"), "level", S ("master"), NULL);
  a = add_staff (p, "A", "kazakh", 1000);
  b = add_staff (p, "B", "foreign", 500);
  cc = add_staff (p, "C", "other", 250);
  add_staff (p, "D", "kazakh", 800);
  e = add_staff (p, "E", "foreign", 600);
  /* Interleaved, so that A's two assignments to P1 are not neighbours. */
  add (p, SK_KIND_ASSIGNMENT, "staff_id", I (a), "programme_id", I (p1), "hours", I (300), NULL);
  add (p, SK_KIND_ASSIGNMENT, "staff_id", I (b), "programme_id", I (p1), "hours", I (200), NULL);
  add (p, SK_KIND_ASSIGNMENT, "staff_id", I (e), "programme_id", I (p1), "hours", I (0), NULL);
  add (p, SK_KIND_ASSIGNMENT, "staff_id", I (a), "programme_id", I (p2), "hours", I (100), NULL);
  add (p, SK_KIND_ASSIGNMENT, "staff_id", I (cc), "programme_id", I (p2), "hours", I (50), NULL);
  add (p, SK_KIND_ASSIGNMENT, "staff_id", I (a), "programme_id", I (p1), "hours", I (100), NULL);
  add (p, SK_KIND_ASSIGNMENT, "staff_id", I (e), "programme_id", I (p2), "hours", I (0), NULL);

  s = sk_staffing_compute (p);
  g_assert_cmpuint (s->n_staff, ==, 5);
  g_assert_cmpuint (s->programmes->len, ==, 2);

#define ASSERT_SHARES(sh, kz, fo, ot) \
  G_STMT_START { \
    g_assert_cmpfloat_with_epsilon ((sh)->amount[SK_SIDE_KAZAKH], (kz), 1e-9); \
    g_assert_cmpfloat_with_epsilon ((sh)->amount[SK_SIDE_FOREIGN], (fo), 1e-9); \
    g_assert_cmpfloat_with_epsilon ((sh)->amount[SK_SIDE_OTHER], (ot), 1e-9); \
    g_assert_cmpfloat_with_epsilon ((sh)->total, (kz) + (fo) + (ot), 1e-9); \
  } G_STMT_END

  /* Overall: everyone, D included; hours only from assignments. */
  ASSERT_SHARES (&s->overall[SK_BASIS_HEADCOUNT], 2, 2, 1);
  ASSERT_SHARES (&s->overall[SK_BASIS_FTE], 1800, 1100, 250);
  ASSERT_SHARES (&s->overall[SK_BASIS_HOURS], 500, 200, 50);

  /* P1: A 400 h of their 500 (0.800 FTE), B 200 of 200 (0.500), E no hours
   * (0.600 split over 2 assignments: 0.300). A counted once. */
  ps = sk_staffing_programme (s, p1);
  g_assert_nonnull (ps);
  g_assert_cmpint (ps->programme_id, ==, p1);
  g_assert_cmpuint (ps->n_staff, ==, 3);
  ASSERT_SHARES (&ps->by[SK_BASIS_HEADCOUNT], 1, 2, 0);
  ASSERT_SHARES (&ps->by[SK_BASIS_FTE], 800, 800, 0);
  ASSERT_SHARES (&ps->by[SK_BASIS_HOURS], 400, 200, 0);

  /* P2: A 100 h of 500 (0.200 FTE), C 50 of 50 (0.250), E 0.300. */
  ps = sk_staffing_programme (s, p2);
  g_assert_nonnull (ps);
  g_assert_cmpuint (ps->n_staff, ==, 3);
  ASSERT_SHARES (&ps->by[SK_BASIS_HEADCOUNT], 1, 1, 1);
  ASSERT_SHARES (&ps->by[SK_BASIS_FTE], 200, 300, 250);
  ASSERT_SHARES (&ps->by[SK_BASIS_HOURS], 100, 0, 50);

  g_assert_null (sk_staffing_programme (s, 999));

  /* Percentages. */
  sh = &s->overall[SK_BASIS_HOURS];
  g_assert_cmpfloat_with_epsilon (sk_shares_percent (sh, SK_SIDE_KAZAKH), 100.0 * 500 / 750, 1e-9);
  g_assert_cmpfloat_with_epsilon (sk_shares_percent (sh, SK_SIDE_FOREIGN), 100.0 * 200 / 750, 1e-9);
  sh = &sk_staffing_programme (s, p1)->by[SK_BASIS_FTE];
  g_assert_cmpfloat_with_epsilon (sk_shares_percent (sh, SK_SIDE_KAZAKH), 50.0, 1e-9);
  g_assert_true (sk_shares_above (sh, SK_SIDE_KAZAKH, 49));
  g_assert_false (sk_shares_above (sh, SK_SIDE_KAZAKH, 50));
  g_assert_true (sk_shares_below (sh, SK_SIDE_FOREIGN, 51));
  g_assert_false (sk_shares_below (sh, SK_SIDE_FOREIGN, 50));
#undef ASSERT_SHARES
}

static void
test_staffing_empty (void)
{
  g_autoptr (SkProposal) p = new_proposal ();
  g_autoptr (SkStaffing) s = sk_staffing_compute (p);
  SkShares exact = { { 70, 30, 0 }, 100 };

  g_assert_cmpuint (s->n_staff, ==, 0);
  g_assert_cmpuint (s->programmes->len, ==, 0);
  for (SkBasis b = 0; b < SK_N_BASES; b++)
    {
      g_assert_cmpfloat (s->overall[b].total, ==, 0);
      g_assert_true (isnan (sk_shares_percent (&s->overall[b], SK_SIDE_KAZAKH)));
      g_assert_false (sk_shares_above (&s->overall[b], SK_SIDE_KAZAKH, 70));
      g_assert_false (sk_shares_below (&s->overall[b], SK_SIDE_FOREIGN, 30));
    }

  /* Exactly at the limit is neither above nor below it. */
  g_assert_false (sk_shares_above (&exact, SK_SIDE_KAZAKH, 70));
  g_assert_false (sk_shares_above (&exact, SK_SIDE_FOREIGN, 30));
  g_assert_false (sk_shares_below (&exact, SK_SIDE_FOREIGN, 30));
  g_assert_true (sk_shares_above (&exact, SK_SIDE_FOREIGN, 29));
  g_assert_true (sk_shares_below (&exact, SK_SIDE_FOREIGN, 31));

  g_assert_cmpint (sk_side_from_code ("kazakh"), ==, SK_SIDE_KAZAKH);
  g_assert_cmpint (sk_side_from_code ("foreign"), ==, SK_SIDE_FOREIGN);
  g_assert_cmpint (sk_side_from_code ("other"), ==, SK_SIDE_OTHER);
  g_assert_cmpint (sk_side_from_code (NULL), ==, SK_SIDE_OTHER);
}

/* Content missing in the language of the PDF: a note per record, only
 * when that language is asked for. */
static void
test_content_language (void)
{
  g_autofree char *path = sk_test_tmp_path ("languages.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_create (path, &error);
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  g_autoptr (SkRecord) inst = sk_record_new (sk_schema_kind (SK_KIND_INSTITUTION));
  SkCheckOptions kk = { .year = YEAR, .language = "en", .export_language = "kk" };
  SkCheckOptions none = { .year = YEAR, .language = "en" };
  gint64 id;
  guint found = 0;

  sk_record_set_string (inst, "name_en", "Technical University");
  sk_record_set_string (inst, "role", "foreign_ohpe");
  id = sk_proposal_insert (p, inst, &error);
  g_assert_no_error (error);
  {
    g_autoptr (GPtrArray) f = sk_check (p, rules, &kk);
    for (guint i = 0; i < f->len; i++)
      if (g_str_equal (sk_finding_get_check_id (f->pdata[i]), "content-language"))
        {
          found++;
          g_assert_cmpint (sk_finding_get_severity (f->pdata[i]), ==, SK_SEVERITY_NOTE);
          g_assert_cmpstr (sk_finding_get_kind (f->pdata[i]), ==, SK_KIND_INSTITUTION);
          g_assert_cmpint (sk_finding_get_record_id (f->pdata[i]), ==, id);
          g_assert_nonnull (strstr (sk_finding_get_message (f->pdata[i]), "Kazakh"));
        }
    g_assert_cmpuint (found, ==, 1);
  }
  {
    g_autoptr (GPtrArray) f = sk_check (p, rules, &none);
    for (guint i = 0; i < f->len; i++)
      g_assert_cmpstr (sk_finding_get_check_id (f->pdata[i]), !=, "content-language");
  }
  g_assert_true (sk_proposal_set (p, SK_KIND_INSTITUTION, id, "name_kk", g_variant_new_string ("Техникалық университет"), &error));
  {
    g_autoptr (GPtrArray) f = sk_check (p, rules, &kk);
    for (guint i = 0; i < f->len; i++)
      g_assert_cmpstr (sk_finding_get_check_id (f->pdata[i]), !=, "content-language");
  }
}

/* ---- the checks a careful reviewer applies (issue 15) ----
 *
 * Each point has a case that passes and one that fails; the failing ones
 * assert the id, the severity, the record and the figures of the message
 * in English and in Kazakh or Russian. */

/* The findings with the messages in @lang (record names stay English). */
static GPtrArray *
run_in (Clean *c, SkRuleSet *rules, const char *lang)
{
  g_autoptr (SkRuleSet) def = rules ? NULL : sk_rule_set_new_default ();
  SkCheckOptions options = { .year = YEAR, .language = "en", .messages_language = lang };
  GPtrArray *findings = sk_check (c->p, rules ? rules : def, &options);

  g_assert_nonnull (findings);
  return findings;
}

/* The message of (@id, @kind, @record_id) in @lang contains each of the
 * NULL-terminated strings. */
static void
assert_message_in (Clean *c, SkRuleSet *rules, const char *lang, const char *id, const char *kind,
                   gint64 record_id, ...)
{
  g_autoptr (GPtrArray) f = run_in (c, rules, lang);
  const char *m = message_at (f, id, kind, record_id);
  va_list args;

  va_start (args, record_id);
  for (const char *needle = va_arg (args, const char *); needle; needle = va_arg (args, const char *))
    if (strstr (m, needle) == NULL)
      g_error ("the %s message in %s “%s” does not contain “%s”", id, lang, m, needle);
  va_end (args);
}

/* 1. For each publisher and scope the latest edition decides. */
static void
test_ranking_latest_edition (void)
{
  g_autoptr (Clean) c = clean_new ();
  gint64 old;

  /* 2020: 300; 2025: =620. The 2025 edition decides: not in the TOP-500. */
  set (c->p, SK_KIND_RANKING, c->rank2, "year", I (2025));
  set_rank (c, "=620");
  old = add (c->p, SK_KIND_RANKING, "institution_id", I (c->fo2), "publisher", S ("qs"), "scope", S ("overall"),
             "year", I (2020), "rank_text", S ("300"), NULL);
  check_only (c, "ranking", WARNING, SK_KIND_INSTITUTION, c->fo2);
  assert_message_in (c, NULL, "en", "ranking", SK_KIND_INSTITUTION, c->fo2,
                     "“Second University” is not in the TOP-500 in the latest edition of “QS World University Rankings” (2025, rank =620)",
                     "the edition of 2020, which placed it at 300, only informs", NULL);
  assert_message_in (c, NULL, "ru", "ranking", SK_KIND_INSTITUTION, c->fo2,
                     "не входит в ТОП-500", "(2025 год, позиция =620)", "издание 2020 года", "позиция 300", NULL);

  /* The other way round: 2020 =620, 2025 300: the partner is in. */
  set (c->p, SK_KIND_RANKING, old, "rank_text", S ("=620"));
  set_rank (c, "300");
  check_clean (c);

  /* Subjects are tables of their own: the latest Chemistry edition decides
   * for Chemistry, whatever the overall table says. */
  set (c->p, SK_KIND_RANKING, old, "scope", S ("subject"));
  set (c->p, SK_KIND_RANKING, old, "subject", S ("Chemistry"));
  set (c->p, SK_KIND_RANKING, old, "rank_text", S ("250"));
  set (c->p, SK_KIND_RANKING, old, "year", I (2024));
  set_rank (c, "=620");
  check_clean (c);
  add (c->p, SK_KIND_RANKING, "institution_id", I (c->fo2), "publisher", S ("qs"), "scope", S ("subject"),
       "subject", S ("chemistry "), "year", I (2025), "rank_text", S ("501-550"), NULL);
  check_only (c, "ranking", WARNING, SK_KIND_INSTITUTION, c->fo2);
  assert_message_in (c, NULL, "en", "ranking", SK_KIND_INSTITUTION, c->fo2,
                     "latest edition of “QS World University Rankings” by subject “chemistry” (2025, rank 501-550)",
                     "the edition of 2024, which placed it at 250", NULL);
  assert_message_in (c, NULL, "kk", "ranking", SK_KIND_INSTITUTION, c->fo2,
                     "«QS World University Rankings» рейтингінің «chemistry» пәні бойынша соңғы басылымына сәйкес (2025 жыл, орны: 501-550) «Second University» ТОП-500 қатарына кірмейді",
                     "2024 жылғы басылым (орны: 250)", NULL);
}

/* An older edition in the TOP is no longer enough, even fresh. */
static void
test_ranking_latest_edition_not_stale (void)
{
  g_autoptr (Clean) c = clean_new ();

  /* Before, a 2020 entry of 300 next to a 2025 one of =620 gave only the
   * "stale" warning; now the 2025 edition decides. */
  set (c->p, SK_KIND_RANKING, c->rank2, "year", I (2020));
  set_rank (c, "300");
  check_only (c, "ranking-stale", WARNING, SK_KIND_INSTITUTION, c->fo2);
  add (c->p, SK_KIND_RANKING, "institution_id", I (c->fo2), "publisher", S ("qs"), "scope", S ("overall"),
       "year", I (2025), "rank_text", S ("=620"), NULL);
  check_only (c, "ranking", WARNING, SK_KIND_INSTITUTION, c->fo2);
}

/* 2. The TOP-500 is a recommendation: a warning by default; the rule set
 * can make it an error and add publishers. */
static void
test_ranking_recommendation (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autoptr (SkRuleSet) strict = rules_with ("ranking", "error", NULL);
  g_autoptr (SkRuleSet) other = rules_with ("Publishers", "qs;the;arwu;other", NULL);
  g_autoptr (SkRuleSet) def = sk_rule_set_new_default ();

  g_assert_cmpint (sk_rule_set_severity (def, "ranking"), ==, SK_SEVERITY_WARNING);
  del (c->p, SK_KIND_RANKING, c->rank2);
  check_only (c, "ranking", WARNING, SK_KIND_INSTITUTION, c->fo2);
  assert_message_in (c, NULL, "en", "ranking", SK_KIND_INSTITUTION, c->fo2,
                     "“Second University” has no ranking entry; it is recommended that a foreign partner be in the TOP-500", NULL);
  assert_message_in (c, NULL, "ru", "ranking", SK_KIND_INSTITUTION, c->fo2,
                     "рекомендуется, чтобы зарубежный партнер входил в ТОП-500", NULL);
  {
    g_autoptr (GPtrArray) f = run_with (c, strict);
    assert_only (f, "ranking", ERROR, SK_KIND_INSTITUTION, c->fo2);
  }
  /* A ranking beyond the three named "for example", when the rule set
   * accepts it. */
  add (c->p, SK_KIND_RANKING, "institution_id", I (c->fo2), "publisher", S ("other"), "scope", S ("overall"),
       "year", I (YEAR), "rank_text", S ("120"), "source_note_en", S ("U.S. News Best Global Universities"), NULL);
  check_only (c, "ranking", WARNING, SK_KIND_INSTITUTION, c->fo2);
  {
    g_autoptr (GPtrArray) f = run_with (c, other);
    assert_clean (f);
  }
}

/* 3. One institution counts once: the same name and country. */
static void
test_duplicate_institution_name (void)
{
  g_autoptr (Clean) c = clean_new ();
  gint64 dup;

  /* The same name in another country is another institution. */
  dup = add (c->p, SK_KIND_INSTITUTION, "name_en", S ("Lead University"), "country", S ("Canada"),
             "role", S ("other"), NULL);
  check_clean (c);
  /* Case, spaces and punctuation do not make a name another one. */
  set (c->p, SK_KIND_INSTITUTION, dup, "name_en", S ("LEAD  university."));
  set (c->p, SK_KIND_INSTITUTION, dup, "country", S ("united kingdom"));
  check_only (c, "duplicate-institution", ERROR, SK_KIND_INSTITUTION, dup);
  assert_message_in (c, NULL, "en", "duplicate-institution", SK_KIND_INSTITUTION, dup,
                     "“LEAD  university.” is recorded twice, with the same name and country", NULL);
  assert_message_in (c, NULL, "ru", "duplicate-institution", SK_KIND_INSTITUTION, dup,
                     "Организация «LEAD  university.» указана дважды", NULL);
  /* Names compare across the languages: the English name given in the
   * Russian field is the same name. */
  set (c->p, SK_KIND_INSTITUTION, dup, "name_en", NULL);
  set (c->p, SK_KIND_INSTITUTION, dup, "name_ru", S ("Lead University"));
  check_only (c, "duplicate-institution", ERROR, SK_KIND_INSTITUTION, dup);
}

/* ... or the same BIN. */
static void
test_duplicate_institution_bin (void)
{
  g_autoptr (Clean) c = clean_new ();
  gint64 other;

  set (c->p, SK_KIND_INSTITUTION, c->kz, "bin", S ("940140000385"));
  other = add (c->p, SK_KIND_INSTITUTION, "name_en", S ("KazNU"), "country", S ("KZ"), "role", S ("enterprise"),
               "bin", S ("990140004654"), NULL);
  check_clean (c);
  set (c->p, SK_KIND_INSTITUTION, other, "bin", S ("9401 4000 0385"));
  check_only (c, "duplicate-institution", ERROR, SK_KIND_INSTITUTION, other);
  assert_message_in (c, NULL, "en", "duplicate-institution", SK_KIND_INSTITUTION, other,
                     "“KazNU” has the same BIN 9401 4000 0385 as “Kazakh National University”", NULL);
  assert_message_in (c, NULL, "kk", "duplicate-institution", SK_KIND_INSTITUTION, other,
                     "«KazNU» мен «Kazakh National University» үшін бірдей БСН көрсетілген (9401 4000 0385)", NULL);
}

/* ... and a consortium counts distinct foreign OHPE. */
static void
test_duplicate_institution_consortium (void)
{
  g_autoptr (Clean) c = clean_new ();

  set (c->p, SK_KIND_INSTITUTION, c->fo2, "name_en", S ("Lead University"));
  set (c->p, SK_KIND_INSTITUTION, c->fo2, "country", S ("United Kingdom"));
  check_findings (c,
                  { "duplicate-institution", ERROR, SK_KIND_INSTITUTION, c->fo2 },
                  { "model-requirements", ERROR, SK_KIND_PROPOSAL, 1 });
  assert_message_in (c, NULL, "en", "model-requirements", SK_KIND_PROPOSAL, 1,
                     "at least two different foreign OHPE; the foreign OHPE listed are only 1 institution", NULL);
  assert_message_in (c, NULL, "ru", "model-requirements", SK_KIND_PROPOSAL, 1,
                     "это всего 1 организация", NULL);
  /* Another country: two institutions again. */
  set (c->p, SK_KIND_INSTITUTION, c->fo2, "country", S ("Germany"));
  check_clean (c);
}

/* 4. A dual degree programme is run with a foreign partner of the
 * proposal. */
static void
test_programme_partner (void)
{
  g_autoptr (Clean) c = clean_new ();
  gint64 enterprise = add (c->p, SK_KIND_INSTITUTION, "name_en", S ("Steel Works JSC"), "country", S ("KZ"),
                           "role", S ("enterprise"), NULL);
  gint64 prog = c->prog[0];

  /* Either foreign OHPE will do. */
  set (c->p, SK_KIND_PROGRAMME, prog, "partner_id", I (c->fo2));
  check_clean (c);

  set (c->p, SK_KIND_PROGRAMME, prog, "partner_id", NULL);
  check_only (c, "programme-partner", ERROR, SK_KIND_PROGRAMME, prog);
  assert_message_in (c, NULL, "en", "programme-partner", SK_KIND_PROGRAMME, prog,
                     "Programme “Programme 1” names no foreign partner", NULL);
  assert_message_in (c, NULL, "ru", "programme-partner", SK_KIND_PROGRAMME, prog,
                     "Для программы «Programme 1» не указан зарубежный партнер", NULL);

  set (c->p, SK_KIND_PROGRAMME, prog, "partner_id", I (c->kz));
  check_only (c, "programme-partner", ERROR, SK_KIND_PROGRAMME, prog);
  assert_message_in (c, NULL, "en", "programme-partner", SK_KIND_PROGRAMME, prog,
                     "names the applicant, “Kazakh National University”, as its partner", NULL);
  assert_message_in (c, NULL, "kk", "programme-partner", SK_KIND_PROGRAMME, prog,
                     "өтініш берушінің өзі — «Kazakh National University» көрсетілген", NULL);

  set (c->p, SK_KIND_PROGRAMME, prog, "partner_id", I (enterprise));
  check_only (c, "programme-partner", ERROR, SK_KIND_PROGRAMME, prog);
  assert_message_in (c, NULL, "en", "programme-partner", SK_KIND_PROGRAMME, prog,
                     "is run with “Steel Works JSC”, which is not a foreign OHPE (its role: Enterprise or organisation)", NULL);
  assert_message_in (c, NULL, "ru", "programme-partner", SK_KIND_PROGRAMME, prog,
                     "указана организация «Steel Works JSC», не являющаяся зарубежной ОВПО", NULL);
}

/* 5. The agreements with the partners, and the MSHE's, cover the term. */
static void
test_agreements_term (void)
{
  g_autoptr (Clean) c = clean_new ();
  gint64 memo;

  /* Valid to the last day of the term; a memorandum with an enterprise
   * need not cover it. */
  set (c->p, SK_KIND_AGREEMENT, c->agreement, "valid_until", S (TERM_END));
  memo = add (c->p, SK_KIND_INSTITUTION, "name_en", S ("Steel Works JSC"), "role", S ("enterprise"), NULL);
  add (c->p, SK_KIND_AGREEMENT, "kind", S ("memorandum"), "partner_id", I (memo), "signed_date", S ("2026-02-01"),
       "valid_until", S ("2027-12-31"), NULL);
  check_clean (c);

  set (c->p, SK_KIND_AGREEMENT, c->agreement, "valid_until", S ("2030-08-31"));
  check_only (c, "agreements-term", WARNING, SK_KIND_AGREEMENT, c->agreement);
  assert_message_in (c, NULL, "en", "agreements-term", SK_KIND_AGREEMENT, c->agreement,
                     "The agreement “CA-1” is valid until 31 August 2030, but the partnership runs until 31 August 2031", NULL);
  assert_message_in (c, NULL, "ru", "agreements-term", SK_KIND_AGREEMENT, c->agreement,
                     "Соглашение «CA-1» действует до 31 августа 2030" SK_NBSP "г., а партнерство — до 31 августа 2031" SK_NBSP "г.", NULL);

  /* Signed after the term starts. */
  set (c->p, SK_KIND_AGREEMENT, c->agreement, "valid_until", NULL);
  set (c->p, SK_KIND_AGREEMENT, c->agreement, "title_en", S ("Consortium agreement"));
  set (c->p, SK_KIND_AGREEMENT, c->agreement, "signed_date", S ("2025-10-01"));
  check_only (c, "agreements-term", WARNING, SK_KIND_AGREEMENT, c->agreement);
  assert_message_in (c, NULL, "en", "agreements-term", SK_KIND_AGREEMENT, c->agreement,
                     "The agreement “Consortium agreement” is signed on 1 October 2025, after the partnership starts on 1 September 2025", NULL);
  assert_message_in (c, NULL, "kk", "agreements-term", SK_KIND_AGREEMENT, c->agreement,
                     "қол қойылған күн — 2025 жылғы 1 қазан, яғни әріптестік басталғаннан кейін (2025 жылғы 1 қыркүйек)", NULL);
  set (c->p, SK_KIND_AGREEMENT, c->agreement, "signed_date", S (TERM_START));
  check_clean (c);

  /* The MSHE's agreement, dated after the start. */
  set_info (c->p, "mshe_agreement_date", S ("2025-09-02"));
  check_only (c, "agreements-term", WARNING, SK_KIND_PROPOSAL, 1);
  assert_message_in (c, NULL, "en", "agreements-term", SK_KIND_PROPOSAL, 1,
                     "The agreement of the Ministry of Science and Higher Education is dated 2 September 2025, after the partnership starts on 1 September 2025", NULL);
  assert_message_in (c, NULL, "ru", "agreements-term", SK_KIND_PROPOSAL, 1,
                     "датировано 2 сентября 2025" SK_NBSP "г., то есть после начала партнерства (1 сентября 2025" SK_NBSP "г.)", NULL);
}

/* 6. Figures exact enough to be true: 100.01 % is not "100 %". */
static void
test_joint_venture_shares_figure (void)
{
  g_autoptr (Clean) c = clean_new ();
  gint64 jv, share;

  set_info (c->p, "model", S ("joint_venture"));
  jv = add (c->p, SK_KIND_JOINT_VENTURE, "name_en", S ("Joint venture LLP"), "aifc_participant", B (TRUE), NULL);
  add (c->p, SK_KIND_SHAREHOLDER, "joint_venture_id", I (jv), "institution_id", I (c->kz), "share_bp", I (6000), NULL);
  share = add (c->p, SK_KIND_SHAREHOLDER, "joint_venture_id", I (jv), "institution_id", I (c->fo1),
               "share_bp", I (4000), NULL);
  check_clean (c);
  set (c->p, SK_KIND_SHAREHOLDER, share, "share_bp", I (4001));
  check_only (c, "model-requirements", ERROR, SK_KIND_JOINT_VENTURE, jv);
  assert_message_in (c, NULL, "en", "model-requirements", SK_KIND_JOINT_VENTURE, jv,
                     "add up to 100.01%, not 100%", NULL);
  assert_message_in (c, NULL, "ru", "model-requirements", SK_KIND_JOINT_VENTURE, jv,
                     "в сумме составляют 100,01" SK_NBSP "%, а не 100" SK_NBSP "%", NULL);
  set (c->p, SK_KIND_SHAREHOLDER, share, "share_bp", I (3999));
  assert_message_in (c, NULL, "en", "model-requirements", SK_KIND_JOINT_VENTURE, jv,
                     "add up to 99.99%, not 100%", NULL);
  set (c->p, SK_KIND_SHAREHOLDER, share, "share_bp", I (3990));
  assert_message_in (c, NULL, "en", "model-requirements", SK_KIND_JOINT_VENTURE, jv,
                     "add up to 99.9%, not 100%", NULL);
}

/* ... and foreign staff who are listed but teach no hours are not "not
 * listed". */
static void
test_foreign_staff_listed_without_hours (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autoptr (SkRuleSet) fte = rules_with ("Basis", "fte", NULL);

  sk_proposal_begin_group (c->p, "No foreign hours");
  for (guint i = F1; i < F1 + N_FO; i++)
    {
      set_hours (c, i, 0, 0);
      set_hours (c, i, 1, 0);
    }
  g_assert_true (sk_proposal_end_group (c->p, NULL));
  {
    g_autoptr (GPtrArray) f = run (c);
    const char *m = message_at (f, "foreign-staff", SK_KIND_PROPOSAL, 1);
    g_assert_cmpint (sk_finding_get_severity (f->pdata[0]), ==, SK_SEVERITY_ERROR);
    g_assert_nonnull (strstr (m, "3 lecturers of the foreign side are listed, but with no teaching hours, so the foreign share of the teaching hours is 0 %"));
    g_assert_null (strstr (m, "No teaching staff of the foreign side are listed"));
  }
  assert_message_in (c, NULL, "ru", "foreign-staff", SK_KIND_PROPOSAL, 1,
                     "Указаны 3 преподавателя зарубежной стороны, но без учебных часов", NULL);
  /* On the FTE the same lecturers count. */
  {
    g_autoptr (GPtrArray) f = run_with (c, fte);
    g_assert_null (message_of (f, "foreign-staff"));
  }
  /* With no FTE either, on the FTE basis. */
  for (guint i = F1; i < F1 + N_FO; i++)
    set (c->p, SK_KIND_STAFF, c->staff[i], "fte_milli", I (0));
  assert_message_in (c, fte, "en", "foreign-staff", SK_KIND_PROPOSAL, 1,
                     "3 lecturers of the foreign side are listed, but with no full-time equivalent", NULL);
  assert_message_in (c, fte, "kk", "foreign-staff", SK_KIND_PROPOSAL, 1,
                     "Шетелдік тараптың 3 оқытушысы көрсетілген, бірақ штаттық бірлік бөлінбеген", NULL);
  /* Nobody foreign at all: "not listed" is true. */
  for (guint i = F1; i < F1 + N_FO; i++)
    del (c->p, SK_KIND_STAFF, c->staff[i]);
  assert_message_in (c, NULL, "en", "foreign-staff", SK_KIND_PROPOSAL, 1,
                     "No teaching staff of the foreign side are listed", NULL);
}

/* Is @n in @s as a number of its own (not part of a longer one)? */
static gboolean
has_number (const char *s, guint n)
{
  g_autofree char *digits = g_strdup_printf ("%u", n);
  size_t len = strlen (digits);

  for (const char *p = strstr (s, digits); p; p = strstr (p + 1, digits))
    if ((p == s || !g_ascii_isdigit (p[-1])) && !g_ascii_isdigit (p[len]))
      return TRUE;
  return FALSE;
}

/* 7. The international cooperation service counts people by citizenship,
 * not by the side of their employer. */
static void
test_cooperation_service_citizenship (void)
{
  g_autoptr (Clean) c = clean_new ();

  /* 3 foreign lecturers (no citizenship recorded: the side tells), 7
   * incoming students: 10 foreigners; 10 sent abroad. */
  add_mobility (c, "incoming", 7);
  add_mobility (c, "outgoing", 10);
  {
    g_autoptr (GPtrArray) f = run (c);
    assert_only (f, "cooperation-service", NOTE, SK_KIND_PROPOSAL, 1);
    assert_message_contains (f, "cooperation-service", "foreigners — 10,");
    assert_message_contains (f, "cooperation-service", "is to have a service");
  }
  /* A lecturer of the foreign side who is a Kazakhstani citizen is not a
   * foreigner: 9. */
  set (c->p, SK_KIND_STAFF, c->staff[F1], "citizenship", S ("Kazakhstan"));
  {
    g_autoptr (GPtrArray) f = run (c);
    g_autoptr (GPtrArray) fr = run_in (c, NULL, "ru");
    assert_only (f, "cooperation-service", NOTE, SK_KIND_PROPOSAL, 1);
    assert_message_contains (f, "cooperation-service", "foreigners — 9, citizens sent abroad — 10");
    assert_message_contains (f, "cooperation-service", "a person responsible for international cooperation is to be appointed");
    g_assert_true (has_number (message_of (fr, "cooperation-service"), 9));
    g_assert_false (has_number (message_of (fr, "cooperation-service"), 11));
    g_assert_nonnull (strstr (message_of (fr, "cooperation-service"), "служба международного сотрудничества не требуется"));
  }
  /* A lecturer of the Kazakhstani side who is a foreign citizen is: 10. */
  set (c->p, SK_KIND_STAFF, c->staff[K1], "citizenship", S ("RU"));
  {
    g_autoptr (GPtrArray) f = run (c);
    g_autoptr (GPtrArray) fk = run_in (c, NULL, "kk");
    assert_message_contains (f, "cooperation-service", "foreigners — 10, citizens sent abroad — 10");
    assert_message_contains (f, "cooperation-service", "is to have a service");
    g_assert_true (has_number (message_of (fk, "cooperation-service"), 10));
    g_assert_nonnull (strstr (message_of (fk, "cooperation-service"), "халықаралық ынтымақтастық қызметі"));
  }
  /* "KZ", "Казахстан", "Қазақстан" all name Kazakhstan. */
  set (c->p, SK_KIND_STAFF, c->staff[K1], "citizenship", S ("Казахстан"));
  set (c->p, SK_KIND_STAFF, c->staff[F1 + 1], "citizenship", S (" kz "));
  set (c->p, SK_KIND_STAFF, c->staff[F1 + 2], "citizenship", S ("Қазақстан"));
  {
    g_autoptr (GPtrArray) f = run (c);
    assert_message_contains (f, "cooperation-service", "foreigners — 7,");
  }
}

/* 8. The staffing-ratio finding explains itself: the limits, the three
 * shares and, with staff of two sides only, what the limits leave. */
static void
test_staff_ratio_explained_two_sides (void)
{
  g_autoptr (Clean) c = clean_new ();

  /* Programme 1 with no third party: 700 / 300 hours is exactly 70/30 ... */
  set_hours (c, K1, 0, 200);
  set_hours (c, O1, 0, 0);
  check_clean (c);
  /* ... one Kazakhstani hour more is not, and no split but 70/30 is. */
  set_hours (c, K1, 0, 201);
  check_only (c, "staff-ratio", WARNING, SK_KIND_PROGRAMME, c->prog[0]);
  assert_message_in (c, NULL, "en", "staff-ratio", SK_KIND_PROGRAMME, c->prog[0],
                     "Programme “Programme 1”: the Kazakhstani share of its teaching staff is above the recommended limit.",
                     "Shares (basis: teaching hours): Kazakhstani — 70.03%, foreign — 29.97%, other organisations — 0%; recommended: Kazakhstani up to 70%, foreign up to 30%.",
                     "With staff of these two sides only, the limits leave exactly one split, 70/30; staff of other organisations (leading universities, employers) make room.",
                     NULL);
  assert_message_in (c, NULL, "ru", "staff-ratio", SK_KIND_PROGRAMME, c->prog[0],
                     "Программа «Programme 1»: доля казахстанского ППС превышает рекомендуемое предельное значение.",
                     "казахстанская сторона — 70,03" SK_NBSP "%, зарубежная сторона — 29,97" SK_NBSP "%, другие организации — 0" SK_NBSP "%",
                     "не более 70" SK_NBSP "%", "не более 30" SK_NBSP "%", "ровно одно соотношение — 70/30", NULL);
  assert_message_in (c, NULL, "kk", "staff-ratio", SK_KIND_PROGRAMME, c->prog[0],
                     "қазақстандық тарап — 70,03" SK_NBSP "%", "шетелдік тарап — 29,97" SK_NBSP "%", "басқа ұйымдар — 0" SK_NBSP "%",
                     "бір ғана арақатынасқа мүмкіндік береді — 70/30", NULL);

  /* One hour of a third party makes room: no word about one split, and
   * its share is not shown as 0 %. 710 / 300 / 1 hours. */
  set_hours (c, K1, 0, 210);
  set_hours (c, O1, 0, 1);
  {
    g_autoptr (GPtrArray) f = run (c);
    const char *m;
    assert_only (f, "staff-ratio", WARNING, SK_KIND_PROGRAMME, c->prog[0]);
    m = message_at (f, "staff-ratio", SK_KIND_PROGRAMME, c->prog[0]);
    g_assert_nonnull (strstr (m, "Kazakhstani — 70.2%, foreign — 29.7%, other organisations — 0.1%;"));
    g_assert_null (strstr (m, "split"));
  }
}

static void
test_staff_ratio_explained_three_sides (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autoptr (SkRuleSet) headcount = rules_with ("Basis", "headcount", NULL);

  /* With a third party there is room: no word about one split. By
   * headcount overall: 6 / 4 / 1 people. */
  add_staff (c->p, "Visiting foreign professor", "foreign", 1000);
  {
    g_autoptr (GPtrArray) f = run_with (c, headcount);
    const char *m;
    assert_only (f, "staff-ratio", WARNING, SK_KIND_PROPOSAL, 1);
    m = message_at (f, "staff-ratio", SK_KIND_PROPOSAL, 1);
    g_assert_nonnull (strstr (m, "The foreign share of the teaching staff is above the recommended limit. "
                                 "Shares (basis: headcount): Kazakhstani — 54.5%, foreign — 36.4%, "
                                 "other organisations — 9.1%; recommended: Kazakhstani up to 70%, foreign up to 30%."));
    g_assert_null (strstr (m, "split"));
  }
  assert_message_in (c, headcount, "ru", "staff-ratio", SK_KIND_PROPOSAL, 1,
                     "Доля зарубежного ППС превышает рекомендуемое предельное значение.",
                     "основа расчета: общая численность", "зарубежная сторона — 36,4" SK_NBSP "%", "другие организации — 9,1" SK_NBSP "%", NULL);
}

/* Caps that add up to less than 100 %: with two sides no split complies,
 * and the finding says how much others are to make. */
static void
test_staff_ratio_explained_no_split (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autoptr (SkRuleSet) rules = rules_with ("KazakhMaximum", "60", NULL);

  {
    g_autoptr (GPtrArray) f = run_with (c, rules);
    assert_clean (f);
  }
  /* Programme 1: 600 / 200 hours, no third party; overall 1200 / 500 /
   * 100. */
  set_hours (c, O1, 0, 0);
  set_hours (c, F1, 0, 0);
  {
    g_autoptr (GPtrArray) f = run_with (c, rules);
    assert_findings (f,
                     { "staff-ratio", WARNING, SK_KIND_PROGRAMME, c->prog[0] },
                     { "staff-ratio", WARNING, SK_KIND_PROPOSAL, 1 });
    g_assert_null (strstr (message_at (f, "staff-ratio", SK_KIND_PROPOSAL, 1), "split"));
  }
  assert_message_in (c, rules, "en", "staff-ratio", SK_KIND_PROGRAMME, c->prog[0],
                     "Kazakhstani — 75%, foreign — 25%, other organisations — 0%; recommended: Kazakhstani up to 60%, foreign up to 30%.",
                     "With staff of these two sides only, no split keeps both limits; staff of other organisations (leading universities, employers) are to make at least 10%.",
                     NULL);
  assert_message_in (c, rules, "en", "staff-ratio", SK_KIND_PROPOSAL, 1,
                     "Kazakhstani — 66.7%, foreign — 27.8%, other organisations — 5.6%", NULL);
  assert_message_in (c, rules, "ru", "staff-ratio", SK_KIND_PROGRAMME, c->prog[0],
                     "ни одно соотношение не удовлетворяет обоим предельным значениям",
                     "должно приходиться не менее 10" SK_NBSP "%", NULL);
}

/* A minimum foreign share: the finding gives the minimum and the shares. */
static void
test_staff_ratio_explained_minimum (void)
{
  g_autoptr (Clean) c = clean_new ();
  g_autoptr (SkRuleSet) rules = rules_with ("ForeignMaximum", "40", "ForeignMinimum", "35", NULL);

  assert_message_in (c, rules, "en", "staff-ratio", SK_KIND_PROPOSAL, 1,
                     "The foreign share of the teaching staff is below the required minimum. Shares (basis: teaching hours): "
                     "Kazakhstani — 60%, foreign — 30%, other organisations — 10%; required: foreign at least 35%.",
                     NULL);
  assert_message_in (c, rules, "kk", "staff-ratio", SK_KIND_PROGRAMME, c->prog[0],
                     "«Programme 1» бағдарламасы: шетелдік ПОҚ үлесі талап етілетін ең төменгі мәннен төмен.",
                     "шетелдік тарап — кемінде 35" SK_NBSP "%", NULL);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sk/check/clean", test_clean);
  g_test_add_func ("/sk/check/clean-branch-model", test_clean_branch_model);
  g_test_add_func ("/sk/check/check-ids", test_check_ids);
  g_test_add_func ("/sk/check/content-language", test_content_language);
  g_test_add_func ("/sk/check/empty-proposal", test_empty_proposal);

  g_test_add_func ("/sk/check/term/exactly-five-years", test_term_exactly_five_years);
  g_test_add_func ("/sk/check/term/one-day-short", test_term_one_day_short);
  g_test_add_func ("/sk/check/term/five-years-and-a-day", test_term_five_years_and_a_day);
  g_test_add_func ("/sk/check/term/missing", test_term_missing);
  g_test_add_func ("/sk/check/term/reversed", test_term_reversed);

  g_test_add_func ("/sk/check/ranking/missing", test_ranking_missing);
  g_test_add_func ("/sk/check/ranking/band-401-500", test_ranking_band_401_500);
  g_test_add_func ("/sk/check/ranking/band-straddles", test_ranking_band_straddles);
  g_test_add_func ("/sk/check/ranking/band-501-510", test_ranking_band_501_510);
  g_test_add_func ("/sk/check/ranking/publisher", test_ranking_publisher);
  g_test_add_func ("/sk/check/ranking/subject", test_ranking_subject);
  g_test_add_func ("/sk/check/ranking/stale", test_ranking_stale);
  g_test_add_func ("/sk/check/ranking/stale-and-fresh", test_ranking_stale_and_fresh);
  g_test_add_func ("/sk/check/ranking/unreadable", test_ranking_unreadable);
  g_test_add_func ("/sk/check/ranking/unreadable-only-entry", test_ranking_unreadable_only_entry);

  g_test_add_func ("/sk/check/staff-ratio/hours-exact", test_staff_ratio_hours_exact);
  g_test_add_func ("/sk/check/staff-ratio/hours-overall-exact", test_staff_ratio_hours_overall_exact);
  g_test_add_func ("/sk/check/staff-ratio/message-figure", test_staff_ratio_message_figure);
  g_test_add_func ("/sk/check/staff-ratio/headcount", test_staff_ratio_headcount);
  g_test_add_func ("/sk/check/staff-ratio/fte", test_staff_ratio_fte);
  g_test_add_func ("/sk/check/staff-ratio/unassigned", test_staff_ratio_unassigned);
  g_test_add_func ("/sk/check/staff-ratio/programme-without-staff", test_staff_ratio_programme_without_staff);
  g_test_add_func ("/sk/check/staff-ratio/zero-staff", test_staff_ratio_zero_staff);
  g_test_add_func ("/sk/check/staff-ratio/foreign-minimum", test_staff_ratio_foreign_minimum);

  g_test_add_func ("/sk/check/foreign-staff", test_foreign_staff);
  g_test_add_func ("/sk/check/foreign-staff/no-hours", test_foreign_staff_no_hours);
  g_test_add_func ("/sk/check/staff-qualification", test_staff_qualification);
  g_test_add_func ("/sk/check/parity/unequal", test_parity);
  g_test_add_func ("/sk/check/parity/no-board", test_parity_no_board);
  g_test_add_func ("/sk/check/professional-development", test_professional_development);

  g_test_add_func ("/sk/check/programme-kz/language", test_programme_kz);
  g_test_add_func ("/sk/check/programme-kz/history", test_programme_history);
  g_test_add_func ("/sk/check/programme-accreditation", test_programme_accreditation);
  g_test_add_func ("/sk/check/programme-diplomas", test_programme_diplomas);

  g_test_add_func ("/sk/check/model-requirements/branch", test_model_branch);
  g_test_add_func ("/sk/check/model-requirements/consortium-branch", test_model_consortium_branch);
  g_test_add_func ("/sk/check/model-requirements/consortium-two-foreign", test_model_consortium_two_foreign);
  g_test_add_func ("/sk/check/model-requirements/consortium-lead", test_model_consortium_lead);
  g_test_add_func ("/sk/check/model-requirements/joint-programmes", test_model_joint_programmes);
  g_test_add_func ("/sk/check/model-requirements/certification-centre", test_model_certification_centre);
  g_test_add_func ("/sk/check/model-requirements/franchise", test_model_franchise);
  g_test_add_func ("/sk/check/model-requirements/joint-venture", test_model_joint_venture);
  g_test_add_func ("/sk/check/model-requirements/no-kazakh-ohpe", test_model_no_kazakh_ohpe);
  g_test_add_func ("/sk/check/model-requirements/unset", test_model_unset);

  g_test_add_func ("/sk/check/agreements", test_agreements);
  g_test_add_func ("/sk/check/ministry-agreement", test_ministry_agreement);
  g_test_add_func ("/sk/check/mia-approval", test_mia_approval);

  g_test_add_func ("/sk/check/branch-bin/wrong-check-digit", test_branch_bin_wrong_check_digit);
  g_test_add_func ("/sk/check/branch-bin/malformed", test_branch_bin_malformed);
  g_test_add_func ("/sk/check/branch-bin/second-weighting", test_branch_bin_second_weighting);
  g_test_add_func ("/sk/check/branch-registration/unit", test_branch_registration_unit);
  g_test_add_func ("/sk/check/branch-registration/no-bin", test_branch_registration_no_bin);
  g_test_add_func ("/sk/check/branch-registration/date", test_branch_registration_date);
  g_test_add_func ("/sk/check/branch-licence", test_branch_licence);

  g_test_add_func ("/sk/check/committees/missing", test_committees_missing);
  g_test_add_func ("/sk/check/committees/one-side", test_committees_one_side);
  g_test_add_func ("/sk/check/quality-assurance", test_quality_assurance);
  g_test_add_func ("/sk/check/indicators/year-missing", test_indicators_year_missing);
  g_test_add_func ("/sk/check/indicators/none", test_indicators_none);
  g_test_add_func ("/sk/check/indicators/without-targets", test_indicators_second_without_targets);
  g_test_add_func ("/sk/check/financing/year-missing", test_financing);
  g_test_add_func ("/sk/check/financing/zero-amount", test_financing_zero_amount);

  g_test_add_func ("/sk/check/research", test_research);
  g_test_add_func ("/sk/check/third-mission", test_third_mission);
  g_test_add_func ("/sk/check/cooperation-service/service", test_cooperation_service);
  g_test_add_func ("/sk/check/cooperation-service/responsible-person", test_cooperation_service_responsible_person);

  g_test_add_func ("/sk/check/rules/check-off", test_rules_check_off);
  g_test_add_func ("/sk/check/rules/severity", test_rules_severity);
  g_test_add_func ("/sk/check/rules/thresholds", test_rules_thresholds);

  g_test_add_func ("/sk/check/ranking/latest-edition", test_ranking_latest_edition);
  g_test_add_func ("/sk/check/ranking/latest-edition-not-stale", test_ranking_latest_edition_not_stale);
  g_test_add_func ("/sk/check/ranking/recommendation", test_ranking_recommendation);
  g_test_add_func ("/sk/check/duplicate-institution/name", test_duplicate_institution_name);
  g_test_add_func ("/sk/check/duplicate-institution/bin", test_duplicate_institution_bin);
  g_test_add_func ("/sk/check/duplicate-institution/consortium", test_duplicate_institution_consortium);
  g_test_add_func ("/sk/check/programme-partner", test_programme_partner);
  g_test_add_func ("/sk/check/agreements-term", test_agreements_term);
  g_test_add_func ("/sk/check/figures/joint-venture-shares", test_joint_venture_shares_figure);
  g_test_add_func ("/sk/check/figures/foreign-staff-without-hours", test_foreign_staff_listed_without_hours);
  g_test_add_func ("/sk/check/cooperation-service/citizenship", test_cooperation_service_citizenship);
  g_test_add_func ("/sk/check/staff-ratio/explained-two-sides", test_staff_ratio_explained_two_sides);
  g_test_add_func ("/sk/check/staff-ratio/explained-three-sides", test_staff_ratio_explained_three_sides);
  g_test_add_func ("/sk/check/staff-ratio/explained-no-split", test_staff_ratio_explained_no_split);
  g_test_add_func ("/sk/check/staff-ratio/explained-minimum", test_staff_ratio_explained_minimum);

  g_test_add_func ("/sk/staffing/compute", test_staffing_compute);
  g_test_add_func ("/sk/staffing/empty", test_staffing_empty);

  return g_test_run ();
}
