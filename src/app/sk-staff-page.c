/* sk-staff-page.c: the teaching staff as a table that stays fluid with
 * thousands of rows: search, filters, sorting, bulk assignment, CSV import */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-csv.h"
#include "sk-field-row.h"
#include "sk-init.h"
#include "sk-record-list.h"
#include "sk-staff-page.h"
#include "sk-staffing.h"
#include "sk-summary.h"

typedef struct {
  gint64 programmes; /* how many */
  gint64 hours;
} Load;

typedef struct {
  SkProposal *proposal;
  GtkWidget *page;
  GtkWidget *search;
  GtkWidget *side_filter;
  GtkWidget *programme_filter;
  GtkWidget *degree_filter;
  GtkWidget *view;
  GtkWidget *count_label;
  GtkWidget *shares_label;
  GtkWidget *assign_programme;
  GtkWidget *assign_hours;
  GtkCustomFilter *filter;
  GtkFilterListModel *filtered;
  GtkMultiSelection *selection;
  GArray *programme_ids;       /* of the programme filter and assign choices */
  GHashTable *load;            /* staff id -> Load* */
  GHashTable *pairs;           /* "staff/programme" taught */
  GPtrArray *live_cells;       /* labels of the programme and hours columns */
  gulong changed_id;
  guint refresh_id;            /* an edit's refresh, waiting for an idle moment */
} Page;

static void
page_free (Page *p)
{
  g_clear_handle_id (&p->refresh_id, g_source_remove);
  g_clear_signal_handler (&p->changed_id, p->proposal);
  g_clear_object (&p->proposal);
  g_clear_pointer (&p->programme_ids, g_array_unref);
  g_clear_pointer (&p->load, g_hash_table_unref);
  g_clear_pointer (&p->pairs, g_hash_table_unref);
  g_clear_pointer (&p->live_cells, g_ptr_array_unref);
  g_free (p);
}

static void refresh (Page *p);

static Page *
page_of (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "sk-staff-page");
}

/* ---- what each lecturer teaches ---- */

static void
compute_load (Page *p)
{
  GListModel *assignments = sk_proposal_get_records (p->proposal, SK_KIND_ASSIGNMENT);

  g_hash_table_remove_all (p->load);
  g_hash_table_remove_all (p->pairs);
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr (SkRecord) a = g_list_model_get_item (assignments, i);
      gint64 staff = sk_record_get_int (a, "staff_id", 0);
      char *pair = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, staff,
                                    sk_record_get_int (a, "programme_id", 0));
      Load *load = g_hash_table_lookup (p->load, &staff);

      if (load == NULL)
        {
          load = g_new0 (Load, 1);
          g_hash_table_insert (p->load, g_memdup2 (&staff, sizeof staff), load);
        }
      if (!g_hash_table_contains (p->pairs, pair))
        load->programmes++;
      load->hours += sk_record_get_int (a, "hours", 0);
      g_hash_table_add (p->pairs, pair);
    }
}

static const Load *
load_of (Page *p, SkRecord *staff)
{
  static const Load none = { 0, 0 };
  gint64 id = sk_record_get_id (staff);
  Load *load = g_hash_table_lookup (p->load, &id);
  return load ? load : &none;
}

static void
update_shares (Page *p)
{
  g_autoptr (SkStaffing) staffing = sk_staffing_compute (p->proposal);
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
  gtk_label_set_text (GTK_LABEL (p->shares_label), text);
}

static void
update_count (Page *p)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (p->filtered));
  guint all = sk_proposal_count (p->proposal, SK_KIND_STAFF);
  /* TRANSLATORS: rows shown of all staff */
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u staff member",
                                                        "%u of %u staff members", all), shown, all);
  gtk_label_set_text (GTK_LABEL (p->count_label), text);
}

/* ---- filter ---- */

