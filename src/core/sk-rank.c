/* sk-rank.c */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sk-error.h"
#include "sk-rank.h"

#define MAX_RANK 100000

/* Reads a positive whole number at *p and moves past it. */
static gboolean
read_number (const char **p, int *out)
{
  const char *s = *p;
  int n = 0;

  if (!g_ascii_isdigit (*s))
    return FALSE;
  while (g_ascii_isdigit (*s))
    {
      n = n * 10 + (*s - '0');
      if (n > MAX_RANK)
        return FALSE;
      s++;
    }
  if (n < 1)
    return FALSE;
  *p = s;
  *out = n;
  return TRUE;
}

static const char *
skip_spaces (const char *s)
{
  while (*s == ' ' || *s == '\t')
    s++;
  return s;
}

/* A hyphen, en dash or em dash between the bounds of a band. */
static gboolean
read_dash (const char **p)
{
  static const char * const dashes[] = { "-", "\xe2\x80\x93", "\xe2\x80\x94" };
  const char *s = skip_spaces (*p);

  for (guint i = 0; i < G_N_ELEMENTS (dashes); i++)
    if (g_str_has_prefix (s, dashes[i]))
      {
        *p = skip_spaces (s + strlen (dashes[i]));
        return TRUE;
      }
  return FALSE;
}

static gboolean
parse (const char *s, SkRank *rank)
{
  int a = 0, b = 0;

  if (*s == '=')
    s++;
  if (!read_number (&s, &a))
    return FALSE;
  if (*s == '\0' || (s[0] == '=' && s[1] == '\0'))
    {
      *rank = (SkRank) { TRUE, a, a };
      return TRUE;
    }
  if (s[0] == '+' && s[1] == '\0')
    {
      *rank = (SkRank) { TRUE, a, 0 };
      return TRUE;
    }
  if (read_dash (&s) && read_number (&s, &b) && *s == '\0' && a <= b)
    {
      *rank = (SkRank) { TRUE, a, b };
      return TRUE;
    }
  return FALSE;
}

gboolean
sk_rank_parse (const char *text, SkRank *rank, GError **error)
{
  static const char * const unranked[] = { "reporter", "-", "\xe2\x80\x93", "n/a", "na", "nr" };
  g_autofree char *trimmed = NULL;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (rank != NULL, FALSE);

  trimmed = g_strstrip (g_strdup (text ? text : ""));
  folded = g_ascii_strdown (trimmed, -1);
  for (guint i = 0; i < G_N_ELEMENTS (unranked); i++)
    if (strcmp (folded, unranked[i]) == 0)
      {
        *rank = (SkRank) { FALSE, 0, 0 };
        return TRUE;
      }
  if (parse (trimmed, rank))
    return TRUE;

  g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
               /* TRANSLATORS: keep the examples as they are */
               _("“%s” is not a rank. Write it as the ranking does: 12, =3, 101-150, 401–500, 801+, or Reporter, - or n/a when not ranked."),
               trimmed);
  return FALSE;
}
