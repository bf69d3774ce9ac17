/* sk-check.c: findings and the check as a whole */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>

#include "sk-check-private.h"
#include "sk-iso.h"
#include "sk-format.h"
#include "sk-init.h"
#include "sk-summary.h"

struct _SkFinding
{
  GObject parent_instance;

  const char *check_id;
  SkSeverity severity;
  char *message;
  const char *reference;
  const char *kind;
  gint64 record_id;
  guint order; /* of the check, for sorting */
  GStrv suggestions;
};

G_DEFINE_FINAL_TYPE (SkFinding, sk_finding, G_TYPE_OBJECT)

static void
sk_finding_finalize (GObject *object)
{
  g_free (SK_FINDING (object)->message);
  g_strfreev (SK_FINDING (object)->suggestions);
  G_OBJECT_CLASS (sk_finding_parent_class)->finalize (object);
}

static void
sk_finding_class_init (SkFindingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_finding_finalize;
}

static void
sk_finding_init (SkFinding *self)
{
}

const char *sk_finding_get_check_id (SkFinding *self) { return self->check_id; }
SkSeverity sk_finding_get_severity (SkFinding *self) { return self->severity; }
const char *sk_finding_get_message (SkFinding *self) { return self->message; }
const char *sk_finding_get_kind (SkFinding *self) { return self->kind; }
gint64 sk_finding_get_record_id (SkFinding *self) { return self->record_id; }

const char * const *
sk_finding_get_suggestions (SkFinding *self)
{
  static const char * const none[] = { NULL };

  return self->suggestions ? (const char * const *) self->suggestions : none;
}

const char *
sk_finding_get_reference (SkFinding *self)
{
  return self->reference;
}

/* ---- references ---- */

static const struct {
  const char *id;
  const char *reference;
} references[] = {
  { "term", N_("Methodological Recommendations, item 2") },
  { "model-requirements", N_("Methodological Recommendations, ch. 2, item 5") },
  { "duplicate-institution", N_("Methodological Recommendations, ch. 2, item 5") },
  { "agreements", N_("Methodological Recommendations, item 2") },
  { "agreements-term", N_("Methodological Recommendations, item 2") },
  { "ministry-agreement", N_("Methodological Recommendations, item 2") },
  { "mia-approval", N_("Rules of activity of military and special educational institutions of the MIA, items 104, 106, 107") },
  { "ranking", N_("Methodological Recommendations, ch. 3, recommendation 1") },
  { "ranking-band", N_("Methodological Recommendations, ch. 3, recommendation 1") },
  { "ranking-stale", N_("Methodological Recommendations, ch. 3, recommendation 1") },
  { "ranking-unreadable", N_("Methodological Recommendations, ch. 3, recommendation 1") },
  { "foreign-staff", N_("Methodological Recommendations, item 2") },
  { "staff-ratio", N_("Methodological Recommendations, ch. 3, area 5") },
  { "staff-qualification", N_("Model Rules for the Activities of OHPE (order No. 595), item 15") },
  { "parity", N_("Methodological Recommendations, ch. 3, area 5") },
  { "professional-development", N_("Methodological Recommendations, ch. 3, area 5") },
  { "programme-diplomas", N_("Methodological Recommendations, ch. 2, item 5(3)") },
  { "programme-partner", N_("Methodological Recommendations, ch. 2, item 5(3)") },
  { "programme-kz", N_("Methodological Recommendations, ch. 3, recommendation 4") },
  { "programme-accreditation", N_("Methodological Recommendations, ch. 3, recommendation 4; Model Rules (order No. 595), item 31") },
  { "branch-bin", N_("Methodological Recommendations, ch. 3, area 4") },
  { "branch-registration", N_("Methodological Recommendations, ch. 3, area 4") },
  { "branch-licence", N_("Methodological Recommendations, ch. 3, area 7") },
  { "committees", N_("Methodological Recommendations, ch. 3, area 1") },
  { "quality-assurance", N_("Methodological Recommendations, ch. 3, area 1; Model Rules (order No. 595), item 34") },
  { "indicators", N_("Methodological Recommendations, ch. 3, recommendation 3") },
  { "financing", N_("Methodological Recommendations, ch. 3, area 6") },
  { "research", N_("Methodological Recommendations, ch. 3, area 2") },
  { "third-mission", N_("Methodological Recommendations, ch. 3, area 3") },
  { "cooperation-service", N_("Rules for organising international cooperation (order No. 661), items 4, 6") },
  { "content-language", N_("The proposal in Kazakh, Russian and English") },
  { "ranking-mismatch", N_("Methodological Recommendations, ch. 3, recommendation 1") },
  { "ranking-unverified", N_("Methodological Recommendations, ch. 3, recommendation 1") },
};

