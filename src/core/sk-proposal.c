/* sk-proposal.c: an open proposal file, its records, edits and undo */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "sk-error.h"
#include "sk-proposal-private.h"
#include "sk-record-private.h"
#include "sk-review-private.h"
#include "sk-store.h"

typedef struct {
  GListStore *store;     /* SkRecord sorted by id */
  GHashTable *by_id;     /* the record's own id (gint64*) -> SkRecord* (borrowed from store) */
  sqlite3_stmt *insert;
  sqlite3_stmt *delete;
  sqlite3_stmt **set_field; /* UPDATE of one field, by field index */
} KindData;

/* One row's change: before and after are NULL when the row does not exist. */
typedef struct {
  const SkKind *kind;
  gint64 id;
  SkRecord *before;
  SkRecord *after;
} Change;

typedef struct {
  char *label;
  GPtrArray *changes; /* Change*, in the order they were made */
  gboolean recorded;  /* a recorded step of the review: never undone */
} Group;

struct _SkProposal
{
  GObject parent_instance;

  char *path;
  sqlite3 *db;
  gboolean read_only;
  KindData *kinds;
  guint n_kinds;

  GPtrArray *undo;  /* Group*, most recent last */
  GPtrArray *redo;
  Group *open_group;
  guint group_depth;
  gint64 data_version; /* SQLite's count of other connections' commits, when last read */
  guint recording;        /* inside a recorded step of the review */
  GError *history_error;  /* the review history is impossible */
};

enum { PROP_0, PROP_PATH, PROP_READ_ONLY, PROP_CAN_UNDO, PROP_CAN_REDO, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { SIGNAL_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SkProposal, sk_proposal, G_TYPE_OBJECT)

static void
change_free (Change *c)
{
  g_clear_object (&c->before);
  g_clear_object (&c->after);
  g_free (c);
}

static Group *
group_new (const char *label)
{
  Group *g = g_new0 (Group, 1);
  g->label = g_strdup (label);
  g->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  return g;
}

static void
group_free (Group *g)
{
  g_free (g->label);
  g_ptr_array_unref (g->changes);
  g_free (g);
}

static void
finalize_statements (SkProposal *self)
{
  for (guint i = 0; i < self->n_kinds; i++)
    {
      const SkKind *kind = &sk_schema_kinds (NULL)[i];

      g_clear_pointer (&self->kinds[i].insert, sqlite3_finalize);
      g_clear_pointer (&self->kinds[i].delete, sqlite3_finalize);
      for (guint f = 0; self->kinds[i].set_field && f < kind->n_fields; f++)
        g_clear_pointer (&self->kinds[i].set_field[f], sqlite3_finalize);
    }
}

void
_sk_proposal_close (SkProposal *self)
{
  if (self->db == NULL)
    return;
  finalize_statements (self);
  sqlite3_close (self->db);
  self->db = NULL;
}

static void
sk_proposal_finalize (GObject *object)
{
  SkProposal *self = SK_PROPOSAL (object);

  _sk_proposal_close (self);
  for (guint i = 0; i < self->n_kinds; i++)
    {
      g_clear_pointer (&self->kinds[i].by_id, g_hash_table_unref);
      g_clear_object (&self->kinds[i].store);
      g_free (self->kinds[i].set_field);
    }
  g_free (self->kinds);
  g_ptr_array_unref (self->undo);
  g_ptr_array_unref (self->redo);
  g_clear_pointer (&self->open_group, group_free);
  g_clear_error (&self->history_error);
  g_free (self->path);

  G_OBJECT_CLASS (sk_proposal_parent_class)->finalize (object);
}

static void
sk_proposal_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SkProposal *self = SK_PROPOSAL (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, sk_proposal_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, sk_proposal_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_proposal_class_init (SkProposalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sk_proposal_finalize;
  object_class->get_property = sk_proposal_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SkProposal::changed:
   *
   * The content changed: an edit, a group of edits, an undo or a redo.
   */
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
}

static void
sk_proposal_init (SkProposal *self)
{
  const SkKind *kinds = sk_schema_kinds (&self->n_kinds);

  self->kinds = g_new0 (KindData, self->n_kinds);
  for (guint i = 0; i < self->n_kinds; i++)
    {
      self->kinds[i].store = g_list_store_new (SK_TYPE_RECORD);
      self->kinds[i].by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
      self->kinds[i].set_field = g_new0 (sqlite3_stmt *, kinds[i].n_fields);
    }
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
}

static KindData *
kind_data (SkProposal *self, const SkKind *kind)
{
  const SkKind *kinds = sk_schema_kinds (NULL);
  return &self->kinds[kind - kinds];
}

static const SkKind *
kind_or_error (const char *name, GError **error)
{
  const SkKind *kind = sk_schema_kind (name);
  if (kind == NULL)
    g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NOT_FOUND,
                 _("There are no records of the kind “%s”."), name);
  return kind;
}

/* ---- the in-memory model ---- */

static guint
lower_bound (GListModel *model, gint64 id)
{
  guint lo = 0, hi = g_list_model_get_n_items (model);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr (SkRecord) r = g_list_model_get_item (model, mid);
      if (sk_record_get_id (r) < id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
model_apply (SkProposal *self, const SkKind *kind, gint64 id, SkRecord *state)
{
  KindData *d = kind_data (self, kind);
  SkRecord *current = g_hash_table_lookup (d->by_id, &id);

  if (state == NULL)
    {
      if (current)
        {
          guint pos = lower_bound (G_LIST_MODEL (d->store), id);
          g_hash_table_remove (d->by_id, &id);
          g_list_store_remove (d->store, pos);
        }
    }
  else if (current)
    _sk_record_assign (current, state);
  else
    {
      g_autoptr (SkRecord) r = sk_record_copy (state);
      _sk_record_attach (r);
      g_hash_table_replace (d->by_id, (gpointer) _sk_record_id_key (r), r);
      g_list_store_insert (d->store, lower_bound (G_LIST_MODEL (d->store), id), r);
    }
}

/* ---- reading ---- */

/* Values that recur (numbers, references, codes, dates, booleans) are
 * made once per load and shared by the records (GVariants are immutable),
 * and checked once per field: most of the time of an open went into
 * making and checking the same values again. */
#define CACHE_LIMIT 65536

typedef struct {
  GHashTable *numbers; /* gint64* -> GVariant* */
  GHashTable *words;   /* char* -> GVariant* */
  GVariant *booleans[2];
} ValueCache;

static void
value_cache_clear (ValueCache *c)
{
  g_clear_pointer (&c->numbers, g_hash_table_unref);
  g_clear_pointer (&c->words, g_hash_table_unref);
  g_clear_pointer (&c->booleans[0], g_variant_unref);
  g_clear_pointer (&c->booleans[1], g_variant_unref);
}

static GVariant *
shared_number (ValueCache *c, gint64 n)
{
  GVariant *v;

  if (c->numbers == NULL)
    c->numbers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_variant_unref);
  v = g_hash_table_lookup (c->numbers, &n);
  if (v == NULL && g_hash_table_size (c->numbers) < CACHE_LIMIT)
    g_hash_table_insert (c->numbers, g_memdup2 (&n, sizeof n), v = g_variant_ref_sink (g_variant_new_int64 (n)));
  return v ? v : g_variant_new_int64 (n);
}

static GVariant *
shared_word (ValueCache *c, const char *s)
{
  GVariant *v;

  if (c->words == NULL)
    c->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_variant_unref);
  v = g_hash_table_lookup (c->words, s);
  if (v == NULL && g_hash_table_size (c->words) < CACHE_LIMIT)
    g_hash_table_insert (c->words, g_strdup (s), v = g_variant_ref_sink (g_variant_new_string (s)));
  return v ? v : g_variant_new_string (s);
}

/* The value of a column (NULL for SQL NULL), or *ok FALSE when it is not
 * of the field's type. Shared values are returned without a reference of
 * their own (the record takes one), new ones floating. */
static GVariant *
read_column (sqlite3_stmt *stmt, int col, const SkField *f, ValueCache *cache, gboolean *ok)
{
  int type = sqlite3_column_type (stmt, col);

  *ok = TRUE;
  if (type == SQLITE_NULL)
    return NULL;
  switch (f->type)
    {
    case SK_FIELD_INT:
    case SK_FIELD_MONEY:
    case SK_FIELD_REF:
      if (type == SQLITE_INTEGER)
        return shared_number (cache, sqlite3_column_int64 (stmt, col));
      break;
    case SK_FIELD_BOOL:
      if (type == SQLITE_INTEGER && (guint64) sqlite3_column_int64 (stmt, col) <= 1)
        {
          int b = sqlite3_column_int64 (stmt, col) != 0;
          if (cache->booleans[b] == NULL)
            cache->booleans[b] = g_variant_ref_sink (g_variant_new_boolean (b));
          return cache->booleans[b];
        }
      break;
    case SK_FIELD_REAL:
      if (type == SQLITE_FLOAT || type == SQLITE_INTEGER)
        return g_variant_new_double (sqlite3_column_double (stmt, col));
      break;
    case SK_FIELD_TEXT:
    case SK_FIELD_DATE:
    case SK_FIELD_ENUM:
    default:
      if (type == SQLITE_TEXT)
        {
          const char *s = (const char *) sqlite3_column_text (stmt, col);
          int n = sqlite3_column_bytes (stmt, col);
          if (s && g_utf8_validate_len (s, (gsize) n, NULL) && (int) strlen (s) == n)
            return f->type == SK_FIELD_TEXT ? g_variant_new_string (s) : shared_word (cache, s);
        }
      break;
    }
  *ok = FALSE;
  return NULL;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ValueCache, value_cache_clear)

static gboolean
damaged (GError **error, const SkKind *kind, gint64 id, const char *why)
{
  g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_DAMAGED,
               /* TRANSLATORS: a kind of record, the id (an identifier) of the record, what is wrong */
               _("The proposal file is damaged: %s %lld: %s"),
               _(kind->label), (long long) id, why);
  return FALSE;
}

