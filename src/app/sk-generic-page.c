/* sk-generic-page.c: a page of groups of the proposal's own fields and
 * lists of its records, from a table; its template is
 * ui/sk-generic-page.ui, its rows come from the record kinds' fields */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-field-row.h"
#include "sk-generic-page.h"
#include "sk-record-list.h"

struct _SkGenericPage
{
  AdwPreferencesPage parent_instance;

  SkProposal *proposal;
  char *page_id;
};

G_DEFINE_FINAL_TYPE (SkGenericPage, sk_generic_page, ADW_TYPE_PREFERENCES_PAGE)

enum { PROP_0, PROP_PROPOSAL, PROP_PAGE_ID, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* What each generic page holds: groups of the proposal's own fields, and
 * lists of records. */
typedef struct {
  const char *page;
  const char *group_title;      /* N_(); for proposal fields */
  const char *fields[12];       /* of the proposal; NULL-terminated */
  const char *kinds[5];         /* record lists */
} PageContent;

static const PageContent contents[] = {
  { "partners", NULL, { NULL }, { SK_KIND_INSTITUTION } },
  { "model", N_("Partnership"), { "applicant_id", "model", "term_start", "term_end", "languages" }, { NULL } },
  { "model", N_("Agreements"), { "mshe_agreement_ref", "mshe_agreement_date", "applicant_is_mia", "mia_approval_ref", "mia_approval_date" },
    { SK_KIND_AGREEMENT } },
  { "branch", NULL, { NULL }, { SK_KIND_BRANCH, SK_KIND_CERT_CENTRE, SK_KIND_FRANCHISE, SK_KIND_JOINT_VENTURE } },
  { "programmes", NULL, { NULL }, { SK_KIND_PROGRAMME } },
  { "committees", N_("Quality assurance"), { "qa_description_kk" }, { SK_KIND_COMMITTEE } },
  { "research", NULL, { NULL }, { SK_KIND_RESEARCH, SK_KIND_THIRD_MISSION } },
  { "development", NULL, { NULL }, { SK_KIND_PROF_DEV } },
  { "mobility", NULL, { NULL }, { SK_KIND_MOBILITY } },
};

static void
fill (SkGenericPage *self)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (self);
  SkProposal *proposal = self->proposal;
  const char *id = self->page_id;
  SkRecord *info = sk_proposal_get_info (proposal);
  const SkKind *pkind = sk_record_get_kind (info);

  if (g_str_equal (id, "partners"))
    {
      /* Matching, the partner finder and the ranking library. */
      g_autoptr (GtkBuilder) builder = gtk_builder_new_from_resource ("/kz/seriktes/Seriktes/sk-ranking-actions.ui");
      adw_preferences_page_add (page,
                                ADW_PREFERENCES_GROUP (gtk_builder_get_object (builder, "ranking_actions")));
    }

  for (guint i = 0; i < G_N_ELEMENTS (contents); i++)
    {
      const PageContent *c = &contents[i];

      if (!g_str_equal (c->page, id))
        continue;
      if (c->fields[0])
        {
          GtkWidget *group = adw_preferences_group_new ();
          if (c->group_title)
            adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(c->group_title));
          for (guint f = 0; f < G_N_ELEMENTS (c->fields) && c->fields[f]; f++)
            sk_field_rows_add (ADW_PREFERENCES_GROUP (group), proposal, info, sk_kind_field (pkind, c->fields[f]));
          adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));
        }
      for (guint k = 0; k < G_N_ELEMENTS (c->kinds) && c->kinds[k]; k++)
        adw_preferences_page_add (page,
                                  ADW_PREFERENCES_GROUP (sk_record_list_new (proposal, c->kinds[k], NULL, 0)));
    }
}

static void
sk_generic_page_constructed (GObject *object)
{
  SkGenericPage *self = SK_GENERIC_PAGE (object);

  G_OBJECT_CLASS (sk_generic_page_parent_class)->constructed (object);
  g_return_if_fail (self->proposal != NULL && self->page_id != NULL);
  fill (self);
}

static void
sk_generic_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SkGenericPage *self = SK_GENERIC_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROPOSAL:
      g_value_set_object (value, self->proposal);
      break;
    case PROP_PAGE_ID:
      g_value_set_string (value, self->page_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_generic_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  SkGenericPage *self = SK_GENERIC_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROPOSAL:
      self->proposal = g_value_dup_object (value);
      break;
    case PROP_PAGE_ID:
      self->page_id = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_generic_page_dispose (GObject *object)
{
  SkGenericPage *self = SK_GENERIC_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_GENERIC_PAGE);
  g_clear_object (&self->proposal);
  G_OBJECT_CLASS (sk_generic_page_parent_class)->dispose (object);
}

static void
sk_generic_page_finalize (GObject *object)
{
  g_free (SK_GENERIC_PAGE (object)->page_id);
  G_OBJECT_CLASS (sk_generic_page_parent_class)->finalize (object);
}

static void
sk_generic_page_class_init (SkGenericPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sk_generic_page_constructed;
  object_class->get_property = sk_generic_page_get_property;
  object_class->set_property = sk_generic_page_set_property;
  object_class->dispose = sk_generic_page_dispose;
  object_class->finalize = sk_generic_page_finalize;

  properties[PROP_PROPOSAL] = g_param_spec_object ("proposal", NULL, NULL, SK_TYPE_PROPOSAL,
                                                   G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE_ID] = g_param_spec_string ("page-id", NULL, NULL, NULL,
                                                  G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass), "/kz/seriktes/Seriktes/sk-generic-page.ui");
}

static void
sk_generic_page_init (SkGenericPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sk_generic_page_new (SkProposal *proposal, const char *page_id)
{
  g_return_val_if_fail (SK_IS_PROPOSAL (proposal), NULL);
  return g_object_new (SK_TYPE_GENERIC_PAGE, "proposal", proposal, "page-id", page_id, NULL);
}

SkProposal *
sk_generic_page_get_proposal (SkGenericPage *self)
{
  g_return_val_if_fail (SK_IS_GENERIC_PAGE (self), NULL);
  return self->proposal;
}

const char *
sk_generic_page_get_page_id (SkGenericPage *self)
{
  g_return_val_if_fail (SK_IS_GENERIC_PAGE (self), NULL);
  return self->page_id;
}
