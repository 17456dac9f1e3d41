#include "report/har.h"

#include <nlohmann/json.hpp>

#include "cookie/set_cookie_parser.h"
#include "http/form.h"
#include "report/body_text.h"
#include "report/transcript_parts.h"

#ifndef COOKIELAB_VERSION
#define COOKIELAB_VERSION "0"
#endif

namespace cl::report {

namespace {

// ordered_json keeps the keys in the order written: the order of the HAR spec's
// tables, which is how browsers write it and how a reader expects to find it.
using Json = nlohmann::ordered_json;

// HAR's dates are ISO 8601 with milliseconds ("2026-03-02T09:00:00.000Z"), as
// browsers write them; format_iso8601 leaves out a zero fraction.
std::string har_time(TimeMs t) {
  std::string s = format_iso8601(t);
  if (s.find('.') == std::string::npos) s.insert(s.size() - 1, ".000");
  return s;
}

Json name_values(const std::vector<http::Field>& fields) {
  Json list = Json::array();
  for (const http::Field& f : fields) list.push_back({{"name", f.name}, {"value", f.value}});
  return list;
}

Json name_values(const http::FormFields& fields) {
  Json list = Json::array();
  for (const auto& [name, value] : fields) list.push_back({{"name", name}, {"value", value}});
  return list;
}

const std::string* field(const std::vector<http::Field>& fields, std::string_view name) {
  for (const http::Field& f : fields)
    if (iequals_ascii(f.name, name)) return &f.value;
  return nullptr;
}

// The size of a message's head: through the blank line (HAR's headersSize).
long long head_size(std::string_view text) {
  const std::size_t end = text.find("\r\n\r\n");
  return end == std::string_view::npos ? static_cast<long long>(text.size()) : static_cast<long long>(end + 4);
}

// The request's cookies as HAR lists them: each pair of the Cookie field (RFC 6265
// 5.4 step 4 writes them "name=value; name=value"), in order. When the jar's records
// of what it sent line up with the field, their attributes are added, as Chromium's
// exporter adds them from its cookie store.
Json request_cookies(const sim::Exchange& ex, const std::vector<http::Field>& fields) {
  Json list = Json::array();
  const std::string* header = field(fields, "Cookie");
  if (!header) return list;
  const std::vector<cookie::Cookie>& sent = ex.cookies.sent();
  std::vector<std::pair<std::string, std::string>> pairs;
  for (std::string_view piece : split(*header, ';')) {
    piece = trim_wsp(piece);
    if (piece.empty()) continue;
    const std::size_t eq = piece.find('=');
    // A nameless cookie (6265bis, Chromium) is sent as its value alone.
    if (eq == std::string_view::npos) pairs.emplace_back("", std::string(piece));
    else pairs.emplace_back(std::string(piece.substr(0, eq)), std::string(piece.substr(eq + 1)));
  }
  bool records_match = sent.size() == pairs.size();
  for (std::size_t i = 0; records_match && i < pairs.size(); ++i) records_match = sent[i].name == pairs[i].first;
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    Json c{{"name", pairs[i].first}, {"value", pairs[i].second}};
    if (records_match) {
      const cookie::Cookie& r = sent[i];
      c["path"] = r.path;
      c["domain"] = r.host_only ? r.domain : "." + r.domain;
      if (r.persistent) c["expires"] = har_time(r.expiry);
      c["httpOnly"] = r.http_only;
      c["secure"] = r.secure;
      if (r.same_site != cookie::SameSite::Unspecified)
        c["sameSite"] = std::string(cookie::same_site_name(r.same_site));
    }
    list.push_back(std::move(c));
  }
  return list;
}

// One Set-Cookie line as HAR's cookie object: what the line says (RFC 6265 5.2), not
// what the jar made of it. expires is the moment the line sets: Max-Age wins over
// Expires (5.3 step 3), counted from the response's time; a session cookie has none.
// A line the parser refuses as a whole (no '=', no name) names no cookie: left out.
Json response_cookie(std::string_view line, TimeMs at, cookie::Policy policy) {
  cookie::ParseOptions options;
  options.allow_nameless = options.chromium_pair = policy == cookie::Policy::Chromium;
  const cookie::ParsedSetCookie p = cookie::parse_set_cookie(line, options);
  if (p.refused != cookie::Reason::None) return nullptr;
  Json c{{"name", p.name}, {"value", p.value}};
  if (p.path) c["path"] = *p.path;
  if (p.domain && !p.domain->empty()) c["domain"] = *p.domain;
  if (p.max_age) c["expires"] = har_time(*p.max_age <= 0 ? 0 : at + *p.max_age * 1000);
  else if (p.expires) c["expires"] = har_time(*p.expires);
  c["httpOnly"] = p.http_only;
  c["secure"] = p.secure;
  if (p.same_site != cookie::SameSite::Unspecified) c["sameSite"] = std::string(cookie::same_site_name(p.same_site));
  return c;
}

Json har_request(const sim::Exchange& ex) {
  const auto parsed = http::parse_request(ex.request_text());
  const http::Request& m = parsed.message;
  const std::vector<http::Field>& fields = m.headers.fields;
  Json r;
  r["method"] = ex.method;
  r["url"] = ex.url->to_string();
  r["httpVersion"] = m.version;
  r["cookies"] = request_cookies(ex, fields);
  r["headers"] = name_values(fields);
  r["queryString"] = name_values(http::form_decode(ex.url->query));
  if (!m.body.empty()) {
    const std::string* type = field(fields, "Content-Type");
    Json post{{"mimeType", type ? *type : std::string()}};
    const BodyText body = body_text(m.body);
    // HAR's postData has no encoding: a body that is not UTF-8 goes as base64 with a
    // custom field saying so.
    post["text"] = body.text;
    if (body.base64) post["_encoding"] = "base64";
    if (type && starts_with_icase(*type, "application/x-www-form-urlencoded"))
      post["params"] = name_values(http::form_decode(m.body));
    r["postData"] = std::move(post);
  }
  r["headersSize"] = head_size(ex.request_text());
  r["bodySize"] = static_cast<long long>(m.body.size());
  return r;
}

Json har_response(const sim::Exchange& ex, cookie::Policy policy, const std::string& host) {
  Json r;
  if (!ex.answered()) {
    // Nobody answers the host: written as Chromium writes a name that did not resolve.
    r["status"] = 0;
    r["statusText"] = "";
    r["httpVersion"] = "";
    r["cookies"] = Json::array();
    r["headers"] = Json::array();
    r["content"] = {{"size", 0}, {"mimeType", "x-unknown"}};
    r["redirectURL"] = "";
    r["headersSize"] = -1;
    r["bodySize"] = -1;
    r["_error"] = "net::ERR_NAME_NOT_RESOLVED (no server of the lesson answers " + host + ")";
    return r;
  }
  const std::string text = ex.response_text();
  const auto parsed = http::parse_response(text);
  const http::Response& m = parsed.message;
  const std::vector<http::Field>& fields = m.headers.fields;
  const std::string& body = *ex.response_body;
  r["status"] = ex.status;
  r["statusText"] = m.reason;
  r["httpVersion"] = m.version;
  Json cookies = Json::array();
  for (const http::Field& f : fields) {
    if (!iequals_ascii(f.name, "Set-Cookie")) continue;
    Json c = response_cookie(f.value, ex.time, policy);
    if (!c.is_null()) cookies.push_back(std::move(c));
  }
  r["cookies"] = std::move(cookies);
  r["headers"] = name_values(fields);
  const std::string* type = field(fields, "Content-Type");
  Json content{{"size", static_cast<long long>(body.size())},
               {"mimeType", type && !type->empty() ? *type : std::string("x-unknown")}};
  const BodyText shown = body_text(body);
  content["text"] = shown.text;
  if (shown.base64) content["encoding"] = "base64";
  r["content"] = std::move(content);
  const std::string* location = field(fields, "Location");
  r["redirectURL"] = location ? *location : std::string();
  r["headersSize"] = head_size(ex.response_head());
  r["bodySize"] = static_cast<long long>(body.size());
  return r;
}

// A new page where a browser starts a navigation: a scenario step's first exchange,
// or, for the learner's own actions in the window, any exchange that is not a
// redirect the browser followed by itself.
bool starts_page(const sim::Step& s, const sim::Step* previous) {
  if (!previous) return true;
  if (s.scenario_step != previous->scenario_step || s.browser != previous->browser) return true;
  return s.scenario_step < 0 && !s.exchange->redirect_follow;
}

// A step that changed a browser's jar outside an exchange, as log._cookielab.events
// records it (the importer replays it, src/har/import.cpp): its place among the
// entries, the clock when it began, the browser and what it did, with the keys its
// scenario action has. Null for a step that changed no jar (a submit that found no
// form, a dropped session) or whose source is not known (a learner's own edit in the
// window, apart from a close, a reopen or clearing the jar).
Json lab_event(const sim::World& world, const sim::Step& s, std::size_t after) {
  using A = scenario::Action;
  const scenario::Scenario& sc = world.scenario();
  if (s.browser < 0 || static_cast<std::size_t>(s.browser) >= sc.browsers.size()) return nullptr;
  const scenario::Step* src = s.scenario_step >= 0 ? &sc.steps[static_cast<std::size_t>(s.scenario_step)] : nullptr;
  const bool plain = s.action == A::Close || s.action == A::Reopen || s.action == A::ClearCookies;
  const bool detailed = s.action == A::Wait || s.action == A::SetCookie || s.action == A::ScriptCookie ||
                        s.action == A::DeleteCookie || s.action == A::CopyCookie;
  if (!plain && !(detailed && src)) return nullptr;
  const TimeMs began = s.action == A::Wait ? s.time - src->duration : s.time;
  Json e{{"after", after},
         {"time", har_time(began)},
         {"browser", sc.browsers[static_cast<std::size_t>(s.browser)].name},
         {"action", std::string(scenario::action_name(s.action))}};
  switch (s.action) {
    case A::Wait: e["duration"] = src->duration; break;
    case A::SetCookie:
    case A::ScriptCookie:
      e["url"] = src->url;
      e["cookie"] = src->cookie;
      break;
    case A::DeleteCookie:
      e["name"] = src->name;
      if (!src->domain.empty()) e["domain"] = src->domain;
      if (!src->path.empty()) e["path"] = src->path;
      break;
    case A::CopyCookie:
      e["from_browser"] = src->from_browser;
      e["name"] = src->name;
      break;
    default: break;
  }
  return e;
}

}  // namespace

