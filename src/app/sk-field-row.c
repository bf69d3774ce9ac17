/* sk-field-row.c: editor rows for the fields of a record */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sk-error.h"
#include "sk-field-info.h"
#include "sk-iso.h"
#include "sk-field-row.h"
#include "sk-init.h"
#include "sk-summary.h"

/* ---- parsing and formatting ---- */

/* The digits of @text without spaces or group separators. */
static char *
strip_grouping (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c) || c == 0x00a0 || c == 0x202f || c == 0x2009 || c == '\'')
        continue;
      g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

static gboolean
parse_decimal (const char *text, double *out)
{
  g_autofree char *s = strip_grouping (text);
  char *end = NULL;

  if (g_str_has_suffix (s, "%"))
    s[strlen (s) - 1] = '\0';
  for (char *p = s; *p; p++)
    if (*p == ',')
      *p = '.';
  if (*s == '\0')
    return FALSE;
  *out = g_ascii_strtod (s, &end);
  return end && *end == '\0' && isfinite (*out);
}

/* The decimal separator of the interface language: a comma in Kazakh
 * and Russian. */
static char
decimal_separator (void)
{
  return g_str_equal (sk_get_content_language (), "en") ? '.' : ',';
}

static GVariant *
number_error (GError **error, char *message)
{
  g_set_error_literal (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE, message);
  g_free (message);
  return NULL;
}

static GVariant *
parse_whole (const SkField *field, const char *text, GError **error)
{
  g_autofree char *digits = strip_grouping (text);
  gint64 scale = sk_field_unit_scale (field);
  double x;

  if (field->type == SK_FIELD_MONEY)
    {
      /* "1,250,000" in English: commas group thousands. */
      char *w = digits;
      for (char *r = digits; *r; r++)
        if (*r != ',')
          *w++ = *r;
      *w = '\0';
    }
  if (!parse_decimal (digits, &x))
    /* TRANSLATORS: %s is the text the user typed for a number */
    return number_error (error, g_strdup_printf (_("“%s” is not a number."), text));
  x *= (double) scale;
  if (field->type == SK_FIELD_MONEY && fabs (x) > (double) field->max)
    /* TRANSLATORS: %s is the amount the user typed (a number as written);
     * the largest amount a field of money takes is 10¹⁵ tenge */
    return number_error (error, g_strdup_printf (_("%s is more than the largest amount (10¹⁵ ₸)."), text));
  if (fabs (x) > 1e15)
    /* TRANSLATORS: %s is the number the user typed, as written */
    return number_error (error, g_strdup_printf (_("%s is too large a number."), text));
  if (field->type == SK_FIELD_MONEY && x != floor (x))
    /* TRANSLATORS: %s is the amount the user typed (a number as written) */
    return number_error (error, g_strdup_printf (_("%s: amounts are in whole tenge."), text));
  if (scale == 1 && x != floor (x))
    /* TRANSLATORS: %s is the number the user typed, as written */
    return number_error (error, g_strdup_printf (_("%s is not a whole number."), text));
  return g_variant_new_int64 ((gint64) llround (x));
}

/* A date as ISO 8601 (2027-09-01) or as Kazakh and Russian write it
 * (01.09.2027): YYYY-MM-DD, or the text as it is for the core to judge. */
static char *
parse_date (const char *text)
{
  guint d, m, y;
  char tail;

  if (sscanf (text, "%2u.%2u.%4u%c", &d, &m, &y, &tail) == 3 && y >= 1000)
    return g_strdup_printf ("%04u-%02u-%02u", y, m, d);
  return g_strdup (text);
}

GVariant *
sk_field_parse (const SkField *field, const char *text, GError **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  if (*trimmed == '\0' && field->type != SK_FIELD_TEXT)
    return NULL;
  switch (field->type)
    {
    case SK_FIELD_INT:
    case SK_FIELD_MONEY:
      return parse_whole (field, trimmed, error);
    case SK_FIELD_REAL:
      {
        double x;
        if (!parse_decimal (trimmed, &x))
          /* TRANSLATORS: %s is the text the user typed for a number */
          return number_error (error, g_strdup_printf (_("“%s” is not a number."), trimmed));
        return g_variant_new_double (x);
      }
    case SK_FIELD_TEXT:
      return *trimmed ? g_variant_new_string (trimmed) : NULL;
    case SK_FIELD_DATE:
      return g_variant_new_take_string (parse_date (trimmed));
    case SK_FIELD_ENUM:
    default:
      return g_variant_new_string (trimmed);
    }
}

static char *
group_thousands (gint64 n)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, n < 0 ? -n : n);
  GString *s = g_string_new (n < 0 ? "-" : "");
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (s, "\u202f");
      g_string_append_c (s, digits[i]);
    }
  return g_string_free (s, FALSE);
}

