#!/usr/bin/env python3
"""The HAR export opened by Chromium's own DevTools: every lesson's `cookielab run FILE
--format har` is handed to the HAR importer of the DevTools front end that Chromium ships
(devtools://devtools/bundled/, models/har: HARFormat.HARRoot reads and checks the log,
Importer.requestsFromHARLog makes the network panel's requests of it), in a headless
Chromium driven through the DevTools protocol. For each entry, what the network panel then
holds must be what the export says:
  - method, URL, status and status text, and the start time (the simulated clock);
  - the request header names, in order;
  - the request's cookies as DevTools holds them (it reads the export's request.cookies),
    against the pairs of the request's Cookie header, read here;
  - the response's cookies as DevTools holds them (from the export's response.cookies:
    name, value, path, domain, expires, httpOnly, secure, all that Chromium's importer
    reads), against each Set-Cookie line read here by RFC 6265 5.2, so the export read
    the line right and wrote it in the types DevTools understands;
  - the body: the text, or for a body in base64 (the tracker's GIF) the same base64;
  - a form post has its form data.

usage: devtools_har_import.py COOKIELAB [LESSON.toml...]   (exit 77 = skipped)
"""
import email.utils
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

IMPORT_JS = """(async () => {
  const HAR = await import('./models/har/har.js');
  const root = new HAR.HARFormat.HARRoot(JSON.parse(%s));
  const requests = HAR.Importer.Importer.requestsFromHARLog(root.log);
  const out = [];
  for (const r of requests) {
    const c = await r.requestContentData();
    out.push({
      method: r.requestMethod, url: r.url(), status: r.statusCode, statusText: r.statusText,
      start: r.startTime,
      requestHeaders: r.requestHeaders().map(h => h.name),
      requestCookies: (r.includedRequestCookies() || []).map(x => [(x.cookie || x).name(), (x.cookie || x).value()]),
      responseCookies: (r.responseCookies || []).map(c => [c.name(), c.value(), c.path() || null,
                                                          c.domain() || null, c.expires() ?? null,
                                                          c.httpOnly(), c.secure()]),
      text: c && c.isTextContent ? c.text : null,
      base64: c && !c.isTextContent && c.base64 !== undefined ? c.base64 : null,
      form: Boolean(r.requestFormData),
    });
  }
  return JSON.stringify(out);
})()"""


def cookie_pairs(header):
    """RFC 6265 5.4: "name=value; name=value"; a nameless cookie is its value alone."""
    pairs = []
    for piece in header.split(";"):
        piece = piece.strip(" \t")
        if piece:
            name, eq, value = piece.partition("=")
            pairs.append([name, value] if eq else ["", piece])
    return pairs


def read_set_cookie(line, at_ms):
    """RFC 6265 5.2 for what DevTools keeps: name, value, Path (when it starts with '/'),
    Domain (leading dot dropped, lower-cased), the expiry in ms (Max-Age wins over
    Expires, 5.3 step 3; Max-Age <= 0 is the earliest time), HttpOnly, Secure."""
    pair, _, rest = line.partition(";")
    name, eq, value = pair.partition("=")
    if not eq:
        return None  # no cookie in the line (5.2 step 2): the export lists none
    out = {"name": name.strip(" \t"), "value": value.strip(" \t"), "path": None, "domain": None,
           "expires": None, "max_age": None, "httpOnly": False, "secure": False}
    for attr in rest.split(";") if rest else []:
        key, _, val = attr.partition("=")
        key, val = key.strip(" \t").lower(), val.strip(" \t")
        if key == "path" and val.startswith("/"):
            out["path"] = val
        elif key == "domain" and val:
            out["domain"] = val.lstrip(".").lower()
        elif key == "max-age" and val.lstrip("-").isdigit():
            out["max_age"] = int(val)
        elif key == "expires":
            try:
                out["expires"] = int(email.utils.parsedate_to_datetime(val).timestamp() * 1000)
            except (TypeError, ValueError):
                pass
        elif key == "httponly":
            out["httpOnly"] = True
        elif key == "secure":
            out["secure"] = True
    if out["max_age"] is not None:
        out["expires"] = 0 if out["max_age"] <= 0 else at_ms + out["max_age"] * 1000
    return [out["name"], out["value"], out["path"], out["domain"], out["expires"], out["httpOnly"], out["secure"]]


