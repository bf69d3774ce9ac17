/* sk-hyphen.h: where a word may be broken at a line end, with a hyphen
 *
 * Russian and English with libhyphen and the patterns of Debian's
 * hyphen-ru and hyphen-en-us (in SK_HYPHEN_DIR; without them, no breaks
 * for those languages); Kazakh by its syllables (sk_hyphen_kazakh). A
 * word's letters are hyphenated by their script and the document's
 * language: Latin letters as English; Cyrillic as Kazakh in a Kazakh
 * document or when the word has a Kazakh letter (ә ғ қ ң ө ұ ү һ і),
 * as Russian otherwise. Every break leaves at least two letters on each
 * side. Safe from any thread.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The byte offsets in @word (@length bytes of UTF-8, NULL-free) where it
 * may be broken, ascending: the first part is word[0, offset). Only inside
 * runs of letters; never next to a hyphen the word already has. */
GArray *sk_hyphen_points (const char *word, gsize length, const char *lang);

/* The Kazakh syllable breaks of a lowercase Cyrillic word of @n letters:
 * breaks[i] is TRUE when the word may be broken before letter i (at least
 * two letters on each side). A single consonant between vowels begins the
 * next syllable (ба-ла); of two or more, the last one does (мек-теп,
 * айт-ты, министр-лік); ь and ъ stay with the consonant before them; у and
 * и after a vowel are consonants (та-уы). */
void    sk_hyphen_kazakh (const gunichar *letters, gsize n, gboolean *breaks);

/* Starts loading the patterns a document in @lang may need in a thread of
 * its own (reading them takes a tenth of a proposal's export), so that
 * they are ready when the first word needs them; NULL when they are
 * loaded already (or no thread could be made). Join the thread before
 * the end of the program. */
GThread *sk_hyphen_preload (const char *lang);

/* @word with a hyphen at every break, for tests and debugging
 * ("ын-ты-мақ-тас-тық"). */
char   *sk_hyphen_show   (const char *word, const char *lang);

G_END_DECLS
