/* sk-review-ui.c: the review workflow in the window: its steps as
 * dialogs, the status group, remark badges and the comparison window */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-diff.h"
#include "sk-error.h"
#include "sk-init.h"
#include "sk-review-dialog.h"
#include "sk-review-ui.h"
#include "sk-review.h"
#include "sk-summary.h"
#include "sk-window.h"

/* ---- the name, remembered ---- */

static GSettings *
settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE) : NULL;

  return schema && g_settings_schema_has_key (schema, "reviewer-name") ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

char *
sk_review_remembered_name (void)
{
  g_autoptr (GSettings) settings = settings_new ();
  g_autofree char *name = settings ? g_settings_get_string (settings, "reviewer-name") : NULL;

  if (name && *name)
    return g_steal_pointer (&name);
  return g_strdup (sk_review_default_author ());
}

void
sk_review_remember_name (const char *name)
{
  g_autoptr (GSettings) settings = settings_new ();

  if (settings && name && *name)
    g_settings_set_string (settings, "reviewer-name", name);
}

static GtkWindow *
window_of (GtkWidget *w)
{
  GtkRoot *root = gtk_widget_get_root (w);
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static SkCompliance *
compliance_of (GtkWindow *window)
{
  return SK_IS_WINDOW (window) ? sk_window_get_compliance (SK_WINDOW (window)) : NULL;
}

/* ---- what a remark is about ---- */

static gboolean
is_check_id (const char *section)
{
  const char * const *ids = sk_rule_set_check_ids ();

  return section && g_strv_contains (ids, section);
}

static gboolean
on_proposal (const char *kind)
{
  return kind == NULL || *kind == '\0' || g_str_equal (kind, SK_KIND_PROPOSAL);
}

static char *
target_text (SkProposal *proposal, SkCompliance *compliance, const char *kind, gint64 id, const char *section)
{
  if (is_check_id (section))
    {
      g_autoptr (GPtrArray) findings = compliance ? sk_compliance_dup_findings (compliance) : NULL;

      for (guint i = 0; findings && i < findings->len; i++)
        {
          SkFinding *f = findings->pdata[i];
          if (g_str_equal (sk_finding_get_check_id (f), section) &&
              (on_proposal (kind) ? on_proposal (sk_finding_get_kind (f))
                                  : g_strcmp0 (sk_finding_get_kind (f), kind) == 0 && sk_finding_get_record_id (f) == id))
            /* TRANSLATORS: what a review remark is about: %s is the message of a compliance finding */
            return g_strdup_printf (_("Finding: %s"), sk_finding_get_message (f));
        }
      /* TRANSLATORS: what a review remark is about: %s is the legal reference of the check */
      return g_strdup_printf (_("A finding the check no longer reports (%s)"), sk_check_reference (section, NULL));
    }
  if (!on_proposal (kind))
    {
      const SkKind *k = sk_schema_kind (kind);
      SkRecord *record = k ? sk_proposal_lookup (proposal, kind, id) : NULL;
      const char *name = record ? sk_record_display_name (record, sk_get_content_language ()) : NULL;

      if (k == NULL)
        return g_strdup (kind);
      if (record == NULL)
        /* TRANSLATORS: what a review remark is about: %s is a kind of record, e.g. "Programme" */
        return g_strdup_printf (_("%s (no longer in the proposal)"), _(k->label));
      if (name == NULL || g_strcmp0 (name, _("(unnamed)")) == 0)
        return g_strdup (_(k->label));
      /* TRANSLATORS: what a review remark is about: a kind of record and its name, e.g. "Programme: Chemistry" */
      return g_strdup_printf (_("%s: %s"), _(k->label), name);
    }
  if (section && *section)
    /* TRANSLATORS: what a review remark is about: %s names a part of the proposal */
    return g_strdup_printf (_("Section “%s”"), section);
  return g_strdup (_("The whole proposal"));
}

char *
sk_review_remark_target (SkProposal *proposal, SkCompliance *compliance, SkRecord *remark)
{
  return target_text (proposal, compliance, sk_record_get_string (remark, "target_kind"),
                      sk_record_get_int (remark, "target_id", 0), sk_record_get_string (remark, "section"));
}

guint
sk_review_unresolved_remarks (SkProposal *proposal, const char *kind, gint64 id, const char *check_id)
{
  GListModel *remarks = sk_proposal_get_records (proposal, SK_KIND_REMARK);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (remarks); i++)
    {
      g_autoptr (SkRecord) r = g_list_model_get_item (remarks, i);
      const char *target = sk_record_get_string (r, "target_kind");

      if (g_strcmp0 (sk_record_get_string (r, "state"), "resolved") == 0)
        continue;
      if (on_proposal (kind) ? !on_proposal (target)
                             : g_strcmp0 (target, kind) != 0 || sk_record_get_int (r, "target_id", 0) != id)
        continue;
      if (check_id && g_strcmp0 (sk_record_get_string (r, "section"), check_id) != 0)
        continue;
      n++;
    }
  return n;
}

