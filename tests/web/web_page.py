#!/usr/bin/env python3
"""The page (build-web/site) in a real headless Chromium, driven through the DevTools protocol
as the referee tests drive it (tests/referee/chromium_referee.py).

usage: web_page.py SITE OUT CHECK [ARGS...]
  shots PNG_CHECK         screenshots at several steps in both languages, keys sent through
                          DevTools; png_check proves they are real renderings that differ
  transcripts COOKIELAB SCENARIOS
                          the page's exported cookielab_transcript for every lesson, both
                          languages, jsonl and markdown, against `cookielab run`, byte for byte
  broken FILE             a broken scenario opened through the page's file picker: its
                          file:line:column errors are on screen and nothing aborted
  touch PNG_CHECK         an emulated touch screen: larger buttons, a tap on Next steps
  link                    ?lesson=06&step=4&lang=ko opens there; a lesson shared as a link
                          (#s=..., deflate-raw) opens from the fragment alone
  bench                   download size (gzip), navigation to the first frame, stepping time,
                          frame time as --bench-frames measures it natively (prints figures)
Every check fails when the wasm aborted. Exit 77: Chromium or python3-websocket missing.
"""
import base64
import functools
import gzip
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "referee"))
import devtools_client  # noqa: E402

WIDTH, HEIGHT = 1366, 768


def serve(site):
    """The site on a free loopback port, from a thread of this process."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass
    handler = functools.partial(Quiet, directory=site)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, httpd.server_address[1]


class Cdp(devtools_client.Cdp):
    """The DevTools client (tests/referee/devtools_client.py) with a learner's keys and clicks."""

    def __init__(self, ws_url):
        super().__init__(ws_url, timeout=60, call_timeout=120)

    def key(self, key, code, vk, text=None, modifiers=0):
        """A key press as a learner's keyboard sends it (keydown, char, keyup); modifiers
        as DevTools counts them (2: Ctrl)."""
        base = {"key": key, "code": code, "windowsVirtualKeyCode": vk, "nativeVirtualKeyCode": vk,
                "modifiers": modifiers}
        self.call("Input.dispatchKeyEvent", type="rawKeyDown", **base)
        if text:
            self.call("Input.dispatchKeyEvent", type="char", text=text, **base)
        # Dear ImGui 1.86 reads the keys held at each frame: a key released before the
        # next frame is never seen pressed, so it is held for one frame (less than the 0.275 s
        # after which ImGui repeats a held key).
        wait_frames(self, 1)
        self.call("Input.dispatchKeyEvent", type="keyUp", **base)

    def click(self, x, y):
        for t in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=t, x=x, y=y, button="left", clickCount=1)


def start_chromium(tmp):
    chromium = devtools_client.require_chromium()
    # WebGL 2 without a GPU: SwiftShader, Chromium's software renderer behind ANGLE.
    proc, ws = devtools_client.launch(chromium, tmp, [
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--use-angle=swiftshader", "--use-gl=angle", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist",
        "--hide-scrollbars", "--window-size=%d,%d" % (WIDTH, HEIGHT)], tries=600)
    cdp = Cdp(ws)
    cdp.call("Page.enable")
    cdp.call("Runtime.enable")
    cdp.call("Emulation.setDeviceMetricsOverride", width=WIDTH, height=HEIGHT, deviceScaleFactor=1, mobile=False)
    return proc, cdp


def status(cdp):
    return cdp.eval("typeof CookieLab === 'undefined' || !window.Module || !Module.calledRun ? null : "
                    "(CookieLab.aborted ? {aborted: CookieLab.aborted} : CookieLab.status())")


def check_alive(cdp):
    s = cdp.eval("CookieLab.aborted")
    if s:
        raise SystemExit("FAIL: the wasm aborted: %s" % s)


