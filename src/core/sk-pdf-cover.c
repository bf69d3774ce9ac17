/* sk-pdf-cover.c: the cover, partners, model and term, objectives, branch */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sk-chart.h"
#include "sk-chart-private.h"
#include "sk-iso.h"
#include "sk-pdf-private.h"
#include "sk-review.h"

/* "Name (en)": a name with its language marker, for running text. */
static char *
name_with_marker (SkPdf *pdf, SkRecord *r)
{
  const char *marker = NULL;
  const char *name = sk_pdf_name (pdf, r, &marker);

  return marker ? g_strdup_printf ("%s %s", name, marker) : g_strdup (name);
}

static gboolean
is_foreign_ohpe (SkRecord *inst)
{
  return g_strcmp0 (sk_record_get_string (inst, "role"), "foreign_ohpe") == 0;
}

char *
sk_pdf_term_text (SkPdf *pdf)
{
  SkRecord *info = sk_proposal_get_info (pdf->proposal);
  g_autofree char *from = sk_pdf_date_field (pdf, info, "term_start");
  g_autofree char *to = sk_pdf_date_field (pdf, info, "term_end");
  int y1, m1, d1, y2, m2, d2;

  if (from == NULL && to == NULL)
    return NULL;
  if (sk_parse_iso_date (sk_record_get_string (info, "term_start"), &y1, &m1, &d1) &&
      sk_parse_iso_date (sk_record_get_string (info, "term_end"), &y2, &m2, &d2))
    {
      g_autoptr (GDate) start = g_date_new_dmy ((GDateDay) d1, (GDateMonth) m1, (GDateYear) y1);
      g_autoptr (GDate) after = g_date_new_dmy ((GDateDay) d2, (GDateMonth) m2, (GDateYear) y2);
      int years;

      g_date_add_days (after, 1);
      years = g_date_get_year (after) - y1;
      if (g_date_get_month (after) < g_date_get_month (start) ||
          (g_date_get_month (after) == g_date_get_month (start) &&
           g_date_get_day (after) < g_date_get_day (start)))
        years--;
      if (years >= 0 && g_date_compare (after, start) > 0)
        {
          g_autofree char *length = g_strdup_printf (TRN ("%d year", "%d years", (gulong) years), years);
          return g_strdup_printf ("%s – %s (%s)", from, to, length);
        }
    }
  return g_strdup_printf ("%s – %s", from ? from : "…", to ? to : "…");
}

/* ---- the cover ---- */

/* @text in at most @n lines of the cover's table, joined by "\n". */
static char *
clamp_lines (SkPdf *pdf, const char *text, guint n)
{
  g_auto (GStrv) lines = sk_pdf_wrap_max (pdf, text, SK_PDF_REGULAR, SK_PDF_TABLE,
                                          SK_PDF_CONTENT_WIDTH * 0.66 - 10, n);
  return g_strjoinv ("\n", lines);
}

char *
sk_pdf_fingerprint_text (SkPdf *pdf)
{
  const char *stored = sk_record_get_string (sk_proposal_get_info (pdf->proposal), "fingerprint");
  const char *hex = stored && *stored ? stored : pdf->fingerprint;
  g_autoptr (GString) grouped = g_string_new (NULL);

  for (gsize i = 0; hex && hex[i]; i++)
    {
      if (i > 0 && i % 16 == 0)
        g_string_append_c (grouped, ' ');
      g_string_append_c (grouped, hex[i]);
    }
  if (pdf->fingerprint_state == SK_FINGERPRINT_MISMATCH)
    return g_strdup_printf (TR ("%s — the content no longer matches its fingerprint!"), grouped->str);
  if (pdf->fingerprint_state == SK_FINGERPRINT_MATCHES)
    return g_strdup_printf (TR ("%s (matches the content)"), grouped->str);
  return g_strdup (grouped->str);
}

