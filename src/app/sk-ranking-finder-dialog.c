/* sk-ranking-finder-dialog.c: the partner finder */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-format.h"
#include "sk-ranking-finder-dialog.h"
#include "sk-ranking-hit-row.h"
#include "sk-ranking-service.h"
#include "sk-window.h"

/* So many institutions are listed; the rest are counted. */
#define MAX_SHOWN 100

struct _SkRankingFinderDialog
{
  AdwWindow parent_instance;

  AdwToastOverlay *toasts;
  GtkWidget *country_row;
  GtkWidget *name_row;
  GtkSpinButton *top_spin;
  AdwComboRow *subject_row;
  AdwPreferencesGroup *results_group;
  GtkListBox *results;

  SkProposal *proposal;
  SkRankings *rankings;     /* a reference to the loaded ones */
  GPtrArray *hits;          /* SkRankingHit, shown */
  GPtrArray *subjects;      /* char *: the subjects of the combo, after "overall" */
  gulong rankings_id;
  guint search_id;
  gboolean filling;
};

G_DEFINE_FINAL_TYPE (SkRankingFinderDialog, sk_ranking_finder_dialog, ADW_TYPE_WINDOW)

enum { PROP_0, PROP_PROPOSAL, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
toast (SkRankingFinderDialog *self, const char *text)
{
  AdwToast *t = adw_toast_new (text);

  adw_toast_set_priority (t, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toasts, t);
}

/* ---- adding ---- */

static void
on_add (SkRankingHitRow *row, SkRankingFinderDialog *self)
{
  const SkRankingHit *hit = sk_ranking_hit_row_get_hit (row);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  guint n = hit->rows->len;

  if (sk_ranking_add_partner (self->proposal, hit, &error) == 0)
    {
      toast (self, error->message);
      return;
    }
  /* TRANSLATORS: a toast: a university, then the number of ranking entries added with it */
  text = g_strdup_printf (ngettext ("“%s” added as a foreign partner with %u ranking entry",
                                    "“%s” added as a foreign partner with %u ranking entries", n),
                          hit->name, n);
  toast (self, text);
  sk_ranking_hit_row_set_added (row);
}

/* ---- the results ---- */

static GtkWidget *
hit_row (SkRankingFinderDialog *self, const SkRankingHit *hit)
{
  GtkWidget *row = sk_ranking_hit_row_new (hit, !sk_proposal_is_read_only (self->proposal));

  g_signal_connect (row, "add", G_CALLBACK (on_add), self);
  return row;
}

static void
clear_results (SkRankingFinderDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results))))
    gtk_list_box_remove (self->results, child);
  gtk_widget_set_visible (GTK_WIDGET (self->results), FALSE);
  g_clear_pointer (&self->hits, g_ptr_array_unref);
}

/* The subjects of the loaded tables in the combo, after "Overall". */
static void
fill_subjects (SkRankingFinderDialog *self)
{
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->subjects, 0);
  gtk_string_list_append (model, _("Overall tables"));
  for (guint k = 0; self->rankings && k < self->rankings->tables->len; k++)
    {
      const SkRankingTable *t = self->rankings->tables->pdata[k];
      gboolean seen = t->subject == NULL;

      for (guint i = 0; !seen && i < self->subjects->len; i++)
        seen = g_str_equal (self->subjects->pdata[i], t->subject);
      if (seen)
        continue;
      g_ptr_array_add (self->subjects, g_strdup (t->subject));
      {
        /* TRANSLATORS: a choice of the partner finder: the tables of one subject */
        g_autofree char *label = g_strdup_printf (_("Subject “%s”"), t->subject);
        gtk_string_list_append (model, label);
      }
    }
  self->filling = TRUE;
  adw_combo_row_set_model (self->subject_row, G_LIST_MODEL (model));
  adw_combo_row_set_selected (self->subject_row, 0);
  self->filling = FALSE;
}

void
sk_ranking_finder_dialog_search (SkRankingFinderDialog *self)
{
  g_autofree char *country = NULL, *name = NULL, *count = NULL, *description = NULL;
  guint selected = adw_combo_row_get_selected (self->subject_row);
  const char *subject = NULL;

  g_clear_handle_id (&self->search_id, g_source_remove);
  clear_results (self);
  if (self->rankings == NULL || self->rankings->tables->len == 0)
    {
      adw_preferences_group_set_description (self->results_group,
                                             sk_ranking_service_is_loading (sk_ranking_service_get_default ())
                                             ? _("Loading the ranking tables…")
                                             : _("No ranking table is loaded: import the publishers’ tables in “Ranking Tables” first."));
      return;
    }
  country = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->country_row))));
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  if (selected != GTK_INVALID_LIST_POSITION && selected >= 1 && selected - 1 < self->subjects->len)
    subject = self->subjects->pdata[selected - 1];
  self->hits = sk_ranking_find (self->rankings, *country ? country : NULL, *name ? name : NULL,
                                gtk_spin_button_get_value_as_int (self->top_spin), subject);
  count = sk_format_int (self->hits->len, NULL);
  if (self->hits->len == 0)
    description = g_strdup (*country && sk_ranking_country_code (country) == NULL
                            ? _("No table knows this country: write its code (DE) or its English name (Germany).")
                            : _("No institution of the loaded tables matches."));
  else if (self->hits->len > MAX_SHOWN)
    /* TRANSLATORS: how many institutions the finder found; only the first 100 are listed */
    description = g_strdup_printf (ngettext ("%s institution; the first 100 are listed.",
                                             "%s institutions; the first 100 are listed.", self->hits->len), count);
  else
    description = g_strdup_printf (ngettext ("%s institution, best ranked first.",
                                             "%s institutions, best ranked first.", self->hits->len), count);
  adw_preferences_group_set_description (self->results_group, description);
  for (guint i = 0; i < self->hits->len && i < MAX_SHOWN; i++)
    gtk_list_box_append (self->results, hit_row (self, self->hits->pdata[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->results), self->hits->len > 0);
}

