/* sk-diff.c: what changed between two versions of a proposal */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-diff.h"
#include "sk-i18n.h"
#include "sk-format.h"
#include "sk-review.h"
#include "sk-summary.h"

static void
field_free (SkDiffField *f)
{
  g_free (f->label);
  g_free (f->before);
  g_free (f->after);
  g_clear_pointer (&f->before_value, g_variant_unref);
  g_clear_pointer (&f->after_value, g_variant_unref);
  g_free (f);
}

void
sk_diff_entry_free (SkDiffEntry *entry)
{
  g_free (entry->name);
  g_clear_pointer (&entry->fields, g_ptr_array_unref);
  g_free (entry);
}

/* A stored value as JSON text writes it. */
static char *
raw_text (GVariant *v)
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

/* A value as users read it, in @lang; @proposal names the records a
 * reference points at. */
static char *
value_text (SkProposal *proposal, const SkField *f, GVariant *v, const char *lang)
{
  if (v == NULL)
    return NULL;
  switch (f->type)
    {
    case SK_FIELD_BOOL:
      return g_strdup (g_variant_get_boolean (v) ? sk_tr (lang, "Yes") : sk_tr (lang, "No"));
    case SK_FIELD_ENUM:
      {
        const SkEnumValue *e = sk_field_enum_value (f, g_variant_get_string (v, NULL));
        return g_strdup (e ? sk_tr (lang, e->label) : g_variant_get_string (v, NULL));
      }
    case SK_FIELD_DATE:
      {
        char *date = sk_format_iso_date (g_variant_get_string (v, NULL), lang);
        return date ? date : g_strdup (g_variant_get_string (v, NULL));
      }
    case SK_FIELD_MONEY:
      return sk_format_money (g_variant_get_int64 (v), lang);
    case SK_FIELD_REAL:
      return sk_format_number (g_variant_get_double (v), 3, lang);
    case SK_FIELD_REF:
      {
        SkRecord *target = sk_proposal_lookup (proposal, f->ref_kind, g_variant_get_int64 (v));
        if (target)
          return g_strdup (sk_record_display_name (target, lang));
        return g_strdup_printf ("%s #%" G_GINT64_FORMAT, sk_tr (lang, sk_schema_kind (f->ref_kind)->label),
                                g_variant_get_int64 (v));
      }
    case SK_FIELD_INT:
    case SK_FIELD_TEXT:
    default:
      return raw_text (v);
    }
}

