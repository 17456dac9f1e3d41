// Every kind of every catalogue of diagnostics (the URL and HTTP parsers, the scenario
// loader, the checks) has its English and its Korean wording, and both use exactly the
// arguments the kind declares. A kind added without its Korean fails here.
#include <catch2/catch.hpp>
#include "base/message.h"
#include "http/http_messages.h"
#include "scenario/scenario_messages.h"
#include "sim/check_messages.h"

using cl::Lang;
using cl::Message;

TEST_CASE("every kind of every catalogue is worded in both languages, with its arguments") {
  for (const cl::Catalogue* c :
       {&cl::http::http_catalogue(), &cl::scenario::scenario_catalogue(), &cl::sim::check_catalogue()}) {
    INFO("catalogue " << c->name);
    CHECK(c->size > 0);
    for (const std::string& problem : cl::catalogue_problems(*c)) FAIL_CHECK(problem);
    // Korean is written in Hangul, save for the few kinds that only frame other words.
    for (std::size_t i = 0; i < c->size; ++i) {
      const cl::MessageEntry& e = c->entries[i];
      const bool frame = e.en == e.ko;  // "{key}: {problem}", "Location: {value}"
      INFO("kind " << i << ": " << e.en);
      if (!frame) CHECK(cl::ko::has_hangul(e.ko));
    }
  }
}

TEST_CASE("kinds rendered with their arguments in both languages") {
  namespace s = cl::scenario;
  using S = s::ScenarioMsg;
  SECTION("a wrong type inside a step: the item, the key, a phrase chosen by language") {
    const Message m = s::message(
        S::Within, {s::message(S::StepItem, {"3"}),
                    s::message(S::WrongType, {"url", s::message(S::TypeString), s::message(S::TypeInteger)})});
    CHECK(m.en() == "step 3: url: expected a string, found an integer");
    CHECK(m.ko() == "단계 3: url: 문자열을 써야 하는데 정수입니다");
  }
  SECTION("a value out of range: the particle after the number") {
    const Message m = s::message(S::OutOfRange, {"level", "7", s::message(S::RangeLevel)});
    CHECK(m.en() == "level: 7 is out of range; allowed: 1 (beginner), 2 (intermediate), 3 (advanced)");
    CHECK(m.ko() == "level: 7은 범위를 벗어났습니다. 쓸 수 있는 값: 1(초급), 2(중급), 3(고급)");
    CHECK(s::message(S::OutOfRange, {"level", "9", s::message(S::RangeLevel)}).ko().starts_with("level: 9는 "));
  }
  SECTION("a name listed twice: the particle after the Korean word for what it is") {
    CHECK(s::message(S::ListedTwice, {s::message(S::WordHost), "\"a.example\""}).ko() ==
          "\"a.example\" 호스트가 두 번 나옵니다");
    CHECK(s::message(S::ListedTwice, {s::message(S::WordUser), "\"bob\""}).en() == "user \"bob\" is listed twice");
  }
  SECTION("an HTTP parse error: where, what was found, what was expected") {
    namespace h = cl::http;
    using H = h::HttpMsg;
    const Message m =
        h::message(H::Unexpected,
                   {h::message(H::ByteSp), h::message(H::After, {h::message(H::TheMethod)}), h::message(H::ASingleSp)});
    CHECK(m.en() == "found SP after the method; expected a single SP");
    CHECK(m.ko() == "메서드 다음에 공백(SP)이 있습니다. 여기에는 공백(SP) 하나가 와야 합니다");
    CHECK(h::message(H::PortRange, {"70000"}).ko() ==
          "포트 70000은 범위를 벗어났습니다. 1부터 65535까지 쓸 수 있습니다");
  }
  SECTION("a check") {
    namespace m = cl::sim;
    CHECK(m::message(m::CheckMsg::Form, {"/login/"}).en() == "a form for /login/ on the page");
    CHECK(m::message(m::CheckMsg::Form, {"/login/"}).ko() == "페이지에 action이 \"/login/\"인 폼이 있음");
    CHECK(m::message(m::CheckMsg::LoggedInNobody).ko() == "로그인한 사용자: 아무도 아님");
  }
}
