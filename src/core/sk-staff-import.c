/* sk-staff-import.c: a staff list from a CSV or XLSX spreadsheet */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "sk-csv.h"
#include "sk-error.h"
#include "sk-file.h"
#include "sk-i18n.h"
#include "sk-ranking-private.h"
#include "sk-field-info.h"
#include "sk-staff-import.h"
#include "sk-xlsx.h"

/* Bounds of what is read: the file, the people, one cell. */
#define MAX_FILE_BYTES SK_CSV_MAX_BYTES
#define MAX_PEOPLE 50000
#define MAX_CELL_CHARS 10000
/* The heading row is looked for among the first rows (titles above it). */
#define HEADER_SEARCH 20

typedef enum {
  F_NAME, F_SIDE, F_INSTITUTION, F_CITIZENSHIP, F_DEGREE, F_TITLE, F_POSITION,
  F_TEACHING, F_PRACTICE, F_FTE, F_IGNORE, N_FIELDS
} Field;

static const char * const field_codes[] = {
  "name", "side", "institution", "citizenship", "degree", "title", "position",
  "teaching-years", "practice-years", "fte", "ignore", NULL
};

static const char * const record_fields[] = {
  "name", "side", "institution_id", "citizenship", "degree", "academic_title", "academic_title",
  "teaching_years", "practice_years", "fte_milli", NULL
};

/* Headings, normalised (lower case, punctuation as single spaces), in
 * en, ru and kk, as HR departments write them. */
static const char * const headings[N_FIELDS][16] = {
  [F_NAME] = { "name", "full name", "lecturer", "teacher", "фио", "ф и о", "фамилия имя отчество",
               "имя", "преподаватель", "аты жөні", "толық аты", "тегі аты әкесінің аты", "оқытушы", NULL },
  [F_SIDE] = { "side", "сторона", "тарап", NULL },
  [F_INSTITUTION] = { "institution", "home institution", "university", "organisation", "organization",
                      "employer", "main place of work", "организация", "вуз", "место работы",
                      "основное место работы", "ұйым", "жоо", "жұмыс орны", "негізгі жұмыс орны", NULL },
  [F_CITIZENSHIP] = { "citizenship", "nationality", "country", "гражданство", "азаматтығы", "азаматтық", NULL },
  [F_DEGREE] = { "degree", "academic degree", "scientific degree", "степень", "учёная степень",
                 "ученая степень", "академическая степень", "дәрежесі", "ғылыми дәрежесі",
                 "ғылыми дәреже", "академиялық дәреже", NULL },
  [F_TITLE] = { "title", "academic title", "звание", "учёное звание", "ученое звание", "атағы",
                "ғылыми атағы", NULL },
  [F_POSITION] = { "position", "job title", "должность", "лауазымы", "лауазым", NULL },
  [F_TEACHING] = { "teaching years", "teaching", "years of teaching", "стаж преподавания",
                   "педагогический стаж", "оқыту өтілі", "педагогикалық өтілі", NULL },
  [F_PRACTICE] = { "practice years", "practice", "years of practical experience",
                   "стаж практической работы", "практический стаж", "практикалық өтілі", NULL },
  [F_FTE] = { "fte", "rate", "ставка", "ставки", "доля ставки", "штаттық бірлік", NULL },
  [F_IGNORE] = { "no", "№", "n", "#", "п п", "р с", NULL },
};

const char * const *
sk_staff_import_fields (void)
{
  return field_codes;
}

const char *
sk_staff_import_field_label (const char *field)
{
  static const char * const labels[] = {
    N_("Full name"), N_("Side"), N_("Home institution"), N_("Citizenship"), N_("Degree"),
    N_("Academic title"), N_("Position"), N_("Years of teaching"),
    N_("Years of practical experience"), N_("Full-time equivalent"), N_("Not imported"),
  };
  for (guint i = 0; field_codes[i]; i++)
    if (g_strcmp0 (field_codes[i], field) == 0)
      return _(labels[i]);
  return field;
}

/* ---- text ---- */

/* Composed, case-folded, every run of other than letters and digits one
 * space (so "Ф.И.О." is "ф и о" and "ассоц. профессор" "ассоц профессор"). */
static char *
normalise (const char *s)
{
  g_autofree char *composed = g_utf8_normalize (s ? s : "", -1, G_NORMALIZE_ALL_COMPOSE);
  g_autofree char *folded = composed ? g_utf8_casefold (composed, -1) : g_strdup ("");
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c) || c == 0x2116 /* № */ || c == '#')
        {
          if (space && out->len)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
      else
        space = TRUE;
    }
  return g_string_free (out, FALSE);
}

