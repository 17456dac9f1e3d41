// Copies of a jar share their storage until one changes (copy on write). Whatever
// a copy does, the original must read exactly as before: the timeline keeps the
// jar of every step this way, and stepping back must show the old state.
#include <catch2/catch.hpp>
#include "cookie/jar.h"

using namespace cl;
using namespace cl::cookie;

namespace {

RequestContext at(const char* url) {
  RequestContext ctx;
  ctx.url = *http::parse_url(url).url;
  return ctx;
}

CookieJar filled() {
  CookieJar jar;
  jar.set_cookie(at("http://shop.example/"), "sid=1; Path=/", 1000);
  jar.set_cookie(at("http://shop.example/"), "theme=dark; Max-Age=60", 2000);
  jar.set_cookie(at("http://shop.example/cart/x"), "cart=3", 3000);
  return jar;
}

}  // namespace

TEST_CASE("a copy that sends cookies leaves the original's last-access times alone", "[jar][copy]") {
  const CookieJar original = filled();
  const std::vector<Cookie> before = original.all();
  CookieJar copy = original;
  const SendResult sent = copy.cookies_for(at("http://shop.example/cart/"), 5000);
  REQUIRE(sent.sent.size() == 3);
  for (const Cookie& c : sent.sent) CHECK(c.last_access == 5000);
  for (const Cookie& c : copy.all()) CHECK(c.last_access == 5000);
  CHECK(original.all() == before);
  CHECK_FALSE(copy == original);
  // And a second round on the copy: times move again, the original still does not.
  copy.cookies_for(at("http://shop.example/"), 6000);
  for (const Cookie& c : copy.all()) CHECK(c.last_access == (c.name == "cart" ? 5000 : 6000));
  CHECK(original.all() == before);
}

TEST_CASE("a copy that changes keeps its own access times and leaves the original alone", "[jar][copy]") {
  const CookieJar original = filled();
  const std::vector<Cookie> before = original.all();
  SECTION("a new cookie after a send") {
    CookieJar copy = original;
    copy.cookies_for(at("http://shop.example/"), 5000);
    copy.set_cookie(at("http://shop.example/"), "lang=ko", 5500);
    CHECK(copy.size() == 4);
    for (const Cookie& c : copy.all())
      if (c.name == "sid") CHECK(c.last_access == 5000);  // carried into the copy's own store
  }
  SECTION("a replaced cookie") {
    CookieJar copy = original;
    CHECK(copy.set_cookie(at("http://shop.example/"), "sid=2; Path=/", 5000).outcome == SetOutcome::Replaced);
  }
  SECTION("expiry") {
    CookieJar copy = original;
    CHECK(copy.remove_expired(2000 + 61 * kSecond).size() == 1);
    CHECK(copy.size() == 2);
  }
  SECTION("closing the browser") {
    CookieJar copy = original;
    CHECK(copy.drop_session_cookies().size() == 2);
  }
  SECTION("clearing, erasing, putting by hand") {
    CookieJar copy = original;
    copy.clear();
    CHECK(copy.size() == 0);
    CookieJar other = original;
    CHECK(other.erase("cart", "shop.example", "/cart"));
    Cookie forged = before.front();
    forged.value = "forged";
    CookieJar third = original;
    third.put(forged);
    CHECK(third.size() == 3);
  }
  CHECK(original.all() == before);
  CHECK(original.size() == 3);
}

TEST_CASE("a jar whose copies are gone writes in place again and keeps its times", "[jar][copy]") {
  CookieJar jar = filled();
  {
    const CookieJar snapshot = jar;
    jar.cookies_for(at("http://shop.example/"), 5000);  // shared: times kept beside the store
  }
  jar.cookies_for(at("http://shop.example/cart/"), 7000);  // alone again
  for (const Cookie& c : jar.all()) CHECK(c.last_access == 7000);
  CookieJar same = jar;
  CHECK(same == jar);
}
