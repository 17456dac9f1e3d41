// RFC 6265 5.1.2 - 5.1.4 and the public suffix list.
#include <catch2/catch.hpp>
#include "cookie/domain.h"

using namespace cl::cookie;

TEST_CASE("domain: canonical hosts are lower-case", "[domain]") {
  CHECK(canonicalize_host("WWW.Example.COM") == "www.example.com");
}

TEST_CASE("domain: IP addresses are recognised", "[domain]") {
  CHECK(is_ip_address("127.0.0.1"));
  CHECK(is_ip_address("192.168.10.255"));
  CHECK(is_ip_address("[::1]"));
  CHECK_FALSE(is_ip_address("1.2.3"));
  CHECK_FALSE(is_ip_address("1.2.3.256"));
  CHECK_FALSE(is_ip_address("1.2.3.4.5"));
  CHECK_FALSE(is_ip_address("example.com"));
  CHECK_FALSE(is_ip_address("1.2.3.com"));
  CHECK_FALSE(is_ip_address(""));
}

TEST_CASE("domain: domain-match (5.1.3)", "[domain]") {
  CHECK(domain_match("example.com", "example.com"));
  CHECK(domain_match("www.example.com", "example.com"));
  CHECK(domain_match("a.b.example.com", "example.com"));
  CHECK_FALSE(domain_match("example.com", "www.example.com"));
  CHECK_FALSE(domain_match("badexample.com", "example.com"));  // not at a label boundary
  CHECK_FALSE(domain_match("example.com", ""));
  CHECK_FALSE(domain_match("example.comx", "example.com"));
}

TEST_CASE("domain: IP addresses only match themselves", "[domain]") {
  CHECK(domain_match("1.2.3.4", "1.2.3.4"));
  CHECK_FALSE(domain_match("1.2.3.4", "2.3.4"));
  CHECK_FALSE(domain_match("1.2.3.4", "3.4"));
}

TEST_CASE("domain: default-path (5.1.4)", "[domain]") {
  CHECK(default_path("") == "/");
  CHECK(default_path("/") == "/");
  CHECK(default_path("/a") == "/");
  CHECK(default_path("/a/") == "/a");
  CHECK(default_path("/a/b") == "/a");
  CHECK(default_path("/a/b/c.html") == "/a/b");
  CHECK(default_path("a/b") == "/");
  CHECK(default_path("//") == "/");
}

TEST_CASE("domain: path-match table (5.1.4)", "[domain]") {
  struct Row {
    const char* request;
    const char* cookie;
    bool match;
  };
  const Row rows[] = {
      {"/", "/", true},           {"/docs", "/", true},        {"/docs", "/docs", true},   {"/docs/", "/docs", true},
      {"/docs/x", "/docs", true}, {"/docs/x", "/docs/", true}, {"/docsx", "/docs", false}, {"/doc", "/docs", false},
      {"/", "/docs", false},      {"/Docs", "/docs", false},   {"/docs", "/docs/", false}, {"/a/b/c", "/a/b", true},
  };
  for (const Row& r : rows) {
    INFO(r.request << " vs " << r.cookie);
    CHECK(path_match(r.request, r.cookie) == r.match);
  }
}

TEST_CASE("domain: public suffixes", "[domain][psl]") {
  CHECK(is_public_suffix("com"));
  CHECK(is_public_suffix("co.kr"));
  CHECK(is_public_suffix("kr"));
  CHECK(is_public_suffix("github.io"));  // a private registry counts, as in browsers
  CHECK(is_public_suffix("co.uk"));
  CHECK_FALSE(is_public_suffix("example.com"));
  CHECK_FALSE(is_public_suffix("example.co.kr"));
  CHECK_FALSE(is_public_suffix("alice.github.io"));
  CHECK_FALSE(is_public_suffix("127.0.0.1"));
}

TEST_CASE("domain: registrable domain (eTLD+1)", "[domain][psl]") {
  CHECK(registrable_domain("www.shop.example.co.kr") == "example.co.kr");
  CHECK(registrable_domain("www.example.com") == "example.com");
  CHECK(registrable_domain("example.com") == "example.com");
  CHECK(registrable_domain("alice.github.io") == "alice.github.io");
  CHECK(registrable_domain("com") == "com");
  CHECK(registrable_domain("127.0.0.1") == "127.0.0.1");
  CHECK(registrable_domain("localhost") == "localhost");
}
