// Hosts that are IP addresses, and names that only look numeric (issue 21).
// RFC 6265 5.1.3: a domain string domain-matches a host only when it is identical,
// or when the host is a host name (not an IP address) ending in "." + the domain.
// RFC 1123 2.1 and the WHATWG URL host parser: a host whose last label is a number
// is not a name (it is an IPv4 address, or the URL is refused). Chromium
// (cookie_util.cc GetCookieDomainWithString) makes Domain=<the IP> host-only and
// refuses any other Domain on an IP host; the rfc6265 policy keeps 5.3 step 6's
// letter (host-only false), which only that address can receive.
#include <catch2/catch.hpp>
#include "cookie/domain.h"
#include "cookie/jar.h"
#include "support.h"

using namespace cl;
using namespace cl::cookie;
using namespace cl::cookie::test;

namespace {

constexpr Policy kBoth[] = {Policy::Rfc6265, Policy::Chromium};

const char* name(Policy p) { return p == Policy::Chromium ? "chromium" : "rfc6265"; }

// A request whose URL the URL parser would refuse: the engine must hold by itself.
RequestContext raw_host(std::string host) {
  RequestContext c;
  c.url.scheme = "http";
  c.url.host = std::move(host);
  c.url.port = 80;
  c.url.path = "/";
  return c;
}

std::string get(CookieJar& jar, const RequestContext& c) { return jar.cookies_for(c, kT0).header; }
std::string get(CookieJar& jar, std::string_view u) { return get(jar, ctx(u)); }

}  // namespace

TEST_CASE("ip host: no Domain is a host-only cookie for the address", "[ip]") {
  for (Policy p : kBoth) {
    INFO(name(p));
    CookieJar jar(p);
    const SetDecision d = jar.set_cookie(ctx("http://192.168.0.10/"), "a=b", kT0);
    REQUIRE(d.cookie);
    CHECK(d.cookie->host_only);
    CHECK(d.cookie->domain == "192.168.0.10");
    CHECK(get(jar, "http://192.168.0.10/") == "a=b");
    CHECK(get(jar, raw_host("10.192.168.0.10")) == "");
  }
}

TEST_CASE("ip host: Domain equal to the address", "[ip]") {
  // Chromium: host-only for that address.
  CookieJar chromium(Policy::Chromium);
  SetDecision d = chromium.set_cookie(ctx("http://192.168.0.10/"), "a=b; Domain=192.168.0.10", kT0);
  REQUIRE(d.cookie);
  CHECK(d.cookie->host_only);
  CHECK(d.cookie->domain == "192.168.0.10");
  d = chromium.set_cookie(ctx("http://192.168.0.10/"), "c=d; Domain=.192.168.0.10", kT0);
  REQUIRE(d.cookie);
  CHECK(d.cookie->host_only);
  // RFC 6265 5.3 step 6: identical strings domain-match, so host-only is false.
  CookieJar rfc(Policy::Rfc6265);
  d = rfc.set_cookie(ctx("http://192.168.0.10/"), "a=b; Domain=192.168.0.10", kT0);
  REQUIRE(d.cookie);
  CHECK_FALSE(d.cookie->host_only);
  CHECK(d.cookie->domain == "192.168.0.10");
  // Either way only the address itself gets it.
  for (CookieJar* jar : {&chromium, &rfc}) {
    CHECK_THAT(get(*jar, "http://192.168.0.10/"), Catch::Contains("a=b"));
    CHECK(get(*jar, raw_host("www.fancy.192.168.0.10")) == "");
    CHECK(get(*jar, raw_host("x.192.168.0.10")) == "");
    CHECK(get(*jar, "http://192.168.0.11/") == "");
  }
}

TEST_CASE("ip host: any other Domain is refused", "[ip]") {
  for (Policy p : kBoth) {
    INFO(name(p));
    for (const char* domain : {"0.10", "168.0.10", "0.168.0.10", "192.168.0.1", "example", "10"}) {
      INFO(domain);
      CookieJar jar(p);
      const SetDecision d = jar.set_cookie(ctx("http://192.168.0.10/"), std::string("a=b; Domain=") + domain, kT0);
      CHECK(d.outcome == SetOutcome::Ignored);
      // "example" and "10" are public suffixes (the list's "*" rule): step 5 refuses
      // them first under rfc6265; Chromium decides on the IP host before the list.
      const bool suffix = std::string_view(domain) == "example" || std::string_view(domain) == "10";
      CHECK(d.reason == (suffix && p == Policy::Rfc6265 ? Reason::PublicSuffixDomain : Reason::DomainMismatch));
    }
  }
}

TEST_CASE("ip host: a host that ends in a number cannot set or get the address's cookies", "[ip]") {
  for (Policy p : kBoth) {
    INFO(name(p));
    // The URL parser refuses such a host (tests/http/url_test.cpp); the engine, given
    // one anyway, treats it as no host name.
    CookieJar jar(p);
    SetDecision d = jar.set_cookie(raw_host("www.fancy.192.168.0.10"), "a=b; Domain=192.168.0.10", kT0);
    CHECK(d.reason == Reason::DomainMismatch);
    d = jar.set_cookie(raw_host("www.fancy.192.168.0.10"), "a=b; Domain=0.10", kT0);
    CHECK(d.reason == Reason::DomainMismatch);
    jar.set_cookie(ctx("http://192.168.0.10/"), "ip=1; Domain=192.168.0.10", kT0);
    jar.set_cookie(ctx("http://192.168.0.10/"), "ip2=1", kT0);
    CHECK(get(jar, raw_host("www.fancy.192.168.0.10")) == "");
    CHECK(get(jar, raw_host("example.0x1f")) == "");
  }
}

