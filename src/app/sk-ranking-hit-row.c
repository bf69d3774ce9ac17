/* sk-ranking-hit-row.c: a university found by the partner finder; its
 * layout is ui/sk-ranking-hit-row.ui */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-ranking-hit-row.h"

struct _SkRankingHitRow
{
  AdwActionRow parent_instance;

  GtkWidget *add;

  const SkRankingHit *hit;
};

G_DEFINE_FINAL_TYPE (SkRankingHitRow, sk_ranking_hit_row, ADW_TYPE_ACTION_ROW)

enum { SIGNAL_ADD, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
on_add_clicked (SkRankingHitRow *self)
{
  g_signal_emit (self, signals[SIGNAL_ADD], 0);
}

static void
sk_ranking_hit_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SK_TYPE_RANKING_HIT_ROW);
  G_OBJECT_CLASS (sk_ranking_hit_row_parent_class)->dispose (object);
}

static void
sk_ranking_hit_row_class_init (SkRankingHitRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sk_ranking_hit_row_dispose;
  signals[SIGNAL_ADD] = g_signal_new ("add", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                      G_TYPE_NONE, 0);
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-ranking-hit-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SkRankingHitRow, add);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
}

static void
sk_ranking_hit_row_init (SkRankingHitRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_ranking_hit_row_new (const SkRankingHit *hit, gboolean editable)
{
  SkRankingHitRow *self = g_object_new (SK_TYPE_RANKING_HIT_ROW, "title", hit->name, NULL);
  g_autoptr (GString) ranks = g_string_new (hit->country_code ? hit->country_code : "");

  self->hit = hit;
  for (guint i = 0; i < hit->rows->len; i++)
    {
      const SkRankingCandidate *c = hit->rows->pdata[i];
      g_autofree char *title = sk_ranking_table_title (c->table);
      /* "DE · QS 2025 =37 · THE 2025 30": names and ranks as published */
      g_string_append_printf (ranks, "%s%s %s", ranks->len ? " · " : "", title, c->row->rank_text);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), ranks->str);
  gtk_widget_set_sensitive (self->add, editable);
  return GTK_WIDGET (self);
}

const SkRankingHit *
sk_ranking_hit_row_get_hit (SkRankingHitRow *self)
{
  g_return_val_if_fail (SK_IS_RANKING_HIT_ROW (self), NULL);
  return self->hit;
}

void
sk_ranking_hit_row_set_added (SkRankingHitRow *self)
{
  g_return_if_fail (SK_IS_RANKING_HIT_ROW (self));
  gtk_button_set_label (GTK_BUTTON (self->add), _("Added"));
  gtk_widget_set_sensitive (self->add, FALSE);
}
