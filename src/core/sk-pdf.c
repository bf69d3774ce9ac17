/* sk-pdf.c: the export: sections in order, the compliance findings, the
 * signatures, and writing the file */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "sk-chart.h"
#include "sk-init.h"
#include "sk-chart-private.h"
#include "sk-hyphen.h"
#include "sk-pdf-private.h"
#include "sk-store.h"

G_DEFINE_QUARK (sk-pdf-error-quark, sk_pdf_error)

/* The height of a finding as the compliance section draws it, or of its
 * first two lines and the reference when it is longer than a third of a
 * page. */
static double
finding_height (SkPdf *pdf, SkFinding *f, const char *message, const char *reference)
{
  double width = SK_PDF_CONTENT_WIDTH - 14;
  double height;
  g_auto (GStrv) lines = sk_pdf_wrap_text (pdf, message, SK_PDF_REGULAR, SK_PDF_BODY, SK_PDF_CONTENT_WIDTH);
  g_auto (GStrv) ref = sk_pdf_wrap_text (pdf, reference ? reference : "", SK_PDF_REGULAR, SK_PDF_SMALL, width);

  height = g_strv_length (lines) * SK_PDF_BODY * SK_PDF_LINE + g_strv_length (ref) * SK_PDF_SMALL * SK_PDF_LINE;
  for (const char * const *s = sk_finding_get_suggestions (f); *s; s++)
    {
      g_auto (GStrv) more = sk_pdf_wrap_text (pdf, *s, SK_PDF_REGULAR, SK_PDF_BODY, width);
      height += g_strv_length (more) * SK_PDF_BODY * SK_PDF_LINE;
    }
  if (height > (SK_PDF_TOP - SK_PDF_BOTTOM) / 3)
    return SK_PDF_BODY * SK_PDF_LINE * 2 + SK_PDF_SMALL * SK_PDF_LINE;
  return height + SK_PDF_BODY * 0.3;
}

/* ---- compliance ---- */

static void
draw_compliance (SkCanvas *cr, double width, double height, gpointer data)
{
  SkPdf *pdf = data;
  SkChartStyle style = *sk_chart_style_light ();

  style.font_size = 8;
  sk_chart_canvas_compliance (cr, &style, pdf->findings, pdf->lang, width, height);
}

void
sk_pdf_write_compliance (SkPdf *pdf)
{
  static const SkSeverity order[] = { SK_SEVERITY_ERROR, SK_SEVERITY_WARNING, SK_SEVERITY_NOTE };
  static const char * const headings[] = { N_("Errors"), N_("Warnings"), N_("Notes") };
  g_autofree char *summary = sk_findings_summary (pdf->findings, pdf->lang);
  g_autofree char *rules = g_strdup_printf ("%s, %s", sk_rule_set_get_name_in (pdf->rules, pdf->lang),
                                            sk_rule_set_get_version (pdf->rules));
  g_autofree char *year = g_strdup_printf ("%d", pdf->year);
  guint number = 0;
  SkPdfTable *t;

  sk_pdf_heading (pdf, 1, TR ("Compliance with the rules"));
  t = sk_pdf_table_new_fields (pdf);
  sk_pdf_field (t, TR ("Rule set"), rules);
  sk_pdf_field (t, TR ("Rankings judged as of"), year);
  sk_pdf_field (t, TR ("Result"), summary);
  sk_pdf_table_end (t);
  sk_pdf_chart (pdf, SK_PDF_CONTENT_WIDTH * 0.7, 62, draw_compliance, pdf);

  if (pdf->findings->len == 0)
    {
      sk_pdf_none (pdf, TR ("The proposal meets every check of the rule set."));
      return;
    }
  for (guint s = 0; s < G_N_ELEMENTS (order); s++)
    {
      gboolean any = FALSE;

      for (guint i = 0; i < pdf->findings->len; i++)
        {
          SkFinding *f = pdf->findings->pdata[i];
          g_autofree char *message = NULL;
          g_autofree char *reference = NULL;

          if (sk_finding_get_severity (f) != order[s])
            continue;
          if (!any)
            sk_pdf_heading (pdf, 2, TR (headings[s]));
          any = TRUE;
          message = g_strdup_printf ("%u. %s", ++number, sk_finding_get_message (f));
          /* The legal reference; the check's id is for the software, not
           * for the reader (seriktes-cli check shows it). */
          reference = g_strdup (sk_finding_get_reference (f));
          /* The finding, its suggestions and its reference stay together
           * on one page (a finding of up to a third of a page; a longer
           * one with its first lines). */
          sk_pdf_ensure (pdf, finding_height (pdf, f, message, reference));
          sk_pdf_paragraph (pdf, message, SK_PDF_REGULAR, SK_PDF_BODY, &sk_pdf_black, 0, NULL);
          /* What would bring it within the limits (the staffing ratio). */
          for (const char * const *s = sk_finding_get_suggestions (f); *s; s++)
            {
              /* TRANSLATORS: one change that would bring a finding's ratio within its limits, in the PDF */
              g_autofree char *line = g_strdup_printf (TR ("→ %s"), *s);
              sk_pdf_paragraph (pdf, line, SK_PDF_REGULAR, SK_PDF_BODY, &sk_pdf_black, 14, NULL);
            }
          pdf->y += SK_PDF_BODY * 0.3;
          sk_pdf_paragraph (pdf, reference, SK_PDF_REGULAR, SK_PDF_SMALL, &sk_pdf_muted, 14, NULL);
          sk_pdf_space (pdf, 3);
        }
    }
}

