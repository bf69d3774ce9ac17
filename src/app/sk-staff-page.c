/* sk-staff-page.c: the teaching staff as a table that stays fluid with
 * thousands of rows: search, filters, sorting, the hours of each lecturer
 * in each programme edited in place, "set hours" for a selection, import
 * (CSV, XLSX), export, copy and paste of tab-separated blocks */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-csv.h"
#include "sk-error.h"
#include "sk-field-row.h"
#include "sk-init.h"
#include "sk-staff-import-dialog.h"
#include "sk-staff-page.h"
#include "sk-staff-plan.h"
#include "sk-staffing.h"
#include "sk-summary.h"
#include "sk-table-export.h"

typedef struct {
  gint64 programmes; /* how many */
  gint64 hours;
} Load;

/* What a lecturer teaches in one programme. */
typedef struct {
  gint64 hours;      /* summed over the assignments */
  gint64 first_id;   /* the first assignment */
  guint n;           /* how many assignments */
} Taught;

typedef enum {
  COL_NAME, COL_SIDE, COL_INSTITUTION, COL_DEGREE, COL_TITLE, COL_TEACHING, COL_PRACTICE,
  COL_FTE, COL_PROGRAMMES, COL_HOURS, N_COLUMNS,
  COL_PROGRAMME_HOURS = N_COLUMNS, /* the hours in one programme */
} Col;

static const struct {
  const char *title;  /* N_() */
  const char *field;  /* NULL: computed */
  const char *import; /* the staff import's field of the column */
  gboolean expand;
  gboolean numeric;
} columns[N_COLUMNS] = {
  [COL_NAME] = { N_("Full name"), "name", "name", TRUE, FALSE },
  [COL_SIDE] = { N_("Side"), "side", "side", FALSE, FALSE },
  [COL_INSTITUTION] = { N_("Home institution"), "institution_id", "institution", TRUE, FALSE },
  [COL_DEGREE] = { N_("Degree"), "degree", "degree", FALSE, FALSE },
  [COL_TITLE] = { N_("Academic title"), "academic_title", "title", FALSE, FALSE },
  [COL_TEACHING] = { N_("Teaching"), "teaching_years", "teaching-years", FALSE, TRUE },
  [COL_PRACTICE] = { N_("Practice"), "practice_years", "practice-years", FALSE, TRUE },
  [COL_FTE] = { N_("FTE"), "fte_milli", "fte", FALSE, TRUE },
  [COL_PROGRAMMES] = { N_("Programmes"), NULL, NULL, FALSE, TRUE },
  [COL_HOURS] = { N_("Hours"), NULL, NULL, FALSE, TRUE },
};

/* The columns a pasted block fills and a copy gives, in this order. */
#define N_DATA_COLUMNS COL_PROGRAMMES

struct _SkStaffPage
{
  GtkWidget parent_instance;

  GtkWidget *bar;
  GtkWidget *filters;
  GtkWidget *search;
  GtkWidget *add_button;
  GtkWidget *hours_button;
  GtkWidget *import_button;
  GtkWidget *export_button;
  GtkWidget *side_filter;
  GtkWidget *programme_filter;
  GtkWidget *degree_filter;
  GtkWidget *view;
  GtkWidget *count_label;
  GtkWidget *shares_label;
  GtkWidget *hours_popover;
  GtkWidget *hours_programme;
  GtkWidget *hours_value;

  SkProposal *proposal;
  gboolean editable;
  GtkCustomFilter *filter;
  GtkFilterListModel *filtered;
  GtkMultiSelection *selection;
  GArray *programme_ids;       /* of the programme filter and the hours choices */
  GHashTable *load;            /* staff id -> Load* */
  GHashTable *pairs;           /* "staff/programme" -> Taught* */
  GHashTable *cells;           /* cell widget -> Cell* */
  GPtrArray *column_infos;     /* ColumnInfo*, kept while the page lives */
  GPtrArray *programme_columns; /* GtkColumnViewColumn*, one per programme */
  gulong changed_id;
  guint refresh_id;            /* an edit's refresh, waiting for an idle moment */
  gboolean own_edit;           /* an hours cell's edit, whose figures are kept current */
  gboolean load_stale;         /* who teaches what must be read again */
  /* The one editor of hours, made when a cell is edited and put in its
   * place in the row until the edit ends; NULL the rest of the time. */
  GtkWidget *editor;
  struct _Cell *edit_cell;
  guint edit_idle;             /* an editor left: its edit ends at an idle moment */
};

G_DEFINE_FINAL_TYPE (SkStaffPage, sk_staff_page, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_PROPOSAL, PROP_EDITABLE, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* What a column shows: its kind, and for an hours column its programme. */
typedef struct {
  SkStaffPage *page;
  Col col;
  gint64 programme_id;
} ColumnInfo;

/* A cell of the table: its column and the staff member it shows. */
typedef struct _Cell {
  ColumnInfo *info;
  GtkListItem *item;
  GtkWidget *widget;           /* GtkLabel, or an SkHoursCell for hours */
  SkRecord *record;
  gulong handler;
} Cell;

/* An hours cell: a number that takes the keyboard focus (a GtkLabel that
 * is not selectable does not), edited with the page's one editor. One
 * widget drawing its text itself: the table keeps about 1,600 of them. */
#define SK_TYPE_HOURS_CELL (sk_hours_cell_get_type ())
G_DECLARE_FINAL_TYPE (SkHoursCell, sk_hours_cell, SK, HOURS_CELL, GtkWidget)

struct _SkHoursCell {
  GtkWidget parent_instance;
  char *text;
  PangoLayout *layout;         /* made when first measured */
};

G_DEFINE_FINAL_TYPE (SkHoursCell, sk_hours_cell, GTK_TYPE_WIDGET)

static gboolean
sk_hours_cell_grab_focus (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (root == NULL || !gtk_widget_get_focusable (widget) || !gtk_widget_is_sensitive (widget))
    return FALSE;
  gtk_root_set_focus (root, widget);
  return TRUE;
}

static gboolean
sk_hours_cell_focus (GtkWidget *widget, GtkDirectionType direction)
{
  if (gtk_widget_is_focus (widget))
    return FALSE;
  return gtk_widget_grab_focus (widget);
}

static PangoLayout *
hours_cell_layout (SkHoursCell *self)
{
  if (self->layout == NULL)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      /* Figures of one width, as the "numeric" style class gives labels. */
      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
      pango_layout_set_attributes (self->layout, attrs);
      pango_attr_list_unref (attrs);
    }
  return self->layout;
}

static void
sk_hours_cell_set_text (SkHoursCell *self, const char *text)
{
  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  if (self->layout)
    pango_layout_set_text (self->layout, text, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
sk_hours_cell_measure (GtkWidget *widget, GtkOrientation orientation, int for_size, int *minimum, int *natural,
                       int *minimum_baseline, int *natural_baseline)
{
  PangoLayout *layout = hours_cell_layout (SK_HOURS_CELL (widget));
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Room for 5 figures at least, as the editor has. */
      PangoFontMetrics *metrics = pango_context_get_metrics (pango_layout_get_context (layout), NULL, NULL);
      int digits = PANGO_PIXELS_CEIL (5 * pango_font_metrics_get_approximate_digit_width (metrics));

      pango_font_metrics_unref (metrics);
      *minimum = *natural = MAX (width, digits);
    }
  else
    {
      *minimum = *natural = height;
      *minimum_baseline = *natural_baseline = PANGO_PIXELS (pango_layout_get_baseline (layout));
    }
}

static void
sk_hours_cell_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  PangoLayout *layout = hours_cell_layout (SK_HOURS_CELL (widget));
  GdkRGBA color;
  int width, height;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  pango_layout_get_pixel_size (layout, &width, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) - width,
                                                          (gtk_widget_get_height (widget) - height) / 2));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

