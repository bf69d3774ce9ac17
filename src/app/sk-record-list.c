/* sk-record-list.c: a group listing the records of one kind */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sk-field-info.h"
#include "sk-field-row.h"
#include "sk-init.h"
#include "sk-record-list.h"
#include "sk-review-ui.h"
#include "sk-summary.h"
#include "sk-window.h"

typedef struct {
  SkProposal *proposal;
  const SkKind *kind;
  char *owner_field;
  gint64 owner_id;
  GtkFilter *filter;
  gulong changed_id;
} ListData;

static void
list_data_free (ListData *d)
{
  if (d->changed_id)
    g_signal_handler_disconnect (d->proposal, d->changed_id);
  g_clear_object (&d->proposal);
  g_free (d->owner_field);
  g_free (d);
}

/* Fields that tell the records of a kind apart, by kind. */
static const struct {
  const char *kind;
  const char *fields[5];
} summary_fields[] = {
  { "institution", { "role", "country", "city" } },
  { "ranking_entry", { "rank_text", "scope", "subject" } },
  { "agreement", { "kind", "signed_date", "valid_until", "reference" } },
  { "branch", { "bin", "registration_date", "licence_number" } },
  { "board_member", { "side", "role", "position" } },
  { "programme", { "level", "field_code", "credits", "diplomas" } },
  { "staff_member", { "side", "degree", "academic_title", "fte_milli" } },
  { "assignment", { "hours" } },
  { "committee", { "kind" } },
  { "committee_member", { "side", "role" } },
  { "research_project", { "enterprise", "start_year", "end_year", "budget_kzt" } },
  { "third_mission_project", { "kind", "year", "beneficiaries" } },
  { "professional_development", { "place", "year", "participants" } },
  { "financing_line", { "amount_kzt", "note" } },
  { "indicator", { "kind", "unit", "baseline" } },
  { "indicator_target", { "value" } },
  { "mobility_figure", { "category", "count" } },
  { "shareholder", { "institution_id", "share_bp" } },
  { "review_remark", { "author", "created", "resolved" } },
  { "decision", { "decided_by", "decided_at" } },
};

/* What names a record of a kind without a name of its own. */
static const struct {
  const char *kind;
  const char *fields[3];
} title_fields[] = {
  { "ranking_entry", { "publisher", "year" } },
  { "financing_line", { "year", "source" } },
  { "indicator_target", { "year" } },
  { "mobility_figure", { "year", "direction" } },
  { "review_remark", { "text" } },
  { "decision", { "decision" } },
  { "franchise", { "franchisor_id" } },
  { "committee", { "kind" } },
  { "agreement", { "kind" } },
};

/* The beginning of a text, on one line. */
static char *
first_words (const char *text)
{
  g_autofree char *line = g_strdup (text);
  char *nl = strchr (line, '\n');

  if (nl)
    *nl = '\0';
  if (g_utf8_strlen (line, -1) > 80)
    {
      *g_utf8_offset_to_pointer (line, 80) = '\0';
      return g_strconcat (g_strchomp (line), "…", NULL);
    }
  return g_steal_pointer (&line);
}

