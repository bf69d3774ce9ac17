/* sk-ranking.h: the publishers' ranking tables, read as they are written,
 * kept in the user's ranking library, matched to the partners of a
 * proposal, and searched for new partners.
 *
 * See "Ranking tables as the publishers write them" in the design notes
 * and docs/rankings.md.
 */
#pragma once

#include "sk-proposal.h"
#include "sk-rank.h"

G_BEGIN_DECLS

#define SK_RANKING_ERROR (sk_ranking_error_quark ())

typedef enum {
  SK_RANKING_ERROR_NOT_TABLE,   /* not a ranking table (no rank and name columns) */
  SK_RANKING_ERROR_ENCODING,    /* the text encoding cannot be recognised */
  SK_RANKING_ERROR_EMPTY,       /* an empty file, or no usable rows */
  SK_RANKING_ERROR_TOO_LARGE,   /* larger than SK_RANKING_MAX_FILE_SIZE */
  SK_RANKING_ERROR_DUPLICATE,   /* one institution given two different ranks */
  SK_RANKING_ERROR_YEAR,        /* the edition does not match the file's columns */
  SK_RANKING_ERROR_OPTIONS,     /* publisher, year, scope or columns not valid */
  SK_RANKING_ERROR_LIBRARY,     /* the ranking library is damaged or not ours */
  SK_RANKING_ERROR_NOT_FOUND,   /* no such table, row or partner */
} SkRankingError;

GQuark sk_ranking_error_quark (void);

/* Larger files are refused before they are read. */
#define SK_RANKING_MAX_FILE_SIZE (32 * 1024 * 1024)

typedef struct {
  guint row;          /* where it is in the file: line of a CSV file, row of
                       * the spreadsheet, position in a JSON data array */
  char *rank_text;    /* as published, with a tie mark from a tie column */
  SkRank rank;
  char *name;
  char *country;      /* as written; NULL when the table has no country */
  char *aliases;      /* other names the publisher gives (THE), or NULL */
  /* derived when read */
  const char *country_code; /* ISO 3166 alpha-2, or NULL when not known */
  char *key;          /* the normalised name (sk_ranking_name_key) */
} SkRankingRow;

typedef struct {
  guint row;
  char *message;      /* translated, names the row */
} SkRankingProblem;

typedef struct _SkRankingTable SkRankingTable;
struct _SkRankingTable {
  gint64 id;           /* in the library; 0 before it is stored */
  char *publisher;     /* "qs", "the", "arwu" */
  int year;            /* the edition */
  char *scope;         /* "overall" or "subject" */
  char *subject;       /* the subject's name, NULL for overall */
  char *source_file;   /* the base name of the file it was read from */
  char *format;        /* "CSV", "XLSX", "JSON" */
  char *encoding;      /* of a text file: "UTF-8", "UTF-16LE", "Windows-1251", ... */
  char *loaded_at;     /* ISO 8601, when it went into the library; NULL before */
  guint header_row;    /* the row with the column names (0 for JSON) */
  char *rank_column;   /* the columns used, as the header names them */
  char *name_column;
  char *country_column; /* NULL when there is none */
  guint n_rows;        /* rows kept (also when the rows are not loaded) */
  GPtrArray *rows;     /* SkRankingRow, in the order of the file */
  GPtrArray *problems; /* SkRankingProblem: rows skipped, with the reason */
  GHashTable *index;   /* key → GArray of row positions (built on demand) */
};

void sk_ranking_table_free (SkRankingTable *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkRankingTable, sk_ranking_table_free)

/* "QS 2025", "THE 2026 (Engineering)": for messages and notes. */
char *sk_ranking_table_title (const SkRankingTable *table);
char *sk_ranking_title       (const char *publisher, int year, const char *subject);

typedef struct {
  const char *publisher;      /* qs, the, arwu: required */
  int year;                   /* the edition: required */
  const char *subject;        /* NULL or "": the overall table */
  /* The columns, by their heading or their number (1 = first column; for
   * JSON, the key); NULL: found from the headings. */
  const char *rank_column;
  const char *name_column;
  const char *country_column;
} SkRankingImportOptions;

