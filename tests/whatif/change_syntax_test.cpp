// The what-if text syntax: every setting read, written back the same, and each
// mistake told with its column.
#include <catch2/catch.hpp>
#include "scenario/change.h"

using namespace cl;
using scenario::Change;

TEST_CASE("every kind of change reads and writes back the same") {
  for (const char* text : {
           "cookie:sessionid:httponly=false",
           "cookie:sessionid@alice:value=abc,domain=shop.example,path=/cart,expires=2026-03-03T09:00:00Z,secure=true,"
           "httponly=true,samesite=strict",
           "cookie:lang:expires=session,samesite=unset",
           "cookie:lang:expires=2h",
           "cookie:lang:domain=",
           "cookie:PHPSESSID@bob:delete",
           "server:shop:httponly=false,secure=true,samesite=none,max-age=1h,renew-key=off,session-age=1d,csrf=off",
           "server:django:max-age=session",
           "browser:policy=chromium",
           "browser:carol:policy=rfc6265,third-party=block",
           "close",
           "close:bob",
           "wait:1d2h",
       }) {
    INFO(text);
    const scenario::ParsedChange p = scenario::parse_change(text);
    INFO(p.error.message.en());
    REQUIRE(p.change);
    CHECK(scenario::change_text(*p.change) == text);
  }
}

TEST_CASE("what a change's settings mean") {
  const Change c = *scenario::parse_change("cookie:sid@bob:value=a=b,expires=30m,samesite=LAX,secure=on").change;
  CHECK(c.kind == Change::Kind::Cookie);
  CHECK(c.name == "sid");
  CHECK(c.browser == "bob");
  CHECK(c.value == "a=b");
  CHECK(c.expires == scenario::Lifetime{scenario::Lifetime::Kind::After, 30 * kMinute});
  CHECK(c.same_site == cookie::SameSite::Lax);
  CHECK(c.secure == true);
  CHECK_FALSE(c.http_only);
  const Change s = *scenario::parse_change("server:shop:renew-key=on,csrf=no").change;
  CHECK(s.renew_key == true);
  CHECK(s.csrf == false);
  const scenario::ParsedSpec spec = scenario::parse_what_if_spec("12:wait:90m");
  REQUIRE(spec.change);
  CHECK(spec.at == 12);
  CHECK(spec.change->duration == 90 * kMinute);
}

TEST_CASE("a mistake in a change says what and where") {
  struct Case {
    const char* text;
    std::size_t offset;
    const char* en;
  };
  for (const Case c : {
           Case{"", 0, "the change is empty; write one such as cookie:sessionid:httponly=false"},
           Case{"teleport:now", 0, "unknown change \"teleport\"; allowed: cookie, server, browser, close, wait"},
           Case{"cookie::httponly=false", 7, "cookie: name the cookie after \"cookie:\""},
           Case{"cookie:sid", 10,
                "cookie: nothing is changed; write KEY=VALUE after the name (e.g. cookie:sessionid:httponly=false)"},
           Case{"cookie:sid:httponly", 11, "\"httponly\" is not KEY=VALUE"},
           Case{
               "cookie:sid:colour=red", 11,
               "cookie: unknown setting \"colour\"; allowed: value, domain, path, expires, secure, httponly, samesite"},
           Case{"cookie:sid:secure=true,secure=false", 23, "secure is set twice"},
           Case{"cookie:sid:samesite=sometimes", 20, "samesite: \"sometimes\" is not strict, lax, none or unset"},
           Case{"cookie:sid:expires=soon", 19,
                "expires: \"soon\" is not session, a date such as 2026-03-03T09:00:00Z or a time from now such as 2h"},
           Case{"server:shop:max-age=2026-01-01T00:00:00Z", 20,
                "max-age: \"2026-01-01T00:00:00Z\" is not session or a duration such as 30m, 2h, 1d"},
           Case{"browser:policy=firefox", 15,
                "policy: \"firefox\" is not "
                "rfc6265 or chromium"},
           Case{"browser:third-party=maybe", 20, "third-party: \"maybe\" is not block or allow"},
           Case{"wait:soon", 5, "wait: \"soon\" is not session or a duration such as 30m, 2h, 1d"},
           Case{"close:bob:now", 9, "unexpected \":now\" after the change"},
       }) {
    INFO(c.text);
    const scenario::ParsedChange p = scenario::parse_change(c.text);
    REQUIRE_FALSE(p.change);
    CHECK(p.error.offset == c.offset);
    CHECK(p.error.message.en() == c.en);
    CHECK_FALSE(p.error.message.ko().empty());
  }
  CHECK(scenario::parse_what_if_spec("cookie:sid:delete").error.message.en() ==
        "a what-if starts with the step it forks at, e.g. 9:cookie:sessionid:httponly=false");
  CHECK(scenario::parse_what_if_spec("0:close").error.message.en() == "\"0\" is not a step number (1 or more)");
  const scenario::ParsedSpec s = scenario::parse_what_if_spec("3:cookie:sid:secure=maybe");
  CHECK(s.error.offset == 20);  // counted in the whole spec
  CHECK(scenario::parse_change("cookie:sid:samesite=sometimes").error.message.ko() ==
        "samesite: \"sometimes\"는 strict, lax, none, unset 중 하나가 아닙니다");
}
