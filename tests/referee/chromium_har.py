#!/usr/bin/env python3
"""A HAR capture made by the test itself, as a browser's exporter makes it: Chromium
(driven through the DevTools protocol) logs in to lesson 4 served by `cookielab serve`;
the Network events (requestWillBeSent, responseReceived, responseReceivedExtraInfo with
the raw Set-Cookie lines, loadingFinished) become HAR 1.2 entries; `cookielab import`
then reads it: every entry a step, the session cookie in the rebuilt jar, and no
difference from the engine that the capture does not explain.

usage: chromium_har.py COOKIELAB"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import chromium_referee as ref  # noqa: E402


def iso(wall):
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(wall)) + ".%03dZ" % int((wall % 1) * 1000)


def har_of(events):
    """HAR entries from the protocol's Network events, as DevTools' HAR exporter builds them:
    one entry per request, a redirect's 3xx (carried by the next requestWillBeSent of the
    same id) its own entry; the raw headers of the ExtraInfo events, which hold the
    Set-Cookie and Cookie fields the plain events leave out, matched by id and order."""
    hops, order = {}, []            # requestId -> list of hops (one per redirect)
    extra_req, extra_resp = {}, {}  # requestId -> raw header dicts, in order
    for e in events:
        p = e["params"]
        rid = p.get("requestId")
        m = e["method"]
        if m == "Network.requestWillBeSent":
            if rid in hops and "redirectResponse" in p:
                hops[rid][-1]["response"] = p["redirectResponse"]
            else:
                order.append(rid)
            hops.setdefault(rid, []).append({"request": p["request"], "wall": p["wallTime"],
                                             "type": p.get("type", "Other")})
        elif m == "Network.requestWillBeSentExtraInfo":
            extra_req.setdefault(rid, []).append(p["headers"])
        elif m == "Network.responseReceived" and rid in hops:
            hops[rid][-1]["response"] = p["response"]
        elif m == "Network.responseReceivedExtraInfo":
            extra_resp.setdefault(rid, []).append(p["headers"])
    entries = []
    for rid in order:
        for k, r in enumerate(hops[rid]):
            resp = r.get("response")
            if not resp:
                continue
            raw_req = extra_req.get(rid, [])
            raw_resp = extra_resp.get(rid, [])
            req_headers = dict(r["request"]["headers"])
            if k < len(raw_req):
                req_headers.update(raw_req[k])
            resp_headers = raw_resp[k] if k < len(raw_resp) else resp["headers"]
            headers = []
            for name, v in resp_headers.items():
                for line in v.split("\n"):  # DevTools joins repeated fields (Set-Cookie) with newlines
                    headers.append({"name": name, "value": line})
            post = r["request"].get("postData")
            entries.append({
                "startedDateTime": iso(r["wall"]), "time": 1, "_resourceType": r["type"].lower(),
                "request": {"method": r["request"]["method"], "url": r["request"]["url"], "httpVersion": "HTTP/1.1",
                            "headers": [{"name": n, "value": v} for n, v in req_headers.items()],
                            "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0,
                            **({"postData": {"mimeType": "application/x-www-form-urlencoded", "text": post}}
                               if post else {})},
                "response": {"status": resp["status"], "statusText": resp.get("statusText", ""),
                             "httpVersion": "HTTP/1.1", "headers": headers, "cookies": [],
                             "content": {"size": 0, "mimeType": resp.get("mimeType", "")},
                             "redirectURL": next((h["value"] for h in headers if h["name"].lower() == "location"), ""),
                             "headersSize": -1, "bodySize": -1},
                "cache": {}, "timings": {"send": 0, "wait": 1, "receive": 0}})
    entries.sort(key=lambda e: e["startedDateTime"])
    return {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "pages": [],
                    "entries": entries}}


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    cookielab = sys.argv[1]
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("SKIP: chromium is not installed")
        return ref.SKIP
    try:
        import websocket  # noqa: F401
    except ImportError:
        print("SKIP: python3-websocket is not installed")
        return ref.SKIP
    tmp = tempfile.mkdtemp(prefix="cookielab-har-")
    serve = subprocess.Popen([cookielab, "serve", os.path.join(ref.SOURCE, "scenarios", "04-sessions.toml"), "--port",
                              "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    browser = None
    try:
        m = re.match(r"listening on http://127\.0\.0\.1:(\d+)/", serve.stdout.readline())
        if not m:
            raise SystemExit("FAIL: serve did not start: " + serve.stderr.read())
        ref.keep_draining(serve)
        browser, ws = ref.start_chromium(chromium, int(m.group(1)), tmp,
                                         rules="MAP * 127.0.0.1:%d, EXCLUDE localhost" % int(m.group(1)))
        cdp = ref.Cdp(ws)
        cdp.call("Network.enable")
        cdp.call("Page.enable")
        cdp.events = []
        cdp.call("Page.navigate", url="http://shop.example/accounts/login/")
        cdp.wait_for("Page.loadEventFired")
        cdp.call("Runtime.evaluate", expression="document.querySelector('[name=username]').value='alice';"
                 "document.querySelector('[name=password]').value='wonderland';"
                 "document.querySelector('form').submit()")
        cdp.wait_for("Page.loadEventFired")
        end = time.time() + 1.5  # extra-info events may trail the load
        while time.time() < end:
            try:
                cdp.wait_for("Never.happens", timeout=max(0.1, end - time.time()))
            except RuntimeError:
                pass
        events = cdp.events
    finally:
        if browser:
            browser.terminate()
            browser.wait(timeout=10)
        serve.terminate()
        serve.wait(timeout=10)
    har = har_of(events)
    path = os.path.join(tmp, "chromium-login.har")
    json.dump(har, open(path, "w"), indent=1)
    if "--keep" in sys.argv:
        shutil.copy(path, "/tmp/chromium-login.har")
    n = len(har["log"]["entries"])
    out = subprocess.run([cookielab, "import", path, "--keep-secrets"], capture_output=True, text=True)
    shutil.rmtree(tmp, ignore_errors=True)
    if out.returncode != 0:
        print("FAIL: import refused the capture:\n" + out.stderr)
        return 1
    problems = []
    steps = out.stdout.count("\n=== Step ")
    if steps != n or n < 3:
        problems.append("%d entries in the capture, %d steps imported" % (n, steps))
    if not re.search(r"sessionid: stored", out.stdout):
        problems.append("the login's sessionid was not stored in the rebuilt jar")
    if "differs from what the engine would send" in out.stdout:
        problems.append("a Cookie header differs from the engine's:\n" +
                        "\n".join(l for l in out.stdout.splitlines() if ": sent " in l or "engine would" in l))
    for p in problems:
        print("FAIL: " + p)
    print("chromium capture: %d entries imported" % n)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
