/* test-json.c: JSON export and import */
#include "config.h"

#include <glib/gstdio.h>

#include "sk-error.h"
#include "sk-json.h"
#include "sk-proposal.h"
#include "sk-test-util.h"

static void
test_roundtrip (void)
{
  g_autofree char *path = sk_test_tmp_path ("full.seriktes");
  g_autofree char *back = sk_test_tmp_path ("back.seriktes");
  g_autoptr (SkProposal) p = sk_test_full_proposal (path);
  g_autoptr (SkProposal) q = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *json = sk_json_export_string (p, TRUE);
  g_autofree char *json2 = NULL;
  guint n;
  const SkKind *kinds = sk_schema_kinds (&n);

  g_assert_true (sk_json_import_data (json, -1, back, FALSE, &error));
  g_assert_no_error (error);
  q = sk_proposal_open (back, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  json2 = sk_json_export_string (q, TRUE);
  g_assert_cmpstr (json, ==, json2);

  for (guint k = 0; k < n; k++)
    {
      GListModel *a = sk_proposal_get_records (p, kinds[k].name);
      GListModel *b = sk_proposal_get_records (q, kinds[k].name);
      g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
      for (guint i = 0; i < g_list_model_get_n_items (a); i++)
        {
          g_autoptr (SkRecord) ra = g_list_model_get_item (a, i);
          g_autoptr (SkRecord) rb = g_list_model_get_item (b, i);
          sk_test_assert_records_equal (ra, rb);
        }
    }
}

static void
test_trilingual_shape (void)
{
  g_autofree char *path = sk_test_tmp_path ("shape.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_create (path, &error);
  g_autoptr (JsonNode) root = NULL;
  JsonObject *proposal;
  JsonObject *title;

  g_assert_true (sk_proposal_set (p, "proposal", 1, "title_kk", g_variant_new_string ("Серіктестік"), &error));
  g_assert_true (sk_proposal_set (p, "proposal", 1, "title_ru", g_variant_new_string ("Партнёрство"), &error));
  root = sk_json_export (p);
  proposal = json_object_get_object_member (json_node_get_object (root), "proposal");
  title = json_object_get_object_member (proposal, "title");
  g_assert_cmpstr (json_object_get_string_member (title, "kk"), ==, "Серіктестік");
  g_assert_cmpstr (json_object_get_string_member (title, "ru"), ==, "Партнёрство");
  g_assert_false (json_object_has_member (title, "en"));
  g_assert_false (json_object_has_member (proposal, "title_kk"));
  g_assert_false (json_object_has_member (proposal, "objectives"));
  g_assert_cmpstr (json_object_get_string_member (proposal, "status"), ==, "draft");
  g_assert_true (json_object_has_member (json_node_get_object (root), "staff"));
}

typedef struct {
  const char *name;
  const char *json;
  const char *path; /* expected at the start of the message */
} BadCase;

#define HEAD "{\"format\":\"seriktes-proposal\",\"version\":1,\"proposal\":{\"status\":\"draft\"}"
#define INST(x) HEAD ",\"institutions\":[{\"id\":1,\"role\":\"foreign_ohpe\"" x "}]}"

static const BadCase bad_cases[] = {
  { "syntax", "{\"format\": ", NULL },
  { "not-object", "[1,2,3]", "$" },
  { "no-format", "{\"version\":1,\"proposal\":{}}", "$.format" },
  { "wrong-format", "{\"format\":\"other\",\"version\":1,\"proposal\":{}}", "$.format" },
  { "newer", "{\"format\":\"seriktes-proposal\",\"version\":99,\"proposal\":{}}", "$.version" },
  { "version-text", "{\"format\":\"seriktes-proposal\",\"version\":\"1\",\"proposal\":{}}", "$.version" },
  { "no-proposal", "{\"format\":\"seriktes-proposal\",\"version\":1}", "$.proposal" },
  { "proposal-id", "{\"format\":\"seriktes-proposal\",\"version\":1,\"proposal\":{\"id\":1,\"status\":\"draft\"}}", "$.proposal.id" },
  { "unknown-section", HEAD ",\"partners\":[]}", "$.partners" },
  { "section-not-list", HEAD ",\"institutions\":{}}", "$.institutions" },
  { "record-not-object", HEAD ",\"institutions\":[7]}", "$.institutions[0]" },
  { "unknown-field", INST (",\"colour\":\"red\""), "$.institutions[0].colour" },
  { "text-language-field", INST (",\"name_kk\":\"x\""), "$.institutions[0].name_kk" },
  { "unknown-enum", HEAD ",\"institutions\":[{\"id\":1,\"role\":\"pirate\"}]}", "$.institutions[0].role" },
  { "missing-required", HEAD ",\"institutions\":[{\"id\":1}]}", "$.institutions[0].role" },
  { "missing-id", HEAD ",\"institutions\":[{\"role\":\"other\"}]}", "$.institutions[0].id" },
  { "zero-id", HEAD ",\"institutions\":[{\"id\":0,\"role\":\"other\"}]}", "$.institutions[0].id" },
  { "duplicate-id", HEAD ",\"institutions\":[{\"id\":1,\"role\":\"other\"},{\"id\":1,\"role\":\"other\"}]}", "$.institutions[1].id" },
  { "wrong-type-bool", INST (",\"is_lead\":\"yes\""), "$.institutions[0].is_lead" },
  { "wrong-type-text", INST (",\"country\":49"), "$.institutions[0].country" },
  { "group-not-object", INST (",\"name\":\"TU Berlin\""), "$.institutions[0].name" },
  { "group-language", INST (",\"name\":{\"de\":\"TU Berlin\"}"), "$.institutions[0].name.de" },
  { "group-type", INST (",\"name\":{\"en\":5}"), "$.institutions[0].name.en" },
  { "dangling-ref", HEAD ",\"ranking_entries\":[{\"id\":1,\"institution_id\":5,\"publisher\":\"qs\",\"scope\":\"overall\",\"year\":2025,\"rank_text\":\"1\"}]}",
    "$.ranking_entries[0].institution_id" },
  { "out-of-range", HEAD ",\"staff\":[{\"id\":1,\"name\":\"A\",\"side\":\"kazakh\",\"fte_milli\":5000}]}", "$.staff[0].fte_milli" },
  { "fraction-for-int", HEAD ",\"staff\":[{\"id\":1,\"name\":\"A\",\"side\":\"kazakh\",\"fte_milli\":0.5}]}", "$.staff[0].fte_milli" },
  { "negative-money", HEAD ",\"financing\":[{\"id\":1,\"source\":\"other\",\"year\":2026,\"amount_kzt\":-5}]}", "$.financing[0].amount_kzt" },
  { "bad-date", "{\"format\":\"seriktes-proposal\",\"version\":1,\"proposal\":{\"status\":\"draft\",\"term_end\":\"31.08.2031\"}}", "$.proposal.term_end" },
  { "empty-required-text", HEAD ",\"staff\":[{\"id\":1,\"name\":\"\",\"side\":\"kazakh\",\"fte_milli\":500}]}", "$.staff[0].name" },
  /* Not JSON, though json-glib 1.6 reads it. */
  { "comment", "/* a comment */ " HEAD "}", NULL },
  { "line-comment", HEAD "} // a comment", NULL },
  { "single-quotes", "{'format':'seriktes-proposal','version':1,'proposal':{'status':'draft'}}", NULL },
  { "hex-number", HEAD ",\"staff\":[{\"id\":0x1,\"name\":\"A\",\"side\":\"kazakh\"}]}", NULL },
  { "plus-number", HEAD ",\"staff\":[{\"id\":+1,\"name\":\"A\",\"side\":\"kazakh\"}]}", NULL },
  { "leading-zero", HEAD ",\"staff\":[{\"id\":01,\"name\":\"A\",\"side\":\"kazakh\"}]}", NULL },
  { "nan", HEAD ",\"indicators\":[{\"id\":1,\"kind\":\"enrolment\",\"baseline\":NaN}]}", NULL },
  { "raw-control", "{\"format\":\"seriktes-proposal\",\"version\":1,\"proposal\":{\"status\":\"draft\",\"title\":{\"en\":\"a\x01b\"}}}", NULL },
  /* Texts json-glib would cut short at U+0000 or turn into bytes that
   * are not UTF-8 (which GLib then refused with criticals). */
  { "nul-escape", "{\"format\":\"seriktes-proposal\",\"version\":1,\"proposal\":{\"status\":\"draft\",\"title\":{\"en\":\"Alice\\u0000 and Bob\"}}}", NULL },
  { "lone-high-surrogate", "{\"format\":\"seriktes-proposal\",\"version\":1,\"proposal\":{\"status\":\"draft\",\"languages\":\"kk\\ud800en\"}}", NULL },
  { "lone-low-surrogate", "{\"format\":\"seriktes-proposal\",\"version\":1,\"proposal\":{\"status\":\"draft\",\"languages\":\"kk\\udc00en\"}}", NULL },
  { "high-then-high", "{\"format\":\"seriktes-proposal\",\"version\":1,\"proposal\":{\"status\":\"draft\",\"languages\":\"\\ud800\\ud800\"}}", NULL },
  { "short-unicode-escape", "{\"format\":\"seriktes-proposal\",\"version\":1,\"proposal\":{\"status\":\"draft\",\"languages\":\"\\u12\"}}", NULL },
  /* json-glib 1.6 would write 1e22 as "1e+22.0", which no parser reads. */
  { "real-too-large", HEAD ",\"indicators\":[{\"id\":1,\"kind\":\"enrolment\",\"name\":{\"en\":\"Students\"},\"baseline\":1e22}]}",
    "$.indicators[0].baseline" },
  { "real-too-small", HEAD ",\"indicators\":[{\"id\":1,\"kind\":\"enrolment\",\"name\":{\"en\":\"Students\"},\"baseline\":-1.5e15}]}",
    "$.indicators[0].baseline" },
  { "year-range", HEAD ",\"financing\":[{\"id\":1,\"source\":\"other\",\"year\":12026,\"amount_kzt\":5}]}", "$.financing[0].year" },
};

static void
test_bad (gconstpointer data)
{
  const BadCase *c = data;
  g_autofree char *out = sk_test_tmp_path ("bad-out.seriktes");
  g_autofree char *existing = sk_test_tmp_path ("existing.seriktes");
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_unlink (out);
  g_assert_false (sk_json_import_data (c->json, -1, out, FALSE, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_JSON);
  g_test_message ("%s", error->message);
  if (c->path)
    {
      g_autofree char *prefix = g_strconcat (c->path, ":", NULL);
      if (!g_str_has_prefix (error->message, prefix))
        g_error ("expected the path %s in “%s”", c->path, error->message);
    }
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  /* Replacing an existing file: it stays as it was. */
  if (!g_file_test (existing, G_FILE_TEST_EXISTS))
    {
      g_autoptr (SkProposal) p = sk_test_full_proposal (existing);
    }
  before = sk_test_file_digest (existing);
  g_clear_error (&error);
  g_assert_false (sk_json_import_data (c->json, -1, existing, TRUE, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_JSON);
  after = sk_test_file_digest (existing);
  g_assert_cmpstr (before, ==, after);
}

/* A hostile document nested far deeper than any proposal. */
static void
test_deep_nesting (void)
{
  g_autofree char *out = sk_test_tmp_path ("deep.seriktes");
  g_autoptr (GError) error = NULL;
  GString *s = g_string_new ("{\"format\":\"seriktes-proposal\",\"version\":1,\"proposal\":");
  g_autofree char *json = NULL;

  for (int i = 0; i < 1000000; i++)
    g_string_append_c (s, '[');
  json = g_string_free (s, FALSE);
  g_assert_false (sk_json_import_data (json, -1, out, FALSE, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_JSON);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

/* Brackets hidden from a scanner that knows only double quotes: behind a
 * quote in a comment or in a single-quoted text (json-glib 1.6 reads both). */
static void
test_deep_nesting_hidden (void)
{
  static const char * const starts[] = { "/*\"*/[", "['\"',", "[\"\\\"\",", "[/*\\*/" };
  g_autofree char *out = sk_test_tmp_path ("deep-hidden.seriktes");

  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    {
      g_autoptr (GError) error = NULL;
      GString *s = g_string_new (starts[i]);
      g_autofree char *json = NULL;

      for (int d = 0; d < 150000; d++)
        g_string_append_c (s, '[');
      json = g_string_free (s, FALSE);
      g_assert_false (sk_json_import_data (json, -1, out, FALSE, &error));
      g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_JSON);
      g_test_message ("%s", error->message);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }
}

/* What strict JSON allows is still read: escapes, a surrogate pair, numbers
 * with fractions and exponents, and brackets and quotes inside texts. */
static void
test_strict_json_accepted (void)
{
  g_autofree char *out = sk_test_tmp_path ("strict.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = NULL;
  g_autofree char *exported = NULL;
  const char *json =
    " {\r\n\t\"format\" : \"seriktes-proposal\", \"version\":1,"
    "\"proposal\":{\"status\":\"draft\",\"title\":{\"en\":\"[{ \\\"quoted\\\" \\/ \\u00e9 \\ud83d\\ude00 \\t}]\"}},"
    "\"indicators\":[{\"id\":1,\"kind\":\"enrolment\",\"name\":{\"en\":\"Students\"},\"baseline\":-0.5e+2},"
    "{\"id\":2,\"kind\":\"enrolment\",\"name\":{\"en\":\"Big\"},\"baseline\":1E15}] } ";
  g_autoptr (SkProposal) q = NULL;
  g_autofree char *back = sk_test_tmp_path ("strict-back.seriktes");

  g_assert_true (sk_json_import_data (json, -1, out, FALSE, &error));
  g_assert_no_error (error);
  p = sk_proposal_open (out, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sk_record_get_string (sk_proposal_get_info (p), "title_en"), ==,
                   "[{ \"quoted\" / \u00e9 \U0001F600 \t}]");
  g_assert_cmpfloat (g_variant_get_double (sk_record_get_value (sk_proposal_lookup (p, "indicator", 1), "baseline")), ==, -50.0);

  /* The largest value exports as JSON that imports again. */
  exported = sk_json_export_string (p, TRUE);
  g_assert_true (sk_json_import_data (exported, -1, back, FALSE, &error));
  g_assert_no_error (error);
  q = sk_proposal_open (back, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (g_variant_get_double (sk_record_get_value (sk_proposal_lookup (q, "indicator", 2), "baseline")), ==, 1e15);
}

/* The canonical text of the fingerprint, written record by record, is what
 * json-glib's generator made of the sorted tree: byte for byte. */
static JsonNode *
sorted_tree (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *obj = json_node_get_object (node);
      g_autoptr (GList) names = g_list_sort (json_object_get_members (obj), (GCompareFunc) strcmp);
      JsonObject *out = json_object_new ();
      JsonNode *result = json_node_new (JSON_NODE_OBJECT);

      for (GList *l = names; l; l = l->next)
        json_object_set_member (out, l->data, sorted_tree (json_object_get_member (obj, l->data)));
      json_node_take_object (result, out);
      return result;
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      JsonNode *result = json_node_new (JSON_NODE_ARRAY);
      JsonArray *out = json_array_new ();

      for (guint i = 0; i < json_array_get_length (array); i++)
        json_array_add_element (out, sorted_tree (json_array_get_element (array, i)));
      json_node_take_array (result, out);
      return result;
    }
  return json_node_copy (node);
}

static void
append (const char *text, gsize length, gpointer data)
{
  g_string_append_len (data, text, (gssize) length);
}

static void
assert_canonical_as_generator (SkProposal *p)
{
  static const char * const sections[] = { "decisions", NULL };
  static const char * const info_fields[] = { "status", NULL };
  g_autoptr (JsonNode) root = sk_json_export (p);
  g_autoptr (JsonNode) sorted = NULL;
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  g_autofree char *expected = NULL;
  GString *text = g_string_new (NULL);
  g_autofree char *written = NULL;

  json_object_remove_member (json_node_get_object (root), "decisions");
  json_object_remove_member (json_object_get_object_member (json_node_get_object (root), "proposal"), "status");
  sorted = sorted_tree (root);
  json_generator_set_root (gen, sorted);
  expected = json_generator_to_data (gen, NULL);
  sk_json_write_canonical (p, sections, info_fields, append, text);
  written = g_string_free (text, FALSE);
  g_assert_cmpstr (written, ==, expected);
}

static void
test_canonical (void)
{
  g_autofree char *path = sk_test_tmp_path ("canonical.seriktes");
  g_autofree char *path2 = sk_test_tmp_path ("canonical2.seriktes");
  g_autoptr (SkProposal) full = sk_test_full_proposal (path);
  g_autoptr (SkProposal) p = NULL;
  g_autoptr (GError) error = NULL;
  static const double reals[] = { 0.1, -3.5, 2.0, 0, 1e15, -1e15, 123456789.125, 1e-7, 5e-324, 1.0 / 3 };
  GString *odd = g_string_new ("\"quoted\" \\ / é Қазақ 😀 ");

  assert_canonical_as_generator (full);

  /* Every control character and the reals' forms. */
  for (char c = 1; c < 0x20; c++)
    g_string_append_c (odd, c);
  g_string_append_c (odd, 0x7f);
  p = sk_proposal_create (path2, &error);
  g_assert_no_error (error);
  g_assert_true (sk_proposal_set (p, "proposal", 1, "title_en", g_variant_new_take_string (g_string_free (odd, FALSE)), &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (reals); i++)
    {
      g_autoptr (SkRecord) r = sk_record_new (sk_schema_kind ("indicator"));
      sk_record_set_string (r, "kind", "enrolment");
      sk_record_set_string (r, "name_en", "x");
      sk_record_set_value (r, "baseline", g_variant_new_double (reals[i]));
      g_assert_cmpint (sk_proposal_insert (p, r, &error), >, 0);
      g_assert_no_error (error);
    }
  assert_canonical_as_generator (p);
}

static void
test_overwrite (void)
{
  g_autofree char *out = sk_test_tmp_path ("overwrite.seriktes");
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *json = "{\"format\":\"seriktes-proposal\",\"version\":1,\"proposal\":{\"status\":\"draft\",\"title\":{\"en\":\"One\"}}}";
  const char *json2 = "{\"format\":\"seriktes-proposal\",\"version\":1,\"proposal\":{\"status\":\"draft\",\"title\":{\"en\":\"Two\"}}}";

  g_assert_true (sk_json_import_data (json, -1, out, FALSE, &error));
  g_assert_no_error (error);
  before = sk_test_file_digest (out);
  g_assert_false (sk_json_import_data (json2, -1, out, FALSE, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_EXISTS);
  g_clear_error (&error);
  after = sk_test_file_digest (out);
  g_assert_cmpstr (before, ==, after);

  g_assert_true (sk_json_import_data (json2, -1, out, TRUE, &error));
  g_assert_no_error (error);
  {
    g_autoptr (SkProposal) p = sk_proposal_open (out, SK_OPEN_READ_ONLY, &error);
    g_assert_cmpstr (sk_record_get_string (sk_proposal_get_info (p), "title_en"), ==, "Two");
  }
}

/* Sections may be left out; null means unset. */
static void
test_lenient (void)
{
  g_autofree char *out = sk_test_tmp_path ("lenient.seriktes");
  g_autoptr (GError) error = NULL;
  const char *json = "{\"format\":\"seriktes-proposal\",\"version\":1,"
                     "\"proposal\":{\"status\":\"draft\",\"model\":null},"
                     "\"institutions\":[{\"id\":7,\"role\":\"kazakh_ohpe\",\"bin\":null}]}";
  g_autoptr (SkProposal) p = NULL;

  g_assert_true (sk_json_import_data (json, -1, out, FALSE, &error));
  g_assert_no_error (error);
  p = sk_proposal_open (out, SK_OPEN_READ_ONLY, &error);
  g_assert_cmpstr (sk_record_get_string (sk_proposal_get_info (p), "status"), ==, "draft");
  g_assert_false (sk_record_is_set (sk_proposal_get_info (p), "model"));
  g_assert_nonnull (sk_proposal_lookup (p, SK_KIND_INSTITUTION, 7));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sk/json/roundtrip", test_roundtrip);
  g_test_add_func ("/sk/json/trilingual-shape", test_trilingual_shape);
  g_test_add_func ("/sk/json/overwrite", test_overwrite);
  g_test_add_func ("/sk/json/deep-nesting", test_deep_nesting);
  g_test_add_func ("/sk/json/lenient", test_lenient);
  g_test_add_func ("/sk/json/deep-nesting-hidden", test_deep_nesting_hidden);
  g_test_add_func ("/sk/json/strict-json-accepted", test_strict_json_accepted);
  g_test_add_func ("/sk/json/canonical", test_canonical);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/sk/json/bad/%s", bad_cases[i].name);
      g_test_add_data_func (name, &bad_cases[i], test_bad);
    }
  return g_test_run ();
}