/* The font or the language changed: the text shaped anew. */
static void
sk_hours_cell_css_changed (GtkWidget *widget, GtkCssStyleChange *change)
{
  SkHoursCell *self = SK_HOURS_CELL (widget);

  GTK_WIDGET_CLASS (sk_hours_cell_parent_class)->css_changed (widget, change);
  if (self->layout)
    {
      g_clear_object (&self->layout);
      gtk_widget_queue_resize (widget);
    }
}

static void
sk_hours_cell_finalize (GObject *object)
{
  SkHoursCell *self = SK_HOURS_CELL (object);

  g_clear_object (&self->layout);
  g_free (self->text);
  G_OBJECT_CLASS (sk_hours_cell_parent_class)->finalize (object);
}

static void
sk_hours_cell_class_init (SkHoursCellClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = sk_hours_cell_finalize;
  widget_class->grab_focus = sk_hours_cell_grab_focus;
  widget_class->focus = sk_hours_cell_focus;
  widget_class->measure = sk_hours_cell_measure;
  widget_class->snapshot = sk_hours_cell_snapshot;
  widget_class->css_changed = sk_hours_cell_css_changed;
  gtk_widget_class_set_css_name (widget_class, "hourscell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_CELL);
}

static void
sk_hours_cell_init (SkHoursCell *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
}

static void refresh (SkStaffPage *self);

/* ---- what each lecturer teaches ---- */

static char *
pair_key (gint64 staff, gint64 programme)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, staff, programme);
}

static void
compute_load (SkStaffPage *self)
{
  GListModel *assignments = sk_proposal_get_records (self->proposal, SK_KIND_ASSIGNMENT);

  g_hash_table_remove_all (self->load);
  g_hash_table_remove_all (self->pairs);
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr (SkRecord) a = g_list_model_get_item (assignments, i);
      gint64 staff = sk_record_get_int (a, "staff_id", 0);
      gint64 hours = sk_record_get_int (a, "hours", 0);
      char *pair = pair_key (staff, sk_record_get_int (a, "programme_id", 0));
      Load *load = g_hash_table_lookup (self->load, &staff);
      Taught *taught = g_hash_table_lookup (self->pairs, pair);

      if (load == NULL)
        {
          load = g_new0 (Load, 1);
          g_hash_table_insert (self->load, g_memdup2 (&staff, sizeof staff), load);
        }
      load->hours += hours;
      if (taught == NULL)
        {
          load->programmes++;
          taught = g_new0 (Taught, 1);
          taught->first_id = sk_record_get_id (a);
          g_hash_table_insert (self->pairs, pair, taught);
        }
      else
        g_free (pair);
      taught->hours += hours;
      taught->n++;
    }
  self->load_stale = FALSE;
}

static const Load *
load_of (SkStaffPage *self, SkRecord *staff)
{
  static const Load none = { 0, 0 };
  gint64 id = sk_record_get_id (staff);
  Load *load = g_hash_table_lookup (self->load, &id);
  return load ? load : &none;
}

/* The hours @staff teaches in @programme_id, or NULL when none. */
static Taught *
taught_in (SkStaffPage *self, gint64 staff_id, gint64 programme_id)
{
  g_autofree char *pair = pair_key (staff_id, programme_id);
  return g_hash_table_lookup (self->pairs, pair);
}

static const gint64 *
hours_in (SkStaffPage *self, SkRecord *staff, gint64 programme_id)
{
  Taught *taught = taught_in (self, sk_record_get_id (staff), programme_id);
  return taught ? &taught->hours : NULL;
}

static Load *
load_for (SkStaffPage *self, gint64 staff_id)
{
  Load *load = g_hash_table_lookup (self->load, &staff_id);

  if (load == NULL)
    {
      load = g_new0 (Load, 1);
      g_hash_table_insert (self->load, g_memdup2 (&staff_id, sizeof staff_id), load);
    }
  return load;
}

static void
update_shares (SkStaffPage *self)
{
  g_autoptr (SkStaffing) staffing = sk_staffing_compute (self->proposal);
  const SkShares *hours = &staffing->overall[SK_BASIS_HOURS];
  const SkShares *heads = &staffing->overall[SK_BASIS_HEADCOUNT];
  g_autofree char *text = NULL;

  if (heads->total <= 0)
    text = g_strdup (_("No teaching staff yet."));
  else
    /* TRANSLATORS: the shares of the three sides by headcount and by teaching hours */
    text = g_strdup_printf (_("Kazakhstani %.0f %%, foreign %.0f %%, third party %.0f %% of the headcount; %.0f %%, %.0f %%, %.0f %% of the teaching hours"),
                            sk_shares_percent (heads, SK_SIDE_KAZAKH), sk_shares_percent (heads, SK_SIDE_FOREIGN),
                            sk_shares_percent (heads, SK_SIDE_OTHER),
                            hours->total > 0 ? sk_shares_percent (hours, SK_SIDE_KAZAKH) : 0,
                            hours->total > 0 ? sk_shares_percent (hours, SK_SIDE_FOREIGN) : 0,
                            hours->total > 0 ? sk_shares_percent (hours, SK_SIDE_OTHER) : 0);
  gtk_label_set_text (GTK_LABEL (self->shares_label), text);
}

static void
update_count (SkStaffPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint all = sk_proposal_count (self->proposal, SK_KIND_STAFF);
  /* TRANSLATORS: rows shown of all staff */
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u staff member",
                                                        "%u of %u staff members", all), shown, all);
  gtk_label_set_text (GTK_LABEL (self->count_label), text);
}

/* ---- filter ---- */

static gboolean
matches (gpointer item, gpointer data)
{
  SkStaffPage *self = data;
  SkRecord *r = item;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search));
  guint side = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->side_filter));
  guint prog = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->programme_filter));
  guint degree = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->degree_filter));
  const SkKind *kind = sk_record_get_kind (r);

  if (side > 0 && side != GTK_INVALID_LIST_POSITION)
    {
      const SkField *f = sk_kind_field (kind, "side");
      if (g_strcmp0 (sk_record_get_string (r, "side"), f->enum_values[side - 1].code) != 0)
        return FALSE;
    }
  if (degree > 0 && degree != GTK_INVALID_LIST_POSITION)
    {
      const SkField *f = sk_kind_field (kind, "degree");
      if (g_strcmp0 (sk_record_get_string (r, "degree"), f->enum_values[degree - 1].code) != 0)
        return FALSE;
    }
  if (prog > 0 && prog != GTK_INVALID_LIST_POSITION && prog <= self->programme_ids->len &&
      hours_in (self, r, g_array_index (self->programme_ids, gint64, prog - 1)) == NULL)
    return FALSE;
  if (query && *query)
    {
      g_autofree char *needle = g_utf8_casefold (query, -1);
      g_autofree char *name = g_utf8_casefold (sk_record_get_string (r, "name"), -1);
      if (strstr (name, needle) == NULL)
        return FALSE;
    }
  return TRUE;
}

