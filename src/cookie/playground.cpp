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

// "host-only www.example.com, path /": which cookie, without its lifetime.
std::string where(const Cookie& c) { return (c.host_only ? "host-only " : "domain ") + c.domain + ", path " + c.path; }

// The reason's id and the rule that decides it: "public-suffix-domain (RFC 6265 5.3 step 5)".
std::string reason_text(Reason r) {
  const ReasonInfo& info = reason_info(r);
  return std::string(info.id) + " (" + std::string(info.rfc) + ")";
}

}  // namespace

std::string describe_cookie(const Cookie& c) {
  std::string s = where(c);
  s += c.persistent ? ", expires " + format_iso8601(c.expiry) : std::string(", session");
  if (c.secure) s += ", secure";
  if (c.http_only) s += ", httponly";
  if (c.same_site != SameSite::Unspecified) s += ", samesite=" + std::string(same_site_name(c.same_site));
  return s;
}

std::string describe_cookie_fully(const Cookie& c) {
  std::string s = (c.name.empty() ? "(nameless)" : c.name) + "=" + c.value;
  s += (c.host_only ? "; host-only=" : "; domain=") + c.domain;
  s += "; path=" + c.path;
  s += "; expires=" + (c.persistent ? format_iso8601(c.expiry) : std::string("session"));
  s += c.secure ? "; secure=yes" : "; secure=no";
  s += c.http_only ? "; httponly=yes" : "; httponly=no";
  s += "; samesite=" +
       (c.same_site == SameSite::Unspecified ? std::string("unspecified") : std::string(same_site_name(c.same_site)));
  s += "; created=" + format_iso8601(c.creation);
  return s;
}

Playground::Playground(Policy policy, TimeMs start) : jar_(policy), now_(start) {}

std::string Playground::sentence(Reason reason) const {
  if (!explain_) return "";
  const ReasonInfo& info = reason_info(reason);
  return "\n  " + std::string(lang_ == Lang::Ko ? info.ko : info.en);
}

// RFC 6265 5.4 asked on a copy of the jar with every exclusion explained, so the
// question leaves the last-access times (and expired cookies) as they were.
std::string Playground::why(const http::Url& url, std::string_view name) const {
  CookieJar copy = jar_;
  RequestContext ctx;
  ctx.url = url;
  SendResult r = copy.cookies_for(ctx, now_, true);
  std::string out, sentences;
  auto clause = [&](std::string text) { out += (out.empty() ? "" : "; ") + text; };
  // In the jar's stable order (domain, path), whatever order the engine looked in.
  for (const Cookie& c : jar_.all()) {
    if (c.name != name) continue;
    const auto same = [&](const Cookie& o) { return o.same_identity(c); };
    if (std::any_of(r.sent.begin(), r.sent.end(), same)) {
      clause("sent: " + std::string(name) + " (" + where(c) + ")");
      continue;
    }
    auto e = std::find_if(r.excluded.begin(), r.excluded.end(), [&](const Exclusion& x) { return same(x.cookie); });
    if (e == r.excluded.end()) continue;
    clause("not sent: " + std::string(name) + " (" + where(c) + "): " + reason_text(e->reason));
    sentences += sentence(e->reason);
  }
  if (out.empty()) {
    out = "not sent: no cookie named " + std::string(name);
    if (explain_)
      sentences =
          lang_ == Lang::Ko
              ? "\n  저장소에 이 이름의 쿠키가 없습니다: 저장된 적이 없거나, 거부되었거나, 만료되었거나, 지워졌습니다."
              : "\n  The jar holds no cookie of that name: it was never stored, or was refused, expired or deleted.";
  }
  return out + sentences;
}

std::string Playground::list() const {
  std::vector<Cookie> all = jar_.all();
  // Expired cookies are no longer there for any use (RFC 6265 5.3): not listed.
  std::erase_if(all, [&](const Cookie& c) { return c.expired(now_); });
  std::string out = "jar: " + std::to_string(all.size()) + " cookie" + (all.size() == 1 ? "" : "s");
  for (const Cookie& c : all) out += "\n  " + describe_cookie_fully(c);
  return out;
}

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
    if (!r.url) err = error(n, "bad URL \"" + std::string(text) + "\": " + r.problem.en());
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
    if (d.outcome == SetOutcome::Ignored) out += sentence(d.reason);
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
  if (cmd == "why") {
    // "why URL NAME": the name is the last word, so the URL is everything before it.
    const std::size_t sp = rest.find_last_of(" \t");
    if (rest.empty() || sp == std::string_view::npos) return error(n, "\"why\" wants a URL and a cookie name");
    const std::string_view name = trim(rest.substr(sp + 1));
    std::string err;
    auto url = url_of(trim(rest.substr(0, sp)), err);
    if (!url) return err;
    return why(*url, name);
  }
  if (cmd == "jar" || cmd == "list") {
    if (!rest.empty()) return error(n, "\"" + std::string(cmd) + "\" takes no argument");
    return list();
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
  return error(n, "unknown command \"" + std::string(cmd) + "\" (expected set, get, why, jar, wait, close or clear)");
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
