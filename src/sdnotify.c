/*
 * sdnotify.c - see sdnotify.h.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "log.h"
#include "sdnotify.h"

int
sdnotify_send(const char *msg)
{
	static gboolean warned;
	const char *path = getenv("NOTIFY_SOCKET");
	struct sockaddr_un sa;
	socklen_t salen;
	size_t plen;
	int fd, saved = 0, rc = -1;

	if (!path || !*path)
		return 0;
	plen = strlen(path);
	if ((path[0] != '/' && path[0] != '@') || plen >= sizeof(sa.sun_path)) {
		if (!warned)
			log_warnx("NOTIFY_SOCKET %s: unusable address", path);
		warned = TRUE;
		return -1;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sun_family = AF_UNIX;
	memcpy(sa.sun_path, path, plen);
	if (path[0] == '@')
		sa.sun_path[0] = '\0';
	salen = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + plen);

	fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		saved = errno;
		goto out;
	}
	if (sendto(fd, msg, strlen(msg), MSG_NOSIGNAL, (struct sockaddr *)&sa, salen) >= 0)
		rc = 0;
	saved = errno; /* close() may change it: log_warn shows the send's */
	close(fd);
out:
	if (rc < 0 && !warned) {
		errno = saved;
		log_warn("NOTIFY_SOCKET %s", path);
		warned = TRUE;
	}
	return rc;
}

int
sdnotify_status(const char *fmt, ...)
{
	va_list ap;
	char *body, *msg;
	int rc;

	va_start(ap, fmt);
	body = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	msg = g_strconcat("STATUS=", body, NULL);
	rc = sdnotify_send(msg);
	g_free(msg);
	g_free(body);
	return rc;
}

guint64
sdnotify_watchdog_usec(void)
{
	const char *usec = getenv("WATCHDOG_USEC");
	const char *pid = getenv("WATCHDOG_PID");

	if (!usec)
		return 0;
	if (pid && g_ascii_strtoll(pid, NULL, 10) != (gint64)getpid())
		return 0;
	return g_ascii_strtoull(usec, NULL, 10);
}