/* Reads every record of @kind from the file, validated, sorted by id. */
static GPtrArray *
read_kind (SkProposal *self, const SkKind *kind, ValueCache *cache, GError **error)
{
  g_autoptr (GString) sql = g_string_new ("SELECT id");
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  /* Per field: the shared values already found valid. */
  g_autoptr (GPtrArray) valid = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  sqlite3_stmt *stmt = NULL;
  int rc;

  for (guint i = 0; i < kind->n_fields; i++)
    g_ptr_array_add (valid, g_hash_table_new (NULL, NULL));

  for (guint i = 0; i < kind->n_fields; i++)
    g_string_append_printf (sql, ", %s", kind->fields[i].name);
  g_string_append_printf (sql, " FROM %s ORDER BY id", kind->name);

  rc = sqlite3_prepare_v2 (self->db, sql->str, -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* Every field is set from its column below: no defaults to make. */
      SkRecord *r = _sk_record_new_unset (kind);
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_ptr_array_add (records, r);
      _sk_record_set_id (r, id);
      if (id <= 0 || (kind->singleton && id != 1))
        {
          sqlite3_finalize (stmt);
          damaged (error, kind, id, _("invalid record number"));
          return NULL;
        }
      for (guint i = 0; i < kind->n_fields; i++)
        {
          const SkField *f = &kind->fields[i];
          g_autoptr (GError) local = NULL;
          gboolean ok;
          GVariant *v = read_column (stmt, (int) i + 1, f, cache, &ok);
          gboolean shared = v && !g_variant_is_floating (v);

          _sk_record_set_at (r, i, v);
          if (shared && g_hash_table_contains (valid->pdata[i], v))
            continue;
          if (!ok || !sk_field_validate (f, v, &local))
            {
              sqlite3_finalize (stmt);
              damaged (error, kind, id, local ? local->message : _(f->label));
              return NULL;
            }
          if (shared)
            g_hash_table_add (valid->pdata[i], v);
        }
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      sk_store_set_error (error, self->db, rc, _("The proposal file could not be read"));
      return NULL;
    }
  if (kind->singleton && records->len != 1)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_DAMAGED,
                   _("The proposal file is damaged: the proposal's own record is missing."));
      return NULL;
    }
  return g_steal_pointer (&records);
}