static void
refilter (SkStaffPage *self)
{
  if (self->filter == NULL)
    return;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

/* A filter chosen: who teaches what must be current; the rest of a
 * pending refresh waits for its idle moment (it may replace the
 * programme filter's own list, which must not happen inside its signal). */
static void
on_filter_changed (SkStaffPage *self)
{
  if (self->proposal == NULL)
    return;
  if (self->refresh_id)
    compute_load (self);
  refilter (self);
}

static void
on_search_changed (SkStaffPage *self)
{
  on_filter_changed (self);
}

/* ---- cells ---- */

static char *
cell_text (SkStaffPage *self, SkRecord *r, Col col, gint64 programme_id)
{
  const SkField *f;
  GVariant *v;

  if (col == COL_PROGRAMMES)
    return g_strdup_printf ("%" G_GINT64_FORMAT, load_of (self, r)->programmes);
  if (col == COL_HOURS)
    return g_strdup_printf ("%" G_GINT64_FORMAT, load_of (self, r)->hours);
  if (col == COL_PROGRAMME_HOURS)
    {
      const gint64 *hours = hours_in (self, r, programme_id);
      return hours ? g_strdup_printf ("%" G_GINT64_FORMAT, *hours) : g_strdup ("");
    }
  f = sk_kind_field (sk_record_get_kind (r), columns[col].field);
  v = sk_record_get_value (r, f->name);
  if (v == NULL)
    return g_strdup ("");
  if (f->type == SK_FIELD_ENUM)
    return g_strdup (sk_enum_label (r, f->name));
  if (f->type == SK_FIELD_REF)
    {
      SkRecord *target = sk_proposal_lookup (self->proposal, f->ref_kind, g_variant_get_int64 (v));
      return g_strdup (target ? sk_record_display_name (target, sk_get_content_language ()) : "");
    }
  return sk_field_format (f, v);
}

static void
cell_update (Cell *cell)
{
  g_autofree char *text = NULL;

  if (cell->record == NULL)
    return;
  text = cell_text (cell->info->page, cell->record, cell->info->col, cell->info->programme_id);
  /* Only a text that changed is set: setting one lays the cell out again,
   * and a refresh visits every cell shown. */
  if (cell->info->col == COL_PROGRAMME_HOURS)
    sk_hours_cell_set_text (SK_HOURS_CELL (cell->widget), text);
  else if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (cell->widget)), text) != 0)
    gtk_label_set_text (GTK_LABEL (cell->widget), text);
}

/* An hours cell says whose hours in which programme it holds (screen
 * readers read it instead of a bare number). */
static char *
hours_name (SkStaffPage *self, Cell *cell)
{
  SkRecord *programme = sk_proposal_lookup (self->proposal, SK_KIND_PROGRAMME, cell->info->programme_id);
  const char *lang = sk_get_content_language ();

  /* TRANSLATORS: the accessible name of a cell of the staff table: the
   * lecturer, then the programme, e.g. "Teaching hours of Aliya Serikova
   * in Computer Science" */
  return g_strdup_printf (_("Teaching hours of %s in %s"), sk_record_display_name (cell->record, lang),
                          programme ? sk_record_display_name (programme, lang) : "");
}

static void
name_cell (Cell *cell)
{
  SkStaffPage *self = cell->info->page;
  g_autofree char *name = NULL;

  if (cell->info->col != COL_PROGRAMME_HOURS || cell->record == NULL || self->proposal == NULL)
    return;
  name = hours_name (self, cell);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
on_cell_record_changed (SkRecord *r, Cell *cell)
{
  cell_update (cell);
  name_cell (cell);
}

/* The computed cells of @record's row shown anew. */
static void
update_row_cells (SkStaffPage *self, SkRecord *record)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Cell *c = value;
      if (c->record == record && c->info->col >= COL_PROGRAMMES)
        cell_update (c);
    }
}

static void ensure_current (SkStaffPage *self);

/* An hours cell edited: the lecturer's hours in the programme set (an
 * assignment added or updated), or removed when the cell is emptied. */
static void
commit_hours (Cell *cell, const char *typed)
{
  SkStaffPage *self = cell->info->page;
  g_autofree char *old = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  gint64 id, hours = 0;

  if (cell->record == NULL)
    return;
  old = cell_text (self, cell->record, COL_PROGRAMME_HOURS, cell->info->programme_id);
  text = g_strstrip (g_strdup (typed));
  if (g_str_equal (old, text))
    return;
  id = sk_record_get_id (cell->record);
  if (*text == '\0')
    {
      /* Every assignment of the lecturer to the programme goes. */
      GListModel *assignments = sk_proposal_get_records (self->proposal, SK_KIND_ASSIGNMENT);
      g_autoptr (GArray) gone = g_array_new (FALSE, FALSE, sizeof (gint64));

      for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
        {
          g_autoptr (SkRecord) a = g_list_model_get_item (assignments, i);
          if (sk_record_get_int (a, "staff_id", 0) == id &&
              sk_record_get_int (a, "programme_id", 0) == cell->info->programme_id)
            {
              gint64 aid = sk_record_get_id (a);
              g_array_append_val (gone, aid);
            }
        }
      sk_proposal_begin_group (self->proposal, _("Remove from Programme"));
      for (guint i = 0; i < gone->len && error == NULL; i++)
        sk_proposal_delete (self->proposal, SK_KIND_ASSIGNMENT, g_array_index (gone, gint64, i), &error);
      if (error)
        sk_proposal_cancel_group (self->proposal);
      else
        sk_proposal_end_group (self->proposal, &error);
    }
  else if (!sk_csv_parse_number (text, 1, TRUE, &hours) || hours < 0)
    /* TRANSLATORS: %s is what was typed into an hours cell of the staff table */
    g_set_error (&error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_INVALID_VALUE,
                 _("“%s” is not a number of hours: type a whole number, or nothing to take the lecturer off the programme."), text);
  else
    {
      Taught *taught = taught_in (self, id, cell->info->programme_id);

      ensure_current (self);
      taught = taught_in (self, id, cell->info->programme_id);
      if (taught == NULL || taught->n == 1)
        {
          /* One assignment set or added, and what the table shows kept
           * current here: the page's refresh then only has the shares
           * to do (fluid with thousands of lecturers). */
          self->own_edit = TRUE;
          if (taught)
            {
              if (sk_proposal_set (self->proposal, SK_KIND_ASSIGNMENT, taught->first_id, "hours",
                                   g_variant_new_int64 (hours), &error))
                {
                  load_for (self, id)->hours += hours - taught->hours;
                  taught->hours = hours;
                }
            }
          else
            {
              g_autoptr (SkRecord) a = sk_record_new (sk_schema_kind (SK_KIND_ASSIGNMENT));
              gint64 aid;

              sk_record_set_int (a, "staff_id", id);
              sk_record_set_int (a, "programme_id", cell->info->programme_id);
              sk_record_set_int (a, "hours", hours);
              if ((aid = sk_proposal_insert (self->proposal, a, &error)) > 0)
                {
                  Load *load = load_for (self, id);
                  taught = g_new0 (Taught, 1);
                  taught->hours = hours;
                  taught->first_id = aid;
                  taught->n = 1;
                  g_hash_table_insert (self->pairs, pair_key (id, cell->info->programme_id), taught);
                  load->hours += hours;
                  load->programmes++;
                }
            }
          self->own_edit = FALSE;
          if (error == NULL)
            {
              update_row_cells (self, cell->record);
              return;
            }
        }
      else
        sk_staffing_set_hours (self->proposal, cell->info->programme_id, &id, 1, hours, NULL, NULL, &error);
    }
  if (error)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", error->message);
      cell_update (cell);
      return;
    }
  /* Shown at once, not at the next idle moment. */
  refresh (self);
}

