/* fuzz-json.c: importing a JSON document. Oracles: a refused document
 * leaves no file; an accepted one opens, and its export imports again to
 * the same export (JSON that Seriktes writes it can read). */
#include "config.h"

#include <glib/gstdio.h>

#include "fuzz-common.h"
#include "sk-json.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static char *out, *again;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = NULL;
  g_autoptr (SkProposal) q = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json2 = NULL;

  fuzz_init ();
  if (out == NULL)
    {
      out = fuzz_path ("imported.seriktes");
      again = fuzz_path ("again.seriktes");
    }
  g_unlink (out);
  if (!sk_json_import_data ((const char *) data, (gssize) size, out, TRUE, &error))
    {
      if (g_file_test (out, G_FILE_TEST_EXISTS))
        g_error ("a refused import left a file: %s", error->message);
      return 0;
    }
  p = sk_proposal_open (out, SK_OPEN_READ_ONLY, &error);
  if (p == NULL)
    g_error ("an imported proposal does not open: %s", error->message);
  json = sk_json_export_string (p, TRUE);
  if (!sk_json_import_data (json, -1, again, TRUE, &error))
    g_error ("the export of an imported proposal does not import: %s", error->message);
  q = sk_proposal_open (again, SK_OPEN_READ_ONLY, &error);
  if (q == NULL)
    g_error ("the re-imported proposal does not open: %s", error->message);
  json2 = sk_json_export_string (q, TRUE);
  if (g_strcmp0 (json, json2) != 0)
    g_error ("export, import, export changed the JSON");
  return 0;
}
