// Rules the public cookie suites (IETF http-state parser tests, web-platform-tests
// cookies/) exercise, one TEST_CASE per rule, each with the RFC section it comes
// from. The inputs are written for this file; see CONFORMANCE.md for the suites.
#include <catch2/catch.hpp>
#include <string>
#include "cookie/jar.h"
#include "cookie/set_cookie_parser.h"
#include "support.h"

using namespace cl::cookie;
using namespace cl::cookie::test;

namespace {
// The lines set from `from`, then the Cookie header a GET of `to` carries.
std::string after(std::initializer_list<std::string_view> lines, std::string_view from, std::string_view to,
                  Policy policy = Policy::Rfc6265) {
  CookieJar jar(policy);
  for (std::string_view l : lines) jar.set_cookie(ctx(from), l, kT0);
  return jar.cookies_for(ctx(to), kT0).header;
}
// Default path "/" (RFC 6265 5.1.4), so only the tests about paths depend on paths.
constexpr std::string_view kShop = "http://shop.example.com/view";
// Default path "/cart".
constexpr std::string_view kCart = "http://shop.example.com/cart/view";
}  // namespace

TEST_CASE("conformance: a comma neither splits cookies nor ends the value (RFC 6265 5.2 step 1)", "[conformance]") {
  // Only ';' ends the name-value pair; folding several cookies into one header
  // with commas is not understood by user agents (RFC 6265 3).
  CHECK(after({"k=v1, k2=v2"}, kShop, kShop) == "k=v1, k2=v2");
  CHECK(after({"k=\"v1, k2=v2\""}, kShop, kShop) == "k=\"v1, k2=v2\"");
  CHECK(after({"k=v; Max-Age=60, k2=v2; Path=/"}, kShop, kShop) == "k=v");
}

TEST_CASE("conformance: quotes do not protect a ';' (RFC 6265 5.2 step 1)", "[conformance]") {
  CHECK(after({"k=\"a;b\""}, kShop, kShop) == "k=\"a");
  CHECK(after({"\"k;x\"=v"}, kShop, kShop).empty());               // the pair is "\"k": no '='
  CHECK(after({"k=v; x=\"p;q\"; Secure"}, kShop, kShop).empty());  // Secure still applies
}

TEST_CASE("conformance: a line without a usable name leaves the jar alone (RFC 6265 5.2 steps 2 and 5)",
          "[conformance]") {
  for (std::string_view bad : {"justvalue", "=v", "==v=w", " =v", "=", "", "   ", "\t", "; k=v"}) {
    INFO(bad);
    CHECK(after({"keep=1", bad}, kShop, kShop) == "keep=1");
  }
}

TEST_CASE("conformance: Max-Age is [\"-\"] 1*DIGIT or ignored (RFC 6265 5.2.2)", "[conformance]") {
  for (std::string_view bad : {"Max-Age=12,5", "Max-Age=3.5", "Max-Age=+60", "Max-Age=60s", "Max-Age=-", "Max-Age="}) {
    INFO(bad);
    const ParsedSetCookie p = parse_set_cookie("k=v; " + std::string(bad));
    CHECK_FALSE(p.max_age.has_value());
    CHECK(after({"k=v; " + std::string(bad)}, kShop, kShop) == "k=v");  // a session cookie
  }
  // An ignored Max-Age does not cancel an earlier valid one.
  CHECK(parse_set_cookie("k=v; Max-Age=0; Max-Age=x").max_age == 0);
}

TEST_CASE("conformance: an empty Domain after a valid one is ignored (RFC 6265 5.2.3)", "[conformance]") {
  // "the user agent SHOULD ignore the cookie-av entirely": the earlier Domain holds.
  CHECK(after({"k=v; Domain=example.com; Domain="}, kShop, "http://example.com/") == "k=v");
  CHECK(after({"k=v; Domain=other.example.com; Domain="}, kShop, kShop).empty());
  CHECK(after({"k=v; Domain="}, kShop, "http://shop.example.com/").size() == 3);
  CHECK(after({"k=v; Domain="}, kShop, "http://x.shop.example.com/").empty());  // host-only
}

TEST_CASE("conformance: the last Domain decides, valid or not (RFC 6265 5.3 step 4)", "[conformance]") {
  CHECK(after({"k=v; Domain=shop.example.com; Domain=example.com"}, kShop, "http://www.example.com/") == "k=v");
  CHECK(after({"k=v; Domain=example.com; Domain=shop.example.com"}, kShop, "http://www.example.com/").empty());
  CHECK(after({"k=v; Domain=example.net; Domain=example.com"}, kShop, kShop) == "k=v");
  CHECK(after({"k=v; Domain=example.com; Domain=example.net"}, kShop, kShop).empty());
}

