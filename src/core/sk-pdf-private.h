/* sk-pdf-private.h: what the parts of the PDF export share
 *
 * sk-pdf-layout.c  the document: fonts, pages, text, headings, charts,
 *                  the contents, headers and footers
 * sk-pdf-table.c   tables that break across pages and repeat their header
 * sk-pdf-cover.c   the cover, partners, model and term, objectives, branch
 * sk-pdf-staff.c   programmes and teaching staff
 * sk-pdf-plan.c    committees, activities, financing, indicators, mobility
 * sk-pdf.c         the export: sections in order, compliance, signatures,
 *                  writing the file (sk_pdf_run, for either document)
 * sk-pdf-review.c  the review report: remarks, status history, decisions
 *
 * Errors are sticky: the first one (libharu's, a cancellation) is kept in
 * pdf->error and from then on nothing more is drawn, so the sections need
 * not check after every call; the export checks between sections.
 */
#pragma once

#include <cairo.h>
#include <hpdf.h>

#include "sk-canvas.h"
#include "sk-check.h"
#include "sk-diff.h"
#include "sk-i18n.h"
#include "sk-pdf.h"
#include "sk-format.h"
#include "sk-pdf-text.h"
#include "sk-review.h"
#include "sk-staffing.h"

G_BEGIN_DECLS

/* A4, in points. */
#define SK_PDF_PAGE_WIDTH     595.276
#define SK_PDF_PAGE_HEIGHT    841.89
#define SK_PDF_MARGIN_LEFT    62.0
#define SK_PDF_MARGIN_RIGHT   50.0
#define SK_PDF_MARGIN_TOP     68.0
#define SK_PDF_MARGIN_BOTTOM  62.0
#define SK_PDF_LEFT           SK_PDF_MARGIN_LEFT
#define SK_PDF_RIGHT          (SK_PDF_PAGE_WIDTH - SK_PDF_MARGIN_RIGHT)
#define SK_PDF_TOP            (SK_PDF_PAGE_HEIGHT - SK_PDF_MARGIN_TOP)
#define SK_PDF_BOTTOM         SK_PDF_MARGIN_BOTTOM
#define SK_PDF_CONTENT_WIDTH  (SK_PDF_RIGHT - SK_PDF_LEFT)

/* Font sizes, points. */
#define SK_PDF_BODY    10.0
#define SK_PDF_TABLE   8.5
#define SK_PDF_SMALL   7.5
#define SK_PDF_LINE    1.3   /* line height, in font sizes */

/* Headings, labels: the PDF's language (xgettext keyword TR). */
#define TR(msgid) sk_tr (pdf->lang, msgid)
#define TRN(singular, plural, n) sk_ntr (pdf->lang, singular, plural, n)
#define TRC(context, msgid) sk_trc (pdf->lang, context, msgid)

typedef enum {
  SK_PDF_REGULAR,
  SK_PDF_BOLD,
  SK_PDF_N_WEIGHTS
} SkPdfWeight;

typedef struct {
  double r, g, b;
} SkPdfRgb;

extern const SkPdfRgb sk_pdf_black;
extern const SkPdfRgb sk_pdf_muted;
extern const SkPdfRgb sk_pdf_accent;
extern const SkPdfRgb sk_pdf_rule;
extern const SkPdfRgb sk_pdf_severity[3]; /* by SkSeverity */

typedef struct {
  int level;               /* 1, 2 */
  char *title;             /* with its number */
  guint page;              /* index into pages (before the contents) */
  HPDF_Destination dest;
} SkPdfTocEntry;

typedef struct {
  HPDF_Doc doc;
  HPDF_Font font[SK_PDF_N_WEIGHTS];
  GHashTable *widths[SK_PDF_N_WEIGHTS]; /* measured texts (sk-pdf-layout.c) */
  const char *lang;

  SkProposal *proposal;
  SkRuleSet *rules;
  GPtrArray *findings;     /* SkFinding, in the PDF's language */
  SkStaffing *staffing;
  int year;                /* of the check */
  GDateTime *date;         /* of the export */
  char *fingerprint;       /* of the content as it is now (SHA-256, hex) */
  SkFingerprintState fingerprint_state; /* of the stored one */
  SkComparison *comparison; /* with SkPdfOptions.previous, or NULL */

  GPtrArray *pages;        /* HPDF_Page, in order */
  HPDF_Page page;          /* the current one */
  double y;                /* the top of the free space on it */

  GError *error;           /* the first error: nothing more is drawn */
  gboolean quiet;          /* libharu errors expected (trying fonts) */
  HPDF_STATUS last_status;
  GCancellable *cancellable;
  guint ticks;             /* for checking the cancellable now and then */

  /* Headings, subheadings, their short introductions and the space
   * between them, not drawn yet: they go on the page of the block they
   * introduce (the first thing that needs room: a table, a chart, a long
   * paragraph). */
  GPtrArray *pending;      /* SkPdfPending */
  double pending_height;
  gboolean flushing;

  GArray *toc;             /* SkPdfTocEntry */
  HPDF_Outline outline[2]; /* the last entry of levels 1 and 2 */
  char *section;           /* the numbered title of the last heading drawn */
  HPDF_Outline toc_outline;
  guint contents_at;       /* index of the page the contents go before */
  guint numbers[2];        /* of the current section and subsection */
  char *running_title;     /* in the header of every page */
  char *date_text;

  SkPdfProgress progress;
  gpointer progress_data;
  double progress_from, progress_to;
  const char *section_name;
} SkPdf;