static void
load_kind (SkProposal *self, const SkKind *kind, GPtrArray *records)
{
  KindData *d = kind_data (self, kind);

  g_hash_table_remove_all (d->by_id);
  for (guint i = 0; i < records->len; i++)
    {
      SkRecord *r = records->pdata[i];
      _sk_record_attach (r);
      g_hash_table_replace (d->by_id, (gpointer) _sk_record_id_key (r), r);
    }
  g_list_store_splice (d->store, 0, g_list_model_get_n_items (G_LIST_MODEL (d->store)),
                       records->pdata, records->len);
}

/* Brings the records in memory to those read, keeping the objects of the
 * records that are still there (pages hold them). */
static void
refresh_kind (SkProposal *self, const SkKind *kind, GPtrArray *records)
{
  GListModel *model = G_LIST_MODEL (kind_data (self, kind)->store);
  g_autoptr (GHashTable) present = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < records->len; i++)
    {
      gint64 id = sk_record_get_id (records->pdata[i]);
      g_hash_table_add (present, g_memdup2 (&id, sizeof id));
    }
  for (guint i = g_list_model_get_n_items (model); i-- > 0;)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (model, i);
      gint64 id = sk_record_get_id (r);
      if (!g_hash_table_contains (present, &id))
        model_apply (self, kind, id, NULL);
    }
  for (guint i = 0; i < records->len; i++)
    model_apply (self, kind, sk_record_get_id (records->pdata[i]), records->pdata[i]);
}

static gboolean
data_version (SkProposal *self, gint64 *out, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, "PRAGMA data_version", -1, &stmt, NULL);

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      *out = sqlite3_column_int64 (stmt, 0);
      sqlite3_finalize (stmt);
      return TRUE;
    }
  sqlite3_finalize (stmt);
  sk_store_set_error (error, self->db, rc, _("The proposal file could not be read"));
  return FALSE;
}

/* Reads the whole file in one read transaction (a consistent view, even
 * while another program writes) and notes SQLite's change counter with it.
 * @refresh: keep the record objects that are still there. */
