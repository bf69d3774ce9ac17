/* sk-review-page.c: the reviewer's page: the status and next step, the
 * remarks as a dialogue, the history, and the comparison with another
 * version */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-init.h"
#include "sk-review-page.h"
#include "sk-review-ui.h"
#include "sk-review.h"
#include "sk-summary.h"

struct _SkReviewPage
{
  GtkWidget parent_instance;

  GtkWidget *scrolled;
  GtkWidget *box;
  AdwPreferencesGroup *remarks_group;
  GtkDropDown *filter;
  GtkListBox *remarks;
  AdwPreferencesGroup *history_group;
  GtkListBox *history;
  GtkWidget *compare_row;

  SkProposal *proposal;
  SkCompliance *compliance;
  gboolean editable;
  guint n_remarks;
  guint n_events;
  guint rebuild_id;
};

G_DEFINE_FINAL_TYPE (SkReviewPage, sk_review_page, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_PROPOSAL, PROP_COMPLIANCE, PROP_EDITABLE, N_PROPS };
static GParamSpec *properties[N_PROPS];

static const char *
status_of (SkReviewPage *self)
{
  return sk_record_get_string (sk_proposal_get_info (self->proposal), "status");
}

/* The university's turn: a draft, or returned for revision. */
static gboolean
university_turn (SkReviewPage *self)
{
  const char *status = status_of (self);
  return g_str_equal (status, "draft") || g_str_equal (status, "returned");
}

static gboolean
reviewer_turn (SkReviewPage *self)
{
  const char *status = status_of (self);
  return g_str_equal (status, "submitted") || g_str_equal (status, "under_review");
}

static GtkWindow *
window_of (SkReviewPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static GtkWidget *
text_label (const char *text, const char *css)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css)
    gtk_widget_add_css_class (label, css);
  return label;
}

/* ---- remarks ---- */

static void
on_answer_clicked (GtkButton *button, gpointer remark)
{
  SkReviewPage *self = SK_REVIEW_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (button), SK_TYPE_REVIEW_PAGE));
  sk_review_ask_answer (window_of (self), self->proposal, sk_record_get_id (remark));
}

static void
on_resolve_clicked (GtkButton *button, gpointer remark)
{
  SkReviewPage *self = SK_REVIEW_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (button), SK_TYPE_REVIEW_PAGE));
  sk_review_ask_verdict (window_of (self), self->proposal, sk_record_get_id (remark), TRUE);
}

static void
on_reopen_clicked (GtkButton *button, gpointer remark)
{
  SkReviewPage *self = SK_REVIEW_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (button), SK_TYPE_REVIEW_PAGE));
  sk_review_ask_verdict (window_of (self), self->proposal, sk_record_get_id (remark), FALSE);
}

/* To what the remark is about: the finding, the record, or the overview. */
static void
on_show_clicked (GtkButton *button, gpointer remark)
{
  const char *kind = sk_record_get_string (remark, "target_kind");
  const char *section = sk_record_get_string (remark, "section");
  gint64 id = sk_record_get_int (remark, "target_id", 0);

  if (kind == NULL || *kind == '\0')
    kind = SK_KIND_PROPOSAL;
  if (section && *section)
    gtk_widget_activate_action (GTK_WIDGET (button), "win.show-finding", "(sxs)", kind, id ? id : 1, section);
  else
    gtk_widget_activate_action (GTK_WIDGET (button), "win.show-record", "(sx)", kind, id);
}

static GtkWidget *
remark_button (const char *label, GCallback callback, SkRecord *remark, gboolean sensitive)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_sensitive (button, sensitive);
  g_signal_connect_data (button, "clicked", callback, g_object_ref (remark),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  return button;
}

static GtkWidget *
reply_box (SkRecord *reply)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  const char *text = sk_record_get_string (reply, "text");
  g_autofree char *when = sk_review_format_time (sk_record_get_string (reply, "written"), NULL, NULL);
  /* TRANSLATORS: a reply to a review remark: what it is (Response, Marked
   * resolved, Not resolved), who wrote it, when */
  g_autofree char *head = g_strdup_printf (_("%s — %s, %s"), sk_enum_label (reply, "action"),
                                           sk_record_get_string (reply, "author"), when ? when : "—");

  gtk_widget_set_margin_start (box, 18);
  gtk_box_append (GTK_BOX (box), text_label (head, "caption-heading"));
  if (text && *text)
    gtk_box_append (GTK_BOX (box), text_label (text, NULL));
  return box;
}

