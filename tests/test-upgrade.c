/* test-upgrade.c: format version 4 — countries and languages named from
 * iso-codes, prose of older files and JSON documents in the language it
 * was written in, codes for countries, languages and units, references
 * filtered by role */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sk-field-info.h"
#include "sk-init.h"
#include "sk-iso.h"
#include "sk-json.h"
#include "sk-proposal.h"
#include "sk-review.h"
#include "sk-test-util.h"

#include <string.h>

static void
test_iso_names (void)
{
  guint n;

  g_assert_cmpstr (sk_iso_country_name ("KZ", "en"), ==, "Kazakhstan");
  g_assert_cmpstr (sk_iso_country_name ("KZ", "kk"), ==, "Қазақстан");
  g_assert_cmpstr (sk_iso_country_name ("KZ", "ru"), ==, "Казахстан");
  g_assert_cmpstr (sk_iso_country_name ("DE", "kk"), ==, "Германия");
  g_assert_cmpstr (sk_iso_country_name ("RU", "kk"), ==, "Ресей");
  g_assert_null (sk_iso_country_name ("XX", "en"));
  g_assert_null (sk_iso_country_name (NULL, "en"));
  g_assert_cmpuint (sk_iso_countries (&n) != NULL, ==, TRUE);
  g_assert_cmpuint (n, >, 240);

  /* Names in any of the three languages, codes, the usual short forms. */
  g_assert_cmpstr (sk_iso_country_from_text ("KZ"), ==, "KZ");
  g_assert_cmpstr (sk_iso_country_from_text (" kazakhstan "), ==, "KZ");
  g_assert_cmpstr (sk_iso_country_from_text ("Қазақстан"), ==, "KZ");
  g_assert_cmpstr (sk_iso_country_from_text ("Россия"), ==, "RU");
  g_assert_cmpstr (sk_iso_country_from_text ("Российская Федерация"), ==, "RU");
  g_assert_cmpstr (sk_iso_country_from_text ("Germany"), ==, "DE");
  g_assert_cmpstr (sk_iso_country_from_text ("DEU"), ==, "DE");
  g_assert_cmpstr (sk_iso_country_from_text ("South Korea"), ==, "KR");
  g_assert_null (sk_iso_country_from_text ("Atlantis"));
  g_assert_null (sk_iso_country_from_text (""));

  g_assert_cmpstr (sk_iso_language_name ("kk", "en"), ==, "Kazakh");
  g_assert_cmpstr (sk_iso_language_name ("ru", "ru"), ==, "русский");
  /* iso-codes has no Kazakh names of languages: the program's own. */
  g_assert_cmpstr (sk_iso_language_name ("en", "kk"), ==, "ағылшын тілі");
  g_assert_cmpstr (sk_iso_language_from_text ("Russian"), ==, "ru");
  g_assert_cmpstr (sk_iso_language_from_text ("казахский"), ==, "kk");
  g_assert_cmpstr (sk_iso_language_from_text ("ENG"), ==, "en");
  g_assert_cmpuint (sk_iso_languages (&n) != NULL, ==, TRUE);
  g_assert_cmpuint (n, >, 300);
  {
    g_autofree char *label = sk_iso_languages_label ("kk,ru,de", "ru");
    g_assert_cmpstr (label, ==, "казахский, русский, немецкий");
  }
  {
    g_autofree char *label = sk_iso_languages_label ("kk;xq", "en");
    g_assert_cmpstr (label, ==, "Kazakh, xq");
  }
  g_assert_null (sk_iso_languages_label (" , ", "en"));
}

static void
test_text_language (void)
{
  g_assert_cmpstr (sk_text_language ("Тараптар бірлескен бағдарламаларды әзірлейді."), ==, "kk");
  g_assert_cmpstr (sk_text_language ("Стороны разрабатывают программы."), ==, "ru");
  /* Kazakh words written with the letters Russian has too read as Russian. */
  g_assert_cmpstr (sk_text_language ("Тараз"), ==, "ru");
  g_assert_cmpstr (sk_text_language ("Joint programmes"), ==, "en");
  g_assert_cmpstr (sk_text_language ("IAAR, специализированная аккредитация"), ==, "ru");
  g_assert_cmpstr (sk_text_language ("ASIIN, programme accreditation"), ==, "en");
  g_assert_null (sk_text_language ("2027–2031"));
  g_assert_null (sk_text_language (NULL));
  g_assert_null (sk_text_language ("\xff\xfe"));
}