/* What each check is about, as a reader of the PDF and the application
 * sees it instead of the check's id. */
static const struct {
  const char *id;
  const char *title;
} titles[] = {
  { "term", NC_("check", "Term of the partnership") },
  { "ranking", NC_("check", "Ranking of the foreign partner") },
  { "ranking-band", NC_("check", "Ranking given as a band") },
  { "ranking-stale", NC_("check", "Outdated ranking") },
  { "ranking-unreadable", NC_("check", "Unreadable ranking position") },
  { "staff-ratio", NC_("check", "Ratio of the teaching staff") },
  { "foreign-staff", NC_("check", "Teaching staff of the foreign side") },
  { "parity", NC_("check", "Parity of the branch's management board") },
  { "programme-kz", NC_("check", "Kazakh language and History of Kazakhstan in the programme") },
  { "programme-accreditation", NC_("check", "Accreditation of the programme") },
  { "programme-diplomas", NC_("check", "Diplomas of the dual degree programme") },
  { "programme-partner", NC_("check", "Partner of the dual degree programme") },
  { "model-requirements", NC_("check", "Requirements of the cooperation model") },
  { "duplicate-institution", NC_("check", "Institution recorded twice") },
  { "agreements", NC_("check", "Agreements between the partners") },
  { "agreements-term", NC_("check", "Validity of the agreements") },
  { "branch-registration", NC_("check", "Registration of the branch") },
  { "branch-bin", NC_("check", "BIN of the branch") },
  { "branch-licence", NC_("check", "Licence of the branch") },
  { "committees", NC_("check", "Joint committees") },
  { "quality-assurance", NC_("check", "Quality assurance system") },
  { "indicators", NC_("check", "Target indicators") },
  { "financing", NC_("check", "Financing for every year") },
  { "ministry-agreement", NC_("check", "Agreement of the MSHE") },
  { "staff-qualification", NC_("check", "Qualification of the teaching staff") },
  { "professional-development", NC_("check", "Professional development") },
  { "mia-approval", NC_("check", "Agreement of the MIA") },
  { "cooperation-service", NC_("check", "Service of international cooperation") },
  { "research", NC_("check", "Joint research") },
  { "third-mission", NC_("check", "Third mission") },
  { "content-language", NC_("check", "Text missing in the document's language") },
  { "ranking-mismatch", NC_("check", "Ranking differs from the publisher's table") },
  { "ranking-unverified", NC_("check", "Ranking not verified") },
};

const char *
sk_check_title (const char *check_id, const char *lang)
{
  for (guint i = 0; check_id && i < G_N_ELEMENTS (titles); i++)
    if (g_str_equal (titles[i].id, check_id))
      return sk_trc (lang, "check", titles[i].title);
  return NULL;
}

static guint
check_order (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    if (g_str_equal (references[i].id, id))
      return i;
  g_assert_not_reached ();
}

const char *
sk_check_reference (const char *check_id, const char *lang)
{
  return sk_tr (lang, references[check_order (check_id)].reference);
}

/* ---- helpers for the checks ---- */

gboolean
sk_check_enabled (SkCheckContext *ctx, const char *check_id)
{
  return sk_rule_set_severity (ctx->rules, check_id) != SK_SEVERITY_OFF;
}