TEST_CASE("conformance: a Domain that is not a plain suffix of the host is refused (RFC 6265 5.1.3, 5.3 step 6)",
          "[conformance]") {
  for (std::string_view bad : {"Domain=shop.example.com.", "Domain=shop.example.com..", "Domain=..shop.example.com",
                               "Domain=shop..example.com", "Domain=\"shop.example.com\"", "Domain=shop.example.com:80",
                               "Domain=shop.example.com .", "Domain=.  shop.example.com", "Domain=x.shop.example.com",
                               "Domain=hop.example.com"}) {
    INFO(bad);
    CHECK(after({"k=v; " + std::string(bad)}, kShop, kShop).empty());
  }
  // Leading WSP before the dot is trimmed first, so this one is fine.
  CHECK(after({"k=v; Domain=   .shop.example.com"}, kShop, kShop) == "k=v");
}

TEST_CASE("conformance: Domain=host and Domain=.host name the same cookie (RFC 6265 5.2.3, 5.3 step 11)",
          "[conformance]") {
  CHECK(after({"k=old; Domain=shop.example.com", "k=new; Domain=.shop.example.com"}, kShop, kShop) == "k=new");
  CHECK(after({"k=old; Domain=.SHOP.example.com", "k=new; Domain=shop.example.com"}, kShop, kShop) == "k=new");
}

TEST_CASE("conformance: a later Path without a leading '/' means the default path (RFC 6265 5.2.4)", "[conformance]") {
  // The default path of /cart/view is /cart.
  CHECK(after({"k=v; Path=/; Path=relative"}, kCart, "http://shop.example.com/other").empty());
  CHECK(after({"k=v; Path=/; Path=relative"}, kCart, "http://shop.example.com/cart/x") == "k=v");
  CHECK(after({"k=v; Path=/elsewhere; Path="}, kCart, "http://shop.example.com/cart/x") == "k=v");
  CHECK(after({"k=v; Path=; Path=/elsewhere"}, kCart, "http://shop.example.com/cart/x").empty());
}

TEST_CASE("conformance: path-match is byte-exact (RFC 6265 5.1.4)", "[conformance]") {
  // Case matters and percent-escapes are not decoded; the boundary is a '/'.
  CHECK(after({"k=v; Path=/Cart"}, kShop, "http://shop.example.com/cart/x").empty());
  CHECK(after({"k=v; Path=/c%61rt"}, kShop, "http://shop.example.com/cart/x").empty());
  CHECK(after({"k=v; Path=/cart/view?"}, kShop, "http://shop.example.com/cart/view?q").empty());
  CHECK(after({"k=v; Path=/cart/"}, kShop, "http://shop.example.com/cart").empty());
  CHECK(after({"k=v; Path=/cart/"}, kShop, "http://shop.example.com/cart//x") == "k=v");
  CHECK(after({"k=v; Path=/car"}, kShop, "http://shop.example.com/cart").empty());
  CHECK(after({"k=v; Path=/cart/view/"}, kShop, "http://shop.example.com/cart/view").empty());
}

TEST_CASE("conformance: the header lists longer paths first across domains (RFC 6265 5.4 step 2)", "[conformance]") {
  // Same name on four (domain, path) pairs: four cookies, ordered by path length,
  // then by creation time; host-only or not plays no part in the order.
  const std::string h =
      after({"k=1", "k=2; Path=/", "k=3; Domain=example.com", "k=4; Domain=example.com; Path=/cart/view"}, kCart,
            "http://shop.example.com/cart/view/more");
  CHECK(h == "k=4; k=1; k=3; k=2");
}

TEST_CASE("conformance: an expiry in the past removes the stored cookie only (RFC 6265 5.3 steps 3, 11)",
          "[conformance]") {
  CHECK(after({"a=1; Max-Age=60", "b=1; Max-Age=60", "a=x; Max-Age=0", "c=y; Max-Age=0"}, kShop, kShop) == "b=1");
  CHECK(after({"a=1", "a=2; Expires=Sun, 06 Nov 1994 08:49:37 GMT"}, kShop, kShop).empty());
}

TEST_CASE("conformance: a time token needs three fields in one token (RFC 6265 5.1.1)", "[conformance]") {
  // Legacy parsers read "00: 00:00" as midnight; the 5.1.1 tokenizer splits it at
  // the space, finds no hms-time, and the whole date fails.
  CHECK_FALSE(parse_cookie_date("Sat, 01-Jan-2033 00: 00:00 GMT"));
  CHECK(parse_cookie_date("Sat, 01-Jan-2033 0:0:0 GMT") == utc(2033, 1, 1));
  // Extra text after each part is allowed ("( non-digit *OCTET )").
  CHECK(parse_cookie_date("Sat, 1st-January-33 7:08:09pm") == utc(2033, 1, 1, 7, 8, 9));
}

