/* sk-ranking-table.c: reading a publisher's ranking table as it is written */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/stat.h>

#include "sk-file.h"
#include "sk-ranking-private.h"
#include "sk-xlsx.h"

#define HEADER_SEARCH_ROWS 30
#define MAX_CSV_COLUMNS 256
#define MAX_CSV_ROWS 200000

G_DEFINE_QUARK (sk-ranking-error-quark, sk_ranking_error)

static void
row_free (SkRankingRow *row)
{
  g_free (row->rank_text);
  g_free (row->name);
  g_free (row->country);
  g_free (row->aliases);
  g_free (row->key);
  g_free (row);
}

static void
problem_free (SkRankingProblem *p)
{
  g_free (p->message);
  g_free (p);
}

void
sk_ranking_table_free (SkRankingTable *t)
{
  if (t == NULL)
    return;
  g_free (t->publisher);
  g_free (t->scope);
  g_free (t->subject);
  g_free (t->source_file);
  g_free (t->format);
  g_free (t->encoding);
  g_free (t->loaded_at);
  g_free (t->rank_column);
  g_free (t->name_column);
  g_free (t->country_column);
  g_ptr_array_unref (t->rows);
  g_ptr_array_unref (t->problems);
  g_clear_pointer (&t->index, g_hash_table_unref);
  g_free (t);
}

static const char *
publisher_short (const char *code)
{
  if (g_strcmp0 (code, "qs") == 0)
    return "QS";
  if (g_strcmp0 (code, "the") == 0)
    return "THE";
  if (g_strcmp0 (code, "arwu") == 0)
    return "ARWU";
  return code;
}

char *
sk_ranking_title (const char *publisher, int year, const char *subject)
{
  if (subject && *subject)
    return g_strdup_printf ("%s %d (%s)", publisher_short (publisher), year, subject);
  return g_strdup_printf ("%s %d", publisher_short (publisher), year);
}

char *
sk_ranking_table_title (const SkRankingTable *t)
{
  return sk_ranking_title (t->publisher, t->year, t->subject);
}

SkRankingTable *
sk_ranking_table_new_internal (void)
{
  SkRankingTable *t = g_new0 (SkRankingTable, 1);

  t->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  t->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
  return t;
}

/* ---- options ---- */

char *
sk_ranking_parse_columns (const char *spec, SkRankingImportOptions *options, GError **error)
{
  char *copy = g_strdup (spec);
  char *p = copy;

  while (p && *p)
    {
      char *next = strchr (p, ',');
      char *eq = strchr (p, '=');

      if (next)
        *next++ = '\0';
      if (eq == NULL || eq == p || eq[1] == '\0')
        goto bad;
      *eq = '\0';
      g_strstrip (p);
      if (g_ascii_strcasecmp (p, "rank") == 0)
        options->rank_column = g_strstrip (eq + 1);
      else if (g_ascii_strcasecmp (p, "name") == 0)
        options->name_column = g_strstrip (eq + 1);
      else if (g_ascii_strcasecmp (p, "country") == 0)
        options->country_column = g_strstrip (eq + 1);
      else
        goto bad;
      p = next;
    }
  return copy;

bad:
  g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_OPTIONS,
               /* TRANSLATORS: keep rank=, name= and country= as they are */
               _("“%s” does not name the columns. Write them as rank=HEADING,name=HEADING,country=HEADING (a heading or a column number)."),
               spec);
  g_free (copy);
  return NULL;
}

static gboolean
check_options (const SkRankingImportOptions *o, GError **error)
{
  if (o == NULL || o->publisher == NULL ||
      (strcmp (o->publisher, "qs") != 0 && strcmp (o->publisher, "the") != 0 &&
       strcmp (o->publisher, "arwu") != 0))
    {
      g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_OPTIONS,
                   /* TRANSLATORS: keep qs, the and arwu as they are */
                   _("Say whose table it is: qs, the or arwu."));
      return FALSE;
    }
  if (o->year < 2000 || o->year > 2100)
    {
      g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_OPTIONS,
                   _("Say which edition (year) the table is, for example 2025."));
      return FALSE;
    }
  return TRUE;
}

/* ---- text encodings ---- */

static gboolean
looks_utf16 (const guint8 *d, gsize n, gboolean *little_endian)
{
  gsize even = 0, odd = 0, m = MIN (n, 4096) & ~(gsize) 1;

  for (gsize i = 0; i < m; i += 2)
    {
      even += d[i] == 0;
      odd += d[i + 1] == 0;
    }
  if (m >= 4 && odd > m / 4 && even == 0)
    {
      *little_endian = TRUE;
      return TRUE;
    }
  if (m >= 4 && even > m / 4 && odd == 0)
    {
      *little_endian = FALSE;
      return TRUE;
    }
  return FALSE;
}