/* ---- signatures ---- */

/* At most three lines of a column, the last one cut. */
static char **
column_lines (SkPdf *pdf, const char *text, SkPdfWeight weight, double size, double width)
{
  return sk_pdf_wrap_max (pdf, text ? text : "", weight, size, width, 3);
}

void
sk_pdf_signature_column (SkPdf *pdf, char **heading, char **name, double x, double width,
                         double top, double lines_top, gboolean seal)
{
  static const char * const labels[] = { N_("Position"), N_("Full name"), N_("Signature"), N_("Date") };
  double y = top;

  for (guint i = 0; heading[i]; i++, y -= SK_PDF_BODY * SK_PDF_LINE)
    sk_pdf_show (pdf, pdf->page, x, y - SK_PDF_BODY, SK_PDF_BOLD, SK_PDF_BODY, &sk_pdf_black, heading[i]);
  for (guint i = 0; name[i]; i++, y -= SK_PDF_BODY * SK_PDF_LINE)
    sk_pdf_show (pdf, pdf->page, x, y - SK_PDF_BODY, SK_PDF_REGULAR, SK_PDF_BODY, &sk_pdf_black, name[i]);
  y = lines_top;
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *label = sk_pdf_fit_text (pdf, TR (labels[i]), SK_PDF_REGULAR, SK_PDF_SMALL, width);

      y -= 24;
      sk_pdf_line (pdf, pdf->page, x, y, x + width, y, 0.6, &sk_pdf_black);
      sk_pdf_show (pdf, pdf->page, x, y - 9, SK_PDF_REGULAR, SK_PDF_SMALL, &sk_pdf_muted, label);
      y -= 6;
    }
  if (seal)
    {
      g_autofree char *text = sk_pdf_fit_text (pdf, TR ("Seal"), SK_PDF_REGULAR, SK_PDF_SMALL, width);
      sk_pdf_show (pdf, pdf->page, x, y - 24, SK_PDF_REGULAR, SK_PDF_SMALL, &sk_pdf_muted, text);
    }
}

