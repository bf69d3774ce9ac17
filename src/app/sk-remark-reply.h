/* sk-remark-reply.h: a reply to a review remark, under the remark */
#pragma once

#include <gtk/gtk.h>

#include "sk-record.h"

G_BEGIN_DECLS

#define SK_TYPE_REMARK_REPLY (sk_remark_reply_get_type ())
G_DECLARE_FINAL_TYPE (SkRemarkReply, sk_remark_reply, SK, REMARK_REPLY, GtkBox)

/* What @reply is (a response, marked resolved, not resolved), who wrote
 * it and when, and its text. */
GtkWidget *sk_remark_reply_new (SkRecord *reply);

G_END_DECLS