void
sk_check_add (SkCheckContext *ctx, const char *check_id, const char *kind,
              gint64 id, const char *format, ...)
{
  SkSeverity severity = sk_rule_set_severity (ctx->rules, check_id);
  SkFinding *f;
  va_list args;

  if (severity == SK_SEVERITY_OFF)
    return;
  f = g_object_new (SK_TYPE_FINDING, NULL);
  f->order = check_order (check_id);
  f->check_id = references[f->order].id;
  f->reference = sk_check_reference (check_id, ctx->msg_lang);
  f->severity = severity;
  f->kind = sk_schema_kind (kind)->name;
  f->record_id = id;
  va_start (args, format);
  f->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (ctx->findings, f);
}

void
sk_check_suggest (SkCheckContext *ctx, guint since, GStrv suggestions)
{
  for (guint i = since; i < ctx->findings->len; i++)
    {
      SkFinding *f = ctx->findings->pdata[i];
      g_strfreev (f->suggestions);
      f->suggestions = g_strdupv (suggestions);
    }
  g_strfreev (suggestions);
}

const char *
sk_check_enum_label (SkCheckContext *ctx, SkRecord *record, const char *field)
{
  const SkField *f = sk_kind_field (sk_record_get_kind (record), field);
  const SkEnumValue *v = f ? sk_field_enum_value (f, sk_record_get_string (record, field)) : NULL;

  return v ? TR (v->label) : "";
}

SkRecord *
sk_check_record_at (SkCheckContext *ctx, const char *kind, guint position)
{
  g_autoptr (SkRecord) r = g_list_model_get_item (sk_proposal_get_records (ctx->proposal, kind), position);
  return r; /* the list store holds a reference */
}

const char *
sk_check_name (SkCheckContext *ctx, SkRecord *record)
{
  return sk_record_display_name (record, ctx->lang);
}

char *
sk_check_years_text (GArray *years)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < years->len; i++)
    g_string_append_printf (s, "%s%d", i ? ", " : "", g_array_index (years, int, i));
  return g_string_free (s, FALSE);
}

char *
sk_check_share_text (double percent, int limit, const char *lang)
{
  /* As many decimals as it takes not to show a share beyond a limit as
   * the limit itself (70.03 % is not "70 %"), with the decimal mark and
   * percent sign of @lang. */
  for (int decimals = 1; decimals <= 4; decimals++)
    {
      double scale = pow (10, decimals);
      double rounded = round (percent * scale) / scale;
      if (fabs (rounded - limit) > 1e-9 || fabs (percent - limit) < 1e-9)
        {
          if (fabs (rounded - round (rounded)) < 1e-9)
            return sk_format_percent (rounded, 0, lang);
          return sk_format_percent (rounded, decimals, lang);
        }
    }
  return sk_format_percent (percent, 4, lang);
}

char *
sk_check_normalise (const char *s)
{
  g_autofree char *composed = NULL;
  g_autofree char *folded = NULL;
  GString *out;
  gboolean space = FALSE;

  if (s == NULL)
    return g_strdup ("");
  composed = g_utf8_normalize (s, -1, G_NORMALIZE_ALL_COMPOSE);
  if (composed == NULL)
    return g_strdup ("");
  folded = g_utf8_casefold (composed, -1);
  out = g_string_new (NULL);
  /* Letters and digits kept; every run of anything else is one space. */
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c) || g_unichar_ismark (c))
        {
          if (space && out->len)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
      else
        space = TRUE;
    }
  return g_string_free (out, FALSE);
}

gboolean
sk_check_is_kazakhstan (const char *country)
{
  static const char * const names[] = {
    "kz", "kaz", "kazakhstan", "republic of kazakhstan", "kazakhstani",
    "казахстан", "республика казахстан", "рк",
    "қазақстан", "қазақстан республикасы", "қр",
    NULL
  };
  g_autofree char *n = sk_check_normalise (country);

  return g_strv_contains (names, n) || g_strcmp0 (sk_iso_country_from_text (country), "KZ") == 0;
}

char *
sk_check_percent_text (double percent)
{
  double rounded = round (percent * 10) / 10;

  if (fabs (rounded - round (rounded)) < 1e-9)
    return g_strdup_printf ("%.0f", rounded);
  return g_strdup_printf ("%.1f", rounded);
}

