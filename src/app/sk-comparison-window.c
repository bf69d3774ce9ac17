/* sk-comparison-window.c: what changed between two versions of a
 * proposal; its layout is ui/sk-comparison-window.ui */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-change-row.h"
#include "sk-comparison-window.h"
#include "sk-diff.h"
#include "sk-info-row.h"
#include "sk-init.h"
#include "sk-summary.h"
#include "sk-window.h"

struct _SkComparisonWindow
{
  AdwWindow parent_instance;

  AdwWindowTitle *window_title;
  AdwPreferencesGroup *compliance_group;
  AdwExpanderRow *resolved_row;
  AdwExpanderRow *added_row;
  AdwExpanderRow *unchanged_row;
  AdwPreferencesGroup *remarks_group;
  AdwPreferencesGroup *changes_group;

  char *older_path;
};

G_DEFINE_FINAL_TYPE (SkComparisonWindow, sk_comparison_window, ADW_TYPE_WINDOW)

/* The file's name and its status: what tells two versions apart. */
static char *
version_name (SkProposal *proposal, const char *path)
{
  g_autofree char *base = g_path_get_basename (path);

  /* TRANSLATORS: a version of a proposal: its file name and its status, e.g. "v2.seriktes (Draft)" */
  return g_strdup_printf (_("%s (%s)"), base, sk_enum_label (sk_proposal_get_info (proposal), "status"));
}

static char *
counts_text (const guint counts[3])
{
  g_autofree char *e = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", counts[0]), counts[0]);
  g_autofree char *w = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", counts[1]), counts[1]);
  g_autofree char *n = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes", counts[2]), counts[2]);

  /* TRANSLATORS: "2 errors, 3 warnings, 1 note" */
  return g_strdup_printf (_("%s, %s, %s"), e, w, n);
}

static void
fill_findings (AdwExpanderRow *row, const char *title, GPtrArray *findings)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_enable_expansion (row, findings->len > 0);
  for (guint i = 0; i < findings->len; i++)
    {
      SkFinding *f = findings->pdata[i];
      adw_expander_row_add_row (row, sk_info_row_new (sk_finding_get_message (f),
                                                      sk_severity_label (sk_finding_get_severity (f), NULL), NULL));
    }
}

static void
fill_compliance (SkComparisonWindow *self, SkComparison *c)
{
  g_autofree char *before = counts_text (c->older_counts);
  g_autofree char *after = counts_text (c->newer_counts);
  /* TRANSLATORS: the findings of the older version → of the newer one */
  g_autofree char *description = g_strdup_printf (_("%s → %s"), before, after);
  g_autofree char *resolved = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u finding resolved",
                                                            "%u findings resolved", c->resolved->len), c->resolved->len);
  g_autofree char *added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new finding", "%u new findings",
                                                         c->added->len), c->added->len);
  g_autofree char *unchanged = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u finding unchanged",
                                                             "%u findings unchanged", c->unchanged->len), c->unchanged->len);

  adw_preferences_group_set_description (self->compliance_group, description);
  fill_findings (self->resolved_row, resolved, c->resolved);
  fill_findings (self->added_row, added, c->added);
  fill_findings (self->unchanged_row, unchanged, c->unchanged);
}

static void
fill_remarks (SkComparisonWindow *self, SkComparison *c)
{
  if (c->remarks->len == 0)
    adw_preferences_group_set_description (self->remarks_group, _("None."));
  for (guint i = 0; i < c->remarks->len; i++)
    {
      SkRecord *remark = c->remarks->pdata[i];
      SkRecord *response = i < c->responses->len ? c->responses->pdata[i] : NULL;
      const char *answer = response ? sk_record_get_string (response, "text") : NULL;

      adw_preferences_group_add (self->remarks_group, sk_info_row_new (sk_record_get_string (remark, "text"), answer,
                                                                       "mail-replied-symbolic"));
    }
}

