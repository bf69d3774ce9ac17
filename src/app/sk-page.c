/* sk-page.c: the base of the window's hand-made pages: the proposal, its
 * findings and whether it may be edited, as properties */
#include "config.h"

#include "sk-page.h"

typedef struct
{
  SkProposal *proposal;
  SkCompliance *compliance;
  gboolean editable;
} SkPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (SkPage, sk_page, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_PROPOSAL, PROP_COMPLIANCE, PROP_EDITABLE, N_PROPS };
static GParamSpec *properties[N_PROPS];

SkProposal *
sk_page_get_proposal (SkPage *self)
{
  g_return_val_if_fail (SK_IS_PAGE (self), NULL);
  return ((SkPagePrivate *) sk_page_get_instance_private (self))->proposal;
}

SkCompliance *
sk_page_get_compliance (SkPage *self)
{
  g_return_val_if_fail (SK_IS_PAGE (self), NULL);
  return ((SkPagePrivate *) sk_page_get_instance_private (self))->compliance;
}

gboolean
sk_page_get_editable (SkPage *self)
{
  g_return_val_if_fail (SK_IS_PAGE (self), FALSE);
  return ((SkPagePrivate *) sk_page_get_instance_private (self))->editable;
}

void
sk_page_set_editable (SkPage *self, gboolean editable)
{
  SkPagePrivate *priv;

  g_return_if_fail (SK_IS_PAGE (self));
  priv = sk_page_get_instance_private (self);
  if (priv->editable == !!editable)
    return;
  priv->editable = !!editable;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

static void
sk_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SkPagePrivate *priv = sk_page_get_instance_private (SK_PAGE (object));

  switch (prop_id)
    {
    case PROP_PROPOSAL:
      g_value_set_object (value, priv->proposal);
      break;
    case PROP_COMPLIANCE:
      g_value_set_object (value, priv->compliance);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, priv->editable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  SkPagePrivate *priv = sk_page_get_instance_private (SK_PAGE (object));

  switch (prop_id)
    {
    case PROP_PROPOSAL:
      priv->proposal = g_value_dup_object (value);
      break;
    case PROP_COMPLIANCE:
      priv->compliance = g_value_dup_object (value);
      break;
    case PROP_EDITABLE:
      sk_page_set_editable (SK_PAGE (object), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_page_dispose (GObject *object)
{
  SkPagePrivate *priv = sk_page_get_instance_private (SK_PAGE (object));

  /* After the subclass's dispose: it may still disconnect from them. */
  g_clear_object (&priv->compliance);
  g_clear_object (&priv->proposal);
  G_OBJECT_CLASS (sk_page_parent_class)->dispose (object);
}

static void
sk_page_class_init (SkPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sk_page_get_property;
  object_class->set_property = sk_page_set_property;
  object_class->dispose = sk_page_dispose;

  properties[PROP_PROPOSAL] = g_param_spec_object ("proposal", NULL, NULL, SK_TYPE_PROPOSAL,
                                                   G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPLIANCE] = g_param_spec_object ("compliance", NULL, NULL, SK_TYPE_COMPLIANCE,
                                                     G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITABLE] = g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                                                    G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY |
                                                    G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
sk_page_init (SkPage *self)
{
  ((SkPagePrivate *) sk_page_get_instance_private (self))->editable = TRUE;
}
