/* sk-record-dialog.c: a window editing one record and what belongs to it */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-field-row.h"
#include "sk-init.h"
#include "sk-record-dialog.h"
#include "sk-record-list.h"
#include "sk-review-ui.h"
#include "sk-summary.h"
#include "sk-window.h"

struct _SkRecordDialog
{
  AdwWindow parent_instance;

  SkProposal *proposal;
  SkRecord *record;
  AdwWindowTitle *title;
  gulong changed_id;
  gulong record_changed_id;
};

G_DEFINE_FINAL_TYPE (SkRecordDialog, sk_record_dialog, ADW_TYPE_WINDOW)

static void
sk_record_dialog_dispose (GObject *object)
{
  SkRecordDialog *self = SK_RECORD_DIALOG (object);

  g_clear_signal_handler (&self->changed_id, self->proposal);
  g_clear_signal_handler (&self->record_changed_id, self->record);
  g_clear_object (&self->proposal);
  g_clear_object (&self->record);
  G_OBJECT_CLASS (sk_record_dialog_parent_class)->dispose (object);
}

static void
history_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkRecordDialog *self = SK_RECORD_DIALOG (widget);
  g_autoptr (GError) error = NULL;

  gboolean undo = g_str_equal (action_name, "dialog.undo");

  if (!(undo ? sk_proposal_can_undo (self->proposal) : sk_proposal_can_redo (self->proposal)))
    return;
  if (!(undo ? sk_proposal_undo (self->proposal, &error) : sk_proposal_redo (self->proposal, &error)))
    sk_show_error (GTK_WINDOW (self), undo ? _("The edit could not be undone") : _("The edit could not be redone"), error);
}

static void
sk_record_dialog_class_init (SkRecordDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sk_record_dialog_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_install_action (widget_class, "dialog.undo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "dialog.redo", NULL, history_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "dialog.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "dialog.redo", NULL);
}

static void
sk_record_dialog_init (SkRecordDialog *self)
{
}

/* Fields of a kind shown together in one group: trilingual ones, then
 * the rest. */
void
sk_record_editor_fill (AdwPreferencesPage *page, SkProposal *proposal, SkRecord *record, const char *skip_field)
{
  const SkKind *kind = sk_record_get_kind (record);
  AdwPreferencesGroup *texts = NULL;
  AdwPreferencesGroup *details = NULL;

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const SkField *f = &kind->fields[i];

      if (skip_field && g_str_equal (f->name, skip_field))
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
    }
}

static void
update_title (SkRecordDialog *self)
{
  const SkKind *kind = sk_record_get_kind (self->record);

  adw_window_title_set_title (self->title, _(kind->label));
  adw_window_title_set_subtitle (self->title, sk_record_display_name (self->record, sk_get_content_language ()));
}

static void
on_record_changed (SkRecord *record, SkRecordDialog *self)
{
  update_title (self);
}

/* The record was deleted (or its addition undone): nothing left to edit. */
static void
on_proposal_changed (SkProposal *proposal, SkRecordDialog *self)
{
  const SkKind *kind = sk_record_get_kind (self->record);

  if (sk_proposal_lookup (proposal, kind->name, sk_record_get_id (self->record)) != self->record)
    gtk_window_close (GTK_WINDOW (self));
}

static void
on_delete_clicked (GtkButton *button, SkRecordDialog *self)
{
  g_autoptr (GError) error = NULL;
  const SkKind *kind = sk_record_get_kind (self->record);

  if (!sk_proposal_delete (self->proposal, kind->name, sk_record_get_id (self->record), &error))
    sk_show_error (GTK_WINDOW (self), _("The record could not be deleted"), error);
}

static void
on_remark_clicked (GtkButton *button, SkRecordDialog *self)
{
  sk_review_ask_remark (GTK_WINDOW (self), self->proposal, sk_record_get_kind (self->record)->name,
                        sk_record_get_id (self->record), NULL);
}

/* Kinds owned by @kind (deleted with it): shown as lists in its editor. */
static void
add_child_lists (SkRecordDialog *self, AdwPreferencesPage *page)
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
          adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (
            sk_record_list_new (self->proposal, kinds[k].name, field->name, sk_record_get_id (self->record))));
      }
}

static SkRecordDialog *
find_open (GtkWindow *parent, SkRecord *record)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (SK_IS_RECORD_DIALOG (w) && SK_RECORD_DIALOG (w)->record == record)
        return SK_RECORD_DIALOG (w);
    }
  return NULL;
}

SkRecordDialog *
sk_record_dialog_present (GtkWindow *parent, SkProposal *proposal, SkRecord *record)
{
  SkRecordDialog *self;
  GtkWidget *box, *header, *delete, *page;

  g_return_val_if_fail (SK_IS_RECORD (record), NULL);

  if ((self = find_open (parent, record)))
    {
      gtk_window_present (GTK_WINDOW (self));
      return self;
    }

  self = g_object_new (SK_TYPE_RECORD_DIALOG,
                       "transient-for", parent,
                       "modal", FALSE,
                       "default-width", 640,
                       "default-height", 720,
                       "destroy-with-parent", TRUE,
                       NULL);
  self->proposal = g_object_ref (proposal);
  self->record = g_object_ref (record);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  self->title = ADW_WINDOW_TITLE (adw_window_title_new ("", ""));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_tooltip_text (delete, _("Delete (can be undone)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delete"), -1);
  gtk_widget_add_css_class (delete, "destructive-action");
  gtk_widget_set_sensitive (delete, sk_record_editable (proposal, record) && !sk_record_get_kind (record)->singleton);
  g_signal_connect (delete, "clicked", G_CALLBACK (on_delete_clicked), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), delete);
  {
    GtkWidget *remark = gtk_button_new_from_icon_name ("mail-message-new-symbolic");
    gtk_widget_set_tooltip_text (remark, _("Add a review remark about this record"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (remark), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add a remark"), -1);
    gtk_widget_set_sensitive (remark, !sk_proposal_is_read_only (proposal));
    g_signal_connect (remark, "clicked", G_CALLBACK (on_remark_clicked), self);
    adw_header_bar_pack_end (ADW_HEADER_BAR (header), remark);
  }
  gtk_box_append (GTK_BOX (box), header);

  page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (page, TRUE);
  sk_record_editor_fill (ADW_PREFERENCES_PAGE (page), proposal, record, NULL);
  add_child_lists (self, ADW_PREFERENCES_PAGE (page));
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);

  update_title (self);
  self->record_changed_id = g_signal_connect (record, "changed", G_CALLBACK (on_record_changed), self);
  self->changed_id = g_signal_connect (proposal, "changed", G_CALLBACK (on_proposal_changed), self);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
