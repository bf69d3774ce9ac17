/* sk-rules.c: rule sets, read from GKeyFile files */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "sk-file.h"
#include "sk-init.h"
#include "sk-rules.h"

G_DEFINE_QUARK (sk-rules-error-quark, sk_rules_error)

static const char * const check_ids[] = {
  "term", "ranking", "ranking-band", "ranking-stale", "ranking-unreadable",
  "staff-ratio", "foreign-staff", "parity", "programme-kz",
  "programme-accreditation", "programme-diplomas", "programme-partner",
  "model-requirements", "duplicate-institution", "agreements", "agreements-term",
  "branch-registration", "branch-bin", "branch-licence",
  "committees", "quality-assurance", "indicators", "financing",
  "ministry-agreement", "staff-qualification", "professional-development",
  "mia-approval", "cooperation-service", "research", "third-mission",
  "content-language", "ranking-mismatch", "ranking-unverified",
  NULL
};

static const char * const basis_names[] = { "headcount", "fte", "hours" };
static const char * const publisher_codes[] = { "qs", "the", "arwu", "other", NULL };

struct _SkRuleSet
{
  GObject parent_instance;

  char *name;
  char *name_kk, *name_ru; /* Name[kk], Name[ru]; NULL: not given */
  char *version;
  int min_term_years;
  int cut_off;
  char **publishers;
  int max_age;
  SkBasis basis;
  int kazakh_max;
  int foreign_max;
  int foreign_min;
  int master_teaching;
  int master_practice;
  int min_foreigners;
  int min_sent_abroad;
  SkSeverity severity[G_N_ELEMENTS (check_ids) - 1];
};

G_DEFINE_FINAL_TYPE (SkRuleSet, sk_rule_set, G_TYPE_OBJECT)

static void
sk_rule_set_finalize (GObject *object)
{
  SkRuleSet *self = SK_RULE_SET (object);

  g_free (self->name);
  g_free (self->name_kk);
  g_free (self->name_ru);
  g_free (self->version);
  g_strfreev (self->publishers);
  G_OBJECT_CLASS (sk_rule_set_parent_class)->finalize (object);
}

static void
sk_rule_set_class_init (SkRuleSetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_rule_set_finalize;
}

static void
sk_rule_set_init (SkRuleSet *self)
{
}

/* ---- reading ---- */

typedef struct {
  const char *text;
  const char *file;
  GKeyFile *kf;
} Reader;

/* The line (1-based) where @key of @group is, or 0; the last one when
 * given twice, as GKeyFile keeps the last value. */
static int
find_line (Reader *r, const char *group, const char *key)
{
  g_auto (GStrv) lines = g_strsplit (r->text, "\n", -1);
  const char *current = NULL;
  g_autofree char *header = NULL;
  gboolean in_group = FALSE;
  int found = 0;

  for (int i = 0; lines[i]; i++)
    {
      const char *line = lines[i];
      while (*line == ' ' || *line == '\t')
        line++;
      if (*line == '[')
        {
          g_clear_pointer (&header, g_free);
          header = g_strndup (line + 1, strcspn (line + 1, "]"));
          current = header;
          in_group = g_strcmp0 (current, group) == 0;
          if (key == NULL && in_group)
            found = i + 1;
          continue;
        }
      if (in_group && key && g_str_has_prefix (line, key))
        {
          const char *rest = line + strlen (key);
          while (*rest == ' ' || *rest == '\t')
            rest++;
          if (*rest == '=')
            found = i + 1;
        }
    }
  return found;
}

static gboolean G_GNUC_PRINTF (5, 6)
key_error (Reader *r, GError **error, const char *group, const char *key, const char *format, ...)
{
  g_autofree char *what = NULL;
  va_list args;
  int line = find_line (r, group, key);

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  if (line > 0)
    /* TRANSLATORS: file name, line number, [group] key, what is wrong */
    g_set_error (error, SK_RULES_ERROR, SK_RULES_ERROR_KEY, _("%s, line %d: [%s] %s: %s"),
                 r->file, line, group, key ? key : "", what);
  else
    g_set_error (error, SK_RULES_ERROR, SK_RULES_ERROR_KEY, _("%s: [%s] %s: %s"),
                 r->file, group, key ? key : "", what);
  return FALSE;
}

static gboolean
read_int (Reader *r, const char *group, const char *key, int lo, int hi, int *out, GError **error)
{
  g_autofree char *value = g_key_file_get_value (r->kf, group, key, NULL);
  gint64 n;
  char *end = NULL;

  if (value == NULL)
    return key_error (r, error, group, key, _("is missing"));
  g_strstrip (value);
  n = g_ascii_strtoll (value, &end, 10);
  if (*value == '\0' || end == NULL || *end != '\0')
    return key_error (r, error, group, key, _("“%s” is not a whole number"), value);
  if (n < lo || n > hi)
    /* TRANSLATORS: the lowest and highest value of a setting of the rule set (numbers, no noun agrees with them) */
    return key_error (r, error, group, key, _("must be between %d and %d"), lo, hi);
  *out = (int) n;
  return TRUE;
}

