// World::record_live (src/sim/live.cpp) fed by a LiveServer over the World's own
// servers, as `cookielab FILE --serve` does it, without a socket. (It sits in
// tests/serve: test_sim links cl_sim only, and LiveServer is in cl_serve.)
#include <catch2/catch.hpp>

#include <limits>
#include "http/form.h"
#include "scenario/load.h"
#include "serve/live_server.h"
#include "serve/timeline_exchange.h"
#include "sim/explain.h"
#include "sim/world.h"

using namespace cl;

namespace {

constexpr TimeMs kNow = 1772442000000;  // 2026-03-02T09:00:00Z

std::vector<server::Server*> servers_of(sim::World& world) {
  std::vector<server::Server*> out;
  for (std::size_t i = 0; i < world.scenario().servers.size(); ++i) out.push_back(&world.server(static_cast<int>(i)));
  return out;
}

http::Request get(std::string target, std::string agent = "curl/7.88.1") {
  http::Request r;
  r.target = std::move(target);
  r.headers.add("Host", "shop.example:8080");
  r.headers.add("User-Agent", std::move(agent));
  return r;
}

// What the window does with each new exchange, under the model's lock.
std::size_t record(sim::World& world, serve::LiveServer& live, const serve::LiveExchange& ex) {
  std::lock_guard<std::mutex> lock(live.model_mutex());
  return world.record_live(serve::timeline_exchange(ex), Bilingual{"live " + ex.user_agent, "실시간 " + ex.user_agent});
}

std::string cookie_pair(const std::string& set_cookie) { return set_cookie.substr(0, set_cookie.find(';')); }

}  // namespace