static GtkWidget *
remark_row (SkReviewPage *self, SkRecord *remark)
{
  static const char * const state_classes[][2] = {
    { "open", "warning" }, { "addressed", "accent" }, { "resolved", "success" },
  };
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *state = gtk_label_new (sk_enum_label (remark, "state"));
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  const char *code = sk_record_get_string (remark, "state");
  const char *text = sk_record_get_string (remark, "text");
  g_autofree char *about = sk_review_remark_target (self->proposal, self->compliance, remark);
  g_autofree char *when = sk_review_format_time (sk_record_get_string (remark, "created"), NULL, NULL);
  g_autoptr (GString) meta = g_string_new (sk_record_get_string (remark, "author"));
  g_autoptr (GPtrArray) replies = sk_review_remark_replies (self->proposal, sk_record_get_id (remark));
  gboolean resolved = g_strcmp0 (code, "resolved") == 0;
  GtkWidget *about_label = text_label (about, "heading");

  /* A finding's message can be long: three lines, the rest in the tooltip. */
  gtk_label_set_lines (GTK_LABEL (about_label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (about_label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (about_label, about);
  g_object_set_data (G_OBJECT (about_label), "sk-may-ellipsize", GINT_TO_POINTER (TRUE));

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_hexpand (about_label, TRUE);
  gtk_box_append (GTK_BOX (top), about_label);
  gtk_widget_add_css_class (state, "sk-badge");
  gtk_widget_set_valign (state, GTK_ALIGN_START);
  for (guint i = 0; i < G_N_ELEMENTS (state_classes); i++)
    if (g_strcmp0 (code, state_classes[i][0]) == 0)
      gtk_widget_add_css_class (state, state_classes[i][1]);
  gtk_box_append (GTK_BOX (top), state);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), text_label (text && *text ? text : "", NULL));

  if (when)
    g_string_append_printf (meta, " · %s", when);
  if (sk_record_get_int (remark, "round", 0) > 0)
    {
      g_string_append (meta, " · ");
      /* TRANSLATORS: %lld is the number of the review round (the
       * submission) a remark was written in: 1, 2, … */
      g_string_append_printf (meta, _("Round %lld"), (long long) sk_record_get_int (remark, "round", 0));
    }
  gtk_box_append (GTK_BOX (box), text_label (meta->str, "dim-label"));
  for (guint i = 0; i < replies->len; i++)
    gtk_box_append (GTK_BOX (box), reply_box (replies->pdata[i]));

  /* What the one whose turn it is can do with it. */
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), remark_button (_("_Show"), G_CALLBACK (on_show_clicked), remark, TRUE));
  if (!resolved && university_turn (self))
    gtk_box_append (GTK_BOX (buttons), remark_button (_("_Answer…"), G_CALLBACK (on_answer_clicked), remark,
                                                      self->editable));
  if (!resolved && reviewer_turn (self))
    {
      if (g_strcmp0 (code, "addressed") == 0)
        gtk_box_append (GTK_BOX (buttons), remark_button (_("_Not Resolved…"), G_CALLBACK (on_reopen_clicked),
                                                          remark, self->editable));
      gtk_box_append (GTK_BOX (buttons), remark_button (_("_Resolved…"), G_CALLBACK (on_resolve_clicked), remark,
                                                        self->editable));
    }
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_name (row, "remark");
  {
    g_autofree char *a11y = g_strdup_printf ("%s: %s", about, text ? text : "");
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  }
  return row;
}

/* The current round first, each round in the order its remarks were made. */
static int
by_round (gconstpointer a, gconstpointer b)
{
  SkRecord *x = *(SkRecord **) a, *y = *(SkRecord **) b;
  gint64 rx = sk_record_get_int (x, "round", 0), ry = sk_record_get_int (y, "round", 0);

  if (rx != ry)
    return rx > ry ? -1 : 1;
  return (sk_record_get_id (x) > sk_record_get_id (y)) - (sk_record_get_id (x) < sk_record_get_id (y));
}

