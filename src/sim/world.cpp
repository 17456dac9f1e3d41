#include "sim/world.h"

#include <algorithm>
#include "cookie/domain.h"
#include "http/form.h"
#include "http/message.h"
#include "sim/checks.h"
#include "sim/explain.h"

namespace cl::sim {

namespace {

// Each exchange takes a little simulated time, so creation and last-access times
// differ from step to step and the order of the Cookie header is visible.
constexpr TimeMs kExchangeTime = 1 * kSecond;
constexpr int kMaxRedirects = 10;

bool has_img_tag(const std::string& html) {
  for (std::size_t p = html.find('<'); p != std::string::npos; p = html.find('<', p + 1))
    if (p + 4 <= html.size() && (html[p + 1] | 0x20) == 'i' && (html[p + 2] | 0x20) == 'm' && (html[p + 3] | 0x20) == 'g')
      return true;
  return false;
}

std::string host_header(const http::Url& url) {
  return url.default_port() ? url.host : url.host + ":" + std::to_string(url.port);
}

}  // namespace

// Everything a scenario step does, kept out of the header: World is the state,
// Runner is the verbs. A scenario step becomes one or more timeline steps.
struct World::Runner {
  explicit Runner(World& world) : w(world) {}
  World& w;
  std::vector<Step> steps;  // timeline steps of the current action, pushed at the end
  std::vector<Timeline::Delta> deltas;

  BrowserState& edit_browser(int b) {
    // Copy-on-write: the timeline still shares the old state.
    auto copy = std::make_shared<BrowserState>(*w.browsers_[static_cast<std::size_t>(b)]);
    w.browsers_[static_cast<std::size_t>(b)] = copy;
    changed_browsers.push_back(b);
    return *copy;
  }
  std::vector<int> changed_browsers;

  void record(Step&& step) {
    Timeline::Delta delta;
    delta.now = w.now_;
    delta.ids = w.ids_.state();
    std::sort(changed_browsers.begin(), changed_browsers.end());
    changed_browsers.erase(std::unique(changed_browsers.begin(), changed_browsers.end()), changed_browsers.end());
    for (int b : changed_browsers) delta.browsers.emplace_back(b, w.browsers_[static_cast<std::size_t>(b)]);
    changed_browsers.clear();
    w.take_session_changes(delta);
    step.time = w.now_;
    steps.push_back(std::move(step));
    deltas.push_back(std::move(delta));
  }

  // ---- requests ----

  struct Navigation {
    std::string method = "GET";
    http::Url url;
    std::string body;  // form-encoded when method is POST
    std::optional<http::Url> initiator;  // page that caused it; empty = typed in the address bar
    bool top_level = true;
    bool follow_redirects = true;
  };

  cookie::RequestContext context_for(const Navigation& nav, bool block_third_party) const {
    cookie::RequestContext ctx;
    ctx.url = nav.url;
    ctx.site_for_cookies = nav.initiator;
    ctx.top_level_navigation = nav.top_level;
    ctx.method = nav.method;
    ctx.block_third_party = block_third_party;
    return ctx;
  }

  http::Request build_request(const scenario::BrowserSpec& b, const Navigation& nav, const std::string& cookie_header) const {
    http::Request req;
    req.method = nav.method;
    req.target = nav.url.target();
    req.headers.add("Host", host_header(nav.url));
    req.headers.add("User-Agent", b.user_agent);
    req.headers.add("Accept", nav.top_level ? "text/html" : "image/*");
    if (nav.initiator) req.headers.add("Referer", nav.initiator->origin() + nav.initiator->path);
    if (nav.method == "POST") {
      req.headers.add("Origin", nav.initiator ? nav.initiator->origin() : nav.url.origin());
      req.headers.add("Content-Type", "application/x-www-form-urlencoded");
      req.headers.add("Content-Length", std::to_string(nav.body.size()));
      req.body = nav.body;
    }
    if (!cookie_header.empty()) req.headers.add("Cookie", cookie_header);
    return req;
  }

