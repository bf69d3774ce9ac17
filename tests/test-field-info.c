/* test-field-info.c: what the fields mean beyond their type */
#include "config.h"

#include <glib/gstdio.h>

#include "sk-error.h"
#include "sk-field-info.h"
#include "sk-init.h"
#include "sk-test-util.h"

static const SkField *
field (const char *kind, const char *name)
{
  return sk_kind_field (sk_schema_kind (kind), name);
}

static void
test_units (void)
{
  g_assert_cmpint (sk_field_unit (field (SK_KIND_STAFF, "fte_milli")), ==, SK_UNIT_THOUSANDTHS);
  g_assert_cmpint (sk_field_unit_scale (field (SK_KIND_STAFF, "fte_milli")), ==, 1000);
  g_assert_cmpint (sk_field_unit (field (SK_KIND_SHAREHOLDER, "share_bp")), ==, SK_UNIT_HUNDREDTHS);
  g_assert_cmpint (sk_field_unit (field (SK_KIND_FINANCING, "amount_kzt")), ==, SK_UNIT_TENGE);
  g_assert_cmpint (sk_field_unit (field (SK_KIND_FINANCING, "year")), ==, SK_UNIT_YEAR);
  g_assert_cmpint (sk_field_unit (field (SK_KIND_PROGRAMME, "credits")), ==, SK_UNIT_NONE);
  g_assert_true (sk_field_is_derived (field (SK_KIND_RANKING, "rank_lower")));
  g_assert_false (sk_field_is_derived (field (SK_KIND_RANKING, "rank_text")));
  g_assert_true (sk_field_has_derived (field (SK_KIND_RANKING, "rank_text")));
}

static void
test_derive (void)
{
  g_autoptr (SkRecord) r = sk_record_new (sk_schema_kind (SK_KIND_RANKING));

  sk_record_set_string (r, "rank_text", "401–500");
  sk_record_derive (r);
  g_assert_cmpint (sk_record_get_int (r, "rank_lower", 0), ==, 401);
  g_assert_cmpint (sk_record_get_int (r, "rank_upper", 0), ==, 500);
  sk_record_set_string (r, "rank_text", "Reporter");
  sk_record_derive (r);
  g_assert_false (sk_record_is_set (r, "rank_lower"));
  g_assert_false (sk_record_is_set (r, "rank_upper"));
}

static void
test_new_record (void)
{
  g_autofree char *path = sk_test_tmp_path ("new-record.seriktes");
  g_autoptr (SkProposal) p = NULL;
  g_autoptr (SkRecord) staff = NULL;
  g_autoptr (SkRecord) line = NULL;
  g_autoptr (SkRecord) rank = NULL;
  const SkField *missing = NULL;
  g_autoptr (GError) error = NULL;

  g_unlink (path);
  p = sk_proposal_create (path, &error);
  g_assert_no_error (error);
  g_assert_true (sk_proposal_set (p, SK_KIND_PROPOSAL, 1, "term_start", g_variant_new_string ("2027-09-01"), &error));

  /* No placeholder text: the name is empty, and required. */
  staff = sk_record_new_for (p, SK_KIND_STAFF, NULL, 0);
  g_assert_null (sk_record_get_string (staff, "name"));
  g_assert_cmpint (sk_record_get_int (staff, "fte_milli", 0), ==, 1000);
  g_assert_false (sk_record_is_complete (staff, &missing));
  g_assert_cmpstr (missing->name, ==, "name");
  sk_record_set_string (staff, "name", "Aigerim Bekova");
  /* No applicant to take the side from: the side is the user's choice. */
  g_assert_false (sk_record_is_complete (staff, &missing));
  g_assert_cmpstr (missing->name, ==, "side");
  sk_record_set_string (staff, "side", "foreign");
  g_assert_true (sk_record_is_complete (staff, NULL));

  /* A year starts as the first year of the term; an amount is the user's. */
  line = sk_record_new_for (p, SK_KIND_FINANCING, NULL, 0);
  g_assert_cmpint (sk_record_get_int (line, "year", 0), ==, 2027);
  g_assert_false (sk_record_is_complete (line, &missing));
  /* The source is the user's choice too, not the first of the list. */
  g_assert_cmpstr (missing->name, ==, "source");
  sk_record_set_string (line, "source", "state_order");
  g_assert_false (sk_record_is_complete (line, &missing));
  g_assert_cmpstr (missing->name, ==, "amount_kzt");

  /* The owner is set. */
  rank = sk_record_new_for (p, SK_KIND_RANKING, "institution_id", 7);
  g_assert_cmpint (sk_record_get_int (rank, "institution_id", 0), ==, 7);
  g_assert_false (sk_record_is_set (rank, "rank_text"));
}

