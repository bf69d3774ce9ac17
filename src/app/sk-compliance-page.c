/* sk-compliance-page.c: the findings, each leading to its record */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-compliance-page.h"
#include "sk-finding-row.h"
#include "sk-review-ui.h"

static GtkWidget *
create_row (gpointer item, gpointer data)
{
  return sk_finding_row_new (item);
}

/* ---- the page ---- */

struct _SkCompliancePage
{
  SkPage parent_instance;

  GtkWidget *page;
  GtkWidget *group;
  GtkWidget *tiles;
  GtkWidget *errors_tile;
  GtkWidget *warnings_tile;
  GtkWidget *notes_tile;
  GtkWidget *findings_box;
  GtkWidget *empty;

  SkProposal *proposal;          /* borrowed from SkPage */
  SkCompliance *compliance;      /* borrowed from SkPage */
  GtkFilter *filter;
  GtkFilterListModel *shown;
};

G_DEFINE_FINAL_TYPE (SkCompliancePage, sk_compliance_page, SK_TYPE_PAGE)

static GtkWidget *
tile_of (SkCompliancePage *self, SkSeverity severity)
{
  switch (severity)
    {
    case SK_SEVERITY_ERROR: return self->errors_tile;
    case SK_SEVERITY_WARNING: return self->warnings_tile;
    case SK_SEVERITY_NOTE:
    default: return self->notes_tile;
    }
}

static gboolean
any_tile (SkCompliancePage *self)
{
  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->errors_tile)) ||
         gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->warnings_tile)) ||
         gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->notes_tile));
}

static gboolean
filter_severity (gpointer item, gpointer data)
{
  SkCompliancePage *self = data;

  return !any_tile (self) ||
         gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (tile_of (self, sk_finding_get_severity (item))));
}

static void
update_empty (SkCompliancePage *self)
{
  if (!sk_compliance_is_checked (self->compliance))
    /* TRANSLATORS: the findings page of a proposal just opened, before
     * the findings of its first check are there */
    gtk_label_set_text (GTK_LABEL (self->empty), _("Checking the proposal against the rules…"));
  else
    gtk_label_set_text (GTK_LABEL (self->empty), any_tile (self)
                        ? _("No findings of this severity.")
                        : _("No findings: the proposal meets every rule."));
}

static void
on_tile_toggled (SkCompliancePage *self)
{
  update_empty (self);
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
update_counts (SkCompliancePage *self)
{
  guint e = sk_compliance_get_errors (self->compliance);
  guint w = sk_compliance_get_warnings (self->compliance);
  guint n = sk_compliance_get_notes (self->compliance);
  g_autofree char *errors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", e), e);
  g_autofree char *warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", w), w);
  g_autofree char *notes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes", n), n);
  g_autofree char *text = sk_compliance_summary (self->compliance);

  gtk_button_set_label (GTK_BUTTON (self->errors_tile), errors);
  gtk_button_set_label (GTK_BUTTON (self->warnings_tile), warnings);
  gtk_button_set_label (GTK_BUTTON (self->notes_tile), notes);
  gtk_widget_set_tooltip_text (self->errors_tile, _("Show only the errors"));
  gtk_widget_set_tooltip_text (self->warnings_tile, _("Show only the warnings"));
  gtk_widget_set_tooltip_text (self->notes_tile, _("Show only the notes"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group), text);
  update_empty (self);
}

void
sk_compliance_page_show_severity (SkCompliancePage *self, SkSeverity severity, gboolean shown)
{
  g_return_if_fail (SK_IS_COMPLIANCE_PAGE (self));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (tile_of (self, severity)), shown);
}

guint
sk_compliance_page_get_n_shown (SkCompliancePage *self)
{
  g_return_val_if_fail (SK_IS_COMPLIANCE_PAGE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->shown));
}

static void
sk_compliance_page_constructed (GObject *object)
{
  SkCompliancePage *self = SK_COMPLIANCE_PAGE (object);

  G_OBJECT_CLASS (sk_compliance_page_parent_class)->constructed (object);
  self->proposal = sk_page_get_proposal (SK_PAGE (self));
  self->compliance = sk_page_get_compliance (SK_PAGE (self));
  g_return_if_fail (self->compliance);
  self->filter = GTK_FILTER (gtk_custom_filter_new (filter_severity, self, NULL));
  self->shown = gtk_filter_list_model_new (g_object_ref (sk_compliance_get_findings (self->compliance)),
                                           g_object_ref (self->filter));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->findings_box), G_LIST_MODEL (self->shown), create_row, NULL, NULL);
  update_counts (self);
  g_signal_connect_object (self->compliance, "notify", G_CALLBACK (update_counts), self, G_CONNECT_SWAPPED);
}

static void
sk_compliance_page_dispose (GObject *object)
{
  SkCompliancePage *self = SK_COMPLIANCE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_COMPLIANCE_PAGE);
  g_clear_object (&self->shown);
  g_clear_object (&self->filter);
  /* SkPage lets them go. */
  self->proposal = NULL;
  self->compliance = NULL;
  G_OBJECT_CLASS (sk_compliance_page_parent_class)->dispose (object);
}

static void
sk_compliance_page_class_init (SkCompliancePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sk_compliance_page_constructed;
  object_class->dispose = sk_compliance_page_dispose;


  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-compliance-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SkCompliancePage, page);
  gtk_widget_class_bind_template_child (widget_class, SkCompliancePage, group);
  gtk_widget_class_bind_template_child (widget_class, SkCompliancePage, tiles);
  gtk_widget_class_bind_template_child (widget_class, SkCompliancePage, errors_tile);
  gtk_widget_class_bind_template_child (widget_class, SkCompliancePage, warnings_tile);
  gtk_widget_class_bind_template_child (widget_class, SkCompliancePage, notes_tile);
  gtk_widget_class_bind_template_child (widget_class, SkCompliancePage, findings_box);
  gtk_widget_class_bind_template_child (widget_class, SkCompliancePage, empty);
  gtk_widget_class_bind_template_callback (widget_class, on_tile_toggled);
}

static void
sk_compliance_page_init (SkCompliancePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_compliance_page_new (SkProposal *proposal, SkCompliance *compliance, gboolean editable)
{
  return g_object_new (SK_TYPE_COMPLIANCE_PAGE, "proposal", proposal, "compliance", compliance,
                       "editable", editable, NULL);
}
