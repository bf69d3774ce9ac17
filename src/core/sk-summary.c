/* sk-summary.c */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sk-field-info.h"
#include "sk-i18n.h"
#include "sk-init.h"
#include "sk-format.h"
#include "sk-format.h"
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
  g_autofree char *country = sk_field_code_label (sk_kind_field (sk_record_get_kind (inst), "country"),
                                                  sk_record_get_string (inst, "country"), lang);

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
    /* Dates as the language writes them ("2027 жылғы 1 қыркүйек"). */
    g_autofree char *from = start ? sk_format_iso_date (start, lang) : NULL;
    g_autofree char *to = end ? sk_format_iso_date (end, lang) : NULL;

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
  if (with_fingerprint && sk_review_history_problem (proposal))
    add_row (rows, _("Review history"), g_strdup (sk_review_history_problem (proposal)->message));
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

/* ---- one file among many ---- */

void
sk_file_summary_free (SkFileSummary *s)
{
  if (s == NULL)
    return;
  g_free (s->file);
  g_clear_error (&s->error);
  g_free (s->title);
  g_free (s->applicant);
  g_free (s->model);
  g_free (s->status);
  g_free (s->status_label);
  g_free (s->verdict);
  g_free (s->last_event);
  g_free (s->last_event_by);
  g_free (s->last_event_at);
  g_free (s->last_event_when);
  g_free (s);
}

SkFileSummary *
sk_file_summary_new (const char *path, SkRuleSet *rules, const SkCheckOptions *options)
{
  SkFileSummary *s = g_new0 (SkFileSummary, 1);
  const char *lang = options ? options->language : NULL;
  const char *content = lang ? lang : sk_get_content_language ();
  g_autoptr (SkRuleSet) own = rules ? NULL : sk_rule_set_new_default ();
  g_autoptr (SkProposal) proposal = sk_proposal_open (path, SK_OPEN_READ_ONLY, &s->error);
  g_autoptr (GPtrArray) findings = NULL;
  g_autoptr (GPtrArray) history = NULL;
  SkRecord *info, *applicant;
  const SkField *field;
  const SkEnumValue *v;

  s->file = g_strdup (path);
  if (proposal == NULL)
    return s;

  info = sk_proposal_get_info (proposal);
  s->title = g_strdup (sk_record_get_text3 (info, "title", content, TRUE, NULL));
  applicant = sk_proposal_lookup (proposal, SK_KIND_INSTITUTION, sk_record_get_int (info, "applicant_id", 0));
  if (applicant)
    s->applicant = g_strdup (sk_record_display_name (applicant, content));
  field = sk_kind_field (sk_record_get_kind (info), "model");
  if ((v = sk_field_enum_value (field, sk_record_get_string (info, "model"))))
    s->model = g_strdup (sk_tr (lang, v->label));
  s->status = g_strdup (sk_record_get_string (info, "status"));
  field = sk_kind_field (sk_record_get_kind (info), "status");
  v = sk_field_enum_value (field, s->status);
  s->status_label = g_strdup (v ? sk_tr (lang, v->label) : s->status);

  findings = sk_check (proposal, rules ? rules : own, options);
  sk_findings_count (findings, &s->errors, &s->warnings, &s->notes);

  s->fingerprint = sk_review_verify (proposal);
  s->tampered = sk_review_history_problem (proposal) != NULL;
  if (s->tampered)
    s->verdict = g_strdup (sk_review_history_problem (proposal)->message);
  else if (s->fingerprint == SK_FINGERPRINT_MISMATCH)
    s->verdict = g_strdup (sk_tr (lang, "The content no longer matches its fingerprint"));
  else if (s->fingerprint == SK_FINGERPRINT_MATCHES)
    s->verdict = g_strdup (sk_tr (lang, "Matches its fingerprint"));
  else
    s->verdict = g_strdup (sk_tr (lang, "Not submitted"));

  history = sk_review_history (proposal, lang);
  if (history->len > 0)
    {
      SkHistoryEntry *last = history->pdata[history->len - 1];
      s->last_event = g_strdup (last->what);
      s->last_event_by = g_strdup (last->who);
      s->last_event_at = g_strdup (sk_record_get_string (last->event, "changed_at"));
      s->last_event_when = g_strdup (last->when);
    }
  return s;
}

