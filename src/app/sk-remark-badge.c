/* sk-remark-badge.c: the count of review remarks not yet resolved; its
 * layout is ui/sk-remark-badge.ui */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-remark-badge.h"
#include "sk-review-ui.h"
#include "sk-window.h"

struct _SkRemarkBadge
{
  GtkWidget parent_instance;

  GtkWidget *label;

  char *kind;
  gint64 id;
  char *check_id;
  SkProposal *proposal;  /* while in a proposal's window */
  gulong changed_id;
};

G_DEFINE_FINAL_TYPE (SkRemarkBadge, sk_remark_badge, GTK_TYPE_WIDGET)

static void
update (SkRemarkBadge *self)
{
  guint n = self->proposal ? sk_review_unresolved_remarks (self->proposal, self->kind, self->id, self->check_id) : 0;
  g_autofree char *text = g_strdup_printf ("%u", n);
  g_autofree char *a11y = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u review remark not yet resolved",
                                                        "%u review remarks not yet resolved", n), n);

  gtk_label_set_text (GTK_LABEL (self->label), text);
  gtk_widget_set_tooltip_text (self->label, a11y);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->label), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  gtk_widget_set_visible (self->label, n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self), n > 0);
}

static void
follow (SkRemarkBadge *self, SkProposal *proposal)
{
  if (proposal == self->proposal)
    return;
  if (self->proposal)
    g_clear_signal_handler (&self->changed_id, self->proposal);
  g_clear_object (&self->proposal);
  if (proposal)
    {
      self->proposal = g_object_ref (proposal);
      self->changed_id = g_signal_connect_swapped (proposal, "changed", G_CALLBACK (update), self);
    }
}

/* In a window: count there, and follow its proposal. */
static void
sk_remark_badge_root (GtkWidget *widget)
{
  SkRemarkBadge *self = SK_REMARK_BADGE (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (sk_remark_badge_parent_class)->root (widget);
  root = gtk_widget_get_root (widget);
  follow (self, SK_IS_WINDOW (root) ? sk_window_get_proposal (SK_WINDOW (root)) : NULL);
  update (self);
}

static void
sk_remark_badge_unroot (GtkWidget *widget)
{
  follow (SK_REMARK_BADGE (widget), NULL);
  GTK_WIDGET_CLASS (sk_remark_badge_parent_class)->unroot (widget);
}

static void
sk_remark_badge_dispose (GObject *object)
{
  follow (SK_REMARK_BADGE (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), SK_TYPE_REMARK_BADGE);
  G_OBJECT_CLASS (sk_remark_badge_parent_class)->dispose (object);
}

static void
sk_remark_badge_finalize (GObject *object)
{
  SkRemarkBadge *self = SK_REMARK_BADGE (object);

  g_free (self->kind);
  g_free (self->check_id);
  G_OBJECT_CLASS (sk_remark_badge_parent_class)->finalize (object);
}

static void
sk_remark_badge_class_init (SkRemarkBadgeClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sk_remark_badge_dispose;
  G_OBJECT_CLASS (klass)->finalize = sk_remark_badge_finalize;
  widget_class->root = sk_remark_badge_root;
  widget_class->unroot = sk_remark_badge_unroot;
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-remark-badge.ui");
  gtk_widget_class_bind_template_child (widget_class, SkRemarkBadge, label);
}

static void
sk_remark_badge_init (SkRemarkBadge *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_remark_badge_new (const char *kind, gint64 id, const char *check_id)
{
  SkRemarkBadge *self = g_object_new (SK_TYPE_REMARK_BADGE, NULL);

  self->kind = g_strdup (kind);
  self->id = id;
  self->check_id = g_strdup (check_id);
  return GTK_WIDGET (self);
}
