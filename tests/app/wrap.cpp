#include <catch2/catch.hpp>
#include <string>
#include <vector>
#include "app/logic/wrap.h"

using namespace cl::app;

namespace {

// One unit per character (a UTF-8 sequence counts once), like a monospaced font.
float chars(std::string_view s) {
  float n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80 ? 1.0f : 0.0f;
  return n;
}

std::vector<std::string> wrap(std::string_view text, float width) {
  std::vector<std::string> out;
  for (auto line : wrap_lines(text, width, chars)) out.emplace_back(line);
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("prose wraps at spaces only", "[wrap]") {
  SECTION("a short text is one line") { CHECK(wrap("Hello world", 20) == Lines{"Hello world"}); }
  SECTION("breaks at the last space that fits; the space is dropped") {
    CHECK(wrap("one two three four", 9) == Lines{"one two", "three", "four"});
  }
  SECTION("exactly the width fits") {
    CHECK(wrap("abc def", 7) == Lines{"abc def"});
    CHECK(wrap("abc def", 6) == Lines{"abc", "def"});
  }
  SECTION("host names and URLs stay whole (ImGui broke after the dot)") {
    CHECK(wrap("Domain=blog.example is refused", 22) == Lines{"Domain=blog.example is", "refused"});
    CHECK(wrap("to http://shop.example/cart now", 25) == Lines{"to", "http://shop.example/cart", "now"});
  }
  SECTION("no line starts with punctuation that followed a word") {
    CHECK(wrap("sessionid=... The server", 14) == Lines{"sessionid=...", "The server"});
    CHECK(wrap("a value, \"15m\" is wrong", 9) == Lines{"a value,", "\"15m\" is", "wrong"});
  }
  SECTION("a word longer than the line is cut anywhere") {
    CHECK(wrap("abcdefghij", 4) == Lines{"abcd", "efgh", "ij"});
    CHECK(wrap("x abcdefghij y", 4) == Lines{"x", "abcd", "efgh", "ij y"});
  }
  SECTION("a long URL or header value is cut after a separator that fits") {
    CHECK(wrap("application/x-www-form-urlencoded", 26) == Lines{"application/x-www-form-", "urlencoded"});
    CHECK(wrap("/accounts/login/?next=/accounts/profile/", 30) ==
          Lines{"/accounts/login/?next=/", "accounts/profile/"});
    // A separator too early would leave a stub of a line: cut where the room ends instead.
    CHECK(wrap("a-bcdefghijkl", 9) == Lines{"a-bcdefgh", "ijkl"});
  }
  SECTION("a long word is cut between UTF-8 characters, never inside one") {
    CHECK(wrap("세션키세션키", 4) == Lines{"세션키세", "션키"});
  }
  SECTION("Korean wraps between words") {
    CHECK(wrap("브라우저가 쿠키를 보냅니다", 9) == Lines{"브라우저가 쿠키를", "보냅니다"});
  }
  SECTION("newlines end lines; empty lines stay") {
    CHECK(wrap("a\n\nb c", 10) == Lines{"a", "", "b c"});
    CHECK(wrap("a\r\nb", 10) == Lines{"a", "b"});
    CHECK(wrap("a\n", 10) == Lines{"a", ""});
  }
  SECTION("leading spaces (indentation) are kept, the spaces at a break are not") {
    CHECK(wrap("  name - stored here", 12) == Lines{"  name -", "stored here"});
  }
  SECTION("empty and blank inputs") {
    CHECK(wrap("", 10) == Lines{""});
    CHECK(wrap("   ", 10) == Lines{""});
    CHECK(wrap("a   ", 10) == Lines{"a"});
  }
  SECTION("a zero or tiny width still makes progress, one character a line") {
    CHECK(wrap("ab cd", 0) == Lines{"a", "b", "c", "d"});
  }
}