/* Reads "rank=2024 RANK,name=Institution Name,country=Location" into the
 * column fields of @options (the strings point into @spec's copy, which
 * is returned and must be freed after @options is used). */
char *sk_ranking_parse_columns (const char *spec, SkRankingImportOptions *options, GError **error);

/* Reads a ranking table from a CSV (any separator; UTF-8 with or without
 * a byte order mark, UTF-16, Windows-1251, Windows-1252/ISO-8859-1), XLSX
 * or JSON (THE's {"data": [...]}, or an array of objects) file. Header rows
 * before the column names, comment lines and blank lines are passed over.
 * Rows whose rank cannot be read and repeated rows are skipped and listed
 * in problems; a file that cannot be a ranking table of this edition is an
 * error. Nothing is stored. */
SkRankingTable *sk_ranking_table_read_file (const char *path, const SkRankingImportOptions *options,
                                            GError **error);
SkRankingTable *sk_ranking_table_read_data (const guint8 *data, gsize length, const char *file_name,
                                            const SkRankingImportOptions *options, GError **error);

/* Whose table the file seems to be and its edition, from its headings
 * and its name ("qs-2025.csv", "WR2025", THE's JSON): *@publisher "qs",
 * "the", "arwu" or NULL (static); *@year 0 when not seen. For the user
 * to confirm before the file is read. */
void sk_ranking_guess (const guint8 *data, gsize length, const char *file_name,
                       const char **publisher, int *year);

/* ---- names ---- */

/* The normalised form of an institution's name used for matching: case,
 * diacritics, punctuation, "&"/"and", "The", "of", abbreviations ("Univ",
 * "Inst", "Technol"), the German, Russian and Kazakh words for
 * "university" and "technical university", and the order of the words
 * do not matter. */
char       *sk_ranking_name_key     (const char *name);
/* The ISO 3166 alpha-2 code of a country written as a code or by its
 * English name ("Germany", "Russian Federation", "China (Mainland)"), or
 * NULL. Static. */
const char *sk_ranking_country_code (const char *country);

/* ---- what is loaded: the tables and the confirmed aliases ---- */

typedef struct _SkRankings SkRankings;
struct _SkRankings {
  GPtrArray *tables;    /* SkRankingTable, with their rows */
  GHashTable *aliases;  /* partner name key → GPtrArray of row name keys */
};

SkRankings *sk_rankings_new   (void);
/* A set is counted: sk_rankings_free drops one reference. */
SkRankings *sk_rankings_ref   (SkRankings *rankings);
void        sk_rankings_free  (SkRankings *rankings);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkRankings, sk_rankings_free)
/* Adds @table (taken over). */
void        sk_rankings_add_table (SkRankings *rankings, SkRankingTable *table);
void        sk_rankings_add_alias (SkRankings *rankings, const char *name_key, const char *row_key);
/* The loaded table of this publisher, edition, scope and subject, or NULL. */
SkRankingTable *sk_rankings_lookup (const SkRankings *rankings, const char *publisher, int year,
                                    const char *scope, const char *subject);

/* ---- the library ---- */

typedef struct _SkRankingLibrary SkRankingLibrary;

/* $XDG_DATA_HOME/seriktes/rankings.sqlite (g_get_user_data_dir ()). */
char             *sk_ranking_library_default_path (void);
/* Opens the library at @path (NULL: the default), creating it when it does
 * not exist. An existing file is checked as a proposal is (integrity,
 * application id, version, exactly the expected schema) and refused when
 * it is anything else. */
SkRankingLibrary *sk_ranking_library_open   (const char *path, GError **error);
void              sk_ranking_library_close  (SkRankingLibrary *library);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkRankingLibrary, sk_ranking_library_close)
const char       *sk_ranking_library_get_path (SkRankingLibrary *library);

/* Stores @table in one transaction (all or nothing), replacing a table of
 * the same publisher, edition, scope and subject (*replaced set). Sets the
 * table's id and loaded_at. */
gboolean   sk_ranking_library_store  (SkRankingLibrary *library, SkRankingTable *table,
                                      gboolean *replaced, GError **error);
