// The simulated world: a login walk-through run in code, stepping back and forward,
// rewinding to take another path, and two browsers told apart by their cookies.
#include <catch2/catch.hpp>
#include "sim/checks.h"
#include "sim/explain.h"
#include "sim/world.h"

using namespace cl;

namespace {

scenario::Step step(scenario::Action a, std::string browser, std::string url = "") {
  scenario::Step s;
  s.action = a;
  s.browser = std::move(browser);
  s.url = std::move(url);
  return s;
}

scenario::Scenario login_scenario() {
  scenario::Scenario sc;
  sc.path = "<test>";
  sc.title = {"Login", "로그인"};
  sc.start = *parse_iso8601("2026-03-02T09:00:00Z");
  sc.seed = 42;
  server::ServerSpec shop;
  shop.name = "shop";
  shop.hosts = {"shop.example"};
  shop.profile = server::Profile::Django;
  shop.password_iterations = 1000;
  shop.users = {{"alice", "wonderland", "", false, {}}, {"bob", "builder", "", false, {}}};
  sc.servers.push_back(shop);
  for (const char* name : {"alice", "bob"}) {
    scenario::BrowserSpec b;
    b.name = name;
    b.user_agent = std::string("Test/1.0 (") + name + ")";
    sc.browsers.push_back(b);
  }
  for (const char* who : {"alice", "bob"}) {
    sc.steps.push_back(step(scenario::Action::Visit, who, "http://shop.example/accounts/login/"));
    scenario::Step submit = step(scenario::Action::Submit, who);
    submit.fields = {{"username", who}, {"password", std::string(who) == "alice" ? "wonderland" : "builder"}};
    submit.expect.logged_in = who;
    submit.expect.status = 302;
    submit.expect.stored = {"sessionid"};
    sc.steps.push_back(submit);
  }
  scenario::Step profile = step(scenario::Action::Visit, "alice", "http://shop.example/accounts/profile/");
  profile.expect.sent = {"sessionid"};
  profile.expect.status = 200;
  profile.expect.sessions = 2;
  sc.steps.push_back(profile);
  sc.steps.push_back(step(scenario::Action::Close, "alice"));
  scenario::Step again = step(scenario::Action::Visit, "alice", "http://shop.example/accounts/profile/");
  again.expect.status = 200;  // Django's sessionid has Max-Age: it outlives the browser
  again.expect.logged_in = "alice";
  sc.steps.push_back(again);
  scenario::Step later = step(scenario::Action::Wait, "alice");
  later.duration = 15 * kDay;
  sc.steps.push_back(later);
  scenario::Step expired = step(scenario::Action::Visit, "alice", "http://shop.example/accounts/profile/");
  expired.expect.not_sent = {"sessionid"};
  expired.expect.status = 302;
  expired.expect.logged_in = "";
  sc.steps.push_back(expired);
  return sc;
}

std::vector<std::string> failures(const sim::World& w) {
  std::vector<std::string> out;
  for (const sim::Step& s : w.timeline().steps())
    for (const sim::ExpectationResult& c : s.checks)
      if (!c.passed)
        out.push_back("step " + std::to_string(s.scenario_step + 1) + " " + c.what + ": expected " + c.expected +
                      ", saw " + c.seen);
  return out;
}

// A stateless server at `host`, for the scripted pages a test needs (its routes are
// added by the test), without the login server's machinery.
server::ServerSpec page_server(const std::string& name, const std::string& host) {
  server::ServerSpec site;
  site.name = name;
  site.hosts = {host};
  site.profile = server::Profile::Stateless;
  return site;
}

std::string jar_text(const sim::BrowserState& b) {
  std::string out;
  for (const cookie::Cookie& c : b.jar.all()) out += c.name + "=" + c.value + "@" + c.domain + c.path + ";";
  return out;
}

}  // namespace

TEST_CASE("a login walk-through meets every expectation", "[world]") {
  sim::World w(login_scenario());
  w.run_all();
  REQUIRE(w.finished());
  CHECK(failures(w).empty());
  for (const std::string& f : failures(w)) WARN(f);
  // A submit is two exchanges: the POST and the redirect the browser follows by itself.
  std::size_t exchanges = 0, redirects = 0;
  for (const sim::Step& s : w.timeline().steps()) {
    exchanges += s.exchange ? 1 : 0;
    redirects += s.exchange && s.exchange->redirect_follow ? 1 : 0;
  }
  CHECK(redirects >= 2);
  CHECK(exchanges > w.scenario().steps.size() - 3);
}

