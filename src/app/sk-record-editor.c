/* sk-record-editor.c: one record and what belongs to it, edited inside
 * the window */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-error.h"
#include "sk-field-info.h"
#include "sk-field-row.h"
#include "sk-init.h"
#include "sk-record-editor.h"
#include "sk-record-list.h"
#include "sk-review-ui.h"
#include "sk-summary.h"
#include "sk-window.h"

struct _SkRecordEditor
{
  GtkWidget parent_instance;

  GtkWidget *bar;
  GtkWidget *back_button;
  AdwWindowTitle *title;
  GtkWidget *remark_button;
  GtkWidget *delete_button;
  GtkWidget *next_button;
  GtkWidget *add_button;
  GtkWidget *body;
  GtkWidget *page;

  SkProposal *proposal;
  SkRecord *record;
  gulong record_changed_id;
  gboolean touched;

  /* A lecturer's teaching hours per programme, one row each (when the
   * proposal has a few programmes); a new lecturer's are kept here,
   * programme id -> hours, until the lecturer is added. */
  GPtrArray *hours_rows;
  GHashTable *pending_hours;
  gulong proposal_changed_id;
  char *last_added;      /* the name of the record Add and New added */
};

G_DEFINE_FINAL_TYPE (SkRecordEditor, sk_record_editor, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_PROPOSAL, PROP_RECORD, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void add_hours_rows (SkRecordEditor *self);
static const char *name_of (SkRecord *record);

/* Is @f the field after which a lecturer's editor (@self) shows the
 * hours in the programmes (the name, side and home institution first,
 * then the hours, then the other details)? */
static gboolean
hours_after (SkRecordEditor *self, SkRecord *record, const SkField *f)
{
  return self && g_str_equal (sk_record_get_kind (record)->name, SK_KIND_STAFF) &&
         g_str_equal (f->name, "institution_id");
}

/* Fields of a kind shown together in one group: trilingual ones, then
 * the rest (with @self, a lecturer's hours among them). */
static void
fill (SkRecordEditor *self, AdwPreferencesPage *page, SkProposal *proposal, SkRecord *record, const char *skip_field)
{
  const SkKind *kind = sk_record_get_kind (record);
  AdwPreferencesGroup *texts = NULL;
  AdwPreferencesGroup *details = NULL;

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const SkField *f = &kind->fields[i];

      if ((skip_field && g_str_equal (f->name, skip_field)) || sk_field_is_derived (f))
        continue;
      if (f->group)
        {
          if (g_strcmp0 (f->lang, sk_content_languages[0]) != 0)
            continue;
          if (texts == NULL)
            {
              texts = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
              adw_preferences_page_add (page, texts);
            }
          sk_field_rows_add (texts, proposal, record, f);
          continue;
        }
      if (details == NULL)
        {
          details = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_page_add (page, details);
        }
      sk_field_rows_add (details, proposal, record, f);
      if (hours_after (self, record, f))
        {
          add_hours_rows (self);
          details = NULL;
        }
    }
}

void
sk_record_editor_fill (AdwPreferencesPage *page, SkProposal *proposal, SkRecord *record, const char *skip_field)
{
  fill (NULL, page, proposal, record, skip_field);
}

/* Kinds owned by the record's kind (deleted with it): lists in its editor. */
static void
add_child_lists (SkRecordEditor *self)
{
  guint n;
  const SkKind *kinds = sk_schema_kinds (&n);
  const SkKind *kind = sk_record_get_kind (self->record);

  for (guint k = 0; k < n; k++)
    for (guint f = 0; f < kinds[k].n_fields; f++)
      {
        const SkField *field = &kinds[k].fields[f];
        if (field->type == SK_FIELD_REF && (field->flags & SK_FIELD_CASCADE) &&
            g_str_equal (field->ref_kind, kind->name))
          adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (
            sk_record_list_new (self->proposal, kinds[k].name, field->name, sk_record_get_id (self->record))));
      }
}