/* sk-pdf-layout.c */
gboolean    sk_pdf_failed        (SkPdf *pdf);
void        sk_pdf_fail          (SkPdf *pdf, GError *error); /* takes @error */
/* Sets the cancellation error when cancelled; TRUE when the export is to stop. */
gboolean    sk_pdf_check_cancelled (SkPdf *pdf);
/* Reports progress within the current section (0..1). */
void        sk_pdf_progress      (SkPdf *pdf, double within);

gboolean    sk_pdf_begin         (SkPdf *pdf, GError **error);
void        sk_pdf_new_page      (SkPdf *pdf);
/* Starts a new page unless @height fits above the bottom margin; TRUE if
 * it did. */
gboolean    sk_pdf_ensure        (SkPdf *pdf, double height);
void        sk_pdf_space         (SkPdf *pdf, double points);
/* Draws the headings and introductions that wait for their block. */
void        sk_pdf_flush         (SkPdf *pdf);

double      sk_pdf_text_width    (SkPdf *pdf, SkPdfWeight weight, double size, const char *text);
char      **sk_pdf_wrap_text     (SkPdf *pdf, const char *text, SkPdfWeight weight, double size,
                                  double width);
/* The same, at most @max_lines (0: all), the last one cut with "…". */
char      **sk_pdf_wrap_max      (SkPdf *pdf, const char *text, SkPdfWeight weight, double size,
                                  double width, guint max_lines);
char       *sk_pdf_fit_text      (SkPdf *pdf, const char *text, SkPdfWeight weight, double size,
                                  double width);
/* One line of text (already fitted) at a baseline. */
void        sk_pdf_show          (SkPdf *pdf, HPDF_Page page, double x, double baseline,
                                  SkPdfWeight weight, double size, const SkPdfRgb *colour,
                                  const char *text);
void        sk_pdf_line          (SkPdf *pdf, HPDF_Page page, double x0, double y0, double x1,
                                  double y1, double width, const SkPdfRgb *colour);
void        sk_pdf_fill_rect     (SkPdf *pdf, HPDF_Page page, double x, double y, double w,
                                  double h, const SkPdfRgb *colour);

/* A wrapped paragraph across the content width, from @indent; @marker
 * (e.g. "(en)": the text is in another language) small after it. */
void        sk_pdf_paragraph     (SkPdf *pdf, const char *text, SkPdfWeight weight, double size,
                                  const SkPdfRgb *colour, double indent, const char *marker);
void        sk_pdf_body          (SkPdf *pdf, const char *text);
/* "Nothing is recorded in this section." and the like, in grey. */
void        sk_pdf_none          (SkPdf *pdf, const char *text);
/* A numbered heading (level 1 or 2), in the contents and the outline. */
void        sk_pdf_heading       (SkPdf *pdf, int level, const char *title);
/* A bold line that introduces what follows (not in the contents). */
void        sk_pdf_subheading    (SkPdf *pdf, const char *title);

typedef void (*SkPdfDraw) (SkCanvas *canvas, double width, double height, gpointer data);
/* A chart of @width × @height points, drawn on the page as vectors with
 * real text (the PDF's fonts), centred in the content width. */
void        sk_pdf_chart         (SkPdf *pdf, double width, double height, SkPdfDraw draw,
                                  gpointer data);

/* The contents (inserted after the cover), headers and footers. */
void        sk_pdf_finish        (SkPdf *pdf);
void        sk_pdf_clear         (SkPdf *pdf);

/* Content helpers: texts of records in the PDF's language. */
/* A trilingual text; @marker is set to "(en)" etc. when it comes from
 * another language; NULL when there is none. */
