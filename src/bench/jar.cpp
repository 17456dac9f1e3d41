// `cookielab bench jar [--set N] [--get N] [--hosts H] [--policy rfc6265|chromium]`:
// how fast the cookie engine stores Set-Cookie lines and builds Cookie headers,
// with every RFC 6265 rule applied. Prints one JSON object.
//
// The workload (fixed, so numbers compare across machines and versions):
//   set i = 0..N-1: from http://www.site{i%H}.com/ (https:// when i%16 == 0),
//     "c{i/H}=v{i}; Max-Age=86400; Path=/p{(i>>2)%10}" when i%4 == 0, else
//     "...; Path=/"; "; HttpOnly" when i is odd; "; Secure" when i%16 == 0.
//   get j = 0..M-1: the Cookie header for http://www.site{(j*7)%H}.com/p{j%10}/x.
// With the defaults (N = M = 100000, H = 1000) a get carries 76.25 cookies and
// 897.355 bytes on average; the output says whether that held.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>
#include "bench/bench.h"
#include "cookie/jar.h"
#include "cookie/playground.h"
#include "http/url.h"

namespace {

bool parse_count(const char* text, long& out) {
  char* end = nullptr;
  const long v = std::strtol(text, &end, 10);
  if (end == text || *end != '\0' || v <= 0) return false;
  out = v;
  return true;
}

cl::cookie::RequestContext context_for(const std::string& url) {
  cl::cookie::RequestContext ctx;
  ctx.url = *cl::http::parse_url(url).url;
  return ctx;
}

}  // namespace

namespace cl::bench {

int jar(int argc, char** argv) {
  using namespace cl::cookie;
  long sets = 100000, gets = 100000, hosts = 1000;
  Policy policy = Policy::Rfc6265;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (i + 1 >= argc) {
      std::cerr << "usage: cookielab bench jar [--set N] [--get N] [--hosts H] [--policy rfc6265|chromium]\n";
      return 2;
    }
    const char* v = argv[++i];
    bool ok = true;
    if (a == "--set") ok = parse_count(v, sets);
    else if (a == "--get") ok = parse_count(v, gets);
    else if (a == "--hosts") ok = parse_count(v, hosts);
    else if (a == "--policy" && (std::string_view(v) == "rfc6265" || std::string_view(v) == "chromium"))
      policy = std::string_view(v) == "chromium" ? Policy::Chromium : Policy::Rfc6265;
    else ok = false;
    if (!ok) {
      std::cerr << "cookielab bench jar: bad option " << a << " " << v << "\n";
      return 2;
    }
  }

  // RFC 6265 6.1's minimums (and CookieLab's defaults, 180 per domain and 3000 in
  // all) would evict most of this workload; it needs 100 per domain, 100000 total.
  JarLimits limits;
  limits.per_domain = 100;
  limits.total = 100000;
  CookieJar jar(policy, limits);
  const TimeMs now = kPlaygroundStart;

  // Outside the timed loops: what a browser already has when a response arrives or
  // a request leaves, i.e. the parsed URL. The Set-Cookie bytes come from the wire.
  std::vector<RequestContext> http_ctx, https_ctx, get_ctx;
  for (long h = 0; h < hosts; ++h) {
    const std::string host = "www.site" + std::to_string(h) + ".com";
    http_ctx.push_back(context_for("http://" + host + "/"));
    https_ctx.push_back(context_for("https://" + host + "/"));
    for (int p = 0; p < 10; ++p) get_ctx.push_back(context_for("http://" + host + "/p" + std::to_string(p) + "/x"));
  }
  std::vector<std::string> lines(static_cast<std::size_t>(sets));
  for (long i = 0; i < sets; ++i) {
    std::string& s = lines[static_cast<std::size_t>(i)];
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "lit" + string&&.
    s += 'c';
    s += std::to_string(i / hosts);
    s += "=v";
    s += std::to_string(i);
    s += "; Max-Age=86400; Path=/";
    if (i % 4 == 0) {
      s += 'p';
      s += std::to_string((i >> 2) % 10);
    }
    if (i % 2 == 1) s += "; HttpOnly";
    if (i % 16 == 0) s += "; Secure";
  }

  using Clock = std::chrono::steady_clock;
  long stored = 0;
  const auto t0 = Clock::now();
  for (long i = 0; i < sets; ++i) {
    const auto h = static_cast<std::size_t>(i % hosts);
    const RequestContext& ctx = i % 16 == 0 ? https_ctx[h] : http_ctx[h];
    stored += jar.set_cookie(ctx, lines[static_cast<std::size_t>(i)], now).outcome != SetOutcome::Ignored;
  }
  const auto t1 = Clock::now();
  std::size_t cookies_sent = 0, header_bytes = 0;
  for (long j = 0; j < gets; ++j) {
    const auto h = static_cast<std::size_t>((j * 7) % hosts);
    SendResult r = jar.cookies_for(get_ctx[h * 10 + static_cast<std::size_t>(j % 10)], now);
    cookies_sent += r.sent.size();
    header_bytes += r.header.size();
  }
  const auto t2 = Clock::now();

  const double set_s = std::chrono::duration<double>(t1 - t0).count();
  const double get_s = std::chrono::duration<double>(t2 - t1).count();
  const double avg_cookies = gets ? static_cast<double>(cookies_sent) / static_cast<double>(gets) : 0;
  const double avg_header = gets ? static_cast<double>(header_bytes) / static_cast<double>(gets) : 0;
  const bool defaults = sets == 100000 && gets == 100000 && hosts == 1000;
  // For the default workload a get carries exactly 76.25 cookies and 897.355
  // header bytes on average ("897" rounded): 7,625,000 cookies, 89,735,500 bytes.
  const bool check_ok = !defaults || (cookies_sent == 7625000 && header_bytes == 89735500);
  const char* check = !defaults ? "not checked (non-default workload)" : check_ok ? "ok" : "FAILED";

  std::printf(
      "{\"benchmark\": \"jar\", \"policy\": \"%s\", \"sets\": %ld, \"gets\": %ld, \"hosts\": %ld, "
      "\"limits\": {\"per_domain\": %zu, \"total\": %zu, \"note\": \"raised from the defaults (180 per domain, "
      "3000 total) so this workload is not evicted\"}, "
      "\"stored\": %ld, \"jar_size\": %zu, \"set_seconds\": %.6f, \"get_seconds\": %.6f, "
      "\"set_ops_per_s\": %.0f, \"get_ops_per_s\": %.0f, \"avg_cookies_per_get\": %.4f, \"avg_header_len\": %.4f, "
      "\"expected\": {\"avg_cookies_per_get\": 76.25, \"avg_header_len\": 897.355}, \"check\": \"%s\"}\n",
      std::string(policy_name(policy)).c_str(), sets, gets, hosts, limits.per_domain, limits.total, stored, jar.size(),
      set_s, get_s, set_s > 0 ? static_cast<double>(sets) / set_s : 0.0,
      get_s > 0 ? static_cast<double>(gets) / get_s : 0.0, avg_cookies, avg_header, check);
  return check_ok ? 0 : 1;
}

}  // namespace cl::bench
