/* sk-json.h: a proposal as JSON (see docs/json-format.md) */
#pragma once

#include <json-glib/json-glib.h>

#include "sk-proposal.h"

G_BEGIN_DECLS

#define SK_JSON_FORMAT "seriktes-proposal"

/* The whole proposal as a JSON document. */
JsonNode  *sk_json_export          (SkProposal *self);
char      *sk_json_export_string   (SkProposal *self, gboolean pretty);

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
