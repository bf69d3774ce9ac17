/* sk-compliance-page.h: the findings, each leading to its record */
#pragma once

#include <adwaita.h>

#include "sk-compliance.h"

#include "sk-finding-row.h"

#include "sk-page.h"

G_BEGIN_DECLS

#define SK_TYPE_COMPLIANCE_PAGE (sk_compliance_page_get_type ())
G_DECLARE_FINAL_TYPE (SkCompliancePage, sk_compliance_page, SK, COMPLIANCE_PAGE, SkPage)

/* Rows activate "win.show-finding" with (kind, id, check). The tiles of
 * the counts filter the list by severity. */
GtkWidget *sk_compliance_page_new (SkProposal *proposal, SkCompliance *compliance, gboolean editable);
/* Shows only the findings of @severity (or all again when @shown is
 * FALSE and no other tile is pressed), as the tile does. */
void       sk_compliance_page_show_severity (SkCompliancePage *self, SkSeverity severity, gboolean shown);
/* The number of findings listed now. */
guint      sk_compliance_page_get_n_shown  (SkCompliancePage *self);

/* A row for one finding (also used by tests): sk-finding-row.h. */

G_END_DECLS
