/* sk-plan-offers.c: the plans follow the term (the core fills and removes
 * the years; this asks the user) */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-plan.h"
#include "sk-plan-offers.h"

typedef struct {
  GWeakRef window;
  SkProposal *proposal;       /* not owned: the watch goes with it */
  int first, last;            /* the term last seen; 0 when unknown */
  GArray *added;              /* years offered to fill */
  AdwMessageDialog *dialog;   /* the offer shown */
} Watch;

static GQuark
watch_quark (void)
{
  return g_quark_from_static_string ("sk-plan-offers");
}

static void
watch_free (gpointer data)
{
  Watch *w = data;

  if (w->dialog)
    {
      g_object_remove_weak_pointer (G_OBJECT (w->dialog), (gpointer *) &w->dialog);
      gtk_window_destroy (GTK_WINDOW (w->dialog));
    }
  g_weak_ref_clear (&w->window);
  g_clear_pointer (&w->added, g_array_unref);
  g_free (w);
}

AdwMessageDialog *
sk_plan_offers_get_dialog (SkProposal *proposal)
{
  Watch *w = g_object_get_qdata (G_OBJECT (proposal), watch_quark ());
  return w ? w->dialog : NULL;
}

static void offer_removal (Watch *w);

static AdwMessageDialog *
new_dialog (Watch *w, const char *heading, const char *body)
{
  g_autoptr (SkWindow) window = g_weak_ref_get (&w->window);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window ? GTK_WINDOW (window) : NULL, heading, body));
  w->dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &w->dialog);
  return dialog;
}

static void
toast_undo (Watch *w, const char *text)
{
  g_autoptr (SkWindow) window = g_weak_ref_get (&w->window);
  if (window)
    sk_window_toast_undo (window, text);
}

static void
show_error (Watch *w, const char *heading, GError *error)
{
  g_autoptr (SkWindow) window = g_weak_ref_get (&w->window);
  sk_show_error (window ? GTK_WINDOW (window) : NULL, heading, error);
}

static void
on_fill_response (AdwMessageDialog *dialog, const char *response, Watch *w)
{
  /* This one closes; another may follow. */
  if (w->dialog == dialog)
    {
      g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &w->dialog);
      w->dialog = NULL;
    }
  if (g_str_equal (response, "copy") && w->added)
    {
      g_autoptr (GError) error = NULL;
      guint n = 0;

      if (!sk_plan_fill_years (w->proposal, w->added, SK_FILL_COPY_LAST, &n, &error))
        show_error (w, _("The new years could not be filled"), error);
      else
        {
          /* TRANSLATORS: a toast with an Undo button, after the years added to the term were filled */
          g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u value copied into the new years",
                                                               "%u values copied into the new years", n), n);
          toast_undo (w, text);
        }
    }
  g_clear_pointer (&w->added, g_array_unref);
  /* Then the lines that fell out of the term, if any. */
  offer_removal (w);
}

static void
offer_fill (Watch *w, GArray *added)
{
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;
  int from = g_array_index (added, int, 0), to = g_array_index (added, int, added->len - 1);

  w->added = g_array_ref (added);
  if (from == to)
    /* TRANSLATORS: %d is a year added to the proposal's term */
    body = g_strdup_printf (_("The term now includes %d. Fill this year of the financing and of the indicator targets with the values of the year before it, or leave it empty?"), from);
  else
    /* TRANSLATORS: the first and the last of the years added to the proposal's term */
    body = g_strdup_printf (_("The term now includes %d–%d. Fill these years of the financing and of the indicator targets with the values of the last year before them, or leave them empty?"), from, to);
  dialog = new_dialog (w, _("Years Added to the Term"), body);
  adw_message_dialog_add_responses (dialog, "empty", _("_Leave Empty"), "copy", _("_Copy the Last Year"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "copy", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "copy");
  adw_message_dialog_set_close_response (dialog, "empty");
  g_signal_connect (dialog, "response", G_CALLBACK (on_fill_response), w);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_remove_response (AdwMessageDialog *dialog, const char *response, Watch *w)
{
  g_autoptr (GError) error = NULL;
  guint n = 0;

  if (!g_str_equal (response, "remove"))
    return;
  if (!sk_plan_remove_outside_term (w->proposal, &n, &error))
    show_error (w, _("The lines outside the term could not be removed"), error);
  else
    {
      /* TRANSLATORS: a toast with an Undo button */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u line outside the term removed",
                                                           "%u lines outside the term removed", n), n);
      toast_undo (w, text);
    }
}

