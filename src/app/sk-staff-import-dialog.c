/* sk-staff-import-dialog.c: a staff list from a spreadsheet (CSV, XLSX) or
 * a pasted block: the columns' fields, the preview, the import */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-csv.h"
#include "sk-error.h"
#include "sk-file.h"
#include "sk-info-row.h"
#include "sk-staff-import-dialog.h"

/* Refused rows listed one by one; beyond, how many more. */
#define MAX_LISTED 200

struct _SkStaffImportDialog
{
  AdwWindow parent_instance;

  GtkWidget *summary;
  GtkWidget *columns_group;
  GtkWidget *columns_list;
  GtkWidget *refused_group;
  GtkWidget *refused_list;
  GtkWidget *import_button;

  SkProposal *proposal;
  GBytes *data;            /* NULL: a pasted block, no mapping step */
  SkStaffImport *import;
  GPtrArray *column_rows;  /* AdwComboRow per column */
  gboolean filling;
};

G_DEFINE_FINAL_TYPE (SkStaffImportDialog, sk_staff_import_dialog, ADW_TYPE_WINDOW)

/* The settings, when their schema is installed. */
static GSettings *
settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE) : NULL;

  if (schema == NULL || !g_settings_schema_has_key (schema, "staff-import-mapping"))
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

static void
toast (GtkWidget *widget, const char *text)
{
  if (widget)
    gtk_widget_activate_action (widget, "win.toast", "s", text);
}

/* ---- the preview ---- */

static void
clear_list (GtkWidget *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (list)))
    gtk_list_box_remove (GTK_LIST_BOX (list), child);
}

static void
fill_preview (SkStaffImportDialog *self)
{
  GPtrArray *rows = sk_staff_import_rows (self->import);
  g_autofree char *summary = sk_staff_import_summary (self->import);
  guint n_new, n_updated, n_unchanged, n_refused, listed = 0;

  sk_staff_import_counts (self->import, &n_new, &n_updated, &n_unchanged, &n_refused);
  gtk_label_set_text (GTK_LABEL (self->summary), summary);
  clear_list (self->refused_list);
  for (guint i = 0; i < rows->len && listed < MAX_LISTED; i++)
    {
      const SkImportRow *row = rows->pdata[i];
      GtkWidget *r;
      g_autoptr (GString) problems = NULL;
      g_autofree char *title = NULL;

      if (row->status != SK_IMPORT_REFUSED)
        continue;
      listed++;
      problems = g_string_new (NULL);
      for (guint e = 0; e < row->errors->len; e++)
        {
          g_autofree char *text = sk_staff_import_row_problem (row, e);
          if (e > 0)
            g_string_append_c (problems, '\n');
          g_string_append (problems, text);
        }
      if (row->person)
        title = g_strdup (row->person);
      else
        /* TRANSLATORS: a row of the spreadsheet without a name; %u is its
         * number as the spreadsheet shows it (an ordinal, not a count) */
        title = g_strdup_printf (_("Row %u"), row->number);
      r = sk_info_row_new (title, problems->str, "dialog-error-symbolic");
      sk_info_row_set_icon_style (SK_INFO_ROW (r), "error");
      gtk_list_box_append (GTK_LIST_BOX (self->refused_list), r);
    }
  if (n_refused > listed)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more refused row",
                                                            "And %u more refused rows", n_refused - listed),
                                               n_refused - listed);
      gtk_list_box_append (GTK_LIST_BOX (self->refused_list), sk_info_row_new (more, NULL, NULL));
    }
  gtk_widget_set_visible (self->refused_group, n_refused > 0);
  gtk_widget_set_sensitive (self->import_button, n_new + n_updated > 0);
  if (n_new + n_updated > 0)
    gtk_window_set_default_widget (GTK_WINDOW (self), self->import_button);
}

/* ---- the columns ---- */

static guint
field_index (const char *field)
{
  const char * const *fields = sk_staff_import_fields ();

  for (guint i = 0; fields[i]; i++)
    if (g_strcmp0 (fields[i], field ? field : "ignore") == 0)
      return i;
  return 0;
}

static void on_field_chosen (GObject *row, GParamSpec *pspec, SkStaffImportDialog *self);