TEST_CASE("record_live appends a real client's exchanges after the lesson", "[sim][serve]") {
  auto loaded = scenario::load_default_lesson();
  REQUIRE(loaded.scenario);
  sim::World world(*loaded.scenario);
  world.run_all();
  const std::size_t lesson_steps = world.timeline().size();
  REQUIRE(lesson_steps > 0);
  const sim::Snapshot before = world.timeline().snapshot(lesson_steps - 1);
  const std::size_t rows_before = before.servers[0].size();

  serve::LiveServer live(servers_of(world), "live");
  const serve::ClientInfo client{"127.0.0.1", 50000};

  // 1. The login page: a csrftoken cookie, no session.
  serve::LiveExchange page = live.answer(get("/accounts/login/"), client, kNow);
  REQUIRE(page.response.status == 200);
  const std::size_t i1 = record(world, live, page);
  CHECK(i1 == lesson_steps);

  // 2. The form posted with its token and cookie: a session row and a sessionid.
  const std::string marker = "name=\"csrfmiddlewaretoken\" value=\"";
  const std::size_t at = page.response.body.find(marker);
  REQUIRE(at != std::string::npos);
  const std::size_t from = at + marker.size();
  const std::string token = page.response.body.substr(from, page.response.body.find('"', from) - from);
  http::Request post = get("/accounts/login/");
  post.method = "POST";
  post.body = http::form_encode({{"csrfmiddlewaretoken", token}, {"username", "alice"}, {"password", "wonderland"}});
  post.headers.add("Content-Type", "application/x-www-form-urlencoded");
  post.headers.add("Content-Length", std::to_string(post.body.size()));
  post.headers.add("Cookie", cookie_pair(*page.response.headers.find("Set-Cookie")));
  serve::LiveExchange login = live.answer(post, client, kNow + 1500);
  REQUIRE(login.response.status == 302);
  const std::size_t i2 = record(world, live, login);

  // 3. A request refused before it was whole.
  serve::LiveExchange bad = live.refuse(400, "malformed request line", http::Request{}, client, kNow + 3000);
  const std::size_t i3 = record(world, live, bad);

  const sim::Timeline& tl = world.timeline();
  REQUIRE(tl.size() == lesson_steps + 3);
  CHECK(i2 == lesson_steps + 1);
  CHECK(i3 == lesson_steps + 2);

  SECTION("each step holds the exchange, from no browser of the lesson") {
    const sim::Step& s1 = tl.step(i1);
    REQUIRE(s1.exchange);
    CHECK(s1.browser == -1);
    CHECK(s1.exchange->browser == -1);
    CHECK(s1.scenario_step == -1);
    CHECK(s1.exchange->server == 0);
    CHECK(s1.exchange->status == 200);
    CHECK(s1.exchange->method == "GET");
    CHECK(s1.exchange->url->host == "shop.example");
    CHECK(s1.exchange->url->path == "/accounts/login/");
    CHECK(s1.exchange->request_text().find("User-Agent: curl/7.88.1") != std::string::npos);
    CHECK(s1.narration->en == "live curl/7.88.1");
    CHECK(s1.time == kNow);
    const sim::Step& s2 = tl.step(i2);
    REQUIRE(s2.exchange);
    CHECK(s2.exchange->status == 302);
    CHECK(s2.exchange->user == "alice");
    CHECK(s2.exchange->cookie_header().rfind("csrftoken=", 0) == 0);
    CHECK(s2.time == kNow + 1500);
  }

  SECTION("Set-Cookie lines are reported with an RFC 6265 decision each") {
    const auto& r1 = tl.step(i1).exchange->set_cookies;
    REQUIRE(r1.size() == 1);
    CHECK(r1[0].line.rfind("csrftoken=", 0) == 0);
    CHECK(r1[0].decision.outcome == cookie::SetOutcome::Stored);
    bool sessionid = false;
    for (const auto& r : tl.step(i2).exchange->set_cookies) {
      if (r.line.rfind("sessionid=", 0) != 0) continue;
      sessionid = true;
      CHECK(r.decision.outcome == cookie::SetOutcome::Stored);
      REQUIRE(r.decision.cookie);
      CHECK(r.decision.cookie->domain == "shop.example");
      CHECK(r.decision.cookie->http_only);
    }
    CHECK(sessionid);
    CHECK(tl.step(i3).exchange->set_cookies.empty());
  }

  SECTION("the session table after each step") {
    CHECK(tl.snapshot(i1).servers[0].size() == rows_before);
    const sim::Snapshot after_login = tl.snapshot(i2);
    REQUIRE(after_login.servers[0].size() == rows_before + 1);
    int alices = 0;
    for (const auto& [key, row] : after_login.servers[0]) {
      if (before.servers[0].contains(key)) continue;
      CHECK(row->user == "alice");
      ++alices;
    }
    CHECK(alices == 1);
    CHECK(after_login.now == kNow + 1500);
    // The browsers of the lesson are untouched: the same shared states.
    REQUIRE(after_login.browsers.size() == before.browsers.size());
    for (std::size_t b = 0; b < before.browsers.size(); ++b) CHECK(after_login.browsers[b] == before.browsers[b]);
  }

  SECTION("a refused request is a 400 step reaching no server") {
    const sim::Step& s3 = tl.step(i3);
    REQUIRE(s3.exchange);
    CHECK(s3.exchange->status == 400);
    CHECK(s3.exchange->server == -1);
    CHECK(*s3.exchange->events == std::vector<std::string>{"bad-request"});
    CHECK(s3.exchange->response_text().find("malformed request line") != std::string::npos);
  }

  SECTION("the explanation is generated from the exchange, as for simulated steps") {
    const Bilingual said = sim::explain(world.scenario(), tl.step(i2));
    CHECK(said.en.find("sessionid") != std::string::npos);
    CHECK_FALSE(said.ko.empty());
  }

  SECTION("rewinding to the end of the lesson forgets the live steps and their session") {
    world.rewind(lesson_steps);
    CHECK(world.timeline().size() == lesson_steps);
    CHECK(world.server(0).sessions().size() == rows_before);
  }
}
