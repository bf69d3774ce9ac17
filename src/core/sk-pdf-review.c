/* sk-pdf-review.c: the review report: which proposal it is and its
 * fingerprint, the compliance findings, the remarks per section and
 * record, the status history, the decisions and the reviewer's signature
 *
 * The same engine as the proposal's PDF (sk_pdf_run): the same fonts,
 * header and footer (with the fingerprint), bookmarks, languages. It is a
 * short document: no contents page.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sk-pdf-private.h"

/* "21 November 2026, 14:05" for a time as the file keeps it, the time
 * after @separator (sk_review_format_time()). NULL when empty. */
static char *
when_text_sep (SkPdf *pdf, const char *iso, const char *separator)
{
  return sk_review_format_time (iso, pdf->lang, separator);
}

static char *
when_text (SkPdf *pdf, const char *iso)
{
  return when_text_sep (pdf, iso, ", ");
}

/* Records of @kind in id order, borrowed (the proposal keeps them). */
static GPtrArray *
records_of (SkPdf *pdf, const char *kind)
{
  GListModel *records = sk_proposal_get_records (pdf->proposal, kind);
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (records, i);
      g_ptr_array_add (found, r);
    }
  return found;
}

static gboolean
is_check_id (const char *id)
{
  const char * const *ids = sk_rule_set_check_ids ();

  for (guint i = 0; id && ids[i]; i++)
    if (g_str_equal (ids[i], id))
      return TRUE;
  return FALSE;
}

/* ---- the proposal ---- */

static void
write_identity (SkPdf *pdf)
{
  SkRecord *info = sk_proposal_get_info (pdf->proposal);
  g_autoptr (GPtrArray) events = records_of (pdf, SK_KIND_STATUS_EVENT);
  const char *marker = NULL;
  const char *title = sk_pdf_text3 (pdf, info, "title", &marker);
  g_auto (GStrv) lines = NULL;
  SkRecord *submitted = NULL;
  gboolean cut;
  SkPdfTable *t;

  sk_pdf_new_page (pdf);
  pdf->y -= 10;
  sk_pdf_paragraph (pdf, TR ("Review report on a proposal for a strategic partnership with foreign "
                             "organisations of higher and (or) postgraduate education"),
                    SK_PDF_BOLD, 11, &sk_pdf_accent, 0, NULL);
  pdf->y -= 8;
  /* The title in at most four lines (the table below has all of a
   * longer one). */
  lines = sk_pdf_wrap_text (pdf, title ? title : TR ("Untitled proposal"), SK_PDF_BOLD, 16,
                            SK_PDF_CONTENT_WIDTH);
  cut = g_strv_length (lines) > 4;
  if (cut)
    {
      g_strfreev (lines);
      lines = sk_pdf_wrap_max (pdf, title, SK_PDF_BOLD, 16, SK_PDF_CONTENT_WIDTH, 4);
    }
  for (guint i = 0; lines[i]; i++)
    {
      sk_pdf_show (pdf, pdf->page, SK_PDF_LEFT, pdf->y - 16, SK_PDF_BOLD, 16, &sk_pdf_black, lines[i]);
      pdf->y -= 16 * 1.25;
    }
  if (marker)
    {
      sk_pdf_show (pdf, pdf->page, SK_PDF_LEFT, pdf->y - 8, SK_PDF_REGULAR, 8, &sk_pdf_muted, marker);
      pdf->y -= 10;
    }
  pdf->y -= 8;
  sk_pdf_line (pdf, pdf->page, SK_PDF_LEFT, pdf->y, SK_PDF_LEFT + 120, pdf->y, 2.5, &sk_pdf_accent);
  pdf->y -= 6;

  sk_pdf_heading (pdf, 1, TR ("Proposal"));
  t = sk_pdf_table_new_fields (pdf);
  if (cut)
    sk_pdf_field_marked (t, TR ("Title"), title, marker);
  sk_pdf_identity_fields (pdf, t, FALSE);
  /* The last submission: the one the stored fingerprint was taken at (a
   * draft again has none). */
  for (guint i = 0; i < events->len; i++)
    if (g_strcmp0 (sk_record_get_string (events->pdata[i], "to_status"), "submitted") == 0 &&
        g_strcmp0 (sk_record_get_string (events->pdata[i], "from_status"), "submitted") != 0)
      submitted = events->pdata[i];
  if (submitted && pdf->fingerprint_state != SK_FINGERPRINT_NONE)
    {
      g_autofree char *when = when_text (pdf, sk_record_get_string (submitted, "changed_at"));
      const char *by = sk_record_get_string (submitted, "changed_by");

      sk_pdf_field_take (t, TR ("Submitted"), g_strdup_printf ("%s · %s", when ? when : "—", by ? by : "—"));
    }
  sk_pdf_table_end (t);

  if (pdf->fingerprint_state == SK_FINGERPRINT_MISMATCH)
    sk_pdf_paragraph (pdf, TR ("The content no longer matches its fingerprint: it was changed after "
                               "submission, so what this report describes is not what was submitted."),
                      SK_PDF_BOLD, SK_PDF_BODY, &sk_pdf_severity[SK_SEVERITY_ERROR], 0, NULL);
  else if (pdf->fingerprint_state == SK_FINGERPRINT_NONE)
    sk_pdf_none (pdf, TR ("The proposal has not been submitted: the fingerprint is that of its "
                          "content as it is now."));
}

