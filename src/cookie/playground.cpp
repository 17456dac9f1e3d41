#include "cookie/playground.h"
#include <algorithm>
#include "http/url.h"

namespace cl::cookie {
namespace {

std::string display_name(const Cookie& c) { return c.name.empty() ? "(nameless)" : c.name; }

// Splits off the first word: "get http://a/ x" -> "get", rest "http://a/ x". The
// rest starts after exactly one separating space, so a Set-Cookie value may
// itself begin with spaces.
std::string_view take_word(std::string_view& rest) {
  const std::size_t sp = rest.find(' ');
  std::string_view word = rest.substr(0, sp);
  rest = sp == std::string_view::npos ? std::string_view{} : rest.substr(sp + 1);
  return word;
}

std::string_view trim(std::string_view s) {
  const std::size_t a = s.find_first_not_of(" \t");
  if (a == std::string_view::npos) return {};
  return s.substr(a, s.find_last_not_of(" \t") - a + 1);
}

std::string error(std::size_t line, std::string_view what) {
  return "error: line " + std::to_string(line) + ": " + std::string(what);
}

}  // namespace

std::string describe_cookie(const Cookie& c) {
  std::string s = (c.host_only ? "host-only " : "domain ") + c.domain + ", path " + c.path;
  s += c.persistent ? ", expires " + format_iso8601(c.expiry) : std::string(", session");
  if (c.secure) s += ", secure";
  if (c.http_only) s += ", httponly";
  if (c.same_site != SameSite::Unspecified) s += ", samesite=" + std::string(same_site_name(c.same_site));
  return s;
}

Playground::Playground(Policy policy, TimeMs start) : jar_(policy), now_(start) {}

std::string Playground::answer(std::string_view line, std::size_t n) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  const std::size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos || line[first] == '#') return "";
  std::string_view rest = line.substr(first);
  // The command ends at the first space or tab; the URL may follow after several.
  const std::size_t cmd_end = std::min(rest.find_first_of(" \t"), rest.size());
  const std::string_view cmd = rest.substr(0, cmd_end);
  rest = rest.substr(cmd_end);
  rest.remove_prefix(std::min(rest.find_first_not_of(" \t"), rest.size()));

  auto url_of = [&](std::string_view text, std::string& err) -> std::optional<http::Url> {
    if (text.empty()) {
      err = error(n, "missing URL after \"" + std::string(cmd) + "\"");
      return std::nullopt;
    }
    http::UrlResult r = http::parse_url(text);
    if (!r.url) err = error(n, "bad URL \"" + std::string(text) + "\": " + r.error.en);
    return r.url;
  };

  if (cmd == "set") {
    const std::string_view url_text = take_word(rest);
    std::string err;
    auto url = url_of(url_text, err);
    if (!url) return err;
    RequestContext ctx;
    ctx.url = *url;
    SetDecision d = jar_.set_cookie(ctx, rest, now_);
    std::string out;
    if (d.outcome == SetOutcome::Ignored) {
      const ReasonInfo& r = reason_info(d.reason);
      out = "ignored: " + std::string(r.id) + " (" + std::string(r.rfc) + ")";
    } else if (d.outcome == SetOutcome::Deleted) {
      const Cookie& c = *d.cookie;
      out = "deleted: " + display_name(c) + " (" + (c.host_only ? "host-only " : "domain ") + c.domain + ", path " +
            c.path + ")";
    } else {
      out = std::string(set_outcome_name(d.outcome)) + ": " + display_name(*d.cookie) + " (" +
            describe_cookie(*d.cookie) + ")";
    }
    for (std::size_t i = 0; i < d.evicted.size(); ++i) {
      const Cookie& c = d.evicted[i];
      out += i == 0 ? "; evicted: " : ", ";
      out += display_name(c) + " (" + (c.host_only ? "host-only " : "domain ") + c.domain + ", path " + c.path + ")";
    }
    return out;
  }
  if (cmd != "set") rest = trim(rest);
  if (cmd == "get") {
    std::string err;
    auto url = url_of(rest, err);
    if (!url) return err;
    RequestContext ctx;
    ctx.url = *url;
    SendResult r = jar_.cookies_for(ctx, now_);
    return r.header.empty() ? "Cookie:" : "Cookie: " + r.header;
  }
  if (cmd == "wait") {
    auto span = parse_duration(rest);
    if (!span) return error(n, "bad duration \"" + std::string(rest) + "\" (expected e.g. 30s, 15m, 2h, 1d, 1h30m)");
    now_ += *span;
    return "waited " + format_duration(*span) + ": now " + format_iso8601(now_);
  }
  if (cmd == "close" || cmd == "clear") {
    if (!rest.empty()) return error(n, "\"" + std::string(cmd) + "\" takes no argument");
    if (cmd == "close") {
      const std::size_t k = jar_.drop_session_cookies().size();
      return "closed: " + std::to_string(k) + " session cookie" + (k == 1 ? "" : "s") + " dropped";
    }
    const std::size_t k = jar_.size();
    jar_.clear();
    return "cleared: " + std::to_string(k) + " cookie" + (k == 1 ? "" : "s") + " removed";
  }
  return error(n, "unknown command \"" + std::string(cmd) + "\" (expected set, get, wait, close or clear)");
}

std::vector<std::string> run_playground(std::string_view text, Policy policy, TimeMs start) {
  Playground p(policy, start);
  std::vector<std::string> out;
  std::size_t n = 0;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string a = p.answer(text.substr(0, nl), ++n);
    if (!a.empty()) out.push_back(std::move(a));
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
  }
  return out;
}

}  // namespace cl::cookie