/* The edit of an hours cell ended: the cell back in its place, what was
 * typed saved when @commit. */
static void
finish_edit (SkStaffPage *self, gboolean commit, gboolean refocus)
{
  Cell *cell = self->edit_cell;
  g_autofree char *typed = NULL;

  if (cell == NULL)
    return;
  g_clear_handle_id (&self->edit_idle, g_source_remove);
  typed = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->editor)));
  self->edit_cell = NULL;
  self->editor = NULL;
  /* The editor goes (the list item held it), the cell comes back. */
  gtk_list_item_set_child (cell->item, cell->widget);
  g_object_unref (cell->widget);
  if (refocus)
    gtk_widget_grab_focus (cell->widget);
  if (commit && cell->record)
    commit_hours (cell, typed);
}

static void
on_editor_activate (GtkText *editor, SkStaffPage *self)
{
  finish_edit (self, TRUE, TRUE);
}

static gboolean
on_edit_idle (gpointer data)
{
  SkStaffPage *self = data;

  self->edit_idle = 0;
  if (self->editor && !gtk_widget_is_focus (self->editor))
    finish_edit (self, TRUE, FALSE);
  return G_SOURCE_REMOVE;
}

/* The focus went elsewhere (a click outside, another window): what was
 * typed is kept, once the focus has settled. */
static void
on_editor_leave (GtkEventControllerFocus *focus, SkStaffPage *self)
{
  if (self->editor && self->edit_idle == 0)
    self->edit_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, on_edit_idle, g_object_ref (self), g_object_unref);
}

static gboolean
on_editor_key (GtkEventControllerKey *keys, guint keyval, guint keycode, GdkModifierType state, SkStaffPage *self)
{
  GtkRoot *root;

  switch (keyval)
    {
    case GDK_KEY_Escape:
      finish_edit (self, FALSE, TRUE);
      return TRUE;
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      /* Saved, and on to the next cell (the previous with Shift). */
      root = gtk_widget_get_root (GTK_WIDGET (self));
      finish_edit (self, TRUE, TRUE);
      if (root)
        gtk_widget_child_focus (GTK_WIDGET (root), keyval == GDK_KEY_ISO_Left_Tab || (state & GDK_SHIFT_MASK)
                                                   ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);
      return TRUE;
    default:
      return FALSE;
    }
}

/* @cell edited: the page's editor put in its place, holding @text (the
 * cell's own when NULL). */
static void
start_edit (SkStaffPage *self, Cell *cell, const char *text)
{
  GtkEventController *controller;
  g_autofree char *shown = NULL;

  if (!self->editable || cell->record == NULL || cell->info->col != COL_PROGRAMME_HOURS)
    return;
  finish_edit (self, TRUE, FALSE);
  if (cell->record == NULL)
    return;
  shown = g_strdup (text ? text : SK_HOURS_CELL (cell->widget)->text);
  self->editor = gtk_text_new ();
  gtk_editable_set_alignment (GTK_EDITABLE (self->editor), 1.0);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->editor), 5);
  gtk_widget_add_css_class (self->editor, "numeric");
  gtk_editable_set_text (GTK_EDITABLE (self->editor), shown);
  {
    /* Named as the cell it edits. */
    g_autofree char *name = hours_name (self, cell);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }
  g_signal_connect (self->editor, "activate", G_CALLBACK (on_editor_activate), self);
  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_editor_key), self);
  gtk_widget_add_controller (self->editor, controller);
  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "leave", G_CALLBACK (on_editor_leave), self);
  gtk_widget_add_controller (self->editor, controller);
  self->edit_cell = cell;
  g_object_ref (cell->widget);
  gtk_list_item_set_child (cell->item, self->editor);
  gtk_widget_grab_focus (self->editor);
  gtk_editable_set_position (GTK_EDITABLE (self->editor), -1);
  if (text == NULL)
    gtk_editable_select_region (GTK_EDITABLE (self->editor), 0, -1);
}

/* The hours cell that has the keyboard focus itself, if any. */
static Cell *
focus_cell (SkStaffPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  Cell *cell = focus ? g_hash_table_lookup (self->cells, focus) : NULL;

  return cell && cell->info->col == COL_PROGRAMME_HOURS && cell->record ? cell : NULL;
}

/* One key controller for the whole table: Enter, F2 or a digit on an
 * hours cell edits it. */
static gboolean
on_view_key (GtkEventControllerKey *keys, guint keyval, guint keycode, GdkModifierType state, SkStaffPage *self)
{
  Cell *cell;
  guint32 c;

  if (self->editor || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) || (cell = focus_cell (self)) == NULL)
    return FALSE;
  if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter || keyval == GDK_KEY_F2)
    {
      start_edit (self, cell, NULL);
      return self->editor != NULL;
    }
  c = gdk_keyval_to_unicode (keyval);
  if (c >= '0' && c <= '9')
    {
      char digit[2] = { (char) c, '\0' };
      start_edit (self, cell, digit);
      return self->editor != NULL;
    }
  return FALSE;
}

/* One click gesture for the whole table: a double click on an hours cell
 * edits it. */
static void
on_view_pressed (GtkGestureClick *click, int n_press, double x, double y, SkStaffPage *self)
{
  GtkWidget *w;

  if (n_press != 2 || self->editor)
    return;
  w = gtk_widget_pick (self->view, x, y, GTK_PICK_DEFAULT);
  for (; w && w != self->view; w = gtk_widget_get_parent (w))
    {
      Cell *cell = g_hash_table_lookup (self->cells, w);
      if (cell)
        {
          if (cell->info->col == COL_PROGRAMME_HOURS && cell->record)
            {
              start_edit (self, cell, NULL);
              if (self->editor)
                gtk_gesture_set_state (GTK_GESTURE (click), GTK_EVENT_SEQUENCE_CLAIMED);
            }
          return;
        }
    }
}

/* The cell of a list item (the one being edited has the editor in its
 * place). */
static Cell *
cell_of (SkStaffPage *self, GtkListItem *item)
{
  GtkWidget *child = gtk_list_item_get_child (item);

  if (child == NULL || self->cells == NULL)
    return NULL;
  if (self->editor && child == self->editor)
    return self->edit_cell;
  return g_hash_table_lookup (self->cells, child);
}

static void
setup_cell (GtkSignalListItemFactory *factory, GtkListItem *item, ColumnInfo *info)
{
  SkStaffPage *self = info->page;
  Cell *cell = g_new0 (Cell, 1);
  gboolean numeric = info->col == COL_PROGRAMME_HOURS || columns[info->col].numeric;

  cell->info = info;
  cell->item = item;
  if (info->col == COL_PROGRAMME_HOURS)
    {
      cell->widget = g_object_new (SK_TYPE_HOURS_CELL, NULL);
      gtk_widget_add_css_class (cell->widget, "hours-cell");
    }
  else
    {
      cell->widget = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (cell->widget), numeric ? 1.0 : 0.0);
      gtk_label_set_ellipsize (GTK_LABEL (cell->widget), PANGO_ELLIPSIZE_END);
    }
  if (numeric)
    gtk_widget_add_css_class (cell->widget, "numeric");
  g_hash_table_insert (self->cells, cell->widget, cell);
  gtk_list_item_set_child (item, cell->widget);
}