static int
field_of_heading (const char *heading)
{
  g_autofree char *n = normalise (heading);

  for (int f = 0; f < N_FIELDS; f++)
    for (int k = 0; headings[f][k]; k++)
      if (g_str_equal (n, headings[f][k]))
        return f;
  return -1;
}

static int
field_of_code (const char *code)
{
  for (int f = 0; f < N_FIELDS; f++)
    if (g_ascii_strcasecmp (field_codes[f], code) == 0)
      return f;
  return -1;
}

/* ---- the import ---- */

struct _SkStaffImport {
  GPtrArray *headings;  /* char* */
  int *fields;          /* per column: Field or -1 */
  GPtrArray *rows;      /* SkImportRow* */
  /* HR lists repeat a few values: each distinct text is read once. */
  GHashTable *values;       /* "field\x1ftext" -> code, or "" when none */
  GHashTable *institutions; /* text -> Institution*, or NULL when none */
};

static void
import_row_free (SkImportRow *row)
{
  g_free (row->person);
  g_ptr_array_unref (row->errors);
  g_clear_object (&row->record);
  g_free (row);
}

void
sk_staff_import_free (SkStaffImport *import)
{
  if (import == NULL)
    return;
  g_ptr_array_unref (import->headings);
  g_free (import->fields);
  g_ptr_array_unref (import->rows);
  g_clear_pointer (&import->values, g_hash_table_unref);
  g_clear_pointer (&import->institutions, g_hash_table_unref);
  g_free (import);
}

/* The table as SkXlsxRow (CSV rows numbered as lines of cells). */
static GPtrArray *
read_table (const guint8 *data, gsize length, GError **error)
{
  g_autofree char *text = NULL;
  g_autofree char *encoding = NULL;
  g_autoptr (GPtrArray) csv = NULL;
  g_autoptr (GError) local = NULL;
  GPtrArray *rows;

  if (length > MAX_FILE_BYTES)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   /* TRANSLATORS: a limit, a number of megabytes (the unit abbreviated) */
                   _("The file is larger than %u MB; a staff list is much smaller."),
                   MAX_FILE_BYTES / (1024 * 1024));
      return NULL;
    }
  if (sk_xlsx_is_zip (data, length))
    return sk_xlsx_read_first_sheet (data, length, error);
  if ((text = sk_ranking_text_to_utf8 (data, length, &encoding, &local)) == NULL)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   _("The text encoding of the file could not be recognised. Save the table as “CSV UTF-8” and try again."));
      return NULL;
    }
  if ((csv = sk_csv_parse (text, strlen (text), error)) == NULL)
    return NULL;
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_xlsx_row_free);
  for (guint i = 0; i < csv->len; i++)
    {
      SkXlsxRow *row = g_new0 (SkXlsxRow, 1);
      row->number = i + 1;
      row->cells = g_ptr_array_ref (csv->pdata[i]);
      g_ptr_array_add (rows, row);
    }
  return rows;
}

static const char *
cell_of (SkXlsxRow *row, guint column)
{
  return column < row->cells->len ? row->cells->pdata[column] : "";
}

/* A remembered mapping (@lenient) skips what does not fit this table. */
static gboolean
apply_mapping (SkStaffImport *imp, const char * const *mapping, gboolean lenient, GError **error)
{
  for (guint m = 0; mapping && mapping[m]; m++)
    {
      const char *eq = strrchr (mapping[m], '=');
      g_autofree char *column = eq ? g_strndup (mapping[m], (gsize) (eq - mapping[m])) : NULL;
      g_autofree char *wanted = NULL;
      guint64 number = 0;
      int field, found = -1;

      if (lenient && (eq == NULL || field_of_code (eq + 1) < 0))
        continue;
      if (eq == NULL || (field = field_of_code (eq + 1)) < 0)
        {
          g_autofree char *list = g_strjoinv (", ", (char **) field_codes);
          g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                       _("“%s” does not map a column to a field: write COLUMN=FIELD, the field one of %s."),
                       mapping[m], list);
          return FALSE;
        }
      wanted = normalise (column);
      for (guint c = 0; c < imp->headings->len && found < 0; c++)
        {
          g_autofree char *h = normalise (imp->headings->pdata[c]);
          if (g_str_equal (h, wanted))
            found = (int) c;
        }
      if (found < 0 && g_ascii_string_to_unsigned (column, 10, 1, imp->headings->len, &number, NULL))
        found = (int) number - 1;
      if (found < 0 && lenient)
        continue;
      if (found < 0)
        {
          g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                       _("There is no column “%s” in the table."), column);
          return FALSE;
        }
      imp->fields[found] = field;
    }
  return TRUE;
}

