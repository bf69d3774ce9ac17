/* sk-check-service.c: the compliance check of an open proposal run in a
 * worker thread, on a snapshot of the proposal's file */
#include "config.h"

#include "sk-check-service.h"
#include "sk-init.h"
#include "sk-ranking-service.h"

struct _SkCheckService
{
  GObject parent_instance;

  SkRuleSet *rules;
  /* Counts the requests (and the checks run at once): a result carries
   * the generation it was asked for and is dropped when it is not the
   * newest. */
  guint64 generation;
  gboolean running;            /* a worker has a snapshot */
  SkProposal *waiting;         /* asked for while the worker was busy */
  GCancellable *cancellable;
};

/* What a worker owns: nothing it shares with the main thread. */
typedef struct
{
  guint64 generation;
  GBytes *snapshot;
  char *path;
  SkRuleSet *rules;
  SkRankings *rankings;
  char *language;
} Job;

typedef struct
{
  GPtrArray *findings;
  gint64 duration;
} Result;

enum { PROP_0, PROP_BUSY, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { FINDINGS_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SkCheckService, sk_check_service, G_TYPE_OBJECT)

static void
job_free (Job *job)
{
  g_bytes_unref (job->snapshot);
  g_free (job->path);
  g_clear_object (&job->rules);
  sk_rankings_free (job->rankings);
  g_free (job->language);
  g_free (job);
}

static void
result_free (Result *result)
{
  g_ptr_array_unref (result->findings);
  g_free (result);
}

static void
options_for (SkCheckOptions *options, const char *language, const SkRankings *rankings)
{
  *options = (SkCheckOptions) { .language = language, .rankings = rankings };
}

static void
check_in_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  Job *job = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (SkProposal) proposal = NULL;
  SkCheckOptions options;
  Result *result;
  gint64 start = g_get_monotonic_time ();