static void
teardown_cell (GtkSignalListItemFactory *factory, GtkListItem *item, ColumnInfo *info)
{
  SkStaffPage *self = info->page;
  Cell *cell = cell_of (self, item);

  if (cell == NULL)
    return;
  if (cell == self->edit_cell)
    finish_edit (self, FALSE, FALSE);
  g_hash_table_remove (self->cells, cell->widget);
}

static void
bind_cell (GtkSignalListItemFactory *factory, GtkListItem *item, ColumnInfo *info)
{
  Cell *cell = cell_of (info->page, item);

  if (cell == info->page->edit_cell)
    finish_edit (info->page, FALSE, FALSE);
  cell->record = g_object_ref (gtk_list_item_get_item (item));
  cell->handler = g_signal_connect (cell->record, "changed", G_CALLBACK (on_cell_record_changed), cell);
  cell_update (cell);
  name_cell (cell);
}

static void
cell_unbind (Cell *cell)
{
  if (cell->record == NULL)
    return;
  g_clear_signal_handler (&cell->handler, cell->record);
  g_clear_object (&cell->record);
}

static void
unbind_cell (GtkSignalListItemFactory *factory, GtkListItem *item, ColumnInfo *info)
{
  Cell *cell = cell_of (info->page, item);

  if (cell && cell == info->page->edit_cell)
    finish_edit (info->page, FALSE, FALSE);
  if (cell)
    cell_unbind (cell);
}

static void
cell_free (Cell *cell)
{
  cell_unbind (cell);
  g_free (cell);
}

static int
compare (gconstpointer a, gconstpointer b, gpointer data)
{
  ColumnInfo *info = data;
  SkStaffPage *self = info->page;
  SkRecord *ra = (SkRecord *) a, *rb = (SkRecord *) b;
  Col col = info->col;

  if (col == COL_PROGRAMME_HOURS)
    {
      const gint64 *x = hours_in (self, ra, info->programme_id);
      const gint64 *y = hours_in (self, rb, info->programme_id);
      gint64 u = x ? *x : -1, v = y ? *y : -1;
      return (u > v) - (u < v);
    }
  if (columns[col].numeric)
    {
      gint64 x, y;
      if (col == COL_PROGRAMMES || col == COL_HOURS)
        {
          x = col == COL_PROGRAMMES ? load_of (self, ra)->programmes : load_of (self, ra)->hours;
          y = col == COL_PROGRAMMES ? load_of (self, rb)->programmes : load_of (self, rb)->hours;
        }
      else
        {
          x = sk_record_get_int (ra, columns[col].field, -1);
          y = sk_record_get_int (rb, columns[col].field, -1);
        }
      return (x > y) - (x < y);
    }
  {
    g_autofree char *ta = cell_text (self, ra, col, 0);
    g_autofree char *tb = cell_text (self, rb, col, 0);
    return g_utf8_collate (ta, tb);
  }
}

static GtkColumnViewColumn *
add_column (SkStaffPage *self, Col col, gint64 programme_id, const char *title)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  ColumnInfo *info = g_new0 (ColumnInfo, 1);
  GtkColumnViewColumn *column;
  GtkSorter *sorter;
  gboolean numeric = col == COL_PROGRAMME_HOURS || columns[col].numeric;

  info->page = self;
  info->col = col;
  info->programme_id = programme_id;
  g_ptr_array_add (self->column_infos, info);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), info);
  g_signal_connect (factory, "teardown", G_CALLBACK (teardown_cell), info);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), info);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), info);
  column = gtk_column_view_column_new (title, factory);
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare, info, NULL));
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
  gtk_column_view_column_set_expand (column, col < N_COLUMNS && columns[col].expand);
  gtk_column_view_column_set_fixed_width (column, col == COL_NAME ? 240 : col == COL_INSTITUTION ? 200
                                                  : numeric ? 90 : 140);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (GTK_COLUMN_VIEW (self->view), column);
  g_object_unref (column);
  return column;
}

/* Room for a header beside its title: the button's padding and the sort
 * indicator. */
#define HEADER_EXTRA 44

/* Each column at least as wide as its title in the interface's language
 * (the Kazakh and Russian titles of the numeric columns are twice as long
 * as the English ones): measured once the view has its fonts. */
static void
fit_titles (GtkWidget *view, gpointer data)
{
  GListModel *cols = gtk_column_view_get_columns (GTK_COLUMN_VIEW (view));
  PangoAttrList *bold = pango_attr_list_new ();

  pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  for (guint i = 0; i < g_list_model_get_n_items (cols); i++)
    {
      g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (cols, i);
      g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (view, gtk_column_view_column_get_title (column));
      int width;

      pango_layout_set_attributes (layout, bold);
      pango_layout_get_pixel_size (layout, &width, NULL);
      /* A programme's long name is not worth a wide column: at most 180. */
      if (gtk_column_view_column_get_fixed_width (column) < MIN (width + HEADER_EXTRA, 180))
        gtk_column_view_column_set_fixed_width (column, MIN (width + HEADER_EXTRA, 180));
    }
  pango_attr_list_unref (bold);
}

static void
on_activate (SkStaffPage *self, guint position)
{
  g_autoptr (SkRecord) r = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (r)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-record", "(sx)", SK_KIND_STAFF, sk_record_get_id (r));
}

/* ---- programmes: the drop-downs and an hours column each ---- */

static void
fill_programmes (SkStaffPage *self)
{
  GListModel *programmes = sk_proposal_get_records (self->proposal, SK_KIND_PROGRAMME);
  g_autoptr (GtkStringList) filter_list = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) hours_list = gtk_string_list_new (NULL);
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->programme_filter));
  guint n = g_list_model_get_n_items (programmes);

  for (guint i = 0; i < self->programme_columns->len; i++)
    gtk_column_view_remove_column (GTK_COLUMN_VIEW (self->view), self->programme_columns->pdata[i]);
  g_ptr_array_set_size (self->programme_columns, 0);
  g_array_set_size (self->programme_ids, 0);
  gtk_string_list_append (filter_list, _("All programmes"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (programmes, i);
      gint64 id = sk_record_get_id (r);
      const char *name = sk_record_display_name (r, sk_get_content_language ());
      /* TRANSLATORS: the title of a column of the staff table: the
       * lecturers' teaching hours in the programme %s */
      g_autofree char *title = g_strdup_printf (_("Hours: %s"), name);

      gtk_string_list_append (filter_list, name);
      gtk_string_list_append (hours_list, name);
      g_array_append_val (self->programme_ids, id);
      g_ptr_array_add (self->programme_columns, add_column (self, COL_PROGRAMME_HOURS, id, title));
    }
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->programme_filter), G_LIST_MODEL (filter_list));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->programme_filter), selected <= n ? selected : 0);
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->hours_programme), G_LIST_MODEL (hours_list));
  if (gtk_widget_get_realized (self->view))
    fit_titles (self->view, NULL);
}

static void
fill_enum (GtkWidget *drop_down, const char *all_label, const char *field)
{
  const SkField *f = sk_kind_field (sk_schema_kind (SK_KIND_STAFF), field);
  g_autoptr (GtkStringList) list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, all_label);
  for (guint i = 0; f->enum_values[i].code; i++)
    gtk_string_list_append (list, _(f->enum_values[i].label));
  gtk_drop_down_set_model (GTK_DROP_DOWN (drop_down), G_LIST_MODEL (list));
}

