#!/usr/bin/env python3
"""The referee on the lessons: every scenario of scenarios/ is served by `cookielab
serve`, and its steps are taken by a real Chromium (headless, DevTools protocol) and by
the simulated browser with the chromium policy, up to the first step a real browser
cannot take here (a jump of the clock, a second browser, a hand-made cookie, an https
URL: serve speaks http only). At every step compared:
  - the names in the Cookie header of the step's first request, in order;
  - the Set-Cookie lines refused, by name, with their DevTools reason;
  - the jar after the step: name, value, domain, host-only, path, Secure, HttpOnly,
    SameSite and expiry (session, or the same time within EXPIRY_SLACK) of every cookie.
Values compare because serve and the simulation draw session keys from the same seed in
the same order (a favicon request creates no session on these lessons' servers).
A step that stops at a redirect (follow_redirects = false) is taken by Chromium all the
same (a browser always follows); its first request and the jar still compare, as the
lessons' redirect targets set no cookies.
A difference fails unless ACCEPTED.md lists it ("- lesson ID step N: reason").

usage: chromium_lessons.py COOKIELAB [LESSON.toml...] [--verbose]   (exit 77 = skipped)
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import chromium_referee as ref  # noqa: E402  (the DevTools client and the reason table)

SUPPORTED = {"visit", "submit", "follow", "clear_cookies"}


def with_chromium_policy(text):
    """The lesson with every browser under the chromium policy, starting at the real
    time: serve's clock is the machine's, so a fixed Expires date in a scripted route
    must be as far in the past (or future) for the simulation as for Chromium."""
    lines = [l for l in text.split("\n") if not re.match(r"\s*(policy|start)\s*=", l)]
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    out = ['start = "%s"' % now]
    for l in lines:
        out.append(l)
        if re.match(r"\s*\[\[browser\]\]", l):
            out.append('policy = "chromium"')
    if not any(re.match(r"\s*\[\[browser\]\]", l) for l in lines):
        out += ["[[browser]]", 'name = "browser"', 'policy = "chromium"']
    return "\n".join(out) + "\n"


def steps_to_take(lesson):
    """The steps a real browser can take, and why the rest cannot be."""
    browsers = lesson.get("browser", [{"name": "browser"}])
    taken, first_browser = [], None
    for i, s in enumerate(lesson.get("step", [])):
        who = s.get("browser", browsers[0]["name"])
        first_browser = first_browser or who
        if s["action"] not in SUPPORTED:
            return taken, "step %d: %s" % (i + 1, s["action"])
        if who != first_browser:
            return taken, "step %d: a second browser" % (i + 1)
        if s.get("url", "").startswith("https:"):
            return taken, "step %d: https" % (i + 1)
        taken.append(s)
    return taken, ""


SUBMIT_JS = """(() => {
  const want = %s, fields = %s;
  const forms = Array.from(document.forms);
  const form = want ? forms.find(f => f.getAttribute('action') === want ||
                                      new URL(f.action, location.href).pathname === want) : forms[0];
  if (!form) return 'no form';
  for (const [name, value] of Object.entries(fields)) {
    let input = form.elements[name];
    if (!input) { input = document.createElement('input'); input.type = 'hidden'; input.name = name; form.appendChild(input); }
    if (input.type === 'checkbox') input.checked = true; else input.value = value;
  }
  HTMLFormElement.prototype.submit.call(form);
  return 'ok';
})()"""

FOLLOW_JS = """(() => {
  const want = %s;
  const a = Array.from(document.links).find(l => l.textContent.trim() === want || l.getAttribute('href') === want);
  if (!a) return 'no link';
  a.click();
  return 'ok';
})()"""


def chromium_step(cdp, step):
    """Takes one step; returns the events of its first document request."""
    a = step["action"]
    if a == "clear_cookies":
        cdp.call("Network.clearBrowserCookies")
        return None
    cdp.events = []
    if a == "visit":
        cdp.call("Page.navigate", url=step["url"])
    else:
        js = SUBMIT_JS % (json.dumps(step.get("form", "")), json.dumps(step.get("fields", {}))) if a == "submit" \
            else FOLLOW_JS % json.dumps(step["link"])
        r = cdp.call("Runtime.evaluate", expression=js)
        if r.get("result", {}).get("value") != "ok":
            return {"error": r.get("result", {}).get("value", "script failed")}
    cdp.wait_for("Page.loadEventFired")
    time.sleep(0.05)
    cdp.ws.settimeout(0.1)
    try:
        while True:
            msg = json.loads(cdp.ws.recv())
            if "method" in msg:
                cdp.events.append(msg)
    except Exception:
        pass
    cdp.ws.settimeout(30)
    events, cdp.events = cdp.events, []
    docs = [e["params"]["requestId"] for e in events
            if e["method"] == "Network.requestWillBeSent" and e["params"].get("type") == "Document"]
    first = docs[0] if docs else None
    sent, left_out, refused = [], set(), set()
    for e in events:
        p = e["params"]
        if e["method"] == "Network.requestWillBeSentExtraInfo" and p.get("requestId") == first and not sent:
            header = next((v for k, v in p.get("headers", {}).items() if k.lower() == "cookie"), "")
            sent = [c.split("=", 1)[0].strip() for c in header.split(";") if c.strip()] if header else []
            for ac in p.get("associatedCookies", []):
                if ac.get("blockedReasons"):
                    left_out.add((ac["cookie"]["name"], tuple(sorted(ac["blockedReasons"]))))
        if e["method"] == "Network.responseReceivedExtraInfo" and p.get("requestId") in docs:
            for b in p.get("blockedCookies", []):
                name = (b.get("cookie") or {}).get("name") or b.get("cookieLine", "").split("=", 1)[0].strip()
                refused.add((name, tuple(sorted(b.get("blockedReasons", [])))))
    return {"sent": sent, "left_out": left_out, "refused": refused}


# A jar entry: (name, domain, host-only, path, Secure, HttpOnly, SameSite, expiry) where expiry is
# None for a session cookie, else seconds since 1970 (compared within EXPIRY_SLACK).
EXPIRY_SLACK = 120  # the simulated clock and the real one drift by the steps' real time


def chromium_jar(cdp):
    out = []
    for c in cdp.call("Network.getAllCookies")["cookies"]:
        session = c.get("session") or c.get("expires", -1) < 0
        out.append((c["name"], c["domain"].lstrip("."), not c["domain"].startswith("."), c["path"],
                    bool(c.get("secure")), bool(c.get("httpOnly")), c.get("sameSite", ""), c["value"],
                    None if session else int(c["expires"])))
    return sorted(out, key=lambda t: t[:4])


def same_jar(a, b):
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x[:8] != y[:8] or (x[8] is None) != (y[8] is None):
            return False
        if x[8] is not None and abs(x[8] - y[8]) > EXPIRY_SLACK:
            return False
    return True


def engine_steps(cookielab, path, n_steps, names):
    r = subprocess.run([cookielab, "run", path, "--format", "jsonl"], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit("FAIL: cookielab run %s: %s" % (path, r.stderr))
    by_step = {}
    for line in r.stdout.splitlines():
        d = json.loads(line)
        s = d.get("scenario_step")
        if s is None or s > n_steps:
            continue
        if "method" not in d:
            continue
        entry = by_step.setdefault(s, {"sent": None, "left_out": set(), "refused": set()})
        if entry["sent"] is None:
            entry["sent"] = d.get("cookies_sent", [])
            for x in d.get("cookies_not_sent", []):
                entry["left_out"].add((x["name"], names.get(x["reason"], "")))
        for sc in d.get("set_cookie", []):
            if sc["outcome"] == "ignored":
                entry["refused"].add((sc["name"], names.get(sc["reason"], "")))
    jars = {}
    for s in range(1, n_steps + 1):
        j = subprocess.run([cookielab, "jar", path, "--steps", str(s), "--samesite"], capture_output=True, text=True)
        cookies = []
        for line in j.stdout.splitlines():
            http_only = line.startswith("#HttpOnly_")
            if http_only:
                line = line[len("#HttpOnly_"):]
            elif not line or line.startswith("#"):
                continue
            f = line.split("\t")
            expiry = int(f[4])
            cookies.append((f[5], f[0].lstrip("."), f[1] == "FALSE", f[2], f[3] == "TRUE", http_only, f[7], f[6],
                            None if expiry == 0 else expiry))
        jars[s] = sorted(cookies, key=lambda t: t[:4])
    return by_step, jars


COUNTS = {"left_out": 0, "refused": 0, "jar_cookies": 0}


def compare_step(eng, jar_e, chm, jar_c):
    diffs = []
    COUNTS["jar_cookies"] += len(jar_c)
    if eng is not None and chm is not None and "error" not in chm:
        if eng["sent"] != chm["sent"]:
            diffs.append("Cookie names: engine %s, Chromium %s" % (eng["sent"], chm["sent"]))
        # A cookie Chromium left out must be left out by the engine for one of Chromium's reasons.
        eng_left = dict(eng["left_out"])
        COUNTS["left_out"] += len(chm["left_out"])
        COUNTS["refused"] += len(set(dict(eng["refused"])) | set(dict(chm["refused"])))
        for name, reasons in chm["left_out"]:
            if eng_left.get(name, "") not in reasons:
                diffs.append("%s left out: Chromium %s, engine %s" % (name, list(reasons), eng_left.get(name) or "sent/absent"))
        eng_ref = dict(eng["refused"])
        chm_ref = dict(chm["refused"])
        for name in set(eng_ref) | set(chm_ref):
            # An already-expired line: Chromium stores and at once drops it, with no
            # blocked reason; the jar comparison sees whether both are without it.
            if eng_ref.get(name) == "" and name not in chm_ref:
                continue
            if name not in chm_ref or name not in eng_ref or (eng_ref[name] and eng_ref[name] not in chm_ref[name]):
                diffs.append("%s refused: engine %s, Chromium %s" % (name, eng_ref.get(name, "stored"),
                                                                   list(chm_ref.get(name, ())) or "stored"))
    elif chm is not None and "error" in chm:
        diffs.append("Chromium could not take the step: " + chm["error"])
    if not same_jar(jar_e, jar_c):
        diffs.append("jar: engine %s, Chromium %s" % (jar_e, jar_c))
    return diffs


def accepted():
    path = os.path.join(ref.HERE, "ACCEPTED.md")
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
    return {(m.group(1), int(m.group(2))) for m in re.finditer(r"^- lesson (\S+) step (\d+): ", text, re.M)}


def main():
    try:
        import tomllib
    except ImportError:  # Python before 3.11
        print("SKIP: this Python has no tomllib")
        return ref.SKIP
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    if not args:
        print(__doc__)
        return 2
    cookielab = args[0]
    lessons = args[1:] or sorted(glob.glob(os.path.join(ref.SOURCE, "scenarios", "*.toml")))
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("SKIP: chromium is not installed")
        return ref.SKIP
    try:
        import websocket  # noqa: F401
    except ImportError:
        print("SKIP: python3-websocket is not installed")
        return ref.SKIP
    names = ref.reason_names()
    ok_list = accepted()
    total = equal = accepted_n = 0
    stale = []
    failed = []
    tmp = tempfile.mkdtemp(prefix="cookielab-lessons-")
    for lesson_path in lessons:
        text = open(lesson_path, encoding="utf-8").read()
        lesson = tomllib.loads(text)
        lid = lesson.get("id", os.path.splitext(os.path.basename(lesson_path))[0])
        steps, stop = steps_to_take(lesson)
        if not steps:
            print("%s: no step a real browser can take (%s)" % (lid, stop))
            continue
        path = os.path.join(tmp, lid + ".toml")
        open(path, "w", encoding="utf-8").write(with_chromium_policy(text))
        eng, jars = engine_steps(cookielab, path, len(steps), names)
        serve = subprocess.Popen([cookielab, "serve", path, "--port", "0"], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        browser = None
        results = []
        try:
            m = re.match(r"listening on http://127\.0\.0\.1:(\d+)/", serve.stdout.readline())
            if not m:
                raise SystemExit("FAIL: serve %s did not start: %s" % (lid, serve.stderr.read()))
            ref.keep_draining(serve)
            profile_tmp = tempfile.mkdtemp(dir=tmp)
            browser, ws = ref.start_chromium(chromium, int(m.group(1)), profile_tmp,
                                             rules="MAP * 127.0.0.1:%d, EXCLUDE localhost" % int(m.group(1)))
            cdp = ref.Cdp(ws)
            cdp.call("Network.enable")
            cdp.call("Page.enable")
            for s in steps:
                results.append((chromium_step(cdp, s), chromium_jar(cdp)))
        finally:
            if browser:
                browser.terminate()
                browser.wait(timeout=10)
            serve.terminate()
            serve.wait(timeout=10)
        for i, (chm, jar_c) in enumerate(results, start=1):
            total += 1
            d = compare_step(eng.get(i), jars[i], chm, jar_c)
            if not d:
                equal += 1
                if (lid, i) in ok_list:
                    stale.append((lid, i))  # ACCEPTED.md must say only what is true
                continue
            if (lid, i) in ok_list:
                accepted_n += 1
                if verbose:
                    print("%s step %d differs (accepted): %s" % (lid, i, "; ".join(d)))
                continue
            failed.append((lid, i))
            print("%s step %d (%s):\n    %s" % (lid, i, steps[i - 1]["action"], "\n    ".join(d)))
        print("%s: %d steps compared%s" % (lid, len(results), " (stopped at %s)" % stop if stop else ""))
    shutil.rmtree(tmp, ignore_errors=True)
    print("lessons: compared %d cookies left out by Chromium with their reasons, %d refused Set-Cookie lines, "
          "%d cookies in the jars after the steps" % (COUNTS["left_out"], COUNTS["refused"], COUNTS["jar_cookies"]))
    print("lessons: %d steps compared, %d equal, %d differences accepted (ACCEPTED.md), %d unexplained"
          % (total, equal, accepted_n, len(failed)))
    if stale:
        print("accepted in ACCEPTED.md but now equal (remove them): %s"
              % ", ".join("%s step %d" % x for x in stale))
    return 1 if failed or stale else 0


if __name__ == "__main__":
    sys.exit(main())
