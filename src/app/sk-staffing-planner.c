/* sk-staffing-planner.c: the staffing plan: programmes by side on the
 * rule set's basis, the shares against the limits, and what to change */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sk-format.h"
#include "sk-info-row.h"
#include "sk-init.h"
#include "sk-staff-page.h"
#include "sk-staff-plan.h"
#include "sk-staffing-cell.h"
#include "sk-staffing-planner.h"
#include "sk-summary.h"

struct _SkStaffingPlanner
{
  SkPage parent_instance;

  GtkWidget *limits_label;
  GtkWidget *basis;
  GtkWidget *matrix;
  GtkWidget *side_headings[SK_N_SIDES];
  GtkWidget *side_limits[SK_N_SIDES];
  GtkWidget *changes_group;
  GtkWidget *changes_list;

  SkProposal *proposal;          /* borrowed from SkPage */
  SkCompliance *compliance;      /* borrowed from SkPage */
  GPtrArray *cells;            /* GtkButton per row and side, row by row */
  gulong changed_id;
  guint refresh_id;
};

G_DEFINE_FINAL_TYPE (SkStaffingPlanner, sk_staffing_planner, SK_TYPE_PAGE)

static SkRuleSet *
rules_of (SkStaffingPlanner *self)
{
  return sk_compliance_get_rules (self->compliance);
}

static char *
format_amount (double amount, SkBasis basis)
{
  const char *lang = sk_get_content_language ();

  switch (basis)
    {
    case SK_BASIS_FTE:
      return sk_format_fixed (amount / 1000.0, 2, lang);
    case SK_BASIS_HOURS:
    case SK_BASIS_HEADCOUNT:
    default:
      return sk_format_int ((gint64) llround (amount), lang);
    }
}

/* Empties the list of changes, and the matrix but for its headings. */
static void
clear (SkStaffingPlanner *self)
{
  GtkListBoxRow *row;
  GtkWidget *child, *next;

  while ((row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->changes_list), 0)))
    gtk_list_box_remove (GTK_LIST_BOX (self->changes_list), GTK_WIDGET (row));
  for (child = gtk_widget_get_first_child (self->matrix); child; child = next)
    {
      int r = 0;

      next = gtk_widget_get_next_sibling (child);
      gtk_grid_query_child (GTK_GRID (self->matrix), child, NULL, &r, NULL, NULL);
      if (r > 0)
        gtk_grid_remove (GTK_GRID (self->matrix), child);
    }
}

/* A cell opens the staff page with the staff behind it. */
static void
on_cell_clicked (GtkButton *button, SkStaffingPlanner *self)
{
  guint index = 0;
  GArray *programmes;
  gint64 programme_id = 0;
  GtkWidget *stack, *page;
  guint row;
  SkSide side;

  for (; index < self->cells->len && self->cells->pdata[index] != button; index++)
    ;
  if (index == self->cells->len)
    return;
  row = index / SK_N_SIDES;
  side = (SkSide) (index % SK_N_SIDES);
  if (row > 0)
    {
      g_autoptr (SkStaffing) staffing = sk_staffing_compute (self->proposal);
      programmes = staffing->programmes;
      if (row - 1 < programmes->len)
        programme_id = g_array_index (programmes, SkProgrammeStaffing, row - 1).programme_id;
    }
  stack = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_STACK);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "staff");
  page = stack ? gtk_stack_get_child_by_name (GTK_STACK (stack), "staff") : NULL;
  if (page && SK_IS_STAFF_PAGE (page))
    sk_staff_page_show_staff_of (SK_STAFF_PAGE (page), programme_id, (int) side);
}

static void
add_change_row (SkStaffingPlanner *self, const char *title, const char *text, const char *icon)
{
  gtk_list_box_append (GTK_LIST_BOX (self->changes_list), sk_info_row_new (title, text, icon));
}

