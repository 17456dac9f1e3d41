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
    const auto x =
        with_request("POST / HTTP/1.1\r\nHost: a.example\r\nX-Cookie: 1\r\nContent-Length: 12\r\n\r\n\r\nCookie: a=1");
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

TEST_CASE("a kept Set-Cookie report holds the line whole, the name, the outcome and the record", "[exchange]") {
  cookie::CookieJar jar;
  cookie::RequestContext ctx;
  ctx.url = *http::parse_url("http://www.example/").url;
  const std::string line =
      "csrftoken=abc123; expires=Mon, 01 Mar 2027 09:00:01 GMT; Max-Age=31449600; Path=/; SameSite=Lax";
  cookie::SetDecision full = jar.set_cookie(ctx, line, 1772442001000);
  REQUIRE(full.parsed.attributes.size() == 4);
  const sim::SetCookieReport r = sim::SetCookieReport::kept(line, full);
  CHECK(r.line == line);
  CHECK(r.decision.outcome == cookie::SetOutcome::Stored);
  CHECK(r.decision.parsed.name == "csrftoken");
  REQUIRE(r.decision.cookie);
  CHECK(r.decision.cookie->value == "abc123");
  CHECK(r.decision.parsed.attributes.empty());  // not kept: the line has them
  CHECK(cookie::parse_set_cookie(r.line, {}).attributes.size() == full.parsed.attributes.size());

  SECTION("a refused line keeps why") {
    const sim::SetCookieReport no =
        sim::SetCookieReport::kept("no-equals-sign", jar.set_cookie(ctx, "no-equals-sign", 1772442001000));
    CHECK(no.decision.outcome == cookie::SetOutcome::Ignored);
    CHECK(no.decision.parsed.refused != cookie::Reason::None);
  }
}
