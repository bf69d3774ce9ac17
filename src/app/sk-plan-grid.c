/* sk-plan-grid.c: a plan by year edited as a spreadsheet (the financing
 * or the indicators); the core (sk-plan) reads what is typed and makes
 * each edit one undo step, this widget shows the cells and moves between
 * them as spreadsheets do */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-chart.h"
#include "sk-error.h"
#include "sk-field-row.h"
#include "sk-format.h"
#include "sk-init.h"
#include "sk-plan-grid.h"
#include "sk-table-export.h"
#include "sk-window.h"

struct _SkPlanGrid
{
  GtkWidget parent_instance;

  GtkWidget *bar;
  GtkWidget *hint;
  GtkWidget *table_button;
  GtkWidget *page_scroller;
  GtkWidget *scroller;
  GtkWidget *cells;
  GtkWidget *notice;
  GtkWidget *message;
  GtkWidget *chart;

  SkProposal *proposal;
  SkGridKind kind;
  gboolean editable;

  SkGrid *grid;
  char *shape;                /* the row labels and column titles the widgets were built for */
  GPtrArray *labels;          /* GtkLabel per cell, row by row */
  GPtrArray *heads;           /* GtkLabel per column title */
  GPtrArray *row_totals;      /* financing: GtkLabel per row */
  GPtrArray *column_totals;   /* financing: GtkLabel per column */
  GtkWidget *total;           /* financing: the overall total */
  GPtrArray *pending;         /* financing sources added, not yet with an amount */

  guint cursor_row, cursor_column;
  guint anchor_row, anchor_column;

  GtkWidget *entry;           /* the cell being edited */
  char *original;             /* its text before */
  gboolean finishing;
  gboolean in_edit;           /* an edit of ours is being written */
  gboolean dirty;             /* the proposal changed during it */
  gulong changed_id;
};

G_DEFINE_FINAL_TYPE (SkPlanGrid, sk_plan_grid, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_PROPOSAL, PROP_KIND, PROP_EDITABLE, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void refresh (SkPlanGrid *self);
static void set_class (GtkWidget *widget, const char *name, gboolean on);
static gboolean finish_edit (SkPlanGrid *self, gboolean commit);

/* ---- messages ---- */

static void
show_message (SkPlanGrid *self, const char *text)
{
  gtk_label_set_text (GTK_LABEL (self->message), text ? text : "");
  gtk_widget_set_visible (self->message, text && *text);
}

const char *
sk_plan_grid_get_message (SkPlanGrid *self)
{
  g_return_val_if_fail (SK_IS_PLAN_GRID (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->message));
}

/* ---- geometry ---- */

static guint
n_rows (SkPlanGrid *self)
{
  return self->grid ? sk_grid_n_rows (self->grid) : 0;
}

static guint
n_columns (SkPlanGrid *self)
{
  return self->grid ? sk_grid_n_columns (self->grid) : 0;
}

static GtkWidget *
label_at (SkPlanGrid *self, guint row, guint column)
{
  guint i = row * n_columns (self) + column;
  return self->labels && i < self->labels->len ? self->labels->pdata[i] : NULL;
}

GtkWidget *
sk_plan_grid_get_cell (SkPlanGrid *self, guint row, guint column)
{
  g_return_val_if_fail (SK_IS_PLAN_GRID (self), NULL);
  return row < n_rows (self) && column < n_columns (self) ? label_at (self, row, column) : NULL;
}

static void
block (SkPlanGrid *self, guint *r0, guint *c0, guint *r1, guint *c1)
{
  *r0 = MIN (self->anchor_row, self->cursor_row);
  *r1 = MAX (self->anchor_row, self->cursor_row);
  *c0 = MIN (self->anchor_column, self->cursor_column);
  *c1 = MAX (self->anchor_column, self->cursor_column);
}

static void
show_selection (SkPlanGrid *self)
{
  guint r0, c0, r1, c1;

  block (self, &r0, &c0, &r1, &c1);
  for (guint r = 0; r < n_rows (self); r++)
    for (guint c = 0; c < n_columns (self); c++)
      {
        GtkWidget *label = label_at (self, r, c);
        gboolean in = r >= r0 && r <= r1 && c >= c0 && c <= c1;
        gboolean cursor = r == self->cursor_row && c == self->cursor_column;

        if (label == NULL)
          continue;
        set_class (label, "selected", in && (r0 != r1 || c0 != c1));
        set_class (label, "cursor", cursor);
      }
}

void
sk_plan_grid_set_cursor (SkPlanGrid *self, guint row, guint column, gboolean extend)
{
  GtkWidget *label;

  g_return_if_fail (SK_IS_PLAN_GRID (self));
  if (n_rows (self) == 0 || n_columns (self) == 0)
    return;
  self->cursor_row = MIN (row, n_rows (self) - 1);
  self->cursor_column = MIN (column, n_columns (self) - 1);
  if (!extend)
    {
      self->anchor_row = self->cursor_row;
      self->anchor_column = self->cursor_column;
    }
  show_selection (self);
  {
    /* Said by a screen reader as the cursor moves. */
    g_autofree char *value = sk_grid_cell_text (self->grid, self->cursor_row, self->cursor_column);
    /* TRANSLATORS: the cell under the cursor for a screen reader: its row, its column and its value */
    g_autofree char *said = g_strdup_printf (_("%s, %s: %s"), sk_grid_row_label (self->grid, self->cursor_row),
                                             sk_grid_column_title (self->grid, self->cursor_column), value);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->cells), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, said, -1);
  }
  /* The cell in view. */
  label = label_at (self, self->cursor_row, self->cursor_column);
  if (label && gtk_widget_get_mapped (label))
    {
      graphene_rect_t bounds;
      GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scroller));
      GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));

      if (gtk_widget_compute_bounds (label, self->cells, &bounds))
        {
          gtk_adjustment_clamp_page (h, bounds.origin.x, bounds.origin.x + bounds.size.width);
          gtk_adjustment_clamp_page (v, bounds.origin.y, bounds.origin.y + bounds.size.height);
        }
    }
}

