#include <catch2/catch.hpp>
#include "app/logic/lesson.h"
#include "app/logic/lesson_list.h"
#include "app/logic/message_lines.h"
#include "app/logic/refusals.h"

using namespace cl;
using namespace cl::app;

TEST_CASE("a refused Set-Cookie is marked in the jar and on its inspector line", "[refusals]") {
  SECTION("lesson 08, step 13: Domain=example is a public suffix") {
    Lesson lesson;
    REQUIRE(lesson.open_file(COOKIELAB_SOURCE_DIR "/scenarios/08-scope.toml"));
    lesson.go_to(13);
    if (lesson.question()) lesson.answer(0);
    const sim::Exchange& x = *lesson.step()->exchange;
    const std::vector<Refusal> refused = refused_set_cookies(x);
    REQUIRE(refused.size() == 1);
    CHECK(refused[0].name == "everywhere");
    CHECK(refused[0].reason == cookie::Reason::PublicSuffixDomain);
    CHECK(refusal_line(refused[0], Lang::En).starts_with("refused: everywhere, "));
    CHECK(refusal_line(refused[0], Lang::Ko).starts_with("거부됨: everywhere, "));
    CHECK(refusal_detail(refused[0], Lang::En).find("RFC 6265 5.3") != std::string::npos);
    int marked = 0;
    const std::string response = x.response_text();  // the lines point into it
    for (const MessageLine& line : split_message(response))
      if (line.kind == LineKind::SetCookie) marked += refusal_for_line(line.text, refused) != nullptr;
    CHECK(marked == 1);
  }
  SECTION("every lesson: each refusal marks exactly one Set-Cookie line, and a kept cookie none") {
    for (const LessonInfo& info : list_lessons(COOKIELAB_SOURCE_DIR "/scenarios")) {
      Lesson lesson;
      REQUIRE(lesson.open_file(info.path));
      for (std::size_t p = 1; p <= lesson.count(); ++p) {
        lesson.go_to(p);
        const sim::Step* step = lesson.step();
        if (!step->exchange) continue;
        const std::vector<Refusal> refused = refused_set_cookies(*step->exchange);
        std::size_t ignored = 0;
        for (const auto& r : step->exchange->set_cookies) ignored += r.decision.outcome == cookie::SetOutcome::Ignored;
        INFO(info.path << " step " << p);
        CHECK(refused.size() == ignored);
        std::size_t marked = 0;
        const std::string response = step->exchange->response_text();  // the lines point into it
        for (const MessageLine& line : split_message(response))
          if (line.kind == LineKind::SetCookie) marked += refusal_for_line(line.text, refused) != nullptr;
        CHECK(marked >= refused.size());  // the same refused line sent twice is marked twice
        if (refused.empty()) CHECK(marked == 0);
      }
    }
  }
}