void
sk_pdf_write_signatures (SkPdf *pdf)
{
  SkRecord *info = sk_proposal_get_info (pdf->proposal);
  GListModel *institutions = sk_proposal_get_records (pdf->proposal, SK_KIND_INSTITUTION);
  gint64 applicant_id = sk_record_get_int (info, "applicant_id", 0);
  SkRecord *applicant = applicant_id ? sk_proposal_lookup (pdf->proposal, SK_KIND_INSTITUTION, applicant_id) : NULL;
  g_autoptr (SkRecord) partner = NULL;
  double column = (SK_PDF_CONTENT_WIDTH - 30) / 2, top, lines_top, height;
  g_auto (GStrv) left_heading = NULL;
  g_auto (GStrv) right_heading = NULL;
  g_auto (GStrv) left_name = NULL;
  g_auto (GStrv) right_name = NULL;
  guint left_n, right_n;

  /* The lead foreign OHPE, or the first. */
  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      g_autoptr (SkRecord) inst = g_list_model_get_item (institutions, i);

      if (g_strcmp0 (sk_record_get_string (inst, "role"), "foreign_ohpe") != 0)
        continue;
      if (partner == NULL || (sk_record_get_bool (inst, "is_lead") && !sk_record_get_bool (partner, "is_lead")))
        g_set_object (&partner, inst);
    }
  if (pdf->error)
    return;

  left_heading = column_lines (pdf, TR ("For the applicant"), SK_PDF_BOLD, SK_PDF_BODY, column);
  right_heading = column_lines (pdf, TR ("For the foreign partner"), SK_PDF_BOLD, SK_PDF_BODY, column);
  left_name = column_lines (pdf, applicant ? sk_pdf_name (pdf, applicant, NULL) : NULL,
                            SK_PDF_REGULAR, SK_PDF_BODY, column);
  right_name = column_lines (pdf, partner ? sk_pdf_name (pdf, partner, NULL) : NULL,
                             SK_PDF_REGULAR, SK_PDF_BODY, column);
  left_n = g_strv_length (left_heading) + g_strv_length (left_name);
  right_n = g_strv_length (right_heading) + g_strv_length (right_name);

  height = MAX (left_n, right_n) * SK_PDF_BODY * SK_PDF_LINE + SK_PDF_SIGNATURE_LINES;
  sk_pdf_ensure (pdf, height + 70);
  sk_pdf_heading (pdf, 1, TR ("Signatures"));
  sk_pdf_body (pdf, TR ("The parties confirm that the information in this proposal is complete and accurate."));
  sk_pdf_ensure (pdf, height);
  top = pdf->y - 6;
  lines_top = top - MAX (left_n, right_n) * SK_PDF_BODY * SK_PDF_LINE - 6;
  sk_pdf_signature_column (pdf, left_heading, left_name, SK_PDF_LEFT, column, top, lines_top, TRUE);
  sk_pdf_signature_column (pdf, right_heading, right_name, SK_PDF_LEFT + column + 30, column, top,
                           lines_top, TRUE);
  pdf->y = top - height;
}

/* ---- the export ---- */

static const SkPdfSection sections[] = {
  { N_("Cover"), sk_pdf_write_cover },
  { N_("Partners"), sk_pdf_write_partners },
  { N_("Partnership model and term"), sk_pdf_write_model },
  { N_("Objectives"), sk_pdf_write_objectives },
  { N_("Branch and management board"), sk_pdf_write_branch },
  { N_("Dual degree programmes"), sk_pdf_write_programmes },
  { N_("Teaching staff"), sk_pdf_write_staff },
  { N_("Joint committees"), sk_pdf_write_committees },
  { N_("Joint research"), sk_pdf_write_research },
  { N_("Third mission"), sk_pdf_write_third_mission },
  { N_("Professional development"), sk_pdf_write_development },
  { N_("Financing"), sk_pdf_write_financing },
  { N_("Target indicators"), sk_pdf_write_indicators },
  { N_("Academic mobility"), sk_pdf_write_mobility },
  { N_("Compliance with the rules"), sk_pdf_write_compliance },
  { N_("Signatures"), sk_pdf_write_signatures },
};