/* ---- remarks ---- */

typedef enum {
  ON_PROPOSAL,
  ON_SECTION,
  ON_RECORD,
} Target;

typedef struct {
  Target target;
  const char *kind_name;   /* ON_RECORD: as in the file */
  const SkKind *kind;      /* ON_RECORD: NULL when unknown */
  guint kind_index;        /* in the schema; unknown kinds after the known */
  gint64 id;
  const char *section;     /* ON_SECTION */
  GPtrArray *remarks;      /* SkRecord, borrowed */
} Group;

static void
group_free (Group *g)
{
  g_ptr_array_unref (g->remarks);
  g_free (g);
}

static int
compare_groups (gconstpointer a, gconstpointer b)
{
  const Group *x = *(Group * const *) a, *y = *(Group * const *) b;
  int c;

  if (x->target != y->target)
    return (int) x->target - (int) y->target;
  if (x->target == ON_SECTION)
    return g_strcmp0 (x->section, y->section);
  if (x->kind_index != y->kind_index)
    return x->kind_index < y->kind_index ? -1 : 1;
  if ((c = g_strcmp0 (x->kind_name, y->kind_name)) != 0)
    return c;
  return x->id < y->id ? -1 : x->id > y->id;
}

static guint
kind_index (const char *name)
{
  guint n;
  const SkKind *kinds = sk_schema_kinds (&n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (kinds[i].name, name))
      return i;
  return n;
}

/* The remarks by what they are about: the whole proposal first, then the
 * sections (and findings of the proposal), then the records in the order
 * of their kinds. Each group's remarks in the order they were made. */
static GPtrArray *
group_remarks (GPtrArray *remarks)
{
  g_autoptr (GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);

  for (guint i = 0; i < remarks->len; i++)
    {
      SkRecord *r = remarks->pdata[i];
      const char *kind = sk_record_get_string (r, "target_kind");
      const char *section = sk_record_get_string (r, "section");
      gint64 id = sk_record_get_int (r, "target_id", 0);
      g_autofree char *key = NULL;
      Group *g;

      if (kind && *kind && !g_str_equal (kind, SK_KIND_PROPOSAL))
        key = g_strdup_printf ("r\n%s\n%" G_GINT64_FORMAT, kind, id);
      else if (section && *section)
        key = g_strdup_printf ("s\n%s", section);
      else
        key = g_strdup ("p");
      g = g_hash_table_lookup (by_key, key);
      if (g == NULL)
        {
          g = g_new0 (Group, 1);
          g->remarks = g_ptr_array_new ();
          g->target = key[0] == 'r' ? ON_RECORD : key[0] == 's' ? ON_SECTION : ON_PROPOSAL;
          if (g->target == ON_RECORD)
            {
              g->kind_name = kind;
              g->kind = sk_schema_kind (kind);
              g->kind_index = kind_index (kind);
              g->id = id;
            }
          else if (g->target == ON_SECTION)
            g->section = section;
          g_hash_table_insert (by_key, g_steal_pointer (&key), g);
          g_ptr_array_add (groups, g);
        }
      g_ptr_array_add (g->remarks, r);
    }
  g_ptr_array_sort (groups, compare_groups);
  return groups;
}