static gboolean
has_field (SkStaffImport *imp, Field f)
{
  for (guint c = 0; c < imp->headings->len; c++)
    if (imp->fields[c] == (int) f)
      return TRUE;
  return FALSE;
}

/* Finds the heading row among the first rows and the fields of its
 * columns; the index of the heading row, or -1. */
static int
find_headings (SkStaffImport *imp, GPtrArray *table, const char * const *mapping,
               const char * const *remembered, GError **error)
{
  for (guint r = 0; r < table->len && r < HEADER_SEARCH; r++)
    {
      SkXlsxRow *row = table->pdata[r];
      g_autoptr (GError) local = NULL;

      g_ptr_array_set_size (imp->headings, 0);
      g_free (imp->fields);
      imp->fields = g_new (int, MAX (row->cells->len, 1));
      for (guint c = 0; c < row->cells->len; c++)
        {
          g_ptr_array_add (imp->headings, g_strstrip (g_strdup (row->cells->pdata[c])));
          imp->fields[c] = field_of_heading (row->cells->pdata[c]);
        }
      apply_mapping (imp, remembered, TRUE, NULL);
      if (!apply_mapping (imp, mapping, FALSE, &local))
        {
          /* A mapping names the columns of the heading row: another row may
           * be it; the error is kept for when none is. */
          if (r + 1 == MIN (table->len, HEADER_SEARCH))
            {
              g_propagate_error (error, g_steal_pointer (&local));
              return -1;
            }
          continue;
        }
      if (has_field (imp, F_NAME))
        return (int) r;
    }
  {
    g_autoptr (GString) found = g_string_new (NULL);
    SkXlsxRow *first = table->len ? table->pdata[0] : NULL;

    for (guint c = 0; first && c < first->cells->len && c < 12; c++)
      if (*(char *) first->cells->pdata[c])
        g_string_append_printf (found, "%s“%.40s”", found->len ? ", " : "", (char *) first->cells->pdata[c]);
    g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                 _("This does not look like a staff list: none of its first rows names a column of full names. Its first row: %s. Name the columns (full name, side, institution, citizenship, degree, academic title, position, teaching years, practice years, FTE) or map them to these fields."),
                 found->len ? found->str : "—");
  }
  return -1;
}

/* ---- values ---- */

typedef struct {
  const char *code;
  const char *names[24];  /* normalised */
} Synonyms;

static const Synonyms side_synonyms[] = {
  { "kazakh", { "kazakh", "kazakhstani", "kazakhstan", "kz", "kazakh side", "kazakhstani side",
                "казахстанская", "казахстанский", "казахстанская сторона", "казахстан", "рк",
                "қазақстандық", "қазақстандық тарап", "қазақстан", "отандық", "қр", NULL } },
  { "foreign", { "foreign", "foreign side", "international", "зарубежная", "зарубежный",
                 "зарубежная сторона", "иностранная", "иностранный", "иностранная сторона",
                 "шетелдік", "шетелдік тарап", "шетел", NULL } },
  { "other", { "other", "third party", "other organisation", "other organization", "employer",
               "другая", "другие", "другая организация", "другие организации", "третья сторона",
               "басқа", "басқа ұйым", "басқа ұйымдар", "үшінші тарап", NULL } },
  { NULL, { NULL } },
};

static const Synonyms degree_synonyms[] = {
  { "none", { "none", "no", "нет", "жоқ", "без степени", "no degree", NULL } },
  { "bachelor", { "bachelor", "ba", "bsc", "бакалавр", NULL } },
  { "master", { "master", "ma", "msc", "mba", "магистр", "магистр наук", NULL } },
  { "candidate", { "candidate of sciences", "кандидат наук", "ғылым кандидаты", NULL } },
  { "phd", { "phd", "ph d", "dr", "doctor phd", "доктор phd", "phd доктор", "доктор философии",
             "доктор философии phd", "философия докторы", "философия докторы phd", "doctorate", NULL } },
  { "doctor", { "doctor of sciences", "dsc", "доктор наук", "ғылым докторы", NULL } },
  { NULL, { NULL } },
};

static const Synonyms title_synonyms[] = {
  { "none", { "none", "no", "нет", "жоқ", "без звания", NULL } },
  { "associate_professor", { "associate professor", "assoc prof", "assoc professor", "доцент",
                             "ассоциированный профессор", "ассоц профессор", "ассоц проф",
                             "қауымдастырылған профессор", "қауым профессор", NULL } },
  { "professor", { "professor", "prof", "full professor", "профессор", NULL } },
  { NULL, { NULL } },
};

