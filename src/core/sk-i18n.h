/* sk-i18n.h: translations in a language other than the interface's
 *
 * The PDF and the CLI may speak kk, ru or en whatever the interface
 * language is, from any thread. These read the message catalogues
 * (seriktes.mo) directly; NULL as the language means the interface's
 * (plain gettext).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *sk_tr  (const char *lang, const char *msgid) G_GNUC_FORMAT (2);
const char *sk_ntr (const char *lang, const char *singular, const char *plural, gulong n)
  G_GNUC_FORMAT (2) G_GNUC_FORMAT (3);
/* @msgid in the context @context (msgctxt): one English word with two
 * meanings ("Years" of a research project, of a person's experience). */
const char *sk_trc (const char *lang, const char *context, const char *msgid) G_GNUC_FORMAT (3);

/* @msgid of another gettext domain (iso-codes' "iso_3166-1"), read from
 * the system's catalogues; @msgid itself when there is no translation. */
const char *sk_tr_domain (const char *lang, const char *domain, const char *msgid);

/* Is @lang one of kk, ru, en? */
gboolean    sk_is_content_language (const char *lang);

G_END_DECLS
