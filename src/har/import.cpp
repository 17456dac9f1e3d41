#include "har/import.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include "base/text.h"
#include "cookie/reason.h"
#include "cookie/set_cookie_parser.h"
#include "har/har_messages.h"
#include "har/mask.h"
#include "http/message.h"

namespace cl::har {

namespace {

using M = HarMsg;

// A body larger than this is not kept on the timeline: a page's scripts and
// pictures teach nothing about cookies, and a 50 MB capture stays small in memory.
constexpr std::size_t kBodyKept = 64u << 10;

const std::string* header(const std::vector<Header>& hs, std::string_view name) {
  for (const Header& h : hs)
    if (iequals_ascii(h.name, name)) return &h.value;
  return nullptr;
}

// RFC 9110 5.6.2: a field name is a token; anything else would not parse as HTTP/1.1.
bool token(std::string_view s) {
  if (s.empty()) return false;
  for (unsigned char c : s)
    if (c <= 32 || c >= 127 ||
        std::string_view("\"(),/:;<=>?@[\\]{}").find(static_cast<char>(c)) != std::string_view::npos)
      return false;
  return true;
}

std::string one_line(std::string_view v) {
  std::string out(v);
  for (char& c : out)
    if (c == '\r' || c == '\n') c = ' ';
  return out;
}

void write_fields(std::string& out, const std::vector<Header>& hs) {
  for (const Header& h : hs) {
    if (!token(h.name)) continue;  // HTTP/2 pseudo-headers (":authority"), written on the request line instead
    out.append(h.name).append(": ").append(one_line(h.value)).append("\r\n");
  }
}

// A page the browser shows, as the capture says: Chromium's _resourceType, else the
// Fetch metadata every current browser sends (Sec-Fetch-Dest), else an HTML answer.
bool is_document(const Entry& e) {
  if (!e.resource_type.empty()) return e.resource_type == "document";
  if (const std::string* dest = header(e.request.headers, "Sec-Fetch-Dest")) return *dest == "document";
  // A browser asks for a page with Accept: text/html first (CookieLab's own export too).
  if (const std::string* accept = header(e.request.headers, "Accept")) return accept->starts_with("text/html");
  return e.response.content.mime_type.starts_with("text/html");
}

std::string kind_of(const Entry& e) {
  if (!e.resource_type.empty()) return e.resource_type;
  if (const std::string* dest = header(e.request.headers, "Sec-Fetch-Dest")) return *dest;
  return is_document(e) ? "document" : "other";
}

// The cookies of a Cookie header as name=value pairs, in order (RFC 6265 4.2.1).
std::vector<std::pair<std::string, std::string>> cookie_pairs(std::string_view header_value) {
  std::vector<std::pair<std::string, std::string>> out;
  for (std::string_view pair : split(header_value, ';')) {
    pair = trim_wsp(pair);
    if (pair.empty()) continue;
    const std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos) out.emplace_back("", std::string(pair));
    else out.emplace_back(std::string(trim_wsp(pair.substr(0, eq))), std::string(trim_wsp(pair.substr(eq + 1))));
  }
  return out;
}

std::string cookie_header_of(const Entry& e) {
  std::string all;  // HTTP/2 may split the Cookie field in several (RFC 9113 8.2.3): joined with "; "
  for (const Header& h : e.request.headers)
    if (iequals_ascii(h.name, "Cookie")) all += (all.empty() ? "" : "; ") + h.value;
  return all;
}

std::string set_cookie_name(std::string_view line) {
  const std::string_view pair = line.substr(0, line.find(';'));
  const std::size_t eq = pair.find('=');
  return eq == std::string_view::npos ? std::string() : std::string(trim_wsp(pair.substr(0, eq)));
}

// A reason of the engine, as a phrase of a message (its sentence in either language).
Message reason_phrase(cookie::Reason r) {
  static const auto entries = [] {
    std::array<MessageEntry, static_cast<std::size_t>(cookie::Reason::Count)> e{};
    for (std::size_t i = 0; i < e.size(); ++i) {
      const cookie::ReasonInfo& info = cookie::reason_info(static_cast<cookie::Reason>(i));
      e[i] = {info.en, info.ko, ""};
    }
    return e;
  }();
  return Message(entries[static_cast<std::size_t>(r)], {});
}

// Entries in the order they started (stable: equal times keep the file's order).
std::vector<const Entry*> in_time_order(const Capture& c, bool& out_of_order) {
  std::vector<const Entry*> order;
  for (const Entry& e : c.entries) order.push_back(&e);
  out_of_order = !std::is_sorted(order.begin(), order.end(), [](auto* a, auto* b) { return a->time < b->time; });
  std::stable_sort(order.begin(), order.end(), [](auto* a, auto* b) { return a->time < b->time; });
  return order;
}

server::RouteSpec route_of(const Entry& e, const http::Url& url, const std::string& body) {
  server::RouteSpec r;
  r.method = e.request.method;
  r.path = url.path;
  r.status = e.response.status >= 100 ? e.response.status : 200;
  for (const Header& h : e.response.headers) {
    if (!token(h.name)) continue;
    // The body is written decoded and its length counted again by the server.
    if (iequals_ascii(h.name, "Content-Length") || iequals_ascii(h.name, "Content-Encoding") ||
        iequals_ascii(h.name, "Transfer-Encoding") || iequals_ascii(h.name, "Connection") ||
        iequals_ascii(h.name, "Keep-Alive"))
      continue;
    r.headers.push_back({h.name, one_line(h.value)});
  }
  r.body = body;
  return r;
}

std::string kept_body(const Entry& e) {
  const Content& c = e.response.content;
  if (c.text.size() <= kBodyKept) return c.text;
  return "(" + std::to_string(c.text.size()) + " bytes of " + (c.mime_type.empty() ? "data" : c.mime_type) +
         ", not kept by the import)";
}

// One line of a scenario: the form fields of an urlencoded body.
http::FormFields form_fields(const Entry& e) {
  http::FormFields fields;
  if (!e.request.post) return fields;
  if (!e.request.post->params.empty()) {
    for (const Header& p : e.request.post->params) fields.emplace_back(p.name, p.value);
    return fields;
  }
  return http::form_decode(e.request.post->text);
}

}  // namespace