static gboolean
matches (gpointer item, gpointer data)
{
  Page *p = data;
  SkRecord *r = item;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (p->search));
  guint side = gtk_drop_down_get_selected (GTK_DROP_DOWN (p->side_filter));
  guint prog = gtk_drop_down_get_selected (GTK_DROP_DOWN (p->programme_filter));
  guint degree = gtk_drop_down_get_selected (GTK_DROP_DOWN (p->degree_filter));
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
  if (prog > 0 && prog != GTK_INVALID_LIST_POSITION && prog <= p->programme_ids->len)
    {
      g_autofree char *pair = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, sk_record_get_id (r),
                                               g_array_index (p->programme_ids, gint64, prog - 1));
      if (!g_hash_table_contains (p->pairs, pair))
        return FALSE;
    }
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
refilter (Page *p)
{
  gtk_filter_changed (GTK_FILTER (p->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (p);
}

/* A filter chosen: who teaches what must be current; the rest of a
 * pending refresh waits for its idle moment (it may replace the
 * programme filter's own list, which must not happen inside its signal). */
static void
on_filter_changed (GObject *object, GParamSpec *pspec, Page *p)
{
  if (p->refresh_id)
    compute_load (p);
  refilter (p);
}

static void
on_search_changed (GtkSearchEntry *entry, Page *p)
{
  on_filter_changed (G_OBJECT (entry), NULL, p);
}

/* ---- cells ---- */

typedef enum {
  COL_NAME, COL_SIDE, COL_INSTITUTION, COL_DEGREE, COL_TITLE, COL_TEACHING, COL_PRACTICE,
  COL_FTE, COL_PROGRAMMES, COL_HOURS, N_COLUMNS
} Col;

static const struct {
  const char *title;  /* N_() */
  const char *field;  /* NULL: computed */
  gboolean expand;
  gboolean numeric;
} columns[N_COLUMNS] = {
  [COL_NAME] = { N_("Full name"), "name", TRUE, FALSE },
  [COL_SIDE] = { N_("Side"), "side", FALSE, FALSE },
  [COL_INSTITUTION] = { N_("Home institution"), "institution_id", TRUE, FALSE },
  [COL_DEGREE] = { N_("Degree"), "degree", FALSE, FALSE },
  [COL_TITLE] = { N_("Academic title"), "academic_title", FALSE, FALSE },
  [COL_TEACHING] = { N_("Teaching"), "teaching_years", FALSE, TRUE },
  [COL_PRACTICE] = { N_("Practice"), "practice_years", FALSE, TRUE },
  [COL_FTE] = { N_("FTE"), "fte_milli", FALSE, TRUE },
  [COL_PROGRAMMES] = { N_("Programmes"), NULL, FALSE, TRUE },
  [COL_HOURS] = { N_("Hours"), NULL, FALSE, TRUE },
};

static char *
cell_text (Page *p, SkRecord *r, Col col)
{
  const SkField *f;
  GVariant *v;

  if (col == COL_PROGRAMMES)
    return g_strdup_printf ("%" G_GINT64_FORMAT, load_of (p, r)->programmes);
  if (col == COL_HOURS)
    return g_strdup_printf ("%" G_GINT64_FORMAT, load_of (p, r)->hours);
  f = sk_kind_field (sk_record_get_kind (r), columns[col].field);
  v = sk_record_get_value (r, f->name);
  if (v == NULL)
    return g_strdup ("");
  if (f->type == SK_FIELD_ENUM)
    return g_strdup (sk_enum_label (r, f->name));
  if (f->type == SK_FIELD_REF)
    {
      SkRecord *target = sk_proposal_lookup (p->proposal, f->ref_kind, g_variant_get_int64 (v));
      return g_strdup (target ? sk_record_display_name (target, sk_get_content_language ()) : "");
    }
  return sk_field_format (f, v);
}

static void
cell_update (GtkLabel *label)
{
  Page *p = g_object_get_data (G_OBJECT (label), "sk-page");
  SkRecord *r = g_object_get_data (G_OBJECT (label), "sk-record");
  g_autofree char *text = NULL;

  if (r == NULL)
    return;
  text = cell_text (p, r, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (label), "sk-column")));
  gtk_label_set_text (label, text);
}

