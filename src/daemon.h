/*
 * daemon.h - the main loop and one poll cycle.
 *
 * daemon_run() owns the process between start and exit: it opens the store,
 * sends READY=1, polls due feeds on their deadlines with one GMainLoop
 * (signals: TERM/INT stop, HUP reloads), and tears down in reverse order.
 * daemon_once() runs one cycle and returns.  Each finished transfer flows
 * parse -> store -> match -> thread inside one transaction; the notifier
 * and the digest act once per cycle on what the store says is new.
 * Deadlines are wall-clock times; `run` looks at the wall clock at least
 * every 5 minutes (SW_WAKE_CHECK seconds, for tests), so a suspend does
 * not delay the polls that fell due while it slept.
 */
#ifndef SW_DAEMON_H
#define SW_DAEMON_H

#include <glib.h>
#include "config.h"

struct sw_run_opts {
	const char *config_path; /* (nullable) -c */
	gboolean force;          /* poll every feed, due or not */
};

/* Exit codes of the sub-commands. */
int daemon_run(const struct sw_run_opts *o);
int daemon_once(const struct sw_run_opts *o);

#endif
