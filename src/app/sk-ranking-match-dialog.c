/* sk-ranking-match-dialog.c: each foreign partner of a proposal looked
 * up in the loaded ranking tables; a confirmed match enters the ranking
 * entry with its source note (one undo step) and is remembered */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-iso.h"
#include "sk-info-row.h"
#include "sk-init.h"
#include "sk-ranking-candidate-row.h"
#include "sk-ranking-match-dialog.h"
#include "sk-ranking-service.h"
#include "sk-rankings-page.h"
#include "sk-summary.h"
#include "sk-window.h"

struct _SkRankingMatchDialog
{
  AdwWindow parent_instance;

  AdwWindowTitle *title;
  GtkWidget *apply_button;
  AdwToastOverlay *toasts;
  GtkStack *stack;
  AdwPreferencesPage *list;

  SkProposal *proposal;
  SkRankings *rankings;     /* a reference to the loaded ones */
  GPtrArray *groups;        /* the groups shown in list */
  GHashTable *rejected;     /* "institution:table:row" */
  gulong rankings_id, changed_id;
  guint rebuild_id;
};

G_DEFINE_FINAL_TYPE (SkRankingMatchDialog, sk_ranking_match_dialog, ADW_TYPE_WINDOW)

enum { PROP_0, PROP_PROPOSAL, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void rebuild_later (SkRankingMatchDialog *self);

static void
toast (SkRankingMatchDialog *self, const char *text)
{
  AdwToast *t = adw_toast_new (text);

  adw_toast_set_priority (t, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toasts, t);
}

static char *
candidate_key (gint64 inst, const SkRankingTable *t, const SkRankingRow *row)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%u", inst, t->id, row->row);
}

static const char *
kind_label (SkRankingMatchKind kind)
{
  switch (kind)
    {
    case SK_RANKING_MATCH_ALIAS:
      return _("confirmed before");
    case SK_RANKING_MATCH_EXACT:
      return _("same name");
    default:
      return _("similar name");
    }
}

/* The partner's entry of the table's publisher, edition and subject. */
static SkRecord *
entry_of (SkRankingMatchDialog *self, gint64 inst, const SkRankingTable *t)
{
  GListModel *entries = sk_proposal_get_records (self->proposal, SK_KIND_RANKING);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (SkRecord) e = g_list_model_get_item (entries, i);
      if (sk_record_get_int (e, "institution_id", 0) == inst &&
          g_strcmp0 (sk_record_get_string (e, "publisher"), t->publisher) == 0 &&
          sk_record_get_int (e, "year", 0) == t->year &&
          g_strcmp0 (sk_record_get_string (e, "scope"), t->scope) == 0 &&
          (t->subject == NULL || g_strcmp0 (sk_record_get_string (e, "subject"), t->subject) == 0))
        return g_steal_pointer (&e);
    }
  return NULL;
}

/* ---- confirming, rejecting ---- */

static void
on_confirm (SkRankingCandidateRow *row, SkRankingMatchDialog *self)
{
  gint64 institution = sk_ranking_candidate_row_get_institution (row);
  const SkRankingTable *table = sk_ranking_candidate_row_get_table (row);
  const SkRankingRow *table_row = sk_ranking_candidate_row_get_row (row);
  SkRecord *inst = sk_proposal_lookup (self->proposal, SK_KIND_INSTITUTION, institution);
  g_autoptr (SkRankingLibrary) lib = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *title = sk_ranking_table_title (table);
  g_autofree char *label = NULL, *text = NULL;
  const char *name;

  if (inst == NULL)
    return;
  name = sk_record_display_name (inst, sk_get_content_language ());
  /* TRANSLATORS: an undo step: the ranking table (QS 2025), then the partner */
  label = g_strdup_printf (_("Ranking entry from %s for “%s”"), title, name);
  sk_proposal_begin_group (self->proposal, label);
  if (sk_ranking_write_entry (self->proposal, institution, table, table_row, &error) == 0)
    {
      sk_proposal_cancel_group (self->proposal);
      sk_show_error (GTK_WINDOW (self), _("The ranking entry could not be entered"), error);
      return;
    }
  if (!sk_proposal_end_group (self->proposal, &error))
    {
      sk_show_error (GTK_WINDOW (self), _("The ranking entry could not be entered"), error);
      return;
    }
  /* The match is remembered for the next proposal. */
  if ((lib = sk_ranking_service_open_library (sk_ranking_service_get_default (), &error)) == NULL ||
      !sk_ranking_remember (lib, self->rankings, inst, table_row, &error))
    g_debug ("the alias was not remembered: %s", error->message);
  /* TRANSLATORS: a toast: the partner, the ranking table (QS 2025), the rank as published */
  text = g_strdup_printf (_("“%s”: %s %s entered"), name, title, table_row->rank_text);
  toast (self, text);
  rebuild_later (self);
}