static void
on_cell_record_changed (SkRecord *r, GtkLabel *label)
{
  cell_update (label);
}

static void
setup_cell (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer column)
{
  GtkWidget *label = gtk_label_new (NULL);
  Col col = GPOINTER_TO_INT (column);

  gtk_label_set_xalign (GTK_LABEL (label), columns[col].numeric ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (columns[col].numeric)
    gtk_widget_add_css_class (label, "numeric");
  g_object_set_data (G_OBJECT (label), "sk-column", column);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer column)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  SkRecord *r = gtk_list_item_get_item (item);
  Page *p = g_object_get_data (G_OBJECT (factory), "sk-page");
  Col col = GPOINTER_TO_INT (column);
  gulong id;

  g_object_set_data (G_OBJECT (label), "sk-page", p);
  g_object_set_data (G_OBJECT (label), "sk-record", r);
  id = g_signal_connect (r, "changed", G_CALLBACK (on_cell_record_changed), label);
  g_object_set_data (G_OBJECT (label), "sk-handler", GSIZE_TO_POINTER (id));
  if (col == COL_PROGRAMMES || col == COL_HOURS)
    g_ptr_array_add (p->live_cells, label);
  cell_update (GTK_LABEL (label));
}

static void
unbind_cell (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer column)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  SkRecord *r = g_object_get_data (G_OBJECT (label), "sk-record");
  Page *p = g_object_get_data (G_OBJECT (factory), "sk-page");
  gulong id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (label), "sk-handler"));

  if (r && id)
    g_signal_handler_disconnect (r, id);
  g_object_set_data (G_OBJECT (label), "sk-record", NULL);
  g_ptr_array_remove_fast (p->live_cells, label);
}

static int
compare (gconstpointer a, gconstpointer b, gpointer column)
{
  Page *p = g_object_get_data (G_OBJECT (column), "sk-page");
  Col col = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (column), "sk-column"));
  SkRecord *ra = (SkRecord *) a, *rb = (SkRecord *) b;

  if (columns[col].numeric)
    {
      gint64 x, y;
      if (col == COL_PROGRAMMES || col == COL_HOURS)
        {
          x = col == COL_PROGRAMMES ? load_of (p, ra)->programmes : load_of (p, ra)->hours;
          y = col == COL_PROGRAMMES ? load_of (p, rb)->programmes : load_of (p, rb)->hours;
        }
      else
        {
          x = sk_record_get_int (ra, columns[col].field, -1);
          y = sk_record_get_int (rb, columns[col].field, -1);
        }
      return (x > y) - (x < y);
    }
  {
    g_autofree char *ta = cell_text (p, ra, col);
    g_autofree char *tb = cell_text (p, rb, col);
    return g_utf8_collate (ta, tb);
  }
}

static void
add_column (Page *p, Col col)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;
  GtkSorter *sorter;

  g_object_set_data (G_OBJECT (factory), "sk-page", p);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GINT_TO_POINTER (col));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GINT_TO_POINTER (col));
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), GINT_TO_POINTER (col));
  column = gtk_column_view_column_new (_(columns[col].title), factory);
  g_object_set_data (G_OBJECT (column), "sk-page", p);
  g_object_set_data (G_OBJECT (column), "sk-column", GINT_TO_POINTER (col));
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare, column, NULL));
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
  gtk_column_view_column_set_expand (column, columns[col].expand);
  gtk_column_view_column_set_fixed_width (column, col == COL_NAME ? 240 : col == COL_INSTITUTION ? 200
                                                  : columns[col].numeric ? 90 : 140);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (GTK_COLUMN_VIEW (p->view), column);
  g_object_unref (column);
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
  GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (view));
  PangoAttrList *bold = pango_attr_list_new ();

  pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (view, gtk_column_view_column_get_title (column));
      int width;

      pango_layout_set_attributes (layout, bold);
      pango_layout_get_pixel_size (layout, &width, NULL);
      if (gtk_column_view_column_get_fixed_width (column) < width + HEADER_EXTRA)
        gtk_column_view_column_set_fixed_width (column, width + HEADER_EXTRA);
    }
  pango_attr_list_unref (bold);
}