static gboolean
read_string (Reader *r, const char *group, const char *key, char **out, GError **error)
{
  char *value = g_key_file_get_string (r->kf, group, key, NULL);

  if (value == NULL || *g_strstrip (value) == '\0')
    {
      g_free (value);
      return key_error (r, error, group, key, _("is missing"));
    }
  *out = value;
  return TRUE;
}

/* Name[@lang], when it is given and not empty. */
static gboolean
read_name_in (Reader *r, const char *lang, char **out)
{
  g_autofree char *key = g_strdup_printf ("Name[%s]", lang);
  char *value = g_key_file_get_string (r->kf, "Rule Set", key, NULL);

  if (value && *g_strstrip (value) == '\0')
    g_clear_pointer (&value, g_free);
  *out = value;
  return TRUE;
}

static gboolean
in_list (const char * const *list, const char *s)
{
  return s && g_strv_contains (list, s);
}

typedef struct {
  const char *group;
  const char * const keys[12];
} Layout;

/* What a rule set may contain; anything else is a typing error. */
static const Layout layout[] = {
  { "Rule Set", { "Name", "Name[kk]", "Name[ru]", "Name[en]", "Version" } },
  { "Term", { "MinimumYears" } },
  { "Ranking", { "CutOff", "Publishers", "MaximumAgeYears" } },
  { "Staffing", { "Basis", "KazakhMaximum", "ForeignMaximum", "ForeignMinimum" } },
  { "Qualification", { "MasterTeachingYears", "MasterPracticeYears" } },
  { "Cooperation Service", { "MinimumForeigners", "MinimumSentAbroad" } },
  { "Severity", { NULL } },
};

/* GLib's own unescaping reports some bad sequences twice (overwriting its
 * GError, a warning that aborts under G_DEBUG=fatal-warnings) and names
 * the wrong key afterwards: values reach it only with the escapes a key
 * file has (\s \n \t \r \\, and \; in lists). */
static gboolean
check_escapes (Reader *r, const char *group, const char *key, GError **error)
{
  g_autofree char *raw = g_key_file_get_value (r->kf, group, key, NULL);

  for (const char *p = raw; p && *p; p++)
    {
      if (*p != '\\')
        continue;
      if (p[1] != '\0' && strchr ("sntr\\;", p[1]) != NULL)
        {
          p++;
          continue;
        }
      if (p[1] == '\0')
        return key_error (r, error, group, key, _("ends with a backslash; write \\\\ for a backslash"));
      {
        g_autofree char *sequence = g_strndup (p, (gsize) (g_utf8_next_char (p + 1) - p));
        return key_error (r, error, group, key,
                          /* TRANSLATORS: %s: a backslash and a character, such as \q */
                          _("“%s” is not a valid escape sequence; write \\\\ for a backslash"), sequence);
      }
    }
  return TRUE;
}

