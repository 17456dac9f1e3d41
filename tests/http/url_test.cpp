#include <catch2/catch.hpp>

#include "http/url.h"

using namespace cl::http;

namespace {

Url must_parse(std::string_view text) {
  const UrlResult r = parse_url(text);
  INFO("url: " << text << " error: " << r.problem.en());
  REQUIRE(r.url);
  return *r.url;
}

std::string refused(std::string_view text) {
  const UrlResult r = parse_url(text);
  INFO("url: " << text);
  REQUIRE_FALSE(r.url);
  CHECK_FALSE(r.problem.en().empty());
  // The reason is shown to a lesson's author in either language.
  CHECK(cl::ko::has_hangul(r.problem.ko()));
  return r.problem.en();
}

std::string resolved(std::string_view base, std::string_view reference) {
  const auto u = resolve_url(must_parse(base), reference);
  return u ? u->to_string() : "(none)";
}

}  // namespace

TEST_CASE("parse_url reads http and https URLs", "[url]") {
  SECTION("parts and defaults") {
    const Url u = must_parse("https://shop.example/cart?item=3#top");
    CHECK(u.scheme == "https");
    CHECK(u.host == "shop.example");
    CHECK(u.port == 443);
    CHECK(u.path == "/cart");
    CHECK(u.query == "item=3");
    CHECK(u.fragment == "top");
    CHECK(u.secure());
    CHECK(u.default_port());
    CHECK(u.origin() == "https://shop.example");
    CHECK(u.target() == "/cart?item=3");
    CHECK(u.to_string() == "https://shop.example/cart?item=3#top");
  }
  SECTION("scheme and host are lower-cased, the path is not") {
    const Url u = must_parse("HTTP://Shop.EXAMPLE/Cart");
    CHECK(u.scheme == "http");
    CHECK(u.host == "shop.example");
    CHECK(u.path == "/Cart");
    CHECK(u.port == 80);
    CHECK_FALSE(u.secure());
  }
  SECTION("empty path becomes /") {
    CHECK(must_parse("http://a.example").path == "/");
    CHECK(must_parse("http://a.example?x=1").path == "/");
    CHECK(must_parse("http://a.example?x=1").query == "x=1");
    CHECK(must_parse("http://a.example#f").target() == "/");
  }
  SECTION("explicit ports") {
    const Url u = must_parse("http://localhost:8080/x");
    CHECK(u.port == 8080);
    CHECK_FALSE(u.default_port());
    CHECK(u.origin() == "http://localhost:8080");
    CHECK(must_parse("https://a.example:443/").origin() == "https://a.example");
    CHECK(must_parse("http://a.example:443/").origin() == "http://a.example:443");
    CHECK(must_parse("http://a.example:/").port == 80);  // RFC 3986 3.2.3: empty port
    CHECK(must_parse("http://a.example:65535/").port == 65535);
  }
  SECTION("IPv6 literal keeps its brackets") {
    const Url u = must_parse("http://[::1]:3000/api");
    CHECK(u.host == "[::1]");
    CHECK(u.port == 3000);
    CHECK(u.origin() == "http://[::1]:3000");
    CHECK(must_parse("https://[2001:DB8::A]/").host == "[2001:db8::a]");
  }
  SECTION("IP addresses and underscores") {
    CHECK(must_parse("http://127.0.0.1/").host == "127.0.0.1");
    CHECK(must_parse("http://my_host.local/").host == "my_host.local");
  }
  SECTION("dot segments are removed, spaces and UTF-8 percent-encoded") {
    CHECK(must_parse("http://a.example/x/../y/./z").path == "/y/z");
    CHECK(must_parse("http://a.example/../../x").path == "/x");
    // Only whole segments "." and ".." are dot segments; a trailing one leaves its slash.
    CHECK(must_parse("http://a.example/a/b/..").path == "/a/");
    CHECK(must_parse("http://a.example/a/.").path == "/a/");
    CHECK(must_parse("http://a.example/.well-known/x..y/...").path == "/.well-known/x..y/...");
    CHECK(must_parse("http://a.example/a//b/").path == "/a//b/");
    CHECK(must_parse("http://a.example/검색 결과?q=쿠키").to_string() ==
          "http://a.example/%EA%B2%80%EC%83%89%20%EA%B2%B0%EA%B3%BC?q=%EC%BF%A0%ED%82%A4");
    CHECK(must_parse("http://a.example/a%20b").path == "/a%20b");  // already encoded: kept
  }
  SECTION("surrounding spaces are stripped") {
    CHECK(must_parse("  http://a.example/ \n").to_string() == "http://a.example/");
  }
}

