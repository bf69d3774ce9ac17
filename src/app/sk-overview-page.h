/* sk-overview-page.h: the proposal at a glance */
#pragma once

#include <adwaita.h>

#include "sk-compliance.h"

G_BEGIN_DECLS

GtkWidget *sk_overview_page_new (SkProposal *proposal, SkCompliance *compliance);

G_END_DECLS
