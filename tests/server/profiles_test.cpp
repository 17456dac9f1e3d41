#include <catch2/catch.hpp>

#include <regex>
#include "client.h"
#include "page/page.h"
#include "server/signing.h"

using namespace cl;
using namespace cl::server;
using test::Client;
using test::has_event;
using test::header_names;
using test::kStart;

namespace {
Handling log_in(Client& c, const std::string& user, const std::string& password, TimeMs now) {
  return c.post("/accounts/login/", {{"username", user}, {"password", password}}, now);
}
}  // namespace

TEST_CASE("PHP: session_start on every page, no regeneration at login", "[php]") {
  IdGenerator ids(1);
  Server s(test::spec_for(Profile::Php), &ids);
  Client c{s};
  CHECK(s.session_cookie_name() == "PHPSESSID");
  const Handling first = c.get("/", kStart);
  CHECK(has_event(first, "session-created"));
  const auto lines = first.response.headers.all("Set-Cookie");
  REQUIRE(lines.size() == 1);
  CHECK(std::regex_match(lines[0], std::regex("PHPSESSID=[0-9a-v]{26}; path=/")));
  CHECK(header_names(first.response) == std::vector<std::string>{"Date", "Server", "Set-Cookie", "Expires",
                                                                 "Cache-Control", "Pragma", "Content-Length",
                                                                 "Keep-Alive", "Connection", "Content-Type"});
  CHECK(*first.response.headers.find("Expires") == "Thu, 19 Nov 1981 08:52:00 GMT");
  CHECK(*first.response.headers.find("Cache-Control") == "no-store, no-cache, must-revalidate");
  CHECK(*first.response.headers.find("Pragma") == "no-cache");
  CHECK(s.sessions().size() == 1);  // a visit creates a session
  const std::string key = c.jar["PHPSESSID"];

  SECTION("login keeps the key; data in PHP's serialize format") {
    const Handling h = log_in(c, "alice", "wonderland", kStart + kSecond);
    CHECK(h.response.status == 302);
    CHECK(has_event(h, "login-ok"));
    CHECK_FALSE(has_event(h, "session-renewed"));
    CHECK(h.response.headers.all("Set-Cookie").empty());
    CHECK(c.jar["PHPSESSID"] == key);
    c.get("/cart/add/?item=apple", kStart + 2 * kSecond);
    const auto rows = s.sessions();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].data == R"(user|s:5:"alice";cart|a:1:{i:0;s:5:"apple";})");
    CHECK(rows[0].decoded == R"({"user":"alice","cart":["apple"]})");
    CHECK(rows[0].user == "alice");
  }
  SECTION("sliding 1440 s lifetime") {
    c.get("/", kStart + 1000 * kSecond);
    CHECK(s.sessions()[0].expire == kStart + 2440 * kSecond);
    const Handling late = c.get("/", kStart + 2440 * kSecond);
    CHECK(has_event(late, "session-expired"));
    CHECK(has_event(late, "session-adopted"));  // the id is taken again, now empty
    CHECK(c.jar["PHPSESSID"] == key);
  }
  SECTION("an id chosen by an attacker is adopted (session fixation)") {
    Client victim{s};
    victim.jar["PHPSESSID"] = "attackerchosenid0123456789";
    const Handling h = victim.get("/", kStart);
    CHECK(has_event(h, "session-adopted"));
    CHECK(h.response.headers.all("Set-Cookie").empty());
    log_in(victim, "alice", "wonderland", kStart);
    CHECK(s.user_for_cookie_header("PHPSESSID=attackerchosenid0123456789", kStart) == "alice");
  }
  SECTION("logout destroys the row but sends no cookie") {
    log_in(c, "alice", "wonderland", kStart);
    const Handling out = c.get("/accounts/logout/", kStart);
    CHECK(has_event(out, "session-deleted"));
    CHECK(out.response.headers.all("Set-Cookie").empty());
    CHECK(*out.response.headers.find("Location") == "/");
    CHECK(s.sessions().empty());
  }
  SECTION("a theme cookie as setcookie() writes it") {
    const Handling t = c.get("/theme/?name=dark", kStart);
    CHECK(t.response.headers.all("Set-Cookie") ==
          std::vector<std::string>{"theme=dark; expires=Tue, 02-Mar-2027 09:00:00 GMT; Max-Age=31536000; path=/"});
  }
}

