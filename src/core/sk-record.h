/* sk-record.h: one record of a proposal (an institution, a programme, ...) */
#pragma once

#include <glib-object.h>

#include "sk-schema.h"

G_BEGIN_DECLS

#define SK_TYPE_RECORD (sk_record_get_type ())
G_DECLARE_FINAL_TYPE (SkRecord, sk_record, SK, RECORD, GObject)

/* A detached record with default values (bools false, required enums on
 * their first value, everything else unset); fill it with the setters and
 * hand it to sk_proposal_insert(). */
SkRecord     *sk_record_new          (const SkKind *kind);
SkRecord     *sk_record_copy         (SkRecord *self);

const SkKind *sk_record_get_kind     (SkRecord *self);
gint64        sk_record_get_id       (SkRecord *self);

/* NULL when the field is unset. Borrowed. */
GVariant     *sk_record_get_value    (SkRecord *self, const char *field);
GVariant     *sk_record_get_value_at (SkRecord *self, guint index);

const char   *sk_record_get_string   (SkRecord *self, const char *field);
gint64        sk_record_get_int      (SkRecord *self, const char *field, gint64 unset);
gboolean      sk_record_get_bool     (SkRecord *self, const char *field);
double        sk_record_get_double   (SkRecord *self, const char *field, double unset);
gboolean      sk_record_is_set       (SkRecord *self, const char *field);

/* A trilingual text in @lang; when that is empty and @fallback is TRUE,
 * the first other language that has it (its code in @used_lang). */
const char   *sk_record_get_text3    (SkRecord *self, const char *group, const char *lang,
                                      gboolean fallback, const char **used_lang);

/* Setters for detached records only (records of an open proposal change
 * through sk_proposal_set()). A NULL value unsets. The value is sunk. */
void          sk_record_set_value    (SkRecord *self, const char *field, GVariant *value);
void          sk_record_set_string   (SkRecord *self, const char *field, const char *value);
void          sk_record_set_int      (SkRecord *self, const char *field, gint64 value);
void          sk_record_set_bool     (SkRecord *self, const char *field, gboolean value);
void          sk_record_set_double   (SkRecord *self, const char *field, double value);

gboolean      sk_record_equal        (SkRecord *a, SkRecord *b);

/* Is @value acceptable for @field (type, range, enum code, length)?
 * References are checked by the proposal, which knows the records. */
gboolean      sk_field_validate      (const SkField *field, GVariant *value, GError **error);
const GVariantType *sk_field_variant_type (const SkField *field);

G_END_DECLS
