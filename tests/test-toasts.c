/* test-toasts.c: toasts shown one right after another replace each other
 * without crashing libadwaita 1.2 (run under Xvfb with
 * G_DEBUG=fatal-warnings; the crash shows best in the sanitizer build).
 *
 * libadwaita 1.2 shows a toast that comes while another is hiding with a
 * longer slide (500 ms) than the fade of a dismissed one (300 ms); a toast
 * dismissed early in that slide was freed before the slide ended, which
 * then wrote into freed memory. Each pattern here replaces toasts at
 * such moments through the window's own paths. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sk-init.h"
#include "sk-test-util.h"
#include "sk-ui-util.h"
#include "sk-window.h"

/* Runs the main loop for @ms milliseconds (frames are drawn). */
static void
spin (guint ms)
{
  sk_ui_wait_until (NULL, NULL, ms);
}

/* The toast shown, with its title, and a button of @action (or none). */
static void
assert_toast (SkWindow *window, const char *title, const char *action)
{
  AdwToast *toast = sk_window_get_toast (window);

  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, title);
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, action);
  if (action)
    g_assert_nonnull (adw_toast_get_button_label (toast));
  else
    g_assert_null (adw_toast_get_button_label (toast));
}

/* Replacing at many moments of the animations: right away, after one
 * iteration, within the first frames of the slide, at its end. */
static void
test_replace_patterns (void)
{
  SkWindow *window = sk_ui_window_new (NULL, 900, 600);
  const guint waits[] = { 0, 1, 16, 120, 320, 520 };

  for (guint i = 0; i < G_N_ELEMENTS (waits); i++)
    {
      g_autofree char *a = g_strdup_printf ("first %u", i);
      g_autofree char *b = g_strdup_printf ("second %u", i);
      g_autofree char *c = g_strdup_printf ("third %u", i);

      sk_window_toast (window, a);
      if (waits[i] == 1)
        sk_ui_drain ();
      else if (waits[i])
        spin (waits[i]);
      sk_window_toast_undo (window, b);
      assert_toast (window, b, "win.undo");
      /* Twice within one frame. */
      sk_window_toast (window, c);
      sk_window_toast_file (window, c, "/nonexistent/file.pdf");
      assert_toast (window, c, "win.open-file");
      if (waits[i] > 1)
        spin (waits[i] / 2);
      else
        sk_ui_drain ();
      sk_window_toast (window, a);
      assert_toast (window, a, NULL);
    }
  /* Every animation ends. */
  spin (550);
  assert_toast (window, "first 5", NULL);
  sk_ui_window_close (window);
}

/* Dismissed as the close button or the timeout does (once it has slid
 * in: dismissing a toast still sliding in crashes libadwaita 1.2 itself),
 * then new toasts at once, while it fades, and a little later. */
static void
test_replace_dismiss (void)
{
  SkWindow *window = sk_ui_window_new (NULL, 900, 600);
  const guint waits[] = { 0, 60 };

  for (guint i = 0; i < G_N_ELEMENTS (waits); i++)
    {
      sk_window_toast (window, "one");
      spin (waits[i]);
      sk_window_toast_undo (window, "two");
      spin (520);
      adw_toast_dismiss (sk_window_get_toast (window));
      g_assert_null (sk_window_get_toast (window));
      if (waits[i])
        spin (waits[i]);
      sk_window_toast (window, "three");
      spin (waits[i]);
      sk_window_toast (window, "four");
      assert_toast (window, "four", NULL);
      spin (waits[i]);
      sk_window_toast_undo (window, "five");
      assert_toast (window, "five", "win.undo");
    }
  /* A title is shown as written, markup characters included (libadwaita
   * 1.2 reads a title as markup). */
  sk_window_toast (window, "Smith & Sons <Ltd>");
  g_assert_cmpstr (adw_toast_get_title (sk_window_get_toast (window)), ==, "Smith &amp; Sons &lt;Ltd&gt;");
  spin (550);
  sk_ui_window_close (window);
}

/* The real paths: deletions with Undo one right after another, undo and
 * redo quickly, each with its toast; Undo still undoes. */
static void
test_delete_undo_redo (void)
{
  g_autofree char *path = sk_test_example_copy ("kyzylorda-arizona.seriktes");
  SkWindow *window = sk_ui_window_new (path, 1100, 760);
  SkProposal *proposal = sk_window_get_proposal (window);
  GListModel *staff = sk_proposal_get_records (proposal, SK_KIND_STAFF);
  guint count = g_list_model_get_n_items (staff);
  gint64 ids[4];

  g_assert_cmpuint (count, >=, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr (SkRecord) record = g_list_model_get_item (staff, i);
      ids[i] = sk_record_get_id (record);
    }

  /* Two deletions within one frame, then one more in the slide. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-record", "(sx)", SK_KIND_STAFF, ids[0]));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-record", "(sx)", SK_KIND_STAFF, ids[1]));
  spin (30);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-record", "(sx)", SK_KIND_STAFF, ids[2]));
  g_assert_cmpstr (adw_toast_get_action_name (sk_window_get_toast (window)), ==, "win.undo");
  sk_ui_drain ();
  /* Undo as the toast's button does, redo, undo: one toast each. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), adw_toast_get_action_name (sk_window_get_toast (window)), NULL));
  g_assert_cmpuint (sk_proposal_count (proposal, SK_KIND_STAFF), ==, count - 2);
  spin (16);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  sk_ui_drain ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-record", "(sx)", SK_KIND_STAFF, ids[3]));
  spin (100);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (sk_proposal_count (proposal, SK_KIND_STAFF), ==, count - 1);
  g_assert_null (adw_toast_get_action_name (sk_window_get_toast (window)));
  spin (550);
  sk_ui_window_close (window);
}

/* The window closes while toasts slide and fade. */
static void
test_close_animating (void)
{
  SkWindow *window = sk_ui_window_new (NULL, 900, 600);

  sk_window_toast (window, "one");
  sk_window_toast_undo (window, "two");
  sk_ui_drain ();
  sk_window_toast (window, "three");
  spin (16);
  sk_window_toast_file (window, "four", "/nonexistent/file.pdf");
  sk_ui_window_close (window);
}

int
main (int argc, char **argv)
{
  sk_init_i18n ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/sk/toasts/replace-patterns", test_replace_patterns);
  g_test_add_func ("/sk/toasts/replace-dismiss", test_replace_dismiss);
  g_test_add_func ("/sk/toasts/delete-undo-redo", test_delete_undo_redo);
  g_test_add_func ("/sk/toasts/close-animating", test_close_animating);
  return g_test_run ();
}
