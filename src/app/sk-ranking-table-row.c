/* sk-ranking-table-row.c: a table of the ranking library; its layout is
 * ui/sk-ranking-table-row.ui */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-ranking-table-row.h"

struct _SkRankingTableRow
{
  AdwActionRow parent_instance;

  GtkWidget *remove;

  gint64 id;
};

G_DEFINE_FINAL_TYPE (SkRankingTableRow, sk_ranking_table_row, ADW_TYPE_ACTION_ROW)

enum { SIGNAL_REMOVE, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
on_remove_clicked (SkRankingTableRow *self)
{
  g_signal_emit (self, signals[SIGNAL_REMOVE], 0);
}

static void
sk_ranking_table_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SK_TYPE_RANKING_TABLE_ROW);
  G_OBJECT_CLASS (sk_ranking_table_row_parent_class)->dispose (object);
}

static void
sk_ranking_table_row_class_init (SkRankingTableRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sk_ranking_table_row_dispose;
  signals[SIGNAL_REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-ranking-table-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SkRankingTableRow, remove);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
}

static void
sk_ranking_table_row_init (SkRankingTableRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_ranking_table_row_new (gint64 id, const char *title, const char *subtitle)
{
  g_autofree char *name = g_strdup_printf ("table-%" G_GINT64_FORMAT, id);
  /* TRANSLATORS: a button's tooltip; %s is a ranking table, e.g. "QS 2025" */
  g_autofree char *tip = g_strdup_printf (_("Remove “%s”…"), title);
  SkRankingTableRow *self = g_object_new (SK_TYPE_RANKING_TABLE_ROW, "name", name, "title", title,
                                          "subtitle", subtitle, NULL);

  self->id = id;
  gtk_widget_set_tooltip_text (self->remove, tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove), GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
  return GTK_WIDGET (self);
}

gint64
sk_ranking_table_row_get_id (SkRankingTableRow *self)
{
  g_return_val_if_fail (SK_IS_RANKING_TABLE_ROW (self), 0);
  return self->id;
}

const char *
sk_ranking_table_row_get_title (SkRankingTableRow *self)
{
  g_return_val_if_fail (SK_IS_RANKING_TABLE_ROW (self), NULL);
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));
}