/* Windows-1251 text has runs of letters in 0xC0-0xFF; Windows-1252 and
 * ISO-8859-1 text has accented letters between ASCII letters. */
static gboolean
looks_cyrillic (const guint8 *d, gsize n)
{
  gsize runs = 0, single = 0;

  for (gsize i = 0; i < n; i++)
    if (d[i] >= 0xc0)
      {
        gsize j = i;
        while (j < n && d[j] >= 0xc0)
          j++;
        if (j - i >= 3)
          runs++;
        else
          single++;
        i = j;
      }
  return runs > single;
}

static void
encoding_error (GError **error)
{
  g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_ENCODING,
               _("The text encoding of the file could not be recognised. Save the table as “CSV UTF-8” and try again."));
}

static char *
convert (const guint8 *d, gsize n, const char *from, GError **error)
{
  gsize written = 0;
  char *out = g_convert ((const char *) d, (gssize) n, "UTF-8", from, NULL, &written, NULL);

  if (out == NULL || memchr (out, '\0', written) != NULL)
    {
      g_free (out);
      encoding_error (error);
      return NULL;
    }
  return out;
}

/* The file's text as UTF-8, and the name of the encoding it was in. */
static char *
to_utf8 (const guint8 *d, gsize n, char **encoding, GError **error)
{
  gboolean le = FALSE;
  char *text;

  if (n >= 3 && memcmp (d, "\xef\xbb\xbf", 3) == 0)
    {
      *encoding = g_strdup ("UTF-8 (BOM)");
      d += 3, n -= 3;
      if (g_utf8_validate_len ((const char *) d, n, NULL) && memchr (d, '\0', n) == NULL)
        return g_strndup ((const char *) d, n);
      encoding_error (error);
      return NULL;
    }
  if (n >= 2 && (memcmp (d, "\xff\xfe", 2) == 0 || memcmp (d, "\xfe\xff", 2) == 0))
    {
      le = d[0] == 0xff;
      *encoding = g_strdup (le ? "UTF-16LE" : "UTF-16BE");
      return convert (d + 2, n - 2, *encoding, error);
    }
  if (looks_utf16 (d, n, &le))
    {
      *encoding = g_strdup (le ? "UTF-16LE" : "UTF-16BE");
      return convert (d, n, *encoding, error);
    }
  if (memchr (d, '\0', n) != NULL)
    {
      encoding_error (error);
      return NULL;
    }
  if (g_utf8_validate_len ((const char *) d, n, NULL))
    {
      *encoding = g_strdup ("UTF-8");
      return g_strndup ((const char *) d, n);
    }
  if (looks_cyrillic (d, n))
    {
      *encoding = g_strdup ("Windows-1251");
      return convert (d, n, "CP1251", error);
    }
  *encoding = g_strdup ("Windows-1252");
  text = convert (d, n, "CP1252", NULL);
  if (text == NULL)
    {
      g_free (*encoding);
      *encoding = g_strdup ("ISO-8859-1");
      text = convert (d, n, "ISO-8859-1", error);
    }
  return text;
}

char *
sk_ranking_text_to_utf8 (const guint8 *data, gsize length, char **encoding, GError **error)
{
  return to_utf8 (data, length, encoding, error);
}

/* ---- CSV ---- */

static char
detect_separator (const char *s)
{
  guint counts[3] = { 0 };
  const char seps[3] = { ',', ';', '\t' };
  gboolean quoted = FALSE;
  guint lines = 0, best = 0;

  for (; *s && lines < HEADER_SEARCH_ROWS; s++)
    {
      if (*s == '"')
        quoted = !quoted;
      else if (!quoted && *s == '\n')
        lines++;
      else if (!quoted)
        for (guint i = 0; i < 3; i++)
          counts[i] += *s == seps[i];
    }
  for (guint i = 1; i < 3; i++)
    if (counts[i] > counts[best])
      best = i;
  return seps[best];
}

