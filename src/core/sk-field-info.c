/* sk-field-info.c: what the fields of the record kinds mean */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-bin.h"
#include "sk-error.h"
#include "sk-field-info.h"
#include "sk-i18n.h"
#include "sk-iso.h"
#include "sk-rank.h"

SkFieldUnit
sk_field_unit (const SkField *field)
{
  if (field->type == SK_FIELD_MONEY)
    return SK_UNIT_TENGE;
  if (field->type != SK_FIELD_INT)
    return SK_UNIT_NONE;
  if (g_str_has_suffix (field->name, "_milli"))
    return SK_UNIT_THOUSANDTHS;
  if (g_str_has_suffix (field->name, "_bp"))
    return SK_UNIT_HUNDREDTHS;
  /* The schema's YEAR () fields. */
  if (field->min == 1900 && field->max == 2200)
    return SK_UNIT_YEAR;
  return SK_UNIT_NONE;
}

gint64
sk_field_unit_scale (const SkField *field)
{
  switch (sk_field_unit (field))
    {
    case SK_UNIT_THOUSANDTHS:
      return 1000;
    case SK_UNIT_HUNDREDTHS:
      return 100;
    case SK_UNIT_NONE:
    case SK_UNIT_TENGE:
    case SK_UNIT_YEAR:
    default:
      return 1;
    }
}

/* ---- derived values ---- */

static gboolean
is_rank (const SkField *field, const char *name)
{
  return g_str_equal (field->name, name);
}

gboolean
sk_field_is_derived (const SkField *field)
{
  return is_rank (field, "rank_lower") || is_rank (field, "rank_upper");
}

gboolean
sk_field_has_derived (const SkField *field)
{
  return is_rank (field, "rank_text");
}

void
sk_record_derive (SkRecord *record)
{
  const SkKind *kind = sk_record_get_kind (record);
  const char *text;
  SkRank rank;

  if (!g_str_equal (kind->name, SK_KIND_RANKING))
    return;
  text = sk_record_get_string (record, "rank_text");
  if (text && sk_rank_parse (text, &rank, NULL) && rank.ranked)
    {
      sk_record_set_int (record, "rank_lower", rank.lower);
      sk_record_set_value (record, "rank_upper", rank.upper ? g_variant_new_int64 (rank.upper) : NULL);
    }
  else
    {
      sk_record_set_value (record, "rank_lower", NULL);
      sk_record_set_value (record, "rank_upper", NULL);
    }
}

/* ---- codes ---- */

static const SkEnumValue units[] = {
  /* TRANSLATORS: the unit of a target indicator (a number of people) */
  { "persons", N_("people") },
  /* TRANSLATORS: the unit of a target indicator */
  { "publications", N_("publications") },
  /* TRANSLATORS: the unit of a target indicator */
  { "projects", N_("projects") },
  /* TRANSLATORS: the unit of a target indicator */
  { "programmes", N_("programmes") },
  /* TRANSLATORS: the unit of a target indicator */
  { "agreements", N_("agreements") },
  /* TRANSLATORS: the unit of a target indicator */
  { "events", N_("events") },
  /* TRANSLATORS: the unit of a target indicator: a share in per cent */
  { "percent", N_("per cent") },
  { NULL, NULL }
};

/* ---- advice ---- */

/* The shares of all shareholders of the same joint venture with @bp for
 * @record, in hundredths of a per cent. */
static gint64
shares_total (SkProposal *proposal, SkRecord *record, gint64 bp)
{
  GListModel *all = sk_proposal_get_records (proposal, SK_KIND_SHAREHOLDER);
  gint64 jv = sk_record_get_int (record, "joint_venture_id", 0), total = bp;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (all, i);
      if (sk_record_get_id (r) != sk_record_get_id (record) && sk_record_get_int (r, "joint_venture_id", 0) == jv)
        total += sk_record_get_int (r, "share_bp", 0);
    }
  return total;
}

