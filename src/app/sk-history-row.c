/* sk-history-row.c: a step of the review's history; its layout is
 * ui/sk-history-row.ui */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-history-row.h"

struct _SkHistoryRow
{
  AdwActionRow parent_instance;

  GtkWidget *icon;
};

G_DEFINE_FINAL_TYPE (SkHistoryRow, sk_history_row, ADW_TYPE_ACTION_ROW)

static const char *
event_icon (SkRecord *event)
{
  const char *to = sk_record_get_string (event, "to_status");

  if (sk_record_get_string (event, "acknowledged_fingerprint"))
    return "dialog-warning-symbolic";
  if (g_strcmp0 (to, "submitted") == 0)
    return "mail-send-symbolic";
  if (g_strcmp0 (to, "under_review") == 0)
    return "system-search-symbolic";
  if (g_strcmp0 (to, "draft") == 0)
    return "document-edit-symbolic";
  if (g_strcmp0 (to, "approved") == 0)
    return "emblem-ok-symbolic";
  if (g_strcmp0 (to, "rejected") == 0)
    return "action-unavailable-symbolic";
  return "mail-reply-sender-symbolic";
}

static void
sk_history_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SK_TYPE_HISTORY_ROW);
  G_OBJECT_CLASS (sk_history_row_parent_class)->dispose (object);
}

static void
sk_history_row_class_init (SkHistoryRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sk_history_row_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-history-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SkHistoryRow, icon);
}

static void
sk_history_row_init (SkHistoryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_history_row_new (const SkHistoryEntry *h)
{
  SkHistoryRow *self = g_object_new (SK_TYPE_HISTORY_ROW, NULL);
  /* TRANSLATORS: in the history: when · who */
  g_autofree char *when_who = g_strdup_printf (_("%s · %s"), h->when ? h->when : "—", h->who ? h->who : "—");
  g_autofree char *subtitle = h->note && *h->note ? g_strdup_printf ("%s\n%s", when_who, h->note)
                                                  : g_steal_pointer (&when_who);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), h->what);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), event_icon (h->event));
  if (sk_record_get_string (h->event, "acknowledged_fingerprint"))
    gtk_widget_add_css_class (self->icon, "warning");
  return GTK_WIDGET (self);
}