static void
fill_columns (SkStaffImportDialog *self)
{
  const char * const *fields = sk_staff_import_fields ();
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  guint n = sk_staff_import_n_columns (self->import);

  gtk_widget_set_visible (self->columns_group, self->data != NULL);
  if (self->data == NULL)
    return;
  for (guint i = 0; fields[i]; i++)
    gtk_string_list_append (labels, sk_staff_import_field_label (fields[i]));
  self->filling = TRUE;
  if (self->column_rows->len != n)
    {
      clear_list (self->columns_list);
      g_ptr_array_set_size (self->column_rows, 0);
      for (guint c = 0; c < n; c++)
        {
          GtkWidget *row = adw_combo_row_new ();
          const char *heading = sk_staff_import_column_heading (self->import, c);
          g_autofree char *number = NULL;

          if (heading == NULL || *heading == '\0')
            /* TRANSLATORS: a column of the spreadsheet without a heading;
             * %u is its number from 1 (an ordinal, not a count) */
            heading = number = g_strdup_printf (_("Column %u"), c + 1);
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), heading);
          adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
          g_signal_connect (row, "notify::selected", G_CALLBACK (on_field_chosen), self);
          gtk_list_box_append (GTK_LIST_BOX (self->columns_list), row);
          g_ptr_array_add (self->column_rows, row);
        }
    }
  for (guint c = 0; c < n; c++)
    adw_combo_row_set_selected (self->column_rows->pdata[c],
                                field_index (sk_staff_import_column_field (self->import, c)));
  self->filling = FALSE;
}

/* A column given another field: the import read again with every
 * column as chosen now. */
static void
on_field_chosen (GObject *object, GParamSpec *pspec, SkStaffImportDialog *self)
{
  const char * const *fields = sk_staff_import_fields ();
  g_autoptr (GStrvBuilder) builder = NULL;
  g_auto (GStrv) mapping = NULL;
  g_autoptr (GError) error = NULL;
  SkStaffImport *import;

  if (self->filling)
    return;
  builder = g_strv_builder_new ();
  for (guint c = 0; c < self->column_rows->len; c++)
    {
      guint chosen = adw_combo_row_get_selected (self->column_rows->pdata[c]);
      if (chosen < g_strv_length ((char **) fields))
        {
          g_autofree char *pair = g_strdup_printf ("%u=%s", c + 1, fields[chosen]);
          g_strv_builder_add (builder, pair);
        }
    }
  mapping = g_strv_builder_end (builder);
  import = sk_staff_import_new (self->proposal, g_bytes_get_data (self->data, NULL), g_bytes_get_size (self->data),
                                (const char * const *) mapping, &error);
  if (import == NULL)
    {
      /* No column of names any more, say: the preview says so, and
       * nothing can be imported until it has one. */
      gtk_label_set_text (GTK_LABEL (self->summary), error->message);
      clear_list (self->refused_list);
      gtk_widget_set_visible (self->refused_group, FALSE);
      gtk_widget_set_sensitive (self->import_button, FALSE);
      return;
    }
  g_clear_pointer (&self->import, sk_staff_import_free);
  self->import = import;
  fill_columns (self);
  fill_preview (self);
}

/* ---- the import ---- */

gboolean
sk_staff_import_dialog_apply (SkStaffImportDialog *self, GError **error)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  guint n_new, n_updated, n_unchanged, n_refused;

  g_return_val_if_fail (SK_IS_STAFF_IMPORT_DIALOG (self), FALSE);
  if (!gtk_widget_get_sensitive (self->import_button))
    return TRUE;
  sk_staff_import_counts (self->import, &n_new, &n_updated, &n_unchanged, &n_refused);
  if (!sk_staff_import_apply (self->import, self->proposal, error))
    return FALSE;
  if (self->data)
    {
      g_autoptr (GSettings) settings = settings_new ();
      g_auto (GStrv) mapping = sk_staff_import_get_mapping (self->import);
      if (settings)
        g_settings_set_strv (settings, "staff-import-mapping", (const char * const *) mapping);
    }
  {
    /* Added and updated people together. */
    g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u staff member imported",
                                                          "%u staff members imported", n_new + n_updated),
                                             n_new + n_updated);
    toast (parent ? GTK_WIDGET (parent) : NULL, text);
  }
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_import_clicked (SkStaffImportDialog *self)
{
  g_autoptr (GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  g_object_ref (self);
  if (!sk_staff_import_dialog_apply (self, &error))
    {
      toast (parent ? GTK_WIDGET (parent) : NULL, error->message);
      gtk_window_destroy (GTK_WINDOW (self));
    }
  g_object_unref (self);
}

/* ---- the class ---- */

static void
sk_staff_import_dialog_finalize (GObject *object)
{
  SkStaffImportDialog *self = SK_STAFF_IMPORT_DIALOG (object);

  g_clear_pointer (&self->import, sk_staff_import_free);
  g_clear_pointer (&self->data, g_bytes_unref);
  g_clear_pointer (&self->column_rows, g_ptr_array_unref);
  g_clear_object (&self->proposal);
  G_OBJECT_CLASS (sk_staff_import_dialog_parent_class)->finalize (object);
}

static void
sk_staff_import_dialog_class_init (SkStaffImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sk_staff_import_dialog_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-staff-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SkStaffImportDialog, summary);
  gtk_widget_class_bind_template_child (widget_class, SkStaffImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, SkStaffImportDialog, columns_list);
  gtk_widget_class_bind_template_child (widget_class, SkStaffImportDialog, refused_group);
  gtk_widget_class_bind_template_child (widget_class, SkStaffImportDialog, refused_list);
  gtk_widget_class_bind_template_child (widget_class, SkStaffImportDialog, import_button);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked);
}

