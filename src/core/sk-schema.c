/* sk-schema.c: the record kinds of a proposal (see DOMAIN.md) */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sk-schema.h"

const char * const sk_content_languages[] = { "kk", "ru", "en", NULL };

/* Lengths in characters: a line, a paragraph. */
#define LINE 1000
#define PARA 20000

#define TEXT(n, fl, l)  { n, SK_FIELD_TEXT, fl, l, NULL, NULL, NULL, NULL, 0, LINE }
#define PARA_(n, l)     { n, SK_FIELD_TEXT, SK_FIELD_MULTILINE, l, NULL, NULL, NULL, NULL, 0, PARA }
#define TEXT3(g, l) \
  { g "_kk", SK_FIELD_TEXT, 0, l, g, "kk", NULL, NULL, 0, LINE }, \
  { g "_ru", SK_FIELD_TEXT, 0, l, g, "ru", NULL, NULL, 0, LINE }, \
  { g "_en", SK_FIELD_TEXT, 0, l, g, "en", NULL, NULL, 0, LINE }
#define PARA3(g, l) \
  { g "_kk", SK_FIELD_TEXT, SK_FIELD_MULTILINE, l, g, "kk", NULL, NULL, 0, PARA }, \
  { g "_ru", SK_FIELD_TEXT, SK_FIELD_MULTILINE, l, g, "ru", NULL, NULL, 0, PARA }, \
  { g "_en", SK_FIELD_TEXT, SK_FIELD_MULTILINE, l, g, "en", NULL, NULL, 0, PARA }
#define INT(n, fl, l, lo, hi) { n, SK_FIELD_INT, fl, l, NULL, NULL, NULL, NULL, lo, hi }
#define YEAR(n, fl, l)  INT (n, fl, l, 1900, 2200)
#define BOOL(n, l)      { n, SK_FIELD_BOOL, SK_FIELD_REQUIRED, l, NULL, NULL, NULL, NULL, 0, 1 }
#define REAL(n, fl, l)  { n, SK_FIELD_REAL, fl, l, NULL, NULL, NULL, NULL, 0, 0 }
#define MONEY(n, fl, l) { n, SK_FIELD_MONEY, fl, l, NULL, NULL, NULL, NULL, 0, G_GINT64_CONSTANT (1000000000000000) }
#define DATE(n, fl, l)  { n, SK_FIELD_DATE, fl, l, NULL, NULL, NULL, NULL, 0, 0 }
#define ENUM(n, fl, l, v) { n, SK_FIELD_ENUM, fl, l, NULL, NULL, v, NULL, 0, 0 }
#define REF(n, fl, l, k) { n, SK_FIELD_REF, fl, l, NULL, NULL, NULL, k, 0, 0 }
#define OWNER(n, l, k)  REF (n, SK_FIELD_REQUIRED | SK_FIELD_CASCADE, l, k)

#define REQ SK_FIELD_REQUIRED

/* ---- enumerations ---- */

static const SkEnumValue models[] = {
  { "branch", N_("Branch of a foreign OHPE") },
  { "consortium_branch", N_("Consortium of foreign OHPE with a branch") },
  { "joint_programmes", N_("Dual degree programmes without a branch") },
  { "certification_centre", N_("Certification centre") },
  { "franchise", N_("Franchise") },
  { "joint_venture", N_("Joint venture") },
  { NULL, NULL }
};

static const SkEnumValue statuses[] = {
  { "draft", N_("Draft") },
  { "submitted", N_("Submitted") },
  { "under_review", N_("Under review") },
  { "approved", N_("Approved") },
  { "returned", N_("Returned for revision") },
  { "rejected", N_("Rejected") },
  { NULL, NULL }
};

static const SkEnumValue roles[] = {
  { "kazakh_ohpe", N_("Kazakhstani OHPE") },
  { "foreign_ohpe", N_("Foreign OHPE") },
  { "enterprise", N_("Enterprise or organisation") },
  { "investor", N_("Investor") },
  { "other", N_("Other") },
  { NULL, NULL }
};

static const SkEnumValue publishers[] = {
  { "qs", N_("QS World University Rankings") },
  { "the", N_("THE World University Rankings") },
  { "arwu", N_("ARWU (Shanghai Ranking)") },
  { "other", N_("Other ranking") },
  { NULL, NULL }
};