TEST_CASE("conformance: over-long numbers in a date make it fail (RFC 6265 5.1.1 steps 2 and 5)", "[conformance]") {
  CHECK_FALSE(parse_cookie_date("Mon, 003-Jan-2033 10:00:00 GMT"));  // no day-of-month
  CHECK_FALSE(parse_cookie_date("Mon, 03-Jan-20330 10:00:00 GMT"));  // no year
  CHECK_FALSE(parse_cookie_date("Mon, 03-Jan-2033 10:00:000 GMT"));  // no time
  CHECK_FALSE(parse_cookie_date("Mon, 03-Jan-2033 24:00:00 GMT"));   // hour out of range
  CHECK_FALSE(parse_cookie_date("Mon, 32-Jan-2033 10:00:00 GMT"));   // day out of range
  // The first time-like token wins, even when a later one would be valid.
  CHECK_FALSE(parse_cookie_date("Mon, 03-Jan-33 25:00:00 10:00:00"));
}

TEST_CASE("conformance: UTF-8 names and values pass through byte for byte (RFC 6265 5.2, 5.4 step 4)",
          "[conformance]") {
  CHECK(after({"\xec\xbf\xa0\xed\x82\xa4=\xea\xb0\x92; \xec\x86\x8d\xec\x84\xb1"}, kShop, kShop) ==
        "\xec\xbf\xa0\xed\x82\xa4=\xea\xb0\x92");
  CHECK(after({"k=%41%42"}, kShop, kShop) == "k=%41%42");  // no percent-decoding either
}

TEST_CASE("conformance: HTAB inside a name is kept, other control characters refuse the line (RFC 6265bis 5.6)",
          "[conformance]") {
  CHECK(after({"a\tb=1"}, kShop, kShop) == "a\tb=1");
  CHECK(after({"k=v; Path=/\t"}, kShop, kShop) == "k=v");
  for (char c : {'\x01', '\x08', '\x0b', '\x1f', '\x7f'}) {
    INFO(static_cast<int>(c));
    CHECK(after({std::string("k=v; Path=/ca") + c + "rt; Path=/"}, kShop, kShop).empty());
  }
}

TEST_CASE("conformance: an attribute value over 1024 octets is skipped, its neighbours count (RFC 6265bis 5.6)",
          "[conformance]") {
  const std::string long_path = "/cart" + std::string(1100, 'x');
  CHECK(after({"k=v; Path=/cart; Path=" + long_path}, kShop, "http://shop.example.com/cart/y") == "k=v");
  CHECK(after({"k=v; Path=" + long_path + "; Path=/nope"}, kShop, "http://shop.example.com/cart/y").empty());
  const std::string long_domain = std::string(1100, 'd') + ".com";
  CHECK(after({"k=v; Domain=example.com; Domain=" + long_domain}, kShop, "http://www.example.com/") == "k=v");
}

TEST_CASE("conformance: name plus value may be 4096 octets, not more (RFC 6265bis 5.6 step 4)", "[conformance]") {
  const std::string n(100, 'n');
  CHECK(after({n + "=" + std::string(3996, 'v')}, kShop, kShop).size() == 4097);  // with the '='
  CHECK(after({n + "=" + std::string(3997, 'v')}, kShop, kShop).empty());
}

TEST_CASE("conformance: __Host- needs an explicit Path=/ attribute (RFC 6265bis 4.1.3.2)", "[conformance]") {
  constexpr std::string_view root = "https://shop.example.com/";  // default path "/" already
  CHECK(after({"__Host-k=v; Secure; Path=/"}, root, root) == "__Host-k=v");
  CHECK(after({"__Host-k=v; Secure"}, root, root).empty());
  CHECK(after({"__Host-k=v; Secure; Path="}, root, root).empty());
  CHECK(after({"__Host-k=v; Secure; Path"}, root, root).empty());
  CHECK(after({"__Host-k=v; Secure; Path=/; Domain=shop.example.com"}, root, root).empty());
}

TEST_CASE("conformance: prefixes match case-insensitively under Chromium (RFC 6265bis 4.1.3)", "[conformance]") {
  constexpr std::string_view plain = "http://shop.example.com/";
  CHECK(after({"__HOST-k=v; Path=/"}, plain, plain, Policy::Chromium).empty());
  CHECK(after({"__secure-k=v"}, plain, plain, Policy::Chromium).empty());
}