static void
update_bar (SkRecordEditor *self)
{
  const SkKind *kind = sk_record_get_kind (self->record);
  gboolean is_new = sk_record_editor_is_new (self);
  gboolean editable = sk_record_editable (self->proposal, self->record);
  const char *name = sk_record_display_name (self->record, sk_get_content_language ());

  if (is_new)
    {
      /* TRANSLATORS: the title of the editor of a record being added, e.g. "New: Institution" */
      g_autofree char *title = g_strdup_printf (_("New: %s"), _(kind->label));
      /* TRANSLATORS: the subtitle of the fresh editor after Add and New; %s is the name of the record just added */
      g_autofree char *added = self->last_added ? g_strdup_printf (_("Added: %s"), self->last_added) : NULL;
      adw_window_title_set_title (self->title, title);
      adw_window_title_set_subtitle (self->title, added ? added : "");
    }
  else
    {
      adw_window_title_set_title (self->title, _(kind->label));
      adw_window_title_set_subtitle (self->title, name);
    }
  gtk_widget_set_visible (self->add_button, is_new);
  gtk_widget_set_sensitive (self->add_button, is_new && editable && sk_record_is_complete (self->record, NULL));
  gtk_widget_set_visible (self->next_button, is_new);
  gtk_widget_set_sensitive (self->next_button, is_new && editable && sk_record_is_complete (self->record, NULL));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-next", is_new && editable);
  gtk_widget_set_visible (self->delete_button, !is_new && !kind->singleton);
  gtk_widget_set_sensitive (self->delete_button, editable);
  {
    /* A review remark is the reviewer's: shown while the proposal is
     * submitted or under review. */
    const char *status = sk_record_get_string (sk_proposal_get_info (self->proposal), "status");
    gboolean reviewing = g_strcmp0 (status, "submitted") == 0 || g_strcmp0 (status, "under_review") == 0;
    gtk_widget_set_visible (self->remark_button, !is_new && reviewing);
    gtk_widget_set_sensitive (self->remark_button, !sk_proposal_is_read_only (self->proposal));
  }
  {
    g_autofree char *what = sk_describe_deletion (self->proposal, self->record);
    gtk_widget_set_tooltip_text (self->delete_button, what);
  }
}

static void
on_record_changed (SkRecord *record, SkRecordEditor *self)
{
  if (sk_record_editor_is_new (self))
    self->touched = TRUE;
  update_bar (self);
}

/* ---- a lecturer's hours in the programmes ---- */

/* Up to this many programmes, a lecturer's editor has an hours row for
 * each; with more, the assignments are edited one by one. */
#define MAX_HOURS_ROWS 6

static const SkField *
hours_field (void)
{
  return sk_kind_field (sk_schema_kind (SK_KIND_ASSIGNMENT), "hours");
}

static gint64
row_programme (GtkWidget *row)
{
  return (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "sk-programme"));
}

/* The lecturer's (first) assignment to @programme, or NULL. */
static SkRecord *
find_assignment (SkRecordEditor *self, gint64 programme)
{
  GListModel *all = sk_proposal_get_records (self->proposal, SK_KIND_ASSIGNMENT);
  gint64 staff = sk_record_get_id (self->record);

  for (guint i = 0; staff && i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr (SkRecord) a = g_list_model_get_item (all, i);
      if (sk_record_get_int (a, "staff_id", 0) == staff && sk_record_get_int (a, "programme_id", 0) == programme)
        return a;
    }
  return NULL;
}

static GVariant *
hours_value (SkRecordEditor *self, gint64 programme)
{
  SkRecord *a;

  if (sk_record_editor_is_new (self))
    return self->pending_hours ? g_hash_table_lookup (self->pending_hours, &programme) : NULL;
  a = find_assignment (self, programme);
  return a ? sk_record_get_value (a, "hours") : NULL;
}

static void
hours_mark (GtkWidget *row, const char *message)
{
  if (message)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
    }
  gtk_widget_set_tooltip_text (row, message);
}

static void
hours_show (SkRecordEditor *self, GtkWidget *row)
{
  g_autofree char *text = sk_field_format (hours_field (), hours_value (self, row_programme (row)));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (row))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
  /* What the row shows as saved: anything else is being typed. */
  g_object_set_data_full (G_OBJECT (row), "sk-shown", g_steal_pointer (&text), g_free);
  hours_mark (row, NULL);
}

static gboolean
hours_being_typed (GtkWidget *row)
{
  return g_strcmp0 (g_object_get_data (G_OBJECT (row), "sk-shown"), gtk_editable_get_text (GTK_EDITABLE (row))) != 0;
}

/* Saves what @row holds: a new lecturer keeps it until added; an added
 * one's assignment is made, changed or (the row emptied) removed, each
 * one undo step. */