static gboolean
load_all (SkProposal *self, gboolean refresh, GError **error)
{
  const SkKind *kinds = sk_schema_kinds (NULL);
  g_autoptr (GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  gboolean own = sqlite3_get_autocommit (self->db);
  gint64 version = 0;
  g_auto (ValueCache) cache = { 0 };

  if (own && !sk_store_exec (self->db, "BEGIN", error))
    return FALSE;
  for (guint i = 0; i < self->n_kinds; i++)
    {
      GPtrArray *records = read_kind (self, &kinds[i], &cache, error);
      if (records == NULL)
        goto fail;
      g_ptr_array_add (all, records);
    }
  if (!data_version (self, &version, error) ||
      (own && !sk_store_exec (self->db, "COMMIT", error)))
    goto fail;

  for (guint i = 0; i < self->n_kinds; i++)
    if (refresh)
      refresh_kind (self, &kinds[i], all->pdata[i]);
    else
      load_kind (self, &kinds[i], all->pdata[i]);
  self->data_version = version;
  return TRUE;

fail:
  if (own && !sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

static SkProposal *
proposal_new (const char *path, sqlite3 *db, gboolean read_only, GError **error)
{
  g_autoptr (SkProposal) self = g_object_new (SK_TYPE_PROPOSAL, NULL);

  self->path = g_strdup (path);
  self->db = db;
  self->read_only = read_only;
  if (!load_all (self, FALSE, error))
    return NULL;
  /* A submitted file of format 3: its fingerprint renewed (sk-review.c). */
  if (_sk_review_renew_after_upgrade (self, db) && !load_all (self, TRUE, error))
    return NULL;
  _sk_review_check_history (self, &self->history_error);
  /* Every record is in memory now: the pages SQLite kept of the file
   * (its integrity check and the reading) are not needed again soon. */
  sqlite3_db_release_memory (self->db);
  return g_steal_pointer (&self);
}

SkProposal *
sk_proposal_create (const char *path, GError **error)
{
  sqlite3 *db;

  g_return_val_if_fail (path != NULL, NULL);

  db = sk_store_create (path, FALSE, error);
  return db ? proposal_new (path, db, FALSE, error) : NULL;
}

SkProposal *
sk_proposal_open (const char *path, SkOpenFlags flags, GError **error)
{
  gboolean read_only = (flags & SK_OPEN_READ_ONLY) != 0;
  sqlite3 *db;

  g_return_val_if_fail (path != NULL, NULL);

  db = sk_store_open (path, read_only, error);
  return db ? proposal_new (path, db, read_only, error) : NULL;
}

static gboolean reload (SkProposal *self, GError **error);

SkProposal *
sk_proposal_create_replacing (const char *path, GError **error)
{
  sqlite3 *db;

  g_return_val_if_fail (path != NULL, NULL);

  db = sk_store_create (path, TRUE, error);
  return db ? proposal_new (path, db, FALSE, error) : NULL;
}

SkProposal *
_sk_proposal_create_temp (const char *target, SkTemp **temp, GError **error)
{
  sqlite3 *db = sk_store_create_temp (target, temp, error);
  SkProposal *self;

  if (db == NULL)
    return NULL;
  self = proposal_new ((*temp)->path, db, FALSE, error);
  if (self == NULL)
    g_clear_pointer (temp, sk_temp_discard);
  return self;
}

gboolean
sk_proposal_recover (const char *path, GError **error)
{
  sqlite3 *db;

  g_return_val_if_fail (path != NULL, FALSE);

  db = sk_store_open (path, FALSE, error);
  if (db == NULL)
    return FALSE;
  sqlite3_close (db);
  return TRUE;
}

gboolean
sk_proposal_refresh (SkProposal *self, GError **error)
{
  gint64 version;
  gboolean ok;

  g_return_val_if_fail (SK_IS_PROPOSAL (self), FALSE);

  if (self->db == NULL || self->group_depth > 0)
    return TRUE;
  if (!sk_store_exec (self->db, "BEGIN", error))
    return FALSE;
  if (!data_version (self, &version, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  if (version == self->data_version)
    return sk_store_exec (self->db, "COMMIT", error);
  ok = reload (self, error);
  if (self->db)
    sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
  return ok;
}

GBytes *
sk_proposal_snapshot (SkProposal *self, GError **error)
{
  g_return_val_if_fail (SK_IS_PROPOSAL (self), NULL);
  g_return_val_if_fail (self->group_depth == 0, NULL);

  if (self->db == NULL)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO,
                   _("The proposal file could not be read"));
      return NULL;
    }
  return sk_store_serialize (self->db, error);
}

SkProposal *
sk_proposal_open_snapshot (GBytes *snapshot, const char *path, GError **error)
{
  sqlite3 *db;

  g_return_val_if_fail (snapshot != NULL, NULL);

  db = sk_store_deserialize (snapshot, error);
  return db ? proposal_new (path, db, TRUE, error) : NULL;
}

const char *
sk_proposal_get_path (SkProposal *self)
{
  g_return_val_if_fail (SK_IS_PROPOSAL (self), NULL);
  return self->path;
}

gboolean
sk_proposal_is_read_only (SkProposal *self)
{
  g_return_val_if_fail (SK_IS_PROPOSAL (self), TRUE);
  return self->read_only;
}

GListModel *
sk_proposal_get_records (SkProposal *self, const char *kind)
{
  const SkKind *k;

  g_return_val_if_fail (SK_IS_PROPOSAL (self), NULL);
  k = sk_schema_kind (kind);
  g_return_val_if_fail (k != NULL, NULL);
  return G_LIST_MODEL (kind_data (self, k)->store);
}

guint
sk_proposal_count (SkProposal *self, const char *kind)
{
  return g_list_model_get_n_items (sk_proposal_get_records (self, kind));
}

SkRecord *
sk_proposal_lookup (SkProposal *self, const char *kind, gint64 id)
{
  const SkKind *k;

  g_return_val_if_fail (SK_IS_PROPOSAL (self), NULL);
  k = sk_schema_kind (kind);
  g_return_val_if_fail (k != NULL, NULL);
  return g_hash_table_lookup (kind_data (self, k)->by_id, &id);
}

SkRecord *
sk_proposal_get_info (SkProposal *self)
{
  return sk_proposal_lookup (self, SK_KIND_PROPOSAL, 1);
}

/* ---- writing ---- */

static sqlite3_stmt *
prepare_cached (SkProposal *self, sqlite3_stmt **slot, const char *sql, GError **error)
{
  if (*slot == NULL)
    {
      int rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, slot, NULL);
      if (rc != SQLITE_OK)
        {
          sk_store_set_error (error, self->db, rc, _("The proposal file could not be changed"));
          return NULL;
        }
    }
  return *slot;
}

/* INSERT of a whole row; the id is ?1 (NULL: the file chooses it). */
static sqlite3_stmt *
prepare_insert (SkProposal *self, const SkKind *kind, GError **error)
{
  KindData *d = kind_data (self, kind);
  g_autoptr (GString) sql = NULL;

  if (d->insert)
    return d->insert;
  sql = g_string_new (NULL);
  g_string_append_printf (sql, "INSERT INTO %s (id", kind->name);
  for (guint i = 0; i < kind->n_fields; i++)
    g_string_append_printf (sql, ", %s", kind->fields[i].name);
  g_string_append (sql, ") VALUES (?1");
  for (guint i = 0; i < kind->n_fields; i++)
    g_string_append_printf (sql, ", ?%u", i + 2);
  g_string_append (sql, ")");
  return prepare_cached (self, &d->insert, sql->str, error);
}

static sqlite3_stmt *
prepare_delete (SkProposal *self, const SkKind *kind, GError **error)
{
  KindData *d = kind_data (self, kind);
  g_autofree char *sql = d->delete ? NULL : g_strdup_printf ("DELETE FROM %s WHERE id = ?1", kind->name);

  return prepare_cached (self, &d->delete, sql, error);
}

static void
bind_value (sqlite3_stmt *stmt, int col, GVariant *v)
{
  if (v == NULL)
    sqlite3_bind_null (stmt, col);
  else if (g_variant_is_of_type (v, G_VARIANT_TYPE_INT64))
    sqlite3_bind_int64 (stmt, col, g_variant_get_int64 (v));
  else if (g_variant_is_of_type (v, G_VARIANT_TYPE_BOOLEAN))
    sqlite3_bind_int (stmt, col, g_variant_get_boolean (v) ? 1 : 0);
  else if (g_variant_is_of_type (v, G_VARIANT_TYPE_DOUBLE))
    sqlite3_bind_double (stmt, col, g_variant_get_double (v));
  else
    sqlite3_bind_text (stmt, col, g_variant_get_string (v, NULL), -1, SQLITE_TRANSIENT);
}

static gboolean
same_value (GVariant *a, GVariant *b)
{
  return (a == NULL || b == NULL) ? a == b : g_variant_equal (a, b);
}

static gboolean
record_vanished (GError **error)
{
  g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_CHANGED,
               _("The record is no longer in the proposal file: another program changed the file meanwhile."));
  return FALSE;
}

/* Runs @stmt (bound) once; it must change exactly one row. */
static gboolean
step_one (SkProposal *self, sqlite3_stmt *stmt, gboolean owned, GError **error)
{
  int rc = sqlite3_step (stmt);
  gboolean ok = rc == SQLITE_DONE;

  if (!ok)
    sk_store_set_error (error, self->db, rc, _("The proposal file could not be changed"));
  else if (sqlite3_changes (self->db) != 1)
    ok = record_vanished (error);
  if (owned)
    sqlite3_finalize (stmt);
  else
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
  return ok;
}

/* UPDATE of only the fields that differ between @before and @after, so
 * that whatever else is in the row stays as it is in the file. */
static gboolean
update_row (SkProposal *self, const SkKind *kind, gint64 id, SkRecord *before, SkRecord *after,
            GError **error)
{
  KindData *d = kind_data (self, kind);
  g_autoptr (GArray) fields = g_array_new (FALSE, FALSE, sizeof (guint));
  sqlite3_stmt *stmt;
  gboolean owned = FALSE;

  for (guint i = 0; i < kind->n_fields; i++)
    if (!same_value (sk_record_get_value_at (before, i), sk_record_get_value_at (after, i)))
      g_array_append_val (fields, i);
  if (fields->len == 0)
    return TRUE;
  if (fields->len == 1)
    {
      guint f = g_array_index (fields, guint, 0);
      g_autofree char *sql = d->set_field[f] ? NULL
                             : g_strdup_printf ("UPDATE %s SET %s = ?2 WHERE id = ?1",
                                                kind->name, kind->fields[f].name);
      stmt = prepare_cached (self, &d->set_field[f], sql, error);
    }
  else
    {
      g_autoptr (GString) sql = g_string_new (NULL);
      int rc;

      g_string_append_printf (sql, "UPDATE %s SET ", kind->name);
      for (guint n = 0; n < fields->len; n++)
        g_string_append_printf (sql, "%s%s = ?%u", n ? ", " : "",
                                kind->fields[g_array_index (fields, guint, n)].name, n + 2);
      g_string_append (sql, " WHERE id = ?1");
      rc = sqlite3_prepare_v2 (self->db, sql->str, -1, &stmt, NULL);
      if (rc != SQLITE_OK)
        {
          sk_store_set_error (error, self->db, rc, _("The proposal file could not be changed"));
          return FALSE;
        }
      owned = TRUE;
    }
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  for (guint n = 0; n < fields->len; n++)
    bind_value (stmt, (int) n + 2, sk_record_get_value_at (after, g_array_index (fields, guint, n)));
  return step_one (self, stmt, owned, error);
}

/* Brings one row of the file from @before to @after (NULL: no such row).
 * A new row with id 0 gets its id from the file, in *@id. */
static gboolean
write_row (SkProposal *self, const SkKind *kind, gint64 *id, SkRecord *before, SkRecord *after,
           GError **error)
{
  sqlite3_stmt *stmt;

  if (before && after)
    return update_row (self, kind, *id, before, after, error);
  if (before == NULL && after == NULL)
    return TRUE;
  stmt = after ? prepare_insert (self, kind, error) : prepare_delete (self, kind, error);
  if (stmt == NULL)
    return FALSE;
  if (*id > 0)
    sqlite3_bind_int64 (stmt, 1, *id);
  for (guint i = 0; after && i < kind->n_fields; i++)
    bind_value (stmt, (int) i + 2, sk_record_get_value_at (after, i));
  if (!step_one (self, stmt, FALSE, error))
    return FALSE;
  if (*id <= 0)
    *id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

typedef enum { FORWARD, BACKWARD } Direction;

static void notify_history (SkProposal *self);

/* Another program committed since the file was last read: read it again
 * (inside the caller's transaction, if any), keeping no history that the
 * other program's changes would contradict. */
static gboolean
reload (SkProposal *self, GError **error)
{
  g_autoptr (GError) local = NULL;
  gboolean ok;

  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  ok = load_all (self, TRUE, &local);
  if (ok)
    {
      /* The other program may have written review steps: judge the history anew. */
      g_clear_error (&self->history_error);
      _sk_review_check_history (self, &self->history_error);
    }
  else
    {
      /* What is in memory is neither the old nor the new file. */
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      _sk_proposal_close (self);
      self->read_only = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
      g_propagate_error (error, g_steal_pointer (&local));
    }
  notify_history (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  return ok;
}

/* The start of a write transaction: the file's write lock (without a long
 * wait), and the certainty that the records in memory are those of the
 * file. Inside a group the transaction stays open until the group ends. */
static gboolean
begin_write (SkProposal *self, GError **error)
{
  gint64 version;

  if (!sqlite3_get_autocommit (self->db))
    return TRUE;
  if (!sk_store_exec (self->db, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!data_version (self, &version, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  if (version != self->data_version)
    {
      /* Read inside this transaction: nobody writes meanwhile. The edit
       * was made on what is no longer there: refused. */
      if (reload (self, error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_CHANGED,
                       _("Another program changed the proposal file meanwhile: it now shows the file as it is, "
                         "and the last change was not saved. Make it again if it still applies."));
        }
      return FALSE;
    }
  return TRUE;
}

/* Writes a list of changes; all or nothing. Outside a group it is a
 * transaction of its own, committed before this returns TRUE; when it
 * returns FALSE nothing of it is in the file and no transaction is left
 * open. */
static gboolean
write_changes (SkProposal *self, GPtrArray *changes, Direction dir, GError **error)
{
  gboolean own = self->group_depth == 0;

  if (!begin_write (self, error))
    return FALSE;
  if (!sk_store_exec (self->db, "SAVEPOINT sk_edit", error))
    goto fail;
  for (guint n = 0; n < changes->len; n++)
    {
      Change *c = changes->pdata[dir == FORWARD ? n : changes->len - 1 - n];
      SkRecord *from = dir == FORWARD ? c->before : c->after;
      SkRecord *to = dir == FORWARD ? c->after : c->before;

      if (!write_row (self, c->kind, &c->id, from, to, error))
        {
          sqlite3_exec (self->db, "ROLLBACK TO sk_edit; RELEASE sk_edit", NULL, NULL, NULL);
          goto fail;
        }
      if (c->after && sk_record_get_id (c->after) != c->id)
        _sk_record_set_id (c->after, c->id);
    }
  if (!sk_store_exec (self->db, "RELEASE sk_edit", error))
    {
      sqlite3_exec (self->db, "ROLLBACK TO sk_edit; RELEASE sk_edit", NULL, NULL, NULL);
      goto fail;
    }
  if (own && !sk_store_exec (self->db, "COMMIT", error))
    goto fail;
  /* Saved means committed: no transaction may stay open behind an edit. */
  g_warn_if_fail (!own || sqlite3_get_autocommit (self->db));
  return TRUE;

fail:
  /* A commit refused (the file in use) leaves the transaction open: end
   * it, or every later edit would only nest in it and never be saved. */
  if (own && !sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

static void
apply_changes_to_model (SkProposal *self, GPtrArray *changes, Direction dir)
{
  for (guint n = 0; n < changes->len; n++)
    {
      Change *c = changes->pdata[dir == FORWARD ? n : changes->len - 1 - n];
      model_apply (self, c->kind, c->id, dir == FORWARD ? c->after : c->before);
    }
}

static void
notify_history (SkProposal *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static gboolean
check_writable (SkProposal *self, GError **error)
{
  if (self->read_only || self->db == NULL)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_READ_ONLY,
                   _("The proposal is open for viewing only and cannot be changed."));
      return FALSE;
    }
  if (self->history_error)
    {
      g_set_error_literal (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_TAMPERED,
                           self->history_error->message);
      return FALSE;
    }
  return TRUE;
}

const GError *
_sk_proposal_get_history_error (SkProposal *self)
{
  g_return_val_if_fail (SK_IS_PROPOSAL (self), NULL);
  return self->history_error;
}

/* What only the review may write: the status and fingerprint of the
 * proposal, status events, decisions, remarks and their replies. */
static gboolean
is_workflow_change (Change *c)
{
  const char *name = c->kind->name;

  if (g_str_equal (name, SK_KIND_REMARK) || g_str_equal (name, SK_KIND_DECISION) ||
      g_str_equal (name, SK_KIND_STATUS_EVENT) || g_str_equal (name, SK_KIND_REMARK_REPLY))
    return TRUE;
  if (!c->kind->singleton)
    return FALSE;
  for (guint i = 0; i < c->kind->n_fields; i++)
    {
      const char *field = c->kind->fields[i].name;
      GVariant *a = c->before ? sk_record_get_value_at (c->before, i) : NULL;
      GVariant *b = c->after ? sk_record_get_value_at (c->after, i) : NULL;
      gboolean same = (a == NULL || b == NULL) ? a == b : g_variant_equal (a, b);

      if (!same && (g_str_equal (field, "status") || g_str_equal (field, "fingerprint")))
        return TRUE;
    }
  return FALSE;
}

/* Review data may change whatever the status: remarks, decisions, the
 * status and its history. */
static gboolean
is_review_change (Change *c)
{
  static const char * const review_fields[] = { "status", "fingerprint", NULL };

  if (g_str_equal (c->kind->name, SK_KIND_REMARK) || g_str_equal (c->kind->name, SK_KIND_DECISION) ||
      g_str_equal (c->kind->name, SK_KIND_STATUS_EVENT) || g_str_equal (c->kind->name, SK_KIND_REMARK_REPLY))
    return TRUE;
  if (!c->kind->singleton || c->before == NULL || c->after == NULL)
    return FALSE;
  for (guint i = 0; i < c->kind->n_fields; i++)
    {
      GVariant *a = sk_record_get_value_at (c->before, i), *b = sk_record_get_value_at (c->after, i);
      gboolean same = (a == NULL || b == NULL) ? a == b : g_variant_equal (a, b);
      if (!same && !g_strv_contains (review_fields, c->kind->fields[i].name))
        return FALSE;
    }
  return TRUE;
}

gboolean
sk_proposal_is_frozen (SkProposal *self)
{
  const char *status;

  g_return_val_if_fail (SK_IS_PROPOSAL (self), FALSE);
  if (self->history_error)
    return TRUE;
  status = sk_record_get_string (sk_proposal_get_info (self), "status");
  return g_strcmp0 (status, "draft") != 0 && g_strcmp0 (status, "returned") != 0;
}

/* Takes @changes: writes them, updates the records and records the undo step. */
static gboolean
commit_changes (SkProposal *self, const char *label, GPtrArray *changes, GError **error)
{
  g_autoptr (GPtrArray) owned = changes;

  if (changes->len == 0)
    return TRUE;
  if (self->recording == 0)
    for (guint i = 0; i < changes->len; i++)
      if (is_workflow_change (changes->pdata[i]))
        {
          g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_WORKFLOW,
                       _("The status, its history, decisions and review remarks are recorded by the review "
                         "itself (submit, start the review, decide, remark, respond) and cannot be edited."));
          return FALSE;
        }
  if (sk_proposal_is_frozen (self))
    for (guint i = 0; i < changes->len; i++)
      if (!is_review_change (changes->pdata[i]))
        {
          g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_FROZEN,
                       _("The proposal has been submitted: its content cannot be changed any more. "
                         "Review remarks can still be added; when it is returned for revision it can be edited again."));
          return FALSE;
        }
  if (!write_changes (self, changes, FORWARD, error))
    return FALSE;
  apply_changes_to_model (self, changes, FORWARD);

  if (self->open_group == NULL)
    {
      Group *g = group_new (label);
      g_ptr_array_extend_and_steal (g->changes, g_steal_pointer (&owned));
      g_ptr_array_add (self->undo, g);
    }
  else
    g_ptr_array_extend_and_steal (self->open_group->changes, g_steal_pointer (&owned));

  g_ptr_array_set_size (self->redo, 0);
  if (self->open_group == NULL)
    {
      notify_history (self);
      g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
    }
  return TRUE;
}

static Change *
change_new (const SkKind *kind, gint64 id, SkRecord *before, SkRecord *after)
{
  Change *c = g_new0 (Change, 1);
  c->kind = kind;
  c->id = id;
  c->before = before ? sk_record_copy (before) : NULL;
  c->after = after ? sk_record_copy (after) : NULL;
  return c;
}

static gboolean
validate_ref (SkProposal *self, const SkField *f, GVariant *value, GError **error)
{
  gint64 id;

  if (f->type != SK_FIELD_REF || value == NULL)
    return TRUE;
  id = g_variant_get_int64 (value);
  if (sk_proposal_lookup (self, f->ref_kind, id) == NULL)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   _("“%s” names a record that does not exist."), _(f->label));
      return FALSE;
    }
  return TRUE;
}

gboolean
sk_proposal_validate_value (SkProposal *self, const char *kind, const char *field,
                            GVariant *value, GError **error)
{
  const SkKind *k = kind_or_error (kind, error);
  const SkField *f;

  if (k == NULL)
    return FALSE;
  f = sk_kind_field (k, field);
  if (f == NULL)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NOT_FOUND,
                   _("There is no field “%s”."), field);
      return FALSE;
    }
  return sk_field_validate (f, value, error) && validate_ref (self, f, value, error);
}

static gboolean
validate_record (SkProposal *self, SkRecord *record, GError **error)
{
  const SkKind *kind = sk_record_get_kind (record);

  for (guint i = 0; i < kind->n_fields; i++)
    {
      GVariant *v = sk_record_get_value_at (record, i);
      if (!sk_field_validate (&kind->fields[i], v, error) ||
          !validate_ref (self, &kind->fields[i], v, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
sk_proposal_update (SkProposal *self, SkRecord *record, GError **error)
{
  const SkKind *kind;
  SkRecord *current;
  GPtrArray *changes;

  g_return_val_if_fail (SK_IS_PROPOSAL (self), FALSE);
  g_return_val_if_fail (SK_IS_RECORD (record), FALSE);

  kind = sk_record_get_kind (record);
  if (!check_writable (self, error))
    return FALSE;
  current = g_hash_table_lookup (kind_data (self, kind)->by_id,
                                 &(gint64) { sk_record_get_id (record) });
  if (current == NULL)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NOT_FOUND,
                   _("The record no longer exists."));
      return FALSE;
    }
  if (!validate_record (self, record, error))
    return FALSE;
  if (sk_record_equal (current, record))
    return TRUE;

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  g_ptr_array_add (changes, change_new (kind, sk_record_get_id (record), current, record));
  /* TRANSLATORS: the name of an undo step, e.g. "Edit Programme" */
  g_autofree char *label = g_strdup_printf (_("Edit %s"), _(kind->label));
  return commit_changes (self, label, changes, error);
}

gboolean
sk_proposal_set (SkProposal *self, const char *kind, gint64 id,
                 const char *field, GVariant *value, GError **error)
{
  g_autoptr (SkRecord) copy = NULL;
  SkRecord *current;
  int index;

  g_return_val_if_fail (SK_IS_PROPOSAL (self), FALSE);

  if (value)
    g_variant_ref_sink (value);
  g_autoptr (GVariant) owned = value;

  if (kind_or_error (kind, error) == NULL)
    return FALSE;
  current = sk_proposal_lookup (self, kind, id);
  if (current == NULL)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NOT_FOUND,
                   _("The record no longer exists."));
      return FALSE;
    }
  index = sk_kind_field_index (sk_record_get_kind (current), field);
  if (index < 0)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NOT_FOUND,
                   _("There is no field “%s”."), field);
      return FALSE;
    }
  copy = sk_record_copy (current);
  _sk_record_set_at (copy, (guint) index, value);
  return sk_proposal_update (self, copy, error);
}

