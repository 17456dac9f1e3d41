#include "sim/world.h"

#include <algorithm>
#include "browser/controls.h"
#include "browser/fetch.h"
#include "browser/follow_link.h"
#include "browser/form_submission.h"
#include "browser/navigate.h"
#include "http/form.h"
#include "http/message.h"
#include "sim/change_apply.h"
#include "sim/checks.h"
#include "sim/explain.h"
#include "scenario/names.h"

namespace cl::sim {

namespace {

// Each exchange takes a little simulated time, so creation and last-access times
// differ from step to step and the order of the Cookie header is visible.
constexpr TimeMs kExchangeTime = 1 * kSecond;

// One more line of a plain step's explanation.
void append(Bilingual& to, const Bilingual& line) {
  if (line.empty()) return;
  if (!to.en.empty()) to.en += "\n";
  if (!to.ko.empty()) to.ko += "\n";
  to.en += line.en;
  to.ko += line.ko;
}

}  // namespace

// A scenario step run. The browser module does what a browser does, with this Runner
// as its agent::Network; the Runner routes each request to the server of its host
// and records every exchange, and every other action, as a timeline step (a scenario
// step becomes one or more, pushed at the end by execute()).
struct World::Runner final : agent::Network {
  Runner(World& world, const scenario::Step& step) : w(world), store(world.timeline_.store()), source(&step) {
    const int b = step.browser.empty() ? 0 : w.browser_index(step.browser);
    acting = b < 0 ? 0 : b;
  }
  World& w;
  ExchangeStore& store;
  const scenario::Step* source;  // its words and question go on the first timeline step
  int acting = 0;                // the browser the step names (the first when none)
  std::vector<Step> steps;       // timeline steps of the current action, pushed at the end
  std::vector<Timeline::Delta> deltas;
  std::vector<int> changed_browsers;
  std::vector<SetCookieReport> last_decisions;  // hand-set cookies, for expectations

  BrowserState& edit_browser(int b) {
    // Copy-on-write: the timeline still shares the old state.
    auto copy = std::make_shared<BrowserState>(*w.browsers_[static_cast<std::size_t>(b)]);
    w.browsers_[static_cast<std::size_t>(b)] = copy;
    changed_browsers.push_back(b);
    return *copy;
  }

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

  // A timeline step of this action; the first one carries the scenario step's
  // words (pooled: a lesson replayed or rewound says the same again) and question.
  Step begin_step(int b) {
    Step step;
    step.action = source->action;
    step.browser = b;
    if (steps.empty()) {
      if (!source->say.empty()) step.narration = store.texts().intern(source->say);
      if (source->question) step.question = &*source->question;
    }
    return step;
  }

  void push_plain(int b, Bilingual explanation) {
    Step step = begin_step(b);
    step.explanation = std::move(explanation);
    record(std::move(step));
  }

  // ---- agent::Network: the exchange under way ----

  BrowserState* editing = nullptr;  // the acting browser's own copy for it
  std::optional<Exchange> pending;  // what the timeline keeps of it
  http::Response response;          // as the server sent it; the browser reads its fields

  TimeMs now() const override { return w.now_; }

  BrowserState& state() override {
    if (!editing) editing = &edit_browser(acting);
    return *editing;
  }