  // Sends one request and takes in its response: the heart of every lesson.
  // Returns the exchange (already recorded as a timeline step).
  Exchange exchange(int b, const Navigation& nav, bool redirect_follow, std::optional<std::string> raw_text = {}) {
    BrowserState& browser = edit_browser(b);
    if (!browser.open) browser.open = true;  // using a closed browser starts it again
    const auto& spec = w.scenario_.browsers[static_cast<std::size_t>(b)];
    cookie::RequestContext ctx = context_for(nav, spec.block_third_party);

    Exchange ex;
    ex.browser = b;
    ex.method = nav.method;
    ex.redirect_follow = redirect_follow;
    ex.time = w.now_;
    browser.jar.remove_expired(w.now_);
    Recent& recent = w.recent_[static_cast<std::size_t>(b)];
    Recent::AtUrl& here = recent.at_url(nav.url, w.texts_);
    ex.url = here.url;

    http::Request own;  // the request, unless it is the one kept for this address
    const http::Request* request = &own;
    bool malformed = false;
    std::string parse_error;
    if (raw_text) {
      // A raw request goes out byte for byte; the jar adds nothing to it.
      ex.request = w.texts_.intern(*raw_text);
      auto parsed = http::parse_request(*raw_text);
      if (parsed.ok()) {
        own = std::move(parsed.message);
        ex.method = own.method;
      } else {
        malformed = true;
        parse_error = "line " + std::to_string(parsed.error.line) + ", column " + std::to_string(parsed.error.column) +
                      ": " + parsed.error.message;
      }
    } else {
      cookie::SendResult sent = browser.jar.cookies_for(ctx, w.now_, w.options_.explain);
      if (!sent.sent.empty()) {
        auto& last = recent.sent;
        ex.cookies.list = last = w.texts_.intern(std::move(sent.sent), last);
      }
      ex.cookies.excluded = std::move(sent.excluded);
      ex.cookies.excluded.shrink_to_fit();  // kept for the whole timeline
      const bool plain_get = nav.method == "GET" && nav.body.empty() && !nav.initiator;
      if (plain_get && here.message && here.message_cookies == ex.cookies.list &&
          here.message_top_level == nav.top_level) {
        request = here.message.get();
      } else {
        own = build_request(spec, nav, sent.header);
        here.request = w.texts_.intern(http::serialize(own), here.request);
        here.message = plain_get ? std::make_shared<const http::Request>(std::move(own)) : nullptr;
        here.message_cookies = ex.cookies.list;
        here.message_top_level = nav.top_level;
        if (here.message) request = here.message.get();
      }
      ex.request = here.request;
    }

    http::Response response;
    ex.server = w.server_for_host(nav.url.host);
    if (malformed) {
      // RFC 9112: a server that receives a malformed request answers 400.
      response.status = 400;
      response.reason = std::string(http::reason_phrase(400));
      response.body = "Bad Request: " + parse_error + "\n";
      response.headers.add("Content-Type", "text/plain; charset=utf-8");
      response.headers.add("Content-Length", std::to_string(response.body.size()));
      response.headers.add("Connection", "close");
      ex.events = w.texts_.intern(std::vector<std::string>{"bad-request"});
      ex.route = "400";
    } else if (ex.server < 0) {
      ex.events = w.texts_.intern(std::vector<std::string>{"no-server"});
      ex.route = "";
    } else {
      server::Handling h = w.servers_[static_cast<std::size_t>(ex.server)]->handle(*request, nav.url, w.now_);
      response = std::move(h.response);
      ex.route = std::move(h.route);
      ex.user = std::move(h.user);
      ex.events = here.events = w.texts_.intern(std::move(h.events), here.events);
      ex.server_said = here.server_said = w.texts_.intern(h.explanation, here.server_said);
    }

    if (ex.server >= 0 || malformed) {
      ex.status = response.status;
      // serialize() ends the head with the blank line and appends the body as is.
      std::string body = std::move(response.body);
      response.body.clear();
      ex.head = DeltaText::against(http::serialize(response), here.head);
      here.head = ex.head.base();
      std::shared_ptr<const std::string> pooled = w.texts_.intern(body, here.body);
      if (pooled != here.body) {  // a page this browser did not just have here: look for <img> once
        here.body = std::move(pooled);
        here.body_has_img = has_img_tag(*here.body);
      }
      ex.response_body = here.body;
      response.body = std::move(body);
      // RFC 6265 5.3: each Set-Cookie field is processed on its own, in order.
      for (const http::Field& f : response.headers.fields) {
        if (!iequals_ascii(f.name, "Set-Cookie")) continue;
        ex.set_cookies.push_back(SetCookieReport::kept(f.value, browser.jar.set_cookie(ctx, f.value, w.now_)));
      }
    }

    if (nav.top_level) {
      browser.location = ex.url;
      browser.status = ex.status;
      if (ex.response_body) browser.show_response(ex.response_body);
      else browser.show_page(unreachable_page(nav.url));
      // Only a page with an <img> tag has subresources to fetch; the rest need not be
      // parsed now (the page is read when it is shown).
      const bool may_embed = ex.response_body && here.body_has_img;
      last_images = may_embed ? browser.page().images : std::vector<std::string>{};
    } else {
      last_images.clear();
    }
    w.now_ += kExchangeTime;
    const std::string* location = response.headers.find("Location");
    last_response_location = location ? *location : "";
    return ex;
  }