static void
on_reject (SkRankingCandidateRow *row, SkRankingMatchDialog *self)
{
  g_hash_table_add (self->rejected, candidate_key (sk_ranking_candidate_row_get_institution (row),
                                                   sk_ranking_candidate_row_get_table (row),
                                                   sk_ranking_candidate_row_get_row (row)));
  rebuild_later (self);
}

/* ---- the list ---- */

static GtkWidget *
candidate_row (SkRankingMatchDialog *self, SkRecord *inst, const SkRankingCandidate *cand, SkRecord *entry)
{
  gint64 id = sk_record_get_id (inst);
  g_autofree char *table = sk_ranking_table_title (cand->table);
  g_autofree char *title = NULL, *subtitle = NULL, *name = candidate_key (id, cand->table, cand->row);
  const char *entered = entry ? sk_record_get_string (entry, "rank_text") : NULL;
  gboolean same = entered && sk_ranking_same_rank (entered, cand->row->rank_text);
  gboolean editable = !sk_proposal_is_read_only (self->proposal);
  GtkWidget *row;

  /* TRANSLATORS: a candidate for a partner: the ranking table (QS 2025), then the rank as it publishes it */
  title = g_strdup_printf (_("%s: %s"), table, cand->row->rank_text);
  if (entered && !same)
    /* TRANSLATORS: the name in the table, the number of its row (an ordinal), how it matched, then the rank the proposal has now */
    subtitle = g_strdup_printf (_("“%s” · row %u · %s · the proposal says %s"), cand->row->name, cand->row->row,
                                kind_label (cand->kind), entered);
  else
    /* TRANSLATORS: the name in the table, the number of its row (an ordinal), then how it matched */
    subtitle = g_strdup_printf (_("“%s” · row %u · %s"), cand->row->name, cand->row->row, kind_label (cand->kind));
  row = sk_ranking_candidate_row_new (id, cand, title, subtitle, same, editable);
  gtk_widget_set_name (row, name);
  g_signal_connect (row, "confirm", G_CALLBACK (on_confirm), self);
  g_signal_connect (row, "reject", G_CALLBACK (on_reject), self);
  return row;
}

static GtkWidget *
not_found_row (const SkRankingTable *t)
{
  g_autofree char *title = sk_ranking_table_title (t);
  GtkWidget *row = sk_info_row_new (title, _("Not found in this table"), NULL);

  gtk_widget_add_css_class (row, "dim-label");
  return row;
}

static void
add_partner (SkRankingMatchDialog *self, SkRecord *inst)
{
  GtkWidget *group = adw_preferences_group_new ();
  const char *code = sk_record_get_string (inst, "country");
  /* The country's name in the interface's language (a code that is not
   * ISO 3166-1 as written) */
  const char *country = sk_iso_country_name (code, NULL) ? sk_iso_country_name (code, NULL) : code;
  gint64 id = sk_record_get_id (inst);

  {
    /* group titles are markup */
    g_autofree char *title = g_markup_escape_text (sk_record_display_name (inst, sk_get_content_language ()), -1);
    g_autofree char *where = country ? g_markup_escape_text (country, -1) : NULL;
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), where);
  }
  for (guint k = 0; k < self->rankings->tables->len; k++)
    {
      const SkRankingTable *t = self->rankings->tables->pdata[k];
      g_autoptr (GPtrArray) cands = sk_ranking_candidates (self->rankings, t, inst);
      g_autoptr (SkRecord) entry = entry_of (self, id, t);
      guint shown = 0;

      for (guint c = 0; c < cands->len; c++)
        {
          const SkRankingCandidate *cand = cands->pdata[c];
          g_autofree char *key = candidate_key (id, t, cand->row);

          if (g_hash_table_contains (self->rejected, key))
            continue;
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), candidate_row (self, inst, cand, entry));
          shown++;
        }
      if (shown == 0)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), not_found_row (t));
    }
  adw_preferences_page_add (self->list, ADW_PREFERENCES_GROUP (group));
  g_ptr_array_add (self->groups, group);
}

static void
rebuild (SkRankingMatchDialog *self)
{
  SkRankingService *service = sk_ranking_service_get_default ();
  SkRankings *now = sk_ranking_service_peek (service);
  g_autoptr (GPtrArray) partners = NULL;

  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->list, self->groups->pdata[i]);
  g_ptr_array_set_size (self->groups, 0);
  if (now != self->rankings)
    {
      g_clear_pointer (&self->rankings, sk_rankings_free);
      self->rankings = now ? sk_rankings_ref (now) : NULL;
    }
  gtk_widget_set_sensitive (self->apply_button, FALSE);
  if (self->rankings == NULL && sk_ranking_service_is_loading (service))
    {
      gtk_stack_set_visible_child_name (self->stack, "loading");
      return;
    }
  if (self->rankings == NULL || self->rankings->tables->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  partners = sk_ranking_partners (self->proposal);
  if (partners->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "no-partners");
      return;
    }
  for (guint i = 0; i < partners->len; i++)
    add_partner (self, partners->pdata[i]);
  gtk_widget_set_sensitive (self->apply_button, !sk_proposal_is_read_only (self->proposal));
  gtk_stack_set_visible_child_name (self->stack, "list");
}