  agent::Incoming send(agent::Outgoing out) override {
    const agent::Navigation& nav = out.nav;
    Exchange& ex = pending.emplace();
    ex.browser = acting;
    ex.method = nav.method;
    ex.redirect_follow = out.redirect_follow;
    ex.time = w.now_;
    ExchangeStore::Place& here = store.place(acting, nav.url);
    ex.url = here.url();

    http::Request built;  // the request, unless it is the one kept for this address
    const http::Request* request = &built;
    bool malformed = false;
    std::string parse_error;
    Bilingual said;  // what the learner is told of a malformed request
    if (out.raw) {
      ex.request = store.texts().intern(*out.raw);
      auto parsed = http::parse_request(*out.raw);
      if (parsed.ok()) {
        built = std::move(parsed.message);
        ex.method = built.method;
      } else {
        malformed = true;
        parse_error = "line " + std::to_string(parsed.error.line) + ", column " + std::to_string(parsed.error.column) +
                      ": " + parsed.error.message;
        // The body quotes the parser in English, as a real server's would; the learner is
        // told where and what in their own language too.
        const std::string line = std::to_string(parsed.error.line), column = std::to_string(parsed.error.column);
        said = {"The request cannot be read at line " + line + ", column " + column + ": " + parsed.error.problem.en() +
                    ".",
                line + "행 " + column + "열에서 요청을 읽을 수 없습니다: " + parsed.error.problem.ko() + "."};
      }
    } else {
      if (!out.cookies.sent.empty()) ex.cookies.list = store.sent_cookies(acting, std::move(out.cookies.sent));
      ex.cookies.excluded = std::move(out.cookies.excluded);
      ex.cookies.excluded.shrink_to_fit();  // kept for the whole timeline
      request = &store.request(here, out, ex.cookies.list, built);
      ex.request = here.request_text();
    }

    // Whoever serves the host answers.
    ex.server = w.server_for_host(nav.url.host);
    if (malformed) {
      // RFC 9112: a server that receives a malformed request answers 400.
      response = http::Response{};
      response.status = 400;
      response.reason = std::string(http::reason_phrase(400));
      response.body = "Bad Request: " + parse_error + "\n";
      response.headers.add("Content-Type", "text/plain; charset=utf-8");
      response.headers.add("Content-Length", std::to_string(response.body.size()));
      response.headers.add("Connection", "close");
      ex.events = store.texts().intern(std::vector<std::string>{"bad-request"});
      ex.route = "400";
      ex.server_said = store.server_said(here, said);
    } else if (ex.server < 0) {
      response = http::Response{};
      ex.events = store.texts().intern(std::vector<std::string>{"no-server"});
      ex.route = "";
    } else {
      server::Handling h = w.servers_[static_cast<std::size_t>(ex.server)]->handle(*request, nav.url, w.now_);
      response = std::move(h.response);
      ex.route = std::move(h.route);
      ex.user = std::move(h.user);
      ex.events = store.events(here, std::move(h.events));
      ex.server_said = store.server_said(here, h.explanation);
    }

    bool may_embed_images = false;
    if (ex.server >= 0 || malformed) {
      ex.status = response.status;
      // serialize() ends the head with the blank line and appends the body as is.
      const std::string body = std::move(response.body);
      response.body.clear();
      ex.head = store.head(here, http::serialize(response));
      ex.response_body = store.body(here, body);
      may_embed_images = here.body_may_embed_images();
    }
    return {ex.status, &response.headers, ex.response_body, may_embed_images, ex.url};
  }

  void set_cookie_decided(std::string_view line, cookie::SetDecision decision) override {
    pending->set_cookies.push_back(SetCookieReport::kept(line, std::move(decision)));
  }

  void received() override {
    w.now_ += kExchangeTime;
    editing = nullptr;
    Step step = begin_step(acting);
    step.exchange = std::move(pending);
    pending.reset();
    record(std::move(step));
  }

  agent::Settings settings() const {
    const scenario::BrowserSpec& spec = w.scenario_.browsers[static_cast<std::size_t>(acting)];
    const std::string_view language = !spec.language.empty()        ? std::string_view(spec.language)
                                      : w.options_.lang == Lang::Ko ? "ko"
                                                                    : "";
    const bool block =
        w.browsers_[static_cast<std::size_t>(acting)]->block_third_party.value_or(spec.block_third_party);
    // (browser_language() reads the same choice)
    return {spec.user_agent, block, w.options_.explain, agent::accept_language_for(language)};
  }

  // ---- the actions ----

  void navigate(agent::Navigation nav) {
    nav.follow_redirects = source->follow_redirects;
    agent::navigate(*this, settings(), std::move(nav));
  }

