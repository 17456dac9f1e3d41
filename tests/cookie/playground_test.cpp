// The `cookielab cookies` line protocol.
#include <catch2/catch.hpp>
#include <string>
#include "cookie/playground.h"
#include "support.h"

using namespace cl::cookie;
using Lines = std::vector<std::string>;

TEST_CASE("playground: set and get", "[playground]") {
  auto out = run_playground("set http://www.example.com/ sid=1\nget http://www.example.com/\n");
  CHECK(out == Lines{"stored: sid (host-only www.example.com, path /, session)", "Cookie: sid=1"});
}

TEST_CASE("playground: an empty Cookie line", "[playground]") {
  CHECK(run_playground("get http://example.com/") == Lines{"Cookie:"});
}

TEST_CASE("playground: attributes in the stored answer", "[playground]") {
  auto out = run_playground(
      "set https://www.example.com/ id=1; Domain=example.com; Path=/docs; Max-Age=86400; Secure; HttpOnly; "
      "SameSite=Lax");
  CHECK(out == Lines{"stored: id (domain example.com, path /docs, expires 2026-01-02T00:00:00Z, secure, httponly, "
                     "samesite=Lax)"});
}

TEST_CASE("playground: replaced, deleted and ignored", "[playground]") {
  auto out = run_playground(
      "set http://a.example/ x=1\n"
      "set http://a.example/ x=2\n"
      "set http://a.example/ x=; Max-Age=0\n"
      "set http://a.example/ x=; Max-Age=0\n"
      "set http://a.example/ novalue\n");
  CHECK(out == Lines{"stored: x (host-only a.example, path /, session)",
                     "replaced: x (host-only a.example, path /, session)", "deleted: x (host-only a.example, path /)",
                     "ignored: expired (RFC 6265 5.3)", "ignored: no-equals (RFC 6265 5.2 step 2)"});
}

TEST_CASE("playground: the value is byte for byte, tabs and non-UTF-8 included", "[playground]") {
  auto out = run_playground("set http://a.example/  a=\tb\tx\xff\xfe c\t \nget http://a.example/\n");
  REQUIRE(out.size() == 2);
  // WSP at the ends is trimmed by 5.2; inside the value everything stays.
  CHECK(out[1] == "Cookie: a=b\tx\xff\xfe c");
}

TEST_CASE("playground: a control byte in the value is reported", "[playground]") {
  auto out = run_playground("set http://a.example/ a=b\x01\n");
  CHECK(out == Lines{"ignored: disallowed-character (RFC 6265bis 5.6)"});
}

TEST_CASE("playground: wait, close and clear", "[playground]") {
  auto out = run_playground(
      "set http://a.example/ s=1\n"
      "set http://a.example/ p=1; Max-Age=3600\n"
      "wait 30m\n"
      "get http://a.example/\n"
      "wait 1h\n"
      "get http://a.example/\n"
      "close\n"
      "get http://a.example/\n"
      "set http://a.example/ q=1\n"
      "clear\n"
      "get http://a.example/\n");
  REQUIRE(out.size() == 11);
  CHECK(out[2] == "waited 30m: now 2026-01-01T00:30:00Z");
  CHECK(out[3] == "Cookie: s=1; p=1");
  CHECK(out[5] == "Cookie: s=1");
  CHECK(out[6] == "closed: 1 session cookie dropped");
  CHECK(out[7] == "Cookie:");
  CHECK(out[9] == "cleared: 1 cookie removed");
  CHECK(out[10] == "Cookie:");
}

TEST_CASE("playground: every malformed line gets one error answer", "[playground]") {
  auto out = run_playground(
      "sett http://a.example/ a=1\n"
      "get\n"
      "get notaurl\n"
      "set ftp://a.example/ a=1\n"
      "wait soon\n"
      "wait\n"
      "close now\n"
      "GET http://a.example/\n");
  REQUIRE(out.size() == 8);
  for (const std::string& line : out) CHECK(line.rfind("error: line ", 0) == 0);
  CHECK(out[0] == "error: line 1: unknown command \"sett\" (expected set, get, why, jar, wait, close or clear)");
  CHECK(out[4].find("bad duration") != std::string::npos);
}

TEST_CASE("playground: blank and comment lines get no answer; CRLF is a line end", "[playground]") {
  auto out = run_playground("\n# a comment\n   \nset http://a.example/ a=1\r\nget http://a.example/\r\n");
  CHECK(out == Lines{"stored: a (host-only a.example, path /, session)", "Cookie: a=1"});
}

TEST_CASE("playground: the start time and policy are chosen by the caller", "[playground]") {
  const cl::TimeMs t2011 = *cl::parse_iso8601("2011-01-01T00:00:00Z");
  auto out = run_playground("set http://a.example/ a=1; Max-Age=60", Policy::Rfc6265, t2011);
  CHECK(out == Lines{"stored: a (host-only a.example, path /, expires 2011-01-01T00:01:00Z)"});
  CHECK(run_playground("set http://a.example/ foo", Policy::Chromium) ==
        Lines{"stored: (nameless) (host-only a.example, path /, session)"});
}

TEST_CASE("playground: evictions are reported on the same line", "[playground]") {
  Playground p;
  std::string last;
  for (int i = 0; i <= 180; ++i) last = p.answer("set http://a.example/ c" + std::to_string(i) + "=1", i + 1);
  CHECK(last.find("; evicted: c0 (host-only a.example, path /)") != std::string::npos);
  CHECK(p.jar().size() == 180);
}