void
sk_plan_grid_get_cursor (SkPlanGrid *self, guint *row, guint *column)
{
  g_return_if_fail (SK_IS_PLAN_GRID (self));
  if (row)
    *row = self->cursor_row;
  if (column)
    *column = self->cursor_column;
}

SkGrid *
sk_plan_grid_get_grid (SkPlanGrid *self)
{
  g_return_val_if_fail (SK_IS_PLAN_GRID (self), NULL);
  return self->grid;
}

GtkWidget *
sk_plan_grid_get_editor (SkPlanGrid *self)
{
  g_return_val_if_fail (SK_IS_PLAN_GRID (self), NULL);
  return self->entry;
}

/* ---- building the cells ---- */

static char *
shape_of (SkGrid *grid)
{
  GString *s = g_string_new (NULL);

  for (guint c = 0; c < sk_grid_n_columns (grid); c++)
    g_string_append_printf (s, "%s\t", sk_grid_column_title (grid, c));
  g_string_append_c (s, '\n');
  for (guint r = 0; r < sk_grid_n_rows (grid); r++)
    g_string_append_printf (s, "%s\n", sk_grid_row_label (grid, r));
  return g_string_free (s, FALSE);
}

static GtkWidget *
new_label (const char *text, gboolean numeric)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0f : 0.0f);
  gtk_widget_add_css_class (label, "sk-cell");
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

/* The record a row's head opens: the indicator, or the financing line of
 * the row's first year. */
static SkRecord *
row_record (SkPlanGrid *self, guint row)
{
  GListModel *lines;

  if (self->kind == SK_GRID_INDICATORS)
    return sk_proposal_lookup (self->proposal, SK_KIND_INDICATOR, sk_grid_row_indicator (self->grid, row));
  lines = sk_proposal_get_records (self->proposal, SK_KIND_FINANCING);
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (lines, i);
      /* The line as the grid names it: its note in the content language. */
      const char *note = sk_record_get_text3 (r, "note", sk_get_content_language (), TRUE, NULL);

      if (g_strcmp0 (sk_record_get_string (r, "source"), sk_grid_row_source (self->grid, row)) == 0 &&
          g_strcmp0 (note && *note ? note : NULL, sk_grid_row_line (self->grid, row)) == 0)
        return sk_proposal_lookup (self->proposal, SK_KIND_FINANCING, sk_record_get_id (r));
    }
  return NULL;
}

static void
on_head_clicked (GtkButton *button, SkPlanGrid *self)
{
  int column, row;
  SkRecord *record;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_grid_query_child (GTK_GRID (self->cells), GTK_WIDGET (button), &column, &row, NULL, NULL);
  if (row < 1 || (guint) row > n_rows (self) || !SK_IS_WINDOW (root))
    return;
  record = row_record (self, (guint) row - 1);
  if (record)
    sk_window_edit_record (SK_WINDOW (root), record);
}

static GMenuModel *
sources_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr (GMenu) sources = g_menu_new ();
  const SkField *f = sk_kind_field (sk_schema_kind (SK_KIND_FINANCING), "source");

  for (guint i = 0; f->enum_values[i].code; i++)
    {
      g_autoptr (GMenuItem) item = g_menu_item_new (_(f->enum_values[i].label), NULL);
      g_menu_item_set_action_and_target_value (item, "grid.add-source", g_variant_new_string (f->enum_values[i].code));
      g_menu_append_item (sources, item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (sources));
  g_menu_append (menu, _("A _Named Line of the Selected Row’s Source…"), "grid.add-line");
  return G_MENU_MODEL (menu);
}

static void
clear_cells (SkPlanGrid *self)
{
  GtkWidget *child;

  if (self->entry)
    {
      self->finishing = TRUE;
      self->entry = NULL;
      self->finishing = FALSE;
      g_clear_pointer (&self->original, g_free);
    }
  while ((child = gtk_widget_get_first_child (self->cells)))
    gtk_grid_remove (GTK_GRID (self->cells), child);
  g_ptr_array_set_size (self->labels, 0);
  g_ptr_array_set_size (self->heads, 0);
  g_ptr_array_set_size (self->row_totals, 0);
  g_ptr_array_set_size (self->column_totals, 0);
  self->total = NULL;
}

