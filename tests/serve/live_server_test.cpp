#include <catch2/catch.hpp>

#include <set>
#include <thread>
#include "http/form.h"
#include "scenario/load.h"
#include "serve/live_server.h"

using namespace cl;
using namespace cl::serve;

namespace {

constexpr TimeMs kNow = 1772442000000;  // 2026-03-02T09:00:00Z

scenario::Scenario lesson() {
  auto r = scenario::load_scenario_text(R"(
title = { en = "Two servers", ko = "서버 둘" }
seed = 4
[[server]]
name = "shop"
hosts = ["shop.example", "www.shop.example"]
users = [ { username = "alice", password = "wonderland" } ]
[[server]]
name = "blog"
hosts = ["blog.example"]
profile = "stateless"
  [[server.route]]
  path = "/set"
  headers = ["Set-Cookie: theme=dark; Path=/"]
  body = "<p>set</p>"
[[step]]
action = "visit"
url = "http://shop.example/"
)",
                                        "two.toml");
  if (!r.scenario) {
    std::string all;
    for (const auto& d : r.diagnostics) all += d.to_string() + "\n";
    FAIL(all);
  }
  return *r.scenario;
}

http::Request get(std::string host, std::string target = "/") {
  http::Request r;
  r.target = std::move(target);
  r.headers.add("Host", std::move(host));
  r.headers.add("User-Agent", "test-agent/1");
  return r;
}

const ClientInfo kClient{"127.0.0.1", 40000};

}  // namespace

TEST_CASE("request_url is the URL the model is told about", "[serve]") {
  SECTION("origin-form targets") {
    auto u = request_url("shop.example:8080", "/accounts/login/?next=/x");
    REQUIRE(u);
    CHECK(u->scheme == "http");
    CHECK(u->host == "shop.example");
    CHECK(u->port == 8080);
    CHECK(u->path == "/accounts/login/");
    CHECK(u->query == "next=/x");
    CHECK(request_url("shop.example", "/")->port == 80);
  }
  SECTION("refused, one by one") {
    CHECK_FALSE(request_url("shop.example", ""));
    CHECK_FALSE(request_url("shop.example", "*"));                     // asterisk-form (OPTIONS *)
    CHECK_FALSE(request_url("shop.example", "http://shop.example/"));  // absolute-form: for proxies
    CHECK_FALSE(request_url("shop.example:443", "shop.example:443"));  // authority-form (CONNECT)
    CHECK_FALSE(request_url("", "/"));
    CHECK_FALSE(request_url("bad host", "/"));
  }
}

TEST_CASE("LiveServer routes by Host to the scenario's servers", "[serve]") {
  LiveServer live(lesson());
  SECTION("each server answers for its own hosts, port or not") {
    LiveExchange a = live.answer(get("shop.example:8080", "/accounts/login/"), kClient, kNow);
    CHECK(a.server == 0);
    CHECK(a.host == "shop.example");
    CHECK(a.response.status == 200);
    CHECK(a.route == "login");
    REQUIRE(a.response.headers.find("Set-Cookie"));
    CHECK(a.response.headers.find("Set-Cookie")->rfind("csrftoken=", 0) == 0);
    CHECK(live.answer(get("WWW.shop.example"), kClient, kNow).server == 0);
    LiveExchange b = live.answer(get("blog.example", "/set"), kClient, kNow);
    CHECK(b.server == 1);
    CHECK(b.response.headers.all("Set-Cookie") == std::vector<std::string>{"theme=dark; Path=/"});
  }
  SECTION("NAME.localhost reaches NAME's server") {
    CHECK(live.answer(get("blog.example.localhost:9000", "/set"), kClient, kNow).server == 1);
  }
  SECTION("the real clock dates the answer") {
    LiveExchange a = live.answer(get("shop.example"), kClient, kNow);
    CHECK(a.time == kNow);
    CHECK(*a.response.headers.find("Date") == "Mon, 02 Mar 2026 09:00:00 GMT");
  }
  SECTION("a loopback name gets the index of the lesson's hosts") {
    LiveExchange a = live.answer(get("127.0.0.1:8080"), kClient, kNow);
    CHECK(a.response.status == 200);
    CHECK(a.route == "index");
    CHECK(a.response.body.find("shop.example.localhost") != std::string::npos);
    CHECK(a.response.body.find("blog.example") != std::string::npos);
    CHECK(live.answer(get("localhost"), kClient, kNow).route == "index");
  }
  SECTION("a host no server answers for gets 421") {
    LiveExchange a = live.answer(get("other.example"), kClient, kNow);
    CHECK(a.response.status == 421);
    CHECK(a.server == -1);
    CHECK(a.response.reason == "Misdirected Request");
    CHECK(a.problem.find("other.example") != std::string::npos);
  }
}