/* The heading of a group, and whether what it is about is still there. */
static char *
group_title (SkPdf *pdf, Group *g, gboolean *gone)
{
  SkRecord *target;

  *gone = FALSE;
  switch (g->target)
    {
    case ON_PROPOSAL:
      return g_strdup (TR ("On the whole proposal"));
    case ON_SECTION:
      /* A finding by what it is about, never by the check's id. */
      if (is_check_id (g->section))
        return g_strdup_printf (TR ("Finding “%s”"), sk_check_title (g->section, pdf->lang));
      return g_strdup_printf (TR ("Section “%s”"), g->section);
    case ON_RECORD:
    default:
      break;
    }
  target = g->kind ? sk_proposal_lookup (pdf->proposal, g->kind->name, g->id) : NULL;
  if (target == NULL)
    {
      *gone = TRUE;
      return g_strdup_printf ("%s #%" G_GINT64_FORMAT, g->kind ? sk_tr (pdf->lang, g->kind->label) : g->kind_name,
                              g->id);
    }
  {
    const char *marker = NULL;
    const char *name = sk_pdf_name (pdf, target, &marker);

    /* A financing line, an assignment, …: no name, but an id. */
    if (g_strcmp0 (name, TR ("(unnamed)")) == 0)
      return g_strdup_printf ("%s #%" G_GINT64_FORMAT, sk_tr (pdf->lang, g->kind->label), g->id);
    return marker ? g_strdup_printf ("%s: %s %s", sk_tr (pdf->lang, g->kind->label), name, marker)
                  : g_strdup_printf ("%s: %s", sk_tr (pdf->lang, g->kind->label), name);
  }
}

/* Under the heading of a finding of the proposal: what the check says
 * now, or that it no longer says it. */
static void
write_finding_now (SkPdf *pdf, const char *check_id)
{
  gboolean any = FALSE;

  for (guint i = 0; i < pdf->findings->len; i++)
    {
      SkFinding *f = pdf->findings->pdata[i];
      g_autofree char *text = NULL;

      if (!g_str_equal (sk_finding_get_check_id (f), check_id))
        continue;
      any = TRUE;
      text = g_strdup_printf ("%s: %s", sk_severity_label (sk_finding_get_severity (f), pdf->lang),
                              sk_finding_get_message (f));
      sk_pdf_paragraph (pdf, text, SK_PDF_REGULAR, SK_PDF_SMALL, &sk_pdf_muted, 0, NULL);
    }
  if (!any)
    sk_pdf_paragraph (pdf, TR ("The check no longer reports this finding."), SK_PDF_REGULAR,
                      SK_PDF_SMALL, &sk_pdf_muted, 0, NULL);
  sk_pdf_space (pdf, 3);
}

/* A reply under its remark: what it is, who, when, and its text. */
static void
write_reply (SkPdf *pdf, SkRecord *reply, gboolean muted)
{
  const char *text = sk_record_get_string (reply, "text");
  g_autofree char *when = when_text (pdf, sk_record_get_string (reply, "written"));
  /* TRANSLATORS: a reply to a review remark: what it is (Response, Marked
   * resolved, Not resolved), who wrote it, when */
  g_autofree char *head = g_strdup_printf (TR ("%s — %s, %s"), sk_pdf_enum (pdf, reply, "action"),
                                           sk_record_get_string (reply, "author"), when ? when : "—");

  sk_pdf_ensure (pdf, SK_PDF_SMALL * SK_PDF_LINE * 2);
  sk_pdf_paragraph (pdf, head, SK_PDF_BOLD, SK_PDF_SMALL, &sk_pdf_muted, 28, NULL);
  if (text && *text)
    sk_pdf_paragraph (pdf, text, SK_PDF_REGULAR, SK_PDF_BODY, muted ? &sk_pdf_muted : &sk_pdf_black, 28, NULL);
  sk_pdf_space (pdf, 2);
}