/* @x with the interface language's decimal separator. */
static char *
format_decimal (double x, const char *format)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, format, x));

  for (char *p = text; *p; p++)
    if (*p == '.')
      *p = decimal_separator ();
  return text;
}

char *
sk_field_format (const SkField *field, GVariant *value)
{
  if (value == NULL)
    return g_strdup ("");
  switch (field->type)
    {
    case SK_FIELD_INT:
      if (sk_field_unit_scale (field) > 1)
        return format_decimal ((double) g_variant_get_int64 (value) / (double) sk_field_unit_scale (field), "%g");
      return g_strdup_printf ("%" G_GINT64_FORMAT, g_variant_get_int64 (value));
    case SK_FIELD_MONEY:
      return group_thousands (g_variant_get_int64 (value));
    case SK_FIELD_REAL:
      return format_decimal (g_variant_get_double (value), "%.10g");
    case SK_FIELD_BOOL:
      return g_strdup (g_variant_get_boolean (value) ? _("Yes") : _("No"));
    case SK_FIELD_DATE:
      {
        const char *iso = g_variant_get_string (value, NULL);
        /* Kazakh and Russian write 01.09.2027. */
        if (decimal_separator () == ',' && strlen (iso) == 10 && iso[4] == '-' && iso[7] == '-')
          return g_strdup_printf ("%.2s.%.2s.%.4s", iso + 8, iso + 5, iso);
        return g_strdup (iso);
      }
    case SK_FIELD_TEXT:
    case SK_FIELD_ENUM:
    default:
      return g_strdup (g_variant_get_string (value, NULL));
    }
}

gboolean
sk_record_editable (SkProposal *proposal, SkRecord *record)
{
  const char *kind = sk_record_get_kind (record)->name;

  /* The review's records are written by the review alone (the core
   * refuses edits): shown, never edited here. */
  if (g_str_equal (kind, SK_KIND_REMARK) || g_str_equal (kind, SK_KIND_DECISION) ||
      g_str_equal (kind, SK_KIND_STATUS_EVENT) || g_str_equal (kind, SK_KIND_REMARK_REPLY))
    return FALSE;
  return !sk_proposal_is_read_only (proposal) && !sk_proposal_is_frozen (proposal);
}

/* ---- one binding of a widget to a field ---- */

typedef struct {
  SkProposal *proposal;
  SkRecord *record;
  const SkField *field;
  guint index;
  GtkWidget *row;
  GtkWidget *editor;     /* entry row, switch, combo row or text view */
  GtkWidget *mark;       /* the icon that says what is wrong */
  GArray *choices;       /* combo rows: gint64 ids, enum or code indices + 1, per position */
  GPtrArray *codes;      /* code rows (country, unit): the codes of the choices */
  GPtrArray *checks;     /* languages: a check button per language, its code as "sk-code" */
  gulong record_changed;
  gulong targets_changed;
  GListModel *targets;   /* reference rows: the records of the target kind */
  gboolean updating;
  gboolean selecting;    /* inside the combo row's own selection signal */
  guint refill;          /* an idle that brings the combo row's list up to date */
} Binding;

static void
binding_free (Binding *b)
{
  if (b->record_changed)
    g_signal_handler_disconnect (b->record, b->record_changed);
  if (b->targets_changed)
    g_signal_handler_disconnect (b->proposal, b->targets_changed);
  g_clear_handle_id (&b->refill, g_source_remove);
  g_clear_object (&b->targets);
  g_clear_object (&b->record);
  g_clear_object (&b->proposal);
  g_clear_pointer (&b->choices, g_array_unref);
  g_clear_pointer (&b->codes, g_ptr_array_unref);
  g_clear_pointer (&b->checks, g_ptr_array_unref);
  g_free (b);
}

static GVariant *
current (Binding *b)
{
  return sk_record_get_value_at (b->record, b->index);
}

/* Shows @message (NULL: nothing wrong) on the row. @severe marks the row
 * as an error; otherwise a warning. */
static void
set_mark (Binding *b, const char *message, gboolean severe)
{
  gtk_widget_set_visible (b->mark, message != NULL);
  gtk_widget_set_tooltip_text (b->mark, message);
  gtk_widget_remove_css_class (b->mark, "error");
  gtk_widget_remove_css_class (b->mark, "warning");
  gtk_widget_remove_css_class (b->row, "error");
  if (message)
    {
      gtk_widget_add_css_class (b->mark, severe ? "error" : "warning");
      if (severe)
        gtk_widget_add_css_class (b->row, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (b->row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (b->row), GTK_ACCESSIBLE_STATE_INVALID,
                                   severe ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE, -1);
    }
  else
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (b->row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (b->row), GTK_ACCESSIBLE_STATE_INVALID);
    }
}

static char *
advice (Binding *b, GVariant *value)
{
  if (value == NULL && (b->field->flags & SK_FIELD_REQUIRED) && b->field->type != SK_FIELD_BOOL)
    /* TRANSLATORS: the mark on an empty field of a new record that must be filled in */
    return g_strdup (_("Required: fill this in to add the record."));
  return sk_field_advice (b->proposal, b->record, b->field, value);
}

