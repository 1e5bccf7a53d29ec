"""run_until.py - `storywatch run` until it logs a line, then SIGTERM: for
the python3 parts of integration tests (order.sh); imported, not a test."""
import signal
import subprocess
import time


def run_until(cmd, log, marker, **popen):
    """Runs CMD (POPEN: more subprocess.Popen arguments, e.g. stdout, env),
    its standard error copied to the file LOG, until a line of it holds
    MARKER; then SIGTERM, and the rest of its standard error.  Returns
    (status, seconds): its exit status, "hung" when it had not exited 60 s
    after the signal (it is killed then), and the seconds from the signal
    to its exit; seconds is None when it ended without the line (no
    signal)."""
    with open(log, "w") as lg:
        p = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, **popen)
        t = None
        for line in p.stderr:
            lg.write(line)
            if marker in line:
                t = time.monotonic()
                p.send_signal(signal.SIGTERM)
                break
        for line in p.stderr:
            lg.write(line)
        try:
            rc = p.wait(timeout=60)
        except subprocess.TimeoutExpired:
            p.kill()
            rc = "hung"
    return rc, None if t is None else time.monotonic() - t
