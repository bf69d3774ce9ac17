/* sk-window-navigation.c: the areas of a proposal in the sidebar, their
 * pages, and the record editors opened over them with a back button */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-field-info.h"
#include "sk-init.h"
#include "sk-pages.h"
#include "sk-record-editor.h"
#include "sk-record-list.h"
#include "sk-sidebar-row.h"
#include "sk-staff-page.h"
#include "sk-summary.h"
#include "sk-window-private.h"

static gboolean go_to_page (SkWindow *self, const char *id);

/* ---- the sidebar and the pages ---- */

static void
update_sidebar_button (SkWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  gboolean content = adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->content);

  gtk_widget_set_visible (self->sidebar_button, self->proposal != NULL && folded && content &&
                          gtk_stack_get_visible_child (self->stack) != NULL &&
                          g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "editor") == 0);
}

static gboolean
on_sidebar_button_idle (gpointer data)
{
  SkWindow *self = data;

  self->sidebar_button_id = 0;
  update_sidebar_button (self);
  return G_SOURCE_REMOVE;
}

/* The leaflet folds while it is being allocated: the header bar changes
 * after that, not inside it. */
static void
on_leaflet_notify (AdwLeaflet *leaflet, GParamSpec *pspec, SkWindow *self)
{
  if (self->sidebar_button_id == 0)
    self->sidebar_button_id = g_idle_add (on_sidebar_button_idle, self);
}

GtkWidget *
sk_window_show_page (SkWindow *self, const char *id)
{
  GtkWidget *page;
  guint n;
  const SkPageInfo *pages = sk_pages (&n);

  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  if (self->proposal == NULL)
    return NULL;
  sk_window_close_editors (self);
  page = gtk_stack_get_child_by_name (self->pages, id);
  if (page == NULL)
    {
      page = sk_page_build (id, self->proposal, self->compliance);
      gtk_stack_add_named (self->pages, page, id);
    }
  gtk_stack_set_visible_child (self->pages, page);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content));
  for (guint i = 0; i < n; i++)
    if (g_str_equal (pages[i].id, id))
      {
        self->filling_sidebar = TRUE;
        gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, (int) i));
        self->filling_sidebar = FALSE;
      }
  update_sidebar_button (self);
  return page;
}

/* A page is shown when its row is activated (click, Enter, Space), not
 * when the keyboard focus passes over the row. */
static void
on_sidebar_activated (GtkListBox *box, GtkListBoxRow *row, SkWindow *self)
{
  if (row && !self->filling_sidebar)
    go_to_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

void
sk_window_clear_pages (SkWindow *self)
{
  GtkWidget *child;

  sk_window_close_editors (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pages))))
    gtk_stack_remove (self->pages, child);
}

void
sk_window_rebuild_pages (SkWindow *self)
{
  const char *current = gtk_stack_get_visible_child_name (self->pages);
  g_autofree char *page = g_strdup (current ? current : "overview");

  sk_window_clear_pages (self);
  sk_window_show_page (self, page);
}

void
sk_window_update_badges (SkWindow *self)
{
  g_autoptr (GHashTable) errors = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) warnings = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) findings = self->compliance ? sk_compliance_dup_findings (self->compliance) : NULL;
  const char *model = self->proposal ? sk_record_get_string (sk_proposal_get_info (self->proposal), "model") : NULL;

  for (guint i = 0; findings && i < findings->len; i++)
    {
      SkFinding *f = findings->pdata[i];
      SkSeverity severity = sk_finding_get_severity (f);
      const char *page, *field, *add;
      GHashTable *counts = severity == SK_SEVERITY_ERROR ? errors : severity == SK_SEVERITY_WARNING ? warnings : NULL;

      if (counts == NULL)
        continue;
      sk_page_for_finding (sk_finding_get_check_id (f), sk_finding_get_kind (f), model, &page, &field, &add);
      g_hash_table_insert (counts, (gpointer) page,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, page)) + 1));
    }
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar)); row; row = gtk_widget_get_next_sibling (row))
    {
      const char *id = gtk_widget_get_name (row);

      /* The findings' own area shows them all in the header bar. */
      if (!SK_IS_SIDEBAR_ROW (row) || g_str_equal (id, "compliance"))
        continue;
      sk_sidebar_row_set_counts (SK_SIDEBAR_ROW (row), GPOINTER_TO_UINT (g_hash_table_lookup (errors, id)),
                                 GPOINTER_TO_UINT (g_hash_table_lookup (warnings, id)));
    }
}