/* A line of controls that wraps when the window is narrow (long Kazakh
 * labels) instead of making the window wider. */
static GtkWidget *
wrapping_bar (void)
{
  GtkWidget *flow = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), FALSE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 8);
  gtk_widget_set_hexpand (flow, TRUE);
  return flow;
}

static void
bar_append (GtkWidget *flow, GtkWidget *widget)
{
  gtk_flow_box_append (GTK_FLOW_BOX (flow), widget);
  /* The control takes the focus, not the box around it. */
  gtk_widget_set_focusable (gtk_widget_get_parent (widget), FALSE);
}

static void
on_activate (GtkColumnView *view, guint position, Page *p)
{
  g_autoptr (SkRecord) r = g_list_model_get_item (G_LIST_MODEL (p->selection), position);

  if (r)
    gtk_widget_activate_action (GTK_WIDGET (view), "win.edit-record", "(sx)", SK_KIND_STAFF, sk_record_get_id (r));
}

/* ---- programmes in the drop-downs ---- */

static void
fill_programmes (Page *p)
{
  GListModel *programmes = sk_proposal_get_records (p->proposal, SK_KIND_PROGRAMME);
  g_autoptr (GtkStringList) filter_list = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) assign_list = gtk_string_list_new (NULL);
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (p->programme_filter));
  guint n = g_list_model_get_n_items (programmes);

  g_array_set_size (p->programme_ids, 0);
  gtk_string_list_append (filter_list, _("All programmes"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (programmes, i);
      gint64 id = sk_record_get_id (r);
      const char *name = sk_record_display_name (r, sk_get_content_language ());
      gtk_string_list_append (filter_list, name);
      gtk_string_list_append (assign_list, name);
      g_array_append_val (p->programme_ids, id);
    }
  gtk_drop_down_set_model (GTK_DROP_DOWN (p->programme_filter), G_LIST_MODEL (filter_list));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (p->programme_filter), selected <= n ? selected : 0);
  gtk_drop_down_set_model (GTK_DROP_DOWN (p->assign_programme), G_LIST_MODEL (assign_list));
}

static GtkWidget *
enum_drop_down (const char *all_label, const char *field, const char *a11y)
{
  const SkField *f = sk_kind_field (sk_schema_kind (SK_KIND_STAFF), field);
  g_autoptr (GtkStringList) list = gtk_string_list_new (NULL);
  GtkWidget *dd;

  gtk_string_list_append (list, all_label);
  for (guint i = 0; f->enum_values[i].code; i++)
    gtk_string_list_append (list, _(f->enum_values[i].label));
  dd = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (list)), NULL);
  gtk_widget_set_tooltip_text (dd, a11y);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dd), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  return dd;
}

/* ---- changes ---- */

/* What the table shows beside the records themselves (who teaches what,
 * the shares), brought up to date once for a burst of edits. */
static void
refresh (Page *p)
{
  SkProposal *proposal = p->proposal;

  g_clear_handle_id (&p->refresh_id, g_source_remove);
  compute_load (p);
  for (guint i = 0; i < p->live_cells->len; i++)
    cell_update (p->live_cells->pdata[i]);
  if (g_list_model_get_n_items (sk_proposal_get_records (proposal, SK_KIND_PROGRAMME)) != p->programme_ids->len)
    fill_programmes (p);
  if (gtk_drop_down_get_selected (GTK_DROP_DOWN (p->programme_filter)) > 0)
    refilter (p);
  else
    update_count (p);
  update_shares (p);
}