static const SkEnumValue scopes[] = {
  { "overall", N_("Overall") },
  { "subject", N_("By subject") },
  { NULL, NULL }
};

static const SkEnumValue agreement_kinds[] = {
  { "cooperation", N_("Cooperation agreement") },
  { "contract", N_("Contract") },
  { "memorandum", N_("Memorandum") },
  { "consortium", N_("Consortium agreement") },
  { "other", N_("Other") },
  { NULL, NULL }
};

static const SkEnumValue sides[] = {
  { "kazakh", N_("Kazakhstani side") },
  { "foreign", N_("Foreign side") },
  { "other", N_("Third party") },
  { NULL, NULL }
};

static const SkEnumValue member_roles[] = {
  { "chair", N_("Chair") },
  { "member", N_("Member") },
  { "secretary", N_("Secretary") },
  { NULL, NULL }
};

static const SkEnumValue levels[] = {
  { "bachelor", N_("Bachelor") },
  { "master", N_("Master") },
  { "doctoral", N_("Doctoral") },
  { NULL, NULL }
};

static const SkEnumValue degrees[] = {
  { "none", N_("No degree") },
  { "bachelor", N_("Bachelor's degree") },
  { "master", N_("Master's degree") },
  { "candidate", N_("Candidate of Sciences") },
  { "phd", N_("PhD") },
  { "doctor", N_("Doctor of Sciences") },
  { NULL, NULL }
};

static const SkEnumValue titles[] = {
  { "none", N_("No academic title") },
  { "associate_professor", N_("Associate professor") },
  { "professor", N_("Professor") },
  { NULL, NULL }
};

static const SkEnumValue committee_kinds[] = {
  { "teaching_learning", N_("Teaching and learning") },
  { "admission", N_("Admission") },
  { "innovation", N_("Educational innovation") },
  { "student_experience", N_("Student experience") },
  { "other", N_("Other") },
  { NULL, NULL }
};

static const SkEnumValue mission_kinds[] = {
  { "social_project", N_("Social project") },
  { "nonformal_education", N_("Non-formal education") },
  { "other", N_("Other") },
  { NULL, NULL }
};

static const SkEnumValue dev_places[] = {
  { "kazakhstan", N_("In Kazakhstan") },
  { "abroad", N_("At the foreign OHPE") },
  { NULL, NULL }
};

static const SkEnumValue sources[] = {
  { "ohpe_kazakh", N_("Funds of the Kazakhstani OHPE") },
  { "ohpe_foreign", N_("Funds of the foreign OHPE") },
  { "state_order", N_("State educational order") },
  { "paid_services", N_("Paid educational services") },
  { "local_grant", N_("Grants of local executive bodies") },
  { "investment", N_("External investment") },
  { "sponsorship", N_("Sponsorship") },
  { "other", N_("Other lawful sources") },
  { NULL, NULL }
};

static const SkEnumValue indicator_kinds[] = {
  { "enrolment", N_("Students enrolled") },
  { "graduates", N_("Graduates") },
  { "employment", N_("Graduate employment") },
  { "publications", N_("Joint publications") },
  { "research_projects", N_("Joint research projects") },
  { "mobility_incoming", N_("Incoming mobility") },
  { "mobility_outgoing", N_("Outgoing mobility") },
  { "staff_trained", N_("Teaching staff trained") },
  { "other", N_("Other indicator") },
  { NULL, NULL }
};

static const SkEnumValue directions[] = {
  { "incoming", N_("Incoming") },
  { "outgoing", N_("Outgoing") },
  { NULL, NULL }
};

static const SkEnumValue mobility_categories[] = {
  { "students", N_("Students") },
  { "staff", N_("Staff") },
  { NULL, NULL }
};

static const SkEnumValue remark_states[] = {
  { "open", N_("Open") },
  /* TRANSLATORS: a review remark the university has answered */
  { "addressed", N_("Addressed") },
  { "resolved", N_("Resolved") },
  { NULL, NULL }
};

static const SkEnumValue reply_actions[] = {
  /* TRANSLATORS: the university's answer to a review remark */
  { "respond", N_("Response") },
  /* TRANSLATORS: the reviewer accepts the answer to a remark */
  { "resolve", N_("Marked resolved") },
  /* TRANSLATORS: the reviewer does not accept the answer to a remark */
  { "reopen", N_("Not resolved") },
  { NULL, NULL }
};