static void
hours_commit (SkRecordEditor *self, GtkWidget *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  gint64 programme = row_programme (row);
  g_autoptr (GVariant) value = NULL;
  g_autoptr (GError) error = NULL;
  GVariant *old = hours_value (self, programme);
  SkRecord *a;

  {
    g_autofree char *stripped = g_strstrip (g_strdup (text));
    if (*stripped)
      {
        value = sk_field_parse (hours_field (), stripped, &error);
        if (value)
          g_variant_ref_sink (value);
        if (value && !sk_proposal_validate_value (self->proposal, SK_KIND_ASSIGNMENT, "hours", value, &error))
          g_clear_pointer (&value, g_variant_unref);
      }
  }
  if (error)
    {
      hours_mark (row, error->message);
      return;
    }
  hours_mark (row, NULL);
  if ((old == NULL && value == NULL) || (old && value && g_variant_equal (old, value)))
    {
      hours_show (self, row);
      return;
    }
  if (sk_record_editor_is_new (self))
    {
      gint64 *key = g_new (gint64, 1);

      *key = programme;
      if (value)
        g_hash_table_replace (self->pending_hours, key, g_variant_ref (value));
      else
        {
          g_hash_table_remove (self->pending_hours, key);
          g_free (key);
        }
      self->touched = TRUE;
      hours_show (self, row);
      update_bar (self);
      return;
    }
  a = find_assignment (self, programme);
  if (a && value == NULL)
    sk_proposal_delete (self->proposal, SK_KIND_ASSIGNMENT, sk_record_get_id (a), &error);
  else if (a)
    sk_proposal_set (self->proposal, SK_KIND_ASSIGNMENT, sk_record_get_id (a), "hours", value, &error);
  else
    {
      g_autoptr (SkRecord) fresh = sk_record_new_for (self->proposal, SK_KIND_ASSIGNMENT, "staff_id",
                                                      sk_record_get_id (self->record));
      sk_record_set_int (fresh, "programme_id", programme);
      sk_record_set_value (fresh, "hours", value);
      sk_proposal_insert (self->proposal, fresh, &error);
    }
  if (error)
    hours_mark (row, error->message);
  else
    hours_show (self, row);
}

/* Is @row one of the rows shown now (not of the record before Add and
 * New, which may still lose the focus)? */
static gboolean
hours_row_current (SkRecordEditor *self, GtkWidget *row)
{
  return self->hours_rows && g_ptr_array_find (self->hours_rows, row, NULL);
}

static void
on_hours_activated (AdwEntryRow *row, SkRecordEditor *self)
{
  if (hours_row_current (self, GTK_WIDGET (row)))
    hours_commit (self, GTK_WIDGET (row));
}

static void
on_hours_focus_leave (GtkEventControllerFocus *controller, SkRecordEditor *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  g_autofree char *shown = NULL;

  if (!hours_row_current (self, row))
    return;
  shown = sk_field_format (hours_field (), hours_value (self, row_programme (row)));
  if (g_strcmp0 (shown, gtk_editable_get_text (GTK_EDITABLE (row))) != 0)
    hours_commit (self, row);
}

/* Undo, redo, an assignment edited in its own editor: the rows follow
 * (not one being typed into). */
static void
on_proposal_changed (SkProposal *proposal, SkRecordEditor *self)
{
  for (guint i = 0; self->hours_rows && i < self->hours_rows->len; i++)
    {
      GtkWidget *row = self->hours_rows->pdata[i];
      if (!hours_being_typed (row))
        hours_show (self, row);
    }
}