  static page::Page unreachable_page(const http::Url& url) {
    page::Page p;
    p.title = "Can't reach " + url.host;
    p.blocks.push_back({page::BlockKind::Error, "No server in this lesson answers for " + url.host + "."});
    return p;
  }

  std::string last_response_location;
  std::vector<std::string> last_images;

  // A navigation with the browser's own follow-ups: redirects, then the images
  // the final page embeds (that is how a third-party tracker is reached).
  void navigate(int b, Navigation nav, const scenario::Step* source, scenario::Action action) {
    bool redirect = false;
    for (int hop = 0; hop <= kMaxRedirects; ++hop) {
      Exchange ex = exchange(b, nav, redirect, {});
      push_exchange(b, std::move(ex), source, action);
      const int status = steps.back().exchange->status;
      if (!nav.follow_redirects || status < 300 || status > 399 || last_response_location.empty()) break;
      std::optional<http::Url> next = http::resolve_url(nav.url, last_response_location);
      if (!next) break;
      // RFC 9110 15.4: 301/302/303 turn a POST into a GET; 307/308 keep it.
      if (status != 307 && status != 308) {
        nav.method = "GET";
        nav.body.clear();
      }
      nav.url = std::move(*next);
      redirect = true;
    }
    fetch_images(b, source, action);
  }

  void fetch_images(int b, const scenario::Step* source, scenario::Action action) {
    if (last_images.empty()) return;
    const std::vector<std::string> images = last_images;
    const std::shared_ptr<const http::Url> location = w.browsers_[static_cast<std::size_t>(b)]->location;
    if (!location) return;
    const http::Url page_url = *location;
    for (const std::string& src : images) {
      std::optional<http::Url> url = http::resolve_url(page_url, src);
      if (!url) continue;
      Navigation sub;
      sub.url = *url;
      sub.initiator = page_url;
      sub.top_level = false;
      push_exchange(b, exchange(b, sub, false, {}), source, action);
    }
  }

  // A timeline step of this action; the first one carries the scenario step's
  // words (pooled: a lesson replayed or rewound says the same again) and question.
  Step begin_step(int b, const scenario::Step* source, scenario::Action action) {
    Step step;
    step.action = action;
    step.browser = b;
    if (source && steps.empty()) {
      if (!source->say.empty()) step.narration = w.texts_.intern(source->say);
      if (source->question) step.question = &*source->question;
    }
    return step;
  }

  void push_exchange(int b, Exchange&& ex, const scenario::Step* source, scenario::Action action) {
    Step step = begin_step(b, source, action);
    step.exchange = std::move(ex);
    record(std::move(step));
  }

  void push_plain(int b, const scenario::Step* source, scenario::Action action, Bilingual explanation) {
    Step step = begin_step(b, source, action);
    step.explanation = std::move(explanation);
    record(std::move(step));
  }

  // ---- the actions ----