static const char *
synonym (const Synonyms *table, const char *n)
{
  for (const Synonyms *s = table; s->code; s++)
    for (guint k = 0; s->names[k]; k++)
      if (g_str_equal (n, s->names[k]))
        return s->code;
  return NULL;
}

/* "к т н", "к ф м н", "д т н", "...ғылымдарының кандидаты". */
static const char *
degree_pattern (const char *n)
{
  gsize len = strlen (n);

  if (g_str_has_prefix (n, "кандидат") || g_str_has_suffix (n, "кандидаты"))
    return "candidate";
  if (strstr (n, "phd"))
    return "phd";
  if (g_str_has_prefix (n, "доктор") || g_str_has_suffix (n, "докторы"))
    return "doctor";
  if (len >= 5 && g_str_has_suffix (n, " н"))
    {
      if (g_str_has_prefix (n, "к "))
        return "candidate";
      if (g_str_has_prefix (n, "д "))
        return "doctor";
    }
  return NULL;
}

/* An enum value from a code, a label (in any language) or a synonym. */
static const char *
enum_value (const SkField *field, const Synonyms *table, const char *text)
{
  g_autofree char *n = normalise (text);
  const char *code;

  for (const SkEnumValue *v = field->enum_values; v->code; v++)
    {
      g_autofree char *label = normalise (_(v->label));
      g_autofree char *english = normalise (v->label);
      if (g_str_equal (n, v->code) || g_str_equal (n, label) || g_str_equal (n, english))
        return v->code;
    }
  if (table && (code = synonym (table, n)))
    return code;
  if (table == degree_synonyms)
    return degree_pattern (n);
  return NULL;
}

static const char *
cached_enum_value (SkStaffImport *imp, const SkField *field, const Synonyms *table, const char *text)
{
  g_autofree char *key = g_strdup_printf ("%s\x1f%s", field->name, text);
  const char *code = g_hash_table_lookup (imp->values, key);

  if (code == NULL)
    {
      code = enum_value (field, table, text);
      code = code ? code : "";
      g_hash_table_insert (imp->values, g_steal_pointer (&key), (gpointer) code);
    }
  return *code ? code : NULL;
}

static char *
allowed_values (const SkField *field)
{
  GString *s = g_string_new (NULL);

  for (const SkEnumValue *v = field->enum_values; v->code; v++)
    g_string_append_printf (s, "%s“%s”", s->len ? ", " : "", _(v->label));
  return g_string_free (s, FALSE);
}

static char *
shown (const char *text)
{
  const char *end = text;

  for (int n = 0; n < 60 && *end; n++)
    end = g_utf8_next_char (end);
  if (*end == '\0')
    return g_strdup (text);
  return g_strdup_printf ("%.*s…", (int) (end - text), text);
}

typedef struct {
  gint64 id;
  const char *role;
} Institution;

/* An institution of the proposal by any of its names or its short name. */
static gboolean
institution_by_name (SkProposal *proposal, const char *text, Institution *out)
{
  GListModel *all = sk_proposal_get_records (proposal, SK_KIND_INSTITUTION);
  g_autofree char *wanted = normalise (text);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (all, i);
      const char *names[SK_N_LANGUAGES + 1];

      for (guint l = 0; l < SK_N_LANGUAGES; l++)
        names[l] = sk_record_get_text3 (r, "name", sk_content_languages[l], FALSE, NULL);
      names[SK_N_LANGUAGES] = sk_record_get_string (r, "short_name");
      for (guint l = 0; l <= SK_N_LANGUAGES; l++)
        {
          g_autofree char *n = names[l] ? normalise (names[l]) : NULL;
          if (n && *n && g_str_equal (n, wanted))
            {
              out->id = sk_record_get_id (r);
              out->role = sk_record_get_string (r, "role");
              return TRUE;
            }
        }
    }
  return FALSE;
}

static gboolean
cached_institution (SkStaffImport *imp, SkProposal *proposal, const char *text, Institution *out)
{
  Institution *found;

  if (!g_hash_table_lookup_extended (imp->institutions, text, NULL, (gpointer *) &found))
    {
      Institution i = { 0 };
      found = institution_by_name (proposal, text, &i) ? g_memdup2 (&i, sizeof i) : NULL;
      g_hash_table_insert (imp->institutions, g_strdup (text), found);
    }
  if (found)
    *out = *found;
  return found != NULL;
}

