/* sk-error.h: the errors of the core library */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SK_PROPOSAL_ERROR (sk_proposal_error_quark ())

typedef enum {
  SK_PROPOSAL_ERROR_NOT_PROPOSAL,      /* not a Seriktes proposal file at all */
  SK_PROPOSAL_ERROR_DAMAGED,           /* a proposal file, but damaged or inconsistent */
  SK_PROPOSAL_ERROR_NEWER_VERSION,     /* written by a newer Seriktes */
  SK_PROPOSAL_ERROR_UNEXPECTED_SCHEMA, /* tables, triggers or views that do not belong */
  SK_PROPOSAL_ERROR_READ_ONLY,         /* cannot be written */
  SK_PROPOSAL_ERROR_IO,                /* the file system said no */
  SK_PROPOSAL_ERROR_INVALID_VALUE,     /* an edit with a value the field does not take */
  SK_PROPOSAL_ERROR_NOT_FOUND,         /* an edit naming a record that does not exist */
  SK_PROPOSAL_ERROR_EXISTS,            /* creating a file where one already is */
  SK_PROPOSAL_ERROR_INVALID_JSON,      /* JSON interchange that cannot be imported */
  SK_PROPOSAL_ERROR_FROZEN,            /* content of a submitted proposal */
  SK_PROPOSAL_ERROR_TRANSITION,        /* a change of status the workflow does not allow */
  SK_PROPOSAL_ERROR_BUSY,              /* another program holds the file's lock */
  SK_PROPOSAL_ERROR_NEEDS_RECOVERY,    /* left by an interrupted program: open for editing to recover */
  SK_PROPOSAL_ERROR_CHANGED,           /* changed by another program since it was read */
  SK_PROPOSAL_ERROR_WORKFLOW,          /* review data written other than through the review */
  SK_PROPOSAL_ERROR_TAMPERED,          /* a review history that cannot have happened */
  SK_PROPOSAL_ERROR_MISMATCH,          /* content not matching its fingerprint, not acknowledged */
} SkProposalError;

GQuark sk_proposal_error_quark (void);

G_END_DECLS