  void run(const scenario::Step& s, const scenario::Step* source) {
    const int b = s.browser.empty() ? 0 : w.browser_index(s.browser);
    const int bi = b < 0 ? 0 : b;
    switch (s.action) {
      case scenario::Action::Visit: {
        Navigation nav;
        if (const http::Url* u = w.step_url(s.url)) nav.url = *u;
        nav.follow_redirects = s.follow_redirects;
        navigate(bi, std::move(nav), source, s.action);
        break;
      }
      case scenario::Action::Submit: submit(bi, s, source); break;
      case scenario::Action::Follow: follow(bi, s, source); break;
      case scenario::Action::Post: {
        Navigation nav;
        nav.method = "POST";
        if (const http::Url* u = w.step_url(s.url)) nav.url = *u;
        if (!s.from.empty())
          if (const http::Url* from = w.step_url(s.from)) nav.initiator = *from;
        nav.body = http::form_encode(s.fields);
        nav.follow_redirects = s.follow_redirects;
        navigate(bi, std::move(nav), source, s.action);
        break;
      }
      case scenario::Action::Wait: wait(s, source); break;
      case scenario::Action::Close: {
        BrowserState& br = edit_browser(bi);
        std::vector<cookie::Cookie> gone = br.jar.drop_session_cookies();
        br.open = false;
        br.location.reset();
        br.show_blank();
        br.status = 0;
        push_plain(bi, source, s.action, explain_close(gone));
        break;
      }
      case scenario::Action::Reopen: {
        BrowserState& br = edit_browser(bi);
        br.open = true;
        br.location.reset();
        br.show_blank();
        br.status = 0;
        push_plain(bi, source, s.action, explain_reopen(br.jar.size()));
        break;
      }
      case scenario::Action::ClearCookies: {
        BrowserState& br = edit_browser(bi);
        const std::size_t n = br.jar.size();
        br.jar.clear();
        push_plain(bi, source, s.action, explain_clear(n));
        break;
      }
      case scenario::Action::SetCookie:
      case scenario::Action::ScriptCookie: {
        BrowserState& br = edit_browser(bi);
        cookie::RequestContext ctx;
        if (const http::Url* u = w.step_url(s.url)) ctx.url = *u;
        ctx.from_script = s.action == scenario::Action::ScriptCookie;
        br.jar.remove_expired(w.now_);
        cookie::SetDecision d = br.jar.set_cookie(ctx, s.cookie, w.now_);
        last_decisions.push_back({s.cookie, d});
        push_plain(bi, source, s.action, explain_manual_set(s.cookie, d, ctx.from_script));
        break;
      }
      case scenario::Action::DeleteCookie: {
        BrowserState& br = edit_browser(bi);
        int removed = 0;
        for (const cookie::Cookie& c : br.jar.all()) {
          if (c.name != s.name) continue;
          if (!s.domain.empty() && c.domain != cookie::canonicalize_host(s.domain)) continue;
          if (!s.path.empty() && c.path != s.path) continue;
          removed += br.jar.erase(c.name, c.domain, c.path) ? 1 : 0;
        }
        push_plain(bi, source, s.action, explain_delete_cookie(s.name, removed));
        break;
      }
      case scenario::Action::CopyCookie: {
        const int from = w.browser_index(s.from_browser);
        int copied = 0;
        if (from >= 0) {
          const std::vector<cookie::Cookie> theirs = w.browsers_[static_cast<std::size_t>(from)]->jar.all();
          BrowserState& br = edit_browser(bi);
          for (cookie::Cookie c : theirs) {
            if (c.name != s.name) continue;
            c.creation = c.last_access = w.now_;
            br.jar.put(c);
            ++copied;
          }
        }
        push_plain(bi, source, s.action, explain_copy_cookie(s.name, s.from_browser, copied));
        break;
      }
      case scenario::Action::DeleteSession: {
        const int srv = s.server.empty() ? 0 : w.server_index(s.server);
        std::size_t n = 0;
        if (srv >= 0 && srv < static_cast<int>(w.servers_.size())) {
          server::Server& server = *w.servers_[static_cast<std::size_t>(srv)];
          if (s.user.empty()) {
            n = server.sessions().size();
            server.delete_all_sessions();
          } else {
            n = server.delete_sessions_of(s.user);
          }
        }
        push_plain(bi, source, s.action, explain_delete_sessions(s.user, n));
        break;
      }
      case scenario::Action::Raw: {
        Navigation nav;
        if (const http::Url* u = w.step_url(s.url)) nav.url = *u;
        push_exchange(bi, exchange(bi, nav, false, s.request), source, s.action);
        break;
      }
      case scenario::Action::Count: break;
    }
  }

  std::vector<SetCookieReport> last_decisions;  // hand-set cookies, for expectations

