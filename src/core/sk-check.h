/* sk-check.h: the compliance check of a proposal against a rule set */
#pragma once

#include "sk-proposal.h"
#include "sk-rules.h"

G_BEGIN_DECLS

#define SK_TYPE_FINDING (sk_finding_get_type ())
G_DECLARE_FINAL_TYPE (SkFinding, sk_finding, SK, FINDING, GObject)

const char *sk_finding_get_check_id  (SkFinding *self);
SkSeverity  sk_finding_get_severity  (SkFinding *self);
/* Translated, with the concrete figures. */
const char *sk_finding_get_message   (SkFinding *self);
/* The text and paragraph the check rests on, translated. */
const char *sk_finding_get_reference (SkFinding *self);
/* The record it points at: a kind (SK_KIND_*) and id; the proposal
 * itself is ("proposal", 1). */
const char *sk_finding_get_kind      (SkFinding *self);
gint64      sk_finding_get_record_id (SkFinding *self);
/* What would fix it, one sentence each, translated (the staffing ratio:
 * the smallest changes that bring it within the limits). Never NULL. */
const char * const *sk_finding_get_suggestions (SkFinding *self);

typedef struct {
  /* The year rankings are judged from (freshness); 0: this year. */
  int year;
  /* Language of record names in messages (kk, ru, en); NULL: the
   * interface's. */
  const char *language;
  /* Language of the messages and references (kk, ru, en); NULL: the
   * interface's (gettext). Any language works from any thread. */
  const char *messages_language;
  /* The language of the PDF about to be made: content missing in it is
   * reported (as notes). NULL: not checked. */
  const char *export_language;
  /* The loaded ranking tables (sk_ranking_library_load) to verify the
   * ranking entries against; NULL: not verified, and nothing said. */
  const struct _SkRankings *rankings;
} SkCheckOptions;

/* Runs every check; the findings sorted errors first, then in the order of
 * the checks. A pure function of its arguments. */
GPtrArray  *sk_check            (SkProposal *proposal, SkRuleSet *rules,
                                 const SkCheckOptions *options);
void        sk_findings_count   (GPtrArray *findings, guint *errors, guint *warnings, guint *notes);
/* "2 errors, 3 warnings, 1 note" in @lang (NULL: the interface's). */
char       *sk_findings_summary (GPtrArray *findings, const char *lang);
/* "Error", "Warning", "Note" in @lang (NULL: the interface's). */
const char *sk_severity_label   (SkSeverity severity, const char *lang);
/* The reference for a check id in @lang (NULL: the interface's). */
const char *sk_check_reference  (const char *check_id, const char *lang);
/* What the check is about ("Ratio of the teaching staff") in @lang
 * (NULL: the interface's), for readers instead of its id; NULL when
 * @check_id is not a check's. */
const char *sk_check_title      (const char *check_id, const char *lang);

G_END_DECLS