/* Rows of fields with the line each row starts on; blank lines left out. */
static GPtrArray *
split_csv (const char *text, GError **error)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_xlsx_row_free);
  g_autoptr (GString) field = g_string_new (NULL);
  SkXlsxRow *row = NULL;
  char sep = detect_separator (text);
  gboolean quoted = FALSE, started = FALSE;
  guint line = 1, row_line = 1;

  for (const char *p = text;; p++)
    {
      char c = *p;

      if (quoted && c != '\0')
        {
          if (c == '"' && p[1] == '"')
            g_string_append_c (field, '"'), p++;
          else if (c == '"')
            quoted = FALSE;
          else
            {
              line += c == '\n';
              g_string_append_c (field, c);
            }
          continue;
        }
      if (c == '"' && !started)
        {
          quoted = started = TRUE;
          continue;
        }
      if (c == sep || c == '\n' || c == '\r' || c == '\0')
        {
          if (row == NULL)
            {
              row = g_new0 (SkXlsxRow, 1);
              row->number = row_line;
              row->cells = g_ptr_array_new_with_free_func (g_free);
            }
          if (row->cells->len >= MAX_CSV_COLUMNS)
            {
              sk_xlsx_row_free (row);
              g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_NOT_TABLE,
                           /* TRANSLATORS: %u is the number of a row (an ordinal); %d is the fixed limit of columns, 256: write the form for that number */
                           _("Row %u has more than %d columns: this is not a ranking table."),
                           row_line, MAX_CSV_COLUMNS);
              return NULL;
            }
          g_ptr_array_add (row->cells, g_strdup (g_strstrip (field->str)));
          g_string_truncate (field, 0);
          started = FALSE;
          if (c != sep)
            {
              gboolean blank = row->cells->len == 1 && *(char *) row->cells->pdata[0] == '\0';
              if (c == '\r' && p[1] == '\n')
                p++;
              if (blank)
                sk_xlsx_row_free (row);
              else if (rows->len >= MAX_CSV_ROWS)
                {
                  sk_xlsx_row_free (row);
                  g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_TOO_LARGE,
                               g_dngettext (GETTEXT_PACKAGE, "The table has more than %d row.",
                                            "The table has more than %d rows.", MAX_CSV_ROWS),
                               MAX_CSV_ROWS);
                  return NULL;
                }
              else
                g_ptr_array_add (rows, row);
              row = NULL;
              if (c == '\0')
                break;
              row_line = ++line;
            }
          continue;
        }
      g_string_append_c (field, c);
      started = TRUE;
    }
  if (quoted)
    {
      g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_NOT_TABLE,
                   /* TRANSLATORS: %u is the number of a row of the table (an ordinal, not a count) */
                   _("The quotation mark opened on row %u is never closed: the table is damaged."),
                   row_line);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

/* ---- the columns ---- */

typedef enum { ROLE_NONE, ROLE_RANK, ROLE_INDEX, ROLE_NAME, ROLE_COUNTRY, ROLE_TIE, ROLE_ALIASES } Role;

/* What a heading names, and the year in it ("2024 RANK", "WR2025"). */
static Role
role_of (const char *heading, int *year, int *priority)
{
  static const struct { const char *text; Role role; int priority; } names[] = {
    { "rank", ROLE_RANK, 3 }, { "ranking", ROLE_RANK, 3 }, { "world rank", ROLE_RANK, 3 },
    { "wr", ROLE_RANK, 3 }, { "overall rank", ROLE_RANK, 3 }, { "rank display", ROLE_RANK, 3 },
    { "position", ROLE_RANK, 2 }, { "место", ROLE_RANK, 2 }, { "рейтинг", ROLE_RANK, 2 },
    { "", ROLE_INDEX, 1 }, { "no", ROLE_INDEX, 1 },
    { "institution", ROLE_NAME, 3 }, { "institution name", ROLE_NAME, 3 }, { "name", ROLE_NAME, 3 },
    { "university", ROLE_NAME, 2 }, { "university name", ROLE_NAME, 3 },
    { "название", ROLE_NAME, 2 }, { "наименование", ROLE_NAME, 2 }, { "университет", ROLE_NAME, 2 },
    { "country", ROLE_COUNTRY, 3 }, { "country territory", ROLE_COUNTRY, 3 },
    { "location full", ROLE_COUNTRY, 3 }, { "location", ROLE_COUNTRY, 2 },
    { "country region", ROLE_COUNTRY, 3 }, { "страна", ROLE_COUNTRY, 2 },
    { "tie", ROLE_TIE, 3 }, { "tied", ROLE_TIE, 3 }, { "equal", ROLE_TIE, 3 },
    { "rank tie", ROLE_TIE, 3 }, { "aliases", ROLE_ALIASES, 3 }, { "alias", ROLE_ALIASES, 3 },
  };
  g_autofree char *lower = g_utf8_strdown (heading, -1);
  GString *words = g_string_new (NULL);
  g_autofree char *text = NULL;
  gboolean is_hash = FALSE;

  *year = 0;
  for (const char *p = lower; *p; p++)
    {
      if (g_ascii_isdigit (*p) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
          g_ascii_isdigit (p[3]) && !g_ascii_isdigit (p[4]) && (p[0] == '1' || p[0] == '2'))
        {
          *year = (int) g_ascii_strtoll (p, NULL, 10);
          p += 3;
          continue;
        }
      if (*p == '#' || *p == '=')
        is_hash |= *p == '#', g_string_append_c (words, *p == '=' ? 'E' : ' ');
      else if (g_ascii_isalnum (*p) || (guchar) *p >= 0x80)
        g_string_append_c (words, *p);
      else
        g_string_append_c (words, ' ');
    }
  {
    g_auto (GStrv) parts = g_strsplit (words->str, " ", -1);
    GString *joined = g_string_new (NULL);
    for (guint i = 0; parts[i]; i++)
      if (*parts[i])
        g_string_append_printf (joined, "%s%s", joined->len ? " " : "", parts[i]);
    text = g_string_free (joined, FALSE);
  }
  g_string_free (words, TRUE);

  *priority = 0;
  if (g_str_equal (text, "E"))
    {
      *priority = 2;
      return ROLE_TIE;
    }
  if (*text == '\0' && !is_hash && *year == 0)
    return ROLE_NONE;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (text, names[i].text))
      {
        *priority = names[i].priority;
        if (names[i].role == ROLE_INDEX && !is_hash)
          return ROLE_NONE;
        return names[i].role;
      }
  return ROLE_NONE;
}

