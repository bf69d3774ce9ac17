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

struct _SkRecordList
{
  AdwPreferencesGroup parent_instance;

  GtkWidget *search_button;
  GtkWidget *search_entry;
  GtkWidget *add_button;
  GtkWidget *box;
  GtkWidget *empty;

  SkProposal *proposal;
  const SkKind *kind;
  char *owner_field;
  gint64 owner_id;
  GtkFilter *filter;
  char *query;              /* casefolded; NULL: no search */
  SkCompliance *compliance; /* the window's, for the rows' badges */
  GHashTable *counts;       /* "kind:id" → errors << 16 | warnings */
  gulong changed_id;
  gulong compliance_id;
};

G_DEFINE_FINAL_TYPE (SkRecordList, sk_record_list, ADW_TYPE_PREFERENCES_GROUP)

enum { PROP_0, PROP_PROPOSAL, PROP_KIND, PROP_OWNER_FIELD, PROP_OWNER_ID, N_PROPS };
static GParamSpec *properties[N_PROPS];

typedef SkRecordList ListData;

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

/* A row of a record: its title, what tells it apart, and the badge of its
 * errors or warnings. */
#define SK_TYPE_RECORD_ROW (sk_record_row_get_type ())
G_DECLARE_FINAL_TYPE (SkRecordRow, sk_record_row, SK, RECORD_ROW, AdwActionRow)

struct _SkRecordRow
{
  AdwActionRow parent_instance;

  SkRecordList *list;   /* not a reference: the list outlives its rows */
  SkRecord *record;
  GtkWidget *badge;
};

G_DEFINE_FINAL_TYPE (SkRecordRow, sk_record_row, ADW_TYPE_ACTION_ROW)

static void
sk_record_row_dispose (GObject *object)
{
  g_clear_object (&SK_RECORD_ROW (object)->record);
  G_OBJECT_CLASS (sk_record_row_parent_class)->dispose (object);
}

static void
sk_record_row_class_init (SkRecordRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sk_record_row_dispose;
}

static void
sk_record_row_init (SkRecordRow *self)
{
}

static void
key_of (char *buf, gsize size, const char *kind, gint64 id)
{
  g_snprintf (buf, size, "%s:%" G_GINT64_FORMAT, kind, id);
}

static void
update_badge (SkRecordRow *row)
{
  SkRecordList *d = row->list;
  char key[96];
  guint packed, e, w;

  key_of (key, sizeof key, sk_record_get_kind (row->record)->name, sk_record_get_id (row->record));
  packed = d->counts ? GPOINTER_TO_UINT (g_hash_table_lookup (d->counts, key)) : 0;
  e = packed >> 16;
  w = packed & 0xffff;
  gtk_widget_set_visible (row->badge, e + w > 0);
  gtk_widget_remove_css_class (row->badge, "error");
  gtk_widget_remove_css_class (row->badge, "warning");
  if (e + w == 0)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  {
    g_autofree char *text = g_strdup_printf ("%u", e ? e : w);
    g_autofree char *ee = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", e), e);
    g_autofree char *ww = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", w), w);
    /* TRANSLATORS: the accessible description of a record in a list:
     * its errors and its warnings, e.g. "1 error, 2 warnings" */
    g_autofree char *a11y = g_strdup_printf (_("%s, %s"), ee, ww);

    gtk_label_set_text (GTK_LABEL (row->badge), text);
    gtk_widget_add_css_class (row->badge, e ? "error" : "warning");
    gtk_widget_set_tooltip_text (row->badge, a11y);
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, a11y, -1);
  }
}

static void
update_row (SkRecordRow *row)
{
  g_autofree char *subtitle = summary_with (row->list->proposal, row->record);
  g_autofree char *title = title_of (row->list, row->record);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  update_badge (row);
}

static void
on_row_activated (SkRecordRow *row)
{
  gtk_widget_activate_action (GTK_WIDGET (row), "win.edit-record", "(sx)",
                              sk_record_get_kind (row->record)->name, sk_record_get_id (row->record));
}

static GtkWidget *
create_row (gpointer item, gpointer data)
{
  SkRecordRow *row = g_object_new (SK_TYPE_RECORD_ROW, "use-markup", FALSE, "activatable", TRUE,
                                   /* A summary on one line (wrapping rows are slow to lay
                                    * out by the hundred), which may be cut short: the
                                    * editor shows it whole. */
                                   "subtitle-lines", 1, NULL);

  row->list = data;
  row->record = g_object_ref (item);
  row->badge = gtk_label_new (NULL);
  gtk_widget_set_valign (row->badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (row->badge, "sk-badge");
  gtk_widget_add_css_class (row->badge, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), row->badge);
  /* The review remarks about the record not yet resolved. */
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sk_remark_badge_new (sk_record_get_kind (row->record)->name,
                                                                        sk_record_get_id (row->record), NULL));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  update_row (row);
  g_signal_connect_object (item, "changed", G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);
  g_signal_connect (row, "activated", G_CALLBACK (on_row_activated), NULL);
  return GTK_WIDGET (row);
}