static gboolean
on_refresh_idle (gpointer data)
{
  Page *p = data;

  p->refresh_id = 0;
  refresh (p);
  return G_SOURCE_REMOVE;
}

static void
on_proposal_changed (SkProposal *proposal, Page *p)
{
  if (p->refresh_id == 0)
    p->refresh_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, on_refresh_idle, p, NULL);
}

/* Before reading who teaches what: a refresh still waiting is done now. */
static void
ensure_current (Page *p)
{
  if (p->refresh_id)
    refresh (p);
}

/* ---- actions ---- */

guint
sk_staff_page_assign (GtkWidget *page, const guint *positions, guint n, gint64 programme_id,
                      gint64 hours, GError **error)
{
  Page *p = page_of (page);
  guint added = 0;

  ensure_current (p);
  sk_proposal_begin_group (p->proposal, _("Assign to Programme"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SkRecord) staff = g_list_model_get_item (G_LIST_MODEL (p->selection), positions[i]);
      g_autoptr (SkRecord) a = NULL;
      g_autofree char *pair = NULL;

      if (staff == NULL)
        continue;
      pair = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, sk_record_get_id (staff), programme_id);
      if (g_hash_table_contains (p->pairs, pair))
        continue;
      a = sk_record_new (sk_schema_kind (SK_KIND_ASSIGNMENT));
      sk_record_set_int (a, "staff_id", sk_record_get_id (staff));
      sk_record_set_int (a, "programme_id", programme_id);
      sk_record_set_int (a, "hours", hours);
      if (sk_proposal_insert (p->proposal, a, error) == 0)
        {
          sk_proposal_cancel_group (p->proposal);
          return 0;
        }
      added++;
    }
  if (!sk_proposal_end_group (p->proposal, error))
    return 0;
  return added;
}

static void
toast (GtkWidget *widget, const char *text)
{
  gtk_widget_activate_action (widget, "win.toast", "s", text);
}

static void
on_assign_clicked (GtkButton *button, Page *p)
{
  GtkBitset *selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (p->selection));
  guint n = (guint) gtk_bitset_get_size (selected);
  guint choice = gtk_drop_down_get_selected (GTK_DROP_DOWN (p->assign_programme));
  g_autofree guint *positions = g_new (guint, MAX (n, 1));
  g_autoptr (GError) error = NULL;
  GtkBitsetIter iter;
  guint pos, k = 0, added;

  if (n == 0 || choice >= p->programme_ids->len)
    {
      toast (GTK_WIDGET (button), _("Select staff members and a programme first."));
      gtk_bitset_unref (selected);
      return;
    }
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &pos); ok; ok = gtk_bitset_iter_next (&iter, &pos))
    positions[k++] = pos;
  gtk_bitset_unref (selected);
  added = sk_staff_page_assign (p->page, positions, k, g_array_index (p->programme_ids, gint64, choice),
                                (gint64) gtk_spin_button_get_value (GTK_SPIN_BUTTON (p->assign_hours)), &error);
  if (error)
    toast (GTK_WIDGET (button), error->message);
  else
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u assignment added",
                                                            "%u assignments added", added), added);
      toast (GTK_WIDGET (button), text);
    }
}

static void
on_add_clicked (GtkButton *button, Page *p)
{
  gtk_widget_activate_action (GTK_WIDGET (button), "win.add-record", "(ssx)", SK_KIND_STAFF, "", (gint64) 0);
}

guint
sk_staff_page_import_rows (SkProposal *proposal, GPtrArray *rows, GError **error)
{
  guint added = 0;

  sk_proposal_begin_group (proposal, _("Import Staff"));
  for (guint i = 0; i < rows->len; i++)
    {
      SkCsvRow *row = rows->pdata[i];
      if (row->record == NULL)
        continue;
      if (sk_proposal_insert (proposal, row->record, error) == 0)
        {
          sk_proposal_cancel_group (proposal);
          return 0;
        }
      added++;
    }
  if (!sk_proposal_end_group (proposal, error))
    return 0;
  return added;
}