typedef struct {
  int rank, name, country, tie, aliases; /* column positions, -1: none */
  guint header_index;                   /* in the rows array */
} Columns;

static const char *
cell (SkXlsxRow *row, int col)
{
  return col >= 0 && (guint) col < row->cells->len ? row->cells->pdata[col] : "";
}

/* A column named by the user: its heading in @header, or its number. */
static int
named_column (SkXlsxRow *header, const char *spec)
{
  char *end = NULL;
  guint64 n = g_ascii_strtoull (spec, &end, 10);

  if (end != spec && *end == '\0' && n >= 1 && n <= MAX_CSV_COLUMNS)
    return (int) n - 1;
  for (guint i = 0; header && i < header->cells->len; i++)
    {
      g_autofree char *a = g_utf8_casefold (header->cells->pdata[i], -1);
      g_autofree char *b = g_utf8_casefold (spec, -1);
      if (g_str_equal (a, b))
        return (int) i;
    }
  return -1;
}

static gboolean
all_numbers (const SkRankingImportOptions *o)
{
  const char *specs[] = { o->rank_column, o->name_column, o->country_column };

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    if (specs[i] && !g_ascii_isdigit (*specs[i]))
      return FALSE;
  return TRUE;
}

static gboolean
column_error (GError **error, const char *spec)
{
  g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_NOT_TABLE,
               _("The table has no column “%s”."), spec);
  return FALSE;
}

/* The year in a heading, 0 when none. */
static int
heading_year (const char *heading)
{
  int year = 0, priority = 0;
  role_of (heading, &year, &priority);
  return year;
}

static gboolean
check_year (SkXlsxRow *header, int col, int year, GError **error)
{
  int in_heading = heading_year (cell (header, col));

  if (in_heading != 0 && in_heading != year)
    {
      g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_YEAR,
                   /* TRANSLATORS: the heading of a column, the number of its row (an ordinal), then the year of the edition */
                   _("The rank column “%s” (row %u) is not of the %d edition. Check the year, or choose the rank column of that edition."),
                   cell (header, col), header->number, year);
      return FALSE;
    }
  return TRUE;
}

static gboolean
find_columns_by_heading (GPtrArray *rows, int year, Columns *c, GError **error)
{
  for (guint r = 0; r < rows->len && r < HEADER_SEARCH_ROWS; r++)
    {
      SkXlsxRow *row = rows->pdata[r];
      int best[7] = { 0 }, pos[7];
      int rank_year = -1, untagged = -1, first_rank = -1;
      g_autoptr (GString) years = g_string_new (NULL);

      for (guint i = 0; i < G_N_ELEMENTS (pos); i++)
        pos[i] = -1;
      for (guint i = 0; i < row->cells->len; i++)
        {
          int y = 0, priority = 0;
          Role role = role_of (row->cells->pdata[i], &y, &priority);

          if (role == ROLE_RANK)
            {
              if (first_rank < 0)
                first_rank = (int) i;
              if (y == year && rank_year < 0)
                rank_year = (int) i;
              else if (y == 0 && untagged < 0)
                untagged = (int) i;
              else if (y != 0)
                g_string_append_printf (years, "%s%d", years->len ? ", " : "", y);
            }
          else if (role != ROLE_NONE && priority > best[role])
            {
              best[role] = priority;
              pos[role] = (int) i;
            }
        }
      if (first_rank < 0 && pos[ROLE_INDEX] >= 0)
        untagged = first_rank = pos[ROLE_INDEX];
      if (first_rank < 0 || pos[ROLE_NAME] < 0)
        continue;

      c->header_index = r;
      c->rank = rank_year >= 0 ? rank_year : untagged;
      c->name = pos[ROLE_NAME];
      c->country = pos[ROLE_COUNTRY];
      c->tie = pos[ROLE_TIE];
      c->aliases = pos[ROLE_ALIASES];
      if (c->rank < 0)
        {
          g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_YEAR,
                       /* TRANSLATORS: the years of the columns found, the number of their row (an ordinal), then the year of the edition */
                       _("The table has rank columns of %s (row %u), not of %d. Check the year of the edition."),
                       years->str, row->number, year);
          return FALSE;
        }
      return TRUE;
    }
  g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_NOT_TABLE,
               _("This does not look like a ranking table: none of its first rows names a rank column and an institution column. If the columns have other headings, name them (rank, name, country)."));
  return FALSE;
}