static const SkEnumValue decisions[] = {
  { "approve", N_("Approve") },
  { "return", N_("Return for revision") },
  { "reject", N_("Reject") },
  { NULL, NULL }
};

/* ---- kinds ---- */

static const SkField proposal_fields[] = {
  TEXT3 ("title", N_("Title")),
  REF ("applicant_id", 0, N_("Applicant"), "institution"),
  BOOL ("applicant_is_mia", N_("Military or special institution of the MIA")),
  TEXT ("mia_approval_ref", 0, N_("MIA approval reference")),
  DATE ("mia_approval_date", 0, N_("MIA approval date")),
  ENUM ("model", 0, N_("Partnership model"), models),
  DATE ("term_start", 0, N_("Start of term")),
  DATE ("term_end", 0, N_("End of term")),
  TEXT ("mshe_agreement_ref", 0, N_("MSHE agreement reference")),
  DATE ("mshe_agreement_date", 0, N_("MSHE agreement date")),
  BOOL ("objective_long_term", N_("Long-term cooperation")),
  BOOL ("objective_dual_degree", N_("Dual degree programmes")),
  BOOL ("objective_research", N_("Joint research and publications")),
  BOOL ("objective_mobility", N_("Academic mobility")),
  BOOL ("objective_competitiveness", N_("Competitiveness")),
  PARA3 ("objectives", N_("Objectives")),
  TEXT ("languages", 0, N_("Languages of instruction")),
  PARA3 ("qa_description", N_("Quality assurance system")),
  ENUM ("status", REQ, N_("Status"), statuses),
  TEXT ("fingerprint", 0, N_("Fingerprint")),
};

static const SkField institution_fields[] = {
  TEXT3 ("name", N_("Name")),
  TEXT ("short_name", 0, N_("Short name")),
  TEXT ("country", 0, N_("Country")),
  TEXT3 ("city", N_("City")),
  ENUM ("role", REQ, N_("Role"), roles),
  BOOL ("is_lead", N_("Lead institution")),
  TEXT ("bin", 0, N_("BIN")),
  /* TRANSLATORS: earlier names of an institution, one per line */
  PARA_ ("former_names", N_("Former names")),
};

static const SkField ranking_fields[] = {
  OWNER ("institution_id", N_("Institution"), "institution"),
  ENUM ("publisher", REQ, N_("Publisher"), publishers),
  ENUM ("scope", REQ, N_("Scope"), scopes),
  TEXT ("subject", 0, N_("Subject")),
  YEAR ("year", REQ, N_("Year")),
  TEXT ("rank_text", REQ, N_("Rank")),
  INT ("rank_lower", 0, N_("Rank, from"), 1, 100000),
  INT ("rank_upper", 0, N_("Rank, to"), 1, 100000),
  TEXT3 ("source_note", N_("Source")),
};

static const SkField agreement_fields[] = {
  ENUM ("kind", REQ, N_("Kind"), agreement_kinds),
  TEXT3 ("title", N_("Title")),
  REF ("partner_id", 0, N_("Partner"), "institution"),
  TEXT ("reference", 0, N_("Reference number")),
  DATE ("signed_date", 0, N_("Signed")),
  DATE ("valid_until", 0, N_("Valid until")),
  PARA3 ("obligations", N_("Obligations of the parties")),
};

static const SkField branch_fields[] = {
  TEXT3 ("name", N_("Name")),
  TEXT3 ("location", N_("Location")),
  REF ("parent_id", 0, N_("Foreign OHPE"), "institution"),
  REF ("host_id", 0, N_("Hosting OHPE"), "institution"),
  TEXT ("bin", 0, N_("BIN")),
  DATE ("registration_date", 0, N_("Registration date")),
  TEXT ("licence_number", 0, N_("Licence number")),
  DATE ("licence_date", 0, N_("Licence date")),
};

static const SkField board_member_fields[] = {
  OWNER ("branch_id", N_("Branch"), "branch"),
  TEXT ("name", REQ, N_("Full name")),
  ENUM ("side", REQ, N_("Side"), sides),
  ENUM ("role", 0, N_("Role"), member_roles),
  TEXT3 ("position", N_("Position")),
};

