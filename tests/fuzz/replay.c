/* replay.c: a harness of tests/fuzz without libFuzzer, for the test suite
 * (any compiler, any build): every file in the folders (or the files)
 * given is passed to LLVMFuzzerTestOneInput once. A harness aborts on a
 * finding, so this program's success is that none of them is one. TAP. */
#include "config.h"

#include <glib.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static int
compare_paths (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
replay (const char *path, guint *n)
{
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr (GError) error = NULL;

  if (!g_file_get_contents (path, &data, &length, &error))
    g_error ("%s", error->message);
  LLVMFuzzerTestOneInput ((const uint8_t *) data, length);
  g_print ("ok %u - %s\n", ++*n, path);
}

int
main (int argc, char **argv)
{
  guint n = 0;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr (GDir) dir = NULL;
      g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      if (!g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          if (g_file_test (argv[i], G_FILE_TEST_EXISTS))
            replay (argv[i], &n);
          continue;
        }
      dir = g_dir_open (argv[i], 0, NULL);
      while (dir && (name = g_dir_read_name (dir)))
        g_ptr_array_add (names, g_build_filename (argv[i], name, NULL));
      g_ptr_array_sort (names, compare_paths);
      for (guint k = 0; k < names->len; k++)
        replay (names->pdata[k], &n);
    }
  g_print ("1..%u\n", n);
  return 0;
}