static void
fill_remarks (SkReviewPage *self)
{
  static const char * const states[] = { NULL, "open", "addressed", "resolved" };
  GListModel *model = sk_proposal_get_records (self->proposal, SK_KIND_REMARK);
  guint filter = gtk_drop_down_get_selected (self->filter);
  const char *wanted = filter < G_N_ELEMENTS (states) ? states[filter] : NULL;
  g_autoptr (GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  guint open = 0, addressed = 0, resolved = 0;
  GtkWidget *child, *empty;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->remarks))))
    gtk_list_box_remove (self->remarks, child);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (all, g_list_model_get_item (model, i));
  g_ptr_array_sort (all, by_round);
  self->n_remarks = 0;
  for (guint i = 0; i < all->len; i++)
    {
      SkRecord *r = all->pdata[i];
      const char *state = sk_record_get_string (r, "state");

      open += g_strcmp0 (state, "open") == 0;
      addressed += g_strcmp0 (state, "addressed") == 0;
      resolved += g_strcmp0 (state, "resolved") == 0;
      if (wanted && g_strcmp0 (state, wanted) != 0)
        continue;
      gtk_list_box_append (self->remarks, remark_row (self, r));
      self->n_remarks++;
    }
  if (all->len == 0)
    adw_preferences_group_set_description (self->remarks_group,
                                           university_turn (self) ? _("The reviewer has made no remarks.")
                                                                  : _("No remarks yet. Add one about the proposal, a finding or a record."));
  else
    {
      /* TRANSLATORS: the number of remarks, then how many are open, addressed
       * (answered by the university) and resolved (accepted by the reviewer) */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u remark: open %u, addressed by the university %u, resolved %u.",
                                                            "%u remarks: open %u, addressed by the university %u, resolved %u.",
                                                            all->len),
                                               all->len, open, addressed, resolved);
      adw_preferences_group_set_description (self->remarks_group, text);
    }
  empty = text_label (all->len ? _("None in this state.") : _("None yet"), "dim-label");
  gtk_label_set_xalign (GTK_LABEL (empty), 0.5);
  gtk_widget_set_margin_top (empty, 12);
  gtk_widget_set_margin_bottom (empty, 12);
  gtk_list_box_set_placeholder (self->remarks, empty);
}

static void
on_filter_changed (SkReviewPage *self)
{
  if (self->proposal)
    fill_remarks (self);
}

/* ---- the history ---- */

static const char *
event_icon (SkRecord *event)
{
  const char *to = sk_record_get_string (event, "to_status");

  if (sk_record_get_string (event, "acknowledged_fingerprint"))
    return "dialog-warning-symbolic";
  if (g_strcmp0 (to, "submitted") == 0)
    return "mail-send-symbolic";
  if (g_strcmp0 (to, "under_review") == 0)
    return "system-search-symbolic";
  if (g_strcmp0 (to, "draft") == 0)
    return "document-edit-symbolic";
  if (g_strcmp0 (to, "approved") == 0)
    return "emblem-ok-symbolic";
  if (g_strcmp0 (to, "rejected") == 0)
    return "action-unavailable-symbolic";
  return "mail-reply-sender-symbolic";
}

static void
fill_history (SkReviewPage *self)
{
  g_autoptr (GPtrArray) history = sk_review_history (self->proposal, NULL);
  const GError *problem = sk_review_history_problem (self->proposal);
  GtkWidget *child, *empty;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->history))))
    gtk_list_box_remove (self->history, child);
  /* Newest first: what happened last is what the reader looks for. */
  for (guint i = history->len; i > 0; i--)
    {
      SkHistoryEntry *h = history->pdata[i - 1];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (event_icon (h->event));
      /* TRANSLATORS: in the history: when · who */
      g_autofree char *when_who = g_strdup_printf (_("%s · %s"), h->when ? h->when : "—", h->who ? h->who : "—");
      g_autofree char *subtitle = h->note && *h->note ? g_strdup_printf ("%s\n%s", when_who, h->note)
                                                      : g_steal_pointer (&when_who);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), h->what);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      if (sk_record_get_string (h->event, "acknowledged_fingerprint"))
        gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_widget_set_name (row, "event");
      gtk_list_box_append (self->history, row);
    }
  self->n_events = history->len;
  if (problem)
    {
      adw_preferences_group_set_description (self->history_group, problem->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->history_group), "error");
    }
  empty = text_label (_("Nothing yet: the proposal has not been submitted."), "dim-label");
  gtk_label_set_xalign (GTK_LABEL (empty), 0.5);
  gtk_widget_set_margin_top (empty, 12);
  gtk_widget_set_margin_bottom (empty, 12);
  gtk_list_box_set_placeholder (self->history, empty);
}

static void
rebuild (SkReviewPage *self)
{
  fill_remarks (self);
  fill_history (self);
}