static void
add_hours_rows (SkRecordEditor *self)
{
  GListModel *programmes = sk_proposal_get_records (self->proposal, SK_KIND_PROGRAMME);
  guint n = g_list_model_get_n_items (programmes);
  gboolean editable = sk_record_editable (self->proposal, self->record);
  AdwPreferencesGroup *group;

  if (!g_str_equal (sk_record_get_kind (self->record)->name, SK_KIND_STAFF) || n == 0 || n > MAX_HOURS_ROWS)
    return;
  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _(hours_field ()->label));
  adw_preferences_group_set_description (group, _("Leave it empty for a programme the lecturer does not teach in."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SkRecord) programme = g_list_model_get_item (programmes, i);
      GtkWidget *row = adw_entry_row_new ();
      GtkEventController *focus = gtk_event_controller_focus_new ();

      gtk_widget_set_name (row, "hours");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     sk_record_display_name (programme, sk_get_content_language ()));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_editable_set_editable (GTK_EDITABLE (row), editable);
      g_object_set_data (G_OBJECT (row), "sk-programme", GSIZE_TO_POINTER ((gsize) sk_record_get_id (programme)));
      g_signal_connect_object (row, "entry-activated", G_CALLBACK (on_hours_activated), self, 0);
      g_signal_connect_object (focus, "leave", G_CALLBACK (on_hours_focus_leave), self, 0);
      gtk_widget_add_controller (row, focus);
      hours_show (self, row);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (self->hours_rows, row);
    }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), group);
  if (self->proposal_changed_id == 0)
    self->proposal_changed_id = g_signal_connect (self->proposal, "changed", G_CALLBACK (on_proposal_changed), self);
}

/* The rows of the record (again, after a new one is added). */
static void
build (SkRecordEditor *self)
{
  if (self->page)
    gtk_box_remove (GTK_BOX (self->body), self->page);
  g_ptr_array_set_size (self->hours_rows, 0);
  self->page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (self->page, TRUE);
  fill (self, ADW_PREFERENCES_PAGE (self->page), self->proposal, self->record, NULL);
  if (!sk_record_editor_is_new (self))
    add_child_lists (self);
  gtk_box_append (GTK_BOX (self->body), self->page);
  g_clear_signal_handler (&self->record_changed_id, self->record);
  self->record_changed_id = g_signal_connect (self->record, "changed", G_CALLBACK (on_record_changed), self);
  update_bar (self);
}

static void
on_delete_clicked (SkRecordEditor *self)
{
  const SkKind *kind = sk_record_get_kind (self->record);

  gtk_widget_activate_action (GTK_WIDGET (self), "win.delete-record", "(sx)", kind->name,
                              sk_record_get_id (self->record));
}

static void
on_remark_clicked (SkRecordEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  sk_review_ask_remark (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->proposal,
                        sk_record_get_kind (self->record)->name, sk_record_get_id (self->record), NULL);
}

static void
on_add_clicked (SkRecordEditor *self)
{
  g_autoptr (GError) error = NULL;

  if (!sk_record_editor_add (self, &error))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      sk_show_error (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("The record could not be added"), error);
      return;
    }
  sk_record_editor_focus_first (self);
}

/* Inserts the new record, with a new lecturer's hours in the programmes,
 * as one undo step: the record added, or NULL. */
static SkRecord *
insert (SkRecordEditor *self, GError **error)
{
  const SkKind *kind = sk_record_get_kind (self->record);
  g_autofree char *label = g_strdup_printf (_("Add %s"), _(kind->label));
  GHashTableIter iter;
  gpointer key, value;
  gint64 id;

  sk_proposal_begin_group (self->proposal, label);
  id = sk_proposal_insert (self->proposal, self->record, error);
  g_hash_table_iter_init (&iter, self->pending_hours);
  while (id && g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr (SkRecord) a = sk_record_new_for (self->proposal, SK_KIND_ASSIGNMENT, "staff_id", id);

      sk_record_set_int (a, "programme_id", *(gint64 *) key);
      sk_record_set_value (a, "hours", value);
      if (sk_proposal_insert (self->proposal, a, error) == 0)
        id = 0;
    }
  if (id == 0)
    {
      sk_proposal_cancel_group (self->proposal);
      return NULL;
    }
  /* The first Kazakhstani OHPE becomes the applicant. */
  if (g_str_equal (kind->name, SK_KIND_INSTITUTION))
    sk_proposal_fill_own_references (self->proposal);
  if (!sk_proposal_end_group (self->proposal, error))
    return NULL;
  return sk_proposal_lookup (self->proposal, kind->name, id);
}