def open_page(cdp, url, frames=3, timeout=60, ready=True):
    """Navigates and waits until the program has drawn `frames` frames and (with `ready`)
    the lesson is prepared in full (its password hashes come from a worker); returns the
    time from navigation to the first frame, in seconds, and the status then."""
    start = time.time()
    cdp.call("Page.navigate", url=url)
    first = None
    end = start + timeout
    while time.time() < end:
        s = status(cdp)
        if s and s.get("aborted"):
            raise SystemExit("FAIL: the wasm aborted while starting: %s" % s["aborted"])
        if s and s.get("frames", 0) >= 1 and first is None:
            first = time.time() - start
        if s and s.get("frames", 0) >= frames and not (ready and s.get("preparing", False)):
            if ready:  # a frame more, drawn with every step ready
                have = s["frames"]
                while status(cdp)["frames"] < have + 2 and time.time() < end:
                    time.sleep(0.02)
                s = status(cdp)
            return first, s
        time.sleep(0.02)
    raise SystemExit("FAIL: %s drew no frame within %d s (status %s)" % (url, timeout, status(cdp)))


def wait_frames(cdp, more=3):
    """Lets the program draw `more` frames (ImGui lays some widgets out a frame late)."""
    have = status(cdp)["frames"]
    end = time.time() + 30
    while status(cdp)["frames"] < have + more and time.time() < end:
        time.sleep(0.02)
    check_alive(cdp)


def screenshot(cdp, path):
    data = cdp.call("Page.captureScreenshot", format="png")["data"]
    with open(path, "wb") as f:
        f.write(base64.b64decode(data))


def check_shots(cdp, base, out, png_check):
    shots = []
    # The built-in lesson's Django hashes its users' passwords (PBKDF2, 260,000 rounds) before
    # its first step: the window is drawn first, and says the steps are being prepared.
    _, s = open_page(cdp, base + "index.html?step=3&lang=en", frames=1, ready=False)
    if s["preparing"]:
        screenshot(cdp, os.path.join(out, "web-preparing-en.png"))
    while status(cdp)["preparing"]:
        time.sleep(0.05)
    s = status(cdp)
    if not 0 < s["first_frame_end_at_ms"] < s["first_step_at_ms"] <= s["lesson_ready_at_ms"]:
        raise SystemExit("FAIL: the first frame did not come before the lesson's first step: %s" % s)
    if s["step"] != 3:
        raise SystemExit("FAIL: ?step=3, asked for before it was ready, is not shown once it is: %s" % s)
    print("first frame at %d ms, step 1 at %d ms, all the steps at %d ms (from navigation)"
          % (s["first_frame_end_at_ms"], s["first_step_at_ms"], s["lesson_ready_at_ms"]))
    # Built-in lesson from the start, then stepped with the keyboard (Right), in English.
    first, s = open_page(cdp, base + "index.html?step=1&lang=en")
    if s["lesson"] != "" or s["step"] != 1:
        raise SystemExit("FAIL: the page did not open on the built-in lesson at step 1: %s" % s)
    shots.append(os.path.join(out, "web-step1-en.png"))
    screenshot(cdp, shots[-1])
    # Keys through DevTools. A slow frame (software WebGL on a busy machine) can let ImGui
    # repeat a held key, so Right and Left are checked by direction, End and Home exactly.
    cdp.key("ArrowRight", "ArrowRight", 39)
    wait_frames(cdp)
    right = status(cdp)["step"]
    if right <= 1:
        raise SystemExit("FAIL: Right did not step forward from 1: %s" % status(cdp))
    shots.append(os.path.join(out, "web-right-en.png"))
    screenshot(cdp, shots[-1])
    cdp.key("End", "End", 35)
    wait_frames(cdp)
    if status(cdp)["step"] != s["steps"]:
        raise SystemExit("FAIL: End did not go to the last step (%d): %s" % (s["steps"], status(cdp)))
    shots.append(os.path.join(out, "web-end-en.png"))
    screenshot(cdp, shots[-1])
    cdp.key("ArrowLeft", "ArrowLeft", 37)
    wait_frames(cdp)
    if status(cdp)["step"] >= s["steps"]:
        raise SystemExit("FAIL: Left did not step back from the last step: %s" % status(cdp))
    cdp.key("Home", "Home", 36)
    wait_frames(cdp)
    if status(cdp)["step"] != 0:
        raise SystemExit("FAIL: Home did not go to the start: %s" % status(cdp))
    shots.append(os.path.join(out, "web-home-en.png"))
    screenshot(cdp, shots[-1])
    # Korean, at steps 3 and 5, from the link.
    for step in (3, 5):
        open_page(cdp, base + "index.html?step=%d&lang=ko" % step)
        s = status(cdp)
        if s["lang"] != "ko" or s["step"] != step:
            raise SystemExit("FAIL: ?step=%d&lang=ko opened %s" % (step, s))
        shots.append(os.path.join(out, "web-step%d-ko.png" % step))
        screenshot(cdp, shots[-1])
    r = subprocess.run([png_check, "%dx%d" % (WIDTH, HEIGHT)] + shots, capture_output=True, text=True)
    sys.stdout.write(r.stdout + r.stderr)
    if r.returncode != 0:
        raise SystemExit("FAIL: png_check refused the page's screenshots")
    print("first frame %.2f s after navigation; %d screenshots in %s" % (first, len(shots), out))