/* The title, as large as its length allows and never longer than a page. */
static void
cover_title (SkPdf *pdf, const char *title, const char *marker)
{
  static const double sizes[] = { 22, 18, 15, 12, 10 };
  g_auto (GStrv) lines = NULL;
  double size = 10;
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_clear_pointer (&lines, g_strfreev);
      size = sizes[i];
      lines = sk_pdf_wrap_text (pdf, title, SK_PDF_BOLD, size, SK_PDF_CONTENT_WIDTH);
      n = g_strv_length (lines);
      if (n * size * 1.25 <= 220)
        break;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *line = NULL;
      gboolean last = (i + 1) * size * 1.25 + size * 1.25 > 240 && i + 1 < n;

      if (last)
        {
          /* The rest of the title on one line, cut. */
          g_autofree char *rest = g_strjoinv (" ", lines + i);
          line = sk_pdf_fit_text (pdf, rest, SK_PDF_BOLD, size, SK_PDF_CONTENT_WIDTH);
        }
      sk_pdf_show (pdf, pdf->page, SK_PDF_LEFT, pdf->y - size, SK_PDF_BOLD, size, &sk_pdf_black,
                   line ? line : lines[i]);
      pdf->y -= size * 1.25;
      if (last)
        break;
    }
  if (marker)
    {
      sk_pdf_show (pdf, pdf->page, SK_PDF_LEFT, pdf->y - 8, SK_PDF_REGULAR, 8, &sk_pdf_muted, marker);
      pdf->y -= 10;
    }
}

void
sk_pdf_identity_fields (SkPdf *pdf, SkPdfTable *t, gboolean compact)
{
  SkRecord *info = sk_proposal_get_info (pdf->proposal);
  GListModel *institutions = sk_proposal_get_records (pdf->proposal, SK_KIND_INSTITUTION);
  gint64 applicant_id = sk_record_get_int (info, "applicant_id", 0);
  SkRecord *applicant = applicant_id ? sk_proposal_lookup (pdf->proposal, SK_KIND_INSTITUTION, applicant_id) : NULL;
  g_autoptr (GString) partners = g_string_new (NULL);
  guint shown = 0;

  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      g_autoptr (SkRecord) inst = g_list_model_get_item (institutions, i);
      g_autofree char *name = NULL;

      if (!is_foreign_ohpe (inst))
        continue;
      /* A long list of partners is cut: the section on partners has them all. */
      if (compact && ++shown > 6)
        {
          g_string_append (partners, "\n…");
          break;
        }
      name = name_with_marker (pdf, inst);
      if (compact)
        {
          /* At most two lines each (the value column of the table). */
          g_autofree char *full = g_steal_pointer (&name);
          name = clamp_lines (pdf, full, 2);
        }
      if (partners->len)
        g_string_append_c (partners, '\n');
      g_string_append (partners, name);
    }

  if (applicant)
    {
      g_autofree char *name = name_with_marker (pdf, applicant);
      sk_pdf_field_take (t, TR ("Applicant"), compact ? clamp_lines (pdf, name, 3) : g_steal_pointer (&name));
    }
  else
    sk_pdf_field (t, TR ("Applicant"), NULL);
  sk_pdf_field (t, TR ("Foreign partners"), partners->str);
  sk_pdf_field (t, TR ("Partnership model"), sk_pdf_enum (pdf, info, "model"));
  sk_pdf_field_take (t, TR ("Term"), sk_pdf_term_text (pdf));
  sk_pdf_field (t, TR ("Status"), sk_pdf_enum (pdf, info, "status"));
  sk_pdf_field_take (t, TR ("Fingerprint"), sk_pdf_fingerprint_text (pdf));
  sk_pdf_field (t, TR ("Date"), pdf->date_text);
  sk_pdf_field_take (t, TR ("Compliance"), sk_findings_summary (pdf->findings, pdf->lang));
}

void
sk_pdf_write_cover (SkPdf *pdf)
{
  SkRecord *info = sk_proposal_get_info (pdf->proposal);
  const char *marker = NULL;
  const char *title = sk_pdf_text3 (pdf, info, "title", &marker);
  g_autofree char *note = NULL;
  SkPdfTable *t;

  sk_pdf_new_page (pdf);
  pdf->y -= 50;
  sk_pdf_paragraph (pdf, TR ("Proposal for a strategic partnership with foreign organisations "
                        "of higher and (or) postgraduate education"),
                    SK_PDF_BOLD, 11, &sk_pdf_accent, 0, NULL);
  pdf->y -= 16;
  cover_title (pdf, title ? title : TR ("Untitled proposal"), marker);
  pdf->y -= 10;
  sk_pdf_line (pdf, pdf->page, SK_PDF_LEFT, pdf->y, SK_PDF_LEFT + 120, pdf->y, 2.5, &sk_pdf_accent);
  pdf->y -= 34;

  t = sk_pdf_table_new_fields (pdf);
  sk_pdf_table_set_max_lines (t, 1, 13);
  sk_pdf_identity_fields (pdf, t, TRUE);
  sk_pdf_table_end (t);

  note = g_strdup_printf (TR ("Prepared with Seriktes %s; checked against the rule set “%s”, version %s."),
                          PACKAGE_VERSION, sk_rule_set_get_name_in (pdf->rules, pdf->lang),
                          sk_rule_set_get_version (pdf->rules));
  sk_pdf_space (pdf, 12);
  sk_pdf_paragraph (pdf, note, SK_PDF_REGULAR, SK_PDF_SMALL, &sk_pdf_muted, 0, NULL);
}