static void
write_remark (SkPdf *pdf, SkRecord *r, guint number, gboolean on_record)
{
  const char *text = sk_record_get_string (r, "text");
  const char *section = sk_record_get_string (r, "section");
  gboolean resolved = g_strcmp0 (sk_record_get_string (r, "state"), "resolved") == 0;
  g_autofree char *when = when_text (pdf, sk_record_get_string (r, "created"));
  g_autofree char *message = g_strdup_printf ("%u. %s", number, text && *text ? text : TR ("(no text)"));
  g_autoptr (GString) meta = g_string_new (sk_record_get_string (r, "author"));
  g_autoptr (GPtrArray) replies = sk_review_remark_replies (pdf->proposal, sk_record_get_id (r));

  if (when)
    g_string_append_printf (meta, " · %s", when);
  if (sk_record_is_set (r, "round") && sk_record_get_int (r, "round", 0) > 0)
    {
      g_string_append (meta, " · ");
      /* TRANSLATORS: %lld is the number of the review round (the
       * submission) a remark was written in: 1, 2, … */
      g_string_append_printf (meta, TR ("round %lld"), (long long) sk_record_get_int (r, "round", 0));
    }
  g_string_append_printf (meta, " · %s", sk_pdf_enum (pdf, r, "state"));
  if (on_record && section && *section)
    {
      g_string_append (meta, " · ");
      if (is_check_id (section))
        g_string_append_printf (meta, TR ("about the finding “%s”"), sk_check_title (section, pdf->lang));
      else
        g_string_append_printf (meta, TR ("about the section “%s”"), section);
    }

  /* The remark and who made it stay together. */
  sk_pdf_ensure (pdf, SK_PDF_BODY * SK_PDF_LINE * 2 + SK_PDF_SMALL * SK_PDF_LINE);
  sk_pdf_paragraph (pdf, message, SK_PDF_REGULAR, SK_PDF_BODY, resolved ? &sk_pdf_muted : &sk_pdf_black,
                    0, NULL);
  pdf->y += SK_PDF_BODY * 0.3;
  sk_pdf_paragraph (pdf, meta->str, SK_PDF_REGULAR, SK_PDF_SMALL, &sk_pdf_muted, 14, NULL);
  sk_pdf_space (pdf, 3);
  /* The dialogue: the university's responses, the reviewer's verdicts. */
  for (guint i = 0; i < replies->len; i++)
    write_reply (pdf, replies->pdata[i], resolved);
}

static void
write_remarks (SkPdf *pdf)
{
  g_autoptr (GPtrArray) remarks = records_of (pdf, SK_KIND_REMARK);
  g_autoptr (GPtrArray) groups = NULL;
  g_autofree char *summary = NULL;
  guint resolved = 0, addressed = 0, number = 0;

  sk_pdf_heading (pdf, 1, TR ("Review remarks"));
  if (remarks->len == 0)
    {
      sk_pdf_none (pdf, TR ("No remarks have been made."));
      return;
    }
  for (guint i = 0; i < remarks->len; i++)
    {
      const char *state = sk_record_get_string (remarks->pdata[i], "state");
      resolved += g_strcmp0 (state, "resolved") == 0;
      addressed += g_strcmp0 (state, "addressed") == 0;
    }
  /* TRANSLATORS: the number of remarks, then how many are open, addressed
   * (answered by the university) and resolved (accepted by the reviewer) */
  summary = g_strdup_printf (TRN ("%u remark: open %u, addressed by the university %u, resolved %u.",
                                  "%u remarks: open %u, addressed by the university %u, resolved %u.", remarks->len),
                             remarks->len, remarks->len - addressed - resolved, addressed, resolved);
  sk_pdf_body (pdf, summary);

  groups = group_remarks (remarks);
  for (guint i = 0; i < groups->len && !sk_pdf_failed (pdf); i++)
    {
      Group *g = groups->pdata[i];
      gboolean gone = FALSE;
      g_autofree char *title = group_title (pdf, g, &gone);

      sk_pdf_heading (pdf, 2, title);
      if (gone)
        sk_pdf_none (pdf, TR ("The record is no longer in the proposal."));
      else if (g->target == ON_SECTION && is_check_id (g->section))
        write_finding_now (pdf, g->section);
      for (guint k = 0; k < g->remarks->len; k++)
        {
          write_remark (pdf, g->remarks->pdata[k], ++number, g->target == ON_RECORD);
          if (number % 64 == 0 && sk_pdf_check_cancelled (pdf))
            return;
        }
      sk_pdf_progress (pdf, (double) number / remarks->len);
    }
}