static void
build_cells (SkPlanGrid *self)
{
  gboolean money = self->kind == SK_GRID_FINANCING;
  guint rows = n_rows (self), columns = n_columns (self);
  GtkGrid *g = GTK_GRID (self->cells);
  GtkWidget *corner;

  clear_cells (self);
  corner = new_label (money ? _("Source") : _("Indicator"), FALSE);
  gtk_widget_add_css_class (corner, "heading");
  gtk_grid_attach (g, corner, 0, 0, 1, 1);
  for (guint c = 0; c < columns; c++)
    {
      GtkWidget *head = new_label (sk_grid_column_title (self->grid, c), sk_grid_column_year (self->grid, c) != 0);
      gtk_widget_add_css_class (head, "heading");
      gtk_grid_attach (g, head, (int) c + 1, 0, 1, 1);
      g_ptr_array_add (self->heads, head);
    }
  if (money)
    {
      GtkWidget *head = new_label (_("Total"), TRUE);
      gtk_widget_add_css_class (head, "heading");
      gtk_grid_attach (g, head, (int) columns + 1, 0, 1, 1);
    }
  for (guint r = 0; r < rows; r++)
    {
      GtkWidget *button = gtk_button_new_with_label (sk_grid_row_label (self->grid, r));
      GtkWidget *child = gtk_button_get_child (GTK_BUTTON (button));

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "sk-row-head");
      if (GTK_IS_LABEL (child))
        {
          /* Read whole: long names wrap. */
          gtk_label_set_xalign (GTK_LABEL (child), 0.0f);
          gtk_label_set_wrap (GTK_LABEL (child), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
          gtk_label_set_max_width_chars (GTK_LABEL (child), 40);
        }
      /* What a click does. */
      gtk_widget_set_tooltip_text (button, money ? _("Opens the financing line (for its note)")
                                                 : _("Opens the indicator (for its name, kind and note)"));
      gtk_widget_set_focusable (button, FALSE);
      g_signal_connect (button, "clicked", G_CALLBACK (on_head_clicked), self);
      gtk_grid_attach (g, button, 0, (int) r + 1, 1, 1);
      for (guint c = 0; c < columns; c++)
        {
          gboolean numeric = !(self->kind == SK_GRID_INDICATORS && c == 0);
          GtkWidget *label = new_label (NULL, numeric);
          /* What the cell is, for screen readers: its row and column,
           * as the field editing it is named. */
          g_autofree char *name = g_strdup_printf (_("%s, %s"), sk_grid_row_label (self->grid, r),
                                                   sk_grid_column_title (self->grid, c));

          gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
          gtk_grid_attach (g, label, (int) c + 1, (int) r + 1, 1, 1);
          g_ptr_array_add (self->labels, label);
        }
      if (money)
        {
          GtkWidget *total = new_label (NULL, TRUE);
          gtk_widget_add_css_class (total, "sk-total");
          gtk_grid_attach (g, total, (int) columns + 1, (int) r + 1, 1, 1);
          g_ptr_array_add (self->row_totals, total);
        }
    }
  if (money)
    {
      GtkWidget *head = new_label (_("Total"), FALSE);
      GtkWidget *add = gtk_menu_button_new ();
      g_autoptr (GMenuModel) menu = sources_menu ();

      gtk_widget_add_css_class (head, "heading");
      gtk_grid_attach (g, head, 0, (int) rows + 1, 1, 1);
      for (guint c = 0; c < columns; c++)
        {
          GtkWidget *total = new_label (NULL, TRUE);
          gtk_widget_add_css_class (total, "sk-total");
          gtk_grid_attach (g, total, (int) c + 1, (int) rows + 1, 1, 1);
          g_ptr_array_add (self->column_totals, total);
        }
      self->total = new_label (NULL, TRUE);
      gtk_widget_add_css_class (self->total, "sk-total");
      gtk_grid_attach (g, self->total, (int) columns + 1, (int) rows + 1, 1, 1);

      gtk_menu_button_set_label (GTK_MENU_BUTTON (add), _("Add a Source"));
      gtk_widget_set_name (add, "add-" SK_KIND_FINANCING);
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (add), menu);
      gtk_widget_set_halign (add, GTK_ALIGN_START);
      gtk_widget_set_sensitive (add, self->editable);
      gtk_widget_set_margin_top (add, 6);
      gtk_grid_attach (g, add, 0, (int) rows + 2, 1, 1);
    }
  else
    {
      GtkWidget *add = gtk_button_new_with_mnemonic (_("Add an _Indicator…"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "win.add-record");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (add), "(ssx)", SK_KIND_INDICATOR, "", (gint64) 0);
      gtk_widget_set_name (add, "add-" SK_KIND_INDICATOR);
      gtk_widget_set_halign (add, GTK_ALIGN_START);
      gtk_widget_set_sensitive (add, self->editable);
      gtk_widget_set_margin_top (add, 6);
      gtk_grid_attach (g, add, 0, (int) rows + 1, 1, 1);
    }
}

/* Only what changed is touched: an edit then restyles and relayouts a
 * few cells, not the whole grid. */
static void
set_class (GtkWidget *widget, const char *name, gboolean on)
{
  if (on == gtk_widget_has_css_class (widget, name))
    return;
  if (on)
    gtk_widget_add_css_class (widget, name);
  else
    gtk_widget_remove_css_class (widget, name);
}

static void
set_text (GtkWidget *label, const char *text)
{
  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) != 0)
    gtk_label_set_text (GTK_LABEL (label), text);
}

/* A cell's text; its accessible name says what it is as well as what it
 * holds (a label's name is otherwise its bare text). */
static void
set_cell_text (SkPlanGrid *self, GtkWidget *label, guint r, guint c, const char *text)
{
  g_autofree char *name = NULL;

  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0)
    return;
  gtk_label_set_text (GTK_LABEL (label), text);
  if (text == NULL || *text == '\0')
    name = g_strdup_printf (_("%s, %s"), sk_grid_row_label (self->grid, r), sk_grid_column_title (self->grid, c));
  else
    /* TRANSLATORS: the accessible name of a cell of a plan grid: its row
     * (a source of financing, an indicator), its column (a year), then
     * what it holds, e.g. "State educational order, 2027: 12,500,000" */
    name = g_strdup_printf (_("%s, %s: %s"), sk_grid_row_label (self->grid, r), sk_grid_column_title (self->grid, c),
                            text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
set_tooltip (GtkWidget *widget, const char *text)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) != 0)
    gtk_widget_set_tooltip_text (widget, text);
}

static void
set_money (GtkWidget *label, gint64 tenge)
{
  g_autofree char *text = sk_format_int (tenge, NULL);
  set_text (label, text);
}