static gboolean
is_kazakhstan (const char *country)
{
  static const char * const names[] = {
    "kz", "kaz", "kazakhstan", "republic of kazakhstan", "kazakhstani",
    "казахстан", "республика казахстан", "рк", "казахстанское",
    "қазақстан", "қазақстан республикасы", "қр", "қазақстандық", NULL
  };
  g_autofree char *n = normalise (country);

  return g_strv_contains (names, n);
}

static void
problem (SkImportRow *row, const char *format, ...) G_GNUC_PRINTF (2, 3);

static void
problem (SkImportRow *row, const char *format, ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (row->errors, g_strdup_vprintf (format, args));
  va_end (args);
}

/* The cells of @row read into @record (every problem noted). */
static void
read_row (SkProposal *proposal, SkStaffImport *imp, SkXlsxRow *cells, SkImportRow *row,
          SkRecord *record, gboolean is_new)
{
  const SkKind *kind = sk_schema_kind (SK_KIND_STAFF);
  const char *text[N_FIELDS] = { 0 };
  g_autofree char *side_code = NULL;
  Institution inst = { 0 };

  for (guint c = 0; c < imp->headings->len; c++)
    {
      const char *t = cell_of (cells, c);
      if (imp->fields[c] >= 0 && text[imp->fields[c]] == NULL && *t)
        text[imp->fields[c]] = t;
    }
  if (text[F_INSTITUTION])
    {
      if (cached_institution (imp, proposal, text[F_INSTITUTION], &inst))
        sk_record_set_int (record, "institution_id", inst.id);
      else
        {
          g_autofree char *q = shown (text[F_INSTITUTION]);
          problem (row, _("There is no institution “%s” in the proposal."), q);
        }
    }
  if (text[F_CITIZENSHIP])
    sk_record_set_string (record, "citizenship", text[F_CITIZENSHIP]);

  if (text[F_SIDE])
    {
      const SkField *f = sk_kind_field (kind, "side");
      const char *code = cached_enum_value (imp, f, side_synonyms, text[F_SIDE]);
      if (code)
        side_code = g_strdup (code);
      else
        {
          g_autofree char *q = shown (text[F_SIDE]);
          g_autofree char *allowed = allowed_values (f);
          problem (row, _("“%s” is not a value of “%s”; the allowed values are %s."), q, _(f->label), allowed);
        }
    }
  else if (is_new)
    {
      /* No side: the institution's role tells it, or the citizenship. */
      if (inst.id)
        side_code = g_strdup (sk_side_of_role (inst.role));
      else if (text[F_CITIZENSHIP])
        side_code = g_strdup (is_kazakhstan (text[F_CITIZENSHIP]) ? "kazakh" : "foreign");
      else if (!text[F_INSTITUTION])
        problem (row, _("The side cannot be told: the row has no side, no institution of the proposal and no citizenship."));
    }
  if (side_code)
    sk_record_set_string (record, "side", side_code);

  {
    static const struct { Field f; const char *field; const Synonyms *syn; } enums[] = {
      { F_DEGREE, "degree", degree_synonyms },
      { F_TITLE, "academic_title", title_synonyms },
    };
    for (guint e = 0; e < G_N_ELEMENTS (enums); e++)
      {
        const SkField *f = sk_kind_field (kind, enums[e].field);
        const char *code;

        if (!text[enums[e].f])
          continue;
        if ((code = cached_enum_value (imp, f, enums[e].syn, text[enums[e].f])))
          sk_record_set_string (record, enums[e].field, code);
        else
          {
            g_autofree char *q = shown (text[enums[e].f]);
            g_autofree char *allowed = allowed_values (f);
            problem (row, _("“%s” is not a value of “%s”; the allowed values are %s."), q, _(f->label), allowed);
          }
      }
  }
  /* A position gives the academic title when it is one ("доцент"); other
   * positions ("senior lecturer") leave it as it is. */
  if (text[F_POSITION] && !text[F_TITLE])
    {
      const char *code = cached_enum_value (imp, sk_kind_field (kind, "academic_title"), title_synonyms, text[F_POSITION]);
      if (code && !g_str_equal (code, "none"))
        sk_record_set_string (record, "academic_title", code);
    }

  {
    static const Field numbers[] = { F_TEACHING, F_PRACTICE, F_FTE };
    for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
      {
        const char *field = record_fields[numbers[i]];
        const SkField *f = sk_kind_field (kind, field);
        gint64 n;

        if (!text[numbers[i]])
          continue;
        if (sk_csv_parse_number (text[numbers[i]], numbers[i] == F_FTE ? 1000 : 1, TRUE, &n))
          {
            g_autoptr (GError) invalid = NULL;
            g_autoptr (GVariant) v = g_variant_ref_sink (g_variant_new_int64 (n));
            if (sk_field_validate (f, v, &invalid))
              sk_record_set_int (record, field, n);
            else if (numbers[i] == F_FTE)
              {
                g_autofree char *q = shown (text[numbers[i]]);
                problem (row, _("“%s” is not a full-time equivalent between 0 and 1."), q);
              }
            else
              problem (row, "%s", invalid->message);
          }
        else
          {
            g_autofree char *q = shown (text[numbers[i]]);
            problem (row, _("“%s” is not a number (column “%s”)."), q, _(f->label));
          }
      }
  }
}

