/* sk-xlsx.c: the cells of the first worksheet of an XLSX workbook */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gsf/gsf-infile-impl.h>
#include <gsf/gsf-infile-zip.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-input.h>
#include <libxml/xmlreader.h>
#include <stdlib.h>
#include <string.h>

#include "sk-error.h"
#include "sk-xlsx.h"

/* Limits against damaged or hostile workbooks. */
#define MAX_PART_SIZE (64 * 1024 * 1024) /* one unpacked part */
#define MAX_SHARED_STRINGS 2000000
#define MAX_COLUMNS 256
#define MAX_ROWS 200000

/* libgsf 1.14 does not declare these. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInfile, g_object_unref)


void
sk_xlsx_row_free (SkXlsxRow *row)
{
  g_ptr_array_unref (row->cells);
  g_free (row);
}

gboolean
sk_xlsx_is_zip (const guint8 *data, gsize length)
{
  return length >= 4 && memcmp (data, "PK\x03\x04", 4) == 0;
}

static void
set_damaged (GError **error)
{
  g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
               _("The file is not a readable Excel workbook (XLSX): it is damaged or in another format."));
}

/* The whole content of a part, NUL-terminated. */
static guint8 *
read_part (GsfInput *input, gsize *length, GError **error)
{
  gsf_off_t size = gsf_input_size (input);
  guint8 *buf;

  if (size < 0 || size > MAX_PART_SIZE)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   /* TRANSLATORS: %d MB is a size in megabytes (a unit's abbreviation: no plural form) */
                   _("The workbook is too large once unpacked (more than %d MB in one part)."),
                   MAX_PART_SIZE / (1024 * 1024));
      return NULL;
    }
  buf = g_malloc ((gsize) size + 1);
  if (size > 0 && gsf_input_read (input, (size_t) size, buf) == NULL)
    {
      g_free (buf);
      set_damaged (error);
      return NULL;
    }
  buf[size] = '\0';
  *length = (gsize) size;
  return buf;
}

