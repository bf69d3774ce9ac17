/* sk-ranking-candidate-row.c: a candidate of the ranking match dialog;
 * its layout is ui/sk-ranking-candidate-row.ui */
#include "config.h"

#include "sk-ranking-candidate-row.h"

struct _SkRankingCandidateRow
{
  AdwActionRow parent_instance;

  GtkWidget *done;
  GtkWidget *reject;
  GtkWidget *confirm;

  gint64 institution;
  const SkRankingTable *table;
  const SkRankingRow *row;
};

G_DEFINE_FINAL_TYPE (SkRankingCandidateRow, sk_ranking_candidate_row, ADW_TYPE_ACTION_ROW)

enum { SIGNAL_CONFIRM, SIGNAL_REJECT, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
on_confirm_clicked (SkRankingCandidateRow *self)
{
  g_signal_emit (self, signals[SIGNAL_CONFIRM], 0);
}

static void
on_reject_clicked (SkRankingCandidateRow *self)
{
  g_signal_emit (self, signals[SIGNAL_REJECT], 0);
}

static void
sk_ranking_candidate_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SK_TYPE_RANKING_CANDIDATE_ROW);
  G_OBJECT_CLASS (sk_ranking_candidate_row_parent_class)->dispose (object);
}

static void
sk_ranking_candidate_row_class_init (SkRankingCandidateRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sk_ranking_candidate_row_dispose;
  signals[SIGNAL_CONFIRM] = g_signal_new ("confirm", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                          NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_REJECT] = g_signal_new ("reject", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                         NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-ranking-candidate-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SkRankingCandidateRow, done);
  gtk_widget_class_bind_template_child (widget_class, SkRankingCandidateRow, reject);
  gtk_widget_class_bind_template_child (widget_class, SkRankingCandidateRow, confirm);
  gtk_widget_class_bind_template_callback (widget_class, on_confirm_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_reject_clicked);
}

static void
sk_ranking_candidate_row_init (SkRankingCandidateRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_ranking_candidate_row_new (gint64 institution, const SkRankingCandidate *candidate, const char *title,
                              const char *subtitle, gboolean entered, gboolean editable)
{
  SkRankingCandidateRow *self = g_object_new (SK_TYPE_RANKING_CANDIDATE_ROW, "title", title, "subtitle", subtitle,
                                              NULL);

  self->institution = institution;
  self->table = candidate->table;
  self->row = candidate->row;
  gtk_widget_set_visible (self->done, entered);
  if (!entered)
    {
      /* Named only when shown: "confirm" and "reject" are what can be pressed. */
      gtk_widget_set_name (self->confirm, "confirm");
      gtk_widget_set_name (self->reject, "reject");
      gtk_widget_set_visible (self->confirm, TRUE);
      gtk_widget_set_visible (self->reject, TRUE);
      gtk_widget_set_sensitive (self->confirm, editable);
    }
  return GTK_WIDGET (self);
}

gint64
sk_ranking_candidate_row_get_institution (SkRankingCandidateRow *self)
{
  g_return_val_if_fail (SK_IS_RANKING_CANDIDATE_ROW (self), 0);
  return self->institution;
}

const SkRankingTable *
sk_ranking_candidate_row_get_table (SkRankingCandidateRow *self)
{
  g_return_val_if_fail (SK_IS_RANKING_CANDIDATE_ROW (self), NULL);
  return self->table;
}

const SkRankingRow *
sk_ranking_candidate_row_get_row (SkRankingCandidateRow *self)
{
  g_return_val_if_fail (SK_IS_RANKING_CANDIDATE_ROW (self), NULL);
  return self->row;
}