/* ---- the badge ---- */

typedef struct {
  GtkWidget *label;      /* weak: the badge */
  char *kind;
  gint64 id;
  char *check_id;
  SkProposal *proposal;  /* while mapped */
  gulong changed_id;
} Badge;

static void
badge_update (Badge *b)
{
  guint n = b->proposal ? sk_review_unresolved_remarks (b->proposal, b->kind, b->id, b->check_id) : 0;
  g_autofree char *text = g_strdup_printf ("%u", n);
  g_autofree char *a11y = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u review remark not yet resolved",
                                                        "%u review remarks not yet resolved", n), n);

  gtk_label_set_text (GTK_LABEL (b->label), text);
  gtk_widget_set_tooltip_text (b->label, a11y);
  gtk_accessible_update_property (GTK_ACCESSIBLE (b->label), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  gtk_widget_set_visible (b->label, n > 0);
}

static void
badge_disconnect (Badge *b)
{
  if (b->proposal)
    g_clear_signal_handler (&b->changed_id, b->proposal);
  g_clear_object (&b->proposal);
}

static void
badge_free (gpointer data, GClosure *closure)
{
  Badge *b = data;

  badge_disconnect (b);
  g_free (b->kind);
  g_free (b->check_id);
  g_free (b);
}

static void
on_badge_proposal_changed (SkProposal *proposal, Badge *b)
{
  badge_update (b);
}

/* In a window: count there, and follow its proposal. */
static void
on_badge_root (GtkWidget *label, GParamSpec *pspec, Badge *b)
{
  GtkRoot *root = gtk_widget_get_root (label);
  SkProposal *proposal = SK_IS_WINDOW (root) ? sk_window_get_proposal (SK_WINDOW (root)) : NULL;

  if (proposal != b->proposal)
    {
      badge_disconnect (b);
      if (proposal)
        {
          b->proposal = g_object_ref (proposal);
          b->changed_id = g_signal_connect (proposal, "changed", G_CALLBACK (on_badge_proposal_changed), b);
        }
    }
  badge_update (b);
}

GtkWidget *
sk_remark_badge_new (const char *kind, gint64 id, const char *check_id)
{
  Badge *b = g_new0 (Badge, 1);
  GtkWidget *label = gtk_label_new ("0");

  b->label = label;
  b->kind = g_strdup (kind);
  b->id = id;
  b->check_id = g_strdup (check_id);
  gtk_widget_set_visible (label, FALSE);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "sk-badge");
  gtk_widget_add_css_class (label, "accent");
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_set_name (label, "remark-badge");
  /* The handler goes with the label; the badge's data with the handler. */
  g_signal_connect_data (label, "notify::root", G_CALLBACK (on_badge_root), b, badge_free, 0);
  return label;
}

/* ---- the steps as dialogs (sk-review-dialog.c) ---- */

static void
report (GtkWindow *parent, const GError *error)
{
  sk_show_error (parent, _("The change could not be made"), error);
}

void
sk_review_ask_remark (GtkWindow *parent, SkProposal *proposal, const char *kind, gint64 id, const char *section)
{
  SkReviewDialog *d = sk_review_dialog_new (parent, proposal, "remark", _("Add a Remark"),
                                            _("The remark is kept in the proposal file, where the university sees it and answers it."));
  g_autofree char *about = target_text (proposal, compliance_of (parent), kind, id, section);

  sk_review_dialog_show_about (d, about, on_proposal (kind) ? NULL : kind, id, section);
  sk_review_dialog_show_text (d, _("Remark"), TRUE);
  sk_review_dialog_present (d, _("_Add Remark"), ADW_RESPONSE_SUGGESTED);
}