const char *sk_pdf_text3         (SkPdf *pdf, SkRecord *r, const char *group, const char **marker);
/* "(en)" after content shown in @lang, another language than the document's. */
const char *sk_pdf_language_marker (const char *lang);
const char *sk_pdf_name          (SkPdf *pdf, SkRecord *r, const char **marker);
const char *sk_pdf_enum          (SkPdf *pdf, SkRecord *r, const char *field);
char       *sk_pdf_date_field    (SkPdf *pdf, SkRecord *r, const char *field);
const char *sk_pdf_yes_no        (SkPdf *pdf, gboolean value);
/* "kk,ru,en" as "Kazakh, Russian, English" (unknown codes as they are). */
char       *sk_pdf_languages     (SkPdf *pdf, const char *codes);
/* The value of a code field (country, unit) in the document's language. */
char       *sk_pdf_code          (SkPdf *pdf, SkRecord *r, const char *field);
/* The name of the institution @field refers to, or NULL. */
const char *sk_pdf_institution   (SkPdf *pdf, SkRecord *r, const char *field, const char **marker);
char       *sk_pdf_int_field     (SkPdf *pdf, SkRecord *r, const char *field);
char       *sk_pdf_money_field   (SkPdf *pdf, SkRecord *r, const char *field);
/* a + b without overflow (amounts are at most 10^15 each). */
gint64      sk_pdf_add_money     (gint64 a, gint64 b);
/* Records of @kind whose @field refers to @id, borrowed, in id order. */
GPtrArray  *sk_pdf_children      (SkPdf *pdf, const char *kind, const char *field, gint64 id);

/* The lines to sign on and the seal, below a signature column's names;
 * the seal's part of it. */
#define SK_PDF_SIGNATURE_LINES 160.0
#define SK_PDF_SEAL_SPACE      30.0

/* sk-pdf-archive.c: PDF/A-1b and a text layer every reader understands. */
typedef struct {
  const char *title;
  const char *author;     /* NULL: none */
  const char *subject;
  const char *creator;
  GDateTime *created;
} SkPdfInfo;

/* A real ToUnicode map for @font (after HPDF_GetFont), and its CIDSet
 * when it is written. */
void        sk_pdf_archive_font  (SkPdf *pdf, HPDF_Font font);
/* HPDF_GetFont (@name, "UTF-8") followed by sk_pdf_archive_font(),
 * without libharu's map of all 65,536 codes (written anew for the glyphs
 * used when the font is written). */
HPDF_Font   sk_pdf_archive_get_font (SkPdf *pdf, const char *name);
/* PDF 1.4, /Lang, DisplayDocTitle, the sRGB output intent. */
void        sk_pdf_archive_begin (SkPdf *pdf);
/* The flags PDF/A wants on an annotation (printed). */
void        sk_pdf_archive_annotation (SkPdf *pdf, HPDF_Annotation annotation);
/* The XMP metadata (the same as @info, which is the document
 * information) and the document ID. */
void        sk_pdf_archive_finish (SkPdf *pdf, const SkPdfInfo *info);

/* sk-pdf.c */
/* One column of a signature block: @heading and @name (lines, bold and
 * regular) from @top, then the lines for position, full name, signature
 * and date from @lines_top, and the place of the seal if @seal. */
void        sk_pdf_signature_column (SkPdf *pdf, char **heading, char **name, double x, double width,
                                     double top, double lines_top, gboolean seal);

typedef struct {
  const char *name;               /* N_(): for the progress */
  void (*write) (SkPdf *pdf);
} SkPdfSection;

typedef struct {
  const SkPdfSection *sections;
  guint n_sections;
  /* The contents (and their bookmark) after the first section. */
  gboolean contents;
  /* The running title in the header of every page and the document's
   * title; NULL: the proposal's title. */
  char     *(*title) (SkPdf *pdf, const char *proposal_title);
  const char *subject;            /* N_(): of the document information */
} SkPdfDocument;

/* Makes @document: the options, the check, the fonts, the sections in
 * order, the headers and footers, the temporary file renamed into place
 * (see sk_pdf_export). */
gboolean    sk_pdf_run           (const SkPdfDocument *document, SkProposal *proposal,
                                  SkRuleSet *rules, const SkPdfOptions *options,
                                  const char *out_path, SkPdfProgress progress,
                                  gpointer progress_data, GCancellable *cancellable,
                                  GError **error);

/* sk-pdf-table.c */
typedef enum {
  SK_PDF_ALIGN_LEFT,
  SK_PDF_ALIGN_RIGHT,
} SkPdfAlign;

