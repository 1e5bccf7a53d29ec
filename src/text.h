/*
 * text.h - plain text to comparable tokens.
 *
 * Unicode normalisation (NFKC) and case folding, Latin/Cyrillic homoglyph
 * folding, tokenising by Unicode word rules and Snowball stemming (libstemmer)
 * chosen by language or script.  Used by the matcher and the threader.
 * text_init() before use (opens the stemmers), text_teardown() at exit.
 */
#ifndef SW_TEXT_H
#define SW_TEXT_H

#include <glib.h>

struct sw_token {
	char *word; /* normalised, folded surface form */
	char *stem; /* stem of word in its language ("" if none) */
	int pos;    /* word position in the text, from 0 */
	guint wlen; /* strlen(word) */
};

void text_init(void);
void text_teardown(void);

/* (transfer full) NFKC + casefold + homoglyph fold of s (valid UTF-8). */
char *text_normalize(const char *s);

/* Whether c is one of the apostrophes a word may hold ("обов'язково",
 * "Ukraine’s"): the tokenizer drops it inside a word. */
gboolean text_is_apostrophe(gunichar c);

/* (transfer full) array of struct sw_token * (freed with the array) of s.
 * lang (nullable) is an ISO 639-1 code, e.g. "uk"; when NULL or unknown the
 * script of each word decides. */
GPtrArray *text_tokenize(const char *s, const char *lang);

/* Slots of text_tokenize_scratch(). */
#define TEXT_SCRATCH_SLOTS 3

/* (transfer none) the tokens of s as text_tokenize() makes them, in storage
 * kept for slot (0 .. TEXT_SCRATCH_SLOTS - 1) and reused: valid until the
 * next call with the same slot or text_teardown().  The array may be
 * shortened (g_ptr_array_set_size) but not freed or grown. */
GPtrArray *text_tokenize_scratch(const char *s, const char *lang, int slot);

/* Numbers for the words of text_tokenize_scratch(), to key caches by
 * without hashing: (transfer none, nullable) per token of slot as the last
 * call made them, a number below text_word_ids() (as it is after that
 * call: it grows as words are numbered, up to SW_MAX_STEM_CACHE) that stands for the
 * characters the token was made from and the language asked (so for its
 * word and stem), or TEXT_NO_WORD.  The same characters in the same
 * language get the same number while text_word_generation() stays the
 * same; NULL when the slot's numbers are of an earlier generation. */
#define TEXT_NO_WORD G_MAXUINT32
const guint32 *text_scratch_word_ids(int slot);

/* TRUE when the text of the last text_tokenize_scratch() into slot is
 * known to be valid UTF-8 (g_utf8_validate); FALSE: not known. */
gboolean text_scratch_utf8_sure(int slot);
guint text_word_generation(void);
/* Empties the memo of the words met so far and the stems kept (they come
 * back as words are met again; text_word_generation() moves on).  The
 * topic compiler calls it when done: matching needs none of the profile's
 * own words memoised, and the run's words then have the memo to
 * themselves (~1.8 MB with the default profile). */
void text_forget_words(void);
guint text_word_ids(void);

/* (transfer full) the stem of one normalised word in lang (nullable). */
char *text_stem(const char *word, const char *lang);
/* (transfer none) the same, valid until the next call into text.c. */
const char *text_stem_ref(const char *word, const char *lang);

/* (transfer none, nullable) ISO 639-1 code of the language s is most
 * likely written in, from function words and letters; NULL when s gives
 * too little evidence. */
const char *text_guess_lang(const char *s);

/* Whether c is written without blanks around it (Han and kana): the
 * tokeniser cuts such text into words, and shows them joined back. */
gboolean text_unspaced(gunichar c);

/* The same guess from tokens already made (text_tokenize): ntoks arrays
 * (each nullable) of struct sw_token *, read in order, stand for their
 * texts joined by blanks when each text was valid UTF-8. */
const char *text_guess_lang_tokens(GPtrArray *const *toks, int ntoks);

#endif
