/* sk-compliance.c: the findings of an open proposal, kept current */
#include "config.h"

#include "sk-compliance.h"
#include "sk-check-service.h"
#include "sk-ranking-service.h"

#include <glib/gi18n.h>
#include <string.h>

struct _SkCompliance
{
  GObject parent_instance;

  SkProposal *proposal;
  SkCheckService *service;
  GListStore *findings;
  guint counts[3];
  guint idle_id;
  gulong changed_id;
  gulong rankings_id;
  gulong findings_id;
  gint64 last_duration;
  gboolean checked;      /* the findings of a first check are here */
  gboolean on_main;      /* checks on the main thread (benchmarks) */
};

enum { PROP_0, PROP_ERRORS, PROP_WARNINGS, PROP_NOTES, PROP_CHECKED, N_PROPS };
static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SkCompliance, sk_compliance, G_TYPE_OBJECT)

/* The findings of the newest check, on the main thread. */
static void
on_findings (SkCheckService *service, GPtrArray *findings, gint64 duration, SkCompliance *self)
{
  guint old[3];
  gboolean first = !self->checked;

  memcpy (old, self->counts, sizeof old);
  sk_findings_count (findings, &self->counts[SK_SEVERITY_ERROR], &self->counts[SK_SEVERITY_WARNING],
                     &self->counts[SK_SEVERITY_NOTE]);
  self->checked = TRUE;
  g_list_store_splice (self->findings, 0, g_list_model_get_n_items (G_LIST_MODEL (self->findings)),
                       findings->pdata, findings->len);
  self->last_duration = duration;
  g_object_freeze_notify (G_OBJECT (self));
  if (first)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKED]);
  if (old[SK_SEVERITY_ERROR] != self->counts[SK_SEVERITY_ERROR])
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERRORS]);
  if (old[SK_SEVERITY_WARNING] != self->counts[SK_SEVERITY_WARNING])
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNINGS]);
  if (old[SK_SEVERITY_NOTE] != self->counts[SK_SEVERITY_NOTE])
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
  g_object_thaw_notify (G_OBJECT (self));
}

void
sk_compliance_recheck (SkCompliance *self)
{
  /* On this thread, at once; its findings come through on_findings(). */
  g_autoptr (GPtrArray) findings = NULL;

  g_clear_handle_id (&self->idle_id, g_source_remove);
  findings = sk_check_service_run (self->service, self->proposal);
}

void
sk_compliance_set_on_main_thread (SkCompliance *self, gboolean on_main)
{
  g_return_if_fail (SK_IS_COMPLIANCE (self));
  self->on_main = on_main;
}

static gboolean
on_idle (gpointer data)
{
  SkCompliance *self = data;

  self->idle_id = 0;
  if (self->on_main)
    sk_compliance_recheck (self);
  else
    sk_check_service_request (self->service, self->proposal);
  return G_SOURCE_REMOVE;
}

static void
on_changed (SkProposal *proposal, SkCompliance *self)
{
  if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, on_idle, self, NULL);
}

/* The user's ranking tables verify the entries once they are loaded (the
 * first check starts the loading): checked again then. */
static void
on_rankings (GObject *service, GParamSpec *pspec, SkCompliance *self)
{
  on_changed (self->proposal, self);
}

static void
sk_compliance_dispose (GObject *object)
{
  SkCompliance *self = SK_COMPLIANCE (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_signal_handler (&self->changed_id, self->proposal);
  g_clear_signal_handler (&self->rankings_id, sk_ranking_service_get_default ());
  if (self->service)
    {
      sk_check_service_cancel (self->service);
      g_clear_signal_handler (&self->findings_id, self->service);
    }
  g_clear_object (&self->service);
  g_clear_object (&self->proposal);
  g_clear_object (&self->findings);
  G_OBJECT_CLASS (sk_compliance_parent_class)->dispose (object);
}

static void
sk_compliance_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SkCompliance *self = SK_COMPLIANCE (object);

  switch (prop_id)
    {
    case PROP_ERRORS:
      g_value_set_uint (value, self->counts[SK_SEVERITY_ERROR]);
      break;
    case PROP_WARNINGS:
      g_value_set_uint (value, self->counts[SK_SEVERITY_WARNING]);
      break;
    case PROP_NOTES:
      g_value_set_uint (value, self->counts[SK_SEVERITY_NOTE]);
      break;
    case PROP_CHECKED:
      g_value_set_boolean (value, self->checked);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_compliance_class_init (SkComplianceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sk_compliance_dispose;
  object_class->get_property = sk_compliance_get_property;
  properties[PROP_ERRORS] = g_param_spec_uint ("errors", NULL, NULL, 0, G_MAXUINT, 0,
                                               G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WARNINGS] = g_param_spec_uint ("warnings", NULL, NULL, 0, G_MAXUINT, 0,
                                                 G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] = g_param_spec_uint ("notes", NULL, NULL, 0, G_MAXUINT, 0,
                                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHECKED] = g_param_spec_boolean ("checked", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sk_compliance_init (SkCompliance *self)
{
  self->findings = g_list_store_new (SK_TYPE_FINDING);
}

SkCompliance *
sk_compliance_new (SkProposal *proposal, SkRuleSet *rules)
{
  SkCompliance *self = g_object_new (SK_TYPE_COMPLIANCE, NULL);

  self->proposal = g_object_ref (proposal);
  self->service = sk_check_service_new (rules);
  self->findings_id = g_signal_connect (self->service, "findings-changed", G_CALLBACK (on_findings), self);
  self->changed_id = g_signal_connect (proposal, "changed", G_CALLBACK (on_changed), self);
  self->rankings_id = g_signal_connect (sk_ranking_service_get_default (), "notify::rankings",
                                        G_CALLBACK (on_rankings), self);
  /* The first check too runs in the worker: the proposal is shown at
   * once, its pages saying "Checking…" until the findings are here. */
  sk_check_service_request (self->service, proposal);
  return self;
}

GListModel *sk_compliance_get_findings (SkCompliance *self) { return G_LIST_MODEL (self->findings); }
SkRuleSet *sk_compliance_get_rules (SkCompliance *self) { return sk_check_service_get_rules (self->service); }
gboolean sk_compliance_is_checked (SkCompliance *self) { return self->checked; }
gboolean sk_compliance_is_checking (SkCompliance *self) { return self->idle_id != 0 || sk_check_service_is_busy (self->service); }
guint sk_compliance_get_errors (SkCompliance *self) { return self->counts[SK_SEVERITY_ERROR]; }
guint sk_compliance_get_warnings (SkCompliance *self) { return self->counts[SK_SEVERITY_WARNING]; }
guint sk_compliance_get_notes (SkCompliance *self) { return self->counts[SK_SEVERITY_NOTE]; }
gint64 sk_compliance_get_last_duration (SkCompliance *self) { return self->last_duration; }

GPtrArray *
sk_compliance_dup_findings (SkCompliance *self)
{
  GListModel *model = G_LIST_MODEL (self->findings);
  GPtrArray *all = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (all, g_list_model_get_item (model, i));
  return all;
}

char *
sk_compliance_summary (SkCompliance *self)
{
  g_autoptr (GPtrArray) all = NULL;

  if (!self->checked)
    /* TRANSLATORS: the compliance of a proposal just opened, before the
     * findings of its first check are there */
    return g_strdup (_("Checking against the rules…"));
  all = sk_compliance_dup_findings (self);
  return sk_findings_summary (all, NULL);
}