static void
assert_text3 (SkRecord *r, const char *group, const char *kk, const char *ru, const char *en)
{
  g_assert_cmpstr (sk_record_get_text3 (r, group, "kk", FALSE, NULL), ==, kk);
  g_assert_cmpstr (sk_record_get_text3 (r, group, "ru", FALSE, NULL), ==, ru);
  g_assert_cmpstr (sk_record_get_text3 (r, group, "en", FALSE, NULL), ==, en);
}

/* What version 4 makes of the fixture's content, by the file migration
 * and by the JSON import alike. */
static void
assert_upgraded (SkProposal *p)
{
  SkRecord *info = sk_proposal_get_info (p);

  g_assert_cmpstr (sk_record_get_string (info, "languages"), ==, "kk,ru,en");
  g_assert_cmpstr (sk_record_get_string (sk_proposal_lookup (p, SK_KIND_INSTITUTION, 1), "country"), ==, "KZ");
  g_assert_cmpstr (sk_record_get_string (sk_proposal_lookup (p, SK_KIND_INSTITUTION, 2), "country"), ==, "RU");
  g_assert_cmpstr (sk_record_get_string (sk_proposal_lookup (p, SK_KIND_INSTITUTION, 3), "country"), ==, "DE");
  g_assert_cmpstr (sk_record_get_string (sk_proposal_lookup (p, SK_KIND_INSTITUTION, 4), "country"), ==, "KZ");
  /* Not a country of ISO 3166: kept as written. */
  g_assert_cmpstr (sk_record_get_string (sk_proposal_lookup (p, SK_KIND_INSTITUTION, 5), "country"), ==, "Atlantis");
  assert_text3 (sk_proposal_lookup (p, SK_KIND_INSTITUTION, 1), "city", NULL, "Тараз", NULL);
  assert_text3 (sk_proposal_lookup (p, SK_KIND_INSTITUTION, 3), "city", NULL, NULL, "Berlin");
  assert_text3 (sk_proposal_lookup (p, SK_KIND_INSTITUTION, 4), "city", "Жаңатас", NULL, NULL);
  assert_text3 (sk_proposal_lookup (p, SK_KIND_AGREEMENT, 1), "obligations",
                "Тараптар бірлескен бағдарламаларды әзірлейді.", NULL, NULL);
  assert_text3 (sk_proposal_lookup (p, SK_KIND_AGREEMENT, 2), "obligations",
                NULL, "Стороны разрабатывают совместные программы.", NULL);
  assert_text3 (sk_proposal_lookup (p, SK_KIND_AGREEMENT, 3), "obligations",
                NULL, NULL, "Joint programmes and internships.");
  /* No letters: the same in every language. */
  assert_text3 (sk_proposal_lookup (p, SK_KIND_AGREEMENT, 4), "obligations", "2027–2031", "2027–2031", "2027–2031");
  assert_text3 (sk_proposal_lookup (p, SK_KIND_PROGRAMME, 1), "accreditation",
                NULL, "IAAR, специализированная аккредитация", NULL);
  g_assert_cmpstr (sk_record_get_string (sk_proposal_lookup (p, SK_KIND_PROGRAMME, 1), "languages"), ==, "ru,kk");
  assert_text3 (sk_proposal_lookup (p, SK_KIND_FINANCING, 1), "note", NULL, NULL, "Funds of the university");
  g_assert_cmpstr (sk_record_get_string (sk_proposal_lookup (p, SK_KIND_INDICATOR, 1), "unit"), ==, "persons");
  g_assert_cmpstr (sk_record_get_string (sk_proposal_lookup (p, SK_KIND_INDICATOR, 2), "unit"), ==, "publications");
  g_assert_cmpstr (sk_record_get_string (sk_proposal_lookup (p, SK_KIND_INDICATOR, 3), "unit"), ==, "hectares");
  g_assert_false (sk_record_is_set (sk_proposal_lookup (p, SK_KIND_INSTITUTION, 1), "former_names"));
}

