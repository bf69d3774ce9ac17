/* sk-ranking-service.c: the user's ranking library as the application
 * uses it */
#include "config.h"

#include "sk-ranking-service.h"

struct _SkRankingService
{
  GObject parent_instance;

  SkRankings *rankings;
  guint generation;     /* of the loading wanted; an older one is dropped */
  gboolean loading;
  gboolean loaded;
};

G_DEFINE_FINAL_TYPE (SkRankingService, sk_ranking_service, G_TYPE_OBJECT)

enum { PROP_0, PROP_RANKINGS, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void start_loading (SkRankingService *self);

/* In the worker: the whole library, or nothing when the user has none. */
static void
load_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  g_autofree char *path = sk_ranking_library_default_path ();
  g_autoptr (SkRankingLibrary) lib = NULL;
  g_autoptr (GError) error = NULL;
  SkRankings *rankings;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }
  if ((lib = sk_ranking_library_open (path, &error)) == NULL ||
      (rankings = sk_ranking_library_load (lib, &error)) == NULL)
    {
      /* A damaged library verifies nothing; its page says why. */
      g_debug ("ranking library: %s", error->message);
      g_task_return_pointer (task, NULL, NULL);
      return;
    }
  g_task_return_pointer (task, rankings, (GDestroyNotify) sk_rankings_free);
}

static void
on_loaded (GObject *source, GAsyncResult *result, gpointer data)
{
  SkRankingService *self = SK_RANKING_SERVICE (source);
  SkRankings *rankings = g_task_propagate_pointer (G_TASK (result), NULL);
  guint generation = GPOINTER_TO_UINT (g_task_get_task_data (G_TASK (result)));

  self->loading = FALSE;
  if (generation != self->generation)
    {
      /* changed while it loaded: again */
      g_clear_pointer (&rankings, sk_rankings_free);
      start_loading (self);
      return;
    }
  self->loaded = TRUE;
  /* No library before and none now: nothing to check again. */
  if (rankings == NULL && self->rankings == NULL)
    return;
  g_clear_pointer (&self->rankings, sk_rankings_free);
  self->rankings = rankings;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANKINGS]);
}

static void
start_loading (SkRankingService *self)
{
  g_autoptr (GTask) task = NULL;

  if (self->loading)
    return;
  self->loading = TRUE;
  task = g_task_new (self, NULL, on_loaded, NULL);
  g_task_set_source_tag (task, start_loading);
  g_task_set_task_data (task, GUINT_TO_POINTER (self->generation), NULL);
  g_task_run_in_thread (task, load_thread);
}

SkRankings *
sk_ranking_service_peek (SkRankingService *self)
{
  g_return_val_if_fail (SK_IS_RANKING_SERVICE (self), NULL);
  if (!self->loaded)
    start_loading (self);
  return self->rankings;
}

gboolean
sk_ranking_service_is_loading (SkRankingService *self)
{
  return self->loading;
}

SkRankingLibrary *
sk_ranking_service_open_library (SkRankingService *self, GError **error)
{
  return sk_ranking_library_open (NULL, error);
}

void
sk_ranking_service_changed (SkRankingService *self)
{
  g_return_if_fail (SK_IS_RANKING_SERVICE (self));
  self->generation++;
  self->loaded = FALSE;
  start_loading (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
sk_ranking_service_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_RANKINGS:
      g_value_set_pointer (value, SK_RANKING_SERVICE (object)->rankings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_ranking_service_finalize (GObject *object)
{
  g_clear_pointer (&SK_RANKING_SERVICE (object)->rankings, sk_rankings_free);
  G_OBJECT_CLASS (sk_ranking_service_parent_class)->finalize (object);
}

static void
sk_ranking_service_class_init (SkRankingServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sk_ranking_service_get_property;
  object_class->finalize = sk_ranking_service_finalize;
  properties[PROP_RANKINGS] = g_param_spec_pointer ("rankings", NULL, NULL,
                                                    G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sk_ranking_service_init (SkRankingService *self)
{
}

SkRankingService *
sk_ranking_service_get_default (void)
{
  static SkRankingService *service;

  if (service == NULL)
    service = g_object_new (SK_TYPE_RANKING_SERVICE, NULL);
  return service;
}