static char *
field_text (SkProposal *proposal, SkRecord *r, const SkField *f)
{
  GVariant *v = sk_record_get_value (r, f->name);

  if (v == NULL)
    return NULL;
  if (f->type == SK_FIELD_BOOL)
    /* A yes-or-no field says something only when it holds. */
    return g_variant_get_boolean (v) ? g_strdup (_(f->label)) : NULL;
  if (sk_field_codes (f) != SK_CODES_NONE)
    return sk_field_code_label (f, g_variant_get_string (v, NULL), NULL);
  if (f->type == SK_FIELD_TEXT && !f->group && !g_str_equal (f->name, "created") && !g_str_equal (f->name, "decided_at"))
    return first_words (g_variant_get_string (v, NULL));
  if (f->type == SK_FIELD_TEXT && (g_str_equal (f->name, "created") || g_str_equal (f->name, "decided_at")))
    {
      /* A moment: its day, as the language writes dates. */
      g_autofree char *day = g_strndup (g_variant_get_string (v, NULL), 10);
      g_autoptr (GVariant) date = g_variant_ref_sink (g_variant_new_string (day));
      return sk_field_format (&(SkField) { .name = f->name, .type = SK_FIELD_DATE }, date);
    }
  if (f->type == SK_FIELD_INT && sk_field_unit (f) == SK_UNIT_NONE)
    {
      g_autofree char *n = sk_field_format (f, v);
      /* TRANSLATORS: a number in a list with what it counts, e.g. "Credits: 240" */
      return g_strdup_printf (_("%s: %s"), _(f->label), n);
    }
  if (f->type == SK_FIELD_ENUM)
    return g_strdup (sk_enum_label (r, f->name));
  if (f->type == SK_FIELD_REF && proposal)
    {
      SkRecord *target = sk_proposal_lookup (proposal, f->ref_kind, g_variant_get_int64 (v));
      return target ? g_strdup (sk_record_display_name (target, sk_get_content_language ())) : NULL;
    }
  if (g_str_has_suffix (f->name, "_bp"))
    {
      g_autofree char *n = sk_field_format (f, v);
      return g_strdup_printf ("%s %%", n);
    }
  if (f->type == SK_FIELD_MONEY)
    {
      g_autofree char *n = sk_field_format (f, v);
      return g_strdup_printf ("%s ₸", n);
    }
  if (g_str_has_suffix (f->name, "_milli"))
    {
      g_autofree char *n = sk_field_format (f, v);
      /* TRANSLATORS: a staff member's full-time equivalents, e.g. "FTE: 0.5";
       * %s is a decimal number (0.5, 1, 1.25): a plural form cannot be
       * chosen for it, so it follows its label. */
      return g_strdup_printf (_("FTE: %s"), n);
    }
  return sk_field_format (f, v);
}

/* The texts of @fields of @record joined with " · ". */
static char *
join_fields (SkProposal *proposal, SkRecord *record, const char * const *fields, guint n)
{
  const SkKind *kind = sk_record_get_kind (record);
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint j = 0; j < n && fields[j]; j++)
    {
      const SkField *f = sk_kind_field (kind, fields[j]);
      char *text = f ? field_text (proposal, record, f) : NULL;

      if (f == NULL && sk_kind_text3 (kind, fields[j], "en"))
        {
          /* Trilingual: the content language's, else another's. */
          const char *s = sk_record_get_text3 (record, fields[j], sk_get_content_language (), TRUE, NULL);
          text = s ? first_words (s) : NULL;
        }
      if (text && *text)
        g_ptr_array_add (parts, text);
      else
        g_free (text);
    }
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static char *
summary_with (SkProposal *proposal, SkRecord *record)
{
  const SkKind *kind = sk_record_get_kind (record);

  for (guint i = 0; i < G_N_ELEMENTS (summary_fields); i++)
    if (g_str_equal (summary_fields[i].kind, kind->name))
      return join_fields (proposal, record, summary_fields[i].fields, G_N_ELEMENTS (summary_fields[i].fields));
  return g_strdup ("");
}

/* A record's title in a list: its name; for kinds without one, what
 * tells it apart ("QS World University Rankings · 2025"); an assignment
 * by what the list's owner is not (the programme in a lecturer's list). */
static char *
title_of (ListData *d, SkRecord *record)
{
  const SkKind *kind = sk_record_get_kind (record);
  const char *name = sk_record_display_name (record, sk_get_content_language ());
  g_autofree char *text = NULL;

  if (g_str_equal (kind->name, SK_KIND_ASSIGNMENT))
    {
      const char *other[] = { g_strcmp0 (d->owner_field, "staff_id") == 0 ? "programme_id" : "staff_id" };
      text = join_fields (d->proposal, record, other, 1);
    }
  else if (g_strcmp0 (name, _("(unnamed)")) != 0)
    return g_strdup (name);
  else
    for (guint i = 0; i < G_N_ELEMENTS (title_fields); i++)
      if (g_str_equal (title_fields[i].kind, kind->name))
        text = join_fields (d->proposal, record, title_fields[i].fields, G_N_ELEMENTS (title_fields[i].fields));
  return text && *text ? g_steal_pointer (&text) : g_strdup (_(kind->label));
}

/* ---- rows ---- */

typedef struct {
  ListData *list;
  SkRecord *record;
} RowData;

static void
update_row (GtkWidget *row, SkRecord *record)
{
  ListData *d = g_object_get_data (G_OBJECT (row), "sk-list");
  g_autofree char *subtitle = summary_with (d->proposal, record);
  g_autofree char *title = title_of (d, record);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
}

static void
on_row_record_changed (SkRecord *record, GtkWidget *row)
{
  update_row (row, record);
}