/* A record being filled in before it is added (no id yet): its values are
 * kept in it until then. */
static gboolean
is_draft (Binding *b)
{
  return sk_record_get_id (b->record) == 0;
}

/* Saves @value (taken) if it differs; marks the row with the reason when
 * it cannot be saved. */
static void
commit (Binding *b, GVariant *value)
{
  g_autoptr (GVariant) owned = value ? g_variant_ref_sink (value) : NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *note = NULL;
  GVariant *old = current (b);
  gboolean ok;

  if ((old == NULL && owned == NULL) || (old && owned && g_variant_equal (old, owned)))
    {
      note = advice (b, owned);
      set_mark (b, note, FALSE);
      return;
    }
  if (is_draft (b))
    {
      ok = sk_proposal_validate_value (b->proposal, sk_record_get_kind (b->record)->name, b->field->name, owned, &error);
      if (ok)
        {
          sk_record_set_value (b->record, b->field->name, owned);
          sk_record_derive (b->record);
          sk_record_follow (b->proposal, b->record, b->field->name);
          g_signal_emit_by_name (b->record, "changed");
        }
    }
  else if (sk_field_has_derived (b->field))
    {
      /* The derived fields follow, in the same undo step. */
      g_autoptr (SkRecord) copy = sk_record_copy (b->record);

      sk_record_set_value (copy, b->field->name, owned);
      sk_record_derive (copy);
      ok = sk_proposal_update (b->proposal, copy, &error);
    }
  else
    ok = sk_proposal_set (b->proposal, sk_record_get_kind (b->record)->name, sk_record_get_id (b->record),
                          b->field->name, owned, &error);
  if (!ok)
    {
      set_mark (b, error->message, TRUE);
      return;
    }
  note = advice (b, owned);
  set_mark (b, note, FALSE);
}

/* ---- entry rows: text, numbers, dates ---- */

static void
entry_show_value (Binding *b)
{
  g_autofree char *text = sk_field_format (b->field, current (b));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (b->editor))) == 0)
    return;
  b->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (b->editor), text);
  b->updating = FALSE;
}

/* As the user types: is it acceptable? */
static void
on_entry_changed (GtkEditable *editable, Binding *b)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GVariant) value = NULL;
  g_autofree char *note = NULL;

  if (b->updating)
    return;
  value = sk_field_parse (b->field, gtk_editable_get_text (editable), &error);
  if (value)
    g_variant_ref_sink (value);
  if (error == NULL && sk_field_accepts (b->field, value, &error))
    sk_proposal_validate_value (b->proposal, sk_record_get_kind (b->record)->name, b->field->name, value, &error);
  if (error)
    {
      set_mark (b, error->message, TRUE);
      return;
    }
  note = advice (b, value);
  set_mark (b, note, FALSE);
}

static void
entry_commit (Binding *b)
{
  g_autoptr (GError) error = NULL;
  GVariant *value = sk_field_parse (b->field, gtk_editable_get_text (GTK_EDITABLE (b->editor)), &error);

  /* @value stays floating: commit () takes it. */
  if (error == NULL)
    sk_field_accepts (b->field, value, &error);
  if (error)
    {
      set_mark (b, error->message, TRUE);
      if (value)
        g_variant_unref (g_variant_ref_sink (value));
      return;
    }
  commit (b, value);
}

static void
on_entry_activated (AdwEntryRow *row, Binding *b)
{
  entry_commit (b);
}

static void
on_entry_focus_leave (GtkEventControllerFocus *controller, Binding *b)
{
  g_autofree char *shown = sk_field_format (b->field, current (b));

  if (g_strcmp0 (shown, gtk_editable_get_text (GTK_EDITABLE (b->editor))) != 0)
    entry_commit (b);
}

/* ---- dates: typed, or picked from a calendar ---- */

static void
on_calendar_shown (GtkPopover *popover, Binding *b)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  GVariant *v = current (b);
  g_autoptr (GDateTime) date = NULL;

  if (v)
    {
      g_autofree char *midnight = g_strconcat (g_variant_get_string (v, NULL), "T00:00:00Z", NULL);
      date = g_date_time_new_from_iso8601 (midnight, NULL);
    }
  if (date == NULL)
    date = g_date_time_new_now_local ();
  b->updating = TRUE;
  gtk_calendar_select_day (calendar, date);
  b->updating = FALSE;
}

/* The day picked goes into the row (the month arrows pick a day too);
 * it is saved when the calendar closes. */
static void
on_day_selected (GtkCalendar *calendar, Binding *b)
{
  g_autoptr (GDateTime) date = NULL;
  g_autoptr (GVariant) value = NULL;
  g_autofree char *text = NULL;

  if (b->updating)
    return;
  date = gtk_calendar_get_date (calendar);
  value = g_variant_ref_sink (g_variant_new_take_string (g_date_time_format (date, "%Y-%m-%d")));
  text = sk_field_format (b->field, value);
  gtk_editable_set_text (GTK_EDITABLE (b->editor), text);
}