def check_transcripts(cdp, base, cookielab, scenarios):
    open_page(cdp, base + "index.html")
    lessons = sorted(f for f in os.listdir(scenarios) if f.endswith(".toml"))
    compared = 0
    for name in lessons + ["-"]:
        for lang in ("en", "ko"):
            for fmt in ("jsonl", "markdown"):
                page = cdp.eval("CookieLab.transcript(%s, %s, %s)" % (json.dumps(name), json.dumps(fmt), json.dumps(lang)))
                path = "-" if name == "-" else os.path.join(scenarios, name)
                native = subprocess.run([cookielab, "run", path, "--format", fmt, "--lang", lang],
                                        capture_output=True).stdout.decode("utf-8")
                if not native:
                    raise SystemExit("FAIL: cookielab run %s --format %s --lang %s printed nothing" % (name, fmt, lang))
                if page != native:
                    a, b = page.splitlines(), native.splitlines()
                    line = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
                    raise SystemExit("FAIL: %s %s %s: the page's transcript differs from cookielab run at line %d:\n"
                                     "  page:   %r\n  native: %r" % (name, fmt, lang, line + 1,
                                                                     a[line] if line < len(a) else None,
                                                                     b[line] if line < len(b) else None))
                compared += 1
        check_alive(cdp)
    print("%d transcripts (%d lessons and the built-in one x en/ko x jsonl/markdown) identical" %
          (compared, len(lessons)))


def check_broken(cdp, base, out, broken):
    open_page(cdp, base + "index.html?step=2")
    # The file goes in through the page's own file input, as the browser's picker hands it over.
    doc = cdp.call("DOM.getDocument")
    node = cdp.call("DOM.querySelector", nodeId=doc["root"]["nodeId"], selector="#file")["nodeId"]
    cdp.call("DOM.setFileInputFiles", files=[os.path.abspath(broken)], nodeId=node)
    end = time.time() + 20
    while time.time() < end and status(cdp).get("errors", 0) == 0:
        time.sleep(0.05)
    wait_frames(cdp)
    s = status(cdp)
    if s.get("errors", 0) == 0:
        raise SystemExit("FAIL: the broken scenario showed no errors: %s" % s)
    want = os.path.basename(broken) + ":2:9: level: expected an integer"
    if want not in s["first_error"]:
        raise SystemExit("FAIL: the first error is %r, not at %r" % (s["first_error"], want))
    if s["path"] != "" or s["step"] != 2:
        raise SystemExit("FAIL: the open lesson did not stay (built-in, step 2): %s" % s)
    screenshot(cdp, os.path.join(out, "web-broken-en.png"))
    print("broken scenario: %d errors on screen (%s), the built-in lesson still open" % (s["errors"], s["first_error"]))