void
sk_review_ask_submit (GtkWindow *parent, SkProposal *proposal, SkCompliance *compliance)
{
  g_autoptr (SkRuleSet) rules = compliance ? g_object_ref (sk_compliance_get_rules (compliance)) : sk_rule_set_new_default ();
  g_autoptr (GPtrArray) findings = NULL;
  guint errors = 0, warnings = 0, notes = 0;
  SkReviewDialog *d;

  if (compliance)
    {
      sk_compliance_recheck (compliance);
      findings = sk_compliance_dup_findings (compliance);
    }
  else
    findings = sk_check (proposal, rules, NULL);
  sk_findings_count (findings, &errors, &warnings, &notes);

  d = sk_review_dialog_new (parent, proposal, "submitted", _("Submit the Proposal?"),
                            _("Its content is frozen and its fingerprint recorded: the Ministry can verify that what it "
                              "reviews is what was submitted. How many errors and warnings remain is recorded too."));
  sk_review_dialog_show_findings (d, findings, rules);
  sk_review_dialog_show_text (d, _("Note (optional)"), FALSE);
  sk_review_dialog_present (d, _("_Submit"), errors ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_SUGGESTED);
}

void
sk_review_ask_step (GtkWindow *parent, SkProposal *proposal, const char *step)
{
  SkReviewDialog *d;

  if (g_str_equal (step, "submitted"))
    sk_review_ask_submit (parent, proposal, compliance_of (parent));
  else if (g_str_equal (step, "under_review"))
    {
      d = sk_review_dialog_new (parent, proposal, step, _("Start the Review?"),
                                _("The proposal is taken under review; the history records who started it and when."));
      sk_review_dialog_show_mismatch (d);
      sk_review_dialog_present (d, _("_Start Review"), ADW_RESPONSE_SUGGESTED);
    }
  else if (g_str_equal (step, "decide"))
    {
      d = sk_review_dialog_new (parent, proposal, step, _("Decide on the Proposal"),
                                _("Approve it, return it to the university for revision, or reject it."));
      sk_review_dialog_show_outcomes (d);
      sk_review_dialog_show_text (d, _("Justification"), FALSE);
      sk_review_dialog_show_mismatch (d);
      sk_review_dialog_present (d, _("_Decide"), ADW_RESPONSE_SUGGESTED);
    }
  else if (g_str_equal (step, "draft"))
    {
      d = sk_review_dialog_new (parent, proposal, step, _("Revise the Proposal?"),
                                _("The proposal becomes a draft again: its content can be edited, the remarks answered, "
                                  "and it can be submitted anew."));
      sk_review_dialog_present (d, _("_Revise"), ADW_RESPONSE_SUGGESTED);
    }
  else if (g_str_equal (step, "withdraw"))
    {
      d = sk_review_dialog_new (parent, proposal, step, _("Withdraw the Decision?"),
                                _("The decision stays in the history, marked withdrawn, and the proposal is under review again."));
      sk_review_dialog_show_text (d, _("Reason for the withdrawal"), TRUE);
      sk_review_dialog_present (d, _("_Withdraw Decision"), ADW_RESPONSE_DESTRUCTIVE);
    }
}

void
sk_review_ask_answer (GtkWindow *parent, SkProposal *proposal, gint64 remark)
{
  SkReviewDialog *d = sk_review_dialog_new (parent, proposal, "answer", _("Answer the Remark"),
                                            _("Say what was changed, or why nothing needs to be. The remark is then marked addressed; "
                                              "the reviewer resolves it or not."));

  sk_review_dialog_show_remark (d, remark);
  sk_review_dialog_show_text (d, _("Your answer"), TRUE);
  sk_review_dialog_present (d, _("_Mark Addressed"), ADW_RESPONSE_SUGGESTED);
}

