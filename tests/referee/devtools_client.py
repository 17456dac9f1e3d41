"""The headless Chromium that the referees (tests/referee/*.py) and the page's tests
(tests/web/web_page.py) drive, and their client of the DevTools protocol: one copy for all.

  chromium = require_chromium()             # exits 77 (skipped) without chromium or python3-websocket
  proc, ws = launch(chromium, tmp, [flags])  # a fresh profile in tmp, DevTools on a free port
  cdp = Cdp(ws); cdp.call("Page.navigate", url=...); cdp.eval("1 + 1")
"""
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request

SKIP = 77


def find_chromium():
    return shutil.which("chromium") or shutil.which("chromium-browser")


def require_chromium():
    """Chromium's path; exits with SKIP when it or python3-websocket is missing."""
    chromium = find_chromium()
    if not chromium:
        print("SKIP: chromium is not installed")
        sys.exit(SKIP)
    try:
        import websocket  # noqa: F401  (python3-websocket)
    except ImportError:
        print("SKIP: python3-websocket is not installed")
        sys.exit(SKIP)
    return chromium


def launch(chromium, tmp, flags, tries=300):
    """Starts headless Chromium with `flags`, a profile of its own in tmp and DevTools on a
    free port; returns the process and the WebSocket URL of its page. Waits `tries` tenths
    of a second for DevTools to listen."""
    profile = os.path.join(tmp, "profile")
    args = [chromium, "--headless", "--no-sandbox", "--no-first-run"] + flags + [
        "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank"]
    log = os.path.join(tmp, "chromium.log")
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=open(log, "w"))
    port_file = os.path.join(profile, "DevToolsActivePort")
    for _ in range(tries):
        if os.path.exists(port_file) and open(port_file).read().strip():
            break
        if proc.poll() is not None:
            raise SystemExit("FAIL: chromium exited: " + open(log).read()[-2000:])
        time.sleep(0.1)
    dport = int(open(port_file).read().split()[0])
    pages = json.load(urllib.request.urlopen("http://127.0.0.1:%d/json/list" % dport))
    page = next(p for p in pages if p["type"] == "page")
    return proc, page["webSocketDebuggerUrl"]


class Cdp:
    """One page's DevTools session: commands answered in order, events kept in `events`."""

    def __init__(self, ws_url, timeout=30, call_timeout=60):
        import websocket
        self.ws = websocket.create_connection(ws_url, timeout=timeout, suppress_origin=True)
        self.call_timeout = call_timeout
        self.next_id = 0
        self.events = []

    def call(self, method, **params):
        self.next_id += 1
        my = self.next_id
        # Waiting for events leaves short timeouts on the socket: an answer on a busy
        # machine may take longer than that, so every call sets its own.
        self.ws.settimeout(self.call_timeout)
        self.ws.send(json.dumps({"id": my, "method": method, "params": params}))
        while True:
            try:
                msg = json.loads(self.ws.recv())
            except Exception as e:  # a timeout: reported as RuntimeError, which is retried
                raise RuntimeError("%s: no answer (%s)" % (method, e))
            if msg.get("id") == my:
                if "error" in msg:
                    raise RuntimeError("%s: %s" % (method, msg["error"]))
                return msg.get("result", {})
            if "method" in msg:
                self.events.append(msg)

    def eval(self, expression):
        """A JavaScript expression's value (promises awaited)."""
        r = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise RuntimeError("%s: %s" % (expression[:60], r["exceptionDetails"].get("text")))
        return r.get("result", {}).get("value")

    def wait_for(self, method, timeout=30):
        end = time.time() + timeout
        while time.time() < end:
            for i, e in enumerate(self.events):
                if e["method"] == method:
                    del self.events[i]
                    return e
            self.ws.settimeout(max(0.1, end - time.time()))
            try:
                msg = json.loads(self.ws.recv())
            except Exception:
                break
            if "method" in msg:
                self.events.append(msg)
        raise RuntimeError("no %s within %d s" % (method, timeout))

    def navigate(self, url, need):
        """Opens url as typed; returns the events of its document request, once the
        page has loaded and the extra-info event `need` for that request has come."""
        self.events = []
        self.call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")
        events, self.events = self.events, []
        doc = next((e["params"]["requestId"] for e in events if e["method"] == "Network.requestWillBeSent"
                    and e["params"].get("type") == "Document"), None)
        mine = [e for e in events if e["params"].get("requestId") == doc]
        # Extra-info events come on their own channel and may trail the load event.
        end = time.time() + 2
        while doc and not any(e["method"] == need for e in mine) and time.time() < end:
            self.ws.settimeout(max(0.05, end - time.time()))
            try:
                msg = json.loads(self.ws.recv())
            except Exception:
                break
            if msg.get("params", {}).get("requestId") == doc:
                mine.append(msg)
        self.ws.settimeout(30)
        return mine
