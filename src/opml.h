/*
 * opml.h - OPML import and export of the feed list.
 *
 * opml_import() reads an OPML file (hostile bytes: no network, no DTD)
 * and prints [feed NAME] groups for the config; opml_export() writes the
 * config's feeds as OPML 2.0.  No state.
 */
#ifndef SW_OPML_H
#define SW_OPML_H

#include <stdio.h>
#include <glib.h>
#include "config.h"

/* (transfer full) config text with one [feed NAME] group per outline. */
char *opml_import(const char *data, size_t len, GError **err) G_GNUC_WARN_UNUSED_RESULT;
/* (transfer full) OPML 2.0 document of c's feeds. */
char *opml_export(const struct sw_config *c);

#endif