/* The preview: every row with its fate, and Import for the good ones. */
static void
on_preview_response (AdwMessageDialog *dialog, const char *response, Page *p)
{
  GPtrArray *rows = g_object_get_data (G_OBJECT (dialog), "sk-rows");
  g_autoptr (GError) error = NULL;
  guint added;

  if (!g_str_equal (response, "import"))
    return;
  added = sk_staff_page_import_rows (p->proposal, rows, &error);
  if (error)
    toast (p->page, error->message);
  else
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u staff member imported",
                                                            "%u staff members imported", added), added);
      toast (p->page, text);
    }
}

static void
show_preview (Page *p, GPtrArray *rows)
{
  GtkRoot *root = gtk_widget_get_root (p->page);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *dialog;
  guint good = 0;
  g_autofree char *body = NULL;

  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  for (guint i = 0; i < rows->len; i++)
    {
      SkCsvRow *row = rows->pdata[i];
      GtkWidget *r = adw_action_row_new ();
      /* TRANSLATORS: %u is the number of a line of the CSV table (an ordinal, not a count) */
      g_autofree char *line = g_strdup_printf (_("Line %u"), row->line);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (r), FALSE);
      if (row->record)
        {
          good++;
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r), sk_record_get_string (row->record, "name"));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (r), line);
          adw_action_row_add_prefix (ADW_ACTION_ROW (r), gtk_image_new_from_icon_name ("emblem-ok-symbolic"));
        }
      else
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");
          g_autofree char *subtitle = g_strdup_printf ("%s: %s", line, row->error);
          gtk_widget_add_css_class (icon, "error");
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r), _("Not imported"));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (r), subtitle);
          adw_action_row_add_prefix (ADW_ACTION_ROW (r), icon);
        }
      gtk_list_box_append (GTK_LIST_BOX (list), r);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);

  /* TRANSLATORS: good rows of all rows in a CSV file */
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u row can be imported; rows with errors are left out.",
                                       "%u of %u rows can be imported; rows with errors are left out.", rows->len),
                          good, rows->len);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Import Staff"), body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "import", _("_Import"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "import", good > 0);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), good > 0 ? "import" : "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "sk-rows", g_ptr_array_ref (rows), (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_preview_response), p);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 560, -1);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_import_response (GtkNativeDialog *chooser, int response, Page *p)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) rows = NULL;

      /* Read within bounds: a device or a FIFO is refused, not read. */
      if (path == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Only files on this computer can be imported."));
      else
        rows = sk_csv_read_staff_file (p->proposal, path, &error);
      if (rows)
        show_preview (p, rows);
      else
        toast (p->page, error->message);
    }
  g_object_unref (chooser);
}

static void
on_import_clicked (GtkButton *button, Page *p)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (button));
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Import a Staff List"),
                                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  g_autoptr (GtkFileFilter) csv = gtk_file_filter_new ();

  gtk_file_filter_set_name (csv, _("CSV tables"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response), p);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- the page ---- */

/* An icon and a label that is never cut short (AdwButtonContent's may be,
 * and the wrapping toolbar would then squeeze it). */
static GtkWidget *
button_content (GtkWidget *button, const char *icon, const char *label)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *text = gtk_label_new_with_mnemonic (label);

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (icon));
  gtk_box_append (GTK_BOX (box), text);
  gtk_label_set_mnemonic_widget (GTK_LABEL (text), button);
  gtk_widget_add_css_class (button, "image-text-button");
  return box;
}

static GtkWidget *
icon_button (const char *icon, const char *label, GCallback callback, Page *p)
{
  GtkWidget *button = gtk_button_new ();

  gtk_button_set_child (GTK_BUTTON (button), button_content (button, icon, label));
  g_signal_connect (button, "clicked", callback, p);
  return button;
}

