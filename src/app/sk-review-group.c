/* sk-review-group.c: the review's status, fingerprint and next steps
 * for the one whose turn it is; its layout is ui/sk-review-group.ui */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-review-group.h"
#include "sk-review-ui.h"
#include "sk-review.h"
#include "sk-summary.h"
#include "sk-window.h"

struct _SkReviewGroup
{
  AdwPreferencesGroup parent_instance;

  GtkWidget *status_row;
  GtkWidget *fingerprint_row;
  GtkWidget *button;         /* the next step of the one whose turn it is */
  GtkWidget *second_button;  /* remark (reviewer), answer remarks (university) */
  GtkWidget *withdraw_button;

  SkProposal *proposal;
  char *verified;            /* the fingerprint last verified while frozen */
  SkFingerprintState state;
};

G_DEFINE_FINAL_TYPE (SkReviewGroup, sk_review_group, ADW_TYPE_PREFERENCES_GROUP)

enum { PROP_0, PROP_PROPOSAL, N_PROPS };
static GParamSpec *properties[N_PROPS];

static GtkWindow *
window_of (GtkWidget *w)
{
  GtkRoot *root = gtk_widget_get_root (w);
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static SkCompliance *
compliance_of (GtkWindow *window)
{
  return SK_IS_WINDOW (window) ? sk_window_get_compliance (SK_WINDOW (window)) : NULL;
}

/* Verifying reads the whole content; a frozen proposal's content cannot
 * change, so its verdict holds until the fingerprint does. */
static SkFingerprintState
verify (SkReviewGroup *g, const char *fingerprint)
{
  if (!sk_proposal_is_frozen (g->proposal) || g_strcmp0 (g->verified, fingerprint) != 0)
    {
      g->state = sk_review_verify (g->proposal);
      g_free (g->verified);
      g->verified = sk_proposal_is_frozen (g->proposal) ? g_strdup (fingerprint) : NULL;
    }
  return g->state;
}

static const char *
status_of (SkProposal *proposal)
{
  return sk_record_get_string (sk_proposal_get_info (proposal), "status");
}

static void
on_step_clicked (SkReviewGroup *g, GtkButton *button)
{
  const char *status = status_of (g->proposal);
  GtkWindow *parent = window_of (GTK_WIDGET (button));

  if (g_str_equal (status, "draft"))
    sk_review_ask_submit (parent, g->proposal, compliance_of (parent));
  else if (g_str_equal (status, "submitted"))
    sk_review_ask_step (parent, g->proposal, "under_review");
  else if (g_str_equal (status, "under_review"))
    sk_review_ask_step (parent, g->proposal, "decide");
  else if (g_str_equal (status, "returned"))
    sk_review_ask_step (parent, g->proposal, "draft");
}

static void
on_second_clicked (SkReviewGroup *g, GtkButton *button)
{
  const char *status = status_of (g->proposal);

  if (g_str_equal (status, "draft") || g_str_equal (status, "returned"))
    gtk_widget_activate_action (GTK_WIDGET (button), "win.show-page", "s", "review");
  else
    sk_review_ask_remark (window_of (GTK_WIDGET (button)), g->proposal, NULL, 0, NULL);
}

static void
on_withdraw_clicked (SkReviewGroup *g, GtkButton *button)
{
  sk_review_ask_step (window_of (GTK_WIDGET (button)), g->proposal, "withdraw");
}

static guint
open_remarks (SkProposal *proposal)
{
  GListModel *remarks = sk_proposal_get_records (proposal, SK_KIND_REMARK);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (remarks); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (remarks, i);
      n += g_strcmp0 (sk_record_get_string (r, "state"), "open") == 0;
    }
  return n;
}