static gboolean
on_rebuild_idle (gpointer data)
{
  SkReviewPage *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* Changes come in bursts (a step writes several records): once after. */
static void
queue_rebuild (SkReviewPage *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (on_rebuild_idle, self);
}

/* ---- the class ---- */

SkProposal *
sk_review_page_get_proposal (SkReviewPage *self)
{
  g_return_val_if_fail (SK_IS_REVIEW_PAGE (self), NULL);
  return self->proposal;
}

gboolean
sk_review_page_get_editable (SkReviewPage *self)
{
  g_return_val_if_fail (SK_IS_REVIEW_PAGE (self), FALSE);
  return self->editable;
}

void
sk_review_page_set_filter (SkReviewPage *self, SkRemarkFilter filter)
{
  g_return_if_fail (SK_IS_REVIEW_PAGE (self));
  gtk_drop_down_set_selected (self->filter, filter);
}

guint
sk_review_page_n_remarks (SkReviewPage *self)
{
  g_return_val_if_fail (SK_IS_REVIEW_PAGE (self), 0);
  if (self->rebuild_id)
    {
      g_clear_handle_id (&self->rebuild_id, g_source_remove);
      rebuild (self);
    }
  return self->n_remarks;
}

guint
sk_review_page_n_events (SkReviewPage *self)
{
  g_return_val_if_fail (SK_IS_REVIEW_PAGE (self), 0);
  if (self->rebuild_id)
    {
      g_clear_handle_id (&self->rebuild_id, g_source_remove);
      rebuild (self);
    }
  return self->n_events;
}

static void
sk_review_page_constructed (GObject *object)
{
  SkReviewPage *self = SK_REVIEW_PAGE (object);

  G_OBJECT_CLASS (sk_review_page_parent_class)->constructed (object);
  g_return_if_fail (self->proposal != NULL);
  gtk_box_prepend (GTK_BOX (self->box), sk_review_group_new (self->proposal));
  rebuild (self);
  g_signal_connect_object (self->proposal, "changed", G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);
  if (self->compliance)
    g_signal_connect_object (self->compliance, "notify", G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);
}

static void
sk_review_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SkReviewPage *self = SK_REVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROPOSAL:
      g_value_set_object (value, self->proposal);
      break;
    case PROP_COMPLIANCE:
      g_value_set_object (value, self->compliance);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_review_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  SkReviewPage *self = SK_REVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROPOSAL:
      self->proposal = g_value_dup_object (value);
      break;
    case PROP_COMPLIANCE:
      self->compliance = g_value_dup_object (value);
      break;
    case PROP_EDITABLE:
      if (self->editable != g_value_get_boolean (value))
        {
          self->editable = g_value_get_boolean (value);
          if (self->proposal && gtk_widget_get_first_child (GTK_WIDGET (self->box)))
            queue_rebuild (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_review_page_dispose (GObject *object)
{
  SkReviewPage *self = SK_REVIEW_PAGE (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_REVIEW_PAGE);
  g_clear_object (&self->compliance);
  g_clear_object (&self->proposal);
  G_OBJECT_CLASS (sk_review_page_parent_class)->dispose (object);
}

static void
sk_review_page_class_init (SkReviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sk_review_page_constructed;
  object_class->get_property = sk_review_page_get_property;
  object_class->set_property = sk_review_page_set_property;
  object_class->dispose = sk_review_page_dispose;

  properties[PROP_PROPOSAL] = g_param_spec_object ("proposal", NULL, NULL, SK_TYPE_PROPOSAL,
                                                   G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPLIANCE] = g_param_spec_object ("compliance", NULL, NULL, SK_TYPE_COMPLIANCE,
                                                     G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITABLE] = g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                                                    G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY |
                                                    G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/kz/seriktes/Seriktes/sk-review-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SkReviewPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, SkReviewPage, box);
  gtk_widget_class_bind_template_child (widget_class, SkReviewPage, remarks_group);
  gtk_widget_class_bind_template_child (widget_class, SkReviewPage, filter);
  gtk_widget_class_bind_template_child (widget_class, SkReviewPage, remarks);
  gtk_widget_class_bind_template_child (widget_class, SkReviewPage, history_group);
  gtk_widget_class_bind_template_child (widget_class, SkReviewPage, history);
  gtk_widget_class_bind_template_child (widget_class, SkReviewPage, compare_row);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sk_review_page_init (SkReviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_review_page_new (SkProposal *proposal, SkCompliance *compliance)
{
  return g_object_new (SK_TYPE_REVIEW_PAGE, "proposal", proposal, "compliance", compliance,
                       "editable", !sk_proposal_is_read_only (proposal), NULL);
}