static char *
person_key (const char *name, gint64 institution)
{
  g_autofree char *n = normalise (name);
  return g_strdup_printf ("%s\x1f%" G_GINT64_FORMAT, n, institution);
}

static void
read_rows (SkStaffImport *imp, SkProposal *proposal, GPtrArray *table, guint first)
{
  GListModel *staff = sk_proposal_get_records (proposal, SK_KIND_STAFF);
  g_autoptr (GHashTable) existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) in_file = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const SkKind *kind = sk_schema_kind (SK_KIND_STAFF);

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (staff, i);
      g_hash_table_insert (existing,
                           person_key (sk_record_get_string (r, "name"), sk_record_get_int (r, "institution_id", 0)),
                           GINT_TO_POINTER ((int) i + 1));
    }

  for (guint r = first; r < table->len; r++)
    {
      SkXlsxRow *cells = table->pdata[r];
      SkImportRow *row;
      g_autoptr (SkRecord) record = NULL;
      g_autoptr (SkRecord) before = NULL;
      g_autofree char *name = NULL;
      g_autofree char *key = NULL;
      Institution inst = { 0 };
      gboolean empty = TRUE;
      gpointer found;

      for (guint c = 0; c < cells->cells->len && empty; c++)
        empty = *(char *) cells->cells->pdata[c] == '\0';
      if (empty)
        continue;
      row = g_new0 (SkImportRow, 1);
      row->number = cells->number;
      row->errors = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (imp->rows, row);

      for (guint c = 0; c < imp->headings->len && name == NULL; c++)
        if (imp->fields[c] == F_NAME && *cell_of (cells, c))
          name = g_strstrip (g_strdup (cell_of (cells, c)));
      if (name == NULL || *name == '\0')
        {
          problem (row, _("The row has no full name."));
          row->status = SK_IMPORT_REFUSED;
          continue;
        }
      row->person = g_strdup (name);
      for (guint c = 0; c < imp->headings->len; c++)
        if (imp->fields[c] == F_INSTITUTION && *cell_of (cells, c))
          {
            cached_institution (imp, proposal, cell_of (cells, c), &inst);
            break;
          }

      key = person_key (name, inst.id);
      if ((found = g_hash_table_lookup (in_file, key)))
        {
          problem (row,
                   /* TRANSLATORS: a row number of the spreadsheet */
                   _("The same person (full name and institution) is in row %u as well; the row is not imported."),
                   GPOINTER_TO_UINT (found));
          row->status = SK_IMPORT_REFUSED;
          continue;
        }
      g_hash_table_insert (in_file, g_strdup (key), GUINT_TO_POINTER (row->number));

      if ((found = g_hash_table_lookup (existing, key)))
        {
          before = g_list_model_get_item (staff, (guint) GPOINTER_TO_INT (found) - 1);
          record = sk_record_copy (before);
          row->existing_id = sk_record_get_id (before);
        }
      else
        {
          record = sk_record_new (kind);
          sk_record_set_int (record, "fte_milli", 1000);
          /* Someone already there keeps the spelling of their name. */
          sk_record_set_string (record, "name", name);
        }
      read_row (proposal, imp, cells, row, record, before == NULL);
      if (row->errors->len == 0)
        {
          g_autoptr (GError) invalid = NULL;
          for (guint i = 0; i < kind->n_fields && invalid == NULL; i++)
            sk_field_validate (&kind->fields[i], sk_record_get_value_at (record, i), &invalid);
          if (invalid)
            problem (row, "%s", invalid->message);
        }
      if (row->errors->len)
        row->status = SK_IMPORT_REFUSED;
      else if (before == NULL)
        row->status = SK_IMPORT_NEW;
      else
        row->status = sk_record_equal (before, record) ? SK_IMPORT_UNCHANGED : SK_IMPORT_UPDATED;
      if (row->status == SK_IMPORT_NEW || row->status == SK_IMPORT_UPDATED)
        row->record = g_steal_pointer (&record);
    }
}