/* The editor goes on with @record (taken). */
static void
take_record (SkRecordEditor *self, SkRecord *record)
{
  g_clear_signal_handler (&self->record_changed_id, self->record);
  g_set_object (&self->record, record);
  g_object_unref (record);
  self->touched = FALSE;
  g_hash_table_remove_all (self->pending_hours);
  build (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
}

gboolean
sk_record_editor_add (SkRecordEditor *self, GError **error)
{
  SkRecord *added;

  g_return_val_if_fail (SK_IS_RECORD_EDITOR (self), FALSE);
  g_return_val_if_fail (sk_record_editor_is_new (self), FALSE);

  if ((added = insert (self, error)) == NULL)
    return FALSE;
  g_clear_pointer (&self->last_added, g_free);
  take_record (self, g_object_ref (added));
  return TRUE;
}

/* What is being typed into the focused row is saved first (Ctrl+Enter
 * right after typing the last value). */
static void
save_focused (SkRecordEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus ? gtk_widget_get_ancestor (focus, ADW_TYPE_ENTRY_ROW) : NULL;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return;
  if (row)
    g_signal_emit_by_name (row, "entry-activated");
  else
    /* A text view or a switch saves when the focus leaves it. */
    gtk_widget_grab_focus (self->back_button);
}

/* A row under @widget marked as holding a value it refused (text typed
 * that is no valid value), or NULL. */
static GtkWidget *
find_refused (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_ROW (child) && gtk_widget_get_visible (child) && gtk_widget_has_css_class (child, "error"))
        return child;
      if ((found = find_refused (child)))
        return found;
    }
  return NULL;
}

gboolean
sk_record_editor_add_next (SkRecordEditor *self, GError **error)
{
  SkRecord *added;
  const SkField *missing = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (SK_IS_RECORD_EDITOR (self), FALSE);
  g_return_val_if_fail (sk_record_editor_is_new (self), FALSE);

  save_focused (self);
  /* What the user typed is never dropped: a value refused stops it. */
  if (find_refused (self->page))
    {
      g_set_error_literal (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE, _("The record could not be added"));
      return FALSE;
    }
  if (!sk_record_is_complete (self->record, &missing))
    {
      /* TRANSLATORS: Add and New with a required field empty; %s is its name */
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE, _("“%s” is required: fill it in to add the record."),
                   _(missing->label));
      return FALSE;
    }
  if ((added = insert (self, error)) == NULL)
    return FALSE;
  name = g_strdup (name_of (added));
  take_record (self, sk_record_new_next (self->proposal, added));
  sk_record_editor_focus_first (self);
  /* The fresh editor says what was added (not a toast: one replacing
   * another in the middle of its animation crashes libadwaita 1.2). */
  g_free (self->last_added);
  self->last_added = g_steal_pointer (&name);
  update_bar (self);
  return TRUE;
}

/* Focuses the row of @field, when there is one. */
static void
focus_field (SkRecordEditor *self, const char *field)
{
  GtkWidget *stack[256];
  guint n = 0;

  stack[n++] = self->page;
  while (n > 0)
    {
      GtkWidget *w = stack[--n];
      if (g_strcmp0 (gtk_widget_get_name (w), field) == 0 && ADW_IS_PREFERENCES_ROW (w))
        {
          gtk_widget_grab_focus (w);
          return;
        }
      for (GtkWidget *c = gtk_widget_get_first_child (w); c && n < G_N_ELEMENTS (stack); c = gtk_widget_get_next_sibling (c))
        stack[n++] = c;
    }
}

static void
on_next_clicked (SkRecordEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.add-next", NULL);
}

static void
add_next_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkRecordEditor *self = SK_RECORD_EDITOR (widget);
  g_autoptr (GError) error = NULL;
  const SkField *missing = NULL;
  GtkWidget *refused;
  GtkRoot *root;

  if (!sk_record_editor_is_new (self) || sk_record_editor_add_next (self, &error))
    return;
  root = gtk_widget_get_root (widget);
  if ((refused = find_refused (self->page)))
    {
      /* Its mark says why: the user corrects it there. */
      gtk_widget_grab_focus (refused);
      gtk_widget_error_bell (widget);
      return;
    }
  if (!sk_record_is_complete (self->record, &missing))
    {
      /* The row's mark says what is missing: the user goes on there. */
      focus_field (self, missing->name);
      gtk_widget_error_bell (widget);
      return;
    }
  sk_show_error (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("The record could not be added"), error);
}

/* ---- focus ---- */

static GtkWidget *
first_editable_row (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_ROW (child) && gtk_widget_get_visible (child) && gtk_widget_is_sensitive (child) &&
          (ADW_IS_ENTRY_ROW (child) || ADW_IS_COMBO_ROW (child) || ADW_IS_EXPANDER_ROW (child) ||
           gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (child))))
        return child;
      if ((found = first_editable_row (child)))
        return found;
    }
  return NULL;
}