static const SkPdfDocument proposal_document = {
  sections, G_N_ELEMENTS (sections), TRUE, NULL,
  N_("Proposal for a strategic partnership with foreign organisations "
     "of higher and (or) postgraduate education"),
};

/* How much of the work a section is: most of it is the staff list. */
static double
section_weight (SkPdf *pdf, const SkPdfSection *section)
{
  if (section->write == sk_pdf_write_staff)
    return 1 + pdf->staffing->n_staff / 100.0;
  if (section->write == sk_pdf_write_programmes)
    return 1 + pdf->staffing->programmes->len / 20.0;
  return 1;
}

/* A text of the document information: one line, the characters the
 * PDF can store. */
static char *
for_info (const char *text)
{
  g_autofree char *clean = sk_pdf_text_clean (text);
  GString *out = g_string_sized_new (strlen (clean));

  for (const char *p = clean; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      g_string_append_unichar (out, c == '\n' ? ' ' : c > 0xffff ? 0xfffd : c);
    }
  return g_string_free (out, FALSE);
}

/* The document information, and the same in the XMP metadata. */
static void
set_info (SkPdf *pdf, const char *subject)
{
  SkRecord *info = sk_proposal_get_info (pdf->proposal);
  gint64 applicant_id = sk_record_get_int (info, "applicant_id", 0);
  SkRecord *applicant = applicant_id ? sk_proposal_lookup (pdf->proposal, SK_KIND_INSTITUTION, applicant_id) : NULL;
  g_autofree char *creator = g_strdup_printf ("Seriktes %s", PACKAGE_VERSION);
  g_autofree char *title = for_info (pdf->running_title);
  g_autofree char *author = applicant ? for_info (sk_pdf_name (pdf, applicant, NULL)) : NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  SkPdfInfo archive = { title, author, sk_tr (pdf->lang, subject), creator, now };
  HPDF_Date date = { 0 };
  GTimeSpan offset = g_date_time_get_utc_offset (now) / G_TIME_SPAN_MINUTE;

  /* After the UTF-8 encoder was set, so that they are stored as Unicode. */
  HPDF_SetInfoAttr (pdf->doc, HPDF_INFO_TITLE, title);
  if (author)
    HPDF_SetInfoAttr (pdf->doc, HPDF_INFO_AUTHOR, author);
  HPDF_SetInfoAttr (pdf->doc, HPDF_INFO_SUBJECT, archive.subject);
  HPDF_SetInfoAttr (pdf->doc, HPDF_INFO_CREATOR, creator);
  date.year = g_date_time_get_year (now);
  date.month = g_date_time_get_month (now);
  date.day = g_date_time_get_day_of_month (now);
  date.hour = g_date_time_get_hour (now);
  date.minutes = g_date_time_get_minute (now);
  date.seconds = g_date_time_get_second (now);
  date.ind = offset > 0 ? '+' : offset < 0 ? '-' : 'Z';
  date.off_hour = (HPDF_INT) (ABS (offset) / 60);
  date.off_minutes = (HPDF_INT) (ABS (offset) % 60);
  HPDF_SetInfoDateAttr (pdf->doc, HPDF_INFO_CREATION_DATE, date);
  sk_pdf_archive_finish (pdf, &archive);
}

/* Writes the document into a new temporary file beside @out_path (one
 * that a crash left there is removed when the next is made). */
