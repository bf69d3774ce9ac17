/* sk-rankings-page.h: the user's ranking library: the tables loaded,
 * importing one, removing one */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SK_TYPE_RANKINGS_PAGE (sk_rankings_page_get_type ())
G_DECLARE_FINAL_TYPE (SkRankingsPage, sk_rankings_page, SK, RANKINGS_PAGE, GtkWidget)

GtkWidget *sk_rankings_page_new     (void);
/* The window of the library (one for the application), over @parent;
 * returns it. */
GtkWindow *sk_rankings_page_present (GtkWindow *parent);
/* The page shown in a window made by sk_rankings_page_present. */
SkRankingsPage *sk_rankings_page_from_window (GtkWindow *window);
/* Opens the import dialog (as the Import button does); returns it. */
GtkWidget *sk_rankings_page_import  (SkRankingsPage *self);
/* Lists the tables again (it does so by itself after a change). */
void       sk_rankings_page_refresh (SkRankingsPage *self);

G_END_DECLS
