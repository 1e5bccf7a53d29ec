/*
 * notifier.h - desktop alerts for what the store says is new.
 *
 * Backends behind one small vtable: "libnotify" (desktop popups over the
 * session bus), "stdout" (a line per alert, for headless use), "record"
 * (kept in memory, for tests) and "none".  notifier_deliver() runs once a
 * cycle: it marks each pending match in the store before showing it, so a
 * crash can lose a popup but never repeat one.  No notification server
 * is logged once and retried next cycle.  Popup actions ("Open", "Mute
 * thread") arrive through the GLib main loop and use the store of the last
 * notifier_deliver(): free the notifier before that store.
 */
#ifndef SW_NOTIFIER_H
#define SW_NOTIFIER_H

#include <glib.h>
#include "config.h"
#include "store.h"

struct notifier;

/* backend: "libnotify", "stdout", "record" or "none" (NULL: libnotify). */
struct notifier *notifier_new(const char *backend, GError **err) G_GNUC_WARN_UNUSED_RESULT;
void notifier_free(struct notifier *n);

/* Show the pending matches of the store; returns the number of popups
 * shown (a summary counts once), -1 on a store error. */
int notifier_deliver(struct notifier *n, struct store *s, const struct sw_config *c, gint64 now);

/* For the "record" backend: (transfer none) the lines shown so far. */
GPtrArray *notifier_recorded(struct notifier *n);

#endif