static char *
v3_file (const char *name)
{
  char *path = sk_test_tmp_path (name);
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "proposal-v3.sql", NULL);
  g_autofree char *content = NULL;
  g_autoptr (GString) sql = g_string_new (NULL);
  sqlite3 *db = NULL;

  sk_core_ensure_resources ();
  for (int v = 1; v <= 3; v++)
    {
      g_autofree char *res = g_strdup_printf ("/kz/seriktes/core/schema/v%d.sql", v);
      g_autoptr (GBytes) bytes = g_resources_lookup_data (res, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_assert_nonnull (bytes);
      g_string_append_len (sql, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes));
    }
  g_assert_true (g_file_get_contents (fixture, &content, NULL, NULL));
  g_string_append_printf (sql, "PRAGMA application_id = %d; PRAGMA user_version = 3;\n%s",
                          (int) SK_APPLICATION_ID, content);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql->str, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  return path;
}

static void
test_migration_v3 (void)
{
  g_autofree char *path = v3_file ("v3.seriktes");
  g_autofree char *before = sk_test_file_digest (path);
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  /* Read only: brought up to date in memory, the file untouched. */
  p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  assert_upgraded (p);
  g_clear_object (&p);
  after = sk_test_file_digest (path);
  g_assert_cmpstr (before, ==, after);

  /* For editing: migrated in place, at version 4. */
  p = sk_proposal_open (path, 0, &error);
  g_assert_no_error (error);
  assert_upgraded (p);
  g_clear_object (&p);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 4);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  p = sk_proposal_open (path, 0, &error);
  g_assert_no_error (error);
  assert_upgraded (p);
}

