/* sk-page.h: the base of the window's hand-made pages (overview,
 * compliance, review, staffing plan): the proposal, its findings and
 * whether it may be edited, as properties */
#pragma once

#include <gtk/gtk.h>

#include "sk-compliance.h"
#include "sk-proposal.h"

G_BEGIN_DECLS

#define SK_TYPE_PAGE (sk_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (SkPage, sk_page, SK, PAGE, GtkWidget)

struct _SkPageClass
{
  GtkWidgetClass parent_class;

  gpointer padding[4];
};

/* "proposal" and "compliance" are construct-only (compliance may be
 * NULL); "editable" may change (it notifies). */
SkProposal   *sk_page_get_proposal   (SkPage *self);
SkCompliance *sk_page_get_compliance (SkPage *self);
gboolean      sk_page_get_editable   (SkPage *self);
void          sk_page_set_editable   (SkPage *self, gboolean editable);

G_END_DECLS