static const SkField cert_centre_fields[] = {
  TEXT3 ("name", N_("Name")),
  REF ("host_id", 0, N_("Hosting OHPE"), "institution"),
  INT ("laboratories", 0, N_("Laboratories"), 0, 10000),
  PARA3 ("laboratories_description", N_("Laboratories")),
  PARA3 ("equipment", N_("Equipment")),
  PARA3 ("certifications", N_("Certifications offered")),
};

static const SkField franchise_fields[] = {
  REF ("franchisor_id", 0, N_("Franchisor"), "institution"),
  REF ("investor_id", 0, N_("Investor"), "institution"),
  BOOL ("right_brand", N_("Brand")),
  BOOL ("right_programmes", N_("Educational programmes")),
  BOOL ("right_methods", N_("Teaching methods")),
  BOOL ("right_standards", N_("Quality standards")),
  MONEY ("investment_kzt", 0, N_("Investment, KZT")),
  TEXT ("contract_ref", 0, N_("Contract reference")),
};

static const SkField jv_fields[] = {
  TEXT3 ("name", N_("Name")),
  BOOL ("aifc_participant", N_("AIFC participant")),
  TEXT3 ("governing_law", N_("Governing law")),
  TEXT ("bin", 0, N_("BIN")),
  DATE ("registration_date", 0, N_("Registration date")),
};

static const SkField shareholder_fields[] = {
  OWNER ("joint_venture_id", N_("Joint venture"), "joint_venture"),
  REF ("institution_id", 0, N_("Institution"), "institution"),
  TEXT ("name", 0, N_("Name")),
  INT ("share_bp", REQ, N_("Share, %"), 0, 10000),
};

static const SkField programme_fields[] = {
  TEXT3 ("name", N_("Name")),
  ENUM ("level", REQ, N_("Level"), levels),
  TEXT ("field_code", 0, N_("Field of education code")),
  INT ("credits", 0, N_("Credits"), 0, 1000),
  TEXT ("languages", 0, N_("Languages of instruction")),
  BOOL ("kazakh_language_discipline", N_("Disciplines in the Kazakh language")),
  BOOL ("history_discipline", N_("History of Kazakhstan")),
  TEXT3 ("accreditation", N_("Accreditation")),
  BOOL ("accreditation_recognised", N_("Accreditation recognised in Kazakhstan")),
  INT ("diplomas", 0, N_("Diplomas issued"), 0, 10),
  REF ("partner_id", 0, N_("Foreign partner"), "institution"),
  INT ("intake_per_year", 0, N_("Intake per year"), 0, 100000),
  YEAR ("start_year", 0, N_("First intake")),
};

static const SkField staff_fields[] = {
  TEXT ("name", REQ, N_("Full name")),
  ENUM ("side", REQ, N_("Side"), sides),
  REF ("institution_id", 0, N_("Home institution"), "institution"),
  TEXT ("citizenship", 0, N_("Citizenship")),
  ENUM ("degree", 0, N_("Degree"), degrees),
  ENUM ("academic_title", 0, N_("Academic title"), titles),
  INT ("teaching_years", 0, N_("Years of teaching"), 0, 80),
  INT ("practice_years", 0, N_("Years of practical experience"), 0, 80),
  INT ("fte_milli", REQ, N_("Full-time equivalent"), 0, 1000),
};

static const SkField assignment_fields[] = {
  OWNER ("staff_id", N_("Staff member"), "staff_member"),
  OWNER ("programme_id", N_("Programme"), "programme"),
  INT ("hours", REQ, N_("Teaching hours per year"), 0, 10000),
};

static const SkField committee_fields[] = {
  ENUM ("kind", REQ, N_("Kind"), committee_kinds),
  TEXT3 ("name", N_("Name")),
};

static const SkField committee_member_fields[] = {
  OWNER ("committee_id", N_("Committee"), "committee"),
  TEXT ("name", REQ, N_("Full name")),
  ENUM ("side", REQ, N_("Side"), sides),
  ENUM ("role", 0, N_("Role"), member_roles),
};

static const SkField research_fields[] = {
  TEXT3 ("title", N_("Title")),
  TEXT3 ("enterprise", N_("Partner enterprise")),
  BOOL ("joint_group", N_("Joint research group")),
  YEAR ("start_year", 0, N_("Start year")),
  YEAR ("end_year", 0, N_("End year")),
  MONEY ("budget_kzt", 0, N_("Budget, KZT")),
};