/* The same content as a JSON document of version 3. */
static void
test_json_v3 (void)
{
  g_autofree char *out = sk_test_tmp_path ("json-v3.seriktes");
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = NULL;
  const char *json =
    "{\"format\":\"seriktes-proposal\",\"version\":3,"
    "\"proposal\":{\"status\":\"draft\",\"title\":{\"en\":\"Old proposal\"},\"languages\":\"kk, Russian, english\",\"applicant_id\":1},"
    "\"institutions\":["
    "{\"id\":1,\"role\":\"kazakh_ohpe\",\"name\":{\"en\":\"Taraz University\"},\"country\":\"Қазақстан\",\"city\":\"Тараз\"},"
    "{\"id\":2,\"role\":\"foreign_ohpe\",\"name\":{\"en\":\"Mendeleev University\"},\"country\":\"Россия\",\"city\":\"Москва\"},"
    "{\"id\":3,\"role\":\"foreign_ohpe\",\"name\":{\"en\":\"TU Berlin\"},\"country\":\"Germany\",\"city\":\"Berlin\"},"
    "{\"id\":4,\"role\":\"enterprise\",\"name\":{\"en\":\"Kazphosphate\"},\"country\":\"KZ\",\"city\":\"Жаңатас\"},"
    "{\"id\":5,\"role\":\"foreign_ohpe\",\"name\":{\"en\":\"Somewhere College\"},\"country\":\"Atlantis\"}],"
    "\"agreements\":["
    "{\"id\":1,\"kind\":\"cooperation\",\"partner_id\":2,\"obligations\":\"Тараптар бірлескен бағдарламаларды әзірлейді.\"},"
    "{\"id\":2,\"kind\":\"contract\",\"partner_id\":3,\"obligations\":\"Стороны разрабатывают совместные программы.\"},"
    "{\"id\":3,\"kind\":\"memorandum\",\"partner_id\":4,\"obligations\":\"Joint programmes and internships.\"},"
    "{\"id\":4,\"kind\":\"other\",\"partner_id\":4,\"obligations\":\"2027–2031\"}],"
    "\"programmes\":[{\"id\":1,\"level\":\"bachelor\",\"name\":{\"en\":\"Chemistry\"},\"languages\":\"ru,kk\","
    "\"accreditation\":\"IAAR, специализированная аккредитация\",\"partner_id\":2}],"
    "\"financing\":[{\"id\":1,\"source\":\"ohpe_kazakh\",\"year\":2027,\"amount_kzt\":1000000,\"note\":\"Funds of the university\"}],"
    "\"indicators\":[{\"id\":1,\"kind\":\"graduates\",\"unit\":\"people\",\"name\":{\"en\":\"Graduates\"}},"
    "{\"id\":2,\"kind\":\"publications\",\"unit\":\"papers\",\"name\":{\"en\":\"Papers\"}},"
    "{\"id\":3,\"kind\":\"other\",\"unit\":\"hectares\",\"name\":{\"en\":\"Land\"}}]}";

  g_assert_true (sk_json_import_data (json, -1, out, FALSE, &error));
  g_assert_no_error (error);
  p = sk_proposal_open (out, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  assert_upgraded (p);
}

/* A trilingual field of a version 3 document is an error as it was: a
 * version 4 document must not use the old single-language form. */
static void
test_json_v4_strict (void)
{
  g_autofree char *out = sk_test_tmp_path ("json-v4.seriktes");
  g_autoptr (GError) error = NULL;
  const char *json =
    "{\"format\":\"seriktes-proposal\",\"version\":4,\"proposal\":{\"status\":\"draft\"},"
    "\"agreements\":[{\"id\":1,\"kind\":\"cooperation\",\"obligations\":\"Joint programmes\"}]}";

  g_assert_false (sk_json_import_data (json, -1, out, FALSE, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "obligations"));
}

/* The applicant among the Kazakhstani OHPE, a programme's partner among
 * the foreign ones; other references take any institution. */
static void
test_role_filter (void)
{
  const SkKind *proposal = sk_schema_kind (SK_KIND_PROPOSAL);
  const SkKind *programme = sk_schema_kind (SK_KIND_PROGRAMME);
  const SkKind *agreement = sk_schema_kind (SK_KIND_AGREEMENT);
  const SkKind *inst = sk_schema_kind (SK_KIND_INSTITUTION);
  g_autoptr (SkRecord) kz = sk_record_new (inst);
  g_autoptr (SkRecord) foreign = sk_record_new (inst);
  g_autoptr (SkRecord) enterprise = sk_record_new (inst);

  sk_record_set_string (kz, "role", "kazakh_ohpe");
  sk_record_set_string (foreign, "role", "foreign_ohpe");
  sk_record_set_string (enterprise, "role", "enterprise");
  sk_record_set_string (enterprise, "country", "KZ");

  g_assert_true (sk_field_ref_fits (proposal, sk_kind_field (proposal, "applicant_id"), kz));
  g_assert_false (sk_field_ref_fits (proposal, sk_kind_field (proposal, "applicant_id"), foreign));
  g_assert_false (sk_field_ref_fits (proposal, sk_kind_field (proposal, "applicant_id"), enterprise));
  g_assert_true (sk_field_ref_fits (programme, sk_kind_field (programme, "partner_id"), foreign));
  g_assert_false (sk_field_ref_fits (programme, sk_kind_field (programme, "partner_id"), kz));
  g_assert_true (sk_field_ref_fits (agreement, sk_kind_field (agreement, "partner_id"), enterprise));
  g_assert_true (sk_field_ref_fits (agreement, sk_kind_field (agreement, "partner_id"), kz));
  /* Not a reference: nothing to filter. */
  g_assert_true (sk_field_ref_fits (programme, sk_kind_field (programme, "credits"), kz));

  g_assert_true (sk_institution_is_kazakhstani (kz));
  g_assert_false (sk_institution_is_kazakhstani (foreign));
  g_assert_true (sk_institution_is_kazakhstani (enterprise));
}

static void
test_code_labels (void)
{
  const SkKind *inst = sk_schema_kind (SK_KIND_INSTITUTION);
  const SkKind *ind = sk_schema_kind (SK_KIND_INDICATOR);
  const SkKind *prog = sk_schema_kind (SK_KIND_PROGRAMME);
  g_autofree char *de = sk_field_code_label (sk_kind_field (inst, "country"), "DE", "ru");
  g_autofree char *atlantis = sk_field_code_label (sk_kind_field (inst, "country"), "Atlantis", "ru");
  g_autofree char *people = sk_field_code_label (sk_kind_field (ind, "unit"), "persons", "ru");
  g_autofree char *hectares = sk_field_code_label (sk_kind_field (ind, "unit"), "hectares", "kk");
  g_autofree char *langs = sk_field_code_label (sk_kind_field (prog, "languages"), "kk,en", "en");

  g_assert_cmpint (sk_field_codes (sk_kind_field (inst, "country")), ==, SK_CODES_COUNTRY);
  g_assert_cmpint (sk_field_codes (sk_kind_field (prog, "languages")), ==, SK_CODES_LANGUAGES);
  g_assert_cmpint (sk_field_codes (sk_kind_field (ind, "unit")), ==, SK_CODES_UNIT);
  g_assert_cmpint (sk_field_codes (sk_kind_field (inst, "short_name")), ==, SK_CODES_NONE);
  g_assert_cmpstr (de, ==, "Германия");
  g_assert_cmpstr (atlantis, ==, "Atlantis");
  g_assert_cmpstr (people, ==, "человек");
  g_assert_cmpstr (hectares, ==, "hectares");
  g_assert_cmpstr (langs, ==, "Kazakh, English");
  g_assert_null (sk_field_code_label (sk_kind_field (inst, "country"), "", "en"));
  g_assert_cmpstr (sk_indicator_unit_from_text ("%"), ==, "percent");
  g_assert_cmpstr (sk_indicator_unit_from_text ("Адам"), ==, "persons");
  g_assert_null (sk_indicator_unit_from_text ("hectares"));
}

/* A country, a language or a unit kept as written in an older file is
 * pointed out on its row; a code is not. */
static void
test_code_advice (void)
{
  g_autoptr (SkRecord) inst = sk_record_new (sk_schema_kind (SK_KIND_INSTITUTION));
  const SkField *country = sk_kind_field (sk_schema_kind (SK_KIND_INSTITUTION), "country");
  const SkField *langs = sk_kind_field (sk_schema_kind (SK_KIND_PROGRAMME), "languages");
  const SkField *unit = sk_kind_field (sk_schema_kind (SK_KIND_INDICATOR), "unit");
  g_autoptr (GVariant) kz = g_variant_ref_sink (g_variant_new_string ("KZ"));
  g_autoptr (GVariant) atlantis = g_variant_ref_sink (g_variant_new_string ("Atlantis"));
  g_autoptr (GVariant) good = g_variant_ref_sink (g_variant_new_string ("kk,ru"));
  g_autoptr (GVariant) bad = g_variant_ref_sink (g_variant_new_string ("kk,xq"));
  g_autoptr (GVariant) persons = g_variant_ref_sink (g_variant_new_string ("persons"));
  g_autofree char *a1 = sk_field_advice (NULL, inst, country, kz);
  g_autofree char *a2 = sk_field_advice (NULL, inst, country, atlantis);
  g_autofree char *a3 = sk_field_advice (NULL, inst, langs, good);
  g_autofree char *a4 = sk_field_advice (NULL, inst, langs, bad);
  g_autofree char *a5 = sk_field_advice (NULL, inst, unit, persons);
  g_autofree char *a6 = sk_field_advice (NULL, inst, unit, atlantis);

  g_assert_null (a1);
  g_assert_nonnull (a2);
  g_assert_null (a3);
  g_assert_nonnull (strstr (a4, "xq"));
  g_assert_null (a5);
  g_assert_nonnull (a6);
}

/* ---- a submitted file of format 3 ---- */

/* A small content of version 3 whose values version 4 converts (a city,
 * a country and languages as names, obligations in Russian). */
static const char v3_content[] =
  "INSERT INTO proposal (id, status, title_en, languages) VALUES (1, 'draft', 'Old proposal', 'kk, Russian');\n"
  "INSERT INTO institution (id, role, name_en, country, city) VALUES\n"
  "  (1, 'kazakh_ohpe', 'Taraz University', 'KZ', 'Тараз'),\n"
  "  (2, 'foreign_ohpe', 'TU Berlin', 'Germany', 'Berlin');\n"
  "UPDATE proposal SET applicant_id = 1;\n"
  "INSERT INTO agreement (id, kind, partner_id, obligations) VALUES\n"
  "  (1, 'contract', 2, 'Стороны разрабатывают совместные программы.');\n";

static char *
v3_file_with (const char *name, const char *content)
{
  char *path = sk_test_tmp_path (name);
  g_autoptr (GString) sql = g_string_new (NULL);
  sqlite3 *db = NULL;

  sk_core_ensure_resources ();
  for (int v = 1; v <= 3; v++)
    {
      g_autofree char *res = g_strdup_printf ("/kz/seriktes/core/schema/v%d.sql", v);
      g_autoptr (GBytes) bytes = g_resources_lookup_data (res, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_assert_nonnull (bytes);
      g_string_append_len (sql, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes));
    }
  g_string_append_printf (sql, "PRAGMA application_id = %d; PRAGMA user_version = 3;\n%s",
                          (int) SK_APPLICATION_ID, content);
  g_remove (path);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql->str, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  return path;
}

static void
replace_once (GString *text, const char *from, const char *to)
{
  const char *at = strstr (text->str, from);

  g_assert_nonnull (at);
  g_string_erase (text, at - text->str, (gssize) strlen (from));
  g_string_insert (text, at - text->str, to);
}

/* The fingerprint version 3 took of v3_content: the canonical text of
 * version 4 with the values as version 3 wrote them (written out here,
 * independently of the program's own conversion back). */
static char *
v3_fingerprint (void)
{
  g_autofree char *draft = v3_file_with ("v3-draft.seriktes", v3_content);
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = sk_proposal_open (draft, SK_OPEN_READ_ONLY, &error);
  g_autofree char *text = NULL;
  g_autoptr (GString) canonical = NULL;

  g_assert_no_error (error);
  text = sk_review_canonical_json (p);
  canonical = g_string_new (text);
  replace_once (canonical, "\"city\":{\"ru\":\"Тараз\"}", "\"city\":\"Тараз\"");
  replace_once (canonical, "\"city\":{\"en\":\"Berlin\"}", "\"city\":\"Berlin\"");
  replace_once (canonical, "\"country\":\"DE\"", "\"country\":\"Germany\"");
  replace_once (canonical, "\"languages\":\"kk,ru\"", "\"languages\":\"kk, Russian\"");
  replace_once (canonical, "\"obligations\":{\"ru\":\"Стороны разрабатывают совместные программы.\"}",
                "\"obligations\":\"Стороны разрабатывают совместные программы.\"");
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, canonical->str, (gssize) canonical->len);
}

