/* sk-table-export.h: the staff table, the plans and the findings as
 * spreadsheets (CSV, XLSX) */
#pragma once

#include "sk-proposal.h"
#include "sk-rules.h"

G_BEGIN_DECLS

/* The tables that can be exported: "staff", "financing", "indicators",
 * "findings". */
const char * const *sk_export_table_names (void);

/* A table as text, a header row first: GPtrArray of GStrv. Labels and
 * numbers in @lang (NULL: the interface's); @rules for the findings. */
GPtrArray *sk_export_table      (SkProposal *proposal, const char *table, SkRuleSet *rules,
                                 const char *lang, GError **error);

/* Writes @table to @path as CSV (".csv": UTF-8 with a byte order mark,
 * the separator a semicolon in kk and ru, a comma in en) or XLSX
 * (".xlsx", numbers as numbers, the header in bold). The file appears
 * whole or not at all. */
gboolean   sk_export_write      (GPtrArray *table, const char *path, const char *lang,
                                 GError **error);

G_END_DECLS