/* A field's label; a trilingual text's with its language. */
static char *
field_label (const SkField *f, const char *lang)
{
  const char *label = sk_tr (lang, f->label);

  if (f->lang == NULL)
    return g_strdup (label);
  if (g_str_equal (f->lang, "kk"))
    /* TRANSLATORS: a field of a text given in three languages, e.g. "Title (Kazakh)" */
    return g_strdup_printf (sk_tr (lang, "%s (Kazakh)"), label);
  if (g_str_equal (f->lang, "ru"))
    return g_strdup_printf (sk_tr (lang, "%s (Russian)"), label);
  return g_strdup_printf (sk_tr (lang, "%s (English)"), label);
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

static gboolean
skipped_kind (const SkKind *kind)
{
  return g_str_equal (kind->name, SK_KIND_STATUS_EVENT) || g_str_equal (kind->name, SK_KIND_DECISION) ||
         g_str_equal (kind->name, SK_KIND_REMARK) || g_str_equal (kind->name, SK_KIND_REMARK_REPLY);
}

static void
compare (SkProposal *older, SkProposal *newer, SkRecord *a, SkRecord *b, const char *lang, GPtrArray *out)
{
  const SkKind *kind = sk_record_get_kind (a);
  SkDiffEntry *e = NULL;

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const SkField *def = &kind->fields[i];
      GVariant *va = sk_record_get_value_at (a, i), *vb = sk_record_get_value_at (b, i);
      SkDiffField *f;

      if (skipped_field (kind, def) || same (va, vb))
        continue;
      if (e == NULL)
        {
          e = entry_new (b, SK_DIFF_CHANGED, lang);
          e->fields = g_ptr_array_new_with_free_func ((GDestroyNotify) field_free);
          g_ptr_array_add (out, e);
        }
      f = g_new0 (SkDiffField, 1);
      f->field = def->name;
      f->label = field_label (def, lang);
      f->before = value_text (older, def, va, lang);
      f->after = value_text (newer, def, vb, lang);
      f->before_value = va ? g_variant_ref (va) : NULL;
      f->after_value = vb ? g_variant_ref (vb) : NULL;
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

      if (skipped_kind (&kinds[k]))
        continue;
      /* Both lists are sorted by id: walk them together. */
      while (i < na || j < nb)
        {
          g_autoptr (SkRecord) ra = i < na ? g_list_model_get_item (a, i) : NULL;
          g_autoptr (SkRecord) rb = j < nb ? g_list_model_get_item (b, j) : NULL;
          gint64 ia = ra ? sk_record_get_id (ra) : G_MAXINT64, ib = rb ? sk_record_get_id (rb) : G_MAXINT64;

          if (ia == ib)
            {
              compare (older, newer, ra, rb, lang, out);
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

static void
append_entries (GString *s, GPtrArray *entries, const char *lang)
{
  for (guint i = 0; i < entries->len; i++)
    {
      SkDiffEntry *e = entries->pdata[i];
      const char *mark = e->change == SK_DIFF_ADDED ? "+" : e->change == SK_DIFF_REMOVED ? "-" : "~";
      const char *what = e->change == SK_DIFF_ADDED ? sk_tr (lang, "added")
                         : e->change == SK_DIFF_REMOVED ? sk_tr (lang, "removed") : sk_tr (lang, "changed");

      /* TRANSLATORS: +/-/~, the kind of record, its id, its name, what happened */
      g_string_append_printf (s, sk_tr (lang, "%s %s %lld “%s”: %s\n"), mark, sk_tr (lang, e->kind->label),
                              (long long) e->id, e->name, what);
      for (guint f = 0; e->fields && f < e->fields->len; f++)
        {
          SkDiffField *field = e->fields->pdata[f];
          g_string_append_printf (s, "    %s: %s → %s\n", field->label, field->before ? field->before : "—",
                                  field->after ? field->after : "—");
        }
    }
}

char *
sk_diff_to_text (GPtrArray *entries)
{
  GString *s = g_string_new (NULL);

  if (entries->len == 0)
    g_string_append_printf (s, "%s\n", _("No differences in the content."));
  append_entries (s, entries, NULL);
  return g_string_free (s, FALSE);
}

static void
add_entries_json (JsonBuilder *b, GPtrArray *entries)
{
  static const char * const changes[] = { "added", "removed", "changed" };

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
              g_autofree char *before = raw_text (field->before_value);
              g_autofree char *after = raw_text (field->after_value);

              json_builder_begin_object (b);
              json_builder_set_member_name (b, "field");
              json_builder_add_string_value (b, field->field);
              json_builder_set_member_name (b, "before");
              if (before)
                json_builder_add_string_value (b, before);
              else
                json_builder_add_null_value (b);
              json_builder_set_member_name (b, "after");
              if (after)
                json_builder_add_string_value (b, after);
              else
                json_builder_add_null_value (b);
              json_builder_end_object (b);
            }
          json_builder_end_array (b);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

JsonNode *
sk_diff_to_json (GPtrArray *entries)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "format");
  json_builder_add_string_value (b, "seriktes-diff");
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, 1);
  json_builder_set_member_name (b, "changes");
  add_entries_json (b, entries);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/* ---- the comparison ---- */

static char *
finding_key (SkFinding *f)
{
  return g_strdup_printf ("%s\n%s\n%" G_GINT64_FORMAT, sk_finding_get_check_id (f), sk_finding_get_kind (f),
                          sk_finding_get_record_id (f));
}

static guint
count_responses (SkProposal *proposal, gint64 remark, SkRecord **last)
{
  g_autoptr (GPtrArray) replies = sk_review_remark_replies (proposal, remark);
  guint n = 0;

  for (guint i = 0; i < replies->len; i++)
    if (g_strcmp0 (sk_record_get_string (replies->pdata[i], "action"), "respond") == 0)
      {
        n++;
        if (last)
          {
            g_clear_object (last);
            *last = g_object_ref (replies->pdata[i]);
          }
      }
  return n;
}

SkComparison *
sk_comparison_new (SkProposal *older, SkProposal *newer, SkRuleSet *rules, const SkCheckOptions *options)
{
  SkComparison *c = g_new0 (SkComparison, 1);
  g_autoptr (SkRuleSet) own = rules ? NULL : sk_rule_set_new_default ();
  g_autoptr (GPtrArray) before = NULL;
  g_autoptr (GPtrArray) after = NULL;
  g_autoptr (GHashTable) had = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) has = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *remarks = sk_proposal_get_records (newer, SK_KIND_REMARK);

  c->lang = g_strdup (options ? options->language : NULL);
  c->changes = sk_diff (older, newer, c->lang);
  before = sk_check (older, rules ? rules : own, options);
  after = sk_check (newer, rules ? rules : own, options);
  sk_findings_count (before, &c->older_counts[0], &c->older_counts[1], &c->older_counts[2]);
  sk_findings_count (after, &c->newer_counts[0], &c->newer_counts[1], &c->newer_counts[2]);
  c->resolved = g_ptr_array_new_with_free_func (g_object_unref);
  c->added = g_ptr_array_new_with_free_func (g_object_unref);
  c->unchanged = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < before->len; i++)
    g_hash_table_add (had, finding_key (before->pdata[i]));
  for (guint i = 0; i < after->len; i++)
    {
      char *key = finding_key (after->pdata[i]);
      g_ptr_array_add (g_hash_table_contains (had, key) ? c->unchanged : c->added, g_object_ref (after->pdata[i]));
      g_hash_table_add (has, key);
    }
  for (guint i = 0; i < before->len; i++)
    {
      g_autofree char *key = finding_key (before->pdata[i]);
      if (!g_hash_table_contains (has, key))
        g_ptr_array_add (c->resolved, g_object_ref (before->pdata[i]));
    }

  c->remarks = g_ptr_array_new_with_free_func (g_object_unref);
  c->responses = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (remarks); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (remarks, i);
      g_autoptr (SkRecord) last = NULL;
      gint64 id = sk_record_get_id (r);
      guint now = count_responses (newer, id, &last);
      guint then = sk_proposal_lookup (older, SK_KIND_REMARK, id) ? count_responses (older, id, NULL) : 0;

      if (now > then)
        {
          g_ptr_array_add (c->remarks, g_steal_pointer (&r));
          g_ptr_array_add (c->responses, g_steal_pointer (&last));
        }
    }
  return c;
}