static void
on_calendar_closed (GtkPopover *popover, Binding *b)
{
  g_autofree char *shown = sk_field_format (b->field, current (b));

  if (g_strcmp0 (shown, gtk_editable_get_text (GTK_EDITABLE (b->editor))) != 0)
    entry_commit (b);
}

static GtkWidget *
date_picker (Binding *b)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Choose a Date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Choose a date"), -1);
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  g_signal_connect (popover, "show", G_CALLBACK (on_calendar_shown), b);
  g_signal_connect (popover, "closed", G_CALLBACK (on_calendar_closed), b);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (on_day_selected), b);
  return button;
}

/* ---- paragraphs ---- */

static void
text_show_value (Binding *b)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (b->editor));
  GVariant *v = current (b);

  b->updating = TRUE;
  gtk_text_buffer_set_text (buffer, v ? g_variant_get_string (v, NULL) : "", -1);
  b->updating = FALSE;
  if (ADW_IS_EXPANDER_ROW (b->row))
    {
      /* The beginning of the text, on one line. */
      g_autofree char *line = g_strdup (v ? g_variant_get_string (v, NULL) : "");
      char *nl = strchr (line, '\n');
      if (nl)
        *nl = '\0';
      if (g_utf8_strlen (line, -1) > 80)
        *g_utf8_offset_to_pointer (line, 80) = '\0';
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (b->row), line);
    }
}

static void
on_text_focus_leave (GtkEventControllerFocus *controller, Binding *b)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (b->editor));
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  commit (b, *text ? g_variant_new_string (text) : NULL);
}

/* ---- switches ---- */

static void
switch_show_value (Binding *b)
{
  b->updating = TRUE;
  gtk_switch_set_active (GTK_SWITCH (b->editor), sk_record_get_bool (b->record, b->field->name));
  b->updating = FALSE;
}

static void
on_switch_active (GtkSwitch *sw, GParamSpec *pspec, Binding *b)
{
  if (!b->updating)
    commit (b, g_variant_new_boolean (gtk_switch_get_active (sw)));
}

/* ---- choices: enums and references ---- */

typedef struct {
  char *label;
  const char *code;
} Choice;

static int
compare_choices (gconstpointer a, gconstpointer b)
{
  return g_utf8_collate (((const Choice *) a)->label, ((const Choice *) b)->label);
}

/* A country (by its name in the interface's language) or a unit; a value
 * that is no known code (from an older file) stays a choice as written. */
static void
code_choices (Binding *b, GPtrArray *labels, GArray *values, guint *selected)
{
  GVariant *v = current (b);
  const char *value = v ? g_variant_get_string (v, NULL) : NULL;
  g_autoptr (GArray) choices = g_array_new (FALSE, FALSE, sizeof (Choice));
  gboolean found = FALSE;

  if (sk_field_codes (b->field) == SK_CODES_COUNTRY)
    {
      guint n;
      const SkIsoEntry *countries = sk_iso_countries (&n);
      for (guint i = 0; i < n; i++)
        {
          Choice c = { g_strdup (sk_iso_country_name (countries[i].code, NULL)), countries[i].code };
          g_array_append_val (choices, c);
        }
      g_array_sort (choices, compare_choices);
    }
  else
    {
      const SkEnumValue *units = sk_indicator_units ();
      for (guint i = 0; units[i].code; i++)
        {
          Choice c = { g_strdup (_(units[i].label)), units[i].code };
          g_array_append_val (choices, c);
        }
    }
  for (guint i = 0; i < choices->len; i++)
    found |= g_strcmp0 (g_array_index (choices, Choice, i).code, value) == 0;
  if (value && !found)
    {
      Choice c = { g_strdup (value), value };
      g_array_append_val (choices, c);
    }
  g_ptr_array_set_size (b->codes, 0);
  for (guint i = 0; i < choices->len; i++)
    {
      Choice *c = &g_array_index (choices, Choice, i);
      gint64 index = i + 1;

      g_ptr_array_add (labels, c->label);
      g_ptr_array_add (b->codes, g_strdup (c->code));
      g_array_append_val (values, index);
      if (g_strcmp0 (c->code, value) == 0)
        *selected = values->len - 1;
    }
}

/* The list and the chosen position of a choice row: an AdwComboRow, or
 * a GtkDropDown (searchable) in an action row. */
static GListModel *
choice_get_model (Binding *b)
{
  return GTK_IS_DROP_DOWN (b->editor) ? gtk_drop_down_get_model (GTK_DROP_DOWN (b->editor))
                                      : adw_combo_row_get_model (ADW_COMBO_ROW (b->editor));
}

