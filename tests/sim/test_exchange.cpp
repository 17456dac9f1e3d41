#include <catch2/catch.hpp>

#include "sim/timeline.h"

using namespace cl;

namespace {

sim::Exchange with_request(std::string text) {
  sim::Exchange x;
  x.request = std::make_shared<const std::string>(std::move(text));
  return x;
}

}  // namespace

TEST_CASE("an exchange reads its Cookie field from the request bytes", "[exchange]") {
  SECTION("the field, whatever the case of its name") {
    const auto x = with_request("GET / HTTP/1.1\r\nHost: a.example\r\ncookie: a=1; b=2\r\n\r\n");
    CHECK(x.has_cookie_field());
    CHECK(x.cookie_header() == "a=1; b=2");
  }
  SECTION("no such field: a look-alike name or the body does not count") {
    const auto x = with_request("POST / HTTP/1.1\r\nHost: a.example\r\nX-Cookie: 1\r\nContent-Length: 12\r\n\r\n\r\nCookie: a=1");
    CHECK_FALSE(x.has_cookie_field());
    CHECK(x.cookie_header().empty());
  }
  SECTION("a malformed request still shows the line it carried, but no parsed value") {
    const auto x = with_request("GET /\r\nCookie: a=1\r\n\r\n");
    CHECK(x.has_cookie_field());
    CHECK(x.cookie_header().empty());
  }
  SECTION("nothing sent") {
    const sim::Exchange x;
    CHECK_FALSE(x.has_cookie_field());
    CHECK(x.cookie_header().empty());
    CHECK(x.cookies.sent().empty());
    CHECK(x.url->host.empty());
  }
}
