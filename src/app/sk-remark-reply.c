/* sk-remark-reply.c: a reply to a review remark; its layout is
 * ui/sk-remark-reply.ui */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-remark-reply.h"
#include "sk-review.h"
#include "sk-summary.h"

struct _SkRemarkReply
{
  GtkBox parent_instance;

  GtkWidget *head;
  GtkWidget *text;
};

G_DEFINE_FINAL_TYPE (SkRemarkReply, sk_remark_reply, GTK_TYPE_BOX)

static void
sk_remark_reply_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SK_TYPE_REMARK_REPLY);
  G_OBJECT_CLASS (sk_remark_reply_parent_class)->dispose (object);
}

static void
sk_remark_reply_class_init (SkRemarkReplyClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sk_remark_reply_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-remark-reply.ui");
  gtk_widget_class_bind_template_child (widget_class, SkRemarkReply, head);
  gtk_widget_class_bind_template_child (widget_class, SkRemarkReply, text);
}

static void
sk_remark_reply_init (SkRemarkReply *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_remark_reply_new (SkRecord *reply)
{
  SkRemarkReply *self = g_object_new (SK_TYPE_REMARK_REPLY, NULL);
  const char *text = sk_record_get_string (reply, "text");
  g_autofree char *when = sk_review_format_time (sk_record_get_string (reply, "written"), NULL, NULL);
  /* TRANSLATORS: a reply to a review remark: what it is (Response, Marked
   * resolved, Not resolved), who wrote it, when */
  g_autofree char *head = g_strdup_printf (_("%s — %s, %s"), sk_enum_label (reply, "action"),
                                           sk_record_get_string (reply, "author"), when ? when : "—");

  gtk_label_set_text (GTK_LABEL (self->head), head);
  gtk_label_set_text (GTK_LABEL (self->text), text ? text : "");
  gtk_widget_set_visible (self->text, text && *text);
  return GTK_WIDGET (self);
}
