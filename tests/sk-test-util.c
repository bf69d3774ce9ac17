/* sk-test-util.c */
#include "config.h"

#include <glib/gstdio.h>

#include "sk-review.h"
#include "sk-test-util.h"

static char *tmp_dir;

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_chmod (child, 0755);
      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  if (dir)
    g_dir_close (dir);
  g_rmdir (path);
}

static void
cleanup_tmp (void)
{
  if (tmp_dir && !g_getenv ("SK_TEST_KEEP"))
    remove_tree (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
}

char *
sk_test_tmp_path (const char *name)
{
  if (tmp_dir == NULL)
    {
      tmp_dir = g_dir_make_tmp ("seriktes-test-XXXXXX", NULL);
      g_assert_nonnull (tmp_dir);
      atexit (cleanup_tmp);
    }
  return g_build_filename (tmp_dir, name, NULL);
}

char *
sk_test_example_path (const char *name)
{
  return g_build_filename (g_getenv ("SK_EXAMPLES_DIR"), name, NULL);
}

char *
sk_test_example_copy_as (const char *name, const char *as)
{
  g_autofree char *from = sk_test_example_path (name);
  char *to = sk_test_tmp_path (as);
  g_autofree char *data = NULL;
  gsize len;

  g_unlink (to);
  g_assert_true (g_file_get_contents (from, &data, &len, NULL));
  g_assert_true (g_file_set_contents (to, data, (gssize) len, NULL));
  return to;
}

char *
sk_test_example_copy (const char *name)
{
  return sk_test_example_copy_as (name, name);
}

static GVariant *
sample_value (SkProposal *proposal, const SkField *f, int variant)
{
  switch (f->type)
    {
    case SK_FIELD_TEXT:
      if (g_strcmp0 (f->name, "created") == 0 || g_strcmp0 (f->name, "decided_at") == 0)
        return g_variant_new_string ("2026-03-01T10:00:00+05:00");
      return g_variant_new_take_string (g_strdup_printf ("%s %d әғқңөұүһі “ё”", f->name, variant));
    case SK_FIELD_INT:
      return g_variant_new_int64 (f->min + (f->max - f->min) / 3 + variant);
    case SK_FIELD_MONEY:
      return g_variant_new_int64 (G_GINT64_CONSTANT (987654321012) + variant);
    case SK_FIELD_BOOL:
      return g_variant_new_boolean (variant % 2 == 0);
    case SK_FIELD_REAL:
      return g_variant_new_double (2.25 + variant);
    case SK_FIELD_DATE:
      return g_variant_new_string (variant % 2 ? "2024-02-29" : "2031-08-31");
    case SK_FIELD_ENUM:
      {
        guint n = 0;
        while (f->enum_values[n].code)
          n++;
        return g_variant_new_string (f->enum_values[(guint) variant % n].code);
      }
    case SK_FIELD_REF:
      {
        GListModel *targets = sk_proposal_get_records (proposal, f->ref_kind);
        g_autoptr (SkRecord) first = g_list_model_get_item (targets, 0);
        return first ? g_variant_new_int64 (sk_record_get_id (first)) : NULL;
      }
    default:
      g_assert_not_reached ();
    }
}

SkRecord *
sk_test_full_record (SkProposal *proposal, const SkKind *kind, int variant)
{
  SkRecord *r = sk_record_new (kind);

  for (guint i = 0; i < kind->n_fields; i++)
    sk_record_set_value (r, kind->fields[i].name, sample_value (proposal, &kind->fields[i], variant));
  return r;
}

SkProposal *
sk_test_full_proposal (const char *path)
{
  g_autoptr (GError) error = NULL;
  SkProposal *p = sk_proposal_create (path, &error);
  guint n;
  const SkKind *kinds = sk_schema_kinds (&n);

  g_assert_no_error (error);
  for (guint k = 0; k < n; k++)
    {
      if (kinds[k].singleton || sk_test_is_workflow_kind (kinds[k].name))
        continue;
      for (int v = 0; v < 2; v++)
        {
          g_autoptr (SkRecord) r = sk_test_full_record (p, &kinds[k], v);
          g_assert_cmpint (sk_proposal_insert (p, r, &error), >, 0);
          g_assert_no_error (error);
        }
    }
  {
    g_autoptr (SkRecord) info = sk_test_full_record (p, &kinds[0], 0);
    for (guint i = 0; i < kinds[0].n_fields; i++)
      if (g_strcmp0 (kinds[0].fields[i].name, "status") != 0 &&
          g_strcmp0 (kinds[0].fields[i].name, "fingerprint") != 0)
        {
          GVariant *v = sk_record_get_value_at (info, i);
          sk_proposal_set (p, "proposal", 1, kinds[0].fields[i].name, v ? g_variant_ref (v) : NULL, &error);
          g_assert_no_error (error);
        }
  }
  sk_test_add_history (p);
  return p;
}

gboolean
sk_test_is_workflow_kind (const char *kind)
{
  return g_str_equal (kind, SK_KIND_REMARK) || g_str_equal (kind, SK_KIND_DECISION) ||
         g_str_equal (kind, SK_KIND_STATUS_EVENT) || g_str_equal (kind, SK_KIND_REMARK_REPLY);
}

void
sk_test_add_history (SkProposal *p)
{
  g_autoptr (GError) error = NULL;
  SkReviewOptions ack = { .acknowledge_mismatch = TRUE };
  gint64 first, second;

  first = sk_review_add_remark (p, SK_KIND_PROGRAMME, 1, "programmes", "Reviewer", "First remark", &error);
  g_assert_no_error (error);
  g_assert_true (sk_review_transition (p, "submitted", "University", "first", &error));
  second = sk_review_add_remark (p, NULL, 0, NULL, "Reviewer", "Second remark", &error);
  g_assert_no_error (error);
  g_assert_true (sk_review_decide_full (p, "return", "Reviewer", "Revise", &ack, &error));
  g_assert_true (sk_review_withdraw_decision (p, "Reviewer", "Too early", &error));
  g_assert_true (sk_review_decide (p, "return", "Reviewer", "Revise the programmes", &error));
  g_assert_true (sk_review_transition (p, "draft", "University", NULL, &error));
  g_assert_true (sk_review_respond_remark (p, first, "University", "Done", &error));
  g_assert_true (sk_review_respond_remark (p, second, "University", "Done too", &error));
  g_assert_no_error (error);
}

char *
sk_test_file_digest (const char *path)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    return g_strdup ("directory");
  if (!g_file_get_contents (path, &data, &len, NULL))
    return g_strdup ("unreadable");
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);
}

