/* sk-compliance.h: the findings of an open proposal, kept current */
#pragma once

#include <gio/gio.h>

#include "sk-check.h"
#include "sk-proposal.h"

G_BEGIN_DECLS

#define SK_TYPE_COMPLIANCE (sk_compliance_get_type ())
G_DECLARE_FINAL_TYPE (SkCompliance, sk_compliance, SK, COMPLIANCE, GObject)

/* Checks @proposal against @rules now and again after every change (in
 * an idle, once for a burst of changes). */
SkCompliance *sk_compliance_new          (SkProposal *proposal, SkRuleSet *rules);
/* The findings (SkFinding), replaced as a whole at each check. */
GListModel   *sk_compliance_get_findings (SkCompliance *self);
SkRuleSet    *sk_compliance_get_rules    (SkCompliance *self);
/* The findings as an array (new reference), for the core's functions. */
GPtrArray    *sk_compliance_dup_findings (SkCompliance *self);
/* "2 errors, 3 warnings, 1 note" in the interface language. */
char         *sk_compliance_summary      (SkCompliance *self);
guint         sk_compliance_get_errors   (SkCompliance *self);
guint         sk_compliance_get_warnings (SkCompliance *self);
guint         sk_compliance_get_notes    (SkCompliance *self);
/* Runs the check now (tests; normally it follows the edits by itself). */
void          sk_compliance_recheck      (SkCompliance *self);
/* Microseconds the last check took. */
gint64        sk_compliance_get_last_duration (SkCompliance *self);

G_END_DECLS