static SkTemp *
write_temporary (SkPdf *pdf, const char *out_path, GError **error)
{
  g_autofree guint8 *buffer = g_malloc (65536);
  g_autoptr (GError) local = NULL;
  SkTemp *temp;
  int fd, saved;

  if (HPDF_SaveToStream (pdf->doc) != HPDF_OK || pdf->error)
    {
      if (pdf->error)
        g_propagate_error (error, g_steal_pointer (&pdf->error));
      else
        g_set_error_literal (error, SK_PDF_ERROR, SK_PDF_ERROR_FAILED, _("The PDF could not be made."));
      return NULL;
    }
  HPDF_ResetStream (pdf->doc);

  temp = sk_temp_beside (out_path, &local);
  if (temp == NULL)
    {
      g_set_error_literal (error, SK_PDF_ERROR, SK_PDF_ERROR_WRITE, local->message);
      return NULL;
    }
  fd = temp->fd;
  for (;;)
    {
      HPDF_UINT32 size = 65536;
      HPDF_STATUS status = HPDF_ReadFromStream (pdf->doc, buffer, &size);
      gsize done = 0;

      while (done < size)
        {
          gssize n = write (fd, buffer + done, size - done);
          if (n < 0 && errno == EINTR)
            continue;
          if (n <= 0)
            {
              saved = n < 0 ? errno : ENOSPC;
              goto io_error;
            }
          done += (gsize) n;
        }
      if (status == HPDF_STREAM_EOF)
        break;
      if (status != HPDF_OK)
        {
          g_set_error_literal (error, SK_PDF_ERROR, SK_PDF_ERROR_FAILED, _("The PDF could not be made."));
          sk_temp_discard (temp);
          return NULL;
        }
    }
  if (fsync (fd) != 0 && errno != EINVAL)
    {
      saved = errno;
      goto io_error;
    }
  return temp;

io_error:
  sk_temp_discard (temp);
  g_set_error (error, SK_PDF_ERROR, SK_PDF_ERROR_WRITE, _("Could not write “%s”: %s"),
               out_path, g_strerror (saved));
  return NULL;
}

typedef struct {
  GThread *thread;
} Preload;

static void
preload_join (Preload *p)
{
  if (p->thread)
    g_thread_join (p->thread);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Preload, preload_join)

