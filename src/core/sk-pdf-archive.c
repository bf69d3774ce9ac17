/* sk-pdf-archive.c: what makes the PDF searchable and fit for an archive
 * (PDF/A-1b): a real ToUnicode map and a CIDSet for every font, the
 * language of the document, the title in the viewer's title bar, the sRGB
 * output intent, the XMP metadata and the document ID.
 *
 * libharu 2.3 (and 2.4) gets several of these wrong, so they are made
 * here with its object API (hpdf_objects.h, hpdf_doc.h, hpdf_font.h):
 * - its UTF-8 encoder writes its *encoding* CMap as /ToUnicode (a
 *   `begincidrange`, which poppler rejects); the codes it writes are the
 *   Unicode code points themselves (BMP only), so the real map is the
 *   identity, written as one `bfrange` per 256 codes;
 * - HPDF_PDFA_SetPDFAConformance writes the document information into
 *   the XMP packet without escaping it for XML ("&" in a title breaks the
 *   packet) and fails on a creation date in UTC; its
 *   HPDF_PDFA_AppendOutputIntents names the profile "DestOutputProfile "
 *   (with a space), which no reader finds;
 * - PDF/A-1 wants a /CIDSet for a subset CID font and the Print flag on
 *   every annotation; libharu writes neither.
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <string.h>

#include "sk-pdf-private.h"

#define ICC_RESOURCE "/kz/seriktes/core/sRGB.icc"

/* ---- ToUnicode ---- */

/* The identity from the 2-byte codes of the UTF-8 encoder to Unicode;
 * the surrogates (D800–DFFF) are never written and have no meaning. */