TEST_CASE("playground: spaces or tabs may separate the command from the URL", "[playground]") {
  auto out = run_playground("set \t http://a.example/ a=1\nget\thttp://a.example/\n");
  CHECK(out == Lines{"stored: a (host-only a.example, path /, session)", "Cookie: a=1"});
}

TEST_CASE("playground: a set line without a value", "[playground]") {
  CHECK(run_playground("set http://a.example/") == Lines{"ignored: no-cookie-content (RFC 6265bis 5.6)"});
  CHECK(run_playground("set http://a.example/ ") == Lines{"ignored: no-cookie-content (RFC 6265bis 5.6)"});
}

TEST_CASE("playground: --explain puts the reason's sentence under the answer, in the language asked", "[playground]") {
  const std::string line = "set http://www.example.co.kr/ a=1; Domain=co.kr";
  Playground plain;
  CHECK(plain.answer(line, 1) == "ignored: public-suffix-domain (RFC 6265 5.3 step 5)");  // unchanged for scripts
  Playground en;
  en.set_explain(true);
  const std::string e = en.answer(line, 1);
  // The first line as before, the sentence (cookie/reason.cpp's, not a copy) on the next, indented.
  CHECK(e == "ignored: public-suffix-domain (RFC 6265 5.3 step 5)\n  " +
                 std::string(reason_info(Reason::PublicSuffixDomain).en));
  Playground ko;
  ko.set_explain(true, cl::Lang::Ko);
  CHECK(ko.answer(line, 1) == "ignored: public-suffix-domain (RFC 6265 5.3 step 5)\n  " +
                                  std::string(reason_info(Reason::PublicSuffixDomain).ko));
  // Answers without a reason get no sentence.
  CHECK(ko.answer("set http://www.example.co.kr/ b=1", 2) ==
        "stored: b (host-only www.example.co.kr, path /, session)");
  CHECK(ko.answer("get http://www.example.co.kr/", 3) == "Cookie: b=1");
}

TEST_CASE("playground: why says, for each cookie of a name, whether a URL gets it", "[playground]") {
  auto out = run_playground(
      "set https://www.example.com/ sid=1; Path=/app; Secure\n"
      "set https://www.example.com/ sid=2; Domain=example.com\n"
      "why https://www.example.com/app/x sid\n"
      "why http://other.example/ sid\n"
      "why http://www.example.com/app/ sid\n"
      "why https://www.example.com/ nope\n"
      "why https://www.example.com/\n"
      "why\n"
      "why notaurl sid\n");
  REQUIRE(out.size() == 9);
  // One clause per cookie of the name, in the jar's order (domain, then path).
  CHECK(out[2] == "sent: sid (domain example.com, path /); sent: sid (host-only www.example.com, path /app)");
  CHECK(out[3] ==
        "not sent: sid (domain example.com, path /): other-domain (RFC 6265 5.4 step 1); "
        "not sent: sid (host-only www.example.com, path /app): other-domain (RFC 6265 5.4 step 1)");
  CHECK(out[4] ==
        "sent: sid (domain example.com, path /); "
        "not sent: sid (host-only www.example.com, path /app): secure-only (RFC 6265 5.4 step 1)");
  CHECK(out[5] == "not sent: no cookie named nope");
  CHECK(out[6] == "error: line 7: \"why\" wants a URL and a cookie name");
  CHECK(out[7] == "error: line 8: \"why\" wants a URL and a cookie name");
  CHECK(out[8].rfind("error: line 9: bad URL \"notaurl\"", 0) == 0);
}

TEST_CASE("playground: why is a question, it changes nothing", "[playground]") {
  Playground p;
  p.answer("set http://a.example/ a=1; Max-Age=60", 1);
  const CookieJar before = p.jar();
  p.answer("wait 30s", 2);
  p.answer("why http://a.example/ a", 3);
  CHECK(p.jar() == before);  // no last-access time moved
  p.answer("wait 1m", 4);
  CHECK(p.answer("why http://a.example/ a", 5) == "not sent: a (host-only a.example, path /): expired (RFC 6265 5.3)");
  CHECK(p.jar().size() == 1);  // still there to be removed by the next real use
}

TEST_CASE("playground: jar lists every cookie with every attribute", "[playground]") {
  auto out = run_playground(
      "jar\n"
      "set https://www.example.com/docs/a sid=abc; HttpOnly\n"
      "wait 1h\n"
      "set https://www.example.com/ id=1; Domain=example.com; Path=/docs; Max-Age=86400; Secure; SameSite=Lax\n"
      "set http://b.example/ gone=1; Max-Age=60\n"
      "wait 2m\n"
      "list\n"
      "jar now\n");
  REQUIRE(out.size() == 8);
  CHECK(out[0] == "jar: 0 cookies");
  CHECK(out[6] ==
        "jar: 2 cookies\n"
        "  id=1; domain=example.com; path=/docs; expires=2026-01-02T01:00:00Z; secure=yes; httponly=no; samesite=Lax; "
        "created=2026-01-01T01:00:00Z\n"
        "  sid=abc; host-only=www.example.com; path=/docs; expires=session; secure=no; httponly=yes; "
        "samesite=unspecified; created=2026-01-01T00:00:00Z");
  CHECK(out[7] == "error: line 8: \"jar\" takes no argument");
  CHECK(run_playground("set http://a.example/ foo\njar", Policy::Chromium)[1] ==
        "jar: 1 cookie\n  (nameless)=foo; host-only=a.example; path=/; expires=session; secure=no; httponly=no; "
        "samesite=unspecified; created=2026-01-01T00:00:00Z");
}