TEST_CASE("the server tells two browsers apart by their cookies alone", "[world]") {
  sim::World w(login_scenario());
  for (int i = 0; i < 4; ++i) w.run_step(static_cast<std::size_t>(i));
  CHECK(sim::logged_in_as(w, 0, 0) == "alice");
  CHECK(sim::logged_in_as(w, 1, 0) == "bob");
  CHECK(w.server(0).sessions().size() == 2);
  CHECK(jar_text(w.browser(0)) != jar_text(w.browser(1)));
}

TEST_CASE("stepping back shows exactly the earlier state", "[world]") {
  sim::World w(login_scenario());
  std::vector<std::string> jars_live, sessions_live;
  for (std::size_t i = 0; i < w.scenario().steps.size(); ++i) {
    w.run_step(i);
    jars_live.push_back(jar_text(w.browser(0)) + "|" + jar_text(w.browser(1)));
    sessions_live.push_back(std::to_string(w.server(0).sessions().size()));
  }
  // Walk the timeline backwards: each scenario step's last timeline step holds the live state seen then.
  std::vector<std::size_t> last_of(w.scenario().steps.size());
  for (const sim::Step& s : w.timeline().steps()) last_of[static_cast<std::size_t>(s.scenario_step)] = s.index;
  for (std::size_t i = w.scenario().steps.size(); i-- > 0;) {
    const sim::Snapshot snap = w.timeline().snapshot(last_of[i]);
    CHECK(jar_text(*snap.browsers[0]) + "|" + jar_text(*snap.browsers[1]) == jars_live[i]);
    CHECK(std::to_string(snap.servers[0].size()) == sessions_live[i]);
  }
}

TEST_CASE("rewinding and running again gives the same future, byte for byte", "[world]") {
  sim::World w(login_scenario());
  w.run_all();
  const sim::Timeline before = w.timeline();
  const std::size_t keep = 3;
  w.rewind(keep);
  REQUIRE(w.timeline().size() == keep);
  REQUIRE(w.next_scenario_step() == static_cast<std::size_t>(before.step(keep - 1).scenario_step) + 1);
  w.run_all();
  REQUIRE(w.timeline().size() == before.size());
  for (std::size_t i = 0; i < before.size(); ++i) {
    INFO("timeline step " << i);
    REQUIRE(before.step(i).exchange.has_value() == w.timeline().step(i).exchange.has_value());
    if (before.step(i).exchange) {
      CHECK(before.step(i).exchange->request_text() == w.timeline().step(i).exchange->request_text());
      CHECK(before.step(i).exchange->response_text() == w.timeline().step(i).exchange->response_text());
    }
    CHECK(jar_text(*before.snapshot(i).browsers[0]) == jar_text(*w.timeline().snapshot(i).browsers[0]));
  }
}

TEST_CASE("a learner's own action after rewinding takes another path", "[world]") {
  sim::World w(login_scenario());
  w.run_all();
  w.rewind(1);  // alice has only seen the login form
  scenario::Step wrong = step(scenario::Action::Submit, "alice");
  wrong.fields = {{"username", "alice"}, {"password", "not-her-password"}};
  REQUIRE(w.perform(wrong) >= 1);
  const sim::Step& last = w.timeline().step(w.timeline().size() - 1);
  REQUIRE(last.exchange);
  CHECK(last.exchange->status == 200);  // the form again, with an error
  CHECK(last.scenario_step == -1);
  CHECK(w.server(0).sessions().empty());
  CHECK(sim::logged_in_as(w, 0, 0).empty());
}

TEST_CASE("a cookie copied to another browser is all the server needs (hijacking)", "[world]") {
  scenario::Scenario sc = login_scenario();
  sc.steps.resize(2);  // alice logs in
  scenario::Step steal = step(scenario::Action::CopyCookie, "bob");
  steal.from_browser = "alice";
  steal.name = "sessionid";
  sc.steps.push_back(steal);
  scenario::Step use = step(scenario::Action::Visit, "bob", "http://shop.example/accounts/profile/");
  use.expect.status = 200;
  use.expect.logged_in = "alice";
  use.expect.sent = {"sessionid"};
  sc.steps.push_back(use);
  sim::World w(sc);
  w.run_all();
  CHECK(failures(w).empty());
  for (const std::string& f : failures(w)) WARN(f);
}