char *
sk_field_advice (SkProposal *proposal, SkRecord *record, const SkField *field, GVariant *value)
{
  if (value == NULL && field->group)
    {
      /* Trilingual content: say which language is missing when another
       * has it. */
      for (guint l = 0; l < SK_N_LANGUAGES; l++)
        if (sk_record_get_text3 (record, field->group, sk_content_languages[l], FALSE, NULL))
          return g_strdup (_("Missing in this language: the PDF in this language will show another."));
      return NULL;
    }
  if (value == NULL)
    return NULL;
  if (sk_field_codes (field) == SK_CODES_COUNTRY &&
      sk_iso_country_name (g_variant_get_string (value, NULL), "en") == NULL)
    /* TRANSLATORS: a country kept as it was written in an older file */
    return g_strdup (_("Not a country of the ISO 3166 list: choose the country from the list."));
  if (sk_field_codes (field) == SK_CODES_LANGUAGES)
    {
      g_auto (GStrv) codes = sk_iso_language_list (g_variant_get_string (value, NULL));
      for (guint i = 0; codes[i]; i++)
        if (sk_iso_language_name (codes[i], "en") == NULL)
          /* TRANSLATORS: %s is what an older file has instead of a language code */
          return g_strdup_printf (_("“%s” is not a language of the ISO 639 list: choose the languages from the list."), codes[i]);
    }
  if (sk_field_codes (field) == SK_CODES_UNIT)
    {
      const char *unit = g_variant_get_string (value, NULL);
      gboolean known = FALSE;
      for (guint i = 0; units[i].code; i++)
        known |= g_str_equal (units[i].code, unit);
      if (!known)
        /* TRANSLATORS: a unit kept as it was written in an older file */
        return g_strdup (_("Not a unit of the list: the PDF shows it as written. Choose a unit from the list."));
    }
  if (g_str_equal (field->name, "bin"))
    {
      SkBinStatus status = sk_bin_check (g_variant_get_string (value, NULL));
      return status == SK_BIN_VALID ? NULL : g_strdup (sk_bin_status_message (status));
    }
  if (g_str_equal (field->name, "rank_text"))
    {
      SkRank rank;
      g_autoptr (GError) error = NULL;
      return sk_rank_parse (g_variant_get_string (value, NULL), &rank, &error) ? NULL : g_strdup (error->message);
    }
  if (sk_field_unit (field) == SK_UNIT_HUNDREDTHS && g_str_equal (sk_record_get_kind (record)->name, SK_KIND_SHAREHOLDER) &&
      shares_total (proposal, record, g_variant_get_int64 (value)) > 100 * 100)
    return g_strdup (_("The shares of this joint venture add up to more than 100 %."));
  return NULL;
}

gboolean
sk_field_accepts (const SkField *field, GVariant *value, GError **error)
{
  if (value && g_str_equal (field->name, "bin"))
    {
      SkBinStatus status = sk_bin_check (g_variant_get_string (value, NULL));
      if (status == SK_BIN_WRONG_LENGTH || status == SK_BIN_NOT_DIGITS)
        {
          g_set_error_literal (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE, sk_bin_status_message (status));
          return FALSE;
        }
    }
  return TRUE;
}

/* ---- new records ---- */

static gint64
first_year (SkProposal *proposal)
{
  const char *start = sk_record_get_string (sk_proposal_get_info (proposal), "term_start");
  g_autoptr (GDateTime) now = NULL;

  if (start && g_ascii_isdigit (start[0]))
    return g_ascii_strtoll (start, NULL, 10);
  now = g_date_time_new_now_local ();
  return g_date_time_get_year (now);
}

/* The one record that fits the reference @f of @record, or NULL. */
static SkRecord *
only_fitting (SkProposal *proposal, SkRecord *record, const SkField *f)
{
  GListModel *targets = sk_proposal_get_records (proposal, f->ref_kind);
  SkRecord *only = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (targets, i);

      if (!sk_field_ref_fits (sk_record_get_kind (record), f, r))
        continue;
      if (only)
        return NULL;
      only = r;
    }
  return only;
}

/* References that are no real choice: a required one, or one of a role
 * (a programme's foreign partner), with exactly one record that fits; a
 * lecturer's home institution is the applicant, and the side follows it. */
static void
fill_references (SkProposal *proposal, SkRecord *record, const char *owner_field)
{
  const SkKind *kind = sk_record_get_kind (record);

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const SkField *f = &kind->fields[i];
      SkRecord *only;

      if (f->type != SK_FIELD_REF || (owner_field && g_str_equal (f->name, owner_field)) ||
          sk_record_get_value_at (record, i) != NULL ||
          (!(f->flags & SK_FIELD_REQUIRED) && sk_field_ref_role (kind, f) == NULL))
        continue;
      if ((only = only_fitting (proposal, record, f)))
        sk_record_set_int (record, f->name, sk_record_get_id (only));
    }
  if (g_str_equal (kind->name, SK_KIND_STAFF))
    {
      gint64 applicant = sk_record_get_int (sk_proposal_get_info (proposal), "applicant_id", 0);

      if (applicant && sk_proposal_lookup (proposal, SK_KIND_INSTITUTION, applicant))
        {
          sk_record_set_int (record, "institution_id", applicant);
          sk_record_follow (proposal, record, "institution_id");
        }
    }
}

