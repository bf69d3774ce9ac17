/* sk-check-service.h: the compliance check of an open proposal run in a
 * worker thread, on a snapshot of the proposal's file, so that an edit
 * never waits for it; only the newest request's findings are delivered,
 * on the main thread */
#pragma once

#include <gio/gio.h>

#include "sk-check.h"
#include "sk-proposal.h"
#include "sk-rules.h"

G_BEGIN_DECLS

#define SK_TYPE_CHECK_SERVICE (sk_check_service_get_type ())
G_DECLARE_FINAL_TYPE (SkCheckService, sk_check_service, SK, CHECK_SERVICE, GObject)

/* Checks against @rules; the ranking tables of the application's ranking
 * service, once loaded, verify the ranking entries. */
SkCheckService *sk_check_service_new     (SkRuleSet *rules);
SkRuleSet      *sk_check_service_get_rules (SkCheckService *self);

/* Asks for a check of @proposal as it is now. Its file is copied at once
 * (a copy of its pages, cheap) and checked in a worker; while a check
 * runs, requests wait and only the newest is made, from the proposal as
 * it is when the worker is free. "findings-changed" is emitted on the
 * main thread with the findings of the newest request; older results
 * are dropped. Call on the main thread, outside an edit group. */
void            sk_check_service_request (SkCheckService *self, SkProposal *proposal);

/* Checks @proposal now, on this thread (tests, and a proposal in the
 * middle of an edit group); results of earlier requests still under way
 * are dropped. Emits "findings-changed" too and returns the findings
 * (new reference). */
GPtrArray      *sk_check_service_run     (SkCheckService *self, SkProposal *proposal);

/* Drops every result under way (the proposal is closed). */
void            sk_check_service_cancel  (SkCheckService *self);

/* Is a check waiting or under way? ("busy" property) */
gboolean        sk_check_service_is_busy (SkCheckService *self);

G_END_DECLS