/* v3_content submitted under version 3 with @fingerprint, then changed by
 * @after (SQL, or NULL). */
static char *
submitted_v3 (const char *name, const char *fingerprint, const char *after)
{
  g_autofree char *content = g_strdup_printf (
    "%s"
    "UPDATE proposal SET status = 'submitted', fingerprint = '%s';\n"
    "INSERT INTO status_event (id, from_status, to_status, changed_by, changed_at, fingerprint, errors, warnings)\n"
    "  VALUES (1, 'draft', 'submitted', 'Applicant', '2026-11-20T10:00:00+05:00', '%s', 0, 1);\n"
    "%s",
    v3_content, fingerprint, fingerprint, after ? after : "");
  return v3_file_with (name, content);
}

static void
assert_renewed (SkProposal *p, const char *old)
{
  g_autoptr (GPtrArray) history = sk_review_history (p, "en");
  g_autoptr (GPtrArray) history_kk = sk_review_history (p, "kk");
  g_autofree char *now = sk_review_fingerprint (p);
  SkHistoryEntry *last;

  g_assert_null (sk_review_history_problem (p));
  g_assert_cmpstr (sk_record_get_string (sk_proposal_get_info (p), "status"), ==, "submitted");
  g_assert_cmpstr (sk_record_get_string (sk_proposal_get_info (p), "fingerprint"), ==, now);
  g_assert_cmpstr (now, !=, old);
  g_assert_cmpint (sk_review_verify (p), ==, SK_FINGERPRINT_MATCHES);
  g_assert_cmpuint (history->len, ==, 2);
  last = history->pdata[1];
  g_assert_cmpstr (last->what, ==, "Fingerprint renewed by the upgrade to file format 4; "
                                   "the content was unchanged since submission");
  g_assert_cmpstr (last->who, ==, "Seriktes");
  g_assert_null (last->note);
  g_assert_cmpstr (sk_record_get_string (last->event, "fingerprint"), ==, now);
  /* Translated, and not counted as a submission. */
  g_assert_cmpstr (((SkHistoryEntry *) history_kk->pdata[1])->what, !=, last->what);
}