void
sk_review_ask_verdict (GtkWindow *parent, SkProposal *proposal, gint64 remark, gboolean resolved)
{
  SkReviewDialog *d = sk_review_dialog_new (parent, proposal, resolved ? "resolve" : "reopen",
                                            resolved ? _("Mark the Remark Resolved?") : _("The Remark Is Not Resolved"),
                                            resolved ? _("The answer settles the remark.")
                                                     : _("The remark is open again: say what is still missing."));

  sk_review_dialog_show_remark (d, remark);
  sk_review_dialog_show_text (d, resolved ? _("Note (optional)") : _("What is still missing"), !resolved);
  sk_review_dialog_present (d, resolved ? _("_Mark Resolved") : _("_Not Resolved"),
                            resolved ? ADW_RESPONSE_SUGGESTED : ADW_RESPONSE_DESTRUCTIVE);
}

/* ---- comparison ---- */

#define SK_TYPE_COMPARISON_WINDOW (sk_comparison_window_get_type ())
G_DECLARE_FINAL_TYPE (SkComparisonWindow, sk_comparison_window, SK, COMPARISON_WINDOW, AdwWindow)

struct _SkComparisonWindow
{
  AdwWindow parent_instance;
  char *older_path;
};

G_DEFINE_FINAL_TYPE (SkComparisonWindow, sk_comparison_window, ADW_TYPE_WINDOW)

static void
sk_comparison_window_finalize (GObject *object)
{
  g_free (SK_COMPARISON_WINDOW (object)->older_path);
  G_OBJECT_CLASS (sk_comparison_window_parent_class)->finalize (object);
}

static void
sk_comparison_window_class_init (SkComparisonWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_comparison_window_finalize;
}

static void
sk_comparison_window_init (SkComparisonWindow *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  /* Escape closes it. */
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
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

static GtkWidget *
findings_row (const char *title, GPtrArray *findings, const char *icon)
{
  GtkWidget *row = adw_expander_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), gtk_image_new_from_icon_name (icon));
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), findings->len > 0);
  for (guint i = 0; i < findings->len; i++)
    {
      SkFinding *f = findings->pdata[i];
      GtkWidget *child = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (child), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), sk_finding_get_message (f));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (child), 0);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (child), sk_severity_label (sk_finding_get_severity (f), NULL));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
    }
  return row;
}

typedef struct {
  char *kind;
  gint64 id;
} Jump;

static void
jump_free (gpointer data, GClosure *closure)
{
  Jump *j = data;

  g_free (j->kind);
  g_free (j);
}

static void
on_jump_clicked (GtkButton *button, Jump *j)
{
  GtkWindow *comparison = window_of (GTK_WIDGET (button));
  GtkWindow *parent = comparison ? gtk_window_get_transient_for (comparison) : NULL;

  if (parent)
    {
      gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-record", "(sx)", j->kind, j->id);
      gtk_window_present (parent);
    }
}

static GtkWidget *
changes_group (SkComparison *c)
{
  GtkWidget *group = adw_preferences_group_new ();
  GPtrArray *entries = c->changes;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Changed Records"));
  if (entries->len == 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _("No differences in the content."));
  else
    {
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u record differs",
                                                             "%u records differ", entries->len), entries->len);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), count);
    }
  for (guint i = 0; i < entries->len; i++)
    {
      SkDiffEntry *e = entries->pdata[i];
      const char *what = e->change == SK_DIFF_ADDED ? _("Added") : e->change == SK_DIFF_REMOVED ? _("Removed") : _("Changed");
      const char *icon = e->change == SK_DIFF_ADDED ? "list-add-symbolic"
                         : e->change == SK_DIFF_REMOVED ? "list-remove-symbolic" : "document-edit-symbolic";
      g_autofree char *subtitle_row = g_strdup_printf ("%s · %s", _(e->kind->label), what);
      GtkWidget *row = adw_expander_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), e->name);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle_row);
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), gtk_image_new_from_icon_name (icon));
      adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), e->fields != NULL);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), e->fields != NULL && entries->len <= 5);
      if (e->change != SK_DIFF_REMOVED && !e->kind->singleton)
        {
          /* To the record in the proposal's window. */
          GtkWidget *jump = gtk_button_new_from_icon_name ("go-jump-symbolic");
          Jump *j = g_new0 (Jump, 1);
          j->kind = g_strdup (e->kind->name);
          j->id = e->id;
          gtk_widget_add_css_class (jump, "flat");
          gtk_widget_set_valign (jump, GTK_ALIGN_CENTER);
          gtk_widget_set_name (jump, "jump");
          gtk_widget_set_tooltip_text (jump, _("Show the record in the proposal"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (jump), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Show the record in the proposal"), -1);
          g_signal_connect_data (jump, "clicked", G_CALLBACK (on_jump_clicked), j, jump_free, 0);
          adw_expander_row_add_action (ADW_EXPANDER_ROW (row), jump);
        }
      for (guint f = 0; e->fields && f < e->fields->len; f++)
        {
          SkDiffField *field = e->fields->pdata[f];
          GtkWidget *child = adw_action_row_new ();
          /* TRANSLATORS: a value before → after a change; "—" stands for no value */
          g_autofree char *change = g_strdup_printf (_("%s → %s"), field->before ? field->before : "—",
                                                     field->after ? field->after : "—");
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (child), FALSE);
          /* The field's label with the language of a trilingual text. */
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), field->label);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (child), change);
          adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (child), 0);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  return group;
}