/* ---- partners ---- */

static void
write_rankings (SkPdf *pdf)
{
  static const SkPdfColumn columns[] = {
    { N_("Institution"), 28, SK_PDF_ALIGN_LEFT },
    { N_("Publisher"), 20, SK_PDF_ALIGN_LEFT },
    { N_("Scope"), 16, SK_PDF_ALIGN_LEFT },
    { N_("Year"), 8, SK_PDF_ALIGN_RIGHT },
    { N_("Rank"), 10, SK_PDF_ALIGN_RIGHT },
    { N_("Source"), 18, SK_PDF_ALIGN_LEFT },
  };
  GListModel *institutions = sk_proposal_get_records (pdf->proposal, SK_KIND_INSTITUTION);
  SkPdfColumn translated[G_N_ELEMENTS (columns)];
  SkPdfTable *t = NULL;

  sk_pdf_heading (pdf, 2, TR ("Rankings"));
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      translated[i] = columns[i];
      translated[i].title = TR (columns[i].title);
    }
  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      g_autoptr (SkRecord) inst = g_list_model_get_item (institutions, i);
      g_autoptr (GPtrArray) entries = sk_pdf_children (pdf, SK_KIND_RANKING, "institution_id",
                                                       sk_record_get_id (inst));

      for (guint k = 0; k < entries->len; k++)
        {
          SkRecord *e = entries->pdata[k];
          const char *marker = NULL;
          const char *name = sk_pdf_name (pdf, inst, &marker);
          const char *subject = sk_record_get_string (e, "subject");
          const char *scope = sk_pdf_enum (pdf, e, "scope");

          if (t == NULL)
            t = sk_pdf_table_new (pdf, translated, G_N_ELEMENTS (translated));
          if (k == 0)
            sk_pdf_cell_marked (t, name, marker);
          else
            sk_pdf_cell (t, "″");
          sk_pdf_cell (t, sk_pdf_enum (pdf, e, "publisher"));
          if (subject && *subject)
            {
              /* The subject as the publisher writes it: marked when that
               * is another language than the document's. */
              const char *written = sk_text_language (subject);
              g_autofree char *both = g_strdup_printf ("%s: %s", scope, subject);
              sk_pdf_cell_marked (t, both, written && g_strcmp0 (written, pdf->lang) != 0
                                           ? sk_pdf_language_marker (written) : NULL);
            }
          else
            sk_pdf_cell (t, scope);
          sk_pdf_cell_take (t, g_strdup_printf ("%d", (int) sk_record_get_int (e, "year", 0)));
          sk_pdf_cell (t, sk_record_get_string (e, "rank_text"));
          sk_pdf_cell3 (t, pdf, e, "source_note");
        }
    }
  if (t)
    sk_pdf_table_end (t);
  else
    sk_pdf_none (pdf, TR ("No ranking entries are recorded."));
}