/* A new record's required choices are the user's: no first value of a
 * list stands in for them, and a record stored without one is refused. */
static void
test_new_choices (void)
{
  g_autofree char *path = sk_test_tmp_path ("new-choices.seriktes");
  g_autoptr (SkProposal) p = NULL;
  g_autoptr (GError) error = NULL;
  static const char *const unset[][2] = {
    { SK_KIND_INSTITUTION, "role" }, { SK_KIND_PROGRAMME, "level" }, { SK_KIND_INDICATOR, "kind" },
    { SK_KIND_RANKING, "publisher" }, { SK_KIND_RANKING, "scope" }, { SK_KIND_FINANCING, "source" },
    { SK_KIND_MOBILITY, "direction" }, { SK_KIND_MOBILITY, "category" }, { SK_KIND_STAFF, "side" },
  };

  g_unlink (path);
  p = sk_proposal_create (path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (unset); i++)
    {
      g_autoptr (SkRecord) r = sk_record_new_for (p, unset[i][0], NULL, 0);
      const SkField *missing = NULL;

      g_assert_false (sk_record_is_set (r, unset[i][1]));
      g_assert_false (sk_record_is_complete (r, &missing));
    }
  /* A remark is written open: the review starts there. */
  {
    g_autoptr (SkRecord) remark = sk_record_new_for (p, SK_KIND_REMARK, NULL, 0);
    g_assert_cmpstr (sk_record_get_string (remark, "state"), ==, "open");
  }
  /* Stored without its role, an institution is refused, and says why. */
  {
    g_autoptr (SkRecord) inst = sk_record_new_for (p, SK_KIND_INSTITUTION, NULL, 0);
    const SkField *missing = NULL;

    sk_record_set_string (inst, "name_kk", "Абай атындағы университет");
    g_assert_false (sk_record_is_complete (inst, &missing));
    g_assert_cmpstr (missing->name, ==, "role");
    g_assert_cmpint (sk_proposal_insert (p, inst, &error), ==, 0);
    g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
    g_assert_nonnull (strstr (error->message, "Role"));
    g_clear_error (&error);
    g_assert_cmpuint (sk_proposal_count (p, SK_KIND_INSTITUTION), ==, 0);
    sk_record_set_string (inst, "role", "kazakh_ohpe");
    g_assert_cmpint (sk_proposal_insert (p, inst, &error), >, 0);
    g_assert_no_error (error);
  }
  g_clear_object (&p);
  g_unlink (path);
}

static void
test_entry (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GVariant) short_bin = g_variant_ref_sink (g_variant_new_string ("ABC-123"));
  g_autoptr (GVariant) bad_check = g_variant_ref_sink (g_variant_new_string ("123456789012"));
  g_autoptr (GVariant) bad_date = g_variant_ref_sink (g_variant_new_string ("2025-02-30"));
  const SkField *bin = field (SK_KIND_INSTITUTION, "bin");

  g_assert_false (sk_field_accepts (bin, short_bin, &error));
  g_assert_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  /* Twelve digits are taken; a wrong check digit is advice, not refusal. */
  g_assert_true (sk_field_accepts (bin, bad_check, &error));
  g_assert_no_error (error);

  /* A day that does not exist is named. */
  g_assert_false (sk_field_validate (field (SK_KIND_PROPOSAL, "term_start"), bad_date, &error));
  g_assert_nonnull (strstr (error->message, "28"));
}

int
main (int argc, char **argv)
{
  sk_init_i18n ();
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sk/field-info/units", test_units);
  g_test_add_func ("/sk/field-info/derive", test_derive);
  g_test_add_func ("/sk/field-info/new-record", test_new_record);
  g_test_add_func ("/sk/field-info/new-choices", test_new_choices);
  g_test_add_func ("/sk/field-info/entry", test_entry);
  return g_test_run ();
}