void
sk_test_assert_records_equal (SkRecord *a, SkRecord *b)
{
  const SkKind *kind = sk_record_get_kind (a);

  g_assert_true (kind == sk_record_get_kind (b));
  g_assert_cmpint (sk_record_get_id (a), ==, sk_record_get_id (b));
  for (guint i = 0; i < kind->n_fields; i++)
    {
      GVariant *va = sk_record_get_value_at (a, i);
      GVariant *vb = sk_record_get_value_at (b, i);
      g_autofree char *sa = va ? g_variant_print (va, TRUE) : g_strdup ("NULL");
      g_autofree char *sb = vb ? g_variant_print (vb, TRUE) : g_strdup ("NULL");
      if (g_strcmp0 (sa, sb) != 0)
        g_error ("%s %" G_GINT64_FORMAT " field %s: %s != %s", kind->name,
                 sk_record_get_id (a), kind->fields[i].name, sa, sb);
    }
}

char *
sk_test_generate_json (int n_programmes, int n_staff, int per_staff)
{
  GString *s = g_string_new ("{\"format\":\"seriktes-proposal\",\"version\":1,"
                             "\"proposal\":{\"status\":\"draft\",\"model\":\"branch\",\"applicant_id\":1,"
                             "\"title\":{\"kk\":\"Үлкен ұсыныс\",\"ru\":\"Большая заявка\",\"en\":\"A large proposal\"},"
                             "\"term_start\":\"2026-09-01\",\"term_end\":\"2032-08-31\"},"
                             "\"institutions\":[{\"id\":1,\"role\":\"kazakh_ohpe\",\"name\":{\"kk\":\"Университет\"}},"
                             "{\"id\":2,\"role\":\"foreign_ohpe\",\"name\":{\"en\":\"University\"}}],"
                             "\"ranking_entries\":[{\"id\":1,\"institution_id\":2,\"publisher\":\"qs\",\"scope\":\"overall\",\"year\":2026,\"rank_text\":\"=150\"}],"
                             "\"programmes\":[");
  for (int i = 1; i <= n_programmes; i++)
    g_string_append_printf (s, "%s{\"id\":%d,\"level\":\"bachelor\",\"name\":{\"kk\":\"Бағдарлама %d\",\"ru\":\"Программа %d\",\"en\":\"Programme %d\"},"
                            "\"diplomas\":2,\"kazakh_language_discipline\":true,\"history_discipline\":%s}",
                            i > 1 ? "," : "", i, i, i, i, i % 10 ? "true" : "false");
  g_string_append (s, "],\"staff\":[");
  for (int i = 1; i <= n_staff; i++)
    g_string_append_printf (s, "%s{\"id\":%d,\"name\":\"Оқытушы %d\",\"side\":\"%s\",\"institution_id\":%d,"
                            "\"degree\":\"%s\",\"teaching_years\":%d,\"fte_milli\":%d}",
                            i > 1 ? "," : "", i, i, i % 4 ? "kazakh" : "foreign", i % 4 ? 1 : 2,
                            i % 7 ? "phd" : "master", i % 5, 250 + (i % 4) * 250);
  g_string_append (s, "],\"assignments\":[");
  for (int i = 1; i <= per_staff * n_staff; i++)
    g_string_append_printf (s, "%s{\"id\":%d,\"staff_id\":%d,\"programme_id\":%d,\"hours\":%d}",
                            i > 1 ? "," : "", i, (i + per_staff - 1) / per_staff,
                            1 + (i * 7) % n_programmes, 50 + i % 100);
  g_string_append (s, "]}");
  return g_string_free (s, FALSE);
}