TEST_CASE("ip host: IPv6 literals in brackets", "[ip]") {
  for (Policy p : kBoth) {
    INFO(name(p));
    CookieJar jar(p);
    SetDecision d = jar.set_cookie(ctx("http://[::1]/"), "a=b", kT0);
    REQUIRE(d.cookie);
    CHECK(d.cookie->host_only);
    CHECK(d.cookie->domain == "[::1]");
    d = jar.set_cookie(ctx("http://[::1]/"), "c=d; Domain=[::1]", kT0);
    REQUIRE(d.cookie);
    CHECK(d.cookie->host_only == (p == Policy::Chromium));
    CHECK(d.cookie->domain == "[::1]");
    // Without brackets it is not the URL's host string: refused.
    CHECK(jar.set_cookie(ctx("http://[::1]/"), "e=f; Domain=::1", kT0).reason == Reason::DomainMismatch);
    CHECK(jar.set_cookie(ctx("http://[::1]/"), "e=f; Domain=1]", kT0).outcome == SetOutcome::Ignored);
    CHECK(get(jar, "http://[::1]/") == "a=b; c=d");
    CHECK(get(jar, "http://[::2]/") == "");
  }
}

TEST_CASE("ip host: a host with no registrable domain sets host-only for itself", "[ip]") {
  // 5.3 step 5 (Chromium: an empty eTLD+1 and Domain equal to the host is a host
  // cookie): localhost is a public suffix through the list's "*" rule.
  for (Policy p : kBoth) {
    INFO(name(p));
    CookieJar jar(p);
    SetDecision d = jar.set_cookie(ctx("http://localhost/"), "a=b; Domain=localhost", kT0);
    REQUIRE(d.cookie);
    CHECK(d.cookie->host_only);
    CHECK(jar.set_cookie(ctx("http://sub.localhost/"), "a=b; Domain=localhost", kT0).reason ==
          Reason::PublicSuffixDomain);
  }
}

TEST_CASE("ip host: names that only look numeric are names", "[ip]") {
  CHECK(is_host_name("1.example"));
  CHECK(is_host_name("123.example.com"));
  CHECK(is_host_name("0x1f.example"));
  CHECK_FALSE(is_host_name("example.123"));
  CHECK_FALSE(is_host_name("example.123."));
  CHECK_FALSE(is_host_name("example.0x1f"));
  CHECK_FALSE(is_host_name("www.fancy.192.168.0.10"));
  CHECK_FALSE(is_host_name("192.168.0.10"));
  CHECK_FALSE(is_host_name("[::1]"));
  CHECK(domain_match("www.123.example.com", "123.example.com"));
  CHECK_FALSE(domain_match("www.fancy.192.168.0.10", "192.168.0.10"));
  CHECK_FALSE(domain_match("a.example.123", "example.123"));
  for (Policy p : kBoth) {
    INFO(name(p));
    CookieJar jar(p);
    SetDecision d = jar.set_cookie(ctx("http://123.example.com/"), "a=b; Domain=example.com", kT0);
    REQUIRE(d.cookie);
    CHECK_FALSE(d.cookie->host_only);
    d = jar.set_cookie(ctx("http://www.1.example/"), "c=d; Domain=1.example", kT0);
    REQUIRE(d.cookie);
    CHECK(d.cookie->domain == "1.example");
    CHECK(get(jar, "http://123.example.com/") == "a=b");
    CHECK(get(jar, "http://x.1.example/") == "c=d");
  }
}

// RFC 6265 5.1.2: hosts are compared in their IDNA A-label form. The URL parser
// converts the request host; the engine converts a Unicode Domain attribute.
TEST_CASE("idn: a Domain in Unicode is converted to its A-label form", "[idn]") {
  CHECK(canonicalize_host("Bücher.Example") == "xn--bcher-kva.example");
  CHECK(canonicalize_host("WWW.Example") == "www.example");
  CHECK_FALSE(
      to_canonical_host("\xcc\x81"
                        "a.example"));
  for (Policy p : kBoth) {
    INFO(name(p));
    CookieJar jar(p);
    SetDecision d = jar.set_cookie(ctx("http://www.bücher.example/"), "a=b; Domain=bücher.example", kT0);
    REQUIRE(d.cookie);
    CHECK_FALSE(d.cookie->host_only);
    CHECK(d.cookie->domain == "xn--bcher-kva.example");
    d = jar.set_cookie(ctx("http://www.bücher.example/"), "c=d; Domain=.BÜCHER.example", kT0);
    REQUIRE(d.cookie);
    CHECK(d.cookie->domain == "xn--bcher-kva.example");
    CHECK(get(jar, "http://bücher.example/") == "a=b; c=d");
    CHECK(get(jar, "http://xn--bcher-kva.example/") == "a=b; c=d");
    // A Unicode Domain that converts to another site still does not domain-match.
    CHECK(jar.set_cookie(ctx("http://www.bücher.example/"), "e=f; Domain=büch.example", kT0).reason ==
          Reason::DomainMismatch);
    // A label IDNA2008 refuses (a leading combining mark) names no host.
    d = jar.set_cookie(ctx("http://www.bücher.example/"),
                       "e=f; Domain=\xcc\x81"
                       "a.bücher.example",
                       kT0);
    CHECK(d.outcome == SetOutcome::Ignored);
    CHECK(d.reason == Reason::InvalidIdnDomain);
  }
}