void
sk_pdf_write_partners (SkPdf *pdf)
{
  GListModel *institutions = sk_proposal_get_records (pdf->proposal, SK_KIND_INSTITUTION);
  guint n = g_list_model_get_n_items (institutions);
  SkPdfColumn columns[] = {
    { TR ("Name"), 40, SK_PDF_ALIGN_LEFT },
    { TR ("Role"), 22, SK_PDF_ALIGN_LEFT },
    { TR ("Country"), 18, SK_PDF_ALIGN_LEFT },
    { TR ("BIN"), 20, SK_PDF_ALIGN_LEFT },
  };
  SkPdfTable *t;

  sk_pdf_heading (pdf, 1, TR ("Partners"));
  if (n == 0)
    sk_pdf_none (pdf, TR ("No institutions are recorded."));
  else
    {
      t = sk_pdf_table_new (pdf, columns, G_N_ELEMENTS (columns));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr (SkRecord) inst = g_list_model_get_item (institutions, i);
          const char *marker = NULL;
          const char *name = sk_pdf_name (pdf, inst, &marker);
          const char *short_name = sk_record_get_string (inst, "short_name");
          const char *role = sk_pdf_enum (pdf, inst, "role");
          g_autofree char *country = sk_pdf_code (pdf, inst, "country");
          const char *city_marker = NULL;
          const char *city = sk_pdf_text3 (pdf, inst, "city", &city_marker);
          g_autofree char *full = short_name && *short_name
                                  ? g_strdup_printf ("%s\n%s", name, short_name) : g_strdup (name);

          sk_pdf_cell_marked (t, full, marker);
          sk_pdf_cell_take (t, sk_record_get_bool (inst, "is_lead")
                               ? g_strdup_printf ("%s\n%s", role, TR ("Lead institution"))
                               : g_strdup (role));
          if (city && *city)
            {
              g_autofree char *place = g_strdup_printf ("%s, %s", country ? country : "—", city);
              sk_pdf_cell_marked (t, place, city_marker);
            }
          else
            sk_pdf_cell (t, country);
          sk_pdf_cell (t, sk_record_get_string (inst, "bin"));
        }
      sk_pdf_table_end (t);
    }
  write_rankings (pdf);
}

/* ---- model and term ---- */

static void
draw_term (SkCanvas *cr, double width, double height, gpointer data)
{
  SkPdf *pdf = data;
  SkChartStyle style = *sk_chart_style_light ();

  style.font_size = 8;
  sk_chart_canvas_term (cr, &style, pdf->proposal, pdf->rules, pdf->lang, width, height);
}

static void
write_agreements (SkPdf *pdf)
{
  GListModel *agreements = sk_proposal_get_records (pdf->proposal, SK_KIND_AGREEMENT);
  guint n = g_list_model_get_n_items (agreements);
  SkPdfColumn columns[] = {
    { TR ("Agreement"), 27, SK_PDF_ALIGN_LEFT },
    { TR ("Partner"), 20, SK_PDF_ALIGN_LEFT },
    { TR ("Reference number"), 21, SK_PDF_ALIGN_LEFT },
    { TR ("Obligations of the parties"), 32, SK_PDF_ALIGN_LEFT },
  };
  SkPdfTable *t;

  sk_pdf_heading (pdf, 2, TR ("Agreements and contracts"));
  if (n == 0)
    {
      sk_pdf_none (pdf, TR ("No agreements are recorded."));
      return;
    }
  t = sk_pdf_table_new (pdf, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SkRecord) a = g_list_model_get_item (agreements, i);
      const char *marker = NULL;
      const char *title = sk_pdf_text3 (pdf, a, "title", &marker);
      const char *kind = sk_pdf_enum (pdf, a, "kind");
      const char *pmarker = NULL;
      const char *partner = sk_pdf_institution (pdf, a, "partner_id", &pmarker);
      g_autofree char *signed_on = sk_pdf_date_field (pdf, a, "signed_date");
      g_autofree char *until = sk_pdf_date_field (pdf, a, "valid_until");
      const char *reference = sk_record_get_string (a, "reference");
      GString *dates = g_string_new (reference);

      if (signed_on)
        g_string_append_printf (dates, "%s%s: %s", dates->len ? "\n" : "", TR ("Signed"), signed_on);
      if (until)
        g_string_append_printf (dates, "%s%s: %s", dates->len ? "\n" : "", TR ("Valid until"), until);
      if (title && g_strcmp0 (title, kind) != 0)
        {
          g_autofree char *both = g_strdup_printf ("%s\n%s", kind, title);
          sk_pdf_cell_marked (t, both, marker);
        }
      else
        sk_pdf_cell (t, kind);
      sk_pdf_cell_marked (t, partner, pmarker);
      sk_pdf_cell_take (t, g_string_free (dates, FALSE));
      sk_pdf_cell3 (t, pdf, a, "obligations");
    }
  sk_pdf_table_end (t);
}