/* The calendar years of the term, from the proposal's dates. */
static void
find_term_years (SkCheckContext *ctx)
{
  const char *start = sk_record_get_string (ctx->info, "term_start");
  const char *end = sk_record_get_string (ctx->info, "term_end");
  int y1, y2;

  if (start && end && sscanf (start, "%d", &y1) == 1 && sscanf (end, "%d", &y2) == 1 && y1 <= y2 &&
      y2 - y1 < 100)
    {
      ctx->term_first_year = y1;
      ctx->term_last_year = y2;
    }
}

static int
compare_findings (gconstpointer a, gconstpointer b)
{
  SkFinding *fa = *(SkFinding **) a;
  SkFinding *fb = *(SkFinding **) b;

  if (fa->severity != fb->severity)
    return fb->severity - fa->severity;
  return (int) fa->order - (int) fb->order;
}

GPtrArray *
sk_check (SkProposal *proposal, SkRuleSet *rules, const SkCheckOptions *options)
{
  SkCheckContext ctx = { 0 };
  g_autoptr (SkStaffing) staffing = NULL;

  g_return_val_if_fail (SK_IS_PROPOSAL (proposal), NULL);
  g_return_val_if_fail (SK_IS_RULE_SET (rules), NULL);

  staffing = sk_staffing_compute (proposal);
  ctx.proposal = proposal;
  ctx.rules = rules;
  ctx.lang = options && options->language ? options->language : sk_get_content_language ();
  ctx.msg_lang = options && options->messages_language ? options->messages_language : NULL;
  ctx.export_lang = options && options->export_language ? options->export_language : NULL;
  ctx.year = options && options->year ? options->year : 0;
  if (ctx.year == 0)
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();
      ctx.year = g_date_time_get_year (now);
    }
  ctx.info = sk_proposal_get_info (proposal);
  ctx.staffing = staffing;
  ctx.findings = g_ptr_array_new_with_free_func (g_object_unref);
  ctx.rankings = options ? options->rankings : NULL;
  find_term_years (&ctx);

  sk_check_find_duplicates (&ctx);
  sk_check_term_and_model (&ctx);
  sk_check_agreements_term (&ctx);
  sk_check_partners (&ctx);
  sk_check_staff (&ctx);
  sk_check_programmes (&ctx);
  sk_check_branch (&ctx);
  sk_check_plan (&ctx);
  sk_check_languages (&ctx);
  sk_check_rankings (&ctx);

  g_clear_pointer (&ctx.same_as, g_hash_table_unref);
  g_ptr_array_sort (ctx.findings, compare_findings);
  return ctx.findings;
}

void
sk_findings_count (GPtrArray *findings, guint *errors, guint *warnings, guint *notes)
{
  guint n[3] = { 0, 0, 0 };

  for (guint i = 0; i < findings->len; i++)
    n[sk_finding_get_severity (findings->pdata[i])]++;
  if (errors)
    *errors = n[SK_SEVERITY_ERROR];
  if (warnings)
    *warnings = n[SK_SEVERITY_WARNING];
  if (notes)
    *notes = n[SK_SEVERITY_NOTE];
}

char *
sk_findings_summary (GPtrArray *findings, const char *lang)
{
  guint errors, warnings, notes;
  g_autofree char *e = NULL;
  g_autofree char *w = NULL;
  g_autofree char *n = NULL;

  sk_findings_count (findings, &errors, &warnings, &notes);
  e = g_strdup_printf (sk_ntr (lang, "%u error", "%u errors", errors), errors);
  w = g_strdup_printf (sk_ntr (lang, "%u warning", "%u warnings", warnings), warnings);
  n = g_strdup_printf (sk_ntr (lang, "%u note", "%u notes", notes), notes);
  /* TRANSLATORS: the counts of errors, warnings and notes */
  return g_strdup_printf (sk_tr (lang, "%s, %s, %s"), e, w, n);
}

const char *
sk_severity_label (SkSeverity severity, const char *lang)
{
  switch (severity)
    {
    case SK_SEVERITY_ERROR:
      return sk_tr (lang, N_("Error"));
    case SK_SEVERITY_WARNING:
      return sk_tr (lang, N_("Warning"));
    case SK_SEVERITY_NOTE:
    default:
      return sk_tr (lang, N_("Note"));
    }
}
