/* sk-field-info.h: what the fields of the record kinds mean beyond their
 * type: units, values derived from others, advice on a value, and the
 * values a new record starts with. The application, the CLI and the JSON
 * import share them. */
#pragma once

#include "sk-proposal.h"

G_BEGIN_DECLS

typedef enum {
  SK_UNIT_NONE,
  SK_UNIT_THOUSANDTHS,  /* INT stored in thousandths: FTE, entered as 0.25 */
  SK_UNIT_HUNDREDTHS,   /* INT stored in hundredths of a per cent: shares */
  SK_UNIT_TENGE,        /* MONEY */
  SK_UNIT_YEAR,         /* INT: a calendar year */
} SkFieldUnit;

SkFieldUnit sk_field_unit        (const SkField *field);
/* How many stored units make one shown unit (1000 for thousandths). */
gint64      sk_field_unit_scale  (const SkField *field);
/* Is @field computed from others (never edited by itself)? */
gboolean    sk_field_is_derived  (const SkField *field);

/* Brings the derived fields of @record (not in a proposal, or a copy) up
 * to date: a ranking entry's bounds from its rank text. */
void        sk_record_derive     (SkRecord *record);
/* Does editing @field of its kind change derived fields? */
gboolean    sk_field_has_derived (const SkField *field);

/* Advice on @value of @field of @record beyond what the field accepts (a
 * BIN's check digit, a rank text, shares adding up to more than 100 %,
 * content missing in one language): NULL when there is none. */
char       *sk_field_advice      (SkProposal *proposal, SkRecord *record, const SkField *field, GVariant *value);

/* May @value be entered into @field at all (stricter than what a file
 * may hold): a BIN is 12 digits. FALSE with the reason in @error. */
gboolean    sk_field_accepts     (const SkField *field, GVariant *value, GError **error);

/* A record of @kind to be filled in before it is added to @proposal: what
 * has a meaningful default has it (a year: the first year of the term;
 * FTE: a full position; the owner; a reference that is no real choice,
 * required or of a role, with exactly one record that fits; a lecturer's
 * home institution: the applicant, and the side it gives), required
 * fields without one are empty (a required choice too: never the first
 * value of its list, only a default of the domain). Never placeholder
 * text. */
SkRecord   *sk_record_new_for    (SkProposal *proposal, const char *kind, const char *owner_field, gint64 owner_id);
/* The next record after @previous was added (Add and New): a new record
 * of its kind with the same owners (the next target of the same
 * indicator), otherwise as sk_record_new_for() makes it. */
SkRecord   *sk_record_new_next   (SkProposal *proposal, SkRecord *previous);
/* After a record was added to @proposal: a reference of the proposal's
 * own record of a role that is still empty and now has exactly one record
 * that fits takes it (the first Kazakhstani OHPE added becomes the
 * applicant). Call it inside the addition's group: one undo step. TRUE
 * when a reference was filled. */
gboolean    sk_proposal_fill_own_references (SkProposal *proposal);
/* A new record being filled in, after its @field changed: the fields
 * that follow it (a lecturer's side follows the home institution). */
void        sk_record_follow     (SkProposal *proposal, SkRecord *record, const char *field);
/* The side of the lecturers of an institution of @role (its "role"
 * code): "kazakh" for a Kazakhstani OHPE, "foreign" for a foreign one,
 * "other" for anything else. The editor and the staff import share it. */
const char *sk_side_of_role      (const char *role);
/* Has @record a value in every required field? The first that lacks one
 * in @missing. */
gboolean    sk_record_is_complete (SkRecord *record, const SkField **missing);

/* ---- codes ---- */

typedef enum {
  SK_CODES_NONE,
  SK_CODES_COUNTRY,    /* TEXT: an ISO 3166-1 alpha-2 code (sk-iso.h) */
  SK_CODES_LANGUAGES,  /* TEXT: ISO 639 codes separated by commas: "kk,ru,en" */
  SK_CODES_UNIT,       /* TEXT: a code of sk_indicator_units () */
} SkFieldCodes;

/* Does @field hold a code (a text field whose values are codes; a value
 * that is not a known code is kept as written, from an older file)? */
SkFieldCodes       sk_field_codes              (const SkField *field);
/* What @value of @field says in @lang (kk, ru, en; NULL: the interface's):
 * a country's name, the languages' names, a unit; @value itself when it is
 * no known code; NULL when it is empty. */
char              *sk_field_code_label         (const SkField *field, const char *value, const char *lang);
/* The units of an indicator, NULL-terminated; labels N_() marked. */
const SkEnumValue *sk_indicator_units          (void);
/* The unit code @text (a code, or its label in kk, ru or en, "people",
 * "papers") stands for, NULL when none. */
const char        *sk_indicator_unit_from_text (const char *text);

/* ---- references by role ---- */

/* Is @target (an institution) a fitting value of the reference @field of
 * @kind? The applicant and a hosting OHPE are Kazakhstani OHPE (role
 * kazakh_ohpe), a programme's partner, a branch's parent and a franchisor
 * foreign OHPE (role foreign_ohpe); any other reference takes any record
 * of its kind. The editor offers only fitting records, the CLI and the
 * JSON import refuse others. */
gboolean           sk_field_ref_fits           (const SkKind *kind, const SkField *field, SkRecord *target);
/* The role (an institution's "role" code) the records of the reference
 * @field of @kind have, NULL when any record fits. */
const char        *sk_field_ref_role           (const SkKind *kind, const SkField *field);
/* Is @institution Kazakhstani (role, else country)? */
gboolean           sk_institution_is_kazakhstani (SkRecord *institution);

G_END_DECLS