/* ---- the editors ---- */

GtkWidget *
sk_window_get_editor (SkWindow *self)
{
  GtkWidget *shown;

  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  shown = gtk_stack_get_visible_child (self->content);
  return SK_IS_RECORD_EDITOR (shown) ? shown : NULL;
}

/* The children of the content in their order: the pages (0), then the
 * editors opened one over the other. */
static guint
n_children (SkWindow *self)
{
  g_autoptr (GtkSelectionModel) pages = gtk_stack_get_pages (self->content);
  return g_list_model_get_n_items (G_LIST_MODEL (pages));
}

static GtkWidget *
child_at (SkWindow *self, guint i)
{
  g_autoptr (GtkSelectionModel) pages = gtk_stack_get_pages (self->content);
  g_autoptr (GObject) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

  return page ? gtk_stack_page_get_child (GTK_STACK_PAGE (page)) : NULL;
}

/* The editor under the one shown, or the pages. */
static GtkWidget *
previous_child (SkWindow *self)
{
  GtkWidget *shown = gtk_stack_get_visible_child (self->content);

  for (guint i = 1; i < n_children (self); i++)
    if (child_at (self, i) == shown)
      return child_at (self, i - 1);
  return NULL;
}

static void
show_child (SkWindow *self, GtkWidget *child, gboolean forward)
{
  gtk_stack_set_transition_type (self->content, forward ? GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT
                                                        : GTK_STACK_TRANSITION_TYPE_SLIDE_RIGHT);
  gtk_stack_set_visible_child (self->content, child);
}

/* Removes the editors after @keep. */
static void
drop_after (SkWindow *self, GtkWidget *keep)
{
  guint n;
  GtkWidget *last;

  while ((n = n_children (self)) > 1 && (last = child_at (self, n - 1)) != keep)
    gtk_stack_remove (self->content, last);
}

/* Removes the editors after the one shown. */
static void
drop_hidden_editors (SkWindow *self)
{
  drop_after (self, gtk_stack_get_visible_child (self->content));
}

static gboolean
on_drop_idle (gpointer data)
{
  SkWindow *self = data;

  self->drop_id = 0;
  drop_hidden_editors (self);
  return G_SOURCE_REMOVE;
}

/* Editors closed are removed once the slide has ended, and never inside
 * a signal of their own (a delete button's click). */
static void
drop_later (SkWindow *self)
{
  if (self->drop_id == 0 && !gtk_stack_get_transition_running (self->content))
    self->drop_id = g_idle_add (on_drop_idle, self);
}

static void
on_content_transition (GtkStack *stack, GParamSpec *pspec, SkWindow *self)
{
  if (!gtk_stack_get_transition_running (stack))
    drop_hidden_editors (self);
}

static GtkWidget *
push_editor (SkWindow *self, SkRecord *record)
{
  GtkWidget *editor = sk_record_editor_new (self->proposal, record);

  drop_hidden_editors (self);
  gtk_stack_add_child (self->content, editor);
  show_child (self, editor, TRUE);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content));
  sk_record_editor_focus_first (SK_RECORD_EDITOR (editor));
  return editor;
}

