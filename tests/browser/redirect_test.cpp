// Following a redirect (browser/redirect.h): RFC 9110 15.4's method rules.
#include <catch2/catch.hpp>

#include "browser/redirect.h"

using namespace cl;

namespace {

agent::Navigation login_post() {
  agent::Navigation nav;
  nav.method = "POST";
  nav.url = *http::parse_url("http://shop.example/accounts/login/").url;
  nav.body = "username=alice&password=wonderland";
  nav.initiator = nav.url;
  return nav;
}

}  // namespace

TEST_CASE("301, 302 and 303 turn a POST into a GET without its body", "[redirect]") {
  for (int status : {301, 302, 303}) {
    INFO("status " << status);
    const std::optional<agent::Navigation> next = agent::redirect_hop(login_post(), status, "/accounts/profile/");
    REQUIRE(next);
    CHECK(next->method == "GET");
    CHECK(next->body.empty());
    CHECK(next->url.to_string() == "http://shop.example/accounts/profile/");
  }
}

TEST_CASE("307 and 308 repeat the method and the body", "[redirect]") {
  for (int status : {307, 308}) {
    INFO("status " << status);
    const std::optional<agent::Navigation> next =
        agent::redirect_hop(login_post(), status, "https://shop.example/login");
    REQUIRE(next);
    CHECK(next->method == "POST");
    CHECK(next->body == "username=alice&password=wonderland");
    CHECK(next->url.to_string() == "https://shop.example/login");
  }
}

TEST_CASE("a redirect keeps what caused the navigation; a GET stays a GET", "[redirect]") {
  agent::Navigation nav = login_post();
  nav.method = "GET";
  nav.body.clear();
  const std::optional<agent::Navigation> next = agent::redirect_hop(nav, 302, "http://other.example/x");
  REQUIRE(next);
  CHECK(next->method == "GET");
  CHECK(next->initiator == nav.initiator);
  CHECK(next->top_level);
}

TEST_CASE("no redirect to follow", "[redirect]") {
  const agent::Navigation nav = login_post();
  SECTION("not a 3xx") {
    CHECK_FALSE(agent::redirect_hop(nav, 200, "/x"));
    CHECK_FALSE(agent::redirect_hop(nav, 299, "/x"));
    CHECK_FALSE(agent::redirect_hop(nav, 400, "/x"));
  }
  SECTION("no Location") { CHECK_FALSE(agent::redirect_hop(nav, 302, "")); }
  SECTION("a Location that does not resolve") { CHECK_FALSE(agent::redirect_hop(nav, 302, "http://[bad")); }
  SECTION("a navigation that stops at the 3xx (a lesson looks at it)") {
    agent::Navigation stop = nav;
    stop.follow_redirects = false;
    CHECK_FALSE(agent::redirect_hop(stop, 302, "/x"));
  }
}