/* At most this many lines are named; the rest are counted. */
#define MAX_NAMED 8

static void
offer_removal (Watch *w)
{
  g_autoptr (GPtrArray) items = sk_plan_outside_term (w->proposal, NULL);
  GString *list;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (items == NULL || items->len == 0)
    return;
  list = g_string_new (NULL);
  for (guint i = 0; i < items->len && i < MAX_NAMED; i++)
    {
      SkPlanItem *item = items->pdata[i];
      g_string_append_printf (list, "\n• %s", item->description);
    }
  if (items->len > MAX_NAMED)
    {
      guint more = items->len - MAX_NAMED;
      g_string_append_c (list, '\n');
      /* TRANSLATORS: after a list of the first lines outside the term */
      g_string_append_printf (list, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", more), more);
    }
  /* TRANSLATORS: %u lines of the plans (financing, indicator targets); %s is their list, one a line */
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u line of the plans is for a year outside the term:%s",
                                       "%u lines of the plans are for years outside the term:%s", items->len),
                          items->len, list->str);
  g_string_free (list, TRUE);
  dialog = new_dialog (w, _("Plans Outside the Term"), body);
  adw_message_dialog_add_responses (dialog, "keep", _("_Keep Them"), "remove", _("_Remove Them"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect (dialog, "response", G_CALLBACK (on_remove_response), w);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
has_plans (SkProposal *proposal)
{
  return sk_proposal_count (proposal, SK_KIND_FINANCING) > 0 || sk_proposal_count (proposal, SK_KIND_INDICATOR_TARGET) > 0;
}

static void
on_changed (SkProposal *proposal, Watch *w)
{
  int first, last, old_first = w->first, old_last = w->last;
  g_autoptr (GArray) added = NULL;
  g_autoptr (SkWindow) window = g_weak_ref_get (&w->window);

  if (!sk_plan_term_years (proposal, &first, &last))
    return;
  w->first = first;
  w->last = last;
  if (old_first == 0 || (first == old_first && last == old_last) || window == NULL || w->dialog ||
      sk_proposal_is_read_only (proposal) || sk_proposal_is_frozen (proposal))
    return;
  /* The years now in the term that were not, and for which no plan has
   * anything yet. */
  added = sk_plan_empty_years (proposal);
  for (guint i = 0; i < added->len;)
    {
      int y = g_array_index (added, int, i);
      if (y >= old_first && y <= old_last)
        g_array_remove_index (added, i);
      else
        i++;
    }
  if (added->len > 0 && has_plans (proposal))
    offer_fill (w, added);
  else
    offer_removal (w);
}

void
sk_plan_offers_watch (SkWindow *window, SkProposal *proposal)
{
  Watch *w;

  g_return_if_fail (SK_IS_WINDOW (window) && SK_IS_PROPOSAL (proposal));
  w = g_object_get_qdata (G_OBJECT (proposal), watch_quark ());
  if (w)
    {
      g_weak_ref_set (&w->window, window);
      return;
    }
  w = g_new0 (Watch, 1);
  g_weak_ref_init (&w->window, window);
  w->proposal = proposal;
  sk_plan_term_years (proposal, &w->first, &w->last);
  g_object_set_qdata_full (G_OBJECT (proposal), watch_quark (), w, watch_free);
  g_signal_connect (proposal, "changed", G_CALLBACK (on_changed), w);
}
