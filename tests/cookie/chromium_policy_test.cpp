// What Chromium does beyond the RFC texts, found by the referee (a real Chromium
// 156 against the engine's chromium policy; tests/referee/ACCEPTED.md). Each case
// also checks that the rfc6265 policy keeps the RFC's answer.
#include <catch2/catch.hpp>
#include "cookie/jar.h"
#include "support.h"

using namespace cl;
using namespace cl::cookie;
using namespace cl::cookie::test;

namespace {

SetDecision set(Policy p, std::string_view line, const char* url = "https://shop.example/") {
  CookieJar jar(p);
  return jar.set_cookie(ctx(url), line, kT0);
}

}  // namespace

TEST_CASE("chromium: a tab inside the name or value is refused, around it is trimmed", "[chromium]") {
  CHECK(set(Policy::Chromium, "a=b\tc").reason == Reason::DisallowedCharacter);
  CHECK(set(Policy::Chromium, "a\tb=c").reason == Reason::DisallowedCharacter);
  CHECK(set(Policy::Chromium, "a=bc\t").outcome == SetOutcome::Stored);
  // RFC 6265bis 5.6 excludes the other control characters, not HTAB.
  CHECK(set(Policy::Rfc6265, "a=b\tc").outcome == SetOutcome::Stored);
}

TEST_CASE("chromium: a nameless cookie whose value holds '=' is refused", "[chromium]") {
  CHECK(set(Policy::Chromium, "==b").outcome == SetOutcome::Ignored);
  CHECK(set(Policy::Chromium, "=b").outcome == SetOutcome::Stored);  // nameless, value "b"
  CHECK(set(Policy::Rfc6265, "==b").reason == Reason::EmptyName);
}

TEST_CASE("chromium: an empty pair is 'no cookie content'", "[chromium]") {
  for (const char* line : {"=", ";", "; a=b"}) {
    INFO(line);
    CHECK(set(Policy::Chromium, line).reason == Reason::NoCookieContent);
    CHECK(set(Policy::Rfc6265, line).outcome == SetOutcome::Ignored);
  }
}

TEST_CASE("chromium: Domain=. is refused; RFC 6265 ignores the attribute", "[chromium]") {
  CHECK(set(Policy::Chromium, "a=b; Domain=.").reason == Reason::EmptyDomain);
  CHECK(reason_info(Reason::EmptyDomain).chromium == "InvalidDomain");
  const SetDecision rfc = set(Policy::Rfc6265, "a=b; Domain=.");
  REQUIRE(rfc.outcome == SetOutcome::Stored);
  CHECK(rfc.cookie->host_only);
}

TEST_CASE("chromium: __Http- promises Secure and HttpOnly from a secure origin", "[chromium]") {
  CHECK(set(Policy::Chromium, "__Http-a=b; Secure; HttpOnly").outcome == SetOutcome::Stored);
  CHECK(set(Policy::Chromium, "__Http-a=b; Secure").reason == Reason::InvalidPrefix);
  CHECK(set(Policy::Chromium, "__Http-a=b", "http://shop.example/").reason == Reason::InvalidPrefix);
  CHECK(set(Policy::Rfc6265, "__Http-a=b").outcome == SetOutcome::Stored);  // not in RFC 6265
}

TEST_CASE("chromium: a prefix is checked before the origin", "[chromium]") {
  CHECK(set(Policy::Chromium, "__Host-a=b; Secure; Path=/", "http://shop.example/").reason == Reason::InvalidPrefix);
  CHECK(set(Policy::Rfc6265, "__Host-a=b; Secure; Path=/", "http://shop.example/").reason ==
        Reason::SecureFromInsecure);
}

TEST_CASE("chromium: a replaced cookie with a new value is sent after the older ones", "[chromium]") {
  auto header_after_renewal = [](Policy p, const char* renewed) {
    CookieJar jar(p);
    jar.set_cookie(ctx("https://shop.example/"), "csrftoken=1; Path=/", kT0);
    jar.set_cookie(ctx("https://shop.example/"), "sessionid=2; Path=/", kT0 + kSecond);
    const SetDecision d = jar.set_cookie(ctx("https://shop.example/"), renewed, kT0 + 2 * kSecond);
    CHECK(d.outcome == SetOutcome::Replaced);
    return jar.cookies_for(ctx("https://shop.example/"), kT0 + 3 * kSecond).header;
  };
  // RFC 6265 5.3 step 11.3: the replacement keeps the old creation time, so its place.
  CHECK(header_after_renewal(Policy::Rfc6265, "csrftoken=9; Path=/") == "csrftoken=9; sessionid=2");
  // Chromium: a new value is a new creation time; the same value keeps the old one.
  CHECK(header_after_renewal(Policy::Chromium, "csrftoken=9; Path=/") == "sessionid=2; csrftoken=9");
  CHECK(header_after_renewal(Policy::Chromium, "csrftoken=1; Path=/") == "csrftoken=1; sessionid=2");
}
