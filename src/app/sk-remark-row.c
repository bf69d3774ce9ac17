/* sk-remark-row.c: a review remark as a row of the reviewer's page; its
 * layout is ui/sk-remark-row.ui */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-remark-reply.h"
#include "sk-remark-row.h"
#include "sk-review-ui.h"
#include "sk-review.h"
#include "sk-summary.h"

struct _SkRemarkRow
{
  GtkListBoxRow parent_instance;

  GtkWidget *about;
  GtkWidget *state;
  GtkWidget *text;
  GtkWidget *meta;
  GtkWidget *replies;
  GtkWidget *answer_button;
  GtkWidget *reopen_button;
  GtkWidget *resolve_button;

  SkProposal *proposal;
  SkRecord *remark;
};

G_DEFINE_FINAL_TYPE (SkRemarkRow, sk_remark_row, GTK_TYPE_LIST_BOX_ROW)

static GtkWindow *
window_of (SkRemarkRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
on_answer_clicked (SkRemarkRow *self)
{
  sk_review_ask_answer (window_of (self), self->proposal, sk_record_get_id (self->remark));
}

static void
on_resolve_clicked (SkRemarkRow *self)
{
  sk_review_ask_verdict (window_of (self), self->proposal, sk_record_get_id (self->remark), TRUE);
}

static void
on_reopen_clicked (SkRemarkRow *self)
{
  sk_review_ask_verdict (window_of (self), self->proposal, sk_record_get_id (self->remark), FALSE);
}

/* To what the remark is about: the finding, the record, or the overview. */
static void
on_show_clicked (SkRemarkRow *self)
{
  const char *kind = sk_record_get_string (self->remark, "target_kind");
  const char *section = sk_record_get_string (self->remark, "section");
  gint64 id = sk_record_get_int (self->remark, "target_id", 0);

  if (kind == NULL || *kind == '\0')
    kind = SK_KIND_PROPOSAL;
  if (section && *section)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-finding", "(sxs)", kind, id ? id : 1, section);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-record", "(sx)", kind, id);
}

/* Who wrote it, when, in which round. */
static char *
meta_text (SkRecord *remark)
{
  g_autofree char *when = sk_review_format_time (sk_record_get_string (remark, "created"), NULL, NULL);
  g_autoptr (GString) meta = g_string_new (sk_record_get_string (remark, "author"));

  if (when)
    g_string_append_printf (meta, " · %s", when);
  if (sk_record_get_int (remark, "round", 0) > 0)
    {
      g_string_append (meta, " · ");
      /* TRANSLATORS: %lld is the number of the review round (the
       * submission) a remark was written in: 1, 2, … */
      g_string_append_printf (meta, _("Round %lld"), (long long) sk_record_get_int (remark, "round", 0));
    }
  return g_string_free (g_steal_pointer (&meta), FALSE);
}

static void
show_state (SkRemarkRow *self, const char *code)
{
  static const char * const state_classes[][2] = {
    { "open", "warning" }, { "addressed", "accent" }, { "resolved", "success" },
  };

  gtk_label_set_text (GTK_LABEL (self->state), sk_enum_label (self->remark, "state"));
  for (guint i = 0; i < G_N_ELEMENTS (state_classes); i++)
    if (g_strcmp0 (code, state_classes[i][0]) == 0)
      gtk_widget_add_css_class (self->state, state_classes[i][1]);
}

/* The university answers while revising; the reviewer resolves or not
 * while reviewing. */
static void
show_buttons (SkRemarkRow *self, const char *code, gboolean editable)
{
  const char *status = sk_record_get_string (sk_proposal_get_info (self->proposal), "status");
  gboolean university = g_str_equal (status, "draft") || g_str_equal (status, "returned");
  gboolean reviewer = g_str_equal (status, "submitted") || g_str_equal (status, "under_review");
  gboolean resolved = g_strcmp0 (code, "resolved") == 0;

  gtk_widget_set_visible (self->answer_button, !resolved && university);
  gtk_widget_set_visible (self->reopen_button, !resolved && reviewer && g_strcmp0 (code, "addressed") == 0);
  gtk_widget_set_visible (self->resolve_button, !resolved && reviewer);
  gtk_widget_set_sensitive (self->answer_button, editable);
  gtk_widget_set_sensitive (self->reopen_button, editable);
  gtk_widget_set_sensitive (self->resolve_button, editable);
}

static void
sk_remark_row_dispose (GObject *object)
{
  SkRemarkRow *self = SK_REMARK_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_REMARK_ROW);
  g_clear_object (&self->remark);
  g_clear_object (&self->proposal);
  G_OBJECT_CLASS (sk_remark_row_parent_class)->dispose (object);
}

static void
sk_remark_row_class_init (SkRemarkRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sk_remark_row_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-remark-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SkRemarkRow, about);
  gtk_widget_class_bind_template_child (widget_class, SkRemarkRow, state);
  gtk_widget_class_bind_template_child (widget_class, SkRemarkRow, text);
  gtk_widget_class_bind_template_child (widget_class, SkRemarkRow, meta);
  gtk_widget_class_bind_template_child (widget_class, SkRemarkRow, replies);
  gtk_widget_class_bind_template_child (widget_class, SkRemarkRow, answer_button);
  gtk_widget_class_bind_template_child (widget_class, SkRemarkRow, reopen_button);
  gtk_widget_class_bind_template_child (widget_class, SkRemarkRow, resolve_button);
  gtk_widget_class_bind_template_callback (widget_class, on_show_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_answer_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_reopen_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_resolve_clicked);
}

static void
sk_remark_row_init (SkRemarkRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_remark_row_new (SkProposal *proposal, SkCompliance *compliance, SkRecord *remark, gboolean editable)
{
  SkRemarkRow *self = g_object_new (SK_TYPE_REMARK_ROW, NULL);
  const char *code = sk_record_get_string (remark, "state");
  const char *text = sk_record_get_string (remark, "text");
  g_autofree char *about = sk_review_remark_target (proposal, compliance, remark);
  g_autofree char *meta = meta_text (remark);
  g_autofree char *a11y = g_strdup_printf ("%s: %s", about, text ? text : "");
  g_autoptr (GPtrArray) replies = sk_review_remark_replies (proposal, sk_record_get_id (remark));

  self->proposal = g_object_ref (proposal);
  self->remark = g_object_ref (remark);
  gtk_label_set_text (GTK_LABEL (self->about), about);
  gtk_widget_set_tooltip_text (self->about, about);
  /* For the tests that look for cut-off text: this one may be. */
  g_object_set_data (G_OBJECT (self->about), "sk-may-ellipsize", GINT_TO_POINTER (TRUE));
  show_state (self, code);
  gtk_label_set_text (GTK_LABEL (self->text), text && *text ? text : "");
  gtk_label_set_text (GTK_LABEL (self->meta), meta);
  for (guint i = 0; i < replies->len; i++)
    gtk_box_append (GTK_BOX (self->replies), sk_remark_reply_new (replies->pdata[i]));
  gtk_widget_set_visible (self->replies, replies->len > 0);
  show_buttons (self, code, editable);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  return GTK_WIDGET (self);
}