static void
choice_set_model (Binding *b, GListModel *model)
{
  if (GTK_IS_DROP_DOWN (b->editor))
    gtk_drop_down_set_model (GTK_DROP_DOWN (b->editor), model);
  else
    adw_combo_row_set_model (ADW_COMBO_ROW (b->editor), model);
}

static guint
choice_get_selected (Binding *b)
{
  return GTK_IS_DROP_DOWN (b->editor) ? gtk_drop_down_get_selected (GTK_DROP_DOWN (b->editor))
                                      : adw_combo_row_get_selected (ADW_COMBO_ROW (b->editor));
}

static void
choice_set_selected (Binding *b, guint pos)
{
  if (GTK_IS_DROP_DOWN (b->editor))
    gtk_drop_down_set_selected (GTK_DROP_DOWN (b->editor), pos);
  else
    adw_combo_row_set_selected (ADW_COMBO_ROW (b->editor), pos);
}

/* The labels and values of the choices of @b now. */
static void
combo_choices (Binding *b, GPtrArray *labels, GArray *values, guint *selected)
{
  const SkField *f = b->field;
  GVariant *v = current (b);

  *selected = 0;
  if (!(f->flags & SK_FIELD_REQUIRED))
    {
      gint64 none = 0;
      g_ptr_array_add (labels, g_strdup ("—"));
      g_array_append_val (values, none);
    }
  else if (v == NULL)
    {
      /* A required choice not made yet: the row says so instead of
       * showing its first choice as if it had been chosen. */
      gint64 none = 0;
      /* TRANSLATORS: a drop-down of a required field whose value has not been chosen yet */
      g_ptr_array_add (labels, g_strdup (_("Choose…")));
      g_array_append_val (values, none);
    }
  if (sk_field_codes (f) != SK_CODES_NONE)
    code_choices (b, labels, values, selected);
  else if (f->type == SK_FIELD_ENUM)
    for (guint i = 0; f->enum_values[i].code; i++)
      {
        gint64 index = i + 1;
        g_ptr_array_add (labels, g_strdup (_(f->enum_values[i].label)));
        g_array_append_val (values, index);
        if (v && g_str_equal (g_variant_get_string (v, NULL), f->enum_values[i].code))
          *selected = values->len - 1;
      }
  else
    for (guint i = 0; i < g_list_model_get_n_items (b->targets); i++)
      {
        g_autoptr (SkRecord) r = g_list_model_get_item (b->targets, i);
        gint64 id = sk_record_get_id (r);
        /* Only the records of the role the reference asks for (the
         * applicant among the Kazakhstani OHPE), and the one chosen. */
        if (!sk_field_ref_fits (sk_record_get_kind (b->record), f, r) && !(v && g_variant_get_int64 (v) == id))
          continue;
        g_ptr_array_add (labels, g_strdup (sk_record_display_name (r, sk_get_content_language ())));
        g_array_append_val (values, id);
        if (v && g_variant_get_int64 (v) == id)
          *selected = values->len - 1;
      }
}

static gboolean
same_strings (GListModel *model, GPtrArray *labels)
{
  if (g_list_model_get_n_items (model) != labels->len)
    return FALSE;
  for (guint i = 0; i < labels->len; i++)
    {
      g_autoptr (GtkStringObject) item = g_list_model_get_item (model, i);
      if (g_strcmp0 (gtk_string_object_get_string (item), labels->pdata[i]) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Brings the row up to date. Its list is changed only when the choices
 * differ (a reference renamed, added or removed): this runs inside the
 * row's own selection signal, and a list replaced there destroys the
 * items the popover is still using. */
static void combo_fill (Binding *b);

static gboolean
combo_refill (gpointer data)
{
  Binding *b = data;

  b->refill = 0;
  combo_fill (b);
  return G_SOURCE_REMOVE;
}

static void
combo_fill (Binding *b)
{
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) values = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkStringList *list = GTK_STRING_LIST (choice_get_model (b));
  guint selected;

  combo_choices (b, labels, values, &selected);
  b->updating = TRUE;
  if (list == NULL)
    {
      g_autoptr (GtkStringList) fresh = gtk_string_list_new (NULL);
      for (guint i = 0; i < labels->len; i++)
        gtk_string_list_append (fresh, labels->pdata[i]);
      choice_set_model (b, G_LIST_MODEL (fresh));
    }
  else if (!same_strings (G_LIST_MODEL (list), labels) && b->selecting)
    {
      /* Not inside the row's own selection signal (the popover still
       * uses the items): a moment later. */
      if (b->refill == 0)
        b->refill = g_idle_add (combo_refill, b);
      b->updating = FALSE;
      return;
    }
  else if (!same_strings (G_LIST_MODEL (list), labels))
    {
      g_ptr_array_add (labels, NULL);
      gtk_string_list_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                              (const char * const *) labels->pdata);
    }
  g_array_set_size (b->choices, 0);
  g_array_append_vals (b->choices, values->data, values->len);
  if (choice_get_selected (b) != selected)
    choice_set_selected (b, selected);
  b->updating = FALSE;
}

static void
on_combo_selected (GObject *row, GParamSpec *pspec, Binding *b)
{
  guint pos = choice_get_selected (b);
  gint64 choice;

  if (b->updating || pos >= b->choices->len)
    return;
  choice = g_array_index (b->choices, gint64, pos);
  b->selecting = TRUE;
  if (choice == 0 && (b->field->flags & SK_FIELD_REQUIRED))
    ; /* "Choose…" chosen again: nothing to store */
  else if (choice == 0)
    commit (b, NULL);
  else if (b->codes)
    commit (b, g_variant_new_string (b->codes->pdata[choice - 1]));
  else if (b->field->type == SK_FIELD_ENUM)
    commit (b, g_variant_new_string (b->field->enum_values[choice - 1].code));
  else
    commit (b, g_variant_new_int64 (choice));
  b->selecting = FALSE;
}

/* A reference's choices follow every edit: a target added, removed or
 * renamed. */
static void
on_targets_changed (SkProposal *proposal, Binding *b)
{
  combo_fill (b);
}

/* Choices are read whole: the chosen one as the row's subtitle, which
 * wraps, and every one in the popover on as many lines as it needs. */
static void
setup_choice_item (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("object-select-symbolic"));
  gtk_list_item_set_child (item, box);
}