/* ---- filtering: the owner's records, and those the search finds ---- */

static gboolean
matches (SkRecordList *d, SkRecord *record)
{
  g_autofree char *title = title_of (d, record);
  g_autofree char *summary = summary_with (d->proposal, record);
  g_autofree char *text = g_strconcat (title, " ", summary, NULL);
  g_autofree char *folded = g_utf8_casefold (text, -1);

  return strstr (folded, d->query) != NULL;
}

static gboolean
filter_record (gpointer item, gpointer data)
{
  SkRecordList *d = data;

  if (d->owner_field && sk_record_get_int (item, d->owner_field, 0) != d->owner_id)
    return FALSE;
  return d->query == NULL || matches (d, item);
}

static void
on_proposal_changed (SkProposal *proposal, SkRecordList *d)
{
  /* An owner may have changed; the filter is cheap. */
  gtk_filter_changed (d->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_search_changed (SkRecordList *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->query, g_free);
  if (*stripped)
    self->query = g_utf8_casefold (stripped, -1);
  gtk_label_set_text (GTK_LABEL (self->empty), self->query ? _("Nothing found") : _("None yet"));
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_stop_search (SkRecordList *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->search_button), FALSE);
  gtk_widget_grab_focus (self->search_button);
}

void
sk_record_list_search (SkRecordList *self, const char *text)
{
  g_return_if_fail (SK_IS_RECORD_LIST (self));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->search_button), TRUE);
  if (text)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
      on_search_changed (self);
    }
  gtk_widget_grab_focus (self->search_entry);
}

guint
sk_record_list_get_n_shown (SkRecordList *self)
{
  guint n = 0;

  g_return_val_if_fail (SK_IS_RECORD_LIST (self), 0);
  for (GtkWidget *child = gtk_widget_get_first_child (self->box); child; child = gtk_widget_get_next_sibling (child))
    n += SK_IS_RECORD_ROW (child);
  return n;
}

/* ---- badges: the findings about each record ---- */

static void
update_counts (SkRecordList *self)
{
  g_autoptr (GPtrArray) findings = sk_compliance_dup_findings (self->compliance);

  g_clear_pointer (&self->counts, g_hash_table_unref);
  self->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < findings->len; i++)
    {
      SkFinding *f = findings->pdata[i];
      SkSeverity severity = sk_finding_get_severity (f);
      char key[96];
      guint packed;

      if (severity == SK_SEVERITY_NOTE || g_strcmp0 (sk_finding_get_kind (f), self->kind->name) != 0)
        continue;
      key_of (key, sizeof key, sk_finding_get_kind (f), sk_finding_get_record_id (f));
      packed = GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, key));
      packed += severity == SK_SEVERITY_ERROR ? 1u << 16 : 1u;
      g_hash_table_insert (self->counts, g_strdup (key), GUINT_TO_POINTER (packed));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (self->box); child; child = gtk_widget_get_next_sibling (child))
    if (SK_IS_RECORD_ROW (child))
      update_badge (SK_RECORD_ROW (child));
}

/* The window's findings, once the list is in it. */
static void
sk_record_list_root (GtkWidget *widget)
{
  SkRecordList *self = SK_RECORD_LIST (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (sk_record_list_parent_class)->root (widget);
  root = gtk_widget_get_root (widget);
  if (self->compliance || !SK_IS_WINDOW (root) || sk_window_get_compliance (SK_WINDOW (root)) == NULL)
    return;
  self->compliance = g_object_ref (sk_window_get_compliance (SK_WINDOW (root)));
  /* Each new set of findings (they come from the check's worker; the
   * counts can stay alike while a finding moves to another record). */
  self->compliance_id = g_signal_connect_swapped (sk_compliance_get_findings (self->compliance), "items-changed",
                                                  G_CALLBACK (update_counts), self);
  update_counts (self);
}

/* ---- adding ---- */

/* A new record opens empty in its editor; it is added from there. */
static void
on_add_clicked (SkRecordList *d)
{
  gtk_widget_activate_action (GTK_WIDGET (d), "win.add-record", "(ssx)", d->kind->name,
                              d->owner_field ? d->owner_field : "", d->owner_id);
}

/* ---- the object ---- */

static void
sk_record_list_constructed (GObject *object)
{
  SkRecordList *self = SK_RECORD_LIST (object);
  const char *kind;
  g_autofree char *add_label = NULL;
  g_autofree char *name = NULL;
  GListModel *model;

  G_OBJECT_CLASS (sk_record_list_parent_class)->constructed (object);
  g_return_if_fail (self->proposal && self->kind);
  kind = self->kind->name;
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _(self->kind->label));
  /* TRANSLATORS: a button that adds a record, e.g. "Add Institution" */
  add_label = g_strdup_printf (_("Add: %s"), _(self->kind->label));
  gtk_widget_set_tooltip_text (self->add_button, add_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button), GTK_ACCESSIBLE_PROPERTY_LABEL, add_label, -1);
  gtk_widget_set_sensitive (self->add_button, !sk_proposal_is_read_only (self->proposal) &&
                                              !sk_proposal_is_frozen (self->proposal));
  /* Remarks and decisions are made by the review's own actions (Decide…,
   * the remark buttons), which record them properly. */
  gtk_widget_set_visible (self->add_button, !g_str_equal (kind, SK_KIND_REMARK) && !g_str_equal (kind, SK_KIND_DECISION) &&
                                            !g_str_equal (kind, SK_KIND_STATUS_EVENT) &&
                                            !g_str_equal (kind, SK_KIND_REMARK_REPLY));
  /* Named by its kind, for a finding that asks for such a record. */
  name = g_strconcat ("add-", kind, NULL);
  gtk_widget_set_name (self->add_button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->box), GTK_ACCESSIBLE_PROPERTY_LABEL, _(self->kind->label), -1);

  self->filter = GTK_FILTER (gtk_custom_filter_new (filter_record, self, NULL));
  model = G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (sk_proposal_get_records (self->proposal, kind)),
                                                   g_object_ref (self->filter)));
  if (self->owner_field)
    self->changed_id = g_signal_connect (self->proposal, "changed", G_CALLBACK (on_proposal_changed), self);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->box), model, create_row, self, NULL);
  g_object_unref (model);
}