static xmlTextReaderPtr
reader_for (const guint8 *buf, gsize length)
{
  if (length > G_MAXINT)
    return NULL;
  /* No network, no entity substitution, no DTD loading. */
  return xmlReaderForMemory ((const char *) buf, (int) length, NULL, NULL,
                             XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
}

static gboolean
is_element (xmlTextReaderPtr r, const char *local_name)
{
  const xmlChar *name = xmlTextReaderConstLocalName (r);
  return name && strcmp ((const char *) name, local_name) == 0;
}

static char *
attribute (xmlTextReaderPtr r, const char *name)
{
  xmlChar *v = xmlTextReaderGetAttribute (r, (const xmlChar *) name);
  char *out = v ? g_strdup ((const char *) v) : NULL;
  xmlFree (v);
  return out;
}

/* The r:id of the first <sheet> of workbook.xml. */
static char *
first_sheet_id (const guint8 *buf, gsize length)
{
  xmlTextReaderPtr r = reader_for (buf, length);
  char *id = NULL;

  if (r == NULL)
    return NULL;
  while (id == NULL && xmlTextReaderRead (r) == 1)
    if (xmlTextReaderNodeType (r) == XML_READER_TYPE_ELEMENT && is_element (r, "sheet"))
      {
        /* The relationship namespace differs between transitional and
         * strict files: take the attribute named "id" in whichever. */
        while (id == NULL && xmlTextReaderMoveToNextAttribute (r) == 1)
          if (is_element (r, "id"))
            id = g_strdup ((const char *) xmlTextReaderConstValue (r));
      }
  xmlFreeTextReader (r);
  return id;
}

/* Shared strings: the text of every <si>, rich text runs joined, phonetic
 * readings left out. */
static GPtrArray *
read_shared_strings (const guint8 *buf, gsize length, GError **error)
{
  g_autoptr (GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) text = g_string_new (NULL);
  xmlTextReaderPtr r = reader_for (buf, length);
  gboolean in_si = FALSE, in_t = FALSE;
  int depth_rph = -1, rc;

  if (r == NULL)
    {
      set_damaged (error);
      return NULL;
    }
  while ((rc = xmlTextReaderRead (r)) == 1)
    {
      int type = xmlTextReaderNodeType (r);
      int depth = xmlTextReaderDepth (r);

      if (type == XML_READER_TYPE_ELEMENT)
        {
          if (is_element (r, "si"))
            {
              in_si = TRUE;
              g_string_truncate (text, 0);
              if (xmlTextReaderIsEmptyElement (r))
                {
                  in_si = FALSE;
                  g_ptr_array_add (strings, g_strdup (""));
                }
            }
          else if (is_element (r, "rPh") && !xmlTextReaderIsEmptyElement (r))
            depth_rph = depth;
          else if (is_element (r, "t") && !xmlTextReaderIsEmptyElement (r))
            in_t = in_si && depth_rph < 0;
        }
      else if (type == XML_READER_TYPE_END_ELEMENT)
        {
          if (is_element (r, "t"))
            in_t = FALSE;
          else if (is_element (r, "rPh") && depth == depth_rph)
            depth_rph = -1;
          else if (is_element (r, "si") && in_si)
            {
              in_si = FALSE;
              if (strings->len >= MAX_SHARED_STRINGS)
                break;
              g_ptr_array_add (strings, g_strdup (text->str));
            }
        }
      else if ((type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
                type == XML_READER_TYPE_CDATA) && in_t)
        g_string_append (text, (const char *) xmlTextReaderConstValue (r));
    }
  xmlFreeTextReader (r);
  if (rc < 0 || strings->len >= MAX_SHARED_STRINGS)
    {
      set_damaged (error);
      return NULL;
    }
  return g_steal_pointer (&strings);
}

/* "BC12" → 54 (0-based column), or -1. */
static int
column_of (const char *ref)
{
  int col = 0, letters = 0;

  for (; ref && g_ascii_isalpha (*ref); ref++)
    {
      col = col * 26 + (g_ascii_toupper (*ref) - 'A' + 1);
      if (++letters > 3)
        return -1;
    }
  return letters ? col - 1 : -1;
}

/* A number as it was typed: 17, not 17.000000. */
static char *
number_text (const char *v)
{
  char *end = NULL;
  double d = g_ascii_strtod (v, &end);

  if (end && end != v && *end == '\0' && d == (double) (gint64) d && d > -1e15 && d < 1e15)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) d);
  return g_strdup (v);
}

typedef struct {
  GPtrArray *rows;
  GPtrArray *shared;
  SkXlsxRow *row;       /* being read */
  guint next_row;       /* when <row> has no r attribute */
  int col;              /* of the cell being read */
  int next_col;
  char *type;           /* t attribute of the cell */
  GString *value;
  gboolean in_value;    /* inside <v> or <is><t> */
  gboolean has_value;
  gboolean too_big;
} Sheet;

static void
finish_cell (Sheet *s)
{
  g_autofree char *text = NULL;

  if (!s->has_value || s->row == NULL || s->col < 0)
    return;
  if (g_strcmp0 (s->type, "s") == 0)
    {
      char *end = NULL;
      guint64 index = g_ascii_strtoull (s->value->str, &end, 10);
      if (end == s->value->str || *end != '\0' || index >= s->shared->len)
        return;
      text = g_strdup (g_ptr_array_index (s->shared, index));
    }
  else if (g_strcmp0 (s->type, "b") == 0)
    text = g_strdup (strcmp (s->value->str, "1") == 0 ? "TRUE" : "FALSE");
  else if (s->type == NULL || g_strcmp0 (s->type, "n") == 0)
    text = number_text (s->value->str);
  else
    text = g_strdup (s->value->str);

  if (s->col >= MAX_COLUMNS)
    {
      s->too_big = TRUE;
      return;
    }
  while (s->row->cells->len <= (guint) s->col)
    g_ptr_array_add (s->row->cells, g_strdup (""));
  g_free (s->row->cells->pdata[s->col]);
  s->row->cells->pdata[s->col] = g_steal_pointer (&text);
}

static void
start_row (Sheet *s, xmlTextReaderPtr r)
{
  g_autofree char *number = attribute (r, "r");
  guint64 n = number ? g_ascii_strtoull (number, NULL, 10) : 0;

  s->row = g_new0 (SkXlsxRow, 1);
  s->row->number = n > 0 && n <= G_MAXUINT ? (guint) n : s->next_row;
  s->row->cells = g_ptr_array_new_with_free_func (g_free);
  s->next_row = s->row->number + 1;
  s->next_col = 0;
}

