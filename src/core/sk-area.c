/* sk-area.c: the areas of a proposal, where each kind of record and each
 * finding belongs, and how ready each is */
#include "config.h"

#include "sk-area.h"
#include "sk-schema.h"

/* The kinds listed on each area's page, then those edited inside them
 * (a ranking entry in its institution's editor). */
static const struct {
  const char *area;
  const char *listed[5];
  const char *owned[3];
} areas[] = {
  { "partners", { SK_KIND_INSTITUTION }, { SK_KIND_RANKING } },
  { "model", { SK_KIND_AGREEMENT }, { NULL } },
  { "branch", { SK_KIND_BRANCH, SK_KIND_CERT_CENTRE, SK_KIND_FRANCHISE, SK_KIND_JOINT_VENTURE },
    { SK_KIND_BOARD_MEMBER, SK_KIND_SHAREHOLDER } },
  { "programmes", { SK_KIND_PROGRAMME }, { NULL } },
  { "staff", { SK_KIND_STAFF }, { SK_KIND_ASSIGNMENT } },
  { "committees", { SK_KIND_COMMITTEE }, { SK_KIND_COMMITTEE_MEMBER } },
  { "research", { SK_KIND_RESEARCH, SK_KIND_THIRD_MISSION }, { NULL } },
  { "development", { SK_KIND_PROF_DEV }, { NULL } },
  { "financing", { SK_KIND_FINANCING }, { NULL } },
  { "indicators", { SK_KIND_INDICATOR }, { SK_KIND_INDICATOR_TARGET } },
  { "mobility", { SK_KIND_MOBILITY }, { NULL } },
};

static const char * const area_ids[] = {
  "partners", "model", "branch", "programmes", "staff", "committees",
  "research", "development", "financing", "indicators", "mobility", NULL,
};

const char * const *
sk_areas (void)
{
  return area_ids;
}

const char *
sk_area_for_kind (const char *kind)
{
  if (kind == NULL)
    return "overview";
  if (g_str_equal (kind, SK_KIND_REMARK) || g_str_equal (kind, SK_KIND_DECISION) ||
      g_str_equal (kind, SK_KIND_STATUS_EVENT) || g_str_equal (kind, SK_KIND_REMARK_REPLY))
    return "review";
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      for (guint k = 0; k < G_N_ELEMENTS (areas[i].listed) && areas[i].listed[k]; k++)
        if (g_str_equal (areas[i].listed[k], kind))
          return areas[i].area;
      for (guint k = 0; k < G_N_ELEMENTS (areas[i].owned) && areas[i].owned[k]; k++)
        if (g_str_equal (areas[i].owned[k], kind))
          return areas[i].area;
    }
  return "overview";
}

/* The kind of record a partnership model asks for. */
static const char *
kind_for_model (const char *model)
{
  if (g_strcmp0 (model, "certification_centre") == 0)
    return SK_KIND_CERT_CENTRE;
  if (g_strcmp0 (model, "franchise") == 0)
    return SK_KIND_FRANCHISE;
  if (g_strcmp0 (model, "joint_venture") == 0)
    return SK_KIND_JOINT_VENTURE;
  if (g_strcmp0 (model, "branch") == 0 || g_strcmp0 (model, "consortium_branch") == 0)
    return SK_KIND_BRANCH;
  return NULL;
}