static void
write_certification_centres (SkPdf *pdf)
{
  GListModel *centres = sk_proposal_get_records (pdf->proposal, SK_KIND_CERT_CENTRE);

  for (guint i = 0; i < g_list_model_get_n_items (centres); i++)
    {
      g_autoptr (SkRecord) c = g_list_model_get_item (centres, i);
      const char *marker = NULL, *hmarker = NULL;
      const char *name = sk_pdf_name (pdf, c, &marker);
      SkPdfTable *t;

      sk_pdf_heading (pdf, 2, TR ("Certification centre"));
      t = sk_pdf_table_new_fields (pdf);
      sk_pdf_field_marked (t, TR ("Name"), name, marker);
      sk_pdf_field_marked (t, TR ("Hosting OHPE"), sk_pdf_institution (pdf, c, "host_id", &hmarker), hmarker);
      sk_pdf_field_take (t, TR ("Laboratories"), sk_pdf_int_field (pdf, c, "laboratories"));
      sk_pdf_field3 (t, pdf, TR ("Description of the laboratories"), c, "laboratories_description");
      sk_pdf_field3 (t, pdf, TR ("Equipment"), c, "equipment");
      sk_pdf_field3 (t, pdf, TR ("Certifications offered"), c, "certifications");
      sk_pdf_table_end (t);
    }
}

static void
write_franchises (SkPdf *pdf)
{
  static const struct { const char *field; const char *label; } rights[] = {
    { "right_brand", N_("Brand") },
    { "right_programmes", N_("Educational programmes") },
    { "right_methods", N_("Teaching methods") },
    { "right_standards", N_("Quality standards") },
  };
  GListModel *franchises = sk_proposal_get_records (pdf->proposal, SK_KIND_FRANCHISE);

  for (guint i = 0; i < g_list_model_get_n_items (franchises); i++)
    {
      g_autoptr (SkRecord) f = g_list_model_get_item (franchises, i);
      const char *fm = NULL, *im = NULL;
      const char *franchisor = sk_pdf_institution (pdf, f, "franchisor_id", &fm);
      const char *investor = sk_pdf_institution (pdf, f, "investor_id", &im);
      g_autoptr (GString) granted = g_string_new (NULL);
      SkPdfTable *t;

      for (guint k = 0; k < G_N_ELEMENTS (rights); k++)
        if (sk_record_get_bool (f, rights[k].field))
          g_string_append_printf (granted, "%s%s", granted->len ? "; " : "", TR (rights[k].label));
      sk_pdf_heading (pdf, 2, TR ("Franchise"));
      t = sk_pdf_table_new_fields (pdf);
      sk_pdf_field_marked (t, TR ("Franchisor"), franchisor, fm);
      sk_pdf_field_marked (t, TR ("Investor"), investor, im);
      sk_pdf_field (t, TR ("Rights transferred"), granted->str);
      sk_pdf_field_take (t, TR ("Investment"), sk_pdf_money_field (pdf, f, "investment_kzt"));
      sk_pdf_field (t, TR ("Contract reference"), sk_record_get_string (f, "contract_ref"));
      sk_pdf_table_end (t);
    }
}

static void
write_joint_ventures (SkPdf *pdf)
{
  GListModel *ventures = sk_proposal_get_records (pdf->proposal, SK_KIND_JOINT_VENTURE);

  for (guint i = 0; i < g_list_model_get_n_items (ventures); i++)
    {
      g_autoptr (SkRecord) jv = g_list_model_get_item (ventures, i);
      g_autoptr (GPtrArray) holders = sk_pdf_children (pdf, SK_KIND_SHAREHOLDER, "joint_venture_id",
                                                       sk_record_get_id (jv));
      SkPdfColumn columns[] = {
        { TR ("Shareholder"), 75, SK_PDF_ALIGN_LEFT },
        { TR ("Share"), 25, SK_PDF_ALIGN_RIGHT },
      };
      const char *marker = NULL;
      const char *name = sk_pdf_name (pdf, jv, &marker);
      SkPdfTable *t;

      sk_pdf_heading (pdf, 2, TR ("Joint venture"));
      t = sk_pdf_table_new_fields (pdf);
      sk_pdf_field_marked (t, TR ("Name"), name, marker);
      sk_pdf_field (t, TR ("AIFC participant"), sk_pdf_yes_no (pdf, sk_record_get_bool (jv, "aifc_participant")));
      sk_pdf_field3 (t, pdf, TR ("Governing law"), jv, "governing_law");
      sk_pdf_field (t, TR ("BIN"), sk_record_get_string (jv, "bin"));
      sk_pdf_field_take (t, TR ("Registration date"), sk_pdf_date_field (pdf, jv, "registration_date"));
      sk_pdf_table_end (t);
      if (holders->len == 0)
        continue;
      t = sk_pdf_table_new (pdf, columns, G_N_ELEMENTS (columns));
      for (guint k = 0; k < holders->len; k++)
        {
          SkRecord *h = holders->pdata[k];
          const char *hm = NULL;
          const char *holder = sk_pdf_institution (pdf, h, "institution_id", &hm);
          const char *own = sk_record_get_string (h, "name");

          sk_pdf_cell_marked (t, holder ? holder : own, holder ? hm : NULL);
          sk_pdf_cell_take (t, sk_format_percent (sk_record_get_int (h, "share_bp", 0) / 100.0, 1, pdf->lang));
        }
      sk_pdf_table_end (t);
    }
}

