/* sk-field-info.c: what the fields of the record kinds mean */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-bin.h"
#include "sk-error.h"
#include "sk-field-info.h"
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
  return record;
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
