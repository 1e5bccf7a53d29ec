/*
 * sdnotify.h - systemd's notify protocol without libsystemd.
 *
 * Sends READY=1, RELOADING=1, STATUS=…, STOPPING=1 and WATCHDOG=1 as datagrams to the
 * AF_UNIX socket named by $NOTIFY_SOCKET (abstract names start with '@').
 * Silent no-ops when the variable is unset.  No init, no state but the
 * environment.
 */
#ifndef SW_SDNOTIFY_H
#define SW_SDNOTIFY_H

#include <glib.h>

/* Send one message (e.g. "READY=1").  Returns 0, or -1 if it could not be
 * sent (logged once); 0 as well when $NOTIFY_SOCKET is unset. */
int sdnotify_send(const char *msg);
int sdnotify_status(const char *fmt, ...) G_GNUC_PRINTF(1, 2);

/* The watchdog interval in microseconds from $WATCHDOG_USEC (honouring
 * $WATCHDOG_PID), or 0 when there is none. */
guint64 sdnotify_watchdog_usec(void);

#endif