void
sk_area_for_finding (const char *check_id, const char *kind, const char *model,
                     const char **area, const char **field, const char **add_kind)
{
  /* Check → the area, the field of the proposal or of the record, and
   * the kind a missing record would be. */
  static const struct {
    const char *check;
    const char *area;
    const char *field;
    const char *add;
  } where[] = {
    { "term", "model", "term_end", NULL },
    { "ministry-agreement", "model", "mshe_agreement_ref", NULL },
    { "mia-approval", "model", "mia_approval_ref", NULL },
    { "agreements", "model", NULL, SK_KIND_AGREEMENT },
    { "quality-assurance", "committees", "qa_description_kk", NULL },
    { "committees", "committees", NULL, SK_KIND_COMMITTEE },
    { "indicators", "indicators", NULL, SK_KIND_INDICATOR },
    { "financing", "financing", NULL, SK_KIND_FINANCING },
    { "research", "research", NULL, SK_KIND_RESEARCH },
    { "third-mission", "research", NULL, SK_KIND_THIRD_MISSION },
    { "professional-development", "development", NULL, SK_KIND_PROF_DEV },
    { "staff-ratio", "staff", NULL, NULL },
    { "foreign-staff", "staff", NULL, NULL },
    { "parity", "staff", NULL, NULL },
    { "staff-qualification", "staff", "degree", NULL },
    { "programme-diplomas", "programmes", "diplomas", NULL },
    { "programme-kz", "programmes", NULL, NULL },
    { "programme-accreditation", "programmes", NULL, NULL },
    { "branch-bin", "branch", "bin", NULL },
    { "branch-registration", "branch", "registration_date", NULL },
    { "branch-licence", "branch", "licence_number", NULL },
    { "ranking", "partners", NULL, SK_KIND_RANKING },
    { "ranking-band", "partners", "rank_text", NULL },
    { "ranking-stale", "partners", "year", NULL },
    { "ranking-unreadable", "partners", "rank_text", NULL },
    { "content-language", "overview", "title_kk", NULL },
  };

  *area = sk_area_for_kind (kind);
  *field = NULL;
  *add_kind = NULL;
  if (g_strcmp0 (check_id, "model-requirements") == 0)
    {
      *add_kind = kind_for_model (model);
      *area = *add_kind ? sk_area_for_kind (*add_kind) : "model";
      if (*add_kind == NULL)
        *field = "model";
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (where); i++)
    if (g_strcmp0 (where[i].check, check_id) == 0)
      {
        /* A record's own field, or the area where the proposal's is. */
        if (g_strcmp0 (kind, SK_KIND_PROPOSAL) == 0)
          *area = where[i].area;
        *add_kind = where[i].add;
        *field = where[i].field;
        return;
      }
}

GArray *
sk_area_readiness (SkProposal *proposal, GPtrArray *findings)
{
  GArray *out = g_array_sized_new (FALSE, TRUE, sizeof (SkAreaReadiness), G_N_ELEMENTS (areas));
  const char *model = sk_record_get_string (sk_proposal_get_info (proposal), "model");

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      SkAreaReadiness r = { .area = areas[i].area };

      for (guint k = 0; k < G_N_ELEMENTS (areas[i].listed) && areas[i].listed[k]; k++)
        r.records += g_list_model_get_n_items (sk_proposal_get_records (proposal, areas[i].listed[k]));
      g_array_append_val (out, r);
    }
  for (guint i = 0; findings && i < findings->len; i++)
    {
      SkFinding *f = findings->pdata[i];
      const char *area, *field, *add;

      sk_area_for_finding (sk_finding_get_check_id (f), sk_finding_get_kind (f), model, &area, &field, &add);
      for (guint a = 0; a < out->len; a++)
        {
          SkAreaReadiness *r = &g_array_index (out, SkAreaReadiness, a);
          if (!g_str_equal (r->area, area))
            continue;
          switch (sk_finding_get_severity (f))
            {
            case SK_SEVERITY_ERROR: r->errors++; break;
            case SK_SEVERITY_WARNING: r->warnings++; break;
            case SK_SEVERITY_NOTE:
            default: r->notes++; break;
            }
        }
    }
  for (guint a = 0; a < out->len; a++)
    {
      SkAreaReadiness *r = &g_array_index (out, SkAreaReadiness, a);
      r->complete = r->errors == 0 && r->warnings == 0;
      /* The branch area matters for models with a branch (or the like). */
      r->relevant = !(g_str_equal (r->area, "branch") && kind_for_model (model) == NULL &&
                      r->records == 0 && r->complete && r->notes == 0);
    }
  return out;
}
