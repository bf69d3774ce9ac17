/* sk-record.c: one record of a proposal */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sk-error.h"
#include "sk-record-private.h"

/* The largest magnitude of a REAL field (see sk_field_validate). */
#define SK_REAL_MAX 1e15

struct _SkRecord
{
  GObject parent_instance;

  const SkKind *kind;
  gint64 id;
  gboolean attached;
  GVariant **values; /* kind->n_fields entries, NULL when unset */
};

enum { SIGNAL_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SkRecord, sk_record, G_TYPE_OBJECT)

static void
sk_record_finalize (GObject *object)
{
  SkRecord *self = SK_RECORD (object);

  for (guint i = 0; self->kind && i < self->kind->n_fields; i++)
    g_clear_pointer (&self->values[i], g_variant_unref);
  g_free (self->values);

  G_OBJECT_CLASS (sk_record_parent_class)->finalize (object);
}

static void
sk_record_class_init (SkRecordClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_record_finalize;

  /**
   * SkRecord::changed:
   *
   * The values of a record of an open proposal changed (an edit, an undo
   * or a redo).
   */
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
}

static void
sk_record_init (SkRecord *self)
{
}

SkRecord *
_sk_record_new_unset (const SkKind *kind)
{
  SkRecord *self = g_object_new (SK_TYPE_RECORD, NULL);

  self->kind = kind;
  self->values = g_new0 (GVariant *, kind->n_fields);
  return self;
}

SkRecord *
sk_record_new (const SkKind *kind)
{
  SkRecord *self;

  g_return_val_if_fail (kind != NULL, NULL);

  self = _sk_record_new_unset (kind);
  for (guint i = 0; i < kind->n_fields; i++)
    {
      const SkField *f = &kind->fields[i];
      if (f->type == SK_FIELD_BOOL)
        self->values[i] = g_variant_ref_sink (g_variant_new_boolean (FALSE));
      else if (f->type == SK_FIELD_ENUM && (f->flags & SK_FIELD_REQUIRED))
        self->values[i] = g_variant_ref_sink (g_variant_new_string (f->enum_values[0].code));
    }
  return self;
}

SkRecord *
sk_record_copy (SkRecord *self)
{
  SkRecord *copy;

  g_return_val_if_fail (SK_IS_RECORD (self), NULL);

  copy = sk_record_new (self->kind);
  copy->id = self->id;
  for (guint i = 0; i < self->kind->n_fields; i++)
    _sk_record_set_at (copy, i, self->values[i]);
  return copy;
}

const SkKind *
sk_record_get_kind (SkRecord *self)
{
  g_return_val_if_fail (SK_IS_RECORD (self), NULL);
  return self->kind;
}

gint64
sk_record_get_id (SkRecord *self)
{
  g_return_val_if_fail (SK_IS_RECORD (self), 0);
  return self->id;
}

void
_sk_record_set_id (SkRecord *self, gint64 id)
{
  self->id = id;
}

const gint64 *
_sk_record_id_key (SkRecord *self)
{
  return &self->id;
}

void
_sk_record_attach (SkRecord *self)
{
  self->attached = TRUE;
}

gboolean
_sk_record_is_attached (SkRecord *self)
{
  return self->attached;
}

void
_sk_record_set_at (SkRecord *self, guint index, GVariant *value)
{
  g_assert (index < self->kind->n_fields);
  if (value)
    g_variant_ref_sink (value);
  g_clear_pointer (&self->values[index], g_variant_unref);
  self->values[index] = value;
}

static gboolean
values_equal (GVariant *a, GVariant *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_variant_equal (a, b);
}