typedef struct {
  const char *title;  /* translated */
  double width;       /* share of the table's width */
  SkPdfAlign align;
  guint max_lines;    /* of a cell, the last one cut with "…"; 0: all */
} SkPdfColumn;

typedef enum {
  SK_PDF_ROW_NORMAL,
  SK_PDF_ROW_TOTAL,   /* bold, a rule above */
} SkPdfRowStyle;

typedef struct _SkPdfTable SkPdfTable;

SkPdfTable *sk_pdf_table_new      (SkPdf *pdf, const SkPdfColumn *columns, guint n_columns);
/* Two columns, label and value, no header. */
SkPdfTable *sk_pdf_table_new_fields (SkPdf *pdf);
/* Two pairs of label and value in a row, for many short fields. */
SkPdfTable *sk_pdf_table_new_fields2 (SkPdf *pdf);
void        sk_pdf_table_row_style (SkPdfTable *table, SkPdfRowStyle style);
void        sk_pdf_table_set_max_lines (SkPdfTable *table, guint column, guint max_lines);
/* Keeps @height points of what follows the table (a summary line) on the
 * page of its end: a small table goes on a new page with it if need be. */
/* The numbered title of the heading what comes next is under: the last
 * one waiting to be drawn with its block, or the last drawn; NULL before
 * the first. */
const char *sk_pdf_current_section (SkPdf *pdf);
void        sk_pdf_table_keep_with_next (SkPdfTable *table, double height);
/* The rows added from now on belong to the group @label (NULL: none): a
 * row that goes on with its group on a new page shows "@label
 * (continued)" in its first cell when that cell is empty. */
void        sk_pdf_table_group    (SkPdfTable *table, const char *label);
/* The next cell; a row is written when it has a cell for every column.
 * NULL or "" is shown as "—". */
void        sk_pdf_cell           (SkPdfTable *table, const char *text);
void        sk_pdf_cell_take      (SkPdfTable *table, char *text);
void        sk_pdf_cell_blank     (SkPdfTable *table);
void        sk_pdf_cell_marked    (SkPdfTable *table, const char *text, const char *marker);
void        sk_pdf_cell_bold      (SkPdfTable *table, const char *text);
/* A label and a value (fields tables). */
void        sk_pdf_field          (SkPdfTable *table, const char *label, const char *value);
void        sk_pdf_field_take     (SkPdfTable *table, const char *label, char *value);
/* A trilingual field of @r in the document's language, marked "(en)"
 * when it falls back to another. */
void        sk_pdf_cell3          (SkPdfTable *table, SkPdf *pdf, SkRecord *r, const char *group);
void        sk_pdf_field3         (SkPdfTable *table, SkPdf *pdf, const char *label, SkRecord *r, const char *group);
void        sk_pdf_field_marked   (SkPdfTable *table, const char *label, const char *value,
                                   const char *marker);
void        sk_pdf_table_end      (SkPdfTable *table);

/* sk-pdf-cover.c */
/* "1 September 2027 – 31 August 2033 (6 years)"; NULL without a term. */
char *sk_pdf_term_text         (SkPdf *pdf);
/* The fingerprint in groups of 16 hex digits: the stored one and whether
 * it matches the content, or the content's own for a draft. */
char *sk_pdf_fingerprint_text  (SkPdf *pdf);
/* The rows that say which proposal it is: applicant, foreign partners,
 * model, term, status, fingerprint, date, compliance. @compact: the
 * applicant in at most three lines, at most six partners of two lines
 * each (the cover, which must fit one page). */
void sk_pdf_identity_fields    (SkPdf *pdf, SkPdfTable *table, gboolean compact);

/* The sections. */
void sk_pdf_write_cover        (SkPdf *pdf);
void sk_pdf_write_partners     (SkPdf *pdf);
void sk_pdf_write_model        (SkPdf *pdf);
void sk_pdf_write_objectives   (SkPdf *pdf);
void sk_pdf_write_branch       (SkPdf *pdf);
void sk_pdf_write_programmes   (SkPdf *pdf);
void sk_pdf_write_staff        (SkPdf *pdf);
void sk_pdf_write_committees   (SkPdf *pdf);
void sk_pdf_write_research     (SkPdf *pdf);
void sk_pdf_write_third_mission (SkPdf *pdf);
void sk_pdf_write_development  (SkPdf *pdf);
void sk_pdf_write_financing    (SkPdf *pdf);
void sk_pdf_write_indicators   (SkPdf *pdf);
void sk_pdf_write_mobility     (SkPdf *pdf);
void sk_pdf_write_compliance   (SkPdf *pdf);
void sk_pdf_write_signatures   (SkPdf *pdf);

G_END_DECLS