def check_link(cdp, base, out):
    # A teacher's link to lesson 06, step 4, in Korean.
    open_page(cdp, base + "index.html?lesson=06&step=4&lang=ko")
    s = status(cdp)
    if s["lesson"] != "06" or s["step"] != 4 or s["lang"] != "ko":
        raise SystemExit("FAIL: ?lesson=06&step=4&lang=ko opened %s" % s)
    # The address bar follows the learner: a step further, the link says so.
    cdp.key("ArrowRight", "ArrowRight", 39)
    wait_frames(cdp)
    href = cdp.eval("location.search")
    if href != "?lesson=06&step=%d&lang=ko" % status(cdp)["step"] or status(cdp)["step"] == 4:
        raise SystemExit("FAIL: after a step the address is %r (status %s)" % (href, status(cdp)))
    screenshot(cdp, os.path.join(out, "web-lesson06-step5-ko.png"))
    # A lesson shared as a link: its text, deflate-raw, base64url, in the fragment alone.
    text = open(os.path.join(os.path.dirname(__file__), "..", "..", "scenarios", "02-a-cookie.toml"), encoding="utf-8").read()
    packed = cdp.eval("CookieLab.compress(%s)" % json.dumps(text))
    open_page(cdp, base + "index.html?step=2&lang=en#s=" + packed)
    s = status(cdp)
    if s["path"] != "/shared/lesson.toml" or s["step"] != 2 or s["errors"] != 0:
        raise SystemExit("FAIL: the shared lesson did not open from the fragment: %s" % s)
    steps_shared = s["steps"]
    open_page(cdp, base + "index.html?lesson=02&step=2&lang=en")
    if status(cdp)["steps"] != steps_shared or status(cdp)["title"] != s["title"]:
        raise SystemExit("FAIL: the shared lesson is not lesson 02: %s vs %s" % (s, status(cdp)))
    print("links: lesson 06 step 4 in Korean, the address follows, a %d-byte lesson shared in a %d-character fragment"
          % (len(text.encode()), len(packed)))
    check_settings(cdp, base)


def check_settings(cdp, base):
    """The settings outlive the tab (localStorage): a larger scale (Ctrl +) and the language
    of the last visit come back on the next load; a link's ?lang= still wins."""
    cdp.eval("localStorage.clear(), 1")
    open_page(cdp, base + "index.html?lang=ko")
    before = status(cdp)["ui_scale"]
    # Ctrl held (ImGui reads the key held), = pressed, Ctrl let go.
    cdp.call("Input.dispatchKeyEvent", type="rawKeyDown", key="Control", code="ControlLeft",
             windowsVirtualKeyCode=17, nativeVirtualKeyCode=17, modifiers=2)
    cdp.key("=", "Equal", 187, modifiers=2)
    cdp.call("Input.dispatchKeyEvent", type="keyUp", key="Control", code="ControlLeft", windowsVirtualKeyCode=17,
             nativeVirtualKeyCode=17)
    wait_frames(cdp)
    scaled = status(cdp)["ui_scale"]
    if not scaled > before:
        raise SystemExit("FAIL: Ctrl + did not make the interface larger: %s -> %s" % (before, scaled))
    saved = cdp.eval("localStorage.getItem('cookielab.settings')") or ""
    if "lang = ko" not in saved or "ui_scale" not in saved:
        raise SystemExit("FAIL: the settings are not in localStorage: %r" % saved)
    open_page(cdp, base + "index.html")  # a reload with no ?lang=
    s = status(cdp)
    if s["lang"] != "ko" or abs(s["ui_scale"] - scaled) > 1e-3:
        raise SystemExit("FAIL: after a reload the settings are not kept (ko, scale %s): %s" % (scaled, s))
    open_page(cdp, base + "index.html?lang=en")
    if status(cdp)["lang"] != "en" or abs(status(cdp)["ui_scale"] - scaled) > 1e-3:
        raise SystemExit("FAIL: ?lang=en did not win over the saved Korean: %s" % status(cdp))
    cdp.eval("localStorage.clear(), 1")
    print("settings: scale %.1f -> %.1f and Korean kept over a reload (localStorage); ?lang=en wins" % (before, scaled))


