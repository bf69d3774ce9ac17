/* sk-record-list.c: a group listing the records of one kind */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-field-row.h"
#include "sk-init.h"
#include "sk-record-list.h"
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
  { "ranking_entry", { "publisher", "scope", "subject", "year", "rank_text" } },
  { "agreement", { "kind", "signed_date", "valid_until", "reference" } },
  { "branch", { "bin", "registration_date", "licence_number" } },
  { "board_member", { "side", "role", "position" } },
  { "programme", { "level", "field_code", "credits", "diplomas" } },
  { "staff_member", { "side", "degree", "academic_title", "fte_milli" } },
  { "assignment", { "programme_id", "staff_id", "hours" } },
  { "committee", { "kind" } },
  { "committee_member", { "side", "role" } },
  { "research_project", { "enterprise", "start_year", "end_year", "budget_kzt" } },
  { "third_mission_project", { "kind", "year", "beneficiaries" } },
  { "professional_development", { "place", "year", "participants" } },
  { "financing_line", { "year", "source", "amount_kzt" } },
  { "indicator", { "kind", "unit", "baseline" } },
  { "indicator_target", { "year", "value" } },
  { "mobility_figure", { "year", "direction", "category", "count" } },
  { "shareholder", { "institution_id", "share_bp" } },
  { "review_remark", { "author", "created", "section" } },
  { "decision", { "decision", "decided_by", "decided_at" } },
};

static char *
field_text (SkProposal *proposal, SkRecord *r, const SkField *f)
{
  GVariant *v = sk_record_get_value (r, f->name);

  if (v == NULL)
    return NULL;
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

static char *
summary_with (SkProposal *proposal, SkRecord *record)
{
  const SkKind *kind = sk_record_get_kind (record);
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (summary_fields); i++)
    if (g_str_equal (summary_fields[i].kind, kind->name))
      for (guint j = 0; j < G_N_ELEMENTS (summary_fields[i].fields) && summary_fields[i].fields[j]; j++)
        {
          char *text = field_text (proposal, record, sk_kind_field (kind, summary_fields[i].fields[j]));
          if (text && *text)
            g_ptr_array_add (parts, text);
          else
            g_free (text);
        }
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
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
  const char *title = sk_record_display_name (record, sk_get_content_language ());

  if (g_str_equal (sk_record_get_kind (record)->name, SK_KIND_ASSIGNMENT) ||
      g_str_equal (sk_record_get_kind (record)->name, SK_KIND_INDICATOR_TARGET))
    title = _(sk_record_get_kind (record)->label);
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
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
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