cookie::Policy policy_of(const Capture& capture) {
  return capture.creator() == Creator::Chromium ? cookie::Policy::Chromium : cookie::Policy::Rfc6265;
}

std::string request_text(const Entry& e, const http::Url& url) {
  std::string out = e.request.method + " " + url.target() + " HTTP/1.1\r\n";
  if (!header(e.request.headers, "Host"))
    out += "Host: " + (url.default_port() ? url.host : url.host + ":" + std::to_string(url.port)) + "\r\n";
  write_fields(out, e.request.headers);
  out += "\r\n";
  if (e.request.post) out += e.request.post->text;
  return out;
}

std::string response_head(const Entry& e, std::size_t body_size) {
  const int status = e.response.status;
  std::string reason = e.response.status_text;
  if (reason.empty()) reason = std::string(http::reason_phrase(status));
  std::string out = "HTTP/1.1 " + std::to_string(status) + " " + one_line(reason) + "\r\n";
  // The body is kept as the browser decoded it (no chunks, often not the bytes that
  // travelled): its Content-Length is the length kept, so the message reads back whole.
  std::vector<Header> fields;
  for (const Header& h : e.response.headers) {
    if (iequals_ascii(h.name, "Transfer-Encoding")) continue;
    fields.push_back(h);
    if (iequals_ascii(h.name, "Content-Length")) fields.back().value = std::to_string(body_size);
  }
  write_fields(out, fields);
  out += "\r\n";
  return out;
}