/* What the tinted cells mean, in words (colour is not enough). */
static void
update_notice (SkPlanGrid *self)
{
  g_autofree char *text = NULL;

  if (self->kind == SK_GRID_FINANCING)
    {
      g_autoptr (GPtrArray) years = g_ptr_array_new ();
      for (guint c = 0; c < n_columns (self); c++)
        if (sk_grid_year_missing (self->grid, c))
          g_ptr_array_add (years, (gpointer) sk_grid_column_title (self->grid, c));
      if (years->len > 0)
        {
          g_autofree char *list = NULL;
          g_ptr_array_add (years, NULL);
          /* TRANSLATORS: separates the years of a list such as "2031, 2032" */
          list = g_strjoinv (_(", "), (char **) years->pdata);
          /* TRANSLATORS: %s is a list of years of the term, such as "2031, 2032" */
          text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "No source finances the year %s.", "No source finances the years %s.",
                                               years->len - 1), list);
        }
    }
  else
    {
      guint missing = 0;
      for (guint r = 0; r < n_rows (self); r++)
        for (guint c = 0; c < n_columns (self); c++)
          missing += sk_grid_cell_missing (self->grid, r, c);
      if (missing > 0)
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u target for a year of the term is missing (tinted cells).",
                                             "%u targets for years of the term are missing (tinted cells).", missing),
                                missing);
    }
  if (g_strcmp0 (text, gtk_label_get_text (GTK_LABEL (self->notice))) != 0)
    gtk_label_set_text (GTK_LABEL (self->notice), text ? text : "");
  gtk_widget_set_visible (self->notice, text != NULL);
}

/* The texts and marks of every cell, from the snapshot. */
static void
update_cells (SkPlanGrid *self)
{
  gboolean money = self->kind == SK_GRID_FINANCING;

  for (guint c = 0; c < n_columns (self); c++)
    {
      GtkWidget *head = self->heads->pdata[c];
      gboolean outside = sk_grid_column_year (self->grid, c) != 0 && !sk_grid_column_in_term (self->grid, c);
      gboolean missing = money && sk_grid_year_missing (self->grid, c);

      set_class (head, "sk-outside", outside);
      set_class (head, "sk-missing", missing);
      set_tooltip (head, outside ? _("This year is outside the term.")
                                   : missing ? _("No source finances this year of the term.") : NULL);
    }
  for (guint r = 0; r < n_rows (self); r++)
    {
      for (guint c = 0; c < n_columns (self); c++)
        {
          GtkWidget *label = label_at (self, r, c);
          g_autofree char *text = sk_grid_cell_text (self->grid, r, c);
          gboolean outside = sk_grid_column_year (self->grid, c) != 0 && !sk_grid_column_in_term (self->grid, c);
          gboolean missing = sk_grid_cell_missing (self->grid, r, c);

          set_cell_text (self, label, r, c, text);
          set_class (label, "sk-outside", outside);
          set_class (label, "sk-missing", missing);
          set_tooltip (label, outside ? _("This year is outside the term.")
                                       : !missing ? NULL
                                       : money ? _("No source finances this year of the term.")
                                               : _("The target for this year is missing."));
        }
      if (money)
        set_money (self->row_totals->pdata[r], sk_grid_row_total (self->grid, r));
    }
  if (money)
    {
      for (guint c = 0; c < n_columns (self); c++)
        {
          GtkWidget *total = self->column_totals->pdata[c];
          set_money (total, sk_grid_column_total (self->grid, c));
          set_class (total, "sk-missing", sk_grid_year_missing (self->grid, c));
        }
      set_money (self->total, sk_grid_total (self->grid));
    }
  update_notice (self);
}

/* The snapshot anew from the proposal, and the cells (rebuilt only when
 * rows or columns changed). */
static void
refresh (SkPlanGrid *self)
{
  g_autofree char *shape = NULL;

  self->dirty = FALSE;
  g_clear_pointer (&self->grid, sk_grid_free);
  self->grid = sk_grid_new (self->proposal, self->kind, NULL);
  /* Sources and lines added and not yet given an amount stay as empty
   * rows ("source\nline"). */
  for (guint i = 0; i < self->pending->len;)
    {
      g_auto (GStrv) parts = g_strsplit (self->pending->pdata[i], "\n", 2);
      const char *line = parts[1] && *parts[1] ? parts[1] : NULL;
      gboolean there = FALSE;

      for (guint r = 0; r < sk_grid_n_rows (self->grid) && !there; r++)
        there = g_strcmp0 (sk_grid_row_source (self->grid, r), parts[0]) == 0 &&
                g_strcmp0 (sk_grid_row_line (self->grid, r), line) == 0;
      if (there)
        g_ptr_array_remove_index (self->pending, i);
      else
        {
          sk_grid_add_line (self->grid, parts[0], line);
          i++;
        }
    }
  shape = shape_of (self->grid);
  if (g_strcmp0 (shape, self->shape) != 0)
    {
      g_free (self->shape);
      self->shape = g_steal_pointer (&shape);
      build_cells (self);
    }
  update_cells (self);
  if (n_rows (self) > 0 && n_columns (self) > 0)
    {
      self->cursor_row = MIN (self->cursor_row, n_rows (self) - 1);
      self->cursor_column = MIN (self->cursor_column, n_columns (self) - 1);
      self->anchor_row = MIN (self->anchor_row, n_rows (self) - 1);
      self->anchor_column = MIN (self->anchor_column, n_columns (self) - 1);
    }
  show_selection (self);
  gtk_widget_queue_draw (self->chart);
}

static void
on_proposal_changed (SkProposal *proposal, SkPlanGrid *self)
{
  if (self->in_edit)
    {
      self->dirty = TRUE;
      return;
    }
  if (self->entry)
    finish_edit (self, FALSE);
  refresh (self);
}

/* ---- editing a cell ---- */

static gboolean
cell_editable (SkPlanGrid *self, guint row, guint column)
{
  return self->editable && row < n_rows (self) && column < n_columns (self);
}

static void
move (SkPlanGrid *self, int rows, int columns, gboolean extend)
{
  int r = (int) self->cursor_row + rows;
  int c = (int) self->cursor_column + columns;

  if (n_rows (self) == 0 || n_columns (self) == 0)
    return;
  r = CLAMP (r, 0, (int) n_rows (self) - 1);
  c = CLAMP (c, 0, (int) n_columns (self) - 1);
  sk_plan_grid_set_cursor (self, (guint) r, (guint) c, extend);
}