static GtkWidget *
assign_popover (Page *p)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *hours_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *hours_label = gtk_label_new (_("Hours per year"));
  GtkWidget *apply = gtk_button_new_with_mnemonic (_("_Assign Selected"));
  GtkWidget *popover = gtk_popover_new ();

  p->assign_programme = gtk_drop_down_new (NULL, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (p->assign_programme), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Programme"), -1);
  p->assign_hours = gtk_spin_button_new_with_range (0, 10000, 10);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (p->assign_hours), 120);
  gtk_accessible_update_property (GTK_ACCESSIBLE (p->assign_hours), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Hours per year"), -1);
  gtk_box_append (GTK_BOX (hours_box), hours_label);
  gtk_box_append (GTK_BOX (hours_box), p->assign_hours);
  gtk_widget_add_css_class (apply, "suggested-action");
  g_signal_connect (apply, "clicked", G_CALLBACK (on_assign_clicked), p);
  gtk_box_append (GTK_BOX (box), p->assign_programme);
  gtk_box_append (GTK_BOX (box), hours_box);
  gtk_box_append (GTK_BOX (box), apply);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  return popover;
}

GtkWidget *
sk_staff_page_new (SkProposal *proposal)
{
  Page *p = g_new0 (Page, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bar = wrapping_bar ();
  GtkWidget *filters;
  GtkWidget *status = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *assign = gtk_menu_button_new ();
  GtkSortListModel *sorted;
  gboolean editable = !sk_proposal_is_read_only (proposal);

  p->proposal = g_object_ref (proposal);
  p->page = box;
  p->programme_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  p->load = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  p->pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p->live_cells = g_ptr_array_new ();
  g_object_set_data_full (G_OBJECT (box), "sk-staff-page", p, (GDestroyNotify) page_free);
  compute_load (p);

  p->search = gtk_search_entry_new ();
  g_object_set (p->search, "placeholder-text", _("Search by name"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (p->search), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search by name"), -1);
  gtk_widget_set_hexpand (p->search, TRUE);
  p->side_filter = enum_drop_down (_("All sides"), "side", _("Filter by side"));
  p->degree_filter = enum_drop_down (_("All degrees"), "degree", _("Filter by degree"));
  p->programme_filter = gtk_drop_down_new (NULL, NULL);
  gtk_widget_set_tooltip_text (p->programme_filter, _("Filter by programme"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (p->programme_filter), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Filter by programme"), -1);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (p->programme_filter), TRUE);

  gtk_menu_button_set_child (GTK_MENU_BUTTON (assign), button_content (assign, "list-add-symbolic", _("Assign…")));
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (assign), assign_popover (p));
  gtk_widget_set_tooltip_text (assign, _("Assign the selected staff to a programme"));
  gtk_widget_set_sensitive (assign, editable);

  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 12);
  gtk_widget_set_margin_bottom (bar, 6);
  bar_append (bar, p->search);
  {
    GtkWidget *add = icon_button ("contact-new-symbolic", _("_Add"), G_CALLBACK (on_add_clicked), p);
    GtkWidget *import = icon_button ("document-open-symbolic", _("_Import CSV…"), G_CALLBACK (on_import_clicked), p);
    gtk_widget_set_sensitive (add, editable);
    gtk_widget_set_sensitive (import, editable);
    gtk_widget_set_tooltip_text (add, _("Add a staff member"));
    gtk_widget_set_tooltip_text (import, _("Import a staff list from a CSV table"));
    bar_append (bar, add);
    bar_append (bar, assign);
    bar_append (bar, import);
  }
  gtk_box_append (GTK_BOX (box), bar);

  /* The filters on a line of their own: long Kazakh labels need the room. */
  filters = wrapping_bar ();
  gtk_widget_set_margin_start (filters, 12);
  gtk_widget_set_margin_end (filters, 12);
  gtk_widget_set_margin_bottom (filters, 6);
  bar_append (filters, p->side_filter);
  bar_append (filters, p->programme_filter);
  bar_append (filters, p->degree_filter);
  gtk_box_append (GTK_BOX (box), filters);

  p->filter = gtk_custom_filter_new (matches, p, NULL);
  p->filtered = gtk_filter_list_model_new (g_object_ref (sk_proposal_get_records (proposal, SK_KIND_STAFF)),
                                           GTK_FILTER (g_object_ref (p->filter)));
  p->view = gtk_column_view_new (NULL);
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (p->filtered)),
                                    g_object_ref (gtk_column_view_get_sorter (GTK_COLUMN_VIEW (p->view))));
  p->selection = gtk_multi_selection_new (G_LIST_MODEL (sorted));
  gtk_column_view_set_model (GTK_COLUMN_VIEW (p->view), GTK_SELECTION_MODEL (p->selection));
  g_object_unref (p->selection); /* the view keeps it */
  g_object_unref (p->filter);
  g_object_unref (p->filtered);
  gtk_column_view_set_show_column_separators (GTK_COLUMN_VIEW (p->view), FALSE);
  gtk_column_view_set_reorderable (GTK_COLUMN_VIEW (p->view), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (p->view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Teaching staff"), -1);
  for (guint c = 0; c < N_COLUMNS; c++)
    add_column (p, (Col) c);
  g_signal_connect (p->view, "activate", G_CALLBACK (on_activate), p);
  g_signal_connect (p->view, "realize", G_CALLBACK (fit_titles), NULL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), p->view);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);

  p->count_label = gtk_label_new (NULL);
  p->shares_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (p->shares_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (p->shares_label), GTK_JUSTIFY_RIGHT);
  gtk_label_set_xalign (GTK_LABEL (p->shares_label), 1.0);
  gtk_widget_set_hexpand (p->shares_label, TRUE);
  gtk_widget_add_css_class (p->count_label, "dim-label");
  gtk_widget_add_css_class (p->shares_label, "dim-label");
  gtk_widget_set_margin_start (status, 12);
  gtk_widget_set_margin_end (status, 12);
  gtk_widget_set_margin_top (status, 6);
  gtk_widget_set_margin_bottom (status, 6);
  gtk_box_append (GTK_BOX (status), p->count_label);
  gtk_box_append (GTK_BOX (status), p->shares_label);
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (box), status);

  fill_programmes (p);
  g_signal_connect (p->search, "search-changed", G_CALLBACK (on_search_changed), p);
  g_signal_connect (p->side_filter, "notify::selected", G_CALLBACK (on_filter_changed), p);
  g_signal_connect (p->degree_filter, "notify::selected", G_CALLBACK (on_filter_changed), p);
  g_signal_connect (p->programme_filter, "notify::selected", G_CALLBACK (on_filter_changed), p);
  p->changed_id = g_signal_connect (proposal, "changed", G_CALLBACK (on_proposal_changed), p);
  update_count (p);
  update_shares (p);
  return box;
}

GListModel *
sk_staff_page_get_model (GtkWidget *page)
{
  return G_LIST_MODEL (page_of (page)->selection);
}

void
sk_staff_page_set_search (GtkWidget *page, const char *text)
{
  Page *p = page_of (page);
  gtk_editable_set_text (GTK_EDITABLE (p->search), text);
  on_filter_changed (G_OBJECT (p->search), NULL, p);
}

void
sk_staff_page_focus_search (GtkWidget *page)
{
  gtk_widget_grab_focus (page_of (page)->search);
}

void
sk_staff_page_import_file (GtkWidget *page, GFile *file)
{
  Page *p = page_of (page);
  g_autofree char *data = NULL;
  gsize length = 0;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;

  if (g_file_load_contents (file, NULL, &data, &length, NULL, &error))
    rows = sk_csv_read_staff (p->proposal, data, length, &error);
  if (rows)
    show_preview (p, rows);
  else
    toast (p->page, error->message);
}