/* The value a required choice of a new record has before the user makes
 * it: only where the domain gives one. A remark is written open (the
 * review workflow starts there); a lecturer's side follows the home
 * institution (fill_references). Every other choice (an institution's
 * role, a programme's level, an indicator's kind, a financing source, a
 * ranking's publisher and scope…) is the user's to make: no first value
 * of the list stands in for it. */
static const char *
new_choice (const SkKind *kind, const SkField *f)
{
  if (g_str_equal (kind->name, SK_KIND_REMARK) && g_str_equal (f->name, "state"))
    return "open";
  return NULL;
}

SkRecord *
sk_record_new_for (SkProposal *proposal, const char *kind_name, const char *owner_field, gint64 owner_id)
{
  const SkKind *kind = sk_schema_kind (kind_name);
  SkRecord *record;

  g_return_val_if_fail (kind != NULL && !kind->singleton, NULL);
  record = sk_record_new (kind);
  for (guint i = 0; i < kind->n_fields; i++)
    {
      const SkField *f = &kind->fields[i];

      if (owner_field && g_str_equal (f->name, owner_field))
        sk_record_set_int (record, f->name, owner_id);
      else if (!(f->flags & SK_FIELD_REQUIRED))
        continue;
      else if (f->type == SK_FIELD_ENUM)
        {
          const char *choice = new_choice (kind, f);
          sk_record_set_value (record, f->name, choice ? g_variant_new_string (choice) : NULL);
        }
      else if (sk_field_unit (f) == SK_UNIT_YEAR)
        sk_record_set_int (record, f->name, first_year (proposal));
      else if (sk_field_unit (f) == SK_UNIT_THOUSANDTHS && g_str_equal (f->name, "fte_milli"))
        sk_record_set_int (record, f->name, 1000); /* a full position */
      else if (g_str_equal (f->name, "created"))
        {
          g_autoptr (GDateTime) now = g_date_time_new_now_local ();
          sk_record_set_value (record, f->name, g_variant_new_take_string (g_date_time_format_iso8601 (now)));
        }
    }
  fill_references (proposal, record, owner_field);
  return record;
}

gboolean
sk_proposal_fill_own_references (SkProposal *proposal)
{
  SkRecord *info = sk_proposal_get_info (proposal);
  const SkKind *kind = sk_record_get_kind (info);
  gboolean filled = FALSE;

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const SkField *f = &kind->fields[i];
      SkRecord *only;

      if (f->type != SK_FIELD_REF || sk_field_ref_role (kind, f) == NULL || sk_record_get_value_at (info, i) != NULL ||
          (only = only_fitting (proposal, info, f)) == NULL)
        continue;
      /* A proposal that may no longer change keeps its own. */
      filled |= sk_proposal_set (proposal, kind->name, sk_record_get_id (info), f->name,
                                 g_variant_new_int64 (sk_record_get_id (only)), NULL);
    }
  return filled;
}

SkRecord *
sk_record_new_next (SkProposal *proposal, SkRecord *previous)
{
  const SkKind *kind = sk_record_get_kind (previous);
  SkRecord *record = NULL;

  g_return_val_if_fail (!kind->singleton, NULL);
  /* The owners stay (the next target of the same indicator); a record
   * owned by nothing starts as a new one. */
  for (guint i = 0; i < kind->n_fields; i++)
    {
      const SkField *f = &kind->fields[i];

      if (f->type != SK_FIELD_REF || !(f->flags & SK_FIELD_CASCADE))
        continue;
      if (record == NULL)
        record = sk_record_new_for (proposal, kind->name, f->name, sk_record_get_int (previous, f->name, 0));
      else
        sk_record_set_int (record, f->name, sk_record_get_int (previous, f->name, 0));
    }
  return record ? record : sk_record_new_for (proposal, kind->name, NULL, 0);
}

const char *
sk_side_of_role (const char *role)
{
  if (g_strcmp0 (role, "kazakh_ohpe") == 0)
    return "kazakh";
  if (g_strcmp0 (role, "foreign_ohpe") == 0)
    return "foreign";
  return "other";
}

void
sk_record_follow (SkProposal *proposal, SkRecord *record, const char *field)
{
  const SkKind *kind = sk_record_get_kind (record);

  if (g_str_equal (kind->name, SK_KIND_STAFF) && g_str_equal (field, "institution_id"))
    {
      gint64 id = sk_record_get_int (record, "institution_id", 0);
      SkRecord *institution = id ? sk_proposal_lookup (proposal, SK_KIND_INSTITUTION, id) : NULL;

      if (institution)
        sk_record_set_string (record, "side", sk_side_of_role (sk_record_get_string (institution, "role")));
    }
}