  void submit(int b, const scenario::Step& s, const scenario::Step* source) {
    const BrowserState& br = *w.browsers_[static_cast<std::size_t>(b)];
    const page::Form* form = nullptr;
    for (const page::Form& f : br.page().forms) {
      if (s.form.empty() || f.action == s.form || (br.location && http::resolve_url(*br.location, f.action) &&
                                                   http::resolve_url(*br.location, f.action)->path == s.form)) {
        form = &f;
        break;
      }
    }
    if (!form || !br.location) {
      push_plain(b, source, s.action, explain_no_form(s.form));
      return;
    }
    // The form's own fields (hidden CSRF token included) with the typed values over them.
    http::FormFields fields;
    for (const page::Input& in : form->inputs) {
      if (in.name.empty() || in.type == "submit") continue;
      const std::string* typed = http::form_get(s.fields, in.name);
      if (in.type == "checkbox") {
        // As a browser submits it: a ticked box sends name=value ("on" without a value),
        // an unticked one nothing. The step ticks it with a value, unticks it with "".
        const bool ticked = typed ? !typed->empty() : in.checked;
        if (ticked) fields.emplace_back(in.name, typed ? *typed : page::checkbox_value(in));
        continue;
      }
      fields.emplace_back(in.name, typed ? *typed : in.value);
    }
    // Fields the form does not have are added as typed (a forged or extra field).
    for (const auto& [name, value] : s.fields) {
      const bool in_form = std::any_of(form->inputs.begin(), form->inputs.end(),
                                       [&](const page::Input& in) { return in.name == name && in.type != "submit"; });
      if (!in_form && !http::form_get(fields, name)) fields.emplace_back(name, value);
    }
    Navigation nav;
    nav.method = form->method == "POST" ? "POST" : "GET";
    nav.url = http::resolve_url(*br.location, form->action).value_or(*br.location);
    nav.initiator = *br.location;
    nav.follow_redirects = s.follow_redirects;
    if (nav.method == "POST") {
      nav.body = http::form_encode(fields);
    } else {
      nav.url.query = http::form_encode(fields);
    }
    navigate(b, std::move(nav), source, s.action);
  }

  void follow(int b, const scenario::Step& s, const scenario::Step* source) {
    const BrowserState& br = *w.browsers_[static_cast<std::size_t>(b)];
    const page::Link* link = nullptr;
    for (const page::Link& l : br.page().links) {
      if (l.text == s.link || l.href == s.link) {
        link = &l;
        break;
      }
    }
    std::optional<http::Url> url = link && br.location ? http::resolve_url(*br.location, link->href) : std::nullopt;
    if (!url) {
      push_plain(b, source, s.action, explain_no_link(s.link));
      return;
    }
    Navigation nav;
    nav.url = std::move(*url);
    nav.initiator = *br.location;
    nav.follow_redirects = s.follow_redirects;
    navigate(b, std::move(nav), source, s.action);
  }