GtkWidget *
sk_window_edit_record (SkWindow *self, SkRecord *record)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  g_return_val_if_fail (SK_IS_RECORD (record), NULL);

  if (self->proposal == NULL || sk_record_get_kind (record)->singleton)
    return NULL;
  /* Already open: go back to it. */
  for (guint i = 1; i < n_children (self); i++)
    {
      GtkWidget *child = child_at (self, i);
      if (sk_record_editor_get_record (SK_RECORD_EDITOR (child)) == record)
        {
          show_child (self, child, FALSE);
          drop_later (self);
          return child;
        }
    }
  return push_editor (self, record);
}

GtkWidget *
sk_window_add_record (SkWindow *self, const char *kind, const char *owner_field, gint64 owner_id)
{
  g_autoptr (SkRecord) record = NULL;

  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  if (self->proposal == NULL || sk_schema_kind (kind) == NULL)
    return NULL;
  record = sk_record_new_for (self->proposal, kind, owner_field, owner_id);
  return push_editor (self, record);
}

void
sk_window_show_record (SkWindow *self, const char *kind, gint64 id)
{
  SkRecord *record;

  g_return_if_fail (SK_IS_WINDOW (self));
  if (self->proposal == NULL || sk_schema_kind (kind) == NULL)
    return;
  sk_window_show_page (self, sk_page_for_kind (kind));
  record = sk_proposal_lookup (self->proposal, kind, id);
  if (record && !sk_record_get_kind (record)->singleton)
    sk_window_edit_record (self, record);
}

static void
pop (SkWindow *self)
{
  GtkWidget *previous = previous_child (self);
  GtkWidget *focus = NULL;

  if (previous == NULL)
    return;
  show_child (self, previous, FALSE);
  drop_later (self);
  if (SK_IS_RECORD_EDITOR (previous))
    sk_record_editor_focus_first (SK_RECORD_EDITOR (previous));
  else if ((focus = gtk_stack_get_visible_child (self->pages)))
    gtk_widget_child_focus (focus, GTK_DIR_TAB_FORWARD);
}

/* After "Discard": what the user was going to. */
typedef struct {
  SkWindow *window;
  char *page;     /* a page to show, or NULL: back from the editor */
} Pending;

static void
pending_free (gpointer data)
{
  Pending *p = data;

  g_clear_weak_pointer (&p->window);
  g_free (p->page);
  g_free (p);
}

static void
on_discard_response (AdwMessageDialog *dialog, const char *response, Pending *p)
{
  SkWindow *self = p->window;

  if (self == NULL || !g_str_equal (response, "discard") || sk_window_get_editor (self) == NULL)
    return;
  if (p->page)
    sk_window_show_page (self, p->page);
  else
    pop (self);
}

/* Asks whether the new record of @editor, which lacks @missing (or
 * cannot be added for @error), is to be discarded; then goes on to
 * @page (NULL: back). */
static void
ask_discard (SkWindow *self, const SkField *missing, const GError *error, const char *page)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  Pending *p = g_new0 (Pending, 1);

  if (missing)
    /* TRANSLATORS: going back from a new record that lacks a required field */
    body = g_strdup_printf (_("It cannot be added without “%s”. What you entered would be lost."), _(missing->label));
  else
    body = g_strdup (error ? error->message : "");
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard the New Record?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_set_weak_pointer (&p->window, self);
  p->page = g_strdup (page);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_discard_response), p,
                         (GClosureNotify) (void (*) (void)) pending_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Before the editors close (back, another page): a new record the user
 * has typed into is added when it is complete, otherwise the user is
 * asked. FALSE when asked (the dialog goes on to @page, or back). */
static gboolean
settle_new_records (SkWindow *self, const char *page, gboolean only_shown)
{
  guint n = n_children (self);

  for (guint i = n; i > 1; i--)
    {
      SkRecordEditor *editor = SK_RECORD_EDITOR (child_at (self, i - 1));
      const SkField *missing = NULL;
      g_autoptr (GError) error = NULL;

      if (only_shown && GTK_WIDGET (editor) != gtk_stack_get_visible_child (self->content))
        continue;
      if (!sk_record_editor_is_new (editor) || !sk_record_editor_is_touched (editor))
        continue;
      /* Complete: nothing is lost, it is added. */
      if (sk_record_is_complete (sk_record_editor_get_record (editor), &missing) &&
          sk_record_editor_add (editor, &error))
        continue;
      show_child (self, GTK_WIDGET (editor), FALSE);
      ask_discard (self, missing, error, page);
      return FALSE;
    }
  return TRUE;
}

