#include <catch2/catch.hpp>

#include "serve/netscape.h"

using namespace cl;
using cl::serve::netscape_line;
using cl::serve::parse_netscape_line;

TEST_CASE("netscape_line writes a cookie as curl's cookie file does", "[serve]") {
  cookie::Cookie c;
  c.name = "sessionid";
  c.value = "abc";
  c.domain = "shop.example";
  c.path = "/";
  SECTION("host-only session cookie") { CHECK(netscape_line(c) == "shop.example\tFALSE\t/\tFALSE\t0\tsessionid\tabc"); }
  SECTION("domain cookie, Secure, HttpOnly, persistent (seconds, not milliseconds)") {
    c.host_only = false;
    c.secure = true;
    c.http_only = true;
    c.persistent = true;
    c.expiry = 1772442000123;
    CHECK(netscape_line(c) == "#HttpOnly_.shop.example\tTRUE\t/\tTRUE\t1772442000\tsessionid\tabc");
  }
  SECTION("round trip") {
    c.persistent = true;
    c.expiry = 2000000000000;
    c.path = "/a";
    auto parsed = parse_netscape_line(netscape_line(c));
    REQUIRE(parsed);
    CHECK(parsed->domain == "shop.example");
    CHECK(parsed->host_only);
    CHECK(parsed->path == "/a");
    CHECK(parsed->expiry == 2000000000);
    CHECK(parsed->name == "sessionid");
    CHECK(parsed->value == "abc");
  }
}

TEST_CASE("parse_netscape_line reads curl's lines", "[serve]") {
  SECTION("an HttpOnly domain cookie with an empty value") {
    auto c = parse_netscape_line("#HttpOnly_.example.com\tTRUE\t/p\tTRUE\t1700000000\tn\t");
    REQUIRE(c);
    CHECK(c->http_only);
    CHECK_FALSE(c->host_only);
    CHECK(c->domain == "example.com");
    CHECK(c->secure);
    CHECK(c->value.empty());
  }
  SECTION("a CRLF line end") {
    auto c = parse_netscape_line("example.com\tFALSE\t/\tFALSE\t0\tn\tv\r");
    REQUIRE(c);
    CHECK(c->value == "v");
  }
  SECTION("not cookies, one by one") {
    CHECK_FALSE(parse_netscape_line(""));
    CHECK_FALSE(parse_netscape_line("# Netscape HTTP Cookie File"));
    CHECK_FALSE(parse_netscape_line("example.com\tFALSE\t/\tFALSE\t0\tn"));            // six fields
    CHECK_FALSE(parse_netscape_line("example.com\tFALSE\t/\tFALSE\t0\tn\tv\textra"));  // eight
    CHECK_FALSE(parse_netscape_line("example.com\tyes\t/\tFALSE\t0\tn\tv"));           // flag
    CHECK_FALSE(parse_netscape_line("example.com\tFALSE\t/\tno\t0\tn\tv"));            // secure
    CHECK_FALSE(parse_netscape_line("example.com\tFALSE\t/\tFALSE\t-1\tn\tv"));        // expiry
    CHECK_FALSE(parse_netscape_line("example.com\tFALSE\t/\tFALSE\t\tn\tv"));          // expiry empty
    CHECK_FALSE(parse_netscape_line("example.com\tFALSE\t/\tFALSE\t99999999999999\tn\tv"));
  }
}