static gboolean
find_columns (GPtrArray *rows, const SkRankingImportOptions *o, Columns *c, GError **error)
{
  SkXlsxRow *header;

  *c = (Columns) { -1, -1, -1, -1, -1, 0 };
  if (o->rank_column == NULL && o->name_column == NULL && o->country_column == NULL)
    return find_columns_by_heading (rows, o->year, c, error);

  if (o->rank_column == NULL || o->name_column == NULL)
    {
      g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_OPTIONS,
                   _("Name at least the rank and the name columns."));
      return FALSE;
    }
  if (all_numbers (o))
    {
      /* No headings needed: the first row whose rank cell is not a rank
       * is taken as the heading row, if there is one among the first. */
      int rank = named_column (NULL, o->rank_column);
      c->header_index = G_MAXUINT;
      for (guint r = 0; r < rows->len && r < HEADER_SEARCH_ROWS; r++)
        {
          SkRank unused;
          if (!sk_rank_parse (cell (rows->pdata[r], rank), &unused, NULL))
            c->header_index = r;
          else
            break;
        }
    }
  else
    {
      guint r;
      for (r = 0; r < rows->len && r < HEADER_SEARCH_ROWS; r++)
        if (named_column (rows->pdata[r], o->rank_column) >= 0 &&
            named_column (rows->pdata[r], o->name_column) >= 0)
          break;
      if (r == rows->len || r == HEADER_SEARCH_ROWS)
        return column_error (error, named_column (rows->len ? rows->pdata[0] : NULL, o->rank_column) < 0
                                    ? o->rank_column : o->name_column);
      c->header_index = r;
    }
  header = c->header_index != G_MAXUINT ? rows->pdata[c->header_index] : NULL;
  c->rank = named_column (header, o->rank_column);
  c->name = named_column (header, o->name_column);
  if (o->country_column && (c->country = named_column (header, o->country_column)) < 0)
    return column_error (error, o->country_column);
  if (header && !check_year (header, c->rank, o->year, error))
    return FALSE;
  return TRUE;
}

/* ---- rows ---- */

typedef struct {
  SkRankingTable *table;
  GHashTable *seen; /* key "\t" country → row index + 1 */
} Builder;

static void
add_problem (SkRankingTable *t, guint row, char *message)
{
  SkRankingProblem *p = g_new0 (SkRankingProblem, 1);
  p->row = row;
  p->message = message;
  g_ptr_array_add (t->problems, p);
}

static gboolean
is_tie_mark (const char *s)
{
  return s && (g_str_equal (s, "=") || g_ascii_strcasecmp (s, "true") == 0 ||
               g_ascii_strcasecmp (s, "yes") == 0 || g_str_equal (s, "1") ||
               g_ascii_strcasecmp (s, "tied") == 0);
}