TEST_CASE("each exchange keeps its own bytes when the same browser saw others at that address", "[world]") {
  // The world compares an exchange's texts with what the browser last sent and got
  // at the same address before it searches its pool: a changed page must not be
  // recorded as the earlier one.
  scenario::Scenario sc = login_scenario();
  sc.steps.clear();
  const std::string home = "http://shop.example/";
  sc.steps.push_back(step(scenario::Action::Visit, "alice", home));
  sc.steps.push_back(step(scenario::Action::Visit, "alice", "http://shop.example/theme/?name=dark"));  // and back home
  sc.steps.push_back(step(scenario::Action::Visit, "alice", home));
  sc.steps.push_back(step(scenario::Action::Visit, "bob", home));
  sim::World w(sc);
  w.run_all();
  std::vector<const sim::Exchange*> at_home;
  for (const sim::Step& s : w.timeline().steps())
    if (s.exchange && s.exchange->url->to_string() == home) at_home.push_back(&*s.exchange);
  REQUIRE(at_home.size() == 4);  // alice's first visit, the theme's redirect, her visit again, bob's
  const auto body = [](const sim::Exchange* e) { return *e->response_body; };
  CHECK(body(at_home[0]).find("Theme: light") != std::string::npos);
  CHECK(body(at_home[1]).find("Theme: dark") != std::string::npos);
  CHECK(body(at_home[2]) == body(at_home[1]));
  CHECK(at_home[2]->response_body.get() == at_home[1]->response_body.get());  // kept once
  CHECK(body(at_home[3]) == body(at_home[0]));
  // The requests differ by the theme cookie alone, and each carries its own.
  CHECK(at_home[0]->request_text().find("theme=dark") == std::string::npos);
  CHECK(at_home[2]->request_text().find("theme=dark") != std::string::npos);
  CHECK(at_home[1]->server_said == at_home[2]->server_said);
  CHECK(at_home[3]->request_text().find("(bob)") != std::string::npos);
}

TEST_CASE("a page with an image makes the browser fetch it every time it is shown", "[world]") {
  // The world looks for <img> once per page a browser gets at an address, and
  // remembers the answer while the same page comes back there.
  scenario::Scenario sc = login_scenario();
  sc.steps.clear();
  server::ServerSpec news = page_server("news", "news.example");
  news.routes.push_back(
      {"*", "/pixel/", 200, {{"Content-Type", "text/html"}}, "<p>news <img src=\"http://track.example/p.gif\"></p>"});
  news.routes.push_back({"*", "/plain/", 200, {{"Content-Type", "text/html"}}, "<p>no image, not even <i>one</i></p>"});
  sc.servers = {news, page_server("track", "track.example")};
  for (const char* url : {"http://news.example/pixel/", "http://news.example/plain/", "http://news.example/pixel/",
                          "http://news.example/pixel/", "http://news.example/plain/"})
    sc.steps.push_back(step(scenario::Action::Visit, "alice", url));
  sim::World w(sc);
  w.run_all();
  std::string seen;
  for (const sim::Step& s : w.timeline().steps())
    if (s.exchange) seen += s.exchange->url->host.substr(0, 5) + s.exchange->url->path + " ";
  CHECK(seen ==
        "news./pixel/ track/p.gif news./plain/ news./pixel/ track/p.gif news./pixel/ track/p.gif news./plain/ ");
}

TEST_CASE("following a link or submitting a form the page lacks fails as a check", "[world]") {
  scenario::Scenario sc = login_scenario();
  sc.steps.clear();
  sc.steps.push_back(step(scenario::Action::Visit, "alice", "http://shop.example/"));
  scenario::Step follow = step(scenario::Action::Follow, "alice");
  follow.link = "로그인";  // the page says "Log in"
  sc.steps.push_back(follow);
  scenario::Step submit = step(scenario::Action::Submit, "alice");  // the home page has no form
  sc.steps.push_back(submit);
  scenario::Step good = step(scenario::Action::Follow, "alice");
  good.link = "Log in";
  sc.steps.push_back(good);
  sim::World w(sc);
  w.run_all();
  const std::vector<std::string> f = failures(w);
  REQUIRE(f.size() == 2);
  CHECK(f[0].rfind("step 2 link: expected 로그인, saw Log in, ", 0) == 0);
  CHECK(f[1] == "step 3 form: expected , saw ");
  CHECK(sim::describe_check(w.timeline().steps()[1].checks[0]).ko() == "페이지에 \"로그인\" 링크가 있음");
}

