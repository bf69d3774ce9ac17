/* sk-review-page.c: the reviewer's page: the status and next step, the
 * remarks as a dialogue, the history, and the comparison with another
 * version */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-history-row.h"
#include "sk-init.h"
#include "sk-remark-row.h"
#include "sk-review-page.h"
#include "sk-review-ui.h"
#include "sk-review.h"
#include "sk-summary.h"

struct _SkReviewPage
{
  SkPage parent_instance;

  GtkWidget *scrolled;
  GtkWidget *box;
  AdwPreferencesGroup *remarks_group;
  GtkDropDown *filter;
  GtkListBox *remarks;
  AdwPreferencesGroup *history_group;
  GtkListBox *history;
  GtkLabel *remarks_empty;
  GtkWidget *compare_row;

  SkProposal *proposal;          /* borrowed from SkPage */
  SkCompliance *compliance;      /* borrowed from SkPage */
  guint n_remarks;
  guint n_events;
  guint rebuild_id;
};

G_DEFINE_FINAL_TYPE (SkReviewPage, sk_review_page, SK_TYPE_PAGE)

static const char *
status_of (SkReviewPage *self)
{
  return sk_record_get_string (sk_proposal_get_info (self->proposal), "status");
}

/* The university's turn: a draft, or returned for revision. */
static gboolean
university_turn (SkReviewPage *self)
{
  const char *status = status_of (self);
  return g_str_equal (status, "draft") || g_str_equal (status, "returned");
}

/* The current round first, each round in the order its remarks were made. */
static int
by_round (gconstpointer a, gconstpointer b)
{
  SkRecord *x = *(SkRecord **) a, *y = *(SkRecord **) b;
  gint64 rx = sk_record_get_int (x, "round", 0), ry = sk_record_get_int (y, "round", 0);

  if (rx != ry)
    return rx > ry ? -1 : 1;
  return (sk_record_get_id (x) > sk_record_get_id (y)) - (sk_record_get_id (x) < sk_record_get_id (y));
}

static void
fill_remarks (SkReviewPage *self)
{
  static const char * const states[] = { NULL, "open", "addressed", "resolved" };
  GListModel *model = sk_proposal_get_records (self->proposal, SK_KIND_REMARK);
  guint filter = gtk_drop_down_get_selected (self->filter);
  const char *wanted = filter < G_N_ELEMENTS (states) ? states[filter] : NULL;
  g_autoptr (GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  guint open = 0, addressed = 0, resolved = 0;
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->remarks, 0)))
    gtk_list_box_remove (self->remarks, GTK_WIDGET (row));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (all, g_list_model_get_item (model, i));
  g_ptr_array_sort (all, by_round);
  self->n_remarks = 0;
  for (guint i = 0; i < all->len; i++)
    {
      SkRecord *r = all->pdata[i];
      const char *state = sk_record_get_string (r, "state");

      open += g_strcmp0 (state, "open") == 0;
      addressed += g_strcmp0 (state, "addressed") == 0;
      resolved += g_strcmp0 (state, "resolved") == 0;
      if (wanted && g_strcmp0 (state, wanted) != 0)
        continue;
      gtk_list_box_append (self->remarks, sk_remark_row_new (self->proposal, self->compliance, r, sk_page_get_editable (SK_PAGE (self))));
      self->n_remarks++;
    }
  if (all->len == 0)
    adw_preferences_group_set_description (self->remarks_group,
                                           university_turn (self) ? _("The reviewer has made no remarks.")
                                                                  : _("No remarks yet. Add one about the proposal, a finding or a record."));
  else
    {
      /* TRANSLATORS: the number of remarks, then how many are open, addressed
       * (answered by the university) and resolved (accepted by the reviewer) */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u remark: open %u, addressed by the university %u, resolved %u.",
                                                            "%u remarks: open %u, addressed by the university %u, resolved %u.",
                                                            all->len),
                                               all->len, open, addressed, resolved);
      adw_preferences_group_set_description (self->remarks_group, text);
    }
  gtk_label_set_text (self->remarks_empty, all->len ? _("None in this state.") : _("None yet"));
}

static void
on_filter_changed (SkReviewPage *self)
{
  if (self->proposal)
    fill_remarks (self);
}

/* ---- the history ---- */

