// RFC 6265bis SameSite (5.2, 5.7, 5.8.3), prefixes (4.1.3) and third-party blocking.
#include <catch2/catch.hpp>
#include "cookie/jar.h"
#include "support.h"

using namespace cl::cookie;
using namespace cl::cookie::test;
using cl::kMinute;
using cl::kSecond;

namespace {
// A jar holding s (Strict), l (Lax), n (None; Secure) and u (no SameSite) for
// https://shop.example/.
CookieJar stocked(Policy p, cl::TimeMs at = kT0) {
  CookieJar jar(p);
  for (const char* line : {"s=1; SameSite=Strict", "l=1; SameSite=Lax", "n=1; SameSite=None; Secure", "u=1"})
    REQUIRE(jar.set_cookie(ctx("https://shop.example/"), line, at).outcome == SetOutcome::Stored);
  return jar;
}
std::string sent(CookieJar& jar, const RequestContext& c, cl::TimeMs now = kT0 + 10 * kMinute) {
  return jar.cookies_for(c, now).header;
}
}  // namespace

TEST_CASE("same-site: registrable domains decide", "[samesite]") {
  CHECK(is_same_site(ctx("https://shop.example/")));
  CHECK(is_same_site(from("https://www.shop.example/", "https://shop.example/")));
  CHECK(is_same_site(from("https://a.example.co.kr/", "https://b.example.co.kr/")));
  CHECK_FALSE(is_same_site(from("https://shop.example/", "https://evil.example/")));
  CHECK_FALSE(is_same_site(from("https://alice.github.io/", "https://bob.github.io/")));
}

TEST_CASE("same-site: schemeful under Chromium only", "[samesite]") {
  auto c = from("https://shop.example/", "http://shop.example/");
  CHECK(is_same_site(c, Policy::Rfc6265));
  CHECK_FALSE(is_same_site(c, Policy::Chromium));
}

TEST_CASE("same-site: every cookie is sent on a same-site request", "[samesite]") {
  for (Policy p : {Policy::Rfc6265, Policy::Chromium}) {
    CookieJar jar = stocked(p);
    CHECK(sent(jar, from("https://shop.example/", "https://www.shop.example/", false, "POST")) == "s=1; l=1; n=1; u=1");
  }
}

TEST_CASE("same-site: cross-site top-level GET sends Lax but not Strict", "[samesite]") {
  CookieJar rfc = stocked(Policy::Rfc6265), chromium = stocked(Policy::Chromium);
  auto c = from("https://shop.example/", "https://evil.example/");
  CHECK(sent(rfc, c) == "l=1; n=1; u=1");
  CHECK(sent(chromium, c) == "l=1; n=1; u=1");
  auto r = rfc.cookies_for(c, kT0, true);
  REQUIRE_FALSE(r.excluded.empty());
  CHECK(r.excluded[0].reason == Reason::SameSiteStrict);
}

TEST_CASE("same-site: cross-site HEAD counts as safe", "[samesite]") {
  CookieJar jar = stocked(Policy::Rfc6265);
  CHECK(sent(jar, from("https://shop.example/", "https://evil.example/", true, "HEAD")) == "l=1; n=1; u=1");
}

TEST_CASE("same-site: cross-site subresource sends only None (and unspecified under rfc6265)", "[samesite]") {
  CookieJar rfc = stocked(Policy::Rfc6265), chromium = stocked(Policy::Chromium);
  auto c = from("https://shop.example/img.png", "https://evil.example/", false);
  CHECK(sent(rfc, c) == "n=1; u=1");
  CHECK(sent(chromium, c) == "n=1");
  auto r = chromium.cookies_for(c, kT0 + 10 * kMinute, true);
  bool saw_lax = false, saw_unspecified = false;
  for (const Exclusion& e : r.excluded) {
    saw_lax |= e.cookie.name == "l" && e.reason == Reason::SameSiteLax;
    saw_unspecified |= e.cookie.name == "u" && e.reason == Reason::SameSiteUnspecifiedTreatedAsLax;
  }
  CHECK(saw_lax);
  CHECK(saw_unspecified);
}

TEST_CASE("same-site: cross-site top-level POST and the Lax+POST allowance", "[samesite]") {
  CookieJar rfc = stocked(Policy::Rfc6265), chromium = stocked(Policy::Chromium);
  auto post = from("https://shop.example/pay", "https://evil.example/", true, "POST");
  CHECK(sent(rfc, post) == "n=1; u=1");
  SECTION("within two minutes of creation the unspecified cookie still goes") {
    CHECK(sent(chromium, post, kT0 + 2 * kMinute) == "n=1; u=1");
  }
  SECTION("after two minutes it does not") { CHECK(sent(chromium, post, kT0 + 2 * kMinute + kSecond) == "n=1"); }
  SECTION("the allowance is for top-level navigations only") {
    auto fetch = from("https://shop.example/pay", "https://evil.example/", false, "POST");
    CHECK(sent(chromium, fetch, kT0 + kSecond) == "n=1");
  }
}

