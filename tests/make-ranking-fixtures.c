/* make-ranking-fixtures.c: writes the ranking-table fixtures into a folder
 * (for the CLI tests). Exit status 0, or 1 when a fixture (the XLSX
 * without libxlsxwriter) could not be written, 2 on wrong use. */
#include "config.h"

#include "sk-ranking-fixtures.h"

int
main (int argc, char **argv)
{
  if (argc != 2)
    {
      g_printerr ("usage: make-ranking-fixtures FOLDER\n");
      return 2;
    }
  return sk_fixtures_write_all (argv[1]) ? 0 : 1;
}