typedef struct {
  const char * const *paths;
  SkFileSummary **out;
  SkRuleSet *rules;
  const SkCheckOptions *options;
} Batch;

static void
summarise_one (gpointer index, gpointer data)
{
  Batch *b = data;
  guint i = GPOINTER_TO_UINT (index) - 1;

  b->out[i] = sk_file_summary_new (b->paths[i], b->rules, b->options);
}

GPtrArray *
sk_file_summaries_new (const char * const *paths, guint n_paths, SkRuleSet *rules,
                       const SkCheckOptions *options)
{
  g_autoptr (SkRuleSet) own = rules ? NULL : sk_rule_set_new_default ();
  g_autofree SkFileSummary **out = g_new0 (SkFileSummary *, n_paths);
  GPtrArray *summaries = g_ptr_array_new_full (n_paths, (GDestroyNotify) sk_file_summary_free);
  Batch batch = { paths, out, rules ? rules : own, options };
  guint threads = MIN ((guint) g_get_num_processors (), n_paths);

  if (threads <= 1)
    for (guint i = 0; i < n_paths; i++)
      summarise_one (GUINT_TO_POINTER (i + 1), &batch);
  else
    {
      GThreadPool *pool = g_thread_pool_new (summarise_one, &batch, (int) threads, TRUE, NULL);

      for (guint i = 0; i < n_paths; i++)
        g_thread_pool_push (pool, GUINT_TO_POINTER (i + 1), NULL);
      g_thread_pool_free (pool, FALSE, TRUE);
    }
  for (guint i = 0; i < n_paths; i++)
    g_ptr_array_add (summaries, out[i]);
  return summaries;
}

static void
csv_field (GString *line, const char *value, gboolean last)
{
  if (value && strpbrk (value, "\",\r\n"))
    {
      g_string_append_c (line, '"');
      for (const char *p = value; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (line, '"');
          g_string_append_c (line, *p);
        }
      g_string_append_c (line, '"');
    }
  else if (value)
    g_string_append (line, value);
  g_string_append (line, last ? "\r\n" : ",");
}

static void
csv_number (GString *line, guint n)
{
  g_string_append_printf (line, "%u,", n);
}

char *
sk_file_summaries_to_csv (GPtrArray *summaries, const char *lang)
{
  GString *out = g_string_new (NULL);

  /* Keys for tools, not words for people: the same in every language. */
  g_string_append (out, "file,title,applicant,model,status,errors,warnings,notes,"
                        "fingerprint,last_event,last_event_by,last_event_at,problem\r\n");
  for (guint i = 0; i < summaries->len; i++)
    {
      SkFileSummary *s = summaries->pdata[i];

      csv_field (out, s->file, FALSE);
      if (s->error)
        {
          g_string_append (out, ",,,,,,,,,,,");
          csv_field (out, s->error->message, TRUE);
          continue;
        }
      csv_field (out, s->title, FALSE);
      csv_field (out, s->applicant, FALSE);
      csv_field (out, s->model, FALSE);
      csv_field (out, s->status_label, FALSE);
      csv_number (out, s->errors);
      csv_number (out, s->warnings);
      csv_number (out, s->notes);
      csv_field (out, s->tampered ? sk_tr (lang, "History impossible") : s->verdict, FALSE);
      csv_field (out, s->last_event, FALSE);
      csv_field (out, s->last_event_by, FALSE);
      csv_field (out, s->last_event_at, FALSE);
      csv_field (out, s->tampered ? s->verdict : NULL, TRUE);
    }
  return g_string_free (out, FALSE);
}