/* ---- changes ---- */

/* What the table shows beside the records themselves (who teaches what,
 * the shares), brought up to date once for a burst of edits. */
static void
refresh (SkStaffPage *self)
{
  GHashTableIter iter;
  gpointer value;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->load_stale)
    {
      compute_load (self);
      g_hash_table_iter_init (&iter, self->cells);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          Cell *cell = value;
          if (cell->info->col >= COL_PROGRAMMES)
            cell_update (cell);
        }
    }
  if (g_list_model_get_n_items (sk_proposal_get_records (self->proposal, SK_KIND_PROGRAMME)) != self->programme_ids->len)
    fill_programmes (self);
  if (gtk_drop_down_get_selected (GTK_DROP_DOWN (self->programme_filter)) > 0)
    refilter (self);
  else
    update_count (self);
  update_shares (self);
}

static gboolean
on_refresh_idle (gpointer data)
{
  SkStaffPage *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_proposal_changed (SkProposal *proposal, SkStaffPage *self)
{
  if (!self->own_edit)
    self->load_stale = TRUE;
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, on_refresh_idle, self, NULL);
}

/* Before reading who teaches what: a refresh still waiting is done now. */
static void
ensure_current (SkStaffPage *self)
{
  if (self->refresh_id)
    refresh (self);
}

/* ---- actions ---- */

static void
toast (SkStaffPage *self, const char *text)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", text);
}

/* A message that must be read whole (a toast would cut it short). */
static void
show_error (SkStaffPage *self, const char *heading, const char *body)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GArray *
staff_ids_at (SkStaffPage *self, const guint *positions, guint n)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SkRecord) staff = g_list_model_get_item (G_LIST_MODEL (self->selection), positions[i]);
      gint64 id;

      if (staff == NULL)
        continue;
      id = sk_record_get_id (staff);
      g_array_append_val (ids, id);
    }
  return ids;
}

gboolean
sk_staff_page_set_hours (SkStaffPage *self, const guint *positions, guint n, gint64 programme_id,
                         gint64 hours, guint *n_added, guint *n_updated, GError **error)
{
  g_autoptr (GArray) ids = NULL;
  gboolean ok;

  g_return_val_if_fail (SK_IS_STAFF_PAGE (self), FALSE);
  ensure_current (self);
  ids = staff_ids_at (self, positions, n);
  ok = sk_staffing_set_hours (self->proposal, programme_id, (const gint64 *) (void *) ids->data, ids->len, hours,
                              n_added, n_updated, error);
  if (ok)
    refresh (self);
  return ok;
}

guint
sk_staff_page_assign (GtkWidget *page, const guint *positions, guint n, gint64 programme_id,
                      gint64 hours, GError **error)
{
  guint added = 0;

  if (!sk_staff_page_set_hours (SK_STAFF_PAGE (page), positions, n, programme_id, hours, &added, NULL, error))
    return 0;
  return added;
}

static void
on_set_hours_clicked (SkStaffPage *self)
{
  GtkBitset *selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint n = (guint) gtk_bitset_get_size (selected);
  guint choice = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->hours_programme));
  g_autofree guint *positions = g_new (guint, MAX (n, 1));
  g_autoptr (GError) error = NULL;
  GtkBitsetIter iter;
  guint pos, k = 0, added = 0, updated = 0;

  if (n == 0 || choice >= self->programme_ids->len)
    {
      toast (self, _("Select staff members and a programme first."));
      gtk_bitset_unref (selected);
      return;
    }
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &pos); ok; ok = gtk_bitset_iter_next (&iter, &pos))
    positions[k++] = pos;
  gtk_bitset_unref (selected);
  gtk_popover_popdown (GTK_POPOVER (self->hours_popover));
  if (!sk_staff_page_set_hours (self, positions, k, g_array_index (self->programme_ids, gint64, choice),
                                (gint64) gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->hours_value)),
                                &added, &updated, &error))
    toast (self, error->message);
  else
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Hours set for %u staff member",
                                                            "Hours set for %u staff members", added + updated),
                                               added + updated);
      toast (self, text);
    }
}

static void
on_add_clicked (SkStaffPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.add-record", "(ssx)", SK_KIND_STAFF, "", (gint64) 0);
}

/* ---- import ---- */

static void
open_import (SkStaffPage *self, SkStaffImportDialog *dialog)
{
  if (dialog)
    gtk_window_present (GTK_WINDOW (dialog));
}

SkStaffImportDialog *
sk_staff_page_import_file (GtkWidget *page, GFile *file)
{
  SkStaffPage *self = SK_STAFF_PAGE (page);
  GtkRoot *root = gtk_widget_get_root (page);
  g_autoptr (GError) error = NULL;
  SkStaffImportDialog *dialog;

  dialog = sk_staff_import_dialog_new_for_file (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                self->proposal, file, &error);
  if (dialog == NULL)
    {
      show_error (self, _("The Staff List Cannot Be Imported"), error->message);
      return NULL;
    }
  open_import (self, dialog);
  return dialog;
}

static void
on_import_response (GtkNativeDialog *chooser, int response, SkStaffPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      sk_staff_page_import_file (GTK_WIDGET (self), file);
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
add_table_filters (GtkFileChooser *chooser)
{
  g_autoptr (GtkFileFilter) tables = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) xlsx = gtk_file_filter_new ();

  gtk_file_filter_set_name (tables, _("Tables (CSV, XLSX)"));
  gtk_file_filter_add_pattern (tables, "*.csv");
  gtk_file_filter_add_pattern (tables, "*.xlsx");
  gtk_file_filter_set_name (csv, _("CSV tables"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_set_name (xlsx, _("Excel workbooks (XLSX)"));
  gtk_file_filter_add_pattern (xlsx, "*.xlsx");
  gtk_file_chooser_add_filter (chooser, tables);
  gtk_file_chooser_add_filter (chooser, csv);
  gtk_file_chooser_add_filter (chooser, xlsx);
}

static void
on_import_clicked (SkStaffPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Import a Staff List"),
                                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));

  add_table_filters (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- export ---- */

gboolean
sk_staff_page_export (SkStaffPage *self, const char *path, GError **error)
{
  g_autoptr (GPtrArray) table = sk_export_table (self->proposal, "staff", NULL, NULL, error);

  return table && sk_export_write (table, path, NULL, error);
}

static void
on_export_response (GtkNativeDialog *chooser, int response, SkStaffPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr (GError) error = NULL;

      if (path && !g_str_has_suffix (path, ".csv") && !g_str_has_suffix (path, ".xlsx"))
        {
          char *with = g_strconcat (path, ".xlsx", NULL);
          g_free (path);
          path = with;
        }
      if (path == NULL)
        toast (self, _("Only files on this computer can be written."));
      else if (!sk_staff_page_export (self, path, &error))
        show_error (self, _("The Staff Table Was Not Saved"), error->message);
      else
        {
          g_autofree char *name = g_path_get_basename (path);
          /* TRANSLATORS: %s is the name of the file written */
          g_autofree char *text = g_strdup_printf (_("The staff table was saved as “%s”."), name);
          toast (self, text);
        }
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
on_export_clicked (SkStaffPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Export the Staff Table"),
                                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));

  add_table_filters (GTK_FILE_CHOOSER (chooser));
  /* TRANSLATORS: the file name offered for the exported staff table */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("staff.xlsx"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- copy and paste ---- */

char *
sk_staff_page_copy_text (SkStaffPage *self)
{
  GtkBitset *selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GString *text = g_string_new (NULL);
  GtkBitsetIter iter;
  guint pos;

  ensure_current (self);
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &pos); ok; ok = gtk_bitset_iter_next (&iter, &pos))
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (G_LIST_MODEL (self->selection), pos);
      for (guint c = 0; r && c < N_DATA_COLUMNS; c++)
        {
          g_autofree char *cell = cell_text (self, r, (Col) c, 0);
          /* A tab or a line break inside a cell would break the block. */
          g_strdelimit (cell, "\t\r\n", ' ');
          if (c > 0)
            g_string_append_c (text, '\t');
          g_string_append (text, cell);
        }
      g_string_append_c (text, '\n');
    }
  gtk_bitset_unref (selected);
  return g_string_free (text, FALSE);
}