void
sk_window_go_back (SkWindow *self)
{
  g_return_if_fail (SK_IS_WINDOW (self));
  if (sk_window_get_editor (self) == NULL)
    {
      /* On a narrow window: from a page back to the areas. */
      if (adw_leaflet_get_folded (self->leaflet))
        adw_leaflet_set_visible_child (self->leaflet, self->sidebar_pane);
      return;
    }
  if (settle_new_records (self, NULL, TRUE))
    pop (self);
}

/* Goes to the page @id as the user asked (the sidebar, a shortcut, a
 * finding): the same page with its editors as they are; another page once
 * new records are settled. */
static gboolean
go_to_page (SkWindow *self, const char *id)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->pages), id) == 0 && sk_window_get_editor (self))
    {
      adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content));
      return FALSE;
    }
  if (!settle_new_records (self, id, FALSE))
    return FALSE;
  sk_window_show_page (self, id);
  return TRUE;
}

void
sk_window_close_editors (SkWindow *self)
{
  if (self->content == NULL)
    return;
  g_clear_handle_id (&self->drop_id, g_source_remove);
  gtk_stack_set_transition_type (self->content, GTK_STACK_TRANSITION_TYPE_NONE);
  gtk_stack_set_visible_child (self->content, GTK_WIDGET (self->pages));
  drop_after (self, GTK_WIDGET (self->pages));
}

void
sk_window_prune_editors (SkWindow *self)
{
  guint n = n_children (self), keep = 0, shown = 0;
  GtkWidget *visible = gtk_stack_get_visible_child (self->content);

  /* The first editor whose record is gone, and all after it, close. */
  for (guint i = 1; i < n; i++)
    {
      SkRecordEditor *editor = SK_RECORD_EDITOR (child_at (self, i));
      SkRecord *record = sk_record_editor_get_record (editor);

      if (!sk_record_editor_is_new (editor) &&
          sk_proposal_lookup (self->proposal, sk_record_get_kind (record)->name, sk_record_get_id (record)) != record)
        break;
      keep = i;
    }
  if (keep + 1 >= n)
    return;
  for (guint i = 0; i < n; i++)
    if (child_at (self, i) == visible)
      shown = i;
  if (shown > keep)
    show_child (self, child_at (self, keep), FALSE);
  drop_later (self);
}

/* ---- findings lead to the fix ---- */

static GtkWidget *
find_named (GtkWidget *root, const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return child;
      if ((found = find_named (child, name)))
        return found;
    }
  return NULL;
}

static gboolean
on_highlight_over (gpointer data)
{
  gtk_widget_remove_css_class (GTK_WIDGET (data), "sk-target");
  return G_SOURCE_REMOVE;
}

/* Scrolls @widget into view once it has its place. */
static gboolean
scroll_into_view (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = scrolled ? gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)) : NULL;
  graphene_point_t at;

  if (content && gtk_widget_compute_point (widget, content, &GRAPHENE_POINT_INIT (0, 0), &at))
    {
      GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
      double top = gtk_adjustment_get_value (adj), page = gtk_adjustment_get_page_size (adj);
      double height = gtk_widget_get_height (widget);

      if (at.y < top || at.y + height > top + page)
        gtk_adjustment_set_value (adj, MAX (0, at.y - page / 3));
    }
  return G_SOURCE_REMOVE;
}