Imported import_capture(Capture capture, const ImportOptions& options) {
  Imported im;
  if (!options.keep_secrets) im.masked = mask_secrets(capture).size();
  const cookie::Policy policy = policy_of(capture);
  std::vector<const Entry*> order = in_time_order(capture, im.out_of_order);

  // The http(s) entries, their URLs parsed once (the reader refused bad ones).
  struct Item {
    const Entry* e;
    http::Url url;
    std::string body;
  };
  std::vector<Item> items;
  for (const Entry* e : order) {
    http::UrlResult u = http::parse_url(e->request.url);
    if (!u.url) {
      ++im.skipped;
      continue;
    }
    items.push_back({e, std::move(*u.url), kept_body(*e)});
  }

  // --- the scenario: a server per host, its routes the first answer to each method
  // and path; the browser with the capture's policy and User-Agent.
  scenario::Scenario& sc = im.scenario;
  sc.path = options.file_name;
  sc.id = options.file_name.substr(0, options.file_name.rfind('.'));
  const std::string creator =
      capture.creator_name.empty()
          ? std::string("?")
          : capture.creator_name + (capture.creator_version.empty() ? "" : " " + capture.creator_version);
  sc.title = message(M::Title, {options.file_name}).both();
  std::string policies;  // CookieLab's export may hold browsers of both policies
  for (const Item& it : items)
    if (!it.e->lab_policy.empty() && policies.find(it.e->lab_policy) == std::string::npos)
      policies += (policies.empty() ? "" : ", ") + it.e->lab_policy;
  if (policies.empty()) policies = std::string(cookie::policy_name(policy));
  Bilingual summary = message(M::Summary, {std::to_string(items.size()), creator, policies}).both();
  if (capture.creator() == Creator::Other) summary = summary + Bilingual{" ", " "} + message(M::PolicyOther).both();
  summary = summary + Bilingual{" ", " "} + message(options.keep_secrets ? M::NotMasked : M::Masked).both();
  if (im.out_of_order) summary = summary + Bilingual{" ", " "} + message(M::OutOfOrder).both();
  if (items.empty()) summary = summary + Bilingual{" ", " "} + message(M::NoEntries).both();
  sc.summary = summary;
  sc.level = 3;
  if (!items.empty()) sc.start = items.front().e->time;
  std::map<std::string, std::size_t> server_of;
  std::vector<std::set<std::pair<std::string, std::string>>> routes_of;
  std::vector<bool> own_route(items.size(), false);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& it = items[i];
    auto [at, fresh] = server_of.emplace(it.url.host, sc.servers.size());
    if (fresh) {
      server::ServerSpec s;
      s.name = it.url.host;
      s.hosts = {it.url.host};
      s.profile = server::Profile::Stateless;
      sc.servers.push_back(std::move(s));
      routes_of.emplace_back();
    }
    if (it.e->response.status == 0) continue;  // nobody answered: no route
    if (routes_of[at->second].emplace(it.e->request.method, it.url.path).second) {
      sc.servers[at->second].routes.push_back(route_of(*it.e, it.url, it.body));
      own_route[i] = true;
    }
  }
  // One browser; CookieLab's own export names each of its browsers and their policies.
  std::vector<int> browser_of(items.size(), 0);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Entry& e = *items[i].e;
    const std::string name = e.lab_browser.empty() ? std::string("browser") : e.lab_browser;
    auto known = std::find_if(sc.browsers.begin(), sc.browsers.end(), [&](auto& x) { return x.name == name; });
    if (known == sc.browsers.end()) {
      scenario::BrowserSpec spec;
      spec.name = name;
      spec.policy = e.lab_policy == "chromium"  ? cookie::Policy::Chromium
                    : e.lab_policy == "rfc6265" ? cookie::Policy::Rfc6265
                                                : policy;
      if (const std::string* ua = header(e.request.headers, "User-Agent")) spec.user_agent = *ua;
      sc.browsers.push_back(std::move(spec));
      known = sc.browsers.end() - 1;
    }
    browser_of[i] = static_cast<int>(known - sc.browsers.begin());
  }
  // CookieLab's own export also names the browsers that made no exchange (one whose
  // cookies another copies, say).
  for (const LabBrowser& lb : capture.lab_browsers) {
    if (std::any_of(sc.browsers.begin(), sc.browsers.end(), [&](auto& x) { return x.name == lb.name; })) continue;
    scenario::BrowserSpec spec;
    spec.name = lb.name;
    spec.policy = lb.policy == "chromium"  ? cookie::Policy::Chromium
                  : lb.policy == "rfc6265" ? cookie::Policy::Rfc6265
                                           : policy;
    sc.browsers.push_back(std::move(spec));
  }
  if (sc.browsers.empty()) sc.browsers.push_back({"browser", policy, "", false, {}, {}, {}});

  // --- the timeline: each entry recorded, the jar the engine's.
  scenario::Scenario bare = sc;  // the World records; it runs no steps
  im.world = std::make_unique<sim::World>(std::move(bare));
  sim::World& w = *im.world;
  // When each cookie name is first set by a Set-Cookie (position in `items`).
  std::map<std::string, std::size_t> first_set;
  for (std::size_t i = 0; i < items.size(); ++i)
    for (const Header& h : items[i].e->response.headers)
      if (iequals_ascii(h.name, "Set-Cookie")) first_set.emplace(set_cookie_name(h.value), i);

  // Each browser's top-level page (for the subresources it loads) and the Location
  // it may follow next.
  std::vector<std::optional<http::Url>> pages(sc.browsers.size()), locations(sc.browsers.size());
  std::vector<bool> began(sc.browsers.size(), false);
  TimeMs last_time = sc.start;

  // What changed a jar between the exchanges of CookieLab's own export
  // (log._cookielab.events), replayed through the engine at its moment and written
  // as a step of the lesson, so the jars and the Cookie headers that follow are the
  // lesson's own. The reader checked the action and the browsers' names.
  std::vector<const LabEvent*> events;
  for (const LabEvent& ev : capture.lab_events) events.push_back(&ev);
  std::stable_sort(events.begin(), events.end(), [](auto* a, auto* b) { return a->after < b->after; });
  std::size_t next_event = 0;
  auto replay_events = [&](std::size_t before_entry) {
    for (; next_event < events.size() && events[next_event]->after <= before_entry; ++next_event) {
      const LabEvent& ev = *events[next_event];
      const std::optional<scenario::Action> action = scenario::action_from_name(ev.action);
      if (!action || w.browser_index(ev.browser) < 0) continue;
      scenario::Step st;
      st.action = *action;
      st.browser = ev.browser;
      st.url = ev.url;
      st.cookie = ev.cookie;
      st.name = ev.name;
      st.domain = ev.domain;
      st.path = ev.path;
      st.from_browser = ev.from_browser;
      st.duration = ev.duration;
      w.advance_clock(ev.time);
      w.perform(st);
      // The lesson's clock: a gap before the event is a wait, as before an entry.
      if (ev.time - last_time > kSecond) {
        scenario::Step wait;
        wait.action = scenario::Action::Wait;
        wait.browser = ev.browser;
        wait.duration = ev.time - last_time - kSecond;
        sc.steps.push_back(std::move(wait));
      }
      last_time = std::max(last_time, ev.time - kSecond) + (st.action == scenario::Action::Wait ? st.duration : 0);
      sc.steps.push_back(std::move(st));
    }
  };

  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& it = items[i];
    const Entry& e = *it.e;
    replay_events(e.index);
    const int bi = browser_of[i];
    const scenario::BrowserSpec& b = sc.browsers[static_cast<std::size_t>(bi)];
    std::optional<http::Url>& page = pages[static_cast<std::size_t>(bi)];
    std::optional<http::Url>& pending_location = locations[static_cast<std::size_t>(bi)];
    const bool first_of_browser = !began[static_cast<std::size_t>(bi)];
    began[static_cast<std::size_t>(bi)] = true;
    sim::RecordedExchange r;
    r.browser = bi;
    r.time = e.time;
    r.method = e.request.method;
    r.url = it.url;
    r.request = request_text(e, it.url);
    r.answered = e.response.status > 0;
    r.status = e.response.status;
    if (r.answered) {
      r.response_head = response_head(e, it.body.size());
      r.response_body = it.body;
    }
    r.top_level = is_document(e);
    r.redirect_follow = e.lab_redirect ? *e.lab_redirect : pending_location && *pending_location == it.url;
    // Whose site the request is made for (RFC 6265bis 5.2): a subresource the page's;
    // a page typed in none; a page a link or form on another page opened, that page's
    // (Referer, or Origin, as Chromium's referrer policy leaves at least the origin).
    const std::string* fetch_site = header(e.request.headers, "Sec-Fetch-Site");
    if (!r.top_level) {
      r.site_for_cookies = page;
    } else if (!(fetch_site && *fetch_site == "none")) {
      const std::string* from = header(e.request.headers, "Referer");
      if (!from) from = header(e.request.headers, "Origin");
      if (from)
        if (http::UrlResult u = http::parse_url(*from); u.url) r.site_for_cookies = *u.url;
    }
    if (!r.site_for_cookies && !r.top_level && !page) {
      if (const std::string* from = header(e.request.headers, "Referer"))
        if (http::UrlResult u = http::parse_url(*from); u.url) r.site_for_cookies = *u.url;
    }

    // --- the Cookie header: the real one against the engine's.
    cookie::RequestContext ctx;
    ctx.url = r.url;
    ctx.method = r.method;
    ctx.top_level_navigation = r.top_level;
    ctx.site_for_cookies = r.site_for_cookies;
    const cookie::SendResult engine = w.would_send(bi, ctx, std::max(w.now(), r.time));
    std::vector<std::pair<std::string, std::string>> real = cookie_pairs(cookie_header_of(e));
    std::vector<std::pair<std::string, std::string>> theirs;
    for (const cookie::Cookie& c : engine.sent) theirs.emplace_back(c.name, c.value);
    const bool cross_site = r.site_for_cookies && !cookie::is_same_site(ctx, b.policy);
    std::vector<std::pair<std::string, std::string>> unmatched;
    for (auto& p : real) {
      auto same = std::find(theirs.begin(), theirs.end(), p);
      if (same != theirs.end()) theirs.erase(same);
      else unmatched.push_back(p);
    }
    struct Adopted {
      std::string line;
      bool script;
      Message why;
    };
    std::vector<Adopted> adopted;
    for (const auto& pair : unmatched) {
      const std::string& name = pair.first;  // a plain reference: clang 14 (the page) captures no structured binding
      const std::string& value = pair.second;
      const std::string shown = name.empty() ? value : name;
      const auto excluded = std::find_if(engine.excluded.begin(), engine.excluded.end(),
                                         [&](const cookie::Exclusion& x) { return x.cookie.name == name; });
      const auto other_value = std::find_if(theirs.begin(), theirs.end(), [&](auto& t) { return t.first == name; });
      if (other_value != theirs.end()) {
        r.differences.push_back(message(M::ValueDiffers, {shown}));
        theirs.erase(other_value);
      } else if (excluded != engine.excluded.end()) {
        r.differences.push_back(cross_site ? message(M::ThirdParty, {shown})
                                           : message(M::PolicyRule, {shown, reason_phrase(excluded->reason)}));
      } else {
        // Not in the jar at all: no Set-Cookie before this entry gave it. Set later in
        // the capture, or sent by the very first request: the browser had it already.
        const bool before = first_set.count(name) > 0 || first_of_browser;
        r.differences.push_back(message(before ? M::BeforeCapture : M::ScriptSet, {shown}));
        if (!name.empty()) {
          r.adopt.push_back(name + "=" + value + "; Path=/");
          adopted.push_back({r.adopt.back(), !before, r.differences.back()});
        }
      }
    }
    for (const auto& [name, value] : theirs) r.differences.push_back(message(M::EngineOnly, {name}));
    if (!r.differences.empty()) r.differences.insert(r.differences.begin(), message(M::Differs));

    r.narration =
        message(M::EntryLine, {std::to_string(e.index + 1), e.request.method, e.request.url, kind_of(e)}).both();
    if (i == 0)
      r.narration = r.narration + Bilingual{" ", " "} + message(options.keep_secrets ? M::NotMasked : M::Masked).both();

    // --- the lesson's steps for this entry (what -o writes).
    if (e.time - last_time > kSecond) {
      scenario::Step wait;
      wait.action = scenario::Action::Wait;
      wait.browser = b.name;
      wait.duration = e.time - last_time - kSecond;  // each simulated exchange takes a second
      sc.steps.push_back(std::move(wait));
    }
    last_time = std::max(last_time, e.time);
    for (const Adopted& a : adopted) {
      scenario::Step put;
      put.action = a.script ? scenario::Action::ScriptCookie : scenario::Action::SetCookie;
      put.browser = b.name;
      put.url = it.url.to_string();
      put.cookie = a.line;
      put.say = a.why.both();
      sc.steps.push_back(std::move(put));
    }
    scenario::Step step;
    step.browser = b.name;
    step.url = it.url.to_string();
    step.say = r.narration;
    step.follow_redirects = false;
    const http::FormFields fields = form_fields(e);
    const std::string* content_type = header(e.request.headers, "Content-Type");
    const bool form = e.request.method == "POST" &&
                      (!content_type || content_type->find("x-www-form-urlencoded") != std::string::npos);
    if (r.top_level && e.request.method == "GET" && !cross_site) {
      step.action = scenario::Action::Visit;
    } else if (r.top_level && form) {
      step.action = scenario::Action::Post;
      step.fields = fields;
      if (r.site_for_cookies) step.from = r.site_for_cookies->to_string();
    } else {
      step.action = scenario::Action::Raw;
      step.follow_redirects = true;  // raw takes no follow_redirects
      std::string text = r.request;
      for (std::size_t at = text.find("\r\n"); at != std::string::npos; at = text.find("\r\n", at + 1))
        text.erase(at, 1);
      step.request = std::move(text);
    }
    if (own_route[i] && r.answered && step.action != scenario::Action::Raw) step.expect.status = r.status;
    sc.steps.push_back(std::move(step));
    // A method and path answered again differently: the route answers as the first
    // time, so this answer's cookies are put in the jar by hand after it.
    if (!own_route[i] && r.answered) {
      for (const Header& h : e.response.headers) {
        if (!iequals_ascii(h.name, "Set-Cookie")) continue;
        scenario::Step put;
        put.action = scenario::Action::SetCookie;
        put.browser = b.name;
        put.url = it.url.to_string();
        put.cookie = one_line(h.value);
        sc.steps.push_back(std::move(put));
      }
    }

    // What the next entries are read against.
    pending_location.reset();
    if (r.status >= 300 && r.status < 400)
      if (const std::string* loc = header(e.response.headers, "Location"))
        pending_location = http::resolve_url(it.url, *loc);
    if (r.top_level && r.answered) page = it.url;
    w.record_exchange(std::move(r));
  }
  replay_events(capture.entries.size());
  return im;
}

}  // namespace cl::har

namespace cl::har {

bool is_har_path(std::string_view path) {
  return path.size() > 4 && iequals_ascii(path.substr(path.size() - 4), ".har");
}

FileImport import_file(const std::string& path, ImportOptions options) {
  FileImport out;
  ReadResult r = read_har_file(path);
  if (!r.capture) {
    out.problems = std::move(r.problems);
    return out;
  }
  if (options.file_name.empty()) options.file_name = path.substr(path.find_last_of('/') + 1);
  out.imported = import_capture(std::move(*r.capture), options);
  return out;
}

Message problem_message(const Problem& p) {
  if (p.where.line == 0 || p.where.path.empty() || p.where.path == "(top)") return p.what;
  return message(HarMsg::At, {p.where.path, p.what, std::to_string(p.where.offset)});
}

std::string problem_line(const std::string& file, const Problem& p, Lang lang) {
  std::string out = file + ":";
  if (p.where.line > 0) out += std::to_string(p.where.line) + ":" + std::to_string(p.where.column) + ":";
  return out + " " + problem_message(p).in(lang);
}

}  // namespace cl::har