gboolean
sk_pdf_run (const SkPdfDocument *document, SkProposal *proposal, SkRuleSet *rules,
            const SkPdfOptions *options, const char *out_path, SkPdfProgress progress,
            gpointer progress_data, GCancellable *cancellable, GError **error)
{
  SkPdf pdf_data = { 0 };
  SkPdf *pdf = &pdf_data;
  SkCheckOptions check = { 0 };
  g_auto (Preload) patterns = { NULL };
  g_autoptr (GPtrArray) findings = NULL;
  g_autoptr (SkStaffing) staffing = NULL;
  g_autoptr (GDateTime) today = NULL;
  SkTemp *tmp = NULL;
  double total_weight = 0, done_weight = 0;
  const char *marker = NULL;
  const char *title;
  const char *last_step;
  const char *stored;

  g_return_val_if_fail (SK_IS_PROPOSAL (proposal), FALSE);
  g_return_val_if_fail (SK_IS_RULE_SET (rules), FALSE);
  g_return_val_if_fail (out_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (g_file_test (out_path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, SK_PDF_ERROR, SK_PDF_ERROR_WRITE, _("“%s” is a folder."), out_path);
      return FALSE;
    }

  pdf->lang = options && sk_is_content_language (options->language) ? options->language
                                                                     : sk_get_content_language ();
  /* The hyphenation patterns read while the proposal is checked. */
  patterns.thread = sk_hyphen_preload (pdf->lang);
  pdf->proposal = proposal;
  pdf->rules = rules;
  pdf->cancellable = cancellable;
  pdf->progress = progress;
  pdf->progress_data = progress_data;
  if (options && options->year)
    pdf->year = options->year;
  else
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();
      pdf->year = g_date_time_get_year (now);
    }
  today = options && options->date ? g_date_time_ref (options->date) : g_date_time_new_now_local ();
  pdf->date = today;
  pdf->date_text = sk_format_date_time (today, pdf->lang);

  check.year = pdf->year;
  check.language = pdf->lang;
  check.messages_language = pdf->lang;
  check.export_language = pdf->lang;
  findings = sk_check (proposal, rules, &check);
  staffing = sk_staffing_compute (proposal);
  pdf->findings = findings;
  pdf->staffing = staffing;
  if (options && options->previous)
    pdf->comparison = sk_comparison_new (options->previous, proposal, rules, &check);

  /* Once: the cover, the footers and the review report all show it. */
  pdf->fingerprint = sk_review_fingerprint (proposal);
  stored = sk_record_get_string (sk_proposal_get_info (proposal), "fingerprint");
  if (stored == NULL || *stored == '\0')
    pdf->fingerprint_state = SK_FINGERPRINT_NONE;
  else
    pdf->fingerprint_state = g_str_equal (stored, pdf->fingerprint) ? SK_FINGERPRINT_MATCHES
                                                                    : SK_FINGERPRINT_MISMATCH;

  title = sk_pdf_text3 (pdf, sk_proposal_get_info (proposal), "title", &marker);
  if (title == NULL)
    title = TR ("Untitled proposal");
  pdf->running_title = document->title ? document->title (pdf, title) : g_strdup (title);

  if (!sk_pdf_begin (pdf, error))
    {
      sk_pdf_clear (pdf);
      return FALSE;
    }
  set_info (pdf, document->subject);

  for (guint i = 0; i < document->n_sections; i++)
    total_weight += section_weight (pdf, &document->sections[i]);
  total_weight += 1; /* the contents, the footers and the file */
  last_step = document->contents ? TR ("Contents") : TR (document->sections[document->n_sections - 1].name);

  for (guint i = 0; i < document->n_sections && !sk_pdf_check_cancelled (pdf); i++)
    {
      const SkPdfSection *section = &document->sections[i];
      double weight = section_weight (pdf, section);

      pdf->section_name = TR (section->name);
      pdf->progress_from = done_weight / total_weight;
      pdf->progress_to = (done_weight + weight) / total_weight;
      sk_pdf_progress (pdf, 0);
      section->write (pdf);
      done_weight += weight;
      if (i == 0 && document->contents)
        {
          /* The contents go after the cover (first in the outline), the
           * sections on the pages after them. */
          sk_pdf_new_page (pdf);
          pdf->contents_at = pdf->pages->len - 1;
          pdf->toc_outline = HPDF_CreateOutline (pdf->doc, NULL, TR ("Contents"),
                                                 HPDF_GetEncoder (pdf->doc, "UTF-8"));
        }
    }
  if (!sk_pdf_check_cancelled (pdf))
    {
      pdf->section_name = last_step;
      pdf->progress_from = done_weight / total_weight;
      pdf->progress_to = 1;
      sk_pdf_progress (pdf, 0);
      sk_pdf_finish (pdf);
    }
  if (!sk_pdf_check_cancelled (pdf))
    {
      GError *local = NULL;

      tmp = write_temporary (pdf, out_path, &local);
      if (tmp == NULL)
        sk_pdf_fail (pdf, local);
    }
  if (tmp && sk_pdf_check_cancelled (pdf))
    sk_temp_discard (tmp);
  else if (tmp)
    {
      GError *local = NULL;

      if (!sk_temp_replace (tmp, out_path, FALSE, &local))
        {
          sk_pdf_fail (pdf, g_error_new_literal (SK_PDF_ERROR, SK_PDF_ERROR_WRITE, local->message));
          g_error_free (local);
        }
    }
  if (pdf->error)
    {
      g_propagate_error (error, g_steal_pointer (&pdf->error));
      sk_pdf_clear (pdf);
      return FALSE;
    }
  if (progress)
    progress (1.0, last_step, progress_data);
  sk_pdf_clear (pdf);
  return TRUE;
}

gboolean
sk_pdf_export (SkProposal *proposal, SkRuleSet *rules, const SkPdfOptions *options,
               const char *out_path, SkPdfProgress progress, gpointer progress_data,
               GCancellable *cancellable, GError **error)
{
  return sk_pdf_run (&proposal_document, proposal, rules, options, out_path, progress,
                     progress_data, cancellable, error);
}