void
_sk_record_assign (SkRecord *self, SkRecord *from)
{
  gboolean changed = FALSE;

  g_assert (self->kind == from->kind);
  for (guint i = 0; i < self->kind->n_fields; i++)
    if (!values_equal (self->values[i], from->values[i]))
      {
        _sk_record_set_at (self, i, from->values[i]);
        changed = TRUE;
      }
  if (changed)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

GVariant *
sk_record_get_value_at (SkRecord *self, guint index)
{
  g_return_val_if_fail (SK_IS_RECORD (self), NULL);
  g_return_val_if_fail (index < self->kind->n_fields, NULL);
  return self->values[index];
}

static int
field_index_or_warn (SkRecord *self, const char *field)
{
  int i = sk_kind_field_index (self->kind, field);
  if (i < 0)
    g_critical ("Record kind %s has no field %s", self->kind->name, field);
  return i;
}

GVariant *
sk_record_get_value (SkRecord *self, const char *field)
{
  int i;

  g_return_val_if_fail (SK_IS_RECORD (self), NULL);
  i = field_index_or_warn (self, field);
  return i < 0 ? NULL : self->values[i];
}

gboolean
sk_record_is_set (SkRecord *self, const char *field)
{
  return sk_record_get_value (self, field) != NULL;
}

const char *
sk_record_get_string (SkRecord *self, const char *field)
{
  GVariant *v = sk_record_get_value (self, field);
  if (v == NULL || !g_variant_is_of_type (v, G_VARIANT_TYPE_STRING))
    return NULL;
  return g_variant_get_string (v, NULL);
}

gint64
sk_record_get_int (SkRecord *self, const char *field, gint64 unset)
{
  GVariant *v = sk_record_get_value (self, field);
  if (v == NULL || !g_variant_is_of_type (v, G_VARIANT_TYPE_INT64))
    return unset;
  return g_variant_get_int64 (v);
}

gboolean
sk_record_get_bool (SkRecord *self, const char *field)
{
  GVariant *v = sk_record_get_value (self, field);
  return v != NULL && g_variant_is_of_type (v, G_VARIANT_TYPE_BOOLEAN) &&
         g_variant_get_boolean (v);
}

double
sk_record_get_double (SkRecord *self, const char *field, double unset)
{
  GVariant *v = sk_record_get_value (self, field);
  if (v == NULL || !g_variant_is_of_type (v, G_VARIANT_TYPE_DOUBLE))
    return unset;
  return g_variant_get_double (v);
}

static const char *
text3_in (SkRecord *self, const char *group, const char *lang)
{
  const SkField *f = sk_kind_text3 (self->kind, group, lang);
  const char *s;

  if (f == NULL)
    return NULL;
  s = sk_record_get_string (self, f->name);
  return (s && *s) ? s : NULL;
}

const char *
sk_record_get_text3 (SkRecord *self, const char *group, const char *lang,
                     gboolean fallback, const char **used_lang)
{
  const char *s;

  g_return_val_if_fail (SK_IS_RECORD (self), NULL);

  s = text3_in (self, group, lang);
  if (s || !fallback)
    {
      if (used_lang)
        *used_lang = s ? lang : NULL;
      return s;
    }
  /* English first for a foreign reader, then the others in order. */
  static const char * const order[] = { "en", "kk", "ru" };
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if ((s = text3_in (self, group, order[i])))
      {
        if (used_lang)
          *used_lang = order[i];
        return s;
      }
  if (used_lang)
    *used_lang = NULL;
  return NULL;
}

void
sk_record_set_value (SkRecord *self, const char *field, GVariant *value)
{
  int i;

  g_return_if_fail (SK_IS_RECORD (self));
  g_return_if_fail (!self->attached);
  i = field_index_or_warn (self, field);
  if (i < 0)
    {
      if (value)
        g_variant_unref (g_variant_ref_sink (value));
      return;
    }
  _sk_record_set_at (self, (guint) i, value);
}

void
sk_record_set_string (SkRecord *self, const char *field, const char *value)
{
  sk_record_set_value (self, field, value ? g_variant_new_string (value) : NULL);
}

void
sk_record_set_int (SkRecord *self, const char *field, gint64 value)
{
  sk_record_set_value (self, field, g_variant_new_int64 (value));
}

void
sk_record_set_bool (SkRecord *self, const char *field, gboolean value)
{
  sk_record_set_value (self, field, g_variant_new_boolean (value));
}

void
sk_record_set_double (SkRecord *self, const char *field, double value)
{
  sk_record_set_value (self, field, g_variant_new_double (value));
}

gboolean
sk_record_equal (SkRecord *a, SkRecord *b)
{
  if (a->kind != b->kind || a->id != b->id)
    return FALSE;
  for (guint i = 0; i < a->kind->n_fields; i++)
    if (!values_equal (a->values[i], b->values[i]))
      return FALSE;
  return TRUE;
}

const GVariantType *
sk_field_variant_type (const SkField *field)
{
  switch (field->type)
    {
    case SK_FIELD_INT:
    case SK_FIELD_MONEY:
    case SK_FIELD_REF:
      return G_VARIANT_TYPE_INT64;
    case SK_FIELD_BOOL:
      return G_VARIANT_TYPE_BOOLEAN;
    case SK_FIELD_REAL:
      return G_VARIANT_TYPE_DOUBLE;
    case SK_FIELD_TEXT:
    case SK_FIELD_DATE:
    case SK_FIELD_ENUM:
    default:
      return G_VARIANT_TYPE_STRING;
    }
}

static gboolean
date_valid (const char *s)
{
  guint y, m, d;
  char tail;

  if (strlen (s) != 10 || s[4] != '-' || s[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (s[i]))
      return FALSE;
  if (sscanf (s, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3)
    return FALSE;
  return y >= 1 && m >= 1 && m <= 12 &&
         g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

gboolean
sk_field_validate (const SkField *field, GVariant *value, GError **error)
{
  const char *label = _(field->label);

  if (value == NULL)
    {
      if (field->flags & SK_FIELD_REQUIRED)
        {
          g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                       _("“%s” is required."), label);
          return FALSE;
        }
      return TRUE;
    }

  if (!g_variant_is_of_type (value, sk_field_variant_type (field)))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   _("“%s” has a value of the wrong type."), label);
      return FALSE;
    }

  switch (field->type)
    {
    case SK_FIELD_TEXT:
      {
        const char *s = g_variant_get_string (value, NULL);
        if (!g_utf8_validate (s, -1, NULL))
          {
            g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                         _("“%s” is not valid UTF-8 text."), label);
            return FALSE;
          }
        if (g_utf8_strlen (s, -1) > field->max)
          {
            g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                         g_dngettext (GETTEXT_PACKAGE, "“%s” is longer than %lld character.",
                                      "“%s” is longer than %lld characters.", (gulong) field->max),
                         label, (long long) field->max);
            return FALSE;
          }
        if ((field->flags & SK_FIELD_REQUIRED) && *s == '\0')
          {
            g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                         _("“%s” is required."), label);
            return FALSE;
          }
        return TRUE;
      }
    case SK_FIELD_DATE:
      if (!date_valid (g_variant_get_string (value, NULL)))
        {
          const char *s = g_variant_get_string (value, NULL);
          guint y, m, d;
          char tail;

          /* The right form, but no such day: say so. */
          if (strlen (s) == 10 && sscanf (s, "%4u-%2u-%2u%c", &y, &m, &d, &tail) == 3 && y >= 1 &&
              m >= 1 && m <= 12 && d >= 1)
            {
              guint days = g_date_get_days_in_month ((GDateMonth) m, (GDateYear) y);
              g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                           /* TRANSLATORS: the date typed, the month's number, the year and the number of its
                            * days, e.g. "2025-02-30 is not a date: month 2 of 2025 has 28 days." */
                           g_dngettext (GETTEXT_PACKAGE, "%s is not a date: month %u of %u has %u day.",
                                        "%s is not a date: month %u of %u has %u days.", days),
                           s, m, y, days);
            }
          else
            g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                         _("“%s” is not a date of the form YYYY-MM-DD."), label);
          return FALSE;
        }
      return TRUE;
    case SK_FIELD_ENUM:
      if (sk_field_enum_value (field, g_variant_get_string (value, NULL)) == NULL)
        {
          g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                       _("“%s” cannot be “%s”."), label, g_variant_get_string (value, NULL));
          return FALSE;
        }
      return TRUE;
    case SK_FIELD_INT:
    case SK_FIELD_MONEY:
      {
        gint64 n = g_variant_get_int64 (value);
        if (n < field->min || n > field->max)
          {
            g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                         /* TRANSLATORS: a field's label, then its lowest and highest value (numbers after "between", no noun agrees with them) */
                         _("“%s” must be between %lld and %lld."),
                         label, (long long) field->min, (long long) field->max);
            return FALSE;
          }
        return TRUE;
      }
    case SK_FIELD_REF:
      if (g_variant_get_int64 (value) <= 0)
        {
          g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                       _("“%s” does not name a record."), label);
          return FALSE;
        }
      return TRUE;
    case SK_FIELD_REAL:
      if (!isfinite (g_variant_get_double (value)))
        {
          g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                       _("“%s” must be a finite number."), label);
          return FALSE;
        }
      /* Indicators are counts and shares, far below this bound, which
       * keeps every value writable as JSON: json-glib 1.6 writes a double
       * of 1e17 or more with one digit as "1e+22.0", which is no JSON. */
      if (fabs (g_variant_get_double (value)) > SK_REAL_MAX)
        {
          g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                       _("“%s” must be between %lld and %lld."),
                       label, (long long) -SK_REAL_MAX, (long long) SK_REAL_MAX);
          return FALSE;
        }
      return TRUE;
    case SK_FIELD_BOOL:
    default:
      return TRUE;
    }
}