static void
sk_staff_import_dialog_init (SkStaffImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->column_rows = g_ptr_array_new ();
}

static SkStaffImportDialog *
dialog_new (GtkWindow *parent, SkProposal *proposal, GBytes *data, SkStaffImport *import)
{
  SkStaffImportDialog *self = g_object_new (SK_TYPE_STAFF_IMPORT_DIALOG, "transient-for", parent, NULL);

  self->proposal = g_object_ref (proposal);
  self->data = data ? g_bytes_ref (data) : NULL;
  self->import = import;
  fill_columns (self);
  fill_preview (self);
  return self;
}

SkStaffImportDialog *
sk_staff_import_dialog_new (GtkWindow *parent, SkProposal *proposal, GBytes *data, GError **error)
{
  g_autoptr (GSettings) settings = settings_new ();
  g_auto (GStrv) remembered = settings ? g_settings_get_strv (settings, "staff-import-mapping") : NULL;
  SkStaffImport *import;

  g_return_val_if_fail (SK_IS_PROPOSAL (proposal), NULL);
  import = sk_staff_import_new_full (proposal, g_bytes_get_data (data, NULL), g_bytes_get_size (data), NULL,
                                     (const char * const *) remembered, error);
  if (import == NULL)
    return NULL;
  return dialog_new (parent, proposal, data, import);
}

SkStaffImportDialog *
sk_staff_import_dialog_new_for_file (GtkWindow *parent, SkProposal *proposal, GFile *file, GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *contents = NULL;
  g_autoptr (GBytes) data = NULL;
  gsize length = 0;
  g_autoptr (GError) local = NULL;

  /* Read within bounds: a device, a FIFO or a huge file is refused. */
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Only files on this computer can be imported."));
      return NULL;
    }
  if (!sk_file_read_bounded (path, SK_CSV_MAX_BYTES, &contents, &length, &local))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO,
                   _("The file could not be read: %s"), local->message);
      return NULL;
    }
  data = g_bytes_new_take (g_steal_pointer (&contents), length);
  return sk_staff_import_dialog_new (parent, proposal, data, error);
}

SkStaffImportDialog *
sk_staff_import_dialog_new_for_import (GtkWindow *parent, SkProposal *proposal, SkStaffImport *import)
{
  g_return_val_if_fail (import != NULL, NULL);
  return dialog_new (parent, proposal, NULL, import);
}

guint
sk_staff_import_dialog_n_columns (SkStaffImportDialog *self)
{
  return self->column_rows->len;
}

GtkWidget *
sk_staff_import_dialog_column_row (SkStaffImportDialog *self, guint column)
{
  g_return_val_if_fail (column < self->column_rows->len, NULL);
  return self->column_rows->pdata[column];
}

void
sk_staff_import_dialog_counts (SkStaffImportDialog *self, guint *n_new, guint *n_updated,
                               guint *n_unchanged, guint *n_refused)
{
  sk_staff_import_counts (self->import, n_new, n_updated, n_unchanged, n_refused);
}

GtkWidget *
sk_staff_import_dialog_refused_list (SkStaffImportDialog *self)
{
  return self->refused_list;
}