static gboolean
on_rebuild_idle (gpointer data)
{
  SkRankingMatchDialog *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* Not inside the signal of a button that the rebuilding destroys. */
static void
rebuild_later (SkRankingMatchDialog *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (on_rebuild_idle, self);
}

static void
on_rankings (GObject *service, GParamSpec *pspec, SkRankingMatchDialog *self)
{
  rebuild_later (self);
}

static void
on_proposal_changed (SkProposal *proposal, SkRankingMatchDialog *self)
{
  rebuild_later (self);
}

gboolean
sk_ranking_match_dialog_is_ready (SkRankingMatchDialog *self)
{
  return self->rebuild_id == 0 &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "loading") != 0;
}

static void
on_apply_clicked (SkRankingMatchDialog *self)
{
  g_autoptr (GError) error = NULL;
  int written;

  if (self->rankings == NULL)
    return;
  if ((written = sk_ranking_apply (self->proposal, self->rankings, &error)) < 0)
    {
      sk_show_error (GTK_WINDOW (self), _("The ranking entries could not be entered"), error);
      return;
    }
  {
    g_autofree char *text = g_strdup_printf (ngettext ("%d ranking entry entered or confirmed",
                                                       "%d ranking entries entered or confirmed", written), written);
    toast (self, text);
  }
  rebuild_later (self);
}

static void
on_library_clicked (SkRankingMatchDialog *self)
{
  sk_rankings_page_present (GTK_WINDOW (self));
}

/* ---- the class ---- */

static void
sk_ranking_match_dialog_constructed (GObject *object)
{
  SkRankingMatchDialog *self = SK_RANKING_MATCH_DIALOG (object);
  SkRecord *info = sk_proposal_get_info (self->proposal);

  G_OBJECT_CLASS (sk_ranking_match_dialog_parent_class)->constructed (object);
  adw_window_title_set_subtitle (self->title, sk_record_display_name (info, sk_get_content_language ()));
  self->changed_id = g_signal_connect (self->proposal, "changed", G_CALLBACK (on_proposal_changed), self);
  self->rankings_id = g_signal_connect (sk_ranking_service_get_default (), "notify::rankings",
                                        G_CALLBACK (on_rankings), self);
  rebuild (self);
}

static void
sk_ranking_match_dialog_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  SkRankingMatchDialog *self = SK_RANKING_MATCH_DIALOG (object);

  switch (prop_id)
    {
    case PROP_PROPOSAL:
      self->proposal = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_ranking_match_dialog_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_PROPOSAL:
      g_value_set_object (value, SK_RANKING_MATCH_DIALOG (object)->proposal);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_ranking_match_dialog_dispose (GObject *object)
{
  SkRankingMatchDialog *self = SK_RANKING_MATCH_DIALOG (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_signal_handler (&self->rankings_id, sk_ranking_service_get_default ());
  if (self->proposal)
    g_clear_signal_handler (&self->changed_id, self->proposal);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_RANKING_MATCH_DIALOG);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->rankings, sk_rankings_free);
  g_clear_object (&self->proposal);
  G_OBJECT_CLASS (sk_ranking_match_dialog_parent_class)->dispose (object);
}

static void
sk_ranking_match_dialog_finalize (GObject *object)
{
  g_clear_pointer (&SK_RANKING_MATCH_DIALOG (object)->rejected, g_hash_table_unref);
  G_OBJECT_CLASS (sk_ranking_match_dialog_parent_class)->finalize (object);
}

static void
sk_ranking_match_dialog_class_init (SkRankingMatchDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sk_ranking_match_dialog_constructed;
  object_class->set_property = sk_ranking_match_dialog_set_property;
  object_class->get_property = sk_ranking_match_dialog_get_property;
  object_class->dispose = sk_ranking_match_dialog_dispose;
  object_class->finalize = sk_ranking_match_dialog_finalize;
  properties[PROP_PROPOSAL] = g_param_spec_object ("proposal", NULL, NULL, SK_TYPE_PROPOSAL,
                                                   G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-ranking-match-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SkRankingMatchDialog, title);
  gtk_widget_class_bind_template_child (widget_class, SkRankingMatchDialog, apply_button);
  gtk_widget_class_bind_template_child (widget_class, SkRankingMatchDialog, toasts);
  gtk_widget_class_bind_template_child (widget_class, SkRankingMatchDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, SkRankingMatchDialog, list);
  gtk_widget_class_bind_template_callback (widget_class, on_apply_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_library_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sk_ranking_match_dialog_init (SkRankingMatchDialog *self)
{
  self->groups = g_ptr_array_new ();
  self->rejected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_ranking_match_dialog_new (GtkWindow *parent, SkProposal *proposal)
{
  return g_object_new (SK_TYPE_RANKING_MATCH_DIALOG, "transient-for", parent, "proposal", proposal, NULL);
}