static void
fill_changes (SkComparisonWindow *self, SkComparison *c)
{
  GPtrArray *entries = c->changes;

  if (entries->len == 0)
    adw_preferences_group_set_description (self->changes_group, _("No differences in the content."));
  else
    {
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u record differs",
                                                             "%u records differ", entries->len), entries->len);
      adw_preferences_group_set_description (self->changes_group, count);
    }
  for (guint i = 0; i < entries->len; i++)
    adw_preferences_group_add (self->changes_group, sk_change_row_new (entries->pdata[i], entries->len <= 5));
}

static void
sk_comparison_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SK_TYPE_COMPARISON_WINDOW);
  G_OBJECT_CLASS (sk_comparison_window_parent_class)->dispose (object);
}

static void
sk_comparison_window_finalize (GObject *object)
{
  g_free (SK_COMPARISON_WINDOW (object)->older_path);
  G_OBJECT_CLASS (sk_comparison_window_parent_class)->finalize (object);
}

static void
sk_comparison_window_class_init (SkComparisonWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sk_comparison_window_dispose;
  G_OBJECT_CLASS (klass)->finalize = sk_comparison_window_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-comparison-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SkComparisonWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SkComparisonWindow, compliance_group);
  gtk_widget_class_bind_template_child (widget_class, SkComparisonWindow, resolved_row);
  gtk_widget_class_bind_template_child (widget_class, SkComparisonWindow, added_row);
  gtk_widget_class_bind_template_child (widget_class, SkComparisonWindow, unchanged_row);
  gtk_widget_class_bind_template_child (widget_class, SkComparisonWindow, remarks_group);
  gtk_widget_class_bind_template_child (widget_class, SkComparisonWindow, changes_group);
}

static void
sk_comparison_window_init (SkComparisonWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

const char *
sk_review_comparison_path (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (SK_IS_COMPARISON_WINDOW (w) && gtk_window_get_transient_for (w) == parent &&
          gtk_widget_get_visible (GTK_WIDGET (w)))
        return SK_COMPARISON_WINDOW (w)->older_path;
    }
  return NULL;
}

GtkWidget *
sk_review_show_comparison (GtkWindow *parent, SkProposal *proposal, const char *older_path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) older = sk_proposal_open (older_path, SK_OPEN_READ_ONLY, &error);
  g_autoptr (SkComparison) comparison = NULL;
  g_autoptr (SkRuleSet) default_rules = NULL;
  SkCompliance *compliance = SK_IS_WINDOW (parent) ? sk_window_get_compliance (SK_WINDOW (parent)) : NULL;
  SkCheckOptions options = { .language = sk_get_content_language () };
  SkComparisonWindow *self;
  g_autofree char *subtitle = NULL;
  g_autofree char *older_name = NULL;
  g_autofree char *newer_name = NULL;
  g_autofree char *title = NULL;

  if (older == NULL)
    {
      sk_show_error (parent, _("The change could not be made"), error);
      return NULL;
    }
  if (compliance == NULL)
    default_rules = sk_rule_set_new_default ();
  comparison = sk_comparison_new (older, proposal, compliance ? sk_compliance_get_rules (compliance) : default_rules,
                                  &options);
  older_name = version_name (older, older_path);
  newer_name = version_name (proposal, sk_proposal_get_path (proposal));
  /* TRANSLATORS: the older file → the newer file */
  subtitle = g_strdup_printf (_("%s → %s"), older_name, newer_name);
  /* TRANSLATORS: the title of the comparison window: %s are the two versions */
  title = g_strdup_printf (_("Changes: %s"), subtitle);

  self = g_object_new (SK_TYPE_COMPARISON_WINDOW, "transient-for", parent, "title", title, NULL);
  self->older_path = g_strdup (older_path);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  fill_compliance (self, comparison);
  fill_remarks (self, comparison);
  fill_changes (self, comparison);
  gtk_window_present (GTK_WINDOW (self));
  return GTK_WIDGET (self);
}
