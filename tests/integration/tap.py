"""tap.py - TAP for the python3 checks that integration tests run on
what their servers logged (polite.sh, clock.sh, soak.sh): imported, not
a test.  check() prints the next test point, done() the plan, and exits
1 if a point failed."""
import sys

n = failed = 0


def check(desc, ok, why=""):
    """Test point DESC passes when OK is true; WHY is said when not."""
    global n, failed
    n += 1
    if not ok:
        failed += 1
    print("%s %d - %s" % ("ok" if ok else "not ok", n, desc))
    if not ok and why:
        print("# " + why)


def done():
    print("1..%d" % n)
    sys.exit(1 if failed else 0)