static void
end_row (Sheet *s)
{
  gboolean any = FALSE;

  if (s->row == NULL)
    return;
  for (guint i = 0; i < s->row->cells->len && !any; i++)
    any = *(const char *) s->row->cells->pdata[i] != '\0';
  if (any && s->rows->len < MAX_ROWS)
    g_ptr_array_add (s->rows, s->row);
  else
    {
      s->too_big |= any;
      sk_xlsx_row_free (s->row);
    }
  s->row = NULL;
}

static void
start_cell (Sheet *s, xmlTextReaderPtr r)
{
  g_autofree char *ref = attribute (r, "r");

  g_clear_pointer (&s->type, g_free);
  s->type = attribute (r, "t");
  s->col = ref ? column_of (ref) : s->next_col;
  s->next_col = s->col + 1;
  s->has_value = FALSE;
  g_string_truncate (s->value, 0);
}

static GPtrArray *
read_sheet (const guint8 *buf, gsize length, GPtrArray *shared, GError **error)
{
  g_autoptr (GString) value = g_string_new (NULL);
  Sheet s = { .shared = shared, .next_row = 1, .col = -1, .value = value };
  xmlTextReaderPtr r = reader_for (buf, length);
  int rc;

  if (r == NULL)
    {
      set_damaged (error);
      return NULL;
    }
  s.rows = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_xlsx_row_free);
  while ((rc = xmlTextReaderRead (r)) == 1 && !s.too_big)
    {
      int type = xmlTextReaderNodeType (r);

      if (type == XML_READER_TYPE_ELEMENT)
        {
          gboolean empty = xmlTextReaderIsEmptyElement (r);
          if (is_element (r, "row"))
            {
              end_row (&s);
              start_row (&s, r);
              if (empty)
                end_row (&s);
            }
          else if (is_element (r, "c") && s.row)
            {
              start_cell (&s, r);
              if (empty)
                s.col = -1;
            }
          else if ((is_element (r, "v") || is_element (r, "t")) && !empty && s.row)
            {
              s.in_value = TRUE;
              s.has_value = TRUE;
            }
          else if ((is_element (r, "v") || is_element (r, "t")) && empty && s.row)
            s.has_value = TRUE;
        }
      else if (type == XML_READER_TYPE_END_ELEMENT)
        {
          if (is_element (r, "v") || is_element (r, "t"))
            s.in_value = FALSE;
          else if (is_element (r, "c"))
            {
              finish_cell (&s);
              s.col = -1;
            }
          else if (is_element (r, "row"))
            end_row (&s);
        }
      else if ((type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
                type == XML_READER_TYPE_CDATA) && s.in_value)
        g_string_append (s.value, (const char *) xmlTextReaderConstValue (r));
    }
  end_row (&s);
  xmlFreeTextReader (r);
  g_free (s.type);
  if (s.too_big)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   /* TRANSLATORS: the fixed limits of a worksheet, 200000 rows and 256 columns: write the forms for these numbers */
                   _("The worksheet is too large (more than %d rows or %d columns)."),
                   MAX_ROWS, MAX_COLUMNS);
      g_ptr_array_unref (s.rows);
      return NULL;
    }
  if (rc < 0)
    {
      set_damaged (error);
      g_ptr_array_unref (s.rows);
      return NULL;
    }
  return s.rows;
}

/* ---- the ZIP archive ---- */

static guint
le16 (const guint8 *p)
{
  return p[0] | (p[1] << 8);
}

static guint32
le32 (const guint8 *p)
{
  return (guint32) p[0] | ((guint32) p[1] << 8) | ((guint32) p[2] << 16) | ((guint32) p[3] << 24);
}

static gboolean
dos_time_valid (guint time, guint date)
{
  guint day = date & 31, month = (date >> 5) & 15;
  guint sec = (time & 31) * 2, min = (time >> 5) & 63, hour = time >> 11;

  /* A day the month has (June 31 is not a date either: found by
   * tests/fuzz/fuzz-xlsx). */
  return g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) (1980 + (date >> 9))) &&
         sec < 60 && min < 60 && hour < 24;
}

