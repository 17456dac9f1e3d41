// RFC 6265 5.2 (and 6265bis 5.6): parsing a Set-Cookie value.
#include <catch2/catch.hpp>
#include <string>
#include "cookie/set_cookie_parser.h"
#include "support.h"

using namespace cl::cookie;
using cl::cookie::test::utc;

TEST_CASE("parser: name and value", "[parser]") {
  auto p = parse_set_cookie("sid=abc123");
  CHECK(p.refused == Reason::None);
  CHECK(p.name == "sid");
  CHECK(p.value == "abc123");
  CHECK(p.attributes.empty());
}

TEST_CASE("parser: '=' in the value is kept (split at the first '=')", "[parser]") {
  auto p = parse_set_cookie("a=b=c==");
  CHECK(p.name == "a");
  CHECK(p.value == "b=c==");
}

TEST_CASE("parser: quotes are part of the value", "[parser]") {
  auto p = parse_set_cookie("a=\"quoted value\"; Path=/");
  CHECK(p.value == "\"quoted value\"");
}

TEST_CASE("parser: WSP around name and value is trimmed, inner spaces kept", "[parser]") {
  auto p = parse_set_cookie(" \t na me \t= \t va lue \t;Path=/");
  CHECK(p.name == "na me");
  CHECK(p.value == "va lue");
}

TEST_CASE("parser: an empty value is a cookie", "[parser]") {
  auto p = parse_set_cookie("a=");
  CHECK(p.refused == Reason::None);
  CHECK(p.name == "a");
  CHECK(p.value.empty());
}

TEST_CASE("parser: lines that are ignored entirely", "[parser]") {
  SECTION("empty") { CHECK(parse_set_cookie("").refused == Reason::NoCookieContent); }
  SECTION("only spaces") { CHECK(parse_set_cookie("  \t ").refused == Reason::NoCookieContent); }
  SECTION("no '='") { CHECK(parse_set_cookie("foo").refused == Reason::NoEquals); }
  SECTION("no '=' before the first ';'") { CHECK(parse_set_cookie("foo; a=b").refused == Reason::NoEquals); }
  SECTION("empty name") { CHECK(parse_set_cookie("=foo").refused == Reason::EmptyName); }
  SECTION("name of spaces") { CHECK(parse_set_cookie("  =foo").refused == Reason::EmptyName); }
  SECTION("only '='") { CHECK(parse_set_cookie("=").refused == Reason::EmptyName); }
  SECTION("starts with ';'") { CHECK(parse_set_cookie(";a=b").refused == Reason::NoEquals); }
}

TEST_CASE("parser: the nameless reading (6265bis, Chromium)", "[parser]") {
  ParseOptions bis{.allow_nameless = true};
  auto p = parse_set_cookie("foo", bis);
  CHECK(p.refused == Reason::None);
  CHECK(p.name.empty());
  CHECK(p.value == "foo");
  auto q = parse_set_cookie("=bar; Path=/", bis);
  CHECK(q.refused == Reason::None);
  CHECK(q.value == "bar");
  CHECK(parse_set_cookie("=", bis).refused == Reason::EmptyName);
  CHECK(parse_set_cookie(" ; Path=/", bis).refused == Reason::EmptyName);
}

TEST_CASE("parser: control characters refuse the line", "[parser]") {
  using namespace std::string_literals;
  SECTION("NUL in the value") { CHECK(parse_set_cookie("a=b\0c"s).refused == Reason::DisallowedCharacter); }
  SECTION("CR in the name") { CHECK(parse_set_cookie("a\rb=c").refused == Reason::DisallowedCharacter); }
  SECTION("LF in the value") { CHECK(parse_set_cookie("a=b\nc=d").refused == Reason::DisallowedCharacter); }
  SECTION("0x01") { CHECK(parse_set_cookie("a=\x01").refused == Reason::DisallowedCharacter); }
  SECTION("0x1F") { CHECK(parse_set_cookie("a=\x1f").refused == Reason::DisallowedCharacter); }
  SECTION("DEL") { CHECK(parse_set_cookie("a=\x7f").refused == Reason::DisallowedCharacter); }
  SECTION("in an attribute") { CHECK(parse_set_cookie("a=b; Path=/\x05").refused == Reason::DisallowedCharacter); }
  SECTION("HTAB is allowed") { CHECK(parse_set_cookie("a=b\tc").refused == Reason::None); }
  SECTION("bytes above 0x7F are allowed") {
    auto p = parse_set_cookie("a=\xff\xfe\xc3\xa9");
    CHECK(p.refused == Reason::None);
    CHECK(p.value == "\xff\xfe\xc3\xa9");
  }
}

