/* sk-application.h */
#pragma once

#include <adwaita.h>

#include "sk-rules.h"

G_BEGIN_DECLS

#define SK_TYPE_APPLICATION (sk_application_get_type ())
G_DECLARE_FINAL_TYPE (SkApplication, sk_application, SK, APPLICATION, AdwApplication)

SkApplication *sk_application_new           (void);
/* The rule set the windows check against (--rules FILE, or the built-in). */
SkRuleSet     *sk_application_get_rule_set (SkApplication *self);

G_END_DECLS