static gboolean
check_bounds (GPtrArray *table, GError **error)
{
  if (table->len > MAX_PEOPLE + HEADER_SEARCH)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   /* TRANSLATORS: the number of rows of the table; the limit, a number of people */
                   sk_ntr (NULL, "The table has %u row; a staff list longer than the limit, %u people, is not imported.",
                           "The table has %u rows; a staff list longer than the limit, %u people, is not imported.",
                           table->len),
                   table->len, MAX_PEOPLE);
      return FALSE;
    }
  for (guint r = 0; r < table->len; r++)
    {
      SkXlsxRow *row = table->pdata[r];
      for (guint c = 0; c < row->cells->len; c++)
        if (strlen (row->cells->pdata[c]) > MAX_CELL_CHARS * 4 ||
            g_utf8_strlen (row->cells->pdata[c], -1) > MAX_CELL_CHARS)
          {
            g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                         /* TRANSLATORS: a row number and a column number of the spreadsheet;
                          * the limit, a number of characters */
                         sk_ntr (NULL, "Row %u, column %u holds more than %u character; a cell of a staff list is much shorter. Nothing was imported.",
                                 "Row %u, column %u holds more than %u characters; a cell of a staff list is much shorter. Nothing was imported.",
                                 MAX_CELL_CHARS),
                         row->number, c + 1, MAX_CELL_CHARS);
            return FALSE;
          }
    }
  return TRUE;
}

SkStaffImport *
sk_staff_import_new (SkProposal *proposal, const guint8 *data, gsize length,
                     const char * const *mapping, GError **error)
{
  return sk_staff_import_new_full (proposal, data, length, mapping, NULL, error);
}

SkStaffImport *
sk_staff_import_new_full (SkProposal *proposal, const guint8 *data, gsize length,
                          const char * const *mapping, const char * const *remembered,
                          GError **error)
{
  g_autoptr (GPtrArray) table = read_table (data, length, error);
  g_autoptr (SkStaffImport) imp = NULL;
  int header;

  if (table == NULL || !check_bounds (table, error))
    return NULL;
  if (table->len == 0)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE, _("The table is empty."));
      return NULL;
    }
  imp = g_new0 (SkStaffImport, 1);
  imp->headings = g_ptr_array_new_with_free_func (g_free);
  imp->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) import_row_free);
  imp->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp->institutions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if ((header = find_headings (imp, table, mapping, remembered, error)) < 0)
    return NULL;
  read_rows (imp, proposal, table, (guint) header + 1);
  return g_steal_pointer (&imp);
}

SkStaffImport *
sk_staff_import_new_from_file (SkProposal *proposal, const char *path,
                               const char * const *mapping, GError **error)
{
  g_autofree char *data = NULL;
  g_autoptr (GError) local = NULL;
  gsize length = 0;

  /* Only a regular file, and not a huge one: no device, FIFO or folder. */
  if (!sk_file_read_bounded (path, MAX_FILE_BYTES, &data, &length, &local))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_IO,
                   _("The file could not be read: %s"), local->message);
      return NULL;
    }
  return sk_staff_import_new (proposal, (const guint8 *) data, length, mapping, error);
}

SkStaffImport *
sk_staff_import_new_from_block (SkProposal *proposal, const char *text,
                                const char * const *columns, GError **error)
{
  g_autoptr (GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_xlsx_row_free);
  g_autoptr (SkStaffImport) imp = NULL;
  g_auto (GStrv) lines = NULL;
  guint n_columns = columns ? g_strv_length ((char **) columns) : 0;
  gsize length = strlen (text);

  if (length > MAX_FILE_BYTES || !g_utf8_validate (text, (gssize) length, NULL))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   _("The pasted text is not a block of cells that fits the grid."));
      return NULL;
    }
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      SkXlsxRow *row;
      gsize l = strlen (lines[i]);

      if (l > 0 && lines[i][l - 1] == '\r')
        lines[i][l - 1] = '\0';
      if (lines[i][0] == '\0')
        continue;
      row = g_new0 (SkXlsxRow, 1);
      row->number = i + 1;
      row->cells = g_ptr_array_new_with_free_func (g_free);
      {
        g_auto (GStrv) cells = g_strsplit (lines[i], "\t", -1);
        for (guint c = 0; cells[c]; c++)
          g_ptr_array_add (row->cells, g_strstrip (g_strdup (cells[c])));
      }
      g_ptr_array_add (table, row);
      if (row->cells->len > n_columns)
        {
          g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                       /* TRANSLATORS: numbers of rows × columns: of the pasted block, then
                        * of the room the grid has from the chosen cell */
                       _("The pasted block is %u × %u cells (rows × columns), but from the chosen cell the grid has room for %u × %u. Nothing was pasted."),
                       g_strv_length (lines), row->cells->len, g_strv_length (lines), n_columns);
          return NULL;
        }
    }
  if (!check_bounds (table, error))
    return NULL;
  imp = g_new0 (SkStaffImport, 1);
  imp->headings = g_ptr_array_new_with_free_func (g_free);
  imp->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) import_row_free);
  imp->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp->institutions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  imp->fields = g_new (int, MAX (n_columns, 1));
  for (guint c = 0; c < n_columns; c++)
    {
      imp->fields[c] = field_of_code (columns[c]);
      g_ptr_array_add (imp->headings, g_strdup (sk_staff_import_field_label (columns[c])));
    }
  if (!has_field (imp, F_NAME))
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                   _("The pasted block has no column of full names."));
      return NULL;
    }
  read_rows (imp, proposal, table, 0);
  return g_steal_pointer (&imp);
}