TEST_CASE("parser: size limits of 6265bis", "[parser]") {
  SECTION("name + value of exactly 4096 bytes is accepted") {
    CHECK(parse_set_cookie("a=" + std::string(4095, 'x')).refused == Reason::None);
  }
  SECTION("4097 bytes is refused") {
    CHECK(parse_set_cookie("ab=" + std::string(4095, 'x')).refused == Reason::NameValueTooLarge);
  }
  SECTION("an attribute value over 1024 bytes is ignored, not the cookie") {
    auto p = parse_set_cookie("a=b; Path=/" + std::string(1024, 'p'));
    CHECK(p.refused == Reason::None);
    CHECK_FALSE(p.path);
    REQUIRE(p.attributes.size() == 1);
    CHECK_FALSE(p.attributes[0].used);
  }
  SECTION("an attribute value of exactly 1024 bytes is used") {
    auto p = parse_set_cookie("a=b; Path=/" + std::string(1023, 'p'));
    CHECK(p.path == "/" + std::string(1023, 'p'));
  }
}

TEST_CASE("parser: attribute names are case-insensitive", "[parser]") {
  auto p = parse_set_cookie("a=b; sEcUrE; HTTPONLY; PATH=/x; DoMaIn=Example.COM; MAX-AGE=5; samesite=STRICT");
  CHECK(p.secure);
  CHECK(p.http_only);
  CHECK(p.path == "/x");
  CHECK(p.domain == "example.com");
  CHECK(p.max_age == 5);
  CHECK(p.same_site == SameSite::Strict);
}

TEST_CASE("parser: every attribute is recorded in order", "[parser]") {
  auto p = parse_set_cookie("a=b; Foo=bar; Secure; Expires=nonsense; Path=/");
  REQUIRE(p.attributes.size() == 4);
  CHECK(p.attributes[0].name == "Foo");
  CHECK_FALSE(p.attributes[0].used);
  CHECK_FALSE(p.attributes[0].note.empty());
  CHECK(p.attributes[1].name == "Secure");
  CHECK(p.attributes[1].used);
  CHECK(p.attributes[2].name == "Expires");
  CHECK_FALSE(p.attributes[2].used);
  CHECK(p.attributes[3].value == "/");
  CHECK(p.attributes[3].used);
}

TEST_CASE("parser: empty attributes between semicolons are skipped", "[parser]") {
  auto p = parse_set_cookie("a=b;;; Secure ;");
  CHECK(p.secure);
  REQUIRE(p.attributes.size() == 1);
  CHECK(p.attributes[0].name == "Secure");
}

TEST_CASE("parser: whitespace around attributes", "[parser]") {
  auto p = parse_set_cookie("a=b ;  Path  =  /docs  ;\tSecure\t");
  CHECK(p.path == "/docs");
  CHECK(p.secure);
}

TEST_CASE("parser: Expires", "[parser]") {
  SECTION("a valid date") {
    CHECK(parse_set_cookie("a=b; Expires=Wed, 21 Oct 2015 07:28:00 GMT").expires == utc(2015, 10, 21, 7, 28));
  }
  SECTION("an invalid date is ignored") { CHECK_FALSE(parse_set_cookie("a=b; Expires=soon").expires); }
  SECTION("an invalid later date does not erase a valid earlier one") {
    CHECK(parse_set_cookie("a=b; Expires=01 Jan 2030 00:00:00; Expires=bogus").expires == utc(2030, 1, 1));
  }
  SECTION("the last valid one wins") {
    CHECK(parse_set_cookie("a=b; Expires=01 Jan 2030 00:00:00; Expires=01 Jan 2031 00:00:00").expires ==
          utc(2031, 1, 1));
  }
  SECTION("empty") { CHECK_FALSE(parse_set_cookie("a=b; Expires=").expires); }
}