/* The chosen item carries a check mark. */
static void
mark_chosen (AdwComboRow *row, GParamSpec *pspec, GtkListItem *item)
{
  GtkWidget *icon = gtk_widget_get_last_child (gtk_list_item_get_child (item));

  gtk_widget_set_opacity (icon, adw_combo_row_get_selected_item (row) == gtk_list_item_get_item (item) ? 1 : 0);
}

static void
bind_choice_item (GtkSignalListItemFactory *factory, GtkListItem *item, AdwComboRow *row)
{
  GtkWidget *label = gtk_widget_get_first_child (gtk_list_item_get_child (item));

  gtk_label_set_text (GTK_LABEL (label), gtk_string_object_get_string (gtk_list_item_get_item (item)));
  g_signal_connect (row, "notify::selected-item", G_CALLBACK (mark_chosen), item);
  mark_chosen (row, NULL, item);
}

static void
unbind_choice_item (GtkSignalListItemFactory *factory, GtkListItem *item, AdwComboRow *row)
{
  g_signal_handlers_disconnect_by_func (row, mark_chosen, item);
}

static void
setup_whole_choices (AdwComboRow *row)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_choice_item), NULL);
  /* The factory lives no longer than the row. */
  g_signal_connect (factory, "bind", G_CALLBACK (bind_choice_item), row);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_choice_item), row);
  adw_combo_row_set_expression (row, gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  adw_combo_row_set_list_factory (row, factory);
  adw_combo_row_set_use_subtitle (row, TRUE);
}

/* A country is found by typing its name: a searchable drop-down whose
 * button and popover show every name whole (wrapped). */
static void
setup_wrapped_label (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 32);
  gtk_list_item_set_child (item, label);
}

static void
bind_wrapped_label (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

static GtkWidget *
searchable_drop_down (void)
{
  GtkExpression *expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  GtkWidget *dd = gtk_drop_down_new (NULL, expression);
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_wrapped_label), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_wrapped_label), NULL);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (dd), factory);
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (dd), factory);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dd), TRUE);
  gtk_widget_set_valign (dd, GTK_ALIGN_CENTER);
  return dd;
}

/* ---- languages: several codes, chosen with check buttons ---- */

/* The languages offered: those of the country and its partners' usual
 * ones; a code of the value that is not among them is added. */
static const char * const offered_languages[] = {
  "kk", "ru", "en", "de", "fr", "zh", "ko", "tr", "es", "it", "ja", "ar", NULL
};

static void
languages_show_value (Binding *b)
{
  GVariant *v = current (b);
  g_auto (GStrv) codes = sk_iso_language_list (v ? g_variant_get_string (v, NULL) : NULL);
  g_autofree char *label = sk_iso_languages_label (v ? g_variant_get_string (v, NULL) : NULL, NULL);

  b->updating = TRUE;
  for (guint i = 0; i < b->checks->len; i++)
    {
      GtkCheckButton *check = b->checks->pdata[i];
      const char *code = g_object_get_data (G_OBJECT (check), "sk-code");
      gtk_check_button_set_active (check, g_strv_contains ((const char * const *) codes, code));
    }
  b->updating = FALSE;
  /* TRANSLATORS: no language of instruction is chosen */
  adw_action_row_set_subtitle (ADW_ACTION_ROW (b->row), label ? label : _("None chosen"));
}

