/* sk-compliance.h: the findings of an open proposal, kept current */
#pragma once

#include <gio/gio.h>

#include "sk-check.h"
#include "sk-proposal.h"

G_BEGIN_DECLS

#define SK_TYPE_COMPLIANCE (sk_compliance_get_type ())
G_DECLARE_FINAL_TYPE (SkCompliance, sk_compliance, SK, COMPLIANCE, GObject)

/* Checks @proposal against @rules and again after every change (in an
 * idle, once for a burst of changes), each time in a worker thread
 * (SkCheckService): the findings come later, on the main thread, and
 * until the first ones are here the compliance is not "checked". */
SkCompliance *sk_compliance_new          (SkProposal *proposal, SkRuleSet *rules);
/* The findings (SkFinding), replaced as a whole at each check. */
GListModel   *sk_compliance_get_findings (SkCompliance *self);
SkRuleSet    *sk_compliance_get_rules    (SkCompliance *self);
/* The findings as an array (new reference), for the core's functions. */
GPtrArray    *sk_compliance_dup_findings (SkCompliance *self);
/* "2 errors, 3 warnings, 1 note" in the interface language ("Checking
 * against the rules…" until the first findings are here). */
char         *sk_compliance_summary      (SkCompliance *self);
guint         sk_compliance_get_errors   (SkCompliance *self);
guint         sk_compliance_get_warnings (SkCompliance *self);
guint         sk_compliance_get_notes    (SkCompliance *self);
/* Runs the check now, on this thread (tests; normally it follows the
 * edits by itself); a result under way is dropped. */
void          sk_compliance_recheck      (SkCompliance *self);
/* Are the findings of a first check here? ("checked" property; the
 * counts and findings are empty until then) */
gboolean      sk_compliance_is_checked   (SkCompliance *self);
/* Is a check asked for or running? */
gboolean      sk_compliance_is_checking  (SkCompliance *self);
/* Runs the checks after edits on the main thread, as before the worker
 * (benchmarks compare the two). */
void          sk_compliance_set_on_main_thread (SkCompliance *self, gboolean on_main);
/* Microseconds the last check took. */
gint64        sk_compliance_get_last_duration (SkCompliance *self);

G_END_DECLS