TEST_CASE("parser: Max-Age", "[parser]") {
  SECTION("digits") { CHECK(parse_set_cookie("a=b; Max-Age=3600").max_age == 3600); }
  SECTION("zero") { CHECK(parse_set_cookie("a=b; Max-Age=0").max_age == 0); }
  SECTION("negative") { CHECK(parse_set_cookie("a=b; Max-Age=-1").max_age == -1); }
  SECTION("leading zeros") { CHECK(parse_set_cookie("a=b; Max-Age=007").max_age == 7); }
  SECTION("plus sign is not allowed") { CHECK_FALSE(parse_set_cookie("a=b; Max-Age=+5").max_age); }
  SECTION("a lone minus") { CHECK_FALSE(parse_set_cookie("a=b; Max-Age=-").max_age); }
  SECTION("trailing letters") { CHECK_FALSE(parse_set_cookie("a=b; Max-Age=5s").max_age); }
  SECTION("decimal") { CHECK_FALSE(parse_set_cookie("a=b; Max-Age=1.5").max_age); }
  SECTION("exponent") { CHECK_FALSE(parse_set_cookie("a=b; Max-Age=1e3").max_age); }
  SECTION("empty") { CHECK_FALSE(parse_set_cookie("a=b; Max-Age=").max_age); }
  SECTION("a space inside") { CHECK_FALSE(parse_set_cookie("a=b; Max-Age=1 0").max_age); }
  SECTION("huge values saturate") {
    CHECK(parse_set_cookie("a=b; Max-Age=99999999999999999999999").max_age == INT64_MAX);
  }
  SECTION("an invalid later Max-Age leaves the earlier one") {
    CHECK(parse_set_cookie("a=b; Max-Age=10; Max-Age=x").max_age == 10);
  }
}

TEST_CASE("parser: Domain", "[parser]") {
  SECTION("leading dot removed") { CHECK(parse_set_cookie("a=b; Domain=.example.com").domain == "example.com"); }
  SECTION("lower-cased") { CHECK(parse_set_cookie("a=b; Domain=EXAMPLE.com").domain == "example.com"); }
  SECTION("empty is ignored") {
    auto p = parse_set_cookie("a=b; Domain=example.com; Domain=");
    CHECK(p.domain == "example.com");
    CHECK_FALSE(p.attributes[1].used);
  }
  SECTION("a lone dot becomes empty") { CHECK(parse_set_cookie("a=b; Domain=.").domain == ""); }
  SECTION("the last one wins") {
    CHECK(parse_set_cookie("a=b; Domain=a.example; Domain=b.example").domain == "b.example");
  }
}

TEST_CASE("parser: Path", "[parser]") {
  SECTION("kept as written") { CHECK(parse_set_cookie("a=b; Path=/Docs/").path == "/Docs/"); }
  SECTION("the last one wins") { CHECK(parse_set_cookie("a=b; Path=/;Path=/foo").path == "/foo"); }
  SECTION("not starting with '/' means the default path") { CHECK_FALSE(parse_set_cookie("a=b; Path=docs").path); }
  SECTION("a later invalid Path resets an earlier valid one") {
    CHECK_FALSE(parse_set_cookie("a=b; Path=/foo; Path=bar").path);
  }
  SECTION("empty") { CHECK_FALSE(parse_set_cookie("a=b; Path=").path); }
}

TEST_CASE("parser: Secure and HttpOnly ignore any value", "[parser]") {
  auto p = parse_set_cookie("a=b; Secure=no; HttpOnly=false");
  CHECK(p.secure);
  CHECK(p.http_only);
  CHECK_FALSE(parse_set_cookie("a=b; Securex").secure);
}

TEST_CASE("parser: SameSite", "[parser]") {
  CHECK(parse_set_cookie("a=b; SameSite=Lax").same_site == SameSite::Lax);
  CHECK(parse_set_cookie("a=b; SameSite=strict").same_site == SameSite::Strict);
  CHECK(parse_set_cookie("a=b; SameSite=NONE").same_site == SameSite::None);
  CHECK(parse_set_cookie("a=b; SameSite=bogus").same_site == SameSite::Unspecified);
  CHECK(parse_set_cookie("a=b; SameSite").same_site == SameSite::Unspecified);
  // An unknown value still counts as the last SameSite attribute.
  CHECK(parse_set_cookie("a=b; SameSite=Strict; SameSite=bogus").same_site == SameSite::Unspecified);
}

TEST_CASE("parser: attribute-looking text in the value is the value", "[parser]") {
  auto p = parse_set_cookie("a=Secure");
  CHECK(p.value == "Secure");
  CHECK_FALSE(p.secure);
}

TEST_CASE("parser: attributes that lose to a later one are marked", "[parser]") {
  auto p = parse_set_cookie("a=b; Path=/; Path=/foo; Max-Age=5; Expires=01 Jan 2030 00:00:00; Secure; Secure");
  REQUIRE(p.attributes.size() == 6);
  CHECK_FALSE(p.attributes[0].used);  // Path=/ loses to Path=/foo
  CHECK(p.attributes[0].note.find("later Path") != std::string::npos);
  CHECK(p.attributes[1].used);
  CHECK(p.attributes[2].used);        // Max-Age
  CHECK_FALSE(p.attributes[3].used);  // Expires loses to Max-Age
  CHECK(p.attributes[3].note.find("Max-Age") != std::string::npos);
  CHECK(p.attributes[4].used);
  CHECK(p.attributes[5].used);
  CHECK(p.path == "/foo");
}
