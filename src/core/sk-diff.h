/* sk-diff.h: what changed between two versions of a proposal */
#pragma once

#include <json-glib/json-glib.h>

#include "sk-check.h"
#include "sk-proposal.h"

G_BEGIN_DECLS

typedef enum {
  SK_DIFF_ADDED,
  SK_DIFF_REMOVED,
  SK_DIFF_CHANGED,
} SkDiffChange;

typedef struct {
  const char *field;  /* the field's name */
  char *label;        /* its label as users read it, with the language of a trilingual text */
  char *before;       /* the value as users read it (yes/no, the label of a choice, a
                       * localised date, money); NULL when unset */
  char *after;
  GVariant *before_value; /* the values as stored (NULL when unset), for JSON */
  GVariant *after_value;
} SkDiffField;

typedef struct {
  const SkKind *kind;
  gint64 id;
  SkDiffChange change;
  char *name;         /* the record's display name (from the newer version when it has it) */
  GPtrArray *fields;  /* SkDiffField, for SK_DIFF_CHANGED */
} SkDiffEntry;

void       sk_diff_entry_free (SkDiffEntry *entry);

/* Record by record (matched by kind and id): added, removed, and changed
 * fields, in the order of the record kinds. The review's own data (status,
 * fingerprint, history, remarks, decisions) are left out; @lang (kk, ru,
 * en; NULL: the interface's) is the language of names and values. */
GPtrArray *sk_diff            (SkProposal *older, SkProposal *newer, const char *lang);

/* As text (translated) and as JSON (stable, for batch work). */
char      *sk_diff_to_text    (GPtrArray *entries);
JsonNode  *sk_diff_to_json    (GPtrArray *entries);

/* What a reviewer wants to know of a new version: the changed records,
 * the change in compliance and the remarks answered in between. */
typedef struct {
  char *lang;
  GPtrArray *changes;    /* SkDiffEntry */
  GPtrArray *resolved;   /* SkFinding of the older version the newer no longer has */
  GPtrArray *added;      /* SkFinding of the newer version the older did not have */
  GPtrArray *unchanged;  /* SkFinding of the newer version the older had too */
  guint older_counts[3]; /* errors, warnings, notes */
  guint newer_counts[3];
  GPtrArray *remarks;    /* SkRecord (the newer's): remarks answered between the versions */
  GPtrArray *responses;  /* SkRecord: the last response to each of them */
} SkComparison;

/* Findings are matched by check and record. @options as for sk_check()
 * (its language is the comparison's); @rules NULL: the built-in rules. */
SkComparison *sk_comparison_new     (SkProposal *older, SkProposal *newer, SkRuleSet *rules,
                                     const SkCheckOptions *options);
void          sk_comparison_free    (SkComparison *comparison);
/* Nothing changed: neither the content nor the answers to remarks. */
gboolean      sk_comparison_is_empty (SkComparison *comparison);
char         *sk_comparison_to_text (SkComparison *comparison);
JsonNode     *sk_comparison_to_json (SkComparison *comparison);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkComparison, sk_comparison_free)

G_END_DECLS