/* Writes the cell being edited (@commit) or drops what was typed. FALSE
 * when the text was refused: the entry stays, with the reason shown. */
static gboolean
finish_edit (SkPlanGrid *self, gboolean commit)
{
  g_autofree char *text = NULL;
  GtkWidget *entry = self->entry;
  GtkWidget *label;

  if (entry == NULL || self->finishing)
    return TRUE;
  text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
  if (commit && g_strcmp0 (text, self->original) != 0)
    {
      g_autoptr (GError) error = NULL;
      gboolean ok;

      self->in_edit = TRUE;
      ok = sk_grid_set_cell (self->proposal, self->grid, self->cursor_row, self->cursor_column, text, &error);
      self->in_edit = FALSE;
      if (!ok)
        {
          gtk_widget_add_css_class (entry, "error");
          show_message (self, error->message);
          if (self->dirty)
            {
              /* The file changed under the edit: what was typed goes. */
              self->finishing = TRUE;
              label = label_at (self, self->cursor_row, self->cursor_column);
              if (label)
                gtk_widget_set_visible (label, TRUE);
              gtk_grid_remove (GTK_GRID (self->cells), entry);
              self->entry = NULL;
              g_clear_pointer (&self->original, g_free);
              self->finishing = FALSE;
              refresh (self);
              gtk_widget_grab_focus (self->cells);
            }
          return FALSE;
        }
    }
  self->finishing = TRUE;
  label = label_at (self, self->cursor_row, self->cursor_column);
  if (label)
    gtk_widget_set_visible (label, TRUE);
  self->entry = NULL;
  g_clear_pointer (&self->original, g_free);
  gtk_grid_remove (GTK_GRID (self->cells), entry);
  self->finishing = FALSE;
  show_message (self, NULL);
  if (self->dirty)
    refresh (self);
  gtk_widget_grab_focus (self->cells);
  return TRUE;
}

static gboolean
on_entry_key (GtkEventControllerKey *controller, guint keyval, guint keycode, GdkModifierType state,
              SkPlanGrid *self)
{
  switch (keyval)
    {
    case GDK_KEY_Escape:
      finish_edit (self, FALSE);
      show_message (self, NULL);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      if (finish_edit (self, TRUE))
        move (self, (state & GDK_SHIFT_MASK) ? -1 : 1, 0, FALSE);
      return TRUE;
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      if (finish_edit (self, TRUE))
        move (self, 0, keyval == GDK_KEY_ISO_Left_Tab || (state & GDK_SHIFT_MASK) ? -1 : 1, FALSE);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_Down:
      if (finish_edit (self, TRUE))
        move (self, keyval == GDK_KEY_Up ? -1 : 1, 0, FALSE);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_entry_leave (GtkEventControllerFocus *controller, SkPlanGrid *self)
{
  /* Clicking elsewhere keeps what was typed, as spreadsheets do. */
  if (self->entry && !self->finishing)
    finish_edit (self, TRUE);
}

/* Starts editing the cell under the cursor, with @initial typed into it
 * (NULL: its value to change). */
static void
start_edit (SkPlanGrid *self, const char *initial)
{
  GtkWidget *label;
  GtkEventController *keys, *focus;
  guint r = self->cursor_row, c = self->cursor_column;

  if (self->entry || !cell_editable (self, r, c))
    return;
  label = label_at (self, r, c);
  self->original = sk_grid_cell_text (self->grid, r, c);
  self->entry = gtk_entry_new ();
  gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), 8);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), initial ? initial : self->original);
  if (!(self->kind == SK_GRID_INDICATORS && c == 0))
    gtk_editable_set_alignment (GTK_EDITABLE (self->entry), 1.0f);
  {
    /* TRANSLATORS: the accessible name of the field editing a cell: its row, then its column */
    g_autofree char *name = g_strdup_printf (_("%s, %s"), sk_grid_row_label (self->grid, r),
                                             sk_grid_column_title (self->grid, c));
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_entry_key), self);
  gtk_widget_add_controller (self->entry, keys);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (on_entry_leave), self);
  gtk_widget_add_controller (self->entry, focus);
  if (label)
    gtk_widget_set_visible (label, FALSE);
  gtk_grid_attach (GTK_GRID (self->cells), self->entry, (int) c + 1, (int) r + 1, 1, 1);
  gtk_widget_grab_focus (self->entry);
  gtk_editable_set_position (GTK_EDITABLE (self->entry), -1);
  gtk_editable_select_region (GTK_EDITABLE (self->entry), -1, -1);
}

/* ---- blocks ---- */

char *
sk_plan_grid_copy_text (SkPlanGrid *self)
{
  guint r0, c0, r1, c1;

  g_return_val_if_fail (SK_IS_PLAN_GRID (self), NULL);
  if (n_rows (self) == 0 || n_columns (self) == 0)
    return g_strdup ("");
  block (self, &r0, &c0, &r1, &c1);
  return sk_grid_copy (self->grid, r0, c0, r1 - r0 + 1, c1 - c0 + 1);
}

static gboolean
write_block (SkPlanGrid *self, guint row, guint column, const char *text, GError **error)
{
  gboolean ok;

  if (!self->editable)
    {
      g_set_error (error, SK_PROPOSAL_ERROR, SK_PROPOSAL_ERROR_READ_ONLY,
                   _("This proposal cannot be changed here."));
      return FALSE;
    }
  self->in_edit = TRUE;
  ok = sk_grid_paste (self->proposal, self->grid, row, column, text, error);
  self->in_edit = FALSE;
  if (self->dirty)
    refresh (self);
  return ok;
}