void
sk_comparison_free (SkComparison *c)
{
  if (c == NULL)
    return;
  g_free (c->lang);
  g_ptr_array_unref (c->changes);
  g_ptr_array_unref (c->resolved);
  g_ptr_array_unref (c->added);
  g_ptr_array_unref (c->unchanged);
  g_ptr_array_unref (c->remarks);
  g_ptr_array_unref (c->responses);
  g_free (c);
}

gboolean
sk_comparison_is_empty (SkComparison *c)
{
  return c->changes->len == 0 && c->remarks->len == 0;
}

static char *
counts_text (const guint counts[3], const char *lang)
{
  g_autofree char *w = g_strdup_printf (sk_ntr (lang, "%u warning", "%u warnings", counts[1]), counts[1]);
  /* TRANSLATORS: %u errors, then "N warning(s)" */
  return g_strdup_printf (sk_ntr (lang, "%u error, %s", "%u errors, %s", counts[0]), counts[0], w);
}

static void
append_findings (GString *s, const char *heading, GPtrArray *findings, const char *lang)
{
  if (findings->len == 0)
    return;
  g_string_append_printf (s, "  %s\n", heading);
  for (guint i = 0; i < findings->len; i++)
    {
      SkFinding *f = findings->pdata[i];
      g_string_append_printf (s, "    %s: %s\n", sk_severity_label (sk_finding_get_severity (f), lang),
                              sk_finding_get_message (f));
    }
}

