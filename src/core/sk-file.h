/* sk-file.h: reading an input file given by the user, within bounds */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Upper bounds of the inputs read whole into memory. */
#define SK_JSON_MAX_BYTES  (256u * 1024 * 1024)
#define SK_CSV_MAX_BYTES   (64u * 1024 * 1024)
#define SK_RULES_MAX_BYTES (1024u * 1024)

/* Reads the regular file at @path, at most @max_bytes of it, into a new
 * NUL-terminated buffer. A folder, a device, a FIFO or a socket (also
 * through a symbolic link) is refused without reading or waiting, and so
 * is a file larger than @max_bytes, with a translated message that names
 * the reason only (callers add what the file was meant to be). The error
 * is in SK_PROPOSAL_ERROR (IO). */
gboolean sk_file_read_bounded (const char *path, gsize max_bytes,
                               char **contents, gsize *length, GError **error);

G_END_DECLS