TEST_CASE("Express: signed connect.sid, saveUninitialized, regenerate at login", "[express]") {
  IdGenerator ids(1);
  Server s(test::spec_for(Profile::Express), &ids);
  Client c{s};
  const Handling first = c.get("/", kStart);
  const auto lines = first.response.headers.all("Set-Cookie");
  REQUIRE(lines.size() == 1);
  std::smatch m;
  REQUIRE(std::regex_match(lines[0], m,
                           std::regex("connect\\.sid=s%3A([A-Za-z0-9_-]{32})\\.([A-Za-z0-9%]+); Path=/; HttpOnly")));
  const std::string id = m[1];
  CHECK(express_unsign(c.jar["connect.sid"], "cookielab-secret") == id);
  CHECK(header_names(first.response) == std::vector<std::string>{"X-Powered-By", "Content-Type", "Content-Length",
                                                                 "ETag", "Set-Cookie", "Date", "Connection",
                                                                 "Keep-Alive"});
  CHECK(std::regex_match(*first.response.headers.find("ETag"), std::regex("W/\"[0-9a-f]+-[A-Za-z0-9+/]{27}\"")));
  const auto rows = s.sessions();
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].key == id);
  CHECK(rows[0].data == R"({"cookie":{"originalMaxAge":null,"expires":null,"httpOnly":true,"path":"/"}})");

  SECTION("the second request sends no cookie") {
    CHECK(c.get("/", kStart + kDay * 300).response.headers.all("Set-Cookie").empty());
  }
  SECTION("login regenerates the id and starts from empty data") {
    c.get("/cart/add/?item=apple", kStart);
    const Handling h = log_in(c, "alice", "wonderland", kStart);
    CHECK(has_event(h, "session-renewed"));
    const auto rows2 = s.sessions();
    REQUIRE(rows2.size() == 1);
    CHECK(rows2[0].key != id);
    CHECK(rows2[0].data ==
          R"({"cookie":{"originalMaxAge":null,"expires":null,"httpOnly":true,"path":"/"},"user":"alice"})");
    CHECK(s.user_for_cookie_header("connect.sid=" + c.jar["connect.sid"], kStart) == "alice");
  }
  SECTION("a forged signature is ignored and a new session starts") {
    Client forger{s};
    forger.jar["connect.sid"] = "s%3A" + id + ".AAAA";
    const Handling h = forger.get("/", kStart);
    CHECK(has_event(h, "session-invalid"));
    CHECK(has_event(h, "session-created"));
    CHECK(s.user_for_cookie_header("connect.sid=s%3A" + id + ".AAAA", kStart) == "");
  }
  SECTION("redirect bodies follow Accept") {
    const Handling r = c.get("/theme/?name=dark", kStart);
    CHECK(r.response.body == "Found. Redirecting to /");
    CHECK(r.response.headers.all("Set-Cookie") ==
          std::vector<std::string>{"theme=dark; Max-Age=31536000; Path=/; Expires=Tue, 02 Mar 2027 09:00:00 GMT"});
  }
  SECTION("session_age gives the cookie Expires and the store an expiry") {
    auto spec = test::spec_for(Profile::Express);
    spec.session_age = kHour;
    IdGenerator ids2(1);
    Server timed(spec, &ids2);
    Client t{timed};
    const auto line = t.get("/", kStart).response.headers.all("Set-Cookie").at(0);
    CHECK(line.find("; Path=/; Expires=Mon, 02 Mar 2026 10:00:00 GMT; HttpOnly") != std::string::npos);
    CHECK(timed.sessions()[0].data.find(R"("originalMaxAge":3600000,"expires":"2026-03-02T10:00:00.000Z")") !=
          std::string::npos);
    CHECK(has_event(t.get("/", kStart + 2 * kHour), "session-expired"));
  }
}

TEST_CASE("Servlet: JSESSIONID, 30-minute sliding timeout, id changed at login", "[servlet]") {
  IdGenerator ids(1);
  Server s(test::spec_for(Profile::Servlet), &ids);
  Client c{s};
  const Handling first = c.get("/", kStart);
  const auto lines = first.response.headers.all("Set-Cookie");
  REQUIRE(lines.size() == 1);
  CHECK(std::regex_match(lines[0], std::regex("JSESSIONID=[0-9A-F]{32}; Path=/; HttpOnly")));
  CHECK(*first.response.headers.find("Content-Type") == "text/html;charset=UTF-8");
  CHECK_FALSE(first.response.headers.has("Server"));
  const std::string key = c.jar["JSESSIONID"];
  CHECK(s.sessions().at(0).expire == kStart + 30 * kMinute);
  c.get("/cart/add/?item=apple", kStart + 20 * kMinute);
  CHECK(s.sessions().at(0).expire == kStart + 50 * kMinute);
  const Handling h = log_in(c, "alice", "wonderland", kStart + 21 * kMinute);
  CHECK(has_event(h, "session-renewed"));
  CHECK(c.jar["JSESSIONID"] != key);
  const auto rows = s.sessions();
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].decoded == R"({"cart":["apple"],"user":"alice"})");  // changeSessionId keeps attributes
  const Handling late = c.get("/", kStart + 21 * kMinute + 30 * kMinute);
  CHECK(has_event(late, "session-expired"));
  CHECK(has_event(late, "session-created"));
  CHECK(late.user == "");
}

TEST_CASE("Stateless: login works for one response only", "[stateless]") {
  IdGenerator ids(1);
  Server s(test::spec_for(Profile::Stateless), &ids);
  Client c{s};
  CHECK(s.session_cookie_name() == "");
  const Handling h = log_in(c, "alice", "wonderland", kStart);
  CHECK(h.response.status == 200);
  CHECK(h.user == "alice");
  CHECK(has_event(h, "login-ok"));
  CHECK(h.response.headers.all("Set-Cookie").empty());
  CHECK(page::parse_page(h.response.body).blocks.at(0).text == "Welcome, alice");
  const Handling next = c.get("/accounts/profile/", kStart + kSecond);
  CHECK(next.user == "");
  CHECK(*next.response.headers.find("Location") == "/accounts/login/?next=/accounts/profile/");
  CHECK(s.sessions().empty());
  CHECK(*next.response.headers.find("Server") == "BaseHTTP/0.6 Python/3.11.2");
  SECTION("client-side cookies still work") {
    CHECK(c.get("/notice/hide/", kStart).response.headers.all("Set-Cookie") ==
          std::vector<std::string>{"hide_notice=1; Path=/; Max-Age=86400"});
    CHECK(c.get("/theme/?name=dark", kStart).response.headers.all("Set-Cookie") ==
          std::vector<std::string>{"theme=dark; Path=/; Max-Age=31536000"});
  }
  SECTION("wrong password") {
    const Handling bad = log_in(c, "alice", "nope", kStart);
    CHECK(bad.response.status == 200);
    CHECK(has_event(bad, "login-failed"));
  }
}
