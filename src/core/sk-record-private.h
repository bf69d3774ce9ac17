/* sk-record-private.h: what the proposal needs of a record */
#pragma once

#include "sk-record.h"

G_BEGIN_DECLS

/* A detached record with every field unset (no defaults), for filling
 * from a file. */
SkRecord *_sk_record_new_unset  (const SkKind *kind);
void     _sk_record_set_id      (SkRecord *self, gint64 id);
/* Where the record keeps its id: a key of a table of records by id that
 * lives as long as the record (the id never changes once attached). */
const gint64 *_sk_record_id_key (SkRecord *self);
void     _sk_record_attach      (SkRecord *self);
gboolean _sk_record_is_attached (SkRecord *self);
/* Replaces the values of an attached record by those of @from and emits
 * "changed" when any differ. */
void     _sk_record_assign      (SkRecord *self, SkRecord *from);
void     _sk_record_set_at      (SkRecord *self, guint index, GVariant *value);

G_END_DECLS