static gboolean
check_layout (Reader *r, GError **error)
{
  g_auto (GStrv) groups = g_key_file_get_groups (r->kf, NULL);

  for (guint g = 0; groups[g]; g++)
    {
      const Layout *l = NULL;
      g_auto (GStrv) keys = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (layout); i++)
        if (strcmp (layout[i].group, groups[g]) == 0)
          l = &layout[i];
      if (l == NULL)
        return key_error (r, error, groups[g], NULL, _("unknown group"));
      keys = g_key_file_get_keys (r->kf, groups[g], NULL, NULL);
      for (guint k = 0; keys && keys[k]; k++)
        {
          gboolean known = l == &layout[G_N_ELEMENTS (layout) - 1]
                             ? in_list (check_ids, keys[k])
                             : in_list ((const char * const *) l->keys, keys[k]);
          if (!known)
            return key_error (r, error, groups[g], keys[k], _("unknown key"));
          if (!check_escapes (r, groups[g], keys[k], error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
read_publishers (Reader *r, SkRuleSet *self, GError **error)
{
  g_auto (GStrv) list = g_key_file_get_string_list (r->kf, "Ranking", "Publishers", NULL, NULL);
  g_autoptr (GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; list && list[i]; i++)
    {
      g_autofree char *code = g_ascii_strdown (g_strstrip (list[i]), -1);
      if (*code == '\0')
        continue;
      if (!in_list (publisher_codes, code))
        return key_error (r, error, "Ranking", "Publishers",
                          _("“%s” is not a known publisher (qs, the, arwu, other)"), code);
      g_ptr_array_add (codes, g_steal_pointer (&code));
    }
  if (codes->len == 0)
    return key_error (r, error, "Ranking", "Publishers", _("is missing"));
  g_ptr_array_add (codes, NULL);
  self->publishers = (char **) g_ptr_array_steal (codes, NULL);
  return TRUE;
}

static gboolean
read_basis (Reader *r, SkRuleSet *self, GError **error)
{
  g_autofree char *basis = NULL;

  if (!read_string (r, "Staffing", "Basis", &basis, error))
    return FALSE;
  for (guint i = 0; i < SK_N_BASES; i++)
    if (g_ascii_strcasecmp (basis, basis_names[i]) == 0)
      {
        self->basis = (SkBasis) i;
        return TRUE;
      }
  return key_error (r, error, "Staffing", "Basis",
                    _("“%s” is not one of headcount, fte, hours"), basis);
}

/* Checks added after the first rule sets were written: a rule set may leave
 * them out, and gets these. */
static const struct {
  const char *id;
  SkSeverity severity;
} later_checks[] = {
  { "content-language", SK_SEVERITY_NOTE },
  { "ranking-mismatch", SK_SEVERITY_WARNING },
  { "ranking-unverified", SK_SEVERITY_NOTE },
  { "programme-partner", SK_SEVERITY_ERROR },
  { "duplicate-institution", SK_SEVERITY_ERROR },
  { "agreements-term", SK_SEVERITY_WARNING },
};

static gboolean
later_default (const char *id, SkSeverity *severity)
{
  for (guint i = 0; i < G_N_ELEMENTS (later_checks); i++)
    if (g_str_equal (later_checks[i].id, id))
      {
        *severity = later_checks[i].severity;
        return TRUE;
      }
  return FALSE;
}

static gboolean
read_severities (Reader *r, SkRuleSet *self, GError **error)
{
  static const char * const names[] = { "note", "warning", "error" };

  for (guint i = 0; check_ids[i]; i++)
    {
      g_autofree char *value = NULL;
      gboolean found = FALSE;

      if (!g_key_file_has_key (r->kf, "Severity", check_ids[i], NULL) &&
          later_default (check_ids[i], &self->severity[i]))
        continue;
      if (!read_string (r, "Severity", check_ids[i], &value, error))
        return FALSE;
      if (g_ascii_strcasecmp (value, "off") == 0)
        {
          self->severity[i] = SK_SEVERITY_OFF;
          continue;
        }
      for (guint s = 0; s < G_N_ELEMENTS (names); s++)
        if (g_ascii_strcasecmp (value, names[s]) == 0)
          {
            self->severity[i] = (SkSeverity) s;
            found = TRUE;
          }
      if (!found)
        return key_error (r, error, "Severity", check_ids[i],
                          _("“%s” is not one of error, warning, note, off"), value);
    }
  return TRUE;
}

SkRuleSet *
sk_rule_set_new_from_data (const char *data, gssize length, const char *name_for_errors, GError **error)
{
  g_autoptr (SkRuleSet) self = g_object_new (SK_TYPE_RULE_SET, NULL);
  g_autoptr (GKeyFile) kf = g_key_file_new ();
  g_autoptr (GError) local = NULL;
  gsize size = length < 0 ? strlen (data) : (gsize) length;
  g_autofree char *text = NULL;
  Reader r = { NULL, name_for_errors, kf };

  /* Editors on Windows may start the file with a byte order mark. */
  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      size -= 3;
    }
  text = g_strndup (data, size);
  r.text = text;

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, SK_RULES_ERROR, SK_RULES_ERROR_SYNTAX,
                   _("%s: the rule set is not UTF-8 text"), name_for_errors);
      return NULL;
    }
  if (!g_key_file_load_from_data (kf, text, (gsize) -1, G_KEY_FILE_KEEP_TRANSLATIONS, &local))
    {
      g_set_error (error, SK_RULES_ERROR, SK_RULES_ERROR_SYNTAX,
                   _("%s: not a rule set: %s"), name_for_errors, local->message);
      return NULL;
    }
  if (!check_layout (&r, error) ||
      !read_string (&r, "Rule Set", "Name", &self->name, error) ||
      !read_string (&r, "Rule Set", "Version", &self->version, error) ||
      !read_name_in (&r, "kk", &self->name_kk) ||
      !read_name_in (&r, "ru", &self->name_ru) ||
      !read_int (&r, "Term", "MinimumYears", 1, 50, &self->min_term_years, error) ||
      !read_int (&r, "Ranking", "CutOff", 1, 100000, &self->cut_off, error) ||
      !read_publishers (&r, self, error) ||
      !read_int (&r, "Ranking", "MaximumAgeYears", 0, 50, &self->max_age, error) ||
      !read_basis (&r, self, error) ||
      !read_int (&r, "Staffing", "KazakhMaximum", 0, 100, &self->kazakh_max, error) ||
      !read_int (&r, "Staffing", "ForeignMaximum", 0, 100, &self->foreign_max, error) ||
      !read_int (&r, "Staffing", "ForeignMinimum", 0, 100, &self->foreign_min, error) ||
      !read_int (&r, "Qualification", "MasterTeachingYears", 0, 80, &self->master_teaching, error) ||
      !read_int (&r, "Qualification", "MasterPracticeYears", 0, 80, &self->master_practice, error) ||
      !read_int (&r, "Cooperation Service", "MinimumForeigners", 0, 1000000, &self->min_foreigners, error) ||
      !read_int (&r, "Cooperation Service", "MinimumSentAbroad", 0, 1000000, &self->min_sent_abroad, error) ||
      !read_severities (&r, self, error))
    return NULL;
  if (self->foreign_min > self->foreign_max)
    {
      key_error (&r, error, "Staffing", "ForeignMinimum", _("is above ForeignMaximum"));
      return NULL;
    }
  return g_steal_pointer (&self);
}

SkRuleSet *
sk_rule_set_new_from_file (const char *path, GError **error)
{
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr (GError) local = NULL;

  if (!sk_file_read_bounded (path, SK_RULES_MAX_BYTES, &data, &length, &local))
    {
      g_set_error (error, SK_RULES_ERROR, SK_RULES_ERROR_READ,
                   _("The rule set could not be read: %s"), local->message);
      return NULL;
    }
  return sk_rule_set_new_from_data (data, (gssize) length, path, error);
}

SkRuleSet *
sk_rule_set_new_default (void)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  SkRuleSet *self;

  sk_core_ensure_resources ();
  bytes = g_resources_lookup_data ("/kz/seriktes/core/kz-mshe-2024.ini", G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL);
  self = sk_rule_set_new_from_data (g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes),
                                    "kz-mshe-2024.ini", &error);
  if (self == NULL)
    g_error ("The built-in rule set is invalid: %s", error->message);
  return self;
}