gboolean
sk_plan_grid_paste_text (SkPlanGrid *self, const char *text, GError **error)
{
  g_autoptr (GError) local = NULL;
  guint r = self->cursor_row, c = self->cursor_column;

  g_return_val_if_fail (SK_IS_PLAN_GRID (self), FALSE);
  if (self->entry)
    finish_edit (self, FALSE);
  if (!write_block (self, r, c, text, &local))
    {
      show_message (self, local->message);
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  show_message (self, NULL);
  /* The pasted block selected. */
  {
    g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
    guint height = 0, width = 1;
    for (guint i = 0; lines[i]; i++)
      if (lines[i][0] && !g_str_equal (lines[i], "\r"))
        {
          guint w = 1;
          height = i + 1;
          for (const char *p = lines[i]; *p; p++)
            w += *p == '\t';
          width = MAX (width, w);
        }
    if (height > 0)
      {
        sk_plan_grid_set_cursor (self, r, c, FALSE);
        sk_plan_grid_set_cursor (self, r + height - 1, c + width - 1, TRUE);
      }
  }
  return TRUE;
}

/* The first column of the selected block copied into the rest of it
 * (a value typed once for every year). */
static void
fill_right (SkPlanGrid *self)
{
  g_autoptr (GError) error = NULL;
  GString *text = g_string_new (NULL);
  guint r0, c0, r1, c1;

  block (self, &r0, &c0, &r1, &c1);
  if (c1 > c0)
    {
      for (guint r = r0; r <= r1; r++)
        {
          g_autofree char *first = sk_grid_copy (self->grid, r, c0, 1, 1);
          g_strchomp (first);
          for (guint c = c0 + 1; c <= c1; c++)
            /* An empty cell as a space: a line of nothing would be no row. */
            g_string_append_printf (text, "%s%s", c > c0 + 1 ? "\t" : "", *first ? first : " ");
          g_string_append_c (text, '\n');
        }
      if (!write_block (self, r0, c0 + 1, text->str, &error))
        show_message (self, error->message);
      else
        show_message (self, NULL);
    }
  g_string_free (text, TRUE);
}

static void
clear_block (SkPlanGrid *self)
{
  g_autoptr (GError) error = NULL;
  GString *text = g_string_new (NULL);
  guint r0, c0, r1, c1;

  block (self, &r0, &c0, &r1, &c1);
  for (guint r = r0; r <= r1; r++)
    {
      for (guint c = c0; c <= c1; c++)
        g_string_append (text, c > c0 ? "\t " : " ");
      g_string_append_c (text, '\n');
    }
  if (!write_block (self, r0, c0, text->str, &error))
    show_message (self, error->message);
  else
    show_message (self, NULL);
  g_string_free (text, TRUE);
}

static void
copy_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkPlanGrid *self = SK_PLAN_GRID (widget);
  g_autofree char *text = sk_plan_grid_copy_text (self);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
}

static void
on_clipboard_text (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr (SkPlanGrid) self = data;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (text == NULL)
    {
      show_message (self, _("The clipboard holds no text to paste."));
      return;
    }
  sk_plan_grid_paste_text (self, text, NULL);
}

static void
paste_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_clipboard_text, g_object_ref (widget));
}

/* ---- keys and clicks ---- */

static gboolean
on_key (GtkEventControllerKey *controller, guint keyval, guint keycode, GdkModifierType state, SkPlanGrid *self)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  gboolean control = (state & GDK_CONTROL_MASK) != 0;
  gunichar ch;

  if (self->entry || n_rows (self) == 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move (self, -1, 0, shift);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move (self, 1, 0, shift);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move (self, 0, -1, shift);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move (self, 0, 1, shift);
      return TRUE;
    case GDK_KEY_Home:
      move (self, 0, -(int) n_columns (self), shift);
      return TRUE;
    case GDK_KEY_End:
      move (self, 0, (int) n_columns (self), shift);
      return TRUE;
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      /* Out of the grid at its edges, as focus moves on. */
      if (keyval == GDK_KEY_ISO_Left_Tab || shift)
        {
          if (self->cursor_column == 0)
            return FALSE;
          move (self, 0, -1, FALSE);
        }
      else
        {
          if (self->cursor_column + 1 >= n_columns (self))
            return FALSE;
          move (self, 0, 1, FALSE);
        }
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_F2:
      start_edit (self, NULL);
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      if (self->editable)
        clear_block (self);
      return TRUE;
    default:
      break;
    }
  if (control && (keyval == GDK_KEY_c || keyval == GDK_KEY_C || keyval == GDK_KEY_Insert))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "grid.copy", NULL);
      return TRUE;
    }
  if (control && (keyval == GDK_KEY_v || keyval == GDK_KEY_V))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "grid.paste", NULL);
      return TRUE;
    }
  if (control && (keyval == GDK_KEY_r || keyval == GDK_KEY_R))
    {
      if (self->editable)
        fill_right (self);
      return TRUE;
    }
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;
  ch = gdk_keyval_to_unicode (keyval);
  if (ch && g_unichar_isprint (ch) && cell_editable (self, self->cursor_row, self->cursor_column))
    {
      char text[8] = { 0 };
      g_unichar_to_utf8 (ch, text);
      start_edit (self, text);
      return TRUE;
    }
  return FALSE;
}

static gboolean
cell_at_point (SkPlanGrid *self, double x, double y, guint *row, guint *column)
{
  GtkWidget *child = gtk_widget_pick (self->cells, x, y, GTK_PICK_DEFAULT);
  int c, r;

  while (child && gtk_widget_get_parent (child) != self->cells)
    child = gtk_widget_get_parent (child);
  if (child == NULL || GTK_IS_BUTTON (child) || GTK_IS_MENU_BUTTON (child) || child == self->entry)
    return FALSE;
  gtk_grid_query_child (GTK_GRID (self->cells), child, &c, &r, NULL, NULL);
  if (r < 1 || c < 1 || (guint) r > n_rows (self) || (guint) c > n_columns (self))
    return FALSE;
  *row = (guint) r - 1;
  *column = (guint) c - 1;
  return TRUE;
}