static void
highlight (GtkWidget *widget)
{
  gtk_widget_add_css_class (widget, "sk-target");
  g_timeout_add_seconds_full (G_PRIORITY_DEFAULT, 4, on_highlight_over, g_object_ref (widget), g_object_unref);
  gtk_widget_add_tick_callback (widget, scroll_into_view, NULL, NULL);
  if (gtk_widget_grab_focus (widget) && ADW_IS_ENTRY_ROW (widget))
    gtk_editable_select_region (GTK_EDITABLE (widget), -1, -1);
}

GtkWidget *
sk_window_show_finding (SkWindow *self, const char *kind, gint64 id, const char *check_id)
{
  const char *page_id, *field, *add_kind;
  GtkWidget *where = NULL, *target = NULL;
  SkRecord *record;

  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  if (self->proposal == NULL || sk_schema_kind (kind) == NULL)
    return NULL;
  sk_page_for_finding (check_id, kind, sk_record_get_string (sk_proposal_get_info (self->proposal), "model"),
                       &page_id, &field, &add_kind);
  record = sk_proposal_lookup (self->proposal, kind, id);
  if (record && !sk_record_get_kind (record)->singleton)
    {
      sk_window_show_page (self, sk_page_for_kind (kind));
      where = sk_window_edit_record (self, record);
    }
  else
    where = sk_window_show_page (self, page_id);
  if (where == NULL)
    return NULL;
  if (field)
    target = find_named (where, field);
  if (target == NULL && add_kind)
    {
      g_autofree char *name = g_strconcat ("add-", add_kind, NULL);
      target = find_named (where, name);
    }
  if (target)
    highlight (target);
  return target;
}

static void
show_finding_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkWindow *self = SK_WINDOW (widget);
  const char *kind, *check;
  gint64 id;
  const char *page, *field, *add;

  g_variant_get (param, "(&sx&s)", &kind, &id, &check);
  if (self->proposal == NULL)
    return;
  sk_page_for_finding (check, kind, NULL, &page, &field, &add);
  if (settle_new_records (self, page, FALSE))
    sk_window_show_finding (self, kind, id, check);
}

/* ---- deleting ---- */

static void
delete_record_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkWindow *self = SK_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  const char *kind;
  SkRecord *record;
  gint64 id;

  g_variant_get (param, "(&sx)", &kind, &id);
  if (self->proposal == NULL || (record = sk_proposal_lookup (self->proposal, kind, id)) == NULL)
    return;
  text = sk_describe_deleted (self->proposal, record);
  if (!sk_proposal_delete (self->proposal, kind, id, &error))
    {
      sk_show_error (GTK_WINDOW (self), _("The record could not be deleted"), error);
      return;
    }
  /* Its editor has closed with it; the toast offers it back. */
  sk_window_toast_undo (self, text);
}

/* ---- actions ---- */

static void
show_page_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  go_to_page (SK_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
show_record_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  const char *kind;
  gint64 id;

  g_variant_get (param, "(&sx)", &kind, &id);
  if (settle_new_records (SK_WINDOW (widget), sk_page_for_kind (kind), FALSE))
    sk_window_show_record (SK_WINDOW (widget), kind, id);
}

static void
edit_record_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkWindow *self = SK_WINDOW (widget);
  const char *kind;
  SkRecord *record;
  gint64 id;

  g_variant_get (param, "(&sx)", &kind, &id);
  if (self->proposal && (record = sk_proposal_lookup (self->proposal, kind, id)))
    sk_window_edit_record (self, record);
}

static void
add_record_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  const char *kind, *owner_field;
  gint64 owner_id;

  g_variant_get (param, "(&s&sx)", &kind, &owner_field, &owner_id);
  sk_window_add_record (SK_WINDOW (widget), kind, *owner_field ? owner_field : NULL, owner_id);
}