/* ---- accessors ---- */

const char *sk_rule_set_get_name (SkRuleSet *self) { return self->name; }

const char *
sk_rule_set_get_name_in (SkRuleSet *self, const char *lang)
{
  if (g_strcmp0 (lang, "kk") == 0 && self->name_kk)
    return self->name_kk;
  if (g_strcmp0 (lang, "ru") == 0 && self->name_ru)
    return self->name_ru;
  return self->name;
}
const char *sk_rule_set_get_version (SkRuleSet *self) { return self->version; }
int sk_rule_set_min_term_years (SkRuleSet *self) { return self->min_term_years; }
int sk_rule_set_ranking_cut_off (SkRuleSet *self) { return self->cut_off; }
int sk_rule_set_ranking_max_age (SkRuleSet *self) { return self->max_age; }
SkBasis sk_rule_set_staffing_basis (SkRuleSet *self) { return self->basis; }
int sk_rule_set_kazakh_max_percent (SkRuleSet *self) { return self->kazakh_max; }
int sk_rule_set_foreign_max_percent (SkRuleSet *self) { return self->foreign_max; }
int sk_rule_set_foreign_min_percent (SkRuleSet *self) { return self->foreign_min; }
int sk_rule_set_master_teaching_years (SkRuleSet *self) { return self->master_teaching; }
int sk_rule_set_master_practice_years (SkRuleSet *self) { return self->master_practice; }
int sk_rule_set_min_foreigners (SkRuleSet *self) { return self->min_foreigners; }
int sk_rule_set_min_sent_abroad (SkRuleSet *self) { return self->min_sent_abroad; }

gboolean
sk_rule_set_accepts_publisher (SkRuleSet *self, const char *publisher)
{
  return in_list ((const char * const *) self->publishers, publisher);
}

SkSeverity
sk_rule_set_severity (SkRuleSet *self, const char *check_id)
{
  for (guint i = 0; check_ids[i]; i++)
    if (strcmp (check_ids[i], check_id) == 0)
      return self->severity[i];
  g_critical ("Unknown check id %s", check_id);
  return SK_SEVERITY_OFF;
}

const char * const *
sk_rule_set_check_ids (void)
{
  return check_ids;
}

const char *
sk_basis_name (SkBasis basis)
{
  return basis < SK_N_BASES ? basis_names[basis] : "";
}

const char *
sk_severity_name (SkSeverity severity)
{
  switch (severity)
    {
    case SK_SEVERITY_ERROR:
      return "error";
    case SK_SEVERITY_WARNING:
      return "warning";
    case SK_SEVERITY_NOTE:
      return "note";
    case SK_SEVERITY_OFF:
    default:
      return "off";
    }
}