/* The suggestions for one row of the matrix outside the limits. */
static void
add_changes (SkStaffingPlanner *self, const SkStaffingRow *r, const char *title, SkBasis basis,
             int kz_max, int fo_max, int fo_min)
{
  g_autoptr (GArray) changes = NULL;

  if (!(r->kazakh_above || r->foreign_above || r->foreign_below))
    return;
  changes = sk_staffing_changes (&r->shares, basis, kz_max, fo_max, fo_min);
  for (guint i = 0; i < changes->len; i++)
    {
      g_autofree char *text = sk_staffing_change_text (&g_array_index (changes, SkStaffingChange, i), basis, NULL);
      add_change_row (self, title, text, "dialog-warning-symbolic");
    }
  /* Two sides only and limits that add up to 100: one split complies. */
  if (kz_max + fo_max == 100 && r->shares.amount[SK_SIDE_OTHER] <= 0)
    {
      /* TRANSLATORS: %d/%d are the two limits in per cent, e.g. 70/30 */
      g_autofree char *text = g_strdup_printf (_("With Kazakhstani and foreign staff only, the limits leave exactly one split, %d/%d. Staff of other organisations (leading universities, employers) make room: with them, a range of splits complies."),
                                               kz_max, fo_max);
      add_change_row (self, title, text, "dialog-information-symbolic");
    }
}

