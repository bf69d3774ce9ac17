/* sk-error.c */
#include "config.h"

#include "sk-error.h"

G_DEFINE_QUARK (sk-proposal-error-quark, sk_proposal_error)