static void
on_row_activated (AdwActionRow *row, gpointer unused)
{
  SkRecord *record = g_object_get_data (G_OBJECT (row), "sk-record");

  gtk_widget_activate_action (GTK_WIDGET (row), "win.edit-record", "(sx)",
                              sk_record_get_kind (record)->name, sk_record_get_id (record));
}

static GtkWidget *
create_row (gpointer item, gpointer data)
{
  SkRecord *record = item;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  /* A summary on one line (wrapping rows are slow to lay out by the
   * hundred), which may be cut short: the editor shows it whole. */
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  g_object_set_data (G_OBJECT (row), "sk-may-ellipsize", GINT_TO_POINTER (TRUE));
  /* The review remarks about the record not yet resolved. */
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sk_remark_badge_new (sk_record_get_kind (record)->name,
                                                                        sk_record_get_id (record), NULL));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "sk-list", data);
  g_object_set_data_full (G_OBJECT (row), "sk-record", g_object_ref (record), g_object_unref);
  update_row (row, record);
  g_signal_connect_object (record, "changed", G_CALLBACK (on_row_record_changed), row, 0);
  g_signal_connect (row, "activated", G_CALLBACK (on_row_activated), NULL);
  return row;
}

static gboolean
filter_owner (gpointer item, gpointer data)
{
  ListData *d = data;
  return sk_record_get_int (item, d->owner_field, 0) == d->owner_id;
}

static void
on_proposal_changed (SkProposal *proposal, ListData *d)
{
  /* An owner may have changed; the filter is cheap. */
  gtk_filter_changed (d->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

/* ---- adding ---- */

/* A new record opens empty in its editor; it is added from there. */
static void
on_add_clicked (GtkButton *button, ListData *d)
{
  gtk_widget_activate_action (GTK_WIDGET (button), "win.add-record", "(ssx)", d->kind->name,
                              d->owner_field ? d->owner_field : "", d->owner_id);
}

GtkWidget *
sk_record_list_new (SkProposal *proposal, const char *kind, const char *owner_field, gint64 owner_id)
{
  ListData *d = g_new0 (ListData, 1);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *box = gtk_list_box_new ();
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
  GtkWidget *empty = gtk_label_new (_("None yet"));
  g_autofree char *add_label = NULL;
  GListModel *model = sk_proposal_get_records (proposal, kind);

  d->proposal = g_object_ref (proposal);
  d->kind = sk_schema_kind (kind);
  d->owner_field = g_strdup (owner_field);
  d->owner_id = owner_id;
  g_object_set_data_full (G_OBJECT (group), "sk-list", d, (GDestroyNotify) list_data_free);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(d->kind->label));
  /* TRANSLATORS: a button that adds a record, e.g. "Add Institution" */
  add_label = g_strdup_printf (_("Add: %s"), _(d->kind->label));
  gtk_widget_set_tooltip_text (add, add_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, add_label, -1);
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (add, !sk_proposal_is_read_only (proposal) && !sk_proposal_is_frozen (proposal));
  /* Remarks and decisions are made by the review's own actions (Decide…,
   * the remark buttons), which record them properly. */
  gtk_widget_set_visible (add, !g_str_equal (kind, SK_KIND_REMARK) && !g_str_equal (kind, SK_KIND_DECISION) &&
                               !g_str_equal (kind, SK_KIND_STATUS_EVENT) && !g_str_equal (kind, SK_KIND_REMARK_REPLY));
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_clicked), d);
  {
    /* Named by its kind, for a finding that asks for such a record. */
    g_autofree char *name = g_strconcat ("add-", kind, NULL);
    gtk_widget_set_name (add, name);
  }
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);

  gtk_widget_add_css_class (box, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (empty, "dim-label");
  gtk_widget_set_margin_top (empty, 12);
  gtk_widget_set_margin_bottom (empty, 12);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (box), empty);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, _(d->kind->label), -1);

  if (owner_field)
    {
      d->filter = GTK_FILTER (gtk_custom_filter_new (filter_owner, d, NULL));
      model = G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (model), d->filter));
      d->changed_id = g_signal_connect (proposal, "changed", G_CALLBACK (on_proposal_changed), d);
    }
  else
    g_object_ref (model);
  gtk_list_box_bind_model (GTK_LIST_BOX (box), model, create_row, d, NULL);
  g_object_unref (model);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  return group;
}
