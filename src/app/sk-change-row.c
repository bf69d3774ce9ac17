/* sk-change-row.c: a record that differs between two versions; its
 * layout is ui/sk-change-row.ui */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-change-row.h"
#include "sk-info-row.h"

struct _SkChangeRow
{
  AdwExpanderRow parent_instance;

  GtkWidget *icon;
  GtkWidget *jump;

  char *kind;
  gint64 id;
};

G_DEFINE_FINAL_TYPE (SkChangeRow, sk_change_row, ADW_TYPE_EXPANDER_ROW)

/* To the record in the proposal's window, the comparison's parent. */
static void
on_jump_clicked (SkChangeRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *parent = GTK_IS_WINDOW (root) ? gtk_window_get_transient_for (GTK_WINDOW (root)) : NULL;

  if (parent)
    {
      gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-record", "(sx)", self->kind, self->id);
      gtk_window_present (parent);
    }
}

static void
add_field (SkChangeRow *self, const SkDiffField *field)
{
  /* TRANSLATORS: a value before → after a change; "—" stands for no value */
  g_autofree char *change = g_strdup_printf (_("%s → %s"), field->before ? field->before : "—",
                                             field->after ? field->after : "—");

  /* The field's label with the language of a trilingual text. */
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), sk_info_row_new (field->label, change, NULL));
}

static void
sk_change_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SK_TYPE_CHANGE_ROW);
  G_OBJECT_CLASS (sk_change_row_parent_class)->dispose (object);
}

static void
sk_change_row_finalize (GObject *object)
{
  g_free (SK_CHANGE_ROW (object)->kind);
  G_OBJECT_CLASS (sk_change_row_parent_class)->finalize (object);
}

static void
sk_change_row_class_init (SkChangeRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sk_change_row_dispose;
  G_OBJECT_CLASS (klass)->finalize = sk_change_row_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-change-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SkChangeRow, icon);
  gtk_widget_class_bind_template_child (widget_class, SkChangeRow, jump);
  gtk_widget_class_bind_template_callback (widget_class, on_jump_clicked);
}

static void
sk_change_row_init (SkChangeRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_change_row_new (const SkDiffEntry *e, gboolean expanded)
{
  SkChangeRow *self = g_object_new (SK_TYPE_CHANGE_ROW, NULL);
  const char *what = e->change == SK_DIFF_ADDED ? _("Added") : e->change == SK_DIFF_REMOVED ? _("Removed") : _("Changed");
  const char *icon = e->change == SK_DIFF_ADDED ? "list-add-symbolic"
                     : e->change == SK_DIFF_REMOVED ? "list-remove-symbolic" : "document-edit-symbolic";
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", _(e->kind->label), what);

  self->kind = g_strdup (e->kind->name);
  self->id = e->id;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), e->name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), icon);
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (self), e->fields != NULL);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), e->fields != NULL && expanded);
  if (e->change != SK_DIFF_REMOVED && !e->kind->singleton)
    {
      /* Named only where it leads somewhere (the tests look for it). */
      gtk_widget_set_name (self->jump, "jump");
      gtk_widget_set_visible (self->jump, TRUE);
    }
  for (guint f = 0; e->fields && f < e->fields->len; f++)
    add_field (self, e->fields->pdata[f]);
  return GTK_WIDGET (self);
}