guint
sk_ranking_finder_dialog_get_n_results (SkRankingFinderDialog *self)
{
  return self->hits ? MIN (self->hits->len, MAX_SHOWN) : 0;
}

static gboolean
on_search_idle (gpointer data)
{
  SkRankingFinderDialog *self = data;

  self->search_id = 0;
  sk_ranking_finder_dialog_search (self);
  return G_SOURCE_REMOVE;
}

/* A moment after the last keystroke. */
static void
on_search_changed (SkRankingFinderDialog *self)
{
  if (self->filling)
    return;
  g_clear_handle_id (&self->search_id, g_source_remove);
  self->search_id = g_timeout_add (150, on_search_idle, self);
}

static void
take_rankings (SkRankingFinderDialog *self)
{
  SkRankings *now = sk_ranking_service_peek (sk_ranking_service_get_default ());

  clear_results (self);
  g_clear_pointer (&self->rankings, sk_rankings_free);
  self->rankings = now ? sk_rankings_ref (now) : NULL;
  fill_subjects (self);
  sk_ranking_finder_dialog_search (self);
}

static void
on_rankings (GObject *service, GParamSpec *pspec, SkRankingFinderDialog *self)
{
  take_rankings (self);
}

/* ---- the class ---- */

static void
sk_ranking_finder_dialog_constructed (GObject *object)
{
  SkRankingFinderDialog *self = SK_RANKING_FINDER_DIALOG (object);

  G_OBJECT_CLASS (sk_ranking_finder_dialog_parent_class)->constructed (object);
  self->rankings_id = g_signal_connect (sk_ranking_service_get_default (), "notify::rankings",
                                        G_CALLBACK (on_rankings), self);
  take_rankings (self);
}

static void
sk_ranking_finder_dialog_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_PROPOSAL:
      SK_RANKING_FINDER_DIALOG (object)->proposal = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_ranking_finder_dialog_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_PROPOSAL:
      g_value_set_object (value, SK_RANKING_FINDER_DIALOG (object)->proposal);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_ranking_finder_dialog_dispose (GObject *object)
{
  SkRankingFinderDialog *self = SK_RANKING_FINDER_DIALOG (object);

  g_clear_handle_id (&self->search_id, g_source_remove);
  g_clear_signal_handler (&self->rankings_id, sk_ranking_service_get_default ());
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_RANKING_FINDER_DIALOG);
  g_clear_pointer (&self->hits, g_ptr_array_unref);
  g_clear_pointer (&self->rankings, sk_rankings_free);
  g_clear_object (&self->proposal);
  G_OBJECT_CLASS (sk_ranking_finder_dialog_parent_class)->dispose (object);
}

static void
sk_ranking_finder_dialog_finalize (GObject *object)
{
  g_clear_pointer (&SK_RANKING_FINDER_DIALOG (object)->subjects, g_ptr_array_unref);
  G_OBJECT_CLASS (sk_ranking_finder_dialog_parent_class)->finalize (object);
}

static void
sk_ranking_finder_dialog_class_init (SkRankingFinderDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sk_ranking_finder_dialog_constructed;
  object_class->set_property = sk_ranking_finder_dialog_set_property;
  object_class->get_property = sk_ranking_finder_dialog_get_property;
  object_class->dispose = sk_ranking_finder_dialog_dispose;
  object_class->finalize = sk_ranking_finder_dialog_finalize;
  properties[PROP_PROPOSAL] = g_param_spec_object ("proposal", NULL, NULL, SK_TYPE_PROPOSAL,
                                                   G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-ranking-finder-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SkRankingFinderDialog, toasts);
  gtk_widget_class_bind_template_child (widget_class, SkRankingFinderDialog, country_row);
  gtk_widget_class_bind_template_child (widget_class, SkRankingFinderDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, SkRankingFinderDialog, top_spin);
  gtk_widget_class_bind_template_child (widget_class, SkRankingFinderDialog, subject_row);
  gtk_widget_class_bind_template_child (widget_class, SkRankingFinderDialog, results_group);
  gtk_widget_class_bind_template_child (widget_class, SkRankingFinderDialog, results);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sk_ranking_finder_dialog_init (SkRankingFinderDialog *self)
{
  self->subjects = g_ptr_array_new_with_free_func (g_free);
  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->filling = FALSE;
}

GtkWidget *
sk_ranking_finder_dialog_new (GtkWindow *parent, SkProposal *proposal)
{
  return g_object_new (SK_TYPE_RANKING_FINDER_DIALOG, "transient-for", parent, "proposal", proposal, NULL);
}