void
sk_record_editor_focus_first (SkRecordEditor *self)
{
  GtkWidget *row;

  g_return_if_fail (SK_IS_RECORD_EDITOR (self));
  row = first_editable_row (self->page);
  if (row == NULL || !gtk_widget_grab_focus (row))
    {
      gtk_widget_grab_focus (self->back_button);
      return;
    }
  /* The cursor after the text, which stays unselected: a key typed does
   * not replace it. */
  if (ADW_IS_ENTRY_ROW (row))
    gtk_editable_select_region (GTK_EDITABLE (row), -1, -1);
}

/* ---- the class ---- */

SkProposal *
sk_record_editor_get_proposal (SkRecordEditor *self)
{
  g_return_val_if_fail (SK_IS_RECORD_EDITOR (self), NULL);
  return self->proposal;
}

SkRecord *
sk_record_editor_get_record (SkRecordEditor *self)
{
  g_return_val_if_fail (SK_IS_RECORD_EDITOR (self), NULL);
  return self->record;
}

gboolean
sk_record_editor_is_new (SkRecordEditor *self)
{
  g_return_val_if_fail (SK_IS_RECORD_EDITOR (self), FALSE);
  return sk_record_get_id (self->record) == 0;
}

gboolean
sk_record_editor_is_touched (SkRecordEditor *self)
{
  g_return_val_if_fail (SK_IS_RECORD_EDITOR (self), FALSE);
  return self->touched;
}

static void
sk_record_editor_constructed (GObject *object)
{
  SkRecordEditor *self = SK_RECORD_EDITOR (object);

  G_OBJECT_CLASS (sk_record_editor_parent_class)->constructed (object);
  g_return_if_fail (self->proposal != NULL && self->record != NULL);
  build (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(sk_record_get_kind (self->record)->label), -1);
}

static void
sk_record_editor_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SkRecordEditor *self = SK_RECORD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROPOSAL:
      g_value_set_object (value, self->proposal);
      break;
    case PROP_RECORD:
      g_value_set_object (value, self->record);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_record_editor_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  SkRecordEditor *self = SK_RECORD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROPOSAL:
      self->proposal = g_value_dup_object (value);
      break;
    case PROP_RECORD:
      self->record = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_record_editor_dispose (GObject *object)
{
  SkRecordEditor *self = SK_RECORD_EDITOR (object);

  if (self->record)
    g_clear_signal_handler (&self->record_changed_id, self->record);
  if (self->proposal)
    g_clear_signal_handler (&self->proposal_changed_id, self->proposal);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_RECORD_EDITOR);
  self->page = NULL;
  g_clear_object (&self->record);
  g_clear_object (&self->proposal);
  g_clear_pointer (&self->hours_rows, g_ptr_array_unref);
  g_clear_pointer (&self->pending_hours, g_hash_table_unref);
  g_clear_pointer (&self->last_added, g_free);
  G_OBJECT_CLASS (sk_record_editor_parent_class)->dispose (object);
}

static void
sk_record_editor_class_init (SkRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sk_record_editor_constructed;
  object_class->get_property = sk_record_editor_get_property;
  object_class->set_property = sk_record_editor_set_property;
  object_class->dispose = sk_record_editor_dispose;

  properties[PROP_PROPOSAL] = g_param_spec_object ("proposal", NULL, NULL, SK_TYPE_PROPOSAL,
                                                   G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECORD] = g_param_spec_object ("record", NULL, NULL, SK_TYPE_RECORD,
                                                 G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                 G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-record-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SkRecordEditor, bar);
  gtk_widget_class_bind_template_child (widget_class, SkRecordEditor, back_button);
  gtk_widget_class_bind_template_child (widget_class, SkRecordEditor, title);
  gtk_widget_class_bind_template_child (widget_class, SkRecordEditor, remark_button);
  gtk_widget_class_bind_template_child (widget_class, SkRecordEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, SkRecordEditor, next_button);
  gtk_widget_class_bind_template_child (widget_class, SkRecordEditor, add_button);
  gtk_widget_class_bind_template_child (widget_class, SkRecordEditor, body);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_remark_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_next_clicked);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_install_action (widget_class, "editor.add-next", NULL, add_next_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.add-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "editor.add-next", NULL);
}