static const SkField third_mission_fields[] = {
  TEXT3 ("title", N_("Title")),
  ENUM ("kind", REQ, N_("Kind"), mission_kinds),
  YEAR ("year", 0, N_("Year")),
  INT ("beneficiaries", 0, N_("Beneficiaries"), 0, 100000000),
  PARA3 ("description", N_("Description")),
};

static const SkField prof_dev_fields[] = {
  TEXT3 ("title", N_("Title")),
  ENUM ("place", 0, N_("Where"), dev_places),
  REF ("host_id", 0, N_("Host institution"), "institution"),
  YEAR ("year", 0, N_("Year")),
  INT ("participants", 0, N_("Participants"), 0, 100000),
  INT ("hours", 0, N_("Hours"), 0, 10000),
};

static const SkField financing_fields[] = {
  ENUM ("source", REQ, N_("Source"), sources),
  YEAR ("year", REQ, N_("Year")),
  MONEY ("amount_kzt", REQ, N_("Amount, KZT")),
  TEXT3 ("note", N_("Note")),
};

static const SkField indicator_fields[] = {
  ENUM ("kind", REQ, N_("Kind"), indicator_kinds),
  TEXT3 ("name", N_("Name")),
  TEXT ("unit", 0, N_("Unit")),
  REAL ("baseline", 0, N_("Baseline")),
};

static const SkField indicator_target_fields[] = {
  OWNER ("indicator_id", N_("Indicator"), "indicator"),
  YEAR ("year", REQ, N_("Year")),
  REAL ("value", REQ, N_("Target")),
};

static const SkField mobility_fields[] = {
  YEAR ("year", REQ, N_("Year")),
  ENUM ("direction", REQ, N_("Direction"), directions),
  ENUM ("category", REQ, N_("Category"), mobility_categories),
  INT ("count", REQ, N_("Number of people"), 0, 1000000),
  REF ("partner_id", 0, N_("Partner"), "institution"),
};

static const SkField remark_fields[] = {
  TEXT ("target_kind", 0, N_("Record kind")),
  INT ("target_id", 0, N_("Record"), 1, G_MAXINT64),
  TEXT ("section", 0, N_("Section")),
  TEXT ("author", REQ, N_("Author")),
  TEXT ("created", REQ, N_("Written")),
  PARA_ ("text", N_("Remark")),
  ENUM ("state", REQ, N_("State"), remark_states),
  /* TRANSLATORS: the review round (the submission) a remark was written in */
  INT ("round", 0, N_("Round"), 0, 1000000),
};

static const SkField remark_reply_fields[] = {
  OWNER ("remark_id", N_("Remark"), "review_remark"),
  ENUM ("action", REQ, N_("Action"), reply_actions),
  TEXT ("author", REQ, N_("Author")),
  TEXT ("written", REQ, N_("Written")),
  PARA_ ("text", N_("Text")),
};

static const SkField decision_fields[] = {
  ENUM ("decision", REQ, N_("Decision"), decisions),
  TEXT ("decided_by", REQ, N_("Decided by")),
  TEXT ("decided_at", REQ, N_("Date")),
  PARA_ ("justification", N_("Justification")),
  TEXT ("withdrawn_by", 0, N_("Withdrawn by")),
  TEXT ("withdrawn_at", 0, N_("Withdrawn")),
  PARA_ ("withdrawal_reason", N_("Reason for the withdrawal")),
};

static const SkField status_event_fields[] = {
  ENUM ("from_status", REQ, N_("From"), statuses),
  ENUM ("to_status", REQ, N_("To"), statuses),
  TEXT ("changed_by", REQ, N_("By")),
  TEXT ("changed_at", REQ, N_("When")),
  TEXT ("fingerprint", 0, N_("Fingerprint")),
  PARA_ ("note", N_("Note")),
  INT ("errors", 0, N_("Errors remaining"), 0, 1000000),
  INT ("warnings", 0, N_("Warnings remaining"), 0, 1000000),
  TEXT ("acknowledged_fingerprint", 0, N_("Fingerprint of the content, acknowledged as not matching")),
};

#define KIND(n, j, l, s, f) { n, j, l, s, f, G_N_ELEMENTS (f) }