  if (g_task_return_error_if_cancelled (task))
    return;
  proposal = sk_proposal_open_snapshot (job->snapshot, job->path, &error);
  if (proposal == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  options_for (&options, job->language, job->rankings);
  result = g_new0 (Result, 1);
  result->findings = sk_check (proposal, job->rules, &options);
  result->duration = g_get_monotonic_time () - start;
  g_task_return_pointer (task, result, (GDestroyNotify) result_free);
}

static void start (SkCheckService *self, SkProposal *proposal);

static void
set_running (SkCheckService *self, gboolean running)
{
  gboolean was = sk_check_service_is_busy (self);

  self->running = running;
  if (was != sk_check_service_is_busy (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
on_checked (GObject *source, GAsyncResult *res, gpointer data)
{
  SkCheckService *self = SK_CHECK_SERVICE (source);
  Job *job = g_task_get_task_data (G_TASK (res));
  guint64 generation = job->generation;
  g_autoptr (GError) error = NULL;
  Result *result = g_task_propagate_pointer (G_TASK (res), &error);

  if (self->waiting)
    {
      /* Edits came meanwhile: this result is already old. */
      g_autoptr (SkProposal) next = g_steal_pointer (&self->waiting);
      g_clear_pointer (&result, result_free);
      self->running = FALSE;
      start (self, next);
      return;
    }
  set_running (self, FALSE);
  if (result == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("The compliance check failed: %s", error->message);
      return;
    }
  if (generation == self->generation)
    g_signal_emit (self, signals[FINDINGS_CHANGED], 0, result->findings, result->duration);
  result_free (result);
}

static void
start (SkCheckService *self, SkProposal *proposal)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GTask) task = NULL;
  SkRankings *rankings = sk_ranking_service_peek (sk_ranking_service_get_default ());
  GBytes *snapshot = sk_proposal_snapshot (proposal, &error);
  Job *job;

  if (snapshot == NULL)
    {
      /* The file cannot be copied (it went away): the check is made from
       * the records in memory, as before there was a worker. */
      g_autoptr (GPtrArray) findings = sk_check_service_run (self, proposal);
      return;
    }
  job = g_new0 (Job, 1);
  job->generation = self->generation;
  job->snapshot = snapshot;
  job->path = g_strdup (sk_proposal_get_path (proposal));
  job->rules = g_object_ref (self->rules);
  job->rankings = rankings ? sk_rankings_ref (rankings) : NULL;
  job->language = g_strdup (sk_get_content_language ());
  task = g_task_new (self, self->cancellable, on_checked, NULL);
  g_task_set_source_tag (task, start);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  set_running (self, TRUE);
  g_task_run_in_thread (task, check_in_thread);
}

void
sk_check_service_request (SkCheckService *self, SkProposal *proposal)
{
  g_return_if_fail (SK_IS_CHECK_SERVICE (self));
  g_return_if_fail (SK_IS_PROPOSAL (proposal));

  self->generation++;
  if (self->running)
    {
      gboolean was = sk_check_service_is_busy (self);
      g_set_object (&self->waiting, proposal);
      if (!was)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
      return;
    }
  start (self, proposal);
}

GPtrArray *
sk_check_service_run (SkCheckService *self, SkProposal *proposal)
{
  SkCheckOptions options;
  gint64 start_time = g_get_monotonic_time ();
  GPtrArray *findings;

  g_return_val_if_fail (SK_IS_CHECK_SERVICE (self), NULL);
  g_return_val_if_fail (SK_IS_PROPOSAL (proposal), NULL);

  /* Whatever is under way is older than this. */
  self->generation++;
  g_clear_object (&self->waiting);
  options_for (&options, sk_get_content_language (), sk_ranking_service_peek (sk_ranking_service_get_default ()));
  findings = sk_check (proposal, self->rules, &options);
  g_signal_emit (self, signals[FINDINGS_CHANGED], 0, findings, g_get_monotonic_time () - start_time);
  return findings;
}

void
sk_check_service_cancel (SkCheckService *self)
{
  g_return_if_fail (SK_IS_CHECK_SERVICE (self));

  self->generation++;
  g_clear_object (&self->waiting);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
}

gboolean
sk_check_service_is_busy (SkCheckService *self)
{
  g_return_val_if_fail (SK_IS_CHECK_SERVICE (self), FALSE);
  return self->running || self->waiting != NULL;
}

SkRuleSet *
sk_check_service_get_rules (SkCheckService *self)
{
  g_return_val_if_fail (SK_IS_CHECK_SERVICE (self), NULL);
  return self->rules;
}

static void
sk_check_service_dispose (GObject *object)
{
  SkCheckService *self = SK_CHECK_SERVICE (object);

  g_clear_object (&self->waiting);
  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (sk_check_service_parent_class)->dispose (object);
}

static void
sk_check_service_finalize (GObject *object)
{
  SkCheckService *self = SK_CHECK_SERVICE (object);

  g_clear_object (&self->rules);
  G_OBJECT_CLASS (sk_check_service_parent_class)->finalize (object);
}

static void
sk_check_service_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, sk_check_service_is_busy (SK_CHECK_SERVICE (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_check_service_class_init (SkCheckServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sk_check_service_dispose;
  object_class->finalize = sk_check_service_finalize;
  object_class->get_property = sk_check_service_get_property;
  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                                                G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  /* (findings: GPtrArray of SkFinding, duration: microseconds the check
   * took) */
  signals[FINDINGS_CHANGED] = g_signal_new ("findings-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_PTR_ARRAY, G_TYPE_INT64);
}

static void
sk_check_service_init (SkCheckService *self)
{
  self->cancellable = g_cancellable_new ();
}

SkCheckService *
sk_check_service_new (SkRuleSet *rules)
{
  SkCheckService *self;

  g_return_val_if_fail (SK_IS_RULE_SET (rules), NULL);
  self = g_object_new (SK_TYPE_CHECK_SERVICE, NULL);
  self->rules = g_object_ref (rules);
  return self;
}
