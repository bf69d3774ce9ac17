/* sk-summary.c */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-pdf-format.h"
#include "sk-review.h"
#include "sk-summary.h"

void
sk_summary_row_free (SkSummaryRow *row)
{
  g_free (row->label);
  g_free (row->value);
  g_free (row);
}

static void
add_row (GPtrArray *rows, const char *label, char *value)
{
  SkSummaryRow *row = g_new0 (SkSummaryRow, 1);
  row->label = g_strdup (label);
  row->value = value ? value : g_strdup ("—");
  g_ptr_array_add (rows, row);
}

const char *
sk_record_display_name (SkRecord *record, const char *lang)
{
  static const char * const groups[] = { "name", "title" };
  const SkKind *kind = sk_record_get_kind (record);
  const char *s;

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    if (sk_kind_text3 (kind, groups[i], lang) &&
        (s = sk_record_get_text3 (record, groups[i], lang, TRUE, NULL)))
      return s;
  if (sk_kind_field (kind, "name") && (s = sk_record_get_string (record, "name")) && *s)
    return s;
  return _("(unnamed)");
}

const char *
sk_enum_label (SkRecord *record, const char *field)
{
  const SkField *f = sk_kind_field (sk_record_get_kind (record), field);
  const SkEnumValue *v;

  if (f == NULL)
    return "";
  v = sk_field_enum_value (f, sk_record_get_string (record, field));
  return v ? _(v->label) : "";
}

static char *
institution_line (SkRecord *inst, const char *lang)
{
  const char *country = sk_record_get_string (inst, "country");

  if (country && *country)
    return g_strdup_printf ("%s (%s)", sk_record_display_name (inst, lang), country);
  return g_strdup (sk_record_display_name (inst, lang));
}

GPtrArray *
sk_summary_rows (SkProposal *proposal, const char *lang, gboolean with_fingerprint)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_summary_row_free);
  SkRecord *info = sk_proposal_get_info (proposal);
  GListModel *institutions = sk_proposal_get_records (proposal, SK_KIND_INSTITUTION);
  gint64 applicant = sk_record_get_int (info, "applicant_id", 0);
  SkRecord *app = applicant ? sk_proposal_lookup (proposal, SK_KIND_INSTITUTION, applicant) : NULL;
  g_autoptr (GString) partners = g_string_new (NULL);
  const char *title = sk_record_get_text3 (info, "title", lang, TRUE, NULL);
  const char *start = sk_record_get_string (info, "term_start");
  const char *end = sk_record_get_string (info, "term_end");
  const char *model = sk_enum_label (info, "model");

  add_row (rows, _("Title"), title ? g_strdup (title) : NULL);
  add_row (rows, _("Applicant"), app ? institution_line (app, lang) : NULL);

  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      g_autoptr (SkRecord) inst = g_list_model_get_item (institutions, i);
      g_autofree char *line = NULL;

      if (g_strcmp0 (sk_record_get_string (inst, "role"), "foreign_ohpe") != 0)
        continue;
      line = institution_line (inst, lang);
      if (partners->len)
        g_string_append (partners, "; ");
      g_string_append (partners, line);
    }
  add_row (rows, _("Foreign partners"), partners->len ? g_strdup (partners->str) : NULL);
  add_row (rows, _("Partnership model"), *model ? g_strdup (model) : NULL);
  {
    /* Dates as the language writes them ("1 қыркүйек 2027 ж."). */
    g_autofree char *from = start ? sk_pdf_format_iso_date (start, lang) : NULL;
    g_autofree char *to = end ? sk_pdf_format_iso_date (end, lang) : NULL;

    if (from == NULL)
      from = g_strdup (start ? start : "…");
    if (to == NULL)
      to = g_strdup (end ? end : "…");
    add_row (rows, _("Term"), start || end ? g_strdup_printf ("%s – %s", from, to) : NULL);
  }
  add_row (rows, _("Status"), g_strdup (sk_enum_label (info, "status")));
  if (with_fingerprint && sk_record_get_string (info, "fingerprint"))
    {
      const char *fingerprint = sk_record_get_string (info, "fingerprint");
      if (sk_review_verify (proposal) == SK_FINGERPRINT_MISMATCH)
        /* TRANSLATORS: the fingerprint, then a warning */
        add_row (rows, _("Fingerprint"), g_strdup_printf (_("%s — the content no longer matches its fingerprint!"), fingerprint));
      else
        add_row (rows, _("Fingerprint"), g_strdup_printf (_("%s (matches the content)"), fingerprint));
    }
  return rows;
}

char *
sk_summary_text (SkProposal *proposal, const char *lang)
{
  g_autoptr (GPtrArray) rows = sk_summary_rows (proposal, lang, TRUE);
  GString *out = g_string_new (NULL);
  guint n_kinds, width = 0;
  const SkKind *kinds = sk_schema_kinds (&n_kinds);

  for (guint i = 0; i < rows->len; i++)
    width = MAX (width, (guint) g_utf8_strlen (((SkSummaryRow *) rows->pdata[i])->label, -1));
  for (guint i = 0; i < n_kinds; i++)
    width = MAX (width, (guint) g_utf8_strlen (_(kinds[i].label), -1));

  for (guint i = 0; i < rows->len; i++)
    {
      SkSummaryRow *row = rows->pdata[i];
      g_string_append_printf (out, "%s:%*s %s\n", row->label,
                              (int) (width - g_utf8_strlen (row->label, -1)), "", row->value);
    }
  g_string_append_printf (out, "\n%s\n", _("Records:"));
  for (guint i = 0; i < n_kinds; i++)
    {
      const char *label = _(kinds[i].label);
      if (kinds[i].singleton)
        continue;
      g_string_append_printf (out, "  %s%*s %u\n", label,
                              (int) (width - g_utf8_strlen (label, -1)), "",
                              sk_proposal_count (proposal, kinds[i].name));
    }
  return g_string_free (out, FALSE);
}