guint sk_staff_import_n_columns (SkStaffImport *import) { return import->headings->len; }

const char *
sk_staff_import_column_heading (SkStaffImport *import, guint column)
{
  g_return_val_if_fail (column < import->headings->len, NULL);
  return import->headings->pdata[column];
}

const char *
sk_staff_import_column_field (SkStaffImport *import, guint column)
{
  g_return_val_if_fail (column < import->headings->len, NULL);
  return import->fields[column] >= 0 ? field_codes[import->fields[column]] : NULL;
}

GStrv
sk_staff_import_get_mapping (SkStaffImport *import)
{
  g_autoptr (GStrvBuilder) b = g_strv_builder_new ();

  for (guint c = 0; c < import->headings->len; c++)
    if (import->fields[c] >= 0 && *(char *) import->headings->pdata[c])
      {
        g_autofree char *m = g_strdup_printf ("%s=%s", (char *) import->headings->pdata[c],
                                              field_codes[import->fields[c]]);
        g_strv_builder_add (b, m);
      }
  return g_strv_builder_end (b);
}

GPtrArray *
sk_staff_import_rows (SkStaffImport *import)
{
  return import->rows;
}

void
sk_staff_import_counts (SkStaffImport *import, guint *n_new, guint *n_updated,
                        guint *n_unchanged, guint *n_refused)
{
  guint n[4] = { 0 };

  for (guint i = 0; i < import->rows->len; i++)
    n[((SkImportRow *) import->rows->pdata[i])->status]++;
  if (n_new)
    *n_new = n[SK_IMPORT_NEW];
  if (n_updated)
    *n_updated = n[SK_IMPORT_UPDATED];
  if (n_unchanged)
    *n_unchanged = n[SK_IMPORT_UNCHANGED];
  if (n_refused)
    *n_refused = n[SK_IMPORT_REFUSED];
}

char *
sk_staff_import_summary (SkStaffImport *import)
{
  guint a, b, c, d;

  sk_staff_import_counts (import, &a, &b, &c, &d);
  /* TRANSLATORS: the preview of a staff import: numbers of people, each
   * after its label: new, updated, unchanged and refused */
  return g_strdup_printf (_("New: %u, updated: %u, unchanged: %u, refused: %u"), a, b, c, d);
}

char *
sk_staff_import_row_problem (const SkImportRow *row, guint index)
{
  g_return_val_if_fail (index < row->errors->len, NULL);
  if (row->person)
    /* TRANSLATORS: a row number of the spreadsheet, the person's name, a problem (a sentence) */
    return g_strdup_printf (_("Row %u (%s): %s"), row->number, row->person, (char *) row->errors->pdata[index]);
  /* TRANSLATORS: a row number of the spreadsheet, a problem (a sentence) */
  return g_strdup_printf (_("Row %u: %s"), row->number, (char *) row->errors->pdata[index]);
}

gboolean
sk_staff_import_apply (SkStaffImport *import, SkProposal *proposal, GError **error)
{
  /* TRANSLATORS: the name of an undo step */
  sk_proposal_begin_group (proposal, _("Import staff"));
  for (guint i = 0; i < import->rows->len; i++)
    {
      SkImportRow *row = import->rows->pdata[i];
      gboolean ok = TRUE;

      if (row->status == SK_IMPORT_NEW)
        ok = sk_proposal_insert (proposal, row->record, error) > 0;
      else if (row->status == SK_IMPORT_UPDATED)
        ok = sk_proposal_update (proposal, row->record, error);
      if (!ok)
        {
          sk_proposal_cancel_group (proposal);
          return FALSE;
        }
    }
  return sk_proposal_end_group (proposal, error);
}
