/* test-pdf-review.c: the review report as a PDF, in every language, and
 * the fingerprint in the footer of the proposal's PDF, as poppler's
 * pdftotext reads them */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "sk-check.h"
#include "sk-i18n.h"
#include "sk-pdf.h"
#include "sk-review.h"
#include "sk-summary.h"
#include "sk-test-util.h"

static const char * const languages[] = { "kk", "ru", "en" };

#define REMARK_PROPOSAL "Please add the agreement with the Ministry of Internal Affairs to the annexes."
#define REMARK_PROGRAMME "Ұлттық кадрлардың үлесі 70 %-дан аспауы керек: оқытушылар құрамын қайта қараңыз."
#define REMARK_FINDING "Комитет по студенческому опыту должен быть создан до начала приёма."
#define REMARK_RESOLVED "The term of the branch was corrected in the second version."
#define REMARK_FINANCING "The amounts of 2028 do not add up to the budget of the branch."
#define REMARK_GONE "This lecturer is not on the staff list of the partner."
#define JUSTIFICATION "Штаттық арақатынас 70/30 талабын бұзады; басқарма паритетін қалпына келтіріңіз."

static gboolean
have_poppler (void)
{
  g_autofree char *found = g_find_program_in_path ("pdftotext");

  if (found == NULL)
    g_test_skip ("pdftotext (poppler-utils) is not installed");
  return found != NULL;
}

static gboolean
is_pdf (const char *path)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  return g_file_get_contents (path, &data, &length, NULL) && length > 1000 &&
         memcmp (data, "%PDF-", 5) == 0 && g_strstr_len (data + length - 32, 32, "%%EOF") != NULL;
}

/* The text of a PDF as pdftotext extracts it (pages end with "\f"). */
static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* How libharu writes a bookmark's title: "/Title <FEFF…>", UTF-16BE in
 * upper-case hexadecimal. */
static char *
outline_title (const char *title)
{
  g_autofree char *utf16 = NULL;
  gsize length = 0;
  GString *out = g_string_new ("/Title <FEFF");

  utf16 = g_convert (title, -1, "UTF-16BE", "UTF-8", NULL, &length, NULL);
  g_assert_nonnull (utf16);
  for (gsize i = 0; i < length; i++)
    g_string_append_printf (out, "%02X", (guint8) utf16[i]);
  g_string_append_c (out, '>');
  return g_string_free (out, FALSE);
}

/* Without white space: lines are wrapped wherever the page needs it. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c) && c != 0xa0)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Where @needle is in the squeezed @text; -1 when it is not. */
static gssize
find (const char *squeezed, const char *needle)
{
  g_autofree char *n = squeeze (needle);
  const char *at = strstr (squeezed, n);

  if (at == NULL)
    g_test_message ("not found: %s", needle);
  return at ? at - squeezed : -1;
}

static guint
count (const char *text, const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p; p = strstr (p + 1, needle))
    n++;
  return n;
}

static guint
pages (const char *text)
{
  return count (text, "\f");
}

/* A copy of the example with warnings, submitted, with remarks on the
 * proposal, on programme 2 (about its finding), on a finding of the
 * proposal, on a financing line (a record without a name), on a lecturer
 * deleted since, and a resolved one, returned for revision. */