static void
update_group (SkReviewGroup *g)
{
  SkRecord *info = sk_proposal_get_info (g->proposal);
  const char *status = sk_record_get_string (info, "status");
  const char *fingerprint = sk_record_get_string (info, "fingerprint");
  gboolean university = g_str_equal (status, "draft") || g_str_equal (status, "returned");
  gboolean reviewing = g_str_equal (status, "submitted") || g_str_equal (status, "under_review");
  gboolean writable = !sk_proposal_is_read_only (g->proposal);
  const char *label = NULL;
  guint open = open_remarks (g->proposal);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (g->status_row), sk_enum_label (info, "status"));
  gtk_widget_set_visible (g->fingerprint_row, fingerprint != NULL);
  if (fingerprint)
    {
      SkFingerprintState state = verify (g, fingerprint);
      g_autofree char *text = state == SK_FINGERPRINT_MISMATCH
        ? g_strdup_printf (_("%s — the content no longer matches its fingerprint!"), fingerprint)
        : g_strdup_printf (_("%s (matches the content)"), fingerprint);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (g->fingerprint_row), text);
      if (state == SK_FINGERPRINT_MISMATCH)
        gtk_widget_add_css_class (g->fingerprint_row, "error");
      else
        gtk_widget_remove_css_class (g->fingerprint_row, "error");
    }
  if (g_str_equal (status, "draft"))
    label = _("_Submit…");
  else if (g_str_equal (status, "submitted"))
    label = _("_Start Review…");
  else if (g_str_equal (status, "under_review"))
    label = _("_Decide…");
  else if (g_str_equal (status, "returned"))
    label = _("_Revise…");
  gtk_widget_set_visible (g->button, label != NULL);
  if (label)
    gtk_button_set_label (GTK_BUTTON (g->button), label);
  gtk_widget_set_sensitive (g->button, writable);

  /* The university answers remarks; the reviewer makes them. */
  if (university)
    gtk_button_set_label (GTK_BUTTON (g->second_button), _("_Answer Remarks"));
  else
    gtk_button_set_label (GTK_BUTTON (g->second_button), _("Add a _Remark…"));
  /* Returned: revising comes first (the remarks are answered in the
   * draft, or on the Review page); at most two buttons side by side. */
  gtk_widget_set_visible (g->second_button, reviewing || (g_str_equal (status, "draft") && open > 0));
  gtk_widget_set_sensitive (g->second_button, writable || university);
  /* A decision taken (returned too: before the university revises). */
  gtk_widget_set_visible (g->withdraw_button, !reviewing && !g_str_equal (status, "draft"));
  gtk_widget_set_sensitive (g->withdraw_button, writable);
}

static void
sk_review_group_constructed (GObject *object)
{
  SkReviewGroup *self = SK_REVIEW_GROUP (object);

  G_OBJECT_CLASS (sk_review_group_parent_class)->constructed (object);
  g_return_if_fail (self->proposal != NULL);
  update_group (self);
  g_signal_connect_object (self->proposal, "changed", G_CALLBACK (update_group), self, G_CONNECT_SWAPPED);
}

static void
sk_review_group_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SkReviewGroup *self = SK_REVIEW_GROUP (object);

  switch (prop_id)
    {
    case PROP_PROPOSAL:
      g_value_set_object (value, self->proposal);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_review_group_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  SkReviewGroup *self = SK_REVIEW_GROUP (object);

  switch (prop_id)
    {
    case PROP_PROPOSAL:
      self->proposal = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_review_group_dispose (GObject *object)
{
  SkReviewGroup *self = SK_REVIEW_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_REVIEW_GROUP);
  g_clear_object (&self->proposal);
  G_OBJECT_CLASS (sk_review_group_parent_class)->dispose (object);
}

static void
sk_review_group_finalize (GObject *object)
{
  g_free (SK_REVIEW_GROUP (object)->verified);
  G_OBJECT_CLASS (sk_review_group_parent_class)->finalize (object);
}

static void
sk_review_group_class_init (SkReviewGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sk_review_group_constructed;
  object_class->get_property = sk_review_group_get_property;
  object_class->set_property = sk_review_group_set_property;
  object_class->dispose = sk_review_group_dispose;
  object_class->finalize = sk_review_group_finalize;

  properties[PROP_PROPOSAL] = g_param_spec_object ("proposal", NULL, NULL, SK_TYPE_PROPOSAL,
                                                   G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-review-group.ui");
  gtk_widget_class_bind_template_child (widget_class, SkReviewGroup, status_row);
  gtk_widget_class_bind_template_child (widget_class, SkReviewGroup, fingerprint_row);
  gtk_widget_class_bind_template_child (widget_class, SkReviewGroup, button);
  gtk_widget_class_bind_template_child (widget_class, SkReviewGroup, second_button);
  gtk_widget_class_bind_template_child (widget_class, SkReviewGroup, withdraw_button);
  gtk_widget_class_bind_template_callback (widget_class, on_step_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_second_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_withdraw_clicked);
}

static void
sk_review_group_init (SkReviewGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_review_group_new (SkProposal *proposal)
{
  g_return_val_if_fail (SK_IS_PROPOSAL (proposal), NULL);
  return g_object_new (SK_TYPE_REVIEW_GROUP, "proposal", proposal, NULL);
}
