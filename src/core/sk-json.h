/* sk-json.h: a proposal as JSON (see docs/json-format.md) */
#pragma once

#include <json-glib/json-glib.h>

#include "sk-proposal.h"

G_BEGIN_DECLS

#define SK_JSON_FORMAT "seriktes-proposal"

/* The whole proposal as a JSON document. */
JsonNode  *sk_json_export          (SkProposal *self);
char      *sk_json_export_string   (SkProposal *self, gboolean pretty);

/* Receives the canonical text piece by piece. */
typedef void (*SkJsonSink) (const char *text, gsize length, gpointer data);

/* The proposal as JSON without spaces, every object's members sorted by
 * name (the text the fingerprint is made of), handed to @sink in pieces
 * as it is written: no tree of the whole proposal is built. The top-level
 * keys in @omit_sections and the proposal's own fields in
 * @omit_info_fields (both NULL-terminated, or NULL) are left out. */
void       sk_json_write_canonical (SkProposal *self, const char * const *omit_sections,
                                    const char * const *omit_info_fields,
                                    SkJsonSink sink, gpointer data);

/* Instead of a member's value in the canonical text (@key: a field's or
 * a trilingual group's name): TRUE with *@text a string to write, or
 * NULL to leave the member out; FALSE for the value as it is. */
typedef gboolean (*SkJsonOverride) (const SkKind *kind, SkRecord *record, const char *key,
                                    const char **text, gpointer data);

/* The same with some members' values replaced (the content of an older
 * file format, for its fingerprint). */
void       sk_json_write_canonical_full (SkProposal *self, const char * const *omit_sections,
                                         const char * const *omit_info_fields,
                                         SkJsonOverride override, gpointer override_data,
                                         SkJsonSink sink, gpointer data);

/* Validates a JSON document and turns it into records (the proposal's own
 * record first). Errors name the JSON path ("$.staff[3].side"). */
GPtrArray *sk_json_to_records      (JsonNode *root, GError **error);

/* Reads @json_path and writes a new proposal file at @out_path; an existing
 * file is replaced only when @force. Nothing is written on error. */
gboolean   sk_json_import_file     (const char *json_path, const char *out_path,
                                    gboolean force, GError **error);

/* The same from JSON text in memory. */
gboolean   sk_json_import_data     (const char *data, gssize length, const char *out_path,
                                    gboolean force, GError **error);

G_END_DECLS
