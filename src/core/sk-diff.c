/* sk-diff.c: what changed between two versions of a proposal */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-diff.h"
#include "sk-summary.h"

static void
field_free (SkDiffField *f)
{
  g_free (f->before);
  g_free (f->after);
  g_free (f);
}

void
sk_diff_entry_free (SkDiffEntry *entry)
{
  g_free (entry->name);
  g_clear_pointer (&entry->fields, g_ptr_array_unref);
  g_free (entry);
}

static char *
value_text (GVariant *v)
{
  if (v == NULL)
    return NULL;
  if (g_variant_is_of_type (v, G_VARIANT_TYPE_STRING))
    return g_strdup (g_variant_get_string (v, NULL));
  if (g_variant_is_of_type (v, G_VARIANT_TYPE_BOOLEAN))
    return g_strdup (g_variant_get_boolean (v) ? "true" : "false");
  if (g_variant_is_of_type (v, G_VARIANT_TYPE_INT64))
    return g_strdup_printf ("%" G_GINT64_FORMAT, g_variant_get_int64 (v));
  return g_variant_print (v, FALSE);
}

static gboolean
same (GVariant *a, GVariant *b)
{
  return (a == NULL || b == NULL) ? a == b : g_variant_equal (a, b);
}

static SkDiffEntry *
entry_new (SkRecord *r, SkDiffChange change, const char *lang)
{
  SkDiffEntry *e = g_new0 (SkDiffEntry, 1);

  e->kind = sk_record_get_kind (r);
  e->id = sk_record_get_id (r);
  e->change = change;
  e->name = g_strdup (sk_record_display_name (r, lang));
  return e;
}

/* Review data are not content: they are expected to differ. */
static gboolean
skipped_field (const SkKind *kind, const SkField *f)
{
  return kind->singleton && (g_str_equal (f->name, "status") || g_str_equal (f->name, "fingerprint"));
}

static void
compare (SkRecord *a, SkRecord *b, const char *lang, GPtrArray *out)
{
  const SkKind *kind = sk_record_get_kind (a);
  SkDiffEntry *e = NULL;

  for (guint i = 0; i < kind->n_fields; i++)
    {
      GVariant *va = sk_record_get_value_at (a, i), *vb = sk_record_get_value_at (b, i);
      SkDiffField *f;

      if (skipped_field (kind, &kind->fields[i]) || same (va, vb))
        continue;
      if (e == NULL)
        {
          e = entry_new (b, SK_DIFF_CHANGED, lang);
          e->fields = g_ptr_array_new_with_free_func ((GDestroyNotify) field_free);
          g_ptr_array_add (out, e);
        }
      f = g_new0 (SkDiffField, 1);
      f->field = kind->fields[i].name;
      f->before = value_text (va);
      f->after = value_text (vb);
      g_ptr_array_add (e->fields, f);
    }
}

GPtrArray *
sk_diff (SkProposal *older, SkProposal *newer, const char *lang)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_diff_entry_free);
  guint n;
  const SkKind *kinds = sk_schema_kinds (&n);

  for (guint k = 0; k < n; k++)
    {
      GListModel *a = sk_proposal_get_records (older, kinds[k].name);
      GListModel *b = sk_proposal_get_records (newer, kinds[k].name);
      guint i = 0, j = 0, na = g_list_model_get_n_items (a), nb = g_list_model_get_n_items (b);

      if (g_str_equal (kinds[k].name, SK_KIND_STATUS_EVENT))
        continue;
      /* Both lists are sorted by id: walk them together. */
      while (i < na || j < nb)
        {
          g_autoptr (SkRecord) ra = i < na ? g_list_model_get_item (a, i) : NULL;
          g_autoptr (SkRecord) rb = j < nb ? g_list_model_get_item (b, j) : NULL;
          gint64 ia = ra ? sk_record_get_id (ra) : G_MAXINT64, ib = rb ? sk_record_get_id (rb) : G_MAXINT64;

          if (ia == ib)
            {
              compare (ra, rb, lang, out);
              i++, j++;
            }
          else if (ia < ib)
            {
              g_ptr_array_add (out, entry_new (ra, SK_DIFF_REMOVED, lang));
              i++;
            }
          else
            {
              g_ptr_array_add (out, entry_new (rb, SK_DIFF_ADDED, lang));
              j++;
            }
        }
    }
  return out;
}

char *
sk_diff_to_text (GPtrArray *entries)
{
  GString *s = g_string_new (NULL);

  if (entries->len == 0)
    g_string_append_printf (s, "%s\n", _("No differences in the content."));
  for (guint i = 0; i < entries->len; i++)
    {
      SkDiffEntry *e = entries->pdata[i];
      const char *mark = e->change == SK_DIFF_ADDED ? "+" : e->change == SK_DIFF_REMOVED ? "-" : "~";
      const char *what = e->change == SK_DIFF_ADDED ? _("added") : e->change == SK_DIFF_REMOVED ? _("removed") : _("changed");

      /* TRANSLATORS: +/-/~, the kind of record, its id, its name, what happened */
      g_string_append_printf (s, _("%s %s %lld “%s”: %s\n"), mark, _(e->kind->label), (long long) e->id, e->name, what);
      for (guint f = 0; e->fields && f < e->fields->len; f++)
        {
          SkDiffField *field = e->fields->pdata[f];
          const SkField *def = sk_kind_field (e->kind, field->field);
          g_string_append_printf (s, "    %s: %s → %s\n", _(def->label), field->before ? field->before : "—",
                                  field->after ? field->after : "—");
        }
    }
  return g_string_free (s, FALSE);
}

JsonNode *
sk_diff_to_json (GPtrArray *entries)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  static const char * const changes[] = { "added", "removed", "changed" };

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "format");
  json_builder_add_string_value (b, "seriktes-diff");
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, 1);
  json_builder_set_member_name (b, "changes");
  json_builder_begin_array (b);
  for (guint i = 0; i < entries->len; i++)
    {
      SkDiffEntry *e = entries->pdata[i];

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, e->kind->name);
      json_builder_set_member_name (b, "id");
      json_builder_add_int_value (b, e->id);
      json_builder_set_member_name (b, "change");
      json_builder_add_string_value (b, changes[e->change]);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, e->name);
      if (e->fields)
        {
          json_builder_set_member_name (b, "fields");
          json_builder_begin_array (b);
          for (guint f = 0; f < e->fields->len; f++)
            {
              SkDiffField *field = e->fields->pdata[f];
              json_builder_begin_object (b);
              json_builder_set_member_name (b, "field");
              json_builder_add_string_value (b, field->field);
              json_builder_set_member_name (b, "before");
              if (field->before)
                json_builder_add_string_value (b, field->before);
              else
                json_builder_add_null_value (b);
              json_builder_set_member_name (b, "after");
              if (field->after)
                json_builder_add_string_value (b, field->after);
              else
                json_builder_add_null_value (b);
              json_builder_end_object (b);
            }
          json_builder_end_array (b);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