def check_touch(cdp, base, out, png_check):
    """A touch screen at 1366x768: the interface starts larger, and a tap on Next steps."""
    cdp.call("Emulation.setTouchEmulationEnabled", enabled=True, maxTouchPoints=5)
    open_page(cdp, base + "index.html?step=3&lang=ko")
    if not cdp.eval("matchMedia('(pointer: coarse)').matches"):
        raise SystemExit("FAIL: the emulated touch screen is not a coarse pointer")
    wait_frames(cdp, 5)
    before = status(cdp)["step"]
    # Next is the third button of the bottom bar (about x=200 at 130%, 1366x768). The finger
    # rests a few frames (ImGui 1.86 reads the button held at each frame), then lifts.
    cdp.call("Input.dispatchTouchEvent", type="touchStart", touchPoints=[{"x": 200, "y": HEIGHT - 23}])
    wait_frames(cdp, 2)
    cdp.call("Input.dispatchTouchEvent", type="touchEnd", touchPoints=[])
    wait_frames(cdp, 3)
    after = status(cdp)["step"]
    if after != before + 1:
        raise SystemExit("FAIL: a tap on Next went from step %d to %d" % (before, after))
    shot = os.path.join(out, "web-touch-ko.png")
    screenshot(cdp, shot)
    r = subprocess.run([png_check, "%dx%d" % (WIDTH, HEIGHT), shot], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit("FAIL: png_check refused the touch screenshot: " + r.stdout + r.stderr)
    print("touch: a tap on Next stepped %d -> %d" % (before, after))
    cdp.call("Emulation.setTouchEmulationEnabled", enabled=False)
    check_hidpi(cdp, base, out, png_check)


def check_hidpi(cdp, base, out, png_check):
    """A screen of 2 device pixels per CSS pixel: the canvas's backing store is twice the
    window's CSS size and the fonts are rasterised twice as large, so the text is sharp."""
    cdp.eval("localStorage.clear(), 1")  # not the larger scale the touch screen started with
    cdp.call("Emulation.setDeviceMetricsOverride", width=WIDTH, height=HEIGHT, deviceScaleFactor=2, mobile=False)
    try:
        open_page(cdp, base + "index.html?step=4&lang=ko")
        s = status(cdp)
        css = cdp.eval("[document.getElementById('canvas').clientWidth, document.getElementById('canvas').clientHeight]")
        if s["pixel_ratio"] != 2 or s["framebuffer"] != [2 * WIDTH, 2 * HEIGHT] or css != [WIDTH, HEIGHT]:
            raise SystemExit("FAIL: at devicePixelRatio 2 the canvas is %s device pixels shown at %s CSS pixels: %s"
                             % (s["framebuffer"], css, s))
        shot = os.path.join(out, "web-hidpi-ko.png")
        screenshot(cdp, shot)
    finally:
        cdp.call("Emulation.setDeviceMetricsOverride", width=WIDTH, height=HEIGHT, deviceScaleFactor=1, mobile=False)
    # The font at twice the size it has at devicePixelRatio 1 (the same layout, sharper).
    open_page(cdp, base + "index.html?step=4&lang=ko")
    one = status(cdp)
    if abs(s["font_px"] - 2 * one["font_px"]) > 1:
        raise SystemExit("FAIL: the font is %s px at ratio 2 and %s px at ratio 1" % (s["font_px"], one["font_px"]))
    r = subprocess.run([png_check, "%dx%d" % (2 * WIDTH, 2 * HEIGHT), shot], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit("FAIL: png_check refused the HiDPI screenshot: " + r.stdout + r.stderr)
    print("hidpi: a %dx%d canvas at %dx%d CSS pixels, fonts %s px (%s at ratio 1)"
          % (s["framebuffer"][0], s["framebuffer"][1], WIDTH, HEIGHT, s["font_px"], one["font_px"]))


def median(values):
    v = sorted(values)
    return v[len(v) // 2] if len(v) % 2 else (v[len(v) // 2 - 1] + v[len(v) // 2]) / 2


MARKS = ("main_at_ms", "window_ready_at_ms", "first_frame_end_at_ms", "first_step_at_ms", "lesson_ready_at_ms")


def check_bench(cdp, base, site, loads=5, frames=300):
    """The page's figures (scripts/web-bench.sh): printed as one JSON line."""
    downloads = ["index.html", "cookielab.js", "cookielab.wasm", "cookielab.data", "cookielab-hash.js",
                 "cookielab-hash.wasm"]
    sizes = {}
    for name in downloads:
        raw = open(os.path.join(site, name), "rb").read()
        sizes[name] = {"bytes": len(raw), "gzip": len(gzip.compress(raw, 9))}
    # What the page really fetched (the network log of one load), to be sure the list is whole.
    cdp.call("Network.enable")
    cdp.call("Network.setCacheDisabled", cacheDisabled=True)
    cdp.events = []
    first, st0 = open_page(cdp, base + "index.html")
    firsts = [first]
    marks = [{k: round(st0[k]) for k in MARKS}]
    fetched = sorted({e["params"]["request"]["url"].split("?")[0].rsplit("/", 1)[-1] for e in cdp.events
                      if e["method"] == "Network.requestWillBeSent"})
    missing = [f for f in fetched if f not in downloads and f != "favicon.ico"]
    if missing:
        raise SystemExit("FAIL: the page fetched files the size count leaves out: %s" % missing)
    for _ in range(loads - 1):
        first, st0 = open_page(cdp, base + "index.html")
        firsts.append(first)
        marks.append({k: round(st0[k]) for k in MARKS})
    steps = json.loads(cdp.eval("Module.ccall('cookielab_bench_steps', 'string', [], [])"))
    # Frame time as --bench-frames measures it natively: a 10,000-step scenario with 1,000
    # cookies, another step every frame, 1280x720.
    open_page(cdp, base + "index.html?bench-frames=%d" % frames, frames=1, timeout=120)
    end = time.time() + 300
    while time.time() < end and not status(cdp).get("ended"):
        time.sleep(0.2)
    st = status(cdp)
    if not st.get("ended"):
        raise SystemExit("FAIL: --bench-frames did not end: %s" % st)
    total_gzip = sum(v["gzip"] for v in sizes.values())
    result = {"download_gzip_bytes": total_gzip, "files": sizes, "fetched": fetched,
              "first_frame_s": {"median": round(median(firsts), 3), "all": [round(f, 3) for f in firsts],
                                "marks_ms": marks},
              "first_step_ms_median": median([m["first_step_at_ms"] for m in marks]),
              "lesson_ready_ms_median": median([m["lesson_ready_at_ms"] for m in marks]),
              "first_frame_end_ms_median": median([m["first_frame_end_at_ms"] for m in marks]),
              "stepping": steps, "bench_frames": {"frames": st["frames"] - 1, "mean_ms": st["frame_mean_ms"],
                                                  "worst_ms": st["frame_worst_ms"], "first_ms": st["first_frame_ms"]}}
    print(json.dumps(result))
    check_alive(cdp)


def main():
    site, out, check = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(out, exist_ok=True)
    if not os.path.exists(os.path.join(site, "index.html")):
        raise SystemExit("FAIL: no page in %s (bash scripts/web.sh --build-only)" % site)
    httpd, port = serve(site)
    base = "http://127.0.0.1:%d/" % port
    tmp = tempfile.mkdtemp(prefix="cookielab-web-")
    proc, cdp = start_chromium(tmp)
    try:
        if check == "shots":
            check_shots(cdp, base, out, sys.argv[4])
        elif check == "transcripts":
            check_transcripts(cdp, base, sys.argv[4], sys.argv[5])
        elif check == "broken":
            check_broken(cdp, base, out, sys.argv[4])
        elif check == "touch":
            check_touch(cdp, base, out, sys.argv[4])
        elif check == "bench":
            check_bench(cdp, base, site)
        elif check == "link":
            check_link(cdp, base, out)
        else:
            raise SystemExit("unknown check " + check)
        check_alive(cdp)
        print("PASS")
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        httpd.shutdown()
        shutil.rmtree(tmp, ignore_errors=True)


main()