/* The tables, without their rows (n_rows set), by publisher, year, subject. */
GPtrArray *sk_ranking_library_list   (SkRankingLibrary *library, GError **error);
gboolean   sk_ranking_library_remove (SkRankingLibrary *library, gint64 id, GError **error);
/* Every table with its rows, and the aliases. */
SkRankings *sk_ranking_library_load  (SkRankingLibrary *library, GError **error);
/* Remembers that the partner named @name_key is the row named @row_key. */
gboolean   sk_ranking_library_add_alias (SkRankingLibrary *library, const char *name_key,
                                         const char *row_key, GError **error);

/* ---- matching ---- */

typedef enum {
  SK_RANKING_MATCH_ALIAS,   /* a confirmed alias */
  SK_RANKING_MATCH_EXACT,   /* the same normalised name (one of the partner's names) */
  SK_RANKING_MATCH_SIMILAR, /* most words in common, same country: to be confirmed */
} SkRankingMatchKind;

typedef struct {
  const SkRankingTable *table;
  const SkRankingRow *row;
  SkRankingMatchKind kind;
  double score;              /* 1.0 for ALIAS and EXACT */
} SkRankingCandidate;

/* The candidates of @institution in @table, best first (SkRankingCandidate,
 * to free with g_free). A row of another country is never a candidate. */
GPtrArray *sk_ranking_candidates (const SkRankings *rankings, const SkRankingTable *table,
                                  SkRecord *institution);
/* The one candidate that needs no confirmation (a single alias or exact
 * match; or a single similar one when @accept_similar), or NULL. */
const SkRankingCandidate *sk_ranking_unambiguous (GPtrArray *candidates, gboolean accept_similar);

/* Remembers that @institution is @row: each of its names (kk, ru, en,
 * short and former names) becomes an alias of the row's name, in
 * @library (may be NULL) and in @rankings (may be NULL). */
gboolean  sk_ranking_remember    (SkRankingLibrary *library, SkRankings *rankings,
                                  SkRecord *institution, const SkRankingRow *row, GError **error);

/* The source note of an entry taken from @row of @table. */
char     *sk_ranking_source_note (const SkRankingTable *table, const SkRankingRow *row);

/* Writes the match of @institution to @row of @table as a ranking entry:
 * updates the entry of the same publisher, edition, scope and subject, or
 * adds one; the rank text as published and the source note. Returns the
 * entry's id, 0 on error. (One edit; group several with
 * sk_proposal_begin_group.) */
gint64    sk_ranking_write_entry (SkProposal *proposal, gint64 institution_id,
                                  const SkRankingTable *table, const SkRankingRow *row,
                                  GError **error);

/* The foreign partners of @proposal (SkRecord, new references). */
GPtrArray *sk_ranking_partners   (SkProposal *proposal);

/* Writes every unambiguous match of every foreign partner (one undo step).
 * Returns the number of entries written, -1 on error (nothing written). */
int       sk_ranking_apply       (SkProposal *proposal, const SkRankings *rankings, GError **error);

/* Does the entry's rank text agree with the row's? Dashes, spaces and the
 * side of a tie mark do not matter; the tie mark itself does. */
gboolean  sk_ranking_same_rank   (const char *entry_text, const char *row_text);

/* ---- the partner finder ---- */

typedef struct {
  char *name;               /* as the first table writes it */
  const char *country_code;
  GPtrArray *rows;          /* SkRankingCandidate: one per table (kind EXACT) */
  int best;                 /* the best rank upper bound among them */
} SkRankingHit;

void       sk_ranking_hit_free (SkRankingHit *hit);

/* Institutions of @country (a code or a name; NULL: any) whose name
 * contains @name (NULL: any), in the TOP-@top of a loaded overall table
 * (or of a subject table whose subject is @subject), best first. */
GPtrArray *sk_ranking_find       (const SkRankings *rankings, const char *country, const char *name,
                                  int top, const char *subject);
/* Adds @hit as a foreign partner with its ranking entries, one undo step.
 * Returns the new institution's id, 0 on error. */
gint64     sk_ranking_add_partner (SkProposal *proposal, const SkRankingHit *hit, GError **error);

G_END_DECLS
