#include <catch2/catch.hpp>

#include "serve/host_routing.h"

using cl::serve::host_of;
using cl::serve::route_host;

TEST_CASE("host_of takes the host out of a Host header value", "[serve]") {
  SECTION("plain names, lower-cased") {
    CHECK(host_of("shop.example") == "shop.example");
    CHECK(host_of("Shop.EXAMPLE") == "shop.example");
    CHECK(host_of("localhost") == "localhost");
  }
  SECTION("the port is stripped") {
    CHECK(host_of("shop.example:8080") == "shop.example");
    CHECK(host_of("127.0.0.1:80") == "127.0.0.1");
    CHECK(host_of("shop.example:") == "shop.example");  // RFC 3986: port = *DIGIT
  }
  SECTION("a final dot names the same host") {
    CHECK(host_of("shop.example.") == "shop.example");
    CHECK(host_of("shop.example.:8080") == "shop.example");
  }
  SECTION("whitespace around the value is not part of it") { CHECK(host_of("  shop.example\t") == "shop.example"); }
  SECTION("IPv6 literals keep their brackets") {
    CHECK(host_of("[::1]") == "[::1]");
    CHECK(host_of("[::1]:8080") == "[::1]");
  }
  SECTION("malformed values, one by one") {
    CHECK_FALSE(host_of(""));
    CHECK_FALSE(host_of("   "));
    CHECK_FALSE(host_of(":8080"));
    CHECK_FALSE(host_of("."));
    CHECK_FALSE(host_of("shop.example:80x"));
    CHECK_FALSE(host_of("shop.example:123456"));
    CHECK_FALSE(host_of("shop example"));
    CHECK_FALSE(host_of("user@shop.example"));
    CHECK_FALSE(host_of("shop.example/path"));
    CHECK_FALSE(host_of("[::1"));
    CHECK_FALSE(host_of("[::1]8080"));
    CHECK_FALSE(host_of("[::1]:x"));
    CHECK_FALSE(host_of("[::1/]"));
    CHECK_FALSE(host_of("shop.example\r\nX: y"));
  }
}

TEST_CASE("route_host picks the server that answers for a host", "[serve]") {
  const std::vector<std::vector<std::string>> servers = {{"shop.example", "www.shop.example"}, {"tracker.example"}};
  SECTION("by exact name") {
    CHECK(route_host(servers, "shop.example") == 0);
    CHECK(route_host(servers, "www.shop.example") == 0);
    CHECK(route_host(servers, "tracker.example") == 1);
  }
  SECTION("a sub-domain is another host, not the same server") {
    CHECK(route_host(servers, "api.shop.example") == -1);
    CHECK(route_host(servers, "example") == -1);
  }
  SECTION("NAME.localhost reaches the server of NAME") {
    CHECK(route_host(servers, "shop.example.localhost") == 0);
    CHECK(route_host(servers, "tracker.example.localhost") == 1);
    CHECK(route_host(servers, "other.example.localhost") == -1);
    CHECK(route_host(servers, "localhost") == -1);
    CHECK(route_host(servers, ".localhost") == -1);
  }
  SECTION("no servers") { CHECK(route_host({}, "shop.example") == -1); }
}
