/* sk-rules.h: the thresholds and severities of the compliance checks */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  SK_SEVERITY_OFF = -1,
  SK_SEVERITY_NOTE = 0,
  SK_SEVERITY_WARNING = 1,
  SK_SEVERITY_ERROR = 2,
} SkSeverity;

typedef enum {
  SK_BASIS_HEADCOUNT,
  SK_BASIS_FTE,
  SK_BASIS_HOURS,
  SK_N_BASES
} SkBasis;

#define SK_RULES_ERROR (sk_rules_error_quark ())
typedef enum {
  SK_RULES_ERROR_READ,    /* the file cannot be read */
  SK_RULES_ERROR_SYNTAX,  /* not a key file */
  SK_RULES_ERROR_KEY,     /* an unknown, missing or invalid key */
} SkRulesError;
GQuark sk_rules_error_quark (void);

#define SK_TYPE_RULE_SET (sk_rule_set_get_type ())
G_DECLARE_FINAL_TYPE (SkRuleSet, sk_rule_set, SK, RULE_SET, GObject)

/* The rule set that comes with Seriktes (data/rules/kz-mshe-2024.ini). */
SkRuleSet  *sk_rule_set_new_default   (void);
SkRuleSet  *sk_rule_set_new_from_file (const char *path, GError **error);
SkRuleSet  *sk_rule_set_new_from_data (const char *data, gssize length,
                                       const char *name_for_errors, GError **error);

/* Name= (in English, or the file's own language) */
const char *sk_rule_set_get_name      (SkRuleSet *self);
/* Name[kk]= or Name[ru]= for @lang, Name= when it is not given. */
const char *sk_rule_set_get_name_in   (SkRuleSet *self, const char *lang);
const char *sk_rule_set_get_version   (SkRuleSet *self);

int         sk_rule_set_min_term_years       (SkRuleSet *self);
int         sk_rule_set_ranking_cut_off      (SkRuleSet *self);
gboolean    sk_rule_set_accepts_publisher    (SkRuleSet *self, const char *publisher);
int         sk_rule_set_ranking_max_age      (SkRuleSet *self);
SkBasis     sk_rule_set_staffing_basis       (SkRuleSet *self);
int         sk_rule_set_kazakh_max_percent   (SkRuleSet *self);
int         sk_rule_set_foreign_max_percent  (SkRuleSet *self);
int         sk_rule_set_foreign_min_percent  (SkRuleSet *self);
int         sk_rule_set_master_teaching_years (SkRuleSet *self);
int         sk_rule_set_master_practice_years (SkRuleSet *self);
int         sk_rule_set_min_foreigners       (SkRuleSet *self);
int         sk_rule_set_min_sent_abroad      (SkRuleSet *self);
/* The severity of a check id (SK_SEVERITY_OFF when switched off). */
SkSeverity  sk_rule_set_severity             (SkRuleSet *self, const char *check_id);

/* The check ids a rule set must give a severity for. */
const char * const *sk_rule_set_check_ids    (void);

const char *sk_basis_name                    (SkBasis basis); /* code */
const char *sk_severity_name                 (SkSeverity severity); /* code */

G_END_DECLS