static gboolean
add_row (Builder *b, guint number, const char *rank_text, const char *tie, const char *name,
         const char *country, const char *aliases, GError **error)
{
  SkRankingTable *t = b->table;
  g_autofree char *rank = g_strstrip (g_strdup (rank_text ? rank_text : ""));
  g_autofree char *clean_name = g_strstrip (g_strdup (name ? name : ""));
  g_autofree char *seen_key = NULL;
  SkRankingRow *row;
  SkRank parsed;
  gpointer prev;

  if (*rank == '\0' && *clean_name == '\0')
    return TRUE;
  if (*clean_name == '\0')
    {
      /* TRANSLATORS: %u is the number of a row of the table (an ordinal, not a count) */
      add_problem (t, number, g_strdup_printf (_("Row %u has no institution name; it was skipped."), number));
      return TRUE;
    }
  if (*rank == '\0')
    {
      /* TRANSLATORS: %u is the number of a row of the table (an ordinal, not a count), %s the institution */
      add_problem (t, number, g_strdup_printf (_("Row %u (“%s”) has no rank; it was skipped."), number, clean_name));
      return TRUE;
    }
  if (is_tie_mark (tie) && *rank != '=' && !g_str_has_suffix (rank, "="))
    {
      char *tied = g_strconcat ("=", rank, NULL);
      g_free (rank);
      rank = tied;
    }
  if (!sk_rank_parse (rank, &parsed, NULL))
    {
      /* TRANSLATORS: %u is the number of a row of the table (an ordinal, not a count), then the institution and the text found */
      add_problem (t, number, g_strdup_printf (_("Row %u (“%s”): “%s” is not a rank; the row was skipped."),
                                               number, clean_name, rank));
      return TRUE;
    }

  row = g_new0 (SkRankingRow, 1);
  row->row = number;
  row->rank_text = g_steal_pointer (&rank);
  row->rank = parsed;
  row->name = g_steal_pointer (&clean_name);
  row->country = country && *country ? g_strstrip (g_strdup (country)) : NULL;
  row->aliases = aliases && *aliases ? g_strdup (aliases) : NULL;
  row->country_code = sk_ranking_country_code (row->country);
  row->key = sk_ranking_name_key (row->name);

  seen_key = g_strdup_printf ("%s\t%s", row->key, row->country_code ? row->country_code : "");
  if ((prev = g_hash_table_lookup (b->seen, seen_key)) != NULL)
    {
      SkRankingRow *first = t->rows->pdata[GPOINTER_TO_UINT (prev) - 1];
      if (sk_ranking_same_rank (first->rank_text, row->rank_text))
        {
          /* TRANSLATORS: two numbers of rows of the table (ordinals, not counts), then the institution */
          add_problem (t, number, g_strdup_printf (_("Row %u repeats row %u (“%s”); it was skipped."),
                                                   number, first->row, row->name));
          row_free (row);
          return TRUE;
        }
      g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_DUPLICATE,
                   /* TRANSLATORS: two numbers of rows of the table (ordinals, not counts), the institution, its two ranks */
                   _("Rows %u and %u both give “%s”, with different ranks (%s and %s). The table contradicts itself; nothing was imported."),
                   first->row, number, row->name, first->rank_text, row->rank_text);
      row_free (row);
      return FALSE;
    }
  g_ptr_array_add (t->rows, row);
  g_hash_table_insert (b->seen, g_steal_pointer (&seen_key), GUINT_TO_POINTER (t->rows->len));
  return TRUE;
}

static gboolean
read_rows (Builder *b, GPtrArray *rows, const SkRankingImportOptions *o, GError **error)
{
  SkRankingTable *t = b->table;
  Columns c;
  SkXlsxRow *header;
  guint first;

  if (!find_columns (rows, o, &c, error))
    return FALSE;
  header = c.header_index != G_MAXUINT ? rows->pdata[c.header_index] : NULL;
  first = c.header_index != G_MAXUINT ? c.header_index + 1 : 0;
  t->header_row = header ? header->number : 0;
  t->rank_column = g_strdup (header ? cell (header, c.rank) : o->rank_column);
  t->name_column = g_strdup (header ? cell (header, c.name) : o->name_column);
  if (c.country >= 0)
    t->country_column = g_strdup (header ? cell (header, c.country) : o->country_column);

  for (guint r = first; r < rows->len; r++)
    {
      SkXlsxRow *row = rows->pdata[r];

      /* a comment line ("# ...") */
      if (row->cells->len && ((char *) row->cells->pdata[0])[0] == '#' &&
          ((char *) row->cells->pdata[0])[1] != '\0' &&
          !g_ascii_isdigit (((char *) row->cells->pdata[0])[1]))
        continue;
      if (!add_row (b, row->number, cell (row, c.rank), c.tie >= 0 ? cell (row, c.tie) : NULL,
                    cell (row, c.name), c.country >= 0 ? cell (row, c.country) : NULL,
                    c.aliases >= 0 ? cell (row, c.aliases) : NULL, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- JSON ---- */

static char *
member_text (JsonObject *o, const char *key)
{
  JsonNode *n = key ? json_object_get_member (o, key) : NULL;

  if (n == NULL || JSON_NODE_TYPE (n) != JSON_NODE_VALUE)
    return NULL;
  switch (json_node_get_value_type (n))
    {
    case G_TYPE_STRING:
      return g_strdup (json_node_get_string (n));
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (n));
    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (n) ? "true" : "false");
    case G_TYPE_DOUBLE:
      return g_strdup_printf ("%g", json_node_get_double (n));
    default:
      return NULL;
    }
}

static const char *
first_key (JsonObject *o, const char *override, const char * const *keys)
{
  if (override)
    return json_object_has_member (o, override) ? override : NULL;
  for (guint i = 0; keys[i]; i++)
    if (json_object_has_member (o, keys[i]))
      return keys[i];
  return NULL;
}

static gboolean
read_json (Builder *b, const char *text, const SkRankingImportOptions *o, GError **error)
{
  static const char * const rank_keys[] = { "rank", "rank_display", "ranking", "position", NULL };
  static const char * const name_keys[] = { "name", "institution", "title", "university", NULL };
  static const char * const country_keys[] = { "location", "country", "country_name", NULL };
  static const char * const tie_keys[] = { "rank_tied", "tie", "tied", NULL };
  static const char * const alias_keys[] = { "aliases", NULL };
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonNode *root;
  JsonArray *data = NULL;

  if (!json_parser_load_from_data (parser, text, -1, NULL))
    {
      g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_NOT_TABLE,
                   _("The file is not valid JSON: it is damaged or not a ranking table."));
      return FALSE;
    }
  root = json_parser_get_root (parser);
  if (JSON_NODE_HOLDS_ARRAY (root))
    data = json_node_get_array (root);
  else if (JSON_NODE_HOLDS_OBJECT (root) &&
           json_object_has_member (json_node_get_object (root), "data") &&
           JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "data")))
    data = json_object_get_array_member (json_node_get_object (root), "data");
  if (data == NULL)
    goto not_table;

  for (guint i = 0; i < json_array_get_length (data); i++)
    {
      JsonNode *n = json_array_get_element (data, i);
      JsonObject *obj;
      const char *rk, *nk;
      g_autofree char *rank = NULL, *tie = NULL, *name = NULL, *country = NULL, *aliases = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (n))
        goto not_table;
      obj = json_node_get_object (n);
      rk = first_key (obj, o->rank_column, rank_keys);
      nk = first_key (obj, o->name_column, name_keys);
      if (rk == NULL || nk == NULL)
        goto not_table;
      rank = member_text (obj, rk);
      name = member_text (obj, nk);
      tie = member_text (obj, first_key (obj, NULL, tie_keys));
      country = member_text (obj, first_key (obj, o->country_column, country_keys));
      aliases = member_text (obj, first_key (obj, NULL, alias_keys));
      if (i == 0)
        {
          b->table->rank_column = g_strdup (rk);
          b->table->name_column = g_strdup (nk);
          b->table->country_column = g_strdup (first_key (obj, o->country_column, country_keys));
        }
      if (!add_row (b, i + 1, rank, tie, name, country, aliases, error))
        return FALSE;
    }
  return TRUE;

