/*
 * html.h - markup to plain text.
 *
 * Turns the HTML of titles, summaries and content into plain text for the
 * matcher and the digest: tags dropped (script and style with their
 * contents), HTML entities decoded (also in XML without a DTD, and double
 * escaped ones), block elements become spaces, whitespace collapsed.
 * One pass over the text; libxml2's HTML parser (network access off) for
 * the rare markup the pass leaves to it.  No state.
 */
#ifndef SW_HTML_H
#define SW_HTML_H

#include <stddef.h>
#include <glib.h>

/* (transfer full) plain text of the HTML fragment s; never NULL.
 * The result is valid UTF-8, whitespace collapsed, trimmed, and at most
 * max bytes (cut on a character boundary); max 0 means no cap. */
char *html_to_text(const char *s, size_t max);

/* (transfer full) the same for s known to be valid UTF-8 (text from
 * libxml2): not checked again. */
char *html_to_text_utf8(const char *s, size_t max);

/* (transfer full) s with its entities (&amp; &ldquo; &#x27; ...) decoded
 * and whitespace collapsed; tags are left alone.  For plain-text fields. */
char *html_decode_entities(const char *s, size_t max);

/* (transfer full) s with whitespace runs collapsed to one space, trimmed. */
char *html_collapse_space(const char *s);

/* (transfer full) the same for s of len bytes known to be valid UTF-8
 * (not checked again), cut to at most max bytes on a character boundary
 * (max 0: no cap). */
char *html_collapse_utf8(const char *s, size_t len, size_t max);

/* (transfer full) s escaped for HTML/XML text and attributes. */
char *html_escape(const char *s);

#endif
