/* sk-pdf-staff.c: dual degree programmes and the teaching staff */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sk-chart.h"
#include "sk-chart-private.h"
#include "sk-pdf-private.h"

static const char * const basis_labels[SK_N_BASES] = {
  N_("Headcount"), N_("Full-time equivalents"), N_("Teaching hours"),
};

static const char * const side_labels[SK_N_SIDES] = {
  N_("Kazakhstani side"), N_("Foreign side"), N_("Third party"),
};

/* An amount on a basis: people and hours whole, FTE in units of 1.0 with
 * two decimals (so that the decimal marks of a column line up). */
static char *
amount_text (SkPdf *pdf, SkBasis basis, double amount)
{
  if (basis == SK_BASIS_FTE)
    return sk_format_fixed (amount / 1000.0, 2, pdf->lang);
  return sk_format_number (amount, 0, pdf->lang);
}

/* "1 250 people" */
static char *
people_text (SkPdf *pdf, guint n)
{
  g_autofree char *number = sk_format_int (n, pdf->lang);

  /* TRANSLATORS: %s is a number of people, with its thousands grouped */
  return g_strdup_printf (TRN ("%s person", "%s people", n), number);
}

/* The staff of a programme and their shares on @basis, as one sentence:
 * "Teaching staff: 12 people. Shares in the teaching hours: Kazakhstani
 * side 63,2 %, foreign side 30 %, third party 6,8 %." */
static char *
staffing_text (SkPdf *pdf, guint n_staff, const SkShares *s, SkBasis basis)
{
  g_autofree char *people = sk_format_int (n_staff, pdf->lang);
  g_autofree char *kz = NULL, *fo = NULL, *third = NULL;

  if (s->total <= 0)
    switch (basis)
      {
      case SK_BASIS_HEADCOUNT:
        /* TRANSLATORS: %s is a number of people (thousands grouped); the plural form follows it */
        return g_strdup_printf (TRN ("Teaching staff: %s person; none is counted in the headcount.",
                                     "Teaching staff: %s people; none is counted in the headcount.", n_staff),
                                people);
      case SK_BASIS_FTE:
        /* TRANSLATORS: %s is a number of people (thousands grouped); the plural form follows it */
        return g_strdup_printf (TRN ("Teaching staff: %s person; none is counted in the full-time equivalents.",
                                     "Teaching staff: %s people; none is counted in the full-time equivalents.", n_staff),
                                people);
      case SK_BASIS_HOURS:
      default:
        /* TRANSLATORS: %s is a number of people (thousands grouped); the plural form follows it */
        return g_strdup_printf (TRN ("Teaching staff: %s person; none is counted in the teaching hours.",
                                     "Teaching staff: %s people; none is counted in the teaching hours.", n_staff),
                                people);
      }
  kz = sk_format_percent (sk_shares_percent (s, SK_SIDE_KAZAKH), 1, pdf->lang);
  fo = sk_format_percent (sk_shares_percent (s, SK_SIDE_FOREIGN), 1, pdf->lang);
  third = sk_format_percent (sk_shares_percent (s, SK_SIDE_OTHER), 1, pdf->lang);
  switch (basis)
    {
    case SK_BASIS_HEADCOUNT:
      /* TRANSLATORS: the first %s is a number of people (thousands grouped),
       * the plural form follows it; the other three are percentages with
       * their sign ("63,2 %"), each after the label of its side. */
      return g_strdup_printf (TRN ("Teaching staff: %s person. Shares in the headcount: Kazakhstani side %s, foreign side %s, third party %s.",
                                   "Teaching staff: %s people. Shares in the headcount: Kazakhstani side %s, foreign side %s, third party %s.",
                                   n_staff),
                              people, kz, fo, third);
    case SK_BASIS_FTE:
      /* TRANSLATORS: the first %s is a number of people (thousands grouped),
       * the plural form follows it; the other three are percentages with
       * their sign ("63,2 %"), each after the label of its side. */
      return g_strdup_printf (TRN ("Teaching staff: %s person. Shares in the full-time equivalents: Kazakhstani side %s, foreign side %s, third party %s.",
                                   "Teaching staff: %s people. Shares in the full-time equivalents: Kazakhstani side %s, foreign side %s, third party %s.",
                                   n_staff),
                              people, kz, fo, third);
    case SK_BASIS_HOURS:
    default:
      /* TRANSLATORS: the first %s is a number of people (thousands grouped),
       * the plural form follows it; the other three are percentages with
       * their sign ("63,2 %"), each after the label of its side. */
      return g_strdup_printf (TRN ("Teaching staff: %s person. Shares in the teaching hours: Kazakhstani side %s, foreign side %s, third party %s.",
                                   "Teaching staff: %s people. Shares in the teaching hours: Kazakhstani side %s, foreign side %s, third party %s.",
                                   n_staff),
                              people, kz, fo, third);
    }
}

