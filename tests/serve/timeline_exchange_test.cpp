#include <catch2/catch.hpp>

#include "serve/timeline_exchange.h"

using namespace cl;
using namespace cl::serve;

TEST_CASE("timeline_exchange shows a real exchange as the timeline does", "[serve]") {
  LiveExchange live;
  live.time = 1772442000000;
  live.server = 0;
  live.request.method = "POST";
  live.request.target = "/accounts/login/?next=/x";
  live.request.headers.add("Host", "shop.example:8080");
  live.request.headers.add("Cookie", "csrftoken=abc");
  live.request.body = "a=b";
  live.response.status = 302;
  live.response.reason = "Found";
  live.response.headers.add("Location", "/accounts/profile/");
  live.response.headers.add("Content-Length", "0");
  live.route = "login";
  live.user = "alice";
  live.events = {"login-ok"};

  SECTION("the messages, byte for byte") {
    const sim::Exchange ex = timeline_exchange(live);
    CHECK(ex.browser == -1);
    CHECK(ex.server == 0);
    CHECK(ex.request_text() ==
          "POST /accounts/login/?next=/x HTTP/1.1\r\nHost: shop.example:8080\r\nCookie: csrftoken=abc\r\n\r\na=b");
    CHECK(ex.response_text() == "HTTP/1.1 302 Found\r\nLocation: /accounts/profile/\r\nContent-Length: 0\r\n\r\n");
    CHECK(ex.answered());
  }
  SECTION("what the server did, and when") {
    const sim::Exchange ex = timeline_exchange(live);
    CHECK(ex.url->host == "shop.example");
    CHECK(ex.url->port == 8080);
    CHECK(ex.url->path == "/accounts/login/");
    CHECK(ex.method == "POST");
    CHECK(ex.status == 302);
    CHECK(ex.cookie_header() == "csrftoken=abc");
    CHECK(ex.cookies.sent().empty());  // a real browser's jar is its own
    CHECK(ex.route == "login");
    CHECK(ex.user == "alice");
    CHECK(*ex.events == std::vector<std::string>{"login-ok"});
    CHECK(ex.time == live.time);
  }
  SECTION("a refused request without a Host keeps an empty URL") {
    live.request.headers.remove("Host");
    const sim::Exchange ex = timeline_exchange(live);
    CHECK(ex.url->host.empty());
    CHECK(ex.request_text().rfind("POST /accounts/login/", 0) == 0);
  }
}
