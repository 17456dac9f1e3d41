#!/usr/bin/env python3
"""The referee: a real Chromium against the engine under the chromium policy.

Every line of set_cookie_corpus.txt is served by a scripted route of `cookielab serve`
(a scenario written here, one route per line, on three hosts). Chromium, headless and
driven through the DevTools protocol, opens the route, then reads back from several
URLs; the engine (`cookielab cookies --policy chromium`) takes the same line from the
same URL and answers the same reads. Compared for every line:
  - stored or refused, and the refusal's reason (the engine's reason mapped to its
    DevTools name by src/cookie/reason.cpp, against Network.responseReceivedExtraInfo's
    blockedReasons);
  - the stored cookie: name, value, domain and host-only, path, secure, httponly,
    samesite, session or expiry (within a few minutes: the two clocks start apart);
  - the Cookie header each read sends (Network.requestWillBeSentExtraInfo).
A difference fails unless ACCEPTED.md lists its case with a reason.

usage: chromium_referee.py COOKIELAB [--only N,M] [--verbose]   (exit 77 = skipped)
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import devtools_client  # noqa: E402
from devtools_client import SKIP  # noqa: E402,F401  (the others read ref.SKIP)

SOURCE = os.path.dirname(os.path.dirname(HERE))
# 127.0.0.1: a host that is an IP address (Chromium makes Domain=<the IP> host-only
# and refuses any other Domain there; issue 21).
HOSTS = {"a.example": "a", "sub.a.example": "sub", "b.example": "b", "127.0.0.1": "ip"}
READS = ["http://a.example/", "http://a.example/docs/sub/x", "http://sub.a.example/docs/", "http://a.example/DOCS/",
         "http://127.0.0.1/"]
EXPIRY_SLACK = 300  # seconds


def decode(value):
    """\\xNN in the corpus stands for the byte NN."""
    return re.sub(rb"\\x([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]), value.encode("utf-8"))


def load_corpus():
    cases = []
    with open(os.path.join(HERE, "set_cookie_corpus.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            host, d, value = line.split("\t", 2)
            # The route's header line is trimmed (RFC 9110 5.5: OWS is not part of a value).
            raw = decode(value).strip(b" \t")
            n = len(cases) + 1
            cases.append({"n": n, "host": host, "dir": d, "text": value, "raw": raw,
                          "url": "http://%s%sc%d" % (host, d, n)})
    return cases


def toml_string(raw):
    out = '"'
    for ch in raw.decode("utf-8"):
        if ch in '"\\' or ord(ch) < 0x20 or ord(ch) == 0x7f:
            out += "\\u%04X" % ord(ch)
        else:
            out += ch
    return out + '"'


def write_scenario(cases, path):
    t = ['title = { en = "The referee\'s corpus", ko = "심판의 말뭉치" }']
    for host, name in HOSTS.items():
        t += ["[[server]]", 'name = "%s"' % name, 'hosts = ["%s"]' % host, 'profile = "stateless"']
        for c in cases:
            if c["host"] != host:
                continue
            t += ["  [[server.route]]", '  path = "%sc%d"' % (c["dir"], c["n"]),
                  "  headers = [%s, \"Content-Type: text/html\"]" % toml_string(b"Set-Cookie: " + c["raw"]),
                  '  body = "<title>case %d</title>"' % c["n"]]
    t += ["[[step]]", 'action = "visit"', 'url = "http://a.example/"']
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(t) + "\n")


def reason_names():
    """The engine's own table: reason id -> DevTools name ("" when Chromium has none)."""
    text = open(os.path.join(SOURCE, "src", "cookie", "reason.cpp"), encoding="utf-8").read()
    return dict(re.findall(r'\{"([a-z0-9-]+)",\s*"[^"]*",\s*"([A-Za-z]*)"', text))


# ---------------------------------------------------------------- the engine

DESC = re.compile(r"^(stored|replaced): (.*) \((host-only|domain) ([^,]*), path ([^,)]*)(.*)\)$")


