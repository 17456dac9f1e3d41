// `cookielab bench har [--mb N] [--hosts H]`: a Chromium-like capture of about N MB is
// generated in memory (document, script, image and xhr entries over H hosts, every
// page setting and sending cookies, one body in eight a large base64 image), then
// read (nlohmann/json's SAX parser) and imported onto a timeline with the jar rebuilt,
// secrets masked. The target: a 50 MB capture in under 2 s.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <string_view>
#include "bench/bench.h"
#include "har/har.h"
#include "har/import.h"

namespace cl::bench {

namespace {

double cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

std::string two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

// One entry of the capture, as Chromium's DevTools write it.
void entry(std::string& out, int i, int hosts, const std::string& big_body) {
  const std::string host = "www" + std::to_string(i % hosts) + ".example";
  const char* types[] = {"document", "script", "image", "xhr"};
  const std::string type = types[i % 4];
  const int s = i % 60, m = (i / 60) % 60, h = 9 + i / 3600 % 10;
  if (i) out += ",\n";
  out += R"({"startedDateTime": "2026-12-03T)" + two(h) + ":" + two(m) + ":" + two(s) +
         R"(.000Z", "time": 12.5, "_resourceType": ")" + type + R"(", "request": {"method": "GET", "url": "https://)" +
         host + "/page/" + std::to_string(i % 97) +
         R"(?q=1", "httpVersion": "h2", "headers": [{"name": ":authority", "value": ")" + host +
         R"("}, {"name": "user-agent", "value": "Mozilla/5.0 Chrome/156"}, {"name": "sec-fetch-dest", "value": ")" +
         type + R"("}, {"name": "cookie", "value": "sid=s)" + std::to_string(i % 13) +
         R"(; theme=dark"}], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},)";
  out +=
      R"( "response": {"status": 200, "statusText": "", "httpVersion": "h2", "headers": [{"name": "content-type", "value": ")";
  const bool big = i % 8 == 7;
  out += big ? "image/png" : "text/html; charset=utf-8";
  out += R"("}, {"name": "set-cookie", "value": "sid=s)" + std::to_string(i % 13) +
         R"(; Path=/; Secure; HttpOnly; SameSite=Lax"}], "cookies": [], "content": {"size": 100, "mimeType": ")";
  out += big ? "image/png" : "text/html";
  out += R"(", "text": ")";
  out += big ? big_body
             : "<!doctype html><title>Page " + std::to_string(i) + "</title><p>" + std::string(600, 'x') + "</p>";
  out += big ? R"(", "encoding": "base64"}, )" : R"("}, )";
  out +=
      R"("redirectURL": "", "headersSize": -1, "bodySize": -1, "_transferSize": 100}, "cache": {}, "timings": {"blocked": 1, "send": 0, "wait": 10, "receive": 1}})";
}

}  // namespace

int har(int argc, char** argv) {
  long mb = 50, hosts = 20;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string_view a = argv[i];
    if (a == "--mb") mb = std::strtol(argv[i + 1], nullptr, 10);
    else if (a == "--hosts") hosts = std::strtol(argv[i + 1], nullptr, 10);
  }
  if (mb < 1 || hosts < 1) {
    std::fputs("usage: cookielab bench har [--mb N] [--hosts H]\n", stderr);
    return 2;
  }
  // A 96 KiB picture in base64: large bodies are what makes a capture weigh.
  std::string big_body;
  for (int i = 0; i < 32 * 1024; ++i) big_body += "iVBO"[i % 4];
  std::string text =
      R"({"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "pages": [], "entries": [)";
  const std::size_t target = static_cast<std::size_t>(mb) << 20;
  int entries = 0;
  while (text.size() < target) entry(text, entries++, static_cast<int>(hosts), big_body);
  text += "]}}";

  const auto wall0 = std::chrono::steady_clock::now();
  const double cpu0 = cpu_seconds();
  har::ReadResult r = har::read_har(text);
  const double cpu_read = cpu_seconds() - cpu0;
  if (!r.capture) {
    std::fputs("bench har: the generated capture did not read\n", stderr);
    return 1;
  }
  har::Imported im = har::import_capture(std::move(*r.capture), {false, "bench.har"});
  const double cpu_total = cpu_seconds() - cpu0;
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
  std::printf(
      "{\"bytes\":%zu,\"entries\":%d,\"steps\":%zu,\"read_cpu_s\":%.3f,\"import_cpu_s\":%.3f,\"total_cpu_s\":%.3f,"
      "\"wall_s\":%.3f,\"mb_per_cpu_s\":%.1f}\n",
      text.size(), entries, im.world->timeline().size(), cpu_read, cpu_total - cpu_read, cpu_total, wall,
      static_cast<double>(text.size()) / (1 << 20) / cpu_total);
  return 0;
}

}  // namespace cl::bench
