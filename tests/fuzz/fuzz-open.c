/* fuzz-open.c: a proposal file from arbitrary bytes. Built twice: as is
 * (fuzz-open: the bytes are the file) and with FUZZ_PATCH (fuzz-open-patch:
 * the bytes are patches to a valid example, which reach far more of the
 * loader than random files, nearly all of which fail the header check).
 *
 * Patch input: byte 0 picks the example; then groups of 4 bytes, an offset
 * (24 bits, big-endian, modulo the file's size) and the byte to put there. */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static char *path;

  fuzz_init ();
  if (path == NULL)
    path = fuzz_path ("input.seriktes");
#ifdef FUZZ_PATCH
  {
    g_autoptr (GBytes) base = NULL;
    gsize length;
    g_autofree uint8_t *file = NULL;

    if (size < 1)
      return 0;
    base = fuzz_example (data[0]);
    file = g_memdup2 (g_bytes_get_data (base, &length), g_bytes_get_size (base));
    for (size_t i = 1; i + 4 <= size; i += 4)
      {
        gsize offset = ((gsize) data[i] << 16 | (gsize) data[i + 1] << 8 | data[i + 2]) % length;
        file[offset] = data[i + 3];
      }
    fuzz_write_file (path, file, length);
  }
#else
  fuzz_write_file (path, data, size);
#endif
  fuzz_exercise (path);
  return 0;
}
