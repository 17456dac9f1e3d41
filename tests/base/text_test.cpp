#include <catch2/catch.hpp>

#include "base/text.h"

using namespace cl;

TEST_CASE("ASCII case helpers", "[text]") {
  CHECK(to_lower_ascii("Set-Cookie: ABC") == "set-cookie: abc");
  CHECK(to_lower_ascii("\xC3\x84Z") == "\xC3\x84z");  // non-ASCII bytes untouched
  CHECK(iequals_ascii("Content-Length", "content-LENGTH"));
  CHECK_FALSE(iequals_ascii("Content-Length", "Content-Lengt"));
  CHECK_FALSE(iequals_ascii("a", "b"));
  CHECK(iequals_ascii("", ""));
  CHECK(starts_with_icase("HTTPS://x", "https:"));
  CHECK_FALSE(starts_with_icase("http", "https"));
  CHECK(starts_with_icase("anything", ""));
}

TEST_CASE("trim_wsp trims SP and HTAB only", "[text]") {
  CHECK(trim_wsp("  a b\t ") == "a b");
  CHECK(trim_wsp("\t\t") == "");
  CHECK(trim_wsp("") == "");
  CHECK(trim_wsp("\na\r") == "\na\r");  // CR and LF are not WSP
}

TEST_CASE("split keeps empty pieces", "[text]") {
  using V = std::vector<std::string_view>;
  CHECK(split("a;b;c", ';') == V{"a", "b", "c"});
  CHECK(split("a;;b;", ';') == V{"a", "", "b", ""});
  CHECK(split("", ';') == V{""});
  CHECK(split("abc", ';') == V{"abc"});
}

TEST_CASE("json_escape always gives valid JSON string content", "[text]") {
  SECTION("specials and controls") {
    CHECK(json_escape("a\"b\\c") == "a\\\"b\\\\c");
    CHECK(json_escape("\n\r\t\b\f") == "\\n\\r\\t\\b\\f");
    CHECK(json_escape(std::string("\0\x01\x1f", 3)) == "\\u0000\\u0001\\u001f");
    CHECK(json_escape("/ \x7f") == "/ \x7f");
  }
  SECTION("valid UTF-8 passes through") {
    CHECK(json_escape("세션 쿠키") == "세션 쿠키");
    CHECK(json_escape("\xC3\xA9") == "\xC3\xA9");                  // é
    CHECK(json_escape("\xF0\x9F\x8D\xAA") == "\xF0\x9F\x8D\xAA");  // U+1F36A cookie
    CHECK(json_escape("\xEF\xBF\xBF") == "\xEF\xBF\xBF");          // U+FFFF
    CHECK(json_escape("\xF4\x8F\xBF\xBF") == "\xF4\x8F\xBF\xBF");  // U+10FFFF
  }
  SECTION("bytes that are not UTF-8 become \\u00XX, one by one") {
    CHECK(json_escape("\xFF") == "\\u00ff");
    CHECK(json_escape("\x80") == "\\u0080");                                   // lone continuation
    CHECK(json_escape("\xC3") == "\\u00c3");                                   // truncated sequence
    CHECK(json_escape("\xC3(") == "\\u00c3(");                                 // bad continuation
    CHECK(json_escape("\xC0\xAF") == "\\u00c0\\u00af");                        // overlong '/'
    CHECK(json_escape("\xE0\x80\xAF") == "\\u00e0\\u0080\\u00af");             // overlong
    CHECK(json_escape("\xED\xA0\x80") == "\\u00ed\\u00a0\\u0080");             // surrogate U+D800
    CHECK(json_escape("\xF4\x90\x80\x80") == "\\u00f4\\u0090\\u0080\\u0080");  // above U+10FFFF
    CHECK(json_escape("\xF5\x80") == "\\u00f5\\u0080");
    CHECK(json_escape("\xE2\x82") == "\\u00e2\\u0082");                 // truncated 3-byte at end
    CHECK(json_escape("a\xFF\xEC\x84\xB8") == "a\\u00ff\xEC\x84\xB8");  // recovers for the next char
  }
}

TEST_CASE("take_line splits LF and CRLF lines and keeps the last one without an end", "[text]") {
  std::string_view text = "a=1\r\nb=2\n\nlast";
  CHECK(cl::take_line(text) == "a=1");
  CHECK(cl::take_line(text) == "b=2");
  CHECK(cl::take_line(text) == "");
  CHECK(text == "last");
  CHECK(cl::take_line(text) == "last");
  CHECK(text.empty());
  std::string_view lone_cr = "x\r";
  CHECK(cl::take_line(lone_cr) == "x");
}
