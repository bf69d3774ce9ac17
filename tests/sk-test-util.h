/* sk-test-util.h: helpers shared by the tests */
#pragma once

#include <glib.h>

#include "sk-proposal.h"

G_BEGIN_DECLS

/* A fresh temporary folder (removed at exit) and a path inside it. */
char     *sk_test_tmp_path        (const char *name);

/* The path of a built example (SK_EXAMPLES_DIR), and a writable copy of it
 * in the temporary folder, under its own name or as @as. */
char     *sk_test_example_path    (const char *name);
char     *sk_test_example_copy    (const char *name);
char     *sk_test_example_copy_as (const char *name, const char *as);

/* A record of @kind with every field set to a valid value; references
 * name the first record of their target kind in @proposal. */
SkRecord *sk_test_full_record     (SkProposal *proposal, const SkKind *kind, int variant);

/* Inserts a full record of every kind (the proposal's own record is
 * updated) and returns the proposal. */
SkProposal *sk_test_full_proposal (const char *path);

/* The kinds only the review writes (remarks, replies, decisions, status
 * events), which the generic API refuses. */
gboolean  sk_test_is_workflow_kind (const char *kind);
/* A review history through the review API: remarks, submission, a
 * decision withdrawn, a decision, revision, responses; a draft again. */
void      sk_test_add_history     (SkProposal *p);

/* The SHA-256 of a file's bytes, or of a folder's name (for "unchanged"). */
char     *sk_test_file_digest     (const char *path);

/* The JSON of a generated proposal with @n_programmes dual degree
 * programmes, @n_staff lecturers (three in four Kazakhstani, one in seven
 * with only a master's degree) and @per_staff assignments each: for
 * benchmarks. */
char     *sk_test_generate_json   (int n_programmes, int n_staff, int per_staff);

/* A record reference for messages. */
void      sk_test_assert_records_equal (SkRecord *a, SkRecord *b);

G_END_DECLS