not_table:
  g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_NOT_TABLE,
               _("This JSON file is not a ranking table: it needs a list of institutions with a rank and a name (as THE’s “data”)."));
  return FALSE;
}

/* ---- the whole file ---- */

static gboolean
starts_json (const char *text)
{
  while (g_ascii_isspace (*text))
    text++;
  return *text == '{' || *text == '[';
}

SkRankingTable *
sk_ranking_table_read_data (const guint8 *data, gsize length, const char *file_name,
                            const SkRankingImportOptions *options, GError **error)
{
  g_autoptr (SkRankingTable) t = NULL;
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *text = NULL;
  Builder b;
  gboolean ok;

  if (!check_options (options, error))
    return NULL;
  if (length == 0)
    {
      g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_EMPTY, _("The file is empty."));
      return NULL;
    }
  if (length > SK_RANKING_MAX_FILE_SIZE)
    {
      g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_TOO_LARGE,
                   /* TRANSLATORS: %d MB is a size in megabytes (a unit's abbreviation: no plural form) */
                   _("The file is too large for a ranking table (more than %d MB)."),
                   SK_RANKING_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  t = sk_ranking_table_new_internal ();
  t->publisher = g_strdup (options->publisher);
  t->year = options->year;
  t->scope = g_strdup (options->subject && *options->subject ? "subject" : "overall");
  t->subject = options->subject && *options->subject ? g_strstrip (g_strdup (options->subject)) : NULL;
  t->source_file = file_name ? g_path_get_basename (file_name) : g_strdup ("");
  b = (Builder) { t, seen };

  if (sk_xlsx_is_zip (data, length))
    {
      g_autoptr (GError) xlsx_error = NULL;
      if ((rows = sk_xlsx_read_first_sheet (data, length, &xlsx_error)) == NULL)
        {
          g_set_error_literal (error, SK_RANKING_ERROR, SK_RANKING_ERROR_NOT_TABLE, xlsx_error->message);
          return NULL;
        }
      t->format = g_strdup ("XLSX");
      ok = read_rows (&b, rows, options, error);
    }
  else
    {
      if ((text = to_utf8 (data, length, &t->encoding, error)) == NULL)
        return NULL;
      if (starts_json (text))
        {
          t->format = g_strdup ("JSON");
          ok = read_json (&b, text, options, error);
        }
      else
        {
          t->format = g_strdup ("CSV");
          ok = (rows = split_csv (text, error)) != NULL && read_rows (&b, rows, options, error);
        }
    }
  if (!ok)
    return NULL;
  if (t->rows->len == 0)
    {
      g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_EMPTY,
                   ngettext ("No row of the table has both a readable rank and an institution name (%u row was skipped).",
                             "No row of the table has both a readable rank and an institution name (%u rows were skipped).",
                             t->problems->len),
                   t->problems->len);
      return NULL;
    }
  t->n_rows = t->rows->len;
  return g_steal_pointer (&t);
}