gboolean
sk_record_is_complete (SkRecord *record, const SkField **missing)
{
  const SkKind *kind = sk_record_get_kind (record);

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const SkField *f = &kind->fields[i];
      GVariant *v;

      if (!(f->flags & SK_FIELD_REQUIRED))
        continue;
      v = sk_record_get_value_at (record, i);
      if (v == NULL || (f->type == SK_FIELD_TEXT && *g_variant_get_string (v, NULL) == '\0'))
        {
          if (missing)
            *missing = f;
          return FALSE;
        }
    }
  return TRUE;
}

/* What older files wrote instead of the codes. */
static const struct { const char *text; const char *code; } unit_words[] = {
  { "people", "persons" }, { "person", "persons" }, { "persons", "persons" },
  { "papers", "publications" }, { "paper", "publications" }, { "articles", "publications" },
  { "project", "projects" }, { "programme", "programmes" }, { "programs", "programmes" },
  { "%", "percent" }, { "percent", "percent" },
};

const SkEnumValue *
sk_indicator_units (void)
{
  return units;
}

const char *
sk_indicator_unit_from_text (const char *text)
{
  g_autofree char *stripped = NULL;
  g_autofree char *folded = NULL;

  if (text == NULL)
    return NULL;
  stripped = g_strstrip (g_strdup (text));
  folded = g_utf8_casefold (stripped, -1);
  for (guint i = 0; units[i].code; i++)
    if (g_str_equal (folded, units[i].code) ||
        g_utf8_collate (folded, sk_tr ("kk", units[i].label)) == 0 ||
        g_utf8_collate (folded, sk_tr ("ru", units[i].label)) == 0 ||
        g_str_equal (folded, units[i].label))
      return units[i].code;
  for (guint i = 0; i < G_N_ELEMENTS (unit_words); i++)
    if (g_str_equal (folded, unit_words[i].text))
      return unit_words[i].code;
  return NULL;
}

SkFieldCodes
sk_field_codes (const SkField *field)
{
  if (field->type != SK_FIELD_TEXT)
    return SK_CODES_NONE;
  if (g_str_equal (field->name, "country"))
    return SK_CODES_COUNTRY;
  if (g_str_equal (field->name, "languages"))
    return SK_CODES_LANGUAGES;
  if (g_str_equal (field->name, "unit"))
    return SK_CODES_UNIT;
  return SK_CODES_NONE;
}

char *
sk_field_code_label (const SkField *field, const char *value, const char *lang)
{
  if (value == NULL || *value == '\0')
    return NULL;
  switch (sk_field_codes (field))
    {
    case SK_CODES_COUNTRY:
      {
        const char *name = sk_iso_country_name (value, lang);
        return g_strdup (name ? name : value);
      }
    case SK_CODES_LANGUAGES:
      return sk_iso_languages_label (value, lang);
    case SK_CODES_UNIT:
      for (guint i = 0; units[i].code; i++)
        if (g_str_equal (units[i].code, value))
          return g_strdup (sk_tr (lang, units[i].label));
      return g_strdup (value);
    case SK_CODES_NONE:
    default:
      return g_strdup (value);
    }
}

/* ---- references by role ---- */

gboolean
sk_institution_is_kazakhstani (SkRecord *institution)
{
  const char *role = sk_record_get_string (institution, "role");
  const char *country = sk_record_get_string (institution, "country");

  if (g_strcmp0 (role, "kazakh_ohpe") == 0)
    return TRUE;
  if (g_strcmp0 (role, "foreign_ohpe") == 0)
    return FALSE;
  return country && g_strcmp0 (sk_iso_country_from_text (country), "KZ") == 0;
}

const char *
sk_field_ref_role (const SkKind *kind, const SkField *field)
{
  static const char * const kazakhstani[] = {
    "proposal.applicant_id", "branch.host_id", "certification_centre.host_id", NULL
  };
  static const char * const foreign[] = {
    "programme.partner_id", "branch.parent_id", "franchise.franchisor_id", NULL
  };
  g_autofree char *key = NULL;

  if (field->type != SK_FIELD_REF || g_strcmp0 (field->ref_kind, SK_KIND_INSTITUTION) != 0)
    return NULL;
  key = g_strdup_printf ("%s.%s", kind->name, field->name);
  if (g_strv_contains (kazakhstani, key))
    return "kazakh_ohpe";
  if (g_strv_contains (foreign, key))
    return "foreign_ohpe";
  return NULL;
}

gboolean
sk_field_ref_fits (const SkKind *kind, const SkField *field, SkRecord *target)
{
  const char *role = sk_field_ref_role (kind, field);

  return role == NULL || target == NULL || g_strcmp0 (sk_record_get_string (target, "role"), role) == 0;
}