/* ---- status history ---- */

static void
write_history (SkPdf *pdf)
{
  SkPdfColumn columns[] = {
    { TR ("When"), 21, SK_PDF_ALIGN_LEFT },
    { TR ("From"), 16, SK_PDF_ALIGN_LEFT },
    { TR ("To"), 16, SK_PDF_ALIGN_LEFT },
    { TR ("By"), 17, SK_PDF_ALIGN_LEFT },
    { TR ("Note"), 30, SK_PDF_ALIGN_LEFT },
  };
  g_autoptr (GPtrArray) events = records_of (pdf, SK_KIND_STATUS_EVENT);
  g_autoptr (GPtrArray) history = sk_review_history (pdf->proposal, pdf->lang);
  SkPdfTable *t;

  sk_pdf_heading (pdf, 1, TR ("Status history"));
  if (sk_review_history_problem (pdf->proposal))
    sk_pdf_paragraph (pdf, sk_review_history_problem (pdf->proposal)->message, SK_PDF_BOLD, SK_PDF_BODY,
                      &sk_pdf_severity[SK_SEVERITY_ERROR], 0, NULL);
  if (events->len == 0)
    {
      sk_pdf_none (pdf, TR ("The status has not changed since the proposal was made."));
      return;
    }
  t = sk_pdf_table_new (pdf, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < events->len; i++)
    {
      SkRecord *e = events->pdata[i];

      /* The time under the date: the column is narrow. */
      sk_pdf_cell_take (t, when_text_sep (pdf, sk_record_get_string (e, "changed_at"), "\n"));
      sk_pdf_cell (t, sk_pdf_enum (pdf, e, "from_status"));
      sk_pdf_cell (t, sk_pdf_enum (pdf, e, "to_status"));
      SkHistoryEntry *h = history->pdata[i];
      gboolean plain = !sk_record_is_set (e, "errors") && !sk_record_get_string (e, "acknowledged_fingerprint") &&
                       !(g_str_equal (sk_record_get_string (e, "to_status"), "under_review") &&
                         g_strcmp0 (sk_record_get_string (e, "from_status"), "submitted") != 0);

      sk_pdf_cell (t, sk_record_get_string (e, "changed_by"));
      /* What the status alone does not say: the errors and warnings left
       * at submission, an acknowledged mismatch, a withdrawal. */
      if (plain)
        sk_pdf_cell (t, h->note);
      else
        sk_pdf_cell_take (t, h->note ? g_strdup_printf ("%s\n%s", h->what, h->note) : g_strdup (h->what));
    }
  sk_pdf_table_end (t);
}

/* ---- decisions ---- */

static void
write_decisions (SkPdf *pdf)
{
  g_autoptr (GPtrArray) decisions = records_of (pdf, SK_KIND_DECISION);

  sk_pdf_heading (pdf, 1, TR ("Decision"));
  if (decisions->len == 0)
    {
      sk_pdf_none (pdf, TR ("No decision has been recorded yet."));
      return;
    }
  for (guint i = 0; i < decisions->len; i++)
    {
      SkRecord *d = decisions->pdata[i];
      g_autofree char *when = when_text (pdf, sk_record_get_string (d, "decided_at"));
      SkPdfTable *t;

      /* Earlier decisions (a proposal returned, revised and submitted
       * again) first, numbered; the last one stands. */
      if (decisions->len > 1)
        {
          g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, when ? when : "—");
          sk_pdf_subheading (pdf, title);
        }
      t = sk_pdf_table_new_fields (pdf);
      sk_pdf_cell (t, TR ("Decision"));
      sk_pdf_cell_bold (t, sk_pdf_enum (pdf, d, "decision"));
      sk_pdf_field (t, TR ("Decided by"), sk_record_get_string (d, "decided_by"));
      sk_pdf_field (t, TR ("Date"), when);
      sk_pdf_field (t, TR ("Justification"), sk_record_get_string (d, "justification"));
      if (sk_record_get_string (d, "withdrawn_at"))
        {
          g_autofree char *withdrawn = when_text (pdf, sk_record_get_string (d, "withdrawn_at"));
          sk_pdf_field_take (t, TR ("Withdrawn"), g_strdup_printf ("%s · %s", withdrawn ? withdrawn : "—",
                                                                  sk_record_get_string (d, "withdrawn_by")));
          sk_pdf_field (t, TR ("Reason for the withdrawal"), sk_record_get_string (d, "withdrawal_reason"));
        }
      sk_pdf_table_end (t);
    }
}