static GtkWidget *
compliance_group (SkComparison *c)
{
  GtkWidget *group = adw_preferences_group_new ();
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

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Compliance"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), findings_row (resolved, c->resolved, "emblem-ok-symbolic"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), findings_row (added, c->added, "list-add-symbolic"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), findings_row (unchanged, c->unchanged, "view-more-horizontal-symbolic"));
  return group;
}

static GtkWidget *
remarks_group (SkComparison *c)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Remarks answered between the versions"));
  if (c->remarks->len == 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _("None."));
  for (guint i = 0; i < c->remarks->len; i++)
    {
      SkRecord *remark = c->remarks->pdata[i];
      SkRecord *response = i < c->responses->len ? c->responses->pdata[i] : NULL;
      GtkWidget *row = adw_action_row_new ();
      const char *answer = response ? sk_record_get_string (response, "text") : NULL;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sk_record_get_string (remark, "text"));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), answer ? answer : "");
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("mail-replied-symbolic"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  return group;
}

GtkWidget *
sk_review_show_comparison (GtkWindow *parent, SkProposal *proposal, const char *older_path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) older = sk_proposal_open (older_path, SK_OPEN_READ_ONLY, &error);
  g_autoptr (SkComparison) comparison = NULL;
  g_autoptr (SkRuleSet) default_rules = NULL;
  SkCompliance *compliance = compliance_of (parent);
  SkCheckOptions options = { .language = sk_get_content_language () };
  SkComparisonWindow *window;
  GtkWidget *box, *header, *page;
  g_autofree char *subtitle = NULL;
  g_autofree char *older_name = NULL;
  g_autofree char *newer_name = NULL;
  g_autofree char *title = NULL;

  if (older == NULL)
    {
      report (parent, error);
      return NULL;
    }
  if (compliance == NULL)
    default_rules = sk_rule_set_new_default ();
  comparison = sk_comparison_new (older, proposal, compliance ? sk_compliance_get_rules (compliance) : default_rules,
                                  &options);
  older_name = version_name (older, older_path);
  newer_name = version_name (proposal, sk_proposal_get_path (proposal));

  window = g_object_new (SK_TYPE_COMPARISON_WINDOW, NULL);
  window->older_path = g_strdup (older_path);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_default_size (GTK_WINDOW (window), 760, 680);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  /* TRANSLATORS: the older file → the newer file */
  subtitle = g_strdup_printf (_("%s → %s"), older_name, newer_name);
  /* TRANSLATORS: the title of the comparison window: %s are the two versions */
  title = g_strdup_printf (_("Changes: %s"), subtitle);
  gtk_window_set_title (GTK_WINDOW (window), title);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (_("Changes"), subtitle));
  gtk_box_append (GTK_BOX (box), header);

  page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (page, TRUE);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (compliance_group (comparison)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (remarks_group (comparison)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (changes_group (comparison)));
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WIDGET (window);
}