void
sk_pdf_write_model (SkPdf *pdf)
{
  SkRecord *info = sk_proposal_get_info (pdf->proposal);
  int min_years = sk_rule_set_min_term_years (pdf->rules);
  g_autofree char *minimum = g_strdup_printf (TRN ("%d year", "%d years", (gulong) min_years), min_years);
  g_autofree char *mshe_date = sk_pdf_date_field (pdf, info, "mshe_agreement_date");
  const char *mshe_ref = sk_record_get_string (info, "mshe_agreement_ref");
  SkPdfTable *t;

  sk_pdf_heading (pdf, 1, TR ("Partnership model and term"));
  t = sk_pdf_table_new_fields (pdf);
  sk_pdf_field (t, TR ("Partnership model"), sk_pdf_enum (pdf, info, "model"));
  sk_pdf_field_take (t, TR ("Term"), sk_pdf_term_text (pdf));
  sk_pdf_field (t, TR ("Minimum term"), minimum);
  sk_pdf_field_take (t, TR ("Agreement of the MSHE"),
                     mshe_ref || mshe_date
                     ? g_strdup_printf ("%s%s%s", mshe_ref ? mshe_ref : "", mshe_ref && mshe_date ? ", " : "",
                                        mshe_date ? mshe_date : "")
                     : NULL);
  sk_pdf_field (t, TR ("Military or special institution of the MIA"),
                sk_pdf_yes_no (pdf, sk_record_get_bool (info, "applicant_is_mia")));
  if (sk_record_get_bool (info, "applicant_is_mia"))
    {
      g_autofree char *date = sk_pdf_date_field (pdf, info, "mia_approval_date");
      const char *ref = sk_record_get_string (info, "mia_approval_ref");

      sk_pdf_field_take (t, TR ("Agreement of the MIA"),
                         ref || date ? g_strdup_printf ("%s%s%s", ref ? ref : "", ref && date ? ", " : "",
                                                        date ? date : "")
                                     : NULL);
    }
  sk_pdf_field_take (t, TR ("Languages of instruction"),
                     sk_pdf_languages (pdf, sk_record_get_string (info, "languages")));
  sk_pdf_table_end (t);

  sk_pdf_chart (pdf, SK_PDF_CONTENT_WIDTH, 62, draw_term, pdf);
  write_agreements (pdf);
  write_certification_centres (pdf);
  write_franchises (pdf);
  write_joint_ventures (pdf);
}

/* ---- objectives ---- */

void
sk_pdf_write_objectives (SkPdf *pdf)
{
  static const struct { const char *field; const char *label; } objectives[] = {
    { "objective_long_term", N_("Long-term cooperation") },
    { "objective_dual_degree", N_("Dual degree programmes") },
    { "objective_research", N_("Joint research and publications") },
    { "objective_mobility", N_("Academic mobility") },
    { "objective_competitiveness", N_("Competitiveness") },
  };
  SkRecord *info = sk_proposal_get_info (pdf->proposal);
  const char *marker = NULL;
  const char *text = sk_pdf_text3 (pdf, info, "objectives", &marker);
  const char *qa_marker = NULL;
  const char *qa = sk_pdf_text3 (pdf, info, "qa_description", &qa_marker);
  SkPdfTable *t;

  sk_pdf_heading (pdf, 1, TR ("Objectives"));
  t = sk_pdf_table_new_fields (pdf);
  for (guint i = 0; i < G_N_ELEMENTS (objectives); i++)
    sk_pdf_field (t, TR (objectives[i].label),
                  sk_pdf_yes_no (pdf, sk_record_get_bool (info, objectives[i].field)));
  sk_pdf_table_end (t);
  if (text)
    sk_pdf_paragraph (pdf, text, SK_PDF_REGULAR, SK_PDF_BODY, &sk_pdf_black, 0, marker);
  else
    sk_pdf_none (pdf, TR ("The objectives are not described."));

  sk_pdf_heading (pdf, 2, TR ("Quality assurance system"));
  if (qa)
    sk_pdf_paragraph (pdf, qa, SK_PDF_REGULAR, SK_PDF_BODY, &sk_pdf_black, 0, qa_marker);
  else
    sk_pdf_none (pdf, TR ("No quality assurance system is described."));
}