/* libgsf 1.14 calls g_date_time_unref (NULL) for a member whose time is not
 * a valid date (written as 0 by some programs, or damaged): a copy of the
 * archive with such times set to 1980-01-01 is read instead (the times are
 * not used). NULL when nothing needs changing. */
static guint8 *
fix_member_times (const guint8 *data, gsize length)
{
  guint8 *copy = NULL;
  gsize eocd, pos;
  guint entries;

  if (length < 22)
    return NULL;
  for (eocd = length - 22;; eocd--)
    {
      if (le32 (data + eocd) == 0x06054b50)
        break;
      if (eocd == 0 || length - eocd > 22 + 65535)
        return NULL;
    }
  entries = le16 (data + eocd + 10);
  pos = le32 (data + eocd + 16);
  for (guint i = 0; i < entries && pos + 46 <= eocd && le32 (data + pos) == 0x02014b50; i++)
    {
      if (!dos_time_valid (le16 (data + pos + 12), le16 (data + pos + 14)))
        {
          if (copy == NULL)
            copy = g_memdup2 (data, length);
          /* 00:00:00, 1980-01-01 */
          copy[pos + 12] = copy[pos + 13] = 0;
          copy[pos + 14] = 0x21;
          copy[pos + 15] = 0;
        }
      pos += 46 + le16 (data + pos + 28) + le16 (data + pos + 30) + le16 (data + pos + 32);
    }
  return copy;
}

/* ---- the package: relationships read here, not with libgsf's
 * open-package helpers, whose parser reports a damaged file with
 * g_critical() ---- */

/* The child @name of @dir. gsf_infile_child_by_name() reports a member it
 * cannot open with g_warning(); a damaged workbook is an error here, said
 * once, so the class's own method is called. */
static GsfInput *
child_quietly (GsfInfile *dir, const char *name)
{
  GsfInfileClass *klass = G_TYPE_INSTANCE_GET_CLASS (dir, GSF_INFILE_TYPE, GsfInfileClass);
  int n = gsf_infile_num_children (dir);

  for (int i = 0; i < n; i++)
    {
      const char *child = gsf_infile_name_by_index (dir, i);

      if (child && strcmp (child, name) == 0 && klass->child_by_index)
        {
          g_autoptr (GError) ignored = NULL;
          return klass->child_by_index (dir, i, &ignored);
        }
    }
  return NULL;
}

/* The member at @path ("xl/worksheets/sheet1.xml", with "." and ".."
 * resolved against nothing above the root), or NULL. */
static GsfInput *
open_member (GsfInfile *zip, const char *path)
{
  g_auto (GStrv) parts = g_strsplit (path, "/", -1);
  g_autoptr (GPtrArray) clean = g_ptr_array_new ();
  GsfInput *cur = NULL;

  for (guint i = 0; parts[i]; i++)
    {
      if (*parts[i] == '\0' || g_str_equal (parts[i], "."))
        continue;
      if (g_str_equal (parts[i], ".."))
        {
          if (clean->len == 0)
            return NULL;
          g_ptr_array_set_size (clean, clean->len - 1);
          continue;
        }
      g_ptr_array_add (clean, parts[i]);
    }
  if (clean->len == 0 || clean->len > 16)
    return NULL;
  for (guint i = 0; i < clean->len; i++)
    {
      GsfInput *next;

      if (cur != NULL && !GSF_IS_INFILE (cur))
        {
          g_object_unref (cur);
          return NULL;
        }
      next = child_quietly (cur ? GSF_INFILE (cur) : zip, clean->pdata[i]);
      g_clear_object (&cur);
      if (next == NULL)
        return NULL;
      cur = next;
    }
  return cur;
}

/* The target of the relationship in @rels_xml with the id @id, or (when @id
 * is NULL) of the first whose type ends with @type_suffix; resolved against
 * @base_dir ("" or "xl/"). */
