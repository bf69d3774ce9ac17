/* sk-schema.h: the record kinds of a proposal and their fields
 *
 * One table describes every kind of record a proposal holds. The SQL schema,
 * the loader's validation, the JSON interchange and the generic editing API
 * are all driven by it, so a new field is added in one place.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SK_SCHEMA_VERSION 4

/* "SkPr" read as a big-endian 32-bit integer: PRAGMA application_id. */
#define SK_APPLICATION_ID 0x536b5072

typedef enum {
  SK_FIELD_TEXT,   /* UTF-8 text */
  SK_FIELD_INT,    /* 64-bit integer in [min, max] */
  SK_FIELD_BOOL,   /* stored as 0/1 */
  SK_FIELD_REAL,   /* a measured value (indicators); never money */
  SK_FIELD_MONEY,  /* whole tenge (KZT), 64-bit integer */
  SK_FIELD_DATE,   /* ISO 8601 calendar date, YYYY-MM-DD */
  SK_FIELD_ENUM,   /* one code of a fixed list */
  SK_FIELD_REF,    /* the id of a record of another kind */
} SkFieldType;

typedef enum {
  SK_FIELD_REQUIRED = 1 << 0, /* may not be NULL */
  SK_FIELD_CASCADE  = 1 << 1, /* REF: deleting the target deletes this record */
  SK_FIELD_MULTILINE = 1 << 2, /* TEXT: a paragraph rather than a line */
} SkFieldFlags;

typedef struct {
  const char *code;   /* stored in the file and in JSON */
  const char *label;  /* N_() marked, translate with gettext */
} SkEnumValue;

typedef struct {
  const char *name;          /* SQL column and (unless grouped) JSON key */
  SkFieldType type;
  guint flags;
  const char *label;         /* N_() marked */
  const char *group;         /* trilingual group ("title"), NULL if none */
  const char *lang;          /* "kk", "ru" or "en" within a group */
  const SkEnumValue *enum_values; /* ENUM: NULL-terminated */
  const char *ref_kind;      /* REF: name of the target kind */
  gint64 min;                /* INT, MONEY, TEXT (length in characters) */
  gint64 max;
} SkField;

typedef struct {
  const char *name;        /* SQL table name, singular */
  const char *json_key;    /* key of its array (or object) in JSON */
  const char *label;       /* N_() marked */
  gboolean singleton;      /* exactly one row, id 1 (the proposal itself) */
  const SkField *fields;
  guint n_fields;
} SkKind;

/* Languages of trilingual content, in display order. */
extern const char * const sk_content_languages[];
#define SK_N_LANGUAGES 3

const SkKind  *sk_schema_kinds        (guint *n_kinds);
const SkKind  *sk_schema_kind         (const char *name);
const SkKind  *sk_schema_kind_by_json (const char *json_key);
const SkField *sk_kind_field          (const SkKind *kind, const char *name);
int            sk_kind_field_index    (const SkKind *kind, const char *name);
const SkField *sk_kind_text3          (const SkKind *kind, const char *group, const char *lang);

const SkEnumValue *sk_field_enum_value (const SkField *field, const char *code);


/* Named record kinds, for callers that want compile-time names. */
#define SK_KIND_PROPOSAL        "proposal"
#define SK_KIND_INSTITUTION     "institution"
#define SK_KIND_RANKING         "ranking_entry"
#define SK_KIND_AGREEMENT       "agreement"
#define SK_KIND_BRANCH          "branch"
#define SK_KIND_BOARD_MEMBER    "board_member"
#define SK_KIND_CERT_CENTRE     "certification_centre"
#define SK_KIND_FRANCHISE       "franchise"
#define SK_KIND_JOINT_VENTURE   "joint_venture"
#define SK_KIND_SHAREHOLDER     "shareholder"
#define SK_KIND_PROGRAMME       "programme"
#define SK_KIND_STAFF           "staff_member"
#define SK_KIND_ASSIGNMENT      "assignment"
#define SK_KIND_COMMITTEE       "committee"
#define SK_KIND_COMMITTEE_MEMBER "committee_member"
#define SK_KIND_RESEARCH        "research_project"
#define SK_KIND_THIRD_MISSION   "third_mission_project"
#define SK_KIND_PROF_DEV        "professional_development"
#define SK_KIND_FINANCING       "financing_line"
#define SK_KIND_INDICATOR       "indicator"
#define SK_KIND_INDICATOR_TARGET "indicator_target"
#define SK_KIND_MOBILITY        "mobility_figure"
#define SK_KIND_REMARK          "review_remark"
#define SK_KIND_DECISION        "decision"
#define SK_KIND_STATUS_EVENT    "status_event"
#define SK_KIND_REMARK_REPLY    "remark_reply"

G_END_DECLS
