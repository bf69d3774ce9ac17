/* sk-compliance-page.h: the findings, each leading to its record */
#pragma once

#include <adwaita.h>

#include "sk-compliance.h"

G_BEGIN_DECLS

/* Rows activate "win.show-record" with (kind, id). */
GtkWidget *sk_compliance_page_new (SkCompliance *compliance);
/* A row for one finding (also used by tests). */
GtkWidget *sk_finding_row_new     (SkFinding *finding);

G_END_DECLS