TEST_CASE("parse_url refuses with a reason", "[url]") {
  CHECK_THAT(refused(""), Catch::Contains("empty"));
  CHECK_THAT(refused("ftp://a.example/"), Catch::Contains("ftp"));
  CHECK_THAT(refused("javascript:alert(1)"), Catch::Contains("javascript"));
  CHECK_THAT(refused("/relative/path"), Catch::Contains("no scheme"));
  CHECK_THAT(refused("a.example/x"), Catch::Contains("no scheme"));
  CHECK_THAT(refused("https//a.example/"), Catch::Contains("no ':' after its scheme"));
  CHECK_THAT(refused("http:a.example"), Catch::Contains("//"));
  CHECK_THAT(refused("http://"), Catch::Contains("no host"));
  CHECK_THAT(refused("http:///x"), Catch::Contains("no host"));
  CHECK_THAT(refused("http://:80/"), Catch::Contains("no host"));
  CHECK_THAT(refused("http://user:pw@a.example/"), Catch::Contains("user"));
  CHECK_THAT(refused("http://bank.example@evil.example/"), Catch::Contains("user"));
  CHECK_THAT(refused("http://a.example:0/"), Catch::Contains("range"));
  CHECK_THAT(refused("http://a.example:65536/"), Catch::Contains("range"));
  CHECK_THAT(refused("http://a.example:123456/"), Catch::Contains("too large"));
  CHECK_THAT(refused("http://a.example:8o/"), Catch::Contains("port"));
  CHECK_THAT(refused("http://a b.example/"), Catch::Contains("host"));
  CHECK_THAT(refused("http://\xcc\x81"
                     "a.example/"),
             Catch::Contains("IDNA2008"));  // starts with a combining mark
  CHECK_THAT(refused("http://[::1/"), Catch::Contains("']'"));
  CHECK_THAT(refused("http://[zz::1]/"), Catch::Contains("IPv6"));
  CHECK_THAT(refused("http://[127.0.0.1]/"), Catch::Contains("IPv6"));
  CHECK_THAT(refused("http://[::1]x/"), Catch::Contains("port"));
  CHECK_THAT(refused("http://a.example/a\x01"
                     "b"),
             Catch::Contains("control"));
}

TEST_CASE("resolve_url follows RFC 3986 5.2", "[url]") {
  SECTION("the normal examples of RFC 3986 5.4.1") {
    const char* base = "http://a/b/c/d;p?q";
    CHECK(resolved(base, "g") == "http://a/b/c/g");
    CHECK(resolved(base, "./g") == "http://a/b/c/g");
    CHECK(resolved(base, "g/") == "http://a/b/c/g/");
    CHECK(resolved(base, "/g") == "http://a/g");
    CHECK(resolved(base, "//g") == "http://g/");
    CHECK(resolved(base, "?y") == "http://a/b/c/d;p?y");
    CHECK(resolved(base, "g?y") == "http://a/b/c/g?y");
    CHECK(resolved(base, "#s") == "http://a/b/c/d;p?q#s");
    CHECK(resolved(base, "g#s") == "http://a/b/c/g#s");
    CHECK(resolved(base, "g?y#s") == "http://a/b/c/g?y#s");
    CHECK(resolved(base, ";x") == "http://a/b/c/;x");
    CHECK(resolved(base, "g;x") == "http://a/b/c/g;x");
    CHECK(resolved(base, "g;x?y#s") == "http://a/b/c/g;x?y#s");
    CHECK(resolved(base, "") == "http://a/b/c/d;p?q");
    CHECK(resolved(base, ".") == "http://a/b/c/");
    CHECK(resolved(base, "./") == "http://a/b/c/");
    CHECK(resolved(base, "..") == "http://a/b/");
    CHECK(resolved(base, "../") == "http://a/b/");
    CHECK(resolved(base, "../g") == "http://a/b/g");
    CHECK(resolved(base, "../..") == "http://a/");
    CHECK(resolved(base, "../../") == "http://a/");
    CHECK(resolved(base, "../../g") == "http://a/g");
  }
  SECTION("the abnormal examples of RFC 3986 5.4.2") {
    const char* base = "http://a/b/c/d;p?q";
    CHECK(resolved(base, "../../../g") == "http://a/g");
    CHECK(resolved(base, "../../../../g") == "http://a/g");
    CHECK(resolved(base, "/./g") == "http://a/g");
    CHECK(resolved(base, "/../g") == "http://a/g");
    CHECK(resolved(base, "g.") == "http://a/b/c/g.");
    CHECK(resolved(base, ".g") == "http://a/b/c/.g");
    CHECK(resolved(base, "g..") == "http://a/b/c/g..");
    CHECK(resolved(base, "..g") == "http://a/b/c/..g");
    CHECK(resolved(base, "./../g") == "http://a/b/g");
    CHECK(resolved(base, "./g/.") == "http://a/b/c/g/");
    CHECK(resolved(base, "g/./h") == "http://a/b/c/g/h");
    CHECK(resolved(base, "g/../h") == "http://a/b/c/h");
    CHECK(resolved(base, "g;x=1/./y") == "http://a/b/c/g;x=1/y");
    CHECK(resolved(base, "g;x=1/../y") == "http://a/b/c/y");
  }
  SECTION("what a browser meets: Location, links, form actions") {
    CHECK(resolved("https://shop.example/login", "/profile") == "https://shop.example/profile");
    CHECK(resolved("https://shop.example:8443/a/b", "c") == "https://shop.example:8443/a/c");
    CHECK(resolved("https://shop.example/login", "https://other.example/x") == "https://other.example/x");
    CHECK(resolved("https://shop.example/login", "//cdn.example/t.gif") == "https://cdn.example/t.gif");
    CHECK(resolved("http://shop.example/", "HTTPS://Shop.Example/") == "https://shop.example/");
    CHECK(resolved("http://shop.example/a?x=1", "?") == "http://shop.example/a");
  }
  SECTION("references that lead nowhere a browser can go") {
    CHECK(resolved("http://a/b", "mailto:x@y") == "(none)");
    CHECK(resolved("http://a/b", "javascript:void(0)") == "(none)");
    CHECK(resolved("http://a/b", "//") == "(none)");
  }
}