static void
refresh (SkStaffingPlanner *self)
{
  SkRuleSet *rules = rules_of (self);
  SkBasis basis = (SkBasis) gtk_drop_down_get_selected (GTK_DROP_DOWN (self->basis));
  int kz_max = sk_rule_set_kazakh_max_percent (rules);
  int fo_max = sk_rule_set_foreign_max_percent (rules);
  int fo_min = sk_rule_set_foreign_min_percent (rules);
  g_autoptr (SkStaffing) staffing = sk_staffing_compute (self->proposal);
  g_autoptr (GArray) matrix = NULL;
  const SkField *side_field = sk_kind_field (sk_schema_kind (SK_KIND_STAFF), "side");
  const char *lang = sk_get_content_language ();
  g_autofree char *limits = NULL;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (basis >= SK_N_BASES)
    basis = sk_rule_set_staffing_basis (rules);
  matrix = sk_staffing_matrix (staffing, rules, basis);
  if (fo_min > 0)
    /* TRANSLATORS: the rule set's limits of the staffing ratio, in per cent */
    limits = g_strdup_printf (_("Limits of the rule set: Kazakhstani staff up to %d %%, foreign staff up to %d %% and at least %d %%."),
                              kz_max, fo_max, fo_min);
  else
    /* TRANSLATORS: the rule set's limits of the staffing ratio, in per cent */
    limits = g_strdup_printf (_("Limits of the rule set: Kazakhstani staff up to %d %%, foreign staff up to %d %%."),
                              kz_max, fo_max);
  gtk_label_set_text (GTK_LABEL (self->limits_label), limits);

  clear (self);
  g_ptr_array_set_size (self->cells, 0);
  for (guint s = 0; s < SK_N_SIDES; s++)
    {
      g_autofree char *limit = NULL;

      if (s == SK_SIDE_KAZAKH)
        /* TRANSLATORS: under a column heading: the limit of the share, a per cent number */
        limit = g_strdup_printf (_("up to %d %%"), kz_max);
      else if (s == SK_SIDE_FOREIGN && fo_min > 0)
        /* TRANSLATORS: under a column heading: the range of the share, two per cent numbers */
        limit = g_strdup_printf (_("%d–%d %%"), fo_min, fo_max);
      else if (s == SK_SIDE_FOREIGN)
        /* TRANSLATORS: under a column heading: the limit of the share, a per cent number */
        limit = g_strdup_printf (_("up to %d %%"), fo_max);
      gtk_label_set_text (GTK_LABEL (self->side_limits[s]), limit ? limit : "");
      gtk_widget_set_visible (self->side_limits[s], limit != NULL);
    }

  for (guint i = 0; i < matrix->len; i++)
    {
      const SkStaffingRow *r = &g_array_index (matrix, SkStaffingRow, i);
      SkRecord *programme = r->programme_id ? sk_proposal_lookup (self->proposal, SK_KIND_PROGRAMME, r->programme_id) : NULL;
      const char *name = programme ? sk_record_display_name (programme, lang) : _("Whole proposal");
      GtkWidget *name_label = gtk_label_new (name);
      g_autofree char *total = format_amount (r->shares.total, basis);
      GtkWidget *total_label = gtk_label_new (total);
      gboolean outside = r->kazakh_above || r->foreign_above || r->foreign_below;

      gtk_label_set_xalign (GTK_LABEL (name_label), 0);
      gtk_label_set_wrap (GTK_LABEL (name_label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (name_label), 30);
      gtk_widget_set_hexpand (name_label, TRUE);
      if (i == 0)
        gtk_widget_add_css_class (name_label, "heading");
      gtk_grid_attach (GTK_GRID (self->matrix), name_label, 0, (int) i + 1, 1, 1);
      for (guint s = 0; s < SK_N_SIDES; s++)
        {
          g_autofree char *amount = format_amount (r->shares.amount[s], basis);
          g_autofree char *percent = sk_format_percent (r->percent[s], 1, lang);
          /* TRANSLATORS: a staffing plan cell: a number (hours, FTE, people), its per cent share */
          g_autofree char *text = g_strdup_printf (_("%s · %s"), amount, percent);
          gboolean bad = (s == SK_SIDE_KAZAKH && r->kazakh_above) ||
                         (s == SK_SIDE_FOREIGN && (r->foreign_above || r->foreign_below));
          /* TRANSLATORS: what a cell of the staffing plan does when clicked */
          g_autofree char *tip = g_strdup_printf (_("Show the staff behind this cell: %s, %s"), name,
                                                  _(side_field->enum_values[s].label));
          GtkWidget *button = sk_staffing_cell_new (text, r->percent[s], bad, tip);

          g_signal_connect (button, "clicked", G_CALLBACK (on_cell_clicked), self);
          gtk_grid_attach (GTK_GRID (self->matrix), button, (int) s + 1, (int) i + 1, 1, 1);
          g_ptr_array_add (self->cells, button);
        }
      gtk_label_set_xalign (GTK_LABEL (total_label), 1);
      gtk_widget_add_css_class (total_label, "numeric");
      if (outside)
        {
          GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
          gtk_widget_add_css_class (icon, "warning");
          gtk_widget_set_tooltip_text (icon, _("Outside the limits"));
          gtk_box_append (GTK_BOX (box), icon);
          gtk_box_append (GTK_BOX (box), total_label);
          gtk_widget_set_halign (box, GTK_ALIGN_END);
          gtk_grid_attach (GTK_GRID (self->matrix), box, SK_N_SIDES + 1, (int) i + 1, 1, 1);
        }
      else
        gtk_grid_attach (GTK_GRID (self->matrix), total_label, SK_N_SIDES + 1, (int) i + 1, 1, 1);
      add_changes (self, r, name, basis, kz_max, fo_max, fo_min);
    }
  if (gtk_widget_get_first_child (self->changes_list) == NULL)
    add_change_row (self, _("Within the limits"), _("The whole proposal and every programme are within the limits of the rule set."),
                    "emblem-ok-symbolic");
}

static gboolean
on_refresh_idle (gpointer data)
{
  SkStaffingPlanner *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_proposal_changed (SkProposal *proposal, SkStaffingPlanner *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, on_refresh_idle, self, NULL);
}

static void
on_basis_changed (SkStaffingPlanner *self)
{
  if (self->proposal && self->compliance)
    refresh (self);
}

void
sk_staffing_planner_set_basis (SkStaffingPlanner *self, SkBasis basis)
{
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->basis), basis);
}

SkBasis
sk_staffing_planner_get_basis (SkStaffingPlanner *self)
{
  return (SkBasis) gtk_drop_down_get_selected (GTK_DROP_DOWN (self->basis));
}

GtkWidget *
sk_staffing_planner_cell (SkStaffingPlanner *self, guint row, SkSide side)
{
  if (self->refresh_id)
    refresh (self);
  if (row * SK_N_SIDES + side >= self->cells->len)
    return NULL;
  return self->cells->pdata[row * SK_N_SIDES + side];
}