static char *
reviewed_copy (void)
{
  char *path = sk_test_example_copy ("taraz-mendeleev.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
  gint64 resolved;

  g_assert_no_error (error);
  /* A remark on a lecturer deleted afterwards (while still a draft). */
  g_assert_cmpint (sk_review_add_remark (p, SK_KIND_STAFF, 60, NULL, "Reviewer Ivanov", REMARK_GONE, &error), >, 0);
  g_assert_true (sk_proposal_delete (p, SK_KIND_STAFF, 60, &error));
  g_assert_true (sk_review_transition (p, "submitted", "Әлия Сәрсенова", "Бірінші нұсқа", &error));
  g_assert_no_error (error);
  g_assert_cmpint (sk_review_add_remark (p, NULL, 0, NULL, "Reviewer Ivanov", REMARK_PROPOSAL, &error), >, 0);
  g_assert_cmpint (sk_review_add_remark (p, SK_KIND_PROGRAMME, 2, "staff-ratio", "Иванов И. И.",
                                         REMARK_PROGRAMME, &error), >, 0);
  g_assert_cmpint (sk_review_add_remark (p, NULL, 0, "committees", "Иванов И. И.", REMARK_FINDING, &error), >, 0);
  g_assert_cmpint (sk_review_add_remark (p, SK_KIND_FINANCING, 1, NULL, "Иванов И. И.", REMARK_FINANCING, &error), >, 0);
  resolved = sk_review_add_remark (p, NULL, 0, NULL, "Reviewer Ivanov", REMARK_RESOLVED, &error);
  g_assert_cmpint (resolved, >, 0);
  g_assert_true (sk_review_resolve_remark (p, resolved, TRUE, "Reviewer Ivanov", NULL, &error));
  g_assert_true (sk_review_decide (p, "return", "Иванов И. И.", JUSTIFICATION, &error));
  g_assert_no_error (error);
  return path;
}

typedef struct {
  double last;
  guint calls;
  gboolean monotonic;
} Progress;

static void
on_progress (double fraction, const char *section, gpointer data)
{
  Progress *p = data;

  g_assert_nonnull (section);
  if (fraction + 1e-9 < p->last)
    p->monotonic = FALSE;
  p->last = fraction;
  p->calls++;
}

/* The report in kk, ru and en: what the reviewer wrote, the decision, the
 * fingerprint, the headings in the language, the findings, the bookmarks. */
static void
test_review_languages (void)
{
  g_autofree char *path = NULL;
  g_autoptr (SkProposal) p = NULL;
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  g_autoptr (GDateTime) date = g_date_time_new_local (2026, 11, 21, 12, 0, 0);
  g_autoptr (GError) error = NULL;
  g_autofree char *fingerprint = NULL;

  if (!have_poppler ())
    return;
  path = reviewed_copy ();
  p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  fingerprint = g_strdup (sk_record_get_string (sk_proposal_get_info (p), "fingerprint"));
  g_assert_cmpuint (strlen (fingerprint), ==, 64);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *lang = languages[l];
      g_autofree char *name = g_strdup_printf ("review-%s.pdf", lang);
      g_autofree char *out = sk_test_tmp_path (name);
      SkPdfOptions options = { .language = lang, .year = 2026, .date = date };
      SkCheckOptions check = { .year = 2026, .language = lang, .messages_language = lang, .export_language = lang };
      g_autoptr (GPtrArray) findings = sk_check (p, rules, &check);
      Progress progress = { .monotonic = TRUE };
      g_autofree char *text = NULL;
      g_autofree char *flat = NULL;
      g_autofree char *data = NULL;
      g_autofree char *footer = NULL;
      g_autofree char *footer_digits = g_strndup (fingerprint, 16);
      g_autofree char *programme = NULL;
      gsize length;
      gssize on_proposal, on_programme, decision, history;
      const char * const headings[] = {
        "Proposal", "Compliance with the rules", "Review remarks", "Status history", "Decision",
        "Signature of the reviewer", "On the whole proposal", "Applicant", "Foreign partners",
        "Fingerprint", "Justification", "Resolved", "Open", "Marked resolved",
      };

      g_test_message ("%s", lang);
      g_assert_true (sk_pdf_export_review (p, rules, &options, out, on_progress, &progress, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (is_pdf (out));
      g_assert_true (progress.monotonic);
      g_assert_cmpfloat (progress.last, ==, 1.0);

      text = pdf_text (out);
      flat = squeeze (text);
      g_assert_cmpuint (pages (text), >=, 2);
      g_assert_cmpuint (pages (text), <=, 12);

      /* What the reviewer wrote, the decision and its justification. */
      g_assert_cmpint (on_proposal = find (flat, REMARK_PROPOSAL), >=, 0);
      g_assert_cmpint (on_programme = find (flat, REMARK_PROGRAMME), >=, 0);
      g_assert_cmpint (find (flat, REMARK_FINDING), >=, 0);
      g_assert_cmpint (find (flat, REMARK_RESOLVED), >=, 0);
      g_assert_cmpint (find (flat, "Иванов И. И."), >=, 0);
      g_assert_cmpint (decision = find (flat, JUSTIFICATION), >=, 0);
      g_assert_cmpint (find (flat, sk_tr (lang, "Return for revision")), >=, 0);
      /* The remarks on the whole proposal come first, the decision after them. */
      g_assert_cmpint (on_proposal, <, on_programme);
      g_assert_cmpint (on_programme, <, decision);

      /* The remark on programme 2 under the programme's name. */
      programme = g_strdup_printf ("%s: %s", sk_tr (lang, "Dual degree programme"),
                                   sk_record_display_name (sk_proposal_lookup (p, SK_KIND_PROGRAMME, 2), lang));
      g_assert_cmpint (find (flat, programme), >=, 0);
      g_assert_cmpint (find (flat, programme), <, on_programme);

      /* A record without a name by its kind and id; a record deleted since
       * by its kind and id, said to be gone. */
      {
        g_autofree char *financing = g_strdup_printf ("%s #1", sk_tr (lang, "Financing line"));
        g_autofree char *gone = g_strdup_printf ("%s #60", sk_tr (lang, "Teaching staff member"));
        gssize at;

        g_assert_cmpint (at = find (flat, financing), >=, 0);
        g_assert_cmpint (at, <, find (flat, REMARK_FINANCING));
        g_assert_cmpint (at = find (flat, gone), >=, 0);
        g_assert_cmpint (at, <, find (flat, sk_tr (lang, "The record is no longer in the proposal.")));
        g_assert_cmpint (find (flat, sk_tr (lang, "The record is no longer in the proposal.")), <,
                         find (flat, REMARK_GONE));
        /* In the order of the kinds: programmes, staff, financing. */
        g_assert_cmpint (on_programme, <, find (flat, REMARK_GONE));
        g_assert_cmpint (find (flat, REMARK_GONE), <, find (flat, REMARK_FINANCING));
      }

      /* The status history: submitted by the university, returned by the reviewer. */
      g_assert_cmpint (history = find (flat, "Әлия Сәрсенова"), >=, 0);
      g_assert_cmpint (find (flat, "Бірінші нұсқа"), >=, 0);

      /* The fingerprint in full (grouped), that it matches, and in every footer. */
      for (guint k = 0; k < 64; k += 16)
        {
          g_autofree char *group = g_strndup (fingerprint + k, 16);
          g_assert_cmpint (find (flat, group), >=, 0);
        }
      g_assert_cmpint (find (flat, fingerprint), >=, 0);
      footer = g_strdup_printf (sk_tr (lang, "%s: %s…"), sk_tr (lang, "Fingerprint"), footer_digits);
      g_assert_cmpuint (count (flat, footer_digits), >, pages (text));
      {
        g_autofree char *footer_flat = squeeze (footer);
        g_assert_cmpuint (count (flat, footer_flat), ==, pages (text));
      }

      /* The remarks about findings name the finding by what it is about
       * (its translated title), never by the check's id. */
      {
        g_autofree char *finding = g_strdup_printf (sk_tr (lang, "Finding “%s”"), sk_check_title ("committees", lang));
        g_autofree char *about = g_strdup_printf (sk_tr (lang, "about the finding “%s”"),
                                                  sk_check_title ("staff-ratio", lang));
        const char * const *ids = sk_rule_set_check_ids ();

        g_assert_cmpint (find (flat, finding), >=, 0);
        /* pdftotext joins a word broken at its hyphen at a line's end. */
        g_autoptr (GString) plain = g_string_new (flat);
        g_autoptr (GString) about_plain = g_string_new (about);

        g_string_replace (plain, "-", "", 0);
        g_string_replace (about_plain, "-", "", 0);
        g_assert_cmpint (find (plain->str, about_plain->str), >=, 0);
        for (guint i = 0; ids[i]; i++)
          if (strchr (ids[i], '-'))
            g_assert_null (strstr (text, ids[i]));
        g_assert_null (strstr (text, "“committees”"));
      }

      /* Headings and labels in the language of the report. */
      for (guint h = 0; h < G_N_ELEMENTS (headings); h++)
        g_assert_cmpint (find (flat, sk_tr (lang, headings[h])), >=, 0);

      /* Every finding of the check, in the same language. */
      g_assert_cmpuint (findings->len, >, 0);
      for (guint i = 0; i < findings->len; i++)
        {
          g_assert_cmpint (find (flat, sk_finding_get_message (findings->pdata[i])), >=, 0);
          g_assert_cmpint (find (flat, sk_finding_get_reference (findings->pdata[i])), >=, 0);
        }

      /* Bookmarks: an outline, opened with the document, with the
       * sections and the groups of remarks. */
      g_assert_true (g_file_get_contents (out, &data, &length, NULL));
      g_assert_nonnull (memmem (data, length, "/Outlines", 9));
      g_assert_nonnull (memmem (data, length, "/UseOutlines", 12));
      {
        g_autofree char *remarks = g_strdup_printf ("3. %s", sk_tr (lang, "Review remarks"));
        g_autofree char *whole = g_strdup_printf ("3.1. %s", sk_tr (lang, "On the whole proposal"));
        g_autofree char *decision_title = g_strdup_printf ("5. %s", sk_tr (lang, "Decision"));
        const char *titles[] = { remarks, whole, decision_title };

        for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
          {
            g_autofree char *raw = outline_title (titles[i]);
            g_assert_nonnull (memmem (data, length, raw, strlen (raw)));
          }
      }
    }
}

/* A draft: nothing reviewed yet, said so; the content's own fingerprint. */
static void
test_review_draft (void)
{
  g_autofree char *path = NULL;
  g_autofree char *out = sk_test_tmp_path ("review-draft.pdf");
  g_autoptr (SkProposal) p = NULL;
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  g_autoptr (GError) error = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  SkPdfOptions options = { .language = "ru", .year = 2026 };

  if (!have_poppler ())
    return;
  path = sk_test_example_copy ("caspian-tu-berlin.seriktes");
  p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  fingerprint = sk_review_fingerprint (p);
  g_assert_true (sk_pdf_export_review (p, rules, &options, out, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  text = pdf_text (out);
  flat = squeeze (text);
  g_assert_cmpint (find (flat, sk_tr ("ru", "No remarks have been made.")), >=, 0);
  g_assert_cmpint (find (flat, sk_tr ("ru", "No decision has been recorded yet.")), >=, 0);
  g_assert_cmpint (find (flat, sk_tr ("ru", "The status has not changed since the proposal was made.")), >=, 0);
  g_assert_cmpint (find (flat, fingerprint), >=, 0);
}

/* Content changed with another tool after submission: the report says so
 * on its first page and in every footer. */
static void
test_review_tampered (void)
{
  g_autofree char *path = NULL;
  g_autofree char *out = sk_test_tmp_path ("review-tampered.pdf");
  g_autoptr (SkProposal) p = NULL;
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *footer = NULL;
  SkPdfOptions options = { .language = "en", .year = 2026 };
  sqlite3 *db = NULL;

  if (!have_poppler ())
    return;
  path = reviewed_copy ();
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE financing_line SET amount_kzt = amount_kzt * 2 WHERE id = 1",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sk_review_verify (p), ==, SK_FINGERPRINT_MISMATCH);

  g_assert_true (sk_pdf_export_review (p, rules, &options, out, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  text = pdf_text (out);
  flat = squeeze (text);
  g_assert_cmpint (find (flat, "the content no longer matches its fingerprint!"), >=, 0);
  g_assert_cmpint (find (flat, "it was changed after submission"), >=, 0);
  footer = squeeze ("does not match the content");
  g_assert_cmpuint (count (flat, footer), ==, pages (text));
}

#define RESPONSE "Штат қайта қаралды: шетелдік оқытушылардың үлесі 30 %-ға дейін азайтылды."

/* The second round: the university answers a remark while revising and
 * submits again; the report on the new version shows the dialogue under
 * the remark and what changed since the first version (the content, the
 * compliance, the remark answered), and a decision withdrawn. */
static void
test_review_dialogue (void)
{
  g_autofree char *first = NULL;
  g_autofree char *second = sk_test_tmp_path ("taraz-second.seriktes");
  g_autofree char *out = sk_test_tmp_path ("review-second.pdf");
  g_autoptr (SkProposal) p = NULL;
  g_autoptr (SkProposal) older = NULL;
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  SkPdfOptions options = { .language = "en", .year = 2026 };
  gint64 remark = 0;
  gssize at_remark, at_response, at_changes;

  if (!have_poppler ())
    return;
  first = reviewed_copy ();
  older = sk_proposal_open (first, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  p = sk_proposal_open (first, SK_OPEN_DEFAULT, &error);
  g_assert_true (sk_proposal_save_as (p, second, &error)); /* p now edits the second version */
  for (guint i = 0; i < sk_proposal_count (p, SK_KIND_REMARK); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (sk_proposal_get_records (p, SK_KIND_REMARK), i);
      if (g_strcmp0 (sk_record_get_string (r, "text"), REMARK_PROGRAMME) == 0)
        remark = sk_record_get_id (r);
    }
  g_assert_cmpint (remark, >, 0);
  g_assert_true (sk_review_transition (p, "draft", "Әлия Сәрсенова", NULL, &error));
  g_assert_true (sk_review_respond_remark (p, remark, "Әлия Сәрсенова", RESPONSE, &error));
  g_assert_true (sk_proposal_set (p, SK_KIND_PROGRAMME, 5, "history_discipline", g_variant_new_boolean (TRUE), &error));
  g_assert_no_error (error);
  g_assert_true (sk_review_transition (p, "submitted", "Әлия Сәрсенова", "Екінші нұсқа", &error));
  g_assert_true (sk_review_decide (p, "approve", "Иванов И. И.", "Approved too early", &error));
  g_assert_true (sk_review_withdraw_decision (p, "Иванов И. И.", "The approval was recorded by mistake.", &error));
  g_assert_no_error (error);

  options.previous = older;
  g_assert_true (sk_pdf_export_review (p, rules, &options, out, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  text = pdf_text (out);
  flat = squeeze (text);
  g_assert_cmpint (at_remark = find (flat, REMARK_PROGRAMME), >=, 0);
  g_assert_cmpint (at_response = find (flat, RESPONSE), >, at_remark);
  g_assert_cmpint (find (flat, "Addressed"), >=, 0);
  g_assert_cmpint (find (flat, "Response — Әлия Сәрсенова"), >=, 0);
  /* The withdrawal, its reason, the counts recorded at submission. */
  g_assert_cmpint (find (flat, "Reason for the withdrawal"), >=, 0);
  g_assert_cmpint (find (flat, "The approval was recorded by mistake."), >=, 0);
  g_assert_cmpint (find (flat, "Decision withdrawn; under review again"), >=, 0);
  g_assert_cmpint (find (flat, "Submitted with 0 errors and 5 warnings remaining"), >=, 0);
  /* What changed since the first version, as users read it. */
  g_assert_cmpint (at_changes = find (flat, "Changes since the earlier version"), >, at_response);
  g_assert_cmpint (find (flat, "History of Kazakhstan"), >, at_changes);
  g_assert_cmpint (find (flat, "No → Yes"), <, 0); /* in two cells, not as text */
  g_assert_cmpint (find (flat, "Earlier version: 0 errors, 5 warnings; this version: 0 errors, 4 warnings."), >, at_changes);
  g_assert_cmpint (find (flat, "Resolved since the earlier version"), >, at_changes);
  g_assert_cmpint (find (flat, "Remarks answered between the versions"), >, at_changes);
  {
    g_autofree char *response = squeeze (RESPONSE);
    g_assert_cmpuint (count (flat, response), ==, 2);
  }
}

/* The proposal's own PDF carries the fingerprint in the footer of every
 * page: the stored one once submitted, the content's own before. */
static void
test_proposal_footer (void)
{
  g_autofree char *path = NULL;
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  g_autoptr (GError) error = NULL;

  if (!have_poppler ())
    return;
  path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  for (guint round = 0; round < 2; round++)
    for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
      {
        const char *lang = languages[l];
        g_autofree char *name = g_strdup_printf ("proposal-%u-%s.pdf", round, lang);
        g_autofree char *out = sk_test_tmp_path (name);
        g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_DEFAULT, &error);
        SkPdfOptions options = { .language = lang, .year = 2026 };
        g_autofree char *fingerprint = NULL;
        g_autofree char *digits = NULL;
        g_autofree char *footer = NULL;
        g_autofree char *footer_flat = NULL;
        g_autofree char *text = NULL;
        g_autofree char *flat = NULL;

        g_assert_no_error (error);
        if (round == 1 && l == 0)
          g_assert_true (sk_review_transition (p, "submitted", "University", NULL, &error));
        g_assert_no_error (error);
        fingerprint = sk_review_fingerprint (p);
        if (round == 1)
          g_assert_cmpstr (fingerprint, ==, sk_record_get_string (sk_proposal_get_info (p), "fingerprint"));
        digits = g_strndup (fingerprint, 16);
        footer = g_strdup_printf (sk_tr (lang, "%s: %s…"), sk_tr (lang, "Fingerprint"), digits);
        footer_flat = squeeze (footer);

        g_assert_true (sk_pdf_export (p, rules, &options, out, NULL, NULL, NULL, &error));
        g_assert_no_error (error);
        text = pdf_text (out);
        flat = squeeze (text);
        g_assert_cmpuint (pages (text), >=, 12);
        g_assert_cmpuint (count (flat, footer_flat), ==, pages (text));
        /* Each page's footer: the date, the fingerprint, the page number, in this order. */
        {
          g_auto (GStrv) page_texts = g_strsplit (text, "\f", -1);
          for (guint i = 0; i < pages (text); i++)
            {
              g_autofree char *page_flat = squeeze (page_texts[i]);
              g_autofree char *number = g_strdup_printf (sk_tr (lang, "Page %u of %u"), i + 1, pages (text));
              g_autofree char *number_flat = squeeze (number);
              const char *at = strstr (page_flat, footer_flat);

              g_assert_nonnull (at);
              g_assert_nonnull (strstr (at, number_flat));
            }
        }
      }
}

/* Cancelled before it starts: nothing is written. */
static void
test_review_cancelled (void)
{
  g_autofree char *path = sk_test_example_copy ("caspian-tu-berlin.seriktes");
  g_autofree char *out = sk_test_tmp_path ("review-cancelled.pdf");
  g_autoptr (SkRuleSet) rules = sk_rule_set_new_default ();
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  g_cancellable_cancel (cancellable);
  g_assert_false (sk_pdf_export_review (p, rules, NULL, out, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sk/pdf-review/languages", test_review_languages);
  g_test_add_func ("/sk/pdf-review/draft", test_review_draft);
  g_test_add_func ("/sk/pdf-review/dialogue", test_review_dialogue);
  g_test_add_func ("/sk/pdf-review/tampered", test_review_tampered);
  g_test_add_func ("/sk/pdf-review/cancelled", test_review_cancelled);
  g_test_add_func ("/sk/pdf-review/proposal-footer", test_proposal_footer);
  return g_test_run ();
}