static void
sk_record_editor_init (SkRecordEditor *self)
{
  self->hours_rows = g_ptr_array_new ();
  self->pending_hours = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_variant_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_record_editor_new (SkProposal *proposal, SkRecord *record)
{
  return g_object_new (SK_TYPE_RECORD_EDITOR, "proposal", proposal, "record", record, NULL);
}

/* ---- what goes with a deleted record ---- */

/* "2 ranking entries" for @n records of @kind. */
static char *
count_of (const SkKind *kind, guint n)
{
  const char *name = kind->name;

  if (g_str_equal (name, SK_KIND_RANKING))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u ranking entry", "%u ranking entries", n), n);
  if (g_str_equal (name, SK_KIND_BOARD_MEMBER))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u board member", "%u board members", n), n);
  if (g_str_equal (name, SK_KIND_SHAREHOLDER))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u shareholder", "%u shareholders", n), n);
  if (g_str_equal (name, SK_KIND_ASSIGNMENT))
    /* TRANSLATORS: teaching assignments of a lecturer to a programme */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u assignment", "%u assignments", n), n);
  if (g_str_equal (name, SK_KIND_COMMITTEE_MEMBER))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u committee member", "%u committee members", n), n);
  if (g_str_equal (name, SK_KIND_INDICATOR_TARGET))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u indicator target", "%u indicator targets", n), n);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u record", "%u records", n), n);
}

/* Counts the records deleted with (@kind, @id), by kind, into @counts. */
static void
count_dependents (SkProposal *proposal, const SkKind *kind, gint64 id, guint *counts)
{
  guint n;
  const SkKind *kinds = sk_schema_kinds (&n);

  for (guint k = 0; k < n; k++)
    for (guint f = 0; f < kinds[k].n_fields; f++)
      {
        const SkField *field = &kinds[k].fields[f];
        GListModel *records;

        if (field->type != SK_FIELD_REF || !(field->flags & SK_FIELD_CASCADE) || !g_str_equal (field->ref_kind, kind->name))
          continue;
        records = sk_proposal_get_records (proposal, kinds[k].name);
        for (guint i = 0; i < g_list_model_get_n_items (records); i++)
          {
            g_autoptr (SkRecord) r = g_list_model_get_item (records, i);
            if (sk_record_get_int (r, field->name, 0) == id)
              {
                counts[k]++;
                count_dependents (proposal, &kinds[k], sk_record_get_id (r), counts);
              }
          }
      }
}

/* "2 ranking entries, 1 assignment", or NULL when nothing goes along. */
static char *
dependents_text (SkProposal *proposal, SkRecord *record)
{
  guint n;
  const SkKind *kinds = sk_schema_kinds (&n);
  g_autofree guint *counts = g_new0 (guint, n);
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  count_dependents (proposal, sk_record_get_kind (record), sk_record_get_id (record), counts);
  for (guint k = 0; k < n; k++)
    if (counts[k])
      g_ptr_array_add (parts, count_of (&kinds[k], counts[k]));
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  /* TRANSLATORS: separates the items of a list such as "2 ranking entries, 1 assignment" */
  return g_strjoinv (_(", "), (char **) parts->pdata);
}

static const char *
name_of (SkRecord *record)
{
  const char *name = sk_record_display_name (record, sk_get_content_language ());

  return g_strcmp0 (name, _("(unnamed)")) == 0 ? _(sk_record_get_kind (record)->label) : name;
}

char *
sk_describe_deletion (SkProposal *proposal, SkRecord *record)
{
  g_autofree char *with = dependents_text (proposal, record);

  if (with == NULL)
    return g_strdup (_("Delete (can be undone)"));
  /* TRANSLATORS: the tooltip of the Delete button; %s is a list such as "2 ranking entries" */
  return g_strdup_printf (_("Delete, and with it: %s (can be undone)"), with);
}

char *
sk_describe_deleted (SkProposal *proposal, SkRecord *record)
{
  g_autofree char *with = dependents_text (proposal, record);

  if (with == NULL)
    /* TRANSLATORS: a toast with an Undo button; %s is the name of the record or its kind */
    return g_strdup_printf (_("Deleted: %s"), name_of (record));
  /* TRANSLATORS: a toast with an Undo button; the second %s is a list such as "2 ranking entries" */
  return g_strdup_printf (_("Deleted: %s (and with it: %s)"), name_of (record), with);
}