/* ---- programmes ---- */

void
sk_pdf_write_programmes (SkPdf *pdf)
{
  GListModel *programmes = sk_proposal_get_records (pdf->proposal, SK_KIND_PROGRAMME);
  guint n = g_list_model_get_n_items (programmes);
  SkBasis basis = sk_rule_set_staffing_basis (pdf->rules);

  sk_pdf_heading (pdf, 1, TR ("Dual degree programmes"));
  if (n == 0)
    {
      sk_pdf_none (pdf, TR ("No dual degree programmes are recorded."));
      return;
    }
  for (guint i = 0; i < n && !pdf->error; i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (programmes, i);
      const SkProgrammeStaffing *ps = sk_staffing_programme (pdf->staffing, sk_record_get_id (r));
      const char *marker = NULL, *pmarker = NULL;
      const char *name = sk_pdf_name (pdf, r, &marker);
      const char *partner = sk_pdf_institution (pdf, r, "partner_id", &pmarker);
      g_autofree char *heading = marker ? g_strdup_printf ("%s %s", name, marker) : g_strdup (name);
      g_autofree char *staff = NULL;
      SkPdfTable *t;

      if (ps)
        staff = staffing_text (pdf, ps->n_staff, &ps->by[basis], basis);
      sk_pdf_heading (pdf, 2, heading);
      t = sk_pdf_table_new_fields2 (pdf);
      sk_pdf_field (t, TR ("Level"), sk_pdf_enum (pdf, r, "level"));
      sk_pdf_field (t, TR ("Field of education code"), sk_record_get_string (r, "field_code"));
      sk_pdf_field_take (t, TR ("Credits"), sk_pdf_int_field (pdf, r, "credits"));
      sk_pdf_field_take (t, TR ("Languages of instruction"), sk_pdf_languages (pdf, sk_record_get_string (r, "languages")));
      sk_pdf_field (t, TR ("Disciplines in the Kazakh language"),
                    sk_pdf_yes_no (pdf, sk_record_get_bool (r, "kazakh_language_discipline")));
      sk_pdf_field (t, TR ("History of Kazakhstan"),
                    sk_pdf_yes_no (pdf, sk_record_get_bool (r, "history_discipline")));
      sk_pdf_field3 (t, pdf, TR ("Accreditation"), r, "accreditation");
      sk_pdf_field (t, TR ("Accreditation recognised in Kazakhstan"),
                    sk_pdf_yes_no (pdf, sk_record_get_bool (r, "accreditation_recognised")));
      sk_pdf_field_take (t, TR ("Diplomas issued"), sk_pdf_int_field (pdf, r, "diplomas"));
      sk_pdf_field_marked (t, TR ("Foreign partner"), partner, pmarker);
      sk_pdf_field_take (t, TR ("Intake per year"), sk_pdf_int_field (pdf, r, "intake_per_year"));
      sk_pdf_field_take (t, TR ("First intake"),
                         sk_record_is_set (r, "start_year")
                         ? g_strdup_printf ("%d", (int) sk_record_get_int (r, "start_year", 0)) : NULL);
      /* The programme's staff line stays with its table. */
      if (staff)
        {
          g_auto (GStrv) lines = sk_pdf_wrap_text (pdf, staff, SK_PDF_REGULAR, SK_PDF_TABLE, SK_PDF_CONTENT_WIDTH);
          sk_pdf_table_keep_with_next (t, 8 + (g_strv_length (lines) + 0.5) * SK_PDF_TABLE * SK_PDF_LINE);
        }
      sk_pdf_table_end (t);
      if (staff)
        sk_pdf_paragraph (pdf, staff, SK_PDF_REGULAR, SK_PDF_TABLE, &sk_pdf_black, 0, NULL);
      if (i % 16 == 15)
        {
          sk_pdf_progress (pdf, (double) i / n);
          sk_pdf_check_cancelled (pdf);
        }
    }
}

