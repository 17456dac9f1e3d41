#!/usr/bin/env python3
"""curl as a second real client: the login lesson driven with `curl -c jar -b jar`
against `cookielab serve`, then curl's Netscape-format jar compared with the jar the
simulated browser holds after the same steps under the rfc6265 policy (name, value,
domain, host-only flag, path, secure, HttpOnly, expiry relative to the start).
Any difference fails. Along the way: a malformed request gets 400 and is logged, a
client that hangs up halfway stops nothing, SIGINT stops the server cleanly and the
--db file is left consistent.

usage: curl_login.py COOKIELAB SCENARIO     (exit 77 = skipped: no curl)
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

SKIP = 77
SLACK = 5  # seconds: the simulation adds 1 s per exchange, real requests take their time


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def curl_runner(curl, port, jar_path):
    """A function that runs curl with the cookie jar at jar_path against serve on
    port; --resolve makes shop.example reach that port without a hosts-file line."""
    def run_curl(*args):
        cmd = [curl, "-s", "-S", "--max-time", "20", "-c", jar_path, "-b", jar_path,
               "--resolve", "shop.example:%d:127.0.0.1" % port] + list(args)
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            fail("curl %s: %s" % (" ".join(args), r.stderr))
        return r.stdout
    return run_curl


def parse_jar(text):
    """Netscape cookie file -> {(name, domain, path): fields}."""
    jar = {}
    for line in text.splitlines():
        http_only = line.startswith("#HttpOnly_")
        if http_only:
            line = line[len("#HttpOnly_"):]
        elif not line or line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) != 7:
            fail("not a cookie-file line: %r" % line)
        domain = f[0][1:] if f[0].startswith(".") else f[0]
        jar[(f[5], domain, f[2])] = {
            "value": f[6], "host_only": f[1] == "FALSE", "secure": f[3] == "TRUE",
            "http_only": http_only, "expiry": int(f[4])}
    return jar


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    cookielab, scenario = sys.argv[1], sys.argv[2]
    curl = shutil.which("curl")
    if not curl:
        print("SKIP: curl is not installed")
        return SKIP
    tmp = tempfile.mkdtemp(prefix="cookielab-curl-")
    jar_path = os.path.join(tmp, "jar.txt")
    db_path = os.path.join(tmp, "sessions.sqlite3")
    server = subprocess.Popen([cookielab, "serve", scenario, "--port", "0", "--db", db_path],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = server.stdout.readline()
        m = re.match(r"listening on http://127\.0\.0\.1:(\d+)/", first)
        if not m:
            fail("serve did not start: %r %s" % (first, server.stderr.read()))
        port = int(m.group(1))
        base = "http://shop.example:%d" % port

        run_curl = curl_runner(curl, port, jar_path)

        t0 = int(time.time())
        # 1. The login page: the form carries the CSRF token.
        page = run_curl(base + "/accounts/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]*)"', page)
        if not token:
            fail("no csrfmiddlewaretoken in the login page:\n" + page)
        # Things a real client may do that must stop nothing: a malformed request
        # and a request cut off halfway.
        with socket.create_connection(("127.0.0.1", port)) as s:
            s.sendall(b"NOT HTTP AT ALL\r\n\r\n")
            answer = s.recv(4096)
            if not answer.startswith(b"HTTP/1.1 400"):
                fail("a malformed request got %r, not 400" % answer[:40])
        with socket.create_connection(("127.0.0.1", port)) as s:
            s.sendall(b"POST /accounts/login/ HTTP/1.1\r\nHost: shop.example\r\nContent-Length: 100\r\n\r\nuser")
        # 2. The form posted with the token; -L follows the redirect to the profile.
        page = run_curl("-L", "--data-urlencode", "csrfmiddlewaretoken=" + token.group(1),
                        "--data-urlencode", "username=alice", "--data-urlencode", "password=wonderland",
                        base + "/accounts/login/")
        if "alice" not in page:
            fail("after the login the profile page does not name alice:\n" + page)
        # 3. The profile again.
        page = run_curl(base + "/accounts/profile/")
        if "alice" not in page:
            fail("the profile page does not name alice:\n" + page)
    finally:
        server.send_signal(signal.SIGINT)
        try:
            out, err = server.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            fail("serve did not stop within 10 s of SIGINT")
    if server.returncode != 0 or "stopped." not in out:
        fail("serve ended with %d:\n%s\n%s" % (server.returncode, out, err))
    if not re.search(r"-> 400 400 \[bad-request\]", out):
        fail("the malformed request is not in serve's log:\n" + out)
    if out.count("POST shop.example/accounts/login/") != 1:
        fail("the cut-off POST reached the server model:\n" + out)

    # The --db file was closed cleanly: it opens, passes the integrity check and
    # holds Alice's one session.
    db = sqlite3.connect(db_path)
    if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        fail("the session database is not consistent")
    rows = db.execute("SELECT COUNT(*) FROM django_session").fetchone()[0]
    if rows != 1:
        fail("expected 1 session row in the --db file, found %d" % rows)
    db.close()

    # The simulated browser after the same steps.
    sim = subprocess.run([cookielab, "jar", scenario], capture_output=True, text=True)
    if sim.returncode != 0:
        fail("cookielab jar: " + sim.stderr)
    start = int(re.search(r"^# start (\d+)$", sim.stdout, re.M).group(1))
    real = parse_jar(open(jar_path).read())
    simulated = parse_jar(sim.stdout)

    compared = differences = 0
    for key in sorted(set(real) | set(simulated)):
        compared += 1
        r, s = real.get(key), simulated.get(key)
        if r is None or s is None:
            differences += 1
            print("DIFF %s: only in %s" % (key, "the simulation" if r is None else "curl's jar"))
            continue
        for field in ("value", "host_only", "secure", "http_only"):
            if r[field] != s[field]:
                differences += 1
                print("DIFF %s %s: curl %r, simulated %r" % (key, field, r[field], s[field]))
        rel_r = r["expiry"] - t0 if r["expiry"] else 0
        rel_s = s["expiry"] - start if s["expiry"] else 0
        if (rel_r == 0) != (rel_s == 0) or abs(rel_r - rel_s) > SLACK:
            differences += 1
            print("DIFF %s expiry (relative to the first request): curl %d s, simulated %d s" % (key, rel_r, rel_s))
        else:
            print("same %s: %s..., expires %+d s" % (key, r["value"][:12], rel_r))
    print("curl vs simulation: %d cookies compared, %d differences" % (compared, differences))
    shutil.rmtree(tmp, ignore_errors=True)
    return 1 if differences or compared == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
