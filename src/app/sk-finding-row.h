/* sk-finding-row.h: a finding of the check, leading to its fix */
#pragma once

#include <adwaita.h>

#include "sk-check.h"

G_BEGIN_DECLS

#define SK_TYPE_FINDING_ROW (sk_finding_row_get_type ())
G_DECLARE_FINAL_TYPE (SkFindingRow, sk_finding_row, SK, FINDING_ROW, AdwActionRow)

/* A row for @finding: its message, suggestions, severity and reference; a
 * button to remark on it and a badge of the remarks; activating it
 * opens the page and field of its fix ("win.show-finding"). */
GtkWidget *sk_finding_row_new (SkFinding *finding);

G_END_DECLS