  void run() {
    const scenario::Step& s = *source;
    const int b = acting;
    switch (s.action) {
      case scenario::Action::Visit: {
        agent::Navigation nav;
        if (const http::Url* u = store.step_url(s.url)) nav.url = *u;
        navigate(std::move(nav));
        break;
      }
      case scenario::Action::Submit: {
        std::optional<agent::Navigation> nav = agent::submit_form(w.browser(b), s.form, s.fields);
        if (nav) navigate(std::move(*nav));
        else push_plain(b, explain_no_form(s.form));
        break;
      }
      case scenario::Action::Follow: {
        std::optional<agent::Navigation> nav = agent::follow_link(w.browser(b), s.link);
        if (nav) navigate(std::move(*nav));
        else push_plain(b, explain_no_link(s.link));
        break;
      }
      case scenario::Action::Post: {
        agent::Navigation nav;
        nav.method = "POST";
        if (const http::Url* u = store.step_url(s.url)) nav.url = *u;
        if (!s.from.empty())
          if (const http::Url* from = store.step_url(s.from)) nav.initiator = *from;
        nav.body = http::form_encode(s.fields);
        navigate(std::move(nav));
        break;
      }
      case scenario::Action::Wait: wait(); break;
      case scenario::Action::Close: {
        const std::vector<cookie::Cookie> gone = agent::close(edit_browser(b));
        push_plain(b, explain_close(gone));
        break;
      }
      case scenario::Action::Reopen: {
        BrowserState& br = edit_browser(b);
        agent::reopen(br);
        push_plain(b, explain_reopen(br.jar.size()));
        break;
      }
      case scenario::Action::ClearCookies: {
        const std::size_t n = agent::clear_cookies(edit_browser(b));
        push_plain(b, explain_clear(n));
        break;
      }
      case scenario::Action::SetCookie:
      case scenario::Action::ScriptCookie: {
        BrowserState& br = edit_browser(b);
        const http::Url* u = store.step_url(s.url);
        const bool from_script = s.action == scenario::Action::ScriptCookie;
        cookie::SetDecision d = agent::set_cookie(br, u ? *u : http::Url{}, s.cookie, from_script, w.now_);
        last_decisions.push_back({s.cookie, d});
        push_plain(b, explain_manual_set(s.cookie, d, from_script));
        break;
      }
      case scenario::Action::DeleteCookie: {
        const int removed = agent::delete_cookies(edit_browser(b), s.name, s.domain, s.path);
        push_plain(b, explain_delete_cookie(s.name, removed));
        break;
      }
      case scenario::Action::CopyCookie: {
        const int from = w.browser_index(s.from_browser);
        int copied = 0;
        if (from >= 0) {
          const std::shared_ptr<const BrowserState> theirs = w.browsers_[static_cast<std::size_t>(from)];
          copied = agent::copy_cookies(*theirs, edit_browser(b), s.name, w.now_);
        }
        push_plain(b,
                   explain_copy_cookie(
                       s.name, from >= 0 ? w.browser_names(from) : Bilingual{s.from_browser, s.from_browser}, copied));
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
        push_plain(b, explain_delete_sessions(s.user.empty()
                                                  ? Bilingual{}
                                                  : Bilingual{scenario::user_shown(w.scenario_, -1, s.user, Lang::En),
                                                              scenario::user_shown(w.scenario_, -1, s.user, Lang::Ko)},
                                              n));
        break;
      }
      case scenario::Action::Raw: {
        agent::Navigation nav;
        if (const http::Url* u = store.step_url(s.url)) nav.url = *u;
        agent::fetch_raw(*this, settings(), nav, s.request);
        break;
      }
      case scenario::Action::Change: change(); break;
      case scenario::Action::Count: break;
    }
  }