TEST_CASE("same-site: setting Lax/Strict from a cross-site subresource is refused", "[samesite]") {
  for (Policy p : {Policy::Rfc6265, Policy::Chromium}) {
    CookieJar jar(p);
    auto c = from("https://shop.example/pixel", "https://evil.example/", false);
    CHECK(jar.set_cookie(c, "s=1; SameSite=Strict", kT0).reason == Reason::SameSiteStrictCrossSite);
    CHECK(jar.set_cookie(c, "l=1; SameSite=Lax", kT0).reason == Reason::SameSiteLaxCrossSite);
    CHECK(jar.set_cookie(c, "n=1; SameSite=None; Secure", kT0).outcome == SetOutcome::Stored);
  }
}

TEST_CASE("same-site: an unspecified cookie set cross-site depends on the policy", "[samesite]") {
  auto c = from("https://shop.example/pixel", "https://evil.example/", false);
  CookieJar rfc(Policy::Rfc6265), chromium(Policy::Chromium);
  CHECK(rfc.set_cookie(c, "u=1", kT0).outcome == SetOutcome::Stored);
  CHECK(chromium.set_cookie(c, "u=1", kT0).reason == Reason::SameSiteUnspecifiedCrossSite);
}

TEST_CASE("same-site: a cross-site top-level navigation may set Strict cookies", "[samesite]") {
  CookieJar jar(Policy::Chromium);
  auto c = from("https://shop.example/", "https://evil.example/", true);
  CHECK(jar.set_cookie(c, "s=1; SameSite=Strict", kT0).outcome == SetOutcome::Stored);
}

TEST_CASE("same-site: SameSite=None needs Secure under Chromium", "[samesite]") {
  CookieJar rfc(Policy::Rfc6265), chromium(Policy::Chromium);
  CHECK(rfc.set_cookie(ctx("http://shop.example/"), "n=1; SameSite=None", kT0).outcome == SetOutcome::Stored);
  CHECK(chromium.set_cookie(ctx("http://shop.example/"), "n=1; SameSite=None", kT0).reason ==
        Reason::SameSiteNoneInsecure);
}

TEST_CASE("third party: blocked cross-site cookies in both directions", "[samesite][thirdparty]") {
  CookieJar jar = stocked(Policy::Chromium);
  auto c = from("https://shop.example/", "https://evil.example/", false);
  c.block_third_party = true;
  CHECK(jar.set_cookie(c, "n2=1; SameSite=None; Secure", kT0).reason == Reason::ThirdPartyBlocked);
  auto r = jar.cookies_for(c, kT0, true);
  CHECK(r.header.empty());
  bool blocked = false;
  for (const Exclusion& e : r.excluded) blocked |= e.cookie.name == "n" && e.reason == Reason::ThirdPartyBlockedSend;
  CHECK(blocked);
  auto first_party = from("https://shop.example/", "https://shop.example/", false);
  first_party.block_third_party = true;
  CHECK(sent(jar, first_party) == "s=1; l=1; n=1; u=1");
}

TEST_CASE("prefixes: __Secure- needs Secure", "[prefix]") {
  for (Policy p : {Policy::Rfc6265, Policy::Chromium}) {
    CookieJar jar(p);
    CHECK(jar.set_cookie(ctx("https://shop.example/"), "__Secure-id=1", kT0).reason == Reason::InvalidPrefix);
    CHECK(jar.set_cookie(ctx("https://shop.example/"), "__Secure-id=1; Secure", kT0).outcome == SetOutcome::Stored);
    // From http: RFC 6265bis checks the origin first; Chromium checks the prefix first.
    CHECK(jar.set_cookie(ctx("http://shop.example/"), "__Secure-x=1; Secure", kT0).reason ==
          (p == Policy::Chromium ? Reason::InvalidPrefix : Reason::SecureFromInsecure));
  }
}

TEST_CASE("prefixes: __Host- needs Secure, no Domain and Path=/", "[prefix]") {
  CookieJar jar;
  auto c = ctx("https://www.shop.example/a/b");
  CHECK(jar.set_cookie(c, "__Host-id=1; Secure; Path=/", kT0).outcome == SetOutcome::Stored);
  CHECK(jar.set_cookie(c, "__Host-a=1; Path=/", kT0).reason == Reason::InvalidPrefix);
  CHECK(jar.set_cookie(c, "__Host-b=1; Secure", kT0).reason == Reason::InvalidPrefix);  // default path /a
  CHECK(jar.set_cookie(c, "__Host-c=1; Secure; Path=/x", kT0).reason == Reason::InvalidPrefix);
  CHECK(jar.set_cookie(c, "__Host-d=1; Secure; Path=/; Domain=shop.example", kT0).reason == Reason::InvalidPrefix);
  CHECK(jar.set_cookie(c, "__Host-e=1; Secure; Path=/; Domain=www.shop.example", kT0).reason == Reason::InvalidPrefix);
}

TEST_CASE("prefixes: case matters under rfc6265, not under Chromium", "[prefix]") {
  CookieJar rfc(Policy::Rfc6265), chromium(Policy::Chromium);
  auto c = ctx("https://shop.example/");
  CHECK(rfc.set_cookie(c, "__secure-id=1", kT0).outcome == SetOutcome::Stored);
  CHECK(chromium.set_cookie(c, "__secure-id=1", kT0).reason == Reason::InvalidPrefix);
  CHECK(chromium.set_cookie(c, "__HOST-id=1; Secure", kT0).reason == Reason::InvalidPrefix);
}