/* ---- teaching staff ---- */

static void
draw_staffing (SkCanvas *cr, double width, double height, gpointer data)
{
  SkPdf *pdf = data;
  SkChartStyle style = *sk_chart_style_light ();

  style.font_size = 7.5;
  sk_chart_canvas_staffing_data (cr, &style, pdf->proposal, pdf->staffing, pdf->rules,
                               sk_rule_set_staffing_basis (pdf->rules), pdf->lang, width, height);
}

/* A cell "12 (63,2 %)", bold when the share is beyond the rule set's limit. */
static void
share_cell (SkPdf *pdf, SkPdfTable *t, SkBasis basis, const SkShares *s, SkSide side)
{
  g_autofree char *amount = amount_text (pdf, basis, s->amount[side]);
  g_autofree char *percent = sk_format_percent (sk_shares_percent (s, side), 1, pdf->lang);
  g_autofree char *text = s->total > 0 ? g_strdup_printf ("%s (%s)", amount, percent) : g_strdup ("—");
  int kmax = sk_rule_set_kazakh_max_percent (pdf->rules);
  int fmax = sk_rule_set_foreign_max_percent (pdf->rules);
  int fmin = sk_rule_set_foreign_min_percent (pdf->rules);
  gboolean beyond = (side == SK_SIDE_KAZAKH && sk_shares_above (s, side, kmax)) ||
                    (side == SK_SIDE_FOREIGN && sk_shares_above (s, side, fmax)) ||
                    (side == SK_SIDE_FOREIGN && fmin > 0 && sk_shares_below (s, side, fmin));

  if (beyond)
    sk_pdf_cell_bold (t, text);
  else
    sk_pdf_cell (t, text);
}

static void
shares_table (SkPdf *pdf, SkBasis basis)
{
  SkPdfColumn columns[] = {
    { TR ("Programme"), 31, SK_PDF_ALIGN_LEFT, 4 },
    { TR ("Kazakhstani side"), 18, SK_PDF_ALIGN_RIGHT },
    { TR ("Foreign side"), 18, SK_PDF_ALIGN_RIGHT },
    { TR ("Third party"), 18, SK_PDF_ALIGN_RIGHT },
    { TR ("Total"), 15, SK_PDF_ALIGN_RIGHT },
  };
  SkPdfTable *t;

  sk_pdf_subheading (pdf, TR (basis_labels[basis]));
  t = sk_pdf_table_new (pdf, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < pdf->staffing->programmes->len; i++)
    {
      const SkProgrammeStaffing *ps = &g_array_index (pdf->staffing->programmes, SkProgrammeStaffing, i);
      SkRecord *r = sk_proposal_lookup (pdf->proposal, SK_KIND_PROGRAMME, ps->programme_id);
      const char *marker = NULL;
      const char *name = r ? sk_pdf_name (pdf, r, &marker) : NULL;

      sk_pdf_cell_marked (t, name, marker);
      for (SkSide side = 0; side < SK_N_SIDES; side++)
        share_cell (pdf, t, basis, &ps->by[basis], side);
      sk_pdf_cell_take (t, amount_text (pdf, basis, ps->by[basis].total));
    }
  sk_pdf_table_row_style (t, SK_PDF_ROW_TOTAL);
  sk_pdf_cell (t, TR ("All staff"));
  for (SkSide side = 0; side < SK_N_SIDES; side++)
    share_cell (pdf, t, basis, &pdf->staffing->overall[basis], side);
  sk_pdf_cell_take (t, amount_text (pdf, basis, pdf->staffing->overall[basis].total));
  sk_pdf_table_end (t);
}