/* ---- branch and management board ---- */

static void
write_board (SkPdf *pdf, SkRecord *branch)
{
  g_autoptr (GPtrArray) members = sk_pdf_children (pdf, SK_KIND_BOARD_MEMBER, "branch_id",
                                                   sk_record_get_id (branch));
  SkPdfColumn columns[] = {
    { TR ("Full name"), 30, SK_PDF_ALIGN_LEFT },
    { TR ("Side"), 20, SK_PDF_ALIGN_LEFT },
    { TR ("Role"), 14, SK_PDF_ALIGN_LEFT },
    { TR ("Position"), 36, SK_PDF_ALIGN_LEFT },
  };
  guint count[SK_N_SIDES] = { 0, 0, 0 };
  g_autofree char *summary = NULL;
  SkPdfTable *t;

  sk_pdf_subheading (pdf, TR ("Management board"));
  if (members->len == 0)
    {
      sk_pdf_none (pdf, TR ("No members of the management board are recorded."));
      return;
    }
  t = sk_pdf_table_new (pdf, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < members->len; i++)
    {
      SkRecord *m = members->pdata[i];

      count[sk_side_from_code (sk_record_get_string (m, "side"))]++;
      sk_pdf_cell (t, sk_record_get_string (m, "name"));
      sk_pdf_cell (t, sk_pdf_enum (pdf, m, "side"));
      sk_pdf_cell (t, sk_pdf_enum (pdf, m, "role"));
      sk_pdf_cell3 (t, pdf, m, "position");
    }
  sk_pdf_table_end (t);
  /* TRANSLATORS: three numbers of members, each after its label ("label: number"), so that no plural form is needed */
  summary = g_strdup_printf (TR ("Members from the Kazakhstani side: %u; from the foreign side: %u; third parties: %u."),
                             count[SK_SIDE_KAZAKH], count[SK_SIDE_FOREIGN], count[SK_SIDE_OTHER]);
  sk_pdf_body (pdf, summary);
}

void
sk_pdf_write_branch (SkPdf *pdf)
{
  GListModel *branches = sk_proposal_get_records (pdf->proposal, SK_KIND_BRANCH);
  guint n = g_list_model_get_n_items (branches);

  sk_pdf_heading (pdf, 1, TR ("Branch and management board"));
  if (n == 0)
    sk_pdf_none (pdf, TR ("No branch is planned in this proposal."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SkRecord) b = g_list_model_get_item (branches, i);
      const char *m1 = NULL, *m2 = NULL, *m3 = NULL, *m4 = NULL;
      const char *name = sk_pdf_name (pdf, b, &m1);
      const char *location = sk_pdf_text3 (pdf, b, "location", &m2);
      const char *parent = sk_pdf_institution (pdf, b, "parent_id", &m3);
      const char *host = sk_pdf_institution (pdf, b, "host_id", &m4);
      SkPdfTable *t;

      if (n > 1)
        sk_pdf_subheading (pdf, name);
      t = sk_pdf_table_new_fields (pdf);
      sk_pdf_field_marked (t, TR ("Name"), name, m1);
      sk_pdf_field_marked (t, TR ("Location"), location, m2);
      sk_pdf_field_marked (t, TR ("Foreign OHPE"), parent, m3);
      sk_pdf_field_marked (t, TR ("Hosting OHPE"), host, m4);
      sk_pdf_field (t, TR ("BIN"), sk_record_get_string (b, "bin"));
      sk_pdf_field_take (t, TR ("Registration date"), sk_pdf_date_field (pdf, b, "registration_date"));
      sk_pdf_field (t, TR ("Licence number"), sk_record_get_string (b, "licence_number"));
      sk_pdf_field_take (t, TR ("Licence date"), sk_pdf_date_field (pdf, b, "licence_date"));
      sk_pdf_table_end (t);
      write_board (pdf, b);
    }
}