  // What-if changes (scenario/change.h), one timeline step for all of them.
  void change() {
    Bilingual said;
    for (const scenario::Change& c : source->changes) {
      using K = scenario::Change::Kind;
      const int b = c.browser.empty() ? acting : w.browser_index(c.browser);
      const std::string name = b >= 0 ? w.browsers_[static_cast<std::size_t>(b)]->name : c.browser;
      const Bilingual what = describe_change(c, name);
      append(said, {"What if: " + what.en + ".", "만약에: " + what.ko + "."});
      if (c.kind == K::Server) {
        const int srv = w.server_for_change(c.server);
        if (srv < 0) {
          append(said, {"No server is called " + c.server + ": nothing changes.",
                        c.server + " 서버가 없어 아무것도 바뀌지 않습니다."});
          continue;
        }
        server::Server& server = *w.servers_[static_cast<std::size_t>(srv)];
        server::ServerOverrides o = server.overrides();
        o.merge(server_overrides(c));
        server.set_overrides(o);
        continue;
      }
      if (c.kind == K::Wait) {
        append(said, pass_time(c.duration));
        continue;
      }
      if (b < 0) {
        append(said, {"No browser is called " + c.browser + ": nothing changes.",
                      c.browser + " 브라우저가 없어 아무것도 바뀌지 않습니다."});
        continue;
      }
      switch (c.kind) {
        case K::Cookie:
        case K::DeleteCookie:
          if (!jar_has(*w.browsers_[static_cast<std::size_t>(b)], c))
            append(said, {"The jar holds no cookie " + c.name + ": nothing changes.",
                          "쿠키 저장소에 " + c.name + " 쿠키가 없어 아무것도 바뀌지 않습니다."});
          else apply_cookie_change(edit_browser(b), c, w.now_);
          break;
        case K::Browser: apply_browser_change(edit_browser(b), c); break;
        case K::CloseReopen: {
          BrowserState& br = edit_browser(b);
          append(said, explain_close(agent::close(br)));
          agent::reopen(br);
          append(said, explain_reopen(br.jar.size()));
          break;
        }
        default: break;
      }
    }
    push_plain(acting, said);
  }

  // The clock moves on; RFC 6265 5.3: expired cookies are evicted whenever they
  // exist, so the jars shown after the wait no longer hold them.
  Bilingual pass_time(TimeMs duration) {
    w.now_ += duration;
    std::vector<std::pair<Bilingual, cookie::Cookie>> gone;
    for (std::size_t b = 0; b < w.browsers_.size(); ++b) {
      if (!agent::holds_expired_cookies(*w.browsers_[b], w.now_)) continue;
      for (cookie::Cookie& c : edit_browser(static_cast<int>(b)).jar.remove_expired(w.now_))
        gone.emplace_back(w.browser_names(static_cast<int>(b)), std::move(c));
    }
    return explain_wait(duration, gone);
  }