// WHATWG URL 3.5 host parsing, for reg-names: IDNA to A-labels (RFC 5891; RFC 6265
// 5.1.2 wants the cookie's host in that form), and a host that ends in a number is
// an IPv4 address or is refused (RFC 1123 2.1: a name's last label is alphabetic).
TEST_CASE("hosts: internationalised names become their xn-- form", "[url][host]") {
  CHECK(must_parse("http://bücher.example/").host == "xn--bcher-kva.example");
  CHECK(must_parse("http://Bücher.Example/x").to_string() == "http://xn--bcher-kva.example/x");
  CHECK(must_parse("http://예시.kr/").host == "xn--vv4b11d.kr");
  CHECK(must_parse("https://한글.kr:8443/").origin() == "https://xn--bj0bj06e.kr:8443");
  // UTS #46 mapping, as browsers: full-width letters and the ideographic full stop.
  CHECK(must_parse("http://\xef\xbd\x81.example/").host == "a.example");  // U+FF41
  CHECK(must_parse("http://bücher\xe3\x80\x82"
                   "example/")
            .host == "xn--bcher-kva.example");  // U+3002
  // Already in A-label form, or plain ASCII: unchanged (lower-cased).
  CHECK(must_parse("http://XN--BCHER-KVA.example/").host == "xn--bcher-kva.example");
  CHECK_THAT(refused("http://\xcc\x81"
                     "a.example/"),
             Catch::Contains("IDNA2008"));
  CHECK_THAT(refused("http://a.\xcc\x81"
                     "b.example/"),
             Catch::Contains("internationalised"));
}

TEST_CASE("hosts: a host that ends in a number is an IPv4 address or refused", "[url][host]") {
  CHECK(must_parse("http://192.168.0.10/").host == "192.168.0.10");
  CHECK(must_parse("http://127.0.0.1:8080/").host == "127.0.0.1");
  // The WHATWG IPv4 parser's other spellings, written back dotted.
  CHECK(must_parse("http://127.1/").host == "127.0.0.1");
  CHECK(must_parse("http://0x7f.0.0.1/").host == "127.0.0.1");
  CHECK(must_parse("http://2130706433/").host == "127.0.0.1");
  CHECK(must_parse("http://0177.0.0.1/").host == "127.0.0.1");  // octal
  CHECK(must_parse("http://1.2.3.4./").host == "1.2.3.4");      // one trailing dot
  // Names that only look numeric: the last label is alphabetic.
  CHECK(must_parse("http://1.example/").host == "1.example");
  CHECK(must_parse("http://123.example.com/").host == "123.example.com");
  CHECK(must_parse("http://0x1f.example/").host == "0x1f.example");
  CHECK(must_parse("http://example.0xg/").host == "example.0xg");  // not a hex number
  // Ends in a number, but is no IPv4 address: refused, as a browser refuses it.
  for (const char* u : {"http://www.fancy.192.168.0.10/", "http://example.123/", "http://example.0x1f/",
                        "http://example.0x/", "http://1.2.3.4.5/", "http://256.0.0.1/", "http://1.2.3.256/",
                        "http://example.123./", "http://09.0.0.1/", "http://4294967296/"}) {
    INFO(u);
    CHECK_THAT(refused(u), Catch::Contains("ends in a number"));
  }
  // IPv6 literals keep their brackets and are not touched by the IPv4 rule.
  CHECK(must_parse("http://[::1]/").host == "[::1]");
  CHECK(must_parse("http://[::FFFF:1.2.3.4]:81/").host == "[::ffff:1.2.3.4]");
}