void write_har(std::ostream& out, const sim::World& world, Lang lang) {
  const scenario::Scenario& sc = world.scenario();
  const sim::Timeline& tl = world.timeline();
  Json pages = Json::array();
  Json entries = Json::array();
  const sim::Step* previous = nullptr;
  std::string page_id;
  Json events = Json::array();
  for (const sim::Step& s : tl.steps()) {
    if (!s.exchange) {
      Json e = lab_event(world, s, entries.size());
      if (!e.is_null()) events.push_back(std::move(e));
      continue;
    }
    const sim::Exchange& ex = *s.exchange;
    if (starts_page(s, previous)) {
      page_id = "page_" + std::to_string(pages.size() + 1);
      pages.push_back({{"startedDateTime", har_time(ex.time)},
                       {"id", page_id},
                       {"title", step_heading(lang, s.index + 1, tl.size()) + ": " + step_title(world, s, lang)},
                       {"pageTimings", {{"onContentLoad", -1}, {"onLoad", -1}}}});
    }
    previous = &s;
    const cookie::Policy policy =
        ex.browser >= 0 ? sc.browsers[static_cast<std::size_t>(ex.browser)].policy : cookie::Policy::Rfc6265;
    Json e;
    e["pageref"] = page_id;
    e["startedDateTime"] = har_time(ex.time);
    e["time"] = 0;
    e["request"] = har_request(ex);
    e["response"] = har_response(ex, policy, ex.url->host);
    e["cache"] = Json::object();
    e["timings"] = {{"blocked", -1}, {"dns", -1},    {"connect", -1}, {"send", 0},
                    {"wait", 0},     {"receive", 0}, {"ssl", -1}};
    e["_cookielab"] = {
        {"step", s.index + 1},
        {"scenario_step", s.scenario_step + 1},
        {"browser", ex.browser >= 0 ? sc.browsers[static_cast<std::size_t>(ex.browser)].name : std::string()},
        {"policy", std::string(cookie::policy_name(policy))},
        {"server", ex.server >= 0 ? sc.servers[static_cast<std::size_t>(ex.server)].name : std::string()},
        {"redirect", ex.redirect_follow}};
    entries.push_back(std::move(e));
  }
  Json har;
  har["log"] = {{"version", "1.2"},
                {"creator", {{"name", "CookieLab"}, {"version", COOKIELAB_VERSION}}},
                {"pages", std::move(pages)},
                {"entries", std::move(entries)},
                {"comment", sc.title.in(lang)}};
  // What HAR has no field for, for CookieLab's own import: every browser of the
  // lesson (one may make no exchange) and what changed a jar between exchanges.
  Json browsers = Json::array();
  for (const scenario::BrowserSpec& b : sc.browsers)
    browsers.push_back({{"name", b.name}, {"policy", std::string(cookie::policy_name(b.policy))}});
  har["log"]["_cookielab"] = {{"browsers", std::move(browsers)}, {"events", std::move(events)}};
  // A byte that is not UTF-8 in a header (a raw step can send one) becomes U+FFFD
  // rather than an exception: JSON strings are Unicode.
  out << har.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace cl::report
