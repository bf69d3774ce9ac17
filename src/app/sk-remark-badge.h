/* sk-remark-badge.h: how many review remarks about a record or a finding
 * are not yet resolved, as a small badge */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SK_TYPE_REMARK_BADGE (sk_remark_badge_get_type ())
G_DECLARE_FINAL_TYPE (SkRemarkBadge, sk_remark_badge, SK, REMARK_BADGE, GtkWidget)

/* The badge of the record (@kind, @id) — of its finding @check_id only,
 * when given; hidden while the count is 0. It finds the proposal in its
 * window and follows its changes. */
GtkWidget *sk_remark_badge_new (const char *kind, gint64 id, const char *check_id);

G_END_DECLS