static void
qualifications_table (SkPdf *pdf)
{
  const SkKind *kind = sk_schema_kind (SK_KIND_STAFF);
  const SkField *degree = sk_kind_field (kind, "degree");
  const SkField *title = sk_kind_field (kind, "academic_title");
  GListModel *staff = sk_proposal_get_records (pdf->proposal, SK_KIND_STAFF);
  SkPdfColumn columns[] = {
    { TR ("Degree or title"), 40, SK_PDF_ALIGN_LEFT },
    { TR ("Kazakhstani side"), 15, SK_PDF_ALIGN_RIGHT },
    { TR ("Foreign side"), 15, SK_PDF_ALIGN_RIGHT },
    { TR ("Third party"), 15, SK_PDF_ALIGN_RIGHT },
    { TR ("Total"), 15, SK_PDF_ALIGN_RIGHT },
  };
  /* Rows: each degree, "not given", then the titles above none. */
  guint n_degrees = 0, n_titles = 0, n_rows;
  g_autofree guint *counts = NULL;
  SkPdfTable *t;

  while (degree->enum_values[n_degrees].code)
    n_degrees++;
  while (title->enum_values[n_titles].code)
    n_titles++;
  n_rows = n_degrees + 1 + n_titles;
  counts = g_new0 (guint, n_rows * SK_N_SIDES);
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr (SkRecord) s = g_list_model_get_item (staff, i);
      SkSide side = sk_side_from_code (sk_record_get_string (s, "side"));
      const SkEnumValue *d = sk_field_enum_value (degree, sk_record_get_string (s, "degree"));
      const SkEnumValue *a = sk_field_enum_value (title, sk_record_get_string (s, "academic_title"));

      counts[(d ? (guint) (d - degree->enum_values) : n_degrees) * SK_N_SIDES + side]++;
      if (a)
        counts[(n_degrees + 1 + (guint) (a - title->enum_values)) * SK_N_SIDES + side]++;
    }

  sk_pdf_heading (pdf, 2, TR ("Qualifications"));
  t = sk_pdf_table_new (pdf, columns, G_N_ELEMENTS (columns));
  for (guint row = 0; row < n_rows; row++)
    {
      guint total = 0;

      if (row > n_degrees && row == n_degrees + 1)
        continue; /* "no academic title" says nothing */
      if (row < n_degrees)
        sk_pdf_cell (t, TR (degree->enum_values[row].label));
      else if (row == n_degrees)
        sk_pdf_cell (t, TR ("Degree not given"));
      else
        sk_pdf_cell (t, TR (title->enum_values[row - n_degrees - 1].label));
      for (guint side = 0; side < SK_N_SIDES; side++)
        {
          total += counts[row * SK_N_SIDES + side];
          sk_pdf_cell_take (t, sk_format_int (counts[row * SK_N_SIDES + side], pdf->lang));
        }
      sk_pdf_cell_take (t, sk_format_int (total, pdf->lang));
    }
  sk_pdf_table_end (t);
}

/* The side in a narrow column. */
static const char *
short_side (SkPdf *pdf, const char *code)
{
  switch (sk_side_from_code (code))
    {
    case SK_SIDE_KAZAKH:
      /* TRANSLATORS: short for "Kazakhstani side", in a narrow column of a table */
      return TR ("Kazakhstani");
    case SK_SIDE_FOREIGN:
      /* TRANSLATORS: short for "Foreign side", in a narrow column of a table */
      return TR ("Foreign");
    case SK_SIDE_OTHER:
    case SK_N_SIDES:
    default:
      return TR ("Third party");
    }
}

/* A staff member's institution by its short name when it has one. */
static const char *
short_institution (SkPdf *pdf, SkRecord *staff, const char **marker)
{
  gint64 id = sk_record_get_int (staff, "institution_id", 0);
  SkRecord *inst = id ? sk_proposal_lookup (pdf->proposal, SK_KIND_INSTITUTION, id) : NULL;
  const char *short_name = inst ? sk_record_get_string (inst, "short_name") : NULL;

  *marker = NULL;
  if (short_name && *short_name)
    return short_name;
  return inst ? sk_pdf_name (pdf, inst, marker) : NULL;
}

