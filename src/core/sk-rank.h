/* sk-rank.h: ranks as the publishers write them */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  gboolean ranked; /* FALSE for "Reporter", "-", "n/a" */
  int lower;       /* best possible position, >= 1 */
  int upper;       /* worst possible position; 0 when open-ended ("801+") */
} SkRank;

/* Parses "12", "=3", "7=", "101-150", "401–500", "1501+", "Reporter", "-",
 * "n/a". Anything else is an error with a message saying what is accepted. */
gboolean sk_rank_parse (const char *text, SkRank *rank, GError **error);

G_END_DECLS