static void
sk_record_list_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  SkRecordList *self = SK_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_PROPOSAL:
      self->proposal = g_value_dup_object (value);
      break;
    case PROP_KIND:
      self->kind = sk_schema_kind (g_value_get_string (value));
      break;
    case PROP_OWNER_FIELD:
      self->owner_field = g_value_dup_string (value);
      break;
    case PROP_OWNER_ID:
      self->owner_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_record_list_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SkRecordList *self = SK_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_PROPOSAL:
      g_value_set_object (value, self->proposal);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind ? self->kind->name : NULL);
      break;
    case PROP_OWNER_FIELD:
      g_value_set_string (value, self->owner_field);
      break;
    case PROP_OWNER_ID:
      g_value_set_int64 (value, self->owner_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_record_list_dispose (GObject *object)
{
  SkRecordList *self = SK_RECORD_LIST (object);

  if (self->box)
    gtk_list_box_bind_model (GTK_LIST_BOX (self->box), NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_RECORD_LIST);
  if (self->proposal)
    g_clear_signal_handler (&self->changed_id, self->proposal);
  if (self->compliance)
    g_clear_signal_handler (&self->compliance_id, sk_compliance_get_findings (self->compliance));
  g_clear_object (&self->compliance);
  g_clear_object (&self->filter);
  g_clear_object (&self->proposal);
  g_clear_pointer (&self->counts, g_hash_table_unref);
  G_OBJECT_CLASS (sk_record_list_parent_class)->dispose (object);
}

static void
sk_record_list_finalize (GObject *object)
{
  SkRecordList *self = SK_RECORD_LIST (object);

  g_free (self->owner_field);
  g_free (self->query);
  G_OBJECT_CLASS (sk_record_list_parent_class)->finalize (object);
}

static void
sk_record_list_class_init (SkRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sk_record_list_constructed;
  object_class->get_property = sk_record_list_get_property;
  object_class->set_property = sk_record_list_set_property;
  object_class->dispose = sk_record_list_dispose;
  object_class->finalize = sk_record_list_finalize;
  widget_class->root = sk_record_list_root;

  properties[PROP_PROPOSAL] = g_param_spec_object ("proposal", NULL, NULL, SK_TYPE_PROPOSAL,
                                                   G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL,
                                               G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OWNER_FIELD] = g_param_spec_string ("owner-field", NULL, NULL, NULL,
                                                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OWNER_ID] = g_param_spec_int64 ("owner-id", NULL, NULL, 0, G_MAXINT64, 0,
                                                  G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-record-list.ui");
  gtk_widget_class_bind_template_child (widget_class, SkRecordList, search_button);
  gtk_widget_class_bind_template_child (widget_class, SkRecordList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SkRecordList, add_button);
  gtk_widget_class_bind_template_child (widget_class, SkRecordList, box);
  gtk_widget_class_bind_template_child (widget_class, SkRecordList, empty);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
}

static void
sk_record_list_init (SkRecordList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_record_list_new (SkProposal *proposal, const char *kind, const char *owner_field, gint64 owner_id)
{
  return g_object_new (SK_TYPE_RECORD_LIST, "proposal", proposal, "kind", kind,
                       "owner-field", owner_field, "owner-id", owner_id, NULL);
}