static void
copy_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkStaffPage *self = SK_STAFF_PAGE (widget);
  g_autofree char *text = sk_staff_page_copy_text (self);

  if (*text)
    gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
}

SkStaffImportDialog *
sk_staff_page_paste_text (SkStaffPage *self, const char *text, guint *n_pasted, GError **error)
{
  static const char *fields[N_DATA_COLUMNS + 1];
  g_autoptr (SkStaffImport) import = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  guint n_new, n_updated, n_unchanged, n_refused;

  if (n_pasted)
    *n_pasted = 0;
  for (guint c = 0; c < N_DATA_COLUMNS; c++)
    fields[c] = columns[c].import;
  import = sk_staff_import_new_from_block (self->proposal, text, fields, error);
  if (import == NULL)
    return NULL;
  sk_staff_import_counts (import, &n_new, &n_updated, &n_unchanged, &n_refused);
  if (n_refused == 0)
    {
      /* Every row fits: pasted at once, as one undo step. */
      if (!sk_staff_import_apply (import, self->proposal, error))
        return NULL;
      if (n_pasted)
        *n_pasted = n_new + n_updated;
      refresh (self);
      return NULL;
    }
  /* Some rows do not: the preview says which, and why. */
  return sk_staff_import_dialog_new_for_import (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->proposal,
                                                g_steal_pointer (&import));
}

gboolean
sk_staff_page_paste_hours (SkStaffPage *self, guint position, gint64 programme_id, const char *text,
                           guint *n_changed, GError **error)
{
  GListModel *shown = G_LIST_MODEL (self->selection);
  GListModel *view_columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (self->view));
  g_autoptr (GArray) staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) programme_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean from_here = FALSE;
  guint n_lines = 1;

  g_return_val_if_fail (SK_IS_STAFF_PAGE (self), FALSE);

  if (n_changed)
    *n_changed = 0;
  ensure_current (self);
  /* The hours columns from the chosen one to the right, as shown (the
   * columns can be moved). */
  for (guint i = 0; i < g_list_model_get_n_items (view_columns); i++)
    {
      g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (view_columns, i);
      guint index;

      if (!g_ptr_array_find (self->programme_columns, column, &index))
        continue;
      from_here = from_here || g_array_index (self->programme_ids, gint64, index) == programme_id;
      if (from_here)
        g_array_append_val (programme_ids, g_array_index (self->programme_ids, gint64, index));
    }
  /* The rows from the chosen one down, as shown; no more than the block
   * has lines (a block of a few cells in a table of thousands). */
  for (const char *p = text; *p; p++)
    n_lines += *p == '\n';
  for (guint i = position; i < g_list_model_get_n_items (shown) && staff_ids->len <= n_lines; i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (shown, i);
      gint64 id = sk_record_get_id (r);
      g_array_append_val (staff_ids, id);
    }
  if (!sk_staffing_paste_hours (self->proposal, (const gint64 *) (void *) staff_ids->data, staff_ids->len,
                                (const gint64 *) (void *) programme_ids->data, programme_ids->len, text,
                                sk_get_content_language (), n_changed, error))
    return FALSE;
  refresh (self);
  return TRUE;
}

/* The hours cell that has the keyboard focus (or holds it), if any. */
static Cell *
focused_hours_cell (SkStaffPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  for (GtkWidget *w = focus; w && w != GTK_WIDGET (self); w = gtk_widget_get_parent (w))
    {
      Cell *cell = g_hash_table_lookup (self->cells, w);
      if (cell)
        return cell->info->col == COL_PROGRAMME_HOURS && cell->record ? cell : NULL;
    }
  return NULL;
}

/* A block pasted with an hours cell chosen: the hours from there. */
static void
paste_hours_at (SkStaffPage *self, Cell *cell, const char *text)
{
  g_autoptr (GError) error = NULL;
  guint changed = 0;

  if (!sk_staff_page_paste_hours (self, gtk_list_item_get_position (cell->item), cell->info->programme_id,
                                  text, &changed, &error))
    show_error (self, _("Nothing Was Pasted"), error->message);
  else
    {
      g_autofree char *msg = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Teaching hours changed in %u cell",
                                                           "Teaching hours changed in %u cells", changed), changed);
      toast (self, msg);
    }
}

static void
on_paste_read (GObject *source, GAsyncResult *result, gpointer data)
{
  SkStaffPage *self = data;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  SkStaffImportDialog *dialog;
  guint pasted = 0;

  if (text == NULL || self->proposal == NULL)
    {
      g_object_unref (self);
      return;
    }
  if (focused_hours_cell (self))
    {
      paste_hours_at (self, focused_hours_cell (self), text);
      g_object_unref (self);
      return;
    }
  dialog = sk_staff_page_paste_text (self, text, &pasted, &error);
  if (error)
    show_error (self, _("Nothing Was Pasted"), error->message);
  else if (dialog)
    gtk_window_present (GTK_WINDOW (dialog));
  else
    {
      g_autofree char *msg = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u staff member pasted",
                                                           "%u staff members pasted", pasted), pasted);
      toast (self, msg);
    }
  g_object_unref (self);
}

/* The hours cell with the keyboard focus edited (as Enter does). */
static void
edit_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkStaffPage *self = SK_STAFF_PAGE (widget);
  Cell *cell = focus_cell (self);

  if (cell && self->editor == NULL)
    start_edit (self, cell, NULL);
}

static void
paste_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkStaffPage *self = SK_STAFF_PAGE (widget);

  if (!self->editable)
    return;
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_paste_read, g_object_ref (self));
}

/* ---- the planner's way in ---- */

void
sk_staff_page_show_staff_of (SkStaffPage *self, gint64 programme_id, int side)
{
  guint prog = 0;

  g_return_if_fail (SK_IS_STAFF_PAGE (self));
  ensure_current (self);
  for (guint i = 0; i < self->programme_ids->len; i++)
    if (g_array_index (self->programme_ids, gint64, i) == programme_id)
      prog = i + 1;
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->programme_filter), prog);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->side_filter), side >= 0 ? (guint) side + 1 : 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->degree_filter), 0);
  refilter (self);
}

/* ---- the class ---- */

static void
set_editable (SkStaffPage *self, gboolean editable)
{
  self->editable = editable;
  gtk_widget_set_sensitive (self->add_button, editable);
  gtk_widget_set_sensitive (self->hours_button, editable);
  gtk_widget_set_sensitive (self->import_button, editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "staff.paste", editable);
  if (!editable)
    finish_edit (self, FALSE, FALSE);
}

