/* sk-check-private.h: what the checks share */
#pragma once

#include "sk-check.h"
#include "sk-i18n.h"
#include "sk-staffing.h"

G_BEGIN_DECLS

typedef struct {
  SkProposal *proposal;
  SkRuleSet *rules;
  const char *lang;   /* of record names */
  const char *msg_lang; /* of messages; NULL: the interface's */
  const char *export_lang; /* content expected in it; NULL: not checked */
  int year;           /* rankings are judged from */
  SkRecord *info;     /* the proposal's own record */
  SkStaffing *staffing;
  int term_first_year; /* 0 when the term is not known */
  int term_last_year;
  GHashTable *same_as; /* institution id -> the id of the first record of
                        * the same institution (later records only) */
  GPtrArray *findings;
  const struct _SkRankings *rankings; /* NULL: entries not verified */
} SkCheckContext;

/* Adds a finding of @check_id (its severity from the rule set; nothing
 * when the check is off) pointing at (@kind, @id). */
void        sk_check_add (SkCheckContext *ctx, const char *check_id, const char *kind,
                          gint64 id, const char *format, ...) G_GNUC_PRINTF (5, 6);
gboolean    sk_check_enabled (SkCheckContext *ctx, const char *check_id);
/* Gives the findings added since the first @since ones the suggestions
 * (taken over). */
void        sk_check_suggest (SkCheckContext *ctx, guint since, GStrv suggestions);
const char *sk_check_name    (SkCheckContext *ctx, SkRecord *record);
/* The label of an enum field's value in the messages' language. */
const char *sk_check_enum_label (SkCheckContext *ctx, SkRecord *record, const char *field);

/* Messages in the language the check was asked for (xgettext keywords). */
#define TR(msgid) sk_tr (ctx->msg_lang, msgid)
#define TRN(singular, plural, n) sk_ntr (ctx->msg_lang, singular, plural, n)
#define TRC(context, msgid) sk_trc (ctx->msg_lang, context, msgid)
/* "2029, 2031" */
char       *sk_check_years_text (GArray *years);
/* "36" or "36.5" */
char       *sk_check_percent_text (double percent);
/* The same, with more decimals where needed not to round onto @limit. */
char       *sk_check_share_text   (double percent, int limit, const char *lang);
/* @s for comparison: composed, case-folded, every run of punctuation and
 * spaces one space, none at the ends ("Sh. Yessenov  University" and
 * "sh yessenov university" are the same). Never NULL. */
char       *sk_check_normalise    (const char *s);
/* Does a country or citizenship field name Kazakhstan ("KZ", "Kazakhstan",
 * "Казахстан", "Қазақстан", ...)? */
gboolean    sk_check_is_kazakhstan (const char *country);
/* Walks the records of @kind with @r (a borrowed SkRecord*). The body is
 * inside two loops: use continue, not break. */
#define SK_CHECK_FOREACH(ctx, kind, r) \
  for (guint r##_i = 0, r##_n = sk_proposal_count ((ctx)->proposal, (kind)); r##_i < r##_n; r##_i++) \
    for (SkRecord *r = sk_check_record_at ((ctx), (kind), r##_i); r != NULL; r = NULL)

/* The record at @position of @kind, borrowed (the proposal keeps it). */
SkRecord   *sk_check_record_at (SkCheckContext *ctx, const char *kind, guint position);

/* Finds (and reports) institutions recorded more than once; fills
 * ctx->same_as. Runs before the other checks. */
void   sk_check_find_duplicates (SkCheckContext *ctx);
/* The id of the first record of the institution @id is a record of. */
gint64 sk_check_institution_of  (SkCheckContext *ctx, gint64 id);

void sk_check_term_and_model (SkCheckContext *ctx);
void sk_check_agreements_term (SkCheckContext *ctx);
void sk_check_partners       (SkCheckContext *ctx);
void sk_check_staff          (SkCheckContext *ctx);
void sk_check_programmes     (SkCheckContext *ctx);
void sk_check_branch         (SkCheckContext *ctx);
void sk_check_plan           (SkCheckContext *ctx);
void sk_check_languages      (SkCheckContext *ctx);
void sk_check_rankings       (SkCheckContext *ctx);

G_END_DECLS