static void
fill_history (SkReviewPage *self)
{
  g_autoptr (GPtrArray) history = sk_review_history (self->proposal, NULL);
  const GError *problem = sk_review_history_problem (self->proposal);
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->history, 0)))
    gtk_list_box_remove (self->history, GTK_WIDGET (row));
  /* Newest first: what happened last is what the reader looks for. */
  for (guint i = history->len; i > 0; i--)
    gtk_list_box_append (self->history, sk_history_row_new (history->pdata[i - 1]));
  self->n_events = history->len;
  if (problem)
    {
      adw_preferences_group_set_description (self->history_group, problem->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->history_group), "error");
    }
}

static void
rebuild (SkReviewPage *self)
{
  fill_remarks (self);
  fill_history (self);
}

static gboolean
on_rebuild_idle (gpointer data)
{
  SkReviewPage *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* Changes come in bursts (a step writes several records): once after. */
static void
queue_rebuild (SkReviewPage *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (on_rebuild_idle, self);
}

/* ---- the class ---- */

SkProposal *
sk_review_page_get_proposal (SkReviewPage *self)
{
  g_return_val_if_fail (SK_IS_REVIEW_PAGE (self), NULL);
  return self->proposal;
}

gboolean
sk_review_page_get_editable (SkReviewPage *self)
{
  g_return_val_if_fail (SK_IS_REVIEW_PAGE (self), FALSE);
  return sk_page_get_editable (SK_PAGE (self));
}

void
sk_review_page_set_filter (SkReviewPage *self, SkRemarkFilter filter)
{
  g_return_if_fail (SK_IS_REVIEW_PAGE (self));
  gtk_drop_down_set_selected (self->filter, filter);
}

guint
sk_review_page_n_remarks (SkReviewPage *self)
{
  g_return_val_if_fail (SK_IS_REVIEW_PAGE (self), 0);
  if (self->rebuild_id)
    {
      g_clear_handle_id (&self->rebuild_id, g_source_remove);
      rebuild (self);
    }
  return self->n_remarks;
}

guint
sk_review_page_n_events (SkReviewPage *self)
{
  g_return_val_if_fail (SK_IS_REVIEW_PAGE (self), 0);
  if (self->rebuild_id)
    {
      g_clear_handle_id (&self->rebuild_id, g_source_remove);
      rebuild (self);
    }
  return self->n_events;
}

static void
sk_review_page_constructed (GObject *object)
{
  SkReviewPage *self = SK_REVIEW_PAGE (object);

  G_OBJECT_CLASS (sk_review_page_parent_class)->constructed (object);
  self->proposal = sk_page_get_proposal (SK_PAGE (self));
  self->compliance = sk_page_get_compliance (SK_PAGE (self));
  g_return_if_fail (self->proposal != NULL);
  gtk_box_prepend (GTK_BOX (self->box), sk_review_group_new (self->proposal));
  rebuild (self);
  g_signal_connect_object (self->proposal, "changed", G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::editable", G_CALLBACK (queue_rebuild), NULL);
  if (self->compliance)
    g_signal_connect_object (self->compliance, "notify", G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);
}

static void
sk_review_page_dispose (GObject *object)
{
  SkReviewPage *self = SK_REVIEW_PAGE (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_REVIEW_PAGE);
  /* SkPage lets them go. */
  self->proposal = NULL;
  self->compliance = NULL;
  G_OBJECT_CLASS (sk_review_page_parent_class)->dispose (object);
}

static void
sk_review_page_class_init (SkReviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sk_review_page_constructed;
  object_class->dispose = sk_review_page_dispose;


  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-review-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SkReviewPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, SkReviewPage, box);
  gtk_widget_class_bind_template_child (widget_class, SkReviewPage, remarks_group);
  gtk_widget_class_bind_template_child (widget_class, SkReviewPage, filter);
  gtk_widget_class_bind_template_child (widget_class, SkReviewPage, remarks);
  gtk_widget_class_bind_template_child (widget_class, SkReviewPage, history_group);
  gtk_widget_class_bind_template_child (widget_class, SkReviewPage, history);
  gtk_widget_class_bind_template_child (widget_class, SkReviewPage, remarks_empty);
  gtk_widget_class_bind_template_child (widget_class, SkReviewPage, compare_row);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sk_review_page_init (SkReviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_review_page_new (SkProposal *proposal, SkCompliance *compliance)
{
  return g_object_new (SK_TYPE_REVIEW_PAGE, "proposal", proposal, "compliance", compliance,
                       "editable", !sk_proposal_is_read_only (proposal), NULL);
}