/* The controls take the focus, not the flow box children around them. */
static void
unfocus_flow_children (GtkWidget *flow)
{
  for (GtkWidget *child = gtk_widget_get_first_child (flow); child; child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
}

static void
sk_staff_page_constructed (GObject *object)
{
  SkStaffPage *self = SK_STAFF_PAGE (object);
  GtkSortListModel *sorted;

  G_OBJECT_CLASS (sk_staff_page_parent_class)->constructed (object);
  g_return_if_fail (self->proposal != NULL);
  compute_load (self);
  fill_enum (self->side_filter, _("All sides"), "side");
  fill_enum (self->degree_filter, _("All degrees"), "degree");

  self->filter = gtk_custom_filter_new (matches, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (sk_proposal_get_records (self->proposal, SK_KIND_STAFF)),
                                              GTK_FILTER (g_object_ref (self->filter)));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)),
                                    g_object_ref (gtk_column_view_get_sorter (GTK_COLUMN_VIEW (self->view))));
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (sorted));
  gtk_column_view_set_model (GTK_COLUMN_VIEW (self->view), GTK_SELECTION_MODEL (self->selection));
  for (guint c = 0; c < N_COLUMNS; c++)
    add_column (self, (Col) c, 0, _(columns[c].title));
  fill_programmes (self);
  set_editable (self, self->editable);
  self->changed_id = g_signal_connect (self->proposal, "changed", G_CALLBACK (on_proposal_changed), self);
  update_count (self);
  update_shares (self);
}

static void
sk_staff_page_get_property (GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
  SkStaffPage *self = SK_STAFF_PAGE (object);

  switch (id)
    {
    case PROP_PROPOSAL:
      g_value_set_object (value, self->proposal);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, id, pspec);
    }
}

static void
sk_staff_page_set_property (GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
  SkStaffPage *self = SK_STAFF_PAGE (object);

  switch (id)
    {
    case PROP_PROPOSAL:
      self->proposal = g_value_dup_object (value);
      break;
    case PROP_EDITABLE:
      if (self->editable != g_value_get_boolean (value))
        {
          set_editable (self, g_value_get_boolean (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, id, pspec);
    }
}

/* Leaving the window (it is closed): the keyboard focus is let go of
 * first when it is in the page. (A window closed with the focus in an
 * hours cell just edited left a GTK timeout behind that ran on a freed
 * controller in a test: GTK 4.8.3.) */
static void
sk_staff_page_unroot (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (focus && gtk_widget_is_ancestor (focus, widget))
    gtk_root_set_focus (root, NULL);
  GTK_WIDGET_CLASS (sk_staff_page_parent_class)->unroot (widget);
}

static void
sk_staff_page_dispose (GObject *object)
{
  SkStaffPage *self = SK_STAFF_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  finish_edit (self, FALSE, FALSE);
  if (self->proposal)
    g_clear_signal_handler (&self->changed_id, self->proposal);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_STAFF_PAGE);
  /* The children not bound to a field go too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self)));)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter);
  g_clear_object (&self->filtered);
  g_clear_object (&self->proposal);
  G_OBJECT_CLASS (sk_staff_page_parent_class)->dispose (object);
}

static void
sk_staff_page_finalize (GObject *object)
{
  SkStaffPage *self = SK_STAFF_PAGE (object);

  g_clear_pointer (&self->cells, g_hash_table_unref);
  g_clear_pointer (&self->programme_ids, g_array_unref);
  g_clear_pointer (&self->load, g_hash_table_unref);
  g_clear_pointer (&self->pairs, g_hash_table_unref);
  g_clear_pointer (&self->programme_columns, g_ptr_array_unref);
  g_clear_pointer (&self->column_infos, g_ptr_array_unref);
  G_OBJECT_CLASS (sk_staff_page_parent_class)->finalize (object);
}

static void
sk_staff_page_class_init (SkStaffPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sk_staff_page_constructed;
  object_class->get_property = sk_staff_page_get_property;
  object_class->set_property = sk_staff_page_set_property;
  object_class->dispose = sk_staff_page_dispose;
  object_class->finalize = sk_staff_page_finalize;
  widget_class->unroot = sk_staff_page_unroot;

  properties[PROP_PROPOSAL] = g_param_spec_object ("proposal", NULL, NULL, SK_TYPE_PROPOSAL,
                                                   G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITABLE] = g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                                                    G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "staff.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "staff.paste", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "staff.edit-hours", NULL, edit_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "staff.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "staff.paste", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-staff-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SkStaffPage, bar);
  gtk_widget_class_bind_template_child (widget_class, SkStaffPage, filters);
  gtk_widget_class_bind_template_child (widget_class, SkStaffPage, search);
  gtk_widget_class_bind_template_child (widget_class, SkStaffPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, SkStaffPage, hours_button);
  gtk_widget_class_bind_template_child (widget_class, SkStaffPage, import_button);
  gtk_widget_class_bind_template_child (widget_class, SkStaffPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, SkStaffPage, side_filter);
  gtk_widget_class_bind_template_child (widget_class, SkStaffPage, programme_filter);
  gtk_widget_class_bind_template_child (widget_class, SkStaffPage, degree_filter);
  gtk_widget_class_bind_template_child (widget_class, SkStaffPage, view);
  gtk_widget_class_bind_template_child (widget_class, SkStaffPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, SkStaffPage, shares_label);
  gtk_widget_class_bind_template_child (widget_class, SkStaffPage, hours_popover);
  gtk_widget_class_bind_template_child (widget_class, SkStaffPage, hours_programme);
  gtk_widget_class_bind_template_child (widget_class, SkStaffPage, hours_value);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
  gtk_widget_class_bind_template_callback (widget_class, fit_titles);
  gtk_widget_class_bind_template_callback (widget_class, on_set_hours_clicked);
}

static void
sk_staff_page_init (SkStaffPage *self)
{
  GtkEventController *controller;

  self->editable = TRUE;
  self->programme_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->load = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->cells = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) cell_free);
  self->column_infos = g_ptr_array_new_with_free_func (g_free);
  self->programme_columns = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  /* One key controller and one click gesture for all the cells. */
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_view_key), self);
  gtk_widget_add_controller (self->view, controller);
  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "pressed", G_CALLBACK (on_view_pressed), self);
  gtk_widget_add_controller (self->view, controller);
  unfocus_flow_children (self->bar);
  unfocus_flow_children (self->filters);
}

const char *
sk_staff_page_cell_text (GtkWidget *cell)
{
  g_return_val_if_fail (SK_IS_HOURS_CELL (cell), NULL);
  return SK_HOURS_CELL (cell)->text ? SK_HOURS_CELL (cell)->text : "";
}

GtkWidget *
sk_staff_page_new (SkProposal *proposal)
{
  return g_object_new (SK_TYPE_STAFF_PAGE, "proposal", proposal,
                       "editable", !sk_proposal_is_read_only (proposal), NULL);
}

GListModel *
sk_staff_page_get_model (GtkWidget *page)
{
  return G_LIST_MODEL (SK_STAFF_PAGE (page)->selection);
}

void
sk_staff_page_set_search (GtkWidget *page, const char *text)
{
  SkStaffPage *self = SK_STAFF_PAGE (page);

  gtk_editable_set_text (GTK_EDITABLE (self->search), text);
  on_filter_changed (self);
}

void
sk_staff_page_focus_search (GtkWidget *page)
{
  gtk_widget_grab_focus (SK_STAFF_PAGE (page)->search);
}