static void
on_pressed (GtkGestureClick *gesture, int n_press, double x, double y, SkPlanGrid *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  guint row, column;

  if (!cell_at_point (self, x, y, &row, &column))
    return;
  if (self->entry && !finish_edit (self, TRUE))
    return;
  gtk_widget_grab_focus (self->cells);
  sk_plan_grid_set_cursor (self, row, column, (state & GDK_SHIFT_MASK) != 0);
  if (n_press == 2)
    start_edit (self, NULL);
}

/* ---- actions ---- */

static void
add_source_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  sk_plan_grid_add_source (SK_PLAN_GRID (widget), g_variant_get_string (param, NULL));
}

void
sk_plan_grid_add_source (SkPlanGrid *self, const char *source)
{
  sk_plan_grid_add_line (self, source, NULL);
}

void
sk_plan_grid_add_line (SkPlanGrid *self, const char *source, const char *line)
{
  guint row = G_MAXUINT;

  g_return_if_fail (SK_IS_PLAN_GRID (self));
  g_return_if_fail (self->kind == SK_GRID_FINANCING);
  if (line && *line == '\0')
    line = NULL;
  /* The row when there is one already. */
  for (guint r = 0; r < n_rows (self) && row == G_MAXUINT; r++)
    if (g_strcmp0 (sk_grid_row_source (self->grid, r), source) == 0 && g_strcmp0 (sk_grid_row_line (self->grid, r), line) == 0)
      row = r;
  if (row == G_MAXUINT)
    {
      g_ptr_array_add (self->pending, g_strconcat (source, "\n", line ? line : "", NULL));
      refresh (self);
      row = n_rows (self) - 1;
    }
  /* The cursor on its first year of the term. */
  {
    guint column = 0;
    for (guint c = 0; c < n_columns (self); c++)
      if (sk_grid_column_in_term (self->grid, c))
        {
          column = c;
          break;
        }
    gtk_widget_grab_focus (self->cells);
    sk_plan_grid_set_cursor (self, row, column, FALSE);
  }
}

static void
on_line_response (AdwMessageDialog *dialog, const char *response, SkPlanGrid *self)
{
  GtkWidget *entry = adw_message_dialog_get_extra_child (dialog);
  const char *source = g_object_get_data (G_OBJECT (dialog), "sk-source");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (g_str_equal (response, "add") && *name)
    sk_plan_grid_add_line (self, source, name);
}

/* A named line (a grant, a sponsor) of the source of the row under the
 * cursor. */
static void
add_line_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkPlanGrid *self = SK_PLAN_GRID (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  const SkField *f = sk_kind_field (sk_schema_kind (SK_KIND_FINANCING), "source");
  const char *source;
  const SkEnumValue *v;
  GtkWidget *dialog, *entry;
  g_autofree char *body = NULL;

  if (n_rows (self) == 0)
    {
      show_message (self, _("Add a source first; its lines are added here."));
      return;
    }
  source = sk_grid_row_source (self->grid, self->cursor_row);
  v = sk_field_enum_value (f, source);
  /* TRANSLATORS: %s is a financing source, such as "Sponsorship" */
  body = g_strdup_printf (_("The name of the new line of “%s”, such as a grant or a sponsor:"), v ? _(v->label) : source);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("New Financing Line"), body);
  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "sk-source", g_strdup (source), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_line_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

gboolean
sk_plan_grid_export (SkPlanGrid *self, const char *path, GError **error)
{
  g_autoptr (GPtrArray) table = NULL;

  g_return_val_if_fail (SK_IS_PLAN_GRID (self), FALSE);
  table = sk_export_table (self->proposal, self->kind == SK_GRID_FINANCING ? "financing" : "indicators",
                           NULL, NULL, error);
  return table && sk_export_write (table, path, NULL, error);
}

typedef struct {
  SkPlanGrid *self;
  char *format;
} ExportAsk;

static void
on_export_response (GtkNativeDialog *chooser, int response, gpointer data)
{
  ExportAsk *a = data;
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (a->self));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file)
    path = g_file_get_path (file);
  if (path)
    {
      if (!g_str_has_suffix (path, ".csv") && !g_str_has_suffix (path, ".xlsx"))
        {
          char *with = g_strconcat (path, ".", a->format, NULL);
          g_free (path);
          path = with;
        }
      if (!sk_plan_grid_export (a->self, path, &error))
        sk_show_error (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("The table could not be exported"), error);
      else if (SK_IS_WINDOW (root))
        sk_window_toast_file (SK_WINDOW (root), _("Table exported"), path);
    }
  g_object_unref (a->self);
  g_free (a->format);
  g_free (a);
  g_object_unref (chooser);
}