gint64
sk_proposal_insert (SkProposal *self, SkRecord *record, GError **error)
{
  g_autoptr (SkRecord) copy = NULL;
  const SkKind *kind;
  GPtrArray *changes;
  Change *change;

  g_return_val_if_fail (SK_IS_PROPOSAL (self), 0);
  g_return_val_if_fail (SK_IS_RECORD (record), 0);

  kind = sk_record_get_kind (record);
  g_return_val_if_fail (!kind->singleton, 0);
  if (!check_writable (self, error) || !validate_record (self, record, error))
    return 0;

  /* The id comes from the file when the row is written (id 0 until then):
   * another program may have added records since this one read it. */
  copy = sk_record_copy (record);
  _sk_record_set_id (copy, 0);

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  change = change_new (kind, 0, NULL, copy);
  g_ptr_array_add (changes, change);
  g_autofree char *label = g_strdup_printf (_("Add %s"), _(kind->label));
  /* The change lives on in the undo history when it succeeds. */
  return commit_changes (self, label, changes, error) ? change->id : 0;
}

/* The changes that deleting (kind, id) brings: records that belong to it
 * are deleted first, references to it are cleared, then the record goes. */
static void
collect_delete (SkProposal *self, const SkKind *kind, gint64 id, GPtrArray *changes)
{
  const SkKind *kinds = sk_schema_kinds (NULL);
  SkRecord *target = sk_proposal_lookup (self, kind->name, id);

  if (target == NULL)
    return;
  for (guint k = 0; k < self->n_kinds; k++)
    for (guint fi = 0; fi < kinds[k].n_fields; fi++)
      {
        const SkField *f = &kinds[k].fields[fi];
        GListModel *model;

        if (f->type != SK_FIELD_REF || g_strcmp0 (f->ref_kind, kind->name) != 0)
          continue;
        model = G_LIST_MODEL (self->kinds[k].store);
        for (guint i = 0; i < g_list_model_get_n_items (model); i++)
          {
            g_autoptr (SkRecord) r = g_list_model_get_item (model, i);
            gint64 other = sk_record_get_id (r);

            if (sk_record_get_int (r, f->name, 0) != id)
              continue;
            if (f->flags & SK_FIELD_CASCADE)
              collect_delete (self, &kinds[k], other, changes);
            else
              {
                /* The record may have changed already in this deletion. */
                Change *prev = NULL;
                for (guint c = 0; c < changes->len; c++)
                  {
                    Change *ch = changes->pdata[c];
                    if (ch->kind == &kinds[k] && ch->id == other)
                      prev = ch;
                  }
                if (prev && prev->after == NULL)
                  continue;
                if (prev)
                  _sk_record_set_at (prev->after, fi, NULL);
                else
                  {
                    Change *ch = change_new (&kinds[k], other, r, r);
                    _sk_record_set_at (ch->after, fi, NULL);
                    g_ptr_array_add (changes, ch);
                  }
              }
          }
      }
  for (guint c = 0; c < changes->len; c++)
    {
      Change *ch = changes->pdata[c];
      if (ch->kind == kind && ch->id == id && ch->after == NULL)
        return; /* reached twice through two owners */
    }
  g_ptr_array_add (changes, change_new (kind, id, target, NULL));
}