char *
sk_comparison_to_text (SkComparison *c)
{
  const char *lang = c->lang;
  GString *s = g_string_new (NULL);
  g_autofree char *was = counts_text (c->older_counts, lang);
  g_autofree char *is = counts_text (c->newer_counts, lang);

  g_string_append_printf (s, "%s\n", sk_tr (lang, "Content"));
  if (c->changes->len == 0)
    g_string_append_printf (s, "  %s\n", sk_tr (lang, "No differences in the content."));
  else
    {
      g_autoptr (GString) entries = g_string_new (NULL);
      append_entries (entries, c->changes, lang);
      g_string_append (s, entries->str);
    }

  g_string_append_printf (s, "\n%s\n", sk_tr (lang, "Compliance"));
  g_string_append_printf (s, "  %s → %s\n", was, is);
  append_findings (s, sk_tr (lang, "Resolved since the older version:"), c->resolved, lang);
  append_findings (s, sk_tr (lang, "New in the newer version:"), c->added, lang);
  {
    g_autofree char *unchanged = g_strdup_printf (sk_ntr (lang, "%u finding unchanged", "%u findings unchanged",
                                                          c->unchanged->len), c->unchanged->len);
    g_string_append_printf (s, "  %s\n", unchanged);
  }

  g_string_append_printf (s, "\n%s\n", sk_tr (lang, "Remarks answered between the versions"));
  if (c->remarks->len == 0)
    g_string_append_printf (s, "  %s\n", sk_tr (lang, "None."));
  for (guint i = 0; i < c->remarks->len; i++)
    {
      SkRecord *r = c->remarks->pdata[i], *response = c->responses->pdata[i];
      g_autofree char *when = sk_review_format_time (sk_record_get_string (response, "written"), lang, ", ");

      g_string_append_printf (s, "  %s\n", sk_record_get_string (r, "text"));
      /* TRANSLATORS: the response to a remark, who wrote it, when */
      g_string_append_printf (s, sk_tr (lang, "    → %s (%s, %s)\n"), sk_record_get_string (response, "text"),
                              sk_record_get_string (response, "author"), when ? when : "—");
    }
  return g_string_free (s, FALSE);
}

static void
add_findings_json (JsonBuilder *b, const char *name, GPtrArray *findings)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < findings->len; i++)
    {
      SkFinding *f = findings->pdata[i];

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, sk_finding_get_check_id (f));
      json_builder_set_member_name (b, "severity");
      json_builder_add_string_value (b, sk_severity_name (sk_finding_get_severity (f)));
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, sk_finding_get_kind (f));
      json_builder_set_member_name (b, "record");
      json_builder_add_int_value (b, sk_finding_get_record_id (f));
      json_builder_set_member_name (b, "message");
      json_builder_add_string_value (b, sk_finding_get_message (f));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_counts_json (JsonBuilder *b, const char *name, const guint counts[3])
{
  static const char * const keys[] = { "errors", "warnings", "notes" };

  json_builder_set_member_name (b, name);
  json_builder_begin_object (b);
  for (guint i = 0; i < 3; i++)
    {
      json_builder_set_member_name (b, keys[i]);
      json_builder_add_int_value (b, counts[i]);
    }
  json_builder_end_object (b);
}

JsonNode *
sk_comparison_to_json (SkComparison *c)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "format");
  json_builder_add_string_value (b, "seriktes-diff");
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, 2);
  json_builder_set_member_name (b, "changes");
  add_entries_json (b, c->changes);
  json_builder_set_member_name (b, "compliance");
  json_builder_begin_object (b);
  add_counts_json (b, "before", c->older_counts);
  add_counts_json (b, "after", c->newer_counts);
  add_findings_json (b, "resolved", c->resolved);
  add_findings_json (b, "new", c->added);
  add_findings_json (b, "unchanged", c->unchanged);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "remarks_answered");
  json_builder_begin_array (b);
  for (guint i = 0; i < c->remarks->len; i++)
    {
      SkRecord *r = c->remarks->pdata[i], *response = c->responses->pdata[i];

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "remark");
      json_builder_add_int_value (b, sk_record_get_id (r));
      json_builder_set_member_name (b, "state");
      json_builder_add_string_value (b, sk_record_get_string (r, "state"));
      json_builder_set_member_name (b, "response");
      json_builder_add_string_value (b, sk_record_get_string (response, "text"));
      json_builder_set_member_name (b, "by");
      json_builder_add_string_value (b, sk_record_get_string (response, "author"));
      json_builder_set_member_name (b, "at");
      json_builder_add_string_value (b, sk_record_get_string (response, "written"));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