TEST_CASE("a form the page lacks: the check and the step say so in Korean, a form without action is (이 페이지)",
          "[world]") {
  scenario::Scenario sc = login_scenario();
  sc.servers.clear();
  server::ServerSpec site = page_server("site", "site.example");
  site.routes.push_back({"*",
                         "/forms/",
                         200,
                         {{"Content-Type", "text/html"}},
                         "<form method=\"post\"><input name=\"a\"></form>"
                         "<form action=\"/search/\"><input name=\"q\"></form>"});
  sc.servers.push_back(site);
  sc.steps.clear();
  sc.steps.push_back(step(scenario::Action::Visit, "alice", "http://site.example/forms/"));
  scenario::Step submit = step(scenario::Action::Submit, "alice");
  submit.form = "/nope/";
  sc.steps.push_back(submit);
  sim::World w(sc);
  w.run_all();
  const sim::Step& last = w.timeline().steps().back();
  CHECK(sim::explain(sc, last).ko == "지금 페이지에 action이 \"/nope/\"인 폼이 없어 아무것도 보내지 않습니다.");
  REQUIRE(last.checks.size() == 1);
  const sim::ExpectationResult& c = last.checks[0];
  CHECK_FALSE(c.passed);
  CHECK(c.what == "form");
  CHECK(c.seen == "(this page), /search/");
  CHECK(sim::describe_seen(c).en() == "(this page), /search/");
  CHECK(sim::describe_seen(c).ko() == "(이 페이지), /search/");
  CHECK(sim::describe_check(c).en() == "a form for /nope/ on the page");
  CHECK(sim::describe_check(c).ko() == "페이지에 action이 \"/nope/\"인 폼이 있음");
}

TEST_CASE("describe_seen translates only the words a form check put in", "[world]") {
  sim::ExpectationResult form{"form", false, "/x/", "/a/, (this page), /b/(this page)", {}};
  CHECK(sim::describe_seen(form).ko() == "/a/, (이 페이지), /b/(this page)");
  sim::ExpectationResult alone{"form", false, "", "(this page)", {}};
  CHECK(sim::describe_seen(alone).ko() == "(이 페이지)");
  sim::ExpectationResult none{"form", false, "", "", {}};
  CHECK(sim::describe_seen(none).ko().empty());
  sim::ExpectationResult link{"link", false, "x", "(this page)", {}};  // a link's text is the page's own words
  CHECK(sim::describe_seen(link).ko() == "(this page)");
}

TEST_CASE("a submit step sends a checkbox as the page has it unless the step ticks or unticks it", "[world]") {
  scenario::Scenario sc = login_scenario();
  server::ServerSpec site = page_server("site", "site.example");
  site.routes.push_back({"*",
                         "/form/",
                         200,
                         {{"Content-Type", "text/html"}},
                         "<form method=\"post\" action=\"/done/\"><input name=\"q\" value=\"x\">"
                         "<input type=\"checkbox\" name=\"keep\" checked>"
                         "<input type=\"checkbox\" name=\"news\" value=\"yes\"></form>"});
  site.routes.push_back({"*", "/done/", 200, {{"Content-Type", "text/html"}}, "<p>done</p>"});
  sc.servers = {site};
  sc.steps.clear();
  auto bodies = [&](std::vector<http::FormFields> typed) {
    sc.steps.clear();
    for (const http::FormFields& f : typed) {
      sc.steps.push_back(step(scenario::Action::Visit, "alice", "http://site.example/form/"));
      scenario::Step submit = step(scenario::Action::Submit, "alice");
      submit.fields = f;
      sc.steps.push_back(submit);
    }
    sim::World w(sc);
    w.run_all();
    std::vector<std::string> out;
    for (const sim::Step& s : w.timeline().steps())
      if (s.exchange && s.exchange->method == "POST") {
        const std::string& text = s.exchange->request_text();
        out.push_back(text.substr(text.find("\r\n\r\n") + 4));
      }
    return out;
  };
  CHECK(bodies({{}, {{"keep", ""}}, {{"news", "yes"}}, {{"keep", ""}, {"news", "please"}}}) ==
        std::vector<std::string>{"q=x&keep=on", "q=x", "q=x&keep=on&news=yes", "q=x&news=please"});
}

TEST_CASE("a malformed raw request is answered 400 and told where, in both languages", "[world]") {
  scenario::Scenario sc = login_scenario();
  sc.steps.clear();
  scenario::Step raw = step(scenario::Action::Raw, "alice", "http://shop.example/");
  raw.request = "GET / HTTP/1.1\r\nHost : shop.example\r\n\r\n";  // a space before the colon (RFC 9112 5.1)
  sc.steps.push_back(raw);
  sim::World w(sc);
  w.run_all();
  REQUIRE(w.timeline().size() == 1);
  const sim::Step& s = w.timeline().steps()[0];
  REQUIRE(s.exchange);
  CHECK(s.exchange->status == 400);
  const Bilingual told = sim::explain(w.scenario(), s);
  CHECK(told.en.find("The request cannot be read at line 2, column") != std::string::npos);
  CHECK(told.ko.find("2행") != std::string::npos);
  CHECK(ko::has_hangul(told.ko.substr(told.ko.find("2행"))));
  // The body is what a server sends: the parser's English words, as before.
  CHECK(s.exchange->response_body->starts_with("Bad Request: line 2, column"));
}