SkRankingTable *
sk_ranking_table_read_file (const char *path, const SkRankingImportOptions *options, GError **error)
{
  GStatBuf st;
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr (GError) local = NULL;

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;
      g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_NOT_FOUND,
                   _("The file could not be opened: %s"), g_strerror (saved));
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_NOT_FOUND,
                   _("The file could not be opened: %s"),
                   S_ISDIR (st.st_mode) ? _("This is a folder, not a file.") : _("This is not a regular file."));
      return NULL;
    }
  if (st.st_size > SK_RANKING_MAX_FILE_SIZE)
    {
      g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_TOO_LARGE,
                   /* TRANSLATORS: %d MB is a size in megabytes (a unit's abbreviation: no plural form) */
                   _("The file is too large for a ranking table (more than %d MB)."),
                   SK_RANKING_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  if (!check_options (options, error))
    return NULL;
  /* Bounded: the file may have grown, or been replaced, since stat(). */
  if (!sk_file_read_bounded (path, SK_RANKING_MAX_FILE_SIZE, &contents, &length, &local))
    {
      g_set_error (error, SK_RANKING_ERROR, SK_RANKING_ERROR_NOT_FOUND,
                   _("The file could not be read: %s"), local->message);
      return NULL;
    }
  return sk_ranking_table_read_data ((const guint8 *) contents, length, path, options, error);
}

/* ---- guessing whose table it is ---- */

static const char *
publisher_in (const char *lower)
{
  static const struct { const char *word; const char *publisher; } words[] = {
    { "arwu", "arwu" }, { "shanghai", "arwu" }, { "wr20", "arwu" },
    { "times higher", "the" }, { "timeshighereducation", "the" }, { "the-", "the" },
    { "the_", "the" }, { "reporter", "the" }, { "topuniversities", "qs" },
    { "location full", "qs" }, { "qs", "qs" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (lower, words[i].word))
      return words[i].publisher;
  return NULL;
}

/* The latest year 2000–2100 written in @lower as four digits of their own. */
static int
year_in (const char *lower)
{
  int best = 0;

  for (const char *p = lower; *p; p++)
    if ((p == lower || !g_ascii_isdigit (p[-1])) && p[0] == '2' && p[1] == '0' &&
        g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) && !g_ascii_isdigit (p[4]))
      best = MAX (best, (int) g_ascii_strtoll (p, NULL, 10));
  return best;
}

void
sk_ranking_guess (const guint8 *data, gsize length, const char *file_name,
                  const char **publisher, int *year)
{
  g_autofree char *base = file_name ? g_path_get_basename (file_name) : g_strdup ("");
  g_autofree char *name = g_utf8_strdown (base, -1);
  g_autofree char *head = NULL;
  GString *text = g_string_new (NULL);

  *publisher = NULL;
  *year = 0;
  if (data && length && length <= SK_RANKING_MAX_FILE_SIZE)
    {
      g_autoptr (GPtrArray) rows = NULL;
      g_autofree char *utf8 = NULL, *encoding = NULL;

      if (sk_xlsx_is_zip (data, length))
        rows = sk_xlsx_read_first_sheet (data, length, NULL);
      else if ((utf8 = to_utf8 (data, MIN (length, 8192), &encoding, NULL)))
        g_string_append (text, utf8);
      for (guint r = 0; rows && r < rows->len && r < HEADER_SEARCH_ROWS; r++)
        {
          SkXlsxRow *row = rows->pdata[r];
          for (guint c = 0; c < row->cells->len; c++)
            g_string_append_printf (text, "%s,", (char *) row->cells->pdata[c]);
          g_string_append_c (text, '\n');
        }
    }
  head = g_utf8_strdown (text->str, -1);
  g_string_free (text, TRUE);

  /* JSON with a "data" array is THE's */
  if (strstr (head, "\"data\"") && strstr (head, "\"rank"))
    *publisher = "the";
  if (*publisher == NULL)
    *publisher = publisher_in (head);
  if (*publisher == NULL)
    *publisher = publisher_in (name);
  /* The edition: in the file's name, else the latest year of the rank
   * columns ("2025 RANK", "WR2025"). */
  *year = year_in (name);
  if (*year == 0)
    {
      /* only the first lines: a JSON file's later years are data */
      const char *end = head;
      for (int lines = 0; *end && lines < HEADER_SEARCH_ROWS; end++)
        lines += *end == '\n';
      {
        g_autofree char *top = g_strndup (head, end - head);
        *year = year_in (top);
      }
    }
}