  void wait() { push_plain(acting, pass_time(source->duration)); }
};

void World::take_session_changes(Timeline::Delta& delta) {
  for (std::size_t s = 0; s < servers_.size(); ++s) {
    server::Server& srv = *servers_[s];
    for (auto& [key, row] : srv.take_session_changes())
      delta.sessions.emplace_back(static_cast<int>(s), std::move(key),
                                  row ? std::make_shared<const server::SessionRow>(std::move(*row)) : nullptr);
    for (server::UserRow& row : srv.take_user_changes())
      delta.users.emplace_back(static_cast<int>(s), std::make_shared<const server::UserRow>(std::move(row)));
  }
}

World::World(scenario::Scenario scenario, WorldOptions options)
    : scenario_(std::move(scenario)), options_(std::move(options)), ids_(scenario_.seed), now_(scenario_.start) {
  for (std::size_t i = 0; i < scenario_.servers.size(); ++i) {
    server::ServerSpec spec = scenario_.servers[i];
    // Several servers may share one database file: the first keeps Django's table
    // names, the others get their name in front.
    if (i > 0 && spec.table_prefix.empty() && !options_.db_path.empty()) spec.table_prefix = spec.name + "_";
    spec.users_joined = scenario_.start;  // createsuperuser was run as the lesson began
    servers_.push_back(std::make_unique<server::Server>(std::move(spec), &ids_, options_.db_path));
  }
  for (const scenario::BrowserSpec& b : scenario_.browsers) {
    auto state = std::make_shared<BrowserState>();
    state->name = b.name;
    state->jar = cookie::CookieJar(b.policy);
    browser_by_name_.emplace(b.name, static_cast<int>(browsers_.size()));
    browsers_.push_back(std::move(state));
  }
  for (auto& s : servers_) {
    s->take_session_changes();
    s->take_user_changes();
  }
  timeline_.reset(live_snapshot());
}

World::World(scenario::Scenario scenario, WorldOptions options, const Snapshot& start, std::size_t next_step)
    : World(std::move(scenario), std::move(options)) {
  resume_step_ = std::min(next_step, scenario_.steps.size());
  restore(start);
  timeline_.reset(start);  // shares the browsers and rows of the run it goes on from
  next_step_ = resume_step_;
}

World::~World() = default;

void World::restore(const Snapshot& s) {
  now_ = s.now;
  ids_.restore(s.ids);
  browsers_ = s.browsers;
  for (std::size_t i = 0; i < servers_.size(); ++i) {
    std::vector<server::SessionRow> rows;
    for (const auto& [key, row] : s.servers[i]) rows.push_back(*row);
    servers_[i]->restore_sessions(rows);
    servers_[i]->take_session_changes();
    std::vector<server::UserRow> users;
    if (i < s.users.size())
      for (const auto& row : s.users[i]) users.push_back(*row);
    servers_[i]->restore_users(users);
  }
  // What-if changes of servers are the server's settings, not state the timeline
  // keeps: they are made again from the change steps run before this state.
  std::vector<server::ServerOverrides> overrides(servers_.size());
  auto apply = [&](const scenario::Step& st) {
    if (st.action != scenario::Action::Change) return;
    for (const scenario::Change& c : st.changes) {
      if (c.kind != scenario::Change::Kind::Server) continue;
      const int srv = server_for_change(c.server);
      if (srv >= 0) overrides[static_cast<std::size_t>(srv)].merge(server_overrides(c));
    }
  };
  for (std::size_t i = 0; i < resume_step_; ++i) apply(scenario_.steps[i]);
  auto learner = learner_changes_.begin();
  for (const Step& st : timeline_.steps()) {
    if (st.scenario_step >= 0 && (st.index == 0 || timeline_.step(st.index - 1).scenario_step != st.scenario_step))
      apply(scenario_.steps[static_cast<std::size_t>(st.scenario_step)]);
    // In timeline order, so a later change of the same setting wins as it did.
    for (; learner != learner_changes_.end() && learner->first == st.index; ++learner) apply(*learner->second);
  }
  for (std::size_t i = 0; i < servers_.size(); ++i)
    if (overrides[i].any() || servers_[i]->overrides().any()) servers_[i]->set_overrides(overrides[i]);
}

int World::server_for_change(std::string_view name) const {
  if (const int i = server_index(name); i >= 0) return i;
  for (std::size_t i = 0; i < servers_.size(); ++i)
    if (server::profile_name(servers_[i]->spec().profile) == name) return static_cast<int>(i);
  return -1;
}

Snapshot World::live_snapshot() const {
  Snapshot s;
  s.now = now_;
  s.ids = ids_.state();
  s.browsers = browsers_;
  for (const auto& srv : servers_) s.servers.push_back(session_table_of(*srv));
  for (const auto& srv : servers_) s.users.push_back(user_table_of(*srv));
  return s;
}

std::size_t World::execute(const scenario::Step& s, int scenario_step) {
  Runner runner(*this, s);
  runner.run();
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
  if (!step.question && step.action != scenario::Action::Change) return execute(step, -1);
  interactive_.push_back(std::make_unique<scenario::Step>(step));
  const std::size_t index = timeline_.size();
  const std::size_t made = execute(*interactive_.back(), -1);
  if (step.action == scenario::Action::Change && timeline_.size() > index)
    learner_changes_.emplace_back(index, interactive_.back().get());
  return made;
}

void World::rewind(std::size_t size) {
  timeline_.truncate(size);
  std::erase_if(learner_changes_, [size](const auto& c) { return c.first >= size; });
  restore(size == 0 ? timeline_.initial() : timeline_.snapshot(size - 1));
  // The scenario continues after the last scenario step still on the timeline.
  next_step_ = resume_step_;
  for (const Step& st : timeline_.steps())
    if (st.scenario_step >= 0) next_step_ = static_cast<std::size_t>(st.scenario_step) + 1;
}

const BrowserState& World::browser(int i) const { return *browsers_[static_cast<std::size_t>(i)]; }

Bilingual World::browser_names(int i) const {
  return {scenario::browser_shown(scenario_, i, Lang::En), scenario::browser_shown(scenario_, i, Lang::Ko)};
}

Lang World::browser_language(int i) const {
  if (i < 0 || static_cast<std::size_t>(i) >= scenario_.browsers.size()) return options_.lang;
  const std::string& own = scenario_.browsers[static_cast<std::size_t>(i)].language;
  if (own.empty()) return options_.lang;
  return own == "ko" ? Lang::Ko : Lang::En;
}

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