/* Order matters: a kind comes after every kind it refers to (the proposal's
 * own applicant reference is the one exception: the proposal row exists
 * from the file's creation). */
static const SkKind kinds[] = {
  KIND ("proposal", "proposal", N_("Proposal"), TRUE, proposal_fields),
  KIND ("institution", "institutions", N_("Institution"), FALSE, institution_fields),
  KIND ("ranking_entry", "ranking_entries", N_("Ranking entry"), FALSE, ranking_fields),
  KIND ("agreement", "agreements", N_("Agreement"), FALSE, agreement_fields),
  KIND ("branch", "branches", N_("Branch"), FALSE, branch_fields),
  KIND ("board_member", "board_members", N_("Board member"), FALSE, board_member_fields),
  KIND ("certification_centre", "certification_centres", N_("Certification centre"), FALSE, cert_centre_fields),
  KIND ("franchise", "franchises", N_("Franchise"), FALSE, franchise_fields),
  KIND ("joint_venture", "joint_ventures", N_("Joint venture"), FALSE, jv_fields),
  KIND ("shareholder", "shareholders", N_("Shareholder"), FALSE, shareholder_fields),
  KIND ("programme", "programmes", N_("Dual degree programme"), FALSE, programme_fields),
  KIND ("staff_member", "staff", N_("Teaching staff member"), FALSE, staff_fields),
  KIND ("assignment", "assignments", N_("Assignment"), FALSE, assignment_fields),
  KIND ("committee", "committees", N_("Committee"), FALSE, committee_fields),
  KIND ("committee_member", "committee_members", N_("Committee member"), FALSE, committee_member_fields),
  KIND ("research_project", "research_projects", N_("Research project"), FALSE, research_fields),
  KIND ("third_mission_project", "third_mission_projects", N_("Third-mission project"), FALSE, third_mission_fields),
  KIND ("professional_development", "professional_development", N_("Professional development"), FALSE, prof_dev_fields),
  KIND ("financing_line", "financing", N_("Financing line"), FALSE, financing_fields),
  KIND ("indicator", "indicators", N_("Target indicator"), FALSE, indicator_fields),
  KIND ("indicator_target", "indicator_targets", N_("Indicator target"), FALSE, indicator_target_fields),
  KIND ("mobility_figure", "mobility", N_("Mobility figure"), FALSE, mobility_fields),
  KIND ("review_remark", "review_remarks", N_("Review remark"), FALSE, remark_fields),
  KIND ("decision", "decisions", N_("Decision"), FALSE, decision_fields),
  KIND ("status_event", "status_events", N_("Status change"), FALSE, status_event_fields),
  KIND ("remark_reply", "remark_replies", N_("Reply to a remark"), FALSE, remark_reply_fields),
};

const SkKind *
sk_schema_kinds (guint *n_kinds)
{
  if (n_kinds)
    *n_kinds = G_N_ELEMENTS (kinds);
  return kinds;
}

const SkKind *
sk_schema_kind (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i].name, name) == 0)
      return &kinds[i];
  return NULL;
}

const SkKind *
sk_schema_kind_by_json (const char *json_key)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i].json_key, json_key) == 0)
      return &kinds[i];
  return NULL;
}

int
sk_kind_field_index (const SkKind *kind, const char *name)
{
  for (guint i = 0; i < kind->n_fields; i++)
    if (strcmp (kind->fields[i].name, name) == 0)
      return (int) i;
  return -1;
}

const SkField *
sk_kind_field (const SkKind *kind, const char *name)
{
  int i = sk_kind_field_index (kind, name);
  return i < 0 ? NULL : &kind->fields[i];
}

const SkField *
sk_kind_text3 (const SkKind *kind, const char *group, const char *lang)
{
  for (guint i = 0; i < kind->n_fields; i++)
    if (g_strcmp0 (kind->fields[i].group, group) == 0 &&
        g_strcmp0 (kind->fields[i].lang, lang) == 0)
      return &kind->fields[i];
  return NULL;
}

const SkEnumValue *
sk_field_enum_value (const SkField *field, const char *code)
{
  if (field->enum_values == NULL || code == NULL)
    return NULL;
  for (const SkEnumValue *v = field->enum_values; v->code; v++)
    if (strcmp (v->code, code) == 0)
      return v;
  return NULL;
}