static char *
find_relationship (const guint8 *rels_xml, gsize length, const char *id, const char *type_suffix,
                   const char *base_dir)
{
  xmlTextReaderPtr r = reader_for (rels_xml, length);
  char *found = NULL;

  if (r == NULL)
    return NULL;
  while (found == NULL && xmlTextReaderRead (r) == 1)
    if (xmlTextReaderNodeType (r) == XML_READER_TYPE_ELEMENT && is_element (r, "Relationship"))
      {
        g_autofree char *rel_id = attribute (r, "Id");
        g_autofree char *type = attribute (r, "Type");
        g_autofree char *target = attribute (r, "Target");
        g_autofree char *mode = attribute (r, "TargetMode");

        if (target == NULL || g_strcmp0 (mode, "External") == 0)
          continue;
        if (id ? g_strcmp0 (rel_id, id) == 0 : (type && g_str_has_suffix (type, type_suffix)))
          found = target[0] == '/' ? g_strdup (target + 1) : g_strconcat (base_dir, target, NULL);
      }
  xmlFreeTextReader (r);
  return found;
}

/* The whole content of the member at @path, or NULL. */
static guint8 *
read_member (GsfInfile *zip, const char *path, gsize *length, GError **error)
{
  g_autoptr (GsfInput) in = path ? open_member (zip, path) : NULL;

  if (in == NULL)
    {
      set_damaged (error);
      return NULL;
    }
  return read_part (in, length, error);
}

GPtrArray *
sk_xlsx_read_first_sheet (const guint8 *data, gsize length, GError **error)
{
  g_autofree guint8 *fixed = NULL; /* freed after the archive that reads it */
  g_autoptr (GsfInput) source = NULL;
  g_autoptr (GsfInfile) zip = NULL;
  g_autoptr (GPtrArray) shared = NULL;
  g_autofree guint8 *root_rels = NULL, *workbook_xml = NULL, *workbook_rels = NULL, *sheet_xml = NULL;
  g_autofree char *workbook_path = NULL, *base_dir = NULL, *rels_path = NULL;
  g_autofree char *sheet_id = NULL, *sheet_path = NULL, *strings_path = NULL;
  gsize root_len = 0, workbook_len = 0, rels_len = 0, sheet_len = 0;
  const char *slash;

  if (!sk_xlsx_is_zip (data, length))
    {
      set_damaged (error);
      return NULL;
    }
  fixed = fix_member_times (data, length);
  source = gsf_input_memory_new (fixed ? fixed : data, (gsf_off_t) length, FALSE);
  zip = gsf_infile_zip_new (source, NULL);
  if (zip == NULL ||
      (root_rels = read_member (zip, "_rels/.rels", &root_len, error)) == NULL)
    {
      if (error && *error == NULL)
        set_damaged (error);
      return NULL;
    }
  workbook_path = find_relationship (root_rels, root_len, NULL, "/officeDocument", "");
  if ((workbook_xml = read_member (zip, workbook_path, &workbook_len, error)) == NULL)
    return NULL;

  /* xl/workbook.xml → xl/_rels/workbook.xml.rels, targets relative to xl/ */
  slash = strrchr (workbook_path, '/');
  base_dir = slash ? g_strndup (workbook_path, slash - workbook_path + 1) : g_strdup ("");
  rels_path = g_strdup_printf ("%s_rels/%s.rels", base_dir, slash ? slash + 1 : workbook_path);
  if ((workbook_rels = read_member (zip, rels_path, &rels_len, error)) == NULL)
    return NULL;
  sheet_id = first_sheet_id (workbook_xml, workbook_len);
  sheet_path = sheet_id ? find_relationship (workbook_rels, rels_len, sheet_id, NULL, base_dir) : NULL;
  strings_path = find_relationship (workbook_rels, rels_len, NULL, "/sharedStrings", base_dir);

  if (strings_path)
    {
      g_autofree guint8 *xml = NULL;
      gsize len = 0;

      if ((xml = read_member (zip, strings_path, &len, error)) == NULL ||
          (shared = read_shared_strings (xml, len, error)) == NULL)
        return NULL;
    }
  else
    shared = g_ptr_array_new_with_free_func (g_free);

  if ((sheet_xml = read_member (zip, sheet_path, &sheet_len, error)) == NULL)
    return NULL;
  return read_sheet (sheet_xml, sheet_len, shared, error);
}