static void
export_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkPlanGrid *self = SK_PLAN_GRID (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  const char *format = g_variant_get_string (param, NULL);
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *base = g_path_get_basename (sk_proposal_get_path (self->proposal));
  g_autofree char *name = NULL;
  ExportAsk *a = g_new0 (ExportAsk, 1);
  char *dot = strrchr (base, '.');

  if (dot)
    *dot = '\0';
  /* The file's name: the proposal's, then the table's (not translated:
   * a name of a file). */
  name = g_strdup_printf ("%s-%s.%s", base, self->kind == SK_GRID_FINANCING ? "financing" : "indicators", format);
  chooser = gtk_file_chooser_native_new (_("Export the Table"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  if (g_str_equal (format, "csv"))
    {
      gtk_file_filter_set_name (filter, _("CSV tables"));
      gtk_file_filter_add_pattern (filter, "*.csv");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("Excel workbooks (XLSX)"));
      gtk_file_filter_add_pattern (filter, "*.xlsx");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  if (SK_IS_WINDOW (root))
    {
      g_autoptr (GFile) folder = sk_window_dup_start_folder (SK_WINDOW (root));
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  a->self = g_object_ref (self);
  a->format = g_strdup (format);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), a);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- the chart ---- */

static void
draw_chart (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  SkPlanGrid *self = data;
  SkChartStyle style = *(adw_style_manager_get_dark (adw_style_manager_get_default ())
                           ? sk_chart_style_dark () : sk_chart_style_light ());

  style.background.alpha = 0;
  sk_chart_draw_financing (cr, &style, self->proposal, sk_get_content_language (), width, height);
}

/* ---- the class ---- */

static void
sk_plan_grid_constructed (GObject *object)
{
  SkPlanGrid *self = SK_PLAN_GRID (object);

  G_OBJECT_CLASS (sk_plan_grid_parent_class)->constructed (object);
  g_return_if_fail (self->proposal != NULL);
  if (self->kind == SK_GRID_FINANCING)
    {
      gtk_widget_set_visible (self->chart, TRUE);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->chart), draw_chart, self, NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->cells), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Financing by source and year"), -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Chart of the financing by year"), -1);
    }
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->cells), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Indicators by year"), -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "grid.paste", self->editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "grid.add-source", self->editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "grid.add-line", self->editable);
  self->changed_id = g_signal_connect (self->proposal, "changed", G_CALLBACK (on_proposal_changed), self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (gtk_widget_queue_draw),
                           self->chart, G_CONNECT_SWAPPED);
  refresh (self);
  /* The cursor starts on the first year of the term. */
  for (guint c = 0; c < n_columns (self); c++)
    if (sk_grid_column_in_term (self->grid, c))
      {
        sk_plan_grid_set_cursor (self, 0, c, FALSE);
        break;
      }
}

static void
sk_plan_grid_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SkPlanGrid *self = SK_PLAN_GRID (object);

  switch (prop_id)
    {
    case PROP_PROPOSAL:
      g_value_set_object (value, self->proposal);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_plan_grid_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  SkPlanGrid *self = SK_PLAN_GRID (object);

  switch (prop_id)
    {
    case PROP_PROPOSAL:
      self->proposal = g_value_dup_object (value);
      break;
    case PROP_KIND:
      self->kind = (SkGridKind) g_value_get_int (value);
      break;
    case PROP_EDITABLE:
      self->editable = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_plan_grid_dispose (GObject *object)
{
  SkPlanGrid *self = SK_PLAN_GRID (object);

  if (self->proposal)
    g_clear_signal_handler (&self->changed_id, self->proposal);
  self->finishing = TRUE;
  self->entry = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_PLAN_GRID);
  g_clear_pointer (&self->grid, sk_grid_free);
  g_clear_object (&self->proposal);
  G_OBJECT_CLASS (sk_plan_grid_parent_class)->dispose (object);
}

static void
sk_plan_grid_finalize (GObject *object)
{
  SkPlanGrid *self = SK_PLAN_GRID (object);

  g_ptr_array_unref (self->labels);
  g_ptr_array_unref (self->heads);
  g_ptr_array_unref (self->row_totals);
  g_ptr_array_unref (self->column_totals);
  g_ptr_array_unref (self->pending);
  g_free (self->shape);
  g_free (self->original);
  G_OBJECT_CLASS (sk_plan_grid_parent_class)->finalize (object);
}

static void
sk_plan_grid_class_init (SkPlanGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sk_plan_grid_constructed;
  object_class->get_property = sk_plan_grid_get_property;
  object_class->set_property = sk_plan_grid_set_property;
  object_class->dispose = sk_plan_grid_dispose;
  object_class->finalize = sk_plan_grid_finalize;

  properties[PROP_PROPOSAL] = g_param_spec_object ("proposal", NULL, NULL, SK_TYPE_PROPOSAL,
                                                   G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* An SkGridKind. */
  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, SK_GRID_FINANCING, SK_GRID_INDICATORS,
                                            SK_GRID_FINANCING,
                                            G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITABLE] = g_param_spec_boolean ("editable", NULL, NULL, FALSE,
                                                    G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-plan-grid.ui");
  gtk_widget_class_bind_template_child (widget_class, SkPlanGrid, bar);
  gtk_widget_class_bind_template_child (widget_class, SkPlanGrid, hint);
  gtk_widget_class_bind_template_child (widget_class, SkPlanGrid, table_button);
  gtk_widget_class_bind_template_child (widget_class, SkPlanGrid, page_scroller);
  gtk_widget_class_bind_template_child (widget_class, SkPlanGrid, scroller);
  gtk_widget_class_bind_template_child (widget_class, SkPlanGrid, cells);
  gtk_widget_class_bind_template_child (widget_class, SkPlanGrid, notice);
  gtk_widget_class_bind_template_child (widget_class, SkPlanGrid, message);
  gtk_widget_class_bind_template_child (widget_class, SkPlanGrid, chart);

  gtk_widget_class_install_action (widget_class, "grid.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "grid.paste", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "grid.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "grid.add-source", "s", add_source_action);
  gtk_widget_class_install_action (widget_class, "grid.add-line", NULL, add_line_action);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sk_plan_grid_init (SkPlanGrid *self)
{
  GtkEventController *keys;
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->labels = g_ptr_array_new ();
  self->heads = g_ptr_array_new ();
  self->row_totals = g_ptr_array_new ();
  self->column_totals = g_ptr_array_new ();
  self->pending = g_ptr_array_new_with_free_func (g_free);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key), self);
  gtk_widget_add_controller (self->cells, keys);
  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (self->cells, GTK_EVENT_CONTROLLER (click));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->cells), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Arrow keys move between cells; typing or Enter edits a cell, Escape cancels."), -1);
}

GtkWidget *
sk_plan_grid_new (SkProposal *proposal, SkGridKind kind, gboolean editable)
{
  return g_object_new (SK_TYPE_PLAN_GRID, "proposal", proposal, "kind", (int) kind, "editable", editable, NULL);
}
