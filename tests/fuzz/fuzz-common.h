/* fuzz-common.h: what the libFuzzer harnesses of tests/fuzz share */
#pragma once

#include <glib.h>
#include <stddef.h>
#include <stdint.h>

#include "sk-proposal.h"
#include "sk-rules.h"

G_BEGIN_DECLS

/* Once per process: warnings and criticals abort (as G_DEBUG=fatal-warnings
 * in the tests), English messages, a private scratch folder (in /dev/shm
 * when there is one). */
void        fuzz_init          (void);

/* A path in the scratch folder. */
char       *fuzz_path          (const char *name);

/* Writes @size bytes to @path (replacing it and any journal beside it). */
void        fuzz_write_file    (const char *path, const uint8_t *data, size_t size);

/* The bytes of an example proposal file (n modulo the number of them);
 * the examples are the build tree's (SK_EXAMPLES_DIR overrides). */
GBytes     *fuzz_example       (guint n);
guint       fuzz_n_examples    (void);

/* The built-in rule set, made once. */
SkRuleSet  *fuzz_rules         (void);

/* What a reviewer does with a file that opened: summary, check, JSON
 * export, fingerprint; then, opened for editing, edits undone and redone.
 * Aborts when an oracle fails (the undo does not restore the JSON). */
void        fuzz_exercise      (const char *path);

G_END_DECLS
