/* sk-window-actions.c: the window's actions: undo and redo, export,
 * remarks, toasts */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-export.h"
#include "sk-ranking-finder-dialog.h"
#include "sk-ranking-match-dialog.h"
#include "sk-rankings-page.h"
#include "sk-review-ui.h"
#include "sk-window-private.h"

/* ---- other actions ---- */

static void
history_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkWindow *self = SK_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  const char *label;
  gboolean undo = g_str_equal (action_name, "win.undo");

  if (self->proposal == NULL)
    return;
  label = undo ? sk_proposal_get_undo_label (self->proposal) : sk_proposal_get_redo_label (self->proposal);
  {
    g_autofree char *what = g_strdup (label);
    if (!(undo ? sk_proposal_undo (self->proposal, &error) : sk_proposal_redo (self->proposal, &error)))
      {
        if (error)
          sk_show_error (GTK_WINDOW (self), undo ? _("The edit could not be undone") : _("The edit could not be redone"), error);
        return;
      }
    if (what)
      {
        /* TRANSLATORS: a toast after undo or redo, e.g. "Undone: Edit Programme" */
        g_autofree char *text = g_strdup_printf (undo ? _("Undone: %s") : _("Redone: %s"), what);
        sk_window_toast (self, text);
      }
  }
}

static void
remark_finding_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkWindow *self = SK_WINDOW (widget);
  const char *kind, *check;
  gint64 id;

  if (self->proposal == NULL)
    return;
  g_variant_get (param, "(&sx&s)", &kind, &id, &check);
  sk_review_ask_remark (GTK_WINDOW (self), self->proposal, g_str_equal (kind, SK_KIND_PROPOSAL) ? NULL : kind, id, check);
}

static void
export_pdf_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  if (SK_WINDOW (widget)->proposal)
    sk_export_pdf_ask (SK_WINDOW (widget), g_str_equal (action_name, "win.export-review")
                                           ? SK_EXPORT_REVIEW : SK_EXPORT_PROPOSAL);
}

static void
cancel_export_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkWindow *self = SK_WINDOW (widget);
  if (self->export_cancellable)
    g_cancellable_cancel (self->export_cancellable);
}

static void
open_file_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  g_autoptr (GFile) file = g_file_new_for_path (g_variant_get_string (param, NULL));
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (GTK_WINDOW (widget), uri, GDK_CURRENT_TIME);
}

static void
toast_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  sk_window_toast (SK_WINDOW (widget), g_variant_get_string (param, NULL));
}

/* ---- the ranking tables ---- */

static void
ranking_tables_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  sk_rankings_page_present (GTK_WINDOW (widget));
}

static void
match_rankings_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkWindow *self = SK_WINDOW (widget);

  if (self->proposal)
    gtk_window_present (GTK_WINDOW (sk_ranking_match_dialog_new (GTK_WINDOW (self), self->proposal)));
}

static void
find_partners_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkWindow *self = SK_WINDOW (widget);

  if (self->proposal)
    gtk_window_present (GTK_WINDOW (sk_ranking_finder_dialog_new (GTK_WINDOW (self), self->proposal)));
}

void
sk_window_actions_install (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.export-review", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-export", NULL, cancel_export_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", open_file_action);
  gtk_widget_class_install_action (widget_class, "win.remark-finding", "(sxs)", remark_finding_action);
  gtk_widget_class_install_action (widget_class, "win.ranking-tables", NULL, ranking_tables_action);
  gtk_widget_class_install_action (widget_class, "win.match-rankings", NULL, match_rankings_action);
  gtk_widget_class_install_action (widget_class, "win.find-partners", NULL, find_partners_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}