GtkWidget *
sk_staffing_planner_changes (SkStaffingPlanner *self)
{
  return self->changes_list;
}

/* ---- the class ---- */

static void
sk_staffing_planner_constructed (GObject *object)
{
  SkStaffingPlanner *self = SK_STAFFING_PLANNER (object);

  G_OBJECT_CLASS (sk_staffing_planner_parent_class)->constructed (object);
  self->proposal = sk_page_get_proposal (SK_PAGE (self));
  self->compliance = sk_page_get_compliance (SK_PAGE (self));
  g_return_if_fail (self->proposal != NULL && self->compliance != NULL);
  {
    const SkField *side_field = sk_kind_field (sk_schema_kind (SK_KIND_STAFF), "side");
    for (guint s = 0; s < SK_N_SIDES; s++)
      gtk_label_set_text (GTK_LABEL (self->side_headings[s]), _(side_field->enum_values[s].label));
  }
  /* The rule set's basis first; refresh() follows the choice. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->basis), sk_rule_set_staffing_basis (rules_of (self)));
  refresh (self);
  self->changed_id = g_signal_connect (self->proposal, "changed", G_CALLBACK (on_proposal_changed), self);
}

static void
sk_staffing_planner_dispose (GObject *object)
{
  SkStaffingPlanner *self = SK_STAFFING_PLANNER (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->proposal)
    g_clear_signal_handler (&self->changed_id, self->proposal);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_STAFFING_PLANNER);
  /* The children not bound to a field go too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self)));)
    gtk_widget_unparent (child);
  /* SkPage lets them go. */
  self->proposal = NULL;
  self->compliance = NULL;
  G_OBJECT_CLASS (sk_staffing_planner_parent_class)->dispose (object);
}

static void
sk_staffing_planner_finalize (GObject *object)
{
  SkStaffingPlanner *self = SK_STAFFING_PLANNER (object);

  g_clear_pointer (&self->cells, g_ptr_array_unref);
  G_OBJECT_CLASS (sk_staffing_planner_parent_class)->finalize (object);
}

static void
sk_staffing_planner_class_init (SkStaffingPlannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sk_staffing_planner_constructed;
  object_class->dispose = sk_staffing_planner_dispose;
  object_class->finalize = sk_staffing_planner_finalize;


  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-staffing-planner.ui");
  gtk_widget_class_bind_template_child (widget_class, SkStaffingPlanner, limits_label);
  gtk_widget_class_bind_template_child (widget_class, SkStaffingPlanner, basis);
  gtk_widget_class_bind_template_child (widget_class, SkStaffingPlanner, matrix);
  for (guint i = 0; i < SK_N_SIDES; i++)
    {
      static const char * const headings[] = { "side_heading0", "side_heading1", "side_heading2" };
      static const char * const limits[] = { "side_limit0", "side_limit1", "side_limit2" };
      G_STATIC_ASSERT (G_N_ELEMENTS (headings) == SK_N_SIDES);

      gtk_widget_class_bind_template_child_full (widget_class, headings[i], FALSE,
                                                 G_STRUCT_OFFSET (SkStaffingPlanner, side_headings) + i * sizeof (GtkWidget *));
      gtk_widget_class_bind_template_child_full (widget_class, limits[i], FALSE,
                                                 G_STRUCT_OFFSET (SkStaffingPlanner, side_limits) + i * sizeof (GtkWidget *));
    }
  gtk_widget_class_bind_template_child (widget_class, SkStaffingPlanner, changes_group);
  gtk_widget_class_bind_template_child (widget_class, SkStaffingPlanner, changes_list);
  gtk_widget_class_bind_template_callback (widget_class, on_basis_changed);
}

static void
sk_staffing_planner_init (SkStaffingPlanner *self)
{
  self->cells = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_staffing_planner_new (SkProposal *proposal, SkCompliance *compliance)
{
  return g_object_new (SK_TYPE_STAFFING_PLANNER, "proposal", proposal, "compliance", compliance, NULL);
}