/* ---- comparison with an earlier version ---- */

static void
write_findings_list (SkPdf *pdf, const char *heading, GPtrArray *findings)
{
  if (findings->len == 0)
    return;
  sk_pdf_subheading (pdf, heading);
  for (guint i = 0; i < findings->len; i++)
    {
      SkFinding *f = findings->pdata[i];
      g_autofree char *text = g_strdup_printf ("%s: %s", sk_severity_label (sk_finding_get_severity (f), pdf->lang),
                                               sk_finding_get_message (f));
      sk_pdf_paragraph (pdf, text, SK_PDF_REGULAR, SK_PDF_BODY, &sk_pdf_severity[sk_finding_get_severity (f)], 0, NULL);
    }
}

static char *
counts_line (SkPdf *pdf, const guint counts[3])
{
  g_autofree char *w = g_strdup_printf (TRN ("%u warning", "%u warnings", counts[1]), counts[1]);
  return g_strdup_printf (TRN ("%u error, %s", "%u errors, %s", counts[0]), counts[0], w);
}

static void
write_comparison (SkPdf *pdf)
{
  SkComparison *c = pdf->comparison;
  SkPdfColumn columns[] = {
    { TR ("Record"), 30, SK_PDF_ALIGN_LEFT },
    { TR ("Field"), 20, SK_PDF_ALIGN_LEFT },
    { TR ("Before"), 25, SK_PDF_ALIGN_LEFT },
    { TR ("After"), 25, SK_PDF_ALIGN_LEFT },
  };
  g_autofree char *was = NULL;
  g_autofree char *is = NULL;
  g_autofree char *compliance = NULL;
  g_autofree char *unchanged = NULL;

  if (c == NULL)
    return;
  sk_pdf_heading (pdf, 1, TR ("Changes since the earlier version"));

  sk_pdf_subheading (pdf, TR ("Content"));
  if (c->changes->len == 0)
    sk_pdf_none (pdf, TR ("No differences in the content."));
  else
    {
      SkPdfTable *t = sk_pdf_table_new (pdf, columns, G_N_ELEMENTS (columns));

      for (guint i = 0; i < c->changes->len && !sk_pdf_failed (pdf); i++)
        {
          SkDiffEntry *e = c->changes->pdata[i];
          g_autofree char *record = g_strdup_printf ("%s: %s", TR (e->kind->label), e->name);

          if (e->fields == NULL)
            {
              sk_pdf_cell (t, record);
              sk_pdf_cell (t, e->change == SK_DIFF_ADDED ? TR ("added") : TR ("removed"));
              sk_pdf_cell (t, NULL);
              sk_pdf_cell (t, NULL);
              continue;
            }
          for (guint f = 0; f < e->fields->len; f++)
            {
              SkDiffField *field = e->fields->pdata[f];
              sk_pdf_cell (t, f == 0 ? record : NULL);
              sk_pdf_cell (t, field->label);
              sk_pdf_cell (t, field->before ? field->before : "—");
              sk_pdf_cell (t, field->after ? field->after : "—");
            }
        }
      sk_pdf_table_end (t);
    }

  sk_pdf_subheading (pdf, TR ("Compliance"));
  was = counts_line (pdf, c->older_counts);
  is = counts_line (pdf, c->newer_counts);
  /* TRANSLATORS: the errors and warnings of the earlier version → of this one */
  compliance = g_strdup_printf (TR ("Earlier version: %s; this version: %s."), was, is);
  sk_pdf_body (pdf, compliance);
  unchanged = g_strdup_printf (TRN ("%u finding unchanged.", "%u findings unchanged.", c->unchanged->len),
                               c->unchanged->len);
  sk_pdf_body (pdf, unchanged);
  write_findings_list (pdf, TR ("Resolved since the earlier version"), c->resolved);
  write_findings_list (pdf, TR ("New in this version"), c->added);

  sk_pdf_subheading (pdf, TR ("Remarks answered between the versions"));
  if (c->remarks->len == 0)
    sk_pdf_none (pdf, TR ("None."));
  for (guint i = 0; i < c->remarks->len; i++)
    {
      SkRecord *r = c->remarks->pdata[i];
      g_autofree char *text = g_strdup_printf ("%u. %s", i + 1, sk_record_get_string (r, "text"));

      sk_pdf_paragraph (pdf, text, SK_PDF_REGULAR, SK_PDF_BODY, &sk_pdf_black, 0, NULL);
      write_reply (pdf, c->responses->pdata[i], FALSE);
    }
}

