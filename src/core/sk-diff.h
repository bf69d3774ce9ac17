/* sk-diff.h: what changed between two versions of a proposal */
#pragma once

#include <json-glib/json-glib.h>

#include "sk-proposal.h"

G_BEGIN_DECLS

typedef enum {
  SK_DIFF_ADDED,
  SK_DIFF_REMOVED,
  SK_DIFF_CHANGED,
} SkDiffChange;

typedef struct {
  const char *field;  /* the field's name */
  char *before;       /* as text; NULL when unset */
  char *after;
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
 * fields, in the order of the record kinds. The status history is left
 * out; @lang is the language of record names. */
GPtrArray *sk_diff            (SkProposal *older, SkProposal *newer, const char *lang);

/* As text (translated) and as JSON (stable, for batch work). */
char      *sk_diff_to_text    (GPtrArray *entries);
JsonNode  *sk_diff_to_json    (GPtrArray *entries);

G_END_DECLS