/* The first record list in @root (depth first). */
static GtkWidget *
first_list (GtkWidget *root)
{
  if (SK_IS_RECORD_LIST (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = first_list (child);
      if (found)
        return found;
    }
  return NULL;
}

/* Ctrl+F: the search of the page or editor shown: the teaching staff's
 * table, or the list that has the focus, or the first list. */
static void
search_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkWindow *self = SK_WINDOW (widget);
  GtkWidget *shown, *focus, *list;

  if (self->proposal == NULL)
    return;
  shown = sk_window_get_editor (self);
  if (shown == NULL && g_strcmp0 (gtk_stack_get_visible_child_name (self->pages), "staff") == 0)
    {
      sk_staff_page_focus_search (gtk_stack_get_visible_child (self->pages));
      return;
    }
  if (shown == NULL)
    shown = gtk_stack_get_visible_child (self->pages);
  if (shown == NULL)
    return;
  focus = gtk_root_get_focus (GTK_ROOT (self));
  list = focus ? gtk_widget_get_ancestor (focus, SK_TYPE_RECORD_LIST) : NULL;
  if (list == NULL || !gtk_widget_is_ancestor (list, shown))
    list = first_list (shown);
  if (list)
    sk_record_list_search (SK_RECORD_LIST (list), NULL);
}

static void
back_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  sk_window_go_back (SK_WINDOW (widget));
}

static void
show_sidebar_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  SkWindow *self = SK_WINDOW (widget);
  GtkListBoxRow *current = gtk_list_box_get_selected_row (self->sidebar);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar_pane);
  if (current)
    gtk_widget_grab_focus (GTK_WIDGET (current));
}

/* Escape closes an editor; otherwise it is left to what has the focus. */
static gboolean
on_escape (GtkWidget *widget, GVariant *args, gpointer data)
{
  SkWindow *self = SK_WINDOW (widget);

  if (sk_window_get_editor (self) == NULL)
    return FALSE;
  sk_window_go_back (self);
  return TRUE;
}

void
sk_window_navigation_install (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-record", "(sx)", show_record_action);
  gtk_widget_class_install_action (widget_class, "win.show-finding", "(sxs)", show_finding_action);
  gtk_widget_class_install_action (widget_class, "win.edit-record", "(sx)", edit_record_action);
  gtk_widget_class_install_action (widget_class, "win.add-record", "(ssx)", add_record_action);
  gtk_widget_class_install_action (widget_class, "win.delete-record", "(sx)", delete_record_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, on_escape, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.show-page", "s", "compliance");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, GDK_ALT_MASK, "win.show-page", "s", "overview");
}

/* Tab in the sidebar goes into the page shown, not to the next area's
 * row (the list box would walk its rows one by one). */
static gboolean
on_sidebar_key (GtkEventControllerKey *controller, guint keyval, guint keycode, GdkModifierType state, SkWindow *self)
{
  GtkWidget *editor;

  if ((keyval != GDK_KEY_Tab && keyval != GDK_KEY_KP_Tab) ||
      (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK)) || self->proposal == NULL)
    return FALSE;
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content));
  if ((editor = sk_window_get_editor (self)))
    {
      sk_record_editor_focus_first (SK_RECORD_EDITOR (editor));
      return TRUE;
    }
  return gtk_widget_child_focus (gtk_stack_get_visible_child (self->pages), GTK_DIR_TAB_FORWARD);
}

void
sk_window_navigation_init (SkWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  guint n;
  const SkPageInfo *pages = sk_pages (&n);

  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->sidebar, sk_sidebar_row_new (pages[i].id, _(pages[i].title), pages[i].icon));
  g_signal_connect (self->sidebar, "row-activated", G_CALLBACK (on_sidebar_activated), self);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_sidebar_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->sidebar), keys);
  g_signal_connect (self->leaflet, "notify::folded", G_CALLBACK (on_leaflet_notify), self);
  g_signal_connect (self->leaflet, "notify::visible-child", G_CALLBACK (on_leaflet_notify), self);
  g_signal_connect (self->content, "notify::transition-running", G_CALLBACK (on_content_transition), self);
  update_sidebar_button (self);
}
