#!/usr/bin/env python3
"""`cookielab FILE --serve`: the window serves the lesson's servers while it is open
and shows each real exchange as a timeline step. Run on a display (the CMake test
wraps it like the screenshot tests: Xvfb when DISPLAY is unset).

  window_serve.py screenshot COOKIELAB SCENARIO OUT.png
      curl logs in (login page, POST with the CSRF token, redirect followed), a raw
      socket sends a malformed request and one cut off halfway; the window writes
      OUT.png once the 5 exchanges arrived and exits 0. The malformed request and
      the cut-off one must be logged as 400 timeline steps, the model untouched by them.
  window_serve.py interrupt COOKIELAB SCENARIO
      the same login, then SIGINT (Ctrl+C): the window closes cleanly (exit 0,
      "stopped.") and the --db file is consistent, holding Alice's session.

exit 77 = skipped (no curl).
"""
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

from curl_login import curl_runner, fail  # the same curl, jar and --resolve as the curl referee

SKIP = 77


def start(cmd):
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = proc.stdout.readline()
    m = re.match(r"listening on http://127\.0\.0\.1:(\d+)/", first)
    if not m:
        proc.kill()
        fail("the window did not start serving: %r %s" % (first, proc.stderr.read()))
    return proc, int(m.group(1))


def login(curl, port, jar):
    base = "http://shop.example:%d" % port

    run_curl = curl_runner(curl, port, jar)

    page = run_curl(base + "/accounts/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]*)"', page)
    if not token:
        fail("no csrfmiddlewaretoken in the login page:\n" + page)
    page = run_curl("-L", "--data-urlencode", "csrfmiddlewaretoken=" + token.group(1),
                    "--data-urlencode", "username=alice", "--data-urlencode", "password=wonderland",
                    base + "/accounts/login/")
    if "alice" not in page:
        fail("after the login the profile page does not name alice:\n" + page)


def misbehave(port):
    # A malformed request: 400, and a step on the timeline.
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(b"NOT HTTP AT ALL\r\n\r\n")
        answer = s.recv(4096)
        if not answer.startswith(b"HTTP/1.1 400"):
            fail("a malformed request got %r, not 400" % answer[:40])
    # A client that hangs up halfway: nothing lost, nothing stopped.
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(b"POST /accounts/login/ HTTP/1.1\r\nHost: shop.example\r\nContent-Length: 100\r\n\r\nuser")


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    mode, cookielab, scenario = sys.argv[1], sys.argv[2], sys.argv[3]
    curl = shutil.which("curl")
    if not curl:
        print("SKIP: curl is not installed")
        return SKIP
    tmp = tempfile.mkdtemp(prefix="cookielab-window-serve-")
    jar = os.path.join(tmp, "jar.txt")
    db = os.path.join(tmp, "sessions.sqlite3")
    cmd = [cookielab, scenario, "--serve", "--port", "0", "--db", db, "--size", "1280x720"]
    if mode == "screenshot":
        out_png = sys.argv[4]
        if os.path.exists(out_png):
            os.remove(out_png)
        cmd += ["--screenshot", out_png, "--screenshot-after", "5"]
    proc, port = start(cmd)
    try:
        login(curl, port, jar)  # 3 exchanges: GET, POST -> 302, GET profile
        misbehave(port)         # 2 more: both 400, the cut-off one after the read timeout
        early = ""
        if mode == "interrupt":
            # Ctrl+C only once all five are on the timeline: the cut-off request is
            # recorded when the server notices the hang-up, a moment after it.
            deadline = time.time() + 20
            while early.count("(step ") < 5 and time.time() < deadline:
                line = proc.stdout.readline()
                if not line:
                    break
                early += line
            proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
        out = early + out
    except subprocess.TimeoutExpired:
        proc.kill()
        fail("the window did not finish within 30 s")
    print(out)
    if proc.returncode != 0:
        fail("the window ended with %d:\n%s" % (proc.returncode, err))
    if not re.search(r"NOT \S*HTTP -> 400 400 \[bad-request\].*\(step \d+\)", out):
        fail("the malformed request is not a 400 timeline step:\n" + out)
    if len(re.findall(r"-> 400 400 \[bad-request\]", out)) != 2:
        fail("the cut-off request is not a 400 timeline step:\n" + out)
    if len(re.findall(r"\(step \d+\)$", out, re.M)) != 5:
        fail("expected 5 live steps:\n" + out)
    if not re.search(r"POST shop\.example/accounts/login/ -> 302", out):
        fail("the login POST is not a timeline step:\n" + out)
    if mode == "screenshot" and not os.path.getsize(sys.argv[4]):
        fail("no screenshot written")
    if mode == "interrupt":
        if "stopped." not in out:
            fail("the window did not stop cleanly:\n" + out)
        con = sqlite3.connect(db)
        if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            fail("the session database is not consistent")
        users = [r[0] for r in con.execute("SELECT session_data FROM django_session")]
        con.close()
        if not users:
            fail("the --db file holds no session after the login")
    shutil.rmtree(tmp, ignore_errors=True)
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