TEST_CASE("LiveServer refuses malformed requests with 400 and records them", "[serve]") {
  LiveServer live(lesson());
  auto expect_status = [&](const http::Request& r, int status) {
    LiveExchange ex = live.answer(r, kClient, kNow);
    CHECK(ex.response.status == status);
    CHECK_FALSE(ex.problem.empty());
    CHECK(ex.server == -1);
    CHECK(*ex.response.headers.find("Connection") == "close");
    CHECK(std::stoul(*ex.response.headers.find("Content-Length")) == ex.response.body.size());
  };
  SECTION("no Host") {
    http::Request r;
    expect_status(r, 400);
  }
  SECTION("two Hosts") {
    http::Request r = get("shop.example");
    r.headers.add("Host", "blog.example");
    expect_status(r, 400);
  }
  SECTION("a Host that is no host name") { expect_status(get("shop example"), 400); }
  SECTION("an empty Host") { expect_status(get(""), 400); }
  SECTION("absolute-form target") { expect_status(get("shop.example", "http://shop.example/"), 400); }
  SECTION("asterisk-form target") { expect_status(get("shop.example", "*"), 400); }
  SECTION("another HTTP version") {
    http::Request r = get("shop.example");
    r.version = "HTTP/2.0";
    expect_status(r, 505);
  }
  SECTION("every refusal is in the log, in order, with its event") {
    live.answer(get(""), kClient, kNow);
    live.refuse(400, "malformed request line", http::Request{}, ClientInfo{}, kNow);
    const auto log = live.exchanges();
    REQUIRE(log.size() == 2);
    CHECK(log[0].index == 1);
    CHECK(log[1].index == 2);
    CHECK(log[0].events == std::vector<std::string>{"bad-request"});
    CHECK(log[1].events == std::vector<std::string>{"bad-request"});
    CHECK(log[1].response.status == 400);
    CHECK(log[1].response.body.find("malformed request line") != std::string::npos);
    CHECK(log_line(log[1]).find("-> 400") != std::string::npos);
  }
}

TEST_CASE("LiveServer enforces the header and body limits", "[serve]") {
  ServeOptions o;
  o.limits.max_header_bytes = 200;
  o.limits.max_body_bytes = 10;
  LiveServer live(lesson(), o);
  SECTION("header fields over the limit: 431") {
    http::Request r = get("shop.example");
    r.headers.add("Cookie", std::string(200, 'a'));
    CHECK(live.answer(r, kClient, kNow).response.status == 431);
  }
  SECTION("a body over the limit: 413") {
    http::Request r = get("shop.example", "/accounts/login/");
    r.method = "POST";
    r.body = std::string(11, 'x');
    CHECK(live.answer(r, kClient, kNow).response.status == 413);
  }
  SECTION("at the limits it is answered") {
    http::Request r = get("blog.example", "/set");
    r.method = "POST";
    r.body = std::string(10, 'x');
    CHECK(live.answer(r, kClient, kNow).response.status == 200);
  }
}