def iso_seconds(text):
    return datetime.strptime(text.replace("Z", "+0000"), "%Y-%m-%dT%H:%M:%S.%f%z").timestamp()


def compare(name, har, seen):
    problems = []
    entries = har["log"]["entries"]
    if len(seen) != len(entries):
        return ["%s: DevTools made %d requests of %d entries" % (name, len(seen), len(entries))]
    for i, (e, r) in enumerate(zip(entries, seen)):
        at = "%s entry %d (%s %s)" % (name, i + 1, e["request"]["method"], e["request"]["url"])
        want = {
            "method": e["request"]["method"], "url": e["request"]["url"],
            "status": e["response"]["status"], "statusText": e["response"]["statusText"],
            "start": iso_seconds(e["startedDateTime"]),
            "requestHeaders": [h["name"] for h in e["request"]["headers"]],
        }
        headers = lambda part, name: [h["value"] for h in e[part]["headers"] if h["name"].lower() == name]
        want["requestCookies"] = [p for h in headers("request", "cookie") for p in cookie_pairs(h)]
        at_ms = int(round(want["start"] * 1000))
        want["responseCookies"] = [c for c in (read_set_cookie(h, at_ms) for h in headers("response", "set-cookie"))
                                   if c is not None]
        for key, value in want.items():
            if r[key] != value:
                problems.append("%s: %s: DevTools has %r, the exchange %r" % (at, key, r[key], value))
        content = e["response"]["content"]
        if content.get("encoding") == "base64":
            if r["base64"] != content["text"]:
                problems.append("%s: the base64 body differs" % at)
        elif content.get("text") and r["text"] != content["text"]:
            problems.append("%s: the body differs" % at)
        if "postData" in e["request"] and not r["form"]:
            problems.append("%s: DevTools has no form data" % at)
    return problems


def main():
    args = [a for a in sys.argv[1:]]
    if not args:
        print(__doc__)
        return 2
    cookielab = args[0]
    lessons = args[1:] or ["-"] + sorted(glob.glob(os.path.join(os.path.dirname(__file__), "..", "..", "scenarios", "*.toml")))
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("SKIP: chromium is not installed")
        return 77
    try:
        import websocket  # noqa: F401
    except ImportError:
        print("SKIP: python3-websocket is not installed")
        return 77
    import chromium_referee as ref
    tmp = tempfile.mkdtemp(prefix="cookielab-har-")
    proc = None
    try:
        proc, ws = ref.start_chromium(chromium, 1, tmp)
        cdp = ref.Cdp(ws)
        cdp.call("Page.enable")
        cdp.call("Page.navigate", url="devtools://devtools/bundled/devtools_app.html")
        cdp.wait_for("Page.loadEventFired", timeout=60)
        problems, entries = [], 0
        for lesson in lessons:
            name = "built-in" if lesson == "-" else os.path.basename(lesson)
            text = subprocess.run([cookielab, "run", lesson, "--format", "har"], capture_output=True, text=True).stdout
            har = json.loads(text)
            # The front end's modules load on first use: retried while they do.
            for attempt in range(20):
                r = cdp.call("Runtime.evaluate", expression=IMPORT_JS % json.dumps(text), awaitPromise=True,
                             returnByValue=True)
                if "exceptionDetails" not in r:
                    break
                time.sleep(0.5)
            if "exceptionDetails" in r:
                problems.append("%s: DevTools refused the HAR: %s" % (
                    name, r["exceptionDetails"].get("exception", {}).get("description", r["exceptionDetails"])))
                continue
            seen = json.loads(r["result"]["value"])
            problems += compare(name, har, seen)
            entries += len(seen)
        for p in problems:
            print("FAIL:", p)
        print("%d lessons, %d entries read back by Chromium's DevTools HAR importer; %d differences"
              % (len(lessons), entries, len(problems)))
        return 1 if problems else 0
    finally:
        if proc:
            proc.kill()
            proc.wait()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