static char *
identity_to_unicode (void)
{
  GString *s = g_string_new ("/CIDInit /ProcSet findresource begin\n"
                             "12 dict begin\n"
                             "begincmap\n"
                             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                             "/CMapName /Adobe-Identity-UCS def\n"
                             "/CMapType 2 def\n"
                             "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
  guint blocks[256], n = 0;

  for (guint high = 0; high < 256; high++)
    if (high < 0xd8 || high > 0xdf)
      blocks[n++] = high;
  /* At most 100 entries to a section (PDF 32000-1, 9.10.3). */
  for (guint i = 0; i < n; i += 100)
    {
      guint count = MIN (100, n - i);

      g_string_append_printf (s, "%u beginbfrange\n", count);
      for (guint k = i; k < i + count; k++)
        g_string_append_printf (s, "<%02X00> <%02XFF> <%02X00>\n", blocks[k], blocks[k], blocks[k]);
      g_string_append (s, "endbfrange\n");
    }
  g_string_append (s, "endcmap\n"
                      "CMapName currentdict /CMap defineresource pop\n"
                      "end\n"
                      "end\n");
  return g_string_free (s, FALSE);
}

/* ---- CIDSet ---- */

static HPDF_Dict_BeforeWriteFunc original_before_write;

/* The widths of the CIDs in @bits only (libharu lists every character the
 * font maps: 24 KB of uncompressed /W per font), in runs of consecutive
 * CIDs: [c [w w …] c' [w …] …]. */
static HPDF_STATUS
write_widths (HPDF_Dict font, const guint8 *bits, guint last)
{
  HPDF_FontAttr attr = font->attr;
  HPDF_Array w = HPDF_Array_New (font->mmgr);
  HPDF_Array run = NULL;

  if (w == NULL)
    return HPDF_Error_GetCode (font->error);
  for (guint code = 0; code <= last; code++)
    {
      HPDF_UINT16 gid;

      if (!(bits[code / 8] & (0x80 >> (code % 8))))
        {
          run = NULL;
          continue;
        }
      gid = HPDF_TTFontDef_GetGlyphid (attr->fontdef, (HPDF_UINT16) code);
      if (run == NULL)
        {
          run = HPDF_Array_New (font->mmgr);
          if (run == NULL || HPDF_Array_AddNumber (w, (HPDF_INT32) code) != HPDF_OK ||
              HPDF_Array_Add (w, run) != HPDF_OK)
            return HPDF_Error_GetCode (font->error);
        }
      HPDF_Array_AddNumber (run, HPDF_TTFontDef_GetGidWidth (attr->fontdef, gid));
    }
  return HPDF_Dict_Add (attr->descendant_font, "W", w);
}

/* The CIDToGIDMap of the CIDs in @bits only, up to the last one: libharu
 * maps all 65,536 (128 KB to compress and 10 KB in the file per font);
 * a CID beyond the map's end has no glyph, as in libharu's map a code
 * the font lacks. */
static HPDF_STATUS
write_map (HPDF_Dict font, const guint8 *bits, guint last)
{
  HPDF_FontAttr attr = font->attr;
  g_autofree guint8 *map = NULL;

  if (attr->map_stream == NULL || attr->map_stream->stream == NULL ||
      attr->map_stream->stream->type != HPDF_STREAM_MEMORY)
    return HPDF_OK;
  map = g_malloc0 (2 * ((gsize) last + 1));
  for (guint code = 0; code <= last; code++)
    if (bits[code / 8] & (0x80 >> (code % 8)))
      {
        HPDF_UINT16 gid = HPDF_TTFontDef_GetGlyphid (attr->fontdef, (HPDF_UINT16) code);

        map[2 * code] = (guint8) (gid >> 8);
        map[2 * code + 1] = (guint8) gid;
      }
  HPDF_MemStream_FreeData (attr->map_stream->stream);
  if (HPDF_Stream_Write (attr->map_stream->stream, map, 2 * (last + 1)) != HPDF_OK)
    return HPDF_Error_GetCode (font->error);
  return HPDF_OK;
}

/* The CIDs (= code points) whose glyphs are in the embedded subset: the
 * CIDSet PDF/A-1 wants, and the widths of those only. */
static HPDF_STATUS
add_cid_set (HPDF_Dict font)
{
  HPDF_FontAttr attr = font->attr;
  HPDF_TTFontDefAttr def;
  HPDF_Dict descriptor = attr->fontdef->descriptor;
  HPDF_Dict set;
  HPDF_STATUS status;
  guint8 bits[65536 / 8] = { 0 };
  guint last = 0;

  if (descriptor == NULL || HPDF_Dict_GetItem (descriptor, "CIDSet", HPDF_OCLASS_DICT))
    return HPDF_OK;
  def = attr->fontdef->attr;
  bits[0] = 0x80; /* CID 0, .notdef */
  /* Only the codes the font's cmap covers (its segments, in order): a
   * few thousand look-ups instead of 65,535 (this was a tenth of the
   * export's time). */
  for (guint seg = 0; seg < def->cmap.seg_count_x2 / 2u; seg++)
    for (guint code = MAX (def->cmap.start_count[seg], 1u); code <= def->cmap.end_count[seg] && code < 65536; code++)
      {
        HPDF_UINT16 gid = HPDF_TTFontDef_GetGlyphid (attr->fontdef, (HPDF_UINT16) code);

        if (gid != 0 && gid < def->num_glyphs && def->glyph_tbl.flgs[gid])
          {
            bits[code / 8] |= (guint8) (0x80 >> (code % 8));
            last = MAX (last, code);
          }
      }
  set = HPDF_DictStream_New (font->mmgr, attr->xref);
  if (set == NULL)
    return HPDF_Error_GetCode (font->error);
  set->filter = font->filter;
  if (HPDF_Stream_Write (set->stream, bits, last / 8 + 1) != HPDF_OK)
    return HPDF_Error_GetCode (font->error);
  if (HPDF_Dict_Add (descriptor, "CIDSet", set) != HPDF_OK)
    return HPDF_Error_GetCode (font->error);
  if ((status = write_map (font, bits, last)) != HPDF_OK)
    return status;
  return write_widths (font, bits, last);
}

/* ---- a smaller font program ---- */

static guint32
get32 (const guint8 *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

static guint16
get16 (const guint8 *p)
{
  return (guint16) (p[0] << 8 | p[1]);
}

static void
put32 (guint8 *p, guint32 v)
{
  p[0] = (guint8) (v >> 24);
  p[1] = (guint8) (v >> 16);
  p[2] = (guint8) (v >> 8);
  p[3] = (guint8) v;
}

static guint32
table_sum (const guint8 *data, gsize length)
{
  guint32 sum = 0;

  for (gsize i = 0; i < length; i += 4)
    {
      guint8 word[4] = { 0, 0, 0, 0 };
      memcpy (word, data + i, MIN (4, length - i));
      sum += get32 (word);
    }
  return sum;
}

static void
put16 (guint8 *p, guint16 v)
{
  p[0] = (guint8) (v >> 8);
  p[1] = (guint8) v;
}

/* Tables a CIDFontType2 font program in a PDF does without: the glyphs
 * are found through CIDToGIDMap, never through the font's own cmap
 * (PDF 32000-1, 9.9: cmap is needed by simple fonts only), and the font's
 * names are in the font descriptor (the name table was 16 KB, the cmap
 * 7 KB of DejaVu Sans, in every font of every PDF). */
static gboolean
dropped_table (const guint8 *rec)
{
  return memcmp (rec, "cmap", 4) == 0 || memcmp (rec, "name", 4) == 0;
}

/* libharu's subset keeps the outlines of the glyphs used only, but every
 * glyph's name (post: 62 KB for DejaVu Sans) and advance (hmtx). The PDF
 * needs neither (its widths are in /W, its glyphs found by CIDToGIDMap):
 * post becomes format 3 (no names), the metrics of unused glyphs zero,
 * and the cmap and name tables go (dropped_table).
 * The glyph ids stay as they are. NULL when @font is not a TrueType font
 * this understands (it is then left as it is). */
static GByteArray *
slim_font (const guint8 *font, gsize size, const guint8 *used, guint n_used)
{
  guint n_tables, n_metrics = 0, kept[64], n_kept = 0, power, log2 = 0;
  GByteArray *out;
  gsize head_at = 0, directory;
  guint32 total;

  if (size < 12)
    return NULL;
  n_tables = get16 (font + 4);
  if (n_tables == 0 || n_tables > 64 || 12 + 16 * (gsize) n_tables > size)
    return NULL;
  for (guint i = 0; i < n_tables; i++)
    {
      const guint8 *rec = font + 12 + 16 * i;
      guint32 offset = get32 (rec + 8), length = get32 (rec + 12);

      if (offset > size || length > size - offset)
        return NULL;
      if (memcmp (rec, "hhea", 4) == 0 && length >= 36)
        n_metrics = get16 (font + offset + 34);
    }

  /* The tables kept, in their order (sorted by tag, as they were). */
  for (guint i = 0; i < n_tables; i++)
    if (!dropped_table (font + 12 + 16 * i))
      kept[n_kept++] = i;
  out = g_byte_array_new ();
  g_byte_array_append (out, font, 12);
  for (guint k = 0; k < n_kept; k++)
    g_byte_array_append (out, font + 12 + 16 * kept[k], 16);
  put16 (out->data + 4, (guint16) n_kept);
  for (power = 1; power * 2 <= n_kept; power *= 2)
    log2++;
  put16 (out->data + 6, (guint16) (16 * power));          /* searchRange */
  put16 (out->data + 8, (guint16) log2);                 /* entrySelector */
  put16 (out->data + 10, (guint16) (16 * n_kept - 16 * power)); /* rangeShift */
  directory = 12;
  for (guint k = 0; k < n_kept; k++)
    {
      guint i = kept[k];
      const guint8 *rec = font + 12 + 16 * i;
      guint32 offset = get32 (rec + 8), length = get32 (rec + 12);
      gsize at = out->len;
      static const guint8 zero[4] = { 0, 0, 0, 0 };

      if (memcmp (rec, "post", 4) == 0 && length >= 32)
        {
          static const guint8 version3[4] = { 0, 3, 0, 0 };
          g_byte_array_append (out, version3, 4);
          g_byte_array_append (out, font + offset + 4, 28);
          length = 32;
        }
      else
        {
          g_byte_array_append (out, font + offset, length);
          if (memcmp (rec, "hmtx", 4) == 0)
            for (guint g = 1; g < n_used; g++)
              {
                gsize entry = g < n_metrics ? 4 * (gsize) g : 4 * (gsize) n_metrics + 2 * (gsize) (g - n_metrics);
                gsize width = g < n_metrics ? 4 : 2;

                if (!used[g] && entry + width <= length)
                  memset (out->data + at + entry, 0, width);
              }
          if (memcmp (rec, "head", 4) == 0 && length >= 12)
            {
              head_at = at;
              memset (out->data + at + 8, 0, 4); /* checkSumAdjustment */
            }
        }
      put32 (out->data + directory + 16 * k + 4, table_sum (out->data + at, length));
      put32 (out->data + directory + 16 * k + 8, (guint32) at);
      put32 (out->data + directory + 16 * k + 12, length);
      g_byte_array_append (out, zero, (4 - length % 4) % 4);
    }
  if (head_at)
    {
      total = table_sum (out->data, out->len);
      put32 (out->data + head_at + 8, 0xB1B0AFBA - total);
    }
  return out;
}

/* Replaces the font program libharu wrote with the smaller one. */
static HPDF_STATUS
slim_font_file (HPDF_Dict font)
{
  HPDF_FontAttr attr = font->attr;
  HPDF_TTFontDefAttr def = attr->fontdef->attr;
  HPDF_Dict data = HPDF_Dict_GetItem (attr->fontdef->descriptor, "FontFile2", HPDF_OCLASS_DICT);
  g_autoptr (GByteArray) program = NULL;
  g_autofree guint8 *original = NULL;
  HPDF_UINT32 size;
  HPDF_UINT got;

  if (data == NULL || data->stream == NULL || data->stream->type != HPDF_STREAM_MEMORY)
    return HPDF_OK;
  size = HPDF_Stream_Size (data->stream);
  if (size == 0 || size > 64 * 1024 * 1024)
    return HPDF_OK;
  original = g_malloc (size);
  got = size;
  if (HPDF_Stream_Seek (data->stream, 0, HPDF_SEEK_SET) != HPDF_OK ||
      HPDF_Stream_Read (data->stream, original, &got) != HPDF_OK || got != size)
    {
      HPDF_Error_Reset (font->error);
      return HPDF_OK;
    }
  program = slim_font (original, size, def->glyph_tbl.flgs, def->num_glyphs);
  if (program == NULL)
    return HPDF_OK;
  HPDF_MemStream_FreeData (data->stream);
  if (HPDF_Stream_Write (data->stream, program->data, program->len) != HPDF_OK)
    return HPDF_Error_GetCode (font->error);
  return HPDF_Dict_AddNumber (data, "Length1", (HPDF_INT32) program->len);
}

/* ---- the font program, written here ---- */

/* The whole font file libharu keeps open for embedding; NULL when it
 * cannot be read (libharu then writes the program itself). */
static GByteArray *
read_font_file (HPDF_TTFontDefAttr def)
{
  GByteArray *data;
  guint8 buffer[65536];

  if (def->stream == NULL || HPDF_Stream_Seek (def->stream, 0, HPDF_SEEK_SET) != HPDF_OK)
    return NULL;
  data = g_byte_array_new ();
  for (;;)
    {
      HPDF_UINT got = sizeof buffer;
      HPDF_STATUS status = HPDF_Stream_Read (def->stream, buffer, &got);

      g_byte_array_append (data, buffer, got);
      if (status == HPDF_STREAM_EOF || (status == HPDF_OK && got < sizeof buffer))
        break;
      if (status != HPDF_OK || data->len > 64 * 1024 * 1024)
        {
          g_byte_array_unref (data);
          return NULL;
        }
    }
  return data;
}

typedef struct {
  const guint8 *data;
  gsize size;
  guint32 offset[64], length[64];
  char tag[64][4];
  guint n;
} Font;

static const guint8 *
find_table (const Font *f, const char *tag, guint32 *length)
{
  for (guint i = 0; i < f->n; i++)
    if (memcmp (f->tag[i], tag, 4) == 0)
      {
        *length = f->length[i];
        return f->data + f->offset[i];
      }
  *length = 0;
  return NULL;
}

static gboolean
parse_font (Font *f, const guint8 *data, gsize size)
{
  f->data = data;
  f->size = size;
  if (size < 12 || (get32 (data) != 0x00010000 && memcmp (data, "true", 4) != 0))
    return FALSE;
  f->n = get16 (data + 4);
  if (f->n == 0 || f->n > 64 || 12 + 16 * (gsize) f->n > size)
    return FALSE;
  for (guint i = 0; i < f->n; i++)
    {
      const guint8 *rec = data + 12 + 16 * i;

      memcpy (f->tag[i], rec, 4);
      f->offset[i] = get32 (rec + 8);
      f->length[i] = get32 (rec + 12);
      if (f->offset[i] > size || f->length[i] > size - f->offset[i])
        return FALSE;
    }
  return TRUE;
}

/* Where glyph @gid is in glyf (loca), FALSE when out of range. */
static gboolean
glyph_range (const guint8 *loca, guint32 loca_length, gboolean long_offsets, guint gid,
             guint32 glyf_length, guint32 *start, guint32 *end)
{
  if (long_offsets)
    {
      if (4 * ((gsize) gid + 2) > loca_length)
        return FALSE;
      *start = get32 (loca + 4 * gid);
      *end = get32 (loca + 4 * (gid + 1));
    }
  else
    {
      if (2 * ((gsize) gid + 2) > loca_length)
        return FALSE;
      *start = 2u * get16 (loca + 2 * gid);
      *end = 2u * get16 (loca + 2 * (gid + 1));
    }
  return *start <= *end && *end <= glyf_length;
}

/* Marks the glyphs the used composite glyphs are made of, at any depth. */
static void
add_components (guint8 *used, guint n_glyphs, const guint8 *glyf, guint32 glyf_length,
                const guint8 *loca, guint32 loca_length, gboolean long_offsets)
{
  gboolean more = TRUE;

  for (guint round = 0; more && round < 16; round++)
    {
      more = FALSE;
      for (guint gid = 0; gid < n_glyphs; gid++)
        {
          guint32 start, end, at;
          guint16 flags;

          if (used[gid] != 1 || !glyph_range (loca, loca_length, long_offsets, gid, glyf_length, &start, &end) ||
              end - start < 10 || (gint16) get16 (glyf + start) >= 0)
            continue;
          used[gid] = 2; /* its components looked at */
          at = start + 10;
          do
            {
              guint16 component;

              if (at + 4 > end)
                break;
              flags = get16 (glyf + at);
              component = get16 (glyf + at + 2);
              at += 4 + ((flags & 0x0001) ? 4 : 2);
              at += (flags & 0x0008) ? 2 : (flags & 0x0040) ? 4 : (flags & 0x0080) ? 8 : 0;
              if (component < n_glyphs && !used[component])
                {
                  used[component] = 1;
                  more = TRUE;
                }
            }
          while (flags & 0x0020);
        }
    }
}

static void
append_table (GByteArray *out, guint *n, const char *tag, const guint8 *data, guint32 length)
{
  static const guint8 zero[4] = { 0, 0, 0, 0 };
  guint8 *rec = out->data + 12 + 16 * *n;

  memcpy (rec, tag, 4);
  put32 (rec + 4, table_sum (data, length));
  put32 (rec + 8, out->len);
  put32 (rec + 12, length);
  g_byte_array_append (out, data, length);
  g_byte_array_append (out, zero, (4 - length % 4) % 4);
  (*n)++;
}

/* The font program of the subset, from the font file: the tables a
 * CIDFontType2 font needs (PDF 32000-1, 9.9; no cmap: the glyphs are found
 * through CIDToGIDMap; no name: the names are in the font descriptor), the
 * outlines of the glyphs used (and of the glyphs these are made of), the
 * metrics of the others zero, post without glyph names. The glyph ids stay
 * as they are. NULL when the file is not a TrueType font this understands.
 * (libharu 2.3's own subset keeps every glyph's name and metrics and reads
 * the file a few bytes at a time: a tenth of the export's time.) */
static GByteArray *
subset_font (const guint8 *data, gsize size, const guint8 *flags, guint n_flags)
{
  static const char * const kept[] = { "OS/2", "cvt ", "fpgm", "glyf", "head", "hhea",
                                       "hmtx", "loca", "maxp", "post", "prep" };
  Font f;
  const guint8 *head, *maxp, *hhea, *loca, *glyf;
  guint32 head_length, maxp_length, hhea_length, loca_length, glyf_length, length;
  guint n_glyphs, n_metrics, n_out = 0, n_tables = 0, power = 1, log2 = 0;
  gboolean long_offsets;
  g_autofree guint8 *used = NULL;
  g_autoptr (GByteArray) new_glyf = NULL;
  g_autoptr (GByteArray) new_loca = NULL;
  GByteArray *out;
  gsize head_at = 0;

  if (!parse_font (&f, data, size) ||
      !(head = find_table (&f, "head", &head_length)) || head_length < 54 ||
      !(maxp = find_table (&f, "maxp", &maxp_length)) || maxp_length < 6 ||
      !(hhea = find_table (&f, "hhea", &hhea_length)) || hhea_length < 36 ||
      !(loca = find_table (&f, "loca", &loca_length)) ||
      !(glyf = find_table (&f, "glyf", &glyf_length)))
    return NULL;
  n_glyphs = get16 (maxp + 4);
  n_metrics = get16 (hhea + 34);
  long_offsets = get16 (head + 50) != 0;
  if (n_glyphs == 0 || loca_length < (long_offsets ? 4u : 2u) * (n_glyphs + 1))
    return NULL;

  used = g_malloc0 (n_glyphs);
  used[0] = 1; /* .notdef */
  for (guint gid = 0; gid < MIN (n_glyphs, n_flags); gid++)
    if (flags[gid])
      used[gid] = 1;
  add_components (used, n_glyphs, glyf, glyf_length, loca, loca_length, long_offsets);

  /* glyf and loca: the outlines of the glyphs used, each at a multiple of
   * four bytes (valid for either format of loca). */
  new_glyf = g_byte_array_new ();
  new_loca = g_byte_array_new ();
  for (guint gid = 0; gid <= n_glyphs; gid++)
    {
      guint32 start = 0, end = 0;
      guint8 entry[4];

      if (long_offsets)
        {
          put32 (entry, new_glyf->len);
          g_byte_array_append (new_loca, entry, 4);
        }
      else
        {
          put16 (entry, (guint16) (new_glyf->len / 2));
          g_byte_array_append (new_loca, entry, 2);
        }
      if (gid == n_glyphs || !used[gid])
        continue;
      if (!glyph_range (loca, loca_length, long_offsets, gid, glyf_length, &start, &end))
        return NULL;
      g_byte_array_append (new_glyf, glyf + start, end - start);
      while (new_glyf->len % 4)
        g_byte_array_append (new_glyf, (const guint8 *) "", 1);
      if (!long_offsets && new_glyf->len > 0x1fffe)
        return NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    n_tables += find_table (&f, kept[i], &length) != NULL;
  out = g_byte_array_sized_new ((guint) (12 + 16 * n_tables + new_glyf->len + 64 * 1024));
  g_byte_array_append (out, data, 4);
  g_byte_array_set_size (out, 12 + 16 * n_tables);
  memset (out->data + 4, 0, 8 + 16 * n_tables);
  put16 (out->data + 4, (guint16) n_tables);
  for (; power * 2 <= n_tables; power *= 2)
    log2++;
  put16 (out->data + 6, (guint16) (16 * power));
  put16 (out->data + 8, (guint16) log2);
  put16 (out->data + 10, (guint16) (16 * n_tables - 16 * power));

  /* In the order of their tags, as the directory must be. */
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      const guint8 *table = find_table (&f, kept[i], &length);

      if (table == NULL)
        continue;
      if (strcmp (kept[i], "glyf") == 0)
        append_table (out, &n_out, kept[i], new_glyf->data, new_glyf->len);
      else if (strcmp (kept[i], "loca") == 0)
        append_table (out, &n_out, kept[i], new_loca->data, new_loca->len);
      else if (strcmp (kept[i], "post") == 0 && length >= 32)
        {
          guint8 post[32];

          memcpy (post, table, 32);
          put32 (post, 0x00030000); /* format 3: no glyph names */
          append_table (out, &n_out, kept[i], post, 32);
        }
      else if (strcmp (kept[i], "hmtx") == 0)
        {
          gsize at = out->len;

          append_table (out, &n_out, kept[i], table, length);
          for (guint g = 1; g < n_glyphs; g++)
            {
              gsize entry = g < n_metrics ? 4 * (gsize) g : 4 * (gsize) n_metrics + 2 * (gsize) (g - n_metrics);
              gsize width = g < n_metrics ? 4 : 2;

              if (!used[g] && entry + width <= length)
                memset (out->data + at + entry, 0, width);
            }
          put32 (out->data + 12 + 16 * (n_out - 1) + 4, table_sum (out->data + at, length));
        }
      else if (strcmp (kept[i], "head") == 0)
        {
          head_at = out->len;
          append_table (out, &n_out, kept[i], table, length);
          memset (out->data + head_at + 8, 0, 4); /* checkSumAdjustment, below */
          put32 (out->data + 12 + 16 * (n_out - 1) + 4, table_sum (out->data + head_at, length));
        }
      else
        append_table (out, &n_out, kept[i], table, length);
    }
  put32 (out->data + head_at + 8, 0xB1B0AFBA - table_sum (out->data, out->len));
  return out;
}

/* Writes the font program of @font (FontFile2 of its descriptor). FALSE
 * when it could not: libharu then writes it. */
static gboolean
write_font_file (HPDF_Dict font, HPDF_STATUS *status)
{
  HPDF_FontAttr attr = font->attr;
  HPDF_TTFontDefAttr def = attr->fontdef->attr;
  g_autoptr (GByteArray) file = read_font_file (def);
  g_autoptr (GByteArray) program = NULL;
  HPDF_Dict data;

  *status = HPDF_OK;
  if (file == NULL || (program = subset_font (file->data, file->len, def->glyph_tbl.flgs, def->num_glyphs)) == NULL)
    return FALSE;
  data = HPDF_DictStream_New (font->mmgr, attr->xref);
  if (data == NULL ||
      HPDF_Stream_Write (data->stream, program->data, program->len) != HPDF_OK ||
      HPDF_Dict_AddNumber (data, "Length1", (HPDF_INT32) program->len) != HPDF_OK ||
      HPDF_Dict_Add (attr->fontdef->descriptor, "FontFile2", data) != HPDF_OK)
    *status = HPDF_Error_GetCode (font->error);
  else
    data->filter = font->filter;
  return TRUE;
}

static HPDF_STATUS
before_write (HPDF_Dict font)
{
  HPDF_FontAttr attr = font->attr;
  HPDF_TTFontDefAttr def = attr->fontdef->attr;
  gboolean first = attr->fontdef->descriptor == NULL;
  HPDF_BOOL embedding = def->embedding;
  HPDF_STATUS status;

  /* The font program is written once, when the descriptor is made: here
   * (libharu makes the descriptor as for a font not embedded), or, when
   * the font file cannot be read again, by libharu and then slimmed. */
  if (first && embedding)
    {
      def->embedding = HPDF_FALSE;
      status = original_before_write (font);
      def->embedding = embedding;
      if (status != HPDF_OK)
        return status;
      if (attr->fontdef->descriptor && !write_font_file (font, &status))
        {
          /* Once more the way libharu does it (the first descriptor
           * stays unused in the file). */
          attr->fontdef->descriptor = NULL;
          status = original_before_write (font);
          if (status == HPDF_OK && attr->fontdef->descriptor)
            status = slim_font_file (font);
        }
      if (status != HPDF_OK)
        return status;
      return add_cid_set (font);
    }
  status = original_before_write (font);
  if (status != HPDF_OK)
    return status;
  return add_cid_set (font);
}

void
sk_pdf_archive_font (SkPdf *pdf, HPDF_Font font)
{
  HPDF_FontAttr attr = font->attr;
  g_autofree char *cmap = NULL;
  HPDF_Dict stream;

  if (pdf->error || attr == NULL || attr->type != HPDF_FONT_TYPE0_TT)
    return;
  stream = HPDF_DictStream_New (pdf->doc->mmgr, pdf->doc->xref);
  if (stream == NULL)
    return;
  cmap = identity_to_unicode ();
  if (HPDF_Stream_Write (stream->stream, (const HPDF_BYTE *) cmap, (HPDF_UINT) strlen (cmap)) != HPDF_OK ||
      HPDF_Dict_Add (font, "ToUnicode", stream) != HPDF_OK)
    return;
  /* libharu sets the filter of its cmap_stream when it writes the font. */
  attr->cmap_stream = stream;

  /* The descriptor is made when the font is written: the CIDSet after it. */
  if (font->before_write_fn != before_write)
    {
      g_atomic_pointer_set (&original_before_write, font->before_write_fn);
      font->before_write_fn = before_write;
    }
}

HPDF_Font
sk_pdf_archive_get_font (SkPdf *pdf, const char *name)
{
  HPDF_FontDef def = HPDF_Doc_FindFontDef (pdf->doc, name);
  HPDF_TTFontDefAttr attr = def && def->type == HPDF_FONTDEF_TYPE_TRUETYPE ? def->attr : NULL;
  static const HPDF_UINT16 no_glyphs[256] = { 0 };
  HPDF_UINT16 format = 0, *glyphs = NULL;
  HPDF_Font font;

  /* Making the font, libharu looks up the glyph of every one of the
   * 65,536 codes in the font's cmap, one by one from its first segment
   * (a tenth of the export's time), for a CIDToGIDMap and widths that
   * before_write replaces with those of the glyphs used. Meanwhile the
   * cmap says "no glyph" at once: a format-0 table of zeros. */
  if (attr && attr->cmap.format == 4)
    {
      format = attr->cmap.format;
      glyphs = attr->cmap.glyph_id_array;
      attr->cmap.format = 0;
      attr->cmap.glyph_id_array = (HPDF_UINT16 *) no_glyphs;
    }
  font = HPDF_GetFont (pdf->doc, name, "UTF-8");
  if (attr && format)
    {
      attr->cmap.format = format;
      attr->cmap.glyph_id_array = glyphs;
    }
  if (font)
    sk_pdf_archive_font (pdf, font);
  return font;
}

/* ---- the catalog ---- */

static const char *
bcp47 (const char *lang)
{
  if (g_strcmp0 (lang, "kk") == 0)
    return "kk-KZ";
  if (g_strcmp0 (lang, "ru") == 0)
    return "ru-KZ";
  return "en";
}

void
sk_pdf_archive_begin (SkPdf *pdf)
{
  HPDF_Doc doc = pdf->doc;
  g_autoptr (GBytes) icc = NULL;
  HPDF_Dict prefs, profile, intent;
  HPDF_Array intents;
  gsize size = 0;
  const guint8 *data;

  if (pdf->error)
    return;
  /* PDF/A-1 is PDF 1.4. */
  doc->pdf_version = HPDF_VER_14;

  HPDF_Dict_Add (doc->catalog, "Lang", HPDF_String_New (doc->mmgr, bcp47 (pdf->lang), NULL));
  prefs = HPDF_Dict_New (doc->mmgr);
  if (prefs)
    {
      HPDF_Dict_AddBoolean (prefs, "DisplayDocTitle", HPDF_TRUE);
      HPDF_Dict_Add (doc->catalog, "ViewerPreferences", prefs);
    }

  /* The output intent: the colours (DeviceRGB) are sRGB. */
  icc = g_resources_lookup_data (ICC_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  data = icc ? g_bytes_get_data (icc, &size) : NULL;
  if (data == NULL || size < 128)
    {
      sk_pdf_fail (pdf, g_error_new_literal (SK_PDF_ERROR, SK_PDF_ERROR_FAILED,
                                             _("The sRGB colour profile the PDF needs is missing from the program.")));
      return;
    }
  profile = HPDF_DictStream_New (doc->mmgr, doc->xref);
  if (profile == NULL)
    return;
  profile->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
  HPDF_Dict_AddNumber (profile, "N", 3);
  HPDF_Stream_Write (profile->stream, data, (HPDF_UINT) size);
  intent = HPDF_Dict_New (doc->mmgr);
  if (intent == NULL || HPDF_Xref_Add (doc->xref, intent) != HPDF_OK)
    return;
  HPDF_Dict_AddName (intent, "Type", "OutputIntent");
  HPDF_Dict_AddName (intent, "S", "GTS_PDFA1");
  HPDF_Dict_Add (intent, "OutputConditionIdentifier", HPDF_String_New (doc->mmgr, "sRGB IEC61966-2.1", NULL));
  HPDF_Dict_Add (intent, "Info", HPDF_String_New (doc->mmgr, "sRGB IEC61966-2.1", NULL));
  HPDF_Dict_Add (intent, "DestOutputProfile", profile);
  intents = HPDF_Array_New (doc->mmgr);
  if (intents == NULL)
    return;
  HPDF_Array_Add (intents, intent);
  HPDF_Dict_Add (doc->catalog, "OutputIntents", intents);
}

void
sk_pdf_archive_annotation (SkPdf *pdf, HPDF_Annotation annotation)
{
  /* PDF/A: printed (flag 3), never hidden. */
  if (!pdf->error && annotation)
    HPDF_Dict_AddNumber (annotation, "F", 4);
}

/* ---- XMP and the ID ---- */

static void
append_xml (GString *out, const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text ? text : "", -1);

  g_string_append (out, escaped);
}

/* "2026-12-04T20:32:15+06:00" */
static char *
xmp_date (GDateTime *t)
{
  GTimeSpan offset = g_date_time_get_utc_offset (t) / G_TIME_SPAN_MINUTE;
  g_autofree char *base = g_date_time_format (t, "%Y-%m-%dT%H:%M:%S");

  if (offset == 0)
    return g_strconcat (base, "Z", NULL);
  return g_strdup_printf ("%s%c%02d:%02d", base, offset < 0 ? '-' : '+', (int) (ABS (offset) / 60),
                          (int) (ABS (offset) % 60));
}

void
sk_pdf_archive_finish (SkPdf *pdf, const SkPdfInfo *info)
{
  HPDF_Doc doc = pdf->doc;
  const char *producer;
  g_autofree char *created = NULL;
  g_autoptr (GChecksum) sum = NULL;
  GString *x;
  HPDF_Dict metadata;
  HPDF_Array id;
  guint8 digest[16];
  gsize digest_len = sizeof digest;

  if (pdf->error)
    return;
  producer = HPDF_GetInfoAttr (doc, HPDF_INFO_PRODUCER);
  created = xmp_date (info->created);

  /* The same values as the document information (PDF/A-1, 6.7.3). */
  x = g_string_new ("<?xpacket begin=\"\xef\xbb\xbf\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                    "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
  g_string_append (x, "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                      "<dc:format>application/pdf</dc:format>\n");
  g_string_append (x, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">");
  append_xml (x, info->title);
  g_string_append (x, "</rdf:li></rdf:Alt></dc:title>\n");
  if (info->author)
    {
      g_string_append (x, "<dc:creator><rdf:Seq><rdf:li>");
      append_xml (x, info->author);
      g_string_append (x, "</rdf:li></rdf:Seq></dc:creator>\n");
    }
  g_string_append (x, "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">");
  append_xml (x, info->subject);
  g_string_append (x, "</rdf:li></rdf:Alt></dc:description>\n");
  g_string_append_printf (x, "<dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>\n",
                          bcp47 (pdf->lang));
  g_string_append (x, "</rdf:Description>\n");
  g_string_append (x, "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                      "<xmp:CreatorTool>");
  append_xml (x, info->creator);
  g_string_append_printf (x, "</xmp:CreatorTool>\n<xmp:CreateDate>%s</xmp:CreateDate>\n"
                             "</rdf:Description>\n", created);
  g_string_append (x, "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                      "<pdf:Producer>");
  append_xml (x, producer);
  g_string_append (x, "</pdf:Producer>\n</rdf:Description>\n");
  g_string_append (x, "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                      "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
                      "</rdf:Description>\n");
  g_string_append (x, "</rdf:RDF>\n</x:xmpmeta>\n");
  /* No padding for in-place editing (optional, 1.6 KB): a PDF/A file is
   * not edited in place. */
  g_string_append (x, "<?xpacket end=\"w\"?>");

  metadata = HPDF_DictStream_New (doc->mmgr, doc->xref);
  if (metadata)
    {
      /* Not compressed, so that tools that do not read PDF find it. */
      metadata->filter = HPDF_STREAM_FILTER_NONE;
      HPDF_Dict_AddName (metadata, "Type", "Metadata");
      HPDF_Dict_AddName (metadata, "Subtype", "XML");
      HPDF_Stream_Write (metadata->stream, (const HPDF_BYTE *) x->str, (HPDF_UINT) x->len);
      HPDF_Dict_Add (doc->catalog, "Metadata", metadata);
    }
  g_string_free (x, TRUE);

  /* The ID: this file (the content, its language, the moment). */
  sum = g_checksum_new (G_CHECKSUM_MD5);
  g_checksum_update (sum, (const guchar *) "Seriktes", -1);
  g_checksum_update (sum, (const guchar *) (pdf->fingerprint ? pdf->fingerprint : ""), -1);
  g_checksum_update (sum, (const guchar *) pdf->lang, -1);
  g_checksum_update (sum, (const guchar *) info->subject, -1);
  {
    gint64 now = g_get_real_time ();
    guint32 random = g_random_int ();

    g_checksum_update (sum, (const guchar *) &now, sizeof now);
    g_checksum_update (sum, (const guchar *) &random, sizeof random);
  }
  g_checksum_get_digest (sum, digest, &digest_len);
  id = HPDF_Array_New (doc->mmgr);
  if (id && HPDF_Dict_Add (doc->trailer, "ID", id) == HPDF_OK)
    {
      HPDF_Array_Add (id, HPDF_Binary_New (doc->mmgr, digest, (HPDF_UINT) digest_len));
      HPDF_Array_Add (id, HPDF_Binary_New (doc->mmgr, digest, (HPDF_UINT) digest_len));
    }
}
