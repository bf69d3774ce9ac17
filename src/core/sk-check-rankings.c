/* sk-check-rankings.c: the ranking entries compared with the loaded tables
 *
 * For a reviewer checking a received proposal: each entry is compared
 * with the loaded table of the same publisher, edition, scope and subject.
 * The tables come in with the check's options (the check never opens the
 * library); without them nothing is said, and an entry no loaded table
 * covers is reported as not verified, never as verified.
 */
#include "config.h"

#include "sk-check-private.h"
#include "sk-ranking.h"

/* The row the entry's institution is in: the one sure match, or the one
 * similar name; several candidates: the first that agrees, if any. */
static const SkRankingRow *
row_of (const SkRankings *rankings, const SkRankingTable *table, SkRecord *inst,
        const char *entry_rank)
{
  g_autoptr (GPtrArray) cands = sk_ranking_candidates (rankings, table, inst);
  const SkRankingCandidate *c = sk_ranking_unambiguous (cands, TRUE);

  if (c)
    return c->row;
  for (guint i = 0; i < cands->len; i++)
    {
      const SkRankingCandidate *any = cands->pdata[i];
      if (sk_ranking_same_rank (entry_rank, any->row->rank_text))
        return any->row;
    }
  return cands->len ? ((const SkRankingCandidate *) cands->pdata[0])->row : NULL;
}

static void
verify_entry (SkCheckContext *ctx, SkRecord *entry)
{
  SkRecord *inst = sk_proposal_lookup (ctx->proposal, SK_KIND_INSTITUTION,
                                       sk_record_get_int (entry, "institution_id", 0));
  const char *publisher = sk_record_get_string (entry, "publisher");
  const char *subject = sk_record_get_string (entry, "subject");
  const char *rank = sk_record_get_string (entry, "rank_text");
  int year = (int) sk_record_get_int (entry, "year", 0);
  g_autofree char *title = sk_ranking_title (publisher, year,
                                             g_strcmp0 (sk_record_get_string (entry, "scope"), "subject") == 0
                                             ? subject : NULL);
  gint64 id = sk_record_get_id (entry);
  const SkRankingTable *table;
  const SkRankingRow *row;

  if (inst == NULL || rank == NULL)
    return;
  table = sk_rankings_lookup (ctx->rankings, publisher, year,
                              sk_record_get_string (entry, "scope"), subject);
  if (table == NULL)
    {
      sk_check_add (ctx, "ranking-unverified", SK_KIND_RANKING, id,
                    TR ("The entry %s of “%s” (%s) was not verified: no %s table is loaded."),
                    title, sk_check_name (ctx, inst), rank, title);
      return;
    }
  row = row_of (ctx->rankings, table, inst, rank);
  if (row == NULL)
    sk_check_add (ctx, "ranking-mismatch", SK_KIND_RANKING, id,
                  TR ("“%s” was not found in the loaded %s table (file “%s”): the entry %s cannot be confirmed."),
                  sk_check_name (ctx, inst), title, table->source_file, rank);
  else if (!sk_ranking_same_rank (rank, row->rank_text))
    sk_check_add (ctx, "ranking-mismatch", SK_KIND_RANKING, id,
                  /* TRANSLATORS: the partner, its rank in the proposal, the ranking table, the rank there, the file, then the number of the row in that file (an ordinal, not a count) */
                  TR ("“%s”: the entry says %s; %s says %s (file “%s”, row %u)."),
                  sk_check_name (ctx, inst), rank, title, row->rank_text, table->source_file, row->row);
}

void
sk_check_rankings (SkCheckContext *ctx)
{
  if (ctx->rankings == NULL)
    return;
  SK_CHECK_FOREACH (ctx, SK_KIND_RANKING, entry)
    verify_entry (ctx, entry);
}