static void
on_language_toggled (GtkCheckButton *check, Binding *b)
{
  g_autoptr (GString) out = g_string_new (NULL);

  if (b->updating)
    return;
  for (guint i = 0; i < b->checks->len; i++)
    if (gtk_check_button_get_active (b->checks->pdata[i]))
      g_string_append_printf (out, "%s%s", out->len ? "," : "",
                              (const char *) g_object_get_data (G_OBJECT (b->checks->pdata[i]), "sk-code"));
  commit (b, out->len ? g_variant_new_string (out->str) : NULL);
  languages_show_value (b);
}

static GtkWidget *
languages_chooser (Binding *b)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GVariant *v = current (b);
  g_auto (GStrv) current_codes = sk_iso_language_list (v ? g_variant_get_string (v, NULL) : NULL);
  g_autoptr (GStrvBuilder) all = g_strv_builder_new ();
  g_auto (GStrv) codes = NULL;

  g_strv_builder_addv (all, (const char **) offered_languages);
  for (guint i = 0; current_codes[i]; i++)
    if (!g_strv_contains (offered_languages, current_codes[i]))
      g_strv_builder_add (all, current_codes[i]);
  codes = g_strv_builder_end (all);
  b->checks = g_ptr_array_new ();
  for (guint i = 0; codes[i]; i++)
    {
      const char *name = sk_iso_language_name (codes[i], NULL);
      GtkWidget *check = gtk_check_button_new_with_label (name ? name : codes[i]);

      g_object_set_data_full (G_OBJECT (check), "sk-code", g_strdup (codes[i]), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (on_language_toggled), b);
      gtk_box_append (GTK_BOX (box), check);
      g_ptr_array_add (b->checks, check);
    }
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_popover_set_child (GTK_POPOVER (popover), scroller);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "document-edit-symbolic");
  /* TRANSLATORS: the button that opens the list of languages of instruction */
  gtk_widget_set_tooltip_text (button, _("Choose the languages"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

/* ---- putting it together ---- */

static void
show_value (Binding *b)
{
  switch (b->field->type)
    {
    case SK_FIELD_BOOL:
      switch_show_value (b);
      break;
    case SK_FIELD_ENUM:
    case SK_FIELD_REF:
      combo_fill (b);
      break;
    default:
      if (b->checks)
        languages_show_value (b);
      else if (b->codes)
        combo_fill (b);
      else if (GTK_IS_TEXT_VIEW (b->editor))
        text_show_value (b);
      else
        entry_show_value (b);
      break;
    }
}

static void
on_record_changed (SkRecord *record, Binding *b)
{
  g_autofree char *note = NULL;

  show_value (b);
  note = advice (b, current (b));
  set_mark (b, note, FALSE);
}

static GtkWidget *
make_mark (void)
{
  GtkWidget *mark = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_set_visible (mark, FALSE);
  gtk_widget_set_valign (mark, GTK_ALIGN_CENTER);
  return mark;
}

static const char *
autonym (const char *lang)
{
  if (g_strcmp0 (lang, "kk") == 0)
    return "Қазақша";
  if (g_strcmp0 (lang, "ru") == 0)
    return "Русский";
  return "English";
}

static Binding *
binding_new (SkProposal *proposal, SkRecord *record, const SkField *field)
{
  Binding *b = g_new0 (Binding, 1);

  b->proposal = g_object_ref (proposal);
  b->record = g_object_ref (record);
  b->field = field;
  b->index = (guint) sk_kind_field_index (sk_record_get_kind (record), field->name);
  b->mark = make_mark ();
  return b;
}

static GtkWidget *
make_row (Binding *b)
{
  const SkField *f = b->field;
  g_autofree char *title = f->group ? g_strdup_printf ("%s · %s", _(f->label), autonym (f->lang))
                                    : g_strdup (_(f->label));
  gboolean editable = sk_record_editable (b->proposal, b->record);
  SkFieldCodes codes = sk_field_codes (f);

  switch (codes != SK_CODES_NONE ? -1 : (int) f->type)
    {
    case -1:
      if (codes == SK_CODES_LANGUAGES)
        {
          b->row = adw_action_row_new ();
          b->editor = languages_chooser (b);
          adw_action_row_add_suffix (ADW_ACTION_ROW (b->row), b->editor);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (b->row), b->editor);
          gtk_accessible_update_property (GTK_ACCESSIBLE (b->editor), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
          break;
        }
      b->codes = g_ptr_array_new_with_free_func (g_free);
      b->choices = g_array_new (FALSE, FALSE, sizeof (gint64));
      if (codes == SK_CODES_COUNTRY)
        {
          b->row = adw_action_row_new ();
          b->editor = searchable_drop_down ();
          adw_action_row_add_suffix (ADW_ACTION_ROW (b->row), b->editor);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (b->row), b->editor);
          gtk_accessible_update_property (GTK_ACCESSIBLE (b->editor), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
        }
      else
        {
          b->row = b->editor = adw_combo_row_new ();
          setup_whole_choices (ADW_COMBO_ROW (b->editor));
        }
      g_signal_connect (b->editor, "notify::selected", G_CALLBACK (on_combo_selected), b);
      break;
    case SK_FIELD_BOOL:
      b->row = adw_action_row_new ();
      b->editor = gtk_switch_new ();
      gtk_widget_set_valign (b->editor, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (b->row), b->editor);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (b->row), b->editor);
      g_signal_connect (b->editor, "notify::active", G_CALLBACK (on_switch_active), b);
      gtk_accessible_update_property (GTK_ACCESSIBLE (b->editor), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      break;
    case SK_FIELD_ENUM:
    case SK_FIELD_REF:
      b->row = b->editor = adw_combo_row_new ();
      b->choices = g_array_new (FALSE, FALSE, sizeof (gint64));
      setup_whole_choices (ADW_COMBO_ROW (b->editor));
      if (f->type == SK_FIELD_REF)
        {
          b->targets = g_object_ref (sk_proposal_get_records (b->proposal, f->ref_kind));
          b->targets_changed = g_signal_connect (b->proposal, "changed", G_CALLBACK (on_targets_changed), b);
        }
      g_signal_connect (b->editor, "notify::selected", G_CALLBACK (on_combo_selected), b);
      break;
    default:
      if (f->flags & SK_FIELD_MULTILINE)
        {
          GtkEventController *focus = gtk_event_controller_focus_new ();
          b->row = adw_expander_row_new ();
          b->editor = gtk_text_view_new ();
          gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (b->editor), GTK_WRAP_WORD_CHAR);
          gtk_text_view_set_top_margin (GTK_TEXT_VIEW (b->editor), 8);
          gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (b->editor), 8);
          gtk_text_view_set_left_margin (GTK_TEXT_VIEW (b->editor), 12);
          gtk_text_view_set_right_margin (GTK_TEXT_VIEW (b->editor), 12);
          gtk_widget_set_size_request (b->editor, -1, 100);
          gtk_accessible_update_property (GTK_ACCESSIBLE (b->editor), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (b->row), b->editor);
          gtk_text_view_set_editable (GTK_TEXT_VIEW (b->editor), editable);
          g_signal_connect (focus, "leave", G_CALLBACK (on_text_focus_leave), b);
          gtk_widget_add_controller (b->editor, focus);
        }
      else
        {
          GtkEventController *focus = gtk_event_controller_focus_new ();
          b->row = b->editor = adw_entry_row_new ();
          /* Saved on Enter and when focus leaves: no apply button, which
           * would come back after the stored value is shown. */
          if (f->type == SK_FIELD_INT || f->type == SK_FIELD_MONEY || f->type == SK_FIELD_REAL)
            adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (b->row), GTK_INPUT_PURPOSE_NUMBER);
          g_signal_connect (b->editor, "changed", G_CALLBACK (on_entry_changed), b);
          g_signal_connect (b->editor, "entry-activated", G_CALLBACK (on_entry_activated), b);
          g_signal_connect (focus, "leave", G_CALLBACK (on_entry_focus_leave), b);
          gtk_widget_add_controller (b->editor, focus);
        }
      break;
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (b->row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (b->row), FALSE);
  if (f->type == SK_FIELD_DATE && editable)
    adw_entry_row_add_suffix (ADW_ENTRY_ROW (b->row), date_picker (b));
  if (ADW_IS_ENTRY_ROW (b->row))
    adw_entry_row_add_suffix (ADW_ENTRY_ROW (b->row), b->mark);
  else if (ADW_IS_EXPANDER_ROW (b->row))
    adw_expander_row_add_action (ADW_EXPANDER_ROW (b->row), b->mark);
  else
    adw_action_row_add_suffix (ADW_ACTION_ROW (b->row), b->mark);
  if (!editable && !GTK_IS_TEXT_VIEW (b->editor))
    gtk_widget_set_sensitive (b->editor, FALSE);
  return b->row;
}

void
sk_field_rows_add (AdwPreferencesGroup *group, SkProposal *proposal, SkRecord *record, const SkField *field)
{
  const SkKind *kind = sk_record_get_kind (record);
  guint count = field->group ? SK_N_LANGUAGES : 1;

  for (guint l = 0; l < count; l++)
    {
      const SkField *f = field->group ? sk_kind_text3 (kind, field->group, sk_content_languages[l]) : field;
      Binding *b = binding_new (proposal, record, f);
      GtkWidget *row = make_row (b);
      g_autofree char *note = NULL;

      g_object_set_data_full (G_OBJECT (row), "sk-binding", b, (GDestroyNotify) binding_free);
      show_value (b);
      note = advice (b, current (b));
      set_mark (b, note, FALSE);
      b->record_changed = g_signal_connect (record, "changed", G_CALLBACK (on_record_changed), b);
      /* Named by the field, for a finding to find it. */
      gtk_widget_set_name (row, f->name);
      adw_preferences_group_add (group, row);
    }
}
