// Messages as kinds and arguments: rendering in each language, Korean particles,
// literal braces, nested phrases; and the checker that every catalogue's test uses.
#include <catch2/catch.hpp>
#include "base/message.h"

using cl::Lang;
using cl::Message;
using cl::MessageEntry;

namespace {

constexpr MessageEntry kFound{"{key}: expected {expected}, found {found}",
                              "{key}: {expected:을} 써야 하는데 {found}입니다", "key expected found"};
constexpr MessageEntry kString{"a string", "문자열", ""};
constexpr MessageEntry kTable{"a table", "테이블", ""};
constexpr MessageEntry kUser{"no user {name}", "{name:이} 없습니다", "name"};
constexpr MessageEntry kBraces{"write {{ en = {value} }}", "{{ en = {value} }}로 쓰세요", "value"};

bool has(const std::vector<std::string>& lines, std::string_view words) {
  for (const auto& l : lines)
    if (l.find(words) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("a message is rendered from its kind and arguments, in the language asked") {
  const Message m(kFound, {"url", Message(kString, {}), Message(kTable, {})});
  CHECK(m.in(Lang::En) == "url: expected a string, found a table");
  CHECK(m.in(Lang::Ko) == "url: 문자열을 써야 하는데 테이블입니다");
  CHECK(m.both() == cl::Bilingual{m.en(), m.ko()});
  SECTION("plain text is the same in both languages") {
    const Message text("shop.example");
    CHECK(text.en() == "shop.example");
    CHECK(text.ko() == "shop.example");
    CHECK(text.entry() == nullptr);
  }
  SECTION("an empty message means nothing to say") {
    CHECK(Message().empty());
    CHECK(Message("").empty());
    CHECK_FALSE(Message(kTable, {}).empty());
  }
  SECTION("equal kind and arguments are equal messages") {
    CHECK(Message(kUser, {"alice"}) == Message(kUser, {"alice"}));
    CHECK_FALSE(Message(kUser, {"alice"}) == Message(kUser, {"bob"}));
  }
}

TEST_CASE("a Korean particle follows the argument as ko::with chooses it") {
  CHECK(Message(kUser, {"alice"}).ko() == "alice가 없습니다");
  CHECK(Message(kUser, {"tom"}).ko() == "tom이 없습니다");
  CHECK(Message(kUser, {"세션"}).ko() == "세션이 없습니다");
  CHECK(Message(kUser, {"3"}).ko() == "3이 없습니다");
  CHECK(Message(kUser, {"\"carol\""}).ko() == "\"carol\"이 없습니다");  // after the quote, the word's ending
  CHECK(Message(kUser, {"alice"}).en() == "no user alice");             // English has no particles
  // A phrase as the argument: the particle follows its Korean wording.
  CHECK(Message(kFound, {"k", Message(kTable, {}), Message(kString, {})}).ko() ==
        "k: 테이블을 써야 하는데 문자열입니다");
}

TEST_CASE("doubled braces are literal braces; arguments are never read as wordings") {
  CHECK(Message(kBraces, {"\"...\""}).en() == "write { en = \"...\" }");
  CHECK(Message(kBraces, {"{x}"}).ko() == "{ en = {x} }로 쓰세요");
}

TEST_CASE("a missing argument shows as its placeholder, not as nothing") {
  CHECK(Message(kFound, {"url"}).en() == "url: expected {expected}, found {found}");
}

TEST_CASE("entry_problems finds what a catalogue test must refuse") {
  CHECK(cl::entry_problems(kFound).empty());
  CHECK(cl::entry_problems(kBraces).empty());
  CHECK(cl::entry_problems({"plain", "평문", ""}).empty());
  SECTION("an empty wording") {
    const auto p = cl::entry_problems({"there", "", ""});
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "Korean wording is empty");
    CHECK(has(cl::entry_problems({"", "있음", ""}), "English wording is empty"));
  }
  SECTION("a placeholder that is not an argument") {
    CHECK(has(cl::entry_problems({"{name} and {other}", "{name}, {other}", "name"}),
              "has {other}, which is not an argument"));
  }
  SECTION("an argument a wording leaves out") {
    const auto p = cl::entry_problems({"{name} is {value}", "{name}", "name value"});
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "Korean wording leaves out the argument {value}");
  }
  SECTION("an unknown particle") {
    CHECK(has(cl::entry_problems({"{name}", "{name:를}", "name"}),
              "unknown particle \"를\""));  // write the consonant form, 을
  }
  SECTION("an unmatched brace") {
    CHECK(has(cl::entry_problems({"a { b", "가", ""}), "unmatched brace"));
    CHECK(has(cl::entry_problems({"a", "가 } 나", ""}), "unmatched brace"));
    CHECK(has(cl::entry_problems({"{name", "{name}", "name"}), "unmatched brace"));
  }
  SECTION("a catalogue reports each kind by number and English") {
    static constexpr MessageEntry entries[] = {{"fine", "좋음", ""}, {"no korean", "", ""}};
    const cl::Catalogue c{"test", entries, 2};
    const auto p = cl::catalogue_problems(c);
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "test kind 1 (\"no korean\"): Korean wording is empty");
  }
}
