/* sk-file.c: reading an input file given by the user, within bounds */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sk-error.h"
#include "sk-file.h"

static gboolean
fail_errno (GError **error, int saved)
{
  g_set_error_literal (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO, g_strerror (saved));
  return FALSE;
}

static gboolean
too_large (GError **error, gsize max_bytes)
{
  g_autofree char *size = g_format_size (max_bytes);

  /* TRANSLATORS: %s: a size such as "64.0 MB" */
  g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO,
               _("The file is larger than %s."), size);
  return FALSE;
}

gboolean
sk_file_read_bounded (const char *path, gsize max_bytes,
                      char **contents, gsize *length, GError **error)
{
  struct stat st;
  g_autofree char *buf = NULL;
  gsize used = 0, allocated;
  int fd;

  g_return_val_if_fail (path != NULL && contents != NULL, FALSE);

  /* Non-blocking, so that opening a FIFO does not wait for a writer;
   * no controlling terminal from a tty. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    return fail_errno (error, errno);
  if (fstat (fd, &st) != 0)
    {
      int saved = errno;
      close (fd);
      return fail_errno (error, saved);
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      if (S_ISDIR (st.st_mode))
        g_set_error_literal (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO,
                             _("This is a folder, not a file."));
      else
        g_set_error_literal (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO,
                             _("This is not a regular file."));
      return FALSE;
    }
  if (st.st_size < 0 || (guint64) st.st_size > max_bytes)
    {
      close (fd);
      return too_large (error, max_bytes);
    }

  /* The size may change while reading: read at most one byte more than
   * allowed, to tell a file that grew past the bound. */
  allocated = (gsize) st.st_size + 1;
  buf = g_malloc (allocated + 1);
  for (;;)
    {
      gssize n;

      if (used == allocated)
        {
          if (used > max_bytes)
            break;
          allocated = MIN (allocated * 2, max_bytes + 1);
          buf = g_realloc (buf, allocated + 1);
        }
      n = read (fd, buf + used, allocated - used);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;
          close (fd);
          return fail_errno (error, saved);
        }
      if (n == 0)
        break;
      used += (gsize) n;
    }
  close (fd);
  if (used > max_bytes)
    return too_large (error, max_bytes);
  buf[used] = '\0';
  *contents = g_steal_pointer (&buf);
  if (length)
    *length = used;
  return TRUE;
}