def engine_results(cookielab, cases, now):
    lines = []
    for c in cases:
        lines.append(b"clear")
        lines.append(b"set " + c["url"].encode() + b" " + c["raw"])
        lines += [b"get " + u.encode() for u in READS]
    iso = datetime.fromtimestamp(now, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    r = subprocess.run([cookielab, "cookies", "-", "--policy", "chromium", "--now", iso],
                       input=b"\n".join(lines) + b"\n", capture_output=True)
    answers = r.stdout.decode("utf-8", "replace").split("\n")
    per = 2 + len(READS)
    if r.returncode != 0 or len(answers) < per * len(cases):
        raise SystemExit("FAIL: cookielab cookies: %s" % r.stderr.decode())
    out = []
    for i, c in enumerate(cases):
        a = answers[i * per:(i + 1) * per]
        result = {"set": a[1], "reads": [x[len("Cookie:"):].strip() for x in a[2:]]}
        m = DESC.match(a[1])
        if m:
            rest = [p.strip() for p in m.group(6).split(",") if p.strip()]
            expires = None
            for p in rest:
                if p.startswith("expires "):
                    expires = datetime.strptime(p[8:].split(".")[0].rstrip("Z"), "%Y-%m-%dT%H:%M:%S") \
                        .replace(tzinfo=timezone.utc).timestamp()
            result["cookie"] = {
                "name": "" if m.group(2) == "(nameless)" else m.group(2),
                "domain": m.group(4), "host_only": m.group(3) == "host-only", "path": m.group(5),
                "secure": "secure" in rest, "httponly": "httponly" in rest,
                "samesite": next((p.split("=", 1)[1] for p in rest if p.startswith("samesite=")), ""),
                "expires": expires}
        else:
            m = re.match(r"^ignored: ([a-z0-9-]+)", a[1])
            result["reason"] = m.group(1) if m else "?"
        out.append(result)
    return out


# ---------------------------------------------------------------- Chromium

# The DevTools client (devtools_client.py); chromium_har.py and the others reach it as ref.Cdp.
Cdp = devtools_client.Cdp


def devtools_to_utf8(text):
    """DevTools hands header bytes over as Windows-1252 characters (0x95 comes as
    U+2022), the engine answers in UTF-8: put both in the same terms. A header that
    is not UTF-8 stays as it came."""
    try:
        raw = bytes(ord(ch) if ord(ch) < 256 else ch.encode("cp1252")[0] for ch in text)
        return raw.decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def keep_draining(proc):
    """Reads a child's output in the background: serve logs a line per exchange, and
    a pipe nobody reads fills (64 KiB) and stops serve in the middle of a run."""
    import threading
    for stream in (proc.stdout, proc.stderr):
        threading.Thread(target=stream.read, daemon=True).start()


def start_chromium(chromium, serve_port, tmp, rules=None):
    return devtools_client.launch(chromium, tmp, [
        "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,PrivacySandboxSettings4",
        # Every lesson host reaches serve's port; nothing else resolves.
        # (127.0.0.1 on port 80 in the URL, as the engine sees it, reaches serve too.)
        "--host-resolver-rules=" + (rules or "MAP *.example 127.0.0.1:%d, MAP 127.0.0.1 127.0.0.1:%d, EXCLUDE localhost"
                                    % (serve_port, serve_port))])


def chromium_case(cdp, c):
    cdp.call("Network.clearBrowserCookies")
    events = cdp.navigate(c["url"], "Network.responseReceivedExtraInfo")
    blocked = []
    for e in events:
        if e["method"] == "Network.responseReceivedExtraInfo":
            for b in e["params"].get("blockedCookies", []):
                blocked += b.get("blockedReasons", [])
    jar = cdp.call("Network.getAllCookies")["cookies"]
    reads = []
    for u in READS:
        events = cdp.navigate(u, "Network.requestWillBeSentExtraInfo")
        header = ""
        for e in events:
            if e["method"] == "Network.requestWillBeSentExtraInfo":
                h = e["params"].get("headers", {})
                header = devtools_to_utf8(next((v for k, v in h.items() if k.lower() == "cookie"), ""))
        reads.append(header)
    return {"jar": jar, "blocked": blocked, "reads": reads}


def chromium_results(cdp, cases):
    cdp.call("Network.enable")
    cdp.call("Page.enable")
    out = []
    for c in cases:
        # A page load that never ends (a machine busy with other work) is tried once more.
        try:
            out.append(chromium_case(cdp, c))
        except RuntimeError as e:
            print("case %d: %s; trying again" % (c["n"], e))
            out.append(chromium_case(cdp, c))
    return out


# ---------------------------------------------------------------- comparing

def compare(case, eng, chm, names):
    """A list of differences (empty when Chromium and the engine agree)."""
    diffs = []
    jar = [k for k in chm["jar"] if k["domain"].lstrip(".").endswith("example") or k["domain"] == "127.0.0.1"]
    if "cookie" in eng:
        if len(jar) != 1:
            diffs.append("engine stored %s; Chromium %s" % (
                eng["set"], "blocked it: %s" % chm["blocked"] if chm["blocked"] else "kept %d cookies" % len(jar)))
        else:
            k, e = jar[0], eng["cookie"]
            seen = {"name": k["name"], "domain": k["domain"].lstrip("."), "host_only": not k["domain"].startswith("."),
                    "path": k["path"], "secure": k["secure"], "httponly": k["httpOnly"],
                    "samesite": k.get("sameSite", "")}
            for f, v in seen.items():
                if e[f] != v:
                    diffs.append("%s: engine %r, Chromium %r" % (f, e[f], v))
            if k.get("session", False) != (e["expires"] is None):
                diffs.append("session: engine %s, Chromium %s" % (e["expires"] is None, k.get("session")))
            elif e["expires"] is not None and abs(e["expires"] - k["expires"]) > EXPIRY_SLACK:
                diffs.append("expires: engine %d, Chromium %d" % (e["expires"], k["expires"]))
    else:
        want = names.get(eng["reason"], "?")
        if jar:
            diffs.append("engine refused (%s -> %s); Chromium stored %s=%s" % (eng["reason"], want or "-",
                                                                              jar[0]["name"], jar[0]["value"]))
        elif want and want not in chm["blocked"]:
            diffs.append("engine refused for %s (%s); Chromium said %s" % (want, eng["reason"], chm["blocked"] or "nothing"))
        elif not want and chm["blocked"]:
            diffs.append("engine refused (%s, no DevTools name); Chromium said %s" % (eng["reason"], chm["blocked"]))
    for u, a, b in zip(READS, eng["reads"], chm["reads"]):
        if a != b:
            diffs.append("Cookie to %s: engine %r, Chromium %r" % (u, a[:80], b[:80]))
    return diffs


def accepted_cases():
    """ACCEPTED.md: "- case N `corpus text`: reason". The text must still be case N's,
    so editing the corpus cannot silently move an acceptance onto another line."""
    path = os.path.join(HERE, "ACCEPTED.md")
    if not os.path.exists(path):
        return {}
    text = open(path, encoding="utf-8").read()
    return {int(m.group(1)): (m.group(2), m.group(3))
            for m in re.finditer(r"^- case (\d+) `([^`]*)`: (.*)$", text, re.M)}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    only = None
    for a in sys.argv[1:]:
        if a.startswith("--only="):
            only = {int(x) for x in a[7:].split(",")}
    if len(args) != 1:
        print(__doc__)
        return 2
    cookielab = args[0]
    chromium = devtools_client.require_chromium()
    cases = load_corpus()
    if only:
        cases = [c for c in cases if c["n"] in only]
    tmp = tempfile.mkdtemp(prefix="cookielab-referee-")
    scenario = os.path.join(tmp, "corpus.toml")
    write_scenario(cases, scenario)
    serve = subprocess.Popen([cookielab, "serve", scenario, "--port", "0"], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    browser = None
    try:
        first = serve.stdout.readline()
        m = re.match(r"listening on http://127\.0\.0\.1:(\d+)/", first)
        if not m:
            raise SystemExit("FAIL: serve did not start: %r %s" % (first, serve.stderr.read()))
        keep_draining(serve)
        browser, ws = start_chromium(chromium, int(m.group(1)), tmp)
        started = time.time()
        chm = chromium_results(Cdp(ws), cases)
    finally:
        if browser:
            browser.terminate()
            browser.wait(timeout=10)
        serve.terminate()
        serve.wait(timeout=10)
    eng = engine_results(cookielab, cases, started)
    names = reason_names()
    accepted = accepted_cases()
    equal = accepted_n = 0
    failed = []
    stale = []  # accepted differences that are gone: ACCEPTED.md must say only what is true
    for c, e, k in zip(cases, eng, chm):
        d = compare(c, e, k, names)
        if not d:
            equal += 1
            if c["n"] in accepted:
                stale.append(c["n"])
            if verbose:
                print("case %d agrees: %s" % (c["n"], e["set"]))
            continue
        if c["n"] in accepted and accepted[c["n"]][0] == c["text"]:
            accepted_n += 1
            if verbose:
                print("case %d differs (accepted: %s): %s" % (c["n"], accepted[c["n"]][1], "; ".join(d)))
            continue
        failed.append(c["n"])
        print("case %d %s %s %r:\n    %s" % (c["n"], c["host"], c["dir"], c["text"][:100], "\n    ".join(d)))
    headers = sum(len(e["reads"]) for e in eng)
    nonempty = sum(1 for e in eng for r in e["reads"] if r)
    refused = sum(1 for e in eng if "cookie" not in e)
    print("referee: %d Set-Cookie lines (%d refused by the engine), %d Cookie headers (%d not empty)"
          % (len(cases), refused, headers, nonempty))
    print("referee: %d cases compared, %d equal, %d differences accepted (ACCEPTED.md), %d unexplained"
          % (len(cases), equal, accepted_n, len(failed)))
    if stale:
        print("accepted in ACCEPTED.md but now equal (remove them): cases %s" % ", ".join(map(str, stale)))
    shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failed or stale else 0


if __name__ == "__main__":
    sys.exit(main())
