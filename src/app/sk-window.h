/* sk-window.h: a window showing one proposal */
#pragma once

#include <adwaita.h>

#include "sk-proposal.h"

G_BEGIN_DECLS

#define SK_TYPE_WINDOW (sk_window_get_type ())
G_DECLARE_FINAL_TYPE (SkWindow, sk_window, SK, WINDOW, AdwApplicationWindow)

SkWindow   *sk_window_new          (GtkApplication *app);
/* Opens @file in this window; on failure shows the reason in a dialog and
 * keeps what the window showed. A file that cannot be written is opened
 * for viewing. */
gboolean    sk_window_open         (SkWindow *self, GFile *file);
SkProposal *sk_window_get_proposal (SkWindow *self);

G_END_DECLS