static void
test_submitted_v3_unchanged (void)
{
  g_autofree char *old = v3_fingerprint ();
  g_autofree char *path = submitted_v3 ("v3-submitted.seriktes", old, NULL);
  g_autofree char *before = sk_test_file_digest (path);
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) p = NULL;

  /* Read only: renewed in memory, the file as it was. */
  p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  assert_renewed (p, old);
  g_clear_object (&p);
  after = sk_test_file_digest (path);
  g_assert_cmpstr (before, ==, after);

  /* For editing: migrated and renewed in the file, once. */
  p = sk_proposal_open (path, 0, &error);
  g_assert_no_error (error);
  assert_renewed (p, old);
  g_clear_object (&p);
  p = sk_proposal_open (path, SK_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  assert_renewed (p, old);
  /* The review goes on from there. */
  g_clear_object (&p);
  p = sk_proposal_open (path, 0, &error);
  g_assert_no_error (error);
  g_assert_true (sk_review_transition (p, "under_review", "Reviewer", NULL, &error));
  g_assert_no_error (error);
}

static void
test_submitted_v3_changed (void)
{
  g_autofree char *old = v3_fingerprint ();
  /* Changed after submission (under version 3). */
  g_autofree char *path = submitted_v3 ("v3-changed.seriktes", old,
                                        "UPDATE agreement SET obligations = 'Стороны ничего не обязуются.' WHERE id = 1;\n");
  g_autoptr (GError) error = NULL;

  for (int read_only = 1; read_only >= 0; read_only--)
    {
      g_autoptr (SkProposal) p = sk_proposal_open (path, read_only ? SK_OPEN_READ_ONLY : 0, &error);
      g_autoptr (GPtrArray) history = NULL;

      g_assert_no_error (error);
      history = sk_review_history (p, "en");
      g_assert_null (sk_review_history_problem (p));
      g_assert_cmpstr (sk_record_get_string (sk_proposal_get_info (p), "fingerprint"), ==, old);
      g_assert_cmpint (sk_review_verify (p), ==, SK_FINGERPRINT_MISMATCH);
      g_assert_cmpuint (history->len, ==, 1);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  sk_init_i18n ();
  g_test_add_func ("/sk/upgrade/iso-names", test_iso_names);
  g_test_add_func ("/sk/upgrade/text-language", test_text_language);
  g_test_add_func ("/sk/upgrade/migration-v3", test_migration_v3);
  g_test_add_func ("/sk/upgrade/json-v3", test_json_v3);
  g_test_add_func ("/sk/upgrade/submitted-v3-unchanged", test_submitted_v3_unchanged);
  g_test_add_func ("/sk/upgrade/submitted-v3-changed", test_submitted_v3_changed);
  g_test_add_func ("/sk/upgrade/json-v4-strict", test_json_v4_strict);
  g_test_add_func ("/sk/upgrade/role-filter", test_role_filter);
  g_test_add_func ("/sk/upgrade/code-labels", test_code_labels);
  g_test_add_func ("/sk/upgrade/code-advice", test_code_advice);
  return g_test_run ();
}
