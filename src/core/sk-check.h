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

typedef struct {
  /* The year rankings are judged from (freshness); 0: this year. */
  int year;
  /* Language of record names in messages (kk, ru, en); NULL: the
   * interface's. Messages themselves follow gettext's language. */
  const char *language;
} SkCheckOptions;

/* Runs every check; the findings sorted errors first, then in the order of
 * the checks. A pure function of its arguments. */
GPtrArray  *sk_check            (SkProposal *proposal, SkRuleSet *rules,
                                 const SkCheckOptions *options);
void        sk_findings_count   (GPtrArray *findings, guint *errors, guint *warnings, guint *notes);
/* "2 errors, 3 warnings, 1 note", translated. */
char       *sk_findings_summary (GPtrArray *findings);
/* "Error", "Warning", "Note", translated. */
const char *sk_severity_label   (SkSeverity severity);
/* The translated reference for a check id. */
const char *sk_check_reference  (const char *check_id);

G_END_DECLS
