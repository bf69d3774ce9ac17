/* sk-ranking-service.h: the user's ranking library as the application
 * uses it: opened when needed, its tables loaded once in a worker thread
 * (never at start-up), shared by every window */
#pragma once

#include <gio/gio.h>

#include "sk-ranking.h"

G_BEGIN_DECLS

#define SK_TYPE_RANKING_SERVICE (sk_ranking_service_get_type ())
G_DECLARE_FINAL_TYPE (SkRankingService, sk_ranking_service, SK, RANKING_SERVICE, GObject)

/* The one of the process, made at its first use. */
SkRankingService *sk_ranking_service_get_default (void);
/* The loaded tables and aliases (not a new reference; take one to keep
 * them), or NULL while they load — the first call starts the loading —
 * or when the user has no ranking library. "notify::rankings" when they
 * change. Used on the main thread only. */
SkRankings       *sk_ranking_service_peek       (SkRankingService *self);
/* Is a loading under way? */
gboolean          sk_ranking_service_is_loading (SkRankingService *self);
/* The library (created when it does not exist), for listing, removing
 * and remembering aliases on the main thread. */
SkRankingLibrary *sk_ranking_service_open_library (SkRankingService *self, GError **error);
/* The library was changed (a table imported or removed): its tables are
 * loaded again, and "changed" is emitted. */
void              sk_ranking_service_changed    (SkRankingService *self);

G_END_DECLS