TEST_CASE("LiveServer keeps sessions between real requests", "[serve]") {
  LiveServer live(lesson());
  // The login of a real browser: the page, then the form with its token and cookie.
  LiveExchange page = live.answer(get("shop.example", "/accounts/login/"), kClient, kNow);
  // The form's hidden token (no std::regex: GCC 12 warns inside it under the sanitizers).
  const std::string marker = "name=\"csrfmiddlewaretoken\" value=\"";
  const std::size_t at = page.response.body.find(marker);
  REQUIRE(at != std::string::npos);
  const std::size_t from = at + marker.size();
  const std::string token = page.response.body.substr(from, page.response.body.find('"', from) - from);
  REQUIRE_FALSE(token.empty());
  const std::string set = *page.response.headers.find("Set-Cookie");
  const std::string csrf_cookie = set.substr(0, set.find(';'));
  http::Request post = get("shop.example", "/accounts/login/");
  post.method = "POST";
  post.body = http::form_encode({{"csrfmiddlewaretoken", token}, {"username", "alice"}, {"password", "wonderland"}});
  post.headers.add("Content-Type", "application/x-www-form-urlencoded");
  post.headers.add("Content-Length", std::to_string(post.body.size()));
  post.headers.add("Cookie", csrf_cookie);
  LiveExchange login = live.answer(post, kClient, kNow + 1000);
  CHECK(login.response.status == 302);
  CHECK(login.user == "alice");
  REQUIRE(live.sessions(0).size() == 1);
  CHECK(live.sessions(0)[0].user == "alice");
  CHECK(live.sessions(1).empty());
  std::string session_cookie;
  for (const std::string& c : login.response.headers.all("Set-Cookie"))
    if (c.rfind("sessionid=", 0) == 0) session_cookie = c.substr(0, c.find(';'));
  REQUIRE_FALSE(session_cookie.empty());
  http::Request profile = get("shop.example", "/accounts/profile/");
  profile.headers.add("Cookie", session_cookie);
  LiveExchange p = live.answer(profile, kClient, kNow + 2000);
  CHECK(p.response.status == 200);
  CHECK(p.user == "alice");
  CHECK(p.user_agent == "test-agent/1");
}

TEST_CASE("LiveServer answers one request at a time from many threads", "[serve]") {
  LiveServer live(lesson());
  std::size_t seen = 0;
  live.on_exchange([&](const LiveExchange&) { ++seen; });  // under the lock: no race
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 25; ++i) live.answer(get("shop.example", "/accounts/login/"), kClient, kNow);
    });
  for (auto& t : threads) t.join();
  const auto log = live.exchanges();
  REQUIRE(log.size() == 100);
  CHECK(seen == 100);
  std::set<std::string> tokens;
  for (std::size_t i = 0; i < log.size(); ++i) {
    CHECK(log[i].index == i + 1);
    CHECK(log[i].response.status == 200);
    tokens.insert(*log[i].response.headers.find("Set-Cookie"));
  }
  CHECK(tokens.size() == 100);  // every visitor got its own token: the generator was never raced
}

TEST_CASE("LiveServer serves servers it borrows, and hands out new exchanges once", "[serve]") {
  const scenario::Scenario s = lesson();
  IdGenerator ids(7);
  server::Server shop(s.servers[0], &ids);
  LiveServer live({&shop}, "Borrowed");
  CHECK_FALSE(live.owns_servers());
  CHECK(live.server_count() == 1);
  CHECK(live.index_page().find("Borrowed") != std::string::npos);
  SECTION("requests reach the borrowed servers only") {
    LiveExchange a = live.answer(get("shop.example", "/accounts/login/"), kClient, kNow);
    CHECK(a.server == 0);
    CHECK(a.route == "login");
    CHECK(live.answer(get("blog.example", "/set"), kClient, kNow).response.status == 421);  // not lent
  }
  SECTION("take_new returns each exchange once, oldest first") {
    CHECK(live.take_new().empty());
    live.answer(get("shop.example"), kClient, kNow);
    live.answer(get("shop.example", "/accounts/login/"), kClient, kNow);
    auto fresh = live.take_new();
    REQUIRE(fresh.size() == 2);
    CHECK(fresh[0].index == 1);
    CHECK(fresh[1].index == 2);
    CHECK(live.take_new().empty());
    live.answer(get(""), kClient, kNow);
    fresh = live.take_new();
    REQUIRE(fresh.size() == 1);
    CHECK(fresh[0].index == 3);
    CHECK(live.exchanges().size() == 3);
  }
}