static void
staff_list (SkPdf *pdf)
{
  GListModel *staff = sk_proposal_get_records (pdf->proposal, SK_KIND_STAFF);
  GListModel *assignments = sk_proposal_get_records (pdf->proposal, SK_KIND_ASSIGNMENT);
  guint n = g_list_model_get_n_items (staff);
  g_autoptr (GHashTable) hours = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  SkPdfColumn columns[] = {
    { TR ("No."), 7, SK_PDF_ALIGN_RIGHT },
    { TR ("Full name"), 19, SK_PDF_ALIGN_LEFT, 4 },
    { TR ("Side"), 13, SK_PDF_ALIGN_LEFT, 2 },
    { TR ("Home institution"), 15, SK_PDF_ALIGN_LEFT, 3 },
    { TR ("Degree, title"), 22, SK_PDF_ALIGN_LEFT, 5 },
    /* TRANSLATORS: a column: a person's years of teaching / of practical work */
    { TRC ("staff experience", "Years"), 8, SK_PDF_ALIGN_RIGHT },
    { TR ("FTE"), 8, SK_PDF_ALIGN_RIGHT },
    { TR ("Hours"), 8, SK_PDF_ALIGN_RIGHT },
  };
  SkPdfTable *t;

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr (SkRecord) a = g_list_model_get_item (assignments, i);
      gint64 id = sk_record_get_int (a, "staff_id", 0);
      gint64 *sum = g_hash_table_lookup (hours, &id);

      if (sum == NULL)
        {
          sum = g_new0 (gint64, 1);
          g_hash_table_insert (hours, g_memdup2 (&id, sizeof id), sum);
        }
      *sum += sk_record_get_int (a, "hours", 0);
    }

  sk_pdf_heading (pdf, 2, TR ("List of teaching staff"));
  if (n == 0)
    {
      sk_pdf_none (pdf, TR ("No teaching staff are recorded."));
      return;
    }
  sk_pdf_paragraph (pdf, TR ("Years: of teaching / of practical work. FTE: full-time equivalent. "
                             "Hours: teaching hours per year in the programmes."),
                    SK_PDF_REGULAR, SK_PDF_SMALL, &sk_pdf_muted, 0, NULL);
  t = sk_pdf_table_new (pdf, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < n && !pdf->error; i++)
    {
      g_autoptr (SkRecord) s = g_list_model_get_item (staff, i);
      gint64 id = sk_record_get_id (s);
      gint64 *sum = g_hash_table_lookup (hours, &id);
      const char *marker = NULL;
      const char *home = short_institution (pdf, s, &marker);
      const char *degree = sk_pdf_enum (pdf, s, "degree");
      const char *title = sk_pdf_enum (pdf, s, "academic_title");
      const char *title_code = sk_record_get_string (s, "academic_title");
      g_autofree char *qualification = NULL;
      g_autofree char *experience = NULL;

      if (title && g_strcmp0 (title_code, "none") != 0)
        qualification = g_strdup_printf ("%s, %s", degree ? degree : "—", title);
      else
        qualification = g_strdup (degree);
      if (sk_record_is_set (s, "teaching_years") || sk_record_is_set (s, "practice_years"))
        experience = g_strdup_printf ("%d / %d", (int) sk_record_get_int (s, "teaching_years", 0),
                                      (int) sk_record_get_int (s, "practice_years", 0));

      sk_pdf_cell_take (t, g_strdup_printf ("%u", i + 1));
      sk_pdf_cell (t, sk_record_get_string (s, "name"));
      sk_pdf_cell (t, short_side (pdf, sk_record_get_string (s, "side")));
      sk_pdf_cell_marked (t, home, marker);
      sk_pdf_cell (t, qualification);
      sk_pdf_cell (t, experience);
      sk_pdf_cell_take (t, sk_format_fixed (sk_record_get_int (s, "fte_milli", 0) / 1000.0, 2, pdf->lang));
      sk_pdf_cell_take (t, sum ? sk_format_int (*sum, pdf->lang) : NULL);
      if (i % 256 == 255)
        sk_pdf_progress (pdf, 0.2 + 0.8 * i / n);
    }
  sk_pdf_table_end (t);
}