  void wait(const scenario::Step& s, const scenario::Step* source) {
    w.now_ += s.duration;
    // RFC 6265 5.3: expired cookies are evicted whenever they exist, so the jars
    // shown after the wait no longer hold them.
    std::vector<std::pair<std::string, cookie::Cookie>> gone;
    for (std::size_t b = 0; b < w.browsers_.size(); ++b) {
      bool any = false;
      for (const cookie::Cookie& c : w.browsers_[b]->jar.all()) any = any || c.expired(w.now_);
      if (!any) continue;
      for (cookie::Cookie& c : edit_browser(static_cast<int>(b)).jar.remove_expired(w.now_))
        gone.emplace_back(w.browsers_[b]->name, std::move(c));
    }
    const int b = s.browser.empty() ? 0 : std::max(0, w.browser_index(s.browser));
    push_plain(b, source, s.action, explain_wait(s.duration, gone));
  }
};

const http::Url* World::step_url(std::string_view text) {
  const std::optional<http::Url>& url = step_urls_.get({text}, [&] { return http::parse_url(text).url; });
  return url ? &*url : nullptr;
}

World::Recent::AtUrl& World::Recent::at_url(const http::Url& url, TextPool& pool) {
  const std::hash<std::string_view> h;
  const std::size_t hash = h(url.path) ^ (h(url.query) * 31) ^ (h(url.host) * 961) ^ static_cast<std::size_t>(url.port);
  for (AtUrl& a : at)
    if (a.hash == hash && *a.url == url) return a;
  // A few addresses: a browser mostly walks among a handful of pages.
  if (at.size() == 8) at.erase(at.begin());
  AtUrl& a = at.emplace_back();
  a.hash = hash;
  a.url = pool.intern(url);
  return a;
}

void World::take_session_changes(Timeline::Delta& delta) {
  for (std::size_t s = 0; s < servers_.size(); ++s) {
    server::Server& srv = *servers_[s];
    for (auto& [key, row] : srv.take_session_changes())
      delta.sessions.emplace_back(static_cast<int>(s), std::move(key),
                                  row ? std::make_shared<const server::SessionRow>(std::move(*row)) : nullptr);
  }
}

World::World(scenario::Scenario scenario, WorldOptions options)
    : scenario_(std::move(scenario)), options_(std::move(options)), ids_(scenario_.seed), now_(scenario_.start) {
  for (std::size_t i = 0; i < scenario_.servers.size(); ++i) {
    server::ServerSpec spec = scenario_.servers[i];
    // Several servers may share one database file: the first keeps Django's table
    // names, the others get their name in front.
    if (i > 0 && spec.table_prefix.empty() && !options_.db_path.empty()) spec.table_prefix = spec.name + "_";
    servers_.push_back(std::make_unique<server::Server>(std::move(spec), &ids_, options_.db_path));
  }
  for (const scenario::BrowserSpec& b : scenario_.browsers) {
    auto state = std::make_shared<BrowserState>();
    state->name = b.name;
    state->jar = cookie::CookieJar(b.policy);
    browser_by_name_.emplace(b.name, static_cast<int>(browsers_.size()));
    browsers_.push_back(std::move(state));
  }
  recent_.resize(browsers_.size());
  for (auto& s : servers_) s->take_session_changes();
  timeline_.reset(live_snapshot());
}

World::~World() = default;

Snapshot World::live_snapshot() const {
  Snapshot s;
  s.now = now_;
  s.ids = ids_.state();
  s.browsers = browsers_;
  for (const auto& srv : servers_) s.servers.push_back(session_table_of(*srv));
  return s;
}

std::size_t World::execute(const scenario::Step& s, int scenario_step) {
  Runner runner(*this);
  runner.run(s, &s);
  if (runner.steps.empty()) return 0;
  for (Step& st : runner.steps) st.scenario_step = scenario_step;
  // The checks speak of the state after the whole step, so they sit on its last timeline step.
  runner.steps.back().checks = evaluate_expectations(*this, s, runner.steps, runner.last_decisions);
  const std::size_t n = runner.steps.size();
  for (std::size_t i = 0; i < n; ++i) timeline_.push(std::move(runner.steps[i]), std::move(runner.deltas[i]));
  return n;
}

std::size_t World::run_step(std::size_t i) {
  if (i >= scenario_.steps.size()) return 0;
  const std::size_t n = execute(scenario_.steps[i], static_cast<int>(i));
  next_step_ = i + 1;
  return n;
}

void World::run_all() {
  while (!finished()) run_step(next_step_);
}

std::size_t World::perform(const scenario::Step& step) {
  // The timeline points at a step's question, so a step that has one is kept.
  if (!step.question) return execute(step, -1);
  interactive_.push_back(std::make_unique<scenario::Step>(step));
  return execute(*interactive_.back(), -1);
}

void World::rewind(std::size_t size) {
  timeline_.truncate(size);
  const Snapshot s = size == 0 ? timeline_.initial() : timeline_.snapshot(size - 1);
  now_ = s.now;
  ids_.restore(s.ids);
  browsers_ = s.browsers;
  for (std::size_t i = 0; i < servers_.size(); ++i) {
    std::vector<server::SessionRow> rows;
    for (const auto& [key, row] : s.servers[i]) rows.push_back(*row);
    servers_[i]->restore_sessions(rows);
    servers_[i]->take_session_changes();
  }
  // The scenario continues after the last scenario step still on the timeline.
  next_step_ = 0;
  for (const Step& st : timeline_.steps())
    if (st.scenario_step >= 0) next_step_ = static_cast<std::size_t>(st.scenario_step) + 1;
}

const BrowserState& World::browser(int i) const { return *browsers_[static_cast<std::size_t>(i)]; }

int World::browser_index(std::string_view name) const {
  auto it = browser_by_name_.find(std::string(name));
  return it == browser_by_name_.end() ? -1 : it->second;
}

int World::server_index(std::string_view name) const {
  for (std::size_t i = 0; i < servers_.size(); ++i)
    if (servers_[i]->spec().name == name) return static_cast<int>(i);
  return -1;
}

int World::server_for_host(std::string_view host) const {
  for (std::size_t i = 0; i < servers_.size(); ++i)
    if (servers_[i]->serves(host)) return static_cast<int>(i);
  return -1;
}

server::Server& World::server(int i) { return *servers_[static_cast<std::size_t>(i)]; }
const server::Server& World::server(int i) const { return *servers_[static_cast<std::size_t>(i)]; }

}  // namespace cl::sim