gboolean
sk_proposal_delete (SkProposal *self, const char *kind, gint64 id, GError **error)
{
  const SkKind *k;
  GPtrArray *changes;

  g_return_val_if_fail (SK_IS_PROPOSAL (self), FALSE);

  if ((k = kind_or_error (kind, error)) == NULL)
    return FALSE;
  g_return_val_if_fail (!k->singleton, FALSE);
  if (!check_writable (self, error))
    return FALSE;
  if (sk_proposal_lookup (self, kind, id) == NULL)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_NOT_FOUND,
                   _("The record no longer exists."));
      return FALSE;
    }
  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  collect_delete (self, k, id, changes);
  g_autofree char *label = g_strdup_printf (_("Delete %s"), _(k->label));
  return commit_changes (self, label, changes, error);
}

/* ---- groups and history ---- */

void
sk_proposal_begin_group (SkProposal *self, const char *label)
{
  g_return_if_fail (SK_IS_PROPOSAL (self));

  /* The transaction starts with the group's first write (begin_write). */
  if (self->group_depth++ > 0)
    return;
  self->open_group = group_new (label);
}

gboolean
sk_proposal_end_group (SkProposal *self, GError **error)
{
  Group *g;

  g_return_val_if_fail (SK_IS_PROPOSAL (self), FALSE);
  g_return_val_if_fail (self->group_depth > 0, FALSE);

  if (--self->group_depth > 0)
    return TRUE;
  g = g_steal_pointer (&self->open_group);
  if (self->db && !sqlite3_get_autocommit (self->db) && !sk_store_exec (self->db, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      apply_changes_to_model (self, g->changes, BACKWARD);
      group_free (g);
      g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
      return FALSE;
    }
  if (g->changes->len == 0)
    {
      group_free (g);
      return TRUE;
    }
  if (g->recorded)
    {
      /* Undo stops here: what came before the event stays as it is. */
      group_free (g);
      g_ptr_array_set_size (self->undo, 0);
    }
  else
    g_ptr_array_add (self->undo, g);
  g_ptr_array_set_size (self->redo, 0);
  notify_history (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  return TRUE;
}

void
sk_proposal_cancel_group (SkProposal *self)
{
  Group *g;

  g_return_if_fail (SK_IS_PROPOSAL (self));
  g_return_if_fail (self->group_depth > 0);

  self->group_depth = 0;
  g = g_steal_pointer (&self->open_group);
  if (self->db && !sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  apply_changes_to_model (self, g->changes, BACKWARD);
  if (g->changes->len > 0)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  group_free (g);
}

void
_sk_proposal_begin_recorded (SkProposal *self, const char *label)
{
  g_return_if_fail (SK_IS_PROPOSAL (self));
  g_return_if_fail (self->group_depth == 0);

  sk_proposal_begin_group (self, label);
  self->open_group->recorded = TRUE;
  self->recording++;
}

gboolean
_sk_proposal_end_recorded (SkProposal *self, GError **error)
{
  gboolean ok;

  g_return_val_if_fail (SK_IS_PROPOSAL (self), FALSE);
  g_return_val_if_fail (self->recording > 0, FALSE);

  ok = sk_proposal_end_group (self, error);
  self->recording--;
  return ok;
}

void
_sk_proposal_cancel_recorded (SkProposal *self)
{
  g_return_if_fail (SK_IS_PROPOSAL (self));
  g_return_if_fail (self->recording > 0);

  sk_proposal_cancel_group (self);
  self->recording--;
}

gboolean
sk_proposal_can_undo (SkProposal *self)
{
  g_return_val_if_fail (SK_IS_PROPOSAL (self), FALSE);
  return self->undo->len > 0 && !self->read_only;
}

gboolean
sk_proposal_can_redo (SkProposal *self)
{
  g_return_val_if_fail (SK_IS_PROPOSAL (self), FALSE);
  return self->redo->len > 0 && !self->read_only;
}

const char *
sk_proposal_get_undo_label (SkProposal *self)
{
  g_return_val_if_fail (SK_IS_PROPOSAL (self), NULL);
  return self->undo->len ? ((Group *) self->undo->pdata[self->undo->len - 1])->label : NULL;
}

const char *
sk_proposal_get_redo_label (SkProposal *self)
{
  g_return_val_if_fail (SK_IS_PROPOSAL (self), NULL);
  return self->redo->len ? ((Group *) self->redo->pdata[self->redo->len - 1])->label : NULL;
}

static gboolean
replay (SkProposal *self, GPtrArray *from, GPtrArray *to, Direction dir, GError **error)
{
  Group *g;

  g_return_val_if_fail (self->group_depth == 0, FALSE);
  if (!check_writable (self, error))
    return FALSE;
  if (from->len == 0)
    return TRUE;
  g = from->pdata[from->len - 1];
  if (!write_changes (self, g->changes, dir, error))
    return FALSE;
  apply_changes_to_model (self, g->changes, dir);
  g_ptr_array_add (to, g_ptr_array_steal_index (from, from->len - 1));
  notify_history (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  return TRUE;
}

gboolean
sk_proposal_undo (SkProposal *self, GError **error)
{
  g_return_val_if_fail (SK_IS_PROPOSAL (self), FALSE);
  return replay (self, self->undo, self->redo, BACKWARD, error);
}

gboolean
sk_proposal_redo (SkProposal *self, GError **error)
{
  g_return_val_if_fail (SK_IS_PROPOSAL (self), FALSE);
  return replay (self, self->redo, self->undo, FORWARD, error);
}

gboolean
sk_proposal_save_as (SkProposal *self, const char *path, GError **error)
{
  sqlite3 *db;

  g_return_val_if_fail (SK_IS_PROPOSAL (self), FALSE);
  g_return_val_if_fail (self->group_depth == 0, FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);

  if (!sk_store_backup_to (self->db, path, error))
    return FALSE;
  db = sk_store_open (path, FALSE, error);
  if (db == NULL)
    return FALSE;

  _sk_proposal_close (self);
  self->db = db;
  /* The new connection's own count of other programs' commits. */
  if (!data_version (self, &self->data_version, error))
    return FALSE;
  g_free (self->path);
  self->path = g_strdup (path);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
  if (self->read_only)
    {
      self->read_only = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
      notify_history (self);
    }
  return TRUE;
}

gboolean
_sk_proposal_import_records (SkProposal *self, GPtrArray *records, GError **error)
{
  if (!check_writable (self, error) ||
      !sk_store_exec (self->db, "BEGIN IMMEDIATE; PRAGMA defer_foreign_keys = ON;", error))
    return FALSE;
  for (guint i = 0; i < records->len; i++)
    {
      SkRecord *r = records->pdata[i];
      const SkKind *kind = sk_record_get_kind (r);
      gint64 id = sk_record_get_id (r);
      /* The new file's own record is there already: it is updated. */
      SkRecord *before = kind->singleton ? sk_proposal_lookup (self, kind->name, id) : NULL;

      if (!write_row (self, kind, &id, before, r, error))
        goto fail;
    }
  if (!sk_store_exec (self->db, "COMMIT", error))
    goto fail;
  /* An impossible history is refused, not imported as a tampered file. */
  return load_all (self, FALSE, error) && _sk_review_check_history (self, error);

fail:
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}
