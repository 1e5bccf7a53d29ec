# common.sh - sourced by the integration tests that need it (not a test).

# find_libfaketime: prints the path of libfaketime.so.1 (SW_LIBFAKETIME
# first, then where Debian and a local build put it); fails if none is
find_libfaketime() {
	for f in ${SW_LIBFAKETIME:-} /usr/lib/*/faketime/libfaketime.so.1 \
		/usr/lib/faketime/libfaketime.so.1 /usr/local/lib/faketime/libfaketime.so.1; do
		[ -f "$f" ] && { echo "$f"; return 0; }
	done
	return 1
}