/* ---- signature ---- */

static void
write_signature (SkPdf *pdf)
{
  g_autoptr (GPtrArray) decisions = records_of (pdf, SK_KIND_DECISION);
  const char *reviewer = decisions->len ? sk_record_get_string (decisions->pdata[decisions->len - 1], "decided_by")
                                        : NULL;
  double column = (SK_PDF_CONTENT_WIDTH - 30) / 2, top, lines_top, height;
  g_auto (GStrv) heading = NULL;
  g_auto (GStrv) name = NULL;
  guint n;

  if (pdf->error)
    return;
  heading = sk_pdf_wrap_max (pdf, TR ("For the reviewer"), SK_PDF_BOLD, SK_PDF_BODY, column, 3);
  name = sk_pdf_wrap_max (pdf, reviewer ? reviewer : "", SK_PDF_REGULAR, SK_PDF_BODY, column, 3);
  n = g_strv_length (heading) + g_strv_length (name);
  /* The seal is the university's: the reviewer signs without one. */
  height = n * SK_PDF_BODY * SK_PDF_LINE + SK_PDF_SIGNATURE_LINES - SK_PDF_SEAL_SPACE;

  sk_pdf_ensure (pdf, height + 70);
  sk_pdf_heading (pdf, 1, TR ("Signature of the reviewer"));
  sk_pdf_body (pdf, TR ("The reviewer confirms the remarks and the decision set out in this report."));
  sk_pdf_ensure (pdf, height);
  top = pdf->y - 6;
  lines_top = top - n * SK_PDF_BODY * SK_PDF_LINE - 6;
  sk_pdf_signature_column (pdf, heading, name, SK_PDF_LEFT, column, top, lines_top, FALSE);
  pdf->y = top - height;
}

/* ---- the export ---- */

static char *
review_title (SkPdf *pdf, const char *proposal_title)
{
  return g_strdup_printf (TR ("Review report: %s"), proposal_title);
}

static const SkPdfSection sections[] = {
  { N_("Proposal"), write_identity },
  { N_("Compliance with the rules"), sk_pdf_write_compliance },
  { N_("Review remarks"), write_remarks },
  { N_("Status history"), write_history },
  { N_("Decision"), write_decisions },
  { N_("Changes since the earlier version"), write_comparison },
  { N_("Signature of the reviewer"), write_signature },
};

static const SkPdfDocument review_document = {
  sections, G_N_ELEMENTS (sections), FALSE, review_title,
  N_("Review report on a proposal for a strategic partnership with foreign "
     "organisations of higher and (or) postgraduate education"),
};

gboolean
sk_pdf_export_review (SkProposal *proposal, SkRuleSet *rules, const SkPdfOptions *options,
                      const char *out_path, SkPdfProgress progress, gpointer progress_data,
                      GCancellable *cancellable, GError **error)
{
  return sk_pdf_run (&review_document, proposal, rules, options, out_path, progress,
                     progress_data, cancellable, error);
}