void
sk_pdf_write_staff (SkPdf *pdf)
{
  SkBasis basis = sk_rule_set_staffing_basis (pdf->rules);
  guint n_staff = pdf->staffing->n_staff;
  g_autofree char *count = people_text (pdf, n_staff);
  g_autofree char *limits = NULL;
  g_autofree char *basis_note = NULL;
  g_autofree char *kmax = sk_format_percent (sk_rule_set_kazakh_max_percent (pdf->rules), 0, pdf->lang);
  g_autofree char *fmax = sk_format_percent (sk_rule_set_foreign_max_percent (pdf->rules), 0, pdf->lang);
  SkChartStyle style = *sk_chart_style_light ();
  double chart_h;
  SkPdfTable *t;

  sk_pdf_heading (pdf, 1, TR ("Teaching staff"));
  t = sk_pdf_table_new_fields (pdf);
  sk_pdf_field (t, TR ("Teaching staff"), count);
  for (guint side = 0; side < SK_N_SIDES; side++)
    sk_pdf_field_take (t, TR (side_labels[side]),
                       sk_format_int ((gint64) pdf->staffing->overall[SK_BASIS_HEADCOUNT].amount[side], pdf->lang));
  sk_pdf_field_take (t, TR ("Full-time equivalents"),
                     amount_text (pdf, SK_BASIS_FTE, pdf->staffing->overall[SK_BASIS_FTE].total));
  sk_pdf_field_take (t, TR ("Teaching hours per year"),
                     amount_text (pdf, SK_BASIS_HOURS, pdf->staffing->overall[SK_BASIS_HOURS].total));
  switch (basis)
    {
    case SK_BASIS_HEADCOUNT:
      /* TRANSLATORS: the rule set's limits, percentages with their sign ("70 %") */
      limits = g_strdup_printf (TR ("Kazakhstani side up to %s, foreign side up to %s, counted in the headcount"),
                                kmax, fmax);
      basis_note = g_strdup (TR ("Shares of the teaching staff by side in the headcount, for all staff and for each dual degree programme."));
      break;
    case SK_BASIS_FTE:
      /* TRANSLATORS: the rule set's limits, percentages with their sign ("70 %") */
      limits = g_strdup_printf (TR ("Kazakhstani side up to %s, foreign side up to %s, counted in the full-time equivalents"),
                                kmax, fmax);
      basis_note = g_strdup (TR ("Shares of the teaching staff by side in the full-time equivalents, for all staff and for each dual degree programme."));
      break;
    case SK_BASIS_HOURS:
    default:
      /* TRANSLATORS: the rule set's limits, percentages with their sign ("70 %") */
      limits = g_strdup_printf (TR ("Kazakhstani side up to %s, foreign side up to %s, counted in the teaching hours"),
                                kmax, fmax);
      basis_note = g_strdup (TR ("Shares of the teaching staff by side in the teaching hours, for all staff and for each dual degree programme."));
      break;
    }
  sk_pdf_field (t, TR ("Limits of the rule set"), limits);
  if (sk_rule_set_foreign_min_percent (pdf->rules) > 0)
    sk_pdf_field_take (t, TR ("Minimum foreign share"),
                       sk_format_percent (sk_rule_set_foreign_min_percent (pdf->rules), 0, pdf->lang));
  sk_pdf_table_end (t);

  sk_pdf_heading (pdf, 2, TR ("Staffing ratio"));
  sk_pdf_body (pdf, basis_note);
  style.font_size = 7.5;
  chart_h = MIN (sk_chart_staffing_height (&style, pdf->proposal), SK_PDF_TOP - SK_PDF_BOTTOM - 60);
  sk_pdf_chart (pdf, SK_PDF_CONTENT_WIDTH, chart_h, draw_staffing, pdf);
  sk_pdf_progress (pdf, 0.05);

  sk_pdf_heading (pdf, 2, TR ("Shares on the three bases"));
  sk_pdf_paragraph (pdf, TR ("Shares beyond the limits of the rule set are in bold."),
                    SK_PDF_REGULAR, SK_PDF_SMALL, &sk_pdf_muted, 0, NULL);
  for (SkBasis b = 0; b < SK_N_BASES; b++)
    shares_table (pdf, b);
  sk_pdf_progress (pdf, 0.15);
  qualifications_table (pdf);
  sk_pdf_progress (pdf, 0.2);
  staff_list (pdf);
}
